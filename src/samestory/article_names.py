"""What an article names: the words of each paragraph, and the people, organisations and places in them.

The speaker rules (``samestory.speakers``) read an article paragraph by
paragraph and remember what it has named, so that a later ``Mr Gillan``,
``the club`` or ``it`` can be written out in full. This module holds that
memory and the reading that fills it:

- ``tokenize`` cuts a paragraph into ``Token`` objects, each with offsets
  into the article text (a whole quotation is one token);
- ``Article`` is what has been read so far: full names (``Steve Gillan``),
  organisations by their head word (``court`` -> ``Court of Session``),
  bodies the article called a club or a company (``Dutch club FC Zeewolde``),
  places (``in Southern Tagalog``), and the ``Mention`` of everyone a pronoun
  may refer back to, each a ``Speaker``;
- ``read_names`` and ``read_acronyms`` note the names a paragraph gives;
- ``fullest_name`` writes a name out as the article gives it in full
  (``Gillan`` -> ``Steve Gillan``, a misspelt ``Urdom`` -> ``Udom ...``).

Examples
--------
>>> article = Article(text="Steve Gillan of the POA spoke. Gillan said no.")
>>> read_names(article, tokenize(article.text, 0, len(article.text)))
>>> fullest_name(article, ["Gillan"], 40)
'Steve Gillan'
"""

import difflib
import functools
import re
from dataclasses import dataclass, field

from samestory.first_names import first_name_gender, job_opens_name
from samestory.names import (
    NAME_SUFFIXES,
    HANDLE,
    ROMAN_NUMERAL,
    STOPS,
    aimed_link,
    folded,
    gender_of,
    is_initial,
    is_title,
    join_initials,
    lowered_words,
    name_like,
    name_title,
    nationality_shaped,
    nationality_word,
    org_name,
    particle_name,
    person_name,
    singular,
    strip_possessive,
)
from samestory.speaker_words import (
    COMPANY_NOUNS,
    COMPANY_WORDS,
    CONNECTORS,
    DETERMINERS,
    FIELD_WORDS,
    FIRST_NAME_TITLES,
    KIND_NOUNS,
    NAME_PARTICLES,
    ORG_WORDS,
    POLICY_FIELDS,
    ROLE_WORDS,
    TITLE_CASE_LINKS,
    person_noun,
    word_set,
)
from samestory.tokens import ABBREVIATIONS

# A token is a social-media handle ("@jdoe99", "i_l_d"), a word (with inner hyphens, apostrophes or full stops:
# "Adeyemi-Coker", "O'Neill", "U.S", or an ampersand between capitals: "A&E", "AT&T"), a plural's possessive
# apostrophe ("the nurses' union"), or one other visible character.
TOKEN_PATTERN = re.compile(rf"(?<![\w@])(?:{HANDLE.pattern})|[^\W_]+(?:[-'’.][^\W_]+|(?<=[A-Z])&[A-Z][^\W_]*)*(?:(?<=s)['’](?![^\W_]))?|\S")
# Small words that may stand inside a name: "Court of Session", "Ludwig van Beethoven".
NAME_JOINERS = CONNECTORS | NAME_PARTICLES
_ACRONYM_JOINERS = word_set("of the and for & de du des la le")
_POSTED_BODIES = word_set("embassy consulate mission office bureau")  # named with the city they are in
_TITLE_LINKS = word_set("from of for to")
_PARTICLE_WORDS = "(?:" + "|".join(sorted(NAME_PARTICLES)) + ")"  # as a regular expression: "(?:ab|al|...)"


# Acronyms spelt like pronouns: "the WHO said" is the World Health Organization, "IT staff" no "it".
_ACRONYMS_LIKE_WORDS = frozenset({"WHO", "IT", "US", "WE", "HE"})


class Token:
    """One word or mark of a paragraph, with offsets into the article text.

    ``quote`` is the index of the quotation a placeholder token stands for
    (the whole quotation, marks included, is one token), else -1. ``lower``,
    ``is_word`` and ``is_cap`` are worked out once, when the token is made.
    An acronym spelt as a small word (``WHO``, ``IT``, ``US``) keeps its capitals
    in ``lower``, so that no rule takes the World Health Organization for ``who``.
    """

    __slots__ = ("text", "start", "end", "quote", "lower", "is_word", "is_cap")

    def __init__(self, text: str, start: int, end: int, quote: int = -1):
        self.text, self.start, self.end, self.quote = text, start, end, quote
        self.lower = text if text in _ACRONYMS_LIKE_WORDS else text.lower()
        first = text[:1]
        handle = quote < 0 and (first == "@" or "_" in text) and bool(HANDLE.fullmatch(text))  # "@jdoe99", "i_l_d": a name
        self.is_word = quote < 0 and (first.isalnum() or handle)
        self.is_cap = self.is_word and (first.isupper() or first.isdigit() or handle or particle_name(text))

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def tokenize(text: str, start: int, end: int, quotes=()) -> list:
    """Cut ``text[start:end]`` into ``Token`` objects, each quotation one token.

    Parameters
    ----------
    text : str
        The article text.
    start, end : int
        The part of it to cut (a paragraph).
    quotes : sequence of (int, int, int)
        ``(index, outer_start, outer_end)`` of quotations inside the part,
        marks included; each becomes one placeholder token.

    Returns
    -------
    list of Token

    Examples
    --------
    >>> [t.text for t in tokenize('He said: "Yes." Then left.', 0, 26, [(0, 9, 15)])]
    ['He', 'said', ':', '"Yes."', 'Then', 'left', '.']

    A scraped article's category word run into its first word is split off:

    >>> [t.text for t in tokenize("obituariesBeatrice Arthur died.", 0, 31)]
    ['obituaries', 'Beatrice', 'Arthur', 'died', '.']

    A title run into the name is cut as if a space followed its full stop:

    >>> [t.text for t in tokenize("Mr.Bush said", 0, 12)]
    ['Mr', '.', 'Bush', 'said']
    """
    tokens, cursor = [], start
    for index, q_start, q_end in sorted(quotes, key=lambda q: q[1]):
        tokens += [Token(m.group(), m.start(), m.end()) for m in TOKEN_PATTERN.finditer(text, cursor, q_start)]
        tokens.append(Token(text[q_start:q_end], q_start, q_end, quote=index))
        cursor = q_end
    tokens += [Token(m.group(), m.start(), m.end()) for m in TOKEN_PATTERN.finditer(text, cursor, end)]
    if tokens and tokens[0].start == 0:
        tokens[:1] = _unglued(tokens[0])
    if not _GLUED_TITLE.search(text, start, end):
        return tokens  # (most paragraphs: no "Mr.Bush" to split)
    return [part for token in tokens for part in _title_unglued(token)]


# "obituariesBeatrice Arthur, an American actress, died", "SomaliaThe United Nations ...": a scraped
# article whose category word ran into its first word. Only the very first word of a text is split.
_GLUED_START = re.compile(r"([A-Za-z][a-z]{3,})([A-Z][a-z]+(?:['’]s)?)")


def _unglued(token: Token) -> list:
    """Split a text's first word where a category word ran into it: ``SomaliaThe`` -> ``Somalia``, ``The``."""
    glued = _GLUED_START.fullmatch(token.text)
    if glued is None or token.quote >= 0:
        return [token]
    cut = token.start + glued.end(1)
    return [Token(glued.group(1), token.start, cut), Token(glued.group(2), cut, token.end)]


# "Mr.Bush": a title whose full stop runs into the name, with no space after it.
_GLUED_TITLE = re.compile(r"(Mr|Mrs|Ms|Dr|Prof)(\.)([A-Z][a-z][^\W_]*(?:['’-][^\W_]+)*)")


def _title_unglued(token: Token) -> list:
    """Split ``Mr.Bush`` into ``Mr``, ``.``, ``Bush``, as ``Mr. Bush`` is cut; any other token stays whole."""
    glued = _GLUED_TITLE.fullmatch(token.text) if "." in token.text else None
    if glued is None or token.quote >= 0:
        return [token]
    return [Token(glued.group(k), token.start + glued.start(k), token.start + glued.end(k)) for k in (1, 2, 3)]


