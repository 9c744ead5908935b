"""Find the text that articles share: how much of each is the same copy?

Local papers often print a press statement, or a news agency's story, with a
few changes: curly marks made straight, "£40 million" shortened to "£40m", a
word swapped, a paragraph split in two. ``shared_passages`` finds such
passages between two texts in two steps:

1. **Shingles.** Each text becomes a list of normalised words (see
   ``normalise_words``: lower case, one kind of apostrophe, ``£40m`` read as
   ``40 million``, ``&`` as ``and``). A *shingle* is a run of
   ``shingle_words`` consecutive words. Every shingle found in both texts is
   a seed of a shared passage, wherever it sits in either text.
2. **Alignment.** Each seed is grown word by word with
   ``difflib.SequenceMatcher`` on a small window past each end, jumping over
   up to ``max_gap`` words that differ (a swapped or dropped word) until the
   texts part. The result is a maximal passage with its offsets into each
   exact text, and a similarity (1.0 when the words are the same after
   normalising).

``reuse_share`` says, per article, how much of it is found in each other
article, split into text inside quotation marks and the writer's own
narration. ``reuse_pairs`` does the same for many articles without comparing
every pair: an inverted index of shingles (which articles contain each one)
proposes the candidate pairs, so the cost grows nearly in proportion to the
number of articles when reuse is sparse.

At newsroom scale
-----------------
For an archive of millions of articles, the same two steps map onto a
distributed engine such as Dask or Spark: (1) a map over articles emits
``(shingle hash, article_id)`` rows; (2) a group-by on the hash, dropping
hashes shared by more than ``max_articles_per_shingle`` articles
(boilerplate), emits candidate ``(article_a, article_b)`` pairs; (3) a
distinct on the pairs, a join back to the texts and a map that runs
``shared_passages`` on each pair. Only step 3 reads the texts twice, and it
touches the candidate pairs only. This pack does not build that; the
functions here run in one process.
"""

import difflib
import re
from collections import Counter
from functools import lru_cache

import pandas as pd

from samestory.corpus import require_columns
from samestory.tokens import WORD_PATTERN

