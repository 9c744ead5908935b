"""Who said it? The rules that find and name the speaker of a quotation.

``samestory.quotes`` finds the quoted words; this module finds who they
belong to. It works on the words *outside* the quotation marks: a reporting
verb (``said``, ``told``, ``tweeted``, ``branded`` ... see ``CUE_VERBS``),
the noun phrase that is its subject (``POA general secretary Steve
Gillan``), and a canonical name for it:

- a person gets the fullest name the article gives them, role words
  stripped (``Mr Gillan`` and ``POA general secretary Steve Gillan`` both
  become ``Steve Gillan``; ``van der Berg`` becomes ``Ursula van der Berg``);
- a pronoun (``he``, ``she``, ``they``, ``it``) becomes the person, group or
  organisation it can refer to, read from the people the article has named
  so far (``Mention``): the latest sentence that names one, its subject first;
- a definite description becomes the person the article gave that role
  (``the envoy`` after ``the UN envoy, Sara Lind``), and a document its
  author (``the report`` after ``Sara Lind presented her report``);
- an organisation keeps its name (``Ministry of Justice``, ``POA``);
- an unnamed person gets a short description without an article
  (``A POA spokesman`` becomes ``POA spokesman``, ``One woman`` ``woman``,
  ``a spokesperson for Facebook`` ``Facebook spokesperson``).

The subject is found through the constructions of news copy: asides
(``Sara Lind, 45, a nurse, said``), titles (``UN Secretary-General ...``),
possessives (``Khan's lawyer, Sam Lee, said``), ``according to``,
``quoted X as saying``, participles (``..., saying``) and infinitives
(``went on to say``), relative clauses (``Ana Ruiz, who said``), documents
and posts and whose they are (``RIAA's take-down notice``, ``a tweet sent
from Biden's account``), members of a group (``one of the children`` is a
child) and sources named after the quotation (``Those were the words of
X``). ``tests/test_speakers_patterns.py`` shows each on made-up sentences,
and ``tests/attribution_cases*.py`` hold 2,921 passages written blind.

Everything is plain rules over words you can read below: no model, no
downloaded data (one table ships with the pack: how often girls and boys
are given each first name, ``samestory.first_names``, asked last of all
for a ``he`` or ``she`` the text does not settle). The word lists they read (reporting verbs, titles, roles,
organisation words) are in ``samestory.speaker_words``, so a lecturer can add
a reporting verb or a title there and see what changes; picking a name out of
a run of words (``person_name``, ``org_name``, ``is_title`` ...) is in
``samestory.names``, what the article has named so far (``Article``,
``read_names``, ``fullest_name``) in ``samestory.article_names``, and whom
a pronoun means (``resolve_pronoun``, ``refer_back``) in ``samestory.pronouns``.
"""

import calendar
import re

from samestory.article_names import (
    FIELD_LIST_HEADS,
    NAME_JOINERS,
    TOKEN_PATTERN,
    Article,
    Mention,
    Speaker,
    Token,
    body_around,
    demonym_then_person,
    field_list_end,
    fullest_name,
    initial_stop,
    initials_of,
    known_org,
    name_ends_before_on,
    named_elsewhere,
    note_relatives,
    relatives_by_first_name,
    org_joiner,
    org_named_before,
    place_before_name,
    quoted_title,
    role_like,
    surname,
    the_inside_body_name,
    title_field_opens_name,
    without_place_words,
)
from samestory.speaker_words import (
    ACCOUNT_WORDS,
    AUTHOR_VERBS,
    AUXILIARIES,
    CLAUSE_CONNECTIVES,
    COMMON_WORDS,
    COMPANY_NOUNS,
    CONNECTORS,
    CUE_VERBS,
    DAY_WORDS,
    DEMONYM_NOUNS,
    DETERMINERS,
    DOCUMENTS,
    DOCUMENT_KINDS,
    EPITHET_NOUNS,
    FAMILY_WORDS,
    FEMALE_WORDS,
    FIELD_WORDS,
    FIRST_NAME_TITLES,
    GENDERED_PRONOUNS,
    KIND_NOUNS,
    MALE_WORDS,
    ATTACHED_CUES,
    MODIFIER_CUES,
    NAME_PARTICLES,
    NOUN_CUES,
    OFFICE_CALLINGS,
    OFFICE_WORDS,
    ORG_WORDS,
    PASSIVE_AUXILIARIES,
    PLACE_END_WORDS,
    PLACE_PREPOSITIONS,
    PLURAL_WORDS,
    person_noun,
    person_shaped,
    PRONOUN_REACH,
    PRONOUNS,
    PSEUDONYM_CUES,
    QUOTING_VERBS,
    ROLE_WORDS,
    SPEECH_NOUNS,
    SPOKES_WORDS,
    TIME_WORDS,
    TITLE_ROLES,
    TITLES,
    word_set,
)
from samestory.first_names import job_opens_name
from samestory.names import (
    AGE_WORD,
    BELONGING_WORDS,
    OFFICE_OR_ORG,
    MONTH_FIRST_NAMES,
    PLACE_LINKS,
    SEAT_LETTERS,
    TIME_LINKS,
    abbreviated,
    aimed_link,
    drop_brackets,
    gender_of,
    is_title,
    join_initials,
    linked_name,
    masthead_day,
    name_like,
    nationality_shaped,
    org_name,
    person_name,
    pseudonym,
    role_word,
    singular,
    strip_possessive,
    title_case_link,
)
from samestory.pronouns import (
    former_or_latter,
    named_span,
    people_before,
    refer_back,
    resolve_pronoun,
    someone_else_of,
)
from samestory.tokens import DOUBLE_MARKS, SENTENCE_END, SINGLE_MARKS


_SOURCE_WORDS = word_set("from by")
# Words that only say a source is not named: "an unnamed official" is an official.
_UNNAMED_WORDS = word_set("unnamed anonymous unidentified")
# Dashes that set a name apart: "One visitor — Matt Jenkins — told the press".
_DASHES = frozenset(["—", "–", "-"])
# Words after a comma that start a new clause with its own subject.
_CLAUSE_OPENERS = word_set("while whereas but although though")
# "pointed out" reports words; "pointed" alone ("pointed to the report") does not.
_POINT_WORDS = word_set("point points pointed pointing")
_CALL_WORDS = word_set("call calls called calling")
# Nouns ending in "-ly" that may stand before a verb as its subject: "the family said".
_LY_NOUNS = word_set("family assembly rally ally monopoly supply reply anomaly homily jelly bully belly")
# Words after "Name, aside," that do not make the name the subject of a verb: a list or a relative clause goes on.
_NOT_VERBS = word_set("and or who which whose whom that but")
# "the 54-year-old": a person the article has already named.
_GENDER_WORDS = FEMALE_WORDS | MALE_WORDS


def find_cues(tokens: list, lo: int, hi: int) -> list:
    """List the reporting cues among ``tokens[lo:hi]``: ``(index, width)``.

    ``width`` is 1 for a verb, and the number of words of a cue that names
    where the words were found rather than who said them: 2 for "according
    to", 3 for "as reported by" or "as quoted by" (``President Erdogan said
    — as reported by the Daily News — "..."``).
    """
    cues, skip = [], -1
    for i in range(lo, hi):
        token = tokens[i]
        if not token.is_word or i == skip:
            continue
        if token.lower == "as" and i + 2 < hi and tokens[i + 1].lower in QUOTING_VERBS and tokens[i + 2].lower == "by":
            cues.append((i, 3))
            skip = i + 1
        elif _cue_word(tokens, i, lo) and not _noun_use(tokens, i, lo) and not _adjective_use(tokens, i, lo):
            manner = token.lower in ATTACHED_CUES and not _attached_to_quote(tokens, i, lo, hi, 1)
            if not _reports_nothing(tokens, i, hi) and not manner:
                cues.append((i, 1))
        elif token.lower == "according" and i + 1 < hi and tokens[i + 1].lower == "to":
            cues.append((i, 2))
        elif token.lower in _QUOTING_SOMEONE and _named_before_quote(tokens, i + 1, hi):
            cues.append((i, 1))  # 'He ended his speech quoting Nelson Mandela: "..."': Mandela's words
        elif token.text in _POINT_WORDS and i + 1 < hi and tokens[i + 1].lower == "out":
            cues.append((i, 1))  # '"...," Ana Ruiz pointed out.'
        elif i + 1 < hi and (token.text, tokens[i + 1].lower) in _PHRASAL_CUES and _attached_to_quote(tokens, i, lo, hi, 2):
            cues.append((i, 1))  # '"...," Hale went on.', '"...," Ana Ruiz chimed in.' (not "Talks went on into the night")
    return cues


def _attached_to_quote(tokens: list, i: int, lo: int, hi: int, width: int) -> bool:
    """Is the verb ``tokens[i:i + width]`` a quotation's own attribution: right after it, the quotation ending in a
    comma (``"...," Hale grinned.``, ``"...," grinned Hale``; not a question, which another may answer with a
    shrug), or opening it with a colon (``Hale chimed in: "..."``), with nothing after the verb but its subject
    or the sentence's end?"""
    after = i + width
    if after < hi and tokens[after].text in {":", ","}:
        return after + 1 < hi and tokens[after + 1].quote >= 0  # ('Patel shared, "..."')
    if after + 1 < hi and tokens[after].lower == "to" and tokens[after + 1].lower in CUE_VERBS:
        return True  # "The Globe went on to comment ...; "..."": it went on speaking
    if after < hi and tokens[after].is_word and not tokens[after].is_cap:
        return False  # ("The crowd chimed in with applause", "Hale smiled at her")
    quoted = [k for k in range(max(lo, i - 5), i) if tokens[k].quote >= 0]
    if not quoted:
        return False
    inner = tokens[quoted[-1]].text.rstrip(DOUBLE_MARKS + SINGLE_MARKS + " ")
    return inner[-1:] == "," and all(t.is_word or t.text == "." for t in tokens[quoted[-1] + 1 : i])


# Verbs that report words only with their particle: "went on", "chimed in" (not "went to the market").
_PHRASAL_CUES = {(verb, particle) for verbs, particle in (("go goes went", "on"), ("chime chimes chimed", "in")) for verb in verbs.split()}


_QUOTING_SOMEONE = word_set("quoting")


def _named_before_quote(tokens: list, i: int, hi: int) -> bool:
    """Does a name start at ``tokens[i]`` and run, over a comma or colon, into a quotation (``Nelson Mandela: "``)?"""
    first, last = subject_after(tokens, i, hi) if i < hi and tokens[i].is_cap else (-1, -1)
    if first < 0:
        return False
    last += last < hi and tokens[last].text in {",", ":"}
    return last < hi and tokens[last].quote >= 0


def _reports_nothing(tokens: list, i: int, hi: int) -> bool:
    """Is the reporting word at ``tokens[i]`` used here in a sense that reports no words?

    ``the man accused of the shooting`` (a description), ``The union called
    a strike`` (it arranged one), ``thinks about`` (no words), ``offered up a new definition`` (it gave
    one; ``"...," Kevin Madden offered.`` does report), ``state police``
    (a word of a description, ``MODIFIER_CUES``).
    """
    lower = tokens[i].lower
    after = tokens[i + 1] if i + 1 < hi else None
    if after is None or not after.is_word:
        return False
    if lower in {"accused", "alleged"}:
        return after.lower in {"of", "to"}
    if lower in _CALL_WORDS:
        return after.lower in {"a", "an"}
    if lower in {"offered", "offers"}:
        return True
    if lower == "thinks":
        return after.lower in {"about", "of"}  # "The mayor thinks about the "lost years"": no words of his
    # ("state Senator Helen Ross": a word of a title too)
    return lower in MODIFIER_CUES and (after.text.islower() or role_like(after)) and after.lower != "that"


def _cue_word(tokens: list, i: int, lo: int) -> bool:
    """Is ``tokens[i]`` a reporting verb (lower case, or capitalised by mistake right after a quotation: ``," Said the ...``)?"""
    token = tokens[i]
    if token.lower not in CUE_VERBS:
        return False  # (most words: not a reporting verb in any case)
    after_quote = i > lo and (tokens[i - 1].quote >= 0 or (tokens[i - 1].text == "," and i - 1 > lo and tokens[i - 2].quote >= 0))
    # 'Says one worker, "..."', 'Added Tom Hale: "..."': a verb opening the sentence, its speaker after it
    inverted = i == lo and token.lower in _OPENING_CUES and i + 1 < len(tokens) and (tokens[i + 1].is_cap or tokens[i + 1].lower in DETERMINERS)
    return token.text in CUE_VERBS or after_quote or inverted


def _adjective_use(tokens: list, i: int, lo: int) -> bool:
    """Is the ``-ed`` cue word at ``tokens[i]`` an adjective here: ``in continued protest``, ``the stated aim``?"""
    return tokens[i].lower.endswith("ed") and i > lo and tokens[i - 1].lower in _ADJECTIVE_OPENERS


def _noun_use(tokens: list, i: int, lo: int) -> bool:
    """Is the cue word at ``tokens[i]`` a noun here: ``A handwritten note left ... read``, ``his report``, ``finds have``?"""
    if tokens[i].lower.endswith("s") and i + 1 < len(tokens) and tokens[i + 1].lower in {"have", "are", "were"}:
        return True  # "New oil finds have sparked disputes", "Reports were denied": a plural noun, then its verb
    if tokens[i].lower not in NOUN_CUES:
        return False
    before = [t.lower for t in tokens[max(lo, i - 2) : i]]
    if before[-1:] and (before[-1] in DETERMINERS or before[-1].endswith(("'s", "’s"))):
        return True
    if i + 2 < len(tokens) and tokens[i + 1].text in {",", ":"} and tokens[i + 2].quote >= 0:
        # 'The report claims, "Intervention has ..."': a verb, whole sentences after it (but 'The Silea attack,
        # "the worst in years", killed ten' and 'The council report, "Safer Streets", was welcomed': a noun, and a title)
        content = tokens[i + 2].text.strip("\"'“”‘’«»„ ")
        apposed = i + 4 < len(tokens) and tokens[i + 3].text == "," and tokens[i + 4].text.islower()  # ', "Safer Streets", was'
        if content[:1].isupper() and content.rstrip("\"'”’)").endswith((".", "!", "?")) and len(content.split()) >= 3 and not apposed:
            return False
    # "a new report", and "the Silea attack": a name used as a word before the noun
    modified = tokens[i - 1].text.islower() or (tokens[i - 1].is_cap and before[0] in {"the", "a", "an"})
    return len(before) == 2 and before[0] in DETERMINERS and modified and before[1] not in AUXILIARIES


# Texts whose author a sentence may name with "by" or "from": "an article published by the University of Leeds".
_AUTHORED_TEXTS = DOCUMENTS | word_set("article study paper essay book")


def _author_of_text_before(tokens: list, comma: int, lo: int) -> tuple:
    """The author named in ``a report by X`` or ``an article published by X`` ending at ``tokens[comma]``, else ``(-1, -1)``."""
    for d in range(comma - 2, max(lo, comma - 12) - 1, -1):
        if tokens[d].lower not in _AUTHORED_TEXTS or not tokens[d].text.islower():
            continue
        k = d + 1 + (tokens[d + 1].lower in AUTHOR_VERBS | _PUBLISHING_VERBS)
        if k < comma and tokens[k].lower in {"by", "from"}:
            found = _phrase_after(tokens, k + 1, comma)
            named = any(t.is_cap for t in tokens[found[0] : found[1]])  # (not "a report from her own office")
            return found if found[1] == comma and named else (-1, -1)
        return (-1, -1)
    return (-1, -1)


def subject_of(tokens: list, cue: int, width: int, lo: int, hi: int) -> tuple:
    """Find the words naming who speaks through the cue at ``tokens[cue]``.

    Looks before the cue (``Steve Gillan said``), after it when the cue
    comes first (``said Sheriff Bill Brown``, ``according to the BBC``),
    through a passive's agent (``forecast by the Ministry of Justice``), and
    through ``as saying`` (``Reuters quoted Eva Stone as saying``, ``Stone
    was quoted as saying``).

    Returns
    -------
    (int, int)
        Token range ``(first, last + 1)`` of the subject, or ``(-1, -1)``.
    """
    if tokens[cue].lower in _QUOTING_SOMEONE:
        return subject_after(tokens, cue + 1, hi)  # "quoting President George W. Bush, "...""
    given = _name_given_before(tokens, lo, cue)
    if given[0] >= 0:
        return given  # "One witness, who gave his name only as Musa, said"
    owner = _owner_of_words_after(tokens, cue, hi)
    if owner[0] >= 0:
        return owner  # 'The Post characterized Obama's comment, "..."': Obama's words, the verb's object
    if width > 1:  # "according to the BBC", "according to its author, Ana Ruiz", "as reported by the BBC"
        j = cue + width
        if j < hi and tokens[j].lower in _OBJECT_PRONOUNS and (j + 1 >= hi or not tokens[j + 1].is_word):
            return (j, j + 1)  # "According to him, ...": whom "he" would mean
        return subject_after(tokens, j, hi)
    if cue + 1 < hi and tokens[cue + 1].lower == "by" and tokens[cue].lower.endswith(("ed", "cast", "ten")):
        if tokens[cue].lower in ASKING_VERBS:
            return (-1, -1)  # "When asked by a newspaper, X replied": the newspaper asked, X answered
        return _phrase_after(tokens, cue + 2, hi)
    if cue - 1 > lo and tokens[cue - 1].lower == "as" and tokens[cue].lower.endswith("ing"):
        return _quoted_as_saying(tokens, cue - 1, lo)
    k = cue
    while k - 1 > lo and tokens[k - 1].lower in AUXILIARIES and tokens[cue].lower.endswith("ing"):
        k -= 1  # "Bolton gave his account, also speaking via Twitter"
    before = [t.lower for t in tokens[max(lo, k - 2) : k]]
    infinitive = before[-1:] == ["to"] or before == ["to", "have"]
    participle = tokens[cue].lower.endswith("ing") and before[-1:] in ([","], ["before"], ["after"], ["while"], ["when"], ["by"])
    # "Chavez sent his wishes during his weekly broadcast saying": a participle after a noun, with no comma
    # (not "residents were saying": an auxiliary before the verb makes it the sentence's own)
    participle = participle or (tokens[cue].lower.endswith("ing") and k == cue and k - 1 > lo and _noun_after_determiner(tokens[k - 1]) and not role_like(tokens[k - 1]))
    # ("John Major paid tribute to her saying": an object pronoun, then the participle)
    participle = participle or (tokens[cue].lower.endswith("ing") and before[-1:] in (["her"], ["him"], ["them"], ["it"], ["us"]))
    # ("addressed critics, such as Dick Cheney saying", "spoke to Congress saying": the object is not the speaker)
    participle = participle or (tokens[cue].lower.endswith("ing") and k - 1 > lo and _prepositional_object(tokens, k - 1, lo))
    if infinitive or participle:  # "Hale went on to say", "Hale defended it, saying", "... by saying"
        found = _clause_subject(tokens, lo, cue, nearest=True)
        if found[0] >= 0 or infinitive:
            return found
        if before[-1:] == ["by"] and k - 3 >= lo and tokens[k - 2].text.islower() and tokens[k - 3].is_cap:
            return _phrase_before(tokens, k - 3, lo)  # "When asked why ... earlier McClellan responded by saying"
    j = cue - 1
    progressive = tokens[cue].lower.endswith("ing")  # "residents were saying": a form of "be", then the verb
    while j >= lo and (tokens[j].lower in AUXILIARIES or _manner_adverb(tokens[j]) or (progressive and tokens[j].lower in PASSIVE_AUXILIARIES)):
        j -= 1  # "X has also said", "X angrily said"
    j = _before_dashed_aside(tokens, j, lo)  # "X – who has led the union since 2012 – told"
    j = _before_when(tokens, j, lo)  # "X, a bishop, on Saturday said", "X yesterday said"
    j = _before_time_phrase(tokens, j, lo)  # "The mayor at the time said", "X's supervisor during the program said"
    if j - 1 >= lo and tokens[j].lower in {"which", "that"} and tokens[j - 1].is_cap and tokens[j - 1].lower in _NAMED_TEXTS:
        return _phrase_before(tokens, j - 1, lo)  # "the Communications Decency Act which states": the law's own words
    if j - 1 >= lo and tokens[j].lower in {"which", "that"} and tokens[j - 1].text == "," and _author_of_text_before(tokens, j - 1, lo)[0] >= 0:
        return _author_of_text_before(tokens, j - 1, lo)  # "cited a report by the Resolution Foundation, which says": its author
    written = any(t.lower in DOCUMENTS | ACCOUNT_WORDS for t in tokens[max(lo, j - 4) : j])  # "... account on Tuesday, which read"
    # "sent a message to the UN meeting on Tuesday which said": the message, a few words back
    sent = any(t.lower in DOCUMENTS and t.text.islower() for t in tokens[max(lo, j - 8) : j]) and not any(t.text == "," for t in tokens[max(lo, j - 8) : j])
    if j - 1 >= lo and tokens[j].lower in {"which", "that"} and (tokens[j - 1].lower in DOCUMENTS or (written and tokens[j - 1].text == ",") or sent):
        return _clause_subject(tokens, lo, j)  # "Facebook released a statement which read": Facebook's words
    if j - 1 >= lo and tokens[j].lower == "who":  # "drafted by Alex Greenwich, who said": the person "who" stands for
        return _who_stands_for(tokens, j, lo)
    if j >= lo and tokens[j].lower in PASSIVE_AUXILIARIES and tokens[cue].lower.endswith(("ed", "told", "said")):
        return (-1, -1)  # "were told to return": the subject is not the speaker
    inverted = not tokens[cue].lower.endswith("ing")  # "adding that it ..." has no subject after it
    if j < lo or tokens[j].quote >= 0:
        return subject_after(tokens, cue + 1, hi) if inverted else (-1, -1)  # '"...," said Sheriff Bill Brown'
    if tokens[j].text == ",":
        return _subject_before_comma(tokens, j, lo, cue, hi)
    if tokens[j].lower == "and" and j - 1 > lo:
        found = _clause_subject(tokens, lo, j - (tokens[j - 1].text == ","))
        if found[0] >= 0:
            return found  # "X turned to his counterpart, Y, and said", "X cited Article 5 and said": X said it
    if tokens[j].text in _DASHES:  # "One visitor — Matt Jenkins — told the press": the name set between dashes
        k = j - 1
        while k > lo and (tokens[k].is_cap or tokens[k].lower in NAME_PARTICLES):
            k -= 1
        if k < j - 2 and tokens[k].text in _DASHES and person_name([t.text for t in tokens[k + 1 : j]]):
            return (k + 1, j)
    if not tokens[j].is_word and tokens[j].text != ")":
        return (-1, -1)
    who = _unclosed_relative(tokens, lo, j)
    if who >= 0:  # "Senator David Vitter, R-LA, who is a supporter of the bill says": the one "who" stands for
        found = _who_stands_for(tokens, who, lo)
        if found[0] >= 0:
            return found
    if _two_roles_of_one(tokens, j, lo):
        j -= 2  # "Wolf's husband and coach told": one person with two roles, described by the first
    first, last = _phrase_before(tokens, j, lo)
    # (the preposition's object is the phrase's start only when the preposition stands just before it:
    # not "At the hearing the court officials said")
    placed = first > lo and tokens[lo].lower in _OPENING_PLACE_WORDS and tokens[first - 1].lower in _OPENING_PLACE_WORDS | {"of"}
    placed = placed and not any(t.text == "," for t in tokens[lo:first])
    if placed and tokens[first].lower in DETERMINERS and last - first >= 3 and _people_word(tokens[last - 1].lower):
        return (last - 1, last)  # "Outside the court supporters were chanting": the supporters, not "the court supporters"
    if first > lo and tokens[cue].lower.endswith("ing") and tokens[last - 1].lower in DOCUMENTS and tokens[first - 1].lower in _SENDING_VERBS | _GIVING_VERBS:
        found = _clause_subject(tokens, lo, first)  # "Obama gave a statement condemning the attack": his
        if found[0] >= 0:
            return found
    role_of = first >= 0 and last - first > 2 and not tokens[first].is_cap and role_like(tokens[first]) and tokens[first + 1].lower in CONNECTORS
    described = first >= 0 and any(role_like(t) for t in tokens[first:last]) and (role_of or not person_name([t.text for t in tokens[first:last]]))
    comma = first - 1
    while described and comma > lo and comma >= first - 2 and _job_word(tokens[comma]):
        comma -= 1  # "film" in "film critic for ..."
    if comma > lo and tokens[comma].text == "," and described:
        named = _phrase_before(tokens, comma - 1, lo)  # "Jack Garner, film critic for Gannet News Service said"
        if named[0] >= 0 and len(person_name([t.text for t in tokens[named[0] : named[1]]])) >= 2:
            return named
    if first - 1 > lo and tokens[first - 1].text == "," and (tokens[last - 1].lower in ORG_WORDS or org_name([t.text for t in tokens[first:last]])):
        # "Whitey MacDonald, chairperson of Local 1520, Canadian Auto Workers union said": the organisation ends the aside
        found = _subject_before_comma(tokens, first - 1, lo, cue, hi)
        if found[0] >= 0 and len(person_name([t.text for t in tokens[found[0] : found[1]]])) >= 2:
            return found
    participle = _participle_before_object(tokens, lo, first)
    if participle > lo:  # 'Alistair Darling, leader of ..., addressing "No" campaign workers said': not the workers
        found = _clause_subject(tokens, lo, participle - 1)
        if found[0] >= 0:
            return found
    if first > lo and tokens[first - 1].lower in _PREPOSITION_LINKS:  # "contributor to Slate": not the subject
        return _person_before_modifiers(tokens, lo, first) or _person_before_link(tokens, lo, first, last) or (first, last)
    if first > lo and tokens[first - 1].lower in _TIME_AND_PLACE_PREPOSITIONS:
        found = _clause_subject(tokens, lo, first - 1)  # "A tweet sent ... during the debate repeated": not the debate
        if found[0] >= 0:
            return found
        head = _phrase_before(tokens, first - 2, lo) if first - 2 >= lo and tokens[first - 2].is_word else (-1, -1)
        # ("Residents on Malone Road in Belfast say": the residents, back over a place named with a preposition)
        while head[0] - 2 >= lo and tokens[head[0] - 1].lower in _TIME_AND_PLACE_PREPOSITIONS and tokens[head[0] - 2].is_word:
            if not all(t.is_cap for t in tokens[head[0] : head[1]]):
                break  # (not "Pride in London organisers": a description, not a place)
            head = _phrase_before(tokens, head[0] - 2, lo)
        if head[0] == lo or (head[0] > lo and tokens[head[0] - 1].text == ","):
            return head  # "A court in Nairobi on Wednesday denied": the court; "During the slump, fans in Japan said"
    # "Peter Iseley of worldwide victim group Ending Clergy Abuse said", "Regina Ip from the pro-Beijing camp said"
    anchor = first if first >= 0 else j + 1
    described = anchor
    while described > lo and anchor - described < 4 and _modifier_word(tokens[described - 1]):
        described -= 1
    named = described  # "of the Northern Arapaho tribal historic preservation office told"
    while named > lo and described - named < 6 and tokens[named - 1].is_cap:
        named -= 1
    if named < described < anchor and named - 1 > lo and tokens[named - 1].lower in _LINKS_OR_DETERMINERS:
        described = named
    if described - 2 >= lo and tokens[described - 1].lower in DETERMINERS and tokens[described - 2].lower in _PLACE_LINKS_AT:
        described -= 1
    if described < anchor and described > lo and tokens[described - 1].lower in _PLACE_LINKS_AT:
        return _person_before_modifiers(tokens, lo, described) or (first, last)
    return _name_before_long_aside(tokens, lo, cue, first, last) or (first, last)


def _name_before_long_aside(tokens: list, lo: int, cue: int, first: int, last: int):
    """``Abdulla Rasheed, a captain of a boat which capsized off the Maldives stated``: the name the clause opens with.

    When a clause opens with a person's name and a comma, and a description
    runs on to the verb without closing its comma, the words just before
    the verb (``the Maldives``) are part of the description. Only used when
    those words are not a person's name or a pronoun themselves. Returns
    the token range of the name, or ``None``.
    """
    if first >= 0 and (tokens[first].lower in PRONOUNS or len(person_name([t.text for t in tokens[first:last]])) >= 2):
        return None
    comma = next((k for k in range(lo, cue) if tokens[k].text == ","), -1)
    if comma <= lo or any(t.text in {",", ";", ":", "(", ")"} or t.quote >= 0 for t in tokens[comma + 1 : cue]) or cue - comma < 4:
        return None
    if tokens[cue].lower.endswith("ing") or not (tokens[comma + 1].lower in DETERMINERS or role_like(tokens[comma + 1])):
        return None  # the aside describes: "a captain of ...", "the deputy Prime Minister and head of ..."
    name = [t.text for t in tokens[lo:comma]]
    return (lo, comma) if len(name) >= 2 and person_name(name) == name else None


def name_speaker(article: Article, tokens: list, span: tuple, position: int) -> Speaker:
    """Turn the subject words ``tokens[span[0]:span[1]]`` into a ``Speaker``.

    Pronouns are resolved against the people read so far (``article.history``);
    a name is written out in full from the names the article has given; a
    definite description (``the envoy``) becomes the person the article last
    gave that role (``the UN envoy, Sara Lind``).
    """
    speaker = _name_speaker(article, tokens, span, position)
    if speaker.person and (job_opens_name(speaker.name.split()) or title_field_opens_name(tokens, span, speaker.name.split())):
        speaker.name = speaker.name.split(" ", 1)[1]  # "Auctioneer Gordon Metcalfe", "Sport Hugo de Jonge": a job or a field, then the name
    first, last = span
    if speaker.name and any(field_list_end(tokens, k, last) == last for k in range(max(first, 0), last)):
        for pair in re.finditer(r"([^\W\d_]+), (?=([^\W\d_]+))", speaker.mention):  # the commas of "Trade, Industry and Fisheries"
            speaker.name = speaker.name.replace(f"{pair[1]} {pair[2]}", f"{pair[1]}, {pair[2]}", 1)
    return speaker


