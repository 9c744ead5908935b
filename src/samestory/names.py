"""Names in a run of words: a person's, an organisation's, and the small words around them.

``samestory.speakers`` reads the words next to a quotation and asks, again and
again, the same few questions about them: which words are a person's name
(``POA general secretary Steve Gillan`` -> ``Steve Gillan``), which are an
organisation's (``the Ministry of Justice``), is this word a title (``Minister``,
``Gov.``), a name (``Gillan``, ``al-Rashid``) or an initial (``J.``), and which
sex a word such as ``spokeswoman`` shows. This module answers them, one small
function each, on plain lists of words; it knows nothing of articles or
quotations. The word lists it reads are in ``samestory.speaker_words``.

Examples
--------
>>> person_name("POA general secretary Steve Gillan".split())
['Steve', 'Gillan']
>>> org_name("the Ministry of Justice".split())
'Ministry of Justice'
"""

import functools
import re
import unicodedata

from samestory.speaker_words import (
    COMMON_WORDS,
    CONNECTORS,
    COURTESY_TITLES,
    DETERMINERS,
    EPITHET_NOUNS,
    FEMALE_WORDS,
    FIRST_NAME_TITLES,
    MALE_WORDS,
    MASTHEAD_WORDS,
    NAME_PARTICLES,
    NAME_TITLES,
    NATIONALITY_NOUNS,
    OFFICE_CALLINGS,
    NEWSPAPER_WORDS,
    OFFICE_WORDS,
    ONE_NAME_CALLINGS,
    ORG_TAILS,
    ORG_WORDS,
    PARTICLE_PREFIXES,
    PLACE_END_WORDS,
    PSEUDONYM_CUES,
    ROLE_WORDS,
    TITLE_CASE_LINKS,
    TITLE_ROLES,
    TITLES,
    word_set,
)
from samestory.tokens import ABBREVIATIONS

# "54-year-old", "Fifteen-year-old": an age, never part of a name.
AGE_WORD = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old", re.IGNORECASE)
# A full stop, or the one-dot leader some editors type for one ("Sergey M\u2024").
STOPS = {".", "\u2024"}
# "Doug Collins of Georgia", "Eva Stone from Leeds": words that put a place after a name.
PLACE_LINKS = word_set("of from")
# Words of offices and organisations ("Affairs", "Ministry"), which end a name read backwards.
OFFICE_OR_ORG = OFFICE_WORDS | ORG_WORDS
_PLACE_OR_AT = PLACE_LINKS | {"at"}
# Last words of places and events, which are hardly ever surnames: "Carrow Road", "the Dublin Marathon" ("Street" is
# an organisation word already; not "Arena": people are called that).
_PLACE_OR_EVENT_ENDS = PLACE_END_WORDS | {"marathon"}
# First words of places' names, which no one has for a first name: "Port Talbot", "Loch Katrine", "North Wales"
# (not "River", "Lake" or "Glen": people are called those).
_PLACE_STARTS = word_set(
    "loch lough mount port fort cape great greater upper lower north south east west northern southern eastern western"
)
_PARTICLE_JOIN = re.compile(r"[-'’]")
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")
# Titles that, written in capitals, are more often someone's initials.
_INITIALS_TOO = frozenset({"cr"})
# Prefixes that keep a title a title: "Co-Investigator", "Vice-Chancellor", "Deputy-Director".
_TITLE_PREFIXES = frozenset({"co", "vice", "deputy", "sub", "assistant", "associate", "acting", "interim"})
# "hEochaidh", "nGadhra", "tSúilleabháin": an Irish surname's first letter written before its capital.
_IRISH_MUTATION = re.compile(r"[hnt][A-ZÁÉÍÓÚ][a-záéíóú]+")
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z]{1,5}")
_PSEUDONYM_FIRST_WORDS = frozenset(cue[0] for cue in PSEUDONYM_CUES)
# Words for someone who belongs to a place or a person, never part of that place's name: "a resident of El Wak".
BELONGING_WORDS = word_set(
    "resident residents native natives citizen citizens neighbour neighbor friend relative villager inhabitant inhabitants",
    "local locals",
)
_MONTH_SURNAMES = {"May"}  # surnames that are also a word of time ("Theresa May", "Brian May")
# Months that are also first names ("April Lanotte", "June Carter"), and the words that make them a time instead ("in April").
MONTH_FIRST_NAMES = frozenset({"April", "May", "June", "August"})
TIME_LINKS = frozenset({"in", "on", "since", "by", "until", "till", "from", "through", "of", "last", "next", "early", "late", "mid", "this", "that", "each", "every"})
_QUESTION_OPENERS = word_set("will can may should would could did does do is are was were has have had shall must")
# Languages and nationality words, which a story writes with a capital but which name no one.
_LANGUAGES = word_set(
    "english french spanish german italian portuguese dutch russian chinese japanese korean arabic",
    "hindi urdu turkish greek polish swedish danish norwegian finnish hebrew persian latin welsh irish",
)
# Words that put a time on a day: "on Sunday", "last Sunday", "until Sunday".
_BEFORE_A_DAY = word_set("on by until till since from last next this that every each early late")
# Titles of religious orders that are also family words, written in lower case for a relative: "his sister Megan".
_FAMILY_TITLES = word_set("mother father sister brother")
# Papers whose Sunday edition is named "... on Sunday".
_SUNDAY_EDITIONS = {"Mail", "Independent"}
# Letters written after a name: a seat's member ("Dover and Deal MP"), honours and ranks at the bar.
SEAT_LETTERS = frozenset("MP MEP MSP MS AM MLA MHK TD".split())
_POST_NOMINALS = SEAT_LETTERS | frozenset("QC KC SC OBE MBE CBE KBE DBE".split())  # (SC: an Irish senior counsel)
# The number after a name: "George Steinbrenner III", "Dalai Lama XIV".
ROMAN_NUMERAL = re.compile(r"[IVX]{1,4}")
# The word after a son's name that shows it is his father's too: "Martin Luther King Jr.".
NAME_SUFFIXES = word_set("jr sr")
_IRREGULAR_PLURALS = {"children": "child", "people": "person", "men": "man", "women": "woman", "spokesmen": "spokesman", "spokeswomen": "spokeswoman"}