# Words as in ``samestory.tokens``, plus "&" and "%", which stand for words.
TOKEN_PATTERN = re.compile(WORD_PATTERN.pattern + r"|[&%]")
# How a short form is read: "£40m" is "40 million", "&" is "and".
EXPANSIONS = {
    "&": ("and",),
    "%": ("per", "cent"),
    "percent": ("per", "cent"),
    "m": ("million",),
    "mn": ("million",),
    "bn": ("billion",),
    "k": ("thousand",),
}
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
PASSAGE_COLUMNS = ["a_start", "a_end", "b_start", "b_end", "a_text", "b_text", "words", "similarity"]
PAIR_COLUMNS = ["article_a", "article_b", "outlet_a", "outlet_b", "shared_chars", "share_a", "share_b"]
SHARE_COLUMNS = [
    "article_id", "outlet", "other", "other_outlet",
    "chars", "shared_chars", "share",
    "quote_chars", "quote_shared_chars", "quote_share",
    "narration_chars", "narration_shared_chars", "narration_share",
]  # fmt: skip
_NUMBER_WITH_UNIT = re.compile(r"(\d+(?:[.,]\d+)*)([^\W\d_]+)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def normalise_words(text: str) -> pd.DataFrame:
    """List a text's words in the normal form used to compare texts.

    Lower case; curly apostrophes made straight; commas dropped from numbers
    (``3,500`` is ``3500``); a number with a glued unit split and the unit
    spelled out (``40m`` is ``40 million``, ``7am`` is ``7 am``); ``&`` read
    as ``and``, ``%`` and ``percent`` as ``per cent``; hyphenated words split
    (``walk-out`` is ``walk out``). Punctuation, quotation marks and line
    breaks are left out, so they never stop a match.

    Parameters
    ----------
    text : str
        The exact article text.

    Returns
    -------
    DataFrame
        One row per normal word: ``start``, ``end`` (offsets into ``text`` of
        the word as written; a split word gives several rows with the same
        offsets), ``word`` (as written) and ``norm`` (the normal form).

    Examples
    --------
    >>> normalise_words("Pay: £40m & a walk-out")
       start  end      word     norm
    0      0    3       Pay      pay
    1      6    9       40m       40
    2      6    9       40m  million
    3     10   11         &      and
    4     12   13         a        a
    5     14   22  walk-out     walk
    6     14   22  walk-out      out
    """
    norms, starts, ends = _tokens(text)
    rows = [(s, e, text[s:e], n) for n, s, e in zip(norms, starts, ends)]
    return pd.DataFrame(rows, columns=["start", "end", "word", "norm"])


def shared_passages(
    text_a: str,
    text_b: str,
    *,
    shingle_words: int = 5,
    max_gap: int = 3,
    min_words: int = 5,
) -> pd.DataFrame:
    """Find the passages two texts share, allowing for small changes.

    Parameters
    ----------
    text_a, text_b : str
        The two exact article texts.
    shingle_words : int
        How many consecutive normal words must match to start a passage.
        Smaller finds shorter passages and more coincidences.
    max_gap : int
        How many differing words (swapped, dropped or added) a passage may
        jump over and still go on.
    min_words : int
        Passages with fewer matching normal words than this are left out.

    Returns
    -------
    DataFrame
        One row per maximal shared passage, sorted by ``a_start`` then
        ``b_start``: ``a_start``, ``a_end`` (offsets into ``text_a``),
        ``b_start``, ``b_end`` (offsets into ``text_b``), ``a_text`` and
        ``b_text`` (the passage as each text prints it), ``words`` (normal
        words that match) and ``similarity`` (difflib's ratio of the two
        passages' normal words: 1.0 when they are the same). A passage that
        one text repeats gives one row per copy.

    Examples
    --------
    >>> a = "He said: “We are investing £40 million.”"
    >>> b = 'Rory Stewart: "we are investing £40m".'
    >>> shared_passages(a, b)[["a_text", "b_text", "words", "similarity"]]
                             a_text                 b_text  words  similarity
    0  We are investing £40 million  we are investing £40m      5         1.0
    """
    tokens_a, tokens_b = _tokens(text_a), _tokens(text_b)
    rows = []
    for a0, a1, b0, b1, matched, similarity in _align(
        tokens_a[0], tokens_b[0], size=shingle_words, max_gap=max_gap, min_words=min_words
    ):
        a_start, a_end = tokens_a[1][a0], tokens_a[2][a1 - 1]
        b_start, b_end = tokens_b[1][b0], tokens_b[2][b1 - 1]
        rows.append(
            (a_start, a_end, b_start, b_end, text_a[a_start:a_end], text_b[b_start:b_end], matched, similarity)
        )
    table = pd.DataFrame(rows, columns=PASSAGE_COLUMNS)
    return table.sort_values(["a_start", "b_start"], kind="stable").reset_index(drop=True)


def passages_in(corpus: pd.DataFrame, **options) -> pd.DataFrame:
    """Find the shared passages of every pair of articles in a corpus.

    Parameters
    ----------
    corpus : DataFrame
        A table with ``article_id``, ``outlet`` and ``text``, as returned by
        ``samestory.load_corpus``.
    **options
        Passed to ``shared_passages`` (``shingle_words``, ``max_gap``,
        ``min_words``).

    Returns
    -------
    DataFrame
        The columns of ``shared_passages``, after ``article_a``,
        ``outlet_a``, ``article_b``, ``outlet_b``: one row per passage per
        pair, ``article_a`` before ``article_b`` in corpus order. The
        ``a_`` offsets point into ``article_a``'s text, ``b_`` into
        ``article_b``'s.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["x", "y", "z"], "outlet": ["X", "Y", "Z"],
    ...     "text": ["Officers walked out at seven this morning.", "Pay rose.",
    ...              "Many officers walked out at seven this morning, he said."]})
    >>> passages_in(corpus)[["article_a", "article_b", "a_start", "a_end", "b_start", "b_end"]]
      article_a article_b  a_start  a_end  b_start  b_end
    0         x         z        0     41        5     46
    """
    require_columns(corpus, ["article_id", "outlet", "text"])
    records = list(corpus[["article_id", "outlet", "text"]].itertuples(index=False, name=None))
    tables = []
    for i, (id_a, outlet_a, text_a) in enumerate(records):
        for id_b, outlet_b, text_b in records[i + 1 :]:
            table = shared_passages(text_a, text_b, **options)
            table.insert(0, "outlet_b", outlet_b)
            table.insert(0, "article_b", id_b)
            table.insert(0, "outlet_a", outlet_a)
            table.insert(0, "article_a", id_a)
            tables.append(table)
    columns = ["article_a", "outlet_a", "article_b", "outlet_b"] + PASSAGE_COLUMNS
    tables = [t for t in tables if len(t)]
    if not tables:
        return pd.DataFrame(columns=columns)
    return pd.concat(tables, ignore_index=True)[columns]


def reuse_share(corpus: pd.DataFrame, *, quotes: pd.DataFrame | None = None, **options) -> pd.DataFrame:
    """Measure how much of each article is found in each other article.

    Characters are counted without white space, so a paragraph split or a
    double space changes nothing. A character is *shared* when it lies in a
    passage that ``shared_passages`` finds with the other article; it is
    *inside quotation* when it lies in a quote span (marks excluded).

    Parameters
    ----------
    corpus : DataFrame
        ``article_id``, ``outlet`` and ``text`` columns.
    quotes : DataFrame, optional
        Quote spans with ``article_id``, ``start``, ``end``. Default: the
        quotes ``samestory.quotes.quotes_in`` finds in ``corpus``.
    **options
        Passed to ``shared_passages``.

    Returns
    -------
    DataFrame
        One row per article and other article, then one with ``other`` set
        to ``"any"`` (found in at least one other article): ``article_id``,
        ``outlet``, ``other`` (the other article's ``article_id``, or
        ``"any"``), ``other_outlet`` (``""`` for ``"any"``), ``chars`` (the
        article's characters), ``shared_chars``, ``share`` (0 to 1), and the
        same three for the characters inside quotations (``quote_chars``,
        ``quote_shared_chars``, ``quote_share``) and in narration, the rest
        (``narration_chars``, ``narration_shared_chars``,
        ``narration_share``). A share of an empty part is 0.0.

    Raises
    ------
    CorpusError
        When ``corpus`` or ``quotes`` lacks a column it needs.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["x", "y"], "outlet": ["X", "Y"], "text": [
    ...     'Officers walked out. "We want safe prisons for all of us," he said.',
    ...     'A union leader said: "We want safe prisons for all of us."']})
    >>> quotes = pd.DataFrame({"article_id": ["x", "y"], "start": [22, 22], "end": [57, 57]})
    >>> reuse_share(corpus, quotes=quotes)[["article_id", "other", "share", "quote_share", "narration_share"]]
      article_id other  share  quote_share  narration_share
    0          x     y  0.491        0.964              0.0
    1          x   any  0.491        0.964              0.0
    2          y     x  0.574        0.964              0.0
    3          y   any  0.574        0.964              0.0
    """
    require_columns(corpus, ["article_id", "outlet", "text"])
    if quotes is None:
        from samestory.quotes import quotes_in

        quotes = quotes_in(corpus)
    require_columns(quotes, ["article_id", "start", "end"], what="quotes")
    records = list(corpus[["article_id", "outlet", "text"]].itertuples(index=False, name=None))
    tokens = {article_id: _tokens(text) for article_id, _, text in records}
    found = {article_id: {} for article_id, _, _ in records}
    for i, (id_a, _, text_a) in enumerate(records):
        for id_b, _, text_b in records[i + 1 :]:
            spans_a, spans_b = [], []
            for a0, a1, b0, b1, _, _ in _align(tokens[id_a][0], tokens[id_b][0], **_align_options(options)):
                spans_a.append((tokens[id_a][1][a0], tokens[id_a][2][a1 - 1]))
                spans_b.append((tokens[id_b][1][b0], tokens[id_b][2][b1 - 1]))
            found[id_a][id_b], found[id_b][id_a] = spans_a, spans_b
    rows = []
    for article_id, outlet, text in records:
        in_quote = _mask(len(text), _spans_of(quotes, article_id))
        counted = [not char.isspace() for char in text]
        others = [(other, other_outlet, found[article_id][other]) for other, other_outlet, _ in records if other != article_id]
        anywhere = [span for _, _, spans in others for span in spans]
        for other, other_outlet, spans in others + [("any", "", anywhere)]:
            shared = _mask(len(text), spans)
            row = {"article_id": article_id, "outlet": outlet, "other": other, "other_outlet": other_outlet}
            for prefix, part in (("", None), ("quote_", True), ("narration_", False)):
                chars = shared_chars = 0
                for is_counted, is_quote, is_shared in zip(counted, in_quote, shared):
                    if is_counted and (part is None or is_quote == part):
                        chars += 1
                        shared_chars += is_shared
                row[f"{prefix}chars"] = chars
                row[f"{prefix}shared_chars"] = shared_chars
                row[f"{prefix}share"] = round(shared_chars / chars, 3) if chars else 0.0
            rows.append(row)
    return pd.DataFrame(rows, columns=SHARE_COLUMNS)


def reuse_pairs(
    corpus: pd.DataFrame,
    *,
    min_chars: int = 200,
    min_shared_shingles: int = 3,
    max_articles_per_shingle: int = 50,
    **options,
) -> pd.DataFrame:
    """Find the pairs of articles that share text, in a large corpus.

    Rather than compare every pair (which grows with the square of the
    number of articles), an inverted index lists, for each shingle, the
    articles that contain it; only pairs that share a shingle are aligned
    with ``shared_passages``.

    Parameters
    ----------
    corpus : DataFrame
        ``article_id``, ``outlet`` and ``text`` columns.
    min_chars : int
        Leave out pairs with fewer shared characters than this.
    min_shared_shingles : int
        Align only pairs that share at least this many distinct shingles.
        Common phrases ("said in a statement that") make two unrelated
        articles share one shingle by chance; real reuse of ``min_chars``
        characters shares dozens. (passim's ``--min-match`` does the same.)
    max_articles_per_shingle : int
        A shingle found in more articles than this is boilerplate (a
        standard sign-off, say) and proposes no pairs; pairs that share
        other text are still found.
    **options
        Passed to ``shared_passages`` (``shingle_words``, ``max_gap``,
        ``min_words``).

    Returns
    -------
    DataFrame
        One row per pair that shares at least ``min_chars`` characters,
        ``article_a`` before ``article_b`` in corpus order: ``article_a``,
        ``article_b``, ``outlet_a``, ``outlet_b``, ``shared_chars`` (the
        characters, without white space, of the shared passages, counted in
        whichever article prints fewer of them), ``share_a`` and ``share_b``
        (the share of each article's characters, 0 to 1, that is shared).

    Raises
    ------
    CorpusError
        When ``corpus`` lacks a column it needs.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["x", "y", "z"], "outlet": ["X", "Y", "Z"],
    ...     "text": ["Officers walked out at seven this morning.", "Pay rose.",
    ...              "Many officers walked out at seven this morning, he said."]})
    >>> reuse_pairs(corpus, min_chars=10)
      article_a article_b outlet_a outlet_b  shared_chars  share_a  share_b
    0         x         z        X        Z            35    0.972    0.745
    """
    import numpy as np

    require_columns(corpus, ["article_id", "outlet", "text"])
    align_options = _align_options(options)
    size = align_options["size"]
    texts = corpus["text"].tolist()
    known = {}  # each distinct word is normalised once
    hashes, owners = [], []
    for number, text in enumerate(texts):
        norms = _tokens(text, known)[0]
        unique = {hash(tuple(norms[i : i + size])) for i in range(len(norms) - size + 1)}
        hashes.append(np.fromiter(unique, dtype=np.int64, count=len(unique)))
        owners.append(np.full(len(unique), number, dtype=np.int64))
    candidates = _candidate_pairs(
        np.concatenate(hashes or [np.empty(0, np.int64)]),
        np.concatenate(owners or [np.empty(0, np.int64)]),
        max_articles=max_articles_per_shingle,
        min_shared=min_shared_shingles,
    )
    # Words of the articles in candidate pairs, a few hundred at a time, so
    # memory stays small however large the corpus.
    tokens_of = lru_cache(maxsize=512)(lambda number: _tokens(texts[number], known))
    chars_of = lru_cache(maxsize=512)(lambda number: _count_in([(0, len(texts[number]))], texts[number]))
    rows = []
    for a, b in candidates:
        tokens_a, tokens_b = tokens_of(a), tokens_of(b)
        spans_a, spans_b = [], []
        for a0, a1, b0, b1, _, _ in _align(tokens_a[0], tokens_b[0], **align_options):
            spans_a.append((tokens_a[1][a0], tokens_a[2][a1 - 1]))
            spans_b.append((tokens_b[1][b0], tokens_b[2][b1 - 1]))
        shared_a, shared_b = _count_in(spans_a, texts[a]), _count_in(spans_b, texts[b])
        shared = min(shared_a, shared_b)
        if shared > 0 and shared >= min_chars:
            rows.append((a, b, shared, shared_a / chars_of(a), shared_b / chars_of(b)))
    ids, outlets = corpus["article_id"].tolist(), corpus["outlet"].tolist()
    table = pd.DataFrame(
        [(ids[a], ids[b], outlets[a], outlets[b], n, round(sa, 3), round(sb, 3)) for a, b, n, sa, sb in rows],
        columns=PAIR_COLUMNS,
    )
    return table


def side_by_side_html(corpus: pd.DataFrame, *, passages: pd.DataFrame | None = None, **options) -> str:
    """Show articles side by side as HTML, with their shared passages marked.

    Every piece of article text, outlet name and label is escaped with
    ``html.escape``, so an article containing ``<script>`` or ``&`` shows
    as written and runs nothing. A marked passage is tinted in the colour
    of the other outlet that prints it (grey when several do) and names them
    in its tooltip; line breaks are kept.

    Parameters
    ----------
    corpus : DataFrame
        ``article_id``, ``outlet`` and ``text`` columns.
    passages : DataFrame, optional
        As returned by ``passages_in``; default: ``passages_in(corpus)``.
    **options
        Passed to ``passages_in`` when ``passages`` is not given.

    Returns
    -------
    str
        An HTML fragment; in a notebook show it with
        ``IPython.display.HTML(side_by_side_html(corpus))``.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["x", "y"], "outlet": ["X & Co", "Y"],
    ...     "text": ["Officers walked out at seven this morning.", "<b>Officers walked out at seven this morning</b>"]})
    >>> page = side_by_side_html(corpus)
    >>> "X &amp; Co" in page, "&lt;b&gt;" in page, "<b>" in page
    (True, True, False)
    """
    import html

    from samestory.plots import outlet_colours

    require_columns(corpus, ["article_id", "outlet", "text"])
    if passages is None:
        passages = passages_in(corpus, **options)
    outlets = dict(zip(corpus["article_id"], corpus["outlet"]))
    colours = outlet_colours(list(dict.fromkeys(corpus["outlet"])))
    columns = []
    for article_id, outlet, text in corpus[["article_id", "outlet", "text"]].itertuples(index=False, name=None):
        spans = []
        for side, other_side in (("a", "b"), ("b", "a")):
            mine = passages[passages[f"article_{side}"] == article_id]
            for other, start, end in zip(mine[f"article_{other_side}"], mine[f"{side}_start"], mine[f"{side}_end"]):
                spans.append((int(start), int(end), outlets[other]))
        pieces = []
        for start, end, others in _segments(len(text), spans):
            piece = html.escape(text[start:end])
            if not others:
                pieces.append(piece)
                continue
            colour = colours[others[0]] if len(others) == 1 else "#999999"
            names = html.escape(" and ".join(others))
            pieces.append(
                f'<mark title="also in {names}" style="background:{colour}40;'
                f'border-bottom:2px solid {colour};padding:0">{piece}</mark>'
            )
        heading = html.escape(f"{outlet} ({article_id})")
        columns.append(
            '<div style="flex:1;min-width:14em;font-size:0.85em;line-height:1.4">'
            f'<h4 style="margin:0 0 0.4em 0;border-bottom:3px solid {colours[outlet]}">{heading}</h4>'
            f'<div style="white-space:pre-wrap">{"".join(pieces)}</div></div>'
        )
    legend = " ".join(
        f'<span style="background:{colour}40;border-bottom:2px solid {colour}">also in {html.escape(name)}</span>'
        for name, colour in colours.items()
    )
    legend += ' <span style="background:#99999940;border-bottom:2px solid #999999">also in several</span>'
    return (
        '<div class="samestory-side-by-side">'
        f'<p style="font-size:0.85em">Marked: text found in another article (hover for which). {legend}</p>'
        f'<div style="display:flex;gap:1em;align-items:flex-start">{"".join(columns)}</div></div>'
    )


def _tokens(text: str, known: dict | None = None) -> tuple[list, list, list]:
    """Normal words of ``text`` as three parallel lists: norm, start, end.

    ``known`` maps words already normalised to their normal forms; pass one
    dict for many texts to normalise each distinct word once.
    """
    known = {} if known is None else known
    norms, starts, ends = [], [], []
    for match in TOKEN_PATTERN.finditer(text):
        word = match.group()
        if word not in known:
            known[word] = _normalise(word)
        for norm in known[word]:
            norms.append(norm)
            starts.append(match.start())
            ends.append(match.end())
    return norms, starts, ends


def _normalise(word: str) -> tuple:
    word = word.lower().translate(APOSTROPHES)
    if word in EXPANSIONS:
        return EXPANSIONS[word]
    number = _NUMBER_WITH_UNIT.fullmatch(word)
    if number:
        unit = number.group(2)
        return (number.group(1).replace(",", ""), *EXPANSIONS.get(unit, (unit,)))
    if _NUMBER.fullmatch(word):
        return (word.replace(",", ""),)
    return tuple(part for part in word.split("-") if part)


def _align_options(options: dict) -> dict:
    unknown = set(options) - {"shingle_words", "max_gap", "min_words"}
    if unknown:
        raise TypeError(f"unknown option(s) {', '.join(sorted(unknown))}; use shingle_words, max_gap or min_words.")
    return {
        "size": options.get("shingle_words", 5),
        "max_gap": options.get("max_gap", 3),
        "min_words": options.get("min_words", 5),
    }


def _align(a: list, b: list, *, size: int, max_gap: int, min_words: int) -> list:
    """Shared passages of two lists of normal words, as token index ranges.

    Returns ``(a0, a1, b0, b1, matched_words, similarity)`` tuples.
    """
    size = max(1, int(size))
    if len(a) < size or len(b) < size:
        return []
    where_in_b = {}
    for j in range(len(b) - size + 1):
        where_in_b.setdefault(tuple(b[j : j + size]), []).append(j)
    # Runs of seeds on one diagonal (same j - i) are exact matches.
    runs, open_runs = [], {}
    for i in range(len(a) - size + 1):
        for j in where_in_b.get(tuple(a[i : i + size]), ()):
            run = open_runs.get(j - i)
            if run is not None and run[2] == i - 1:
                run[2] = i
            else:
                if run is not None:
                    runs.append(run)
                open_runs[j - i] = [i, j, i]
    runs.extend(open_runs.values())
    seeds = sorted(
        ((i0, i_last + size, j0, j0 + i_last - i0 + size) for i0, j0, i_last in runs),
        key=lambda r: (-(r[1] - r[0]), r[0], r[2]),
    )
    passages = []
    for seed in seeds:
        if any(_inside(seed, passage) for passage in passages):
            continue
        passages.append(_grow(a, b, *seed, max_gap=max_gap))
    passages = [p for p in passages if not any(p != q and _inside(p, q) for q in passages)]
    results = []
    for a0, a1, b0, b1 in sorted(set(passages)):
        matcher = difflib.SequenceMatcher(None, a[a0:a1], b[b0:b1], autojunk=False)
        matched = sum(block.size for block in matcher.get_matching_blocks())
        if matched >= min_words:
            results.append((a0, a1, b0, b1, matched, round(matcher.ratio(), 3)))
    return results


def _inside(inner: tuple, outer: tuple) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1] and outer[2] <= inner[2] and inner[3] <= outer[3]