@dataclass
class Speaker:
    """A resolved speaker: canonical name, what kind of voice, and where named."""

    name: str = ""
    mention: str = ""
    mention_start: int = -1
    mention_end: int = -1
    person: bool = False
    gender: str = ""
    plural: bool = False


@dataclass
class Mention:
    """Someone the article has spoken of, as a pronoun may later refer back to them.

    ``sentence`` is the offset where the mention's sentence starts and
    ``paragraph`` its paragraph number; ``rank`` says how prominent it is:
    2 for the subject of a reporting verb, 1 for the subject of a sentence,
    0 for a name met anywhere else with a title or role that shows it is a
    person's, -1 for a bare pair of capitalised words (``Tom Hale``, but
    also ``Hong Kong``).
    """

    at: int
    speaker: Speaker
    sentence: int = -1
    paragraph: int = -1
    rank: int = 2


@dataclass
class Article:
    """What the attribution rules know about one article while reading it."""

    text: str
    names: dict = field(default_factory=dict)  # last word -> {full name (tuple of words): [positions]}
    orgs: dict = field(default_factory=dict)  # head word -> {organisation name: count}
    history: list = field(default_factory=list)  # [Mention] in reading order
    genders: dict = field(default_factory=dict)  # canonical name -> "m" / "f"
    roles: dict = field(default_factory=dict)  # role word ("envoy") -> [(position, canonical name)]
    people: set = field(default_factory=set)  # canonical names that have spoken or led a sentence
    documents: dict = field(default_factory=dict)  # document word ("report") -> [(position, Speaker of its author)]
    companies: list = field(default_factory=list)  # [(position, company name)] in reading order
    bodies: set = field(default_factory=set)  # names the article called a club, company ... ("club FC Zeewolde")
    places: set = field(default_factory=set)  # "in Southern Tagalog", "(Birgir Jónsson) at Iceland Express"
    acronyms: dict = field(default_factory=dict)  # "MOM" -> "Ministry of Manpower", from "the Ministry of Manpower's (MOM)"
    firms: dict = field(default_factory=dict)  # firms' names ending in trade words ("Westway Buses") -> latest place in history
    firms_read: int = 0  # how much of ``history`` ``firms`` has taken in
    children: dict = field(default_factory=dict)  # surname -> full name of the son or daughter "Lai's son Sebastien" names


def read_names(article: Article, tokens: list) -> None:
    """Record the people and organisations a paragraph names, for later look-ups.

    A person's full name (``Steve Gillan``) lets a later ``Mr Gillan`` or
    ``Gillan`` be written out in full; an organisation's name (``Court of
    Session``) lets a later ``the court`` be named.
    """
    run, at = [], 0
    for k, token in enumerate(tokens + [Token(".", -1, -1)]):
        # "Donald Trump's 214": the name ends at its possessive (but not a saint's in "St Declan's General Hospital")
        owned = run and run[-1].text.endswith(("'s", "’s")) and not (len(run) == 2 and run[0].text in _SAINT_WORDS)
        owned = owned or _person_owns(run, token)  # "Floyd Landis' B-sample": his, not a longer name
        if run and not owned and quoted_title(token, 2) and k + 1 < len(tokens) and _name_goes_on(tokens[k + 1]):
            continue  # 'Alasdair "Ally" MacInnes', 'Bauke "Mike" de Vries': a nickname between the names is no part of the name
        joins = run and (token.lower in NAME_JOINERS or org_joiner(token, run) or _field_and(tokens, k, run) or _places_and(tokens, k, run))
        joins = joins or (run and _link_in_kind_name(tokens, k, at))
        joins = joins or (run and token.text == "," and any(field_list_end(tokens, h, len(tokens)) > k for h in range(at, k)))
        joins = joins or (run and aimed_link([t.text for t in tokens[k - 1 : k + 2]], 1))  # "the Committee to Protect Journalists"
        joins = joins or (run and the_inside_body_name(tokens, k, run))  # "the Royal Society for the Protection of Birds"
        if not owned and (token.is_cap or joins or (run and initial_stop(run[-1], token))):
            at = at if run else k
            run.append(token)
            continue
        if not run:
            continue  # (most words: no name was being read)
        while run and (not run[-1].is_cap or run[-1].text[:1].isdigit()) and not (len(run) > 1 and initial_stop(run[-2], run[-1])):
            run.pop()  # (and "Eva Stone 6-3 6-4": a score after the name)
        ons = [at + i for i, t in enumerate(run) if t.lower == "on"]
        if not (ons and all(_link_in_kind_name(tokens, k, at) for k in ons)):
            run = run[: name_ends_before_on(run)]  # (but "the campaign group Dogs on the Move" is one name)
        if run:
            cut = place_before_name(tokens, at, at + len(run))
            run = run[cut:]
            words = [t.text for t in run]
            name = without_place_words(article, person_name(words))
            if job_opens_name(name) or title_field_opens_name(tokens, (at + cut, at + cut + len(run)), name):
                name = name[1:]  # "Auctioneer Gordon Metcalfe", "... and Science Ronald Plasterk": a job or a title's field, then the name
            after_the = words[:1] == ["The"] or (at >= 1 and tokens[at - 1].lower == "the")
            if after_the and demonym_then_person(article, name):
                name = name[1:]  # "The Chinese Cao Lei set a world record": a nationality before the name (not "the Red Cross")
            if _nationality_before_noun(tokens, at, run):
                name = []  # "a Polish Ryanair pilot": a nationality, then a company, before the noun; no one called Polish
            opening = at == 0 or tokens[at - 1].text in {".", ":", "!", "?"}
            if len(name) >= 3 and opening and tuple(name[1:]) in article.names.get(surname(name), {}):
                name = name[1:]  # "Félicitations Emmanuel Macron !": a sentence's first word before a name given already
            if len(name) >= 3 and _after_photo_credit(tokens, at + cut) and ("-" in name[0] or name[0].isupper()):
                name = name[1:]  # "Image credit: NASA/JPL-Caltech Jane Doe": a laboratory's credit, then the person
            elif len(name) >= 4 and _after_photo_credit(tokens, at + cut):
                name = name[2:]  # "Credit: NASA/Jef Janis Tom Vice, chief executive": the photographer, then the next paragraph's person
            elif len(name) >= 3 and _after_credit_label(tokens, at + cut):
                name = name[-2:]  # "Credit: SpaceX Jane Doe, the director": whoever the credit names, then the next paragraph's person
            after = [t.text for t in tokens[at + len(run) : at + len(run) + 2]]
            aged = len(after) == 2 and after[0] == "," and after[1].isdigit()  # "at Pauline Ashworth, 74,": a person
            if len(name) == 2 and at >= 1 and tokens[at - 1].lower in {"in", "at"} and not aged and named_elsewhere(article, name[1], run[1].start):
                name = []  # "in Havana Lula said": a place, then a person named elsewhere in the article
            if len(name) >= 2:
                article.names.setdefault(surname(name), {}).setdefault(tuple(name), []).append(run[0].start)
            org = org_name(words)
            if org and "," in words:
                opening = next((t for t in run if t.text == org.split()[0]), run[0])  # (not "The" opening a sentence)
                org = article.text[opening.start : run[-1].end]  # "the Ministry of Trade, Industry and Fisheries": its commas kept
            if org:
                for word in org.split():
                    if word.lower() in ORG_WORDS and org.lower() != word.lower():  # (not "The Office" cut from "The Office of ...")
                        counts = article.orgs.setdefault(word.lower(), {})
                        counts[org] = counts.get(org, 0) + 1
                if COMPANY_WORDS.intersection(org.lower().split()) and org.lower() not in COMPANY_WORDS:
                    # (a company word alone, "Water up to four feet deep ...", opens a sentence and names no firm)
                    article.companies.append((run[0].start, _company_after_of(org)))
            # "Karapatan in Southern Tagalog", "Birgir Jónsson at Iceland Express": a place or a workplace, not a person
            workplace = at >= 2 and tokens[at - 1].lower == "at" and tokens[at - 2].is_cap
            # (not "a vote of no confidence in Murphy" after "Jim Murphy": the surname of a person named before,
            # though a town that shares it, "Jim Jackson ... in Jackson", is then no place either)
            surname_given_before = len(words) == 1 and words[0] in article.names
            in_or_at = at >= 1 and (tokens[at - 1].lower == "in" or workplace)
            if in_or_at and not run[-1].text.endswith(("'s", "’s")) and not surname_given_before:
                # ("in Mogadishu Ali Yasin Gedi said": the place, then a person's name, is only the place)
                person_after = len(name) >= 2 and len(name) < len(words) and words[-len(name) :] == name
                article.places.add(" ".join(words[: -len(name)] if person_after else words))
            kind = tokens[at - 1].lower if at >= 1 and tokens[at - 1].text.islower() else ""
            if kind == "the" and at >= 2 and tokens[at - 2].lower in KIND_NOUNS:
                kind = tokens[at - 2].lower  # "Folk-rock band the Marrowbone Kites"
            kind = kind if kind in KIND_NOUNS else _kind_apposed(tokens, at + len(run))
            linked = any(t.lower in _KIND_NAME_LINKS and t.text.islower() for t in run)  # ("Action on Smoking and Health")
            if kind in KIND_NOUNS | _SERVICE_WORDS and (linked or not any(is_title(t.text) for t in run)) and not (len(name) >= 2 and kind in ROLE_WORDS - _SERVICE_WORDS):
                body = org or strip_possessive(article.text[run[0].start : run[-1].end])  # "Dutch club FC Zeewolde"
                if opening:  # "The Londoner, a hotel in Leicester Square,": the sentence's "The" (not "charity The Samaritans")
                    body = body.removeprefix("The ")
                counts = article.orgs.setdefault(kind, {})
                counts[body] = counts.get(body, 0) + 1
                article.bodies.add(body)
                if kind in COMPANY_NOUNS:
                    article.companies.append((run[0].start, body))
        run = [token] if owned and token.is_cap else []
    _read_relatives(article, tokens)