# Endings of words for a job that no given name has: "groundsman", "greenkeeper", "fishmonger", "stallholder",
# "lifeguard", "postmistress", "headmaster", "firefighter", "hairdresser", "photographer", "electrician",
# "caseworker", "songwriter", "bartender" (none ends a first name of data/first_names.csv seven letters or longer).
_JOB_ENDINGS = (
    "sman", "swoman", "keeper", "monger", "holder", "guard", "mistress", "master", "fighter", "dresser", "grapher",
    "ician", "worker", "writer", "tender",
)  # fmt: skip


def person_name(words: list) -> list:
    """Pick a person's name out of a mention, leaving titles and roles out.

    The same mentions recur through an article, so answers are remembered
    (``_person_name`` is cached on the words; a new list is returned each time).

    Examples
    --------
    >>> person_name("POA general secretary Steve Gillan".split())
    ['Steve', 'Gillan']
    >>> person_name("Republican committee member Doug Collins of Georgia".split())
    ['Doug', 'Collins']
    >>> person_name("First Minister of Scotland Nicola Sturgeon".split())
    ['Nicola', 'Sturgeon']
    >>> person_name("Minister of Fiji Rafael van der Berg".split())
    ['Rafael', 'van', 'der', 'Berg']
    >>> person_name(["Ursula", "van", "der", "Berg", "(", "Green", ")"])
    ['Ursula', 'van', 'der', 'Berg']
    >>> person_name("The mayor of London".split()), person_name(["POA"])
    ([], [])
    >>> person_name("San Francisco Giants LF Barry Bonds".split()), person_name("Dalai Lama XIV".split())
    (['Barry', 'Bonds'], ['Dalai', 'Lama', 'XIV'])
    >>> person_name("Martin Luther King Jr.".split())
    ['Martin', 'Luther', 'King', 'Jr.']
    """
    return list(_person_name(tuple(words)))


