"""Is it the same statement, and how do the outlets' versions of it differ?

News outlets print the same statement with small differences: curly or
straight marks, ``£40 million`` or ``£40m``, ``unlawful`` or ``illegal``, a
sentence dropped, a paragraph split in two. This module lines the versions
up:

- ``align_quotes`` gives the same ``statement_id`` to the same statement in
  different articles (a table of quotations, as from
  ``samestory.quotes.quotes_in``);
- ``statement_versions`` puts each outlet's version of every shared
  statement side by side;
- ``quote_diff`` lists, word by word, how two versions differ, and
  ``statement_differences`` does so for every shared statement and pair of
  outlets;
- ``diff_html`` shows two versions side by side with the differences marked.

It works on words only, with difflib's ``SequenceMatcher``: no model and no
downloaded data. ``samestory.quotes`` re-exports these functions, so
``from samestory.quotes import align_quotes`` keeps working.
"""

import difflib
import html
import re

import pandas as pd

# Words treated as the same when aligning statements ("unlawful"/"illegal").
SYNONYMS = {"illegal": "unlawful", "&": "and", "per cent": "percent", "%": "percent"}
_SCALE_WORDS = {"million": "m", "millions": "m", "billion": "bn", "billions": "bn", "thousand": "k", "mn": "m", "b": "bn"}
_WORD_OR_MARK = re.compile(r"\n|[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")


def align_quotes(quotes: pd.DataFrame, *, threshold: float = 0.6) -> pd.DataFrame:
    """Give the same ``statement_id`` to the same statement in different articles.

    Two rows from different articles are the same statement when most of the
    shorter one's words appear, in order, in the longer one (difflib's
    ``SequenceMatcher`` over normalised words: case, marks, ``&``/``and``,
    ``£40 million``/``£40m`` and ``illegal``/``unlawful`` do not count). So a
    dropped sentence, or a paragraph one outlet splits in two, still aligns.
    Statements align only with statements and phrases only with near-identical
    phrases; rows of one article never align with each other directly, so two
    different statements by one speaker never merge (unless another outlet
    prints them as one paragraph).

    Parameters
    ----------
    quotes : DataFrame
        With ``article_id``, ``text``, ``kind`` and ``speaker`` (as from
        ``quotes_in``).
    threshold : float
        The least share of the shorter row's words that must match.

    Returns
    -------
    DataFrame
        A copy of ``quotes`` with ``statement_id`` (``speaker-surname_NN``,
        numbered in order of first appearance) and ``outlets``: how many
        articles quote that statement.

    Examples
    --------
    >>> import pandas as pd
    >>> quotes = pd.DataFrame({"article_id": ["a", "b", "b"], "kind": ["statement"] * 3,
    ...     "speaker": ["Rory Stewart"] * 3,
    ...     "text": ["We are investing £40 million.", "We are investing £40m.", "Pay rose."]})
    >>> align_quotes(quotes)[["article_id", "statement_id", "outlets"]]
      article_id statement_id  outlets
    0          a   stewart_01        2
    1          b   stewart_01        2
    2          b   stewart_02        1
    """
    table = quotes.copy()
    words = [_normal_words(text) for text in table["text"]]
    parent = list(range(len(table)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    articles, kinds, names = table["article_id"].tolist(), table["kind"].tolist(), table["speaker"].tolist()
    for i in range(len(table)):
        for j in range(i + 1, len(table)):
            if articles[i] == articles[j] or kinds[i] != kinds[j] or not words[i] or not words[j]:
                continue
            if _same_statement(words[i], words[j], kinds[i], names[i], names[j], threshold):
                parent[root(j)] = root(i)
    ids, counts, labels = [], {}, {}
    for i in range(len(table)):
        r = root(i)
        if r not in labels:
            name = names[r] or "unattributed"
            short = name.split()[-1] if all(w[:1].isupper() for w in name.split()) else name
            slug = re.sub(r"\W+", "_", short.lower()).strip("_") or "speaker"
            counts[slug] = counts.get(slug, 0) + 1
            labels[r] = f"{slug}_{counts[slug]:02d}"
        ids.append(labels[r])
    table["statement_id"] = ids
    table["outlets"] = table.groupby("statement_id")["article_id"].transform("nunique").astype(int)
    return table


def quote_diff(a: str, b: str) -> pd.DataFrame:
    """List the word-level differences between two versions of a quotation.

    The versions are cut into words, marks and line breaks and aligned with
    difflib's ``SequenceMatcher`` (ignoring case, so that a change of case
    shows as its own difference).

    Parameters
    ----------
    a, b : str
        Two versions of one statement (a line break ``\\n`` marks a new
        paragraph, as when the rows of a split statement are joined).

    Returns
    -------
    DataFrame
        One row per difference: ``kind``, ``a_start``, ``a_end``, ``a_text``,
        ``b_start``, ``b_end``, ``b_text`` (offsets into ``a`` and ``b``; an
        empty side has ``start == end`` where the words would go). ``kind`` is

        - ``wording``: different words (``unlawful`` / ``illegal``);
        - ``number_format``: the same number written differently (``£40
          million`` / ``£40m``);
        - ``case``: the same words in different case;
        - ``punctuation``: marks, dashes or ``&`` / ``and`` only;
        - ``omission``: words in one version only;
        - ``split``: one version starts a new paragraph here.

    Examples
    --------
    >>> quote_diff("We are investing £40 million.", "we are investing £40m.")[["kind", "a_text", "b_text"]]
                kind      a_text b_text
    0           case          We     we
    1  number_format  40 million    40m
    """
    a_tokens = [(m.group(), m.start(), m.end()) for m in _WORD_OR_MARK.finditer(a)]
    b_tokens = [(m.group(), m.start(), m.end()) for m in _WORD_OR_MARK.finditer(b)]
    matcher = difflib.SequenceMatcher(
        None, [_fold(t[0]) for t in a_tokens], [_fold(t[0]) for t in b_tokens], autojunk=False
    )
    rows = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2)):
                if a_tokens[i][0] != b_tokens[j][0]:
                    kind = "case" if a_tokens[i][0].lower() == b_tokens[j][0].lower() else "punctuation"
                    rows.append(_diff_row(kind, a, b, a_tokens, b_tokens, i, i + 1, j, j + 1))
            continue
        if op in {"delete", "insert"}:
            i1, i2, j1, j2 = _slide_to_sentence(a_tokens, b_tokens, i1, i2, j1, j2)
        rows.extend(_classify_change(a, b, a_tokens, b_tokens, i1, i2, j1, j2))
    columns = ["kind", "a_start", "a_end", "a_text", "b_start", "b_end", "b_text"]
    return pd.DataFrame(rows, columns=columns)