# Words that open a photograph's credit: "Credit: NASA/Jef Janis", "Photo: Reuters/Ann Roe".
_CREDIT_WORDS = word_set("credit credits photo photograph picture image courtesy")


def _after_photo_credit(tokens: list, k: int) -> bool:
    """Does ``tokens[k]`` follow the slash of a photograph's credit (``Credit: NASA/Jef Janis``)?

    Where a caption loses its line break, the photographer's name runs into the
    name that opens the next paragraph: ``Credit: NASA/Jef Janis Tom Vice, chief
    executive of Sierra Space, ...``.

    >>> tokens = tokenize("Credit: NASA/Jef Janis Tom Vice spoke.", 0, 38)
    >>> _after_photo_credit(tokens, 4), _after_photo_credit(tokens, 2)
    (True, False)
    """
    if k < 2 or tokens[k - 1].text != "/":
        return False
    agency = tokens[k - 2].text.isupper() and len(tokens[k - 2].text) >= 2  # "NASA/Robert Markowitz": a credit with no label
    return agency or any(t.lower in _CREDIT_WORDS for t in tokens[max(0, k - 6) : k - 1])


def demonym_then_person(article: Article, words: list) -> bool:
    """Do ``words`` (after ``the``) name a nationality, then a person (``Chinese Cao Lei``), not a body (``American Red Cross``)?

    A body's name ends in a word for a body (``Society``, ``Cross``) or takes ``the`` elsewhere in the text;
    a person's takes none.

    >>> demonym_then_person(Article("The Chinese Cao Lei won."), ["Chinese", "Cao", "Lei"])
    True
    >>> demonym_then_person(Article("The American Red Cross helped."), ["American", "Red", "Cross"])
    False
    """
    if len(words) < 3 or not (nationality_shaped(words[0]) or nationality_word(words[0])) or len(person_name(words[1:])) != len(words) - 1:
        return False
    if words[-1].lower() in ORG_WORDS | KIND_NOUNS | _BODY_NAME_ENDS:
        return False
    return re.search(r"\bthe " + re.escape(" ".join(words[1:])) + r"\b", article.text, re.IGNORECASE) is None


# Last words of bodies' names that no list of words for bodies has: "the American Red Cross", "the Turkish Red Crescent".
_BODY_NAME_ENDS = frozenset({"cross", "crescent"})


def _after_credit_label(tokens: list, k: int) -> bool:
    """Does ``tokens[k]`` open what a credit's label names (``Credit: SpaceX``, ``Photo courtesy of Ann Roe``)?

    >>> tokens = tokenize("Credit: SpaceX Jane Doe spoke.", 0, 30)
    >>> _after_credit_label(tokens, 2), _after_credit_label(tokens, 3)
    (True, False)
    """
    if k >= 2 and tokens[k - 1].text == ":" and tokens[k - 2].lower in _CREDIT_WORDS:
        return True
    return k >= 2 and tokens[k - 1].lower == "of" and tokens[k - 2].lower == "courtesy"


def title_field_opens_name(tokens: list, span: tuple, name: list) -> bool:
    """Is the first word of ``name`` (read from ``tokens[span[0]:span[1]]``) the last field of a title before it?

    ``Sport`` in ``Minister of Health, Welfare and Sport Hugo de Jonge``: a field of policy after
    ``and`` or a comma, then a name of two words or more, whatever its first name.

    >>> text = "Minister of Education, Culture and Science Ronald Plasterk said"
    >>> tokens = tokenize(text, 0, len(text))
    >>> title_field_opens_name(tokens, (6, 9), ["Science", "Ronald", "Plasterk"])
    True
    >>> title_field_opens_name(tokens, (0, 3), ["Minister", "of", "Education"])
    False
    """
    if len(name) < 3 or name[0].lower() not in POLICY_FIELDS:
        return False
    at = next((k for k in range(max(span[0], 0), span[1]) if tokens[k].text == name[0]), -1)
    return at > 0 and tokens[at - 1].lower in {"and", ",", "&"} and len(person_name(name[1:])) >= 2


def the_inside_body_name(tokens: list, k: int, run: list) -> bool:
    """Is the ``the`` at ``tokens[k]`` inside a body's name: an organisation's word, ``for`` or ``of``, ``the``, then
    capitals (``League for the Promotion and Defense of Human Rights``, ``Organisation for the Prohibition of ...``)?"""
    return (
        k + 1 < len(tokens) and tokens[k].lower == "the" and len(run) >= 2 and run[-1].lower in CONNECTORS and run[-2].lower in ORG_WORDS
        and run[-2].is_cap and tokens[k + 1].is_cap
    )


def _read_relatives(article: Article, tokens: list) -> None:
    """Record the son or daughter in ``Lai's son Sebastien`` as Sebastien Lai, when someone called Lai was named.

    A surname with a possessive, ``son`` or ``daughter`` and one first name: the child shares the
    surname (``Jimmy Lai ... Lai's son Sebastien``). It is kept in ``article.children``, for ``the
    younger Lai``; a bare ``Lai`` still means the person named in full.

    >>> article = Article(text="")
    >>> article.names["Lai"] = {("Jimmy", "Lai"): [0]}
    >>> text = "Lai's son Sebastien flew to Washington."
    >>> _read_relatives(article, tokenize(text, 0, len(text)))
    >>> article.children
    {'Lai': ('Sebastien', 'Lai')}
    """
    for k in range(len(tokens) - 2):
        owner, relative, first = tokens[k : k + 3]
        family = strip_possessive(owner.text)
        if not (owner.is_cap and family != owner.text and family in article.names and relative.lower in _CHILD_WORDS):
            continue
        alone = k + 3 >= len(tokens) or not tokens[k + 3].is_cap
        if first.is_cap and alone and name_like(first.text) and not is_title(first.text):
            article.children[family] = (first.text, family)