@functools.lru_cache(maxsize=8192)
def _person_name(words: tuple) -> list:
    words = join_initials(drop_brackets(words))
    words = [w for w in words if w not in {".", ","} and not AGE_WORD.fullmatch(w) and not _PARTY_TAG.fullmatch(w)]  # "Fifteen-year-old Robert", "D-Mich"
    owners = [i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))]
    if owners:  # "the Royal College of Nursing's Eva Stone": the name after the owner
        after = words[owners[-1] + 1 :]
        link = next((i for i, w in enumerate(words[: owners[-1]]) if w in PLACE_LINKS), 0)
        before = _person_name(tuple(words[:link])) if link else []
        words = words[:link] if len(before) >= 2 and not _person_name(tuple(after)) else after  # "Nikki Holland of the UK's crime agency"
    words = [strip_possessive(w) for w in words]
    words = [w for k, w in enumerate(words) if k == 0 or w != words[k - 1]]  # "Paul Frommer Frommer": a caption left in
    while len(words) >= 3 and words[-1] in _POST_NOMINALS:
        words = words[:-1]  # "Tom Hale MP", "Ana Ruiz QC": letters after a name
    if len(words) >= 3 and (ROMAN_NUMERAL.fullmatch(words[-1]) or words[-1].lower().rstrip(".") in NAME_SUFFIXES):
        name = _person_name(tuple(words[:-1]))  # "Dalai Lama XIV" is the Dalai Lama's name, numbered;
        return name + words[-1:] if name else []  # "Martin Luther King Jr." is Martin Luther King's, junior
    # "Doug Collins of Georgia", "Eva Stone from Leeds": a place after the name qualifies it (and after "in",
    # a name of two words or more: "Muhammad Sharifullah in Quetta", not "Pride in London").
    for i in range(1, len(words) - 1):
        placed = words[i] in _PLACE_OR_AT or (words[i] == "in" and len(_person_name(tuple(words[:i]))) >= 2)
        if placed and name_like(words[i - 1]) and not name_title(words[i - 1]):
            if not (_person_name(tuple(words[:i])) or words[i - 1].lower() in ORG_WORDS):
                break  # "Minister for Trade of Fiji Sereana Vakadewa": "of" inside the title
            after = words[i + 1 :]
            if words[i - 1].lower() in ORG_WORDS and sum(w[:1].isupper() for w in after) >= 4:
                break  # "Council of Jewish Communities Ephraim Borowski": the body's name, then the person's
            named_after = name_like(after[-1]) and after[-1].lower() not in OFFICE_OR_ORG  # not "... of the World Health Organization"
            titled_after = any(is_title(w) or w.lower() in ROLE_WORDS for w in after[:-1]) and named_after
            if not titled_after or len(_person_name(tuple(words[:i]))) >= 2:  # ("Jo McPherson of Police Scotland")
                words = words[:i]  # (but "Bank of England governor Andrew Bailey" is Andrew Bailey)
            break
    # "Theresa May": a surname that is also a month, after a first name
    month_surname = len(words) >= 2 and words[-1] in _MONTH_SURNAMES and name_like(words[-2]) and not is_title(words[-2])
    if not words or not (name_like(words[-1]) or month_surname) or words[-1].lower() in OFFICE_OR_ORG | _PLACE_OR_EVENT_ENDS:
        return []  # (nor "Minister for Foreign Affairs": an office, nor "Carrow Road": a place)
    if words[-1].endswith("s") and (words[-1].lower() in ROLE_WORDS or singular(words[-1].lower()) in ROLE_WORDS - {"man", "woman"}):
        return []  # "Inspectors", "Residents" opening a sentence, "South Sudan's Vice Presidents": a group, not a name
    if len(words) == 1 and words[0].lower() in _IRREGULAR_PLURALS:
        return []  # "Children fostered now would be removed": a group opening a sentence
    if len(words) == 1 and words[0].lower() in _QUESTION_OPENERS | _LANGUAGES:
        return []  # "Will the port expand?": a question, not a man called Will; "in broken English": a language
    if "on" in words and any(w.lower() in ORG_WORDS for w in words[: words.index("on")]):
        return []  # "Commission on International Religious Freedom": an organisation
    if len(words) > 2 and aimed_link(words, 1 + (words[0].lower() == "the")):
        return []  # "the Campaign to Protect Rural England": an organisation (not "Ann Roe of the Campaign ...")
    name = [words[-1]]
    i = len(words) - 2
    if is_title(words[-1]) and not (i >= 0 and name_like(words[i]) and not is_title(words[i])):
        return []  # a title alone ("Minister", "MP") is not a name
    if is_title(words[-1]) and words[i].lower() in OFFICE_OR_ORG:
        return []  # "the Transport Minister", "the Health Secretary": an office
    if is_title(words[-1]) and i >= 1 and is_title(words[i - 1]) and words[i - 1].lower().rstrip(".") not in COURTESY_TITLES:
        return []  # "Chief Operating Officer": a title of three words, not "Operating" the officer (but "Sir John Major")
    while i >= 0:
        word = words[i]
        if word.lower() in OFFICE_OR_ORG:
            if len(name) == 1 and word[:1].isupper() and word.lower() in ORG_WORDS and not any(is_title(w) for w in words[:i]):
                return []  # "the International Committee for Press Freedom": the end of an organisation's name
            break  # "Minister for Foreign Affairs Sami Shukri", "... of the Andean Community Wagner"
        if len(name) >= 2 and (org_shaped(word) or word.lower() in NEWSPAPER_WORDS):
            break  # "spokesperson for TransCanada Grady Semmens", "the Lincoln Journal Star Sandra Fluke": a body, then the person
        if word == "Con" and i >= 1 and words[i - 1].lower().rstrip(".") in {"det", "detective"}:
            break  # "Det Con Sarah Boyle": a detective constable (but "Con Houlihan" is a name)
        if len(name) >= 2 and len(word) >= 7 and word.lower().endswith(_JOB_ENDINGS):  # (not "Usman", "Osman")
            break  # "Groundsman Terry Walsh", "Fishmonger Declan Walsh": a job opening the sentence, then the name
        if word == "Garda" and len(name) >= 2:
            break  # "Garda Niall Quinlan": an Irish officer's rank (but "Dublin Garda Division" is a body)
        month_first = word in MONTH_FIRST_NAMES and len(name) == 1 and (i == 0 or words[i - 1].lower() not in TIME_LINKS)
        if (name_like(word) or month_first) and not name_title(word):
            name.insert(0, word)  # (and "April Lanotte": a first name that is also a month, not after "in")
        elif word in NAME_PARTICLES:  # "van der Berg", "Luis de la Cruz"
            name.insert(0, word)
        else:
            break
        i -= 1
    if len(name) >= 2 and name[0].lower() in NEWSPAPER_WORDS:
        return []  # "The Daily Advertiser": a newspaper
    if i >= 0 and masthead_day(words, i):
        return []  # "the Sunday Mirror": a newspaper too
    before = [w.lower() for w in words[: i + 1]]
    if before[-1:] == ["in"]:
        return []  # "the U.S. Embassy in Nairobi": a place
    if "&" in before:
        return []  # "Lindqvist & Åberg": a firm
    if "and" in before and ORG_WORDS.intersection(before) and not is_title(words[0]):
        return []  # "Department of Health and Social Care": an organisation's name (not "Secretary of ... and ... Tom Hale")
    family = i >= 0 and words[i] in _FAMILY_TITLES  # "his mother Ann", in lower case (not "Mother Teresa")
    if len(name) == 1 and i >= 0 and words[i].lower() in FIRST_NAME_TITLES and not family:
        name.insert(0, words[i])  # "Pope Francis", "Swami Chakrapani": known by title and one name
    elif len(name) == 1 and i >= 1 and words[i] == "Justice" and words[i - 1].rstrip(".").lower() in {"mr", "mrs", "ms"}:
        name.insert(0, words[i])  # "Mr Justice Green": an English judge's style, kept as his name (not "Green")
    titled_link = i > 0 and (is_title(words[i - 1]) or role_word(words[i - 1]))  # "Senator from", "Mayor of", "mother-of-two from"
    titled_from = titled_link and words[i] == "from"
    linked_the = i > 0 and words[i] == "the" and words[i - 1] in CONNECTORS | {"to"}  # "Minister for the Olympics Tessa Jowell"
    if i >= 0 and (words[i] in CONNECTORS or titled_from or linked_the):
        # "First Minister of Scotland Nicola Sturgeon", "Senator from Vermont Bernie Sanders": the place, then the name.
        capitals = [k for k, w in enumerate(name) if w not in NAME_PARTICLES]  # ("of Rafael van der Berg": one person)
        if len(capitals) == 2 and capitals[1] > 1 and titled_link and words[i] in CONNECTORS:
            name = name[1:]  # "Mayor of Rotterdam van Dijk": the place, then a surname with its particles
        elif len(capitals) < 3:
            return []
        else:
            name = name[capitals[-2] :]  # ("Minister of Fiji Rafael van der Berg": the particles stay with the surname)
    if any(w.lower() in ORG_WORDS for w in name) or all(w.isupper() and len(w) > 1 for w in name):
        return []  # an organisation ("Court of Session") or an acronym ("POA")
    if not all(any(ch.isalpha() for ch in w) for w in name):
        return []  # "45" in "Stone, 45, said" is an age
    owner_of = [  # (but "ambassador to the UN Vasily Nebenzya" is an envoy to a body)
        k
        for k in range(1, i + 1)
        if words[k] in {"for", "to", "at"} and words[k - 1].islower() and words[k - 1] in ROLE_WORDS
        and not (words[k + 1] == "the" and words[k + 2 : k + 3] and words[k + 2][:1].isupper())
        and not (org_shaped(words[k + 1]) and len(name) >= 2 and words[k + 1] not in name)  # ("for TransCanada Grady Semmens")
    ]
    owner_of += [k for k in range(1, i + 1) if words[k] == "of" and words[k - 1] in BELONGING_WORDS]
    owner_of += [k for k in range(2, i + 1) if words[k] == "to" and words[k - 1] == "close"]  # "a source close to Tom Hale"
    if owner_of:
        return []  # "a spokeswoman for Mayor Ann Lee", "an aide to Ann Lee", "a resident of Barangay San Jose"
    calling = name[0].lower() in ROLE_WORDS | EPITHET_NOUNS | OFFICE_CALLINGS or (name[0].lower().endswith("ist") and len(name[0]) >= 7)  # "Environmentalist" (not "Tigist"), "Tycoon Philip Green"
    calling = calling or name[0].lower() in NATIONALITY_NOUNS  # "Spaniard Rafael Nadal", "Welshman Gareth Bale"
    if len(name) >= 3 and (calling or name[0].partition("-")[2][:1].islower()):
        name = name[1:]  # "Nurse Eva Stone", "Teenager Ana Ruiz", "Co-developer Jing Wang" at the start of a sentence
    elif len(name) == 2 and name[0].lower() in ONE_NAME_CALLINGS:
        name = name[1:]  # "Survivor Syakrani, 24, said": someone known by one name
    tags = [k for k, w in enumerate(name[:-2]) if 2 <= len(w) <= 4 and w.isalpha() and w.isupper()]
    if tags:
        name = name[tags[-1] + 1 :]  # "San Francisco Giants LF Barry Bonds", "DJ Zane Lowe": initials before the name
    if len(name) == 2 and name[0].lower() in _PLACE_STARTS:
        return []  # a place: "Port Talbot", "Loch Katrine", "North Wales"
    return name


