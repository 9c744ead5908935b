"""Who is quoted, saying what, and in what kind of quotation?

News copy marks quotations in more ways than a first regular expression
expects, and this module reads them the way an editor does:

- straight ``"`` and curly ``“ ”`` marks mixed in one article, and ``„ “``,
  ``« »`` from other languages;
- the newspaper convention that a quotation left open at the end of a
  paragraph goes on in the next one, which reopens it with a new mark (each
  paragraph's part is its own row; ``continued`` and ``run_id`` tie them),
  also where the text lost its paragraph breaks (a quotation still open when
  a sentence starts with a new opening mark: ``_lost_breaks``);
- single quotes for phrases, and single quotes nested inside double ones;
- apostrophes that are not quotation marks (``drivers'``, ``it's``, ``’90s``);
- block quotations without marks: an indented paragraph followed by a credit
  line that starts with a dash (``– USCG dispatcher, CNN``).

Each quotation is then attributed (see ``samestory.speakers``) and classed as
a ``statement`` (the speaker's own sentences) or a ``phrase`` (a word or
fragment inside the writer's sentence). Odd input never raises: an
unbalanced mark is read the best way it can be, and text without quotations
gives an empty table. ``quote_speakers`` gives the same quotations and
speakers as plain tuples, for code (such as ``samestory.numbers``) that needs
only where each quotation is and who said it.

Finding the same statement in several articles and listing how the versions
differ is ``samestory.alignment`` (``align_quotes``, ``quote_diff``,
``statement_versions``, ``statement_differences``, ``diff_html``); those
functions are re-exported here, so ``from samestory.quotes import
align_quotes`` keeps working.

``quotes_in`` adds each speaker's ``speaker_group`` from the editable table
``data/speaker_groups.csv`` (read by ``speaker_groups``), a UTF-8 CSV with the
columns ``speaker`` (the canonical name as ``extract_quotes`` gives it; case
and extra spaces do not matter), ``speaker_group`` (``union``, ``government``
or ``other``) and ``note`` (who they are, why that group). Speakers it does not
list are ``other``; ``data/speaker_groups.md`` says more. Before the groups
are looked up, ``quotes_in`` can put in your own fixes to the speakers
(``corrections=``, see ``samestory.corrections``).

How well it does is measured against ``data/annotations/quotes.csv`` by
``python -m samestory.evaluate quotes``.
"""

import bisect
import html
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd

from samestory import pronouns
from samestory import speakers as sp
from samestory.article_names import Article, Speaker, quoted_title, read_acronyms, read_names, role_like, tokenize
from samestory._paths import DATA_DIR
from samestory.alignment import (  # noqa: F401  re-exported: they lived here before samestory.alignment
    align_quotes,
    diff_html,
    quote_diff,
    statement_differences,
    statement_versions,
)
from samestory.corpus import read_csv_rows
from samestory.corrections import correct_speakers, speaker_corrections
from samestory.errors import CorpusError
from samestory.names import is_title, masthead_day, person_name
from samestory.speaker_words import COLLECTIVE_NOUNS, COURTESY_TITLES, DETERMINERS, NAMING_WORDS, NEWS_OUTLET_WORDS, NEWSPAPER_WORDS, PRONOUNS
from samestory.tokens import DOUBLE_CLOSERS, DOUBLE_MARKS, DOUBLE_OPENERS, PARAGRAPH_PATTERN, SINGLE_MARKS

QUOTE_COLUMNS = [
    "start", "end", "text", "kind", "speaker", "speaker_mention", "mention_start", "mention_end",
    "cue", "cue_start", "cue_end", "attribution", "continued", "run_id", "paragraph",
    "open_mark", "close_mark",
]  # fmt: skip
_DOUBLE_MARK = re.compile(f"[{re.escape(DOUBLE_MARKS)}]")
_SINGLE_MARK = re.compile(f"[{re.escape(SINGLE_MARKS)}]")
DASHES = "–—―-"
SPEAKER_GROUPS_PATH = DATA_DIR / "speaker_groups.csv"
GROUPS = ("union", "government", "other")
# What ends a quotation that is a sentence of its own.
_SENTENCE_ENDERS = ".,!?;:…—–-"
_OPENING_PUNCTUATION = "([{—–-/"
_CLOSING_PUNCTUATION = ".,;:!?)]}—–-…/"
_DECADE = re.compile(r"\d\d?s?\b")
# Cues that name where the writer read something, not who said it.
_SOURCE_CUES = frozenset(["reported", "reports", "according to", "cited", "quoted", "as reported by", "as quoted by", "as cited by"])
# What ends the clause a reporting verb governs.
_CLAUSE_BREAKS = frozenset([",", ";", ":", "—", "–", "(", ")", "while", "but", "whereas", "and", "although", "though"])


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
        - ``continued``: the paragraph ends with the quotation still open
          (or a new opening mark starts its next part, in text that lost
          its paragraph breaks);
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
    return _frame(_quote_columns(text, block_quotes=block_quotes))


def quote_speakers(text: str, *, wanted=None) -> tuple:
    """Where the quotations are and who said them, as plain lists, and the people the text names.

    For code that needs only that, not a table (building one costs more
    than finding the quotations of a short text): ``samestory.numbers`` uses
    it to give a figure inside a quotation to its speaker.

    Parameters
    ----------
    text : str
        The exact article text.
    wanted : iterable of int, optional
        Offsets that matter (say, where figures are). When given, only the
        quotations containing one of them get their speaker, the others get
        ``""``, and the article is read only as far as the last of those
        quotations (to the end of its run, and one paragraph on, which may
        name its source). Attribution reads forwards, so the speakers it
        gives are the ones ``extract_quotes`` gives.

    Returns
    -------
    quotes : list of (int, int, str)
        ``(start, end, speaker)`` per quotation, in text order, as
        ``extract_quotes`` gives them.
    people : list of str
        The full names of people the text gives (two words or more), in
        the order they first appear.

    Examples
    --------
    >>> text = '"We are ready," Ms Ann Lee said. Mr Roe said it was "absurd".'
    >>> quote_speakers(text)
    ([(1, 14, 'Ann Lee'), (53, 59, 'Roe')], ['Ann Lee'])
    >>> quote_speakers(text, wanted=[55])[0]
    [(1, 14, ''), (53, 59, 'Roe')]
    """
    article, spans = _attributed_spans(text, wanted=wanted)
    named = {s for s in spans if wanted is None or _contains_any(s, wanted)}
    quotes = [(s.start, s.end, s.speaker.name if s in named else "") for s in sorted(spans, key=lambda s: s.start)]
    found = [(places[0], " ".join(full)) for entries in article.names.values() for full, places in entries.items()]
    return quotes, [name for _, name in sorted(found)]


def _attributed_spans(text: str, *, block_quotes: bool = True, wanted=None) -> list:
    """Find the quoted spans of a text and decide each one's kind and speaker: ``(article, spans)``.

    Attribution reads the article in order and stops after the last
    paragraph with a quotation in it (with ``wanted``, the last with a
    quotation that contains one of those offsets), read on to the end of
    that quotation's run and one paragraph more, which may name its source
    ("Those were the words of X").
    """
    article, spans, paragraph_tokens, blocks, paragraphs = _read_spans(text, block_quotes=block_quotes)
    needed = spans if wanted is None else [s for s in spans if _contains_any(s, wanted)]
    last = max((s.paragraph for s in needed), default=-1)
    while any(s.paragraph == last and not s.closed for s in spans):  # a quotation that goes on: read its run to the end
        later = [s.paragraph for s in spans if s.paragraph > last]
        if not later:
            break
        last = min(later)
    if last >= 0:  # and the next paragraph, which may name the source ('Those were the words of X')
        last = next((k for k in range(last + 1, len(paragraph_tokens)) if paragraph_tokens[k]), last)
    _attribute(article, spans, paragraph_tokens[: last + 1], blocks, paragraphs)
    return article, spans


# "JAKARTA, Indonesia (AP) — ", "GUWAHATI, India (Reuters) - ": a wire story's dateline names a place and an agency, never a speaker.
_DATELINE = re.compile(r"[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*,(?: [A-Z][\w.'-]*)*(?: \([^()]{1,40}\))? [—–-] ")


def _dateline_end(text: str, start: int, end: int) -> int:
    """Where the first paragraph's words begin after a dateline (``PHNOM PENH, Cambodia (AP) —``), else ``start``."""
    dateline = _DATELINE.match(text, start, end)
    return dateline.end() if dateline else start


def _contains_any(span, offsets) -> bool:
    return any(span.start <= at < span.end for at in offsets)


def _read_spans(text: str, *, block_quotes: bool) -> tuple:
    """Find the quoted spans of every paragraph, cut paragraphs into tokens and note the names they give.

    Returns ``(article, spans, paragraph_tokens, blocks, paragraphs)``: what
    ``_attribute`` needs to decide each span's kind and speaker.
    """
    paragraphs = [part for m in PARAGRAPH_PATTERN.finditer(text) for part in _lost_breaks(text, m.start(), m.end())]
    blocks = _block_quotes(text, paragraphs) if block_quotes else {}
    spans, paragraph_tokens = [], []
    article = Article(text=text)
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
        opening = _dateline_end(text, p_start, p_end) if number == 0 else p_start
        tokens = tokenize(text, opening, p_end, [q for q in quotes if q[1] >= opening])
        paragraph_tokens.append(tokens)
        read_names(article, tokens)
        read_acronyms(article, tokens)
    return article, spans, paragraph_tokens, blocks, paragraphs


