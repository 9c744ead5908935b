"""Who does "he", "she", "they" or "it" mean? The people an article has named so far.

``samestory.speakers`` reads an article in order and, as it goes, notes every
person, group and organisation it names (``remember``; each note is a
``Mention`` in ``Article.history``, with a rank: the subject of a reporting
verb 2, of a sentence 1, a name met elsewhere in a sentence 0, a bare
capitalised pair -1). This module picks, for a pronoun or a description such
as ``the former``, the one it most likely means (``resolve_pronoun``,
``refer_back``): the latest sentence that names someone who fits, and in it
the most prominent, with the exceptions news copy needs (someone spoken *of*
or spoken *to* is not the speaker; a woman who spoke just before keeps
"she"). ``tests/test_speakers_patterns.py`` shows each rule on made-up
sentences.
"""

import re

from samestory.article_names import Article, Mention, Speaker, likely_gender
from samestory.first_names import first_name_gender
from samestory.names import org_name
from samestory.speaker_words import (
    COLLECTIVE_NOUNS,
    DETERMINERS,
    NAME_PARTICLES,
    OBJECT_PREPOSITIONS,
    PRONOUN_REACH,
    PRONOUNS,
    ROLE_WORDS,
)
from samestory.tokens import SENTENCE_END

_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_POSSESSIVE_OF = {"m": "his ", "f": "her "}


def someone_else_of(article: Article, gender: str, person: str, paragraph: int) -> bool:
    """Was another person of this gender (``likely_gender``) mentioned in this paragraph or the one before?

    ``Headteacher Joanne Birkett joined the school. Chair of governors Ian Threlkeld said she had turned it
    around``: the ``she`` is Joanne Birkett's, and does not make Ian Threlkeld a woman.
    """
    return any(
        m.paragraph >= paragraph - 1 and m.speaker.name != person and likely_gender(article, m.speaker.name, noted=m.speaker.gender) == gender
        for m in article.history[-PRONOUN_REACH:]
    )


def remember(article: Article, speaker: Speaker, at: int, sentence: int, paragraph: int, *, rank: int = 2) -> None:
    """Add a speaker (``rank`` 2) or a sentence's subject (1) to the people a pronoun may refer to."""
    if speaker.name:
        article.history.append(Mention(at, speaker, sentence, paragraph, rank))
        if speaker.person:
            article.people.add(speaker.name)


def resolve_pronoun(article: Article, pronoun: str, position: int):
    """Find who ``pronoun`` means at ``position``.

    ``he``/``she`` take a person whose known gender does not contradict them;
    ``they`` a group; ``it`` an organisation (or a one-word name with no known
    gender, such as ``Facebook``). Of the candidates, the latest sentence
    that has one wins, and in it the most prominent (``Mention.rank``): the
    subject of a reporting verb, then of the sentence, then a name met
    elsewhere in it. A bare capitalised pair (rank -1: ``Tom Hale``, or
    ``Hong Kong``) counts only when nothing shows it is a person's name
    and no other candidate is left. A person of unknown gender who is not a
    speaker gives way to a speaker of the right gender in the same or the
    previous paragraph. Where the text does not say who is a man and who a
    woman, first names may (``samestory.first_names``): if one candidate's
    name fits ``he`` or ``she``, those whose names do not fit drop out.
    Only the last ``PRONOUN_REACH`` candidates count.
    Returns a ``Speaker`` or ``None``.
    """
    return refer_back(article, PRONOUNS[pronoun], position)


def person_named_before(article: Article, position: int, paragraph: int):
    """The person a paragraph has just named, for a quotation that follows with no reporting verb.

    ``Two yellow cards left Ingram unimpressed. "One was questionable."``:
    the words are Ingram's. Only the latest sentence of the same paragraph
    that names someone counts, and only when it names one person or is
    about one (its subject).
    Returns a ``Speaker`` or ``None``.

    Examples
    --------
    >>> from samestory.quotes import extract_quotes
    >>> text = 'Two yellow cards left coach Tom Hale unimpressed. "One was questionable."'
    >>> extract_quotes(text)[["text", "speaker", "attribution"]]
                        text   speaker attribution
    0  One was questionable.  Tom Hale     context
    """
    named = [
        m
        for m in article.history
        if m.paragraph == paragraph and m.at < position and m.speaker.person and not m.speaker.plural and m.speaker.name[:1].isupper()
    ]
    if not named:
        return None
    latest = max(m.sentence for m in named)
    people = {m.speaker.name: m.speaker for m in named if m.sentence == latest}
    if len(people) > 1:  # "Sombat, an activist, offered his view on Facebook. "...": the one the sentence is about
        people = {m.speaker.name: m.speaker for m in named if m.sentence == latest and m.rank >= 1}
    return next(iter(people.values())) if len(people) == 1 else None