def role_word(word: str) -> bool:
    """A word for what someone is, ``resident``, or a relative with a count, ``mother-of-two``.

    >>> role_word("resident"), role_word("mum-of-two"), role_word("Hythe")
    (True, True, False)
    """
    lowered = word.lower()
    return lowered in ROLE_WORDS or ("-of-" in lowered and lowered.split("-", 1)[0] in ROLE_WORDS)


# Words for who runs a newspaper or a broadcaster: "the official China Daily", "state-run Xinhua".
_DESCRIBED_BY = re.compile(r"-(?:based|led|backed|owned|run|controlled)$")
# Words that open a mention of an organisation but are no part of its name: "the", "official" in
# "the official China Daily" (in lower case only: "Official Monster Raving Loony Party" is a name).
_BEFORE_ORG_NAMES = DETERMINERS | COMMON_WORDS


def org_shaped(word: str) -> bool:
    """Is ``word`` written like a company's name, not a person's: ``TransCanada``, ``PayPal``, ``NASA``?

    Capitals inside a surname after Mc, Mac, De, Di, Da, Du, Le, La, Van or Von do not count.

    >>> org_shaped("TransCanada"), org_shaped("NASA"), org_shaped("McDonald"), org_shaped("Semmens")
    (True, True, False, False)
    """
    if word.isupper() and len(word) > 1 and word.isalpha():
        return True
    inner = re.match(r"([A-Z][a-z]+)[A-Z]", word)
    return inner is not None and inner.group(1) not in _SURNAME_PREFIXES


