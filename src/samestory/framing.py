"""How does each outlet frame the story? Naming, voice, place and coded frames.

Framing is what a story makes of an event: what it calls it, whom it lets
speak, where it places it, and what kind of story it tells. This module
measures each of these with offsets into the exact text, so every number can
be checked by reading:

- ``action_naming``: every word that names the action (*strike*, *walk-out*,
  *protest* ...), and whose voice uses it: the writer's narration or a
  quoted speaker;
- ``voice_share`` and ``first_and_last``: how much of each article each
  speaker (and each side) fills, and who has the first and the last word;
- ``local_angle``: the prisons and places named, and which are local to the
  outlet, from the editable list ``data/uk_prisons.csv``;
- a frame-coding sheet after Semetko and Valkenburg (2000), whose 20 yes/no
  questions measure five frames (attribution of responsibility, human
  interest, conflict, morality, economic consequences): ``frame_sheet``
  makes a blank sheet, ``read_frame_sheet`` reads a filled one,
  ``score_frames`` scores it, and ``frame_agreement`` measures how far two
  or more coders agree (Cohen's kappa and Krippendorff's alpha, computed by
  ``nltk.metrics.agreement``).

Semetko, H. A. and Valkenburg, P. M. (2000). Framing European politics: a
content analysis of press and television news. *Journal of Communication*
50(2), 93-109.
"""

import re
from pathlib import Path

import pandas as pd

from samestory._paths import DATA_DIR
from samestory.corpus import read_csv_rows, require_columns
from samestory.errors import CorpusError
from samestory.tokens import WORD_PATTERN, paragraphs

PRISONS_PATH = DATA_DIR / "uk_prisons.csv"
FRAMES_DIR = DATA_DIR / "frames"
# Words that name the action, most specific first: where two overlap, the
# earlier one wins ("industrial action" before "action"). Edit freely.
NAMING_TERMS = {
    "industrial action": r"industrial action",
    "protest action": r"protest action",
    "strike action": r"strike action",
    "walk-out": r"walk-?outs?|walk outs?|walk(?:s|ed|ing)? out",
    "strike": r"strikes?|striking",
    "protest": r"protest(?:s|ed|ing)?",
    "demonstration": r"demonstrations?",
    "stoppage": r"stoppages?",
    "dispute": r"disputes?",
    "action": r"(?<!-)action(?!-)",
}
# Words that point at the outlet's own area without naming it.
LOCAL_REFERENCES = ("the county", "the borough", "the city")
NATIONS = ("England", "Wales", "Scotland", "Northern Ireland", "Britain", "UK")
GROUP_ORDER = ("union", "government", "other", "narration")
# Semetko & Valkenburg (2000), the 20 questions, each answered yes or no.
FRAME_QUESTIONS = [
    ("q01", "responsibility", "Does the story suggest that some level of government has the ability to alleviate the problem?"),
    ("q02", "responsibility", "Does the story suggest that some level of the government is responsible for the issue/problem?"),
    ("q03", "responsibility", "Does the story suggest solution(s) to the problem/issue?"),
    ("q04", "responsibility", "Does the story suggest that an individual (or group of people in society) is responsible for the issue/problem?"),
    ("q05", "responsibility", "Does the story suggest the problem requires urgent action?"),
    ("q06", "human_interest", "Does the story provide a human example or 'human face' on the issue?"),
    ("q07", "human_interest", "Does the story employ adjectives or personal vignettes that generate feelings of outrage, empathy/caring, sympathy or compassion?"),
    ("q08", "human_interest", "Does the story emphasise how individuals and groups are affected by the issue/problem?"),
    ("q09", "human_interest", "Does the story go into the private or personal lives of the actors?"),
    ("q10", "human_interest", "Does the story contain visual information that might generate feelings of outrage, empathy/caring, sympathy or compassion?"),
    ("q11", "conflict", "Does the story reflect disagreement between parties, individuals, groups or countries?"),
    ("q12", "conflict", "Does one party, individual, group or country reproach another?"),
    ("q13", "conflict", "Does the story refer to two sides or to more than two sides of the problem or issue?"),
    ("q14", "conflict", "Does the story refer to winners and losers?"),
    ("q15", "morality", "Does the story contain any moral message?"),
    ("q16", "morality", "Does the story make reference to morality, God and other religious tenets?"),
    ("q17", "morality", "Does the story offer specific social prescriptions about how to behave?"),
    ("q18", "economic", "Is there a mention of financial losses or gains now or in the future?"),
    ("q19", "economic", "Is there a mention of the costs/degree of expense involved?"),
    ("q20", "economic", "Is there a reference to economic consequences of pursuing or not pursuing a course of action?"),
]  # fmt: skip
FRAMES = {
    "responsibility": "attribution of responsibility",
    "human_interest": "human interest",
    "conflict": "conflict",
    "morality": "morality",
    "economic": "economic consequences",
}
SHEET_COLUMNS = ["coder", "article_id", "question_id", "frame", "question", "answer", "evidence"]
ANSWERS = ("yes", "no")
_QUESTION_INFO = {qid: (frame, question) for qid, frame, question in FRAME_QUESTIONS}


