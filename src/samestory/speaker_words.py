"""The words the speaker rules read: reporting verbs, titles, roles, organisations.

``samestory.speakers`` finds who said a quotation by reading the words
around it; these are the word lists it reads them with. They are plain sets
of lower-case words, so a lecturer can add a reporting verb, a title or a job
word for their own articles and run the tests to see what changes. The long
list of titles that tells a name from the title before it adds nameparser's
(``NAME_TITLES``).

Examples
--------
>>> "said" in CUE_VERBS, "assemblywoman" in NAME_TITLES, "pope" in FIRST_NAME_TITLES
(True, True, True)
"""

import calendar
import re

from nameparser.config import CONSTANTS as _NAMEPARSER


def word_set(*groups: str) -> frozenset:
    """The words of one or more space-separated strings, as a set.

    Examples
    --------
    >>> sorted(word_set("he she", "they"))
    ['he', 'she', 'they']
    """
    return frozenset(word for group in groups for word in group.split())


# Reporting verbs, every form that news copy uses. Only lower-case words
# count, so "Reports on ..." at the start of a sentence is not a cue.
CUE_VERBS = word_set(
    "say says said saying tell tells told telling add adds added adding",
    "continue continues continued comment comments commented commenting",
    "tweet tweets tweeted tweeting write writes wrote writing post posts posted posting",
    "brand brands branded warn warns warned warning insist insists insisted insisting",
    "urge urges urged urging remark remarks remarked state states stated stating",
    "explain explains explained explaining note notes noted claim claims claimed",
    "argue argues argued arguing declare declares declared announce announces announced",
    "reply replies replied respond responds responded ask asks asked query queries queried",
    "acknowledge acknowledged admit admits admitted concede concedes conceded",
    "confirm confirms confirmed describe describes described describing",
    "call calls called label labels labelled labeled dub dubs dubbed",
    "characterise characterised characterize characterizes characterized",
    "attack attacks attacked praise praised criticise criticised criticize criticized",
    "slam slams slammed accuse accused vow vows vowed pledge pledged promise promised",
    "predict predicts predicted suggest suggests suggested stress stresses stressed",
    "emphasise emphasised emphasize emphasized maintain maintains maintained",
    "recall recalls recalled observe observed conclude concludes concluded",
    "decide decided find finds found rule rules ruled believe believes believed thinks",
    "report reports reported quip quipped joke joked caution cautioned",
    "allege alleges alleged demand demands demanded reveal revealed shout shouted",
    "plead pleaded reiterate reiterated repeat repeated agree agreed deny denied",
    "complain complained lament lamented specify specifies specified",
    "express expresses expressed forecast forecasts condemn condemned hail hailed",
    "blame blamed admit thank thanked welcome welcomed mock mocked read reads",
    "speak speaks spoke speaking elaborate elaborates elaborated",
    "chant chants chanted chanting sing sang yell yelled scream screamed whisper whispered mutter muttered",
    "noting claiming declaring announcing replying responding asking acknowledging admitting conceding",
    "talk talked talking testify testifies testified testifying answer answers answered",
    "counter counters countered retort retorts retorted recount recounts recounted",
    "confirming remarking recalling observing concluding revealing reiterating repeating denying",
    "complaining lamenting expressing condemning accusing vowing pledging promising predicting",
    "suggesting stressing emphasising emphasizing maintaining alleging demanding cautioning",
    "assert asserts asserted asserting contend contends contended reason reasoned clarify clarified clarifying",
    "boast boasted exclaim exclaimed muse mused opine opined assure assured offered offers",
    "confide confides confided confess confesses confessed disclose discloses disclosed",
    "echoed enthuse enthuses enthused gushed hinted implored interjected objected proclaim proclaims proclaimed",
    "protested reassured reckon reckons reckoned reflected snapped sighed laughed fumed grumbled",
    "wonder wonders wondered texted emailed messaged appealed begged thundered decry decries decried",
    "denounce denounces denounced remind reminds reminded surmised theorised theorized summarised summarized cried",
    "agrees denies observes reveals laments praises pleads boasts jokes quips cautions complains acknowledges",
    "hails blames welcomes condemns repeats reiterates exclaims emphasises emphasizes convey conveys conveyed indicate indicates indicated react reacts reacted",
    "blogged",  # (not "disagreed": "The union disagreed." after a quotation is another voice)
    "smiled beamed grinned chuckled shrugged raged",  # '"We have never been busier," Hale beamed.' (see ATTACHED_CUES)
    "shared",  # 'Dr. Patel shared, "Keep your eyes open."' (see ATTACHED_CUES)
)
# Verbs that report words only when they are the quotation's own attribution ('"...," Hale grinned.', 'Patel
# shared, "..."'), not a reaction in a sentence of its own ('"You earned it." Hale grinned.', 'He shared a photo.').
ATTACHED_CUES = word_set("smiled beamed grinned chuckled shrugged raged shared")
# Reporting verbs that are also words of a description: "state police", "state media".
MODIFIER_CUES = word_set("state")
# Reporting words that are also nouns: "a handwritten note", "his report".
NOUN_CUES = word_set(
    "note notes report reports comment comments call calls claim claims remark remarks tweet tweets post posts promise pledge warning",
    "attack attacks statement answer answers reply replies demand demands forecast forecasts",
    "offers reason reasons",
)
# "quoted X as saying", "X was quoted as saying": the verbs that report
# someone else's words through "as saying" (see ``subject_of``).
QUOTING_VERBS = word_set("quote quotes quoted quoting cite cites cited citing reported heard record records recorded")
# "According to X" names a source too (``find_cues``), but it yields to a
# reporting verb in the same sentence: news often cites the outlet it took a
# quotation from.
# Words before a reporting verb that do not belong to its subject.
AUXILIARIES = word_set(
    "has have had also then later previously repeatedly once again further",
    "would will could should may might can did does do just recently publicly",
    "earlier simply reportedly allegedly subsequently now",
)
PASSIVE_AUXILIARIES = word_set("was were is are be been being")
# Callings by which a story refers back to someone it has named ("the Wooster professor",
# "the folk artist"): unlike "the spokesman" or "the witness", they bring in no new voice.
OFFICE_CALLINGS = word_set(
    "congressman congresswoman senator professor presenter broadcaster artist singer musician actor actress",
    "novelist author comedian footballer cyclist golfer boxer",
    "striker forward midfielder winger goalkeeper batsman bowler",
    "businessman businesswoman entrepreneur tycoon billionaire millionaire politician lawmaker legislator",
    "celebrity poet playwright filmmaker athlete sprinter swimmer skier climber explorer adventurer",
    "conservative tory democrat republican liberal socialist",  # a party's member: "the Tory said"
)
# Words for a person that may open a sentence before a single name ("Survivor Syakrani, 24, said")
# and are no first names.
ONE_NAME_CALLINGS = word_set("survivor witness resident victim villager farmer fisherman protester student teenager mum dad")
# Titles of courtesy and rank, which say nothing of a person's role and stand only before a person's name
# ("Dr Nadia Abdel-Fattah", "Lt Gen Tesfaye ...", "Sir John Major").
COURTESY_TITLES = word_set("mr mrs ms miss mx dr prof professor sir dame lady lord rev lt gen col maj capt sgt")
# Titles and offices that precede a name and are not part of it.
TITLES = word_set(
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr",
    "captain capt sheriff president vice prime minister secretary chancellor",
    "chief executive ceo cfo coo cto mayor governor gov senator sen rep representative congressman",
    "congresswoman speaker general gen judge justice commissioner inspector",
    "chairman chairwoman chair director king queen prince princess pope pontiff",
    "taoiseach tánaiste tanaiste",  # the Irish prime minister and deputy: "Taoiseach Micheál Martin", "the Tánaiste said"
    "archbishop bishop cardinal ambassador officer sergeant sgt constable pc",
    "detective det superintendent supt colonel col lieutenant lt major admiral",
    "commander councillor cllr cr deputy acting mp mep msp spokesman spokeswoman undersecretary under-secretary",
    "marshal brigadier corporal commodore advisor adviser class",
    "spokesperson leader head premier ex former interior health foreign home",
    "prisons police prosecutor attorney coach manager editor founder organiser organizer campaigner coordinator convenor",
    "sheikh sheikha sheik emir rapporteur envoy whip minority majority",
    "monsignor monsenor monseñor msgr assemblyman assemblywoman councilman councilwoman alderman",
    "maître maitre recorder datuk dato datin seri tun puan encik",
    "democrat republican conservative tory socialist dem",
    "shri sri smt shrimati herr frau monsieur madame mme mlle señor señora doña dona signor signora alhaji alhaja hajia mallam",
)
# Lower-case words that may stand in the subject of a reporting verb:
# job words, roles and the people news copy quotes without naming them.
ROLE_WORDS = TITLES | word_set(
    "member members committee union trade spokesman spokeswoman official officials clerk clerks",
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
    "fiancée fiancé fiancee fiance widow widower partner girlfriend boyfriend",
    "grandmother grandfather aunt uncle cousin niece nephew colleague colleagues family",
    "journalist journalists reporter reporters columnist author coauthor writer lawmaker",
    "lawmakers legislator legislators politician politicians candidate actor actress",
    "investigator investigators prosecutors judges firefighter firefighters juror jurors foreman forewoman",
    "paramedic paramedics pilot engineer farmer farmers voter voters citizen",
    "citizens refugee refugees migrant migrants patient patients delegate",
    "delegates representatives leaders spokespeople rapporteur envoy",
    "contributor contributors correspondent professor lecturer",
    "broadcaster presenter host anchor commentator comedian singer musician artist",
    "astronomer physicist chemist biologist historian philosopher academic",
    "entrepreneur businessman businesswoman executive chef athlete player",
    "principal headteacher headmaster headmistress treasurer landlord landlady harbourmaster",
    "forecaster meteorologist shopkeeper novelist poet playwright filmmaker film-maker producer photographer",
    "architect surgeon dentist pharmacist vet veterinarian coroner magistrate barrister solicitor",
    "defendant plaintiff claimant suspect inmate prisoner warden ranger skipper referee umpire",
    "striker midfielder defender goalkeeper swimmer cyclist boxer wrestler jockey trainer trainers seed",
    "fisherman publican waiter caretaker midwife carer therapist",
    "psychologist psychiatrist counsellor counselor pastor priest vicar rabbi imam nun monk chaplain",
    "strategist consultant lobbyist organiser volunteer fundraiser cofounder co-founder publisher critic",
    "blogger designer developer programmer geologist ecologist zoologist epidemiologist virologist",
    "physician tutor pupil dean provost rector curator librarian archivist archaeologist",
    "gp gps",  # "retired GP Helen Aitken": a family doctor, as British copy writes it
    "alderman trustee chairperson consul auditor accountant banker trader investor broker agent",
    "tenant homeowner commuter motorist pedestrian mechanic electrician plumber",
    "labourer laborer docker courier sailor veteran bystander onlooker shopper passer-by passers-by",
    "busker landlady",
    "crowd audience fans supporters locals villagers panel jury eyewitness eyewitnesses user users",
    "person people insider insiders caller callers critic critics reviewer",
    "footballer cricketer golfer tennis rugby sprinter runner skier manager midfielder forward teammate",
    "interviewer questioner moderator interpreter translator examiner mediator collector",
    # jobs of press-office and agency copy: "NASA's associate administrator", "a flight specialist"
    "administrator astronaut cosmonaut specialist supervisor technician ombudsman facilitator advocate counsel",
    "planner surveyor miner carpenter cleaner porter doorman bouncer instructor crewmember crewmate",
    "staffer intern apprentice trainee scholar statistician demographer proprietor",
    "customer consumer assistant rescuer medic pundit landowner",  # (not "pollster", "contractor", "vendor", "seller", "builder": often a firm)
    # relatives as local news names them: "His mum said", "her granddaughter", "his stepdad"
    "mum mom mam dad mummy daddy granddaughter grandson grandchild grandchildren grandparent grandparents",
    "grandma grandpa gran grandad granddad nan nana nanna stepmother stepfather stepmum stepdad stepson",
    "stepdaughter stepbrother stepsister son-in-law daughter-in-law mother-in-law father-in-law",
    "brother-in-law sister-in-law half-brother half-sister godmother godfather sibling siblings twin",
    "sons daughters brothers sisters",
)
# Their plurals too ("The researchers found", "economists said"): a group who speak together.
_PEOPLE_SUFFIXES = "er|or|ist|ian|ant|ent|ee|ive|ic"
# ("-ate" only on a longer word: "delegate", "candidate", but not "gate", "state" or "climate")
_PEOPLE_NOUN = re.compile(rf"[a-z-]+(?:{_PEOPLE_SUFFIXES})|[a-z-]{{5,}}ate")
# Looser, for a word that stands for someone already named: "the Frenchman", "the heiress", "the youngster".
_PERSON_SHAPED = re.compile(rf"[a-z-]+(?:{_PEOPLE_SUFFIXES}|man|woman|ess|ar|ward|ster|nik)|[a-z-]{{5,}}ate")
# Words of that shape that are verbs or adverbs, never people ("The council sent a letter", "The union never said").
_SHAPED_NOT_PEOPLE = word_set(
    "sent went spent meant lent bent leant rent never ever over after under rather whether later either together further"
)
ROLE_WORDS = ROLE_WORDS | {word + "s" for word in ROLE_WORDS if _PEOPLE_NOUN.fullmatch(word)}
ROLE_WORDS = ROLE_WORDS | word_set("supporter families fan typist")
# and the plurals the rule above cannot make ("Hospital bosses said", "the coaches said")
ROLE_WORDS = ROLE_WORDS | word_set(
    "bosses chiefs captains coaches chairmen chairwomen athletes bishops diplomats entrepreneurs envoys",
    "friends girls boys husbands wives pilots priests monks nuns imams rabbis surgeons suspects veterans",
    "widows aides fishermen businessmen businesswomen congressmen uncles aunts cousins pupils landlords",
    "midwives playwrights poets architects sheriffs chaplains vicars plaintiffs guards nephews nieces",
)
# Words a story uses for someone it has named ("the teenager"), which may also open a sentence
# before the name ("Teenager Anastasia Volkonskaya upset ...").
EPITHET_NOUNS = word_set(
    "teenager youngster newcomer rookie schoolboy schoolgirl",
    "sculptor painter poet photographer architect designer chef shooter",
    "pensioner postman postwoman crofter rapper mum dad grandad granddad grandma gran nan",
)
# Last words of places' names that are hardly ever surnames: "Carrow Road", "Victoria Station" (not "Lane", "Park" or
# "Hall": people are called those).
PLACE_END_WORDS = word_set("road avenue square station stadium")
# Nouns for someone from a country, region or city that are not shaped like a nationality ("Kenyan", "Welshman"),
# each with the words that mark a person as from there ("Danish midfielder Rasmus Holm", "Denmark's Holm"):
# sports and local copy call a person named before "the Scot", "the Dane", "the Geordie".
DEMONYM_NOUNS = {
    "scot": "scottish scotland", "brit": "british britain", "briton": "british britain", "kiwi": "zealand",
    "aussie": "australian australia", "dane": "danish denmark", "swede": "swedish sweden", "finn": "finnish finland",
    "pole": "polish poland", "czech": "czechia", "slovak": "slovakian slovakia", "serb": "serbian serbia",
    "croat": "croatian croatia", "turk": "turkish turkey", "greek": "greece", "thai": "thailand", "swiss": "switzerland",
    "spaniard": "spanish spain", "dubliner": "dublin", "londoner": "london", "geordie": "newcastle",
    "brummie": "birmingham", "scouser": "liverpool", "cockney": "london",
}  # fmt: skip
# Nouns for where someone is from, which sports and world news put before a full name and which are no part of it:
# "Spaniard Rafael Nadal", "Welshman Gareth Bale". (Names that start with such a word, "Dane Coles", "Finn Russell",
# have two words: only a name of three words or more loses its first. Adjectives are left out: "American" and "British"
# also begin bodies' names, "the American Red Cross".)
NATIONALITY_NOUNS = set(DEMONYM_NOUNS) | word_set(
    "glaswegian mancunian liverpudlian",
    "welshman welshwoman irishman irishwoman scotsman scotswoman englishman englishwoman frenchman frenchwoman",
    "dutchman dutchwoman cornishman yorkshireman corkman kerryman",
)