_SURNAME_PREFIXES = frozenset("Mc Mac De Di Le La Du Da Van Von".split())


# Words that may head a body whose name goes on with "to" and what it is for: "the Committee to Protect
# Journalists", "the Campaign to Protect Rural England".
AIMED_NAME_HEADS = word_set(
    "committee campaign network society coalition alliance movement foundation fund project league association",
    "council commission centre center institute trust federation forum partnership initiative group",
)


# The verbs such a name goes on with: what the body is for.
AIM_VERBS = word_set(
    "protect record end save stop defend promote prevent fight free abolish reform restore keep make support",
    "help ban combat eliminate preserve remember rebuild reopen improve investigate oppose secure reduce",
)


def aimed_link(words: list, k: int) -> bool:
    """Is ``words[k]`` the ``to`` inside a body's name such as ``Committee to Protect Journalists``?

    >>> aimed_link("the Committee to Protect Journalists".split(), 2), aimed_link("the Council to Folkestone".split(), 2)
    (True, False)
    """
    return (
        0 < k < len(words) - 1 and words[k] == "to" and words[k - 1][:1].isupper()
        and words[k - 1].lower() in AIMED_NAME_HEADS and words[k + 1][:1].isupper() and words[k + 1].lower() in AIM_VERBS
    )


def org_name(words: list) -> str:
    """Name an organisation, a place or a document from a mention, or ``""``.

    Examples
    --------
    >>> org_name("the Ministry of Justice".split()), org_name("The POA trade union".split())
    ('Ministry of Justice', 'POA')
    >>> org_name(["Steve", "Gillan"]), org_name("the Campaign to Protect Rural England".split())
    ('', 'Campaign to Protect Rural England')
    """
    return _org_name(tuple(words))