def _grow(a: list, b: list, a0: int, a1: int, b0: int, b1: int, *, max_gap: int) -> tuple:
    """Extend an exact match both ways over gaps of at most ``max_gap`` words."""
    window = max_gap + 8
    while True:  # forwards
        block = _next_block(a[a1 : a1 + window], b[b1 : b1 + window], max_gap)
        if block is None:
            break
        i, j, n = block
        a1, b1 = a1 + i + n, b1 + j + n
    while True:  # backwards: the same on the reversed lists
        start_a, start_b = max(0, a0 - window), max(0, b0 - window)
        block = _next_block(a[start_a:a0][::-1], b[start_b:b0][::-1], max_gap)
        if block is None:
            break
        i, j, n = block
        a0, b0 = a0 - i - n, b0 - j - n
    return a0, a1, b0, b1


def _next_block(a: list, b: list, max_gap: int):
    """The first matching block near the start of both lists, or None.

    A block must begin within ``max_gap`` words on both sides; a single
    matching word counts only when at most one word is skipped, so a lone
    "the" does not stretch a passage.
    """
    if not a or not b:
        return None
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for i, j, n in matcher.get_matching_blocks():
        if n == 0 or i > max_gap or j > max_gap:
            break
        if n >= 2 or (i <= 1 and j <= 1):
            return i, j, n
    return None


