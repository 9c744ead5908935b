"""Who is quoted, saying what, and how do the outlets' versions differ?

News copy marks quotations in more ways than a first regular expression
expects, and this module reads them the way an editor does:

- straight ``"`` and curly ``“ ”`` marks mixed in one article, and ``„ “``,
  ``« »`` from other languages;
- the newspaper convention that a quotation left open at the end of a
  paragraph goes on in the next one, which reopens it with a new mark (each
  paragraph's part is its own row; ``continued`` and ``run_id`` tie them);
- single quotes for phrases, and single quotes nested inside double ones;
- apostrophes that are not quotation marks (``drivers'``, ``it's``, ``’90s``);
- block quotations without marks: an indented paragraph followed by a credit
  line that starts with a dash (``– USCG dispatcher, CNN``).

Each quotation is then attributed (see ``samestory.speakers``) and classed as
a ``statement`` (the speaker's own sentences) or a ``phrase`` (a word or
fragment inside the writer's sentence). ``align_quotes`` finds the same
statement in several articles and ``quote_diff`` lists, word by word, how two
versions differ. Odd input never raises: an unbalanced mark is read the best
way it can be, and text without quotations gives an empty table.

``quotes_in`` adds each speaker's ``speaker_group`` from the editable table
``data/speaker_groups.csv`` (read by ``speaker_groups``), a UTF-8 CSV with the
columns ``speaker`` (the canonical name as ``extract_quotes`` gives it; case
and extra spaces do not matter), ``speaker_group`` (``union``, ``government``
or ``other``) and ``note`` (who they are, why that group). Speakers it does not
list are ``other``; ``data/speaker_groups.md`` says more.

How well it does is measured against ``data/annotations/quotes.csv`` by
``python -m samestory.evaluate quotes``.
"""

import csv
import difflib
import html
import io
import re
from pathlib import Path

import pandas as pd

from samestory import speakers as sp
from samestory._paths import DATA_DIR
from samestory.errors import CorpusError
from samestory.tokens import ABBREVIATIONS, PARAGRAPH_PATTERN

QUOTE_COLUMNS = [
    "start", "end", "text", "kind", "speaker", "speaker_mention", "mention_start", "mention_end",
    "cue", "cue_start", "cue_end", "attribution", "continued", "run_id", "paragraph",
    "open_mark", "close_mark",
]  # fmt: skip
DOUBLE_OPENERS = "“„«‟"
DOUBLE_CLOSERS = "”»"
DOUBLE_MARKS = '"' + DOUBLE_OPENERS + DOUBLE_CLOSERS
SINGLE_MARKS = "'‘’‚‹›"
DASHES = "–—―-"
SPEAKER_GROUPS_PATH = DATA_DIR / "speaker_groups.csv"
GROUPS = ("union", "government", "other")
# What ends a quotation that is a sentence of its own.
_SENTENCE_ENDERS = ".,!?;:…—–-"
_OPENING_PUNCTUATION = "([{—–-/"
_CLOSING_PUNCTUATION = ".,;:!?)]}—–-…/"
_DECADE = re.compile(r"\d\d?s?\b")
# Words treated as the same when aligning statements ("unlawful"/"illegal").
SYNONYMS = {"illegal": "unlawful", "&": "and", "per cent": "percent", "%": "percent"}
_SCALE_WORDS = {"million": "m", "millions": "m", "billion": "bn", "billions": "bn", "thousand": "k", "mn": "m", "b": "bn"}
_WORD_OR_MARK = re.compile(r"\n|[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")