def _name_speaker(article: Article, tokens: list, span: tuple, position: int) -> Speaker:
    first, last = span
    if first < 0:
        return Speaker()
    first += _place_before_person(article, tokens, first, last)  # "in Havana Lula said": Lula
    if last - first >= 2 and first > 0 and tokens[first].text in MONTH_FIRST_NAMES and tokens[first - 1].lower in TIME_LINKS:
        first += 1  # "In April Lanotte said": a month, then the name
    words = [t.text for t in tokens[first:last]]
    speaker = Speaker(
        mention=article.text[tokens[first].start : tokens[last - 1].end],
        mention_start=tokens[first].start,
        mention_end=tokens[last - 1].end,
    )
    owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s")) and w[:1].isupper()), -1)
    opens = all(w[:1].isupper() or w.lower() in DETERMINERS for w in words[:owner])  # (not "the driver in April's crash")
    opens = opens and not (owner == 0 and _in_body_name_only(article, strip_possessive(words[0])))  # ("Johnson's celebration")
    if owner >= 0 and opens and all(_adjective_only(w) for w in words[owner + 1 :]):
        # "Boyle's specific comments were ...": Boyle's words, whatever the adjective (not "Gregoire's spokesman")
        words = words[:owner] + [strip_possessive(words[owner])]
    lowered = [w.lower() for w in words]
    if lowered in (["her", "honour"], ["his", "honour"], ["her", "honor"], ["his", "honor"]):
        words, lowered = ["the", "judge"], ["the", "judge"]  # "her Honour said": the judge, as Australian copy calls her
    holder = _title_holder(article, words[1], position) if len(words) == 2 and lowered[0] == "the" else ""
    if holder:  # "District Collector S. Kathirvel Rajan ... the Collector told reporters"
        speaker.name, speaker.person = holder, True
        return speaker
    if _friends_of(words):
        speaker.name = " ".join(words)  # "Friends of Hollins Vale Park said": a group's name, not a park's friends
        return speaker
    if linked_name(words) and org_name(words):
        speaker.name = org_name(words)  # "Reporters Without Borders said": a campaign's name, no one called Borders
        return speaker
    named = last
    while named > first and tokens[named - 1].is_cap:
        named -= 1  # (the capitalised words the span ends with: "Pride" in "The campaign group Pride")
    body = body_around(article, tokens[named].start, tokens[last - 1].end) if named < last and article.bodies else ""
    if body:  # "Pride in London said" after "campaign group Pride in London": the whole name where "London" stands
        speaker.name = body
        return speaker
    if len(words) == 1 and lowered[0] in _OBJECT_PRONOUNS:
        lowered = [_OBJECT_PRONOUNS[lowered[0]]]  # "according to him"
    if lowered == ["they"] and last < len(tokens) and tokens[last].lower in _GOING_ON:
        found = _speaker_going_on(article, position)
        if found is not None:  # "A spokesperson for the Oxford Tube said: ... They added,": the same voice
            speaker.name, speaker.person, speaker.plural = found.name, found.person, found.plural
            return speaker
    if len(words) == 1 and lowered[0] in PRONOUNS:
        found = resolve_pronoun(article, lowered[0], position)
        if found is None:
            return speaker
        speaker.name, speaker.person, speaker.gender, speaker.plural = found.name, found.person, found.gender, found.plural
        # (not from a pronoun that opens someone's reported words: in "His lawyer, Ruth Amos, said he would
        # plead", "he" is Ruth Amos's client, and guessing her would make her a man)
        reported = first > 0 and tokens[first - 1].lower in CUE_VERBS | {"that"}
        if found.person and PRONOUNS[lowered[0]] in {"m", "f"} and not reported:
            article.genders.setdefault(found.name, PRONOUNS[lowered[0]])
        return speaker
    if lowered[0] in {"i", "we", "you", "someone", "somebody", "anyone", "anybody"}:
        return speaker  # ("Someone off-camera can be heard saying": no one the story names)
    if lowered in (["one"], ["another"]):  # "many protesters said ... one said": a protester
        group = refer_back(article, "plural", position)
        if group is None or not group.plural:
            if lowered == ["another"]:  # "One U.S. intelligence official told Reuters ... said another": another such
                speaker.name, speaker.person = _one_of_them_before(article, position), True
            return speaker
        named = group.name.lower() if group.name.lower() in ROLE_WORDS else group.name  # ("Residents were not convinced")
        last_word = named.split()[-1]
        if named.islower() or (last_word.islower() and _group_word(last_word)):  # (and "Celtic fans": a Celtic fan)
            speaker.name, speaker.person = " ".join(named.split()[:-1] + [singular(last_word)]), True
        return speaker
    if len(words) == 2 and lowered[0] == "the" and lowered[1] in {"former", "latter"}:
        found = former_or_latter(article, lowered[1], position)  # "The latter was more forthright."
        if found is not None:
            speaker.name, speaker.person, speaker.gender = found.name, True, found.gender
        return speaker
    if len(words) == 4 and lowered[0] == "the" and lowered[2] == "of" and (lowered[3] in _COUNT_WORDS or lowered[3].isdigit()):
        words = [words[0], "-".join(words[1:])]  # "the mother of three": the mother-of-three named before
        lowered = [w.lower() for w in words]
    if _epithet(words) and not known_org(article, words):  # (not "The Londoner, a luxury hotel in Leicester Square, said")
        found = refer_back(article, "person", position)  # '"...," the 54-year-old said', 'the teenager said'
        demonym = [w.lower() for w in words[1:] if w[:1].isupper()]
        if demonym:  # "the 26-year-old Kenyan": the person named near "Kenya's"; "the Dane": near "Danish" or "Denmark"
            marks = [demonym[0]] + DEMONYM_NOUNS.get(demonym[0], "").split()
            found = _person_named_near(article, marks, position) or found
        age = re.fullmatch(r"(\d{1,3})-year-old", _joined_ages(lowered)[1])
        if age:  # "Ryan Cole, 35, ... Ann Roe, 61, ... the 35-year-old said": the one of that age
            found = _person_of_age(article, age.group(1), position) or found
        former = re.fullmatch(r"(?:ex-|former-?)([a-z]+)", lowered[-1])
        if former:  # "the ex-policeman": the person named as a "former policeman"
            found = _former_holder(article, former.group(1), position) or found
        if found is not None:
            speaker.name, speaker.person, speaker.gender = found.name, True, found.gender
        return speaker
    if "and" in words and any(w in _AFFILIATION_LINKS for w in words[words.index("and") :]):
        linked = next(k for k in range(words.index("and"), len(words)) if words[k] in _AFFILIATION_LINKS)
        if all(w[:1].isupper() for w in words[:linked] if w != "and"):
            words, lowered = words[:linked], lowered[:linked]  # "Ann Roe and Tom Hale of the University of Kent": the two
    people = _listed_names(words)
    if people:  # "Mayor Ann Roe and club owner Tom Hale", "Ann Roe, Tom Hale and Eva Stone"
        speaker.name = ", ".join(people[:-1]) + " and " + people[-1]
        speaker.person, speaker.plural = True, True
        return speaker
    if "and" in words and len(words) <= 6 and all(w[:1].isupper() for w in words if w != "and"):
        parts = [words[: words.index("and")], words[words.index("and") + 1 :]]
        names = [person_name(part) or (part if len(part) == 1 else []) for part in parts]  # (a surname may be "King")
        seat = any(w in SEAT_LETTERS for w in parts[1][:-1])  # (not "Dover and Deal MP Natalie Elphicke": one member)
        titles = all(is_title(w) for w in parts[0]) and is_title(parts[1][0])  # (nor "President and CEO Jane Ortiz")
        if all(names) and not (seat or titles):  # "Williams and King said": "Karen Williams and Patty King"
            speaker.name, speaker.person, speaker.plural = _joint_name(article, names, position), True, True
            return speaker
    if len(words) >= 2 and lowered[-2] in _OFFICE_ADJECTIVES and (lowered[-1] in SPOKES_WORDS or lowered[-1] in DOCUMENTS):
        office = _OFFICE_ADJECTIVES[lowered[-2]]  # "a presidential spokesman": a spokesman for the president
        words = words[:-2] + [words[-1], "for", "the", office] if lowered[-1] in SPOKES_WORDS else ["the", f"{office}'s", words[-1]]
        lowered = [w.lower() for w in words]
    if lowered in (["police"], ["the", "police"]) and last + 1 < len(tokens) and tokens[last].lower in {"in", "from"} and tokens[last + 1].is_cap:
        place = _cap_run_end(tokens, last + 1, len(tokens))
        speaker.name = " ".join(t.text for t in tokens[last + 1 : place]) + " police"  # "Police in Spain said": not the force named
        return speaker
    known = known_org(article, words)  # "Rail operator Calder Trains ... Calder Trains said": the company
    if known:
        speaker.name = known
        return speaker
    if words[-1] in article.acronyms and all(w.lower() in DETERMINERS for w in words[:-1]):
        speaker.name = article.acronyms[words[-1]]  # "TfW said" after "Transport for Wales (TfW)"
        return speaker
    if words[-1][:1].isupper() and lowered[-1] in _NAMED_TEXTS:  # "the Communications Decency Act": a law by its name
        part = "of" in lowered and lowered[0] in _TEXT_PARTS  # "Section 230 of the ...": the part of a law is the law's
        named = words[len(words) - lowered[::-1].index("of") :] if part else words
        speaker.name = " ".join(w for w in named if w.lower() not in DETERMINERS)
        return speaker
    if " ".join(words) in article.places:
        speaker.name = " ".join(words)  # "Southern Tagalog covers the province": a place the article gave
        return speaker
    bare = person_name(words) == words[1:] and without_place_words(article, words[1:]) == words[1:]  # not "the UN Vasily Nebenzya"
    if lowered[0] == "the" and demonym_then_person(article, words[1:]):
        # "The Chinese Cao Lei set a world record": a nationality, then the person (no body takes "the" and a demonym)
        speaker.name, speaker.person = fullest_name(article, words[2:], position), True
        return speaker
    if lowered[0] == "the" and len(words) >= 3 and bare and not any(is_title(w) for w in words):
        full = fullest_name(article, words[1:], position)
        if len(full.split()) > len(words) - 1:  # "The Dalai Lama XIV visited ... said the Dalai Lama": the person named so
            speaker.name, speaker.person = full, True
            return speaker
        speaker.name = " ".join(words[1:])  # "The London Underground responded": people's names take no "the"
        article.bodies.add(speaker.name)
        return speaker
    alias = pseudonym(words)
    posted = _posted_body_words([w for w in words if w.lower() not in DETERMINERS])  # "the EU delegation to Ukraine": no one's name
    name = alias or ([] if posted else person_name(words))
    if not name and len(words) == 1 and (not name_like(words[0]) or is_title(words[0])) and words[0] in article.names:
        name = words  # "said May", "King said": a surname that is also a common word or a title, given in full before
    holder = "" if name else _role_holder(article, words, position, mentioned=speaker.mention_start)
    if not (name or holder) and lowered[-1] in _LAWMAKERS and lowered[0] == "the":
        members = [(at, who) for role in sorted(_MEMBER_ROLES & article.roles.keys()) for at, who in article.roles[role] if at < position]
        holder = max(members)[1] if members else ""  # "The area MP, Joseph Kamau ... the legislator said": the member
    if not (name or holder) and _known_by_office(words):
        # "the Republican congressman said": the one named before, with that word beside their name if someone was
        # ("Billionaire Elon Musk met Chancellor Olaf Scholz ... the billionaire"), and of the word's gender
        called = _person_called(article, lowered[-1], position) if lowered[-1] in OFFICE_CALLINGS else None
        found = called or refer_back(article, gender_of([lowered[-1]]) or "person", position)
        holder = found.name if found is not None and " " in found.name and found.name[:1].isupper() else ""
    if name or holder:
        speaker.name = holder or fullest_name(article, name, position, gender=gender_of(lowered))
        speaker.person = True
        if name and ("younger" in lowered or "elder" in lowered):
            speaker.name = _junior_or_senior(article, name, "younger" in lowered) or speaker.name
    else:
        # ("Her parents, Neil and Tracey Harding, said": "her" is whoever it means where it stands, not at "said")
        at = min(position, speaker.mention_start) if lowered[0] in _OWNER_PRONOUNS else position
        speaker.name, speaker.person = _describe(article, words, at)
    gender = gender_of(lowered)
    if gender and speaker.name:
        article.genders.setdefault(speaker.name, gender)
    speaker.gender = article.genders.get(speaker.name, gender)
    head = _head_word(lowered)
    group = head in PLURAL_WORDS or (head.endswith("s") and head in ROLE_WORDS)
    speaker.plural = group and not (name or holder)
    if speaker.person and not (name or holder) and lowered[0] in {"a", "an", "one"} and head in ROLE_WORDS and speaker.name != head:
        # "A spokeswoman for UNHCR said": a later "the spokeswoman" is her
        article.roles.setdefault(head, []).append((tokens[first].start, speaker.name))
    if not speaker.person and lowered[0] in {"a", "an"} and head in ORG_WORDS and speaker.name not in {"", head}:
        counts = article.orgs.setdefault(head, {})  # "A judicial committee found ...": a later "the committee" is it
        counts[speaker.name] = counts.get(speaker.name, 0) + 1
    return speaker


def _in_body_name_only(article: Article, word: str) -> bool:
    """Is ``word`` part of an organisation's name the article gave (``NASA's Johnson Space Center``), and of no person's?"""
    return word not in article.names and any(word in name.split() for names in article.orgs.values() for name in names)


def _junior_or_senior(article: Article, name: list, younger: bool) -> str:
    """``the younger Russo`` -> ``Frank Russo Jr.`` when the article names a father and son alike, else ``""``.

    Without ``Jr.`` or ``Sr.``: the younger is the son or daughter the article named as such (``Lai's son
    Sebastien``, ``article.children``), else the later named of two people sharing the surname; the elder
    the other one.
    """
    family = surname(name)
    wanted = ("jr", "jr.", "ii") if younger else ("sr", "sr.")
    full = [known for known in article.names.get(family, {}) if known[-1].lower() in wanted]
    if len(full) == 1:
        return " ".join(full[0])
    child = article.children.get(family)
    people = [known for _, known in sorted((spots[0], known) for known, spots in article.names.get(family, {}).items()) if known != child]
    people = people[:1] + [child] if child else people
    if len(people) != 2:
        return ""  # (three Roes, none named as a son or daughter: no telling which is younger)
    return " ".join(people[-1] if younger else people[0])


# Bodies that speak for the person who owns them: "Nicolas Sarkozy's office", "Ann Lee's campaign".
_OWNED_BODIES = word_set("office campaign camp team administration government")
# Words that join a person's name to where they work or come from: "Tom Hale of the University of Kent".
_AFFILIATION_LINKS = word_set("of from at")
# Adjectives of an office whose holder the article names: "the presidential decree" is the president's.
_OFFICE_ADJECTIVES = {"presidential": "president", "mayoral": "mayor", "prime-ministerial": "prime minister"}


def _place_before_person(article: Article, tokens: list, first: int, last: int) -> int:
    """How many words of ``tokens[first:last]`` after ``in`` or ``at`` name a place before a person (``in Havana Lula``)."""
    if first == 0 or tokens[first - 1].lower not in {"in", "at"} or last - first != 2 or not tokens[first].is_cap:
        return 0
    person = tokens[first + 1]
    return 1 if person.is_cap and named_elsewhere(article, person.text, person.start) else 0


def _one_of_them_before(article: Article, position: int) -> str:
    """The description of the last ``One ... official`` the article spoke of before ``position``, else ``""``."""
    for m in sorted(article.history, key=lambda m: m.at, reverse=True):
        words = m.speaker.name.split()
        if m.at < position and m.speaker.mention.lower().startswith("one ") and words and words[-1].islower():
            return m.speaker.name
    return ""


def _document_named_before(article: Article, noun: str, position: int) -> str:
    """The latest name the article gave a document of this kind before ``position``: ``Downing Street Memo`` for ``memo``.

    Only a name in capitals that ends with the noun (``the Downing Street Memo``), not a description.

    >>> _document_named_before(Article('Kerry spoke of the "Downing Street Memo". The memo states ...'), "memo", 40)
    'Downing Street Memo'
    >>> _document_named_before(Article('The Downing Street Memo leaked. The memo states ...'), "memo", 30)
    'Downing Street Memo'
    """
    pattern = r"\b((?:[A-Z][\w'’-]*\s+){1,5}" + re.escape(noun[:1].upper() + noun[1:].lower()) + r")\b"
    found = [m for m in re.finditer(pattern, article.text[:position]) if len(m.group(1).split()) >= 2]
    found = [m for m in found if len(m.group(1).split()) >= 3 or m.group(1).split()[0].lower() not in DETERMINERS]
    if not found:
        return ""  # ("The Memo" alone names nothing)
    # (not when another one is spoken of after it: "... a second memo, written by aides, ... The memo states";
    # the one mention allowed is the subject's own, "The memo")
    if len(re.findall(rf"\b{re.escape(noun.lower())}\b", article.text[found[-1].end() : position])) > 1:
        return ""
    words = found[-1].group(1).split()
    return " ".join(words[1:] if words[0].lower() in DETERMINERS else words)


def _listed_names(words: list) -> list:
    """The names of the people in a list such as ``Ann Roe, Tom Hale and Eva Stone``, else ``[]``.

    Each part must hold a name of two words or more, perhaps after a title or
    role words (``club owner Tom Hale``); there must be three parts or a part
    with role words, as two bare names are left to ``_joint_name``.

    >>> _listed_names("Ann Roe , Tom Hale and Eva Stone".split())
    ['Ann Roe', 'Tom Hale', 'Eva Stone']
    >>> _listed_names("Mayor Ann Roe and club owner Tom Hale".split())
    ['Ann Roe', 'Tom Hale']
    >>> _listed_names("Ann Roe and Tom Hale".split())
    []
    """
    if "and" not in words:
        return []
    parts, part = [], []
    words = [w for k, w in enumerate(words) if not (w == "," and words[k + 1 : k + 2] == ["and"])]  # (", and")
    for word in words + [","]:
        if word in {",", "and"}:
            parts.append(part)
            part = []
        else:
            part.append(word)
    if any(not p for p in parts):
        return []
    names = [person_name(p) for p in parts]
    described = any(len(name) < len(p) for name, p in zip(names, parts))
    if len(parts) < 2 or any(len(name) < 2 for name in names) or not (len(parts) >= 3 or described):
        return []
    return [" ".join(name) for name in names]


def _joint_name(article: Article, names: list, position: int) -> str:
    """Two people speaking together, each by their fullest name: ``Williams and King`` -> ``Karen Williams and Patty King``.

    A pair the article named together before is that pair (``daughters Karen
    Williams and Patty King``), even when another ``King`` is better known.

    >>> article = Article("B.B. King died. His daughters Karen Williams and Patty King spoke. Williams and King said no.")
    >>> _joint_name(article, [["Williams"], ["King"]], 70)
    'Karen Williams and Patty King'
    """
    before = r"((?:[A-Z][\w.'’-]* )*)"  # the capitalised words before each name
    pair = re.compile(before + re.escape(" ".join(names[0])) + " and " + before + re.escape(" ".join(names[1])) + r"\b")
    named = [found for found in pair.finditer(article.text, 0, position) if found.group(1) or found.group(2)]
    if named:
        given = [named[0].group(1).split(), named[0].group(2).split()]
        # (not a word the sentence opens with: "Daughters Karen Wills and ..." are Karen Wills and ...)
        given = [[w for w in words if singular(w.lower()) not in ROLE_WORDS | COMMON_WORDS and not is_title(w)] for words in given]
        return " and ".join(fullest_name(article, words + name, position) for words, name in zip(given, names))
    return " and ".join(fullest_name(article, name, position) for name in names)


def _adjective_only(word: str) -> bool:
    """Is a lower-case word after an owner's name no noun of its own: ``specific``, ``latest`` (not ``spokesman``, ``report``)?"""
    lower = word.lower()
    nouns = DOCUMENTS | SPEECH_NOUNS | NOUN_CUES | ACCOUNT_WORDS | ORG_WORDS
    person = lower.endswith(("er", "or", "ist", "ian")) and person_noun(lower)  # "Sterling's supervisor"
    return word.islower() and lower not in nouns | ROLE_WORDS | KIND_NOUNS and not is_title(word) and not person


def sentence_subject(article: Article, tokens: list, lo: int, hi: int):
    """Who a sentence is about when it opens with them, else ``None``.

    ``Hatice Cengiz addressed the assembly.`` makes Hatice Cengiz someone a
    later ``she said`` can refer to, even with no reporting verb; so does
    ``She addressed ...`` (the person ``she`` means), ``The protesters
    marched ...`` (a group, for ``they``) and ``The ministry issued ...``
    (an organisation, for ``it``).
    """
    opened = lo
    while lo + 1 < hi and tokens[lo].lower in _OPENING_CONNECTIVES:
        lo += 1 + (tokens[lo + 1].text == ",")  # "However, many residents were angry.": the residents
    if lo + 2 < hi and tokens[lo].lower in {"a", "an"} and tokens[lo + 1].lower in _AMOUNT_NOUNS and tokens[lo + 2].lower == "of":
        lo += 1  # "A handful of protesters", "A number of shopkeepers"
    if lo + 1 < hi and tokens[lo].lower in _QUANTIFIERS | _MANY_WORDS | _COUNT_WORDS | _AMOUNT_NOUNS:
        lo += _quantified_group(tokens, lo, hi)  # "However, many residents were angry.", "Several of the fans ..."
    if lo >= hi or not (tokens[lo].is_cap or lo > opened) or tokens[lo].lower in _PREPOSITIONS:
        return None  # "In Ohio, which ...": a place the sentence starts in, not its subject
    if _number_opening(tokens, lo, hi):
        return None  # "More than 1,200 migrants reached ...": a number, no one called More
    if _opening_participle(tokens, lo, hi):
        return None  # "Introducing himself, Francis ...": a participle opens the sentence
    first, last = _fronted_description(tokens, lo, hi) or _phrase_after(tokens, lo, hi)
    of_where = first >= 0 and lo + 1 < hi and tokens[lo + 1].lower in {"of", "from"}  # ("residents of Mill Road")
    if lo > opened and tokens[lo].text.islower() and not of_where:
        if people_plural(tokens[lo].lower):
            first, last = lo, lo + 1  # "Many of the children cried", "Most of the parents at Tuesday's meeting": the group
        elif lo + 1 < hi and people_plural(tokens[lo + 1].lower) and _trade_word(tokens[lo]):
            first, last = lo, lo + 2  # "Dozens of taxi drivers protested"
    role_gender = ""
    if first >= 0:  # "The chief executive, Ana Ruiz, did not ...", "A neighbour who would give only her first name, Rosa,"
        described = first
        first, last = _named_description(tokens, first, last, hi)
        # ("Her brother, Shane, died": the description tells the gender of the one it names, whatever "her" says)
        described_words = [t.lower for t in tokens[described:first] if t.is_word and t.lower not in GENDERED_PRONOUNS]
        role_gender = gender_of([_head_word(described_words)]) if described_words else ""
    after = last
    if 0 <= last < hi and tokens[last].text == "(":  # "The Nordic Food Safety Council (NFSC) published"
        after = next((k + 1 for k in range(last + 1, min(hi, last + 5)) if tokens[k].text == ")"), last)
    if first < 0 or after >= hi or not tokens[after].is_word or not tokens[after].text.islower():
        if not (0 <= after < hi and tokens[after].text in {",", ":"}):  # "Secretary of the Air Force James Roche: "..."
            return None
    words = [t.text for t in tokens[first:last]]
    lowered = [w.lower() for w in words]
    if lowered[0] in {"it", "i", "we", "you"}:
        return None
    if last + 1 < hi and tokens[last].lower == "and":
        other = _phrase_after(tokens, last + 1, hi)
        names = [person_name(words), person_name([t.text for t in tokens[other[0] : other[1]]]) if other[0] >= 0 else []]
        if (role_like(tokens[last - 1]) or person_noun(lowered[-1])) and not names[0] and len(names[1]) >= 2:
            # "Natural History Museum Curator and study co-author Mark Norell cites ...": two titles of one person
            speaker = name_speaker(article, tokens, other, tokens[lo].start)
            return speaker if speaker.name else None
        if tokens[last + 1].is_cap:
            # "Tom Hale and Ana Ruiz visited Strel": not one person the sentence is about, but two a later "they" may mean
            if not all(len(name) >= 2 for name in names):
                return None
            mention = article.text[tokens[first].start : tokens[other[1] - 1].end]
            return Speaker(name=_joint_name(article, names, tokens[lo].start), person=True, plural=True, mention=mention)
    # "Faced with ...", "Amidst the bustle ...": an opening word, not who the sentence is about
    # (but "Wong and three of his co-authors have started": a person the article has named in full)
    known = len(words) == 1 and tokens[last].lower == "and" and last + 1 < hi and not tokens[last + 1].is_cap
    known = known and " " in fullest_name(article, words, tokens[lo].start)  # (not "Tom Hale and Ana Ruiz watched")
    known = known or (first > opened and people_plural(lowered[0]))  # "Many of the fans at the ground booed": the fans
    if len(words) == 1 and last < hi and tokens[last].lower in _LINKS_OR_DETERMINERS and not known:
        return None
    speaker = name_speaker(article, tokens, (first, last), tokens[lo].start)
    if not speaker.name:
        return None
    if role_gender and speaker.person and not speaker.plural:
        article.genders.setdefault(speaker.name, role_gender)
        speaker.gender = article.genders[speaker.name]
    if len(words) == 1 and first == opened and lowered[0] not in PRONOUNS and _lone_capital(article, tokens, first, hi):
        speaker.person = False  # "White smoke rose ...": a capital the sentence opens with and nowhere else is no "he"
    if len(words) == 1 and first == opened and speaker.person and not speaker.plural and _plural_opening(article, tokens, first, hi):
        speaker.person = speaker.plural = False  # "Tributes have been paid to Tom Hale. His family said": no one called Tributes
        return speaker  # (what the sentence is about, so that no later word of it is taken for its subject)
    if lowered[-1] in DOCUMENTS:  # "The report recommended ...": a later "it said" is its author's
        speaker.person, speaker.plural = False, False
        return speaker
    if speaker.person or speaker.plural or org_name(words) or lowered[-1] in ORG_WORDS:
        return speaker
    return None


def _lone_capital(article: Article, tokens: list, i: int, hi: int) -> bool:
    """Is ``tokens[i]``, opening a sentence, a capital the article uses as a name nowhere else, with no verb after it?

    ``White smoke rose`` and ``Je sais`` open with such a word; ``Schmetzer
    was delighted`` opens with a person named once, whose verb follows.
    """
    after = tokens[i + 1] if i + 1 < hi else None
    verb = after is not None and (after.lower in PASSIVE_AUXILIARIES | AUXILIARIES | CUE_VERBS or after.lower.endswith("ed"))
    return not verb and not named_elsewhere(article, tokens[i].text, tokens[i].start)


_PLURAL_VERBS = word_set("have are were")
_MANY_WORDS = word_set("thousands hundreds dozens millions scores")


def _plural_opening(article: Article, tokens: list, i: int, hi: int) -> bool:
    """Is ``tokens[i]``, opening a sentence, a plural noun rather than a person's name?

    ``Tributes have been paid``, ``Flowers were left``: a word in ``-s`` with a plural
    verb, named nowhere else; ``Thousands turned out``: a number of people.
    """
    word = tokens[i]
    if word.lower in _MANY_WORDS:
        return True
    plural_verb = i + 1 < hi and tokens[i + 1].lower in _PLURAL_VERBS
    return word.lower.endswith("s") and plural_verb and not named_elsewhere(article, word.text, word.start)


def clause_subject(article: Article, tokens: list, lo: int, end: int):
    """Who the main clause of ``tokens[lo:end]`` is about, after any opening words, else ``None``.

    ``However, addressing the leaders, Chakrapani proposed:`` is about
    Chakrapani though the sentence does not open with him (see
    ``_clause_subject``).
    """
    first, last = _clause_subject(tokens, lo, end)
    if first < 0 or _number_opening(tokens, first, end):
        return None
    speaker = name_speaker(article, tokens, (first, last), tokens[first].start)
    lone = last - first == 1 and first == lo and tokens[first].lower not in PRONOUNS
    if lone and speaker.person and _lone_capital(article, tokens, first, end):
        speaker.person = False  # "White smoke rose ...", as in sentence_subject
    return speaker if speaker.name else None


# Sentence openings that name the source of the quotation just before:
# "So said X", "The remarks came from X", "The warning came Tuesday from X", "That was the assessment of X",
# "That's the verdict of X", "That's how X described ...", "Those were the words of X", "The remark, made by X at ...",
# "That was the warning on Tuesday from X", "With those words, X opened ...".
_SOURCE_AFTER = re.compile(
    r"(?:so (?:said|says)|(?:the|these|those|that|this|his|her|their)(?: \w+){1,2} came"
    r"(?: (?:on|late|early|yesterday|today|tonight|earlier|later|\w+day|\w+ly)){0,2} from"
    r"|(?:that|this) (?:was|is) how|that['’]s how"
    r"|(?:the|these|those|that|this)(?: \w+){1,2},? (?:made|written|posted|tweeted|spoken|delivered) by"
    r"|(?:(?:that|this|those|these) (?:was|were|is|are)|that['’]s) (?:the|his|her|their)(?: \w+){1,2} of"
    r"|(?:(?:that|this|those|these) (?:was|were|is|are)|that['’]s) (?:the|his|her|their)(?: \w+){1,5} from"
    r"|with (?:those|these|that|this|the) words?,(?: \w+){0,3}?) ",
    re.IGNORECASE,
)


# '"....", was the reaction of X', '"...," were the words of X': the rest of the quotation's own sentence.
_CREDIT_NOUNS = SPEECH_NOUNS | NOUN_CUES | word_set("message verdict view assessment plea advice conclusion reaction words")
_SOURCE_AFTER_QUOTE = re.compile(
    r",?\s*(?:was|were|is|are|came)(?: \w+ly)? (?:the|his|her|their)(?: \w+)? (?:" + "|".join(sorted(_CREDIT_NOUNS)) + r") (?:of|from) ",
    re.IGNORECASE,
)  # (not '"COVID-19" is the name of the disease')


def credit_follows(text: str, at: int) -> bool:
    """Do the words at ``at``, right after a quotation, credit it (``was the reaction of``, ``were the words of``)?

    >>> credit_follows('"We will appeal" was the message from Ana Ruiz.', 17)
    True
    >>> credit_follows('"We will appeal," came the reply from Ana Ruiz.', 18)
    True
    """
    return _SOURCE_AFTER_QUOTE.match(text, at) is not None


def source_after_quote(article: Article, tokens: list, lo: int, hi: int):
    """Who the words after a quotation that opens a sentence name as its source, else ``None``.

    ``"...," was the reaction of film director Mahesh Bhatt.`` and ``"...,"
    were the words of Ana Ruiz`` credit the quotation without a reporting
    verb. ``tokens[lo:hi]`` are the words after the quotation.
    """
    return _credited_source(_SOURCE_AFTER_QUOTE, article, tokens, lo, hi)


def source_named_after(article: Article, tokens: list, lo: int, hi: int):
    """Who a sentence names as the source of the quotation before it, else ``None``.

    ``"...." The remarks came from Interior Minister Ana Ruiz, who ...``
    and ``"...." So said Ana Ruiz`` credit the quotation after the fact.
    """
    return _credited_source(_SOURCE_AFTER, article, tokens, lo, hi)


_SPOKEN_OR_WRITTEN = DOCUMENTS | SPEECH_NOUNS


def source_introduced(article: Article, tokens: list):
    """Whom a paragraph with no quotation names as the source of the quotation that follows, with no reporting
    verb: ``Following is a statement from NASA Administrator Bill Nelson on ...:``, ``Here is what Ann Roe had to
    say:``, the heading ``Statement from NASA Administrator Bill Nelson``. The speaker, else ``None``.

    Only a paragraph that ends in a colon, a heading of a few words with no full stop, or a sentence that says it
    introduces what follows (``The following is ...``, ``Here is ...``): not ``The report follows a statement from
    the ministry.``
    """
    end = len(tokens) - (tokens[-1].text in {":", "."})
    begin = next((i + 1 for i in range(end - 1, -1, -1) if tokens[i].text in {".", "?", "!"}), 0)  # its last sentence
    if any(t.quote >= 0 for t in tokens[begin:end]):
        return None
    lead_in = tokens[-1].text == ":" or (tokens[-1].text != "." and len(tokens) <= 10)
    if not (lead_in or any(t.lower in _LEAD_IN_WORDS for t in tokens[begin:end])):
        return None
    for i in range(end - 1, begin - 1, -1):
        from_whom = tokens[i].lower in _SPOKEN_OR_WRITTEN and i + 2 < end and tokens[i + 1].lower in {"from", "by"}
        what_said = tokens[i].lower == "what" and i + 1 < end and tokens[i + 1].is_cap and any(t.lower in _SAY for t in tokens[i + 2 : end])
        if from_whom or what_said:
            first, last = subject_after(tokens, i + 1 + from_whom, end)
            speaker = name_speaker(article, tokens, (first, last), tokens[first].start) if first >= 0 else None
            return speaker if speaker is not None and speaker.name else None
    return None