def _mask(length: int, spans) -> list:
    mask = [False] * length
    for start, end in spans:
        start, end = max(0, int(start)), min(length, int(end))
        mask[start:end] = [True] * max(0, end - start)
    return mask


def _count_in(spans, text: str) -> int:
    """Characters of ``text`` that are not white space in the union of ``spans``."""
    total, reached = 0, 0
    for start, end in sorted(spans):
        start = max(start, reached)
        if end > start:
            total += sum(not char.isspace() for char in text[start:end])
            reached = end
    return total


def _candidate_pairs(hashes, owners, *, max_articles: int, min_shared: int) -> list:
    """Pairs of articles that share ``min_shared`` shingles, from an inverted index.

    The index is kept as one array sorted by shingle hash (smaller than a
    dict of lists): each run of equal hashes lists the articles holding
    that shingle.
    """
    import numpy as np

    if len(hashes) == 0:
        return []
    order = np.argsort(hashes, kind="stable")
    hashes, owners = hashes[order], owners[order]
    bounds = np.flatnonzero(np.diff(hashes)) + 1
    starts = np.concatenate(([0], bounds))
    ends = np.concatenate((bounds, [len(hashes)]))
    sizes = ends - starts
    useful = (sizes >= 2) & (sizes <= max_articles)
    shared = Counter()
    for start, end in zip(starts[useful].tolist(), ends[useful].tolist()):
        group = sorted(owners[start:end].tolist())
        shared.update((x, y) for k, x in enumerate(group) for y in group[k + 1 :])
    return sorted(pair for pair, count in shared.items() if count >= max(1, min_shared))


def _segments(length: int, spans) -> list:
    """Cut ``range(length)`` where any span starts or ends.

    Returns ``(start, end, names)`` pieces, ``names`` the sorted distinct
    names of the spans covering the piece.
    """
    cuts = sorted({0, length, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        if end <= start or start >= length:
            continue
        names = sorted({name for s, e, name in spans if s <= start and end <= e})
        pieces.append((start, end, names))
    return pieces


def _spans_of(quotes: pd.DataFrame, article_id) -> list:
    rows = quotes[quotes["article_id"] == article_id]
    return list(zip(rows["start"].astype(int), rows["end"].astype(int)))