_CHILD_WORDS = word_set("son daughter")


def _person_owns(run: list, token: Token) -> bool:
    """Does ``run`` end in a person's name with a bare apostrophe, ``Floyd Landis'``, before ``token``?

    A possessive ends the name (``Tom Jones' Ferrari`` is no one called
    Ferrari), but not a plural in a body's name: ``the Prison Officers'
    Association``, ``Magistrates' Court``.
    """
    if len(run) < 2 or not run[-1].text.endswith(("s'", "s’")) or token.lower in ORG_WORDS:
        return False
    words = [t.text for t in run[:-1]] + [strip_possessive(run[-1].text)]
    name = person_name(words)  # (after a title or a role: "Singer Tom Jones' Ferrari")
    return len(name) >= 2 and words[-len(name) :] == name


# Small words inside the name of a charity or campaign: "Action for Children", "Show Racism the Red Card".
# Not "in" ("the charity Crisis in London" is Crisis), nor "and" but after one of these ("the charity
# Shelter and Crisis" are two).
_KIND_NAME_LINKS = frozenset("on to for the against without not".split())


def _link_in_kind_name(tokens: list, k: int, at: int) -> bool:
    """Is ``tokens[k]`` a small word inside the name of a body the sentence calls a charity, group ... (``KIND_NOUNS``)?

    ``the charity Action on Smoking and Health``, ``the campaign group Campaign to Protect Rural England``:
    after the kind of body, a small word between capitalised words is part of the body's name.
    """
    # (and "the" after the small word: "Songs to the Sea", "Reach for the Stars")
    after = k + 1 + (k + 2 < len(tokens) and tokens[k].lower != "the" and tokens[k + 1].lower == "the")
    if after >= len(tokens) or not tokens[k].text.islower() or not (tokens[after].is_cap and name_like(tokens[after].text)):
        return False  # (not a day: "the charity Shelter on Monday")
    linked = tokens[k].lower in _KIND_NAME_LINKS
    if tokens[k].lower == "and":  # "Action on Smoking and Health": after a small word of the name (not "Stop the Burner and An Taisce")
        linked = any(t.lower in _KIND_NAME_LINKS - {"the"} and t.text.islower() for t in tokens[at:k])
    if not linked or not (tokens[k - 1].is_cap or tokens[k - 1].lower in _KIND_NAME_LINKS):
        return False
    if not _kind_before(tokens, at):
        return False
    end = after
    while end < len(tokens) and tokens[end].is_cap:
        end += 1
    # Not two bodies: "Lyons Haulage against Clare County Council", "Fight for Sight and Moorview Eye Hospital"
    return not any(t.lower in ORG_WORDS for t in tokens[k + 1 : end])


def _kind_before(tokens: list, at: int) -> bool:
    """Does a word for a charity, group, band, club ... (not a firm) come just before the name at ``tokens[at]``?

    A firm's name seldom has small words in it: ``the company Kelso Freight to Belfast``.
    """
    kind = at - 2 if at >= 2 and tokens[at - 1].lower == "the" else at - 1
    return kind >= 0 and tokens[kind].lower in (KIND_NOUNS - COMPANY_NOUNS) | {"group"} and tokens[kind].text.islower()

# The words that may head a body named by a list of fields: "the Department for Environment, Food and Rural Affairs"
# (not a title, "Minister of Education, Culture and Science Ronald Plasterk": a person's name follows it).
FIELD_LIST_HEADS = word_set("ministry department office secretariat committee commission")


def field_list_end(tokens: list, head: int, hi: int, heads: frozenset = FIELD_LIST_HEADS) -> int:
    """The end of a body named by a list of fields, whose head word is ``tokens[head]``, else -1.

    ``Ministry of Trade, Industry and Fisheries``, ``Department for Digital, Culture, Media and Sport``:
    the head word, ``of`` or ``for``, then fields of policy (one to three capitalised words from
    ``POLICY_FIELDS`` each), parted by commas, the last after ``and``. Any other word in a field
    (``Kent Police``, ``Nato``, ``Ann Roe``) makes it a list of bodies or people instead.

    >>> text = "said the Ministry of Trade, Industry and Fisheries."
    >>> tokens = tokenize(text, 0, len(text))
    >>> end = field_list_end(tokens, 2, len(tokens))
    >>> text[tokens[2].start : tokens[end - 1].end]
    'Ministry of Trade, Industry and Fisheries'
    >>> text = "said the Department for Transport, Network Rail and Northern."
    >>> field_list_end(tokenize(text, 0, len(text)), 2, len(text))
    -1
    """
    if not (head + 2 < hi and tokens[head].is_cap and tokens[head].lower in heads and tokens[head + 1].lower in {"of", "for"}):
        return -1
    k, fields = head + 2, 0
    while k < hi:
        n = _policy_field(tokens, k, hi)
        if n == 0:
            return -1
        fields, k = fields + 1, k + n
        if k < hi and tokens[k].text == ",":
            k += 1
        elif k + 1 < hi and tokens[k].lower == "and" and fields >= 2:
            last = _policy_field(tokens, k + 1, hi)
            return k + 1 + last if last else -1
        else:
            return -1
    return -1


def _policy_field(tokens: list, k: int, hi: int) -> int:
    """How many capitalised words of a field of policy start at ``tokens[k]`` (``Rural Affairs``: 2), at most three."""
    n = 0
    while k + n < hi and n < 3 and tokens[k + n].is_cap and tokens[k + n].lower in POLICY_FIELDS:
        n += 1
    return n


def _places_and(tokens: list, k: int, run: list) -> bool:
    """Is ``tokens[k]`` the ``and`` between two places in a council's name: ``Folkestone and Hythe District Council``?

    One capitalised word before it, one after it, then a local authority's words
    (``District Council``, ``Borough Council``, ``City Council``).

    >>> tokens = tokenize("Folkestone and Hythe District Council said", 0, 42)
    >>> _places_and(tokens, 1, tokens[:1]), _places_and(tokens, 1, [])
    (True, False)
    """
    if not (len(run) == 1 and run[0].is_cap and k + 3 < len(tokens) and tokens[k].lower == "and" and tokens[k + 1].is_cap):
        return False
    end = k + 2
    while end < len(tokens) and tokens[end].is_cap and tokens[end].lower in _COUNCIL_WORDS:
        end += 1
    return end > k + 2 and tokens[end - 1].lower == "council"


# The words after a council's places: "Tonbridge and Malling Borough Council", "Brighton and Hove City Council".
_COUNCIL_WORDS = word_set("district borough city county metropolitan council")


def _field_and(tokens: list, k: int, run: list) -> bool:
    """Is ``tokens[k]`` the ``and`` between two fields inside one body's name: ``Belfast Health and Social Care Trust``?

    The capitalised words after it must end in an organisation's word (not
    ``Energy and Resources Minister Hone Parata``: a title, then a person).
    """
    if k + 1 >= len(tokens) or tokens[k].lower != "and" or not run[-1].is_cap:
        return False
    if run[-1].lower not in FIELD_WORDS or tokens[k + 1].lower not in FIELD_WORDS:
        return False
    end = k + 1
    while end < len(tokens) and tokens[end].is_cap:
        end += 1
    return end > k + 1 and tokens[end - 1].lower in ORG_WORDS


def _nationality_before_noun(tokens: list, at: int, run: list) -> bool:
    """Is the run of two capitalised words at ``tokens[at]`` a nationality and a name used as a modifier, after ``a``?

    ``a Polish Ryanair pilot``, ``a German Lufthansa engineer``: the capitalised
    words describe the noun after them; neither is a person's name (but ``a Ryan Giggs fan`` names him).
    """
    start = tokens.index(run[0], at)
    if run[0].lower in {"a", "an"}:
        run, start = run[1:], start + 1  # ("A Polish Ryanair pilot was hurt": the article opens the sentence)
    after = start + len(run)
    return (
        len(run) == 2 and start >= 1 and tokens[start - 1].lower in {"a", "an"} and nationality_word(run[0].text)
        and after < len(tokens) and tokens[after].is_word and tokens[after].text.islower()
    )