# Words by which a sentence says it introduces what follows; forms of "say" ("what Ann Roe had to say").
_LEAD_IN_WORDS = word_set("following below here read reads")  # ("Emma Stroud read a statement from the victim.")
_SAY = word_set("say says said saying")


def credit_line_after_quote(article: Article, tokens: list, lo: int, hi: int):
    """A pull quote's credit: the words after a quotation are only a name and then a title, with no verb
    (``"..." Dr. Darayas Patel Professor at Oakwood University``). The person, else ``None``.
    """
    words = [k for k in range(lo, hi) if tokens[k].text not in {".", ",", "(", ")"}]
    if not 2 <= len(words) <= 14 or any(tokens[k].quote >= 0 for k in range(lo, hi)):
        return None
    if any(not tokens[k].is_cap and tokens[k].lower not in _CREDIT_LINKS for k in words):
        return None  # (a verb or any other word in lower case: a sentence, not a credit)
    end = lo
    while end < hi and (tokens[end].is_cap or tokens[end].text == ".") and not (end > lo + 1 and role_like(tokens[end])):
        end += 1  # the name runs to the first title after it ("Professor")
    name = person_name([t.text for t in tokens[lo:end]])
    if len(name) < 2 or end == hi:
        return None  # (a title must follow: a name alone after a quotation may begin the next sentence)
    speaker = Speaker(
        name=fullest_name(article, name, tokens[lo].start), person=True,
        mention=article.text[tokens[lo].start : tokens[end - 1].end], mention_start=tokens[lo].start, mention_end=tokens[end - 1].end,
    )
    return speaker


# Small words a credit line's title may have: "Professor at Oakwood University", "Director of the Center".
_CREDIT_LINKS = word_set("at of for the and in")


def _credited_source(pattern: re.Pattern, article: Article, tokens: list, lo: int, hi: int):
    """The speaker named after the words of ``tokens[lo:hi]`` that ``pattern`` matches at their start, else ``None``."""
    if lo >= hi:
        return None
    found = pattern.match(article.text, tokens[lo].start, tokens[hi - 1].end)
    if found is None:
        return None
    i = next((k for k in range(lo, hi) if tokens[k].start >= found.end()), hi)
    first, last = subject_after(tokens, i, hi)
    if first < 0:
        return None
    speaker = name_speaker(article, tokens, (first, last), tokens[first].start)
    return speaker if speaker.name else None


def read_mentions(article: Article, tokens: list, lo: int, hi: int, paragraph: int) -> None:
    """Note the people a sentence names, the roles it gives them, and their gender.

    Every full name (``Tom Hale``, or ``Hale`` once the article has given
    ``Tom Hale``) becomes a ``Mention`` of rank 0 that a later pronoun may
    refer to. A role word next to a name (``UN envoy Sara Lind``, ``Sara
    Lind, the special rapporteur``) lets a later ``the envoy`` be named. A
    gendered role (``fiancée``) or pronoun (``her``, after the only person the
    sentence names) tells that person's gender.
    """
    if lo >= hi:
        return
    sentence = tokens[lo].start
    text = article.text[sentence : tokens[hi - 1].end]
    note_relatives(article, text)  # "his wife, Sandra,": a woman
    for match in relatives_by_first_name(text):  # "Tom Hale and his wife Ann run the farm": a later "she" may be Ann
        name = match["name"]
        known = any(name in full for entries in article.names.values() for full in entries)  # ("his son, Jean-Paul Sartre")
        if not known:
            relative = Speaker(name=name, person=True, gender=article.genders.get(name, ""), mention=name)
            article.history.append(Mention(sentence + match.start("name"), relative, sentence, paragraph, rank=0))
    for body in sorted(article.bodies):  # "Friends of the Earth (FoE) are also critics": a body a later "it" may mean
        at = text.find(body)
        if at >= 0 and " " in body:
            rank = 1 if text[:at].strip() in {"", "The", "the"} else 0
            article.history.append(Mention(sentence + at, Speaker(name=body), sentence, paragraph, rank=rank))
    people = []  # (first token of the name run, canonical name)
    i = lo
    while i < hi:
        if not tokens[i].is_cap:
            i += 1
            continue
        j = i + 1
        while j < hi and (
            tokens[j].is_cap
            or (tokens[j].lower in NAME_JOINERS and _particles_then_name(tokens, j + 1, hi))
            or (org_joiner(tokens[j], tokens[i:j]) and j + 1 < hi and tokens[j + 1].is_cap)
            or initial_stop(tokens[j - 1], tokens[j])
        ):
            j += 1
        i += place_before_name(tokens, i, j)
        j = i + name_ends_before_on(tokens[i:j])
        words = [t.text for t in tokens[i:j]]
        known = known_org(article, words)
        name = [] if known or " ".join(words) in article.places else person_name(words)
        org = known or ("" if name else org_name(words))
        if " " in org:  # "the Commission on Religious Freedom ... They said": an organisation a pronoun may mean
            article.history.append(Mention(tokens[i].start, Speaker(name=org), sentence, paragraph, rank=0))
        if name:
            # (the words before the name, "Mrs", "spokeswoman": not a word of the name itself, "Budweiser Man of the Match")
            gender = gender_of([w.lower() for w in words[: len(words) - len(name)]])
            canonical = fullest_name(article, name, tokens[i].start, gender=gender)
            if len(canonical.split()) >= 2:
                roles = _roles_beside(tokens, i, j, lo, hi, words[: len(words) - len(name)])
                roles += [name[0].lower()] if name[0].lower() in FIRST_NAME_TITLES else []  # "Pope Francis" is the Pope
                roles += [words[-1].lower()] if words[-1] in _ROLE_LETTERS and words[-1] not in name else []  # "Ann Roe MP", "Tom Hale KC"
                gender = gender or gender_of(roles)
                if gender:
                    article.genders.setdefault(canonical, gender)
                speaker = Speaker(
                    name=canonical,
                    person=True,
                    gender=article.genders.get(canonical, gender),
                    mention=article.text[tokens[i].start : tokens[j - 1].end],
                    mention_start=tokens[i].start,
                    mention_end=tokens[j - 1].end,
                )
                rank = 0 if roles or gender else -1
                if _named_as(tokens, i, lo) and not tokens[j - 1].text.endswith(("'s", "’s")):  # (not "named as Bill Grant's successor")
                    rank = 1  # "A 22-year-old man ... has been named as Liam Carter": the man the sentence is about
                article.history.append(Mention(tokens[i].start, speaker, sentence, paragraph, rank=rank))
                roles += [_SAME_ROLE[r] for r in roles if r in _SAME_ROLE]  # "her attorney, X": a later "her lawyer" is X
                for role in roles + [TITLE_ROLES[r] for r in roles if r in TITLE_ROLES]:  # "Gov." is a governor
                    article.roles.setdefault(role, []).append((tokens[i].start, canonical))
                people.append((i, canonical))
        i = j
    # "Eva Stone, who lost her son, ...": with one person named, a later "her" is hers,
    # unless someone of that gender was named just before ("Meltzer tweeted after news of her death").
    if len({name for _, name in people}) > 1:
        _gender_of_subject(article, tokens, lo, people, paragraph)
    if len({name for _, name in people}) == 1:
        at, person = people[0]
        relation = _relation_of_another(tokens, lo, hi, at)
        if relation >= 0:  # "Tom Hale, her neighbour, agreed": "her" is the woman named just before, not Tom Hale
            _gender_of_one_before(article, person, sentence, paragraph, GENDERED_PRONOUNS[tokens[relation].lower])
        # (not "him": "Ana Ruiz paid tribute, calling him a gentleman" speaks of someone else)
        # (nor a pronoun opening a clause of what was said: "Tony Blair acknowledged how she changed politics")
        seen = {
            GENDERED_PRONOUNS[t.lower]
            for k, t in enumerate(tokens[lo:hi], lo)
            if t.is_word and t.lower in GENDERED_PRONOUNS and t.lower != "him" and not (k > lo and tokens[k - 1].lower in _WH_WORDS)
            and k != relation
        }
        # "During her questioning, Achterberg asked": an opening phrase's "her" is hers too (not "Her lawyer, Sampaio,")
        opening = at > lo and tokens[at - 1].text == "," and tokens[lo].lower in _PREPOSITIONS
        before = any(t.lower in GENDERED_PRONOUNS for t in tokens[lo:at]) and not opening
        nouns = {gender_of([t.lower]) for t in tokens[lo:hi] if t.is_word and t.lower in _GENDER_WORDS}
        if len(seen) == 1 and not before and not seen & nouns:  # "Osman's fiancée said she": the fiancée
            gender = seen.pop()
            if not someone_else_of(article, gender, person, paragraph):
                article.genders.setdefault(person, gender)


def _gender_of_subject(article: Article, tokens: list, lo: int, people: list, paragraph: int) -> None:
    """``Bridget Cullen, 92, met her husband, Seamus Cullen``: a ``his`` or ``her`` after the person a sentence opens with,
    before anyone else is named, is that person's, and tells their gender.

    Not ``Tom Hale, her neighbour,``: an apposition's pronoun is someone else's (``_relation_of_another``).
    """
    at, person = people[0]
    if at != lo or person in article.genders:
        return
    end = next(k for k, name in people if name != person)
    named_end = at
    while named_end < end and tokens[named_end].is_cap:
        named_end += 1
    first = next((k for k in range(at + 1, end) if tokens[k].lower in {"his", "her"}), -1)
    after = first + 1
    while 0 < after < end and tokens[after].is_word and tokens[after].text.islower():
        after += 1  # (past the role: "her sister Sinead Doyle" names someone after it, as in a list)
    apposed = first == named_end + 1 and tokens[named_end].text == "," and not (after < len(tokens) and tokens[after].is_cap)
    if first < 0 or apposed:
        return  # (no pronoun, or an apposition: "Tom Hale, her neighbour,"; but "Ernesto Tabuzo, 47, his son" is his)
    gender = GENDERED_PRONOUNS[tokens[first].lower]
    before = [m for m in article.history[-PRONOUN_REACH:] if m.at < tokens[first].start]  # ("her sister Sinead" comes after)
    if not any(m.paragraph >= paragraph - 1 and m.speaker.name != person and article.genders.get(m.speaker.name) == gender for m in before):
        article.genders[person] = gender


def _relation_of_another(tokens: list, lo: int, hi: int, at: int) -> int:
    """Where ``his`` or ``her`` ties the person named at ``tokens[at]`` to someone else, else -1.

    ``Tom Hale, her neighbour,`` (an apposition) and ``Her neighbour Tom Hale`` (a role before
    the name): the pronoun is the other person's.
    """
    for k in range(lo, hi - 1):
        if tokens[k].lower not in {"his", "her"} or not role_like(tokens[k + 1]):
            continue
        apposed = k - 2 >= lo and tokens[k - 1].text == "," and tokens[k - 2].is_cap and k > at
        roles_before = k < at and all(role_like(t) or (t.is_word and t.text.islower()) for t in tokens[k + 1 : at])
        if apposed or roles_before:
            return k
    return -1


def _gender_of_one_before(article: Article, person: str, sentence: int, paragraph: int, gender: str) -> None:
    """Give ``gender`` to the one other person named in this paragraph and the one before, if there is only one."""
    others = set()
    for m in reversed(article.history):
        if m.paragraph >= 0 and m.paragraph < paragraph - 1:
            break  # (only this paragraph and the one before)
        if m.at < sentence and m.speaker.person and not m.speaker.plural and " " in m.speaker.name and m.speaker.name != person:
            others.add(m.speaker.name)
    if len(others) == 1:
        article.genders.setdefault(others.pop(), gender)


# Words that open a clause of what someone said or thought: "acknowledged how she changed politics".
_WH_WORDS = word_set("how why what whether")


def _named_as(tokens: list, i: int, lo: int) -> bool:
    """Does the name at ``tokens[i]`` follow ``named as``, ``identified as`` or ``named locally as``?"""
    before = " ".join(t.lower for t in tokens[max(lo, i - 3) : i])
    return _NAMED_AS.search(before) is not None


_NAMED_AS = re.compile(r"\b(?:named|identified)(?: locally| formally| officially)? as$")
# Two words for one role: someone named as the one is whom a later "the other" means.
# Police ranks, as they stand before a name: "Detective Constable Mark Whitfield ... the officer said".
_POLICE_RANKS = ("PC", "Constable", "Sergeant", "Sgt", "Inspector", "Detective", "Superintendent", "Supt")
_SAME_ROLE = {"attorney": "lawyer", "lawyer": "attorney", "solicitor": "lawyer", "barrister": "lawyer",
              "captain": "skipper", "skipper": "captain", "justice": "judge",
              "principal": "headteacher", "headteacher": "principal", "headmaster": "headteacher",
              "headmistress": "headteacher", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
              **{rank.lower(): "officer" for rank in _POLICE_RANKS}}
_LEADING_VERBS = word_set("led chaired conducted")  # "The review was led by Dr X": an inquiry's author


# Verbs that make a document a later sentence can name: "tweeted" a post, "wrote to" someone a letter.
_DOCUMENT_VERBS = {"tweeted": "post", "posted": "post", "blogged": "post", "emailed": "email", "wrote": "letter"}


def read_documents(article: Article, tokens: list, lo: int, hi: int, author) -> None:
    """Note who wrote a document: ``Sara Lind presented her findings`` makes a later ``the report`` hers.

    The author is the sentence's subject (``author``, a ``Speaker``), and only
    for a document that a verb of writing or issuing (``AUTHOR_VERBS``) or
    ``in`` stands shortly before (``said in a statement``, ``in its ruling``):
    ``Facebook criticised the ruling`` makes no one an author. A court that
    ``ruled`` is the author of ``the ruling``. The document becomes someone a
    later ``it`` can mean.
    """
    sentence = tokens[lo].start if lo < hi else -1
    documents = [i for i in range(lo, hi - 2) if tokens[i].lower in DOCUMENTS]
    for i in documents:  # "The report, published by the National Audit Office, ...": its author follows
        k = i + 1 + (tokens[i + 1].text == ",")
        k += k + 1 < hi and tokens[k].lower in {"was", "were", "is", "are"}  # "The review was led by ..."
        by = next((b for b in range(k + 1, min(hi, k + 9)) if tokens[b].lower == "by" or not tokens[b].is_word), -1)
        if by > 0 and tokens[k].lower in AUTHOR_VERBS | _LEADING_VERBS and tokens[by].lower == "by":  # "published (on Wednesday) by"
            publisher = name_speaker(article, tokens, subject_after(tokens, by + 1, hi), tokens[i].start)  # (", Mrs X,")
            if publisher.name:
                article.documents.setdefault(DOCUMENT_KINDS.get(tokens[i].lower, tokens[i].lower), []).append((tokens[i].start, publisher))
                written = Speaker(name=publisher.name, mention=tokens[i].text, mention_start=tokens[i].start, mention_end=tokens[i].end)
                article.history.append(Mention(tokens[i].start, written, sentence, -1, rank=1 if i == lo + 1 else 0))
    if author is None or not author.name:
        return
    for i in range(lo, hi):
        token = tokens[i]
        if not (token.is_word and token.lower in DOCUMENTS) or author.mention_start <= token.start < author.mention_end:
            continue
        if any(t.lower in AUTHOR_VERBS or t.lower == "in" for t in tokens[max(lo, i - 4) : i]):  # "offered up a new definition"
            kind = DOCUMENT_KINDS.get(token.lower, token.lower)
            article.documents.setdefault(kind, []).append((token.start, author))
            written = Speaker(name=author.name, mention=token.text, mention_start=token.start, mention_end=token.end)
            article.history.append(Mention(token.start, written, sentence, -1, rank=0))
    for i in range(lo, hi):  # "Senator Ann Roe tweeted on Monday. ... the tweet read": a verb that makes the document
        kind = _DOCUMENT_VERBS.get(tokens[i].lower, "")
        if kind == "letter" and not (i + 1 < hi and tokens[i + 1].lower == "to"):
            continue  # "The council wrote to residents" (not "she wrote in the Guardian")
        if kind and author.mention_end <= tokens[i].start:
            article.documents.setdefault(kind, []).append((tokens[i].start, author))
    rulings = [t for t in tokens[lo:hi] if t.is_word and t.lower in {"rule", "rules", "ruled"}]
    if rulings:  # "The court ruled on Thursday that ..."
        article.documents.setdefault("ruling", []).append((rulings[0].start, author))


def describe_credit(article: Article, credit: str, start: int) -> Speaker:
    """Name the source of a block quotation from its credit line (``– USCG dispatcher, CNN``).

    Examples
    --------
    >>> describe_credit(Article(text="– European Court of Justice"), "– European Court of Justice", 0).name
    'European Court of Justice'
    """
    words_at = [m for m in TOKEN_PATTERN.finditer(credit)]
    words_at = [m for m in words_at if m.group() not in "–—-―"]
    cut = next((i for i, m in enumerate(words_at) if m.group() in {",", ";", "(", "/"}), len(words_at))
    words_at = words_at[:cut]
    if not words_at:
        return Speaker()
    tokens = [Token(m.group(), start + m.start(), start + m.end()) for m in words_at]
    return name_speaker(article, tokens, (0, len(tokens)), start)


# ---------------------------------------------------------------- helpers


def _spokesperson_for_described(tokens: list, j: int, lo: int, first: int, last: int) -> int:
    """Where ``a spokesman for the mining company`` starts, the words up to ``tokens[j]`` ending it, else -1.

    The body's name, ``tokens[first:last]``, follows (``Rio Tinto``); up to
    three lower-case words describe it after ``the``, and a role and ``for``
    (or ``of``) stand before.
    """
    if not (first < last and tokens[first].is_cap and tokens[j].text.islower()):
        return -1
    k = j
    while k > lo and j - k < 3 and tokens[k].is_word and tokens[k].text.islower() and not _is_determiner(tokens[k]):
        k -= 1
    if k - 2 >= lo and _is_determiner(tokens[k]) and tokens[k - 1].lower in CONNECTORS and role_like(tokens[k - 2]):
        return k - 2
    return -1


def _thing_before_name(tokens: list, j: int, first: int, last: int) -> bool:
    """Is ``tokens[j]`` a word for a thing just before a name (``about the trip Lula said``), not ``the singer X``?"""
    lower = tokens[j].lower
    named = first < last and tokens[first].is_cap
    return named and not (person_shaped(lower) or role_like(tokens[j]) or lower in KIND_NOUNS or lower in ORG_WORDS)


def _body_end(tokens: list, first: int, last: int) -> int:
    """Where the body's name ends in ``tokens[first:last]``: before a role after it (``Somerset Police spokesman``), else ``last``."""
    role_after = last - first >= 2 and role_like(tokens[last - 1]) and tokens[last - 1].text.islower() and tokens[last - 2].lower in ORG_WORDS
    return last - 1 if role_after else last


def _body_name_with_and(tokens: list, j: int, lo: int, last: int) -> bool:
    """Is the ``and`` at ``tokens[j]`` inside one body's name, whose last word ``tokens[last - 1]`` is an organisation's?

    ``the Mining and Energy Workers Union``, ``the Health Information and Quality Authority``:
    ``the`` and one to four capitalised words before ``and``; with two or more, what follows
    ``and`` must end the name (``_org_after_and``) and those before must be no titled person
    (not ``The Prime Minister Ann Roe and Kent Police``).
    """
    # two fields joined: "Kent Fire and Rescue Service", "Northern Ireland Fire and Rescue Service" ("Kent Fire" is no one's name)
    field = tokens[j - 1].lower in FIELD_WORDS and j + 1 < len(tokens) and tokens[j + 1].lower in FIELD_WORDS
    k = j - 1
    while k > lo and j - k <= 4 and tokens[k].is_cap:
        k -= 1
    if k == lo and tokens[k].is_cap and tokens[k].lower not in DETERMINERS and j - k <= 2 + field:
        k -= 1  # "Avon and Somerset Police said", opening the sentence
    if k == j - 1:
        return False
    if k < lo or tokens[k].lower != "the":
        # "a spokesman for Avon and Somerset Police", "Kent Fire and Rescue Service said": no "the", so the name
        # must end in an organisation's word after "and", with one or two words before it that are no one's name
        words = [t.text for t in tokens[k + 1 : j]]
        bounded = k < lo or not tokens[k].is_word or tokens[k].lower in _LINK_WORDS | {"a", "an"}
        named = len(person_name(words)) >= 2 and not field
        return bounded and j - k <= 3 + field and not named and _org_after_and(tokens, j, last + 1) == last
    if k == j - 2:
        return True
    words = [t.text for t in tokens[k + 1 : j]]
    person = any(is_title(w) for w in words) and len(person_name(words)) >= 2
    return not person and _org_after_and(tokens, j, last + 1) == last


def _phrase_before(tokens: list, j: int, lo: int) -> tuple:
    """Walk left from ``tokens[j]`` over the noun phrase that ends there."""
    last, first = j + 1, j + 1
    aged = _age_phrase_start(tokens, j, lo)
    if aged > lo:  # "a woman in her late 60s said": the woman; her age is no part of who she is
        last, first, j = aged, aged, aged - 1
    while j >= lo:
        token = tokens[j]
        if token.quote >= 0 and first == last and j - 2 >= lo and tokens[j - 1].lower in PLACE_LINKS and tokens[j - 2].is_cap:
            first, j = j - 1, j - 2  # 'Anna Nowak of "Have no fear"': an organisation named in quotation marks
            continue
        if token.quote >= 0:
            break
        lower = token.lower
        if lower in _DOCUMENT_OR_ACCOUNT and first == last and _document_on_site(tokens, j, lo) >= 0:
            first = _document_on_site(tokens, j, lo)  # "The statement on its website says"
            break
        if token.is_word and lower in _SUBJECT_PRONOUNS and first == last:
            return (j, last)
        counted = first == last and (lower in _COUNT_WORDS or lower.isdigit()) and j - 2 >= lo and tokens[j - 1].lower == "of"
        if counted and person_noun(tokens[j - 2].lower):
            first, j = j - 2, j - 3  # "A mother of two said": a mother, however many children
            continue
        if lower in {"them", "those", "these"} and first == last and j - 2 >= lo and [t.lower for t in tokens[j - 2 : j]] == ["one", "of"]:
            return (j - 2, last)  # "One of them said"
        if lower in {"one", "another"} and first == last and (j == lo or not tokens[j - 1].is_word):
            return (j, last)  # '"...," one said. Another added:': one of a group named before
        if first == last and token.is_word and token.text.islower() and any(t.lower in _FAMILIAR for t in tokens[max(lo, j - 5) : j]):
            described = [k for k in range(j - 1, max(lo, j - 6) - 1, -1) if role_like(tokens[k]) and _familiar_with(tokens, k + 1, j + 1) == j + 1]
            if described:
                first, j = described[0], described[0]  # '"...," a source close to the negotiations told Reuters'
                continue
        if token.is_word and (name_like(token.text) or _masthead_day(tokens, j) or _title_case_link(tokens, j, lo, first < last)):
            first = j
        elif lower == "on" and first < last and _masthead_day(tokens, first):
            first = j  # "the Mail on Sunday"
        elif role_like(token):
            first = j
        elif first == j + 1 and _ing_in_job(tokens, j, lo):
            first = j  # "the chief operating officer", "the senior investigating officer", "the managing director"
        elif (lower in ORG_WORDS or lower in KIND_NOUNS) and first == last and j > lo and tokens[j - 1].is_cap:
            first = j  # "the Hajo assembly", "Kent police", "the Washington Nationals team"
        elif first == last and j > lo and _lower_case_body_start(tokens, j, lo) >= 0:
            first = _lower_case_body_start(tokens, j, lo)  # "a spokeswoman for the local health board"
            j = first - 1
            continue
        elif _stop_of_abbreviation(tokens, j, lo):
            first = j
        elif lower in _POSTING_LINKS and first < last and tokens[first].is_cap and _posted_body_start(tokens, j, lo) >= 0:
            first = _posted_body_start(tokens, j, lo)  # "the US embassy in Ankara", "the UN country office for Somalia"
            j = first - 1
            continue
        elif lower == "to" and first < last and tokens[first].is_cap and j > lo and tokens[j - 1].lower in _AIDES:
            first = j  # "an aide to Tom Hale said": the aide, not Hale
        elif lower == "to" and first < last and tokens[first].is_cap and j > lo + 1 and tokens[j - 1].lower == "close" and person_noun(tokens[j - 2].lower):
            first, j = j - 2, j - 3  # "a source close to Tom Hale said": the source
            continue
        elif lower in CONNECTORS and first < last and tokens[first].is_cap:
            first = j
            before = _place_noun_before(tokens, j, lo)
            if before >= 0:
                first, j = before, before - 1  # "a resident of the nearby town of El Wak": back to "of the nearby town"
                continue
        elif lower == "and" and first < last and _body_name_with_and(tokens, j, lo, _body_end(tokens, first, last)):
            first = j  # "the Mining and Energy Workers Union", "the Health Information and Quality Authority": one name
        elif lower in {"and", "&", "in"} and first < last and tokens[first].is_cap and org_joiner(token, _cap_run_before(tokens, j, lo)):
            first = j  # "the Department of Health and Social Care"
        elif lower == "and" and first < last and _one_capital_word(tokens, first, last + 1) and _acronym_led(_cap_run_before(tokens, j, lo)):
            first = j  # "NHS Greater Glasgow and Clyde": a body named by its initials and the places it serves
        elif lower in {",", "and"} and first < last and _field_list_head(tokens, j, lo, last) >= 0:
            first = _field_list_head(tokens, j, lo, last)  # "the Ministry of Trade, Industry and Fisheries said"
            j = first - 1
            continue
        elif _list_start(tokens, j, lo, first, last) >= 0:
            first = _list_start(tokens, j, lo, first, last)  # "Ann Roe, Tom Hale and Eva Stone said"
            break
        elif lower == "and" and first < last and _name_then_affiliation(tokens, first, last) and _joint_names(tokens, j, lo):
            first = j  # "Williams and King said", "Ann Roe and Tom Hale of the University of Kent say": two people together
        elif lower == "to" and first < last and j > lo and tokens[j - 1].lower in DOCUMENTS and tokens[j - 1].text.islower():
            first = j  # "A letter to parents said": the letter, not the parents
        elif lower in {"from", "at"} and first < last and tokens[first].is_cap and j > lo and (tokens[j - 1].is_cap or role_like(tokens[j - 1])):
            first = j  # "Eva Stone from Leeds", "Dr. Steven Wolf at Saint Francis", "an official from TfL"
        elif lower == "in" and first < last and tokens[first].is_cap and _person_named_before(tokens, j, lo):
            first = j  # "Muhammad Sharifullah in Quetta told VOA": where the person is
        elif token.text == "to" and first == j + 1 and j > lo and aimed_link([t.text for t in tokens[j - 1 : j + 2]], 1):
            first = j  # "the Committee to Protect Journalists said"
        elif lower == "in" and first < last and tokens[first].is_cap and j > lo and tokens[j - 1].text.islower() and person_noun(tokens[j - 1].lower):
            first = j  # "a nurse in Kasese district": where the nurse works, not who spoke
        elif lower in NAME_PARTICLES and first < last and (tokens[first].is_cap or tokens[first].lower in NAME_PARTICLES):
            first = j  # "van der Berg"
        elif token.text == ")":
            opening = _opening_bracket(tokens, j, lo)
            if opening <= lo:
                break
            first, j = opening, opening - 1  # "the World Health Organization (WHO)"
            continue
        elif (lower in DETERMINERS or lower in _QUANTIFIERS) and first < last:
            if j - 2 >= lo:
                linked = tokens[j - 1].lower in CONNECTORS or (tokens[j - 1].lower in {"from", "at"} and role_like(tokens[j - 2]))
                linked = linked or (tokens[j - 1].lower == "to" and tokens[j - 2].lower in _SENT_TO)  # "the U.S. Mission to the United Nations"
                if linked and (role_like(tokens[j - 2]) or tokens[j - 2].is_cap):
                    first, j = j - 2, j - 3  # "a spokesperson for the Ministry of Health", "an attorney for several families"
                    continue
            if lower in DETERMINERS and not (lower == "that" and tokens[first].is_cap):  # ("reported that Premier Li said")
                first = j  # a determiner is kept; a quantifier is left out of the description ("several residents" -> residents)
            break
        elif _spokesperson_for_described(tokens, j, lo, first, last) >= 0:  # "a spokesman for the mining company Rio Tinto"
            first = _spokesperson_for_described(tokens, j, lo, first, last)
            j = first - 1
            continue
        elif _noun_after_determiner(token) and j > lo and _is_determiner(tokens[j - 1]) and not _thing_before_name(tokens, j, first, last):
            first = j  # "a spokeman for ...", "the three-judge court": a noun after a determiner
        elif first < last and role_like(tokens[last - 1]) and _modifiers_after_determiner(tokens, j, lo):
            first = j  # "a senior administration official", "a state police spokesman"
        elif first == last and token.text.islower() and person_shaped(lower) and j - 2 >= lo and tokens[j - 1].is_cap and _is_determiner(tokens[j - 2]):
            first = j  # "The British competitor spoke": a word for a person after a demonym
        elif first < last and role_like(tokens[last - 1]) and _job_word(token) and j > lo and tokens[j - 1].is_cap:
            first = j  # "A KFC Japan press officer": an organisation's name, then the job
        elif first == last and token.text.islower() and person_noun(singular(lower)) and _modifiers_after_determiner(tokens, j, lo):
            first = j  # "some baseball lovers": people described by what they do
        elif first == last and _person_at_named_event(tokens, j, lo) >= 0:
            first = _person_at_named_event(tokens, j, lo)  # "A survivor of the Grenfell fire said"
            j = first - 1
            continue
        elif lower in DOCUMENTS and first == last:
            owner = _owned_document(tokens, j, lo)  # "RIAA's take-down notice claimed"
            if owner < 0:
                break
            first = j = owner
            continue
        else:
            break
        j -= 1
    while first < last and (tokens[first].lower in CONNECTORS or _number_before_name(tokens, first, last)):
        first += 1  # "In 2015 Szydło said": a year is not part of the name
    first = _after_time_words(tokens, first, last, lo)  # "Last night police said": police
    if first - 2 >= lo and first < last and tokens[first].lower == "the" and [t.lower for t in tokens[first - 2 : first]] == ["one", "of"]:
        first -= 2  # "heard one of the attackers say": one of them, not all
    if first == last:
        return (-1, -1)
    return (first, last)


def _before_capitals(tokens: list, j: int, lo: int) -> int:
    """Where the one to three capitalised words just before ``tokens[j]`` begin, less one (``the`` in ``the Grenfell
    fire``, ``fire`` at ``j``); ``j - 1`` when there are none. It stops at ``lo - 1``."""
    k = j - 1
    while k >= lo and j - k <= 3 and tokens[k].is_cap and tokens[k].is_word:
        k -= 1
    return k


# The links between a person and the event they were at: "a survivor of", "a witness to" (not "a spokesman for").
_EVENT_LINKS = word_set("of to in at")


_DECADE_OF_LIFE = re.compile(r"\d0['’]?s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties")


