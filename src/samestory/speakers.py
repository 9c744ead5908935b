"""Who said it? The rules that find and name the speaker of a quotation.

``samestory.quotes`` finds the quoted words; this module finds who they
belong to. It works on the words *outside* the quotation marks: a reporting
verb (``said``, ``told``, ``tweeted``, ``branded`` ... see ``CUE_VERBS``),
the noun phrase that is its subject (``POA general secretary Steve
Gillan``), and a canonical name for it:

- a person gets the fullest name the article gives them, role words
  stripped (``Mr Gillan`` and ``POA general secretary Steve Gillan`` both
  become ``Steve Gillan``);
- a pronoun (``he``, ``she``) becomes the most recent speaker it can refer to;
- an organisation keeps its name (``Ministry of Justice``, ``POA``);
- an unnamed person gets a short description without an article
  (``A POA spokesman`` becomes ``POA spokesman``, ``One woman`` ``woman``).

Everything is plain rules over words you can read below: no model, no
downloaded data. The lexicons are module constants, so a lecturer can add a
reporting verb or a title and see what changes.
"""

import re
from dataclasses import dataclass, field

from samestory.tokens import ABBREVIATIONS

# A token is a word (letters or digits, with inner hyphens, apostrophes or
# full stops: "Man-kei", "it's", "U.S") or any other single visible character.
TOKEN_PATTERN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|\S")


def _forms(*groups: str) -> frozenset:
    return frozenset(word for group in groups for word in group.split())


