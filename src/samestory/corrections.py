"""Your own fixes to the speakers the rules give.

The rules name the right speaker for about four statements in five on
articles they have never seen (the README's table), so a lecturer who runs the
pack on their own articles checks the ``speaker`` column and writes down what
is wrong. This module keeps those fixes in a small table beside the articles:
``quotes_in(corpus, corrections="my_fixes.csv")`` puts them in, and every
table built from its result (``count_voices``, ``align_quotes``, and the
``quotes=`` argument of ``samestory.language.voices``) uses them. Anyone can
see what was changed by hand and why.

The table is a UTF-8 CSV with the columns

- ``article_id``: the article, as ``quotes_in`` gives it;
- ``start``: where the quotation starts, copied from the ``start`` column of
  ``quotes_in`` (character offsets into the exact text never change, so the
  fix stays with its quotation however often the rules change); for a
  quotation over several paragraphs, the ``start`` of its first paragraph;
- ``speaker``: the right canonical name (``Steve Gillan``, ``POA spokesman``);
  an empty cell means nobody: the writer's own words in quotation marks;
- ``note``: why (optional, but it is where a reader checks the decision).

A fix applies from the paragraph it names to the end of its quotation: the
later paragraphs of a quotation that runs over several paragraphs (same
``run_id``) take the same speaker, unless they have a fix of their own. A fix
changes the ``speaker`` only: ``kind``, ``speaker_mention`` and ``cue`` still
say what the rules read. ``data/speaker_corrections.csv``
is the pack's own table: the three bundled articles need no fixes, so it holds
only the header, ready to copy.

Where to look first: ``speakers_to_check(quotes)`` lists the statements whose
speaker the rules found in the least certain way (none found, a description
rather than a name, a name from an earlier sentence). It is a place to start,
no more: on the held-out articles it covers about one statement in eight and
only 16 of their 43 wrong speakers (the README's "How well the extractors work").
"""

from pathlib import Path

import pandas as pd

from samestory._paths import DATA_DIR
from samestory.corpus import read_csv_rows
from samestory.errors import CorpusError
from samestory.speaker_words import CONNECTORS, DETERMINERS, NAME_PARTICLES, PRONOUNS

SPEAKER_CORRECTIONS_PATH = DATA_DIR / "speaker_corrections.csv"
CORRECTION_COLUMNS = ["article_id", "start", "speaker", "note"]
_REQUIRED = CORRECTION_COLUMNS[:3]
_LONGEST_START = 12  # digits: no article is a million million characters long


def speaker_corrections(path: str | Path | None = None) -> pd.DataFrame:
    """Read a table of speaker fixes, or say which line is wrong.

    Parameters
    ----------
    path : str or Path, optional
        A UTF-8 CSV with the columns ``article_id``, ``start``, ``speaker``
        and ``note`` (optional); default the pack's ``data/speaker_corrections.csv``.

    Returns
    -------
    DataFrame
        ``article_id``, ``start`` (int), ``speaker`` (``""`` for nobody),
        ``note`` and ``line`` (the file line of the fix, for messages), one
        row per fix.

    Raises
    ------
    CorpusError
        When the file is missing or empty, a column is missing, a row stops
        before its ``speaker`` cell, ``article_id`` is empty, ``start`` is not
        a whole number of 0 or more, or one quotation is fixed twice; the
        message gives the file, line and column.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "fixes.csv"
    >>> _ = path.write_text("article_id,start,speaker,note\\nkent,120,Rory Stewart,not the union\\n", encoding="utf-8")
    >>> speaker_corrections(path)[["article_id", "start", "speaker"]]
      article_id  start       speaker
    0       kent    120  Rory Stewart
    >>> len(speaker_corrections())  # the pack's own table: the bundled articles need no fixes
    0
    """
    path = SPEAKER_CORRECTIONS_PATH if path is None else Path(path)
    rows = read_csv_rows(path, _REQUIRED, what="speaker corrections table", complete=("speaker",))
    return _checked(rows, f"{path} line")