def extract_quotes(text: str, *, block_quotes: bool = True) -> pd.DataFrame:
    """Find every quotation in an article, attribute it and say what kind it is.

    Parameters
    ----------
    text : str
        The exact article text.
    block_quotes : bool
        Also read indented paragraphs followed by a dash credit line
        (``– Name``) as quotations without marks.

    Returns
    -------
    DataFrame
        One row per contiguous quoted span, in text order:

        - ``start``, ``end``: offsets of the words between the marks
          (``text[start:end]`` gives them back), ``text``: those words;
        - ``kind``: ``statement`` (the speaker's own sentences) or ``phrase``
          (a word or fragment inside the writer's sentence: scare quotes,
          partial quotes, labels, titles);
        - ``speaker``: the canonical name (``Steve Gillan`` for ``Mr Gillan``
          or ``He``), a short description for an unnamed person
          (``POA spokesman``), or ``""`` when no one is named;
        - ``speaker_mention``, ``mention_start``, ``mention_end``: the words
          that name the speaker and their offsets (``""``, -1, -1 if none);
        - ``cue``, ``cue_start``, ``cue_end``: the reporting verb (``said``,
          ``according to`` ...) and its offsets (``""``, -1, -1 if none);
        - ``attribution``: where the speaker came from: ``before`` or
          ``after`` the quotation in its sentence, ``split`` (the other half of
          a quotation split around its attribution), ``run`` (an earlier
          paragraph of the same quotation), ``context`` (an earlier sentence),
          ``credit`` (a block quotation's credit line) or ``""``;
        - ``continued``: the paragraph ends with the quotation still open;
        - ``run_id``: the same number for the paragraphs of one quotation
          that runs over several paragraphs (0, 1, ... in text order);
        - ``paragraph``: the paragraph number (as ``samestory.tokens.paragraphs``);
        - ``open_mark``, ``close_mark``: the marks used (``""`` where none).

    Examples
    --------
    >>> text = 'Ms Lee, a nurse, said: "We are tired.\\n"We want safe wards," she added.'
    >>> extract_quotes(text)[["text", "kind", "speaker", "continued", "run_id"]]
                      text       kind speaker  continued  run_id
    0        We are tired.  statement     Lee       True       0
    1  We want safe wards,  statement     Lee      False       0
    """
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH_PATTERN.finditer(text)]
    blocks = _block_quotes(text, paragraphs) if block_quotes else {}
    spans, paragraph_tokens = [], []
    article = sp.Article(text=text)
    for number, (p_start, p_end) in enumerate(paragraphs):
        if number in blocks:
            found = [_Span(p_start, p_end, "", "", True, number, block=True)]
        elif blocks and _is_credit(text[p_start:p_end]) and number - 1 in blocks:
            found = []
        else:
            found = _find_spans(text, p_start, p_end, number)
        first = len(spans)
        spans.extend(found)
        quotes = [(first + k, s.outer_start, s.outer_end) for k, s in enumerate(found)]
        tokens = sp.tokenize(text, p_start, p_end, quotes)
        paragraph_tokens.append(tokens)
        sp.read_names(article, tokens)
    _attribute(article, spans, paragraph_tokens, blocks, paragraphs)
    return _table(text, spans)


def quotes_in(corpus: pd.DataFrame, *, groups: pd.DataFrame | None = None) -> pd.DataFrame:
    """Extract the quotations of every article in a corpus, with speaker groups.

    Parameters
    ----------
    corpus : DataFrame
        With ``article_id``, ``outlet`` and ``text`` (as from ``load_corpus``).
    groups : DataFrame, optional
        A speaker-group table (``speaker``, ``speaker_group``); default the
        pack's ``data/speaker_groups.csv`` (see ``speaker_groups``).

    Returns
    -------
    DataFrame
        ``article_id``, ``outlet``, the columns of ``extract_quotes``, and
        ``speaker_group``: ``union``, ``government`` or ``other`` (every
        speaker the table does not list, and quotations with no speaker).

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["Daily Example"],
    ...     "text": ['Prisons minister Rory Stewart said: "Return to work."']})
    >>> quotes_in(corpus)[["outlet", "speaker", "speaker_group"]]
              outlet       speaker speaker_group
    0  Daily Example  Rory Stewart    government
    """
    groups = speaker_groups() if groups is None else groups
    lookup = {_key(name): group for name, group in zip(groups["speaker"], groups["speaker_group"])}
    tables = []
    for article in corpus.itertuples(index=False):
        table = extract_quotes(article.text)
        table.insert(0, "outlet", article.outlet)
        table.insert(0, "article_id", article.article_id)
        tables.append(table)
    columns = ["article_id", "outlet"] + QUOTE_COLUMNS
    quotes = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=columns)
    quotes["speaker_group"] = [lookup.get(_key(name), "other") for name in quotes["speaker"]]
    return quotes.astype({"start": int, "end": int, "run_id": int, "paragraph": int})


