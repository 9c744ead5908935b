"""Is a first name mostly a woman's or a man's? The last resort for "he" and "she".

When an article names two people and then writes ``she said``, the rules
first look for what the text itself says: a title (``Mrs``), a gendered role
(``spokeswoman``), a pronoun after the only person named. Only when the text
says nothing does the first name count, read from ``data/first_names.csv``:
how many girls and boys were given that name at birth in the UK (1996-2011)
and in the USA (1880-2011), from the birth registers as the Global Name Data
project collected them (see ``data/first_names.md``).

A name counts as a woman's when, in one of the two countries, at least
``MIN_BIRTHS`` babies had it and girls outnumbered boys ``CLEAR_RATIO`` to
one or more, and in neither country (with ``MIN_BIRTHS``) did boys outnumber
girls; the same the other way round. ``Kim``, ``Jean``, ``Robin`` and
``Ashley`` (a boy's name in the UK, a girl's in the USA) count as neither,
and so does any name the table does not have.

The rules ask it in four places, always after the text:

- ``samestory.pronouns`` chooses between the people a ``he`` or ``she`` may
  mean, when someone's name (or the text) fits the pronoun: ``Mary Holt met
  Tom Price. "...," she said`` is Mary Holt. Otherwise a first name that does
  not fit decides nothing, for the table is wrong about many people from
  elsewhere (``Coach Andrea Pirlo ... he said`` stays Pirlo; in ``President
  Park Geun-hye urged Kim Jong Un ... she said`` Park is a family name, which
  the US register has as a boy's name), with one exception: of two people
  named together (``Kim Fitzgerald and Declan Rowe ... she said``), the one
  whose name does not rule them out is meant.
- a ``she`` after a person is not taken as that person's gender when a woman
  by her first name was named just before (``Joanne Birkett ... Ian
  Threlkeld said she had turned the school around``).
- ``Mrs`` or ``Mr`` chooses between two people who share a surname
  (``article_names.fullest_name``).
- a job opening a sentence before a name (``Auctioneer Gordon Metcalfe``) is
  left out of the name when no baby was given it and the next word is a clear
  first name; a word
  for an adherent (``Rastafarian Feniya Mbewe``) whatever follows it
  (``job_opens_name``).
"""

from functools import lru_cache
from pathlib import Path
import re
import unicodedata

from samestory._paths import DATA_DIR
from samestory.errors import CorpusError
from samestory.names import is_title, org_name
from samestory.speaker_words import ROLE_WORDS

FIRST_NAMES_PATH = DATA_DIR / "first_names.csv"
COUNT_COLUMNS = ("uk_female", "uk_male", "us_female", "us_male")
MIN_BIRTHS = 200  # fewer births than this in a country say nothing about the name there
CLEAR_RATIO = 10  # girls ten times as many as boys (or the other way round) in at least one country


def first_name_genders(path: str | Path | None = None) -> dict:
    """Read the first-name table into ``{lower-case first name: "f" or "m"}``, clear names only.

    The rules always use the pack's own ``data/first_names.csv`` (read once
    per process, see ``first_name_gender``); call this to check that table
    after an edit, or to look at another file. Each call reads the file again.

    Parameters
    ----------
    path : str or Path, optional
        A UTF-8 CSV with the columns ``first_name``, ``uk_female``,
        ``uk_male``, ``us_female`` and ``us_male`` (births, whole numbers);
        default the pack's ``data/first_names.csv``. A lecturer may add rows
        for names their articles have.

    Returns
    -------
    dict
        Only the names the rule in this module's docstring calls clear.

    Raises
    ------
    CorpusError
        When the file is missing, a column is missing, a name is empty or
        listed twice, or a count is not a whole number of 0 or more; the
        message gives the line and column.

    Examples
    --------
    >>> genders = first_name_genders()
    >>> genders["mary"], genders["james"], genders["aoife"], "kim" in genders
    ('f', 'm', 'f', False)
    """
    return _clear_names(_read_counts(path))


def _clear_names(counts: dict) -> dict:
    """``{name: "f" or "m"}`` for the names of a ``_read_counts`` table that ``name_gender`` calls clear."""
    genders = {}
    for name, (uk_female, uk_male, us_female, us_male) in counts.items():
        gender = name_gender([(uk_female, uk_male), (us_female, us_male)])
        if gender:
            genders[name] = gender
    return genders


def _read_counts(path: str | Path | None) -> dict:
    """``{lower-case first name: (uk_female, uk_male, us_female, us_male)}`` from a table, checked as ``first_name_genders`` says."""
    from samestory.corpus import read_csv_rows  # (here, so that corpus may one day import the rules without a cycle)

    path = FIRST_NAMES_PATH if path is None else Path(path)
    counts, seen = {}, {}
    columns = ["first_name", *COUNT_COLUMNS]
    for line, row in read_csv_rows(path, columns, what="first-name table", complete=COUNT_COLUMNS):
        written = (row.get("first_name") or "").strip()
        name = written.lower()
        if not name:
            raise CorpusError(f"{path} line {line}: column 'first_name' is empty; write the name or delete the row.")
        if name in seen:
            raise CorpusError(
                f"{path} line {line}: column 'first_name' is {written!r}, the same name as on line {seen[name]} "
                "(case is ignored); delete one of the two rows."
            )
        seen[name] = line
        counts[name] = tuple(_births(path, line, row, column) for column in COUNT_COLUMNS)
    return counts