def _age_phrase_start(tokens: list, j: int, lo: int) -> int:
    """Where ``in`` stands when ``tokens[..j]`` end ``in her late 60s`` or ``in his thirties``, else -1."""
    if not _DECADE_OF_LIFE.fullmatch(tokens[j].lower):
        return -1
    k = j - 1 - (j - 1 >= lo and tokens[j - 1].lower in {"early", "mid", "late"})
    return k - 1 if k - 1 >= lo and tokens[k].lower in {"his", "her", "their"} and tokens[k - 1].lower == "in" else -1


def _person_at_named_event(tokens: list, j: int, lo: int) -> int:
    """Where the word for a person stands when ``tokens[..j]`` read ``a survivor of the Grenfell fire``, else -1.

    A word for a person, a link (``of``, ``to``, ``in``, ``at``), ``the``, one to three capitalised
    words and a lower-case noun for a thing, an event or a place (``fire``, ``attack``, ``district``):
    the person speaks, not the event (``a witness to the Westminster attack``, ``one victim of the
    Manchester bombing``). Not a body (``the Kent fire service``) nor people (``the Roe family``).
    """
    if not tokens[j].is_word or tokens[j].lower in _LINK_WORDS | _NOT_VERBS | DETERMINERS:
        return -1  # (not "a geologist at the Ruritanian Survey in Strel": "in" is no event)
    k = _before_capitals(tokens, j, lo)
    if k == j - 1 or k - 2 < lo or tokens[k].lower != "the" or tokens[k - 1].lower not in _EVENT_LINKS:
        return -1
    person = tokens[k - 2]
    if not (person.is_word and person.text.islower() and (role_like(person) or person_noun(singular(person.lower)))):
        return -1
    return k - 2 if _event_or_place([t.text for t in tokens[k + 1 : j + 1]]) else -1


# A body or a person sent to another: "the U.S. Mission to the United Nations", "Nigeria's ambassador to the United States".
_SENT_TO = word_set("mission delegation embassy ambassador envoy representative")
# Roles held for someone, written with "to": "an aide to Tom Hale", "an adviser to the president".
_AIDES = word_set("aide aides adviser advisers advisor advisors assistant assistants secretary counsellor counselor")

# Words for two or a few people named together before: "The couple said", "the pair said".
_PAIR_WORDS = word_set("couple pair twins brothers sisters duo")
_TIME_SHIFTERS = word_set("last this next yesterday tomorrow early late")


def _after_time_words(tokens: list, first: int, last: int, lo: int) -> int:
    """Where a noun phrase starts once a time opening it is left out: ``Last night police`` -> ``police``.

    ``last``, ``this`` or ``next`` with a time word (``night``, ``morning``,
    ``Monday``), or the time word alone after one of them.
    """
    k = first
    if k + 1 < last and tokens[k].lower in _TIME_SHIFTERS and tokens[k + 1].lower in TIME_WORDS | DAY_WORDS:
        k += 2
    elif k + 1 < last and k > lo and tokens[k - 1].lower in _TIME_SHIFTERS | DAY_WORDS and tokens[k].lower in TIME_WORDS | DAY_WORDS:
        k += 1
    return k if k < last else first


def _number_before_name(tokens: list, k: int, last: int) -> bool:
    """Is ``tokens[k]`` a bare number (a year, a count) with a capitalised word after it?"""
    return tokens[k].text.isdigit() and k + 1 < last and tokens[k + 1].is_cap and not tokens[k + 1].text.isdigit()


def _named_person(tokens: list, first: int, j: int) -> bool:
    """Do ``tokens[first:j]`` end with a person's name of two words or more (``study co-author Ted Scambos``)?"""
    return j - first >= 2 and not is_title(tokens[j - 1].text) and len(person_name([t.text for t in tokens[first:j]])) >= 2


def _first_names_shared(tokens: list, j: int, hi: int) -> bool:
    """Do ``Mark and Lisa Dunn`` (``and`` at ``tokens[j]``) name two people sharing a surname?"""
    if j < 1 or j + 2 >= hi or not all(tokens[k].is_cap and name_like(tokens[k].text) for k in (j - 1, j + 1, j + 2)):
        return False
    return (j + 3 >= hi or not tokens[j + 3].is_cap) and len(person_name([tokens[j + 1].text, tokens[j + 2].text])) == 2


def _and_continues(tokens: list, first: int, j: int, hi: int) -> bool:
    """Does ``and`` at ``tokens[j]`` join two parts of one title rather than two people?

    ``Secretary of Health and Human Services`` (an office's name, after ``of``)
    and ``former coach and former test player John Bracewell`` (roles, then
    the one name) do; ``Tom Hale and Eva Stone`` does not.
    """
    if j + 1 >= hi:
        return False
    office = tokens[j - 1].is_cap and tokens[j + 1].is_cap and any(t.lower in CONNECTORS for t in tokens[first:j])
    if office or (tokens[j - 1].is_cap and _seat_then_name(tokens, j + 1, hi)):
        return True  # (and "Dover and Deal MP Natalie Elphicke": a seat's name, then the member's)
    if not role_like(tokens[j - 1]):
        return False  # "Tom Hale and ...": a name already
    k = j + 1  # (titles in capitals too: "President and CEO Jane Ortiz")
    while k < hi and k - j <= 4 and tokens[k].is_word and (not tokens[k].is_cap or (tokens[j - 1].is_cap and role_like(tokens[k]))):
        k += 1
    return (k > j + 1 and k < hi and role_like(tokens[k - 1]) and tokens[k].is_cap) or _capitalised_role_then_name(tokens, j, hi)


def _capitalised_role_then_name(tokens: list, j: int, hi: int) -> bool:
    """After ``and`` at ``tokens[j]``, a role in capitals and then a name: ``astronaut and Expedition 70 Flight Engineer Dana Weigel``."""
    for k in range(j + 2, min(j + 6, hi - 1)):
        if not (tokens[k - 1].is_word and tokens[k - 1].is_cap or tokens[k - 1].text.isdigit()):
            return False
        if role_like(tokens[k]) and tokens[k].is_cap and tokens[k + 1].is_cap and name_like(tokens[k + 1].text) and not role_like(tokens[k + 1]):
            return True
    return False


def _seat_then_name(tokens: list, k: int, hi: int) -> bool:
    """Do one or two capitalised words from ``tokens[k]`` end a seat's name, then its member's letters and name (``Deal MP Natalie``)?"""
    end = k
    while end < hi and end - k < 2 and tokens[end].is_cap and tokens[end].text not in SEAT_LETTERS:
        end += 1
    return k < end and end + 1 < hi and tokens[end].text in SEAT_LETTERS and tokens[end + 1].is_cap



def _modifiers_after_determiner(tokens: list, j: int, lo: int) -> bool:
    """Is ``tokens[j]`` one of up to three lower-case nouns that follow a determiner (``a senior administration``)?"""
    k = j
    while k >= lo and j - k < 3 and _noun_after_determiner(tokens[k]):
        k -= 1
    if k < j and k - 2 >= lo and tokens[k].text == "." and tokens[k - 1].is_cap and _initials(tokens[k - 1].text):
        k -= 2  # "a U.S. intelligence official": a country's initials before the nouns
    return k < j and k >= lo and _is_determiner(tokens[k])


def _initials(word: str) -> bool:
    """Is ``word`` initials run together with full stops (``U.S``, ``U.K``)?"""
    return re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word) is not None


def _owned_document(tokens: list, j: int, lo: int) -> int:
    """Where the owner of the document word at ``tokens[j]`` stands (``RIAA's`` in ``RIAA's take-down notice``), else -1."""
    k = j - 1
    while k >= lo and j - k <= 2 and _noun_after_determiner(tokens[k]):
        k -= 1
    return k if k >= lo and tokens[k].lower.endswith(("'s", "’s")) else -1


def _document_on_site(tokens: list, j: int, lo: int) -> int:
    """``The statement on its website``: where the document before ``on`` starts, for the site word at ``tokens[j]``, else -1."""
    k = j - 1
    while k >= lo and j - k <= 3 and tokens[k].lower != "on" and tokens[k].is_word:
        k -= 1  # "its", "the company's", "Exodus's"
    if k - 1 < lo or tokens[k].lower != "on" or tokens[k - 1].lower not in DOCUMENTS:
        return -1
    return k - 2 if k - 2 >= lo and _is_determiner(tokens[k - 2]) else k - 1


def _stop_of_abbreviation(tokens: list, k: int, lo: int) -> bool:
    """Is ``tokens[k]`` the full stop of an abbreviation or initial (``Dr.``), not a sentence's end?"""
    return tokens[k].text == "." and k > lo and abbreviated(tokens[k - 1].text)


def _opening_bracket(tokens: list, close: int, lo: int) -> int:
    """The index of the ``(`` that a short bracket closing at ``close`` opens with, else -1."""
    k = close - 1
    while k >= lo and close - k <= 12 and tokens[k].quote < 0 and tokens[k].text not in {"(", ")"}:
        k -= 1
    return k if k >= lo and tokens[k].text == "(" and k < close - 1 else -1


def _noun_after_determiner(token: Token) -> bool:
    lower = token.lower
    verb = lower in _VERB_CUES and lower not in SPEECH_NOUNS | NOUN_CUES  # ("Her answer was short:", "the attack" are nouns)
    return token.is_word and token.text.islower() and lower not in COMMON_WORDS | PLACE_PREPOSITIONS and lower not in PRONOUNS and not verb


def _is_determiner(token: Token) -> bool:
    return token.lower in DETERMINERS or token.lower.endswith(("'s", "’s"))


def _masthead_day(tokens: list, k: int) -> bool:
    """Is ``tokens[k]`` the Sunday of ``The Sunday Times`` or ``the Mail on Sunday`` (``names.masthead_day``)?"""
    if tokens[k].text != "Sunday":
        return False
    start = max(0, k - 3)
    return masthead_day([t.text for t in tokens[start : k + 2]], k - start)


def _phrase_after(tokens: list, i: int, hi: int) -> tuple:
    """Walk right from ``tokens[i]`` over a noun phrase: ``a protester ...``, ``Sheriff Bill Brown``."""
    first = i
    j = i
    if j < hi and tokens[j].is_word and tokens[j].lower in PRONOUNS:
        return (j, j + 1)
    if j < hi and tokens[j].lower in {"one", "another"} and (j + 1 >= hi or not tokens[j + 1].is_word):
        return (j, j + 1)  # '"...," said one.': one of a group named before
    if j + 2 < hi and tokens[j].lower == "one" and tokens[j + 1].lower == "of":  # "One of them", "one of the children"
        if tokens[j + 2].lower in {"them", "those", "these"}:
            return (j, j + 3)
        inner = _phrase_after(tokens, j + 2, hi)
        return (j, inner[1]) if inner[0] >= 0 else inner
    if j < hi and tokens[j].lower in DETERMINERS:
        j += 1
        if j + 1 < hi and tokens[j].text.isdigit() and tokens[j + 1].lower in {"year-old", "years-old"}:
            j += 2  # "the 33 year-old American": an age written with a space
            if j < hi and (tokens[j].is_cap or _noun_after_determiner(tokens[j])):
                j += 1
            return (first, j)
        if j + 1 < hi and (tokens[j].lower in _COUNT_WORDS or tokens[j].text.isdigit()) and _noun_after_determiner(tokens[j + 1]):
            j += 1  # "The three students"
    while j < hi:
        token = tokens[j]
        if token.quote >= 0:
            break
        lower = token.lower
        past_place = _past_place_noun(tokens, j, hi) if lower in _PLACE_LINKS and j > first else j
        if token.is_word and (name_like(token.text) or (token.is_cap and j == first) or _masthead_day(tokens, j)):
            j += 1
        elif j > first and j + 1 < hi and _title_case_link(tokens, j, first, True):
            j += 1  # "Reporters Without Borders": a link word written with a capital inside a name
        elif role_like(token) and not (token.text[:1].islower() and _named_person(tokens, first, j) and _job_then_link(tokens, j, hi) and not _firm_job_at(tokens, first, j, hi)):
            j += 1  # (but "said Jean-Jacques Dordain director-general at the ESA": the name ends before the job)
        elif j > first and _owned_role(token) and j + 1 < hi and _noun_after_determiner(tokens[j + 1]):
            j += 2  # "said the prime minister's office": the office of a role
        elif j > first and j + 1 < hi and _ing_in_job(tokens, j, first):
            j += 1  # "said the chief operating officer"
        elif _stop_of_abbreviation(tokens, j, first):
            j += 1
        elif lower == "on" and j + 1 < hi and _masthead_day(tokens, j + 1):
            j += 1  # "the Mail on Sunday"
        elif lower in CONNECTORS and j + 1 < hi and tokens[j + 1].is_cap and not _named_person(tokens, first, j):
            j += 1  # "Secretary of State ...", but not "Ted Scambos of CU Boulder's institute"
        elif lower == "on" and j > first and tokens[j - 1].is_cap and tokens[j - 1].lower in _TOPIC_BODIES and _topic_after_on(tokens, j + 1, hi):
            j += 1  # "the Commission on International Religious Freedom", "the Council on Foreign Relations"
        elif lower in CONNECTORS and j + 2 < hi and tokens[j + 1].lower == "the" and tokens[j + 2].is_cap and role_like(tokens[j - 1]):
            j += 1  # "the governor of the Bank of Tanzania"
        elif lower in CONNECTORS and j > first and the_inside_body_name(tokens, j + 1, tokens[first : j + 1]):
            j += 2  # "the Organisation for the Prohibition of Chemical Weapons"
        elif lower == "to" and j > first and role_like(tokens[j - 1]) and tokens[j - 1].text.islower() and _named_next(tokens, j + 1, hi):
            j += 1 + (tokens[j + 1].lower == "the")  # "Nigeria's acting ambassador to the United States, Babagana Wakil,"
        elif lower in {"from", "at"} and j > first and role_like(tokens[j - 1]) and _named_next(tokens, j + 1, hi):
            j += 1 + (tokens[j + 1].lower == "the")  # "an official from the Home Office"
        elif lower in NAME_PARTICLES and _particles_then_name(tokens, j, hi):
            j += 1  # "Ursula van der Berg"
        elif lower == "and" and j > first and tokens[j - 1].is_cap and _org_after_and(tokens, j, hi) > j:
            j = _org_after_and(tokens, j, hi)  # "the Australian Competition and Consumer Commission": one body's name
        elif token.text == "to" and j > first and aimed_link([t.text for t in tokens[j - 1 : j + 2]], 1):
            j += 1  # "said the Committee to Protect Journalists"
        elif lower == "," and j > first and _field_list_after(tokens, first, j, hi) > j:
            j = _field_list_after(tokens, first, j, hi)  # "the Ministry of Trade, Industry and Fisheries"
        elif lower == "and" and j > first and _one_capital_word(tokens, j + 1, hi) and _acronym_led(tokens[first:j]):
            j += 2  # "said NHS Dumfries and Galloway"
        elif lower == "and" and j == first + 1 and _first_names_shared(tokens, j, hi):
            j += 3  # "Mark and Lisa Dunn": two first names and the surname they share
        elif lower == "and" and j > first and _and_continues(tokens, first, j, hi):
            j += 1  # "Secretary of Health and Human Services Tommy Thompson", "former coach and test player John Bracewell"
        elif lower == "the" and j > first and tokens[j - 1].lower in _SOURCE_LINKS:
            j += 1
        elif lower in DOCUMENTS and j > first and tokens[j - 1].is_word and not tokens[j - 1].is_cap:
            j += 1  # "a press release", "a joint statement"
        elif lower in _SOURCE_WORDS and j > first and tokens[j - 1].lower in DOCUMENTS:
            j += 1  # "a statement from the ministry": the document's source
        elif lower == "on" and j > first and tokens[j - 1].lower in DOCUMENTS and _site_after(tokens, j + 1, hi) > j:
            j = _site_after(tokens, j + 1, hi)  # "a statement on the company's website"
        elif lower in _ORG_OR_COMPANY and j > first + 1 and tokens[j - 1].lower == "the" and tokens[j - 2].lower in _SOURCE_WORDS:
            j += 1  # "a press release from the company"
        elif lower in _SENDING_VERBS and j > first and tokens[j - 1].lower in DOCUMENTS and j + 1 < hi and tokens[j + 1].lower in _SOURCE_WORDS:
            j += 2  # "a tweet sent from ...", "a statement issued by ..."
        elif lower in ACCOUNT_WORDS and j > first and tokens[j - 1].is_cap:
            j += 1  # "Biden's Twitter account"
        elif _noun_after_determiner(token) and j == first + 1 and _is_determiner(tokens[first]):
            j += 1
        elif lower in KIND_NOUNS and j == first + 2 and _is_determiner(tokens[first]) and j + 1 < hi and tokens[j + 1].is_cap:
            j += 1  # "The campaign group Pride in London": the kind of body, then its name
        elif _noun_after_determiner(token) and j == first + 2 and _is_determiner(tokens[first]) and person_noun(lower) and lower not in ORG_WORDS:
            j += 1  # "One forum poster", "a shop worker": a noun, then the word for the person
        elif first < j <= first + 2 and _is_determiner(tokens[first]) and _job_word(token) and not role_like(token) and _job_then_role(tokens, j + 1, hi):
            j += 1  # "a civil defense official": nouns before the word for the person
        elif j > first and (token.lower in SPEECH_NOUNS or _noun_after_determiner(token)) and _owned_here(tokens, first, j) and _role_ahead(tokens, j, hi) and not _verb_then_object(tokens, j, hi):
            j += 1  # "the study's lead author", "Boyle's specific comments" (not "the minister's office released a statement")
        elif _noun_after_determiner(token) and _modifiers_then_title(tokens, j, hi):
            j += 1  # "UN special rapporteur Sara Lind", "UN human rights chief ..."
        elif _job_word(token) and _name_follows(tokens, j + 1, hi):
            j += 1  # "said shopkeeper Vikram Malhotra", "UCL astronomer Angelos Tsiaras": a job word before a name
        elif token.is_word and token.text.islower() and _lower_case_org_name(tokens, j, first):
            j += 1  # "Israel's ministry of foreign affairs": an organisation written in lower case
        elif lower in _FAMILIAR and j > first and role_like(tokens[j - 1]) and _familiar_with(tokens, j, hi):
            j = _familiar_with(tokens, j, hi)  # "a source familiar with the talks"
        elif lower in _OWNED_BODIES and j > first and tokens[j - 1].is_cap and tokens[j - 1].text.endswith(("'s", "’s")):
            j += 1  # "said Nicolas Sarkozy's office": his office speaks, not he
        elif lower in CONNECTORS and j > first and role_like(tokens[j - 1]) and _acted_for(tokens, j + 1, hi):
            j = _acted_for(tokens, j + 1, hi)  # "said a lawyer for the families", "a spokeswoman for the department"
        elif lower in _POSTED_NOUNS and token.text.islower() and j > first and tokens[j - 1].is_cap:
            placed = j + 2 < hi and tokens[j + 1].lower in _POSTING_LINKS and tokens[j + 2].is_cap
            j += 1 + (placed and not tokens[j + 2].text.endswith(("'s", "’s")))  # "the British consulate in Jerusalem" (not "in Turkey's capital")
        elif lower in {"from", "at"} and j > first and _works_at(tokens, j, hi) > j:
            j = _works_at(tokens, j, hi)  # "said an official at the county council"
        elif lower in {"of", "to"} and j > first and role_like(tokens[j - 1]) and _thing_after(tokens, j + 1, hi) > j:
            j = _thing_after(tokens, j + 1, hi)  # "said the driver of the bus", "said a witness to the crash"
        elif past_place > j:
            j = past_place  # "a resident of the nearby town of El Wak": on to its name
        elif (lower in ORG_WORDS or lower in KIND_NOUNS) and token.text.islower() and _kind_after_linked_name(tokens, first, j, hi):
            j += 1  # "said a teacher at the Hythe school": a body named before the word for its kind
        elif token.text.islower() and j > first and _person_at_named_event(tokens, j, first) >= 0:
            j += 1  # "said a survivor of the Grenfell fire": the fire's survivor
        elif lower in ORG_WORDS and token.text.islower() and j == first + 2 and tokens[first].lower == "the" and tokens[j - 1].is_cap:
            j += 1  # "The Egyptian army took control": a body named by its country's adjective
        else:
            break
    while j > first and (tokens[j - 1].lower in _SOURCE_LINKS or tokens[j - 1].lower in DETERMINERS):
        j -= 1
    if j == first or (j == first + 1 and tokens[first].lower in DETERMINERS):
        return (-1, -1)
    # "a protester using the pseudonym Katya": the name that follows counts.
    described = not any(t.is_cap for t in tokens[first:j])
    for cue in PSEUDONYM_CUES if described else ():
        words = [t.lower for t in tokens[j : j + len(cue)]]
        if tuple(words) == cue:
            k = j + len(cue)
            end = k
            while end < hi and tokens[end].is_cap:
                end += 1
            if end > k:
                return (first, end)
    return (first, j)


# A body or a title named by a list of fields: "the Ministry of Trade, Industry and Fisheries", "Minister of Education,
# Culture and Science Ronald Plasterk" (walking right, the name after a title is read on).
_FIELD_LIST_TITLES = FIELD_LIST_HEADS | word_set("minister secretary state")  # "Secretary of State for ..."


def _field_list_after(tokens: list, first: int, comma: int, hi: int) -> int:
    """Walking right from ``tokens[first]`` to a comma: the end of a body named by a list of fields that began on the
    way (``field_list_end``), or of a title so named that a name follows (``..., Michael Gove``), else -1."""
    ends = [field_list_end(tokens, k, hi, _FIELD_LIST_TITLES) for k in range(first, comma)]
    end = max(ends, default=-1)
    if end > 0 and tokens[first + ends.index(end)].lower not in FIELD_LIST_HEADS and not _named_next(tokens, end + (end < hi and tokens[end].text == ","), hi):
        return -1  # (a title's list is read on only to a name after it: not "said the Minister for Trade, Industry and Fisheries.")
    return end


def _field_list_head(tokens: list, link: int, lo: int, last: int) -> int:
    """Walking left over ``..., Industry and Fisheries`` to a comma or ``and``: the head word of a body named by a
    list of fields (``field_list_end``) that ends exactly at ``last``, else -1."""
    for k in range(link - 2, max(lo, link - 12) - 1, -1):
        if field_list_end(tokens, k, len(tokens)) == last:
            return k
    return -1


def _org_after_and(tokens: list, j: int, hi: int) -> int:
    """The end of ``Consumer Commission`` after ``and`` at ``tokens[j]``: capitalised words ending with an
    organisation's word, the last of a name (``Competition and Consumer Commission``), else -1."""
    k = _cap_run_end(tokens, j + 1, hi)
    last_word = tokens[k - 1].lower if k > j + 1 else ""
    ends = k - j - 1 <= 4  # (four words at most: "Consumer Commission", "Rescue Department")
    # (not "at the Royal Oak Hotel and Kent Fire Service said": a place's or a body's name ends before "and")
    before = tokens[j - 1].lower
    if before in ORG_WORDS or before in _PLACE_HEADS:
        return -1
    return k if last_word in ORG_WORDS and ends and not (k < hi and tokens[k].lower in _PLACE_LINKS) else -1


# Verbs that go on with what the last speaker said: "They added", "they continued".
_GOING_ON = word_set("added adding continued continuing")


def _speaker_going_on(article: Article, position: int):
    """The speaker of the quotation just before ``position`` when ``they`` may be them: a body, a group or someone described.

    ``A spokesperson for the Oxford Tube said: ... They added,``: a spokesperson
    is often ``they``. Only the latest speaker or subject, when its sentence
    holds a quotation and nothing but that sentence stands between (not ``A man
    was taken to hospital. They added``), and not a person named by name or a
    man or a woman (``Tom Hale said ... They added``, ``One woman said ... They
    added``: someone else, or a group).
    """
    # (a speaker or a sentence's subject, as in "was quoted by the BBC as stating"; not a name in passing: "on track
    # owned by Network Rail. They added")
    spoken = [m for m in article.history if m.at < position and m.rank >= 1 and m.speaker.name]
    if not spoken:
        return None
    last = max(spoken, key=lambda m: m.at)
    between = article.text[last.sentence : position] if last.sentence >= 0 else ""
    quoted = any(mark in between for mark in '"“”«»')
    words = last.speaker.name.lower().split()
    named = last.speaker.person and not last.speaker.plural and last.speaker.name.split()[-1][:1].isupper()
    gendered = last.speaker.gender in {"m", "f"} or words[-1] in _GENDER_WORDS
    return None if named or gendered or not quoted or _paragraph_between(between) else last.speaker


def _paragraph_between(between: str) -> bool:
    """Does a whole paragraph stand inside ``between`` (text from one mention to a later one)?"""
    return any(line.strip() for line in between.split("\n")[1:-1])


def _title_case_link(tokens: list, j: int, lo: int, name_after: bool) -> bool:
    """Is ``tokens[j]`` a link word written with a capital between two capitalised words of one name?

    ``Reporters Without Borders``, ``Hope Not Hate``: mid-sentence, only a name writes ``Without``
    or ``Not`` with a capital. ``name_after`` says the words after it were read as part of the name.
    """
    if not (name_after and j > lo and j + 1 < len(tokens)):
        return False
    return title_case_link([t.text for t in tokens[j - 1 : j + 2]], 1)


def _friends_of(words: list) -> bool:
    """Are ``words`` a group's name in ``Friends of ...``: ``Friends of Hythe Library``, ``Friends of the Earth``?

    Only when the capitalised words after ``of`` end in a place's word that is no surname (``Library``,
    ``Gardens``, ``Canal``): ``Friends of Jenny Hall`` and ``Friends of the Chancellor`` are someone's friends.
    """
    rest = words[2:]
    if len(words) < 3 or words[0] != "Friends" or words[1] != "of" or not all(w[:1].isupper() or w == "the" for w in rest):
        return False
    return rest[-1][:1].isupper() and rest[-1].lower() in _FRIENDS_PLACES


# Places a "Friends of" group looks after, in words that are not also surnames (as Hall, Park or Church are).
_FRIENDS_PLACES = word_set(
    "library museum gardens garden station canal woods common cemetery lido pier reserve forest zoo theatre",
    "cinema school hospital harbour beach baths allotments earth valley river district line railway",
)


def _one_capital_word(tokens: list, k: int, hi: int) -> bool:
    """Is ``tokens[k]`` one capitalised word with no other after it (``Clyde``, not ``Tom Hale`` or ``Sky News``)?"""
    return k < hi and tokens[k].is_cap and not (k + 1 < hi and tokens[k + 1].is_cap)


def _acronym_led(run: list) -> bool:
    """Do capitalised words open with initials, ``NHS Greater Glasgow``, so that an ``and`` after them goes on with the name?"""
    words = [t for t in run if t.is_cap]
    return len(words) >= 2 and words[0].text.isupper() and words[0].text.isalpha() and len(words[0].text) >= 2


# Last words of a place's name: "the Royal Oak Hotel", "the Old Mill Road".
_PLACE_HEADS = PLACE_END_WORDS | word_set("street lane way drive hotel hall park bridge airport estate mill arena")


def _acted_for(tokens: list, j: int, hi: int) -> int:
    """The end of ``the families`` or ``the department`` (whom a role acts for) at the end of a phrase from ``tokens[j]``, else 0."""
    start = j
    while j < hi and (tokens[j].lower in DETERMINERS | _QUANTIFIERS or (tokens[j].lower == "of" and j > start and tokens[j - 1].lower in _QUANTIFIERS)):
        j += 1  # ("the families", "several families", "some of the plaintiffs")
    if j >= hi or not tokens[j].text.islower():
        return 0
    body = _lower_case_body_end(tokens, j, hi)
    if body > j + 1:
        return body  # "said a spokesman for the ambulance service", "an official at the county council"
    if j + 1 < hi and tokens[j + 1].is_word:
        return 0
    word = tokens[j].lower
    return j + 1 if word in OFFICE_OR_ORG or word in PLURAL_WORDS or _people_word(word) else 0


def _lower_case_body_end(tokens: list, j: int, hi: int, *, kinds: bool = True) -> int:
    """The end of a body named in lower-case words from ``tokens[j]`` (``county council``, ``local health board``), else 0.

    Up to two lower-case nouns, then an organisation word (``council``, ``service``,
    or with ``kinds`` a word for a kind of body such as ``company``), and no word after it.
    """
    k = j
    while k < hi and k - j < 3 and _noun_after_determiner(tokens[k]):
        k += 1
    if k == j or (k < hi and tokens[k].is_word):
        return 0
    head = tokens[k - 1].lower
    return k if head in OFFICE_OR_ORG or (kinds and head in KIND_NOUNS) else 0


def _works_at(tokens: list, at: int, hi: int) -> int:
    """``an official at the county council``: the end of the body after ``at`` or ``from`` (``tokens[at]``), else 0.

    Only for a word that says someone works for a body (``official``, ``source``,
    ``staff``), and a body named by an organisation word: ``a man at the party``
    and ``a source at the firm`` stay as they are.
    """
    if at < 1 or tokens[at - 1].lower not in _STAFF_WORDS or at + 1 >= hi:
        return 0
    return _lower_case_body_end(tokens, at + 1 + (tokens[at + 1].lower in DETERMINERS), hi, kinds=False)


def _body_opens_phrase(tokens: list, det: int, lo: int) -> bool:
    """Does the determiner at ``tokens[det]`` open the subject: the clause's start, after a comma, or after a role and a link?

    ``The local authority said``, ``In a statement, the health board said``, ``a spokesman
    for the county council said``; not ``a guest at the birthday party said``.
    """
    if det == lo or not tokens[det - 1].is_word:
        return True
    return det - 2 >= lo and tokens[det - 1].lower in CONNECTORS | {"at", "from"} and role_like(tokens[det - 2])


def _lower_case_body_start(tokens: list, j: int, lo: int) -> int:
    """Where the words of a body named in lower case start, when ``tokens[j]`` ends it after a determiner, else -1.

    ``the county council``, ``the local health board``: one or two lower-case
    nouns between the determiner and the organisation word at ``tokens[j]``, the
    determiner opening the subject (``_body_opens_phrase``).
    """
    if not (tokens[j].text.islower() and (tokens[j].lower in OFFICE_OR_ORG or tokens[j].lower in KIND_NOUNS)):
        return -1
    k = j - 1
    while k >= lo and j - k <= 2 and _noun_after_determiner(tokens[k]):
        k -= 1
    return k + 1 if k < j - 1 and k >= lo and _is_determiner(tokens[k]) and _body_opens_phrase(tokens, k, lo) else -1


_POSTING_LINKS = word_set("in for to")  # "the US embassy in Ankara", "the UN office for Somalia", "the EU delegation to Ukraine"
_POSTED_NOUNS = word_set("embassy consulate mission office bureau delegation")


def _posted_body_start(tokens: list, j: int, lo: int) -> int:
    """Where an owner's post named in lower case starts, when ``tokens[j]`` links it to its place, else -1.

    ``the US embassy in Ankara``, ``the Turkish embassy in Washington``, ``the UN country office for
    Somalia``: a capitalised owner, at most one lower-case word, then a post (``embassy``,
    ``mission``, ``office`` ...) just before ``tokens[j]``.
    """
    post = j - 1
    if post < lo or not (tokens[post].text.islower() and tokens[post].lower in _POSTED_NOUNS):
        return -1
    k = post - 1
    if k >= lo and tokens[k].text.islower() and tokens[k].is_word and tokens[k].lower not in DETERMINERS:
        k -= 1  # "country office", "regional office"
    start = k + 1
    while k >= lo and tokens[k].is_cap:
        start, k = k, k - 1
    if k >= lo and _is_determiner(tokens[k]):
        k -= 1
    # the post opens the phrase ("A spokesman for the ...", "released by the ..."), not "Protesters outside the ..."
    opens = k < lo or not tokens[k].is_word or tokens[k].lower in CONNECTORS | {"by", "from", "at"}
    opens = opens or (tokens[k].lower == "with" and k > lo and role_like(tokens[k - 1]))  # "Officials with the Irish embassy in .."
    return start if start < post and tokens[start].is_cap and opens else -1