def speaker_groups(path: str | Path | None = None) -> pd.DataFrame:
    """Read the table that puts each speaker in a group (union, government, other).

    Parameters
    ----------
    path : str or Path, optional
        A UTF-8 CSV with the columns ``speaker``, ``speaker_group`` and
        ``note``; default the pack's ``data/speaker_groups.csv``. A lecturer
        adds a row per speaker of their own articles.

    Returns
    -------
    DataFrame
        ``speaker``, ``speaker_group``, ``note``, one row per speaker.

    Raises
    ------
    CorpusError
        When the file is missing, a column is missing, a row has an empty
        speaker, a group other than ``union``, ``government``, ``other``, or
        a speaker listed twice; the message gives the line and column.

    Examples
    --------
    >>> groups = speaker_groups()
    >>> groups.set_index("speaker").loc["Steve Gillan", "speaker_group"]
    'union'
    """
    path = SPEAKER_GROUPS_PATH if path is None else Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise CorpusError(f"{path}: cannot be read as UTF-8 text ({err}); save the speaker table as a UTF-8 CSV.") from None
    reader = csv.DictReader(io.StringIO(raw))
    columns = [c.strip() for c in reader.fieldnames or []]
    missing = [c for c in ("speaker", "speaker_group", "note") if c not in columns]
    if missing:
        raise CorpusError(
            f"{path} line 1: missing column {', '.join(repr(c) for c in missing)} (found: {', '.join(columns) or 'none'}); "
            "the header must be 'speaker,speaker_group,note'."
        )
    reader.fieldnames = columns
    rows, seen = [], {}
    for row in reader:
        line = reader.line_num
        speaker = (row.get("speaker") or "").strip()
        group = (row.get("speaker_group") or "").strip().lower()
        if not speaker:
            raise CorpusError(f"{path} line {line}: column 'speaker' is empty; write the speaker's name or delete the row.")
        if group not in GROUPS:
            raise CorpusError(
                f"{path} line {line}: column 'speaker_group' is {row.get('speaker_group')!r} for {speaker!r}; "
                f"use one of {', '.join(GROUPS)}."
            )
        if _key(speaker) in seen:
            raise CorpusError(f"{path} line {line}: speaker {speaker!r} is already listed on line {seen[_key(speaker)]}; keep one row.")
        seen[_key(speaker)] = line
        rows.append({"speaker": speaker, "speaker_group": group, "note": (row.get("note") or "").strip()})
    return pd.DataFrame(rows, columns=["speaker", "speaker_group", "note"])


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


def count_voices(quotes: pd.DataFrame, *, by: str = "speaker") -> pd.DataFrame:
    """Count how much each voice is quoted in each outlet.

    Parameters
    ----------
    quotes : DataFrame
        As from ``quotes_in`` (``outlet``, ``kind``, ``text`` and the ``by`` column).
    by : str
        ``"speaker"`` or ``"speaker_group"``.

    Returns
    -------
    DataFrame
        One row per outlet and voice: ``outlet``, the ``by`` column
        (``speaker_group`` is kept next to ``speaker``), ``quotes`` (rows),
        ``statements``, ``words`` (words inside the marks, see
        ``samestory.tokens.WORD_PATTERN``) and ``share`` (of the outlet's
        quoted words, 0 to 1). Sorted by outlet, then most words first.

    Examples
    --------
    >>> import pandas as pd
    >>> quotes = pd.DataFrame({"outlet": ["A", "A"], "speaker": ["Lee", "Kim"],
    ...     "kind": ["statement", "phrase"], "text": ["We are tired.", "unfair"]})
    >>> count_voices(quotes)
      outlet speaker  quotes  statements  words  share
    0      A     Lee       1           1      3   0.75
    1      A     Kim       1           0      1   0.25
    """
    from samestory.tokens import WORD_PATTERN

    table = quotes.assign(
        words=[len(WORD_PATTERN.findall(text)) for text in quotes["text"]],
        statements=(quotes["kind"] == "statement").astype(int),
        speaker=quotes["speaker"].replace("", "(no speaker)") if "speaker" in quotes else None,
    )
    keys = ["outlet", by] + (["speaker_group"] if by == "speaker" and "speaker_group" in table else [])
    counts = table.groupby(keys, sort=False).agg(
        quotes=("text", "size"), statements=("statements", "sum"), words=("words", "sum")
    ).reset_index()
    counts["share"] = (counts["words"] / counts.groupby("outlet")["words"].transform("sum")).round(3)
    counts = counts.sort_values(["outlet", "words"], ascending=[True, False], kind="stable")
    return counts.reset_index(drop=True)


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