@functools.lru_cache(maxsize=8192)
def _org_name(words: tuple) -> str:
    words = [w for w in join_initials(drop_brackets(words)) if w not in {".", ","}]  # "U.S. Embassy"
    words = words[:-1] + [strip_possessive(w) for w in words[-1:]]  # "Haverleigh District Council's planning committee"
    before = ""
    while words and (words[0].lower() in _BEFORE_ORG_NAMES or words[0] == "official" or _DESCRIBED_BY.search(words[0])):
        if masthead_day([before] + words, 1):
            break  # ("The Sunday Times": the day is part of the name)
        before, words = words[0], words[1:]  # ("the Geneva-based Centre for ...", "the official Xinhua agency": no part of its name)
    if len(words) > 2 and words[0].lower() in ROLE_WORDS and words[0].endswith("s") and words[1] == "of":
        words = words[2:]  # "Members of Haverleigh District Council": the council
    phrase = " ".join(words)
    for tail in ORG_TAILS:
        if phrase.endswith(" " + tail) and len(phrase) > len(tail) + 1:  # "the GMB union", not "Workers Union"
            head = phrase[: -len(tail) - 1]
            if head and head.split()[-1][:1].isupper():
                phrase = head
                break
    words = phrase.split()
    posted = [w == "in" and k > 0 and words[k - 1].lower() in ORG_WORDS for k, w in enumerate(words)]  # "Embassy in Nairobi"
    dated = [masthead_day([before] + words, k + 1) for k in range(len(words))]  # "Sunday" in "the Mail on Sunday"
    linked = _title_case_links(words)  # "Reporters Without Borders", "Hope Not Hate"
    linked = [t or aimed_link(words, k) for k, t in enumerate(linked)]  # "the Committee to Protect Journalists"
    if not words or not all(
        name_like(w) or w in CONNECTORS or w in {"the", "on", "and", "&"} or p or d or t for w, p, d, t in zip(words, posted, dated, linked)
    ):
        return ""
    if not (name_like(words[-1]) or dated[-1]):
        return ""
    acronym = len(words) == 1 and words[0].isupper() and len(words[0]) > 1
    newspaper = any(w.lower() in NEWSPAPER_WORDS for w in words[:-1]) or any(dated)  # "The Daily Advertiser", not "Pete Daily"
    if acronym or newspaper or any(linked) or any(w.lower() in ORG_WORDS for w in words):
        return phrase
    return ""


def linked_name(words: list) -> bool:
    """Are ``words`` a name with a link word written with a capital inside it: ``Reporters Without Borders``?

    Mid-sentence, only a name writes ``Without``, ``Not`` or ``For`` with a capital, so the words
    are one name (a campaign's or charity's), not a person called ``Borders``.

    >>> linked_name(["Reporters", "Without", "Borders"]), linked_name(["Hope", "not", "Hate"]), linked_name(["Tom", "Hale"])
    (True, False, False)

    A title before the link word makes it an office (``Minister For Housing``), not such a name:

    >>> linked_name("Minister For Housing Darragh Quinlan".split())
    False
    """
    words = words[1:] if words and words[0].lower() == "the" else words
    links = _title_case_links(words)
    if not any(links) or not all(w[:1].isupper() for w in words):
        return False
    return not any(is_title(w) for w in words[: links.index(True)])  # (not "Minister For Housing Darragh Quinlan")


def title_case_link(words: list, k: int) -> bool:
    """Is ``words[k]`` a link word written with a capital between two capitalised words of one name?

    ``Without`` in ``Reporters Without Borders``, and ``The`` after such a word (``Residents Against
    The Incinerator``).

    >>> title_case_link(["Reporters", "Without", "Borders"], 1), title_case_link(["Dr.", "For", "Us"], 1)
    (True, False)
    """
    if not 0 < k < len(words) - 1 or not words[k][:1].isupper():
        return False
    before, word = words[k - 1], words[k].lower()
    linked = word in TITLE_CASE_LINKS or (word == "the" and before.lower() in TITLE_CASE_LINKS)
    return linked and before[:1].isupper() and before[-1:].isalpha() and words[k + 1][:1].isupper()


def _title_case_links(words: list) -> list:
    """For each word, is it a link word with a capital inside the name (``title_case_link``)?"""
    return [title_case_link(words, k) for k in range(len(words))]