def _posted_body_words(words: list) -> bool:
    """Are ``words`` an owner's post, and its place (``US embassy in Ankara``, ``British consulate``)?"""
    for i, word in enumerate(words):
        placed = i < len(words) - 2 and words[i + 1] in _POSTING_LINKS
        if i > 0 and word in _POSTED_NOUNS and (placed or i == len(words) - 1):
            owner, place = words[:i], words[i + 2 :]
            if len(owner) > 1 and owner[-1].islower():
                owner = owner[:-1]  # "UN country office"
            return all(w[:1].isupper() for w in owner + place)
    return False


def _sure_owner(article: Article, owner: Speaker, wanted: str, position: int) -> bool:
    """Is ``owner`` likely whom ``his`` or ``her`` means: known to be of that gender, or named in full as its sentence's subject?

    ``Tom Hale was sacked by Ann Roe. His statement read``: Tom Hale, the one the sentence was
    about; not ``Tesco`` in ``Tesco apologised to Ann Roe. Her statement read``, a one-word name
    that may be a firm's.
    """
    if wanted not in {"m", "f"} or article.genders.get(owner.name, owner.gender) == wanted:
        return True
    if " " not in owner.name:
        return False
    latest = next((m for m in reversed(article.history) if m.at < position and m.speaker.name == owner.name), None)
    same = [m for m in reversed(article.history[-2 * PRONOUN_REACH :]) if latest is not None and m.sentence == latest.sentence]
    return any(m.speaker.name == owner.name and m.rank >= 1 for m in same)


def _owned_role(token: Token) -> bool:
    """Is ``token`` a role word with a possessive ending (``minister's``)?"""
    return token.text.endswith(("'s", "’s")) and strip_possessive(token.text).lower() in ROLE_WORDS


def _job_then_role(tokens: list, j: int, hi: int) -> bool:
    """Is ``tokens[j]`` a lower-case role word, or a job word and then one (``defense official``)?"""
    for k in range(j, min(hi, j + 2)):
        if role_like(tokens[k]) and not tokens[k].is_cap:
            return True
        if not _job_word(tokens[k]):
            return False
    return False


def _role_ahead(tokens: list, j: int, hi: int) -> bool:
    """Is ``tokens[j]`` or one of the two words after it a role word (``lead author``) or a word for words (``specific comments``)?"""
    return any(role_like(t) or t.lower in SPEECH_NOUNS or (t.text.islower() and person_noun(t.lower)) for t in tokens[j : min(hi, j + 3)])


def _verb_then_object(tokens: list, j: int, hi: int) -> bool:
    """Is ``tokens[j]`` a past tense with its object after it (``released a statement``)?"""
    return tokens[j].lower.endswith("ed") and j + 1 < hi and _is_determiner(tokens[j + 1])


def _owned_here(tokens: list, first: int, j: int) -> bool:
    """Do ``tokens[first:j]`` end with an owner and at most one word after it (``Boyle's``, ``Boyle's specific``)?"""
    return any(tokens[k].lower.endswith(("'s", "’s")) for k in range(max(first, j - 2), j))


def _lower_case_org_name(tokens: list, j: int, first: int) -> bool:
    """Is ``tokens[j]`` one of two words after ``ministry of`` (an organisation word and ``of``): ``foreign affairs``?"""
    k = j - 1
    while k > first and j - k <= 2 and tokens[k].is_word and tokens[k].text.islower() and tokens[k].lower != "of":
        k -= 1
    return k > first and tokens[k].lower == "of" and tokens[k - 1].lower in ORG_WORDS


def _site_after(tokens: list, j: int, hi: int) -> int:
    """``the company's website``, ``its Facebook page``: the end of a site or account from ``tokens[j]``, else -1."""
    k = j
    while k < hi and k - j < 5 and tokens[k].quote < 0 and tokens[k].lower not in ACCOUNT_WORDS:
        if not (tokens[k].is_word or tokens[k].text in {"'s", "’s"}):
            return -1
        k += 1
    return k + 1 if k < hi and tokens[k].lower in ACCOUNT_WORDS else -1


def _firm_job_at(tokens: list, first: int, j: int, hi: int) -> bool:
    """``said a Thames Water engineer at the scene``: after ``a``, the capitalised words are the job's firm, not a name.

    Only with a place in lower case after the link (``at the scene``): with a named one (``a Scotland Yard detective at
    the Old Bailey``) the rules would take the place for the speaker.
    """
    k = j + 2 + (j + 2 < hi and tokens[j + 2].lower == "the")
    return tokens[first].text in {"a", "an"} and k < hi and tokens[k].is_word and tokens[k].text.islower()


def _full_name_at(tokens: list, k: int, hi: int) -> bool:
    """Does a person's name of two words or more start at ``tokens[k]`` (``Nicola Barlow``, not ``Shelter`` or ``Tom Hale's Butchers``)?"""
    words = [t.text for t in tokens[k : _cap_run_end(tokens, k, hi)]]
    return len(person_name(words)) >= 2 and not words[-1].endswith(("'s", "’s"))


def _job_then_link(tokens: list, j: int, hi: int) -> bool:
    """Does the job word at ``tokens[j]`` lead into where the job is (``director-general at the ESA``), not to a name?"""
    k = j + 1
    return k < hi and (tokens[k].lower in _HEAD_LINKS or tokens[k].text == ",")


def _name_then_affiliation(tokens: list, first: int, last: int) -> bool:
    """Are ``tokens[first:last]`` a name of one or two words, alone or with ``of``/``from``/``at`` a place after it?"""
    k = first
    while k < last and tokens[k].is_cap:
        k += 1
    return first < k <= first + 2 and (k == last or tokens[k].lower in _AFFILIATION_LINKS)


def _two_roles_of_one(tokens: list, j: int, lo: int) -> bool:
    """Do ``tokens[j - 3 : j + 1]`` read ``Wolf's husband and coach``: someone's, or ``her``, then two roles joined by ``and``?"""
    if j - 3 < lo or tokens[j - 1].lower != "and":
        return False
    roles = [tokens[j - 2], tokens[j]]
    owner = tokens[j - 3].text.endswith(("'s", "’s")) or tokens[j - 3].lower in {"his", "her", "their"}
    relatives = all(t.lower in FAMILY_WORDS for t in roles)  # ("Hale's mother and father": two people)
    return owner and not relatives and all(t.is_word and t.text.islower() and role_like(t) for t in roles)


def _list_start(tokens: list, j: int, lo: int, first: int, last: int) -> int:
    """Where a list of people starts when ``tokens[j]``, walking left, is its last ``and`` or a word just after it, else -1.

    ``Ann Roe, Tom Hale and Eva Stone said`` (at ``and``) and ``Mayor Ann Roe
    and club owner Tom Hale said`` (at ``club``, the first word of the last person's role).
    """
    if first >= last:
        return -1
    if tokens[j].lower == "and":
        return _people_listed(tokens, j, lo, first, last)
    if tokens[j].text.islower() and j > lo and tokens[j - 1].lower == "and":
        return _people_listed(tokens, j - 1, lo, j, last)
    return -1


def _people_listed(tokens: list, j: int, lo: int, first: int, last: int) -> int:
    """Where a list of people ends with ``and`` at ``tokens[j]`` and the name ``tokens[first:last]``, else -1.

    ``Mayor Ann Roe and club owner Tom Hale said``, ``Ann Roe, Tom Hale and
    Eva Stone said``: each person is a name of two words or more, perhaps
    after a title or role words, and the list opens the sentence or follows
    a comma, a colon or ``from`` (``A joint statement from ...``).
    """
    if _name_part(tokens, first, last) != first:
        return -1
    end = j - (j - 1 > lo and tokens[j - 1].text == ",")  # "Ann Roe, Tom Hale, and Eva Stone"
    while True:
        start = _name_part(tokens, lo, end)
        if start < 0:
            return -1
        if start - 2 >= lo and tokens[start - 1].text == "," and _name_part(tokens, lo, start - 1) >= 0:
            end = start - 1  # "Ann Roe, Tom Hale and ...": one more person in the list
            continue
        opens = start == lo or tokens[start - 1].text in {",", ";", ":"} or tokens[start - 1].quote >= 0
        return start if opens or tokens[start - 1].lower in {"from", "by"} else -1


_NOT_MODIFIERS = word_set("and or but said says told the a an his her their its of for with to by from at in on")


# Words that open a sentence before a name but are no part of it.
_OPENING_WORDS = word_set("with like alongside behind beside besides unlike including among amid after before despite")


def _name_part(tokens: list, lo: int, end: int) -> int:
    """Where a person's name of two words or more ending at ``tokens[end]`` starts, with its title or role words, else -1."""
    k = end
    while k > lo and end - k < 6 and (tokens[k - 1].is_cap or (k - 2 >= lo and initial_stop(tokens[k - 2], tokens[k - 1]))):
        k -= 1  # (and a place before a title: "D.C. Mayor Muriel Bowser")
    while k < end and tokens[k].is_word and (tokens[k].lower in _OPENING_WORDS or not (name_like(tokens[k].text) or is_title(tokens[k].text))):
        k += 1  # ("With Mayor Ann Roe", "Alongside Mayor Ann Roe": a word opening the sentence, no part of the name)
    words = [t.text for t in tokens[k:end]]
    if len(person_name(words)) < 2 or org_name(words):
        return -1
    roles = k
    while k > lo and not tokens[k - 1].is_cap and role_like(tokens[k - 1]):
        k -= 1  # "owner Tom Hale"
    if k < roles and k > lo and tokens[k - 1].is_word and tokens[k - 1].text.islower() and tokens[k - 1].lower not in _NOT_MODIFIERS:
        k -= 1  # "club owner Tom Hale": a noun saying what the role is of
    elif k < roles and k > lo and tokens[k - 1].is_cap and not is_title(tokens[k - 1].text):
        k -= 1  # "Nationals owner Mark Lerner": the organisation the role is at
    return k


def _joint_names(tokens: list, j: int, lo: int) -> bool:
    """Is ``tokens[j]`` the ``and`` of two people named together, the first a name the sentence opens with?"""
    k = j
    while k > lo and j - k < 2 and tokens[k - 1].is_cap:
        k -= 1
    k -= k > lo and is_title(tokens[k - 1].text) and tokens[k - 1].is_cap  # "Dr Alex Coutroubis and George Kiourktsoglou"
    opens = k == lo or tokens[k - 1].text in {",", ";", ":"} or tokens[k - 1].quote >= 0
    return k < j and opens and len(person_name([t.text for t in tokens[k:j]])) >= 1 and not org_name([t.text for t in tokens[k:j]])


def _named_next(tokens: list, j: int, hi: int) -> bool:
    """Does a capitalised name start at ``tokens[j]``, perhaps after ``the``?"""
    j += j < hi and tokens[j].lower == "the"
    return j < hi and tokens[j].is_cap


# "a source familiar with the talks", "a source close to the negotiations": kept whole.
_FAMILIAR_PHRASES = (["familiar", "with"], ["close", "to"])
_FAMILIAR = {phrase[0] for phrase in _FAMILIAR_PHRASES}


def _familiar_with(tokens: list, j: int, hi: int) -> int:
    """The end of ``familiar with the talks`` or ``close to the negotiations`` starting at ``tokens[j]``, else 0."""
    words = [t.lower for t in tokens[j : j + 2]]
    if words not in _FAMILIAR_PHRASES:
        return 0
    k = j + 2
    if k < hi and tokens[k].lower in DETERMINERS:
        k += 1
    start = k
    while k < hi and k - start < 2 and _noun_after_determiner(tokens[k]) and tokens[k].lower not in _PREPOSITIONS:
        k += 1
    if k == start and words[0] == "close":  # "a source close to Tom Hale": a name
        while k < hi and k - start < 4 and tokens[k].is_cap and tokens[k].is_word:
            k += 1
    return k if k > start else 0


def _modifiers_then_title(tokens: list, j: int, hi: int) -> bool:
    """Do lower-case words from ``tokens[j]`` lead, within three words, to a role and a name (or ``for`` an organisation)?"""
    k = j
    # (a nationality among them: "said retired Turkish admiral Cem Gurdeniz")
    while k < hi and k - j < 3 and (_noun_after_determiner(tokens[k]) or (k > j and nationality_shaped(tokens[k].text))) and not role_like(tokens[k]):
        if k > j and _job_word(tokens[k]) and _name_follows(tokens, k + 1, hi):
            return True  # "Rutgers University political scholar Kelly Dittmar"
        k += 1
    while k + 1 < hi and role_like(tokens[k]) and role_like(tokens[k + 1]) and not tokens[k + 1].is_cap:
        k += 1  # "state police spokesman Abubakar Sadiq-Aliyu": a role of two words
    jobs = k > j and all(_job_word(t) for t in tokens[j:k])  # (not "addressed traders at Balogun market")
    linked = k + 2 < hi and tokens[k + 1].lower in _PREPOSITION_LINKS and (tokens[k + 2].is_cap or tokens[k + 2].lower in DETERMINERS)
    if jobs and linked and role_like(tokens[k]):
        return True  # "said space station flight director for NASA, Holly Ridings"
    apposed = k + 2 < hi and tokens[k + 1].text == "," and tokens[k + 2].is_cap  # "said political counsellor, Sun Lushan"
    return k + 1 < hi and role_like(tokens[k]) and (tokens[k + 1].is_cap or apposed)


def _job_word(token: Token) -> bool:
    """A lower-case word that may name a job (``astronomer``), not a verb (``arrested``, ``visiting``)."""
    lower = token.lower
    return _noun_after_determiner(token) and not lower.endswith(("ed", "ing")) and lower not in _NOT_JOBS


def _modifier_word(token: Token) -> bool:
    """A lower-case word of a description: a job word, or a hyphenated one such as ``pro-Beijing``."""
    return _job_word(token) or (token.is_word and token.text[:1].islower() and "-" in token.text)


def _name_follows(tokens: list, j: int, hi: int) -> bool:
    """Do ``tokens[j:]`` start with a person's name of at least two words?"""
    end = j
    while end < hi and tokens[end].is_cap:
        end += 1
    return end - j >= 2 and len(person_name([t.text for t in tokens[j:end]])) >= 2


def _person_named_before(tokens: list, j: int, lo: int) -> bool:
    """Are the capitalised words just before ``tokens[j]`` a person's name of two words or more, after a title or a
    lower-case word (``railway controller Muhammad Sharifullah``; not ``the Foro de São Paulo``)?"""
    run = _cap_run_before(tokens, j, lo)
    k = j - len(run)
    if not run or (k > lo and tokens[k - 1].lower in NAME_PARTICLES):
        return False
    words = [t.text for t in run if t.is_cap]
    named = person_name(words)
    return len(named) >= 2 and not is_title(words[-1]) and named == words[-len(named) :]


def _cap_run_before(tokens: list, j: int, lo: int) -> list:
    """The capitalised words and joiners just before ``tokens[j]``: ``Ministry of Tourism`` before ``and``."""
    k = j
    while k > lo and (tokens[k - 1].is_cap or tokens[k - 1].lower in CONNECTORS):
        k -= 1
    return tokens[k:j]


def _particles_then_name(tokens: list, j: int, hi: int) -> bool:
    while j < hi and tokens[j].lower in NAME_PARTICLES:
        j += 1
    return j < hi and tokens[j].is_cap


def _clause_subject(tokens: list, lo: int, cue: int, *, nearest: bool = False) -> tuple:
    """The subject of the clause a participle or an infinitive hangs on.

    ``Hale defended the decision, saying``, ``In a speech, Hale went on to
    say``: the first noun phrase at the start of the sentence or after a comma
    that names someone and is followed by a verb.
    """
    starts = [lo] + [k + 1 for k in range(lo, cue) if tokens[k].text == "," or tokens[k].quote >= 0]
    # (not after a reporting verb: 'Papaconstantinou commented that Greece will default ..., saying' is his)
    starts += [k + 1 for k in range(lo, cue) if tokens[k].lower == "that" and k + 1 < cue and tokens[k + 1].is_cap and tokens[k - 1].lower not in CUE_VERBS]
    # A participle hangs on the nearest clause ('The court heard that X had sent ..., saying');
    # a sentence is about the subject it opens with.
    for start in sorted(starts, reverse=nearest):
        while start < cue and tokens[start].lower in CLAUSE_CONNECTIVES:  # "But Justice Secretary ..."
            start += 1
        if start >= cue or tokens[start].quote >= 0:
            continue
        if _opening_participle(tokens, start, cue):
            continue  # "Introducing himself in the square, Francis was jovial:": a participle, not a name
        start = _after_opening_time(tokens, start, cue)  # "On Monday the ministry released a statement saying"
        first, last = _phrase_after(tokens, start, cue)
        apposed = (
            first > lo and tokens[first - 1].text == "," and last + 1 < cue and tokens[last].text == ","
            and tokens[last + 1].is_word and tokens[last + 1].text.islower() and len(person_name([t.text for t in tokens[first:last]])) >= 2
        )  # "In a letter, the chief executive of X, Solveig Aarnes, apologised"
        if apposed or _named_then_aside(tokens, first, last, cue):
            return (first, last)
        if first < 0 or last >= cue or not (tokens[last].is_word and tokens[last].text.islower()):
            continue
        if tokens[last].lower == "and" and last + 1 < cue and tokens[last + 1].is_cap:
            continue  # "Tom Hale and Ana Ruiz both watched": no one subject
        if last - first == 1 and tokens[last].lower in _LINKS_OR_DETERMINERS:
            continue  # "Faced with ...": an opening word, not a subject
        words = [t.text for t in tokens[first:last]]
        if words[0].lower() in {"a", "an"} and start - 2 >= lo and tokens[start - 1].text == ",":
            named = start - 1  # "said Colonel Ana Ruiz, a spokeswoman for the coalition, speaking": the name it describes
            while named - 1 >= lo and (tokens[named - 1].is_cap or tokens[named - 1].lower in NAME_PARTICLES):
                named -= 1
            if named < start - 1 and person_name([t.text for t in tokens[named : start - 1]]):
                return (named, start - 1)
        if words[0].lower() in PRONOUNS or person_name(words) or org_name(words) or role_like(tokens[last - 1]):
            return (first, last)
        described_body = tokens[last - 1].lower in ORG_WORDS and tokens[last - 1].text.islower() and len(words) >= 2
        if described_body or _posted_body_words([w for w in words if w.lower() not in DETERMINERS]):
            return (first, last)  # "The British consulate (in Jerusalem) issued a statement that read": a body in lower case
        if words[1:2] and words[1].lower() in DOCUMENTS and len(words) > 2:
            return (first, last)  # "A tweet sent from Biden's account ..., saying"
        if [w.lower() for w in words[:2]] == ["one", "of"]:
            return (first, last)
    return (-1, -1)


_MONTH_WORDS = frozenset(m.lower() for m in [*calendar.month_name, *calendar.month_abbr, "Sept"] if m)  # "March", "Mar", "Sept"
# Bodies named after a subject: "Commission on Human Rights", "Committee on Foreign Affairs".
_TOPIC_BODIES = word_set("commission committee council conference alliance coalition center centre institute")
_NOT_TOPICS = _MONTH_WORDS | word_set(
    "twitter facebook instagram youtube tiktok linkedin x bbc itv sky channel radio tv television christmas easter good",
)


def _topic_after_on(tokens: list, k: int, hi: int) -> bool:
    """Does ``tokens[k]`` open a subject in a body's name after ``on`` (``Human Rights``), not a day, a date or a website?"""
    if k >= hi or not tokens[k].text[:1].isupper() or not tokens[k].text.isalpha():
        return False
    return tokens[k].lower not in DAY_WORDS | _NOT_TOPICS


# Words that open a time phrase: "On Monday", "Last week", "In 2019", "Yesterday".
_TIME_OPENERS = _TIME_SHIFTERS | word_set("on in at during earlier later today")


def _after_opening_time(tokens: list, start: int, cue: int) -> int:
    """Step over a time phrase that opens a clause with no comma: ``On Monday``, ``Last week``, ``In 2019``.

    Returns where the clause's subject may start: after the time phrase when a
    capitalised word or a determiner follows it, else ``start``.
    """
    if start >= cue or tokens[start].lower not in _TIME_OPENERS:
        return start
    k = start + 1
    if tokens[start].lower in {"yesterday", "today"}:
        return k if k < cue and (tokens[k].is_cap or tokens[k].lower in DETERMINERS) else start
    if tokens[start].lower in _TIME_AND_PLACE_PREPOSITIONS and k < cue and tokens[k].lower == "the":
        k += 1  # "On the day"
    while k < cue and k - start <= 4 and (tokens[k].lower in DAY_WORDS | _MONTH_WORDS | TIME_WORDS | _TIME_OPENERS or tokens[k].text.isdigit()):
        k += 1
    timed = any(t.lower in DAY_WORDS | _MONTH_WORDS | TIME_WORDS or t.text.isdigit() for t in tokens[start:k])
    return k if timed and k < cue and (tokens[k].is_cap or tokens[k].lower in DETERMINERS) else start


def _prepositional_object(tokens: list, j: int, lo: int) -> bool:
    """Does the noun phrase ending at ``tokens[j]`` follow a preposition (``to Congress``, ``since the Clinton administration``, ``such as X``)?"""
    first, _ = _phrase_before(tokens, j, lo)
    if first <= lo:
        return False
    such_as = first - 2 >= lo and [t.lower for t in tokens[first - 2 : first]] == ["such", "as"]
    return such_as or (tokens[first - 1].lower in _PREPOSITIONS | {"since"} and tokens[first - 1].lower not in {"and", "or"})


def _opening_participle(tokens: list, k: int, hi: int) -> bool:
    """Does ``tokens[k]`` open a clause as a participle (``Introducing himself``), not a name ending in -ing (``Boeing released``)?"""
    if not (tokens[k].lower.endswith("ing") and k + 1 < hi and tokens[k + 1].text.islower()):
        return False
    after = tokens[k + 1].lower
    named = tokens[k].is_cap and tokens[k].lower not in {"having", "being"} and (after in CUE_VERBS or after.endswith("ed"))
    return not named


def _named_then_aside(tokens: list, first: int, last: int, cue: int) -> bool:
    """Is ``tokens[first:last]`` a person's name, then an aside in commas, then a verb?

    ``Henry Gelot, Frappier's manager, released a statement saying``: the
    name is the subject, the aside only says who he is.
    """
    words = [t.text for t in tokens[first:last]] if first >= 0 else []
    named = len(words) >= 2 and (person_name(words) == words or _body_name(words))  # ("The Council on Foreign Relations, a think tank,")
    if last >= cue or tokens[last].text != "," or not named:
        return False  # (not "the chief executive of Havbruk Nord, Solveig Aarnes, apologised": a role, then the name)
    comma = next((k for k in range(last + 2, min(cue, last + 10)) if tokens[k].text == ","), -1)
    after = tokens[comma + 1] if 0 < comma < cue - 1 else None
    return after is not None and after.is_word and after.text.islower() and after.lower not in _NOT_VERBS


def _body_name(words: list) -> bool:
    """Are ``words`` a body's name in capitals, with or without ``the`` (``The Council on Foreign Relations``)?"""
    bare = words[1:] if words[0].lower() == "the" else words
    whole = len(bare) >= 2 and all(w[:1].isupper() or w in {"on", "of", "for", "and"} for w in bare)
    return whole and org_name(bare) == " ".join(bare)  # (not "On Cedar Street": a place after "on")


def _owner_of_words_after(tokens: list, cue: int, hi: int) -> tuple:
    """``Obama's`` in ``characterized Obama's comment, "..."``: whose words a retelling verb's object gives, else ``(-1, -1)``.

    Only after a verb that retells someone else's words (``characterized``, ``quoted``); in
    ``Ana Ruiz answered Tom Hale's comment, "..."`` the words are Ruiz's own.
    """
    if tokens[cue].lower not in _RETELLING_VERBS:
        return (-1, -1)
    j = cue + 1
    k = _cap_run_end(tokens, j, hi)
    owner = k > j and tokens[k - 1].text.endswith(("'s", "’s"))
    words = owner and k + 2 < hi and tokens[k].lower in SPEECH_NOUNS and tokens[k + 1].text in {",", ":"}
    return (j, k) if words and tokens[k + 2].quote >= 0 else (-1, -1)


def _cap_run_end(tokens: list, j: int, hi: int) -> int:
    """Where the run of capitalised words that starts at ``tokens[j]`` ends."""
    while j < hi and tokens[j].is_cap:
        j += 1
    return j


def subject_after(tokens: list, i: int, hi: int) -> tuple:
    """The subject of an inverted verb (``said Sheriff Bill Brown``), with a name set after it by commas."""
    first, last = _phrase_after(tokens, i, hi)
    if first >= 0 and _name_part(tokens, first, last) == first:
        listed = _people_listed_after(tokens, last, hi)
        if listed > last:
            return (first, listed)  # "said Ann Roe, Tom Hale and Eva Stone"
    return _named_description(tokens, first, last, hi) if first >= 0 else (first, last)


def _people_listed_after(tokens: list, last: int, hi: int) -> int:
    """Where a list of people that goes on at ``tokens[last]`` (``, Tom Hale and Eva Stone``) ends, else -1."""
    end = last
    while end < hi and tokens[end].text in {",", "and"}:
        joined = tokens[end].text == "and" or (end + 1 < hi and tokens[end + 1].lower == "and")
        start = end + 1 + (tokens[end].text == "," and joined)
        stop = start
        while stop < hi and stop - start < 6 and (tokens[stop].is_cap or (stop > start and initial_stop(tokens[stop - 1], tokens[stop]))):
            stop += 1
        if stop == start or _name_part(tokens, start, stop) != start:
            return -1
        end = stop
        if tokens[end - 1].text.endswith(("'s", "’s")):
            return -1  # "said Mark Lee, Tom Hale and Eva Stone's lawyer": the lawyer of the last two
        if joined:
            return end
    return -1


def _named_description(tokens: list, first: int, last: int, hi: int) -> tuple:
    """The name a description ``tokens[first:last]`` is given after it, else the description.

    ``a driver who gave his name only as Joseph`` is Joseph; ``The chief executive, Ana Ruiz,``
    is Ana Ruiz (``_apposed_name``). A phrase with a name in it keeps it (``Tom Hale, whose son
    was identified only as Jo``).
    """
    given = _name_given(tokens, last, hi)
    if given[0] >= 0 and len(person_name([t.text for t in tokens[first:last]])) < 2:
        return given  # (a place in the description is no name: "a driver at the Kencom stage")
    return _apposed_name(tokens, first, last, hi)


def _name_given_before(tokens: list, lo: int, cue: int) -> tuple:
    """The name given just before a reporting verb: ``One witness, a motorcyclist who gave his name only as Musa, said``.

    Only when the words before ``who`` describe someone without naming them.
    """
    end = cue - 1 if cue - 1 > lo and tokens[cue - 1].text == "," else cue
    for w in range(end - 1, max(lo, end - 12) - 1, -1):
        if tokens[w].lower in _NAME_GIVING:
            found = _name_given(tokens, w, cue)
            start = next((k + 1 for k in range(w - 1, lo - 1, -1) if not tokens[k].is_word), lo)
            described = len(person_name([t.text for t in tokens[start:w]])) < 2
            return found if found[1] == end and described else (-1, -1)
    return (-1, -1)


def _name_given(tokens: list, k: int, hi: int) -> tuple:
    """The name in ``who gave his name only as Joseph``, ``who would give only her first name, Rosa`` or ``identified only as X``.

    Read from ``tokens[k]``, after up to six more words of the description (``a driver at
    the Kencom stage who ...``), but not past a comma or another clause. A description
    whose person gives a name this way is that person: the name is who speaks. Returns
    the name's token range, or ``(-1, -1)``.
    """
    if k + 1 < hi and tokens[k].text == ",":
        k += 1
    for _ in range(6):  # past the last words of the description ("a driver at the Kencom stage who")
        if k + 1 >= hi or not tokens[k].is_word or tokens[k].lower in _NAME_GIVING or tokens[k].lower in _CLAUSE_STOPS:
            break
        k += 1
    if k >= hi or tokens[k].lower not in _NAME_GIVING:
        return (-1, -1)
    j = k + 1
    if tokens[k].lower == "who":
        named = [m for m in range(k + 1, min(hi, k + 8)) if tokens[m].lower in {"name", "names"}]
        if not named:
            return (-1, -1)
        j = named[0] + 1
    if j < hi and tokens[j].lower == "only":
        j += 1
    if j >= hi or tokens[j].lower not in {"as", ","}:
        return (-1, -1)
    end = j + 1
    while end < hi and end - j <= 3 and tokens[end].is_cap:
        end += 1
    return (j + 1, end) if end > j + 1 else (-1, -1)


def _manner_adverb(token: Token) -> bool:
    """A lower-case ``-ly`` word between a subject and its verb: ``angrily``, ``reportedly`` (not ``family``, ``assembly``)."""
    return token.is_word and token.text.islower() and token.lower.endswith("ly") and len(token.lower) > 4 and token.lower not in _LY_NOUNS


def _unclosed_relative(tokens: list, lo: int, j: int) -> int:
    """Index of ``who`` in ``Name, who is a supporter of the bill says``, a relative clause the verb follows; else -1.

    The clause opens with a comma and ``who`` and runs to the verb with no
    comma of its own, so the verb after it is the name's. After a word for a
    person it may open with ``whose`` or a participle, and needs no comma:
    ``A mother whose son attends the school said``, ``A woman living nearby said``,
    ``A man injured in the crash said``.
    """
    for k in range(j - 1, lo, -1):
        if tokens[k].text in {",", ";", ":"} or tokens[k].quote >= 0 or not (tokens[k].is_word or tokens[k].text in {"-", "'"}):
            return -1
        if tokens[k].lower == "who":  # (or "Rep. Charles Rangel (Democrats) who represents Harlem said", no comma)
            after_name = tokens[k - 1].text == ")" or (tokens[k - 1].is_cap and name_like(tokens[k - 1].text))
            if tokens[k - 1].text != "," and not after_name and _person_described(tokens, k - 1, lo) and not _opens_clause(tokens, k - 1, lo):
                continue  # "Firefighters who rescued a man who was trapped said": not the man
            return k if (tokens[k - 1].text == "," or after_name or _person_described(tokens, k - 1, lo)) and j - k >= 2 else -1
        if (tokens[k].lower == "whose" or _participle_after_person(tokens, k, j)) and _person_described(tokens, k - 1, lo):
            if _opens_clause(tokens, k - 1, lo):
                return k
            continue  # "Detectives investigating the murder of a woman living in the flat said": the detectives
    return -1


def _opens_clause(tokens: list, k: int, lo: int) -> bool:
    """Does the noun phrase ending at ``tokens[k]`` open its clause (``A woman`` in ``A woman living nearby said``)?"""
    first = _phrase_before(tokens, k, lo)[0]
    return first >= 0 and (first == lo or not tokens[first - 1].is_word or tokens[first - 1].lower in CLAUSE_CONNECTIVES)