def person_noun(word: str) -> bool:
    """Is a lower-case noun shaped like a word for a person (``supporter``, ``motorist``, ``historian``)?

    >>> person_noun("supporter"), person_noun("campaign")
    (True, False)
    """
    return word in ROLE_WORDS or (bool(_PEOPLE_NOUN.fullmatch(word)) and word not in _SHAPED_NOT_PEOPLE)


def person_shaped(word: str) -> bool:
    """Is a lower-case noun shaped like a word for a person, loosely (``Frenchman``, ``heiress``, ``youngster`` too)?

    >>> person_shaped("youngster"), person_shaped("app")
    (True, False)
    """
    return bool(_PERSON_SHAPED.fullmatch(word))
# The people who speak for someone else: "a spokesperson for Facebook" and
# "Facebook's spokesperson" are both a "Facebook spokesperson".
SPOKES_WORDS = word_set("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen")
# Words that make a capitalised run an organisation, a place or a document.
ORG_WORDS = word_set(
    "association court council committee union party ministry department office inquiry",
    "service services government parliament assembly university hospital police",
    "bank company group international institute foundation constitution agency",
    "commission organization organisation authority board trust prison prisons",
    "news times post guardian herald telegraph bbc cnn nbc press agency street",
    "house senate congress republic kingdom states nations island county city",
    "inspectorate executive federation league corporation inc ltd plc campaign",
    "vote school college church army navy force forces guard coastguard",
    "administration center centre centers centres town united rovers athletic wanderers albion fc afc club",
    "rfc rlfc gaa gfc",  # "Ravensworth RFC", "St Colman's GAA"
    "society institution museum library network alliance coalition movement district newspaper magazine",
    "bureau community embassy consulate tribunal radio television unit",
    "cabinet military junta",  # "the Egyptian cabinet said"
    "journal gazette tribune chronicle",  # newspapers: "the Lincoln Journal", "told the Kent Gazette Tom Hale was"
)
# Local papers' and news agencies' words, which no person's name ends in: "the Northern Echo", "Reuters reported that ...".
PAPER_AND_AGENCY_WORDS = word_set("echo argus sentinel advertiser", "reuters afp xinhua interfax bernama yonhap kyodo tass")
ORG_WORDS = ORG_WORDS | PAPER_AND_AGENCY_WORDS
# Newspaper words that are also surnames ("Pete Daily"): they end a name run only when a
# name follows them ("told the Lincoln Journal Star Sandra Fluke was").
NEWSPAPER_WORDS = word_set("daily star")
# Words for a relative: "Hale's mother and father", "His family issued a statement", "Lai's son Sebastien".
FAMILY_WORDS = word_set(
    "mother father wife husband daughter son sister brother widow widower fiancée fiancé partner",
    "mum mom mam dad granddaughter grandson grandmother grandfather stepmother stepfather stepmum stepdad",
)
# Fields a body works in, two of them joined by "and" in its name: "Kent Fire and Rescue Service", "Belfast Health and
# Social Care Trust" (but "Michael Fish and Met Office forecasters" are a man and a body).
FIELD_WORDS = word_set(
    "fire rescue health safety social food drug fish wildlife environment culture media sport education training skills",
    "housing transport energy",
)
# The words of the fields a ministry may be named after: "the Department for Environment, Food and Rural Affairs".
POLICY_FIELDS = FIELD_WORDS | word_set(
    "trade industry industries fisheries fishing affairs rural environmental digital communities community local",
    "government welfare labour employment work pensions science sciences innovation technology climate change",
    "business enterprise infrastructure justice security defence defense foreign commonwealth development",
    "agriculture forestry tourism heritage arts youth family families children women gender equality equalities",
    "finance economy economic planning mines mining water sanitation land lands natural resources petroleum gas",
    "information communications broadcasting research higher public works home interior immigration citizenship",
    "sustainability human services veterans emergency civil protection cooperation regional urban religious",
    "consumer competition customs revenue marine maritime ocean oceans space industrial investment statistics",
    "international relations national unity reconciliation sports",
)
# The days of the week: "on Monday night", "Last Tuesday" (from the standard library, as samestory.numbers takes them).
DAY_WORDS = frozenset(day.lower() for day in calendar.day_name)
# The words of a Sunday paper's name after "Sunday": "The Sunday Times", "the Sunday Mirror".
MASTHEAD_WORDS = word_set("times telegraph mirror post express herald mail sun people independent observer tribune star record")
# The last words of the names of newspapers, broadcasters and news agencies: "the Northern Echo", "BBC News", "Reuters"
# (not "mail", "post" or "express", which also end the names of firms that speak through a spokesperson: "Royal Mail").
NEWS_OUTLET_WORDS = PAPER_AND_AGENCY_WORDS | word_set(
    "times telegraph mirror herald sun independent observer tribune star",
    "news guardian gazette chronicle journal messenger examiner courier bbc itv cnn nbc abc cbs rte",
)
# Words that end the names of companies: "Nordvik Shipping", "SkyNusa Airways".
COMPANY_WORDS = word_set(
    "company group bank inc ltd plc corporation corp co airways airlines shipping motors holdings",
    "industries technologies energy oil petroleum mining pharmaceuticals foods media telecom",
    "systems solutions partners capital ventures labs enterprises logistics railway railways railroad insurance",
    "investments brewery stores automobiles aerospace electronics steel chemicals",
    "semiconductor semiconductors software pharma biotech therapeutics networks communications",
    "securities associates consulting advisers advisors analytics resources",
    "ferries cruises biosciences interiors",
    # the last words of local firms' names: "Hartwell Bakeries", "Persimmon Homes", "Arriva Buses"
    "bakery bakeries dairy dairies breweries distillery distilleries homes developments construction",
    "properties estates buses garage garages nurseries supplies farms hotels leisure retail catering haulage",
    "gas trains airport academy hospice mail",
)
ORG_WORDS = ORG_WORDS | COMPANY_WORDS
# What news copy calls a company it has named: "the firm said" -> Nordvik Shipping.
COMPANY_NOUNS = word_set(
    "company firm airline carrier carmaker automaker manufacturer maker retailer operator insurer",
    "supermarket bakery developer housebuilder",
    "lender bank group business chain supplier producer giant conglomerate startup",
    "bakery shop restaurant cafe pub hotel brewery store supermarket",
)
# Words that say what kind of body a name is, when they stand before it: "Dutch club FC Zeewolde",
# "the charity Shelter", "media watchdog Ofcom"; "the club said" is then FC Zeewolde.
KIND_NOUNS = COMPANY_NOUNS | word_set(
    "club team side charity watchdog regulator organisation organization body agency band",
    "broadcaster network website site publisher studio newspaper magazine union party",
)
# Words of the names of offices and ministries, which stand before a holder's name.
OFFICE_WORDS = word_set(
    "affairs rights development health trade defence defense justice interior finance",
    "education environment energy transport security state relations commerce labour",
    "labor agriculture culture economy treasury welfare housing",
)
# Generic words after an organisation's name: "The POA trade union" -> POA.
ORG_TAILS = ("trade union", "union", "party", "company", "charity", "group")
# Documents whose words are their author's: "the court's summary" -> court.
DOCUMENTS = word_set(
    "summary statement report letter ruling judgment judgement tweet post release website",
    "findings study declaration communique notice complaint filing petition lawsuit memo email opinion editorial",
    "proclamation definition proposal resolution guidance advisory bulletin newsletter directive manifesto",
    "leaflet leaflets flyer flyers pamphlet pamphlets message suit decree review",
)
# Where a post is sent from: "a tweet sent from Biden's Twitter account" is Biden's.
ACCOUNT_WORDS = word_set("account accounts feed page channel handle website site blog homepage profile")
# Documents that a later sentence may call by another word: "her findings" ... "the report".
DOCUMENT_KINDS = {
    "findings": "report", "study": "report", "opinion": "report", "judgment": "ruling", "judgement": "ruling",
    "tweet": "post", "release": "statement", "declaration": "statement", "communique": "statement", "suit": "lawsuit",
}  # fmt: skip
# Verbs that make their subject a document's author: "Lind presented her findings".
AUTHOR_VERBS = word_set(
    "issue issues issued publish publishes published present presents presented release releases released",
    "write writes wrote post posts posted tweet tweeted submit submits submitted deliver delivered",
    "hand hands handed send sent file filed make makes made produce produced offer offers offered sign signs signed",
    "written draft drafts drafted author authored adopt adopts adopted unveil unveils unveiled",
    "distribute distributes distributed circulate circulates circulated",
)
# Abbreviated titles and the role a later description calls their holder by:
# "Gov. Ann Lee ... the governor said".
TITLE_ROLES = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "sgt": "sergeant",
    "lt": "lieutenant", "col": "colonel", "capt": "captain", "det": "detective", "supt": "superintendent",
    "insp": "inspector", "prof": "professor", "cllr": "councillor", "cr": "councillor", "adm": "admiral", "maj": "major",
    "cmdr": "commander", "atty": "attorney", "pres": "president", "pm": "minister",
    "pfc": "private", "spc": "specialist", "pvt": "private", "brig": "brigadier", "amb": "ambassador",
}  # fmt: skip
# nameparser's lists of titles (about 800: "Administrator", "Assemblyman",
# "scholar") and of titles that go with one name ("Pope Francis", "Swami
# Chakrapani") widen ours where a name's words are told apart from its title.
# Less a few that are more often names: "Tan" ("Dr Tan Heok Hui"; "Tan Sri" is read by its "Sri"), "Ab" ("Ab Aziz Kaprawi"),
# and "National", more often a body's first word ("National Highways") than a title.
# Added: job titles of agency and laboratory copy that nameparser lacks ("Mission Specialist Jane Ortiz",
# "Team Lead ...", "Postdoctoral Fellow ...", "Astronaut ...").
NAME_TITLES = (TITLES | frozenset(_NAMEPARSER.titles) | word_set("specialist lead fellow astronaut cosmonaut emeritus laureate quarterback freshman sophomore selectman selectwoman undersheriff")) - word_set(
    "tan ab national"
)
# Titles a person is known by with one name: "Pope Francis", "Sheikh Hasina", peers, "Lord Drayson", and Irish officers,
# "Garda Quinlan" (the Niall Quinlan named before).
FIRST_NAME_TITLES = frozenset(_NAMEPARSER.first_name_titles) | word_set("lord lady baroness baron garda")
DETERMINERS = word_set("a an the one another some this that these those its his her their our")
NAME_PARTICLES = word_set("de da di du del della van von der den la le bin ibn bint al el dos das ten ter ap ab ole")
# Particles written onto the next part of a name: "al-Rashid", "el-Masri", "d'Alema".
PARTICLE_PREFIXES = word_set("al el ad an ar as ash at az ibn bin bint abu ben d l")
CONNECTORS = word_set("of for")
# Words that join a clause to the one before; never part of who spoke.
CLAUSE_CONNECTIVES = word_set("but and or yet so however then")
# Capitalised words that start sentences or stand before names but are not
# part of a name.
COMMON_WORDS = word_set(
    "the a an in on at but and or however yesterday today tonight tomorrow",
    "earlier later meanwhile when while after before as if then now last this",
    "although though perhaps because unless whereas until thus instead indeed nonetheless nevertheless",
    "furthermore moreover besides otherwise among amid despite",
    "unlike like beyond amongst towards toward throughout following regarding concerning",
    "including excluding except via upon within into onto",
    "that these those since during speaking according with without for from to",
    "by it he she they we i his her their our my your its there here what who whose whom which",
    "why how also both all some many most other another every each no not so",
    "much few several none neither either nothing everything something anything",
    "everyone everybody someone somebody anyone anybody nobody",
    "such only even still just well one two three monday tuesday wednesday",
    "thursday friday saturday sunday january february march april may june july",
    "august september october november december specifically commenting",
    "asked pressed questioned quizzed interviewed responding reacting replying answering addressing",
    "meet remembering honoring honouring celebrating introducing welcoming featuring saluting",  # "Meet Jane Doe",
    # "Remembering James Dean, Founder of the NASA Art Program": a feature's heading, not part of a name
)
# Link words that a name may write with a capital: "Reporters Without Borders", "Hope Not Hate", "Fathers For Justice".
TITLE_CASE_LINKS = word_set("without against for not to in on of under over")
# Prepositions of place: never a lower-case noun or job word ("was driving near Cleeve Hill"), though capitalised
# they may begin a name ("Under Armour").
PLACE_PREPOSITIONS = word_set("near nearby across along behind beside around opposite outside inside off over under above below beneath between")
# How many earlier speakers a pronoun may reach back to.
PRONOUN_REACH = 40
PLURAL_WORDS = word_set("people men women staff police children family families couple pair duo trio")
# Words for a body of people, which a "he" or "she" never means: "The jury heard from Ann Roe. ... she told the court".
COLLECTIVE_NOUNS = word_set("jury crowd audience panel crew congregation choir squad class")
PRONOUNS = {"he": "m", "she": "f", "they": "plural", "it": "thing"}
FEMALE_WORDS = word_set(
    "mrs ms miss lady dame queen princess woman women mother wife daughter",
    "sister girl spokeswoman chairwoman congresswoman businesswoman fiancée widow",
    "actress grandmother aunt niece girlfriend mum mom policewoman councilwoman",
    "sportswoman stepmother duchess countess baroness",
    "mam mummy granddaughter grandma gran nan nana nanna stepmum stepdaughter stepsister",
    "daughter-in-law mother-in-law sister-in-law half-sister godmother",
)
MALE_WORDS = word_set(
    "mr sir lord king prince man men father husband son brother boy spokesman chairman congressman",
    "fiancé widower grandfather uncle nephew boyfriend dad businessman policeman councilman",
    "sportsman stepfather duke baron sheikh emir",
    "daddy grandson grandpa grandad granddad stepdad stepson stepbrother",
    "son-in-law father-in-law brother-in-law half-brother godfather",
)
# Prepositions whose object is not the subject of the clause that follows.
OBJECT_PREPOSITIONS = word_set("to with by from for against towards toward about at through via")
# Pronouns that say a person's gender, wherever they stand in a sentence.
GENDERED_PRONOUNS = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
PSEUDONYM_CUES = (
    ("using", "the", "pseudonym"),
    ("under", "the", "pseudonym"),
    ("identified", "only", "as"),
    ("identified", "as"),
    ("known", "as"),
    ("named",),
    ("called",),
)
# Words of time, which may end the phrase before a verb but never speak.
TIME_WORDS = word_set("week weeks month months year years day days weekend morning afternoon evening night time hour hours")
# Words that bring in a name or a label, not someone's words: 'an album called "Bullet From A Gun"',
# 'slogans like "Down with ..."'.
NAMING_WORDS = word_set(
    "called call calls calling dubbed dub dubs named name names nicknamed labelled labeled label labels",
    "titled entitled termed term terms described describe describes like",
)
# Words for what someone said: "His response was short:".
SPEECH_NOUNS = word_set("response reply answer message words remarks comment comments reaction verdict")