def highlight_html(text: str, quotes: pd.DataFrame, *, colours: dict | None = None) -> str:
    """Show a text as HTML with its quotations highlighted and their speakers named.

    Every piece of article text is escaped with ``html.escape``, so the page
    shows exactly the stored characters and nothing in an article can act as
    markup.

    Parameters
    ----------
    text : str
        The article text.
    quotes : DataFrame
        Its quotations, with ``start``, ``end``, ``kind`` and ``speaker``
        (``speaker_group`` too if present, to colour by group).
    colours : dict, optional
        ``{speaker_group: "#RRGGBB"}``; default ``samestory.plots.GROUP_COLOURS``.

    Returns
    -------
    str
        An HTML fragment: one ``<p>`` per line, quotations in ``<mark>``
        with the speaker as a tooltip and a small label.

    Examples
    --------
    >>> import pandas as pd
    >>> quotes = pd.DataFrame({"start": [10], "end": [16], "kind": ["phrase"], "speaker": ["Lee"]})
    >>> html_text = highlight_html('<b>Lee</b> "unfair" she said', quotes)
    >>> "&lt;b&gt;Lee&lt;/b&gt;" in html_text, "<mark" in html_text
    (True, True)
    """
    from samestory.plots import GROUP_COLOURS

    colours = GROUP_COLOURS if colours is None else colours
    pieces, cursor = [], 0
    ordered = quotes.sort_values("start", kind="stable")
    for row in ordered.itertuples(index=False):
        start, end = int(row.start), int(row.end)
        if start < cursor or not 0 <= start <= end <= len(text):
            continue
        group = getattr(row, "speaker_group", "other") or "other"
        colour = colours.get(group, "#999999")
        speaker = row.speaker or "no speaker named"
        label = f"{speaker} · {row.kind}"
        pieces.append(html.escape(text[cursor:start]))
        pieces.append(
            f'<mark title="{html.escape(label)}" style="background:{colour}33;border-bottom:2px solid {colour}">'
            f"{html.escape(text[start:end])}</mark>"
            f'<sup style="color:{colour};font-size:70%">[{html.escape(speaker)}]</sup>'
        )
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    body = "".join(pieces)
    paragraphs = [line for line in body.split("\n") if line.strip()]
    return "<div class='samestory-quotes'>" + "".join(f"<p>{line}</p>" for line in paragraphs) + "</div>"


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


# ---------------------------------------------------------------- finding spans


class _Span:
    """One quoted span: content offsets, marks, and what the rules decided."""

    __slots__ = (
        "start", "end", "open_mark", "close_mark", "closed", "paragraph", "block", "kind",
        "speaker", "cue", "attribution", "run_id",
    )  # fmt: skip

    def __init__(self, start, end, open_mark, close_mark, closed, paragraph, block=False):
        self.start, self.end = start, end
        self.open_mark, self.close_mark = open_mark, close_mark
        self.closed, self.paragraph, self.block = closed, paragraph, block
        self.kind, self.speaker, self.cue, self.attribution, self.run_id = "phrase", sp.Speaker(), None, "", -1

    @property
    def outer_start(self):
        return self.start - len(self.open_mark)

    @property
    def outer_end(self):
        return self.end + len(self.close_mark)


def _find_spans(text: str, p_start: int, p_end: int, paragraph: int) -> list:
    """All top-level quotations of one paragraph: double marks first, then single."""
    spans = _double_spans(text, p_start, p_end, paragraph)
    free, cursor = [], p_start
    for span in spans:
        free.append((cursor, span.outer_start))
        cursor = span.outer_end
    free.append((cursor, p_end))
    for lo, hi in free:
        spans.extend(_single_spans(text, lo, hi, p_start, p_end, paragraph))
    spans = [s for s in spans if text[s.start : s.end].strip()]
    for span in spans:  # trim white space inside the marks (« Bonjour »)
        while span.start < span.end and text[span.start].isspace():
            span.start += 1
        while span.end > span.start and text[span.end - 1].isspace():
            span.end -= 1
    return sorted(spans, key=lambda s: s.start)