def person_closing(article: Article, paragraph: int):
    """The person named in full whom the last sentence of ``paragraph`` is about (its subject), else ``None``.

    ``Giorgadze, who left in 2013, was unrepentant.`` then a paragraph that is
    only a quotation: the words are Giorgadze's.

    Examples
    --------
    >>> from samestory.quotes import extract_quotes
    >>> text = 'Levan Giorgadze, who left in 2013, was unrepentant.\\n\\n"I would do it all again."'
    >>> extract_quotes(text)["speaker"].tolist()
    ['Levan Giorgadze']
    """
    subjects = [m for m in article.history if m.paragraph == paragraph and m.rank >= 1 and m.speaker.person and not m.speaker.plural]
    if not subjects:
        return None
    last = max(subjects, key=lambda m: m.sentence)
    later = any(m.paragraph == paragraph and m.sentence > last.sentence for m in article.history)  # someone else after
    return last.speaker if " " in last.speaker.name and last.speaker.name[:1].isupper() and not later else None


def refer_back(article: Article, wanted: str, position: int, exclude=()):
    """The latest, most prominent candidate of kind ``wanted`` (see ``resolve_pronoun``).

    ``wanted`` is ``m`` or ``f`` (he, she), ``plural`` (they), ``thing`` (it)
    or ``person`` (anyone, for ``the 54-year-old``). Names in ``exclude`` are
    never chosen (the one who asked, for ``he replied``). Returns a ``Speaker``
    or ``None``.

    Examples
    --------
    >>> article = Article("Tom Hale spoke. Ana Ruiz listened.")
    >>> remember(article, Speaker(name="Tom Hale", person=True, gender="m"), 0, 0, 0)
    >>> remember(article, Speaker(name="Ana Ruiz", person=True, gender="f"), 16, 16, 0, rank=1)
    >>> refer_back(article, "m", 40).name, refer_back(article, "f", 40).name
    ('Tom Hale', 'Ana Ruiz')
    """
    candidates = []
    for m in reversed(article.history):  # nearly in reading order: look back only as far as needed
        if m.at < position and m.speaker.name and m.speaker.name not in exclude and _fits(article, m.speaker, wanted):
            if _object_in_same_sentence(article.text, m.at, position):
                continue  # "Speaking to Martin Smith of PBS, he said": "he" is not Smith
            candidates.append(m)
            if len(candidates) == 2 * PRONOUN_REACH:
                break
    candidates = sorted(candidates, key=lambda m: m.at)[-PRONOUN_REACH:]
    shown = {m.speaker.name for m in candidates if m.rank >= 0} | article.people | set(article.genders)
    known = [m for m in candidates if m.speaker.name in shown]  # shown to be a person at any mention
    if wanted in {"m", "f"}:
        candidates = _by_first_names(article, candidates, shown, wanted) or known or candidates
    else:
        candidates = known or candidates
    if not candidates:
        return None
    latest = candidates[-1].sentence
    in_sentence = [m for m in candidates if m.sentence == latest]
    if len(in_sentence) < len(candidates) and all(m.rank <= 0 and _spoken_of(article.text, m) for m in in_sentence):
        # "... the character of Anya Jenkins": a sentence that only speaks of someone yields to one before it.
        candidates = [m for m in candidates if m.sentence != latest]
        latest = candidates[-1].sentence
        in_sentence = [m for m in candidates if m.sentence == latest]
    if wanted in {"m", "f"} and max(m.rank for m in in_sentence) < 2:
        # "Their son, Paul, campaigned, and Mrs Kettering moved ... she said": Mrs Kettering; but a speaker
        # stays first ("Dr Yilmaz told the hearing that Mr Ashcombe ... he said": Dr Yilmaz).
        in_sentence = [
            m
            for m in in_sentence
            if article.genders.get(m.speaker.name, m.speaker.gender) == wanted
            and _preposition_before(article.text, _named_at(m)) is None
            and _verb_follows(article.text, m)
            and all(w[:1].isupper() or w in NAME_PARTICLES for w in m.speaker.name.split())
        ] or in_sentence  # (but not "paid tribute to Luk", someone spoken of, nor "Her nephew", a description)
    top = max(m.rank for m in in_sentence)
    pick = [m for m in in_sentence if m.rank == top]
    # Between equals, not someone spoken of ("the murder of journalist Tom Hale").
    pick = ([m for m in pick if _preposition_before(article.text, _named_at(m)) is None] or pick)[-1]
    if wanted in {"m", "f"} and pick.rank < 2 and not article.genders.get(pick.speaker.name, pick.speaker.gender):
        # "Her coach, Igor Baranov, watched. ... she said": "her" was someone else, whom "she" means too.
        # "Osman was killed. ... she said": a woman who spoke just before, when "she" is not known to be Osman.
        # Not so for "he" (most people news quotes are men): "Among the sceptics was Justice Scalia. ... he said" is
        # Scalia, not the man who spoke before him; but "Dr Arrieta kept us going, he said." reports someone else.
        reported = not SENTENCE_END.search(article.text, pick.at, position)
        # (but "X paid tribute on Instagram; he posted ..." and "X stood up and he said": a clause of X's own)
        reported = reported and not _JOINED_CLAUSE.search(article.text, max(0, position - 12), position)
        owned = pick.rank == 1 and article.text[pick.sentence : pick.sentence + 4].lower() == _POSSESSIVE_OF[wanted]
        for m in reversed(candidates):
            known = article.genders.get(m.speaker.name, m.speaker.gender) == wanted
            # (a new paragraph that opens with a person of its own keeps them: "... Khamenei ordered mourning. In his message, he")
            reach = pick.paragraph if pick.rank == 1 else pick.paragraph - 1
            if ((m.rank == 2 and (wanted == "f" or reported)) or (owned and m.rank >= 1)) and known and m.paragraph >= reach:
                return m.speaker
    return pick.speaker