def quotes_in(
    corpus: pd.DataFrame,
    *,
    groups: pd.DataFrame | None = None,
    corrections: str | Path | pd.DataFrame | None = None,
    processes: int = 1,
) -> pd.DataFrame:
    """Extract the quotations of every article in a corpus, with speaker groups.

    Parameters
    ----------
    corpus : DataFrame
        With ``article_id``, ``outlet`` and ``text`` (as from ``load_corpus``).
    groups : DataFrame, optional
        A speaker-group table (``speaker``, ``speaker_group``); default the
        pack's ``data/speaker_groups.csv`` (see ``speaker_groups``).
    corrections : str, Path or DataFrame, optional
        Your fixes to the speakers: a CSV file or a table as read by
        ``samestory.corrections.speaker_corrections`` (``article_id``,
        ``start``, ``speaker``). They are put in before the groups are looked
        up. Default none.
    processes : int
        How many processes read the articles side by side (default 1). For a
        large corpus (hundreds of articles) on a machine with two cores or
        more, ``processes=2`` takes about 60 per cent of the time; the table
        is the same. For a few articles keep 1: starting processes costs more
        than it saves. (In a script run on Windows or macOS, call it under
        ``if __name__ == "__main__":``, as Python's ``multiprocessing`` asks;
        notebooks need nothing.)

    Returns
    -------
    DataFrame
        ``article_id``, ``outlet``, the columns of ``extract_quotes``,
        ``corrected`` (True where the speaker comes from ``corrections``) and
        ``speaker_group``: ``union``, ``government`` or ``other`` (every
        speaker the table does not list, and quotations with no speaker).

    Raises
    ------
    CorpusError
        When a correction is malformed or points at no quotation (see
        ``samestory.corrections``).
    ValueError
        When ``processes`` is not a whole number of 1 or more.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["Daily Example"],
    ...     "text": ['Prisons minister Rory Stewart said: "Return to work."']})
    >>> quotes_in(corpus)[["outlet", "speaker", "speaker_group"]]
              outlet       speaker speaker_group
    0  Daily Example  Rory Stewart    government

    A fix from a table of your own (``start`` copied from the table above):

    >>> fixes = pd.DataFrame({"article_id": ["a"], "start": [37], "speaker": ["Ann Roe"]})
    >>> quotes_in(corpus, corrections=fixes)[["start", "speaker", "corrected", "speaker_group"]]
       start  speaker  corrected speaker_group
    0     37  Ann Roe       True         other
    """
    groups = speaker_groups() if groups is None else groups
    lookup = {_key(name): group for name, group in zip(groups["speaker"], groups["speaker_group"])}
    columns = {"article_id": [], "outlet": [], **{column: [] for column in QUOTE_COLUMNS}}
    for article, found in zip(corpus.itertuples(index=False), _read_each(corpus["text"].tolist(), processes)):
        rows = len(found["start"])
        columns["article_id"] += [article.article_id] * rows
        columns["outlet"] += [article.outlet] * rows
        for column in QUOTE_COLUMNS:
            columns[column] += found[column]
    quotes = _frame(columns)
    if corrections is None:
        quotes["corrected"] = False
    elif isinstance(corrections, pd.DataFrame):
        quotes = correct_speakers(quotes, corrections)
    else:
        quotes = correct_speakers(quotes, speaker_corrections(corrections), source=str(corrections))
    quotes["speaker_group"] = [lookup.get(_key(name), "other") for name in quotes["speaker"]]
    return quotes.astype({"start": int, "end": int, "run_id": int, "paragraph": int, "speaker_group": str})