def _thing_after(tokens: list, k: int, hi: int) -> int:
    """The end of ``the bus`` in ``said the driver of the bus.``: ``the`` and one lower-case noun that ends the
    phrase (the sentence, or a comma after it, comes next), else ``-1``."""
    if not (k + 1 < hi and tokens[k].lower == "the" and tokens[k + 1].is_word and tokens[k + 1].text.isalpha()):
        return -1
    if not tokens[k + 1].text.islower() or (k + 2 < hi and tokens[k + 2].is_word):
        return -1
    if k + 3 < hi and tokens[k + 2].text == "," and tokens[k + 3].is_cap:
        return -1  # ("said the director of the charity, Shelter, which ...": a name apposed to the thing, read elsewhere)
    person = person_noun(tokens[k + 1].lower) or tokens[k + 1].lower in ROLE_WORDS
    if person and tokens[k + 1].lower not in _NOT_OWNERS:  # (but "a member of the public" is one idiom)
        return -1  # ("said the father of the boy, Tom Hale, 7": the boy is named next, not the father)
    return k + 2


def _ing_in_job(tokens: list, j: int, lo: int) -> bool:
    """Is ``tokens[j]`` a word in -ing inside the name of a job, after a title or an article and before the job word?

    ``operating`` in ``the TVWorks chief operating officer``, ``managing`` in ``the managing director``: part of
    who the person is, not a verb.
    """
    word, job = tokens[j], tokens[j + 1]
    if not (j > lo and word.is_word and word.text.islower() and word.lower.endswith("ing") and role_like(job)):
        return False
    if singular(job.lower) != job.lower:
        return False  # ("a teacher supervising pupils": what she was doing, to whom)
    before = tokens[j - 1]  # (not a noun for a person: "a nurse treating patients")
    return before.lower in DETERMINERS or before.lower in _JOB_MODIFIERS or before.is_cap


# Words before a word in -ing inside a job's name: "chief operating officer", "senior investigating officer".
_JOB_MODIFIERS = word_set("chief senior deputy assistant acting vice principal lead executive")


def _participle_after_person(tokens: list, k: int, j: int) -> bool:
    """Is ``tokens[k]`` a participle opening a description (``living nearby``, ``injured in the crash``)?"""
    lower = tokens[k].lower
    if k + 1 == j and _person_token(tokens[j]):
        return False  # "the senior investigating officer", "a presiding judge": a word before the person's
    if lower.endswith("ing") and k < j and lower not in COMMON_WORDS:
        return True  # "living nearby", "walking his dog", "representing the family"
    return lower.endswith("ed") and k < j and tokens[k + 1].lower in _PARTICIPLE_LINKS  # "injured in the crash"


_PARTICIPLE_LINKS = word_set("in at on by with during after from near outside inside")


def _person_described(tokens: list, k: int, lo: int) -> bool:
    """Is ``tokens[k]`` a lower-case word for a person right after a determiner (``A woman``, ``one passenger``)?"""
    word = tokens[k]
    if not _person_token(word):
        return False
    if _people_word(word.lower) and (k == lo or not tokens[k - 1].is_word):
        return True  # "Nurses working at the hospital said": people, with no determiner, opening the clause
    # "A woman who lives nearby", "A taxi driver who saw the crash": after a determiner, perhaps with nouns between
    placed = k - 2 >= lo and tokens[k - 2].lower in {"a", "an"} and tokens[k - 1].is_cap and name_like(tokens[k - 1].text)
    # (or one place's name between: "A Yorkshire businessman who was working with Jackson said")
    return k > lo and word.text.islower() and (_is_determiner(tokens[k - 1]) or _modifiers_after_determiner(tokens, k - 1, lo) or placed)


def _person_before_link(tokens: list, lo: int, first: int, last: int):
    """``An adviser to the president said``, ``a witness to the crash told``: the person before the link word.

    ``tokens[first:last]`` is a noun phrase opening with a determiner, after a
    link word (``to``, ``from``, ``at``...); when a word for a person stands
    before the link, the whole phrase is the subject, not the object of
    ``to``. Returns a token range or ``None``.
    """
    k = first - 2
    bare = tokens[first].text.islower() and _people_word(tokens[first].lower)  # "Parents of pupils at the school said"
    if k < lo or not (tokens[first].lower in DETERMINERS or bare) or not (tokens[k].text.islower() or k == lo):
        return None
    if not _person_token(tokens[k]):
        return None
    person = _phrase_before(tokens, k, lo)
    if person[0] < 0:
        return None
    if _person_token(tokens[last - 1]):
        return (person[0], k + 1)  # "The mother of a girl killed in the crash": the mother, as written before "of"
    return (person[0], last)


def _who_stands_for(tokens: list, who: int, lo: int) -> tuple:
    """The person a ``who`` at ``tokens[who]`` refers to: the name just before, over one apposition.

    ``Alex Greenwich who said``, ``Alex Greenwich, who said``, ``Zbigniew Ostrowski, chairman
    of the works council, who was quoted``.
    """
    k = who - 1 - (tokens[who - 1].text == ",")
    if k > lo and tokens[k].text == ")":
        k = _opening_bracket(tokens, k, lo) - 1  # "Charles Rangel (Democrats) who"
    if k < lo or not tokens[k].is_word:
        return (-1, -1)
    first, last = _phrase_before(tokens, k, lo)
    if first >= 0 and not person_name([t.text for t in tokens[first:last]]):
        comma = next((c for c in range(first - 1, max(lo, first - 12) - 1, -1) if tokens[c].text == ","), -1)
        if comma > lo and tokens[comma - 1].is_cap:  # an apposition: the name before it
            named = _phrase_before(tokens, comma - 1, lo)
            if named[0] >= 0 and person_name([t.text for t in tokens[named[0] : named[1]]]):
                return named
    return (first, last)


def _quoted_as_saying(tokens: list, as_index: int, lo: int) -> tuple:
    """``Reuters quoted Eva Stone as saying``, ``Stone was quoted (by Reuters) as saying``: the one quoted."""
    verb = as_index - 1  # (within reach of an apposition: "quoted Tim Lee, formerly a deputy at FEMA, as saying")
    while verb >= lo and as_index - verb <= 20 and tokens[verb].lower not in QUOTING_VERBS and tokens[verb].quote < 0:
        if tokens[verb].text in {".", ";", ":"} and not _stop_of_abbreviation(tokens, verb, lo):
            return (-1, -1)
        verb -= 1
    if verb < lo or tokens[verb].lower not in QUOTING_VERBS:
        return (-1, -1)
    j = verb - 1
    while j >= lo and tokens[j].lower in AUXILIARIES:
        j -= 1
    if j >= lo and tokens[j].lower in PASSIVE_AUXILIARIES:  # "Stone was quoted as saying"
        j -= 1
        while j >= lo and tokens[j].lower in AUXILIARIES:
            j -= 1
        if j >= lo and tokens[j].text == ",":  # "The general, Ali Hassan, was quoted as saying"
            return _subject_before_comma(tokens, j, lo, verb, as_index)
        if j - 1 >= lo and tokens[j].lower == "who":  # "by Ana Ruiz, chair of the council, who was quoted as saying"
            return _who_stands_for(tokens, j, lo)
        return _phrase_before(tokens, j, lo) if j >= lo and tokens[j].is_word else (-1, -1)
    if verb + 2 == as_index and tokens[verb + 1].lower in _OBJECT_PRONOUNS:
        return (verb + 1, as_index)  # "The BBC quoted her as saying": whom "her" means
    first, last = _phrase_after(tokens, verb + 1, as_index)  # "Reuters quoted Eva Stone as saying"
    apposed = 0 <= last < as_index - 1 and tokens[last].text == "," and tokens[as_index - 1].text == ","
    if apposed:  # "quoted the mayor of Strel, Tom Hale, as saying": the name set beside the description
        named = _apposed_name(tokens, first, last, as_index - 1)
        return named if named != (first, last) and person_name([t.text for t in tokens[named[0] : named[1]]]) else (first, last)
    return (first, last) if last == as_index else (-1, -1)  # (or "quotes Eva Stone, a student, as saying")


_WHERE_WORDS = word_set("inside outside in at near")


def _apposed_name(tokens: list, first: int, last: int, hi: int) -> tuple:
    """``said the UN's secretary-general, Ana Ruiz``: the name after a description, else ``(first, last)``."""
    words = [t.text for t in tokens[first:last]]
    comma = last
    if comma < hi and tokens[comma].lower in _HEAD_LINKS:  # "His colleague at the Halvard Institute, Ruth Eisenberg,"
        comma += 1
        while comma < hi and (tokens[comma].is_cap or tokens[comma].lower in DETERMINERS or tokens[comma].lower in CONNECTORS):
            comma += 1
        plain = comma  # "director of operations, Nicola Barlow,": what the role is of, in lower case
        while plain < hi and plain - comma < 3 and tokens[plain].is_word and tokens[plain].text.islower():
            plain += 1
        # (not a person's: "the father of the boy, Tom Hale," is the boy's name; not a body's: "the charity, Shelter,")
        of_person = any(_person_token(t) for t in tokens[comma:plain])
        comma = plain if plain < hi and tokens[plain].text == "," and not of_person and _full_name_at(tokens, plain + 1, hi) else comma
    elif comma + 2 < hi and tokens[comma].lower in _WHERE_WORDS and tokens[comma + 1].lower == "the" and tokens[comma + 2].text.islower():
        comma += 3  # "one of the protesters inside the pipeline, Matt Almonte"
    if len(person_name(words)) >= 2:
        # (but "said a geologist at the Ruritanian Survey in Strel, Ivo Hallik": a job, then where, then the name)
        job_first = tokens[first + (tokens[first].lower in DETERMINERS)]
        return (_name_ending_description(tokens, first, last, hi) if not job_first.is_cap else None) or (first, last)
    if comma + 1 >= hi or tokens[comma].text != ",":
        return _name_ending_description(tokens, first, last, hi) or (first, last)
    end = comma + 1
    while end < hi and (
        tokens[end].is_cap
        or (tokens[end].lower in NAME_PARTICLES and _particles_then_name(tokens, end, hi))
        or (end > comma + 1 and _stop_of_abbreviation(tokens, end, comma + 1))  # ", Dr. Ana Ruiz,"
    ):
        end += 1
    closed = end == hi or tokens[end].text in {",", ".", ";", "!", "?"} or tokens[end].quote >= 0
    closed = closed or tokens[end].lower in _PLACE_LINKS_AT  # ", Dr Ingrid Solberg of the University of Tromsø"
    closed = closed or _in_a_statement(tokens, end)  # ", Matt Almonte in a statement posted ..."
    name = person_name([t.text for t in tokens[comma + 1 : end]])
    if closed and name:
        return (comma + 1, end)
    # "said University of California, San Diego's chancellor, Pradeep Khosla": a role, then the name
    aside_end = next((k for k in range(comma + 1, hi) if tokens[k].text in {",", ".", ";"} or tokens[k].quote >= 0), hi)
    named = _name_after_jobs(tokens, comma + 1, aside_end)  # "Her coach, former Davis Cup player Igor Baranov, watched"
    if named:
        return named
    k = end
    while k < hi and k - end < 3 and tokens[k].is_word and not tokens[k].is_cap and role_like(tokens[k]):
        k += 1
    if k > end and k + 1 < hi and tokens[k].text == ",":
        found = _apposed_name(tokens, k - 1, k, hi)
        if found[0] == k + 1:  # the name after that comma
            return found
    return _name_ending_description(tokens, first, last, hi) or (first, last)


def _name_ending_description(tokens: list, first: int, last: int, hi: int):
    """``said manager of the space station program at NASA, Mike Suffredini.``: the name after a long description.

    After an inverted reporting verb, a description may run on over
    prepositions and places (``a geochemist at NASA's Jet Propulsion
    Laboratory in Pasadena, California, Albert Yen who ...``) before the
    name of the person it describes ends the sentence. Only a run of words
    with no verb in it counts (none ending in ``-ing`` or ``-ed``, no
    reporting verb, no ``and`` or ``who``), and only a name of two words or
    more that ends the sentence or comes before ``who``.
    Returns the token range ``(start, end)`` of the name, or ``None``.
    """
    if not any((role_like(t) or person_noun(t.lower)) and not t.is_cap for t in tokens[first:last]):
        return None  # a person described by a job: "a geochemist", "manager", not "the company"
    for k in range(last, min(hi, last + 20)):
        token = tokens[k]
        if token.quote >= 0 or token.text in {".", ";", "!", "?", "(", ")"}:
            return None
        if token.text == ",":
            end = k + 1
            while end < hi and (tokens[end].is_cap or (tokens[end].lower in NAME_PARTICLES and _particles_then_name(tokens, end, hi))):
                end += 1
            words = [t.text for t in tokens[k + 1 : end]]
            closed = end == hi or tokens[end].text in {".", "!", "?"} or tokens[end].lower == "who"
            if closed and len(words) >= 2 and person_name(words) == words:
                return (k + 1, end)
            continue
        lower = token.lower
        if token.is_word and not token.is_cap and (lower.endswith(("ing", "ed")) or lower in CUE_VERBS or lower in _NOT_VERBS):
            return None
    return None


# Prepositions after the head noun of a description.
# Prepositions whose object ends a phrase that cannot be the subject of the verb after it.
# ("after", "before" and "since" also join clauses: "after Judge Kwok ruled".)
_TIME_AND_PLACE_PREPOSITIONS = word_set("during in on at amid throughout over under")
# Prepositions that open a sentence with where it happens, often with no comma: "Outside the court supporters chanted".
_OPENING_PLACE_WORDS = word_set("outside inside across around near behind beyond throughout in at on from")
_HEAD_LINKS = word_set("of from at for with in")
# Small words that link a person to the places and posts that describe them.
_PREPOSITION_LINKS = word_set("of from at to for")
_MODIFIER_LINKS = _PREPOSITION_LINKS | word_set("and the a an")


def _in_a_statement(tokens: list, k: int) -> bool:
    """Is ``tokens[k]`` a word of ``in a statement`` or ``in an interview`` (``Lars Vilks in a statement to AP said``)?"""
    lower = tokens[k].lower
    if lower in DOCUMENTS or lower == "interview":
        return k >= 2 and tokens[k - 1].lower in {"a", "an", "the"} and tokens[k - 2].lower == "in"
    return lower == "in" and k + 2 < len(tokens) and tokens[k + 1].lower in {"a", "an", "the"} and (
        tokens[k + 2].lower in DOCUMENTS or tokens[k + 2].lower == "interview")


def _participle_before_object(tokens: list, lo: int, first: int) -> int:
    """Index of ``addressing`` in ``..., addressing campaign workers said``, else -1.

    A participle after a comma whose object (lower-case words and quoted
    words only) runs up to ``tokens[first]``.
    """
    k = first - 1
    while k > lo and first - k <= 4 and (tokens[k].quote >= 0 or (tokens[k].is_word and tokens[k].text.islower())):
        if tokens[k].lower.endswith("ing") and tokens[k - 1].text == ",":
            return k
        k -= 1
    return -1


def _person_before_modifiers(tokens: list, lo: int, first: int):
    """``Jennifer Daskal of American University and contributor to Slate wrote``: the person described.

    When the noun phrase just before a reporting verb is the object of a
    preposition (``to Slate``), and the clause opens with a person's name followed by ``of``,
    ``from`` or ``at`` and nothing but names, roles and small linking words
    up to that phrase, the person is the subject. Returns a token range or ``None``.
    """
    k = first - 1
    while k >= lo and tokens[k].quote < 0 and (tokens[k].is_cap or tokens[k].lower in _MODIFIER_LINKS or role_like(tokens[k]) or _modifier_word(tokens[k])
                                               or _in_a_statement(tokens, k)):
        k -= 1
    start = k + 1
    if k >= lo and tokens[k].text != "," and tokens[k].quote < 0:  # (the clause opens after a comma or a quotation)
        return None
    end = start
    while end < first and (tokens[end].is_cap or (end > start and initial_stop(tokens[end - 1], tokens[end]))):
        end += 1
    unnamed = end == start or len(person_name([t.text for t in tokens[start:end]])) < 2  # ("Nigerian envoy to the AU")
    if unnamed and k > lo and tokens[k].text == ",":  # "Pat McQuaid, president of Union Cycliste Internationale told"
        named = _phrase_before(tokens, k - 1, lo)
        return named if named[0] >= 0 and len(person_name([t.text for t in tokens[named[0] : named[1]]])) >= 2 else None
    if end == start or end >= first or not (tokens[end].lower in _PLACE_LINKS_AT or _in_a_statement(tokens, end)):
        return None
    return (start, end) if person_name([t.text for t in tokens[start:end]]) else None


def _name_before_stray_comma(tokens: list, start: int, comma: int):
    """``"...," Republican Representative Ann Roe, told VOA``: a person's name, perhaps after a title, is the whole
    clause before a comma that stands just before the verb. The token range of the phrase, else ``None``."""
    first, last = _phrase_before(tokens, comma - 1, start)
    words = [t.text for t in tokens[first:last]]
    return (first, last) if first == start and last == comma and len(person_name(words)) >= 2 else None


def _subject_before_comma(tokens: list, comma: int, lo: int, cue: int, hi: int) -> tuple:
    """``Cherry, who led the petition, said``, ``Eva Stone, 45, from Leeds, said``: the subject stands before the asides.

    Of the comma-separated parts before the verb, the first that is a person's
    name wins: the clause's opening noun phrase, or an aside that is only a
    name (``Khan's lawyer, Sam Lee, said``). An opening phrase that ends in
    a title (``The Senate Minority Leader, Chuck Schumer, said``) gives way to
    a name set beside it.
    """
    commas, k = [comma], comma - 1
    # (over a title in quotation marks inside an aside: 'Pence, in his "State of the State" speech, said')
    while k >= lo and (tokens[k].quote < 0 or quoted_title(tokens[k], 6)) and (tokens[k].text not in {".", ":", ";"} or _stop_of_abbreviation(tokens, k, lo)):
        if tokens[k].text == ",":
            commas.append(k)
        k -= 1
    if len(commas) == 1:
        # A clause ends at the comma: '"...," said X' or 'In response, X said'.
        inverted = comma == cue - 1 and not tokens[cue].lower.endswith("ing") and (comma - 1 <= k or tokens[comma - 1].quote >= 0)
        if inverted:
            return subject_after(tokens, cue + 1, hi)
        # (but 'Jeff Buchanan of Exodus International, said': a stray comma after the subject)
        return _name_then_link(tokens, k + 1, comma) or _name_before_stray_comma(tokens, k + 1, comma) or (-1, -1)
    bounds = [k] + sorted(commas)
    for n in range(len(bounds) - 2, 0, -1):  # "..., while Bambang Widaryatmo, head of the police, promised": the last clause's
        if tokens[bounds[n] + 1].lower in _CLAUSE_OPENERS:
            bounds = [bounds[n] + 1] + bounds[n + 1 :]
            break
    author = _author_in_aside(tokens, bounds)
    if author is not None:
        return author
    titled = None  # an opening phrase that may be a title rather than a name ("Minority Leader")
    for n, (before, after) in enumerate(zip(bounds, bounds[1:])):
        first, last = _phrase_before(tokens, after - 1, before + 1)
        if first < 0:
            continue
        words = [t.text for t in tokens[first:last]]
        opening = _name_then_link(tokens, before + 1, after) if n == 0 else None
        if opening:
            return opening  # "Kathy Vivas of the Centro de Investigaciones in Venezuela, the author of ..., commented"
        if n == 0 and first != before + 1 and not _described_before(tokens, before + 1, first):
            continue  # "Speaking in Geneva, ...": not the subject (but "Keen gardener Bernard Lacey, 74, of Abingdon, said")
        if n > 0 and words[0].lower() in DETERMINERS and first == before + 1:
            named = first + 1  # "Her nephew, the fiddler Calum Morrison, said": the name after the job word
            while named < last and not tokens[named].is_cap and (role_like(tokens[named]) or _job_word(tokens[named])):
                named += 1
            if first + 1 < named < last and all(t.is_cap for t in tokens[named:last]) and person_name([t.text for t in tokens[named:last]]):
                return (named, last)
        named = _name_after_jobs(tokens, before + 1, after) if n > 0 else None
        if named:  # "One of the study's authors, herpetologist David Blackburn, told"
            return named
        if n > 0 and (words[0].lower() in _ASIDE_OPENERS or first != before + 1):
            continue
        named_of = n > 0 and tokens[first].is_cap and tokens[first + 1 : last] and tokens[first + 1].is_cap and person_name(words)
        if n > 0 and not named_of and not all(t.is_cap or t.lower in NAME_PARTICLES or t.text == "." for t in tokens[first:last]):
            continue  # (but 'Calling it "an apology", Anna Nowak of "Have no fear", ... told' names her)
        if n == 0 and person_name(words) and is_title(words[-1]):
            titled = (first, last)
        elif person_name(words):
            return (first, last)
        elif n == 1 and org_name(words) and tokens[first].is_cap and _description_only(tokens[bounds[0] + 1 : bounds[1]]):
            return (first, last)  # "The applicant, Moorfield Leisure Ltd, said": the body set beside a description
    if titled is not None:
        return titled
    return _phrase_before(tokens, commas[-1] - 1 if len(commas) == 2 else sorted(commas)[-2] - 1, lo)


def _description_only(part: list) -> bool:
    """Is ``part`` a description in lower-case words after ``the`` or ``his`` (``The applicant``, ``His employer``)?"""
    opener = bool(part) and (part[0].lower in DETERMINERS or part[0].lower in _OWNER_PRONOUNS)
    words = part[1:]
    plain = all(t.is_word and t.text.islower() and t.lower not in _PREPOSITIONS for t in words)
    return opener and 1 <= len(words) <= 3 and plain  # not "A spokesman for the firm, Acme Ltd," (the body's spokesman)


def _described_before(tokens: list, start: int, name: int) -> bool:
    """Are ``tokens[start:name]`` what a named person is, ``Keen gardener``, ``Proud grandmother``?

    A word for a person just before the name, and before it only adjectives, no verb in ``-ing`` and
    no preposition (``Speaking in Geneva`` is not a description).
    """
    if name - start > 4 or name <= start or not person_noun(tokens[name - 1].lower) or not tokens[name - 1].text.islower():
        return False
    return all(t.is_word and not t.lower.endswith("ing") and t.lower not in _NOT_DESCRIBING for t in tokens[start : name - 1])


def _before_dashed_aside(tokens: list, j: int, lo: int) -> int:
    """The last word before an aside set off by two dashes that ends at ``tokens[j]``, else ``j``.

    ``Hale – who has led the union since 2012 – told``: Hale. A name between the dashes is
    no aside (``One visitor — Matt Jenkins — told``; ``subject_of`` reads it).
    """
    if j <= lo or tokens[j].text not in _DASHES:
        return j
    opening = next((k for k in range(j - 1, lo - 1, -1) if tokens[k].text in _DASHES), -1)
    if opening <= lo:
        return j
    named = all(t.is_cap for t in tokens[opening + 1 : j])
    return j if named else opening - 1


def _before_when(tokens: list, j: int, lo: int) -> int:
    """Step left over a time just before a verb: ``on Saturday``, ``yesterday``, ``on Monday night``."""
    k = j
    if k >= lo and tokens[k].lower in _TIME_NOUNS:
        k -= 1  # "Monday night"
    if k >= lo and tokens[k].lower in DAY_WORDS and not _masthead_day(tokens, k):  # (not "the Mail on Sunday said")
        k -= 1
        return k - 1 if k >= lo and tokens[k].lower == "on" and tokens[k + 1].is_cap else k
    if j >= lo and tokens[j].lower in _ADVERBS_OF_TIME:
        return j - 1
    return j


def _before_time_phrase(tokens: list, j: int, lo: int) -> int:
    """Step left over ``during ...`` or ``at the time`` between a subject and its verb (a few words at most)."""
    k = j
    while k > lo and j - k < 5 and tokens[k].quote < 0 and tokens[k].lower not in {"during", "at"}:
        if not (tokens[k].is_cap or _noun_after_determiner(tokens[k]) or tokens[k].lower in {"the", "a", "an"} or tokens[k].text.isdigit()):
            return j
        k -= 1
    if not (lo < k < j and tokens[k].lower in {"during", "at"}):
        return j
    if tokens[k].lower == "at" and any(t.is_cap for t in tokens[k + 1 : j + 1]):
        return j  # "A spokesperson at Buckingham Palace said": where the speaker works, not when
    if tokens[k].lower == "at" and _works_at(tokens, k, j + 1) == j + 1:
        return j  # "An official at the county council said": a body, not a time
    before = tokens[k - 1]
    person = role_like(before) or before.is_cap or (before.text.islower() and person_noun(singular(before.lower)))
    return k - 1 if person else j


def _name_then_link(tokens: list, lo: int, hi: int):
    """``Jeff Buchanan of Exodus International``: a person's name opening ``tokens[lo:hi]``, then of, from or at, else ``None``."""
    end = lo
    while end < hi and (tokens[end].is_cap or (end > lo and initial_stop(tokens[end - 1], tokens[end]))):
        end += 1
    if end == lo or end >= hi or tokens[end].lower not in _PLACE_LINKS_AT:
        return None
    return (lo, end) if len(person_name([t.text for t in tokens[lo:end]])) >= 2 else None


def _author_in_aside(tokens: list, bounds: list):
    """``the memo, written by network director Colin Ashdown-Pyke, says``: a document's author, else ``None``.

    ``bounds`` are the comma positions of the clause (the first is where it
    starts). When its opening phrase ends with a document word and the next
    part is ``written by X`` (or drafted, authored by: who wrote it, not who
    signed or issued it), X speaks.
    """
    if len(bounds) < 3 or tokens[bounds[1] - 1].lower not in DOCUMENTS:
        return None
    verb = bounds[1] + 1
    if verb + 2 >= bounds[2] or tokens[verb].lower not in _WRITING_VERBS or tokens[verb + 1].lower != "by":
        return None
    found = _phrase_after(tokens, verb + 2, bounds[2])
    return found if found[0] >= 0 else None


def _name_after_jobs(tokens: list, lo: int, hi: int):
    """``civil engineering professor Julian Marshall``: an aside that is job words, then a name.

    Returns the name's token range when ``tokens[lo:hi]`` is job and modifier
    words (``former Davis Cup player``, joined by ``and``), the last a
    lower-case job word, followed by a person's name of two words or more,
    else ``None``.
    """
    start = hi
    while start > lo and (tokens[start - 1].is_cap or (start - 2 >= lo and initial_stop(tokens[start - 2], tokens[start - 1]))):
        start -= 1
    if start == lo or start == hi or not _job_word(tokens[start - 1]):
        return None
    if not all(t.lower == "and" or t.is_cap or (t.is_word and t.text.islower() and t.lower not in _NOT_JOBS) for t in tokens[lo:start]):
        return None
    return (start, hi) if _named_person(tokens, start, hi) else None


def _roles_beside(tokens: list, first: int, last: int, lo: int, hi: int, titles: list) -> list:
    """The role words a name run ``tokens[first:last]`` is given: its titles, the words just before, an apposition after."""
    roles = [w.lower() for w in titles if is_title(w) or w.lower() in ROLE_WORDS]
    if first - 2 >= lo and tokens[first - 1].text == "." and is_title(tokens[first - 2].text):
        roles.append(tokens[first - 2].lower)  # "Gov. Ann Lee": the full stop ends the title, not the name
    k = first - 1
    if k > lo and tokens[k].text == ",":
        m = k - 1
        while m > lo and tokens[m].is_cap:
            m -= 1
        if m < k - 1 and m > lo and tokens[m].lower in _PREPOSITION_LINKS and role_like(tokens[m - 1]):
            k = m  # "the ambassador to Indonesia, Carolyn Whitfield"
    if k > lo and tokens[k].text == "," and role_like(tokens[k - 1]):
        k -= 1  # "the UN envoy, Sara Lind" (but not "a spokeswoman for Savanna Air": her role is not the airline's)
    while k >= lo and role_like(tokens[k]) and not tokens[k].is_cap:
        roles.append(tokens[k].lower)
        k -= 1
    if not roles and first - 1 > lo and tokens[first - 1].text == ",":
        # "The mayor of the Dutch city of Zwolle, Mirjam Hofstede-Bakker": the nearest role before an apposed name
        begin = first - 2
        while begin >= lo and first - begin <= 12 and tokens[begin].quote < 0 and tokens[begin].text not in {".", ";", ":"}:
            if tokens[begin].text in CUE_VERBS and not (begin > lo and tokens[begin - 1].lower in DETERMINERS):
                break  # (a reporting verb ends the search; "the state of Virginia" is a noun)
            begin -= 1
        for m in range(first - 2, begin, -1):
            inside = any(t.lower in _PREPOSITION_LINKS for t in tokens[begin + 1 : m])  # "Minister for Foreign Affairs": not "foreign"
            if role_like(tokens[m]) and (not tokens[m].is_cap or is_title(tokens[m].text)) and not inside:
                if m + 1 < first - 1 and tokens[m + 1].is_cap and not is_title(tokens[m + 1].text):
                    break  # "With her husband Mike, Carol Finch ...": the role of the name after it, not of hers
                roles.append(tokens[m].lower)
                break
    if last < hi and tokens[last].text == ",":  # "Sara Lind, the UN special rapporteur, ..."
        k = last + 1
        if k + 1 < hi and tokens[k].text.isdigit() and tokens[k + 1].text == ",":
            k += 2  # "Desislava Petkova, 22, a law student": past the age
        while k < hi and k - last <= 8 and tokens[k].quote < 0 and (tokens[k].text not in {",", ".", ";", ":", "("} or initial_stop(tokens[k - 1], tokens[k])):
            if tokens[k].lower in {"who", "whose", "which", "and", "but", "his", "her", "their"} or tokens[k].text in CUE_VERBS:
                break  # (and "Bridget Cullen, 92, met her husband": his or her role is someone else's)
            if (role_like(tokens[k]) and not tokens[k].is_cap) or tokens[k].text in _ROLE_LETTERS:
                roles.append(tokens[k].lower)  # ("Ann Roe, MP for Hythe,": a member, whose letters are capitals)
            k += 1
    reported = first > lo and (tokens[first - 1].lower in CUE_VERBS or tokens[first - 1].lower == "that")
    if last + 2 < hi and tokens[last].lower in {"is", "was"} and tokens[last + 1].lower in {"the", "a", "an"} and not reported:
        role = tokens[last + 2]  # "Tom Hale was the landlord of the Red Lion": a role given by "is" (not "the first victim")
        after = tokens[last + 3] if last + 3 < hi else None
        if role_like(role) and role.text.islower() and (after is None or not after.is_word or after.lower in _LINK_WORDS):
            roles.append(role.lower)
    return [role for role in roles if not _group_word(role)]  # ("Anya Jenkins, the producers ...": not her role)


def _number_opening(tokens: list, k: int, hi: int) -> bool:
    """Does ``tokens[k]`` open a number, ``More than 1,200 migrants``, ``Fewer than half``, rather than a name?"""
    return k + 1 < hi and tokens[k].lower in {"more", "less", "fewer"} and tokens[k + 1].lower == "than"


