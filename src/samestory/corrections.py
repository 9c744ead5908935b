"""Your own fixes to the speakers the rules give.

The rules name the right speaker for about four statements in five on
articles they have never seen (the README's table), so a lecturer who runs the
pack on their own articles checks the ``speaker`` column and writes down what
is wrong. This module keeps those fixes in a small table beside the articles,
so every notebook that calls ``quotes_in`` uses them, and anyone can see what
was changed by hand and why.

The table is a UTF-8 CSV with the columns

- ``article_id``: the article, as ``quotes_in`` gives it;
- ``start``: where the quotation starts, copied from the ``start`` column of
  ``quotes_in`` (character offsets into the exact text never change, so the
  fix stays with its quotation however often the rules change);
- ``speaker``: the right canonical name (``Steve Gillan``, ``POA spokesman``);
  an empty cell means nobody: the writer's own words in quotation marks;
- ``note``: why (optional, but it is where a reader checks the decision).

A fix applies to the whole quotation it starts: the later paragraphs of a
quotation that runs over several paragraphs (same ``run_id``) take the same
speaker, unless they have a fix of their own. ``data/speaker_corrections.csv``
is the pack's own table: the three bundled articles need no fixes, so it holds
only the header, ready to copy.
"""

from pathlib import Path

import pandas as pd

from samestory._paths import DATA_DIR
from samestory.corpus import read_csv_rows
from samestory.errors import CorpusError

SPEAKER_CORRECTIONS_PATH = DATA_DIR / "speaker_corrections.csv"
CORRECTION_COLUMNS = ["article_id", "start", "speaker", "note"]


def speaker_corrections(path: str | Path | None = None) -> pd.DataFrame:
    """Read a table of speaker fixes, or say which line is wrong.

    Parameters
    ----------
    path : str or Path, optional
        A UTF-8 CSV with the columns ``article_id``, ``start``, ``speaker``
        and ``note``; default the pack's ``data/speaker_corrections.csv``.

    Returns
    -------
    DataFrame
        ``article_id``, ``start`` (int), ``speaker``, ``note`` and ``line``
        (the file line of the fix, for messages), one row per fix.

    Raises
    ------
    CorpusError
        When the file is missing, a column is missing, ``article_id`` is
        empty, ``start`` is not a whole number of 0 or more, or one quotation
        is fixed twice; the message gives the file, line and column.

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
    rows, seen = [], {}
    for line, row in read_csv_rows(path, CORRECTION_COLUMNS[:3], what="speaker corrections table"):
        article_id = (row.get("article_id") or "").strip()
        start = (row.get("start") or "").strip()
        if not article_id:
            raise CorpusError(f"{path} line {line}: column 'article_id' is empty; write the article's id as quotes_in gives it.")
        if not start.isdigit():
            raise CorpusError(
                f"{path} line {line}: column 'start' is {row.get('start')!r}; "
                "write the whole number from the 'start' column of quotes_in (0 or more)."
            )
        key = (article_id, int(start))
        if key in seen:
            raise CorpusError(f"{path} line {line}: the quotation at {article_id} {start} is already fixed on line {seen[key]}; keep one row.")
        seen[key] = line
        rows.append(
            {
                "article_id": article_id,
                "start": int(start),
                "speaker": " ".join((row.get("speaker") or "").split()),
                "note": (row.get("note") or "").strip(),
                "line": line,
            }
        )
    return pd.DataFrame(rows, columns=CORRECTION_COLUMNS + ["line"]).astype({"start": int, "line": int})


def correct_speakers(quotes: pd.DataFrame, corrections: pd.DataFrame, *, source: str = "the corrections table") -> pd.DataFrame:
    """Put the fixed speakers into a table of quotations.

    Parameters
    ----------
    quotes : DataFrame
        As from ``quotes_in``: ``article_id``, ``start``, ``speaker`` and
        ``run_id`` at least.
    corrections : DataFrame
        As from ``speaker_corrections``: ``article_id``, ``start``,
        ``speaker`` (and ``line``, used in messages when present).
    source : str
        What to call the corrections in messages (its file name).

    Returns
    -------
    DataFrame
        A copy of ``quotes`` with ``speaker`` fixed and a column
        ``corrected``: True where the speaker comes from the table (the fixed
        quotation and the later paragraphs of its run), False elsewhere.

    Raises
    ------
    CorpusError
        When a fix names an article that is not in ``quotes``, or a ``start``
        where no quotation of that article starts (the message lists the
        nearest starts there are). Nothing is changed then.

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
    fixed = quotes.copy()
    fixed["corrected"] = False
    starts = fixed.groupby("article_id")["start"].apply(sorted).to_dict()
    wanted = {}
    for k, fix in enumerate(corrections.itertuples(index=False)):
        where = f"{source} line {fix.line}" if hasattr(fix, "line") else f"{source} row {k + 1}"
        if fix.article_id not in starts:
            known = ", ".join(sorted(map(str, starts))[:10]) or "none"
            raise CorpusError(
                f"{where}: no article {fix.article_id!r} among the quotations (articles: {known}); "
                "check the id against the article_id column of quotes_in."
            )
        if fix.start not in starts[fix.article_id]:
            nearest = sorted(starts[fix.article_id], key=lambda s: abs(s - fix.start))[:3]
            raise CorpusError(
                f"{where}: no quotation of {fix.article_id!r} starts at {fix.start} "
                f"(the nearest start there: {', '.join(map(str, sorted(nearest)))}); "
                "copy the number from the start column of quotes_in."
            )
        wanted[(fix.article_id, int(fix.start))] = fix.speaker
    for (article_id, start), speaker in wanted.items():
        row = fixed.index[(fixed["article_id"] == article_id) & (fixed["start"] == start)][0]
        run = (fixed["article_id"] == article_id) & (fixed["run_id"] == fixed.at[row, "run_id"]) & (fixed["start"] >= start)
        later_fixes = [s for s in fixed.loc[run, "start"] if s > start and (article_id, s) in wanted]
        if later_fixes:  # a later paragraph of the run with a fix of its own keeps it
            run &= fixed["start"] < min(later_fixes)
        fixed.loc[run, "speaker"] = speaker
        fixed.loc[run, "corrected"] = True
    return fixed