def statement_versions(aligned: pd.DataFrame) -> pd.DataFrame:
    """Put each outlet's version of every shared statement side by side.

    Parameters
    ----------
    aligned : DataFrame
        As returned by ``align_quotes``.

    Returns
    -------
    DataFrame
        One row per ``statement_id`` quoted by two or more articles, with
        ``speaker`` and one column per outlet holding its version (the rows
        of a statement joined by ``\\n`` where the outlet starts a new
        paragraph), in order of first appearance.

    Examples
    --------
    >>> import pandas as pd
    >>> aligned = pd.DataFrame({"statement_id": ["s_01", "s_01"], "outlet": ["A", "B"],
    ...     "article_id": ["a", "b"], "speaker": ["Lee", "Lee"], "text": ["Go home.", "Go home now."],
    ...     "outlets": [2, 2]})
    >>> statement_versions(aligned)
      statement_id speaker         A             B
    0         s_01     Lee  Go home.  Go home now.
    """
    shared = aligned[aligned["outlets"] >= 2]
    order = list(dict.fromkeys(shared["statement_id"]))
    outlets = list(dict.fromkeys(shared["outlet"]))
    rows = []
    for statement_id in order:
        rows_of = shared[shared["statement_id"] == statement_id]
        row = {"statement_id": statement_id, "speaker": rows_of["speaker"].mode().iloc[0]}
        for outlet in outlets:
            row[outlet] = "\n".join(rows_of.loc[rows_of["outlet"] == outlet, "text"])
        rows.append(row)
    return pd.DataFrame(rows, columns=["statement_id", "speaker"] + outlets)