def action_naming(
    corpus: pd.DataFrame, *, quotes: pd.DataFrame | None = None, terms: dict | None = None
) -> pd.DataFrame:
    """Find every word that names the action, and whose voice uses it.

    Parameters
    ----------
    corpus : DataFrame
        ``article_id``, ``outlet`` and ``text`` columns.
    quotes : DataFrame, optional
        Quote spans with ``article_id``, ``start``, ``end``, ``speaker`` and
        ``speaker_group``; default ``samestory.quotes.quotes_in(corpus)``.
    terms : dict, optional
        ``{term: regular expression}``, matched case-blind on whole words,
        earlier terms winning where two overlap; default ``NAMING_TERMS``.

    Returns
    -------
    DataFrame
        One row per naming, in text order: ``article_id``, ``outlet``,
        ``paragraph``, ``start``, ``end`` (offsets into the text),
        ``surface`` (as written), ``term``, ``voice`` (``narration`` or
        ``quotation``), ``speaker`` (``""`` in narration or for an
        unattributed quotation) and ``speaker_group`` (``narration``, or the
        quote's group: ``union``, ``government``, ``other``).

    Raises
    ------
    CorpusError
        When ``corpus`` or ``quotes`` lacks a column it needs.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["Daily Example"],
    ...     "text": ['Officers staged a walk-out. "This strike is wrong," the minister said.']})
    >>> quotes = pd.DataFrame({"article_id": ["a"], "start": [29], "end": [49],
    ...     "speaker": ["minister"], "speaker_group": ["government"]})
    >>> action_naming(corpus, quotes=quotes)[["start", "end", "surface", "term", "voice", "speaker_group"]]
       start  end   surface      term      voice speaker_group
    0     18   26  walk-out  walk-out  narration     narration
    1     34   40    strike    strike  quotation    government
    """
    require_columns(corpus, ["article_id", "outlet", "text"])
    quotes = _quotes_or_default(quotes, corpus)
    patterns = [(term, re.compile(rf"(?<![\w-])(?:{pattern})(?![\w])", re.IGNORECASE))
                for term, pattern in (terms or NAMING_TERMS).items()]
    rows = []
    for article_id, outlet, text in _articles(corpus):
        found = _non_overlapping(text, patterns)
        mine = _article_quotes(quotes, article_id)
        starts = paragraphs(text)["start"].tolist()
        for start, end, term in found:
            quote = _quote_around(mine, start, end)
            if quote is None:
                voice, speaker, group = "narration", "", "narration"
            else:
                voice, speaker, group = "quotation", quote["speaker"], quote["speaker_group"]
            rows.append((article_id, outlet, _paragraph_of(starts, start), start, end, text[start:end],
                         term, voice, speaker, group))
    columns = ["article_id", "outlet", "paragraph", "start", "end", "surface", "term", "voice", "speaker",
               "speaker_group"]
    return pd.DataFrame(rows, columns=columns)