def _read_each(texts: list, processes: int) -> list:
    """The quotation columns of each text (as ``_quote_columns``), in order, read by ``processes`` processes side by side."""
    if isinstance(processes, bool) or not isinstance(processes, int) or processes < 1:
        raise ValueError(f"processes must be a whole number of 1 or more (1 reads the articles one by one), not {processes!r}.")
    if processes == 1 or len(texts) < 2:
        return [_quote_columns(text) for text in texts]
    with ProcessPoolExecutor(processes) as pool:  # each process gets the texts in batches, to send fewer messages
        return list(pool.map(_quote_columns, texts, chunksize=max(1, len(texts) // (4 * processes))))


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
    rows, seen = [], {}
    for line, row in read_csv_rows(path, ["speaker", "speaker_group", "note"], what="speaker table"):
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




# ---------------------------------------------------------------- finding spans


class _Span:
    """One quoted span: content offsets, marks, and what the rules decided."""

    __slots__ = (
        "start", "end", "outer_start", "outer_end", "open_mark", "close_mark", "closed", "paragraph", "block",
        "kind", "speaker", "cue", "attribution", "run_id",
    )  # fmt: skip

    def __init__(self, start, end, open_mark, close_mark, closed, paragraph, block=False):
        self.start, self.end = start, end
        # where the marks stand: white space just inside them (« Bonjour ») is trimmed from start and end later
        self.outer_start, self.outer_end = start - len(open_mark), end + len(close_mark)
        self.open_mark, self.close_mark = open_mark, close_mark
        self.closed, self.paragraph, self.block = closed, paragraph, block
        self.kind, self.speaker, self.cue, self.attribution, self.run_id = "phrase", Speaker(), None, "", -1


def _lost_breaks(text: str, p_start: int, p_end: int) -> list:
    """The paragraph ``text[p_start:p_end]`` cut where a paragraph break was lost: ``[(start, end), ...]``.

    Text copied from a web page or a database often loses its paragraph breaks. News copy
    reopens a quotation that runs on into the next paragraph with a new opening mark, so an
    opening mark that starts a sentence while a quotation is still open (``... a new history.
    “We will ...``) is where a paragraph began: the text is cut in the space before it, and the
    quotation is read as one run over the two parts, as it would be over two paragraphs. Only
    where reading that mark as a quotation inside the quotation would leave one open at the
    paragraph's end: ``"It was awful. "Titanic" is still my favourite," said Jo`` is one.

    >>> text = "He said: “We will stay. “We will fight,” he said."
    >>> [text[a:b] for a, b in _lost_breaks(text, 0, len(text))]
    ['He said: “We will stay.', '“We will fight,” he said.']
    """
    cuts, opened = [], False
    for found in _DOUBLE_MARK.finditer(text, p_start, p_end):
        i = found.start()
        can_open, can_close = _flanks(text, i, p_start, p_end)
        if opened and can_open and not can_close and text[i - 2 : i - 1] in {".", "!", "?", "…"} and text[i + 1 : i + 2].isupper():
            cuts.append(i)
        elif opened and can_close:
            opened = False
        elif can_open:
            opened = True
    if not cuts or all(span.closed for span in _double_spans(text, p_start, p_end, 0)):
        return [(p_start, p_end)]  # ("It was awful. "Titanic" is still my favourite," said Jo: read nested, all closes)
    starts = [p_start] + cuts
    ends = [i - 1 for i in cuts] + [p_end]  # (the space before a mark belongs to neither part)
    return list(zip(starts, ends))


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
    if can_open and not can_close and (after in ",;)]" or (after == "." and text[i + 2 : i + 3] != ".")):
        can_open, can_close = False, True  # 'I'm a drummer' ", he recalled': a space before the closing mark
    if not can_open and not can_close and not before.isspace() and not after.isspace():
        can_open = can_close = True  # 'said"Yes' or 'yes"he': only the marks before it can tell
    if before.isspace() and after.isspace() and text[i] in '"”':
        can_close = True  # 'in the next week or so. " Chad welcomed', 'at the forum, ” said': a stray space before the closing mark
    return can_open, can_close


def _double_spans(text: str, lo: int, hi: int, paragraph: int) -> list:
    spans, depth, opened = [], 0, None
    for found in _DOUBLE_MARK.finditer(text, lo, hi):
        i, mark = found.start(), found.group()
        can_open, can_close = _flanks(text, i, lo, hi)
        if depth == 0:
            # '... the currency. " I was given clothes," said X': with nothing open, a mark spaced on both sides
            # and followed by words opens a quotation (a stray space after the opening mark)
            spaced = text[i + 1 : i + 2].isspace() and text[i + 2 : i + 3].isalnum() and (i == lo or text[i - 1].isspace())
            if can_open or (mark in DOUBLE_OPENERS and not can_close) or spaced:
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
    for found in _SINGLE_MARK.finditer(text, lo, hi):
        i, mark = found.start(), found.group()
        before = text[i - 1] if i > p_start else " "
        after = text[i + 1] if i + 1 < p_end else " "
        if before.isalnum() and after.isalnum():
            continue  # it's, Government’s, O'Brien
        if mark == "'" and "'" in (before, after):
            continue  # ''Encouraging People'': wiki markup for italics, not a quotation mark
        if _DECADE.match(text, i + 1) and mark in "'’" and not before.isalnum():
            continue  # ’90s, '18
        can_open, can_close = _flanks(text, i, p_start, p_end)
        if opened is None:
            if can_open and mark not in "’›" or (can_open and mark == "’" and not can_close and after.isupper()):
                opened = i
        elif can_close or (mark == "’" and before.isspace() and after.isspace() and text[i + 2 : i + 3].isupper()):  # (‘... concerned ’ In a)
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


def _name_then_cue(tokens: list, k: int) -> bool:
    """Do ``tokens[k:]`` start with a short capitalised name and then a reporting verb (``Mr. Vasquez said``)?"""
    start = k
    while k < len(tokens) and k - start < 5 and (tokens[k].is_cap or (tokens[k].text == "." and sp.abbreviated(tokens[k - 1].text))):
        k += 1
    return start < k < len(tokens) and tokens[k].lower in sp.CUE_VERBS


def _sentences(tokens: list, spans: list) -> list:
    """Cut a paragraph's tokens into sentences: ``[(lo, hi), ...]``."""
    bounds, lo = [], 0
    for i, token in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if token.quote >= 0:
            inner = token.text.rstrip(DOUBLE_MARKS + SINGLE_MARKS + " ").rstrip("])")  # "victims[.]"
            ends = inner[-1:] in ".!?…" and spans[token.quote].closed
            asked = inner[-1:] in "?!" and _name_then_cue(tokens, i + 1)  # '"Fair to whom?" Vasquez said'
            if ends and not asked and nxt is not None and (nxt.is_cap or nxt.quote >= 0):
                bounds.append((lo, i + 1))
                lo = i + 1
            continue
        if token.text not in {".", "!", "?", "…"} or nxt is None:
            continue
        prev = tokens[i - 1] if i > 0 else None
        # ("Dr.", "J.R.": no end, but "to the U.S. "What I ...": a quotation that opens with a capital starts a sentence)
        inner = nxt.text.strip(DOUBLE_MARKS + SINGLE_MARKS + " ")
        opens = nxt.quote >= 0 and inner[:1].isupper()
        # (but not a nickname after a title, 'Dr. "Mike" Ryan', 'J.R. "Bob" Dobbs': a few words, no stop, a name next)
        named_next = i + 2 < len(tokens) and tokens[i + 2].is_cap and len(inner.split()) <= 3 and inner[-1:].isalnum()
        nickname = (prev is not None and is_title(prev.text)) or named_next
        if token.text == "." and prev is not None and sp.abbreviated(prev.text) and not (opens and not nickname):
            continue
        if nxt.quote >= 0 or nxt.is_cap or nxt.text in "([":
            bounds.append((lo, i + 1))
            lo = i + 1
    bounds.append((lo, len(tokens)))
    return [b for b in bounds if b[1] > b[0]]


def _attribute(article, spans, paragraph_tokens, blocks, paragraphs) -> None:
    """Decide every span's kind and speaker, reading the article in order."""
    text = article.text
    last_statement, run_id, open_run, intro, lead = None, -1, None, None, None
    question = None  # (asker, asked) of a question told in the sentence before, as ``_question_told`` gives it
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
        subjects = []  # per sentence: the Speaker it opens with, or None
        labels = []  # per sentence: where a label's name ends (``_label_end``), or -1
        closing_question = question  # a question told at the end of the paragraph before, if any
        for lo, hi in sentences:
            sp.read_mentions(article, tokens, lo, hi, number)
            cues, leading, in_passing = {}, False, []
            # the person a sentence opens with, before its verbs are read: in "X's ambassador, Y, issued a
            # statement, which he read", "he" is Y
            subject = sp.sentence_subject(article, tokens, lo, hi)
            label = _label_end(tokens, lo, hi)
            if subject is None and label > lo:  # 'Heiko Herrlich (GER), Germany coach "We kept it tight ..."'
                subject = sp.name_speaker(article, tokens, (lo, label), tokens[lo].start)
            named_first = subject is not None and subject.person and " " in subject.name and bool(person_name(subject.mention.split()))
            if named_first:
                pronouns.remember(article, subject, tokens[lo].start, tokens[lo].start, number, rank=1)
            for i, width in sp.find_cues(tokens, lo, hi):
                words = sp.subject_of(tokens, i, width, lo, hi)
                speaker = sp.name_speaker(article, tokens, words, tokens[i].start)
                if tokens[i].lower in _ANSWERING_VERBS and words[0] >= 0 and tokens[words[0]].lower in PRONOUNS and question:
                    speaker = _replier(article, speaker, question, tokens, i, words)
                cues[i] = (speaker, (tokens[i].start, tokens[i + width - 1].end), width)
                # 'X spoke to reporters after Judge Y ruled', 'When asked by a reporter, X ...':
                # a cue in a subordinate clause does not make its subject the one the sentence is about.
                subordinate = any(k >= lo and _subordinate_at(tokens, k, lo) for k in (words[0] - 1, i - 1))
                # 'Farrow claimed Campbell told her ...': a subject inside someone's reported words
                subordinate = subordinate or (words[0] - 1 > lo and tokens[words[0] - 1].lower in sp.CUE_VERBS | {"that"})
                subordinate = subordinate or (i == lo and width == 1 and tokens[i].lower.endswith(("ed", "ing")))  # "Asked by the coroner, she ..."
                # ('"...," said X, as quoted by Bernama.': the outlet that passed the words on is no one a later "he" means)
                rank = 0 if width == 3 else 1 if subordinate else 2
                pronouns.remember(article, speaker, tokens[i].start, tokens[lo].start, number, rank=rank)
                if i > lo and tokens[i].lower == "according" and speaker.name:
                    in_passing.append(article.history[-1])
                leading = leading or (bool(speaker.name) and not subordinate)
            sentence_cues.append(cues)
            question = _question_told(article, tokens, lo, hi, cues)
            if subject is not None:
                if not named_first:
                    pronouns.remember(article, subject, tokens[lo].start, tokens[lo].start, number, rank=1)
                if subject.person and " " in subject.name:
                    # "Luk had been ill, according to a family spokesperson. He ...": the person the sentence
                    # is about, not a source named in passing, is whom the next "he" means.
                    for mention in in_passing:
                        mention.rank = 0
            elif not leading:  # 'However, addressing the leaders, Chakrapani proposed: "..."'
                introduced = [i for i in range(lo + 1, hi) if tokens[i].quote >= 0 and tokens[i - 1].text in {",", ":"}]
                subject = sp.clause_subject(article, tokens, lo, introduced[0] - 1 if introduced else hi)
                if subject is not None and not introduced:  # 'In a speech, Hale waved a report at X.': Hale leads it
                    pronouns.remember(article, subject, tokens[lo].start, tokens[lo].start, number, rank=1)
            subjects.append(subject)
            labels.append(label)
            named = [v[0] for _, v in sorted(cues.items()) if v[0].name]
            sp.read_documents(article, tokens, lo, hi, named[0] if named else subject)
        previous_quote, earlier, named_cues = None, [], []
        # '"...," a pensioner who was rescued by boat has said.' opening the story, then 'Edna Parkhurst, 84, was ...'
        lede_named, lede_speaks = _named_after_lede(article, paragraph_tokens, number)
        for k, (lo, hi) in enumerate(sentences):
            cues = sentence_cues[k]
            following = sentences[k + 1] if k + 1 < len(sentences) else (hi, hi)
            next_cues = {i: v for i, v in sentence_cues[k + 1].items() if v[0].name} if k + 1 < len(sentences) else {}
            # '"...." The remarks came from Ana Ruiz': the next sentence names the source.
            next_source = sp.source_named_after(article, tokens, *following) if k + 1 < len(sentences) and hi - lo == 1 else None
            if next_source is None and k + 2 == len(sentences) and hi - lo == 1 and tokens[lo].quote >= 0:
                next_source = sp.credit_line_after_quote(article, tokens, *following)  # the credit line as its own sentence
            if hi - lo > 1 and tokens[lo].quote >= 0 and not cues:
                next_source = sp.source_after_quote(article, tokens, lo + 1, hi)  # '"...", was the reaction of X.'
                # ('"..." Dr. Darayas Patel Professor at Oakwood University': a pull quote's credit line)
                next_source = next_source or sp.credit_line_after_quote(article, tokens, lo + 1, hi)
            if len(sentences) == 1 and hi - lo <= 2 and any(t.quote >= 0 for t in tokens[lo:hi]):
                # '"We lost everything."' then a paragraph 'Those were the words of X, ...'
                after = next((p for p in paragraph_tokens[number + 1 :] if p), None)
                next_source = sp.source_named_after(article, after, 0, len(after)) if after else None
                if next_source is None and after and not any(paragraph_tokens[:number]):
                    # a story that opens with a quotation alone, then 'Grandmother Joyce Lambert, 81, was trapped ...':
                    # the person the next paragraph opens with, named in full
                    opener = sp.sentence_subject(article, after, 0, len(after))
                    named = opener is not None and opener.person and not opener.plural and len(person_name(opener.name.split())) >= 2
                    next_source = opener if named else None
            # '... some fake legs" to place at Tasha Yar's station. "You could ...": a statement just before goes on
            previous = tokens[sentences[k - 1][0] : sentences[k - 1][1]] if k > 0 else []
            quoted_before = any(t.quote >= 0 and spans[t.quote].kind == "statement" for t in previous)
            for qi in range(lo, hi):
                if tokens[qi].quote < 0:
                    continue
                span = spans[tokens[qi].quote]
                continues_run = qi == 0 and open_run is not None and not open_run.closed and not open_run.block
                # 'a banner that read "Death to America"': a sign's words are a phrase, and no one the sentence names made them
                sign = not continues_run and _sign_text(tokens, qi, lo, previous)
                # 'Heiko Herrlich (GER), Germany coach "We kept it tight ..."': a label names the speaker, as a colon would
                labelled = labels[k] > lo
                # ('"...," he said. But "President Trump is ...": a connective, then the quotation opens the sentence)
                opens = qi if qi == lo + 1 and tokens[lo].text in _CONNECTIVE_OPENERS and not any(i < qi for i in cues) else lo
                span.kind = "statement" if continues_run or labelled else "phrase" if sign else _kind(tokens, qi, opens, span, text, cues)
                bare = k > 0 and qi == opens and not sentence_cues[k] and not sentence_cues[k - 1] and not quoted_before
                nearby = pronouns.person_named_before(article, tokens[qi].start, number) if bare else None
                # 'X was unrepentant.' closing one paragraph, and the next is only a quotation: X's words
                alone = number > 0 and qi == 0 and len(tokens) <= 2 and not cues
                if alone and last_statement is None and intro is None and lead is None:
                    nearby = pronouns.person_closing(article, number - 1)
                before = last_statement
                answerer = closing_question[1] if alone and intro is None and closing_question else None
                if answerer is not None:
                    # 'X asked him whether ...' (or 'put it to him that ...') ending one paragraph, then a quotation
                    # standing alone: his answer
                    nearby, before = answerer, None
                if alone and intro is None and _question(last_statement, text, number - 1):
                    # '"... never once wondered?" Whitlow asked.' then a quotation standing alone: the answer, by the
                    # person named before the one who asked
                    nearby = next((m.speaker for m in pronouns.people_before(article, span.start) if m.speaker.name != last_statement.speaker.name), None)
                    before = None if nearby is not None else last_statement
                context = (opens, hi, following[1], next_cues, earlier, before, intro, lead, subjects[k], next_source, nearby)
                if labelled:
                    _take(span, (subjects[k], None, 1), "before")
                elif not sign:
                    _choose_speaker(span, tokens, qi, cues, previous_quote, open_run if continues_run else None, context)
                    lede = lede_named is not None and _described_in_lede(text, span, lede_speaks)
                    if lede and _may_be_described(text, lede_named, span.speaker):
                        span.speaker = lede_named  # the person the story goes on to name
                if span.attribution == "split" and previous_quote.kind == "statement":
                    span.kind = "statement"  # '"...," said Khan, "here in London we ..."': the rest of his sentence
                if continues_run:
                    span.run_id = open_run.run_id
                else:
                    run_id += 1
                    span.run_id = run_id
                previous_quote = span
                if span.kind == "statement" and span.speaker.name:
                    last_statement = span
            named_here = [v for i, v in sorted(cues.items()) if v[0].name]
            # ('X indicates Kirchner, described by Wikipedia as "...", might ...': X, not the source of a phrase in passing)
            active = [v for i, v in sorted(cues.items()) if v[0].name and not (i + 1 < hi and tokens[i + 1].lower == "by")]
            earlier = (active or named_here)[-1:] or earlier
            if named_here and not any(t.quote >= 0 for t in tokens[lo:hi]):
                previous_quote = None  # 'Shaye said that New Line ... . "I do not want ..."': his, not the quotation's before
            named_cues += named_here
        last = spans[in_paragraph[-1].quote] if in_paragraph else None
        open_run = last if last is not None and not last.closed else None
        intro = earlier[-1] if earlier and tokens and tokens[-1].text == ":" else None
        if intro is None and tokens and not any(t.quote >= 0 for t in tokens):
            # 'Following is a statement from NASA Administrator Bill Nelson on ...:', 'Here is what Ann Roe had to say:',
            # and the heading 'Statement from NASA Administrator Bill Nelson'
            introduced = sp.source_introduced(article, tokens)
            intro = (introduced, None, 1) if introduced is not None else None
        if intro is None and subjects and subjects[-1] is not None and tokens and tokens[-1].text == ":":
            intro = (subjects[-1], None, 1)  # 'Ana Ruiz put it bluntly:' then the quotation paragraph
        if intro is None and subjects and subjects[-1] is not None and subjects[-1].person and _answer_follows(tokens, sentences):
            intro = (subjects[-1], None, 1)  # 'Tom Ashgrove had a simpler answer.' then the quotation paragraph
        # 'Hale told the assembly he would resign.' then '"I have had enough."'
        stated = any(spans[t.quote].kind == "statement" for t in in_paragraph)
        reporters = [c for c in named_cues if text[c[1][0] : c[1][1]].lower() not in _SOURCE_CUES]
        lead = reporters[-1] if reporters and not stated else None
    _name_runs_backwards(spans)


_ANSWERING_VERBS = frozenset("replied replies answered answers responded responds".split())
_QUESTION_WORDS = frozenset("whether if how why what who when where which about".split())


def _question_told(article, tokens, lo, hi, cues):
    """``(asker, asked)`` when the sentence ``tokens[lo:hi]`` tells of a question, not quoting it, else ``None``.

    ``Tony Ferris asked him how many farms could survive``, ``Ann Roe asked
    Peter Brown whether ...``, ``Ms Costigan put it to him that ...``: the
    asker is the verb's subject (``cues`` holds it), and the one asked is the
    name or pronoun between the verb and the question word, or ``None`` when
    the sentence names no one (``asked whether anyone ...``). ``him`` and
    ``her`` mean someone other than the asker. ``asked X to ...`` asks for
    something, not a question. A sentence with a quotation in it is left alone.
    """
    words = {t.lower for t in tokens[lo:hi]}
    if not (words & sp.ASKING_VERBS or "put" in words) or any(t.quote >= 0 for t in tokens[lo:hi]):
        return None
    for k in range(lo, hi - 1):
        if tokens[k].lower in sp.ASKING_VERBS:
            j = k + 1
        elif [t.lower for t in tokens[k : k + 3]] == ["put", "it", "to"]:
            j = k + 3
        else:
            continue
        # (the one asked may be described, with their name set off by commas: "asked the health minister, Dr Efua
        # Mensah-Bonsu, why ...")
        q = next((m for m in range(j, min(hi, j + 14)) if tokens[m].lower in _QUESTION_WORDS | {"that"}), -1)
        if q < 0 or (q == j and tokens[q].lower == "that") or any(t.lower == "to" or not (t.is_word or t.text in {",", "."}) for t in tokens[j:q]):
            continue
        if q - j >= 5 and not (tokens[q - 1].text == "," and tokens[j].lower in DETERMINERS):
            continue
        asker = cues[k][0] if k in cues else sp.name_speaker(article, tokens, sp.subject_of(tokens, k, 1, lo, hi), tokens[k].start)
        asked = None
        if q - j == 1 and tokens[j].lower in {"him", "her"}:
            asked = pronouns.refer_back(article, "m" if tokens[j].lower == "him" else "f", tokens[j].start, exclude={asker.name})
        elif q > j and tokens[j].is_cap:
            asked = sp.name_speaker(article, tokens, (j, q), tokens[j].start)
            asked = asked if asked.person else None
        elif q - j >= 5:  # the name between the last two commas ("the Garda Commissioner, Helen Vance,"), else the phrase's
            opening = max((m for m in range(j, q - 1) if tokens[m].text == ","), default=-1)
            named = (opening + 1, q - 1) if opening >= 0 and len(person_name([t.text for t in tokens[opening + 1 : q - 1]])) >= 2 else None
            asked = sp.name_speaker(article, tokens, named or sp.subject_after(tokens, j, q), tokens[j].start)
            asked = asked if asked.person and " " in asked.name and asked.name[:1].isupper() else None
        return asker, asked
    return None


def _replier(article, speaker, question, tokens, i, words):
    """Who ``he replied`` (answered, responded) means just after a question told in the sentence before.

    Only in the plain ``"...," he replied`` (not ``When told that it had, he
    replied:``, where the asker answers back): the one asked, when the question
    named them (``Tom Hale asked Peter Brown whether ... "It will not," he
    replied.``), else someone other than the asker.
    """
    asker, asked = question
    wanted = PRONOUNS[tokens[words[0]].lower]
    if not _quotation_ends_just_before(tokens, words[0]):
        return speaker  # ("Told that it would, he replied:": the asker answers back)
    if asked is not None and asked.name and article.genders.get(asked.name, asked.gender) in {"", wanted}:
        found = asked
    elif asked is None and speaker.name == asker.name:
        found = pronouns.refer_back(article, wanted, tokens[i].start, exclude={asker.name})
    else:
        return speaker
    if found is None or not found.person:
        return speaker
    return Speaker(name=found.name, mention=speaker.mention, mention_start=speaker.mention_start,
                   mention_end=speaker.mention_end, person=True, gender=found.gender)


def _quotation_ends_just_before(tokens, k) -> bool:
    """Does a quotation end right before ``tokens[k]``, perhaps with a comma between (``"...," he replied``)?"""
    k -= 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    return k >= 0 and tokens[k].quote >= 0


def _question(span, text: str, paragraph: int) -> bool:
    """Is ``span`` a question someone asked, ending the paragraph ``paragraph``?"""
    if span is None or span.paragraph != paragraph or not span.speaker.name:
        return False
    return text[span.start : span.end].rstrip(_AFTER_LAST_STOP + ",").endswith("?")


def _answer_follows(tokens, sentences) -> bool:
    """Does the paragraph end on a sentence, with no quotation, saying its subject has words to give (``had a simpler answer``)?"""
    if not sentences:
        return False
    lo, hi = sentences[-1]
    last = tokens[lo:hi]
    return not any(t.quote >= 0 for t in last) and any(t.lower in sp.SPEECH_NOUNS for t in last[-4:])


def _name_runs_backwards(spans) -> None:
    """Give a quotation's opening paragraphs the speaker its last paragraph names.

    ``"We are not asking for special treatment.`` then ``"We are asking for
    the same service," said Ana Ruiz.``: the first paragraph is hers too,
    whether it had no speaker or only one taken from the text before it
    (then only when the last paragraph names her, not with a pronoun).
    """
    runs = {}
    for span in sorted(spans, key=lambda s: s.start):
        runs.setdefault(span.run_id, []).append(span)
    for run in runs.values():
        for k, span in enumerate(run):
            named = [later for later in run[k + 1 :] if later.speaker.name]
            if span.kind == "statement" and not span.speaker.name and named:
                _inherit(span, named[0], "run")
        own = [s for s in run[1:] if s.attribution in {"after", "before"} and s.speaker.name and s.speaker.mention.lower() not in PRONOUNS]
        head = run[: run.index(own[0])] if own else []
        if head and head[0].kind == "statement" and head[0].attribution == "context" and all(s.attribution in {"run", "context"} for s in head):
            for span in head:  # ('Richard Truly died.' then '"Today we lost a giant. ...', '"...," said Bill Nelson.')
                _inherit(span, own[0], "run")


# Words that may open a sentence before a quotation that is a sentence itself: 'But "...".'
_CONNECTIVE_OPENERS = frozenset({"But", "And", "Yet", "So", "Still"})


def _kind(tokens, qi, lo, span, text, cues) -> str:
    """``statement`` or ``phrase`` for the quotation at ``tokens[qi]``, in the sentence that starts at ``tokens[lo]``.

    The rules, in the order they are tried (the words of a sign, 'a banner that read "..."',
    are a phrase before any of them: ``_attribute`` checks that first):

    1. A quotation that opens its sentence is a statement ('"We will appeal," she said.'),
       unless it is a short label with a noun after it ('"Revoke article 50" poster').
    2. After a colon, a statement ('She said: "..."'). (So is a quotation after a label that names
       its speaker and opens the paragraph, 'Heiko Herrlich (GER), Germany coach "We kept ..."':
       ``_attribute`` settles that before asking here.)
    3. After a naming word or an article, a phrase ('called "Baby Bear"', 'the "NO MINORITIES" ad').
    4. In lower case, a statement only when it is all a reporting verb reports and ends the
       sentence ('said that "the trend is slowing."'), else a phrase ('was "confident"').
    5. After a semicolon or a dash, a statement.
    6. After a comma, a statement when a reporting verb stands just before ('said, "..."'),
       or after "according to", a place, or the verb's subject and an aside, and then whole
       sentences ('said Lord Hale, the science minister, "This is ..."').
    7. Otherwise a statement when a reporting verb is near ('said "..."', 'told the BBC
       after the verdict "My client is relieved."'), else a phrase.
    """
    content = text[span.start : span.end]
    first = content.lstrip("[(…. ")[:1]
    upper = first.isupper() or first.isdigit() or content[:1] in "[…"
    if qi == lo:
        nxt = tokens[qi + 1] if qi + 1 < len(tokens) else None
        if span.closed and content.rstrip()[-1:] not in _SENTENCE_ENDERS and nxt is not None and len(content.split()) <= 8:
            credited = sp.credit_follows(text, nxt.start)  # (not '"We will appeal" was the message from X')
            if nxt.is_word and nxt.text.islower() and nxt.text not in sp.CUE_VERBS and nxt.lower not in sp.PRONOUNS and not credited:
                return "phrase"  # '"Revoke article 50" poster': a label
        if _named_as_after(tokens, qi):
            return "phrase"  # '"Tomato terrorism," as Morozov jokingly called it, claimed ...': a name for something
        elided = content.lstrip()[:1] in {".", "…"}  # '"...companies need to ..."' opening a sentence: cut, but a sentence
        return "statement" if qi == 0 or upper or elided else "phrase"
    prev = tokens[qi - 1]
    if prev.text == ":":
        return "statement"
    if prev.lower in NAMING_WORDS or prev.lower in _BEFORE_A_NOUN:
        return "phrase"  # 'a trench informally called "Baby Bear"', 'the "NO MINORITIES" ad': a name or a label
    if not upper:
        return "statement" if _says_clause(tokens, qi, lo, span, text, cues) else "phrase"
    if prev.text == ";" or prev.text in _DASHES:
        return "statement"
    verbs = [i for i, (_, _, width) in cues.items() if width == 1 and i < qi]
    if prev.text == ",":
        if _whole_sentences(content) and qi + 1 >= len(tokens) - 1:
            return "statement"  # 'X defended the decision, "As I have said before, ..."' ending the paragraph
        near = any(qi - 1 - i <= 5 and not any(t.text == "," for t in tokens[i + 1 : qi - 1]) for i in verbs)
        near = near or (any(_aside_after_verb(tokens, i, qi) for i in verbs) and _whole_sentences(content))  # 'reads, in part, "..."'
        # 'said from the steps of the embassy, "The slaughter must end."': a place between the verb and its words
        placed = any(
            qi - 1 - i <= 12 and tokens[i + 1].lower in _PLACE_WORDS and not any(t.text == "," for t in tokens[i + 1 : qi - 1])
            for i in verbs
        )
        # 'According to the proposed definition, "A planet is ..."': a source, then its whole sentences
        according = any(width > 1 and i < qi and tokens[i].lower == "according" for i, (_, _, width) in cues.items())
        # ('According to him, "The results are clear."': "according to" names a source, so a short sentence will do)
        short = according and _ends_with_stop(content) and len(content.split()) >= 3
        # ('said Lord Drayson, the science minister, "This is ..."': the verb's subject and an aside, then whole sentences)
        reported = any(_subject_and_aside_between(tokens, i, qi, cues[i][0]) for i in verbs)
        return "statement" if near or short or ((placed or according or reported) and _whole_sentences(content)) else "phrase"
    nxt = tokens[qi + 1] if qi + 1 < len(tokens) else None
    if prev.is_cap and nxt is not None and nxt.is_cap and quoted_title(tokens[qi], 2):
        return "phrase"  # 'So says Desmond "Dessie" Kavanagh': a nickname between the names
    if any(qi - i <= 3 for i in verbs):
        return "statement"
    # 'told the BBC after the verdict "My client is relieved."': the verb's object and where, then its whole sentences
    told = [i for i in verbs if qi - i <= 7 and not any(t.quote >= 0 or t.text in {",", ";", ":"} for t in tokens[i + 1 : qi])]
    return "statement" if told and _whole_sentences(content) else "phrase"


def _subject_and_aside_between(tokens, verb, qi, speaker) -> bool:
    """Do only the verb's own subject, named after it, and perhaps one aside stand between it and the quotation?

    ``said Lord Drayson, the United Kingdom's science minister, "..."``: an
    inverted verb, its speaker, then commas around one apposition.
    """
    if speaker.mention_start <= tokens[verb].start:
        return False  # (not "Tom Hale said he remembered the headline in the paper, "...": a clause of its own)
    after = next((k for k in range(verb + 1, qi) if tokens[k].start >= speaker.mention_end), qi)
    rest = tokens[after : qi - 1]
    commas = sum(t.text == "," for t in rest)
    return len(rest) <= 10 and (not rest or rest[0].text == ",") and commas <= 2


def _aside_after_verb(tokens, verb, qi) -> bool:
    """Is a short aside all that stands between the verb at ``tokens[verb]`` and the quotation at ``tokens[qi]``?

    ``reads, in part, "..."``, ``said, in a statement, "..."``: up to four words set off by commas.
    """
    inside = tokens[verb + 2 : qi - 1]
    return (
        verb + 2 < qi - 1
        and tokens[verb + 1].text == ","
        and len(inside) <= 4
        and all(t.is_word and t.quote < 0 for t in inside)
    )


def _sign_text(tokens, qi, lo, previous=()) -> bool:
    """Is the quotation at ``tokens[qi]`` the words of a sign: ``a banner reading "..."``, ``signs that said "..."``?

    A sign noun, perhaps ``that`` or ``which``, then a verb of writing, just before the quotation
    (not ``refused to sign, saying "..."``, where "sign" is a verb). Further off, only with ``read``:
    when the sign, after an article, opens the clause and a few words about it come before the verb
    (``one placard held aloft near the front read: "..."``, up to twelve words before; not ``Fans who
    unfurled banners said``),
    or ``It read`` after a sentence that brings in a sign (``A large banner was unfurled. It read:
    "..."``; not ``Britain will sign the treaty. It said:``). ``previous`` is the sentence before.
    """
    colon = qi - 1 > lo and tokens[qi - 1].text == ":"
    verb = qi - 1 - (qi - 1 > lo and tokens[qi - 1].text in {",", ":"})
    if verb <= lo or tokens[verb].lower not in _SIGN_VERBS:
        return False
    noun = verb - 1 - (tokens[verb - 1].lower in {"that", "which"})
    adjacent = noun >= lo and tokens[noun].lower in _SIGN_WORDS and not (noun > lo and tokens[noun - 1].lower == "to")
    if adjacent and not colon:
        return True  # 'a banner that read "..."', 'signs saying "..."'
    if tokens[verb].lower not in _WRITING_VERBS:
        return False  # (with a colon, or further off, only "read": "Protesters carrying placards said:" speak themselves)
    if verb == lo + 1 and tokens[lo].lower == "it":  # "A banner was unfurled. It read: ..."
        return any(t.lower in _SIGN_WORDS and _noun_after_article(previous, k) >= 0 for k, t in enumerate(previous))
    # "One handmade placard held aloft near the front read:": the sign, after its article, opens its clause
    # (not "a priest standing under the banners read:", where the priest reads)
    signs = [k for k in range(max(lo, verb - 12), verb) if tokens[k].lower in _SIGN_WORDS]
    if not signs:
        return False
    article = _noun_after_article(tokens, signs[0], lo)
    between = tokens[signs[0] + 1 : verb]
    clause_start = article == lo or (article > lo and (tokens[article - 1].text in {",", ";"} or tokens[article - 1].lower == "and"))
    return article >= 0 and clause_start and _about_the_sign(between)


def _about_the_sign(words) -> bool:
    """Are ``words``, between a sign and its ``read``, only about where the sign is (``in the window of a hardware
    shop on Commercial Road``), with no one else in them who might read (``while Bishop Tom Hale``, ``before the priest``)?"""
    for k, t in enumerate(words):
        if not t.is_word or t.lower in _CLAUSE_OPENERS or role_like(t):
            return False
        if t.is_cap and not (k > 0 and (words[k - 1].lower in _PLACE_BEFORE or words[k - 1].is_cap)):
            return False  # (a capital only in a place's name: "on Commercial Road", "near the Gandhi Maidan")
    return True


_CLAUSE_OPENERS = frozenset("and who that which while as when whenever before after until since because by".split())
_PLACE_BEFORE = frozenset("on in at near of the outside opposite".split())


def _noun_after_article(tokens, k, lo=0) -> int:
    """Where the article stands that brings in the noun ``tokens[k]``, with at most one word between
    (``a banner``, ``one handmade placard``), else -1.

    Not the verb in ``Britain will sign the treaty`` or ``The council will sign the letter``.
    """
    for j in (k - 1, k - 2):
        if j < lo or not tokens[j].is_word:
            return -1
        if _is_article(tokens[j]):
            return j
        if not tokens[j].text.islower() or tokens[j].lower in _BEFORE_A_VERB:
            return -1
    return -1


# Words that come before a verb, never between an article and its noun: "will sign", "to sign".
_BEFORE_A_VERB = frozenset("to will would shall should can could may might must did does do not".split())


def _is_article(token) -> bool:
    """``a``, ``the``, ``one``, ``this`` ...: a word that brings in a noun."""
    return token.lower in DETERMINERS or token.lower == "one"


def _named_as_after(tokens, qi) -> bool:
    """Does ``as ... called it`` follow the quotation (``"Tomato terrorism," as Morozov jokingly called it``)?"""
    k = qi + 1 + (qi + 1 < len(tokens) and tokens[qi + 1].text == ",")
    if k >= len(tokens) or tokens[k].lower != "as":
        return False
    return any(tokens[j].lower in _NAME_GIVING and tokens[j + 1].lower in {"it", "them", "this"} for j in range(k + 1, min(k + 6, len(tokens) - 1)))


# Verbs that give something a name ("as Morozov called it"; not "as one neighbour described it").
_NAME_GIVING = frozenset({"called", "calls", "dubbed", "dubs", "termed", "terms", "named", "nicknamed", "labelled", "labeled"})


def _says_clause(tokens, qi, lo, span, text, cues) -> bool:
    """Is a quotation that opens in lower case the whole of what a reporting verb reports?

    'He said that "the trend is slowing."': nothing but ``that`` or a comma stands between
    the verb and the quotation, and the quotation ends the sentence, so these are the
    speaker's own words as a sentence. Not so when the verb stands inside the writer's
    sentence ('A crackdown, Ana Ruiz said, "will not ..."') or names what someone says
    ('what she calls "..."'); a naming word just before ('called "the steamiest book"') is
    caught before this, in ``_kind``.
    """
    # 'According to Ann Roe, "the road will reopen on Monday."': "according to" opening the sentence, its source, a comma
    according = [i for i, (_, _, width) in cues.items() if width > 1 and i == lo < qi and tokens[i].lower == "according"]
    if according and tokens[qi - 1].text == "," and not any(t.quote >= 0 or t.text in {".", "!", "?"} for t in tokens[according[-1] : qi]):
        content = text[span.start : span.end]
        relayed = any(i > qi for i in cues) and (content.rstrip().endswith(",") or text[span.outer_end : span.outer_end + 1] == ",")
        return (_ends_sentence(span, text) or relayed) and len(content.split()) >= _CLAUSE_WORDS  # (or '"...", reported G1')
    verbs = [i for i, (_, _, width) in cues.items() if width == 1 and lo <= i < qi]
    if not verbs:
        return False
    verb = verbs[-1]
    between = tokens[verb + 1 : qi]
    # 'told CNN Turk that "villages ..."', 'said on July 16, 2003, that "we ..."': whom or when, then "that"
    words = [t.lower for t in between if t.text != ","]
    told_that = words[-1:] == ["that"] and words.count("that") == 1 and len(between) <= 8 and not any(t.quote >= 0 for t in between)
    if any(t.text not in {",", "that"} for t in between) and not told_that:
        return False
    subject, _ = sp.subject_of(tokens, verb, 1, lo, qi)
    # ('A crackdown, Ana Ruiz said, "will not ...": a subject and verb set between commas inside the writer's sentence,
    # which began before them; 'what she calls "..."': the verb names what is said)
    aside = subject > lo and tokens[subject - 1].text == "," and tokens[verb + 1].text == "," and not _opening_phrase(tokens, lo, subject - 1)
    if aside or (subject > lo and tokens[subject - 1].lower in {"what", "which"}):
        return False
    content = text[span.start : span.end]
    return _ends_sentence(span, text) and len(content.split()) >= _CLAUSE_WORDS


def _opening_phrase(tokens, lo, comma) -> bool:
    """Are ``tokens[lo:comma]`` words that open a sentence before its subject (``However``, ``In a statement``)?"""
    return comma > lo and (tokens[lo].lower in sp.CLAUSE_CONNECTIVES or tokens[lo].lower in _PLACE_WORDS or tokens[lo].lower.endswith("ing"))


def _ends_sentence(span, text: str) -> bool:
    """Does the quotation end a sentence: a full stop inside its marks, or one (or the paragraph's end) right after?"""
    rest = text[span.outer_end :].lstrip(" \t\u00a0")
    return span.closed and (_ends_with_stop(text[span.start : span.end]) or rest[:1] in {"", "\n", ".", "!", "?"})


def _ends_with_stop(content: str) -> bool:
    """Does a quotation's text end with a full stop, a question or an exclamation mark (a bracket or inner mark may follow)?"""
    return content.rstrip(_AFTER_LAST_STOP).endswith((".", "!", "?", "…"))


def _whole_sentences(content: str) -> bool:
    """Does a quotation read as the speaker's own sentences: ends a sentence and has a verb-sized length?"""
    return _ends_with_stop(content) and len(content.split()) >= _SENTENCE_WORDS


# Verbs by which a paper passes on someone else's words: 'According to X, "...", reported G1'.
_RELAYING_VERBS = frozenset({"reported", "reports", "reporting"})


def _choose_speaker(span, tokens, qi, cues, previous_quote, run, context) -> None:
    """Pick the speaker of one quotation, most specific evidence first."""
    lo, hi, next_hi, next_cues, earlier, last_statement, intro, lead, subject, next_source, nearby = context
    named = {i: v for i, v in cues.items() if v[0].name}
    after = sorted(i for i in named if i > qi)
    before = sorted(i for i in named if i < qi)
    # '"...," Lam said.' / '"...," said a protester': attribution right after.
    verb_before = [i for i in before if named[i][2] == 1]
    # 'X commented — which the BBC noted as unusual — "..."': a verb in an aside does not report it.
    if len(verb_before) > 1:
        verb_before = [i for i in verb_before if not _in_aside(tokens, i, lo, qi)] or verb_before
    if _second_half(span, tokens, qi, lo, previous_quote):
        return _inherit(span, previous_quote, "split")  # '"...," said Thomas, "so how ...?" Perino reiterated': Thomas's
    # 'According to Minister X, "...", reported G1': the paper reports the words of the source it names
    according = [i for i in before if tokens[i].lower == "according" and named[i][2] > 1]
    between = [i for i in named if according and according[-1] < i < qi]  # ("According to X, Y shouted "...", police reported": Y's)
    if according and after and not between and tokens[after[0]].lower in _RELAYING_VERBS and named[according[-1]][0].person:
        return _take(span, named[according[-1]], "before")
    if after and _only_attribution_between(tokens, qi, after[0], named[after[0]][0]):
        participle = tokens[after[0]].lower.endswith("ing")  # 'X retorted "...", adding ...': X goes on speaking
        # ('X asked him: "Why ...?" He said he had panicked.': a new sentence, the one asked answering)
        anew = _pronoun_opens_next_sentence(span, tokens, qi)
        if not (verb_before and (named[after[0]][2] > 1 or participle or anew)):  # 'X called it "a breach," according to NBC'
            return _take(span, named[after[0]], "after")
    # '"We couldn't win." Szumowski said.': a short sentence that only attributes.
    no_quote_next = not any(t.quote >= 0 for t in tokens[hi:next_hi])
    if qi + 1 == hi and span.closed and not verb_before and no_quote_next:
        for i in sorted(next_cues):
            if i - qi <= 8 and next_hi - i <= 6 and _only_attribution_between(tokens, qi, i, next_cues[i][0]):
                return _take(span, next_cues[i], "after")
    if next_source is not None and span.closed and span.kind == "statement":
        return _take(span, (next_source, None, 1), "after")
    if span.kind == "statement" and run is not None:
        return _inherit(span, run, "run")
    if verb_before:
        return _take(span, named[_reporting_verb(tokens, verb_before)], "before")
    if after:
        return _take(span, named[after[0]], "after")
    if before:
        return _take(span, named[before[-1]], "before")
    if not cues and subject is not None and _led_in(span, tokens, qi, lo, hi):
        # 'Trump, also on Twitter, defended his decision, "As I have ..."', 'Ofcom was of the opinion that "..."':
        # no reporting verb, but whose words are plain.
        return _take(span, (subject, None, 1), "before")
    if span.kind != "statement":
        return None
    # '"...," the ruling said': a source the article does not name (a pronoun may still be resolved below).
    unnamed = sorted(i for i, (who, _, _) in cues.items() if i > qi and not who.name and who.mention.lower() not in {"", *sp.PRONOUNS})
    if unnamed and _only_attribution_between(tokens, qi, unnamed[0], cues[unnamed[0]][0]):
        return _take(span, cues[unnamed[0]], "after")
    if qi == lo and nearby is not None:
        return _take(span, (nearby, None, 1), "context")  # 'Two yellow cards left Ingram unimpressed. "..."'
    # (but not from a phrase quoted in passing when the sentence before reports someone else:
    # 'X indicates Kirchner, described by Wikipedia as "...", might act. "..."' is X's)
    passing = previous_quote is not None and previous_quote.kind == "phrase" and earlier and earlier[-1][0].name != previous_quote.speaker.name
    if previous_quote is not None and qi == lo and (previous_quote.speaker.name or previous_quote.attribution == "after") and not passing:
        return _inherit(span, previous_quote, "split")
    if earlier and not (_gendered_pronoun_after(tokens, qi, cues) and _no_he_or_she(earlier[-1][0])):
        # ('The Guardian reported that a senior officer had resigned. "I could not stay," she said.': "she" is
        # no one at the newspaper that reported it, so nobody is better than the Guardian; but after
        # 'Northumbria Police said ...', '"...," he said' is the force's spokesman)
        return _take(span, earlier[-1], "context")
    # (none of them when the quotation's own "she said" rules them out: 'Tom Hale and his wife Ann ... "...," he said.
    # "...," she added.' is not Tom Hale's)
    if qi == 0 and intro is not None and not _other_gender(tokens, qi, cues, intro[0]):
        return _take(span, intro, "context")  # 'X said:' closes the paragraph before
    if qi == 0 and lead is not None and not _other_gender(tokens, qi, cues, lead[0]):
        return _take(span, lead, "context")  # the paragraph before reports X's words without quoting them
    if qi == 0 and last_statement is not None and not _other_gender(tokens, qi, cues, last_statement.speaker):
        return _inherit(span, last_statement, "context")
    if qi == 0 and nearby is not None and not _other_gender(tokens, qi, cues, nearby):
        return _take(span, (nearby, None, 1), "context")  # the person the paragraph before ended on
    return None


def _other_gender(tokens, qi, cues, speaker) -> bool:
    """Is the quotation at ``tokens[qi]`` attributed to an unresolved ``he`` or ``she`` that ``speaker``'s known gender rules out?"""
    wanted = _unresolved_he_or_she(tokens, qi, cues)
    return speaker.gender in {"m", "f"} and bool(wanted) and speaker.gender not in wanted


def _pronoun_opens_next_sentence(span, tokens, qi) -> bool:
    """Does a capitalised pronoun open a new sentence right after the quotation at ``tokens[qi]`` (``"...?" He said ...``)?

    A pronoun that attributes the words before it is in lower case (``"...?" he asked``).
    """
    nxt = tokens[qi + 1] if qi + 1 < len(tokens) else None
    ended = span.closed and tokens[qi].text[: -len(span.close_mark)].rstrip()[-1:] in {".", "?", "!", "…"}
    return ended and nxt is not None and nxt.text in {"He", "She", "They"}


def _named_after_lede(article, paragraph_tokens, number) -> tuple:
    """``(person, speaks)``: whom the second paragraph opens with, named in full, when paragraph ``number`` is the
    story's first (else ``None``), and whether that first sentence reports them speaking.

    ``"...," a dog walker who found four kittens has said.`` then ``Marie Haworth, 58, who was walking her
    spaniel, called ...``: news opens with what someone is and names them next.
    """
    if any(paragraph_tokens[:number]) or number + 1 >= len(paragraph_tokens) or not paragraph_tokens[number + 1]:
        return None, False
    after = paragraph_tokens[number + 1]
    opener = sp.sentence_subject(article, after, 0, len(after))
    named = opener is not None and opener.person and not opener.plural and len(person_name(opener.name.split())) >= 2
    end = next((k for k, t in enumerate(after) if t.text in {".", "!", "?"}), len(after))
    speaks = any(t.lower in _SPEAKING for t in after[:end])  # "Cristián Muñoz, who has worked there 22 years, said ..."
    return (opener, speaks) if named else (None, False)


_SPEAKING = frozenset("said says told tells added explained".split())
_SENTENCE_STOP = re.compile(r"[.!?\n]")
_LEDE_VERB = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:said|told|written|posted)\b|\b(?:says|tells|writes|admits|warns)\b")
# Descriptions that stand for someone other than the person a story goes on to name: a spokesman, a source.
# (and counsel in court, who speak about the person a court report names next)
_STANDING_IN = sp.SPOKES_WORDS | frozenset(
    "official officials source sources witness neighbour neighbor spokesperson prosecutor barrister lawyer solicitor "
    "counsel attorney judge".split()
)


def _described_in_lede(text, span, named_speaks=False) -> bool:
    """Is the statement attributed to someone described, not named, in the way a story's first line does?

    ``a pensioner who was rescued by boat from her bungalow has said``, ``says the organiser of a free lunch``:
    an indefinite description (or ``the`` one ``says``), with ``has said`` or ``says``; or any reporting verb
    (``a dockworker at the port said``, ``the Egyptian archaeologist leading the dig said``) when the person the
    next paragraph names goes on speaking (``named_speaks``). Never a spokesman, an official, a source, a
    witness, a neighbour or counsel in court: they often stand for, or speak of, someone else.
    """
    speaker = span.speaker
    words, described = speaker.mention.lower().split(), speaker.name.split()
    # (a description ends in a lower-case noun: "pensioner", "Mexican marine biologist")
    if not (speaker.person and not speaker.plural and described and described[-1].islower() and words and span.cue):
        return False
    if words[0] not in {"a", "an", "the"} or described[-1] in _STANDING_IN:
        return False
    if named_speaks:
        return True
    start = min(span.cue[0], speaker.mention_start)
    stop = _SENTENCE_STOP.search(text, max(span.cue[1], speaker.mention_end))
    end = stop.start() if stop else len(text)  # (to the end of the sentence: "a dog walker who found ... has said.")
    return _LEDE_VERB.search(text, start, end) is not None and (words[0] != "the" or "says" in text[start:end])




def _may_be_described(text, named, described) -> bool:
    """May ``named`` (``Edna Parkhurst, 84,``) be the one ``described`` (``a pensioner who ...``) stands for?

    Not when the story gives them another role, before the name or set off after it (``Councillor Tom Hale``,
    ``Tom Hale, 45, the driver,``) that is not the described one's.
    """
    head = described.name.split()[-1]
    before = [w for w in named.mention.split() if w not in named.name.split() and w.lower().rstrip(".") not in COURTESY_TITLES]
    after = re.match(r",\s*(?:\d+,\s*)?(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s*,", text[named.mention_end : named.mention_end + 80])
    roles = [w.lower() for w in before] + ([after.group(1).lower()] if after else [])
    return all(role == head for role in roles)


def _news_outlet(speaker) -> bool:
    """Is ``speaker`` a newspaper, a broadcaster or a news agency (``the Guardian``, ``BBC News``, ``Reuters``)?

    So is a paper named for when it comes out (``the Hull Daily Mail``, ``the Mail on Sunday``, as ``org_name``
    reads them), though ``Mail`` and ``Post`` alone end firms' names too (``Royal Mail``).
    """
    words = speaker.name.split()
    dated = any(w.lower() in NEWSPAPER_WORDS for w in words[:-1]) or any(masthead_day(words, k) for k in range(len(words)))
    return not speaker.person and bool(words) and (words[-1].lower() in NEWS_OUTLET_WORDS or dated)


def _no_he_or_she(speaker) -> bool:
    """Can an unresolved ``he`` or ``she`` not stand for ``speaker``: a news outlet, or a group of people described in lower case?

    ``Many of the children cried. "...," she said``: not the children. A body may still speak
    through a spokesman (``Northumbria Police said ... "...," he said``, ``the council said ... he said``).
    """
    words = speaker.name.split()
    group = bool(words) and speaker.name[:1].islower() and (speaker.plural or sp.people_plural(words[-1]) or words[-1] in COLLECTIVE_NOUNS)
    return _news_outlet(speaker) or group


def _gendered_pronoun_after(tokens, qi, cues) -> bool:
    """Is the quotation at ``tokens[qi]`` attributed to a ``he`` or ``she`` that no one was found for (``"...," she said``)?"""
    return bool(_unresolved_he_or_she(tokens, qi, cues))


def _unresolved_he_or_she(tokens, qi, cues) -> set:
    """The sexes (``m``, ``f``) of the unresolved ``he`` or ``she`` the quotation at ``tokens[qi]`` is attributed to."""
    return {
        sp.PRONOUNS[who.mention.lower()]
        for i, (who, _, _) in cues.items()
        if i > qi and not who.name and who.mention.lower() in {"he", "she"} and _only_attribution_between(tokens, qi, i, who)
    }


def _led_in(span, tokens, qi, lo, hi) -> bool:
    """Do the words before the quotation at ``tokens[qi]`` lead into it as what the sentence's subject said?

    ``Ofcom was of the opinion that "..."``, ``X dismissed the idea with the
    claim "..."``, ``X defended the decision, "..."``: a comma, a colon,
    ``that`` or a word for something said comes right before the mark. A
    ``phrase`` counts only when it ends the sentence (``Ofcom was of the
    opinion that "these comments were ..."``), not a label in mid-sentence.
    """
    if qi <= lo:
        return False
    before = tokens[qi - 1]
    if before.text in {",", ":"}:
        return span.kind == "statement"
    if before.lower not in _LEAD_IN_WORDS:
        return False
    rest = tokens[qi + 1 : hi]
    return all(not t.is_word for t in rest) and (span.kind == "statement" or len(tokens[lo:qi]) >= 3)


def _label_end(tokens, lo, hi) -> int:
    """Where the name ends in a label that opens a paragraph and leads straight into its only quotation, else -1.

    ``Heiko Herrlich (GER), Germany coach "We kept it tight ..."``: a person's
    name of two words or more, then perhaps a bracket and a short description
    after a comma, with no verb, and the quotation, whole sentences, is all the
    rest of the paragraph. Post-match and press-conference quotations are
    often set out so.
    """
    quoted = [k for k in range(lo, hi) if tokens[k].quote >= 0]
    if lo != 0 or len(quoted) != 1 or not 2 <= quoted[0] - lo <= 12 or any(t.is_word for t in tokens[quoted[0] + 1 : hi]):
        return -1
    qi = quoted[0]
    content = tokens[qi].text.strip(DOUBLE_MARKS + SINGLE_MARKS + " ")
    if not content[:1].isupper() or not _ends_with_stop(tokens[qi].text) or not tokens[qi - 1].is_word:
        return -1
    end = lo
    while end < qi and tokens[end].is_cap:
        end += 1
    name = person_name([t.text for t in tokens[lo:end]])
    if len(name) < 2 or len(name) != end - lo:
        return -1
    rest = tokens[end:qi]
    if rest and rest[0].text == "(":  # "(GER)"
        close = next((k for k, t in enumerate(rest) if t.text == ")"), -1)
        rest = rest[close + 1 :] if 0 < close <= 3 else rest
    if rest and (rest[0].text != "," or any(t.lower in sp.CUE_VERBS or not (t.is_word or t.text in {"(", ")", "-"}) for t in rest[1:])):
        return -1
    # the words just before the mark say what the speaker is ("Germany coach"), not whose work follows ("for her novel")
    if rest and (not role_like(tokens[qi - 1]) or any(t.lower in DETERMINERS or t.lower in {"for", "his", "her"} for t in rest)):
        return -1
    return end


def _second_half(span, tokens, qi, lo, previous_quote) -> bool:
    """Is the quotation at ``tokens[qi]`` the second half of one split by its attribution (``"...," said X, "..."``)?

    True when the quotation before it in the same sentence was attributed
    by the words right after it, and only those words and a comma stand
    between the two.
    """
    if previous_quote is None or previous_quote.attribution != "after" or previous_quote.cue is None or qi <= lo:
        return False
    if tokens[qi - 1].text != "," or not previous_quote.speaker.name:
        return False
    k = qi - 2
    while k >= lo and tokens[k].quote < 0:
        k -= 1
    return k >= lo and tokens[k].quote >= 0 and tokens[k].end <= previous_quote.cue[0] and qi - k <= 10


def _in_aside(tokens, i, lo, qi) -> bool:
    """Does ``tokens[i]`` stand in an aside closed before the quotation at ``qi``: between dashes or in brackets?"""
    dashes = [k for k in range(lo, qi) if tokens[k].text in _DASHES]
    if any(a < i < b for a, b in zip(dashes, dashes[1:])):
        return True
    depth = 0
    for k in range(i, qi):
        depth += {"(": 1, ")": -1}.get(tokens[k].text, 0)
        if depth < 0:
            return True
    return False


def _reporting_verb(tokens, verbs) -> int:
    """Of the verbs before a quotation, the one that reports it.

    The nearest, unless it stands in the clause an earlier verb reports
    ('The union said Gillan had called for action "until instructed
    otherwise"': the union's words). A comma, a quotation or a conjunction
    between them ends that clause ('X said it was "fine", while Y called it
    "reckless"').
    """
    chosen = verbs[-1]
    # 'Xinhua reported that Premier Li Keqiang said: "..."': the verb that opens it with a colon, perhaps after
    # whom it told or when ("had told her:", "told the BBC:", "said on Monday:")
    colon = next((k for k in range(chosen + 1, min(chosen + 5, len(tokens))) if not tokens[k].is_word), len(tokens))
    if colon + 1 < len(tokens) and tokens[colon].text == ":" and tokens[colon + 1].quote >= 0:
        return chosen
    for earlier in reversed(verbs[:-1]):
        between = tokens[earlier + 1 : chosen]
        if any(t.quote >= 0 or t.text in _CLAUSE_BREAKS or t.lower in _CLAUSE_BREAKS for t in between):
            break
        # ('when she exclaimed she could bear no more the ex-policeman responded "...": a clause of time, then his words)
        if any(t.lower in _SUBORDINATORS for t in tokens[max(0, earlier - 3) : earlier]):
            break
        # ('Days before the visit and commenting about the trip Lula said: "..."': an opening participle, then the speaker)
        if tokens[earlier].lower.endswith("ing") and earlier > 0 and tokens[earlier - 1].lower == "and":
            break
        chosen = earlier
    return chosen


def _only_attribution_between(tokens, qi, cue, speaker) -> bool:
    """Is everything between the quotation and the cue its attribution ('," Lam said')?"""
    between = [t for t in tokens[qi + 1 : cue] if t.text not in {",", "—", "–"}]
    if not between:
        return True
    return speaker.mention_start >= 0 and between[0].start >= speaker.mention_start and between[-1].end <= speaker.mention_end


_DASHES = {"—", "–"}
# What may follow the last full stop of a quotation: a bracket, or the mark closing a quotation inside it.
_AFTER_LAST_STOP = " ])'’\"”"
# Things with words written on them, and the verbs that give their words: 'a banner that read "..."'.
_SIGN_WORDS = frozenset(
    "banner banners sign signs placard placards poster posters graffiti slogan slogans t-shirt t-shirts shirt shirts "
    "sticker stickers billboard billboards".split()
)
_SIGN_VERBS = frozenset("read reads reading saying says said bearing demanding declaring".split())
_WRITING_VERBS = frozenset("read reads reading".split())  # what a sign does, never a person or a body
# Articles, demonstratives and possessives that are never an object pronoun ("her" and "his" are left out:
# 'told her "You are the best."'): a quotation right after one is a name or a label in the writer's sentence.
_BEFORE_A_NOUN = DETERMINERS - {"that", "one", "another", "some", "his", "her"}
# Fewest words for a quotation to count as a speaker's sentence: after a reporting verb in lower case,
# and (a stricter test) as whole sentences where nothing else says so.
_CLAUSE_WORDS = 5
_SENTENCE_WORDS = 6
_PLACE_WORDS = frozenset("from at in on outside inside before during after".split())
# Words right before a quotation that lead into it as what the subject said: 'of the opinion that "..."', 'with the claim "..."'.
_LEAD_IN_WORDS = frozenset({"that"}) | sp.NOUN_CUES | sp.SPEECH_NOUNS
_SUBORDINATORS = frozenset("after before when while as because since until although though if once whereas".split())


def _subordinate_at(tokens, k, lo) -> bool:
    """Does ``tokens[k]`` open a subordinate clause?

    ``while`` and ``whereas`` after the main clause contrast two equals ("Duda
    said ... while Brudziński wrote"); at the start of a sentence they subordinate.
    """
    lower = tokens[k].lower
    return lower in _SUBORDINATORS and not (lower in _CONTRASTS and k > lo)


_CONTRASTS = frozenset({"while", "whereas"})


def _take(span, found, how) -> None:
    speaker, cue, width = found
    span.speaker, span.cue, span.attribution = speaker, cue, how


def _inherit(span, source, how) -> None:
    span.speaker, span.cue, span.attribution = source.speaker, source.cue, how


def _quote_columns(text: str, *, block_quotes: bool = True) -> dict:
    """The columns of ``extract_quotes(text)`` as plain lists (cheaper to pass between processes than a table)."""
    return _columns(text, _attributed_spans(text, block_quotes=block_quotes)[1])


def _columns(text: str, spans: list) -> dict:
    """The spans as ``QUOTE_COLUMNS``, one list per column, in text order."""
    spans = sorted(spans, key=lambda s: s.start)
    runs = {}  # number runs 0, 1, ... in text order
    for span in spans:
        runs.setdefault(span.run_id, len(runs))
    cues = [span.cue or (-1, -1) for span in spans]
    # (the text's own paragraphs, as samestory.tokens.paragraphs numbers them, not the parts _lost_breaks cut)
    starts = [m.start() for m in PARAGRAPH_PATTERN.finditer(text)]
    return {
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
        "paragraph": [bisect.bisect_right(starts, s.start) - 1 for s in spans],
        "open_mark": [s.open_mark for s in spans],
        "close_mark": [s.close_mark for s in spans],
    }


_INTEGER_COLUMNS = frozenset(["start", "end", "mention_start", "mention_end", "cue_start", "cue_end", "run_id", "paragraph"])


def _frame(columns: dict) -> pd.DataFrame:
    """A table of ``columns``; with no rows, each column still gets its type (whole numbers, true/false or text)."""
    # (whole numbers and true/false as NumPy arrays: pandas then need not look at each value to find the type)
    typed = dict(columns)
    for column in _INTEGER_COLUMNS:
        typed[column] = np.array(typed[column], dtype=np.int64)
    typed["continued"] = np.array(typed["continued"], dtype=bool)
    table = pd.DataFrame(typed)
    if table.empty:
        types = {c: int if c in _INTEGER_COLUMNS else bool if c == "continued" else str for c in table.columns}
        table = table.astype(types)
    return table


# ---------------------------------------------------------------- helpers


def _key(name) -> str:
    return " ".join(str(name).lower().split())