# Reporting verbs, every form that news copy uses. Only lower-case words
# count, so "Reports on ..." at the start of a sentence is not a cue.
CUE_VERBS = _forms(
    "say says said saying tell tells told telling add adds added adding",
    "continue continues continued comment comments commented commenting",
    "tweet tweets tweeted tweeting write writes wrote writing post posts posted",
    "brand brands branded warn warns warned warning insist insists insisted insisting",
    "urge urges urged urging remark remarks remarked state states stated stating",
    "explain explains explained explaining note notes noted claim claims claimed",
    "argue argues argued arguing declare declares declared announce announces announced",
    "reply replies replied respond responds responded ask asks asked",
    "acknowledge acknowledged admit admits admitted concede concedes conceded",
    "confirm confirms confirmed describe describes described describing",
    "call calls called label labels labelled labeled dub dubs dubbed",
    "characterise characterised characterize characterizes characterized",
    "attack attacks attacked praise praised criticise criticised criticize criticized",
    "slam slams slammed accuse accused vow vows vowed pledge pledged promise promised",
    "predict predicts predicted suggest suggests suggested stress stresses stressed",
    "emphasise emphasised emphasize emphasized maintain maintains maintained",
    "recall recalls recalled observe observed conclude concludes concluded",
    "decide decided find finds found rule rules ruled believe believes believed",
    "report reports reported quip quipped joke joked caution cautioned",
    "allege alleges alleged demand demands demanded reveal revealed shout shouted",
    "plead pleaded reiterate reiterated repeat repeated agree agreed deny denied",
    "complain complained lament lamented specify specifies specified",
    "express expresses expressed forecast forecasts condemn condemned hail hailed",
    "blame blamed admit thank thanked welcome welcomed mock mocked read reads",
)
# "According to X" names a source too (``find_cues``), but it yields to a
# reporting verb in the same sentence: news often cites the outlet it took a
# quotation from.
# Words before a reporting verb that do not belong to its subject.
AUXILIARIES = _forms(
    "has have had also then later previously repeatedly once again further",
    "would will could should may might can did does do just recently publicly",
    "earlier simply reportedly allegedly subsequently now",
)
PASSIVE_AUXILIARIES = _forms("was were is are be been being")
# Titles and offices that precede a name and are not part of it.
TITLES = _forms(
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr",
    "captain capt sheriff president vice prime minister secretary chancellor",
    "chief executive mayor governor senator sen rep representative congressman",
    "congresswoman speaker general gen judge justice commissioner inspector",
    "chairman chairwoman chair director king queen prince princess pope",
    "archbishop bishop cardinal ambassador officer sergeant sgt constable pc",
    "detective det superintendent supt colonel col lieutenant lt major admiral",
    "commander councillor cllr deputy acting mp mep msp spokesman spokeswoman",
    "spokesperson leader head premier ex former interior health foreign home",
    "prisons police prosecutor attorney coach manager editor founder",
)
# Lower-case words that may stand in the subject of a reporting verb:
# job words, roles and the people news copy quotes without naming them.
ROLE_WORDS = TITLES | _forms(
    "member members committee union trade spokesman spokeswoman official officials",
    "protester protesters protestor protestors demonstrator demonstrators",
    "woman man women men mother father wife husband daughter son sister brother",
    "girl boy resident residents witness witnesses source sources worker workers",
    "student students teacher teachers lawyer lawyers dispatcher doctor doctors",
    "nurse nurses expert experts analyst analysts economist researcher scientist",
    "owner boss campaigner campaigners activist activists interviewee passenger",
    "passengers survivor survivors neighbour neighbours neighbor friend relative",
    "relatives parent parents victim victims driver drivers staff employee",
    "employees guard guards soldier soldiers mps aide adviser advisor envoy",
    "diplomat negotiator court government ministry department council service",
    "report statement summary letter ruling judgment judgement senior local",
    "association spokesperson organisers organizers organiser organizer",
    "people person officers prison",
)
# Words that make a capitalised run an organisation, a place or a document.
ORG_WORDS = _forms(
    "association court council committee union party ministry department office",
    "service services government parliament assembly university hospital police",
    "bank company group international institute foundation constitution agency",
    "commission organization organisation authority board trust prison prisons",
    "news times post guardian herald telegraph bbc cnn nbc press agency street",
    "house senate congress republic kingdom states nations island county city",
    "inspectorate executive federation league corporation inc ltd plc campaign",
    "vote school college church army navy force forces guard coastguard",
)
# Generic words after an organisation's name: "The POA trade union" -> POA.
ORG_TAILS = ("trade union", "union", "party", "company", "charity", "group")
# Documents whose words are their author's: "the court's summary" -> court.
DOCUMENTS = _forms("summary statement report letter ruling judgment judgement tweet post release website")
DETERMINERS = _forms("a an the one another some this that these those its his her their our")
NAME_PARTICLES = _forms("de da di du del della van von der den la le bin ibn al el dos das ten ter")
CONNECTORS = _forms("of for")
# Capitalised words that start sentences or stand before names but are not
# part of a name.
COMMON_WORDS = _forms(
    "the a an in on at but and or however yesterday today tonight tomorrow",
    "earlier later meanwhile when while after before as if then now last this",
    "that these those since during speaking according with without for from to",
    "by it he she they we i his her their our my your its there here what who",
    "why how also both all some many most other another every each no not so",
    "such only even still just well one two three monday tuesday wednesday",
    "thursday friday saturday sunday january february march april may june july",
    "august september october november december specifically commenting",
)
# How many earlier speakers a pronoun may reach back to.
PRONOUN_REACH = 40
PLURAL_WORDS = _forms("people men women staff police children")
PRONOUNS = {"he": "m", "she": "f", "they": "plural", "it": "thing"}
FEMALE_WORDS = _forms(
    "mrs ms miss lady dame queen princess woman women mother wife daughter",
    "sister girl spokeswoman chairwoman congresswoman businesswoman",
)
MALE_WORDS = _forms("mr sir lord king prince man men father husband son brother boy spokesman chairman congressman")
PSEUDONYM_CUES = (
    ("using", "the", "pseudonym"),
    ("under", "the", "pseudonym"),
    ("identified", "only", "as"),
    ("identified", "as"),
    ("known", "as"),
    ("named",),
    ("called",),
)