def voice_share(quotes: pd.DataFrame, corpus: pd.DataFrame, *, by: str = "speaker") -> pd.DataFrame:
    """Measure how much of each article each speaker, or each side, fills.

    Characters are counted without white space. A character inside two
    overlapping quote spans counts once, for the quote that starts first.

    Parameters
    ----------
    quotes : DataFrame
        Quote spans with ``article_id``, ``start``, ``end``, ``speaker`` and
        ``speaker_group``, as from ``samestory.quotes.quotes_in``.
    corpus : DataFrame
        ``article_id``, ``outlet`` and ``text`` columns.
    by : str
        ``"speaker"``: one row per article and speaker quoted.
        ``"speaker_group"``: one row per article and group, always all four:
        ``union``, ``government``, ``other`` and ``narration`` (everything
        outside quotation marks), whose shares add up to 1.

    Returns
    -------
    DataFrame
        ``article_id``, ``outlet``, ``speaker`` (with ``by="speaker"``;
        ``""`` for quotations nobody is named for), ``speaker_group``,
        ``quotes`` (quote spans), ``voice_chars`` (characters in them),
        ``article_chars``, ``share`` (``voice_chars / article_chars``),
        ``first_start`` (offset of the voice's first quotation, -1 for
        narration or a group not quoted), ``first_voice`` and ``last_voice``
        (True for the speaker, or group, of the article's first and last
        attributed quotation). Rows follow the order voices first speak.

    Raises
    ------
    CorpusError
        When a table lacks a column it needs, or ``by`` is not one of the two.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["X"],
    ...     "text": ['Officers walked out. "Pay us," said Ann. "No," said Bob.']})
    >>> quotes = pd.DataFrame({"article_id": ["a", "a"], "start": [22, 42], "end": [29, 45],
    ...     "speaker": ["Ann", "Bob"], "speaker_group": ["union", "government"]})
    >>> voice_share(quotes, corpus)[["speaker", "voice_chars", "article_chars", "share", "first_voice", "last_voice"]]
      speaker  voice_chars  article_chars  share  first_voice  last_voice
    0     Ann            6             47   0.13         True       False
    1     Bob            3             47   0.06        False        True
    """
    if by not in ("speaker", "speaker_group"):
        raise CorpusError(f"voice_share: by={by!r} is not known; use by='speaker' or by='speaker_group'.")
    require_columns(corpus, ["article_id", "outlet", "text"])
    require_columns(quotes, ["article_id", "start", "end", "speaker", "speaker_group"], what="quotes")
    rows = []
    for article_id, outlet, text in _articles(corpus):
        mine = _article_quotes(quotes, article_id)
        owner = _owners(len(text), mine)
        counted = [not char.isspace() for char in text]
        article_chars = sum(counted)
        chars_of = {}
        for index, is_counted in zip(owner, counted):
            if is_counted:
                chars_of[index] = chars_of.get(index, 0) + 1
        named = [q for q in mine if q["speaker"]]
        first = named[0] if named else None
        last = max(named, key=lambda q: q["start"]) if named else None
        key = "speaker" if by == "speaker" else "speaker_group"
        voices = {}
        for number, quote in enumerate(mine):
            voice = voices.setdefault(quote[key], {"speaker_group": quote["speaker_group"], "quotes": 0,
                                                   "voice_chars": 0, "first_start": quote["start"]})
            voice["quotes"] += 1
            voice["voice_chars"] += chars_of.get(number, 0)
        if by == "speaker_group":
            for group in GROUP_ORDER:
                voices.setdefault(group, {"speaker_group": group, "quotes": 0, "voice_chars": 0, "first_start": -1})
            voices["narration"]["voice_chars"] = chars_of.get(-1, 0)
            ordered = [(group, voices[group]) for group in GROUP_ORDER] + [
                (name, v) for name, v in voices.items() if name not in GROUP_ORDER
            ]
        else:
            ordered = list(voices.items())
        for name, voice in ordered:
            row = {"article_id": article_id, "outlet": outlet}
            if by == "speaker":
                row["speaker"] = name
            row.update(
                speaker_group=voice["speaker_group"],
                quotes=voice["quotes"],
                voice_chars=voice["voice_chars"],
                article_chars=article_chars,
                share=round(voice["voice_chars"] / article_chars, 2) if article_chars else 0.0,
                first_start=voice["first_start"],
                first_voice=first is not None and first[key] == name and voice["quotes"] > 0,
                last_voice=last is not None and last[key] == name and voice["quotes"] > 0,
            )
            rows.append(row)
    columns = ["article_id", "outlet"] + (["speaker"] if by == "speaker" else []) + [
        "speaker_group", "quotes", "voice_chars", "article_chars", "share", "first_start", "first_voice", "last_voice"
    ]
    return pd.DataFrame(rows, columns=columns)


def first_and_last(quotes: pd.DataFrame, corpus: pd.DataFrame, *, min_words: int = 5) -> pd.DataFrame:
    """Say who has the first and the last word in each article.

    Parameters
    ----------
    quotes : DataFrame
        Quote spans with ``article_id``, ``start``, ``end``, ``speaker`` and
        ``speaker_group``, as from ``samestory.quotes.quotes_in``. Quotations
        with no speaker (the writer's scare quotes) are not voices and are
        skipped.
    corpus : DataFrame
        ``article_id``, ``outlet`` and ``text`` columns.
    min_words : int
        The opening and closing paragraphs are the first and last with at
        least this many words, so that a stray line left from the web page
        ("More on KentOnline") is not taken for the story's opening.

    Returns
    -------
    DataFrame
        Four rows per article, ``position`` being ``first quotation``,
        ``last quotation``, ``opening paragraph`` and ``closing paragraph``:
        ``article_id``, ``outlet``, ``position``, ``start``, ``end`` (offsets
        into the text; -1 when the article has no such part), ``text``,
        ``voice`` (the speaker; for a paragraph, the speaker whose quotations
        fill more than half of it, else ``narration``) and ``speaker_group``.

    Raises
    ------
    CorpusError
        When a table lacks a column it needs.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["X"],
    ...     "text": ['Menu\\nOfficers walked out over safety today.\\nAnn said: "We will win this fight."']})
    >>> quotes = pd.DataFrame({"article_id": ["a"], "start": [55], "end": [78],
    ...     "speaker": ["Ann"], "speaker_group": ["union"]})
    >>> first_and_last(quotes, corpus)[["position", "start", "end", "voice"]]
                position  start  end      voice
    0    first quotation     55   78        Ann
    1     last quotation     55   78        Ann
    2  opening paragraph      5   43  narration
    3  closing paragraph     44   79        Ann
    """
    require_columns(corpus, ["article_id", "outlet", "text"])
    require_columns(quotes, ["article_id", "start", "end", "speaker", "speaker_group"], what="quotes")
    rows = []
    for article_id, outlet, text in _articles(corpus):
        mine = _article_quotes(quotes, article_id)
        named = [q for q in mine if q["speaker"]]
        picks = [
            ("first quotation", named[0] if named else None),
            ("last quotation", max(named, key=lambda q: q["start"]) if named else None),
        ]
        for position, quote in picks:
            if quote is None:
                rows.append((article_id, outlet, position, -1, -1, "", "", ""))
            else:
                rows.append((article_id, outlet, position, quote["start"], quote["end"],
                             text[quote["start"] : quote["end"]], quote["speaker"], quote["speaker_group"]))
        table = paragraphs(text)
        long_enough = [
            (start, end) for start, end, words in zip(table["start"], table["end"], table["text"])
            if len(WORD_PATTERN.findall(words)) >= min_words
        ]
        owner = _owners(len(text), mine)
        for position, span in (("opening paragraph", long_enough[0] if long_enough else None),
                               ("closing paragraph", long_enough[-1] if long_enough else None)):
            if span is None:
                rows.append((article_id, outlet, position, -1, -1, "", "", ""))
                continue
            start, end = span
            voice, group = _dominant_voice(text, start, end, owner, mine)
            rows.append((article_id, outlet, position, start, end, text[start:end], voice, group))
    columns = ["article_id", "outlet", "position", "start", "end", "text", "voice", "speaker_group"]
    return pd.DataFrame(rows, columns=columns)