def correct_speakers(quotes: pd.DataFrame, corrections: pd.DataFrame, *, source: str = "the corrections table") -> pd.DataFrame:
    """Put the fixed speakers into a table of quotations.

    Parameters
    ----------
    quotes : DataFrame
        As from ``quotes_in``: ``article_id``, ``start``, ``speaker`` and
        ``run_id`` at least.
    corrections : DataFrame
        As from ``speaker_corrections``, or any table with ``article_id``,
        ``start`` and ``speaker`` (``pd.read_csv`` of the file will do: a
        missing speaker is read as nobody); it gets the same checks.
    source : str
        What to call the corrections in messages (its file name).

    Returns
    -------
    DataFrame
        A copy of ``quotes`` with ``speaker`` fixed and a column
        ``corrected``: True where the speaker comes from the table (the fixed
        paragraph and the later paragraphs of its quotation), False elsewhere.

    Raises
    ------
    CorpusError
        When a fix is malformed (as for ``speaker_corrections``), names an
        article that has no quotations, or gives a ``start`` where no
        quotation of that article starts (the message lists the nearest
        starts there are). Nothing is changed then.

    Examples
    --------
    >>> quotes = pd.DataFrame({"article_id": ["a", "a"], "start": [5, 40], "run_id": [0, 1],
    ...                        "speaker": ["Ann Roe", "Tom Hale"]})
    >>> fixes = pd.DataFrame({"article_id": ["a"], "start": [40], "speaker": ["Eva Stone"]})
    >>> correct_speakers(quotes, fixes)[["start", "speaker", "corrected"]]
       start    speaker  corrected
    0      5    Ann Roe      False
    1     40  Eva Stone       True
    """
    missing = [c for c in _REQUIRED if c not in corrections.columns]
    if missing:
        raise CorpusError(
            f"{source}: no column {', '.join(map(repr, missing))} (columns found: "
            f"{', '.join(map(str, corrections.columns)) or 'none'}); a corrections table needs {', '.join(_REQUIRED)}."
        )
    # Every table is checked as a file is (one made by hand or by pd.read_csv too); a table read by
    # speaker_corrections keeps its file lines for the messages, any other is named by row.
    has_lines = "line" in corrections.columns
    place = f"{source} line" if has_lines else f"{source} row"
    lines = corrections["line"] if has_lines else range(1, len(corrections) + 1)
    records = corrections.to_dict("records")
    corrections = _checked([(line, _as_cells(record)) for line, record in zip(lines, records)], place)
    fixed = quotes.copy()
    fixed["corrected"] = False
    starts = fixed.groupby("article_id")["start"].apply(sorted).to_dict()
    wanted = {}
    for fix in corrections.itertuples(index=False):
        where = f"{place} {fix.line}"
        if fix.article_id not in starts:
            known = ", ".join(sorted(map(str, starts))[:10]) or "none"
            raise CorpusError(
                f"{where}: no quotation in an article {fix.article_id!r} (articles with quotations: {known}); "
                "check the id against the article_id column of quotes_in, or delete the row if that article has no quotations."
            )
        if fix.start not in starts[fix.article_id]:
            nearest = sorted(starts[fix.article_id], key=lambda s: abs(s - fix.start))[:3]
            raise CorpusError(
                f"{where}: no quotation of {fix.article_id!r} starts at {fix.start} "
                f"(the nearest start there: {', '.join(map(str, sorted(nearest)))}); "
                "copy the number from the start column of quotes_in."
            )
        wanted[(fix.article_id, fix.start)] = fix.speaker
    for (article_id, start), speaker in wanted.items():
        row = fixed.index[(fixed["article_id"] == article_id) & (fixed["start"] == start)][0]
        run = (fixed["article_id"] == article_id) & (fixed["run_id"] == fixed.at[row, "run_id"]) & (fixed["start"] >= start)
        later_fixes = [s for s in fixed.loc[run, "start"] if s > start and (article_id, s) in wanted]
        if later_fixes:  # a later paragraph of the run with a fix of its own keeps it
            run &= fixed["start"] < min(later_fixes)
        fixed.loc[run, "speaker"] = speaker
        fixed.loc[run, "corrected"] = True
    return fixed


_JOINING_WORDS = CONNECTORS | NAME_PARTICLES | {"and", "the"}  # small words inside a proper name
CHECK_REASONS = {
    "none": "no speaker found",
    "described": "described, not named",
    "context": "named in an earlier sentence",
}