def _fronted_description(tokens: list, lo: int, hi: int):
    """``A fan of the show since it began, Kate Rowe queued``: the name after the description a sentence opens with.

    Only a description that opens with ``a`` or ``an`` and a word for a person, then a comma,
    then a full name with a lower-case verb after it. Returns the name's token range or ``None``.
    """
    if lo + 2 >= hi or tokens[lo].lower not in {"a", "an"}:
        return None
    if not any(t.text.islower() and (role_like(t) or person_noun(t.lower)) for t in tokens[lo + 1 : lo + 3]):
        return None
    comma = next((k for k in range(lo + 2, min(hi, lo + 14)) if tokens[k].text == "," or tokens[k].quote >= 0), -1)
    if comma < 0 or tokens[comma].text != ",":
        return None
    end = comma + 1
    while end < hi and tokens[end].is_cap:
        end += 1
    named = len(person_name([t.text for t in tokens[comma + 1 : end]])) >= 2
    return (comma + 1, end) if named and end < hi and tokens[end].is_word and tokens[end].text.islower() else None


def _quantified_group(tokens: list, lo: int, hi: int) -> int:
    """How many words of ``Several residents`` or ``Many of the fans`` come before the group's word, else 0."""
    k = lo + 1
    if k + 1 < hi and tokens[k].lower == "of":
        k += 1 + (tokens[k + 1].lower in _DEFINITE)  # "Many of the residents", "Most of their supporters", "Thousands of fans"
    elif tokens[lo].lower in _COUNT_WORDS:
        return 0  # ("Two survivors said": two people, not a group "one" belongs to; but "Two of the survivors")
    if k + 1 < hi and (tokens[k].is_cap or _trade_word(tokens[k])) and people_plural(tokens[k + 1].lower):
        return k - lo  # "Many Celtic fans", "Dozens of taxi drivers": the group with where they are from or what they do
    return k - lo if k < hi and people_plural(tokens[k].lower) else 0


def _trade_word(token: Token) -> bool:
    """A lower-case word for what a group of people do (``taxi`` drivers), not a body they work for (``prison`` staff)."""
    return _noun_after_determiner(token) and token.lower not in ORG_WORDS | KIND_NOUNS


def people_plural(lower: str) -> bool:
    """A word for a group of people: ``fans``, ``police``, or a plural of a word for a person (``farmers``, ``shopkeepers``)."""
    return _group_word(lower) or (lower.endswith("s") and not lower.endswith("ss") and person_noun(lower[:-1]))


def _group_word(lower: str) -> bool:
    """Does a role word name a group (``producers``, ``police``), not one person?"""
    plural_role = lower in ROLE_WORDS and not lower.endswith(("ss", "us"))  # "fans" (not "witness")
    return lower in PLURAL_WORDS or (lower.endswith("s") and (lower[:-1] in ROLE_WORDS or plural_role))


_DEFINITE = word_set("the his her their")
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
ASKING_VERBS = word_set("asked questioned queried pressed interviewed")
_OPENING_CUES = word_set("says said adds added writes wrote explains explained notes noted recalls recalled continues continued")
_OPENING_CONNECTIVES = CLAUSE_CONNECTIVES | word_set("meanwhile still instead")
# Words for a place, before "of" and its name: "the town of El Wak", "the village of Kanda".
_PLACE_NOUNS = word_set("town village city district province region county island municipality suburb")
_PLACE_LINKS = word_set("of from in near")
_NAME_GIVING = word_set("who identified")  # "who gave his name only as", "identified only as"
_CLAUSE_STOPS = CUE_VERBS | word_set("whose which that")
# Verbs that retell someone else's words: 'characterized Obama's comment, "..."'.
_RETELLING_VERBS = word_set("characterized characterised described quoted repeated paraphrased summarized summarised")
_QUANTIFIERS = word_set("many some most several other few multiple")
_AMOUNT_NOUNS = word_set("handful number couple")  # "a handful of protesters"
# Small words that link the parts of a noun phrase; never a job.
_LINK_WORDS = word_set("of from at to for with in on by and or")
_COUNT_WORDS = word_set("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety dozen hundred")
_OWNER_PRONOUNS = {"his": "m", "her": "f", "their": "plural", "its": "thing"}
_NAMED_TEXTS = word_set("act code constitution treaty convention charter bill law directive regulation")
_TEXT_PARTS = word_set("section article rule clause part chapter paragraph subsection title")
_TIME_NOUNS = word_set("morning afternoon evening night")
_ADVERBS_OF_TIME = word_set("yesterday today tonight earlier later also")


def _person_named_near(article: Article, words: list, position: int):
    """The latest person named before ``position`` with one of ``words`` (or a word sharing its stem) beside the name, else ``None``.

    Beside means just after the name, or before it in the words that describe
    it (``Danish midfielder Rasmus Holm``).
    """
    for m in people_before(article, position):
        start, end = named_span(m)
        near = _words_in(article.text[max(0, start - _DESCRIBED_BEFORE) : end + _BESIDE])
        if any(_has_words(near, [word]) for word in words):
            return m.speaker
    return None


def _epithet(words: list) -> bool:
    """Is this ``the`` and a word for someone already named: ``the 54-year-old``, ``the teenager``?

    A news story calls a person it has named by a new description (``the
    teenager``, ``the veteran``), never with a word that usually brings in a
    new voice (``the spokesman``, ``the witness``: ``ROLE_WORDS``), a name or an
    organisation. So a short lower-case description whose last word is none
    of those, and not a plural, means the person named last.

    Examples
    --------
    >>> _epithet(["the", "54-year-old"]), _epithet(["the", "mother-of-two"]), _epithet(["the", "Welshman"]), _epithet(["the", "Scot"])
    (True, True, True, True)
    >>> _epithet(["the", "witness"]), _epithet(["the", "Guardian"]), _epithet(["the", "British", "competitor"])
    (False, False, True)
    """
    words = _joined_ages(words)  # "the 33 year-old American"
    lowered = [w.lower() for w in words]
    aged = len(words) == 4 and AGE_WORD.fullmatch(lowered[1]) and words[3].islower()  # "the 38-year-old Italian engineer"
    sporting = lowered[-1] in _SPORT_EPITHETS and all(w[:1].isupper() or w.lower() in {"former", "ex"} for w in words[1:-1])
    sporting = sporting and (len(words) >= 3 or lowered[-1] in {"international", "champion"})  # ("the striker": a role, read so)
    if sporting and 2 <= len(words) <= 4 and lowered[0] == "the":
        return True  # "the England international", "the former Gillingham striker": sport copy's word for its subject
    if not (2 <= len(words) <= 3 or aged) or lowered[0] != "the":
        return False
    head = lowered[-1]
    if AGE_WORD.fullmatch(head) or (len(words) >= 3 and AGE_WORD.fullmatch(lowered[1])):
        return True  # "the 54-year-old", "the 26-year-old Kenyan"
    nationality = nationality_shaped(words[1]) and len(head) >= 5 and head not in ORG_WORDS  # "the Brazilian" (not "the Guardian")
    from_somewhere = head.endswith("man") or nationality or head in DEMONYM_NOUNS
    if len(words) == 2 and words[1][:1].isupper() and from_somewhere and head not in _NOT_EPITHETS:
        return True  # "the Welshman", "the Frenchman", "the Brazilian", "the Scot"
    demonym = len(words) == 3 and nationality_shaped(words[1])
    if any(w[:1].isupper() for w in words[1:]) and not demonym:  # (but "the British competitor": see ``_person_named_near``)
        return False
    person_like = person_shaped(head) or head in EPITHET_NOUNS or "-of-" in head  # not "the app", "the plan"
    return bool(person_like) and head.replace("-", "").isalpha() and head not in _NOT_EPITHETS and head == singular(head)


# What sport copy calls a player or a winner it has named, with a team or a country before it: "the England
# international", "the former Gillingham striker", "the champion".
_SPORT_EPITHETS = word_set("international champion striker midfielder defender goalkeeper winger forward")


def _former_holder(article: Article, role: str, position: int):
    """The person the article named right after ``former <role>`` or ``ex-<role>`` before ``position``, else ``None``."""
    word = rf"(?:[A-Z][\w'-]+|{'|'.join(sorted(NAME_PARTICLES))})"  # "Marcos Aparecido dos Santos"
    named = re.findall(rf"\b(?:[Ff]ormer|[Ee]x-)\s*{re.escape(role)}\s+({word}(?:\s+{word})+)", article.text[:position])
    name = person_name(named[-1].split()) if named else []
    return Speaker(name=fullest_name(article, name, position), person=True) if len(name) >= 2 else None


def _person_called(article: Article, calling: str, position: int):
    """The latest person named before ``position`` with ``calling`` among the words beside their name
    (``Billionaire Elon Musk``, ``Elon Musk, the billionaire,``), else ``None``."""
    for m in reversed(article.history):
        if m.at >= position or not m.speaker.person:
            continue
        own = _own_words(article.text, m.at)
        if m.speaker.name.split()[-1].lower() in own and calling in own | set(article.text[max(0, m.at - 30) : m.at].lower().split()[-2:]):
            return m.speaker
    return None


def _known_by_office(words: list) -> bool:
    """Is this ``the``, perhaps one describing word, and an office or calling: ``the Republican congressman``?

    A story calls a person it has named by what they are (``the Wooster
    professor``, ``the folk artist``) when no one else was given that
    word; unlike ``the spokesman`` or ``the witness``, such a word does not
    bring in a new voice. (A word the article did give someone is read by
    ``_role_holder`` first.)
    """
    lowered = [w.lower() for w in words]
    # ("the new Secretary General made clear ...": an office the person just named was given)
    new_office = 3 <= len(words) <= 4 and lowered[:2] == ["the", "new"] and is_title(words[-1]) and words[-1][:1].isupper()
    return (2 <= len(words) <= 3 and lowered[0] == "the" and lowered[-1] in OFFICE_CALLINGS) or new_office


def _person_of_age(article: Article, age: str, position: int):
    """The latest person named in full before ``position`` with ``age`` beside the name, else ``None``.

    ``Ryan Cole, 35,``, ``Ryan Cole (35)``, ``Ryan Cole, aged 35,``,
    ``35-year-old Ryan Cole`` and ``35-year-old driver Ryan Cole`` (one word
    between) all give his age.

    Examples
    --------
    >>> from samestory.quotes import extract_quotes
    >>> text = 'Ryan Cole, 35, and Ann Roe, 61, were hurt. "I was lucky," the 35-year-old said.'
    >>> extract_quotes(text)["speaker"].tolist()
    ['Ryan Cole']
    """
    after = re.compile(rf"(?:,\s*(?:aged\s+)?|\s*\(\s*){age}\b")
    before = re.compile(rf"\b{age}[- ]year-old\s+(?:\w+\s+)?$")
    for m in people_before(article, position):
        speaker = m.speaker
        if speaker.mention_start < 0:
            continue
        start, end = speaker.mention_start, speaker.mention_end
        if after.match(article.text, end) or before.search(article.text[max(0, start - 30) : start]):
            return speaker
    return None


def _joined_ages(words: list) -> list:
    """``["the", "33", "year-old"]`` -> ``["the", "33-year-old"]``: an age written with a space."""
    joined = []
    for word in words:
        if joined and joined[-1].isdigit() and word.lower() in {"year-old", "years-old"}:
            joined[-1] = f"{joined[-1]}-{word}"
        else:
            joined.append(word)
    return joined


def _role_holder(article: Article, words: list, position: int, *, mentioned: int = -1) -> str:
    """``the envoy`` -> the person the article last gave that role before ``position``, else ``""``.

    ``mentioned`` is where the description stands in the text, when it is known.
    """
    lowered = [w.lower() for w in words]
    if lowered == [words[0]] and lowered[0] in article.roles and lowered[0] not in PLURAL_WORDS and not _group_word(lowered[0]):
        words, lowered = ["the"] + words, ["the"] + lowered  # "..., counsel said": the counsel named before, as court copy writes it
    if lowered[-1] in _SHORT_ROLES and lowered[-1] not in article.roles:
        # "The Prime Minister, Keir Starmer, ... the PM said": the minister whose own title says "prime"
        role, *given = reversed(_SHORT_ROLES[lowered[-1]])
        holders = [(at, name) for at, name in article.roles.get(role, []) if at < position and _has_words(_own_words(article.text, at), given)]
        return max(holders)[1] if holders and lowered[0] == "the" else ""
    of = lowered.index("of") if "of" in lowered[2:-1] else 0
    if of and lowered[of - 1] in article.roles and all(w[:1].isupper() for w in words[of + 1 :]):
        # "the transport minister of Israel": the role, with the place it is of as one more word said of the holder
        words = words[:1] + words[of + 1 :] + words[1:of]
        lowered = [w.lower() for w in words]
    head = lowered[-1]
    if head == "official" and head not in article.roles and len(words) >= 3 and lowered[0] == "the":
        return _official_described(article, lowered, position)  # "the railway official": the railway superintendent
    if head in _TOP_WORDS and head not in article.roles and len(words) >= 3 and lowered[0] == "the":
        return _top_holder(article, words, position)  # "German Chancellor Angela Merkel ... the German leader"
    titled = len(words) >= 3 and is_title(words[-2])  # "the chief executive" is a person, "the Executive" a body
    if len(words) < 2 or lowered[0] not in _DEFINITE or head not in article.roles or (head in _ORG_OR_DOCUMENT and not titled):
        return ""
    if head in PLURAL_WORDS:
        return ""  # "the family of Ramón Hart ... the Hart family said": a group, not a role one person holds
    if any(w.endswith(("'s", "’s")) for w in lowered):
        return ""  # "the minister's spokesman" is someone else
    if (org_name(words) and not is_title(words[-1]) and words[-1] not in _ROLE_LETTERS) or (lowered[0] != "the" and head not in FAMILY_WORDS):  # (not "the MP", "the KC")
        return ""  # "the Ministry of Justice" is a name, not a role; "his mother", not "his lawyer"
    # "the local health minister" is not "Civil Aviation Minister Hardeep Singh Puri": what it adds must be said of them
    wanted = _words_added(lowered)
    # (what the description itself says is no evidence: "the mayor of Bradford said" after "the mayor of Leeds")
    text = article.text[:mentioned] if mentioned >= 0 else article.text
    holders = [(at, name) for at, name in article.roles[head] if at < position and _said_near(text, at, wanted)]
    close = [(at, name) for at, name in holders if _said_near(text, at, wanted, reach=_DESCRIBED_BEFORE)]
    holders = close if wanted and close else holders  # "Celtic manager Brendan Rodgers ... Rangers manager Philippe Clement"
    own = [(at, name) for at, name in holders if _has_words(_own_words(article.text, at), wanted)]
    holders = own if wanted and own else holders  # "Labour MP Tom Hale and Conservative MP Ann Roe ... the Labour MP": his own title says so
    if head == "officer":  # (a police rank's holder, see _SAME_ROLE: plain "the officer", not "the new officer")
        ranked = [(at, name) for at, name in holders if _POLICE_RANK.match(article.text, at)]
        kept = [(at, name) for at, name in ranked if len(words) == 2 and _officer_still_meant(article.text, at, position)]
        holders = [pair for pair in holders if pair not in ranked] + kept
    # (of two readings of one description, the fuller: "A college student in Beijing said", not "A college student")
    return max(holders, key=lambda pair: (pair[0], len(pair[1])))[1] if holders else ""


# Words for whoever leads a country or a body ("the German leader", "the UN chief", "the Iraqi premier"), and the
# titles of those leaders: a prime minister is one only with "prime" said of them.
# A lawmaker or legislator is a member of a parliament, whatever the title the story gave them.
_LAWMAKERS = word_set("lawmaker legislator parliamentarian")
_MEMBER_ROLES = word_set("mp mep msp td senator congressman congresswoman representative assemblyman assemblywoman deputy")
_TOP_WORDS = word_set("leader chief premier diplomat")
_TOP_TITLES = word_set("president chancellor premier minister secretary-general king queen emir sultan")


def _top_holder(article: Article, words: list, position: int) -> str:
    """``the German leader``, when no one was called a leader: the president, chancellor, prime minister ... the
    article named before ``position`` whose own title or aside has the description's words (``German Chancellor
    Angela Merkel``), else ``""``. Only for words written with a capital (a country's or a body's: not ``the army
    chief`` or ``the opposition leader``, someone else's post); a premier is a prime minister or a premier."""
    words = [w for w in words if w.lower() != "top" and w != "."]  # ("the top U.S. diplomat")
    added = words[1:-1]
    head = words[-1].lower()
    if not all(w[:1].isupper() for w in added) or not (added or head == "diplomat"):
        return ""
    wanted = _words_added([w.lower() for w in words])
    titles = {"minister", "premier"} if head == "premier" else {"secretary", "minister"} if head == "diplomat" else _TOP_TITLES
    holders = [
        (at, name)
        for title in sorted(titles & article.roles.keys())
        for at, name in article.roles[title]
        if at < position and _has_words(_own_words(article.text, at), wanted + (["prime"] if title == "minister" and head != "diplomat" else []))
    ]
    if head == "diplomat":  # a foreign minister or secretary, or a secretary of state
        holders = [(at, name) for at, name in holders if _own_words(article.text, at) & {"foreign", "state"}]
    return max(holders)[1] if holders else ""


def _own_words(text: str, at: int) -> set:
    """The words a person named at ``at`` is given: the run of capitalised words their name ends (``German Chancellor
    Angela Merkel``, ``UN Secretary-General Antonio Guterres``) and an aside set off by commas right after it
    (``Angela Merkel, the German chancellor,``); not the rest of the sentence (``... met French President ...``)."""
    run = _CAPITALISED_RUN.match(text, at)
    end = run.end() if run else at
    aside = text[end + 1 : text.find(",", end + 1)] if text[end : end + 1] == "," and text.find(",", end + 1) > 0 else ""
    before = ""
    if text[max(0, at - 2) : at] == ", ":  # "The Prime Minister, Keir Starmer,": the words apposed before the name
        before = re.split(r"[,.;:!?\n]", text[max(0, at - _DESCRIBED_AFTER) : at - 2])[-1]
    return _words_in(text[at:end]) | _words_in(aside) | _words_in(before)