def load_prisons(path: str | Path | None = None) -> pd.DataFrame:
    """Read the editable list of UK prisons and where they are.

    Parameters
    ----------
    path : str or Path, optional
        A UTF-8 CSV with columns ``prison`` (e.g. ``HMP Hewell``),
        ``aliases`` (other names, separated by ``;``), ``town``, ``county``
        and ``nation``; default ``data/uk_prisons.csv``. Add a row for a
        prison your articles name.

    Returns
    -------
    DataFrame
        The rows, with empty cells as ``""``.

    Raises
    ------
    CorpusError
        When the file is missing, a column is missing, or a row has no
        ``prison`` or ``county``; the message gives the line and column.

    Examples
    --------
    >>> prisons = load_prisons()
    >>> prisons.set_index("prison").loc["HMP Hewell", ["town", "county"]].tolist()
    ['Tardebigge', 'Worcestershire']
    """
    path = PRISONS_PATH if path is None else Path(path)
    rows = read_csv_rows(path, ["prison", "aliases", "town", "county", "nation"], what="prison list")
    for line, row in rows:
        for column in ("prison", "county"):
            if not row[column]:
                raise CorpusError(
                    f"{path} line {line}: column {column!r} is empty; fill it in or delete the row."
                )
    return pd.DataFrame([row for _, row in rows], columns=["prison", "aliases", "town", "county", "nation"])


def local_angle(corpus: pd.DataFrame, *, prisons: pd.DataFrame | None = None) -> pd.DataFrame:
    """Find the prisons and places each article names, and which are local.

    Prisons are found by their name (``HMP Hewell``), as ``Hewell Prison``,
    ``Hewell prison`` or ``HM Prison Hewell``, and by the aliases in the list.
    Towns, counties and nations are found by name; a town that is also a
    prison's name (``Rochester``) counts as the town unless written as a
    prison. ``the county`` and the like (``LOCAL_REFERENCES``) point at the
    outlet's own area.

    Parameters
    ----------
    corpus : DataFrame
        ``article_id``, ``outlet`` and ``text`` columns; ``place`` (the
        outlet's area, e.g. ``Wandsworth, London``) decides what is local.
    prisons : DataFrame, optional
        As from ``load_prisons``; default ``load_prisons()``.

    Returns
    -------
    DataFrame
        One row per mention, in text order: ``article_id``, ``outlet``,
        ``paragraph``, ``start``, ``end`` (offsets into the text),
        ``surface`` (as written), ``kind`` (``prison``, ``town``,
        ``county``, ``nation`` or ``local reference``), ``place`` (the
        prison's, town's, county's or nation's name), ``county`` and
        ``local`` (True when the town or county is part of the outlet's
        ``place``, or for a local reference).

    Raises
    ------
    CorpusError
        When ``corpus`` lacks a column it needs, or the prison list is bad.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "place": ["Worcestershire"],
    ...     "text": ["Officers at HMP Hewell in Tardebigge joined staff in England and at HMP Bedford."]})
    >>> local_angle(corpus)[["surface", "kind", "county", "local"]]
           surface    kind          county  local
    0   HMP Hewell  prison  Worcestershire   True
    1   Tardebigge    town  Worcestershire   True
    2      England  nation                  False
    3  HMP Bedford  prison    Bedfordshire  False
    """
    require_columns(corpus, ["article_id", "outlet", "text"])
    prisons = load_prisons() if prisons is None else prisons
    require_columns(prisons, ["prison", "aliases", "town", "county"], what="prisons")
    names = _place_names(prisons)
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))) + r")(?![\w-])"
    ) if names else None
    references = re.compile(
        r"\b(?:" + "|".join(re.escape(r) for r in LOCAL_REFERENCES) + r")\b", re.IGNORECASE
    )
    places = corpus["place"].tolist() if "place" in corpus.columns else [""] * len(corpus)
    rows = []
    for (article_id, outlet, text), place in zip(_articles(corpus), places):
        area = {part.strip().lower() for part in str(place or "").split(",") if part.strip()}
        starts = paragraphs(text)["start"].tolist()
        found = []
        if pattern is not None:
            for match in pattern.finditer(text):
                kind, name, county = names[match.group()]
                local = bool(area & {name.lower(), county.lower()}) or (
                    kind == "prison" and bool(area & {town.lower() for town in _towns_of(prisons, name)})
                )
                found.append((match.start(), match.end(), kind, name, county, local))
        for match in references.finditer(text):
            found.append((match.start(), match.end(), "local reference", str(place or ""), "", True))
        for start, end, kind, name, county, local in sorted(found):
            rows.append((article_id, outlet, _paragraph_of(starts, start), start, end, text[start:end],
                         kind, name, county, local))
    columns = ["article_id", "outlet", "paragraph", "start", "end", "surface", "kind", "place", "county", "local"]
    return pd.DataFrame(rows, columns=columns)


