"""Load news articles into one table: the pack's corpus.

Which articles are we comparing, and what exactly do they say? ``load_corpus``
answers with a DataFrame, one row per article. Every later module reports
character offsets into the ``text`` column, so the text is kept exactly as
published: line endings become ``\\n`` and a byte-order mark is dropped,
nothing else changes.

An article file is plain UTF-8 text. It may start with a short header between
two ``---`` lines, one ``field: value`` per line::

    ---
    outlet: KentOnline
    place: Kent
    date: 2018-09-14
    ---
    Prison officers working across the county went on strike ...

Everything after the closing ``---`` line is the article text. A file without
a header is all text, and its outlet is taken from the file name.
"""

import csv
import datetime
import io
import re
import unicodedata
import warnings
from pathlib import Path

import pandas as pd

from samestory._paths import ARTICLES_DIR
from samestory.errors import CorpusError, CorpusWarning

HEADER_FIELDS = (
    "article_id",
    "outlet",
    "place",
    "date",
    "headline",
    "url",
    "source",
    "known",
    "inferred",
)
COLUMNS = [
    "article_id",
    "outlet",
    "place",
    "date",
    "headline",
    "url",
    "text",
    "source",
    "known",
    "inferred",
    "file",
]
HEADER_FENCE = "---"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ALLOWED_CONTROL = {"\n", "\t"}


def load_corpus(path: str | Path | None = None) -> pd.DataFrame:
    """Load articles into a table, one row per article.

    Parameters
    ----------
    path : str or Path, optional
        A folder of ``.txt`` files, a single ``.txt`` file, or a ``.csv`` file
        with a ``text`` column (other columns such as ``article_id`` and
        ``outlet`` are used when present). Default: the three bundled articles
        about the prison officers' protest of 14 September 2018.

    Returns
    -------
    DataFrame
        Sorted by ``article_id`` (stable), with columns

        - ``article_id``: a short unique name (header field, else file name
          without ``.txt``, else ``<csv name>_<row>``);
        - ``outlet``, ``place``, ``headline``, ``url``: from the header or CSV,
          ``outlet`` falls back to the file name, the others to ``""``;
        - ``date``: ``YYYY-MM-DD`` or ``""`` when unknown;
        - ``text``: the exact article text, the one every offset points into;
        - ``source``, ``known``, ``inferred``: provenance notes, may be ``""``;
        - ``file``: the name of the file the article came from.

        Extra CSV columns are kept after these.

    Raises
    ------
    CorpusError
        When a path is missing, a folder has no ``.txt`` files, a file is
        empty, binary or not text, a header is malformed, two articles share
        an ``article_id``, or a CSV has no ``text`` column or an empty text.
        The message names the file (and line, field or row) and what to do.

    Warns
    -----
    CorpusWarning
        When a file is not UTF-8 but reads as Windows-1252 (Latin-1).

    Examples
    --------
    >>> corpus = load_corpus()
    >>> corpus[["article_id", "outlet", "date"]]
           article_id                 outlet        date
    0            kent             KentOnline  2018-09-14
    1      wandsworth      Wandsworth outlet  2018-09-14
    2  worcestershire  Worcestershire outlet  2018-09-14
    """
    path = ARTICLES_DIR if path is None else Path(path)
    if not path.exists():
        raise CorpusError(
            f"{path}: no such file or folder; give a folder of .txt files, "
            "one .txt file, or a .csv file with a 'text' column."
        )
    if path.is_dir():
        records = _read_folder(path)
    elif path.suffix.lower() == ".csv":
        records = _read_csv(path)
    else:
        records = [read_article(path)]
    _check_unique_ids(records)
    for record in records:
        record.pop("_where", None)
    corpus = pd.DataFrame.from_records(records)
    extra = [c for c in corpus.columns if c not in COLUMNS]
    corpus = corpus[COLUMNS + extra]
    return corpus.sort_values("article_id", kind="stable").reset_index(drop=True)