def _flanks(text: str, i: int, lo: int, hi: int) -> tuple:
    """Can the mark at ``text[i]`` open a quotation, close one, or both?"""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    spaces = " \u00a0\u202f"
    if text[i] == "«" and after in spaces and i + 2 < hi and not text[i + 2].isspace():
        after = text[i + 2]  # French spacing: « Bonjour »
    if text[i] == "»" and before in spaces and i - 2 >= lo and not text[i - 2].isspace():
        before = text[i - 2]
    can_open = not after.isspace() and (before.isspace() or before in _OPENING_PUNCTUATION + ":" + DOUBLE_MARKS + SINGLE_MARKS)
    can_close = not before.isspace() and (after.isspace() or after in _CLOSING_PUNCTUATION + DOUBLE_MARKS + SINGLE_MARKS)
    if not can_open and not can_close and not before.isspace() and not after.isspace():
        can_open = can_close = True  # 'said"Yes' or 'yes"he': only the marks before it can tell
    return can_open, can_close


def _double_spans(text: str, lo: int, hi: int, paragraph: int) -> list:
    spans, depth, opened = [], 0, None
    for i in range(lo, hi):
        mark = text[i]
        if mark not in DOUBLE_MARKS:
            continue
        can_open, can_close = _flanks(text, i, lo, hi)
        if depth == 0:
            if can_open or (mark in DOUBLE_OPENERS and not can_close):
                depth, opened = 1, i
            # a closing mark with nothing open is a stray: skip it
            continue
        closes = can_close and (not can_open or mark not in DOUBLE_OPENERS or text[opened] == "„")
        closes = closes or (can_open and not can_close and mark in DOUBLE_CLOSERS)
        closes = closes or (can_open and can_close)
        if closes:
            depth -= 1
            if depth == 0:
                spans.append(_Span(opened + 1, i, text[opened], mark, True, paragraph))
        elif can_open:
            depth += 1  # a quotation inside the quotation: it stays part of the outer one
    if depth:
        spans.append(_Span(opened + 1, hi, text[opened], "", False, paragraph))
    return spans


def _single_spans(text: str, lo: int, hi: int, p_start: int, p_end: int, paragraph: int) -> list:
    spans, opened = [], None
    for i in range(lo, hi):
        mark = text[i]
        if mark not in SINGLE_MARKS:
            continue
        before = text[i - 1] if i > p_start else " "
        after = text[i + 1] if i + 1 < p_end else " "
        if before.isalnum() and after.isalnum():
            continue  # it's, Government’s, O'Brien
        if _DECADE.match(text, i + 1) and mark in "'’" and not before.isalnum():
            continue  # ’90s, '18
        can_open, can_close = _flanks(text, i, p_start, p_end)
        if opened is None:
            if can_open and mark not in "’›" or (can_open and mark == "’" and not can_close and after.isupper()):
                opened = i
        elif can_close:
            if text[opened + 1 : i].strip():
                spans.append(_Span(opened + 1, i, text[opened], mark, True, paragraph))
            opened = None
        elif can_open and mark in "‘‚‹":
            opened = i
    if opened is not None and not text[p_start:opened].strip() and text[opened + 1 : opened + 2].isupper():
        # 'It is ... : a single-quoted paragraph left open runs to its end.
        spans.append(_Span(opened + 1, p_end, text[opened], "", False, paragraph))
    return spans


def _block_quotes(text: str, paragraphs: list) -> dict:
    """Indented paragraphs followed by a dash credit line: ``{paragraph: credit paragraph}``."""
    blocks = {}
    for number, (p_start, p_end) in enumerate(paragraphs):
        if not _is_credit(text[p_start:p_end]) or number == 0:
            continue
        k = number - 1
        while k >= 0:
            k_start = paragraphs[k][0]
            line_start = text.rfind("\n", 0, k_start) + 1
            indented = k_start > line_start and not text[line_start:k_start].strip()
            if not indented or _is_credit(text[k_start : paragraphs[k][1]]):
                break
            blocks[k] = number
            k -= 1
    return blocks


def _is_credit(paragraph: str) -> bool:
    return len(paragraph) > 2 and paragraph[0] in DASHES and paragraph.lstrip(DASHES + " \u00a0")[:1].isupper() and len(paragraph) < 120


# ---------------------------------------------------------------- attribution


def _sentences(tokens: list, spans: list) -> list:
    """Cut a paragraph's tokens into sentences: ``[(lo, hi), ...]``."""
    bounds, lo = [], 0
    for i, token in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if token.quote >= 0:
            inner = token.text.rstrip(DOUBLE_MARKS + SINGLE_MARKS + " ")
            ends = inner[-1:] in ".!?…" and spans[token.quote].closed
            if ends and nxt is not None and nxt.is_cap:
                bounds.append((lo, i + 1))
                lo = i + 1
            continue
        if token.text not in {".", "!", "?", "…"} or nxt is None:
            continue
        prev = tokens[i - 1] if i > 0 else None
        if token.text == "." and prev is not None and (prev.lower in ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper())):
            continue
        if nxt.quote >= 0 or nxt.is_cap or nxt.text in "([":
            bounds.append((lo, i + 1))
            lo = i + 1
    bounds.append((lo, len(tokens)))
    return [b for b in bounds if b[1] > b[0]]


