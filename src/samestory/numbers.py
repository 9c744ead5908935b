"""Find the figures an article cites: what each is worth, who cites it, where outlets differ.

Which numbers does each outlet use, and do they agree? ``extract_numbers``
finds every figure in a text (digits, money, times, dates, years, number
words, percentages, multipliers such as "doubled") and reads its value;
``numbers_in`` does it for a whole corpus and says what each figure measures;
``compare_figures`` lines the same fact up across outlets.

Why not a library? We tried the obvious ones on the three articles. quantulum3
reads "2:00 pm" as 2 plus 0 picometres and "£40m" as 40 pound-metres;
number-parser turns "no-one" into "no-1" and does not know "a dozen" or
"thousands"; dateparser reads the verb "may" as a date and needs more than a
second for a sentence. None of them gives character offsets. So the grammar
is ours, small and in this file: one regular expression finds the candidate
(``FIGURE_PATTERN``), and a short function per kind reads its value. Every
rule is written for news copy in general, never for one article.

Every figure keeps ``start`` and ``end``, offsets into the exact text, so
``text[start:end]`` gives it back.
"""

import calendar
import datetime
import math
import re

import pandas as pd

from samestory.corpus import require_columns
from samestory.tokens import SENTENCE_END

COLUMNS = [
    "start",
    "end",
    "surface",
    "value",
    "unit",
    "kind",
    "normalized",
    "qualifier",
    "context",
    "context_start",
    "context_end",
    "attributed_to",
    "inside_quote",
]
KINDS = ("money", "count", "time_of_day", "date", "year", "duration", "percent", "rate", "multiplier")
NARRATION = "narration"

# --- Words -----------------------------------------------------------------
UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Written after digits: "£40m", "£3.5bn", "40k".
SCALE_SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}
MULTIPLIERS = {
    "doubled": 2, "doubling": 2, "tripled": 3, "trebled": 3, "tripling": 3, "quadrupled": 4,
    "halved": 0.5, "halving": 0.5,
}
CURRENCIES = {"£": "GBP", "$": "USD", "US$": "USD", "€": "EUR"}
CURRENCY_WORDS = {"pounds": "GBP", "dollars": "USD", "euros": "EUR"}
# Abbreviated units: the figure's span leaves them out ("75" in "75 ft").
MEASURE_UNITS = {
    "ft": "feet", "m": "metres", "km": "kilometres", "cm": "centimetres", "mm": "millimetres",
    "mi": "miles", "kg": "kilograms", "lb": "pounds (weight)", "lbs": "pounds (weight)",
    "mph": "miles per hour", "kph": "kilometres per hour", "km2": "square kilometres",
    "m2": "square metres", "ha": "hectares",
}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades", "centuries"}
RATE_PERIODS = "day|night|week|month|year|hour|minute|annum|morning|shift"
MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name: number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["Sept"] = 9
WEEKDAYS = list(calendar.day_name)
ZONES = {"UTC": "Z", "GMT": "Z", "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00",
         "EST": "-05:00", "EDT": "-04:00", "PST": "-08:00", "PDT": "-07:00"}
# Words before a figure that qualify it, longest first. The first group
# qualifies an amount, the second a point in time (and "by" only then).
AMOUNT_QUALIFIERS = (
    "more than", "fewer than", "less than", "as many as", "as much as", "as few as", "at least", "at most",
    "up to", "just over", "just under", "well over", "an estimated", "estimated", "approximately",
    "roughly", "about", "around", "nearly", "almost", "over", "under", "some", "all but", "circa", "~",
)
TIME_QUALIFIERS = ("as of", "up to", "by", "since", "from", "until", "till", "after", "before", "around", "about")
# Words that are never the noun a figure counts, and end the search for it.
STOP_WORDS = frozenset(
    """a an the and or but nor of to in on at by for from with over under into onto per every each who
    whom which that had have has having were was are is be been being will would could should may might
    must can did do does than as it they he she we you i this these those their its his her our my your
    whose when where while after before since until across about around all some more most less not no
    also said says told just only even still again there here then so if because though although
    very too already up down out off away back such other another own same both either neither""".split()
)
# Plural nouns that do not end in "s".
IRREGULAR_PLURALS = frozenset("people men women children staff police personnel cattle feet teeth data media".split())
NOT_PLURAL = frozenset("this thus always perhaps sometimes across towards besides unless news series species".split())
# Words after a hyphen that are not what the figure counts: "a 50-strong crowd".
NOT_UNITS = frozenset("strong odd plus something fold".split())
IRREGULAR_SINGULARS = {"person": "people", "man": "men", "woman": "women", "child": "children", "foot": "feet"}
# Words before digits that make them part of a name or identifier:
# "page 3", "resolution 2259", "Act of 1867".
IDENTIFIER_WORDS = frozenset(
    """article section clause chapter page paragraph number no nos resolution route room flat platform gate
    version tier level category grade phase stage channel season series episode verse line rule schedule
    figure table item question amendment""".split()
)
LEGAL_TITLES = "Act|Acts|Bill|Treaty|Convention|Directive|Regulation|Regulations|Order|Statute|Charter|Code"
STREET_WORDS = "Street|St|Road|Rd|Avenue|Lane|Square|Place|Terrace|Drive|Way|Close|Crescent|Row|Gardens"
# Words that may stand just before a hyphen and a number: "mid-1990s".
HYPHEN_PREFIXES = frozenset("mid pre post early late".split())
# Function words that may open a sentence before a figure without making it a name.
FUNCTION_WORDS = STOP_WORDS | {w.split()[-1] for w in AMOUNT_QUALIFIERS + TIME_QUALIFIERS} | {
    "only", "nearly", "almost", "roughly", "approximately", "exactly", "precisely", "another", "last",
    "next", "first", "between", "among", "within", "during", "through", "throughout", "against", "toward",
    "via", "including", "excluding", "like", "unlike", "both", "what", "why", "how", "yet",
    # adverbs that open a sentence: "Now 210 nurses work here."
    "now", "today", "yesterday", "tonight", "currently", "already", "overall", "altogether", "still",
    "perhaps", "however", "meanwhile", "since", "then", "there", "here",
}

# --- The pattern -------------------------------------------------------------