# Capitalised words with the small words inside a title: "Secretary of State Antony Blinken" (not "and": "Brendan
# Rodgers and Rangers manager ..." is two people).
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|the)\s+)?[A-Z][\w.'’-]*)*")


def _official_described(article: Article, lowered: list, position: int) -> str:
    """``the railway official``, when no one was called an official: the person given another role with the same
    words in the aside after the name (``Imran Hayat, the divisional railway superintendent``; not ``Imran Hayat, the
    police chief, visited the railway station``), the latest before ``position``, else ``""``."""
    wanted = _words_added(lowered)
    holders = {(at, name) for pairs in article.roles.values() for at, name in pairs}
    described = [pair for pair in holders if pair[0] < position and _has_words(_words_in(_aside_after(article.text, pair[0])), wanted)]
    return max(described)[1] if wanted and described else ""


# Letters after a name that say what the person is, which a later "the MP" or "the KC" means.
_ROLE_LETTERS = SEAT_LETTERS | {"KC", "QC", "SC"}
# Roles written short after "the": "the PM said".
_SHORT_ROLES = {"pm": ["prime", "minister"]}


def _words_added(lowered: list) -> list:
    """The words a description adds between its article and its noun, as ``_words_in`` reads them, less the
    adjectives that pass (``the U.S. ambassador`` -> ``['u', 's']``, the letters of ``U.S.`` as in the text)."""
    return sorted(_words_in(" ".join(lowered[1:-1])) - _PASSING_ADJECTIVES)


def _aside_after(text: str, at: int) -> str:
    """The words that describe the person named at ``at``: ``Imran Hayat, the divisional railway superintendent in
    Quetta, told`` -> up to the second comma (or the sentence's end), at most ``_DESCRIBED_AFTER`` characters on."""
    part = re.split(r"[.;:!?\n]", text[at : at + _DESCRIBED_AFTER], maxsplit=1)[0]
    return ",".join(part.split(",")[:2])


def _officer_still_meant(text: str, at: int, position: int) -> bool:
    """May ``the officer`` at ``position`` still mean the person given a police rank at ``at``?

    Only in the same or the next paragraph, when no other officer is brought in between (``Another officer
    who was there``, ``A custody sergeant``, ``The officer in the case``) and the rank is not a part someone
    plays (``plays Detective Jack Frost``).
    """
    between = text[at:position]
    played = re.search(r"\b(?:plays?|played|playing|starring|starred|as)\s+$", text[max(0, at - 12) : at])
    return not (_paragraph_between(between) or _OTHER_OFFICER.search(between) or played)


_POLICE_RANK = re.compile(r"(?:Detective |Det |Police )?(?:" + "|".join(_POLICE_RANKS) + r")\b")
# An officer other than the one named before: "Another officer", "a custody sergeant", "the officer in the case".
_OTHER_OFFICER = re.compile(
    r"\b(?:an?|another|one|second|other|serving|uniformed)\b(?:\s+[\w-]+){0,3}?\s+(?:officer|officers|sergeant|constable|detective|colleague)\b"
    r"|\bofficer in the case\b",
    re.IGNORECASE,
)


def _said_near(text: str, at: int, words: list, *, reach: int = 0) -> bool:
    """Do all ``words`` stand within ``reach`` characters (a sentence's, unless told) of ``at`` (a name given a role),
    in its paragraph?"""
    line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    if line_end < 0:
        line_end = len(text)
    reach = reach or _ROLE_REACH
    return _has_words(_words_in(text[max(line_start, at - reach) : min(line_end, at + reach)]), words)


def _words_in(text: str) -> set:
    """The lower-case words of a stretch of text."""
    return set(re.findall(r"[\w-]+", text.lower()))


def _has_words(near: set, words: list) -> bool:
    """Are all ``words`` among ``near``? A longer word counts by its first four
    letters, so ``Pakistani`` is found by ``Pakistan's`` and ``Turkish`` by ``Turkey``."""
    stems = {word[:4] for word in near if len(word) >= 5}
    return all(word in near or (len(word) >= 5 and word[:4] in stems) for word in words)


def _describe(article: Article, words: list, position: int = -1) -> tuple:
    """Describe a speaker who is not named: ``(description, is_person)``."""
    words = _without_place_noun([w for w in join_initials(drop_brackets(words)) if w not in {".", ","}])
    if not any(ch.isalpha() for w in words for ch in w):
        return "", False  # "his January 2 remarks": a number is nobody
    lowered = [w.lower() for w in words]
    if len(words) >= 3 and lowered[:2] == ["one", "of"]:  # "One of the children": a child; "one of Hale's cousins"
        return _one_of(article, words[2:], position)
    if len(words) > 2 and lowered[1] == "of" and lowered[0] in {"part", "parts", "much"} | _QUANTIFIERS | _MANY_WORDS:
        return _describe(article, words[2:], position)  # "Part of the judge's statement reads", "Many of the children said"
    if len(words) > 1 and lowered[0] in _QUANTIFIERS | _MANY_WORDS and _group_word(lowered[-1]):
        return _describe(article, words[1:], position)  # "Many fans": fans (so that "one said" is a fan)
    # "a statement from the ministry": the source of the document.
    for i, word in enumerate(lowered[:-2]):
        sent = i + 2 < len(words) - 1 and lowered[i + 1] in _SENDING_VERBS  # "a tweet sent from ..."
        if word in DOCUMENTS and (lowered[i + 1 + sent] in _SOURCE_LINKS or lowered[i + 1] == "on"):
            return _describe(article, words[i + 2 + sent :], position)  # (or "a statement on the company's website")
        if word in DOCUMENTS and lowered[i + 1] == "to":
            return _describe(article, words[: i + 1], position)  # "a letter to parents": whoever wrote the letter
    for i, word in enumerate(lowered[:-1]):
        if not word.endswith(("'s", "’s")):
            continue
        owner = words[: i + 1]
        owner[-1] = strip_possessive(owner[-1])
        if lowered[-1] in _DOCUMENT_OR_ACCOUNT:  # the source of "the court's summary" is the court
            name = person_name(owner)
            if name:
                return fullest_name(article, name, position), True
            holder = _role_holder(article, owner, position)  # "the judge's statement": the judge the article named
            return (holder, True) if holder else _describe(article, owner, position)
        if lowered[-1] in SPEECH_NOUNS:  # "Boyle's specific comments were as follows:": Boyle's words
            owner_name = _name_of_owner(article, owner, position)
            if owner_name:
                return owner_name, True
        holder = _role_holder(article, ["the"] + words[i + 1 :], position)
        if holder:
            return holder, True  # "Magazine editor Richard Stengel ... said Time's editor"
        owner_name = _name_of_owner(article, owner, position)
        if owner_name:
            rest = " ".join(words[i + 1 :])
            head = lowered[-1]
            person = head in _PERSON_HEADS or head in TITLES
            if head in SPOKES_WORDS or (person and org_name(owner_name.split())):
                return f"{owner_name} {rest}", True  # "Facebook's spokesperson" -> "Facebook spokesperson", as for a hospital's chief executive
            return f"{owner_name}{word[len(owner[-1]) :]} {rest}", person  # "Chen Wei's office"
        break
    bare = [w for w in words if w.lower() not in DETERMINERS]
    if _posted_body_words(bare):
        return " ".join(bare), False  # "the UN office for Somalia": not "Somalia UN office"
    kind = bare[-1].lower() if bare else ""
    if kind in KIND_NOUNS and bare[-1].islower() and len(bare) >= 3 and all(w[:1].isupper() for w in bare[:-1]):
        return " ".join(bare[:-1]), False  # "the Washington Nationals team said": the team is the Washington Nationals
    if lowered[0] == "the" and len(lowered) == 2 and lowered[1] in _PAIR_WORDS:
        group = refer_back(article, "plural", position)  # "Mark and Lisa Dunn ... The couple said": the two named
        if group is not None and group.person and " and " in group.name:
            return group.name, True
    if lowered in (["the", "force"], ["police"], ["the", "police"]) and _named_before(article, "police", position):
        return _most_named(article, "police", position), False  # "Thames Valley Police ... the force said", "police said"
    # ("the news agency said", with no agency named: not whichever body was named last)
    modified = len(bare) > 1 and all(w.islower() for w in bare) and kind not in article.orgs
    linked_to = any(w.lower() in _LINK_WORDS for w in bare[:-1])  # ("the chair of the charity": its chair, not it)
    if lowered[0] == "the" and kind in KIND_NOUNS and all(w.islower() or "-" in w or w.isupper() for w in bare[:-1]) and not linked_to:
        # "the club said": the club the article called so ("Dutch club FC Zeewolde"), else the organisation it named last
        named = _body_called(article, kind, position)
        unlike = kind in {"charity", "club", "band"} and kind not in article.orgs  # (not "Westmeath County Council ... the charity said")
        fits = _called_so(named, kind, bare) if modified or unlike else True  # ("the campaign group": Hope Not Hate, not a council)
        # (or what the description adds is in the name: "Network Rail ... the rail operator said")
        fits = fits or (modified and bool(named) and _has_words(_words_in(named), [w.lower() for w in bare[:-1]]))
        if named and fits:
            return named, False
        if named and unlike and not modified:
            return kind, False  # "the charity said" when only a council is named: an unnamed charity
    linked = len(bare) > 2 and bare[0].lower() in _PERSON_HEADS and bare[1] in _ROLE_LINKS  # "researchers from X and Y"
    org = "" if linked else org_name(words)
    if org and " " not in org and org.lower() in article.orgs and lowered[0] == "the":
        return _most_named(article, org.lower(), position), False  # "the European Commission ... the Commission said"
    if org:  # "MOM said": the Ministry of Manpower, as the article spelt it out, in brackets or as a speaker before
        return article.acronyms.get(org) or _spelled_out_before(article, org, position) or org, False
    if len(bare) == 2 and lowered[0] in {"a", "an", "the"} and bare[0].lower() in KIND_NOUNS and bare[1].lower() in SPOKES_WORDS:
        named = _body_called(article, bare[0].lower(), position)
        if named:
            return f"{named} {bare[1].lower()}", True  # "Acme Foods ... a company spokesman said": an Acme Foods spokesman
    if len(bare) == 2 and lowered[0] in {"a", "an", "the"} and bare[0].lower() in KIND_NOUNS and bare[1].lower() in DOCUMENTS:
        named = _body_called(article, bare[0].lower(), position)
        recent = article.history[-2 * PRONOUN_REACH :]  # (the story so far, within a pronoun's reach)
        bodies = [m for m in recent if m.at < position and not m.speaker.person and " " in m.speaker.name]
        leading = {m.speaker.name for m in bodies if m.rank >= 1} or {m.speaker.name for m in bodies}
        if named and len(leading) == 1:
            return named, False  # "Hythe Town ... A club statement read": the club's (not when two clubs played)
    if len(words) == 2 and lowered[0] in _OWNER_PRONOUNS and lowered[-1] in ACCOUNT_WORDS:
        owner = refer_back(article, _OWNER_PRONOUNS[lowered[0]], position)  # "on its website": its owner's words
        if owner is not None and owner.name:
            return owner.name, owner.person
    named = [w for w in words[:-1] if w[:1].isupper() and w.lower() not in DETERMINERS]
    if lowered[-1] in DOCUMENTS and named and named == [w for w in words[:-1] if w.lower() not in DETERMINERS]:
        maker = person_name(named)  # "read an Astana Team statement", "a White House statement said": its maker's
        return (fullest_name(article, maker, position), True) if maker and len(maker) == len(named) else (" ".join(named), False)
    owners = [w for w in lowered[1:-1] if w in ORG_WORDS and _named_before(article, w, position)]
    if lowered[-1] in DOCUMENTS and owners and all(w.islower() for w in words[1:-1]):
        return _most_named(article, owners[-1], position), False  # "Dorset Council ... A council statement said"
    if lowered[-1] in DOCUMENTS and lowered[0] in _OWNER_PRONOUNS:
        owner = refer_back(article, _OWNER_PRONOUNS[lowered[0]], position)  # "Tesco ... Its statement read": Tesco's
        if owner is not None and owner.name and _sure_owner(article, owner, _OWNER_PRONOUNS[lowered[0]], position):
            return owner.name, owner.person
        return "", False
    if lowered[-1] in DOCUMENTS:  # "the report said": whose report, an earlier sentence says
        kind = DOCUMENT_KINDS.get(lowered[-1], lowered[-1])
        authors = [(at, author) for at, author in article.documents.get(kind, []) if at < position]
        if authors and lowered[0] in _DEFINITE_DETERMINERS:
            author = max(authors, key=lambda pair: pair[0])[1]
            return author.name, author.person
        courts = [word for word in ("court", "tribunal") if word in article.orgs]
        if kind == "ruling" and courts:  # "the ruling read": the court's (or the tribunal's)
            return _most_named(article, courts[0], position), False
        named = org_named_before(article, position) if lowered[0] in _DEFINITE_DETERMINERS and kind in {"statement", "report"} else ""
        if not named and lowered[0] in _DEFINITE_DETERMINERS and len(words) == 2:
            named = _document_named_before(article, words[-1], position)  # '... the "Downing Street Memo" ... The memo states'
        return named, False  # "The Interior Ministry confirmed ... The statement said": the body just spoken of
    if len(words) >= 2 and lowered[0] in _OWNER_PRONOUNS and lowered[-1] in _ROLE_OR_SPEECH:
        holder = _role_holder(article, ["the"] + words[1:], position) if lowered[-1] not in FAMILY_WORDS else ""
        if holder:
            return holder, True  # "his foreign minister, Gabriela Arbulú ... His minister was less sanguine"
        owner = refer_back(article, _OWNER_PRONOUNS[lowered[0]], position)  # "her lawyer": whose lawyer
        if owner is not None and owner.name and lowered[-1] in SPEECH_NOUNS:
            return owner.name, owner.person  # "His response was short:" are his words
        if owner is not None and owner.name and owner.person and words[1:] == [words[-1]] and lowered[-1] == "family":
            return f"{surname(owner.name.split())} family", True  # "His family issued a statement": the Steinbrenner family
        if owner is not None and owner.name:
            rest = " ".join(words[1:])
            return (f"{owner.name} {rest}" if lowered[-1] in SPOKES_WORDS else f"{owner.name}'s {rest}"), True
    indefinite = lowered[0] in {"a", "an", "one"}  # "said one supporter", "a voter told"
    some = lowered[0] in _QUANTIFIERS | _COUNT_WORDS or lowered[0].isdigit()  # "some baseball lovers", "two bystanders"
    the_people = lowered[0] == "the" and len(words) == 2 and _people_word(lowered[1])  # "the attackers said"
    definite = lowered[0] == "the"
    while len(words) > 1 and (lowered[0] in _DETERMINERS_OR_COUNTS or lowered[0].isdigit()):
        words, lowered = words[1:], lowered[1:]  # "the three students": students
    if not words or lowered[0] in DETERMINERS:
        return "", False
    # "spokesman for 10 Downing Street" -> "10 Downing Street spokesman".
    body_named = False  # a body named in lower-case words ("the county council") was put first
    for i, word in enumerate(lowered):
        person_before = i > 0 and (lowered[i - 1] in _PERSON_HEADS or _word_for_person(lowered[i - 1]))
        # whom a role acts for comes first: any role "for" or "of" a body, a staff word "at" or "from" one;
        # "the chairman of the board" may be the chairman the article named (see below)
        acts_for = i > 0 and (lowered[i - 1] in SPOKES_WORDS or (lowered[i - 1] in (ROLE_WORDS if word in CONNECTORS else _STAFF_WORDS)))
        linked = word in CONNECTORS or (word in {"from", "at"} and role_word(lowered[i - 1]))  # "an official from TfL", "a mum-of-two from Hythe"
        linked = linked or (word in {"at", "in"} and person_before)  # "a nurse at Kasese hospital", "a police officer in Bwera"
        # "a contributor to the Guardian", "a witness to the crash" (not "the US ambassador to the UN": kept as written)
        linked = linked or (word == "to" and person_before and not any(w[:1].isupper() for w in words[:i]))
        if linked and 0 < i < len(words) - 1:
            tail = words[i + 1 :]
            if all(w.lower() in _COUNT_WORDS | {"years"} or w.isdigit() for w in tail):
                words, lowered = words[:i], lowered[:i]  # "a man of 72", "a mother of two": an age or a count, no owner
                break  # (not "a spokesman for 10 Downing Street")
            while tail and (tail[0].lower() in DETERMINERS | _QUANTIFIERS or (tail[0] == "of" and len(tail) > 1)):
                tail = tail[1:]  # ("an attorney for several families", "a lawyer for some of the plaintiffs")
            if len(tail) > 2 and tail[1] == "of" and tail[0].islower() and (tail[0] in PLURAL_WORDS or _people_word(tail[0])):
                tail = tail[:1]  # "a spokesman for the family of a man killed in the crash": the family's spokesman
            named_at = next((k for k, w in enumerate(tail) if w[:1].isupper()), 0)
            if all(w.islower() and w not in CONNECTORS | {"and"} for w in tail[:named_at]):
                tail = tail[named_at:]  # "a spokesperson for the singer Leilani Kahananui", "... the mining company Rio Tinto"
            lower_case_tail = bool(tail) and tail[-1].islower() and lowered[i - 1] not in SPOKES_WORDS
            # (the holder must have been given the role with the body: "Jane Hill, chairman of the health board")
            # (a word for a kind of body, "the company", "the club", need not be: the body was named by its name)
            body_words = [w for w in tail if w not in KIND_NOUNS]
            holder = _role_holder(article, ["the"] + body_words + words[:i], position) if definite and acts_for and lower_case_tail else ""
            if holder:
                return holder, True  # "Jane Hill, chairman of the health board ... the chairman of the health board said"
            if tail == ["force"] and acts_for and _named_before(article, "police", position):
                tail = _most_named(article, "police", position).split()  # "a spokesman for the force": the police force named
            if tail == ["authority"] and "authority" not in article.orgs and acts_for and _named_before(article, "council", position):
                tail = _most_named(article, "council", position).split()  # "a spokesman for the authority": the council
            if len(tail) == 1 and tail[0] in article.orgs and acts_for:
                tail = _most_named(article, tail[0], position).split()  # "a spokesman for the union": the union the article names
            elif tail and lowered[i - 1] in SPOKES_WORDS and tail[-1].islower() and words[i + 1].lower() == "the":
                tail = _role_holder(article, ["the"] + tail, position).split() or tail  # "a spokesman for the president"
            if len(tail) >= 3 and tail[-1] in {"group", "campaign"} and all(w[:1].isupper() for w in tail[:-1]):
                tail = tail[:-1]  # "a spokesperson for the Keep Sandwich Green group" (not "the Premier League club")
            one_name = all(name_like(w) or w in CONNECTORS | {"the", "&"} for w in tail) or bool(org_name(tail))
            one_name = one_name or _posted_body_words(tail)  # "a spokesman for the US embassy in Ankara"
            led = len(tail) >= 3 and tail[0].isupper() and tail[0].isalpha() and all(name_like(w) or w == "and" for w in tail)
            one_name = one_name or led  # "a spokesperson for NHS Kent and Medway"
            if tail and name_like(tail[-1]) and one_name and tail[-1][:1].isalpha():  # (and "the Mining and Energy Workers Union"; not "a man of 72")
                owner_name = article.acronyms.get(" ".join(tail)) or known_org(article, tail) or _name_of_owner(article, tail, position) or " ".join(tail)
                words = owner_name.split() + [w.lower() if w.lower() in ROLE_WORDS else w for w in words[:i]]  # ("Researchers from X")
                lowered = [w.lower() for w in words]
            elif len(tail) == 1 and tail[0] in KIND_NOUNS and lowered[i - 1] in SPOKES_WORDS and org_named_before(article, position):
                words = org_named_before(article, position).split() + words[:i]  # "a spokeswoman for the company": the one just named
                lowered = [w.lower() for w in words]
            elif len(tail) == 1 and tail[0] in OFFICE_OR_ORG and acts_for:
                words = tail + [w.lower() if w.lower() in ROLE_WORDS else w for w in words[:i]]  # "a spokeswoman for the department": "department spokeswoman"
                lowered = [w.lower() for w in words]
            elif len(tail) == 1 and tail[0] in KIND_NOUNS and acts_for and lowered[i - 1] not in SPOKES_WORDS:
                words = tail + [w.lower() if w.lower() in ROLE_WORDS else w for w in words[:i]]  # "the owner of the shop": "shop owner"
                lowered = [w.lower() for w in words]
            elif 1 < len(tail) <= 3 and _lower_case_body(tail) and acts_for:
                # "a spokesman for the county council": "county council spokesman", or "Kent County Council spokesman"
                # (and "for the council's housing department": "council housing department spokesman")
                tail = [strip_possessive(w) for w in tail]
                named = _most_named(article, tail[-1], position) if tail[-1] in article.orgs else ""
                body = named.split() if set(tail) <= set(named.lower().split()) else tail  # (or "Arts Council of Wessex")
                words = body + [w.lower() if w.lower() in ROLE_WORDS else w for w in words[:i]]
                lowered = [w.lower() for w in words]
                body_named = True
            elif word != "for" and person_before and _event_or_place([strip_possessive(w) for w in tail]):
                # "a witness to the crash": a witness; "one witness of the Silea attack": "Silea attack witness"
                tail = [strip_possessive(w) for w in tail]  # ("the driver in April's crash": "April crash driver")
                named = [w for w in tail if w[:1].isupper()] or tail[-1] in _PLACE_NOUNS  # ("residents of the village")
                # (and one thing the person is of or to: "the owner of the dog", "a witness to the crash": "dog owner",
                # "crash witness", as the key writes whom or what someone belongs to first; not "a member of the public")
                # (a resident of somewhere only when it is a place noun, as above: "another resident of the close")
                owned = word in {"of", "to"} and len(tail) == 1 and tail[0].isalpha() and tail[0] not in _NOT_OWNERS  # (not "a man of 72")
                named = named or (owned and lowered[i - 1] not in BELONGING_WORDS)
                words = (tail if named else []) + [w.lower() if w.lower() in ROLE_WORDS else w for w in words[:i]]
                lowered = [w.lower() for w in words]
            elif word in {"at", "from", "in"} and person_before and _named_body_of_kind(tail):
                words = tail + [w.lower() if w.lower() in ROLE_WORDS else w for w in words[:i]]  # "a nurse at the Kent hospital"
                lowered = [w.lower() for w in words]
            elif len(tail) == 1 and (tail[0] in PLURAL_WORDS or _people_word(tail[0])) and lowered[i - 1] in _PERSON_HEADS and singular(lowered[i - 1]) not in DOCUMENTS:
                words = tail + [w.lower() if w.lower() in ROLE_WORDS else w for w in words[:i]]  # "a lawyer for the families": "families lawyer"
                lowered = [w.lower() for w in words]
            elif "and" in tail and any(w[:1].isupper() for w in tail):
                words = [w.lower() for w in words[:i]]  # "researchers from the GT and University of X": researchers
                lowered = words
            break
    if len(words) == 1 and lowered[0] in SPOKES_WORDS:
        named = org_named_before(article, position)  # "The London Underground responded. ... the spokesperson said"
        if named:  # (or "a spokeswoman said", the body's own)
            return f"{named} {words[0]}", True
    familiar = [k for k in range(1, len(lowered) - 2) if lowered[k : k + 2] in _FAMILIAR_PHRASES and lowered[k - 1] in ROLE_WORDS]
    head = lowered[familiar[0] - 1] if familiar else lowered[-1]  # "source familiar with the talks" is a source
    if head in TIME_WORDS:
        return "", False  # "... this week, claimed": not a speaker
    person = head in _PERSON_HEADS or head in TITLES or (indefinite and person_noun(head) and head not in _ORG_OR_DOCUMENT)
    person = person or (some and head != singular(head) and person_noun(singular(head)) and singular(head) not in _ORG_OR_DOCUMENT)
    person = person or the_people
    # "the court" -> the court the article names most ("Court of Session").
    if not person and len([w for w in words if w[:1].isupper()]) == 0 and head in article.orgs:
        return _most_named(article, head, position), False
    if head == "authority" and not any(w[:1].isupper() for w in words) and _named_before(article, "council", position):
        return _most_named(article, "council", position), False  # "Sheffield City Council ... the authority said"
    if not person and words == [head]:  # "the World Glacier Survey said ... the survey said": the name it ends
        ending = [  # (or opens with: "The Office of the Prosecutor General said ... the office said")
            m.speaker.name for m in article.history
            if m.at < position and (m.speaker.name.lower().endswith(" " + head) or m.speaker.name.lower().startswith(head + " of "))
        ]
        if ending:
            return ending[-1], False
    if person and definite and words == [head] and singular(head) == head:  # "The Tyler minister explained ... the minister replied"
        described = [m.speaker.name for m in article.history if m.at < position and m.speaker.name.endswith(" " + head)]
        if described and described[-1].split()[0].lower() not in _QUANTIFIERS | _COUNT_WORDS:
            return described[-1], True  # the one described so
    if not person and len(words) <= 3 and head in COMPANY_NOUNS and not any(w[:1].isupper() for w in words):
        companies = [name for at, name in article.companies if at < position]
        if companies:
            return companies[-1], False  # "the airline said": the company named last

    if not person and head not in ORG_WORDS and head not in PLURAL_WORDS and not any(w[:1].isupper() for w in words):
        return "", False  # "the leaflets said", "The words read": a thing, and no one named as its maker
    if person and len(words) >= 3 and all(w.islower() for w in words[:-1]) and words[-2] in article.orgs and not body_named:
        # "East Midlands Ambulance Service ... an ambulance service spokesman": the one body named so
        named = [name for name in article.orgs[words[-2]] if set(words[:-1]) <= set(name.lower().split())]
        if len(named) == 1:
            words = named[0].split() + words[-1:]
    if person and len(words) >= 2 and words[0].islower() and len(article.orgs.get(words[0], ())) == 1 and not body_named:
        words = _most_named(article, words[0], position).split() + words[1:]  # "a board official": the board the article names
    words = [w for w in words if w.lower() not in _UNNAMED_WORDS] or words  # "an unnamed senior CIA official"
    return " ".join(words), person


def _lower_case_body(words: list) -> bool:
    """Do ``words`` name a body in lower case: ``county council``, or a part of a body that owns it (``council's housing department``)?

    >>> _lower_case_body(["county", "council"]), _lower_case_body(["council's", "housing", "department"])
    (True, True)
    >>> _lower_case_body(["children's", "services"]), _lower_case_body(["Indian", "foreign", "ministry"])
    (False, True)
    """
    owner = strip_possessive(words[0]) if words[0] != strip_possessive(words[0]) else ""
    if owner and owner not in OFFICE_OR_ORG | KIND_NOUNS:
        return False  # ("director of children's services": the children are no body)
    plain = [owner or words[0]] + words[1:]
    if len(plain) >= 2 and not owner and nationality_shaped(plain[0]):
        plain = plain[1:]  # "the Libyan coast guard", "the Indian foreign ministry": a nationality, then the body
    return all(w.islower() and w.isalpha() for w in plain) and plain[-1] in OFFICE_OR_ORG | KIND_NOUNS


def _kind_after_linked_name(tokens: list, first: int, j: int, hi: int) -> bool:
    """Is the word for a kind of body at ``tokens[j]`` part of the name before it?

    After a link (``at``, ``from``, ``in``, ``of``), ``the`` and one to three capitalised words
    (``a teacher at the Hythe school``), or before a role (``Ada Initiative board member``);
    not before a document (``an AEW press release``: AEW's release).
    """
    k = _before_capitals(tokens, j, first + 1)
    if k == j - 1:
        return False
    linked = k - 1 > first and tokens[k].lower == "the" and tokens[k - 1].lower in {"at", "from", "in", "of"}
    return linked or (j + 1 < hi and role_like(tokens[j + 1]) and tokens[j + 1].text.islower())


def _named_body_of_kind(words: list) -> bool:
    """Are ``words`` a body's name, then the lower-case word for its kind: ``Kent hospital``, ``Royal Free hospital``?

    >>> _named_body_of_kind(["Kent", "hospital"]), _named_body_of_kind(["Hythe", "school"]), _named_body_of_kind(["school"])
    (True, True, False)
    """
    return 2 <= len(words) <= 4 and words[-1] in ORG_WORDS | KIND_NOUNS and all(name_like(w) for w in words[:-1])


# Nouns after "of" that make an idiom with the word for the person, not what they belong to: "a member of the public".
_NOT_OWNERS = word_set("public world moment time day night week month year match")  # ("the man of the match")


def _event_or_place(words: list) -> bool:
    """Are ``words`` (one to three) a thing, an event or a place ending in a lower-case noun, not people or a body?

    >>> _event_or_place(["crash"]), _event_or_place(["Silea", "attack"]), _event_or_place(["families"])
    (True, True, False)
    >>> _event_or_place(["Kasese", "district"])
    True
    """
    if not 1 <= len(words) <= 3 or not words[-1].isalpha() or not words[-1].islower():
        return False
    head = words[-1]
    people = head in ROLE_WORDS or person_noun(singular(head)) or _people_word(head) or head in PLURAL_WORDS
    thing = not people and head not in _ORG_OR_DOCUMENT | KIND_NOUNS
    return (thing or head in _PLACE_NOUNS) and all(w.isalpha() for w in words)  # ("district" is also a body's word)


def _place_noun_at(words: list, link: int) -> int:
    """Where the ``of`` before a place's name stands when ``words[link:]`` read ``of the nearby town of El Wak``, else -1.

    ``words[link]`` is a link word (``of``, ``from``, ``in``, ``near``); up to three lower-case
    words and a lower-case place noun follow, then ``of`` and a capitalised name
    (not ``of the District of Columbia``, a name of its own).

    >>> _place_noun_at("a resident of the nearby town of El Wak".split(), 2)
    6
    """
    k = link + 1
    while k < len(words) and k - link <= 3 and words[k].islower() and words[k] not in _PLACE_NOUNS and words[k] not in _PLACE_LINKS:
        k += 1  # "the", "nearby"
    named = k + 2 < len(words) and words[k] in _PLACE_NOUNS and words[k + 1] == "of" and words[k + 2][:1].isupper()
    return k + 1 if named and words[link].lower() in _PLACE_LINKS else -1


def _past_place_noun(tokens: list, j: int, hi: int) -> int:
    """The ``of`` before the place's name when ``tokens[j:]`` read ``of the nearby town of El Wak``, else ``j``."""
    of = _place_noun_at([t.text for t in tokens[j : min(hi, j + 8)]], 0)
    return j + of if of > 0 else j


def _place_noun_before(tokens: list, j: int, lo: int) -> int:
    """Where ``of the nearby town`` starts when it ends at the ``of`` at ``tokens[j]``, after a person (``a resident``), else -1."""
    start = max(lo, j - 6)
    words = [t.text for t in tokens[start : j + 3]]
    for link in range(j - 2, start, -1):
        if _place_noun_at(words, link - start) == j - start and (role_like(tokens[link - 1]) or person_noun(singular(tokens[link - 1].lower))):
            return link
    return -1


def _without_place_noun(words: list) -> list:
    """``resident of the nearby town of El Wak`` -> ``resident of El Wak``: the place is named by its name.

    >>> _without_place_noun("a resident of the nearby town of El Wak".split())
    ['a', 'resident', 'of', 'El', 'Wak']
    """
    for link in range(1, len(words)):
        of = _place_noun_at(words, link)
        if of > 0:
            return words[: link + 1] + words[of + 1 :]
    return words


def _title_holder(article: Article, word: str, position: int) -> str:
    """The person the article named with the title ``word`` (``Collector``) or its initials (``DCP``), else ``""``.

    ``District Collector S. Kathirvel Rajan ... the Collector said`` and
    ``Deputy Commissioner of Police (Adyar) R. Senthil Kumar ... the DCP said``:
    a capitalised title, or initials standing for one, right before a
    person's name. Only a role word or initials whose words include one
    (not ``the Council``, a body that speaks for itself).

    >>> _title_holder(Article("District Collector Ann Roe came. The Collector said no."), "Collector", 40)
    'Ann Roe'
    """
    if not word[:1].isupper() or word.endswith(("'s", "’s")) or word.lower() in ORG_WORDS or word.lower() in article.orgs:
        return ""  # (a body speaks for itself: "Council Leader Tom Hale ... the Council said")
    if word.isupper() and 2 <= len(word) <= 6 and word.isalpha():
        before = article.text[:position]
        runs = [m.group(0).split() for m in re.finditer(r"(?:[A-Z][a-z]+ (?:of |for |the )*){2,8}", before)]
        # the opening words of a run whose initials are the word ("Deputy Commissioner of Police Ravi Kumar": DCP)
        titles = [" ".join(run[:k]) for run in runs for k in range(2, len(run) + 1) if word in initials_of(run[:k])]
    else:
        titles = [word] if singular(word.lower()) in ROLE_WORDS else []
    for title in titles:
        if not any(w.lower() in ROLE_WORDS for w in title.split()):
            continue
        pattern = re.escape(title) + r"(?:\s*\([^)]*\))?\s+((?:(?:[A-Z]\.\s?)+|[A-Z][\w'’-]+\s?){2,4})"
        runs = [m.group(1).split() for m in re.finditer(pattern, article.text[:position])]
        # (not "Council Leader Tom Hale": a title after the word means the word qualified someone else's title)
        found = [person_name(run) for run in runs if not is_title(run[0])]
        found = [name for name in found if len(name) >= 2]
        if found:
            return fullest_name(article, found[-1], position)
    return ""


def _spelled_out_before(article: Article, initials: str, position: int) -> str:
    """The body named before ``position`` whose capitalised words ``initials`` stand for: ``MOM`` -> ``Ministry of Manpower``."""
    if not (initials.isupper() and 2 <= len(initials) <= 6 and initials.isalpha()) or is_title(initials):
        return ""  # (not "MP": a title, not a body)
    for m in sorted(article.history, key=lambda m: m.at, reverse=True):
        words = m.speaker.name.split()
        if m.at < position and not m.speaker.person and len(words) >= 2 and initials in initials_of(words):
            return m.speaker.name
    return ""


def _head_word(lowered: list) -> str:
    """The noun a description is about: ``head of the investigators`` -> head, ``source close to the talks`` -> source."""
    for i, word in enumerate(lowered):
        if i > 0 and (word in _HEAD_LINKS or lowered[i : i + 2] in _FAMILIAR_PHRASES):
            return lowered[i - 1]  # "Inspectors from the agency"
    return lowered[-1]


# Bodies a story may call by a longer description than it named them with: "Hope Not Hate ... the campaign group said".
_CALLED_BODIES = word_set("group club charity team band")
# Last words of public bodies' names, which no such description means: "Kilmore District Council".
_INSTITUTION_WORDS = word_set(
    "council police hospital court ministry department government parliament university college school authority",
    "board commission agency service inspectorate embassy consulate tribunal army navy prison church",
)


def _called_so(named: str, kind: str, described: list) -> bool:
    """May ``the campaign group`` (``described``, of ``kind``) be ``named``, a body the article did not call so?

    Only a group, club, charity, team or band, whose name has no word of another kind of body
    (not ``Kilmore District Council`` for ``the local football club``), described without an owner
    (not ``the supporters' group`` for the club they support).
    """
    other_kind = any(w.lower() in _INSTITUTION_WORDS for w in named.split())
    owned = any(w.endswith(("'", "'s", "’", "’s")) for w in described)
    return kind in _CALLED_BODIES and not other_kind and not owned


def _body_called(article: Article, kind: str, position: int) -> str:
    """The body a ``kind`` word (``club``, ``company``) means: the one the article called so, else the last it named.

    Not one the article called something else: in ``the Belgian newspaper Het Nieuwsblad ...
    the club said``, the club is not the newspaper.
    """
    if kind in article.orgs:
        return _most_named(article, kind, position)
    called_otherwise = {  # (a word before the name's last calls it nothing: "Network Rail" is no network)
        name for other, names in article.orgs.items() if other != kind and other in KIND_NOUNS for name in names
        if other not in name.lower().split()[:-1]
    }
    named = org_named_before(article, position, skip=called_otherwise)
    return named or (_one_word_body_before(article, position) if kind in COMPANY_NOUNS | _ONE_WORD_BODY_KINDS else "")


# Kinds of body often named with one word: "NASA ... the agency said", "Ofcom ... the regulator said".
_ONE_WORD_BODY_KINDS = word_set("agency regulator watchdog charity organisation organization broadcaster")


_GENDERED = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)


def _one_word_body_before(article: Article, position: int) -> str:
    """The last one-word name that spoke, when nothing shows it is a person's (``Bellway said ... the housebuilder``)."""
    for m in reversed(article.history):
        name = m.speaker.name
        if m.at < position and m.rank == 2 and " " not in name and name_like(name) and name not in article.genders:
            end = SENTENCE_END.search(article.text, m.at)
            person = _GENDERED.search(article.text[m.sentence : end.end() if end else len(article.text)])
            return "" if name in article.names or m.speaker.plural or person else name  # ("Neymar said he was leaving")
    return ""


def _named_before(article: Article, word: str, position: int) -> list:
    """The organisations with ``word`` in their name that the article names before ``position``."""
    return [name for name in article.orgs.get(word, {}) if 0 <= article.text.find(name) < position]


def _acronym_mentions(article: Article, name: str, position: int) -> int:
    """How often the article calls ``name`` by its acronym before ``position`` (``IAA`` for ``Irish Aviation Authority``)."""
    acronyms = [short for short, full in article.acronyms.items() if full == name]
    return sum(len(re.findall(rf"\b{re.escape(short)}\b", article.text[:position])) for short in acronyms)


def _most_named(article: Article, word: str, position: int = -1) -> str:
    """The organisation with ``word`` in its name that the article names most (``court`` -> ``Court of Session``).

    Only those first named before ``position`` are candidates, when there are
    any; each is weighed by how often the whole article names it, plus how
    often it is called by its acronym before ``position`` (``the IAA``);
    between equals, the one named first.
    """
    named = article.orgs[word]
    end = position if position >= 0 else len(article.text)
    candidates = (_named_before(article, word, position) if position >= 0 else []) or list(named)
    return max(candidates, key=lambda name: named[name] + _acronym_mentions(article, name, end))


def _one_of(article: Article, words: list, position: int) -> tuple:
    """``one of the children`` is a ``child``; ``one of them`` one of the group ``they`` would mean."""
    if [w.lower() for w in words] in (["them"], ["those"], ["these"]):
        group = refer_back(article, "plural", position)
        if group is None or group.person and not group.plural:
            return "", False
        words = group.name.split()
    described, person = _describe(article, words, position)
    if not described and words[-1].islower() and _people_word(words[-1]):
        return singular(words[-1]), True  # "one of the attackers": an attacker, though the passage never called anyone so
    if described.lower() in ROLE_WORDS:  # "Protesters" opening a sentence
        described = described.lower()
    if not described or (described[:1].isupper() and described.split()[-1] not in ROLE_WORDS):
        return "", False  # "one of the Beatles": not a description we can make singular (but "Saraf Jidad victims" is)
    *rest, head = described.split()
    return " ".join([*rest, singular(head)]), True


def _person_token(token: Token) -> bool:
    """Is ``token`` a role or a word for a person (``spokesman``, ``neighbour``), not a body or a document (``statement``)?"""
    return (role_like(token) and token.lower not in _ORG_OR_DOCUMENT | SPEECH_NOUNS) or _word_for_person(token.lower)


def _word_for_person(word: str) -> bool:
    """Is a lower-case noun a word for a person or people by its shape (``neighbour``, ``residents``), not a thing (``statement``, ``decree``)?"""
    kind = singular(word)
    return person_noun(kind) and kind not in _ORG_OR_DOCUMENT | SPEECH_NOUNS and not kind.endswith("ment")


def _people_word(plural: str) -> bool:
    """Is ``plural`` a plural word for people, by its shape: ``attackers``, ``bombers`` (not ``papers``, ``letters``)?"""
    kind = singular(plural)
    shaped = person_noun(kind) and len(kind) >= 6 and not kind.endswith("ment")  # (not "comments", "documents")
    return kind != plural and (kind in ROLE_WORDS or (shaped and kind not in _ORG_OR_DOCUMENT | SPEECH_NOUNS))


def _name_of_owner(article: Article, words: list, position: int) -> str:
    """Name whoever a spokesperson or an office belongs to: a person in full, an organisation, or ``""``."""
    name = person_name(words)
    rest = [w for w in words if w.lower() not in DETERMINERS and w not in name]
    if name and (all(is_title(w) for w in rest) or is_title(rest[-1])):  # "Governor Rebecca Thornquist's spokesman", "Immigration Minister X"
        return fullest_name(article, name, position)
    lowered = [w.lower() for w in words]
    if len(words) == 2 and lowered[0] == "the" and words[1].islower() and (lowered[1] in KIND_NOUNS or lowered[1] in ORG_WORDS):
        return _body_called(article, lowered[1], position)  # "the hospital's chief executive": the hospital named before
    org = org_name(words)
    if org:
        return org
    kept = [w for w in words if w.lower() not in DETERMINERS]
    return " ".join(kept) if kept and all(name_like(w) or w in CONNECTORS for w in kept) else ""


# Unions of the word lists above, made once rather than at every call.
_PLACE_LINKS_AT = PLACE_LINKS | {"at"}
_ROLE_LINKS = CONNECTORS | {"from", "at"}
_ADJECTIVE_OPENERS = word_set("in of with for the a an its their his her our")  # "in continued protest"
_VERB_CUES = CUE_VERBS - DOCUMENTS - MODIFIER_CUES  # "tweet" and "report" may be nouns, "state" a modifier
_SOURCE_LINKS = CONNECTORS | _SOURCE_WORDS
_SENDING_VERBS = AUTHOR_VERBS | {"sent"}
_WRITING_VERBS = word_set("written drafted authored penned compiled")
_PUBLISHING_VERBS = word_set("published released written commissioned produced")
_GIVING_VERBS = word_set("gave give gives giving put puts")
# Verbs in the past tense that do not end in -ed, so that no rule takes them for a job: "Mary Dunne met Tom Price".
_IRREGULAR_PAST = word_set(
    "met saw took gave sent found paid kept held led won beat hit shot left brought bought caught fought taught sold "
    "struck threw ran became began drove rode flew fell felt lost meant heard knew grew drew chose broke"
)
_NOT_JOBS = AUTHOR_VERBS | QUOTING_VERBS | _LINK_WORDS | _IRREGULAR_PAST
_ASIDE_OPENERS = DETERMINERS | {"who", "whose", "which"}
_ORG_OR_DOCUMENT = ORG_WORDS | DOCUMENTS
_DOCUMENT_OR_ACCOUNT = DOCUMENTS | ACCOUNT_WORDS
_PERSON_HEADS = ROLE_WORDS - ORG_WORDS - DOCUMENTS
# Words saying someone works for a body: "an official at the county council" is the council's official,
# "a man at the party" only someone there.
_STAFF_WORDS = SPOKES_WORDS | word_set(
    "official officials source sources insider insiders staff employee employees worker workers",
    "manager managers executive executives director directors representative representatives",
)
_DEFINITE_DETERMINERS = DETERMINERS - {"a", "an", "one", "another", "some"}
# The people who act for a performer or a family: "her management said" is Ana Ruiz's management.
_ENTOURAGE = word_set("management managers representatives representative publicist publicists camp label family")
_ROLE_OR_SPEECH = ROLE_WORDS | SPEECH_NOUNS | _ENTOURAGE
_DETERMINERS_OR_COUNTS = DETERMINERS | _COUNT_WORDS
_SUBJECT_PRONOUNS = frozenset(PRONOUNS) | {"i", "we", "you"}
_LINKS_OR_DETERMINERS = _LINK_WORDS | DETERMINERS
_PREPOSITIONS = _LINK_WORDS | word_set("between over about under after before during against into onto")
# Words that open a clause or a link, not a description: "Unlike team-mate Tom Hale, 24, striker Ann Roe said".
_NOT_DESCRIBING = DETERMINERS | _PREPOSITIONS | word_set(
    "unlike like besides beside via because since when while as if although though once until unless despite except without near"
)
# Last words of a description that are not a new name for someone already named.
_NOT_EPITHETS = (
    ROLE_WORDS | ORG_WORDS | DOCUMENTS | OFFICE_WORDS | COMPANY_NOUNS | ACCOUNT_WORDS | TIME_WORDS | SPEECH_NOUNS
    | PLURAL_WORDS | COMMON_WORDS | word_set("former latter rest same first second last following above")
)
# Adjectives a description may add to a role without making it another role ("the new minister").
_PASSING_ADJECTIVES = word_set("new former then current outgoing incoming late same")
# How far (in characters) around a name the words of its role may stand.
_ROLE_REACH = 80
# How far (in characters) from a name a word describing it may stand ("Kenya's Elias Boit").
_BESIDE = 12
# How far (in characters) before a name the words describing the person may reach: "Danish midfielder Rasmus Holm".
_DESCRIBED_BEFORE = 25
# How far after a name the words of the role it was given may stand: "Imran Hayat, the divisional railway superintendent".
_DESCRIBED_AFTER = 60
_ORG_OR_COMPANY = ORG_WORDS | COMPANY_NOUNS