def speakers_to_check(quotes: pd.DataFrame) -> pd.DataFrame:
    """The statements whose speaker most needs a look by hand, and why.

    The rules are least sure of a speaker in three cases, each a ``reason``:

    - ``no speaker found``: the ``speaker`` is empty;
    - ``described, not named``: the words that name the speaker start with an
      article or another word in lower case (``a spokesman``, ``the court``,
      ``one witness``) and do not hold the speaker's name, so the rules had to
      decide what the description means (``prisons minister Rory Stewart``
      names him: it is not listed);
    - ``named in an earlier sentence``: the ``attribution`` is ``context``:
      nothing in the quotation's own sentence names its speaker.

    Only statements count (a phrase's speaker is not scored), and only the
    first paragraph (smallest ``start``) of a quotation over several
    paragraphs: a fix there runs on through the rest (see
    ``correct_speakers``). Rows already ``corrected`` by hand are left out.

    Parameters
    ----------
    quotes : DataFrame
        As from ``quotes_in`` or ``extract_quotes``: ``start``, ``end``,
        ``text``, ``kind``, ``speaker``, ``speaker_mention``, ``attribution``
        and ``run_id`` at least. A table read back from a CSV file will do
        (empty cells are empty). Without ``article_id`` it is taken as one
        article's table.

    Returns
    -------
    DataFrame
        ``article_id`` (when ``quotes`` has it), ``start``, ``end``, ``text``,
        ``speaker``, ``speaker_mention`` and ``reason``, in the order of
        ``quotes``, index kept. ``article_id``, ``start`` and ``speaker`` are
        the first columns of a corrections file.

    Raises
    ------
    CorpusError
        When a column it needs is missing.

    Examples
    --------
    >>> from samestory.quotes import extract_quotes
    >>> text = ('"We will appeal," a spokesman said.\\n'
    ...         'The judge, Ann Roe, spoke next. "It was a fair trial."\\n'
    ...         'Tom Hale said: "We are glad."')
    >>> speakers_to_check(extract_quotes(text))[["text", "speaker", "reason"]]
                       text    speaker                        reason
    0       We will appeal,  spokesman          described, not named
    1  It was a fair trial.    Ann Roe  named in an earlier sentence
    """
    needed = ["start", "kind", "speaker", "speaker_mention", "attribution", "run_id"]
    missing = [c for c in needed if c not in quotes.columns]
    if missing:
        raise CorpusError(
            f"speakers_to_check needs the table from quotes_in or extract_quotes: no column {', '.join(missing)} "
            f"(columns found: {', '.join(map(str, quotes.columns)) or 'none'})."
        )
    words = quotes[["speaker", "speaker_mention", "attribution"]].fillna("").astype(str)
    reason = pd.Series(
        [_check_reason(*row) for row in words.itertuples(index=False, name=None)], index=quotes.index, dtype=object
    )
    run = ["article_id", "run_id"] if "article_id" in quotes.columns else ["run_id"]
    first_paragraph = quotes["start"].eq(quotes.groupby(run)["start"].transform("min"))
    wanted = quotes["kind"].eq("statement") & first_paragraph & ~_corrected(quotes) & reason.ne("")
    columns = [c for c in ["article_id", "start", "end", "text", "speaker", "speaker_mention"] if c in quotes.columns]
    return quotes.loc[wanted, columns].assign(reason=reason[wanted])


def _check_reason(speaker: str, mention: str, attribution: str) -> str:
    """Why a speaker needs a look (a value of ``CHECK_REASONS``), or ``""``."""
    if not speaker.strip():
        return CHECK_REASONS["none"]
    if _described(mention) and not _name_given(speaker, mention.split()):
        return CHECK_REASONS["described"]
    if attribution == "context":
        return CHECK_REASONS["context"]
    return ""


def _described(mention: str) -> bool:
    """Do the words naming the speaker start with an article or a word in lower case (``the court``), and not a pronoun?"""
    words = mention.split()
    if not words or mention.lower() in PRONOUNS:
        return False
    return words[0].lower() in DETERMINERS or words[0][0].islower()


def _name_given(speaker: str, mention_words: list) -> bool:
    """Is ``speaker`` a proper name whose last word is in the mention?

    A proper name: every word capitalised, but small joining words (``of``,
    ``and``, ``the``, ``de``, ``bin`` ...).
    """
    words = speaker.split()
    proper = all(word[0].isupper() or word.lower() in _JOINING_WORDS for word in words)
    return proper and words[-1] in mention_words


def _corrected(quotes: pd.DataFrame) -> pd.Series:
    """True for the rows fixed by hand: a ``corrected`` column of True, or of "True" as read back from a file."""
    if "corrected" not in quotes.columns:
        return pd.Series(False, index=quotes.index)
    return quotes["corrected"].astype(str).str.strip().str.lower().eq("true")


def _checked(rows: list, place: str) -> pd.DataFrame:
    """The fixes as a table, each checked; ``rows`` are ``(line, cells)``, cells as text; ``place`` + line names a row."""
    table, seen = [], {}
    for line, cells in rows:
        article_id, start = cells.get("article_id", "").strip(), cells.get("start", "").strip()
        if not article_id:
            raise CorpusError(f"{place} {line}: column 'article_id' is empty; write the article's id as quotes_in gives it.")
        if not (start.isascii() and start.isdigit() and len(start) <= _LONGEST_START):
            raise CorpusError(
                f"{place} {line}: column 'start' is {cells.get('start')!r}; "
                "write the whole number from the 'start' column of quotes_in (0 or more)."
            )
        key = (article_id, int(start))
        if key in seen:
            raise CorpusError(f"{place} {line}: the quotation at {article_id} {start} is already fixed on {place.split()[-1]} {seen[key]}; keep one row.")
        seen[key] = line
        table.append(
            {
                "article_id": article_id,
                "start": int(start),
                "speaker": " ".join(cells.get("speaker", "").split()),
                "note": cells.get("note", "").strip(),
                "line": line,
            }
        )
    return pd.DataFrame(table, columns=CORRECTION_COLUMNS + ["line"]).astype({"start": int, "line": int})


def _as_cells(record: dict) -> dict:
    """A row of a hand-made table as text cells: a missing value (NaN, None) is an empty cell, ``40.0`` is ``40``."""
    cells = {}
    for column, value in record.items():
        if value is None or (isinstance(value, float) and value != value):
            value = ""
        elif isinstance(value, float) and value.is_integer():
            value = int(value)  # pd.read_csv makes a column of numbers with a gap in it float
        cells[str(column)] = str(value)
    return cells