class Token:
    """One word or mark of a paragraph, with offsets into the article text.

    ``quote`` is the index of the quotation a placeholder token stands for
    (the whole quotation, marks included, is one token), else -1. ``lower``,
    ``is_word`` and ``is_cap`` are worked out once, when the token is made.
    """

    __slots__ = ("text", "start", "end", "quote", "lower", "is_word", "is_cap")

    def __init__(self, text: str, start: int, end: int, quote: int = -1):
        self.text, self.start, self.end, self.quote = text, start, end, quote
        self.lower = text.lower()
        self.is_word = quote < 0 and text[:1].isalnum()
        self.is_cap = self.is_word and (text[0].isupper() or text[0].isdigit())

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


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
class Article:
    """What the attribution rules know about one article while reading it."""

    text: str
    names: dict = field(default_factory=dict)  # last word -> {full name (tuple of words): [positions]}
    orgs: dict = field(default_factory=dict)  # head word -> {organisation name: count}
    history: list = field(default_factory=list)  # [(position, Speaker)] in reading order
    genders: dict = field(default_factory=dict)  # canonical name -> "m" / "f"


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
    """
    tokens, cursor = [], start
    for index, q_start, q_end in sorted(quotes, key=lambda q: q[1]):
        tokens += [Token(m.group(), cursor + m.start(), cursor + m.end()) for m in TOKEN_PATTERN.finditer(text[cursor:q_start])]
        tokens.append(Token(text[q_start:q_end], q_start, q_end, quote=index))
        cursor = q_end
    tokens += [Token(m.group(), cursor + m.start(), cursor + m.end()) for m in TOKEN_PATTERN.finditer(text[cursor:end])]
    return tokens


def read_names(article: Article, tokens: list) -> None:
    """Record the people and organisations a paragraph names, for later look-ups.

    A person's full name (``Steve Gillan``) lets a later ``Mr Gillan`` or
    ``Gillan`` be written out in full; an organisation's name (``Court of
    Session``) lets a later ``the court`` be named.
    """
    run = []
    for token in tokens + [Token(".", -1, -1)]:
        if token.is_cap or (run and token.lower in CONNECTORS | NAME_PARTICLES):
            run.append(token)
            continue
        while run and not run[-1].is_cap:
            run.pop()
        if run:
            words = [t.text for t in run]
            name = person_name(words)
            if len(name) >= 2:
                article.names.setdefault(name[-1], {}).setdefault(tuple(name), []).append(run[0].start)
            org = org_name(words)
            if org:
                for word in org.split():
                    if word.lower() in ORG_WORDS:
                        counts = article.orgs.setdefault(word.lower(), {})
                        counts[org] = counts.get(org, 0) + 1
        run = []


def person_name(words: list) -> list:
    """Pick a person's name out of a mention, leaving titles and roles out.

    Examples
    --------
    >>> person_name("POA general secretary Steve Gillan".split())
    ['Steve', 'Gillan']
    >>> person_name("Republican committee member Doug Collins of Georgia".split())
    ['Doug', 'Collins']
    >>> person_name("First Minister of Scotland Nicola Sturgeon".split())
    ['Nicola', 'Sturgeon']
    >>> person_name("The mayor of London".split()), person_name(["POA"])
    ([], [])
    """
    words = [_strip_possessive(w) for w in words if w not in {".", ","}]
    # "Doug Collins of Georgia": a place after "of" qualifies the name.
    for i in range(len(words) - 2, 0, -1):
        if words[i] in CONNECTORS and _name_like(words[i - 1]) and not _is_title(words[i - 1]):
            words = words[:i]
            break
    if not words or not _name_like(words[-1]):
        return []
    name = [words[-1]]
    i = len(words) - 2
    if _is_title(words[-1]) and not (i >= 0 and _name_like(words[i]) and not _is_title(words[i])):
        return []  # a title alone ("Minister", "MP") is not a name
    while i >= 0:
        word = words[i]
        if _name_like(word) and not _is_title(word):
            name.insert(0, word)
        elif word in NAME_PARTICLES and i > 0 and _name_like(words[i - 1]):
            name.insert(0, word)
        else:
            break
        i -= 1
    if i >= 0 and words[i] in CONNECTORS:
        # "First Minister of Scotland Nicola Sturgeon": the place, then the name.
        if len(name) < 3:
            return []
        name = name[-2:]
    if any(w.lower() in ORG_WORDS for w in name) or all(w.isupper() and len(w) > 1 for w in name):
        return []  # an organisation ("Court of Session") or an acronym ("POA")
    return name


def org_name(words: list) -> str:
    """Name an organisation, a place or a document from a mention, or ``""``.

    Examples
    --------
    >>> org_name("the Ministry of Justice".split()), org_name("The POA trade union".split())
    ('Ministry of Justice', 'POA')
    >>> org_name(["Steve", "Gillan"])
    ''
    """
    words = [w for w in words if w not in {".", ","}]
    while words and (words[0].lower() in DETERMINERS or words[0].lower() in COMMON_WORDS):
        words = words[1:]
    phrase = " ".join(words)
    for tail in ORG_TAILS:
        if phrase.lower().endswith(" " + tail) and len(phrase) > len(tail) + 1:
            head = phrase[: -len(tail) - 1]
            if head and head.split()[-1][:1].isupper():
                phrase = head
                break
    words = phrase.split()
    if not words or not all(_name_like(w) or w in CONNECTORS or w == "the" for w in words):
        return ""
    if not _name_like(words[-1]):
        return ""
    acronym = len(words) == 1 and words[0].isupper() and len(words[0]) > 1
    if acronym or any(w.lower() in ORG_WORDS for w in words):
        return phrase
    return ""


def find_cues(tokens: list, lo: int, hi: int) -> list:
    """List the reporting cues among ``tokens[lo:hi]``: ``(index, width)``.

    ``width`` is 1 for a verb and 2 for "according to".
    """
    cues = []
    for i in range(lo, hi):
        token = tokens[i]
        if not token.is_word:
            continue
        if token.text in CUE_VERBS:
            cues.append((i, 1))
        elif token.lower == "according" and i + 1 < hi and tokens[i + 1].lower == "to":
            cues.append((i, 2))
    return cues


def subject_of(tokens: list, cue: int, width: int, lo: int, hi: int) -> tuple:
    """Find the words naming who speaks through the cue at ``tokens[cue]``.

    Looks before the cue (``Steve Gillan said``), after it when the cue
    comes first (``said Sheriff Bill Brown``, ``according to the BBC``), and
    through a passive's agent (``forecast by the Ministry of Justice``).

    Returns
    -------
    (int, int)
        Token range ``(first, last + 1)`` of the subject, or ``(-1, -1)``.
    """
    if width == 2:
        return _phrase_after(tokens, cue + 2, hi)
    if cue + 1 < hi and tokens[cue + 1].lower == "by" and tokens[cue].lower.endswith(("ed", "cast", "ten")):
        return _phrase_after(tokens, cue + 2, hi)
    j = cue - 1
    while j >= lo and tokens[j].lower in AUXILIARIES:
        j -= 1
    if j >= lo and tokens[j].lower in PASSIVE_AUXILIARIES and tokens[cue].lower.endswith(("ed", "told", "said")):
        return (-1, -1)  # "were told to return": the subject is not the speaker
    inverted = not tokens[cue].lower.endswith("ing")  # "adding that it ..." has no subject after it
    if j < lo or tokens[j].quote >= 0:
        return _phrase_after(tokens, cue + 1, hi) if inverted else (-1, -1)  # '"...," said Sheriff Bill Brown'
    if tokens[j].text == ",":
        return _subject_before_comma(tokens, j, lo, cue, hi)
    if not tokens[j].is_word:
        return (-1, -1)
    return _phrase_before(tokens, j, lo)


def name_speaker(article: Article, tokens: list, span: tuple, position: int) -> Speaker:
    """Turn the subject words ``tokens[span[0]:span[1]]`` into a ``Speaker``.

    Pronouns are resolved against the speakers read so far (``article.history``);
    a name is written out in full from the names the article has given.
    """
    first, last = span
    if first < 0:
        return Speaker()
    words = [t.text for t in tokens[first:last]]
    speaker = Speaker(
        mention=article.text[tokens[first].start : tokens[last - 1].end],
        mention_start=tokens[first].start,
        mention_end=tokens[last - 1].end,
    )
    lowered = [w.lower() for w in words]
    if len(words) == 1 and lowered[0] in PRONOUNS:
        found = resolve_pronoun(article, lowered[0], position)
        if found is None:
            return speaker
        speaker.name, speaker.person, speaker.gender, speaker.plural = found.name, found.person, found.gender, found.plural
        if found.person and PRONOUNS[lowered[0]] in {"m", "f"}:
            article.genders.setdefault(found.name, PRONOUNS[lowered[0]])
        return speaker
    if lowered[0] in {"i", "we", "you"}:
        return speaker
    alias = _pseudonym(words)
    name = alias or person_name(words)
    if name:
        speaker.name = _fullest_name(article, name, position)
        speaker.person = True
    else:
        speaker.name, speaker.person = _describe(article, words)
    gender = _gender(lowered)
    if gender and speaker.name:
        article.genders.setdefault(speaker.name, gender)
    speaker.gender = article.genders.get(speaker.name, gender)
    speaker.plural = not name and (lowered[-1] in PLURAL_WORDS or (lowered[-1].endswith("s") and lowered[-1] in ROLE_WORDS))
    return speaker


def sentence_subject(article: Article, tokens: list, lo: int, hi: int):
    """The person a sentence is about when it opens with their name, else ``None``.

    ``Hatice Cengiz addressed the assembly.`` makes Hatice Cengiz someone a
    later ``she said`` can refer to, even with no reporting verb.
    """
    if lo >= hi or not tokens[lo].is_cap:
        return None
    first, last = _phrase_after(tokens, lo, hi)
    if first < 0 or last >= hi or not tokens[last].is_word or not tokens[last].text.islower():
        if not (0 <= last < hi and tokens[last].text == ","):
            return None
    words = [t.text for t in tokens[first:last]]
    name = person_name(words)
    if not name:
        return None
    speaker = Speaker(name=_fullest_name(article, name, tokens[lo].start), person=True)
    gender = _gender([w.lower() for w in words])
    if gender:
        article.genders.setdefault(speaker.name, gender)
    speaker.gender = article.genders.get(speaker.name, gender)
    return speaker


def resolve_pronoun(article: Article, pronoun: str, position: int):
    """Find the most recent speaker before ``position`` that ``pronoun`` can mean.

    ``he``/``she`` take the latest person whose known gender does not
    contradict them; ``they`` the latest group; ``it`` the latest
    organisation. Only the last ``PRONOUN_REACH`` speakers are candidates.
    Returns a ``Speaker`` or ``None``.
    """
    wanted = PRONOUNS[pronoun]
    for at, speaker in reversed(article.history[-PRONOUN_REACH:]):
        if at >= position or not speaker.name:
            continue
        if wanted in {"m", "f"}:
            if speaker.person and not speaker.plural and article.genders.get(speaker.name, speaker.gender) in {"", wanted}:
                return speaker
        elif wanted == "plural":
            if speaker.plural:
                return speaker
        elif not speaker.person:
            return speaker
    return None


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


def _name_like(word: str) -> bool:
    if not word or not (word[0].isupper() or word[0].isdigit()):
        return False
    return (word.isupper() and len(word) > 1) or word.lower() not in COMMON_WORDS


def _is_title(word: str) -> bool:
    """``Minister``, ``Ex-Prime``, ``Director-General``: a title, not a name."""
    lower = word.lower().rstrip(".")
    return lower in TITLES or ("-" in lower and any(part in TITLES for part in lower.split("-")))


def _strip_possessive(word: str) -> str:
    for ending in ("'s", "’s"):
        if word.endswith(ending) and len(word) > 2:
            return word[: -len(ending)]
    if word.endswith(("s'", "s’")):
        return word[:-1]
    return word


def _phrase_before(tokens: list, j: int, lo: int) -> tuple:
    """Walk left from ``tokens[j]`` over the noun phrase that ends there."""
    last, first = j + 1, j + 1
    while j >= lo:
        token = tokens[j]
        if token.quote >= 0:
            break
        lower = token.lower
        if token.is_word and lower in set(PRONOUNS) | {"i", "we", "you"} and first == last:
            return (j, last)
        if token.is_word and _name_like(token.text):
            first = j
        elif token.is_word and lower in ROLE_WORDS:
            first = j
        elif token.text == "." and j > lo and tokens[j - 1].lower in ABBREVIATIONS:
            first = j
        elif lower in CONNECTORS | NAME_PARTICLES and first < last and tokens[first].is_cap:
            first = j
        elif lower in DETERMINERS and first < last:
            first = j
            break
        elif _noun_after_determiner(token) and j > lo and _is_determiner(tokens[j - 1]):
            first = j  # "a spokeman for ...", "the three-judge court": a noun after a determiner
        else:
            break
        j -= 1
    while first < last and tokens[first].lower in CONNECTORS:
        first += 1
    if first == last:
        return (-1, -1)
    return (first, last)


def _noun_after_determiner(token: Token) -> bool:
    lower = token.lower
    return token.is_word and token.text.islower() and lower not in COMMON_WORDS and lower not in PRONOUNS and lower not in CUE_VERBS


def _is_determiner(token: Token) -> bool:
    return token.lower in DETERMINERS or token.lower.endswith(("'s", "’s"))


def _phrase_after(tokens: list, i: int, hi: int) -> tuple:
    """Walk right from ``tokens[i]`` over a noun phrase: ``a protester ...``, ``Sheriff Bill Brown``."""
    first = i
    j = i
    if j < hi and tokens[j].is_word and tokens[j].lower in PRONOUNS:
        return (j, j + 1)
    if j < hi and tokens[j].lower in DETERMINERS:
        j += 1
    while j < hi:
        token = tokens[j]
        if token.quote >= 0:
            break
        lower = token.lower
        if token.is_word and (_name_like(token.text) or (token.is_cap and j == first)):
            j += 1
        elif token.is_word and lower in ROLE_WORDS:
            j += 1
        elif token.text == "." and j > first and tokens[j - 1].lower in ABBREVIATIONS:
            j += 1
        elif lower in CONNECTORS | NAME_PARTICLES and j + 1 < hi and tokens[j + 1].is_cap:
            j += 1
        elif lower == "the" and j > first and tokens[j - 1].lower in CONNECTORS:
            j += 1
        elif _noun_after_determiner(token) and j == first + 1 and _is_determiner(tokens[first]):
            j += 1
        else:
            break
    while j > first and (tokens[j - 1].lower in CONNECTORS or tokens[j - 1].lower in DETERMINERS):
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


def _subject_before_comma(tokens: list, comma: int, lo: int, cue: int, hi: int) -> tuple:
    """``Cherry, who led the petition, said``: the subject stands before the aside."""
    k = comma - 1
    while k >= lo and tokens[k].text != "," and tokens[k].quote < 0 and tokens[k].text not in {".", ":", ";"}:
        k -= 1
    if k < lo or tokens[k].text != ",":
        # A clause ends at the comma: '"...," said X' or 'In response, X said'.
        inverted = comma == cue - 1 and not tokens[cue].lower.endswith("ing")
        return _phrase_after(tokens, cue + 1, hi) if inverted else (-1, -1)
    outer = _phrase_before(tokens, k - 1, lo)
    inner = (k + 1, comma)
    inner_words = [t.text for t in tokens[inner[0] : inner[1]]]
    outer_words = [t.text for t in tokens[outer[0] : outer[1]]] if outer[0] >= 0 else []
    if outer_words and person_name(outer_words):
        return outer
    if inner_words and inner_words[0].lower() not in DETERMINERS | {"who", "whose", "which"} and person_name(inner_words):
        if all(t.is_cap or t.lower in NAME_PARTICLES for t in tokens[inner[0] : inner[1]]):
            return inner
    return outer


def _pseudonym(words: list) -> list:
    lowered = [w.lower() for w in words]
    for cue in PSEUDONYM_CUES:
        for i in range(1, len(words) - len(cue)):
            if any(_name_like(w) for w in words[:i]):
                break  # "Pelosi called Trump": not a description followed by a name
            if tuple(lowered[i : i + len(cue)]) == cue:
                rest = words[i + len(cue) :]
                if rest and all(_name_like(w) for w in rest):
                    return rest
    return []


def _fullest_name(article: Article, name: list, position: int) -> str:
    """``Mr Gillan`` -> ``Steve Gillan``: the longest name the article gives with these words.

    Among equally long names the latest one before ``position`` wins, else the first.
    """
    found = {full: places for full, places in article.names.get(name[-1], {}).items() if all(w in full for w in name)}
    if not found:  # "Tedros" for "Tedros Adhanom Ghebreyesus"
        found = {
            full: places for entries in article.names.values() for full, places in entries.items() if all(w in full for w in name)
        }
    if not found:
        return " ".join(name)
    longest = max(len(full) for full in found)
    found = {full: places for full, places in found.items() if len(full) == longest}
    if len(found) == 1 or longest < len(name):
        best = next(iter(found))
    else:  # two people share a surname: the one named last before this point, else the first named
        before = [(max(p for p in places if p < position), full) for full, places in found.items() if places[0] < position]
        best = max(before)[1] if before else min(found, key=lambda full: found[full][0])
    return " ".join(best if len(best) >= len(name) else name)


def _describe(article: Article, words: list) -> tuple:
    """Describe a speaker who is not named: ``(description, is_person)``."""
    words = [w for w in words if w not in {".", ","}]
    lowered = [w.lower() for w in words]
    # The source of "the court's summary" is the court.
    for i, word in enumerate(lowered[:-1]):
        if word.endswith(("'s", "’s")) and lowered[-1] in DOCUMENTS:
            words, lowered = words[: i + 1], lowered[: i + 1]
            words[-1] = _strip_possessive(words[-1])
            lowered[-1] = words[-1].lower()
            break
    org = org_name(words)
    if org:
        return org, False
    if lowered[-1] in DOCUMENTS:
        return "", False  # "the statement read": whose statement, an earlier sentence says
    while words and lowered[0] in DETERMINERS:
        words, lowered = words[1:], lowered[1:]
    if not words:
        return "", False
    # "spokesman for 10 Downing Street" -> "10 Downing Street spokesman".
    for i, word in enumerate(lowered):
        if word in CONNECTORS and 0 < i < len(words) - 1 and all(_name_like(w) for w in words[i + 1 :]):
            words = words[i + 1 :] + words[:i]
            lowered = [w.lower() for w in words]
            break
    head = lowered[-1]
    person = head in ROLE_WORDS - ORG_WORDS - DOCUMENTS or head in TITLES
    # "the court" -> the court the article names most ("Court of Session").
    if not person and len([w for w in words if w[:1].isupper()]) == 0 and head in article.orgs:
        named = article.orgs[head]
        return max(named, key=lambda name: named[name]), False
    return " ".join(words), person


def _gender(lowered: list) -> str:
    if any(w in FEMALE_WORDS for w in lowered):
        return "f"
    if any(w in MALE_WORDS for w in lowered):
        return "m"
    return ""