_JOINED_CLAUSE = re.compile(r"(?:;|\band)\s+(?:he|she)\s+(?:\w+\s+)?$")  # "; he posted", "and she then wrote"


def _verb_follows(text: str, mention: Mention) -> bool:
    """Does a lower-case word follow the mention's name, as a verb follows its subject (``Mrs Kettering moved``)?

    Not after an owner: in ``Wen's visit would help`` the word after the name is what Wen owns.
    """
    end = named_span(mention)[1]
    return not _owner(text, end) and re.match(r"\s+[a-z]", text[end : end + 3]) is not None


def _owner(text: str, end: int) -> bool:
    """Does the name ending at ``end`` end in a possessive (``Palparan's``)?"""
    return text[end - 2 : end] in {"'s", "’s"} or text[end : end + 2] in {"'s", "’s"}


def named_span(mention: Mention) -> tuple:
    """``(start, end)`` of the words that name a mention (its canonical name's length when they were not kept)."""
    start = _named_at(mention)
    end = mention.speaker.mention_end if mention.speaker.mention_end > start else start + len(mention.speaker.name)
    return start, end


def _spoken_of(text: str, mention: Mention) -> bool:
    """Is a mention someone a sentence only speaks of: after a preposition, or an owner (``Palparan's assignment``)?"""
    owner = _owner(text, named_span(mention)[1])
    if owner and len(text[mention.sentence : _named_at(mention)].split()) < 5:
        return False  # an owner in the sentence's subject is still its topic: "Perhaps some of Seinfeld's commentary is to blame"
    preposition = _preposition_before(text, _named_at(mention))
    return (preposition is not None and preposition != "by") or owner  # ("developed by Exodus": the doer)


def _named_at(mention: Mention) -> int:
    """Where a mention's words stand (a speaker's, not their reporting verb's)."""
    return mention.speaker.mention_start if mention.speaker.mention_start >= 0 else mention.at


def _object_in_same_sentence(text: str, at: int, position: int) -> bool:
    """Is the name at ``at`` the object of a preposition earlier in the sentence of ``position``?

    A pronoun that is a sentence's subject does not mean someone the same
    sentence has just spoken *to* or *with*: "In an interview with Tom Hale,
    she said" is not Hale speaking.
    """
    if SENTENCE_END.search(text, at, position):
        return False
    return _preposition_before(text, at) in OBJECT_PREPOSITIONS