def masthead_day(words: list, k: int) -> bool:
    """Is ``words[k]`` the Sunday of a Sunday paper's name: ``the Sunday Times``, ``the Mail on Sunday``?

    Not a Sunday that a word of time comes before (``On Sunday Post Office staff ...``), nor one after
    a longer name (``the Washington Post on Sunday``, ``Royal Mail on Sunday``).

    >>> masthead_day(["the", "Sunday", "Times"], 1), masthead_day(["Sunday", "Times"], 0), masthead_day(["The", "Mail", "on", "Sunday"], 3)
    (True, True, True)
    >>> masthead_day(["On", "Sunday", "Post", "Office"], 1), masthead_day(["Washington", "Post", "on", "Sunday"], 3)
    (False, False)
    """
    if words[k] != "Sunday":
        return False
    after = words[k + 1] if k + 1 < len(words) else ""
    timed = k >= 1 and words[k - 1].lower() in _BEFORE_A_DAY
    if not timed and after.lower() in MASTHEAD_WORDS and after[:1].isupper():
        return True  # "the Sunday Times"
    edition = k >= 2 and words[k - 1] == "on" and words[k - 2] in _SUNDAY_EDITIONS
    return edition and (k == 2 or words[k - 3].lower() in {"the", ""})  # "the Mail on Sunday"


def nationality_word(word: str) -> bool:
    """Is a capitalised word a nationality that is also a language (``Polish``, ``German``), not a name that ends like one (``Ryan``)?

    >>> nationality_word("Polish"), nationality_word("Ryan")
    (True, False)
    """
    return word[:1].isupper() and word.lower() in _LANGUAGES


@functools.lru_cache(maxsize=16384)
def nationality_shaped(word: str) -> bool:
    """Is a capitalised word shaped like a nationality (``Kenyan``, ``British``, ``Japanese``, ``French``, ``Tongan-born``)?

    >>> nationality_shaped("Indian"), nationality_shaped("Tongan-born"), nationality_shaped("Ministry")
    (True, True, False)
    """
    word = word.removesuffix("-born")
    return word[:1].isupper() and word.lower().endswith(("ian", "an", "ese", "ish", "ch"))


# A social-media user's handle: "@jdoe99", or a user name with underscores ("i_l_d", "ann_roe").
HANDLE = re.compile(r"@\w+|[^\W_]+(?:_[^\W_]+)+")


def name_like(word: str) -> bool:
    """May ``word`` be part of a name: capitalised (or a number, or ``al-Rashid``) and not a common word?

    Examples
    --------
    >>> name_like("Gillan"), name_like("However"), name_like("POA"), name_like("al-Rashid")
    (True, False, True, True)
    >>> name_like("@jdoe99"), name_like("i_l_d"), name_like("user")
    (True, True, False)
    """
    if particle_name(word) or (("_" in word or word[:1] == "@") and HANDLE.fullmatch(word)):
        return True  # (and a social-media handle: "@jdoe99", "i_l_d")
    if not word or not (word[0].isupper() or word[0].isdigit()):
        return False
    return (word.isupper() and len(word) > 1) or word.lower() not in COMMON_WORDS


def particle_name(word: str) -> bool:
    """``al-Rashid``, ``el-Masri``, ``d'Alema``: a particle joined to a capitalised name.

    So is a word of the shape of an Irish surname written with a letter before its capital, as after
    ``Ó`` or ``Ní`` (``Ó hEochaidh``, ``Ní nGadhra``); few other words have that shape (``hPa``).

    >>> particle_name("al-Rashid"), particle_name("hEochaidh"), particle_name("hello")
    (True, True, False)
    """
    if word[1:2].isupper() and _IRISH_MUTATION.fullmatch(word):
        return True
    if "-" not in word and "'" not in word and "’" not in word:
        return False
    parts = _PARTICLE_JOIN.split(word, maxsplit=1)
    return len(parts) == 2 and parts[0] in PARTICLE_PREFIXES and parts[1][:1].isupper()


def is_initial(word: str) -> bool:
    """``J`` or ``J.R`` (written ``J.R.``): initials, whose full stop belongs to them."""
    return _INITIALS.fullmatch(word) is not None


def join_initials(words: list) -> list:
    """``["Donald", "J", ".", "Harper"]`` -> ``["Donald", "J.", "Harper"]``."""
    joined = []
    for word in words:
        if word in STOPS and joined and (is_initial(joined[-1]) or joined[-1].lower() in {"jr", "sr"}):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def drop_brackets(words: list) -> list:
    """Leave out words in brackets: ``Lisa Graham (Republican)`` is Lisa Graham."""
    kept, depth = [], 0
    for word in words:
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            kept.append(word)
    return kept