def _attribute(article, spans, paragraph_tokens, blocks, paragraphs) -> None:
    """Decide every span's kind and speaker, reading the article in order."""
    text = article.text
    last_statement, run_id, open_run, intro = None, -1, None, None
    for number, tokens in enumerate(paragraph_tokens):
        in_paragraph = [t for t in tokens if t.quote >= 0]
        if number in blocks:
            span = spans[in_paragraph[0].quote]
            c_start, c_end = paragraphs[blocks[number]]
            span.kind, span.attribution = "statement", "credit"
            span.speaker = sp.describe_credit(article, text[c_start:c_end], c_start)
            if open_run is not None and open_run.block:
                span.run_id = open_run.run_id
            else:
                run_id += 1
                span.run_id = run_id
            open_run, last_statement = span, span
            continue
        sentences = _sentences(tokens, spans)
        sentence_cues = []  # per sentence: {token index: (Speaker, (cue start, cue end), width)}
        for lo, hi in sentences:
            cues = {}
            for i, width in sp.find_cues(tokens, lo, hi):
                subject = sp.subject_of(tokens, i, width, lo, hi)
                speaker = sp.name_speaker(article, tokens, subject, tokens[i].start)
                cues[i] = (speaker, (tokens[i].start, tokens[i + width - 1].end), width)
                if speaker.name:
                    article.history.append((tokens[i].start, speaker))
            sentence_cues.append(cues)
            subject = sp.sentence_subject(article, tokens, lo, hi)
            if subject is not None:
                article.history.append((tokens[lo].start, subject))
        previous_quote, earlier = None, []
        for k, (lo, hi) in enumerate(sentences):
            cues = sentence_cues[k]
            following = sentences[k + 1] if k + 1 < len(sentences) else (hi, hi)
            next_cues = {i: v for i, v in sentence_cues[k + 1].items() if v[0].name} if k + 1 < len(sentences) else {}
            for qi in range(lo, hi):
                if tokens[qi].quote < 0:
                    continue
                span = spans[tokens[qi].quote]
                continues_run = qi == 0 and open_run is not None and not open_run.closed and not open_run.block
                span.kind = "statement" if continues_run else _kind(tokens, qi, lo, span, text, cues)
                context = (lo, hi, following[1], next_cues, earlier, last_statement, intro)
                _choose_speaker(span, tokens, qi, cues, previous_quote, open_run if continues_run else None, context)
                if continues_run:
                    span.run_id = open_run.run_id
                else:
                    run_id += 1
                    span.run_id = run_id
                previous_quote = span
                if span.kind == "statement" and span.speaker.name:
                    last_statement = span
            named_here = [v for i, v in sorted(cues.items()) if v[0].name]
            earlier = named_here[-1:] or earlier
        last = spans[in_paragraph[-1].quote] if in_paragraph else None
        open_run = last if last is not None and not last.closed else None
        intro = earlier[-1] if earlier and tokens and tokens[-1].text == ":" else None


def _kind(tokens, qi, lo, span, text, cues) -> str:
    content = text[span.start : span.end]
    first = content.lstrip("[(…. ")[:1]
    upper = first.isupper() or first.isdigit() or content[:1] in "[…"
    if qi == lo:
        nxt = tokens[qi + 1] if qi + 1 < len(tokens) else None
        if span.closed and content.rstrip()[-1:] not in _SENTENCE_ENDERS and nxt is not None:
            if nxt.is_word and nxt.text.islower() and nxt.text not in sp.CUE_VERBS and nxt.lower not in sp.PRONOUNS:
                return "phrase"  # '"Revoke article 50" poster': a label
        return "statement" if qi == 0 or upper else "phrase"
    prev = tokens[qi - 1]
    if prev.text == ":":
        return "statement"
    if not upper:
        return "phrase"
    if prev.text in {";", "—", "–"}:
        return "statement"
    verbs = [i for i, (_, _, width) in cues.items() if width == 1 and i < qi]
    if prev.text == ",":
        return "statement" if any(qi - 1 - i <= 5 and not any(t.text == "," for t in tokens[i + 1 : qi - 1]) for i in verbs) else "phrase"
    return "statement" if any(qi - i <= 3 for i in verbs) else "phrase"