def _preposition_before(text: str, at: int):
    """The preposition a name at ``at`` is the object of, over titles and roles ("of journalist"), else None."""
    end = at
    for _ in range(4):
        before = _WORD_BEFORE.search(text, max(0, end - 40), end)
        if before is None:
            return None
        word = before.group(1).lower()
        if word in OBJECT_PREPOSITIONS or word == "of":
            return word
        if word not in ROLE_WORDS and word not in DETERMINERS:
            return None
        end = before.start()
    return None


def _fits(article: Article, speaker: Speaker, wanted: str) -> bool:
    """Can a pronoun of kind ``wanted`` (``m``, ``f``, ``plural``, ``thing``) mean this speaker?"""
    if wanted in {"m", "f"}:
        collective = speaker.name[:1].islower() and speaker.name.split()[-1] in COLLECTIVE_NOUNS  # ("The jury heard from ...")
        return speaker.person and not speaker.plural and not collective and article.genders.get(speaker.name, speaker.gender) in {"", wanted}
    if wanted == "person":
        return speaker.person and not speaker.plural
    if wanted == "plural":  # "they" is a group, or an organisation ("the commission ... They said")
        organisation = bool(org_name(speaker.name.split())) or speaker.name in article.bodies
        return speaker.plural or (not speaker.person and " " in speaker.name and organisation)
    one_word = speaker.person and " " not in speaker.name and not article.genders.get(speaker.name, speaker.gender)
    return not speaker.person or one_word


def _by_first_names(article: Article, candidates: list, shown: set, wanted: str) -> list:
    """The candidates for ``he`` or ``she`` that first names leave, or ``[]`` when they settle nothing.

    ``Mary Holt met Tom Price. "...," she said``: when someone's likely gender
    (``likely_gender``) fits, those whose gender does not fit drop out. A
    person shown only by a first name counts too (``Emer Walsh and Declan
    Brophy opened a bookshop. ... he said`` is no one called Kilkenny). A
    first name that does not fit decides nothing alone (``Park Geun-hye ...
    she said``: Park is a family name), but of two people named together, the
    one it does not rule out is meant (``_one_of_a_pair``).
    """
    named = [m for m in candidates if m.speaker.name in shown or first_name_gender(m.speaker.name)]
    fitting = _fitting(article, named, wanted) or _fitting(article, candidates, wanted)
    if any(likely_gender(article, m.speaker.name, noted=m.speaker.gender) == wanted for m in fitting):
        return fitting
    return _one_of_a_pair(article, candidates, wanted)


def _one_of_a_pair(article: Article, candidates: list, wanted: str) -> list:
    """Of two people the latest sentence names together, the one whose gender does not rule them out, as mentions.

    ``Kim Fitzgerald and Declan Rowe have reopened the shop. "...," she said``:
    Declan is a man's name, so "she" is Kim Fitzgerald, whose name says
    nothing. Empty when there is no such pair, or both (or neither) are ruled out.
    """
    latest = candidates[-1].sentence if candidates else -1
    for m in article.history:
        names = m.speaker.name.split(" and ")
        if m.sentence != latest or not m.speaker.plural or len(names) != 2:
            continue
        left = [name for name in names if likely_gender(article, name) in {"", wanted}]
        if len(left) != 1:
            continue
        picked = [c for c in candidates if c.speaker.name == left[0]]
        if picked:
            return picked
    return []


def _fitting(article: Article, mentions: list, wanted: str) -> list:
    """The mentions whose likely gender (``likely_gender``) is ``wanted`` or not known."""
    return [m for m in mentions if likely_gender(article, m.speaker.name, noted=m.speaker.gender) in {"", wanted}]


def people_before(article: Article, position: int):
    """The mentions of people named in full (``Eva Stone``, not ``Stone``) before ``position``, latest first."""
    for m in sorted(article.history, key=lambda m: m.at, reverse=True):
        if m.at < position and m.speaker.person and not m.speaker.plural and " " in m.speaker.name:
            yield m


def former_or_latter(article: Article, which: str, position: int):
    """``the former`` / ``the latter``: the first or second of the last two people named, else ``None``."""
    people = []
    for m in people_before(article, position):
        if _preposition_before(article.text, _named_at(m)) not in (None, "by"):
            continue  # "who spent four months with Rudenko aboard Mir": someone spoken of, not one of the two just named
        if m.speaker.mention.lower() in {"the former", "the latter"}:
            continue  # "The former left. The latter said": not the person "the former" was taken to be
        if m.speaker.name not in [p.name for p in people]:
            people.append(m.speaker)
            if len(people) == 2:
                return people[0] if which == "latter" else people[1]
    return None