def name_gender(counts: list) -> str:
    """Decide a name's gender from ``(girls, boys)`` births in each country: ``"f"``, ``"m"`` or ``""`` (the rule above).

    Examples
    --------
    >>> name_gender([(8575, 0), (7733, 0)]), name_gender([(2395, 11253), (827154, 15458)])
    ('f', '')
    >>> name_gender([(4461, 21), (4850, 2618)]), name_gender([(30, 0), (0, 0)])
    ('f', '')
    """
    counted = [(girls, boys) for girls, boys in counts if girls + boys >= MIN_BIRTHS]
    if any(girls >= CLEAR_RATIO * boys for girls, boys in counted) and all(girls >= boys for girls, boys in counted):
        return "f"
    if any(boys >= CLEAR_RATIO * girls for girls, boys in counted) and all(boys >= girls for girls, boys in counted):
        return "m"
    return ""


@lru_cache(maxsize=8192)
def first_name_gender(name: str) -> str:
    """Tell what the first word of one person's name says of them: ``"f"``, ``"m"`` or ``""``.

    Only a name of two words or more, capitalised at both ends, has a first
    name (``Smith`` alone has none, nor has ``NISA spokesperson``), and not
    one that opens with a title, is an organisation's (``General Assembly``,
    ``Hope Not Hate``) or names two people (``Neil and Tracey Harding``).
    Accents are read as the plain letters when the name with them is not a
    clear one (``Seán`` as ``Sean``), and a hyphenated first name by its
    first part when the whole is not. The pack's table is read once per
    process: restart the kernel after editing it.

    Examples
    --------
    >>> first_name_gender("Mary Holt"), first_name_gender("Tom Price"), first_name_gender("Kim Jong Un")
    ('f', 'm', '')
    >>> first_name_gender("Holt"), first_name_gender("Seán Cronin"), first_name_gender("Mary-Kate Olsen")
    ('', 'm', 'f')
    >>> first_name_gender("General Assembly"), first_name_gender("Hope Not Hate"), first_name_gender("Grace Lee")
    ('', '', 'f')
    >>> first_name_gender("Neil and Tracey Harding")
    ''
    """
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in (words[0], words[-1])) or words[0].isupper():
        return ""  # (a description, "NISA spokesperson", has no first name)
    if "and" in words or "&" in words or "," in name:
        return ""  # (two people: "Neil and Tracey Harding")
    if is_title(words[0]) or org_name(words):
        return ""  # ("General Assembly", "Hope Not Hate": a title or a body, though General and Hope are given names)
    genders = _pack_genders()
    first = words[0].lower()
    plain = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
    for spelling in (first, plain, first.split("-")[0], plain.split("-")[0]):
        if spelling in genders:
            return genders[spelling]
    return ""


@lru_cache(maxsize=1)
def _pack_counts() -> dict:
    """The pack's own table's counts, read once per process."""
    return _read_counts(None)


@lru_cache(maxsize=1)
def _pack_genders() -> dict:
    """The clear names of the pack's own table (``first_name_gender`` asks it for every candidate)."""
    return _clear_names(_pack_counts())


# The shape of a word for someone by their work: "auctioneer", "surveyor", "florist", "electrician".
_JOB_SHAPE = re.compile(r"[a-z]+(?:er|or|ist|ian)")


def job_opens_name(words: list) -> bool:
    """Is the first of three or more capitalised words a job rather than a given name (``Auctioneer Gordon Metcalfe``)?

    The words must all be capitalised (a name, not ``Northgate General Hospital spokeswoman``); the
    first shaped like a word for someone by their work (``auctioneer``, ``surveyor``, or a role such as
    ``councilor``) and given to no baby in the two registers; the second a clear first name.
    A word for an adherent (``Rastafarian``, ``Libertarian``: ending in ``-arian``) needs no clear
    first name after it. So
    ``Jean Paul Gaultier``, ``Pieter Van den Broeck`` and ``Yasser Reda Said`` keep their first word
    (registered given names), and so do ``Hemant Kumar Sahoo`` and ``Nkosazana Clarice Dlamini`` (no
    job's shape).

    Examples
    --------
    >>> job_opens_name(["Auctioneer", "Gordon", "Metcalfe"]), job_opens_name(["Councilor", "Dana", "Pike"])
    (True, True)
    >>> job_opens_name(["Rastafarian", "Feniya", "Mbewe"])
    True
    >>> job_opens_name(["Pieter", "Van", "Broeck"]), job_opens_name(["Hemant", "Kumar", "Sahoo"])
    (False, False)
    """
    if len(words) < 3 or not all(w[:1].isupper() for w in words) or not all(w.isalpha() and not w.isupper() for w in words[:2]):
        return False
    first = words[0].lower()
    shaped = first in ROLE_WORDS or bool(_JOB_SHAPE.fullmatch(first))
    clear = words[1].lower() in _pack_genders()
    believer = first.endswith("arian")  # "Rastafarian Feniya Mbewe": an adherent's word, whatever the name after it
    return (shaped and clear or believer) and first not in _pack_counts() and not is_title(words[0])


def _births(path: Path, line: int, row: dict, column: str) -> int:
    """The whole number in ``column``, or a CorpusError naming the line."""
    cell = (row.get(column) or "").strip()
    if not (cell.isascii() and cell.isdigit()):
        raise CorpusError(
            f"{path} line {line}: column {column!r} is {cell!r}; write the number of births in digits only, "
            "0 or more (1200, not 1,200)."
        )
    return int(cell)