def require_columns(table, columns, *, what: str = "corpus") -> None:
    """Check that ``table`` is a DataFrame with ``columns``, or say what is wrong.

    Every function that takes a table calls this first, so a student who
    passes the wrong thing reads what to do instead of a ``KeyError``.

    Parameters
    ----------
    table : object
        What the caller was given.
    columns : list of str
        The columns it needs.
    what : str
        What the table is, for the message (``"corpus"``, ``"quotes"`` ...).

    Raises
    ------
    CorpusError
        When ``table`` is not a DataFrame or lacks a column; the message names
        the missing columns and the ones found.

    Examples
    --------
    >>> import pandas as pd
    >>> require_columns(pd.DataFrame({"text": ["Pay rose."]}), ["article_id", "text"])
    Traceback (most recent call last):
    ...
    samestory.errors.CorpusError: corpus: no column 'article_id' (columns found: text); give a table with article_id, text, such as samestory.load_corpus() returns.
    """
    if not isinstance(table, pd.DataFrame):
        raise CorpusError(
            f"{what}: expected a DataFrame, got {type(table).__name__}; "
            "load articles with samestory.load_corpus()."
        )
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise CorpusError(
            f"{what}: no column {', '.join(map(repr, missing))} (columns found: "
            f"{', '.join(map(str, table.columns)) or 'none'}); "
            f"give a table with {', '.join(columns)}, such as samestory.load_corpus() returns."
        )