def _one_of(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_NUMBER_WORD = _one_of(list(UNITS) + list(TEENS) + list(TENS) + ["hundred", "dozen"] + list(SCALES))
_MONTH = _one_of(MONTHS)
_WEEKDAY = _one_of(WEEKDAYS)
_ORDINAL = r"(?:st|nd|rd|th)"
# The words a figure can start with ("twenty", "a dozen", "the 14th of
# September", "thousands", "US$"); any other figure starts with a digit, a
# currency sign, "~" or an apostrophe ("’90s").
_STARTING_WORDS = [*UNITS, *TEENS, *TENS, *SCALES, *MULTIPLIERS, *MONTHS, *WEEKDAYS,
                   "a", "an", "the", "hundred", "hundreds", "dozen", "dozens", "tens", "scores", "US",
                   "thousands", "millions", "billions"]
_STARTING_LOWER = frozenset(word.lower() for word in _STARTING_WORDS)
_FIRST_CHARS = "".join(sorted({w[0].lower() for w in _STARTING_WORDS} | {w[0].upper() for w in _STARTING_WORDS}))
# One alternative per way of writing a figure, tried in this order at each
# position; the first that matches wins.
FIGURE_PATTERN = re.compile(
    rf"""
    (?<![A-Za-z0-9])(?=[0-9£$€~'’{_FIRST_CHARS}])  # checked first, to keep the search fast
    (?:
    (?P<time_ampm>\b\d{{1,2}}(?:[:.]\d{{2}})?\s?(?i:[ap]\.\s?m\.|[ap]m)(?![A-Za-z]))
  | (?P<time_part>\b\d{{1,2}}(?::\d{{2}})?(?:\s+o['’]clock)?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))
  | (?P<time_zone>\b(?:\d{{1,2}}:\d{{2}}|\d{{4}})\s?(?:{_one_of(ZONES)})\b)
  | (?P<time_oclock>\b\d{{1,2}}\s?o['’]clock\b)
  | (?P<time_24h>\b\d{{1,2}}:\d{{2}}\b)
  | (?P<date_dmy>\b(?:(?:{_WEEKDAY}),?\s+)?(?:the\s+)?\d{{1,2}}{_ORDINAL}?\s+(?:of\s+)?(?:{_MONTH})\b\.?(?:,?\s+\d{{4}}\b(?![-/]\d))?)
  | (?P<date_mdy>\b(?:(?:{_WEEKDAY}),?\s+)?(?:{_MONTH})\.?\s+\d{{1,2}}{_ORDINAL}?\b(?![:.,]\d)(?:,?\s+\d{{4}}\b(?![-/]\d))?)
  | (?P<date_my>\b(?:{_MONTH})\.?,?\s+\d{{4}}\b(?![-/]\d))
  | (?P<date_numeric>\b\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b)
  | (?P<decade>\b(?:1[5-9]|20)\d0s\b|(?<!\w)['’]\d0s\b)
  | (?P<money>(?:US\$|[£$€])\s?\d+(?:[.,]\d+)*)
  | (?P<fraction>(?i:\b(?:{_one_of(UNITS)})[\s-]+(?:{_one_of(FRACTIONS)})\b))
  | (?P<vague>(?i:\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|dozens|scores(?=\s+of\b)|hundreds|thousands|millions|billions)\b))
  | (?P<multiplier>(?i:\b(?:{_one_of(MULTIPLIERS)})\b))
  | (?P<words>(?i:(?:\ban?[\s-]+(?=(?:hundred|dozen|{_one_of(SCALES)})\b))?\b(?:{_NUMBER_WORD})\b
        (?:(?:[\s-]+and[\s-]+an?[\s-]+half|[\s-]+and[\s-]+(?={_NUMBER_WORD})|[\s-]+)(?:{_NUMBER_WORD})\b|[\s-]+and[\s-]+an?[\s-]+half\b)*))
  | (?P<digits>(?<![\w.,])\d+(?:[.,]\d+)*)
    )
    """,
    re.VERBOSE,
)
# Where a figure may start: every digit or sign, and every run of letters.
_CANDIDATE = re.compile(r"[A-Za-z]+|[0-9£$€~'’]")


def _figure_matches(text: str):
    """The matches of ``FIGURE_PATTERN`` in ``text``, as ``FIGURE_PATTERN.finditer`` gives them.

    Only faster: trying the whole pattern at every character is slow, so it
    is tried only where a figure can start, at a digit or sign or at a word
    in ``_STARTING_WORDS``, and never inside a figure already found.
    """
    end = 0
    for candidate in _CANDIDATE.finditer(text):
        start, word = candidate.start(), candidate.group()
        if start < end or (word[0].isalpha() and word.lower() not in _STARTING_LOWER):
            continue
        match = FIGURE_PATTERN.match(text, start)
        if match:
            end = match.end()
            yield match


# Anchored look-aheads, matched at the end of a figure.
_SCALE_AFTER = re.compile(r"(?:\s+(?P<word>hundred|thousand|million|billion|trillion)\b|(?P<suffix>bn|mn|m|k)\b)", re.I)
_SPACED_SUFFIX = re.compile(r"\s(?P<suffix>bn|m)\b")
_PERCENT_AFTER = re.compile(r"\s?%|\s*per\s?cent\b|\s+percent\b", re.I)
_GLUED = re.compile(r"[A-Za-z]+\d?")
_SPACED_MEASURE = re.compile(rf"\s(?P<unit>{_one_of(MEASURE_UNITS)})\b(?!['’])")
_HYPHEN_UNIT = re.compile(r"-(?:and-a-half-)?(?P<word>[a-z]+)(?P<old>-old)?\b")
_RATE_AFTER = re.compile(rf"\s+(?:a|an|per|every|each)\s+(?:{RATE_PERIODS})\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z]|[^\sA-Za-z]")
_QUALIFIER_BEFORE = {
    kind: re.compile(rf"(?i)(?:^|(?<=[\s(\[\"“‘—–-]))(?P<q>{_one_of(words)})\s*(?P<the>the\s+)?$")
    for kind, words in (("amount", AMOUNT_QUALIFIERS), ("time", TIME_QUALIFIERS))
}
_NAME_BEFORE = re.compile(r"(?:^|[\s(])(?P<word>[A-Z][\w’'.-]*)\s$")
# A capitalised word (maybe with "of") just before a capitalised number word, in mid-sentence.
_NAME_BEFORE_WORD = re.compile(r"[a-z,;]\s+(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*(?:\s+of)?\s+$")
_SCORE_AFTER = re.compile(r"[–—]\d")
_LEGAL_BEFORE = re.compile(rf"\b(?:{LEGAL_TITLES})\s+of\s+$")
_STREET_AFTER = re.compile(rf"\s+[A-Z][a-z]+\s+(?:{STREET_WORDS})\b")
_AGE_BEFORE = re.compile(r"(?:[A-Z][\w’'-]+,\s*|[A-Z][\w’'-]+\s\(|\baged\s+)$")
_AGE_AFTER = re.compile(r"[,)]")


# --- Public functions ----------------------------------------------------------


def extract_numbers(text: str, *, year: int | None = None, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Find the figures a text cites, with their value, unit and who cites them.

    Parameters
    ----------
    text : str
        The exact article text.
    year : int, optional
        The year to give dates written without one ("Friday, September 14").
        Without it such a date is normalized as ``--09-14`` (ISO 8601 for a
        month and day with no year).
    quotes : DataFrame, optional
        The text's quotations, with ``start``, ``end`` and ``speaker``, as
        ``samestory.quotes.extract_quotes`` returns them. Default: found with
        ``extract_quotes`` when the ``samestory.quotes`` module is there;
        pass an empty table to skip attribution.

    Returns
    -------
    DataFrame
        One row per figure, in text order:

        - ``start``, ``end``: offsets into ``text``; ``surface`` is
          ``text[start:end]``, the shortest expression that gives the figure
          ("£40m", "7:00 am", "eight", "Friday, September 14"), without the
          unit noun after it or a qualifier before it;
        - ``value``: the number as a float (40000000.0 for "£40m", 14.0 for
          "2:00 pm", 8.0 for "eight", 2.0 for "doubled", 66.67 for
          "two-thirds"); NaN for dates, decades, vague magnitudes
          ("thousands") and anything malformed ("1,00,000", "12:75 pm");
        - ``unit``: a currency code (``GBP``), ``percent``, ``time``,
          ``date``, ``year``, or the plural noun the figure counts
          (``officers``, ``years``); ``""`` when none follows;
        - ``kind``: one of ``money``, ``count``, ``time_of_day``, ``date``,
          ``year``, ``duration``, ``percent``, ``rate``, ``multiplier``;
        - ``normalized``: ISO 8601 for times (``T13:00``, ``T10:00Z``), dates
          (``2018-09-14``, ``2023-03``), years (``1990``) and decades
          (``197``); ``""`` otherwise or when unsure;
        - ``qualifier``: the qualifying words before it, lower-cased
          ("more than", "roughly", "by", "as of"), ``unspecified`` for a vague
          magnitude, else ``""``;
        - ``context``, ``context_start``, ``context_end``: the phrase around
          the figure (qualifier, figure, what it counts) and its offsets:
          "roughly 86,400 places", "25 officers every day";
        - ``attributed_to``: the speaker when the figure is inside their
          quotation or in reported speech ("the Ministry of Justice said it
          doubled ..."), else ``narration``;
        - ``inside_quote``: whether the figure is inside a quotation.

    Examples
    --------
    >>> figures = extract_numbers("Roughly 3,500 new officers joined at 7:00 am; it cost £40m.", quotes=None)
    >>> figures[["surface", "value", "unit", "kind", "normalized", "qualifier"]]  # doctest: +NORMALIZE_WHITESPACE
      surface       value      unit         kind normalized qualifier
    0   3,500      3500.0  officers        count              roughly
    1 7:00 am         7.0      time  time_of_day     T07:00
    2    £40m  40000000.0       GBP        money
    >>> figures["context"].tolist()
    ['Roughly 3,500 new officers', '7:00 am', '£40m']
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_numbers needs the article text as a str, not {type(text).__name__}.")
    figures = []
    for match in _figure_matches(text):
        reader = _READERS[match.lastgroup]
        figures.extend(reader(text, match, year))
    for figure in figures:
        _describe(text, figure)
    _attribute(text, figures, quotes)
    return _table(figures)


def numbers_in(corpus: pd.DataFrame, *, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Find the figures in every article of a corpus, and what each measures.

    Parameters
    ----------
    corpus : DataFrame
        With ``article_id``, ``outlet`` and ``text`` (``date`` as
        ``YYYY-MM-DD`` is used, when present, for dates written without a
        year), as ``samestory.load_corpus`` returns it.
    quotes : DataFrame, optional
        Quotations of the corpus with ``article_id``, ``start``, ``end`` and
        ``speaker`` (``samestory.quotes.quotes_in``). Default: found per
        article, as in ``extract_numbers``.

    Returns
    -------
    DataFrame
        ``article_id``, ``outlet``, the columns of ``extract_numbers``, and
        ``measure``: a short label of what the figure measures, made from the
        words around it ("start time", "end time", "new officers",
        "money: investing", "multiplier: prison sentence"), the same label
        for the same fact in different articles.

    Raises
    ------
    CorpusError
        When a column the function needs is missing.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["Daily A", "B News"],
    ...                        "text": ["It was called off at 1pm.", "The strike ended at 2pm."]})
    >>> numbers_in(corpus, quotes=pd.DataFrame())[["outlet", "surface", "value", "measure"]]
        outlet surface  value   measure
    0  Daily A     1pm   13.0  end time
    1   B News     2pm   14.0  end time
    """
    require_columns(corpus, ["article_id", "outlet", "text"], what="numbers_in")
    if quotes is not None and len(quotes):
        require_columns(quotes, ["article_id", "start", "end", "speaker"], what="numbers_in (quotes)")
    tables = []
    for article in corpus.itertuples(index=False):
        year = _year_of(getattr(article, "date", ""))
        article_quotes = None
        if quotes is not None:
            article_quotes = quotes[quotes["article_id"] == article.article_id] if len(quotes) else quotes
        table = extract_numbers(article.text, year=year, quotes=article_quotes)
        table["measure"] = [_measure(article.text, row) for row in table.itertuples(index=False)]
        table.insert(0, "outlet", article.outlet)
        table.insert(0, "article_id", article.article_id)
        tables.append(table)
    if not tables:
        return _table([]).assign(measure=pd.Series(dtype="str")).reindex(
            columns=["article_id", "outlet", *COLUMNS, "measure"]
        )
    return pd.concat(tables, ignore_index=True)


def compare_figures(corpus: pd.DataFrame, *, figures: pd.DataFrame | None = None) -> pd.DataFrame:
    """Line up the same fact across outlets and say whether their figures agree.

    Figures are lined up by their ``measure`` (see ``numbers_in``): the same
    kind of figure, counting the same thing or governed by the same words.
    Two figures agree when their values are within 1% of each other (or, for
    dates and vague figures, when their normalized forms or words are the
    same). When an outlet cites a measure twice, its first mention is used.

    Parameters
    ----------
    corpus : DataFrame
        With ``article_id``, ``outlet`` and ``text``.
    figures : DataFrame, optional
        The corpus's figures from ``numbers_in``, if already found.

    Returns
    -------
    DataFrame
        One row per measure, in order of first mention: ``measure``,
        ``kind``, ``unit``; then for each outlet, in corpus order,
        ``<outlet> surface`` (as written, ``""`` if the outlet does not cite
        it) and ``<outlet> value`` (NaN if not cited or no value); then
        ``outlets`` (how many outlets cite it) and ``status``: ``agree``,
        ``differs``, or ``only in <outlet>``.

    Raises
    ------
    CorpusError
        When a column the function needs is missing.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"],
    ...     "text": ["They invested £40 million. It was called off at 1pm.",
    ...              "They invested £40m. As of 2:00 pm the walkout was called off."]})
    >>> compare_figures(corpus)[["measure", "A surface", "B surface", "status"]]  # doctest: +NORMALIZE_WHITESPACE
                measure  A surface B surface   status
    0  money: invested  £40 million      £40m    agree
    1          end time         1pm   2:00 pm  differs
    """
    require_columns(corpus, ["article_id", "outlet", "text"], what="compare_figures")
    if figures is None:
        figures = numbers_in(corpus)
    outlets = list(dict.fromkeys(corpus["outlet"]))
    rows = {}
    for figure in figures.itertuples(index=False):
        key = _measure_key(figure.kind, figure.measure)
        row = rows.setdefault(key, {"measure": figure.measure, "kind": figure.kind, "unit": figure.unit, "cited": {}})
        row["cited"].setdefault(figure.outlet, figure)
        if not row["unit"]:
            row["unit"] = figure.unit
    records = []
    for row in rows.values():
        record = {"measure": row["measure"], "kind": row["kind"], "unit": row["unit"]}
        for outlet in outlets:
            figure = row["cited"].get(outlet)
            record[f"{outlet} surface"] = figure.surface if figure is not None else ""
            record[f"{outlet} value"] = figure.value if figure is not None else float("nan")
        cited = [row["cited"][o] for o in outlets if o in row["cited"]]
        record["outlets"] = len(cited)
        if len(cited) == 1:
            record["status"] = f"only in {next(o for o in outlets if o in row['cited'])}"
        else:
            record["status"] = "agree" if all(_same_figure(cited[0], other) for other in cited[1:]) else "differs"
        records.append(record)
    columns = ["measure", "kind", "unit"]
    columns += [f"{o} {part}" for o in outlets for part in ("surface", "value")] + ["outlets", "status"]
    return pd.DataFrame(records, columns=columns)


# --- Readers: one per alternative of FIGURE_PATTERN ---------------------------------
# Each takes (text, match, year) and returns a list of figure dicts with at
# least start, end, value, kind, unit, normalized; "counted" marks figures
# whose unit noun is still to be found after them.


def _figure(start, end, value, kind, unit="", normalized="", **extra) -> dict:
    figure = {"start": start, "end": end, "value": value, "kind": kind, "unit": unit, "normalized": normalized}
    figure.update(extra)
    return figure


def _read_time(text, match, year):
    """Read a time of day as decimal hours on the 24-hour clock; NaN when impossible ("12:75 pm")."""
    surface, kind = match.group(), match.lastgroup
    if re.match(r"\d{4}", surface):  # "1000 UTC"
        hour, minute = int(surface[:2]), int(surface[2:4])
    else:
        digits = re.match(r"(\d{1,2})(?:[:.](\d{2}))?", surface)
        hour, minute = int(digits.group(1)), int(digits.group(2) or 0)
    lower = surface.lower()
    if kind in ("time_ampm", "time_part", "time_oclock"):  # a 12-hour clock
        valid = 1 <= hour <= 12 and minute < 60
        if re.search(r"p\.?\s?m|afternoon|evening", lower) or ("night" in lower and 6 <= hour < 12):
            hour = hour % 12 + 12
        else:  # a.m., "in the morning", "2 at night", and "7 o'clock" read as morning
            hour = hour % 12
    else:
        valid = hour < 24 and minute < 60
    zone = re.search(rf"(?:{_one_of(ZONES)})$", surface)
    if not valid:
        return [_figure(match.start(), match.end(), float("nan"), "time_of_day", "time")]
    normalized = f"T{hour:02d}:{minute:02d}{ZONES[zone.group()] if zone else ''}"
    return [_figure(match.start(), match.end(), round(hour + minute / 60, 4), "time_of_day", "time", normalized)]


def _read_date(text, match, year):
    surface = match.group()
    month_name = re.search(rf"\b(?:{_MONTH})\b", surface)
    numbers = [int(n) for n in re.findall(r"\d+", surface)]
    if match.lastgroup == "date_numeric":
        if "-" in surface:
            found_year, month, day = numbers
        else:
            day, month, found_year = numbers
            found_year += 2000 if found_year < 100 else 0
    else:
        month = MONTHS[month_name.group()]
        found_year = next((n for n in numbers if n >= 1000), None)
        days = [n for n in numbers if n < 1000]
        day = days[0] if days else None
    day_year = found_year or year or 2000  # 2000 is a leap year: "February 29" stays valid
    try:
        if day is not None:
            datetime.date(day_year, month, day)
        elif not 1 <= month <= 12:
            raise ValueError
    except ValueError:
        return [_figure(match.start(), match.end(), float("nan"), "date", "date")]
    if day is None:
        normalized = f"{found_year:04d}-{month:02d}"
    elif found_year or year:
        normalized = f"{found_year or year:04d}-{month:02d}-{day:02d}"
    else:
        normalized = f"--{month:02d}-{day:02d}"
    return [_figure(match.start(), match.end(), float("nan"), "date", "date", normalized)]


def _read_decade(text, match, year):
    digits = re.search(r"\d+", match.group()).group()
    decade = digits[:3] if len(digits) == 4 else "19" + digits[0]
    return [_figure(match.start(), match.end(), float("nan"), "year", "year", decade)]


def _read_money(text, match, year):
    surface = match.group()
    currency = next(sign for sign in ("US$", "£", "$", "€") if surface.startswith(sign))
    number = re.search(r"\d+(?:[.,]\d+)*", surface).group()
    value = _digits_value(number)
    end = match.end()
    scale = _SCALE_AFTER.match(text, end) or _SPACED_SUFFIX.match(text, end)
    if scale:
        word = scale.groupdict().get("word")
        factor = 100 if word and word.lower() == "hundred" else (SCALES[word.lower()] if word else SCALE_SUFFIXES[scale.group("suffix").lower()])
        value, end = value * factor, scale.end()
    return [_figure(match.start(), end, _finite(value), "money", CURRENCIES[currency], counted=True)]


def _read_fraction(text, match, year):
    numerator, denominator = re.split(r"[\s-]+", match.group().lower())
    value = round(UNITS[numerator] / FRACTIONS[denominator] * 100, 2)
    return [_figure(match.start(), match.end(), value, "percent", "percent")]


def _read_vague(text, match, year):
    return [_figure(match.start(), match.end(), float("nan"), "count", qualifier="unspecified", counted=True)]


def _read_multiplier(text, match, year):
    return [_figure(match.start(), match.end(), float(MULTIPLIERS[match.group().lower()]), "multiplier")]


def _read_words(text, match, year):
    figures = []
    for start, end, value in _split_number_words(match):
        if _glued_left(text, start):
            continue
        surface = text[start:end].lower()
        if surface == "one" and not _one_is_a_count(text, start, end):
            continue
        if text[start].isupper() and _NAME_BEFORE_WORD.search(text, max(0, start - 40), start):
            continue  # "the Group of Seven", "Goody Two-Shoes": part of a name
        figure = _figure(start, end, float(value), "count", counted=True)
        figures.append(_amount(text, figure))
    return figures


def _read_digits(text, match, year):
    start, end, number = match.start(), match.end(), match.group()
    if _glued_left(text, start):
        return []
    value = _digits_value(number)
    glued = _GLUED.match(text, end)
    figure = _figure(start, end, value, "count", counted=True)
    if glued:
        suffix = glued.group()
        if suffix.lower() in SCALE_SUFFIXES and suffix.lower() != "m":
            figure.update(end=glued.end(), value=value * SCALE_SUFFIXES[suffix.lower()])
        elif suffix == "m":
            if _next_word_is_plural(text, glued.end()):
                figure.update(end=glued.end(), value=value * 1e6)
            else:
                figure.update(unit="metres", counted=False)
        elif suffix.lower() in MEASURE_UNITS:
            figure.update(unit=MEASURE_UNITS[suffix.lower()], counted=False)
        elif suffix == "p":
            figure.update(end=glued.end(), value=value / 100, kind="money", unit="GBP", counted=False)
        else:
            return []  # ordinals ("14th") and identifiers ("24hrs" is rare; "TVN24", "A4" are not figures)
        figure["value"] = _finite(figure["value"])
        return [figure]
    if _is_identifier(text, start, end):
        return []
    if _AGE_BEFORE.search(text, max(0, start - 40), start) and _AGE_AFTER.match(text, end) and value < 130:
        return [_figure(start, end, value, "duration", "years")]
    hyphen = re.match(r"-(?P<letters>[A-Za-z]+)", text[end : end + 30])
    if hyphen and any(c.isupper() for c in hyphen.group("letters")):
        return []  # "2019-nCoV": part of a name
    is_year = (
        re.fullmatch(r"(?:1[6-9]|20)\d\d", number) is not None
        and not _next_word_is_plural(text, end)
        and not _SCALE_AFTER.match(text, end)
        and not _PERCENT_AFTER.match(text, end)
        and not re.match(r"-[A-Za-z]", text[end : end + 2])
    )
    if is_year:
        return [_figure(start, end, value, "year", "year", number)]
    measure = _SPACED_MEASURE.match(text, end)
    if measure and not _next_word_is_plural(text, end):
        figure.update(unit=MEASURE_UNITS[measure.group("unit")], counted=False)
        return [figure]
    return [_amount(text, figure)]


_READERS = {
    "time_ampm": _read_time,
    "time_part": _read_time,
    "time_zone": _read_time,
    "time_oclock": _read_time,
    "time_24h": _read_time,
    "date_dmy": _read_date,
    "date_mdy": _read_date,
    "date_my": _read_date,
    "date_numeric": _read_date,
    "decade": _read_decade,
    "money": _read_money,
    "fraction": _read_fraction,
    "vague": _read_vague,
    "multiplier": _read_multiplier,
    "words": _read_words,
    "digits": _read_digits,
}


# --- Helpers for the readers ----------------------------------------------------


def _amount(text: str, figure: dict) -> dict:
    """Extend a count by a scale word ("16 million") or a percent sign."""
    end = figure["end"]
    scale = _SCALE_AFTER.match(text, end)
    if scale and scale.group("word"):
        word = scale.group("word").lower()
        figure["value"] = _finite(figure["value"] * (100 if word == "hundred" else SCALES[word]))
        figure["end"] = end = scale.end()
    percent = _PERCENT_AFTER.match(text, end)
    if percent:
        figure.update(end=percent.end(), kind="percent", unit="percent", counted=False)
    figure["value"] = _finite(figure["value"])
    return figure


def _digits_value(number: str) -> float:
    """Read "3,500" or "2.5"; NaN when the digits are malformed ("1,00,000", "3.5.6")."""
    whole, _, decimals = number.partition(".")
    if "." in decimals:
        return float("nan")
    if "," in whole:
        groups = whole.split(",")
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return float("nan")
        whole = "".join(groups)
    if "," in decimals:
        return float("nan")
    return _finite(float(whole + ("." + decimals if decimals else "")))


def _finite(value: float) -> float:
    return value if math.isfinite(value) else float("nan")


def _split_number_words(match) -> list:
    """Read a run of number words into one or more numbers.

    "twenty-five" is one number; "three and four" is two. Returns
    ``(start, end, value)`` for each, offsets into the text.
    """
    tokens = [(m.start() + match.start(), m.end() + match.start(), m.group().lower())
              for m in re.finditer(r"[A-Za-z]+", match.group())]
    numbers, i = [], 0
    while i < len(tokens):
        value, used = _parse_number_words([t[2] for t in tokens[i:]])
        if used == 0:
            i += 1
            continue
        numbers.append((tokens[i][0], tokens[i + used - 1][1], value))
        i += used
    return numbers


def _parse_number_words(words: list) -> tuple:
    """Parse number words from the start of ``words``: (value, how many words used).

    A small grammar: units after tens ("twenty-five"), "hundred" after a
    number or "a", a scale ("thousand", "million") after a number, "and"
    only after "hundred" or a scale or in "and a half", "dozen" after a
    number or "a".
    """
    total, current, used, last = 0.0, 0.0, 0, None
    i = 0
    while i < len(words):
        word = words[i]
        if word in ("a", "an"):
            if last is None and i + 1 < len(words) and words[i + 1] in ("hundred", "dozen", *SCALES):
                current, last = 1, "a"
            else:
                break
        elif word == "and":
            rest = words[i + 1 : i + 3]
            if last not in (None, "and") and rest[:2] in (["a", "half"], ["an", "half"]):
                current += 0.5
                i += 3
                used, last = i, "half"
                continue
            if last in ("hundred", "scale") and i + 1 < len(words) and words[i + 1] in {**UNITS, **TEENS, **TENS}:
                last = "and"
            else:
                break
        elif word in UNITS:
            if last in (None, "tens", "hundred", "scale", "and"):
                current += UNITS[word]
                last = "unit"
            else:
                break
        elif word in TEENS:
            if last in (None, "hundred", "scale", "and"):
                current += TEENS[word]
                last = "teen"
            else:
                break
        elif word in TENS:
            if last in (None, "hundred", "scale", "and"):
                current += TENS[word]
                last = "tens"
            else:
                break
        elif word == "hundred":
            if last in ("unit", "teen", "a") or (last == "tens" and current % 10 == 0):
                current *= 100
                last = "hundred"
            else:
                break
        elif word == "dozen":
            if last in ("unit", "a", "teen", "tens"):
                current *= 12
                last = "dozen"
            else:
                break
        elif word in SCALES:
            if last in ("unit", "teen", "tens", "hundred", "a", "half", "dozen"):
                total += current * SCALES[word]
                current, last = 0, "scale"
            else:
                break
        else:
            break
        i += 1
        if last != "and":
            used = i
    if used == 0 or last == "a":
        return 0, 0
    # Recompute over exactly the words used (a trailing "and" is not used).
    if used < i:
        return _parse_number_words(words[:used])
    return total + current, used


def _one_is_a_count(text: str, start: int, end: int) -> bool:
    """Is this "one" a number ("all but one", "by one vote") and not a pronoun ("one of", "One woman")?"""
    before = text[max(0, start - 20) : start].lower()
    if re.search(r"(?:all but|only|just|than|at least|exactly)\s+$", before):
        return True  # "all but one of the petitioners" counts the one
    if re.search(r"(?:by|about|around|nearly|almost|to|from|between)\s+$", before):
        return not re.match(r"\s+(?:of|another|who|which|that)\b", text[end:])
    return bool(re.match(rf"[\s-]+(?:{'|'.join(sorted(t[:-1] for t in TIME_UNITS))}|vote|point|mile|metre|pound|per\s?cent|percent)s?\b", text[end:], re.I))


def _glued_left(text: str, start: int) -> bool:
    """Is the figure glued to a word before it ("COVID-19", "no-one"), except "mid-1990s"?"""
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        word = re.search(r"[^\W\d_]+$", text[max(0, start - 21) : start - 1]).group().lower()  # any letters ("À-0")
        return word not in HYPHEN_PREFIXES
    return start >= 1 and (text[start - 1].isalnum() or text[start - 1] in "#_")


def _is_identifier(text: str, start: int, end: int) -> bool:
    """Are these digits part of a name: "Article 50", "page 3", "Act of 1867", "10 Downing Street"?"""
    name = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if name:
        word = name.group("word").rstrip(".")
        possessive = word.endswith(("'s", "’s"))  # "Trump's 214", "Pennsylvania's 20": whose figure, not a name
        score = _SCORE_AFTER.match(text, end)  # "Caboolture 43–5": a team's score
        if not possessive and not score and word.lower() not in FUNCTION_WORDS and word not in MONTHS and word not in WEEKDAYS:
            return True
    before = re.search(r"(\w+)\.?\s+$", text[max(0, start - 30) : start])
    if before and before.group(1).lower() in IDENTIFIER_WORDS:
        return True
    if _LEGAL_BEFORE.search(text, max(0, start - 30), start):
        return True
    return bool(_STREET_AFTER.match(text, end))


def _next_word_is_plural(text: str, end: int) -> bool:
    after = re.match(r"\s+([A-Za-z][A-Za-z’'-]*)", text[end : end + 40])
    return bool(after) and _is_plural(after.group(1))


def _is_plural(word: str) -> bool:
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        return True
    if lower in STOP_WORDS or lower in NOT_PLURAL or not word.isalpha() and "-" not in word:
        return False
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(lower) > 3


def _pluralise(word: str) -> str:
    if word in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[word]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


# --- Describing a figure: unit, kind, qualifier, context ------------------------


def _describe(text: str, figure: dict) -> None:
    start, end = figure["start"], figure["end"]
    figure["surface"] = text[start:end]
    context_start, context_end = start, end
    if figure.pop("counted", False):
        unit, modifiers, unit_end, rate_end = _unit_after(text, end, figure["value"])
        if unit:
            figure["unit"] = CURRENCY_WORDS.get(unit, unit) if figure["kind"] != "money" else figure["unit"]
            figure["modifiers"] = modifiers
            context_end = unit_end
            if unit in CURRENCY_WORDS and figure["kind"] == "count":
                figure["kind"] = "money"
            elif rate_end:
                figure["kind"], context_end = "rate", rate_end
            elif unit in TIME_UNITS and figure["kind"] == "count":
                figure["kind"] = "duration"
    qualifier = figure.get("qualifier", "")
    if not qualifier:
        time_like = figure["kind"] in ("time_of_day", "date", "year")
        pattern = _QUALIFIER_BEFORE["time" if time_like else "amount"]
        found = pattern.search(text, max(0, start - 30), start)
        if found and (not found.group("the") or figure["kind"] == "year"):
            qualifier = found.group("q").lower()
            context_start = found.start("q")
    figure["qualifier"] = qualifier
    figure["context_start"], figure["context_end"] = context_start, context_end
    figure["context"] = text[context_start:context_end]


def _unit_after(text: str, end: int, value: float) -> tuple:
    """Find the noun a figure counts: "3,500 new officers" -> ("officers", "new").

    Returns (unit, modifiers, end of the unit phrase, end of a rate phrase
    such as "every day" or 0).
    """
    hyphen = _HYPHEN_UNIT.match(text, end)
    if hyphen:  # "three-day", "24-hour", "five-year-old"
        word = hyphen.group("word")
        if word in NOT_UNITS:  # "50-strong", "20-odd"
            return "", "", end, 0
        return _pluralise(word), "", hyphen.end(), 0
    words = [(m.start() + end, m.end() + end, m.group()) for m in _WORD.finditer(text[end : end + 80])]
    run = []
    i = 0
    if words and words[0][2].lower() == "of":
        i = 1
        if i < len(words) and words[i][2].lower() in ("the", "these", "those", "its", "their", "his", "her", "our"):
            i += 1
        if i < len(words) and re.fullmatch(r"[A-Z]\w*['’]s", words[i][2]):
            i += 1
    for start_w, end_w, word in words[i : i + 4]:
        if not word[0].isalpha() or word[0].isupper() or word.lower() in STOP_WORDS:
            break
        run.append((start_w, end_w, word))
    head = next((k for k, w in enumerate(run) if _is_plural(w[2])), None)
    if head is None and value == 1 and run:
        head = 0
    if head is None:
        return "", "", end, 0
    unit = run[head][2].lower()
    if not _is_plural(unit):
        unit = _pluralise(unit)
    modifiers = " ".join(w[2].lower() for w in run[:head])
    if run[head - 1][2].lower() == "square" if head else False:
        unit, modifiers = "square " + unit, " ".join(w[2].lower() for w in run[: head - 1])
    unit_end = run[head][1]
    rate = _RATE_AFTER.match(text, unit_end)
    return unit, modifiers, unit_end, rate.end() if rate else 0


# --- Attribution ----------------------------------------------------------------

_REPORTING_VERBS = (
    "said|says|told|added|announced|claimed|stated|warned|insisted|argued|estimated|"
    "estimates|reported|reports|confirmed|revealed|predicted|forecast|explained|noted|tweeted|wrote"
)
# A name, maybe with "of" inside and a common noun or two after it: "the Ministry of Justice",
# "The POA trade union", "A POA spokesman".
_SPEAKER = (
    r"(?:[Tt]he\s+|An?\s+)?(?:[A-Z][\w’'.&-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.&-]*)*"
    rf"(?:\s+(?!(?:{_one_of(STOP_WORDS | {'later', 'then'})})\b)[a-z]+){{0,2}}"
)
_REPORTED_BEFORE = re.compile(rf"(?P<speaker>{_SPEAKER}|\b[Hh]e|\b[Ss]he|\b[Tt]hey)\s+(?:{_REPORTING_VERBS})\b")
_REPORTED_BY = re.compile(rf"\b(?:according\s+to|forecast\s+by|estimated\s+by|by\s+the\s+estimate\s+of)\s+(?P<speaker>{_SPEAKER})")
_REPORTING_WORD = re.compile(rf"\b(?:{_REPORTING_VERBS}|according|estimate)\b")
_REPORTED_AFTER = re.compile(rf",?\s*(?:(?P<speaker_a>{_SPEAKER})\s+(?:{_REPORTING_VERBS})|(?:{_REPORTING_VERBS})\s+(?P<speaker_b>{_SPEAKER}))\s*[.]")


def _attribute(text: str, figures: list, quotes) -> None:
    people = []
    if quotes is None:
        spans, people = _find_quotes(text, [figure["start"] for figure in figures])
    elif len(quotes):
        speakers = quotes["speaker"] if "speaker" in quotes else pd.Series([""] * len(quotes))
        spans = [(s, e, str(sp) if isinstance(sp, str) else "") for s, e, sp in zip(quotes["start"], quotes["end"], speakers)]
    else:
        spans = []
    names = [sp for _, _, sp in spans if sp] + people
    for figure in figures:
        inside = next((sp for s, e, sp in spans if s <= figure["start"] and figure["end"] <= e), None)
        figure["inside_quote"] = inside is not None
        figure["attributed_to"] = inside or _reported_speaker(text, figure, names) or NARRATION


def _find_quotes(text: str, starts: list) -> tuple:
    """The quotations (with the speakers of those with a figure in them) and the people the text names.

    From ``samestory.quotes`` when it is there; see ``quote_speakers``.
    """
    try:
        from samestory.quotes import quote_speakers
    except ImportError:
        return [], []
    return quote_speakers(text, wanted=starts)


def _reported_speaker(text: str, figure: dict, names: list) -> str:
    """The speaker of reported speech around a figure, in its sentence: "X said it doubled ..."."""
    sentence_start, sentence_end = _sentence_around(text, figure["start"], figure["end"])
    if not _REPORTING_WORD.search(text, sentence_start, sentence_end):
        return ""  # each pattern below needs one of these words: a quick check first
    before = text[sentence_start : figure["start"]]
    after = text[figure["end"] : sentence_end]
    found = None
    for match in _REPORTED_BEFORE.finditer(before):
        found = match.group("speaker")
    for match in _REPORTED_BY.finditer(before):
        found = match.group("speaker")
    if found is None:
        match = _REPORTED_AFTER.search(after) or _REPORTED_BY.search(after)
        if match:
            found = next(match.group(g) for g in ("speaker", "speaker_a", "speaker_b")
                         if g in match.groupdict() and match.group(g))
    if found is None:
        return ""
    found = re.sub(r"^(?:[Tt]he|An?)\s+", "", found.strip()).rstrip(".,;:")
    if found.lower() in ("he", "she", "they", "it"):
        return ""
    surname = found.split()[-1]
    for name in names:
        if name.split() and name.split()[-1] == surname:
            return name
    return re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+", "", found)


_CLAUSE_END = re.compile(r"[.!?;][\"”’')]*\s+|\n")


def _sentence_around(text: str, start: int, end: int, *, clause: bool = False) -> tuple:
    """Offsets of the sentence (or, with ``clause``, the part up to a semicolon) around a span.

    Only the 400 characters either side are searched: a sentence is shorter.
    """
    pattern = _CLAUSE_END if clause else SENTENCE_END
    window_start = max(0, start - 400)
    sentence_start = window_start
    for match in pattern.finditer(text, window_start, start):
        sentence_start = match.end()
    found = pattern.search(text, end, end + 400)
    return sentence_start, found.start() + 1 if found else min(len(text), end + 400)


# --- What a figure measures ------------------------------------------------------

_START_CUES = re.compile(r"\b(?:from|since|began|begin|begins|started|start|starts|starting|opened|launched|called(?!\s+off))\b", re.I)
_END_CUES = re.compile(
    r"\b(?:called\s+off|call\s+off|ended|end|ends|ending|until|by|return(?:ed)?\s+to\s+work|finished|stopped|"
    r"halted|suspended|lifted|closed|over)\b",
    re.I,
)
_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def _measure(text: str, figure) -> str:
    """Label what a figure measures, from its kind, its unit and the words around it."""
    start, end = figure.start, figure.end
    sentence_start, sentence_end = _sentence_around(text, start, end, clause=True)
    if figure.kind == "time_of_day":
        phase = _time_phase(text[sentence_start : figure.context_start], text[end:sentence_end], figure.qualifier)
        return phase or f"time: {_governing_word(text, sentence_start, figure.context_start) or 'of day'}"
    if figure.kind == "multiplier":
        words = []
        for word in _CONTENT_WORD.findall(text[end:sentence_end])[:6]:
            if word.lower() in ("the", "a", "an", "its", "their", "his", "her"):
                continue
            if word.lower() in STOP_WORDS:
                break
            words.append(word.lower())
        return f"multiplier: {' '.join(words[:3]) or _governing_word(text, sentence_start, start)}"
    if figure.kind == "duration" and figure.unit in TIME_UNITS:
        # "over the last eight years" and "over the next five years" are different spans of time.
        governing = _governing_word(text, sentence_start, figure.context_start, keep=("last", "next", "past", "first"))
        return f"{figure.unit}: {governing}" if governing else figure.unit
    if figure.unit and (figure.kind == "rate" or figure.kind in ("count", "duration") and figure.unit not in TIME_UNITS):
        phrase = text[figure.end : figure.context_end].strip()
        if phrase.startswith("-"):
            return figure.unit  # "three-judge"
        phrase = re.sub(r"^of\s+(?:the\s+)?", "", phrase)
        return " ".join(_CONTENT_WORD.findall(phrase)).lower() or figure.unit
    label = {"money": "money", "date": "date", "year": "year", "percent": "percent"}.get(figure.kind, figure.unit or figure.kind)
    governing = _governing_word(text, sentence_start, figure.context_start)
    return f"{label}: {governing}" if governing else label


def _time_phase(before: str, after: str, qualifier: str) -> str:
    if qualifier in ("from", "since", "after"):
        return "start time"
    if qualifier in ("by", "until", "till", "before"):
        return "end time"
    cues = [(len(before) - m.end(), "end time") for m in _END_CUES.finditer(before)]
    cues += [(m.start(), "end time") for m in _END_CUES.finditer(after)]
    cues += [(len(before) - m.end(), "start time") for m in _START_CUES.finditer(before)]
    cues += [(m.start(), "start time") for m in _START_CUES.finditer(after)]
    return min(cues)[1] if cues else ""


def _governing_word(text: str, sentence_start: int, start: int, *, keep=()) -> str:
    """The nearest content word before a figure in its sentence: "investing" in "investing £40m"."""
    for word in reversed(_CONTENT_WORD.findall(text[sentence_start:start])):
        if word.lower() in keep or word.lower() not in FUNCTION_WORDS and len(word) > 2:
            return word.lower()
    return ""


def _measure_key(kind: str, measure: str) -> tuple:
    from nltk.stem.porter import PorterStemmer

    stem = PorterStemmer().stem
    family = "time" if kind == "time_of_day" else kind if kind in ("money", "date", "year", "multiplier", "percent") else "amount"
    return family, tuple(stem(word) for word in re.findall(r"[a-z]+", measure.lower()))


def _same_figure(a, b) -> bool:
    if not (math.isnan(a.value) or math.isnan(b.value)):
        return abs(a.value - b.value) <= 0.01 * max(abs(a.value), abs(b.value))
    if a.normalized or b.normalized:
        return a.normalized == b.normalized
    return a.surface.lower() == b.surface.lower()


# --- Tables ----------------------------------------------------------------------

_DTYPES = {"start": "int64", "end": "int64", "value": "float64", "context_start": "int64",
           "context_end": "int64", "inside_quote": "bool"}


def _table(figures: list) -> pd.DataFrame:
    figures = sorted(figures, key=lambda f: (f["start"], f["end"]))
    columns = {name: [f.get(name, "") for f in figures] for name in COLUMNS}
    columns["inside_quote"] = [bool(f.get("inside_quote", False)) for f in figures]
    columns["attributed_to"] = [f.get("attributed_to", NARRATION) for f in figures]
    table = pd.DataFrame(columns)
    if not figures:
        table = table.astype({**{c: "str" for c in COLUMNS}, **_DTYPES})
    return table


def _year_of(date) -> int | None:
    if isinstance(date, str) and re.match(r"\d{4}-", date):
        return int(date[:4])
    return None