def statement_differences(aligned: pd.DataFrame) -> pd.DataFrame:
    """List every difference between outlets' versions of each shared statement.

    Parameters
    ----------
    aligned : DataFrame
        As returned by ``align_quotes``.

    Returns
    -------
    DataFrame
        One row per difference and pair of outlets: ``statement_id``,
        ``speaker``, ``outlet_a``, ``outlet_b`` and the columns of
        ``quote_diff`` (offsets into the versions of ``statement_versions``).

    Examples
    --------
    >>> import pandas as pd
    >>> aligned = pd.DataFrame({"statement_id": ["s_01", "s_01"], "outlet": ["A", "B"],
    ...     "article_id": ["a", "b"], "speaker": ["Lee", "Lee"], "text": ["Go home.", "go home."],
    ...     "outlets": [2, 2]})
    >>> statement_differences(aligned)[["outlet_a", "outlet_b", "kind", "a_text", "b_text"]]
      outlet_a outlet_b  kind a_text b_text
    0        A        B  case     Go     go
    """
    versions = statement_versions(aligned)
    outlets = [c for c in versions.columns if c not in ("statement_id", "speaker")]
    tables = []
    for row in versions.itertuples(index=False):
        texts = dict(zip(versions.columns, row))
        present = [outlet for outlet in outlets if texts[outlet]]
        for k, first in enumerate(present):
            for second in present[k + 1 :]:
                diff = quote_diff(texts[first], texts[second])
                diff.insert(0, "outlet_b", second)
                diff.insert(0, "outlet_a", first)
                diff.insert(0, "speaker", texts["speaker"])
                diff.insert(0, "statement_id", texts["statement_id"])
                tables.append(diff)
    columns = ["statement_id", "speaker", "outlet_a", "outlet_b", "kind", "a_start", "a_end", "a_text", "b_start", "b_end", "b_text"]
    tables = [t for t in tables if len(t)]
    return pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=columns)


def diff_html(a: str, b: str, *, a_label: str = "A", b_label: str = "B") -> str:
    """Show two versions of a statement side by side with their differences marked.

    Every piece of text is escaped with ``html.escape``.

    Parameters
    ----------
    a, b : str
        The two versions.
    a_label, b_label : str
        Column headings (outlet names).

    Returns
    -------
    str
        An HTML table: one column per version, each difference underlined
        and tagged with its kind.

    Examples
    --------
    >>> "number_format" in diff_html("£40 million", "£40m")
    True
    """
    diff = quote_diff(a, b)
    cells = []
    for version, start_col, end_col in ((a, "a_start", "a_end"), (b, "b_start", "b_end")):
        pieces, cursor = [], 0
        for row in diff.sort_values(start_col, kind="stable").itertuples(index=False):
            start, end = getattr(row, start_col), getattr(row, end_col)
            if start < cursor:
                continue
            pieces.append(html.escape(version[cursor:start]))
            shown = html.escape(version[start:end]) if end > start else "∅"
            if shown == "\n":
                shown = "¶"
            pieces.append(
                f'<span title="{row.kind}" style="background:#F0E44266;border-bottom:2px solid #D55E00">{shown}'
                f'<sub style="color:#555">{row.kind}</sub></span>'
            )
            cursor = end
        pieces.append(html.escape(version[cursor:]))
        cells.append("".join(pieces).replace("\n", "<br>"))
    return (
        "<table><tr>"
        f"<th style='text-align:left'>{html.escape(a_label)}</th><th style='text-align:left'>{html.escape(b_label)}</th></tr>"
        f"<tr><td style='text-align:left;vertical-align:top'>{cells[0]}</td>"
        f"<td style='text-align:left;vertical-align:top'>{cells[1]}</td></tr></table>"
    )


# ---------------------------------------------------------------- helpers


def _key(name) -> str:
    return " ".join(str(name).lower().split())


def _normal_words(text: str) -> list:
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"(\d)\s*(million|millions|billion|billions|thousand|mn|bn)\b", lambda m: m.group(1) + _SCALE_WORDS.get(m.group(2), m.group(2)), text)
    words = re.findall(r"[^\W_]+(?:'[^\W_]+)*|&|%", text)
    return [SYNONYMS.get(w, w) for w in words]


def _same_statement(a, b, kind, speaker_a, speaker_b, threshold) -> bool:
    shorter = min(len(a), len(b))
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    if kind != "statement":
        return matched / max(len(a), len(b)) >= 0.8
    if shorter < 6 and _key(speaker_a) != _key(speaker_b):
        return False
    return matched / shorter >= threshold and matched >= min(3, shorter)


def _fold(token: str) -> str:
    token = token.lower()
    return {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "&": "and"}.get(token, token)