def _choose_speaker(span, tokens, qi, cues, previous_quote, run, context) -> None:
    """Pick the speaker of one quotation, most specific evidence first."""
    lo, hi, next_hi, next_cues, earlier, last_statement, intro = context
    named = {i: v for i, v in cues.items() if v[0].name}
    after = sorted(i for i in named if i > qi)
    before = sorted(i for i in named if i < qi)
    # '"...," Lam said.' / '"...," said a protester': attribution right after.
    verb_before = [i for i in before if named[i][2] == 1]
    if after and _only_attribution_between(tokens, qi, after[0], named[after[0]][0]):
        if not (verb_before and named[after[0]][2] == 2):  # 'X called it "a breach," according to NBC'
            return _take(span, named[after[0]], "after")
    # '"We couldn't win." Szumowski said.': a short sentence that only attributes.
    no_quote_next = not any(t.quote >= 0 for t in tokens[hi:next_hi])
    if qi + 1 == hi and span.closed and not verb_before and no_quote_next:
        for i in sorted(next_cues):
            if i - qi <= 8 and next_hi - i <= 6 and _only_attribution_between(tokens, qi, i, next_cues[i][0]):
                return _take(span, next_cues[i], "after")
    if span.kind == "statement" and run is not None:
        return _inherit(span, run, "run")
    if verb_before:
        return _take(span, named[verb_before[0]], "before")
    if after:
        return _take(span, named[after[0]], "after")
    if before:
        return _take(span, named[before[0]], "before")
    if span.kind != "statement":
        return None
    if previous_quote is not None and previous_quote.speaker.name and qi == lo:
        return _inherit(span, previous_quote, "split")
    if earlier:
        return _take(span, earlier[-1], "context")
    if qi == 0 and intro is not None:
        return _take(span, intro, "context")  # 'X said:' closes the paragraph before
    if qi == 0 and last_statement is not None:
        return _inherit(span, last_statement, "context")
    return None


def _only_attribution_between(tokens, qi, cue, speaker) -> bool:
    """Is everything between the quotation and the cue its attribution ('," Lam said')?"""
    between = [t for t in tokens[qi + 1 : cue] if t.text not in {",", "—", "–"}]
    if not between:
        return True
    return speaker.mention_start >= 0 and between[0].start >= speaker.mention_start and between[-1].end <= speaker.mention_end


def _take(span, found, how) -> None:
    speaker, cue, width = found
    span.speaker, span.cue, span.attribution = speaker, cue, how


def _inherit(span, source, how) -> None:
    span.speaker, span.cue, span.attribution = source.speaker, source.cue, how


def _table(text: str, spans: list) -> pd.DataFrame:
    spans = sorted(spans, key=lambda s: s.start)
    runs = {}  # number runs 0, 1, ... in text order
    for span in spans:
        runs.setdefault(span.run_id, len(runs))
    cues = [span.cue or (-1, -1) for span in spans]
    columns = {
        "start": [s.start for s in spans],
        "end": [s.end for s in spans],
        "text": [text[s.start : s.end] for s in spans],
        "kind": [s.kind for s in spans],
        "speaker": [s.speaker.name for s in spans],
        "speaker_mention": [s.speaker.mention for s in spans],
        "mention_start": [s.speaker.mention_start for s in spans],
        "mention_end": [s.speaker.mention_end for s in spans],
        "cue": [text[c[0] : c[1]] if c[0] >= 0 else "" for c in cues],
        "cue_start": [c[0] for c in cues],
        "cue_end": [c[1] for c in cues],
        "attribution": [s.attribution for s in spans],
        "continued": [not s.closed and not s.block for s in spans],
        "run_id": [runs[s.run_id] for s in spans],
        "paragraph": [s.paragraph for s in spans],
        "open_mark": [s.open_mark for s in spans],
        "close_mark": [s.close_mark for s in spans],
    }
    table = pd.DataFrame(columns)
    if not spans:
        integers = ("start", "end", "mention_start", "mention_end", "cue_start", "cue_end", "run_id", "paragraph")
        table = table.astype({**{c: int for c in integers}, "continued": bool})
    return table


# ---------------------------------------------------------------- alignment and differences


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