def _company_after_of(org: str) -> str:
    """``Shares of Bellwether Biosciences`` -> ``Bellwether Biosciences``: the company a sentence's first words are "of".

    >>> _company_after_of("Shares of Bellwether Biosciences"), _company_after_of("Bank of America")
    ('Bellwether Biosciences', 'Bank of America')
    """
    head, of, rest = org.partition(" of ")
    if of and " " not in head and head.endswith("s") and COMPANY_WORDS.intersection(rest.lower().split()):
        return rest
    return org


def _name_goes_on(token: Token) -> bool:
    """Can ``token`` carry on a name after a nickname: a capital (``MacInnes``) or a particle (``de Vries``)?"""
    return token.is_cap or token.lower in NAME_PARTICLES


def named_elsewhere(article: Article, word: str, at: int) -> bool:
    """Whether the article uses ``word`` as a name somewhere other than at ``at``.

    A name given in full (``Ana White``) counts, and so does the word
    capitalised inside a sentence (``said White``).

    >>> article = Article("White smoke rose. Later, White said no. Green fields lay.")
    >>> named_elsewhere(article, "White", 0), named_elsewhere(article, "Green", 40)
    (True, False)
    """
    if word in article.names:
        return True
    if article.text.count(word) < 2:
        return False  # (said once: here)
    inside = re.compile(r"(?<=[\w,;] )" + re.escape(word) + r"\b")
    return any(found.start() != at for found in inside.finditer(article.text))


def quoted_title(token: Token, most: int) -> bool:
    """Is a quotation token a name or title of up to ``most`` words, capitalised, with no sentence's end?

    ``"Ally Bags"`` (a nickname, two words) or ``"State of the State"`` (a speech's title).

    >>> quoted_title(Token('"Ally Bags"', 0, 11, quote=0), 2), quoted_title(Token('"We won."', 0, 9, quote=0), 6)
    (True, False)
    """
    words = token.text.strip("\"'“”‘’ ").split()
    return token.quote >= 0 and 1 <= len(words) <= most and words[0][:1].isupper() and words[-1][-1:] not in ".!?,"


def _kind_apposed(tokens: list, k: int) -> str:
    """The kind noun of an apposition after a name, ``, a company run by ...`` -> ``company``, else ``""``.

    Up to two describing words may stand before the noun (``, a Montreal
    maple company``). A kind noun with a word for a person after it is no kind
    (``, a business traveller``: a person).
    """
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower not in {"a", "an", "the"}:
        return ""
    owned = k + 3 < len(tokens) and tokens[k + 1].lower == "the" and tokens[k + 2].lower.endswith(("'s", "’s"))
    if tokens[k + 1].lower == "the" and not owned:
        return ""  # (", the country's maritime rescue service,": a body; ", the chief executive,": a person)
    kinds = KIND_NOUNS | (_SERVICE_WORDS if owned else frozenset())
    for j in range(k + 2 + owned, min(k + 5 + owned, len(tokens))):
        if tokens[j].lower in kinds:
            person_after = j + 1 < len(tokens) and person_noun(singular(tokens[j + 1].lower))
            return "" if person_after else tokens[j].lower
        if not tokens[j].is_word:
            return ""
    return ""


# Bodies an apposition may name after "the country's", "the city's": "Salvamento Marítimo, the country's maritime rescue service,".
_SERVICE_WORDS = frozenset("service agency authority regulator airline bank".split())


def read_acronyms(article: Article, tokens: list) -> None:
    """Note the names a paragraph gives with their initials in brackets: ``Friends of the Earth (FoE)``.

    A name followed by its own initials is an organisation's (a later "the
    group" or "it" may mean it), so it goes into ``article.bodies``, and
    ``article.acronyms`` maps the initials to the name, so that a later
    ``MOM said`` is the Ministry of Manpower's.
    """
    for k in range(1, len(tokens) - 2):
        if tokens[k].text != "(" or tokens[k + 2].text != ")":
            continue
        capitals = "".join(ch for ch in tokens[k + 1].text if ch.isupper())
        start = k
        while start > 0 and k - start < 8 and (tokens[start - 1].is_cap or tokens[start - 1].lower in _ACRONYM_JOINERS):
            start -= 1
            words = [t.text for t in tokens[start:k]]
            words[-1] = strip_possessive(words[-1])  # "the Ministry of Manpower's (MOM)"
            if len(capitals) >= 2 and tokens[start].is_cap and capitals in initials_of(words):
                if start > 0 and nationality_shaped(tokens[start - 1].text) and tokens[start - 1].text != "An":
                    words.insert(0, tokens[start - 1].text)  # "The Indian Ministry of External Affairs (MEA)": the name as given
                article.bodies.add(" ".join(words))
                article.acronyms[tokens[k + 1].text] = " ".join(words)
                break


def initials_of(words: list) -> set:
    """The ways a name's initials are written: of its capitalised words, of all but "the", or of all.

    >>> sorted(initials_of(["Ministry", "of", "Manpower"]))
    ['MM', 'MOM']
    >>> "RATI" in initials_of(["Residents", "Against", "the", "Incinerator"])
    True
    """
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    return {capitals, "".join(w[0].upper() for w in words if w.lower() != "the"), "".join(w[0].upper() for w in words)}


def name_ends_before_on(run: list) -> int:
    """How many tokens of a capitalised run make the name: ``The Court of Colombia on Wednesday`` ends before ``on``."""
    if len(run) > 2 and any(t.lower == "on" for t in run):
        return next((k for k in range(1, len(run) - 1) if run[k].lower == "on" and not name_like(run[k + 1].text)), len(run))
    return len(run)


# How the name of a saint opens the name of a hospital, school or church: "St Declan's General Hospital".
_SAINT_WORDS = {"St", "St.", "Saint", "Ste", "Ste."}
# Roles held for a seat: "the member for Wollondilly", "MP for Leeds Central".
_SEAT_ROLES = word_set("member members mp mla msp mhk senator representative councillor councilor")
# Words that end a seat's name, never begin a person's: "Leeds North West", "Leeds Central".
_SEAT_NAME_WORDS = word_set("north south east west central upper lower inner outer greater")


def place_before_name(tokens: list, i: int, j: int) -> int:
    """How many words of the run ``tokens[i:j]`` name a place, not the person after it.

    ``Senator from Vermont Bernie Sanders``: after a title and ``from``, the
    run ``Vermont Bernie Sanders`` opens with the place the title is from;
    so does ``Olympics Tessa Jowell`` after ``Minister for the``, and the
    seat ``Wollondilly Cathy Dunleavy`` after ``member for`` (its member's name
    is taken as the last two or three words, never a compass word such as the
    ``North`` of ``Leeds North West``). It tidies the names ``read_names`` files.
    """
    k = i - 1 - (i >= 1 and tokens[i - 1].lower == "the")  # "Minister for the Olympics Tessa Jowell"
    seat = k >= 1 and tokens[k].lower == "for" and tokens[k - 1].lower in _SEAT_ROLES  # "member for Wollondilly Cathy Dunleavy"
    titled = k >= 1 and tokens[k].lower in _TITLE_LINKS and role_like(tokens[k - 1]) and (k < i - 1 or tokens[k].lower == "from")
    if not (titled or seat):
        return 0
    words = [t.text for t in tokens[i:j]]
    if seat:  # the seat's name, then the member's name: the longest that leaves a word of the seat
        for size in (3, 2):
            name = words[-size:]
            if len(words) > size and person_name(name) == name and name[0].lower() not in _SEAT_NAME_WORDS:
                return len(words) - size
        return 0
    name = person_name([tokens[k - 1].text, tokens[k].lower] + words)
    return len(words) - len(name) if 2 <= len(name) < len(words) and words[-len(name) :] == name else 0


def initial_stop(previous: Token, token: Token) -> bool:
    """Is ``token`` the full stop of an initial (``J.``) or of ``Jr.``, written straight after it?"""
    if token.text not in STOPS or token.start != previous.end:
        return False
    return is_initial(previous.text) or previous.lower in {"jr", "sr"} or (previous.lower in ABBREVIATIONS and is_title(previous.text))