def _number_value(tokens: list):
    """Read '40 million', '40m', '3,500' as a number, or None."""
    words = " ".join(t[0] for t in tokens if t[0] not in {"£", "$", "€"}).lower().replace(",", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(million|m|mn|billion|bn|thousand|k)?", words)
    if not m:
        return None
    scale = {"million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3}.get(m.group(2), 1)
    return float(m.group(1)) * scale


def _is_mark(token: str) -> bool:
    return not any(ch.isalnum() for ch in token) and token != "\n"


def _slide_to_sentence(a_tokens, b_tokens, i1, i2, j1, j2) -> tuple:
    """Move a dropped run of words left so that it starts a sentence where it can.

    "We act. We stay. We win." vs "We act. We win." can be aligned as a
    missing "stay. We" or as a missing "We stay."; people read the second.
    """
    tokens, lo, hi = (a_tokens, i1, i2) if i2 > i1 else (b_tokens, j1, j2)
    shift = 0
    while lo - shift > 0 and _fold(tokens[lo - shift - 1][0]) == _fold(tokens[hi - shift - 1][0]):
        shift += 1
        starts_sentence = lo - shift == 0 or tokens[lo - shift - 1][0] in {".", "!", "?", "\n"}
        if starts_sentence:  # both sides move: the dropped words and the point where they would go
            return i1 - shift, i2 - shift, j1 - shift, j2 - shift
    return i1, i2, j1, j2


def _classify_change(a, b, a_tokens, b_tokens, i1, i2, j1, j2) -> list:
    a_part, b_part = a_tokens[i1:i2], b_tokens[j1:j2]
    a_words = [t for t in a_part if not _is_mark(t[0]) and t[0] != "\n"]
    b_words = [t for t in b_part if not _is_mark(t[0]) and t[0] != "\n"]
    a_breaks = [t for t in a_part if t[0] == "\n"]
    b_breaks = [t for t in b_part if t[0] == "\n"]
    if a_breaks or b_breaks:
        rows = [_diff_row("split", a, b, a_tokens, b_tokens, i1, i2, j1, j2)]
        return rows
    if not a_words and not b_words:
        return [_diff_row("punctuation", a, b, a_tokens, b_tokens, i1, i2, j1, j2)]
    # widen a number to the digits that matched just before it ("£40" + "million" vs "£40m")
    a_lo, b_lo = i1, j1
    while a_lo > 0 and b_lo > 0 and a_tokens[a_lo - 1][0][:1].isdigit() and b_tokens[b_lo - 1][0] == a_tokens[a_lo - 1][0]:
        a_lo, b_lo = a_lo - 1, b_lo - 1
    a_value, b_value = _number_value(a_tokens[a_lo:i2]), _number_value(b_tokens[b_lo:j2])
    if a_value is not None and a_value == b_value:
        return [_diff_row("number_format", a, b, a_tokens, b_tokens, a_lo, i2, b_lo, j2)]
    folded = sorted({_fold(t[0]) for t in a_words}) == sorted({_fold(t[0]) for t in b_words})
    if {t[0].lower() for t in a_part} | {t[0].lower() for t in b_part} <= {"&", "and"}:
        return [_diff_row("punctuation", a, b, a_tokens, b_tokens, i1, i2, j1, j2)]
    if folded:
        return [_diff_row("punctuation", a, b, a_tokens, b_tokens, i1, i2, j1, j2)]
    if not a_words or not b_words:
        return [_diff_row("omission", a, b, a_tokens, b_tokens, i1, i2, j1, j2)]
    return [_diff_row("wording", a, b, a_tokens, b_tokens, i1, i2, j1, j2)]


def _diff_row(kind, a, b, a_tokens, b_tokens, i1, i2, j1, j2) -> tuple:
    a_start = a_tokens[i1][1] if i1 < i2 else (a_tokens[i1 - 1][2] if i1 > 0 else 0)
    a_end = a_tokens[i2 - 1][2] if i1 < i2 else a_start
    b_start = b_tokens[j1][1] if j1 < j2 else (b_tokens[j1 - 1][2] if j1 > 0 else 0)
    b_end = b_tokens[j2 - 1][2] if j1 < j2 else b_start
    return (kind, a_start, a_end, a[a_start:a_end], b_start, b_end, b[b_start:b_end])