def is_title(word: str) -> bool:
    """``Minister``, ``Ex-Prime``, ``Director-General``: a title, not a name."""
    lower = word.lower().rstrip(".")
    if word.isupper() and lower in _INITIALS_TOO:
        return False  # "CR Venkatesh": initials, where "Cr Marchetti" is a councillor
    return lower in TITLES or lower in TITLE_ROLES or ("-" in lower and any(part in TITLES for part in lower.split("-")))


def name_title(word: str) -> bool:
    """A title by our list or nameparser's (``Administrator``), or a word of the
    shape of one (``Assemblywoman``, ``Chairperson``), where it stands before a name."""
    lower = word.lower().rstrip(".")
    if word.isupper() and lower in _INITIALS_TOO:
        return False
    if "-" in lower and lower.split("-")[-1] in NAME_TITLES and lower.split("-")[0] in _TITLE_PREFIXES:
        return True  # "Co-Investigator", "Vice-Chancellor"
    return is_title(word) or lower in NAME_TITLES or lower.endswith(("woman", "person"))


def strip_possessive(word: str) -> str:
    """``Gillan's`` -> ``Gillan``, ``Officers'`` -> ``Officers``."""
    for ending in ("'s", "’s"):
        if word.endswith(ending) and len(word) > 2:
            return word[: -len(ending)]
    if word.endswith(("s'", "s’")):
        return word[:-1]
    return word


def abbreviated(word: str) -> bool:
    """May a full stop after ``word`` belong to it (``Dr.``, ``Jr.``, the initial ``J.``, ``Ph.D.``)?"""
    dotted = "." in word and word.replace(".", "").isalpha()  # "Ph.D", "U.S"
    party_tag = bool(_PARTY_TAG.fullmatch(word))  # "D-Calif.", "R-Tex.": a party and a state
    return word.lower() in ABBREVIATIONS or is_initial(word) or dotted or party_tag


def pseudonym(words: list) -> list:
    """The name after ``using the pseudonym``, ``known as`` ... in a description, else ``[]``.

    Examples
    --------
    >>> pseudonym("a protester using the pseudonym Katya".split())
    ['Katya']
    """
    lowered = [w.lower() for w in words]
    if not _PSEUDONYM_FIRST_WORDS.intersection(lowered):
        return []
    for cue in PSEUDONYM_CUES:
        for i in range(1, len(words) - len(cue)):
            if any(name_like(w) for w in words[:i]):
                break  # "Pelosi called Trump": not a description followed by a name
            if tuple(lowered[i : i + len(cue)]) == cue:
                rest = words[i + len(cue) :]
                if rest and all(name_like(w) for w in rest):
                    return rest
    return []


@functools.lru_cache(maxsize=16384)
def folded(word: str) -> str:
    """``Erdoğan`` -> ``erdogan``: lower case without accents, as copy often spells a name both ways."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=16384)
def lowered_words(name: tuple) -> frozenset:
    """The words of a name, each ``folded``, as a set to compare names by.

    A word with a particle written onto it (``al-Obeidi``, see
    ``PARTICLE_PREFIXES``) counts without it too, as a later mention often
    drops it (``Obeidi said``).

    >>> sorted(lowered_words(("Abdul", "Ati", "al-Obeidi")))
    ['abdul', 'al-obeidi', 'ati', 'obeidi']
    """
    words = {folded(word) for word in name}
    return frozenset(words | {word.split("-", 1)[1] for word in words if word.split("-", 1)[0] in PARTICLE_PREFIXES and "-" in word[:-1]})


def singular(word: str) -> str:
    """The singular of a plural noun for people (``children`` -> ``child``), else the word.

    Examples
    --------
    >>> singular("children"), singular("protesters"), singular("women"), singular("staff"), singular("witnesses")
    ('child', 'protester', 'woman', 'staff', 'witness')
    """
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + "y"
    if lower.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]  # "witnesses", "coaches"
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return word[:-1]  # "protesters", "users"
    return word


def gender_of(lowered: list) -> str:
    """``"f"`` or ``"m"`` if one of the lower-case words shows a sex (``spokeswoman``, ``Mr``), else ``""``.

    Examples
    --------
    >>> gender_of(["a", "spokeswoman"]), gender_of(["mr", "hale"]), gender_of(["the", "envoy"])
    ('f', 'm', '')
    """
    if any(w in FEMALE_WORDS for w in lowered):
        return "f"
    if any(w in MALE_WORDS for w in lowered):
        return "m"
    return ""