def org_joiner(token: Token, run: list) -> bool:
    """``on`` or ``and`` inside an organisation's name.

    ``Commission on International Religious Freedom``, ``Embassy in Nairobi``; ``Ministry of Tourism
    and Antiquities``, ``Department of Health and Social Care``: an ``and``
    after an organisation word and its ``of`` or ``for``.
    """
    if token.lower == "on":
        return any(t.lower in ORG_WORDS for t in run)
    if token.lower == "in":  # "the U.S. Embassy in Nairobi"
        return bool(run) and run[-1].is_cap and run[-1].lower in _POSTED_BODIES
    if token.lower == "&":
        return True  # "Lindqvist & Oyelowo Bank"
    if token.lower == "and":
        lowered = [t.lower for t in run]
        return any(w in ORG_WORDS and nxt in CONNECTORS for w, nxt in zip(lowered, lowered[1:]))
    return False


def role_like(token: Token) -> bool:
    """A job or role word (``envoy``, ``spokesperson``, ``mother-of-three``) or a title (``Secretary-General``)."""
    family = "-of-" in token.lower and token.lower.split("-", 1)[0] in ROLE_WORDS  # "mother-of-three", "father-of-two"
    return token.is_word and (token.lower in ROLE_WORDS or family or is_title(token.text))


def _words_within(part: list, whole: list) -> bool:
    """Do the words ``part`` stand together, in order, somewhere in ``whole``?"""
    return any(whole[k : k + len(part)] == part for k in range(len(whole) - len(part) + 1))


def likely_gender(article: Article, name: str, *, noted: str = "") -> str:
    """Give a person's likely gender: as the text says it (``Article.genders``, else ``noted``), else as their first name does.

    Returns ``m``, ``f`` or ``""``. The text always wins: ``first_name_gender``
    is asked only when it says nothing.

    Examples
    --------
    >>> article = Article("Mr Kim Hale met Mary Holt.")
    >>> article.genders["Kim Hale"] = "m"
    >>> likely_gender(article, "Kim Hale"), likely_gender(article, "Mary Holt"), likely_gender(article, "Mary Holt", noted="m")
    ('m', 'f', 'm')
    """
    return article.genders.get(name, noted) or first_name_gender(name)


# Jobs that end a caption's run of capitals after a name and are hardly ever surnames ("David Hash Chief").
CAPTION_JOBS = frozenset(
    "lead chief director manager scientist engineer administrator officer executive specialist president secretary "
    "minister coordinator head investigator technologist analyst chair chairman chairwoman founder ceo commander "
    "astronaut researcher professor editor spokesperson spokesman spokeswoman adviser advisor strategist".split()
)


def fullest_name(article: Article, name: list, position: int, *, gender: str = "") -> str:
    """``Mr Gillan`` -> ``Steve Gillan``: the longest name the article gives with these words.

    Among equally long names (two people sharing a surname) the one known to
    be of ``gender`` wins (the gender of a title such as ``Mrs``), else the one
    named in full most often before ``position``, else the first named: a
    story names its main person first and most, a relative once.
    """
    name = without_place_words(article, name)
    wanted = {folded(w) for w in name if w.lower() not in FIRST_NAME_TITLES} or {folded(w) for w in name}

    def contains(full):  # "Van der Berg" is in "Ursula van der Berg"
        return wanted <= lowered_words(full)

    def caption(full):  # "Cindy Evans Artemis Geology Training Lead": a photograph's caption, the name then the job
        return len(full) > len(name) and len(full) >= 3 and full[-1].lower() in CAPTION_JOBS

    found = {full: places for full, places in article.names.get(surname(name), {}).items() if contains(full) and not caption(full)}
    if not found or name[0].lower() in FIRST_NAME_TITLES:  # "Tedros" for "Tedros Adhanom Ghebreyesus"
        found = {full: places for entries in article.names.values() for full, places in entries.items() if contains(full) and not caption(full)}
    if len(name) == 1 and found:
        family_first = _named_family_first(article, name[0], found, position)
        if family_first:
            return " ".join(_first_spelling(article, family_first))
    if not found and len(name) == 1:  # "said mother-of-three Kerry": the one person named Kerry
        firsts = {full for entries in article.names.values() for full in entries if len(full) >= 2 and folded(full[0]) == folded(name[0])}
        if len(firsts) == 1:
            return " ".join(firsts.pop())
        couple = _shared_surname(article, name[0])
        if couple:
            return couple  # "Paul and Rachel Chandler ... said Paul": Paul Chandler
        # "Udom Tantiprasongchai ... said Urdom": a name misspelt by a letter, when only one name is that close
        close = set()
        if len(name[0]) >= 4:  # (a shorter word is never taken for a misspelling)
            close = {full for entries in article.names.values() for full in entries if len(full) >= 2 and _misspelt(name[0], full)}
        if len(close) == 1:
            return " ".join(close.pop())
        known = gender or gender_of([w.lower() for w in name]) or article.genders.get(name[0], "")  # ("Ms Walsh ... Walsh added")
        quoted = _named_in_quotation(article, name[0], known)
        if quoted:
            return quoted  # '"I met John Smith in 1999," said Ann Roe. ... Smith said': named only inside someone's words
    if not found:
        return " ".join(name)
    if len(name) >= 2 and max(len(full) for full in found) == len(name):
        # "Ahmad Faizal said" after "Datuk Seri Ahmad Faizal bin Hussein": the name the article gave first, in full
        # (or inside it: "De la Fuente" in "María José de la Fuente Ibáñez", "Villalobos Cárdenas" in "Héctor Villalobos Cárdenas")
        key = [folded(w) for w in name]
        longer = {full: places for entries in article.names.values() for full, places in entries.items()
                  if len(full) > len(name) and _words_within(key, [folded(w) for w in full]) and not caption(full)}
        found = longer or found
    longest = max(len(full) for full in found)
    found = {full: places for full, places in found.items() if len(full) == longest}
    gender = gender or gender_of([w.lower() for w in name])  # "Mrs Kettering" is the Kettering known to be a woman
    # ("Gavin and Lorraine Reid ... Mr Reid": the Reid the text, or else the first name, says is a man)
    matching = [full for full in found if gender and likely_gender(article, " ".join(full)) == gender]
    spouse = _spouse_by_first_name(article, found, gender, position) if gender and not matching else ""
    if spouse:
        return spouse  # "Richard Price runs it with his wife, Nicola. ... Mrs Price said": Nicola Price
    if len(found) == 1 or longest < len(name):
        best = next(iter(found))
    elif len(matching) == 1:
        best = matching[0]
    else:  # two people share a surname: the one named in full most often before this point, then the first named
        # (a bare surname is not a judge known by style alone, "Mr Justice Green", when someone else has it as a name)
        found = {full: places for full, places in found.items() if not is_title(full[0]) or len(name) > 1} or found
        before = [(-sum(p < position for p in places), places[0], full) for full, places in found.items() if places[0] < position]
        best = min(before)[2] if before else min(found, key=lambda full: found[full][0])
    best = best if len(best) >= len(name) else tuple(name)
    return " ".join(_first_spelling(article, best))


# A relative named by first name alone: "his wife, Sandra,", "her son Liam", "their daughter, Amy" (not "his son,
# Jean-Paul Sartre", named in full, nor "Ireland's", an owner).
RELATIVE_BY_FIRST_NAME = re.compile(
    r"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir) (?P<relative>wife|husband|brother|sister|son|daughter|mother|father|mum|dad"
    r"|fiancée|fiancé|girlfriend|boyfriend|grandson|granddaughter|widow|widower),? (?P<name>[A-Z][\w'’-]*\w)"
    r"(?![\w'’-]| [A-Z])"
)
_SPOUSES_AND_SIBLINGS = {"wife", "husband", "brother", "sister"}