def read_article(path: str | Path) -> dict:
    """Read one article file (header optional) into a dict of fields.

    Parameters
    ----------
    path : str or Path
        A UTF-8 text file, as described in the module docstring.

    Returns
    -------
    dict
        The fields of ``COLUMNS``, ``text`` exactly as stored.

    Raises
    ------
    CorpusError
        As for ``load_corpus``.

    Examples
    --------
    >>> from samestory._paths import ARTICLES_DIR
    >>> article = read_article(ARTICLES_DIR / "kent.txt")
    >>> article["outlet"], article["text"][:18]
    ('KentOnline', 'More on KentOnline')
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise CorpusError(f"{path}: cannot be read ({err.strerror}); check the file's permissions.") from None
    text = decode_text(data, name=str(path))
    return parse_article(text, name=str(path))


def parse_article(raw: str, *, name: str = "<text>") -> dict:
    """Split decoded article text into header fields and the exact article text.

    Parameters
    ----------
    raw : str
        File contents, already decoded and with ``\\n`` line endings.
    name : str
        The file name to use in error messages; its stem is the fallback
        ``article_id`` and ``outlet``.

    Returns
    -------
    dict
        The fields of ``COLUMNS``.

    Raises
    ------
    CorpusError
        When the header is not closed, a header line is not ``field: value``,
        a field is unknown or repeated, the date is not ``YYYY-MM-DD``, or
        there is no article text.

    Examples
    --------
    >>> article = parse_article("---\\noutlet: Daily Example\\n---\\nPay rose.\\n", name="ex.txt")
    >>> article["article_id"], article["outlet"], article["text"]
    ('ex', 'Daily Example', 'Pay rose.\\n')
    >>> parse_article("Pay rose.", name="bare.txt")["outlet"]
    'bare'
    """
    stem = Path(name).stem
    header, text = _split_header(raw, name)
    if not text.strip():
        where = "after its header" if header else "at all"
        raise CorpusError(f"{name}: has no article text {where}; paste the article text into the file.")
    record = {field: "" for field in COLUMNS}
    record.update({"article_id": stem, "outlet": stem, "file": Path(name).name})
    record.update({key: value for key, value in header.items() if value})
    record["text"] = text
    return record


def decode_text(data: bytes, *, name: str = "<bytes>") -> str:
    """Decode file bytes as UTF-8 text with ``\\n`` line endings.

    A byte-order mark is dropped. A file that is not UTF-8 but reads as
    Windows-1252 (which includes Latin-1's letters) is decoded with a
    ``CorpusWarning`` that names it.

    Parameters
    ----------
    data : bytes
        The file's contents.
    name : str
        The file name to use in messages.

    Returns
    -------
    str
        The decoded text.

    Raises
    ------
    CorpusError
        When the file is empty, contains NUL bytes or other control
        characters (a binary or UTF-16 file), or decodes as neither UTF-8
        nor Windows-1252.

    Examples
    --------
    >>> decode_text("\\ufeffPay rose.\\r\\nIt fell.".encode("utf-8"))
    'Pay rose.\\nIt fell.'
    """
    if not data.strip():
        raise CorpusError(f"{name}: the file is empty; put the article text in it or remove the file.")
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise CorpusError(
            f"{name} line {line}: contains NUL bytes, so it is a binary file or saved as UTF-16; "
            "save the article as plain UTF-8 text (.txt)."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise CorpusError(
                f"{name} line {line}: byte {data[err.start]:#04x} is not UTF-8 text; "
                "open the file in a text editor and save it with the UTF-8 encoding."
            ) from None
        warnings.warn(
            f"{name} line {line}: not UTF-8, read as Windows-1252 (Latin-1); check that characters "
            "such as £ and quotation marks look right, then save the file as UTF-8.",
            CorpusWarning,
            stacklevel=3,
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for offset, char in enumerate(text):
        if char not in _ALLOWED_CONTROL and unicodedata.category(char) == "Cc":
            line = text.count("\n", 0, offset) + 1
            raise CorpusError(
                f"{name} line {line}: contains the control character {char!r}, so it is not plain text; "
                "save the article as plain UTF-8 text (.txt)."
            )
    return text


def read_csv_rows(path: str | Path, required, *, what: str = "table", exact=(), complete=()) -> list[tuple[int, dict]]:
    """Read a CSV file into rows, each with the line it ends on, or say what is wrong.

    Every table the pack reads (articles, speaker groups, prisons, coding
    sheets) goes through here, so all give the same clear errors.

    Parameters
    ----------
    path : str or Path
        A CSV file, UTF-8 (read as ``decode_text`` does).
    required : list of str
        Columns the header must have.
    what : str
        What the table is, for messages ("coding sheet" ...).
    exact : tuple of str
        Columns whose cells are kept exactly; all others are stripped of
        surrounding white space.
    complete : tuple of str
        Columns whose cell every row must have, even if empty (a row cut
        short before them is an error, not an empty cell).

    Returns
    -------
    list of (int, dict)
        ``(line, {column: cell})`` per row; ``line`` is the file line the row
        ends on (a quoted cell may span lines).

    Raises
    ------
    CorpusError
        When the file is missing or not text, a required column is missing, a
        row has more cells than the header, or the quoting is broken; the
        message gives the file and line.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "groups.csv"
    >>> _ = path.write_text("speaker,group\\nAnn Roe , union\\n", encoding="utf-8")
    >>> read_csv_rows(path, ["speaker", "group"])
    [(2, {'speaker': 'Ann Roe', 'group': 'union'})]
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(f"{path}: no such file; check the path to the {what}.") from None
    except IsADirectoryError:
        raise CorpusError(f"{path}: is a folder, not a file; give the path to the {what}'s CSV file.") from None
    except OSError as err:
        raise CorpusError(f"{path}: cannot be read ({err.strerror}); check the file's permissions.") from None
    if not data.strip():
        raise CorpusError(f"{path}: the file is empty; the {what} needs at least a header line: {','.join(required)}.")
    reader = csv.DictReader(io.StringIO(decode_text(data, name=str(path))))
    columns = [c.strip() for c in (reader.fieldnames or [])]
    missing = [c for c in required if c not in columns]
    if missing:
        raise CorpusError(
            f"{path} line 1: no column {', '.join(map(repr, missing))} (columns found: "
            f"{', '.join(columns) or 'none'}); the {what}'s header needs {', '.join(required)}."
        )
    reader.fieldnames = columns
    rows = []
    try:
        for row in reader:
            if None in row:
                raise CorpusError(
                    f"{path} line {reader.line_num}: more cells than the header has columns; "
                    "put a cell that contains a comma in double quotes."
                )
            short = [key for key in complete if row.get(key) is None]
            if short:
                raise CorpusError(
                    f"{path} line {reader.line_num}: the row stops before column {short[0]!r}; "
                    "finish the row (an empty cell needs its comma)."
                )
            cells = {key: (value or "") if key in exact else (value or "").strip() for key, value in row.items()}
            rows.append((reader.line_num, cells))
    except csv.Error as err:
        raise CorpusError(f"{path} line {reader.line_num}: not valid CSV ({err}); check the quoting on that line.") from None
    return rows


def _read_folder(folder: Path) -> list[dict]:
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
    if not files:
        others = sorted(p.name for p in folder.iterdir() if p.suffix.lower() == ".csv")
        hint = f" (for a CSV, pass the file itself, e.g. {folder / others[0]})" if others else ""
        raise CorpusError(f"{folder}: the folder has no .txt files; put one article per .txt file in it{hint}.")
    return [read_article(p) for p in files]


def _split_header(raw: str, name: str) -> tuple[dict, str]:
    if not raw.startswith(HEADER_FENCE + "\n"):
        return {}, raw
    lines = raw.split("\n")
    try:
        close = lines.index(HEADER_FENCE, 1)
    except ValueError:
        raise CorpusError(
            f"{name} line 1: the header opens with '---' but is never closed; "
            "add a line '---' after the last 'field: value' line."
        ) from None
    header = {}
    for number, line in enumerate(lines[1:close], start=2):
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        key = key.strip().lower()
        if not colon or not key:
            raise CorpusError(
                f"{name} line {number}: header line {line!r} is not 'field: value'; "
                f"write it like 'outlet: KentOnline' (fields: {', '.join(HEADER_FIELDS)})."
            )
        if key not in HEADER_FIELDS:
            raise CorpusError(
                f"{name} line {number}: unknown header field {key!r}; use one of {', '.join(HEADER_FIELDS)}."
            )
        if key in header:
            raise CorpusError(f"{name} line {number}: header field {key!r} is given twice; keep one.")
        header[key] = _check_field(key, value.strip(), where=f"{name} line {number}")
    text = "\n".join(lines[close + 1 :])
    return header, text


def _check_field(key: str, value: str, *, where: str) -> str:
    if key == "date" and value:
        try:
            ok = bool(_ISO_DATE.fullmatch(value)) and bool(datetime.date.fromisoformat(value))
        except ValueError:
            ok = False
        if not ok:
            raise CorpusError(
                f"{where}: header field 'date' is {value!r}; write it as YYYY-MM-DD, e.g. 2018-09-14."
            )
    if key == "article_id" and not re.fullmatch(r"[\w.-]+", value):
        raise CorpusError(
            f"{where}: header field 'article_id' is {value!r}; use letters, digits, '-', '_' or '.', no spaces."
        )
    return value


def _read_csv(path: Path) -> list[dict]:
    rows = read_csv_rows(path, ["text"], what="article table", exact=("text",))
    if not rows:
        raise CorpusError(f"{path}: the CSV has a header line but no rows; add one row per article.")
    return [_csv_record(row, number, line, path) for number, (line, row) in enumerate(rows, start=1)]


def _csv_record(row: dict, row_number: int, line: int, path: Path) -> dict:
    text = row["text"]
    if not text.strip():
        raise CorpusError(f"{path} line {line}: row {row_number} has an empty 'text' cell; fill it or delete the row.")
    record = {field: "" for field in COLUMNS}
    record.update({"article_id": f"{path.stem}_{row_number:03d}", "outlet": path.stem, "file": path.name})
    where = f"{path} line {line}"
    for key, value in row.items():
        if key == "text":
            continue
        if value:
            record[key] = _check_field(key, value, where=where) if key in HEADER_FIELDS else value
    record["text"] = text
    record["_where"] = f"{path.name} line {line}"
    return record


def _check_unique_ids(records: list[dict]) -> None:
    seen = {}
    for record in records:
        article_id, where = record["article_id"], record.get("_where", record["file"])
        if article_id in seen:
            raise CorpusError(
                f"{where}: article_id {article_id!r} is also used by {seen[article_id]}; "
                "give each article its own article_id (header field, CSV column or file name)."
            )
        seen[article_id] = where