def frame_sheet(article_ids, *, coder: str = "") -> pd.DataFrame:
    """Make a blank frame-coding sheet: the 20 questions for each article.

    Parameters
    ----------
    article_ids : iterable of str
        The articles to code (e.g. ``corpus["article_id"]``).
    coder : str
        Your name or initials, filled into every row.

    Returns
    -------
    DataFrame
        ``SHEET_COLUMNS``: ``coder``, ``article_id``, ``question_id``
        (``q01`` ... ``q20``), ``frame``, ``question``, and empty ``answer``
        (write ``yes`` or ``no``) and ``evidence`` (optional: words copied
        exactly from the article that support a yes). Save it with
        ``sheet.to_csv("my_sheet.csv", index=False)``, fill it in, and read
        it back with ``read_frame_sheet``.

    Examples
    --------
    >>> sheet = frame_sheet(["kent"], coder="AB")
    >>> len(sheet), sheet.loc[0, "question"][:40]
    (20, 'Does the story suggest that some level o')
    """
    rows = [
        (coder, article_id, qid, frame, question, "", "")
        for article_id in article_ids
        for qid, frame, question in FRAME_QUESTIONS
    ]
    return pd.DataFrame(rows, columns=SHEET_COLUMNS)


def read_frame_sheet(path: str | Path, *, corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """Read a filled frame-coding sheet from a CSV file and check it.

    Parameters
    ----------
    path : str or Path
        A UTF-8 CSV with at least ``coder``, ``article_id``,
        ``question_id`` and ``answer`` (as ``frame_sheet`` makes it).
    corpus : DataFrame, optional
        The coded articles; when given, every ``article_id`` must be in it
        and every ``evidence`` must be words of that article.

    Returns
    -------
    DataFrame
        As ``check_frame_sheet`` returns it.

    Raises
    ------
    CorpusError
        As ``check_frame_sheet``; the message names the file, line and
        column.

    Examples
    --------
    >>> sheet = read_frame_sheet(FRAMES_DIR / "example_coder_a.csv")
    >>> sheet["coder"].unique().tolist(), len(sheet)
    (['coder_a'], 60)
    """
    path = Path(path)
    rows = read_csv_rows(path, ["coder", "article_id", "question_id", "answer"], what="coding sheet")
    table = pd.DataFrame([row for _, row in rows])
    if table.empty:
        table = pd.DataFrame(columns=["coder", "article_id", "question_id", "answer"])
    lines = [line for line, _ in rows]
    return _check_sheet(table, corpus=corpus, where=lambda i: f"{path} line {lines[i]}", name=str(path))


def check_frame_sheet(sheet: pd.DataFrame, *, corpus: pd.DataFrame | None = None, name: str = "sheet") -> pd.DataFrame:
    """Check a filled frame-coding sheet and return a clean copy.

    Parameters
    ----------
    sheet : DataFrame
        ``coder``, ``article_id``, ``question_id`` and ``answer`` columns,
        ``evidence`` optional (as ``frame_sheet`` makes it).
    corpus : DataFrame, optional
        The coded articles; when given, every ``article_id`` must be in it
        and every ``evidence`` must be words of that article.
    name : str
        What to call the sheet in error messages.

    Returns
    -------
    DataFrame
        ``SHEET_COLUMNS`` plus ``outlet`` (from ``corpus``, else ``""``),
        ``evidence_start`` and ``evidence_end`` (offsets of the evidence in
        the article; -1 when there is none or no corpus): ``answer`` is
        ``yes`` or ``no``, ``question_id`` is ``q01`` ... ``q20``, and
        ``frame`` and ``question`` are filled in from ``FRAME_QUESTIONS``.

    Raises
    ------
    CorpusError
        When a column is missing, or a row has an empty coder, an unknown
        article, an unknown question, a missing answer or one that is not
        yes or no, evidence that is not in the article, or repeats an
        answer; or when a coder has not answered all 20 questions for an
        article. The message names the row and column and what to do.

    Examples
    --------
    >>> sheet = frame_sheet(["a"], coder="AB").assign(answer="no")
    >>> check_frame_sheet(sheet)["answer"].unique().tolist()
    ['no']
    >>> check_frame_sheet(sheet.assign(answer="maybe"))
    Traceback (most recent call last):
    ...
    samestory.errors.CorpusError: sheet row 0, column 'answer': 'maybe' is not an answer; write yes or no.
    """
    require_columns(sheet, ["coder", "article_id", "question_id", "answer"], what=name)
    labels = list(sheet.index)
    return _check_sheet(sheet.reset_index(drop=True), corpus=corpus, where=lambda i: f"{name} row {labels[i]}",
                        name=name)


def score_frames(sheet: pd.DataFrame, *, corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """Score the five frames of each coded article: the share of yes answers.

    Semetko and Valkenburg built their frame scales by factor analysis; as
    most teaching uses do, this takes the plain share of a frame's questions
    answered yes (0 = none, 1 = all).

    Parameters
    ----------
    sheet : DataFrame
        A filled sheet (one coder or several), checked with
        ``check_frame_sheet``.
    corpus : DataFrame, optional
        Passed to ``check_frame_sheet`` (and gives ``outlet``).

    Returns
    -------
    DataFrame
        One row per coder, article and frame: ``coder``, ``article_id``,
        ``outlet``, ``frame``, ``yes`` (questions answered yes),
        ``questions`` and ``score`` (``yes / questions``).

    Raises
    ------
    CorpusError
        As ``check_frame_sheet``.

    Examples
    --------
    >>> sheet = frame_sheet(["a"], coder="AB").assign(answer="no")
    >>> sheet.loc[sheet["frame"] == "conflict", "answer"] = ["yes", "yes", "yes", "no"]
    >>> score_frames(sheet)[["frame", "yes", "questions", "score"]]
                frame  yes  questions  score
    0  responsibility    0          5   0.00
    1  human_interest    0          5   0.00
    2        conflict    3          4   0.75
    3        morality    0          3   0.00
    4        economic    0          3   0.00
    """
    sheet = check_frame_sheet(sheet, corpus=corpus)
    rows = []
    for (coder, article_id), answers in sheet.groupby(["coder", "article_id"], sort=False):
        outlet = answers["outlet"].iloc[0]
        for frame in FRAMES:
            in_frame = answers[answers["frame"] == frame]
            yes = int((in_frame["answer"] == "yes").sum())
            rows.append((coder, article_id, outlet, frame, yes, len(in_frame),
                         round(yes / len(in_frame), 2) if len(in_frame) else 0.0))
    return pd.DataFrame(rows, columns=["coder", "article_id", "outlet", "frame", "yes", "questions", "score"])


def frame_agreement(sheets, *, corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """Measure how far two or more coders agree, overall and per frame.

    Every (article, question) that all coders answered is one item. The
    coefficients come from ``nltk.metrics.agreement.AnnotationTask``:
    Cohen's kappa (averaged over pairs of coders when there are more than
    two) and Krippendorff's alpha. Both correct the raw agreement for the
    agreement expected by chance: 1 is perfect agreement, 0 no better than
    chance. They are undefined (NaN here) when every answer in the scope is
    the same, since then chance alone would agree every time.

    Parameters
    ----------
    sheets : DataFrame or list of DataFrame
        The coders' filled sheets, one table with several coders or one
        table per coder.
    corpus : DataFrame, optional
        Passed to ``check_frame_sheet``.

    Returns
    -------
    DataFrame
        One row for ``all`` questions, then one per frame: ``scope``,
        ``coders``, ``items``, ``agreement`` (the share of items on which
        the coders agree, averaged over pairs), ``kappa`` and ``alpha``.

    Raises
    ------
    CorpusError
        As ``check_frame_sheet``; and when there are fewer than two coders
        or no item that all of them answered.

    Examples
    --------
    >>> first = frame_sheet(["a", "b"], coder="A").assign(answer=["yes", "no"] * 20)
    >>> second = first.assign(coder="B")
    >>> second.loc[[0, 1], "answer"] = ["no", "yes"]
    >>> frame_agreement([first, second]).iloc[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'scope': 'all', 'coders': 2, 'items': 40, 'agreement': 0.95, 'kappa': 0.9, 'alpha': 0.901}
    """
    from nltk.metrics.agreement import AnnotationTask

    tables = [sheets] if isinstance(sheets, pd.DataFrame) else list(sheets)
    checked = [check_frame_sheet(t, corpus=corpus, name=f"sheet {n + 1}") for n, t in enumerate(tables)]
    sheet = pd.concat(checked, ignore_index=True) if checked else pd.DataFrame(columns=SHEET_COLUMNS)
    coders = list(dict.fromkeys(sheet["coder"]))
    if len(coders) < 2:
        found = f"only coder {coders[0]!r}" if coders else "no coder"
        raise CorpusError(
            f"frame_agreement: found {found} (column 'coder'); give the sheets of at least two coders."
        )
    duplicated = sheet.duplicated(["coder", "article_id", "question_id"], keep=False)
    if duplicated.any():
        row = sheet[duplicated].iloc[0]
        raise CorpusError(
            f"frame_agreement: coder {row['coder']!r} answered article {row['article_id']!r} "
            f"question {row['question_id']} in two sheets (columns 'coder', 'article_id'); give each coder one sheet."
        )
    answered = sheet.groupby(["article_id", "question_id"])["coder"].nunique()
    shared = set(answered[answered == len(coders)].index)
    if not shared:
        raise CorpusError(
            "frame_agreement: no article was coded by every coder (column 'article_id'); "
            "agreement needs the same articles coded by each coder."
        )
    items = sheet[[key in shared for key in zip(sheet["article_id"], sheet["question_id"])]]
    rows = []
    for scope in ["all", *FRAMES]:
        part = items if scope == "all" else items[items["frame"] == scope]
        data = [(c, f"{a}/{q}", answer) for c, a, q, answer in
                zip(part["coder"], part["article_id"], part["question_id"], part["answer"])]
        task = AnnotationTask(data=data)
        varied = part["answer"].nunique() > 1
        rows.append({
            "scope": scope,
            "coders": len(coders),
            "items": len(part) // len(coders),
            "agreement": round(task.avg_Ao(), 3),
            "kappa": round(task.kappa(), 3) if varied else float("nan"),
            "alpha": round(task.alpha(), 3) if varied else float("nan"),
        })
    return pd.DataFrame(rows, columns=["scope", "coders", "items", "agreement", "kappa", "alpha"])


def coder_disagreements(sheets, *, corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """List the questions on which coders gave different answers.

    Parameters
    ----------
    sheets : DataFrame or list of DataFrame
        As for ``frame_agreement``.
    corpus : DataFrame, optional
        Passed to ``check_frame_sheet``.

    Returns
    -------
    DataFrame
        One row per (article, question) with more than one answer:
        ``article_id``, ``outlet``, ``question_id``, ``frame``,
        ``question``, then one column per coder with their answer.

    Examples
    --------
    >>> first = frame_sheet(["a"], coder="A").assign(answer="no")
    >>> second = first.assign(coder="B")
    >>> second.loc[4, "answer"] = "yes"
    >>> coder_disagreements([first, second])[["article_id", "question_id", "A", "B"]]
      article_id question_id   A    B
    0          a         q05  no  yes
    """
    tables = [sheets] if isinstance(sheets, pd.DataFrame) else list(sheets)
    checked = [check_frame_sheet(t, corpus=corpus, name=f"sheet {n + 1}") for n, t in enumerate(tables)]
    sheet = pd.concat(checked, ignore_index=True)
    keys = ["article_id", "outlet", "question_id", "frame", "question"]
    wide = sheet.pivot_table(index=keys, columns="coder", values="answer", aggfunc="first", sort=False)
    wide = wide[wide.nunique(axis=1) > 1].reset_index()
    wide.columns.name = None
    return wide.sort_values(["article_id", "question_id"], kind="stable").reset_index(drop=True)


# -- private helpers ---------------------------------------------------------

def _quotes_or_default(quotes, corpus):
    if quotes is None:
        from samestory.quotes import quotes_in

        quotes = quotes_in(corpus)
    require_columns(quotes, ["article_id", "start", "end", "speaker", "speaker_group"], what="quotes")
    return quotes


def _articles(corpus: pd.DataFrame):
    return list(corpus[["article_id", "outlet", "text"]].itertuples(index=False, name=None))


def _article_quotes(quotes: pd.DataFrame, article_id) -> list:
    rows = quotes[quotes["article_id"] == article_id]
    found = [
        {"start": int(s), "end": int(e), "speaker": "" if pd.isna(sp) else str(sp),
         "speaker_group": "other" if pd.isna(g) or not str(g) else str(g)}
        for s, e, sp, g in zip(rows["start"], rows["end"], rows["speaker"], rows["speaker_group"])
    ]
    return sorted(found, key=lambda q: (q["start"], q["end"]))


def _non_overlapping(text: str, patterns) -> list:
    taken = []
    for term, pattern in patterns:
        for match in pattern.finditer(text):
            start, end = match.span()
            if start < end and all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, term))
    return sorted(taken)


def _quote_around(quotes: list, start: int, end: int):
    for quote in quotes:
        if quote["start"] <= start and end <= quote["end"]:
            return quote
    return None


def _paragraph_of(starts: list, offset: int) -> int:
    number = -1
    for number_here, start in enumerate(starts):
        if start > offset:
            break
        number = number_here
    return max(number, 0)


def _owners(length: int, quotes: list) -> list:
    """For each character, the number of the first quote covering it, or -1."""
    owner = [-1] * length
    for number, quote in enumerate(quotes):
        for i in range(max(0, quote["start"]), min(length, quote["end"])):
            if owner[i] == -1:
                owner[i] = number
    return owner


def _dominant_voice(text: str, start: int, end: int, owner: list, quotes: list) -> tuple:
    chars = {}
    total = 0
    for i in range(start, end):
        if not text[i].isspace():
            total += 1
            if owner[i] >= 0 and quotes[owner[i]]["speaker"]:
                speaker = quotes[owner[i]]["speaker"]
                chars[speaker] = chars.get(speaker, 0) + 1
    if chars:
        speaker, count = max(chars.items(), key=lambda item: item[1])
        if count * 2 > total:
            group = next(q["speaker_group"] for q in quotes if q["speaker"] == speaker)
            return speaker, group
    return "narration", "narration"


def _place_names(prisons: pd.DataFrame) -> dict:
    """``{name as written: (kind, canonical name, county)}``; prisons first."""
    names = {}
    for prison, aliases, county in zip(prisons["prison"], prisons["aliases"], prisons["county"]):
        short = re.sub(r"^(?:HMP|HMYOI|HMP/YOI|HM Prison)\s+", "", str(prison)).strip()
        forms = [str(prison), f"HMP {short}", f"HM Prison {short}", f"{short} Prison", f"{short} prison"]
        forms += [a.strip() for a in str(aliases or "").split(";") if a.strip()]
        for form in forms:
            names.setdefault(form, ("prison", str(prison), str(county)))
    for town, county in zip(prisons["town"], prisons["county"]):
        if town:
            names.setdefault(str(town), ("town", str(town), str(county)))
    for county in prisons["county"]:
        names.setdefault(str(county), ("county", str(county), str(county)))
    for nation in NATIONS:
        names.setdefault(nation, ("nation", nation, ""))
    return names


def _towns_of(prisons: pd.DataFrame, prison: str) -> list:
    return [str(t) for p, t in zip(prisons["prison"], prisons["town"]) if p == prison and t]


def _check_sheet(table: pd.DataFrame, *, corpus, where, name: str) -> pd.DataFrame:
    texts = outlets = None
    if corpus is not None:
        require_columns(corpus, ["article_id", "outlet", "text"])
        texts = dict(zip(corpus["article_id"], corpus["text"]))
        outlets = dict(zip(corpus["article_id"], corpus["outlet"]))
    has_evidence = "evidence" in table.columns
    rows, seen = [], {}
    for i, row in enumerate(table.to_dict("records")):
        cell = {k: "" if (v is None or (isinstance(v, float) and pd.isna(v))) else str(v).strip() for k, v in row.items()}
        coder, article_id, answer = cell["coder"], cell["article_id"], cell["answer"].lower()
        qid = _question_id(cell["question_id"])
        if not coder:
            raise CorpusError(f"{where(i)}, column 'coder': empty; write the coder's name or initials.")
        if not article_id:
            raise CorpusError(f"{where(i)}, column 'article_id': empty; write the id of the article coded.")
        if texts is not None and article_id not in texts:
            raise CorpusError(
                f"{where(i)}, column 'article_id': {article_id!r} is not an article of the corpus; "
                f"use one of {', '.join(map(repr, texts))}."
            )
        if qid is None:
            raise CorpusError(
                f"{where(i)}, column 'question_id': {cell['question_id']!r} is not a question; use q01 to q20 "
                "as in the template."
            )
        if not answer:
            raise CorpusError(
                f"{where(i)}, column 'answer': missing for article {article_id!r} question {qid}; write yes or no."
            )
        if answer not in ANSWERS:
            raise CorpusError(f"{where(i)}, column 'answer': {cell['answer']!r} is not an answer; write yes or no.")
        if (coder, article_id, qid) in seen:
            raise CorpusError(
                f"{where(i)}, column 'question_id': coder {coder!r} already answered {qid} for article "
                f"{article_id!r} ({seen[(coder, article_id, qid)]}); keep one answer."
            )
        seen[(coder, article_id, qid)] = where(i)
        evidence = cell.get("evidence", "") if has_evidence else ""
        evidence_start = evidence_end = -1
        if evidence and texts is not None:
            evidence_start = texts[article_id].find(evidence)
            if evidence_start < 0:
                raise CorpusError(
                    f"{where(i)}, column 'evidence': {evidence[:60]!r} is not in article {article_id!r}; "
                    "copy the words exactly from the text (curly and straight quotation marks differ)."
                )
            evidence_end = evidence_start + len(evidence)
        frame, question = _QUESTION_INFO[qid]
        rows.append((coder, article_id, qid, frame, question, answer, evidence,
                     outlets.get(article_id, "") if outlets else "", evidence_start, evidence_end))
    sheet = pd.DataFrame(rows, columns=SHEET_COLUMNS + ["outlet", "evidence_start", "evidence_end"])
    for (coder, article_id), answered in sheet.groupby(["coder", "article_id"], sort=False)["question_id"]:
        missing = [qid for qid, _, _ in FRAME_QUESTIONS if qid not in set(answered)]
        if missing:
            more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
            raise CorpusError(
                f"{name}: coder {coder!r} has no row for article {article_id!r} question {missing[0]}{more} "
                "(column 'question_id'); add the missing rows from the template and answer yes or no."
            )
    if corpus is None and "outlet" in table.columns:  # a sheet checked before keeps its outlets
        sheet["outlet"] = table["outlet"].fillna("").astype(str).to_numpy()
    return sheet


def _question_id(value: str):
    match = re.fullmatch(r"[qQ]?0*(\d{1,2})", value)
    if not match:
        return None
    qid = f"q{int(match.group(1)):02d}"
    return qid if qid in _QUESTION_INFO else None