def _named_in_quotation(article: Article, word: str, gender: str = "") -> str:
    """The one full name ending in ``word`` that the text writes where ``read_names`` does not look (inside quotations),
    its first word a first name of ``data/first_names.csv``.

    >>> _named_in_quotation(Article('"I met John Smith," said Ann Roe. Smith was out.'), "Smith")
    'John Smith'
    >>> _named_in_quotation(Article('"I met John Smith and Mary Smith," said Ann Roe.'), "Smith")
    ''

    A title's gender rules out a first name of the other (``Mrs Best`` is not the ``George Best`` she speaks of):

    >>> _named_in_quotation(Article('"Nobody played like George Best," said Ann Roe.'), "Best", "f")
    ''
    """
    if not name_like(word) or is_title(word) or len(word) < 3:
        return ""
    firsts = set()
    for first in _word_pairs(article.text).get(word, ()):
        said = first_name_gender(f"{first} {word}")
        if name_like(first) and not name_title(first) and not nationality_word(first) and said and said == (gender or said):
            firsts.add(first)  # (a first name by data/first_names.csv: not "Community Wagner", "Polish Ryanair")
    return f"{firsts.pop()} {word}" if len(firsts) == 1 else ""


@functools.lru_cache(maxsize=32)
def _word_pairs(text: str) -> dict:
    """Every capitalised word of ``text`` and the capitalised words written just before it: ``{"Smith": {"John"}}``."""
    pairs = {}
    for found in _CAPITAL_PAIR.finditer(text):
        pairs.setdefault(found.group(2), set()).add(found.group(1))
    return pairs


_CAPITAL_PAIR = re.compile(r"(?<![\w.])(?=([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][\w'’-]+)\b)")


def relatives_by_first_name(text: str, end: int | None = None):
    """The ``RELATIVE_BY_FIRST_NAME`` matches in ``text[:end]`` whose name is a name (not ``The`` or ``Sandra's``)."""
    for match in RELATIVE_BY_FIRST_NAME.finditer(text, 0, len(text) if end is None else end):
        if match["name"].lower() not in DETERMINERS and not match["name"].endswith(("'s", "’s")):
            yield match


def note_relatives(article: Article, text: str) -> None:
    """Note the gender of a relative named by first name alone, as the word for the relative says.

    Examples
    --------
    >>> article = Article("")
    >>> note_relatives(article, "Keith Ambrose and his wife, Sandra, complained. Her son Liam agreed.")
    >>> note_relatives(article, "Her father, Ireland's envoy, and his son, Jean-Paul Sartre, came.")
    >>> article.genders
    {'Sandra': 'f', 'Liam': 'm'}
    """
    for match in relatives_by_first_name(text):
        article.genders.setdefault(match["name"], gender_of([match["relative"].lower()]))


def _spouse_by_first_name(article: Article, found: dict, gender: str, position: int) -> str:
    """Write out a wife, husband, brother or sister named by first name alone when a title asks for them, else "".

    ``Richard Price runs the firm with his wife, Nicola. ... Mrs Price said``:
    Nicola Price. Only a relative of the other sex from the person named just
    before ``his`` or ``her`` (one of ``found``, the full names with the
    surname), when ``Mrs`` or ``Mr`` asks for the relative's sex.

    Examples
    --------
    >>> article = Article("Richard Price runs it with his wife, Nicola. Mrs Price said no.")
    >>> read_names(article, tokenize(article.text, 0, len(article.text)))
    >>> fullest_name(article, ["Price"], 50, gender="f"), fullest_name(article, ["Price"], 50, gender="m")
    ('Nicola Price', 'Richard Price')
    >>> article = Article("Richard Price and Tom Hale run it. Hale lives with his wife, Nicola. Mrs Price said no.")
    >>> read_names(article, tokenize(article.text, 0, len(article.text)))
    >>> fullest_name(article, ["Price"], 80, gender="f")
    'Richard Price'
    """
    for match in relatives_by_first_name(article.text, position):
        owner_gender = "m" if match["owner"].lower() == "his" else "f"
        if match["relative"] not in _SPOUSES_AND_SIBLINGS or gender_of([match["relative"]]) != gender or owner_gender == gender:
            continue
        owner = _person_named_last(article, match.start())
        if owner in found:
            relative = f"{match['name']} {owner[-1]}"
            if first_name_gender(relative) in {"", gender}:  # (the name must not say otherwise: "his wife, Sam")
                return relative
    return ""


def _person_named_last(article: Article, position: int) -> tuple:
    """The full name (as a tuple of words) of the person the article named last before ``position``, else ()."""
    last, named = -1, ()
    for entries in article.names.values():
        for full, places in entries.items():
            at = max((p for p in places if p < position), default=-1)
            if len(full) >= 2 and at > last:
                last, named = at, full
    return named


def _named_family_first(article: Article, word: str, found: dict, position: int) -> tuple:
    """``Kim`` for ``Kim Jong Un`` (family name first) over ``Duyeon Kim``, if he was named in full more often before ``position``.

    ``found`` holds the names that end in ``word``; a name that starts with it
    wins only when the article had named it in full more often up to here.

    Examples
    --------
    >>> article = Article("Kim Jong Un met Moon. Kim Jong Un spoke. Analyst Duyeon Kim listened.")
    >>> read_names(article, tokenize(article.text, 0, len(article.text)))
    >>> _named_family_first(article, "Kim", article.names["Kim"], 60)
    ('Kim', 'Jong', 'Un')
    """
    def named_before(places):
        return sum(place < position for place in places)

    starting = {full: places for entries in article.names.values() for full, places in entries.items()
                if len(full) >= 2 and folded(full[0]) == folded(word) and full not in found}
    if not starting:
        return ()
    best = max(starting, key=lambda full: named_before(starting[full]))
    most_ending = max(named_before(places) for places in found.values())
    return best if named_before(starting[best]) > most_ending else ()


def _shared_surname(article: Article, first: str) -> str:
    """``Paul`` in "Paul and Rachel Chandler": the first name with the surname the pair shares, else "".

    Only when the second of the pair is a name the article gives in full and
    ``first`` is not used as a place ("Russia and Vladimir Putin").

    Examples
    --------
    >>> article = Article("Paul and Rachel Chandler were freed.")
    >>> read_names(article, tokenize(article.text, 0, len(article.text)))
    >>> _shared_surname(article, "Paul"), _shared_surname(article, "Rachel")
    ('Paul Chandler', '')
    """
    if f"{first} and " not in article.text and f"{first} & " not in article.text:
        return ""
    pattern = rf"\b{re.escape(first)} (?:and|&) ([A-Z][\w'’-]+) ([A-Z][\w'’-]+)\b"
    for match in re.finditer(pattern, article.text):
        second = (match[1], match[2])
        if second in article.names.get(surname(list(second)), {}) and not _used_as_place(article.text, first):
            return f"{first} {match[2]}"
    return ""


def _first_spelling(article: Article, name: tuple) -> tuple:
    """The spelling the article first gave a name that it also writes with or without accents (``Chávez``, ``Chavez``)."""
    key = tuple(folded(w) for w in name)
    filed_under = folded(surname(list(name)))
    filed = [entries for word, entries in article.names.items() if folded(word) == filed_under]
    same = [(places[0], full) for entries in filed for full, places in entries.items() if tuple(folded(w) for w in full) == key]
    return min(same)[1] if same else name


def without_place_words(article: Article, name: list) -> list:
    """Drop the words before a name that the article uses as a place: ``Denmark Anders Fogh Rasmussen``.

    A caption or a dateline can run into the first name of a story
    (``Denmark Anders Fogh Rasmussen, the Prime Minister of Denmark,
    said``). A word that the article elsewhere puts after ``of``, ``in``,
    ``from`` ... with no capitalised word after it (``of Denmark,``) names a
    place or a thing, not someone's first name; so do initials the article
    writes with ``the`` (``the UN``). At least two words stay.

    Examples
    --------
    >>> article = Article("Denmark Anders Fogh Rasmussen, the Prime Minister of Denmark, spoke.")
    >>> without_place_words(article, ["Denmark", "Anders", "Fogh", "Rasmussen"])
    ['Anders', 'Fogh', 'Rasmussen']
    >>> without_place_words(article, ["Anders", "Fogh", "Rasmussen"])
    ['Anders', 'Fogh', 'Rasmussen']
    >>> without_place_words(Article("The resignation of Rafael van der Berg."), ["Rafael", "van", "der", "Berg"])
    ['Rafael', 'van', 'der', 'Berg']

    Initials that the article writes with ``the`` are an organisation's:

    >>> without_place_words(Article("Ambassador to the UN Vasily Nebenzya spoke."), ["UN", "Vasily", "Nebenzya"])
    ['Vasily', 'Nebenzya']
    """
    while len(name) >= 3 and name[0][:1].isupper():
        if _used_as_place(article.text, name[0]) or _demonym_of_person(article.text, tuple(name)):
            name = name[1:]
        elif len(name) >= 4 and name[0] in _COMPASS and name[1].endswith(("an", "ese", "ish")):
            name = name[2:]  # "South Korean Ban Ki-moon": a nationality, then the name
        else:
            break
    return name


_COMPASS = frozenset("North South East West".split())


@functools.lru_cache(maxsize=4096)
def _demonym_of_person(text: str, name: tuple) -> bool:
    """Does ``name`` open with the adjective of a country the text names (``Nigerian`` with ``Nigeria``)?

    Not when the text writes the whole run with ``the`` (``the American Red Cross``): an organisation's name.

    >>> _demonym_of_person("Nigeria's envoy spoke.", ("Nigerian", "Umar", "Farouk"))
    True
    >>> _demonym_of_person("America helped; the American Red Cross too.", ("American", "Red", "Cross"))
    False
    """
    word = name[0]
    if not (word.isalpha() and word.endswith(("an", "i")) and len(word) >= 5) or re.search(rf"\bthe\s+{re.escape(' '.join(name))}", text):
        return False
    stems = {word[:-1], word[:-2], word[:-3]}
    return any(len(stem) >= 4 and re.search(rf"\b{re.escape(stem)}(?![\w-])", text) for stem in stems)


@functools.lru_cache(maxsize=4096)
def _used_as_place(text: str, word: str) -> bool:
    """Does ``text`` put ``word`` after ``of``, ``in``, ``from`` ... (or, for initials, after ``the``)? Asked once per word and text."""
    if word.isupper() and len(word) >= 2 and re.search(rf"\bthe\s+{re.escape(word)}\b", text):
        return True  # "ambassador to the UN Vasily Nebenzya": initials with "the" are an organisation's, not a first name
    for found in re.finditer(rf"\b(of|from|to|in|at|across|throughout)\s+{re.escape(word)}\b(?!\s+[A-Z])", text):
        if found[1] not in {"of", "from", "to"}:
            return True  # "in Denmark," ("in Rio de Janeiro" too)
        # "The resignation of Rafael van der Berg": after "of", "from" or "to", a name goes on with particles and a capital
        if not re.match(rf"\s+(?:{_PARTICLE_WORDS}\s+)+[A-Z]", text[found.end() : found.end() + 80]):
            return True  # "of Denmark,"
        before = text[max(0, found.start() - 40) : found.start()].split()[-1:]
        if before and is_title(before[0]):
            return True  # "Mayor of Rotterdam van Dijk"
    return False


def surname(name: list) -> str:
    """The word a name is filed under: its last, before ``Jr.`` or ``III`` (``Jovito Palparan Jr.`` -> ``Palparan``)."""
    return _surname(tuple(name))


@functools.lru_cache(maxsize=16384)
def _surname(name: tuple) -> str:  # (cached: an article looks up the same names again and again)
    words = [w for w in name if w.lower().rstrip(".") not in NAME_SUFFIXES and not ROMAN_NUMERAL.fullmatch(w)] or name
    return words[-1]


def _misspelt(word: str, full: tuple) -> bool:
    """Is ``word`` the first or last word of ``full`` with one letter added, dropped or changed (``Urdom``, ``Udom``)?"""
    return len(word) >= 4 and any(_one_letter_apart(folded(word), folded(part)) for part in (full[0], full[-1]))


@functools.lru_cache(maxsize=16384)
def _one_letter_apart(word: str, other: str) -> bool:
    """Do two different words of four letters or more differ by about one letter (difflib ratio 0.85 or more)?

    Two neighbouring letters swapped count too (``Marcon`` for ``Macron``).
    """
    if word == other or len(other) < 4 or abs(len(word) - len(other)) > 1 or (word[0] != other[0] and word[-1] != other[-1]):
        return False  # (one letter changed, added, dropped or swapped leaves the first or the last letter as it was)
    swapped = [k for k in range(len(word)) if len(word) == len(other) and word[k] != other[k]]
    if len(swapped) == 2 and swapped[1] == swapped[0] + 1 and word[swapped[0]] == other[swapped[1]] and word[swapped[1]] == other[swapped[0]]:
        return True
    return difflib.SequenceMatcher(None, word, other).ratio() >= 0.85


def known_org(article: Article, words: list) -> str:
    """The organisation these words name, if the article has called it a club, company ... (``KIND_NOUNS``), else ``""``.

    A firm's name without its last, business words is the firm too: ``Westway`` after ``Westway Buses``.
    """
    words = [w for w in join_initials(words) if w not in {".", ","} and w.lower() not in DETERMINERS]
    text = strip_possessive(" ".join(words))
    if text not in article.bodies and len(words) > 1 and words[0] in KIND_NOUNS:
        text = strip_possessive(" ".join(words[1:]))  # "the union Unite": the body the article called a union
    if text in article.bodies:
        return text
    if text in article.names:
        return ""  # "Ann Roe runs Roe Farms ... Roe said": the person the article named
    for k in range(article.firms_read, len(article.history)):  # (read each mention once: long articles stay fast)
        speaker = article.history[k].speaker
        words = speaker.name.split()
        if not speaker.person and len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in COMPANY_WORDS:
            article.firms[speaker.name] = k
    article.firms_read = len(article.history)
    found = [(k, name) for name, k in article.firms.items() if name.startswith(text + " ")]
    found = [(k, name) for k, name in found if all(w[:1].isupper() and w.lower() in COMPANY_WORDS for w in name[len(text) :].split())]
    return max(found)[1] if found else ""


def body_around(article: Article, start: int, end: int) -> str:
    """The body with small words in its name whose name ``text[start:end]`` is part of, else ``""``.

    ``Action for Children said`` after ``the charity Action for Children``: the
    words before ``said`` are ``Children``, but where they stand the text names
    the charity, which ``read_names`` noted with its whole name.

    >>> text = "The charity Action for Children spoke. Action for Children said no."
    >>> article = Article(text)
    >>> read_names(article, tokenize(text, 0, len(text)))
    >>> body_around(article, text.rindex("Children"), text.rindex("Children") + 8)
    'Action for Children'
    >>> body_around(article, 0, 3)
    ''
    """
    for body in sorted(article.bodies):
        if not any(w.lower() in _KIND_NAME_LINKS | TITLE_CASE_LINKS for w in body.split()[1:-1]):
            continue  # (only names with small words in them are read in parts: "Mothers Not Numbers")
        at = article.text.find(body, max(0, end - len(body)), start + len(body))
        if 0 <= at <= start and at + len(body) >= end:
            return body
    return ""


def org_named_before(article: Article, position: int, skip=()) -> str:
    """The organisation the article last made a subject before ``position`` (a name of two words or more), else ``""``.

    ``Kelvinside Athletic have parted company with ... the League Cup ... the
    club said``: the club is the one the story is about, not one named in passing.
    Names in ``skip`` are left out.
    """
    named = [
        m
        for m in article.history
        if m.at < position and not m.speaker.person and " " in m.speaker.name and m.speaker.name[:1].isupper() and m.speaker.name not in skip
    ]
    leading = [m for m in named if m.rank >= 1] or named
    return leading[-1].speaker.name if leading else ""
