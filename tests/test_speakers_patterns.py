"""Who said it? The attribution patterns of English news copy, on made-up sentences.

Every name here is invented. Each case is one short article in the style of
wire copy (AP, Reuters), the BBC or Wikinews, the first words of one of its
quotations, and the speaker that quotation should get under the conventions of
``data/annotations/quotes_README.md``: the fullest name the article gives,
role words stripped; a short description without an article for an unnamed
person (``Facebook spokesperson``); an organisation by its name.

The cases are grouped by pattern, so a failure names the pattern the rules
miss rather than an article they were written from.
"""

import pytest

from samestory.quotes import extract_quotes
from samestory.speakers import person_name


def speaker_of(text, words):
    """The speaker of the one quotation whose text starts with ``words``."""
    quotes = extract_quotes(text)
    rows = quotes[quotes["text"].str.startswith(words)]
    assert len(rows) == 1, quotes[["text", "speaker"]]
    row = rows.iloc[0]
    for column, start, end in (("speaker_mention", "mention_start", "mention_end"), ("cue", "cue_start", "cue_end")):
        assert text[row[start] : row[end]] == row[column]  # offsets give the words back
    return row["speaker"]


def check(cases):
    return pytest.mark.parametrize("text, words, speaker", cases, ids=[f"{i:02d}" for i in range(len(cases))])


# ---------------------------------------------------------------- the verb and its subject

VERB_AND_SUBJECT = [
    ('"We will not back down," Maria Okafor said.', "We will", "Maria Okafor"),
    ('"We will not back down," said Maria Okafor.', "We will", "Maria Okafor"),
    ('Maria Okafor said: "We will not back down."', "We will", "Maria Okafor"),
    ('Maria Okafor said, "We will not back down."', "We will", "Maria Okafor"),
    ('Maria Okafor later said: "We will not back down."', "We will", "Maria Okafor"),
    ('Maria Okafor had earlier said: "We will not back down."', "We will", "Maria Okafor"),
    ('"We will not back down," Maria Okafor said on Tuesday.', "We will", "Maria Okafor"),
    ('"We will not back down," she said.', "We will", ""),  # no one to refer to
]

ASIDES = [
    ('Maria Okafor, the foreign minister, said: "We will not back down."', "We will", "Maria Okafor"),
    ('Maria Okafor, 54, said: "We will not back down."', "We will", "Maria Okafor"),
    ('"We will not back down," Okafor, 54, told The Associated Press.', "We will", "Okafor"),
    ('Maria Okafor, a spokeswoman for the agency, said: "We will not back down."', "We will", "Maria Okafor"),
    ('Maria Okafor, who leads the delegation, said: "We will not back down."', "We will", "Maria Okafor"),
    ('Eva Stone, whose son died in the fire, said: "Nobody warned us."', "Nobody", "Eva Stone"),
    ('"We will not back down," said Maria Okafor, who leads the delegation.', "We will", "Maria Okafor"),
    ('"We will not back down," said Maria Okafor, the agency\'s director.', "We will", "Maria Okafor"),
    ('"We will not back down," said Maria Okafor, director of the agency.', "We will", "Maria Okafor"),
    ('"The world is watching," said Guterres, the UN secretary-general.', "The world", "Guterres"),
    ('"Nobody warned us," said Eva Stone, a resident.', "Nobody", "Eva Stone"),
    ('"Nobody warned us," one resident, Eva Stone, told the BBC.', "Nobody", "Eva Stone"),
    ('Eva Stone, in a statement, said: "We will appeal."', "We will", "Eva Stone"),
    ('Eva Stone, speaking to Reuters, said: "We will appeal."', "We will", "Eva Stone"),
    ('Senator Lisa Graham, a Republican, said: "This is a mistake."', "This is", "Lisa Graham"),
    ('Nurse Eva Stone, 45, from Leeds, said: "The offer was an insult."', "The offer", "Eva Stone"),
    ('"The offer was an insult," said Stone, 45, a nurse from Leeds.', "The offer", "Stone"),
    ('In a statement, Eva Stone, 45, said: "The offer was an insult."', "The offer", "Eva Stone"),
    ('Speaking in Geneva, Sara Lind, the rapporteur, said: "It was premeditated."', "It was", "Sara Lind"),
    ('Eva Stone from Leeds said: "The offer was an insult."', "The offer", "Eva Stone"),
    ('Eva Stone of the Royal College of Nursing said: "The offer was an insult."', "The offer", "Eva Stone"),
    ('"The offer was an insult," Eva Stone, of the Royal College of Nursing, said.', "The offer", "Eva Stone"),
    ('"The offer was an insult," the Royal College of Nursing\'s Eva Stone said.', "The offer", "Eva Stone"),
    ('Bank of Ruritania governor Ana Ruiz said: "Rates will rise."', "Rates", "Ana Ruiz"),
]

TITLES_BEFORE_NAMES = [
    ('UN Secretary-General António Guterres said: "The world is watching."', "The world", "António Guterres"),
    ('"The world is watching," United Nations Secretary-General António Guterres said.', "The world", "António Guterres"),
    ('Prime Minister Jane Doe told reporters: "We are ready."', "We are", "Jane Doe"),
    ('"We are ready," Prime Minister Jane Doe told reporters on Monday.', "We are", "Jane Doe"),
    ('Greek Prime Minister Kosta Andreou said: "We welcome the deal."', "We welcome", "Kosta Andreou"),
    ('Police spokesman Tom Hale said: "Two men were arrested."', "Two men", "Tom Hale"),
    ('UN special rapporteur Sara Lind said: "We will help."', "We will", "Sara Lind"),
    ('WHO Director-General Abebe Tesfaye Mulu said: "We now have a name."', "We now", "Abebe Tesfaye Mulu"),
    ('"This is a mistake," Republican Senator Lisa Graham of Ohio said.', "This is", "Lisa Graham"),
    ('"This is a mistake," said Senator Lisa Graham (R-OH).', "This is", "Lisa Graham"),
    ('Lisa Graham (Republican) said: "This is a mistake."', "This is", "Lisa Graham"),
    ('"The world is watching," said the UN\'s secretary-general, Ana Ruiz.', "The world", "Ana Ruiz"),
    ('The US president, Tom Hale, tweeted: "We are leaving."', "We are", "Tom Hale"),
]

POSSESSIVES_AND_APPOSITION = [
    ('Khan\'s lawyer, Sam Lee, said: "My client is innocent."', "My client", "Sam Lee"),
    ('His fiancée Ayla Demir said: "I want justice."', "I want", "Ayla Demir"),
    ('Tarik Osman\'s fiancée, Ayla Demir, said: "I will not rest."', "I will", "Ayla Demir"),
    ('The fiancée of Tarik Osman, Ayla Demir, said: "I will not rest."', "I will", "Ayla Demir"),
    ('Ayla Demir, the fiancée of Tarik Osman, said: "I will not rest."', "I will", "Ayla Demir"),
    ('Eva Stone\'s lawyer Tom Hale said: "She is innocent."', "She is", "Tom Hale"),
    ('Tom Hale, Eva Stone\'s lawyer, said: "She is innocent."', "She is", "Tom Hale"),
    ('Chen Wei\'s spokesman, Li Na, said: "The minister is abroad."', "The minister", "Li Na"),
]

# ---------------------------------------------------------------- reporting verbs

VERBS = [
    ('Lena Fischer wrote on Twitter: "Shame on them."', "Shame", "Lena Fischer"),
    ('Lena Fischer tweeted: "Shame on them."', "Shame", "Lena Fischer"),
    ('In a tweet, Lena Fischer wrote: "Shame on them."', "Shame", "Lena Fischer"),
    ('Lena Fischer posted on Facebook: "Shame on them."', "Shame", "Lena Fischer"),
    ('Lena Fischer stated: "Shame on them."', "Shame", "Lena Fischer"),
    ('"Shame on them," Lena Fischer added.', "Shame", "Lena Fischer"),
    ('Lena Fischer explained: "It was a mistake."', "It was", "Lena Fischer"),
    ('Lena Fischer noted that "the figures are wrong."', "the figures", "Lena Fischer"),
    ('Lena Fischer argued: "The figures are wrong."', "The figures", "Lena Fischer"),
    ('"The figures are wrong," Lena Fischer claimed.', "The figures", "Lena Fischer"),
    ('Lena Fischer announced: "I will resign."', "I will", "Lena Fischer"),
    ('Lena Fischer responded: "That is false."', "That is", "Lena Fischer"),
    ('"That is false," Lena Fischer replied.', "That is", "Lena Fischer"),
    ('Lena Fischer asked: "Who pays for this?"', "Who pays", "Lena Fischer"),
    ('Lena Fischer described the ruling as "a scandal".', "a scandal", "Lena Fischer"),
    ('Lena Fischer told CNN in an interview: "We will not back down."', "We will", "Lena Fischer"),
    ('Piotr Nowak told the BBC the plan "will fail".', "will fail", "Piotr Nowak"),
    ('"The plan will fail," Piotr Nowak told the BBC.', "The plan", "Piotr Nowak"),
    ('Lena Fischer wrote in a letter to the board: "We will not back down."', "We will", "Lena Fischer"),
    ('Lena Fischer said in a statement that the ban was "unjust".', "unjust", "Lena Fischer"),
    ('In a statement, Lena Fischer said: "We regret the delay."', "We regret", "Lena Fischer"),
]

ACCORDING_TO = [
    ('The plan is "a disaster", according to Piotr Nowak.', "a disaster", "Piotr Nowak"),
    ('According to Piotr Nowak, "the plan will fail."', "the plan", "Piotr Nowak"),
    ('"We will appeal," Eva Stone said, according to Reuters.', "We will", "Eva Stone"),
    ('"We will appeal," according to a statement from the ministry.', "We will", "ministry"),
    ('The risk is "very high", according to the World Health Organization.', "very high", "World Health Organization"),
]

VERB_CHAINS = [
    ('Tom Hale defended the decision on Monday, saying: "We are leaving."', "We are", "Tom Hale"),
    ('Eva Stone welcomed the ruling, adding: "This is a historic success."', "This is", "Eva Stone"),
    ('"We are leaving," Tom Hale said, before adding: "It is time."', "It is", "Tom Hale"),
    ('Tom Hale went on to say: "We are leaving."', "We are", "Tom Hale"),
    ('Tom Hale took to Twitter to say: "We are leaving."', "We are", "Tom Hale"),
    ('In a speech, Tom Hale went on to say: "We are leaving."', "We are", "Tom Hale"),
    ('Tom Hale is reported to have said: "We are leaving."', "We are", "Tom Hale"),
    ('Tom Hale declined to comment, saying only that "talks continue".', "talks", "Tom Hale"),
    ('Police arrested Tom Hale, saying he "posed a threat".', "posed", "Police"),
    ('"We\'re ready," says Eva Stone.', "We're", "Eva Stone"),
    ('Asked whether she would resign, Eva Stone said: "No."', "No.", "Eva Stone"),
    ('When asked about the plan, Eva Stone replied: "It is dead."', "It is", "Eva Stone"),
    ('Responding to the ruling, Facebook said: "We will appeal."', "We will", "Facebook"),
]

QUOTED_AS_SAYING = [
    ('The BBC quoted Eva Stone as saying: "We will appeal."', "We will", "Eva Stone"),
    ('Reuters quoted Eva Stone as saying the ruling was "a disgrace".', "a disgrace", "Eva Stone"),
    ('Eva Stone was quoted as saying: "We will appeal."', "We will", "Eva Stone"),
    ('Eva Stone was quoted by Reuters as saying: "We will appeal."', "We will", "Eva Stone"),
    ('"We will appeal," Eva Stone was quoted as saying.', "We will", "Eva Stone"),
]

# ---------------------------------------------------------------- organisations and their voices

ORGANISATIONS = [
    ('The ministry said: "The budget is final."', "The budget", "ministry"),
    ('"The budget is final," the ministry said.', "The budget", "ministry"),
    ('The court ruled: "The law is void."', "The law", "court"),
    ('"The law is void," the court ruled.', "The law", "court"),
    ('The Supreme Court of Ruritania ruled: "The law is void."', "The law", "Supreme Court of Ruritania"),
    ('The Ruritanian Health Ministry said: "Masks are required."', "Masks", "Ruritanian Health Ministry"),
    ('Greenpeace said in a statement: "This is a victory."', "This is", "Greenpeace"),
    ('Facebook said in a statement: "We will comply."', "We will", "Facebook"),
    ('The White House said: "The president is abroad."', "The president", "White House"),
    ('"Two men were arrested," police said.', "Two men", "police"),
    ('The World Health Organization (WHO) said: "The risk is high."', "The risk", "World Health Organization"),
    ('"The risk is high," the World Health Organization (WHO) said.', "The risk", "World Health Organization"),
    ('The European Court of Justice (ECJ) ruled: "Courts may order removal."', "Courts", "European Court of Justice"),
    ('In a statement released on Monday, the ministry said: "We will appeal."', "We will", "ministry"),
    ('The ministry\'s statement said: "We will appeal."', "We will", "ministry"),
    ('A statement from the ministry said: "We will appeal."', "We will", "ministry"),
    ('The Ruritanian Health Ministry issued new rules. "Masks are required," the ministry said.', "Masks", "Ruritanian Health Ministry"),
]

SPOKESPEOPLE_AND_OFFICES = [
    ('A spokesperson for Chen Wei said: "The minister is abroad."', "The minister", "Chen Wei spokesperson"),
    ('"We will comply," a Facebook spokesperson said.', "We will", "Facebook spokesperson"),
    ('A spokesperson for Facebook said: "We will comply."', "We will", "Facebook spokesperson"),
    ('Facebook\'s spokesperson said: "We will comply."', "We will", "Facebook spokesperson"),
    ('Chen Wei\'s spokesman said: "The minister is abroad."', "The minister", "Chen Wei spokesman"),
    ('A spokesperson for the Ministry of Health said: "We are investigating."', "We are", "Ministry of Health spokesperson"),
    ('"We are investigating," a spokeswoman for the Ministry of Health said.', "We are", "Ministry of Health spokeswoman"),
    ('Chen Wei\'s office said: "The minister is abroad."', "The minister", "Chen Wei's office"),
    ('Chen Wei flew to Paris. Wei\'s office said: "The minister is abroad."', "The minister", "Chen Wei's office"),
    ('Chen Wei flew to Paris. A spokesperson for Wei said: "The minister is abroad."', "The minister", "Chen Wei spokesperson"),
    ('A Home Office spokeswoman said: "We do not comment."', "We do", "Home Office spokeswoman"),
    ('"Nobody warned us," a resident told the BBC.', "Nobody", "resident"),
    ('Residents said: "Nobody warned us."', "Nobody", "residents"),
    ('A spokeswoman for the department, who spoke on condition of anonymity, said: "The review is ongoing."', "The review", "department spokeswoman"),
]

# ---------------------------------------------------------------- names: particles, letters, later mentions

NAMES = [
    ('Ursula van der Berg said: "The budget is final."', "The budget", "Ursula van der Berg"),
    ('"The budget is final," said Ursula van der Berg.', "The budget", "Ursula van der Berg"),
    ('Luis de la Cruz said: "The budget is final."', "The budget", "Luis de la Cruz"),
    ('"The budget is final," said Ahmed al-Rashid.', "The budget", "Ahmed al-Rashid"),
    ('Ahmed al-Rashid said: "The budget is final."', "The budget", "Ahmed al-Rashid"),
    ('Abdel Karim el-Masri said: "We welcome the deal."', "We welcome", "Abdel Karim el-Masri"),
    ('"We welcome the deal," said Egyptian President Abdel Karim el-Masri.', "We welcome", "Abdel Karim el-Masri"),
    ('"The budget is final," said Khalid bin Hamad.', "The budget", "Khalid bin Hamad"),
    ('Sheikh Khalid bin Hamad al-Nouri said: "We welcome the deal."', "We welcome", "Khalid bin Hamad al-Nouri"),
    ('"We welcome the deal," said Sheikh Khalid bin Hamad al-Nouri.', "We welcome", "Khalid bin Hamad al-Nouri"),
    ('Recep Yıldıroğlu said: "The budget is final."', "The budget", "Recep Yıldıroğlu"),
    ('"The budget is final," Jürgen Müller said.', "The budget", "Jürgen Müller"),
    ('Ursula van der Berg arrived. "We welcome the deal," Van der Berg said.', "We welcome", "Ursula van der Berg"),
    ('Ursula van der Berg arrived. "We welcome the deal," van der Berg said.', "We welcome", "Ursula van der Berg"),
    ('Ahmed al-Rashid arrived. "We welcome the deal," al-Rashid said.', "We welcome", "Ahmed al-Rashid"),
    ('Ayla Demir arrived in Ankara.\n"I want justice," Demir said.', "I want", "Ayla Demir"),
    ('Ayla Demir arrived in Ankara.\n"I want justice," said Demir.', "I want", "Ayla Demir"),
    ('Ayla Demir arrived in Ankara.\nMs Demir said: "I want justice."', "I want", "Ayla Demir"),
    ('Jürgen Müller met Ana Costa on Friday. "It went well," Costa said.', "It went", "Ana Costa"),
    ('Jürgen Müller met Ana Costa on Friday. "It went well," said Müller.', "It went", "Jürgen Müller"),
    ('Abebe Tesfaye Mulu spoke in Geneva. "We now have a name," Abebe said.', "We now", "Abebe Tesfaye Mulu"),
    ('Jean-Claude Moreau said: "We are ready."', "We are", "Jean-Claude Moreau"),
    ('"We are ready," said Man-kei Tam.', "We are", "Man-kei Tam"),
    ('J. K. Lowell spoke on Monday. "We are ready," Lowell said.', "We are", "J. K. Lowell"),
    ('"We are ready," said Donald J. Harper.', "We are", "Donald J. Harper"),
    ('Seamus O\'Brien said: "We are ready." "It is time," O\'Brien added.', "It is", "Seamus O'Brien"),
    ('Kim Jong-min said: "We are ready." "It is time," Kim added.', "It is", "Kim Jong-min"),
    ('Tom Hale and his brother Sam Hale spoke. "We are ready," Sam Hale said. "Now," Tom Hale said.', "Now", "Tom Hale"),
    ('Minister for Foreign Affairs Sami Shukri said: "We reject the report."', "We reject", "Sami Shukri"),
    ('Minister of State for Foreign Affairs Adel al-Nouri tweeted: "We reject it."', "We reject", "Adel al-Nouri"),
    ('UN High Commissioner for Human Rights Ana Ruiz said: "We reject the report."', "We reject", "Ana Ruiz"),
    ('Director-General of the World Health Organization Abebe Tesfaye said: "We agree."', "We agree", "Abebe Tesfaye"),
    ('Secretary of State Mike Pompa said: "We reject the report."', "We reject", "Mike Pompa"),
    ('Ruritanian Minister of Health Eva Stone said: "We reject the report."', "We reject", "Eva Stone"),
]

# ---------------------------------------------------------------- pronouns and descriptions that refer back

REFERRING_BACK = [
    ('Olga Petrova spoke after the verdict. "We will appeal," she said.', "We will", "Olga Petrova"),
    ('Tom Hale said the vote was lost. "We will win next time," he added.', "We will", "Tom Hale"),
    ('Tom Hale said: "We will win." He added: "The vote is ours."', "The vote", "Tom Hale"),
    ('Police arrested Tom Hale on Monday. "I am innocent," he said.', "I am", "Tom Hale"),
    ('Mr Tom Hale met Ms Eva Stone. "It went well," she said.', "It went", "Eva Stone"),
    ('Ms Eva Stone met Mr Tom Hale. "It went well," he said.', "It went", "Tom Hale"),
    ('Ms Stone criticised Mr Hale. "He is wrong," she said.', "He is", "Stone"),
    ('Eva Stone criticised Tom Hale\'s plan. "It is reckless," she said.', "It is", "Eva Stone"),
    ('Ms Olga Petrova spoke. Then Mr Ivan Petrov spoke. "We will appeal," she said.', "We will", "Olga Petrova"),
    (
        'Ayla Demir, Tarik Osman\'s fiancée, said: "I will not rest." Osman was killed in May. "He was my life," she said.',
        "He was",
        "Ayla Demir",
    ),
    ('Tarik Osman was killed in May.\nHis fiancée Ayla Demir said: "I will not rest."\n"He was my life," she added.', "He was", "Ayla Demir"),
    ('Eva Stone, who lost her son in the fire, spoke first. Tom Hale followed. "Nobody warned us," she said.', "Nobody", "Eva Stone"),
    ('The protesters marched on the ministry. "We want our jobs back," they said.', "We want", "protesters"),
    ('The Ruritanian Health Ministry issued new rules. "Masks are required," it said.', "Masks", "Ruritanian Health Ministry"),
    ('Facebook dismissed the ruling. "We will comply," it said.', "We will", "Facebook"),
    ('Ayla Demir met the UN envoy, Sara Lind. "We will help," the envoy said.', "We will", "Sara Lind"),
    ('UN envoy Sara Lind met Ayla Demir.\n"We will help," the envoy told reporters.', "We will", "Sara Lind"),
    ('Sara Lind, the UN special rapporteur, visited Ankara.\nThe rapporteur said: "We will help."', "We will", "Sara Lind"),
    ('Greek Prime Minister Kosta Andreou met Ayla Demir.\n"We welcome the deal," the prime minister said.', "We welcome", "Kosta Andreou"),
    ('"We will comply," a spokesperson said.', "We will", "spokesperson"),  # indefinite: a new, unnamed person
    (
        'US President Tom Hale spoke on Monday.\nTurkish President Recep Yıldız said he would go on.\n'
        '"I will not stop," the president said.',
        "I will",
        "Recep Yıldız",  # of two presidents, the one named last
    ),
    # A place is no person: the pronoun passes over "Hong Kong" to the speaker.
    ('Carrie Lee announced the plan. The protests spread across Hong Kong. "We will listen," she said.', "We will", "Carrie Lee"),
    ('Tom Hale spoke. Eva Stone met reporters in South Carolina. "We are ready," she said.', "We are", "Eva Stone"),
    ('Mayor Eva Stone said: "We are ready." The mayor added: "We have a plan."', "We have", "Eva Stone"),
    ('Eva Stone, 54, is a nurse. "We are ready to fight," the 54-year-old said.', "We are", "Eva Stone"),
    # A new description of someone already named ("the teenager") is that person; a word that brings in a new voice is not.
    ('Kane Moss, 17, scored twice for Rovers.\n"The lads were brilliant," the teenager said.', "The lads", "Kane Moss"),
    ('Ana Ruiz was rescued on Monday.\n"I prayed every hour," the mother-of-two said.', "I prayed", "Ana Ruiz"),
    ('Maria Lopez, a grandmother of six, was rescued.\n"I thought I would die," the pensioner said.', "I thought", "Maria Lopez"),
    ('Maria Lopez was rescued from the rubble.\n"It sounded like thunder," the witness said.', "It sounded", "witness"),
    ('Tom Hale won the race. "We are delighted," the club said.', "We are", "club"),
    ('UN special rapporteur Sara Lind presented her report. The report said: "It was premeditated."', "It was", "Sara Lind"),
    ('The foreign ministry issued a statement. The statement said: "The report is biased."', "The report", "foreign ministry"),
    ('The court issued its ruling on Friday. "The law is void," the ruling said.', "The law", "court"),
    ('Eva Stone\'s statement, released on Monday, said: "We will appeal."', "We will", "Eva Stone"),
    ('Sara Lind presented her findings. The report concluded: "It was premeditated."', "It was", "Sara Lind"),
    ('Sara Lind published a report. It found "credible evidence". "The killing was planned," it said.', "The killing", "Sara Lind"),
    ('Facebook criticised the ruling. "Courts may order removal," the ruling said.', "Courts", ""),  # no author named
    ('The Supreme Court ruled on Thursday.\n"Courts may order removal," the ruling said.', "Courts", "Supreme Court"),
    ('Eva Stone said in a statement that she would appeal.\n"We will win," the statement said.', "We will", "Eva Stone"),
]

# ---------------------------------------------------------------- where the attribution stands

PLACEMENT = [
    ('"We will appeal." Olga Petrova said this after the verdict.', "We will", "Olga Petrova"),
    ('Olga Petrova spoke to reporters after the verdict. "We will appeal. The judge was wrong."', "We will", "Olga Petrova"),
    ('Olga Petrova said:\n"We will appeal."', "We will", "Olga Petrova"),
    ('"We will win," Tom Hale said, adding: "The vote is ours."', "The vote", "Tom Hale"),
    ('"We will win," Tom Hale said. "The vote is ours."', "The vote", "Tom Hale"),
    ('"It is never easy," said Eva Stone. "We know this is hard."', "We know", "Eva Stone"),
    ('"We are," Eva Stone said, "ready to fight."', "ready", "Eva Stone"),
    # A paragraph that reports someone's words without quoting them, then the quotation.
    ('Eva Stone told the assembly that she wanted justice.\n"I want the truth. Nothing less."', "I want", "Eva Stone"),
    ('Eva Stone said: "We will appeal."\nTom Hale told the assembly he would resign.\n"I have had enough."', "I have", "Tom Hale"),
    ('Eva Stone said talks had failed. The BBC reported that both sides walked out.\n"We are disappointed."', "We are", "Eva Stone"),
]

SEVERAL_PEOPLE = [
    ('Tom Hale said the plan was "fine", while Eva Stone called it "reckless".', "fine", "Tom Hale"),
    ('Tom Hale said the plan was "fine", while Eva Stone called it "reckless".', "reckless", "Eva Stone"),
    ('Tom Hale called the plan "fine", but Eva Stone said: "It is reckless."', "It is", "Eva Stone"),
    ('"It is fine," said Tom Hale, but Eva Stone said: "It is reckless."', "It is fine", "Tom Hale"),
    ('"It is fine," said Tom Hale, but Eva Stone said: "It is reckless."', "It is reckless", "Eva Stone"),
    ('Tom Hale and Eva Stone held talks. Hale said: "It went well."', "It went", "Tom Hale"),
    ('Tom Hale, the party\'s leader, and Eva Stone, his deputy, held talks. "It went well," Stone said.', "It went", "Eva Stone"),
    ('"It is reckless," Eva Stone said of Tom Hale\'s plan.', "It is", "Eva Stone"),
    ('"It is reckless," Eva Stone said of the plan proposed by Tom Hale.', "It is", "Eva Stone"),
    ('Eva Stone said Tom Hale was wrong: "He promised a new start."', "He promised", "Eva Stone"),
    ('Eva Stone said Tom Hale had promised "a new start".', "a new start", "Eva Stone"),  # Stone reports it
    ('Eva Stone said she had told Tom Hale to "go home".', "go home", "Eva Stone"),
    ('Ms Stone\'s plan was "reckless", Mr Hale said.', "reckless", "Hale"),
]


@check(VERB_AND_SUBJECT)
def test_verb_and_subject(text, words, speaker):
    assert speaker_of(text, words) == speaker


@check(ASIDES)
def test_asides_between_name_and_verb(text, words, speaker):
    assert speaker_of(text, words) == speaker


@check(TITLES_BEFORE_NAMES)
def test_titles_are_stripped(text, words, speaker):
    assert speaker_of(text, words) == speaker


@check(POSSESSIVES_AND_APPOSITION)
def test_possessive_and_apposition_introductions(text, words, speaker):
    assert speaker_of(text, words) == speaker


@check(VERBS)
def test_reporting_verbs(text, words, speaker):
    assert speaker_of(text, words) == speaker


@check(ACCORDING_TO)
def test_according_to(text, words, speaker):
    assert speaker_of(text, words) == speaker


@check(VERB_CHAINS)
def test_participles_and_infinitives_take_the_clause_subject(text, words, speaker):
    assert speaker_of(text, words) == speaker


@check(QUOTED_AS_SAYING)
def test_quoted_as_saying(text, words, speaker):
    assert speaker_of(text, words) == speaker


@check(ORGANISATIONS)
def test_organisations_speak_by_name(text, words, speaker):
    assert speaker_of(text, words).lower() == speaker.lower()


@check(SPOKESPEOPLE_AND_OFFICES)
def test_spokespeople_and_offices(text, words, speaker):
    assert speaker_of(text, words).lower() == speaker.lower()


@check(NAMES)
def test_names_with_particles_letters_and_later_mentions(text, words, speaker):
    assert speaker_of(text, words) == speaker


@check(REFERRING_BACK)
def test_pronouns_and_descriptions_refer_back(text, words, speaker):
    assert speaker_of(text, words).lower() == speaker.lower()


@check(PLACEMENT)
def test_attribution_before_after_or_in_the_next_sentence(text, words, speaker):
    assert speaker_of(text, words) == speaker


@check(SEVERAL_PEOPLE)
def test_the_nearest_cue_wins(text, words, speaker):
    assert speaker_of(text, words) == speaker


def test_continuation_paragraphs_inherit_the_speaker_of_their_run():
    text = (
        'Defence Minister Karl Berg said: "First part.\n'
        '"Second part.\n'
        '"Third part."\n'
        'Eva Stone disagreed. "It is wrong," she said.'
    )
    quotes = extract_quotes(text)
    assert quotes["speaker"].tolist() == ["Karl Berg"] * 3 + ["Eva Stone"]
    assert quotes["attribution"].tolist() == ["before", "run", "run", "after"]


def test_a_run_opened_after_its_attribution_keeps_it():
    text = 'Tom Hale spoke next. "First part," he said. "Second part.\n"Third part."'
    quotes = extract_quotes(text)
    assert quotes["speaker"].tolist() == ["Tom Hale"] * 3


@pytest.mark.parametrize(
    "words, name",
    [
        ("Ursula van der Berg", ["Ursula", "van", "der", "Berg"]),
        ("Luis de la Cruz", ["Luis", "de", "la", "Cruz"]),
        ("Egyptian President Abdel Karim el-Masri", ["Abdel", "Karim", "el-Masri"]),
        ("Sheikh Khalid bin Hamad al-Nouri", ["Khalid", "bin", "Hamad", "al-Nouri"]),
        ("van der Berg", ["van", "der", "Berg"]),
        ("Lisa Graham ( Republican )", ["Lisa", "Graham"]),
    ],
)
def test_person_name_keeps_particles(words, name):
    assert person_name(words.split()) == name


# ---------------------------------------------------------------- clauses around the speaker

CLAUSES_AROUND_THE_SPEAKER = [
    # A pronoun subject is not the person its own sentence speaks to or with.
    ('Mayor Ann Cole resigned on Monday. Speaking to Tom Reed of the Herald, she said, "We will appeal."', "We will", "Ann Cole"),
    ('Nadia Fell left the board. In an interview with Paul Grant, she said: "It was time to go."', "It was", "Nadia Fell"),
    # Between two people in one sentence, a pronoun takes the one who acts, not the one spoken of.
    ('President Omar Diaz ordered the arrest of journalist Luis Vega. Speaking to Radio Sur, he said, "I take full responsibility."',
     "I take", "Omar Diaz"),
    # A quotation ending "[.]" ends its sentence.
    ('In a call with reporters, Harbor University economist Ana Ruiz said it would be "a grave error[.]" '
     'She went on to say, "We must act now before it is too late."', "We must", "Ana Ruiz"),
    # "by saying", like "saying" after a comma, hangs on the clause's subject.
    ('Minister Paul Gray opened the bridge. He marked the day by saying "this is a proud moment for all of us."', "this is", "Paul Gray"),
    # A document "which read" speaks for whoever issued it.
    ('Acme Corp released a statement which read, in part, "We regret the delay and apologise to our customers."', "We regret", "Acme Corp"),
    # No reporting verb, but a whole statement after the subject's clause and a comma.
    ('Senator Rita Moss, also on Twitter, defended the vote, "I stand by every word I said in the chamber today."', "I stand", "Rita Moss"),
    # An opening participle ("Saying ...") hangs on the subject after its comma.
    ('Saying "the law has failed us" at the rally, Governor Lena Park added, "We will change it this year."', "the law", "Lena Park"),
    # No reporting verb: after opening words, the main clause's subject introduces the statement with a colon.
    ('However, turning to the crowd, Omar Haddad proposed: "Let us all march to the square tomorrow."', "Let us", "Omar Haddad"),
    # "said of X," still reports the quotation that follows.
    ('Health chief Dr. Ines Moro said of the outbreak, "Bottom line, it is going to get worse."', "Bottom line", "Ines Moro"),
]


APPOSITIONS_AND_MODIFIERS = [
    # A title set before the name by commas gives way to the name.
    ('The Senate Minority Leader, Carl Brandt, said on Friday "We made a plea to the president."', "We made", "Carl Brandt"),
    ('The director, Dr. Ines Moro, said "It is going to get worse."', "It is", "Ines Moro"),
    # Offices such as "Minority Whip" and "Monsignor" are titles, not part of the name.
    ('Senate Minority Whip Tom Haskell spoke first. Haskell said "I cannot support this bill."', "I cannot", "Tom Haskell"),
    ('The plan was criticised by archbishop Monsignor Pablo Ruiz Soto. He said "We need to pray."', "We need", "Pablo Ruiz Soto"),
    # The person a modifier chain describes, not the organisation at its end.
    ('Nora Kline of Bayside University and contributor to the Ledger wrote, "The court got it wrong."', "The court", "Nora Kline"),
    ('Devi Rao of the Hajo assembly said "The river is safe to drink from."', "The river", "Devi Rao"),
    # A pronoun after "the head of the investigators" means the head, one person.
    ('The head of the police\'s internal investigators told the court "Basic checks were not done." '
     'She also said "I regret that we were not called."', "I regret", "head of the police's internal investigators"),
]


NAMES_WRITTEN_OUT = [
    # A name spelled with and without its accents is one name.
    ('President Zoltán Kovács opened the session. Later, Kovacs said, "We will win."', "We will", "Zoltán Kovács"),
    # "as reported by X" names where the words were read, not who said them.
    ('Mayor Ida Berg said — as reported by the Daily Post — "The bridge will reopen."', "The bridge", "Ida Berg"),
    # A job word between an organisation and a name ("UCL astronomer ..."), and an occupation opening a sentence.
    ('"It is the best candidate," said UCL astronomer Maya Lund.', "It is", "Maya Lund"),
    ('Broadcaster Tom Hale commented, "The guy is a hero."', "The guy", "Tom Hale"),
    # "Jr." keeps its full stop; a possessive ends a name even when a figure follows.
    ('Guests included Ray Doyle Jr., Ann Lee and Bo Kim. Doyle said of them, "They were wonderful."', "They were", "Ray Doyle Jr."),
    ('Reed won 290 votes to President Carl Brandt\'s 214. Brandt has not conceded, saying, "I won this election."',
     "I won", "Carl Brandt"),
    # An organisation with "on" in its name, and "they" for an organisation.
    ('The Commission on International Religious Freedom criticised the move. They released a statement which said, '
     '"The museum must stay a museum."', "The museum", "Commission on International Religious Freedom"),
]


@check(NAMES_WRITTEN_OUT)
def test_names_written_out(text, words, speaker):
    assert speaker_of(text, words) == speaker


@check(APPOSITIONS_AND_MODIFIERS)
def test_appositions_and_modifiers(text, words, speaker):
    assert speaker_of(text, words) == speaker


@check(CLAUSES_AROUND_THE_SPEAKER)
def test_clauses_around_the_speaker(text, words, speaker):
    assert speaker_of(text, words) == speaker


# ---------------------------------------------------------------- rules from the fourth held-out set, once it joined dev

TITLES_FROM_NAMEPARSER = [  # nameparser's title list and the shape of a title ("-woman", "-person")
    ('Newly elected Assemblywoman Rosa Quintana said, "It is an honour to serve."', "It is", "Rosa Quintana"),
    ('"It is an honour to serve," said Councilwoman Rosa Quintana.', "It is", "Rosa Quintana"),
    ('"The launch went well," Agency Administrator Tom Hale said.', "The launch", "Tom Hale"),
    ('Member of Parliament (MP) Eva Stone of the Green Party added, "This is a dangerous way to govern."', "This is", "Eva Stone"),
    ('A Republican Assemblywoman, Eva Stone, also commented on the vote: "We need more women in office."', "We need", "Eva Stone"),
    ('According to Leeds University political scholar Ana Ruiz, "Parity is still decades away."', "Parity", "Ana Ruiz"),
    ('Swami Anandpuri held a gathering. "The cure works," Swami Anandpuri said.', "The cure", "Swami Anandpuri"),
    ('Pope Leo signed a decree. The decree signed by the Pope read "Abuse must be reported."', "Abuse", "Pope Leo"),
    ('President Tom Hale met reporters. "We had a good week," the President said.', "We had", "Tom Hale"),
]

ASIDES_AND_GROUPS = [
    # a reporting verb inside a dash or bracket aside does not report the quotation after it
    ('Speaker Tom Hale commented on the matter — which the Herald noted as unusual — "It is plainly wrong."', "It is", "Tom Hale"),
    ('Speaker Tom Hale commented on the matter (the Herald reported it first) "It is plainly wrong."', "It is", "Tom Hale"),
    # one of a group is one member of it
    ('One of the nurses said, "We were exhausted."', "We were", "nurse"),
    ('"We were exhausted," said one of the nurses.', "We were", "nurse"),
    ('Protesters blocked the road. One of them said: "We will stay here."', "We will", "protester"),
    ('The students waited outside. One of them even went as far as to say, "This is unfair."', "This is", "student"),
    # the person a modifier chain after "of" describes
    ('Eva Stone of national campaign group Safe Homes Now said, "Rents are too high."', "Rents", "Eva Stone"),
    # a post is its account holder's words
    ('Tom Hale made a promise. A tweet sent from Hale\'s account during the debate repeated it, saying "I will pick a woman."', "I will", "Tom Hale"),
]

PRONOUNS_AND_BARE_QUOTATIONS = [
    # a name that was shown to be a person's earlier still counts when it comes back bare
    ('Former adviser and retired general Tom Hale was on stage as Ana Ruiz spoke. This was the first time Hale spoke since he was pardoned by Ruiz. He said "That is pretty cool."',
     "That is", "Tom Hale"),
    # a closing mark written after a space
    ('Tom Hale spoke. "I thought, \'I am a drummer\' ", he recalled in an interview.', "I thought", "Tom Hale"),
    # a quotation with no reporting verb after a sentence that names one person
    ('The side got two yellow cards, leaving coach Tom Hale unimpressed.  "One of them was questionable."', "One of them", "Tom Hale"),
    ('Tom Hale and Ana Ruiz both watched the match.  "One of them was questionable."', "One of them", ""),  # two people: no guess
]


@check(TITLES_FROM_NAMEPARSER)
def test_titles_from_nameparser_are_stripped(text, words, speaker):
    assert speaker_of(text, words) == speaker


@check(ASIDES_AND_GROUPS)
def test_asides_groups_modifiers_and_posts(text, words, speaker):
    assert speaker_of(text, words) == speaker


@check(PRONOUNS_AND_BARE_QUOTATIONS)
def test_pronouns_and_bare_quotations(text, words, speaker):
    assert speaker_of(text, words) == speaker


# ---------------------------------------------------------------- rules from the fifth held-out set, once it joined dev

FROM_SET_FIVE = [
    # a place in a list is not who a sentence is about
    ('In his talk in Washington, Tom Hale said the project, which involves Greece, Cyprus and Israel, is open to all. "We exclude nobody," he said.',
     "We exclude", "Tom Hale"),
    # an opening word is not a name
    ('Eva Stone talked of being cast. Faced with losing the character of Anya Brook, the producers made her a regular. "It was a good day," she recalls.',
     "It was", "Eva Stone"),
    ('Amidst the bustle, Tom Hale was working on a helmet. He told reporters: "It can be tough to focus."', "It can", "Tom Hale"),
    # "who said": the person "who" stands for
    ('The bill was drafted by Tom Hale who said on the floor, "It follows decades of work."', "It follows", "Tom Hale"),
    ('The bill was drafted by Tom Hale, who said: "It follows decades of work."', "It follows", "Tom Hale"),
    # a document owned by an organisation
    ('Citing the test, the BPI\'s take-down notice claimed: "The code was designed to get round the protection."', "The code", "BPI"),
    # one of a group, any plural
    ('Many users were angry. One of the users said: "We should use the tool as it was meant."', "We should", "user"),
    # an -ing reporting verb
    ('Tom Hale backed the inquiry. He continued by noting that "Using agencies to tip an election is wrong."', "Using agencies", "Tom Hale"),
    # a role after an owner, then the name
    ('"She was the finest scientist I knew," said Leeds University, Harrogate\'s chancellor, Ana Ruiz.', "She was", "Ana Ruiz"),
    # a one-dot leader typed for a full stop after an initial
    ('We reached Sergey M\u2024, one of the maintainers. Later Sergey said: "They want the cipher removed."', "They want", "Sergey M\u2024"),
    # an organisation named in quotation marks after "of"
    ('Calling it "just another apology", Ana Ruiz of "Speak Up", a support charity, told Reuters "it looks prepared in advance".',
     "it looks", "Ana Ruiz"),
]


# ---------------------------------------------------------------- rules from the sixth held-out set, once it joined dev

FROM_SET_SIX = [
    ('Judge Ana Ruiz ruled on Friday. Part of the judge\'s statement reads "the average recruit could be better suited."',
     "the average", "Ana Ruiz"),
    ('Comic artist Eva Stone (Nancy Drew, Jem and the Misfits) told of being forced to rethink her life. "In my first year, I got no work."',
     "In my first", "Eva Stone"),
    ('Underwhelmed with her role, Eva Stone left the series. "This is not what I wanted. I asked them for fake legs" to stand at the Captain Ruiz station. "You could just stick my legs there."',
     "You could", "Eva Stone"),
    ('Lead actor Tom Hale talked about how the series had been underestimated. During the premiere, "I felt like Cinderella at the ball."',
     "I felt", "Tom Hale"),
    ('Tom Hale gave a different account, also speaking via Twitter: "I offered to resign last night."', "I offered", "Tom Hale"),
    ('Ana Ruiz from the pro-Beijing camp said in a press conference: "The disruption was deplorable."', "The disruption", "Ana Ruiz"),
]


# ---------------------------------------------------------------- rules from the seventh held-out set, once it joined dev

FROM_SET_SEVEN = [
    # A person "of" an organisation is the person, not the organisation.
    ('Mike Hale of the World Health Organization (WHO) told the press: "What will stop Ebola is surveillance."', "What will", "Mike Hale"),
    # A spelled-out age is no part of a name.
    ('Fifteen-year-old Robert, on the lower deck, said "I saw the roof falling down".', "I saw", "Robert"),
    # A description must fit the role given: "the local health minister" is not the aviation minister.
    ('Civil Aviation Minister Raj Puri said 18 people died.\n\nThe local health minister said, "The injured were taken to hospital."',
     "The injured", "local health minister"),
    ('Lina Aziz, spokesman for Pakistan\'s Foreign Ministry, spoke on Thursday. "We protest," the Pakistani spokesman said.', "We protest", "Lina Aziz"),
    # A source named in passing ("according to") is not whom the next "he" means.
    ('Tom Hale, aged about 68, had been ill, according to a family spokesperson. He is credited with the constitution.\n\n'
     'Ivan Petrov, the Information Minister, paid tribute to Hale. He said "It is a great loss."', "It is", "Ivan Petrov"),
    # A pronoun in a sentence naming one person is theirs, unless someone of that gender was just named.
    ('Eva Stone, 22, has died. She was a wrestler.\n\nWrestling writer Tom Hale tweeted after hearing the news of her death. He said "This is a sad day."',
     "This is", "Tom Hale"),
    # Two people with one surname: a bare surname is the one named in full most often.
    ('Hana Ito has died, Stardom said. Hana Ito joined Stardom in 2019. Her mother is wrestler Kyoko Ito.\n\n'
     'Outside wrestling, Ito starred in a show. Tom Hale tweeted about the news. He said "A sad day."', "A sad", "Tom Hale"),
    # "One of X's Vice Presidents, NAME,": the name, not the group.
    ('One of Ruritania\'s Vice Presidents, Rebecca Lind, also commented on the death. She said "He was very honest."', "He was", "Rebecca Lind"),
]


# ---------------------------------------------------------------- rules from the fifth blind set

FROM_BLIND_FIVE = [
    ('Lord Penhallow and Dr Aileen Mackie gave evidence.\n\nThe former said little. The latter was more forthright. '
     '"The decision was made in the Treasury," she told the inquiry.', "The decision", "Aileen Mackie"),
    ('Kevin Amankwah and Lesley Carmichael set out their platforms.\n\nThe former promised a ballot. "Our members have waited," he said.',
     "Our members", "Kevin Amankwah"),
    ('Kenya\'s Elias Boit won the marathon. Britain\'s Hannah Green finished fourth.\n\n'
     '"I knew he was tired," said the 26-year-old Kenyan.', "I knew", "Elias Boit"),
    ('Frank Kettering, 84, moved to a home. His wife, Deborah Kettering, was placed elsewhere.\n\n'
     'Their son, Paul, campaigned, and on Monday Mrs Kettering moved in. "He still knows me," she said.', "He still", "Deborah Kettering"),
    ('Pathologist Dr Mehmet Yilmaz told the hearing that Mr Ashcombe had been alive. "There was soot in the airways," he said.',
     "There was", "Mehmet Yilmaz"),
    ('Kerry Doyle ran the half-marathon.\n\n"I have never run so far," said mother-of-three Kerry, 31, of Fairfield Road.', "I have", "Kerry Doyle"),
    ('Hospitals are failing, a report published on Wednesday by the Care Standards Authority has found.\n\n'
     'The report says: "Commodes were found to be soiled."', "Commodes", "Care Standards Authority"),
    ('Film-maker Anjali Rao has won the Golden Lantern.\n\n"Everybody has sisters," she told the Tribune.', "Everybody", "Anjali Rao"),
    ('Its chief executive, Sunil Bose, spoke first. Carnbrook\'s chief executive, Helen Amoah, apologised.\n\n'
     '"We got this badly wrong," the chief executive said.', "We got", "Helen Amoah"),
    ('"The legs are unmistakable," said Dr Kenji Grey. His colleague at the Halvard Institute, Professor Ruth Stein, '
     'is not convinced: "The specimen is badly crushed."', "The specimen", "Ruth Stein"),
]


# ---------------------------------------------------------------- rules from the sixth blind set (US wire style)

FROM_BLIND_SIX = [
    ('Gov. Ann Lee ordered flags lowered.\n\nIn a statement, the governor said: "He was a son of this state."', "He was", "Ann Lee"),
    ('Sen. Horace Abbot, R-Miss., declined to say.\n\n"Ask me after Easter," the senator said, laughing.', "Ask me", "Horace Abbot"),
    ('"Fair to whom?" Vasquez said when told of her remarks. "Our members have not had a raise."', "Our members", "Vasquez"),
    ('Quillon Semiconductor will build a plant.\n\n"The plant will create 400 jobs," according to a press release from the company.',
     "The plant", "Quillon Semiconductor"),
    ('The family of Ramón Hart thanked the community.\n\n"Ramón was the light of our lives," the Hart family said.', "Ramón was", "Hart family"),
    ('The White House will ask for $12 billion, a senior administration official said.\n\n'
     '"The president wants this done," said the official, who spoke on condition of anonymity.', "The president", "senior administration official"),
    ('"There is smoke in the basement," the caller told a dispatcher, according to the recording released by the city.',
     "There is", "caller"),
    ('Detective Marcus Ilunga testified under cross-examination by attorney Rosalind Acker, who represents the man accused of the shooting.\n\n'
     'During her questioning, Acker asked the detective why the gun was not tested.\n\n"It was a judgment call," he said.', "It was", "Marcus Ilunga"),
    ('When cameras were allowed in, chief executive Fernando Lopez turned to his counterpart, Colleen Hart, and said: "We can fly together."',
     "We can", "Fernando Lopez"),
    ('"We were lucky. The roof came down."\n\nThat was how Palila Kahan described the moment the tornado hit.', "We were", "Palila Kahan"),
    ('"I don\'t regret a thing." The words came quietly from Chen Wei, 74, outside the courthouse.', "I don't", "Chen Wei"),
    ('"We can, ma\'am, but not at this pace," Gen. Tom Hale testified.', "We can", "Tom Hale"),
]


# ---------------------------------------------------------------- rules from the eighth held-out set (71-98), once it joined dev

FROM_SET_EIGHT = [
    # A label before a colon, as in a transcript of e-mails.
    ('The exchange was recorded as follows:\n\nSecretary of the Air Force James Roche: "No, Sir, save it."', "No, Sir", "James Roche"),
    ('Civilian Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun: "I read it with disgust."', "I read", "Darleen Druyun"),
    # Roles joined by "and", offices with "and" in their names.
    ('"It is history repeating itself," said former New Zealand coach and former test player John Bracewell.', "It is", "John Bracewell"),
    ('Secretary of Health and Human Services Tommy Thompson announced his departure, stating, "I cannot understand why."',
     "I cannot", "Tommy Thompson"),
    # A person "of" an organisation, after the verb.
    ('"We see a new process," said study co-author Ted Scambos of CU Boulder\'s Institute for Research (CIRES).', "We see", "Ted Scambos"),
    # A report whose author is named after a long phrase; "according to the report".
    ('The report released without publicity the Wednesday before Thanksgiving by the Defense Science Board focuses on communication.\n\n'
     'According to the report, "The campaign is an essential objective."', "The campaign", "Defense Science Board"),
    # "X cited Article 5 and said": the subject of the first verb.
    ('Erdoğan cited Article 5 of the NATO treaty and said, "They need to stand by us", while addressing the press.', "They need", "Erdoğan"),
    ('Co-developer Jing Wang recounted, "Nothing sticks to the coated surface."', "Nothing", "Jing Wang"),
    ('"These are anchor projects," explains Secretary General of the Andean Community Wagner.', "These are", "Wagner"),
    # A place the sentence opens with is not the person a pronoun means.
    ('In Ohio, which was planning to vote, Governor Mike DeWine postponed it. In a statement on Twitter, he wrote, "We face a crisis."',
     "We face", "Mike DeWine"),
    # An apposition with "Ph.D.", a job word before a name after "one of", a name before its description.
    ('Lead author Daniel Paluh, a Ph.D. candidate at the University of Florida, said, "Frogs may look similar."', "Frogs may", "Daniel Paluh"),
    ('One of the study\'s authors, herpetologist David Blackburn, told a magazine the pattern was deep: "Somehow, frogs turn it on."',
     "Somehow", "David Blackburn"),
    ('"White Noise bores," Jack Garner, film critic for Gannet News Service said.', "White Noise", "Jack Garner"),
    ('Indymedia web site quotes Elizabeth Nadeau, a 27-year-old student, as saying "Prison will not deter us."', "Prison will", "Elizabeth Nadeau"),
    # "after the attack": a noun, not a reporting verb; so the subject before the colon speaks.
    ('In a statement released after the attack, the Department of Defense justified the strike as "defensive" in nature: '
     '"The military has taken decisive action."', "The military", "Department of Defense"),
    # A known-gender person who is an object ("endorsed his rival, Joe Biden") is not whom "he" means.
    ('Joe Biden won Virginia.\n\nWednesday, Michael Bloomberg endorsed his former rival, Joe Biden. "Three months ago," he said, "I entered the race."',
     "I entered", "Michael Bloomberg"),
    # A new paragraph that opens with a person keeps them for its "he".
    ('Ahmed Assadi, a spokesman for the militia, blamed Israel.\n\nAli Khamenei, the Supreme Leader, ordered mourning. '
     'In his message, he praised the general: "He was a stellar example."', "He was", "Ali Khamenei"),
]


FROM_SET_NINE = [
    # "quoted X, a description, as saying": the apposition may be long.
    ('The Times quoted Anna Berg, formerly a deputy director at the agency, as saying "The agency must be involved."',
     "The agency", "Anna Berg"),
    # A description, then job words and a name in an aside.
    ('Another co-author, civil and environmental engineering professor Julian Moss, said, "We have seen this before."',
     "We have", "Julian Moss"),
    # A person "of" an organisation that carries a possessive.
    ('Ruth Hale of the UK\'s National Crime Agency (NCA) said, "Offenders cannot hide."', "Offenders", "Ruth Hale"),
    # A long organisation with lower-case words, after the quotation.
    ('"It is going to heal us," Mary O\'Neill of the Northern Arapaho tribal historic preservation office told the crowd.',
     "It is", "Mary O'Neill"),
    # A title "from" a place: the place is not part of the name.
    ('On Wednesday, Senator from Vermont Ben Carter ended his bid.\n\nCarter said, "I do not make this decision lightly."',
     "I do", "Ben Carter"),
    ('"We received an alert this morning," said Dr. Steven Wolf at Saint Francis.', "We received", "Steven Wolf"),
    # "an official from X", "an official at the X": an unnamed person described by where they work.
    ('An official from TfL stated: "We are working with the police."', "We are", "TfL official"),
    ('"We are working with the police," said an official from the Home Office.', "We are", "Home Office official"),
    # "X said ..., while Y wrote ...": the later speaker is the one "he" means.
    ('President Jan Nowak said it was a tragedy while Minister Piotr Lis wrote he had ordered checks. He tweeted, "I express my sympathy."',
     "I express", "Piotr Lis"),
    # A plural role is a group, for "they"; not a role of the person named before it.
    ('The researchers suggested the algae weaken the corals. They reported, "Macroalgae disrupt coral microbiomes."', "Macroalgae", "researchers"),
    ('Researchers from the Georgia Institute of Technology and the University of Leeds reported the result. '
     'The researchers added: "Fish protect the reefs."', "Fish protect", "researchers"),
    ('Emma Hill talked of being cast in a pilot. Faced with losing the character of Anya Jenkins, the producers made her a regular. '
     '"It was a good day," she recalls.', "It was", "Emma Hill"),
]


FROM_BLIND_SEVEN = [
    # A word for the kind of body before its name: "the club", "the company", "they" are that body.
    ('Dutch club FC Noord have sacked their coach.\n\n"The board thanks him for his work," the club said.', "The board", "FC Noord"),
    ('Rail operator Calder Lines has apologised. Calder Lines blamed the track owner, Network Rail. They added: "We are sorry."',
     "We are sorry", "Calder Lines"),
    ('Drug maker Halberg has pulled its pill.\n\n"Safety comes first," according to a statement on the company\'s website.', "Safety", "Halberg"),
    # "The Vienna-based group": a description of the organisation just named.
    ('The Committee for Press Freedom called for the release. The Vienna-based group said: "They must be freed."', "They must", "Committee for Press Freedom"),
    # An unnamed body described once ("A judicial committee"), then "the committee".
    ('A judicial committee cleared the player. "There was no recklessness," the committee said.', "There was", "judicial committee"),
    # "a board official": the board the article named.
    ('The Kenya Athletics Board suspended two runners, a board official said. "They may appeal," the official told AFP.',
     "They may", "Kenya Athletics Board official"),
    # An embassy with its city; a title "for X of Y" before the name; "on Tuesday" after a name.
    ('The U.S. Embassy in Nairobi issued a warning.\n\n"Stay vigilant," the embassy said.', "Stay", "U.S. Embassy in Nairobi"),
    ('Minister for Trade of Fiji Ana Vaka has spoken.\n\n"We will not sign," Ms Vaka said.', "We will", "Ana Vaka"),
    ('Union Minister for Rural Development Ravi Kumar Sen on Tuesday rejected the charges.\n\n"Every rupee is accounted for," the minister said.',
     "Every rupee", "Ravi Kumar Sen"),
    # "according to" with an apposition; a memo "written by" someone.
    ('"Short sleepers catch colds," according to the study\'s lead author, Dr Ingrid Berg of the University of Oslo.', "Short", "Ingrid Berg"),
    ('"Give no dates," the memo, written by network director Colin Pyke, says.', "Give no", "Colin Pyke"),
    # "one supporter", "the families": unnamed people and groups.
    ('"I cannot afford it," said one supporter who did not want to be named.', "I cannot", "supporter"),
    ('"We will never forget it," the families said in a statement.', "We will", "families"),
    # "His minister" is the minister the article named; "Her coach, ... Igor Baranov": "she" is still her.
    ('The president, Ricardo Soto, and his foreign minister, Gabriela Arbulu, disagreed. His minister was less sanguine. '
     '"We have not moved," she said.', "We have not", "Gabriela Arbulu"),
    ('Teenager Anna Volk won, then joked that her coach was nervous. Her coach, former Davis Cup player Igor Baranov, watched. '
     '"I just tried to hit the ball," she said.',
     "I just", "Anna Volk"),
]


FROM_SET_TEN = [
    # A stray comma after "Name of Organisation"; a time between the subject and the verb.
    ('Ann Cole of Truth First says it is hate speech. Jeff Bond of Exodus Group, said the app reaches believers. '
     '"We are reaching those who want it," he said.', "We are", "Jeff Bond"),
    ('Earlier, another member of the commission, Bishop Juan de Dios Pueblo, on Saturday said the army was involved. '
     '"We have identified killings," he said.', "We have", "Juan de Dios Pueblo"),
    ('A court in Nairobi on Wednesday denied bail to businesswoman Wanjiru Kamau. "She intends to clear her name," her lawyer said.',
     "She intends", "Wanjiru Kamau's lawyer"),
    # "Name of a long institution in Place, an apposition, commented that"; a place after "in" is not a person.
    ('Kathy Vega of the Centro de Astronomia in Venezuela, the author of the paper, commented that "The stream is part of it."',
     "The stream", "Kathy Vega"),
    ('Dora Cuaresma, head of the chapter in Southern Tagalog, said the report was not enough. Southern Tagalog covers '
     'Mindoro, where Palparan\'s assignment began. "We hope the report is not a facade," she said.', "We hope", "Dora Cuaresma"),
    # "Name at Company agrees." then a quotation with no verb: the person named.
    ('"We are ready to compete," Arngrimsson said. Birgir Jonsson at Iceland Express agrees. "We welcome the competition."',
     "We welcome", "Birgir Jonsson"),
    # The second half of a split quotation, though the next sentence names someone else.
    ('"He did know about it," said Thomas, "so how do you reconcile this gap?" Perino reiterated that nothing changed.',
     "so how", "Thomas"),
    # A statement on an organisation's website; a law that states.
    ('Exodus Group developed the app. The statement on its website says, "Exodus is a ministry."', "Exodus is", "Exodus Group"),
    ('The claim rests on Section 230 of the Communications Decency Act which states that "No provider shall be treated as the publisher."',
     "No provider", "Communications Decency Act"),
    # A name misspelt once; an age written with a space; a possessive role the article gave someone.
    ('Udom Tantipong, founder of the airline, spoke. "Anyone can go bankrupt," said Urdom.', "Anyone", "Udom Tantipong"),
    ('Lance Armstrong announced his retirement. "Athletes have to retire," said the 33 year-old American.', "Athletes", "Lance Armstrong"),
    ('Magazine editor Richard Steng said the choice was easy. "It felt a little off," said Time\'s editor.', "It felt", "Richard Steng"),
    ('Retired Gen. Jovito Palpa Jr. was named. Later Jovito Palpa admitted it. "It\'s possible," Palpa said.', "It's possible", "Jovito Palpa Jr."),
    # A quotation after a sentence that reports someone's words: theirs, not the quotation's before.
    ('"We don\'t understand it," Mr Jackson said. Robert Shay, co-chairman of New Line, said that New Line will not work with '
     'Mr Jackson. "I do not want to make a movie with somebody who is suing me."', "I do not", "Robert Shay"),
    # "Name and others ..." opens a sentence about the named person; a language is no one.
    ('Carl Hens of the Foundation noted that he was doubtful. Tak-Sing Wong led the study.\n\n'
     'Wong and three of his co-authors started a company. He remarked, "My goal is to invent things."', "My goal", "Tak-Sing Wong"),
    ('The ad was placed by Paul Ade. He replied in broken English. "I am a man of God," he said.', "I am a man", "Paul Ade"),
    # "the survey" for the World Glacier Survey; a title of three words is not a name.
    ('Glaciers shrank, the World Glacier Survey said.\n\n"The trend is accelerating," the survey said.', "The trend", "World Glacier Survey"),
    ('"We are protecting our interests," the TVWorks Chief Operating Officer said.', "We are", "TVWorks Chief Operating Officer"),
]


FROM_SET_ELEVEN = [
    # An abbreviated rank does not end the sentence; "a statement" given by someone is theirs.
    ('"This action is repugnant," U.S. Maj. Gen. Jason Kamiya said, "and we will investigate."', "This action", "Jason Kamiya"),
    ('US President Barack Obama gave a statement condemning the attack: "France is our oldest ally."', "France", "Barack Obama"),
    ('The UAW issued statement saying "The workers face uncertain futures."', "The workers", "UAW"),
    ('"There is a double population of haematids," read an Astana Team statement.', "There is", "Astana Team"),
    # An organisation given with its initials; a description of it later.
    ('Friends of the Earth (FoE) are vocal critics. "The dam is having a titanic impact," the group said.', "The dam", "Friends of the Earth"),
    ('The London Underground responded to the move. "There are no staff cuts," the spokesperson said.', "There are", "London Underground spokesperson"),
    ('The official China Daily in an editorial called for remembrance. "The best way to repay the debt is safety," the editorial said.',
     "The best", "China Daily"),
    # "commented that X ..., saying": the one who commented; "Name, role of Organisation (ACR) told".
    ('Finance minister George Papas commented that Greece will default, saying: "The coffers are empty."', "The coffers", "George Papas"),
    ('Pat McQuaid, president of Union Cycliste Internationale (UCI) told Reuters: "I cannot comment on this."', "I cannot", "Pat McQuaid"),
    ('On this cut, Whitey MacDonald, chairperson of Local 1520, Canadian Auto Workers union said "There is a lot of anger here."',
     "There is", "Whitey MacDonald"),
    # "Minister for the Olympics Tessa Jowell"; "in continued protest" is no reporting verb.
    ('United Kingdom Minister for the Olympics Tessa Jowell rejected the calls. "The world has known for years," Jowell said.',
     "The world", "Tessa Jowell"),
    ('Manik Seth posted a message: "We have taken your sign." Sombat Boon, an activist who rallies people in continued protest, '
     'offered his own reading on Facebook. "Raising three fingers has become a symbol."', "Raising", "Sombat Boon"),
    ('One forum poster took offense: "These mascots are offensive."', "These mascots", "forum poster"),
]


FROM_SET_TWELVE = [
    # A title known with one name; "Said" capitalised by mistake; a name with a single word after the apposition.
    ('"Herschel is the largest telescope," said Lord Drayson, the science minister.', "Herschel", "Lord Drayson"),
    ('"Our load factors reached 75 percent," Said the company\'s Vice President for Network Oversight, Risnandi.', "Our load", "Risnandi"),
    # A name misspelt after "To the committee"; a party tag; a place between the verb and the quotation.
    ('Brian Mulroney testified. To the committee Muroney said: "I made a serious error of judgment."', "I made", "Brian Mulroney"),
    ('Protesting the atrocities, Rep. Tom Lantos, D-Calif., a Holocaust survivor, said from the steps of the embassy, '
     '"The slaughter of the people of Darfur must end."', "The slaughter", "Tom Lantos"),
    # "Name director-general at the Agency": the name ends before the job; not before "chief executive Name".
    ('"The technology is unique," said Jean-Jacques Dordain director-general at the ESA, "and the science is fantastic."',
     "The technology", "Jean-Jacques Dordain"),
    # An owner in the sentence's subject stays its topic; an opening word is no name.
    ('Jerry Seinfeld received the award. Although HBO execs disagree, it was taped in 2005. Perhaps some of Seinfeld\'s commentary is to blame. '
     '"I really don\'t want to be up here," he explained.', "I really", "Jerry Seinfeld"),
    # Reported words inside a claim; two people speaking together.
    ('Mia Farrow spoke next. Farrow claimed Campbell told her about the diamonds. She testified, "Campbell said men came at night."',
     "Campbell said", "Mia Farrow"),
    ('Daughters Karen Wills and Patty Kingsley made the claim. "I believe my father was poisoned," Wills and Kingsley said.',
     "I believe", "Karen Wills and Patty Kingsley"),
    # "Name, role to the AU said": the person before the comma.
    ('Ambassador Sam Ibok, Nigerian envoy to the AU said, "Troops will be paid next week."', "Troops", "Sam Ibok"),
]


@pytest.mark.parametrize(
    "words, name",
    [
        ("Paul Frommer Frommer".split(), ["Paul", "Frommer"]),  # a caption left in front of the name
        ("Russian ambassador to the UN Vasily Nebenzya".split(), ["Vasily", "Nebenzya"]),
        ("National Public Radio".split(), []),  # an organisation
    ],
)
def test_person_name_from_the_thirteenth_held_out_set(words, name):
    assert person_name(words) == name


FROM_SET_FOURTEEN = [
    # "His family": the family by its surname; a surname that looks like a plural role ("Mans").
    ('George M. Steinbrenner III, owner of the Yankees, died. His family issued a statement saying, "He was a visionary."',
     "He was", "Steinbrenner family"),
    ('Johnny Mans, his agent, confirmed the death. "We have lost one of the best entertainers," said Mans.', "We have", "Johnny Mans"),
    # "the UN agency" for the agency just named; a participle that opens a sentence is no name.
    ('The United Nations High Commissioner for Refugees (UNHCR) said 258 were killed. "Clashes have left 258 dead," the UN agency said.',
     "Clashes", "United Nations High Commissioner for Refugees"),
    ('Pope Francis appeared. Introducing himself in the square, Francis was jovial: "Brothers and sisters, good evening."',
     "Brothers", "Pope Francis"),
]


FROM_DEV_REVIEW = [
    # No reporting verb, but the sentence's subject leads into the words with "that" or a word for a claim.
    ('Channel 5 apologised. Ofcom was of the opinion that "these comments were clearly capable of causing offence."',
     "these comments", "Ofcom"),
    ('Ana Ruiz dismissed the idea with the claim "Whatever the ambassador has said is nonsense."', "Whatever", "Ana Ruiz"),
    # A caption or dateline run into a name; initials written with "the" are an organisation's.
    ('Denmark Anders Fogh Rasmussen, the Prime Minister of Denmark, spoke on Tuesday. "We need broad support," he said.',
     "We need", "Anders Fogh Rasmussen"),
    ('Russian ambassador to the UN Vasily Nebenzya denied the claims. "You only saw what they showed you," he said.',
     "You only", "Vasily Nebenzya"),
    # "he" is the man just introduced, even when another man spoke before him ...
    ('Lawyer Seth Waxman argued for the detainees. "They have rights," he said. Among the sceptics was Justice Antonin Scalia. '
     '"You are appealing to a common law right," he said.', "You are", "Antonin Scalia"),
    # ... but the woman who spoke before keeps "she" when the one just named is not known to be a woman.
    ('Ayla Demir, the fiancée, said: "I will not rest." Osman was killed in May. "He was my life," she said.', "He was", "Ayla Demir"),
    # "Name, an aside, verb ... saying": the name is the subject.
    ('Henry Gelot, the rapper\'s manager, released a statement saying "His death is a great loss."', "His death", "Henry Gelot"),
    # "said <a long description>, Name.": the name that ends the sentence.
    ('"We have plenty of time," said manager of the bridge repair programme at the council, Mara Lindqvist.', "We have", "Mara Lindqvist"),
    ('"This is the best evidence yet," said a geologist at the Ruritanian Survey in Strel, Ruritania, Ivo Hallik who led the work.',
     "This is", "Ivo Hallik"),
    ('"They have made progress," said mission flight director for the agency\'s Mars team, Ana Ruiz.', "They have", "Ana Ruiz"),
    # "Boyle's specific comments were ...": an adjective after the owner's name is no part of the name.
    ('Comedian Frankie Boyle made the jokes. Boyle\'s specific comments were quoted in a newspaper and were as follows: '
     '"The thing nobody said about her is this."', "The thing", "Frankie Boyle"),
    # A numbered name keeps its number, and "the Dalai Lama" later is the same person.
    ('The Dalai Lama XIV visited the city. "I am just one man," he said. "It is not so rosy," said the Dalai Lama.',
     "I am just", "Dalai Lama XIV"),
    ('The Dalai Lama XIV visited the city. "I am just one man," he said. "It is not so rosy," said the Dalai Lama.',
     "It is not", "Dalai Lama XIV"),
    # A scraped article's category word run into its first word ("obituariesBeatrice").
    ('obituariesBeatrice Arthur, an actress, died on Saturday. "With all the improvements, I am glad," said Arthur in 2001.',
     "With all", "Beatrice Arthur"),
    # Initials between a team and a name are a position or a tag, not part of the name.
    ('Yesterday Springfield Isotopes LF Ray Dorsey hit his 500th home run. But he said to his critics, "This record is clean."',
     "This record", "Ray Dorsey"),
    # The rest of the quotation's own sentence names its source, with no reporting verb.
    ('Others blamed the show. "What is happening is holding up a mirror", was the reaction of film director Mahesh Bhatt.',
     "What is", "Mahesh Bhatt"),
    ('"We will not give up," were the words of union leader Ana Ruiz.', "We will", "Ana Ruiz"),
    # "the Wooster professor", "the folk artist": a calling by which the story refers back to someone it named.
    ('"Warm water is attacking the shelves," said study co-author Karen Alley. The Wooster professor added, "These effects matter."',
     "These effects", "Karen Alley"),
    ('Singer Joni Mitchell has Morgellons disease. In her memoir, the folk artist describes it, saying, "It felt like being eaten alive."',
     "It felt", "Joni Mitchell"),
    # "Name, who is ... says": a relative clause that runs to the verb without a closing comma.
    ('However, Senator Ana Ruiz, R-LA, who is a supporter of the bill says, "We are building votes."', "We are", "Ana Ruiz"),
    # An adverb between the subject and its verb.
    ('Ana Ruiz angrily said: "We will not go."', "We will", "Ana Ruiz"),
    # A document the sentence's subject "offered up": its words are the author's.
    ('The Ruritanian Astronomical Union (RAU) has offered up a new definition of the word "planet". '
     'According to the proposed definition, "A planet is a celestial body with sufficient mass."', "A planet", "Ruritanian Astronomical Union"),
]


# Gaps found by a grid of made-up sentences (every subject form with every reporting verb and position).
FROM_A_GRID = [
    # A plural's possessive apostrophe is part of the word: "the nurses' union".
    ('Ana Ruiz of the Leeds nurses\' union said: "We were not consulted."', "We were", "Ana Ruiz"),
    # "pointed out" reports words.
    ('"We were not consulted," Ana Ruiz pointed out.', "We were", "Ana Ruiz"),
    ('"We were not consulted," Ana Ruiz asserted.', "We were", "Ana Ruiz"),
    # "The union Unite called a protest": an organisation that arranged something, not a woman who spoke.
    ('Ana Ruiz met workers. The union Unite called a protest. "We were not consulted," she said.', "We were", "Ana Ruiz"),
    ('Reuters quoted the mayor of Strel, Tom Hale, as saying: "We will appeal."', "We will", "Tom Hale"),
    # "PM" is a title, like "Gov." or "Sen.".
    ('Singapore Prime Minister Lee Hsien Loong spoke on Sunday. "We must stay united," PM Lee said.', "We must", "Lee Hsien Loong"),
    # "the MP" is the MP named before, not an acronym; letters after a name are not part of it.
    ('Local MP Tom Hale called for an inquiry. "People deserve answers," the MP said.', "People", "Tom Hale"),
    ('Floods hit the town. "This must never happen again," said Tom Hale MP.', "This must", "Tom Hale"),
    # "a spokeswoman" after a body is named: the body's.
    ('The Environment Agency said river levels were falling. "The worst is over," a spokeswoman said.', "The worst",
     "Environment Agency spokeswoman"),
    # A score after a name; "calling him ..." says nothing of the speaker's sex; a player by position; "her management".
    ('Tennis star Ana Ruiz beat Eva Stone 6-3 6-4. Stone was gracious in defeat. "She was the better player today," she said.',
     "She was", "Eva Stone"),
    ('Actor Tom Hale has died aged 81. Co-star Ana Ruiz paid tribute, calling him "a true gentleman". "I will miss him," she said.',
     "I will", "Ana Ruiz"),
    ('Striker Tom Hale scored twice. "It was a great feeling," the forward told BBC Sport.', "It was", "Tom Hale"),
    ('Singer Ana Ruiz has cancelled her tour. A statement from her management said: "Ana needs to rest."', "Ana needs",
     "Ana Ruiz's management"),
    # '"..." was the message from X': a short quotation that the rest of its sentence credits.
    ('Parliament voted to close the mine. "We will appeal" was the message from campaigner Ana Ruiz.', "We will", "Ana Ruiz"),
    # "the Commission" after "the European Commission"; "a company spokesman" after the company is named.
    ('The European Commission fined Acme on Monday. "Cartels hurt consumers," the Commission said.', "Cartels", "European Commission"),
    ('Acme Foods said profits fell. "Trading was hard," a company spokesman said.', "Trading", "Acme Foods spokesman"),
    # Two people who open a sentence together are whom a later "they" means.
    ('Tom Hale and Ana Ruiz visited Strel. "We will rebuild," they said.', "We will", "Tom Hale and Ana Ruiz"),
]


FROM_SET_FIFTEEN = [
    # "Name of Police Scotland": a person, then the force they belong to.
    ('Sergeant Jo McPherson of Police Scotland said of the area: "This route is busy." Later Sergeant McPherson said: "Call us."',
     "Call us", "Jo McPherson"),
    # A calling ending in "-ist" that opens a sentence is no first name.
    ('Environmentalist Mark Lynas said the plan could pay for itself. "It will cost a lot," Lynas said.', "It will", "Mark Lynas"),
    # "posting" reports words; a participle after a noun, with no comma, is the clause subject's.
    ('Mia Freedman posted; "Sad for all the girls", and Lisa Wilkinson posting "Very sad to hear the news."', "Very sad", "Lisa Wilkinson"),
    ('President Hugo Chavez sent his good wishes during his weekly broadcast saying "Fidel, a hug for you, friend."', "Fidel", "Hugo Chavez"),
    # "the Washington Nationals team": a name, then the kind of body it is.
    ('The park was emptied. In a statement, the Washington Nationals team said, "We followed our plans."', "We followed", "Washington Nationals"),
    # "A KFC Japan press officer": an organisation, then a job of two words.
    ('The statue was found. A KFC Japan press officer said, "Truly, Sanders is a gentleman."', "Truly", "KFC Japan press officer"),
    # "The British competitor spoke": the Briton just named, though another woman spoke before.
    ('Eleanor Simmonds won gold. "I can\'t believe it," she said. The silver was taken by the British Shelly Woods. '
     'The British competitor spoke about the crash. "It all happened so fast," she said.', "It all", "Shelly Woods"),
    # "..., while Name, an aside, promised": the subject of the clause after "while".
    ('The president, Ana Ruiz, sent ministers to the site, while Tom Hale, head of the police, promised "those at fault will be charged".',
     "those at fault", "Tom Hale"),
    # A participle after the quotation goes on with the speaker named before it.
    ("The lawyer sought a week, to which Judge Ana Ruiz retorted \"You want to delay this?\", adding he should appear.", "You want", "Ana Ruiz"),
    # One name after a calling that opens a sentence; "offered" closing an attribution; a name between dashes.
    ('Some people swam ashore. Survivor Syakrani, 24, yesterday asserted "They should have closed the bridge."', "They should", "Syakrani"),
    ('"His rise was that of a fighter," Republican strategist Kevin Madden offered.', "His rise", "Kevin Madden"),
    ('One visitor to Atlantic City — Matt Jenkins — told the press, "I think it is a shame."', "I think", "Matt Jenkins"),
]


FROM_SET_SIXTEEN = [
    # Surnames that name lists take for titles ("Tan", "Ab"); an outlet "as quoted by" is no one "he" means.
    ('In an interview, Dr. Tan Heok Hui, an ichthyologist, stated, "Stingrays attack when threatened." '
     'According to Dr Tan, "A hit to the chest may be fatal."', "A hit", "Tan Heok Hui"),
    ('"We have an understanding," said Ab Aziz Kaprawi, the deputy minister, as quoted by Bernama, a news agency. '
     '"They have to be analysed," he added.', "They have", "Ab Aziz Kaprawi"),
    # "unnamed" only says the source is not named; "one" and "another" of a group named before.
    ('On June 8, an unnamed senior CIA official stood by the interpretation that the trailers were labs saying "It is what we think it is."', "It is", "senior CIA official"),
    ('Many protesters said the new cabinet did little. "We want change," one said. Another added: "This is the same regime."',
     "This is", "protester"),
    # "Name, a description that runs to the verb without closing its comma, said".
    ('Abdulla Rasheed, a captain of a cargo boat which capsized in the waters off the Maldives stated, "They are from our cargo."',
     "They are", "Abdulla Rasheed"),
    ('Alexander Zhukov, the deputy Prime Minister and head of the Russian Olympics Committee told a news agency: "There is no problem."',
     "There is", "Alexander Zhukov"),
    # "The statement said" with no author named: the organisation the story has just spoken of.
    ('The Interior Ministry of Ruritania confirmed that police will enforce the law. The statement said "officers can have no qualms '
     'with people who protest peacefully"', "officers", "Interior Ministry of Ruritania"),
    # "his Twitter account on Tuesday, which read": the account holder's words.
    ('The photographer Tim Hetherington last updated his Twitter account on Tuesday, which read, "In besieged Misrata."',
     "In besieged", "Tim Hetherington"),
]


FROM_SET_SEVENTEEN = [
    # A year before a name is not part of it: "In 2015 Szydło said".
    ('Prime Minister Anna Kowalczyk opened the road.\n\nIn 2019 Kowalczyk said in reply, "The road will stay open."', "The road", "Anna Kowalczyk"),
    # Plurals of job words that do not end in -er or -ist: "Hospital bosses", "the coaches".
    ('Hospital bosses said in a statement, "We will not close the ward."', "We will", "Hospital bosses"),
    ('The two coaches told reporters: "We are proud of the players."', "We are", "coaches"),
    # Leaflets and flyers are documents: whoever handed them out speaks.
    ('Activists handed out flyers that said: "Save our library."', "Save our", "Activists"),
    ('The union distributed leaflets which read, "No more cuts."', "No more", "union"),
    # Initials the article spelt out stand for the full name: "the Ministry of Health's (MOH)".
    ('Staff helped the Ministry of Health\'s (MOH) inspectors.\n\nMOH said, "An inquiry has begun."', "An inquiry", "Ministry of Health"),
    ('The World Food Programme (WFP) halted deliveries. WFP said: "We cannot reach the camps."', "We cannot", "World Food Programme"),
    # A later mention drops the Arabic article: "al-Masri" ... "Masri said".
    ('The minister, Karim Hadi al-Masri, spoke on Monday.\n\n"There will be no ceasefire," said Masri.', "There will", "Karim Hadi al-Masri"),
]


FROM_A_PRONOUN_GRID = [
    # A pronoun inside someone's reported words ("said he would plead") tells nothing of the speaker's sex.
    ('Police arrested Mark Dale after the crash. His lawyer, Ruth Amos, said he would plead not guilty. '
     '"My client is innocent," she said.', "My client", "Ruth Amos"),
    # "According to him," then a short sentence of his own.
    ('Professor Alan Grey led the study. According to him, "The results are clear."', "The results", "Alan Grey"),
    ('Professor Alan Grey led the study. "The results are clear," according to him.', "The results", "Alan Grey"),
    # "said one" after a sentence about a group, however it opens.
    ('Officials said the bridge would reopen. Residents were not convinced. "We have heard this before," said one.',
     "We have", "resident"),
    ('Officials said the bridge would reopen. However, many residents were angry. "We have heard this before," one said.',
     "We have", "resident"),
    # People described by what they do, after "some" or a count: "some baseball lovers", "two bystanders".
    ('During the slump, some baseball lovers in Japan jokingly said "it was brought by a curse."', "it was", "baseball lovers"),
    ('Two bystanders said: "We heard a loud bang."', "We heard", "bystanders"),
]


def test_a_short_sentence_after_according_to_is_a_statement():
    quotes = extract_quotes('Professor Alan Grey led the study. According to Grey, "The results are clear."')
    assert quotes["kind"].tolist() == ["statement"]


def test_the_second_half_of_a_split_statement_is_a_statement():
    text = '"Terrorists seek to divide us," said Ana Ruiz, "here in Leeds we will never let them succeed."'
    quotes = extract_quotes(text)
    assert quotes["kind"].tolist() == ["statement", "statement"]
    assert quotes["speaker"].tolist() == ["Ana Ruiz", "Ana Ruiz"]


def test_more_reporting_verbs():
    text = 'Ana Ruiz spoke first. "When choosing a costume," she offers, "we think about the character."'
    assert extract_quotes(text)["speaker"].tolist() == ["Ana Ruiz", "Ana Ruiz"]
    assert speaker_of('"It was a mistake," Tom Hale confessed.', "It was") == "Tom Hale"
    assert speaker_of('"Nothing has changed," Tom Hale grumbled.', "Nothing has") == "Tom Hale"


FROM_DEV_ERRORS_TWO = [
    # "said political counsellor, Sun Lushan": an adjective, a role, then the name after a comma.
    ('"We hope they reflect," said ministry spokesman, Li Wei. "It is an interference," said political counsellor, Chen Bo.',
     "It is", "Chen Bo"),
    # "sent a message ... which said": the sender's words, though the message stands a few words back.
    ('Ana Ruiz said: "We agree." Prime Minister Tom Hale sent a message to the meeting on Tuesday which said, "Peace is possible."',
     "Peace is", "Tom Hale"),
    # "When asked by a newspaper, X conveyed ...": the newspaper asked; X answered.
    ('Dan Smerdon said: "People will go hungry." When asked by a British newspaper the same question, another official, '
     'Emilia Casella, conveyed like sentiments, "Those who depend on food aid face a dire situation."', "Those who", "Emilia Casella"),
]


def test_whole_sentences_ending_the_paragraph_after_a_comma_are_a_statement():
    text = ('Maney acknowledges that the firm will have a long way to go, "But the work they will have to do '
            'is going to require a massive effort."')
    assert extract_quotes(text)["kind"].tolist() == ["statement"]


FROM_SET_EIGHTEEN = [
    # An office of a role: "said the prime minister's office".
    ('"Many houses have collapsed," said the prime minister\'s office.', "Many houses", "prime minister's office"),
    # A body's name before the person's: "Director of the Scottish Council of Jewish Communities Ephraim Borowski".
    ('Director of the Leeds Council of Faith Communities Ephraim Rosen testified. "It was offensive," said Rosen.',
     "It was", "Ephraim Rosen"),
    # A verb opening the sentence, its speaker after it: 'Says one worker, "..."'.
    ('"Other workers have made it clear that we are not alone." Says one Zanon worker, "We are willing to defend the factory."',
     "We are", "Zanon worker"),
    # "his profile reads": the profile's owner.
    ('Colin Penrose listed himself as single. "I hate football", his profile reads.', "I hate", "Colin Penrose"),
    # One spelling for one person, the first the article gave: "Hugo Chávez" ... "Hugo Chavez".
    ('Hugo Chávez spoke at the UN. Later Hugo Chavez said, "The devil came here yesterday."', "The devil", "Hugo Chávez"),
    # A phrase quoted in passing ("described by Wikipedia as") does not make its source the next speaker.
    ('Magnani indicates President Kirchner, described by Wikipedia as "a Peronist", might act. "Human rights are his flag."',
     "Human rights", "Magnani"),
    # "Name (party) who represents ... said": the relative clause runs to the verb without commas.
    ('Rep. Charles Rangel (Democrats) who represents a New York neighborhood said "I want to make it clear."', "I want", "Charles Rangel"),
    # "One of the victims from Saraf Jidad ... he said": a victim from there, not a person called Saraf Jidad.
    ('One of the victims from Saraf Jidad, who was around 80, recalled the attack. "The attackers entered my house," he said.',
     "The attackers", "Saraf Jidad victim"),
]


FROM_SET_NINETEEN = [
    # "one of X's cousins" is X's cousin.
    ("One of Tom Hale's cousins said: \"Loud music was played all night.\"", "Loud music", "Tom Hale's cousin"),
    # Two neighbouring letters swapped in a later mention: "Marcon" for "Macron".
    ('President Emmanuel Macron won the vote. Marcon tweeted, "Everyone told us it was impossible."', "Everyone told", "Emmanuel Macron"),
    # A sentence's first word before a name given already is not part of it ("Félicitations Emmanuel Macron !").
    ('Emmanuel Macron won. Félicitations Emmanuel Macron ! The new president said: "I will defend France." '
     '"We will work together," said Macron.', "We will", "Emmanuel Macron"),
    # "reacted to the motion, "..."", and the second half after an aside between dashes.
    ('During the debate, MK Eitan Cabel reacted to the motion, "Why stop there? What about" — he named places — "Why leave them behind?"',
     "Why leave", "Eitan Cabel"),
    # A time between the subject and its verb: "during the Iran program", "at the time".
    ('Sterling\'s supervisor during the Iran program said, "You kind of stick out."', "You kind", "Sterling's supervisor"),
    ('The mayor of Leeds at the time said: "We did everything we could."', "We did", "Leeds mayor"),
    # "the ex-policeman": the person named as a "former policeman"; a clause of time ("when she exclaimed ...")
    # with no comma after it does not report the words that follow the main verb.
    ('Tom Hale is accused of hiring former policeman Marcos Aparecido dos Santos. One of Hale\'s cousins said music was played.\n\n'
     'It is alleged when she exclaimed she could bear no more the ex-policeman responded "You are going to die."',
     "You are", "Marcos Aparecido dos Santos"),
    # A country's adjective before a name ("Nigerian Umar Farouk Abdulmutallab") is not part of it, and a role
    # "to the United States" before an apposed name makes that name the sentence's subject, whom "he" then means.
    ('Police charged Nigerian Umar Farouk Abdulmutallab on Friday. "We were fortunate," said Senator Bennie Thompson. '
     '"This was serious," he added.\n\n'
     'Nigeria\'s acting ambassador to the United States, Babagana Wakil, issued a statement, which he read to the radio. '
     '"The embassy is in contact with the authorities," he said.', "The embassy", "Babagana Wakil"),
]


FROM_DEV_ERRORS_THREE = [
    # A capital a sentence opens with, used as a name nowhere else, is no one a later "he" means: "White smoke rose".
    ('The council elected Tom Hale as its new leader. White smoke rose from the chimney at noon. Following the vote, '
     'he appeared at a window. "Thank you all," he said.', "Thank you", "Tom Hale"),
    ('Tom Hale spoke first. Green fields surrounded the hall. "We will build here," he said.', "We will", "Tom Hale"),
    # (but a one-word name the article uses inside a sentence too still counts)
    ('Voters cheered for Madonna. Madonna waved from the stage. "I love this city," she said.', "I love", "Madonna"),
    # A preposition opening a sentence is no part of the name after it: "Unlike Brazil, ...", "Following Hale, ...".
    ('Unlike Brazil, Chile welcomed the report. "It is unfair and one-sided," Brazil\'s foreign ministry said.', "It is",
     "Brazil's foreign ministry"),
    ('Following Hale, the board voted. "We will wait," Hale said.', "We will", "Hale"),
    # "X paid tribute ...; he posted": a clause of X's own after a semicolon, not someone else's words reported.
    ('Tom Hale paid tribute to the singer. He said "She was a kind soul." Band member Ian Ruiz paid tribute to the singer '
     'on Instagram; he posted beside a photograph of her, "So sad to hear the news."', "So sad", "Ian Ruiz"),
    # A spokesperson for a body described in lower-case words before its name.
    ('A spokesman for the mining company Rio Tinto said "We are reviewing the report."', "We are", "Rio Tinto spokesman"),
    ('A spokesperson for the social networking website Facebook said "Access is a matter of concern."', "Access is",
     "Facebook spokesperson"),
    # "quoting X": X's words, not the words of the one who quotes them.
    ('The Vice President said he backed a Palestinian state, quoting President Tom Hale, "The state is long overdue."',
     "The state", "Tom Hale"),
    ('Ana Ruiz ended her speech quoting Nelson Mandela: "It always seems impossible until it is done."', "It always",
     "Nelson Mandela"),
    # Two people who speak together are the pair the article named together, not a better-known namesake.
    ('Singer Al Reed died on Sunday. The claims were made by his sons, Ian Cole and Tom Reed, in a letter. '
     '"We believe he was poisoned," Cole and Reed said.', "We believe", "Ian Cole and Tom Reed"),
    # A spokesperson for an office, or a decree of it, is the office holder's the article names.
    ('Tom Hale, the country\'s president, visited the village. A spokesman for the president said: "He is saddened."',
     "He is", "Tom Hale spokesman"),
    ('Tom Hale, the country\'s president, visited the village. A presidential spokesman said: "He is saddened."',
     "He is", "Tom Hale spokesman"),
    ('Two generals were fired by Tom Hale, the country\'s president. The presidential decree read: "They failed in their duty."',
     "They failed", "Tom Hale"),
    # "X responded by saying" after a clause with no comma: X, the subject of the verb before "by".
    ('Ana Ruiz spoke on Monday. When asked why the report was kept secret for so long Ruiz responded by saying that '
     '"it takes time to check every page."', "it takes", "Ana Ruiz"),
]


FROM_BLIND_SET_TEN = [
    # An organisation named in the possessive, after "Members of", is still the one "the council" means later.
    ('Members of Greyford Borough Council\'s planning committee voted on Monday. Campaigner Ian Ruiz said residents '
     'would appeal. In a statement, the council said: "Every objection was considered."', "Every objection",
     "Greyford Borough Council"),
    # "X, a company run by ...": a later "the company" is X.
    ('Tom Hale sold his farm to Brackwater Orchards, a cider company run by his cousin. "It was time," Hale says. '
     'In a statement, the company said: "We will keep every tree."', "We will", "Brackwater Orchards"),
    # "A letter signed by the headteacher, Mrs X, said ...": the letter is X's, the name set after the role.
    ('A letter sent home on Monday and signed by the headteacher, Mrs Ann Lee, said lessons would change. '
     '"We know this is a much-loved tradition," the letter said.', "We know", "Ann Lee"),
    # Spanish and Italian honorifics are titles, not names.
    ('Doña Elena Ruiz Paz sells bread in Sucre. "I have sold bread here for forty years," she said.', "I have",
     "Elena Ruiz Paz"),
    # A nickname in quotation marks between the names is no part of the name.
    ('For thirty years Callum "Cal" Brodie has played at the Ceilidh House. "You don\'t retire from music," Brodie said.',
     "You don't", "Callum Brodie"),
    # "The review was led by Dr X": the review's findings are X's.
    ('A review of care at Greyford Hospital has been published. The review was led by Dr Ann Lee, a retired surgeon, '
     'and published on Thursday. "Women were not listened to," the review concluded.', "Women were", "Ann Lee"),
    # "Her answer was short:" as "Her response was short:": her words.
    ('Ana Ruiz was asked about the pressure. Her answer was short: "I am not scared."', "I am", "Ana Ruiz"),
    # "So says X" after a quotation paragraph, as "So said X"; a nickname there is a phrase.
    ('"Forty years on the bus, and I have never once been on time."\n\nSo says Callum "Cal" Brodie, who retires on Friday.',
     "Forty years", "Callum Brodie"),
    # A union whose name has "and" in it and ends with "Union" keeps its whole name.
    ('A spokesman for the Rail and Maritime Workers Union said it had pressed for the change. "Nobody should have '
     'had to get sick," he said.', "Nobody should", "Rail and Maritime Workers Union spokesman"),
    ('A spokesman for the Rail and Maritime Workers Union said: "Nobody should have had to get sick."', "Nobody should",
     "Rail and Maritime Workers Union spokesman"),
    # "her attorney, X" and later "Her lawyer said": X.
    ('A nurse has sued Greyford Health, her attorney, Tom Hale, announced on Tuesday. Greyford Health said it did not '
     'comment. Her lawyer said she had refused a settlement. "She turned it down," he said.', "She turned", "Tom Hale"),
]


def test_a_nickname_between_names_is_a_phrase():
    quotes = extract_quotes('So says Callum "Cal" Brodie, who retires on Friday.')
    assert quotes["kind"].tolist() == ["phrase"]


FROM_SET_TWENTY = [
    # "Advisor" and "Adviser" are titles before a name.
    ('The Chilean Presidential Advisor Ana Maria Ruiz said:"With this gesture, Chile will reach its goals".', "With this",
     "Ana Maria Ruiz"),
    # An opening participle joined by "and" does not report the clause after it; "about the trip" is no part of a name.
    ('President Hale spoke. Tom Hale is the country\'s president. Weeks before the visit and commenting about the trip '
     'Hale said: "We are going to do the same thing in Peru."', "We are", "Tom Hale"),
    # "in Quito Hale said": a place, then a person the article names elsewhere.
    ('Tom Hale spoke in Lima. During the 10th edition of the forum in Quito Hale said:"A shoal of small fish may feed '
     'the hungry."', "A shoal", "Tom Hale"),
    # "a guardian whose son was sentenced": the relative clause is no part of the description.
    ('Relatives waited outside. "The verdict is unjust", said a guardian whose son was sentenced to three years.',
     "The verdict", "guardian"),
    # "A spokesperson at Buckingham Palace": where the spokesperson works, not a time, and no person called so.
    ('A spokesperson at Greyford Castle said that "The Duke was sad to hear the news."', "The Duke",
     "Greyford Castle spokesperson"),
    # "One U.S. intelligence official ... said another": the country's initials belong to the description, and
    # "another" is another such official.
    ('One U.S. intelligence official said: "The goal was to help him win."', "The goal", "U.S. intelligence official"),
    ('One U.K. intelligence official told Reuters the goal was to help. "He believed he would be friendlier," said '
     'another.', "He believed", "U.K. intelligence official"),
    # A person named once, by surname, opening a sentence with a verb after it is still a "he".
    ('Defender Ian Ruiz said the start was a disaster. "We came out flat," he said. Brodsky was naturally delighted with '
     'the win. "I think we played well," he said.', "I think", "Brodsky"),
    # ("Children fostered now ...": a group opening a sentence, no person called Children)
    ('Representative Tom Hale backs the bill. Children fostered now would be removed. "They would be better off," the '
     'Republican congressman said.', "They would", "Tom Hale"),
    # "Tom Hale acknowledged how she changed politics": "she" is someone else, so Hale is not taken for a woman.
    ('Her successor, Ian Ruiz, paid tribute. "She was brave," Ruiz said.\n\nFormer Prime Minister Tom Hale also '
     'acknowledged how she changed British politics. He said: "She was a towering figure."', "She was a", "Tom Hale"),
    # "paid tribute to her saying, "..."": an object pronoun before the participle; the sentence's subject speaks.
    ('Her successor as leader, Tom Hale paid tribute to her saying, "Her courage will always be remembered."',
     "Her courage", "Tom Hale"),
    # A title in quotation marks inside an aside: 'Hale, in his "State of the State" speech, said'.
    ('Governor Tom Hale backed it. Hale, in his "State of the State" speech for 2014, said, "I believe in tradition."',
     "I believe", "Tom Hale"),
    # Two titles of one person ("Museum Curator and study co-author X"); "the reason" is a noun, not a verb.
    ('Natural History Museum Curator and study co-author Ana Ruiz cites new scanners as the reason: "We know very '
     'little about embryology."', "We know", "Ana Ruiz"),
    # "X in a statement to Associated Press said": X, not the agency spoken to.
    ('Tom Hale spoke first. Ana Ruiz in a statement to Associated Press said she was the target: "What other motive '
     'could there be?"', "What other", "Ana Ruiz"),
    # 'said one of the protesters inside the pipeline, Matt Almonte in a statement': the name set after the place.
    ('Two protesters were arrested. "Nobody asked us," said one of the protesters inside the pipeline, Ian Cole in a '
     'statement posted online.', "Nobody asked", "Ian Cole"),
    # "A spokesman for Immigration Minister Ana Ruiz": the minister's spokesman, her office words left out.
    ('A spokesman for Immigration Minister Ana Ruiz said: "They are not facing persecution."', "They are",
     "Ana Ruiz spokesman"),
    # "spokesperson for TransCanada Grady Semmens": a company written like one (PayPal, NASA), then the person.
    ('In a statement, spokesperson for PayPal Ana Ruiz called it "unfortunate" saying, "The project is about trust."',
     "The project", "Ana Ruiz"),
]


FROM_SET_TWENTY_ONE = [
    # "Sheikha" is a title; "South Korean" before a name is a nationality.
    ('Sheikha Mona Saif Al Nahyan opened the session. "We welcome him," she said.', "We welcome", "Mona Saif Al Nahyan"),
    ('The assembly chose South Korean Kim Jae-won on Friday. "I am humbled," Kim said.', "I am", "Kim Jae-won"),
    # "the new Secretary General" is the person just elected to it.
    ('The assembly elected Kim Jae-won on Friday. "I am humbled," Kim said. However, the new Secretary General made clear '
     'that changes would come slowly. "We reform for ourselves," he said.', "We reform", "Kim Jae-won"),
    # An organisation written in lower case after "ministry of".
    ('"The vote shows the resolution lacks support," read a statement on the website of Chile\'s ministry of foreign '
     'affairs.', "The vote", "Chile's ministry of foreign affairs"),
    # "Centre" ends an organisation's name; "Geneva-based" is no part of it.
    ('Exploring the flaw, the Cyber Defence Centre said "the attacker would have to be close to the target".', "the attacker",
     "Cyber Defence Centre"),
    ('"Two million people fled," said the Geneva-based Centre for Refugee Studies.', "Two million", "Centre for Refugee Studies"),
    # 'X, leader of the campaign, addressing "No" campaign workers said': the participle's object is not the speaker.
    ('Celebrating the result, Ana Ruiz, leader of the campaign, addressing "No" campaign workers said "You represent the '
     'majority."', "You represent", "Ana Ruiz"),
]

FROM_SET_TWENTY_THREE = [
    # An opening mark with a space after it still opens the next sentence's statement.
    ('"We were not prepared," Robert Hale said. Hale lost his daughter in the crash. " For me, I would leave them on the '
     'seabed."', "For me", "Robert Hale"),
    # A couple named with one surname: each first name takes it.
    ('Retired couple John and Mary Hale were freed on Monday. "We are tired," said John.', "We are tired", "John Hale"),
    # A surname that is also a month.
    ('Prime Minister Theresa May spoke on Sunday. "Enough is enough," said May.', "Enough", "Theresa May"),
    # A family name written first ("Kim Jong Un") against a surname written last ("Duyeon Kim"): the one named more so far.
    ('North Korean leader Kim Jong Un met President Moon Jae-in. Kim Jong Un spoke first. "We will close the site," Kim '
     'said. Analyst Duyeon Kim said the move was symbolic. "It is a gesture," Kim said.', "We will close", "Kim Jong Un"),
    ('North Korean leader Kim Jong Un met President Moon Jae-in. "We will close the site," Kim said. Analyst Duyeon Kim '
     'said the move was symbolic. "It is a gesture," Kim said.', "It is a gesture", "Duyeon Kim"),
    # A title run into the name: "Mr.Bush".
    ('President George Bush visited Israel. In a final message Mr.Bush said "We will stay engaged."', "We will stay",
     "George Bush"),
    # Two people and where they work, speaking together.
    ('Dr Ann Roe and Tom Hale of the University of Kent say attacks are rising. "It is getting worse every year."',
     "It is getting", "Ann Roe and Tom Hale"),
    # "one of the attackers", "the attackers": people, though never called so before.
    ('A witness heard one of the attackers say "This is for Allah."', "This is for", "attacker"),
    ('The attackers said "We will strike again."', "We will strike", "attackers"),
    # Whom a role acts for comes first: "a lawyer for the families" is a "families lawyer".
    ('"There has been no burial," said a lawyer for the families.', "There has been", "families lawyer"),
]

FROM_SET_TWENTY_FOUR = [
    # A nickname between a first name and a surname with a particle: 'Bauke "Mike" de Vries'.
    ('Pilot Bauke "Mike" de Vries and co-pilot James Roe flew the plane. The plane crashed.\n\nDe Vries says the lock '
     'is on, adding "I can\'t stop it" moments before the crash.', "I can't", "Bauke de Vries"),
    # A company whose name ends in -ing is no participle opening the sentence.
    ('Boeing released a statement saying, "The plane is safe."', "The plane", "Boeing"),
    # A participle after "such as X" hangs on the sentence's subject, not on X.
    ('Tom Hale spoke on Monday. He also addressed critics, such as former Vice President Ann Roe saying, "Let\'s put '
     'aside the taunts."', "Let's put", "Tom Hale"),
    # "the interviewer" brings in a new voice; it is not the man just named.
    ('Tom Hale testified by video. The interviewer asked, "Are you saying that they lied?"', "Are you", "interviewer"),
]

FROM_DEV_ERRORS_FOUR = [
    # A body named with its nationality and its initials keeps the nationality: the name as the article gives it.
    ('The Indian Ministry of External Affairs (MEA) denounced the report. The MEA issued a statement which read: "India '
     'rejects the report."', "India rejects", "Indian Ministry of External Affairs"),
    # "said Nicolas Sarkozy's office": the office speaks, not the man.
    ('Tom Hale was in Paris. "We found the wreck," said Tom Hale\'s office.', "We found", "Tom Hale's office"),
]

FROM_SET_TWENTY_FIVE = [
    # "the minister" after "The Tyler minister explained": the one the article described so.
    ('Wikinews spoke with a minister from Tyler. The Tyler minister explained that he was handing out food. The minister '
     'replied, "The way they were yelling was wrong."', "The way", "Tyler minister"),
]

FROM_BLIND_SET_ELEVEN = [
    # Titles that are roles: "District Collector", "Mediator"; a captain is the skipper.
    ('District Collector Ann Roe said the search went on. Revenue Minister Tom Hale visited the site. "We will move every '
     'settlement," the collector told reporters.', "We will move", "Ann Roe"),
    ('Mediator Ann Roe, a former minister, told a news conference the talks would resume. "Nobody walked out," she said.',
     "Nobody walked", "Ann Roe"),
    ('Tom Hale added 142 runs with captain Ann Roe, who made 61. "We batted well," the skipper said after the match.',
     "We batted", "Ann Roe"),
    # "a spokeswoman for the company": the company just named, though never called a company.
    ('Bellwood Airways said its plane had been grounded. "Safety comes first," a spokeswoman for the company said.',
     "Safety comes", "Bellwood Airways spokeswoman"),
    # "a resident of X": X is where the resident lives, not the speaker.
    ('"We have not found him," said a resident of Barangay San Jose who asked not to be named.', "We have not",
     "Barangay San Jose resident"),
    # "Shares of X fell": the company is X.
    ('Shares of Bellwether Biosciences fell 31%. The company said in a filing that the drug had been rejected. "The '
     'Company intends to request a meeting," the filing said.', "The Company intends", "Bellwether Biosciences"),
    # "the Tongan-born shooter": a demonym with "-born" and a word for the person named last.
    ('Shooter Ana Roe scored 41 goals. Coach Jan Lee said her side had switched off. Roe, 29, was modest. "Brooke won '
     'that ball, not me," the Tongan-born shooter said.', "Brooke won", "Ana Roe"),
    # Initials of a body the article named in full, though never in brackets.
    ('The Ministry of Manpower said in a post that it was aware of the video. "Employers must provide safe transport," '
     'MOM said.', "Employers must", "Ministry of Manpower"),
]


# The lists above headed FROM_...: made-up passages for the rules written from the misses of a held-out
# set, a blind set or a review of the dev errors. One test runs them all, each case named by its list.
FROM_NOTED_MISSES = [
    # Misses named in an earlier closing note. "for several families": a quantifier, like "the", before whom a role acts for.
    ('"We will sue the airline," an attorney for several families said on Tuesday.', "We will sue", "families attorney"),
    # "the state of Texas": "state" is a noun here, not the reporting verb, so the role before the name is still found.
    ('The governor of the state of Texas, Bob Lane, spoke after the vote. "We will not raise taxes," the governor said.',
     "We will not", "Bob Lane"),
]

FROM_SET_TWENTY_SIX = [
    # A newspaper's name run into a person's: "told the Kent Gazette Tom Hale was ...".
    ('Aid director Ann Roe told the Kent Gazette Tom Hale was her first choice. Hale smiled. "We are proud of the town," '
     'Hale said.', "We are proud", "Tom Hale"),
    # "Coauthor" before a name is a role.
    ('Coauthor Ana Ruiz of the University of Leeds reports that "Our study links the two trends."', "Our study", "Ana Ruiz"),
    # "the official Tirana Daily": who runs a paper is no part of its name.
    ('The official Tirana Daily in an editorial called for calm. "People must stay at home," it said.', "People must",
     "Tirana Daily"),
    # "a vote of no confidence in Murphy": a person named in full before, not a place.
    ('Jim Murphy announced he will stand down. The executive held a vote of no confidence in Murphy. "Today I won more '
     'support than five months ago", Murphy said.', "Today I won", "Jim Murphy"),
    # ", a business traveller,": the noun after "business" is the head, so Versele is a person, not a company.
    ('Jef Versele, a business traveller, witnessed the blast. He said, "There was dust everywhere."', "There was dust",
     "Jef Versele"),
    # A quotation ending in a quotation of its own is still a whole sentence after "addressed the jury,".
    ("Ann Roe, one of Hale's lawyers, addressed the jury, \"We came for an acquittal but, as the song says, 'You can't "
     "always get what you want.'\"", "We came", "Ann Roe"),
    # "Li's visit would help": an owner is no subject, so "he" is the sentence's subject, whose gender is not known.
    ('Premier Li Wei toured the town with his wife. Culture Secretary Tom Hale was hopeful that Li\'s visit would help. '
     'He told Sky News, "I am hoping for more visitors."', "I am hoping", "Tom Hale"),
    # "characterized Hale's comment, "..."": the verb's object owns the words that follow.
    ('Tom Hale spoke for an hour. The Daily Courier characterized Hale\'s comment, "If every issue is a struggle, '
     'workers lose."', "If every issue", "Tom Hale"),
    # A paragraph that goes on a quotation left open, its mark followed by a space.
    ('White House spokesman Tom Hale said:\n\n"If anyone wants to know, it is all public.\n\n" And in terms of the '
     'intelligence, it was wrong."', "And in terms", "Tom Hale"),
]

FROM_BLIND_MISSES = [
    # A name given in a relative clause: "who gave his name only as X", "who would give only her first name, X".
    ('"The road is closed," said a trader at the market who gave her name only as Amina.', "The road", "Amina"),
    ('One witness, a taxi driver who gave his name only as Tariq, said he ran. "It was burning," he said.', "It was burning",
     "Tariq"),
    ('A nurse who would give only her first name, Grace, waited outside. "We have no beds," she said.', "We have no",
     "Grace"),
    # "the nearby town of X": the place is named by its name, so the speaker is an "X resident".
    ('A resident of the nearby town of Bura, reached by telephone, said: "The fighters left at dawn."', "The fighters",
     "Bura resident"),
    ('"The water came fast," said a farmer from the village of Kanda.', "The water", "Kanda farmer"),
    # An aside between two dashes before the verb; but a name between dashes is the subject itself.
    ('The union leader, Tom Hale – who has led the union since 2012 – told a rally: "We want a living wage."', "We want",
     "Tom Hale"),
    ('One visitor to the city — Ana Ruiz — told the press, "I think it is a shame."', "I think", "Ana Ruiz"),
]

FROM_BLIND_SET_THIRTEEN = [
    # A trainer and a seed are roles before a name.
    ('Trainer Ann Roe hailed her jockey after the race. "I thought we were done at the last," Roe said.', "I thought",
     "Ann Roe"),
    ('"I played like a junior today."\n\nThat was the verdict of Croatian fifth seed Ana Ruiz, who lost in straight sets.',
     "I played", "Ana Ruiz"),
    # "St Brigid's Community Hospital": a saint's possessive inside a name.
    ('St Brigid\'s Community Hospital has apologised to patients. "We deeply regret the distress," the hospital said.',
     "We deeply", "St Brigid's Community Hospital"),
    # The words of a sign whose maker is not named.
    ('A hand-painted sign reading "Our hospital saved your life. Now save our hospital." appeared on the fence.',
     "Our hospital", ""),
]


FROM_BLIND_SET_FOURTEEN = [
    # "Justice X" is the judge.
    ('In her ruling, Lady Justice Ann Roe said the families had a case. "Housing is not a slogan," the judge said.',
     "Housing is not", "Ann Roe"),
    # "X had a simpler answer." closing a paragraph, then a quotation standing alone: X's answer.
    ('"We cannot keep letting that happen," Ana Ruiz told the audience.\n\nThen it was the Green candidate\'s turn. '
     'Tom Hale had a simpler answer.\n\n"Build the houses near the stations."', "Build the houses", "Tom Hale"),
    # A question ends one paragraph, a quotation stands alone in the next: the answer, by the person named before the asker.
    ('The witness, Ann Roe, told the court she had carried envelopes for two years.\n\n"So you never once wondered what '
     'was in them?" Tom Hale asked.\n\n"I was told not to ask, so I did not ask."', "I was told", "Ann Roe"),
]


def test_a_body_the_article_calls_a_newspaper_is_not_the_club():
    text = (
        'Carrow Vale have completed the signing. The fee was undisclosed, but the Belgian newspaper Het Nieuwsblad put '
        'it at 2.5 million.\n\nIn a statement, the club said: "He is a player we have followed for two seasons."'
    )
    assert speaker_of(text, "He is a player") != "Het Nieuwsblad"


FROM_REVIEW = [
    # A code review's made-up cases for rules written today: each was right before them and must stay right.
    ('"We will rebuild the town," said Tom Hale, whose son was known as Jo.', "We will rebuild", "Tom Hale"),
    ('"We will rebuild the town," said Tom Hale, whose son was identified only as Jo.', "We will rebuild", "Tom Hale"),
    ("Ana Ruiz answered Tom Hale's comment, \"We have never taken a penny from them.\"", "We have never", "Ana Ruiz"),
    ('Hale – who has led the union since 2012 – told a rally: "We want a living wage."', "We want", "Hale"),
    ('"The water came fast," said a resident of the District of Columbia.', "The water",
     "District of Columbia resident"),
    ('"We are ready for the game," said coach Pete Daily.', "We are ready", "Pete Daily"),
    ('"We will never give up the fight for our land."\n\nThe attack came hours after threats from the Kanda Front.',
     "We will never", ""),
    ('The member for Kiama Ana Maria Ruiz spoke. "I will retire next year," Ruiz said.', "I will retire", "Ana Maria Ruiz"),
]

FROM_BLIND_SET_TWELVE = [
    # "state" before a title is part of the title, not a reporting verb.
    ('Former state Sen. Ann Roe writes in her memoir that she nearly quit. "I wrote my resignation letter that night," '
     'she writes.', "I wrote my", "Ann Roe"),
    # A railway is a company.
    ('No one was hurt. "Safety comes first," read a statement from Harbour Valley Railway.', "Safety comes",
     "Harbour Valley Railway"),
    # "That's the verdict of X", "The warning came Tuesday from X": the source named after the quotation.
    ('"You do not get a second chance with a crop."\n\nThat\'s the verdict of Tom Hale, who farms near York.',
     "You do not", "Tom Hale"),
    ('"Stay off the ice. It is thinner than it looks."\n\nThe warning came Tuesday from Dr. Ann Roe, the coroner.',
     "Stay off", "Ann Roe"),
    # A jury's foreman is a role.
    ('A jury acquitted the guard. The jury foreman told the Courier that the panel watched the video. "We went through '
     'every second," he said.', "We went through", "jury foreman"),
    # "member for Kiama Ana Ruiz": the seat, then the member.
    ('Independent member for Kiama Ana Ruiz announced she will retire. Ruiz won the seat in 2003. "Sixteen years is long '
     'enough," she said.', "Sixteen years", "Ana Ruiz"),
    # "the hospital's chief executive": the hospital the article named.
    ('Bellbrook District Hospital will close its maternity ward. In an email to staff, the hospital\'s chief executive said: '
     '"We had to make a decision nobody wanted."', "We had to", "Bellbrook District Hospital chief executive"),
    # "the younger Hale" after a father and son of one name: the one named "Jr.".
    ('Tom Hale Sr., 86, opened the shop in 1958. His son, Tom Hale Jr., has run it since 1990. "My father worked every '
     'day," the younger Hale said.', "My father", "Tom Hale Jr."),
]

FROM_DEV_ERRORS_FIVE = [
    # Two people speaking together, each with a role before the name.
    ('Mayor Ann Roe and club owner Tom Hale said, "We are heartbroken by what happened."', "We are heartbroken",
     "Ann Roe and Tom Hale"),
    ('A joint statement from Mayor Ann Roe and club owner Tom Hale said, "We are heartbroken by what happened."',
     "We are heartbroken", "Ann Roe and Tom Hale"),
    # Three people named in a list.
    ('"We are heartbroken," Ann Roe, Tom Hale and Eva Stone said in a statement.', "We are heartbroken",
     "Ann Roe, Tom Hale and Eva Stone"),
    ('Ann Roe, Tom Hale and Eva Stone said in a statement: "We are heartbroken."', "We are heartbroken",
     "Ann Roe, Tom Hale and Eva Stone"),
    ('"It marks the end of an era," said Ann Roe, Tom Hale, and Eva Stone.', "It marks", "Ann Roe, Tom Hale and Eva Stone"),
    ('A joint statement from D.C. Mayor Ann Roe and Nationals owner Tom D. Hale said, "It is over."', "It is over",
     "Ann Roe and Tom D. Hale"),
    # A name set off by commas, or one person with a role, stays a single speaker.
    ('Ann Roe, the mayor, said, "We are heartbroken."', "We are heartbroken", "Ann Roe"),
    ('"It is over," said Ann Roe, the mayor of Leeds.', "It is over", "Ann Roe"),
    ('Ann Roe and her lawyer Tom Hale left the court. "It is over," said Ann Roe.', "It is over", "Ann Roe"),
    # A document the article named in capitals speaks by that name when no author is known.
    ('Kerry spoke of the so-called "Downing Street Memo". The memo states that "the facts were being fixed."',
     "the facts", "Downing Street Memo"),
    # A reporting word that may be a noun ("report claims") is a verb when whole sentences follow its comma.
    ('The Defense Science Board released a report. The report claims, "Intervention has elevated the radicals."',
     "Intervention", "Defense Science Board"),
    ('The Silea attack, "the worst in years", killed ten. "We ran," said Ana Ruiz.', "We ran", "Ana Ruiz"),
    # "the authority": the body the article has called so most, counting its acronym ("the IAA").
    ('The Spanish Air Authority criticised the airline. Pilots wrote to the Irish Aviation Authority (IAA). The IAA '
     'was accused of ignoring them. The authority responded "The IAA has replied to every letter."', "The IAA has",
     "Irish Aviation Authority"),
    # "the force" is the police force named before, not a body named only later.
    ('West Midlands Police seized the drugs on Wednesday. "The boxes were full of cannabis," the force said. Detective '
     'Carl Hale of the Force CID led the raid.', "The boxes", "West Midlands Police"),
    # A label that opens the paragraph names whoever speaks in the quotation filling the rest of it.
    ('Germany won 2-1.\n\nTom Hale (GER), Germany coach "We kept it tight at the back. I want to thank my team."',
     "We kept", "Tom Hale"),
    ('Germany won 2-1.\n\nAna Ruiz, USA captain "We were second best today."', "We were", "Ana Ruiz"),
    # (not a sentence with a verb in it, nor a name with a phrase after it)
    ('Germany won 2-1.\n\nAna Ruiz, the captain, was "gutted."', "gutted", ""),
    # A role that acts for some of a group: "a lawyer for some of the plaintiffs", and the name apposed to it.
    ('"It is over," said a lawyer for some of the plaintiffs.', "It is over", "plaintiffs lawyer"),
    ('According to a lawyer for some of the plaintiffs, Jeffrey Hale, the case is new. "No case has asked it," he told '
     'the Guardian.', "No case", "Jeffrey Hale"),
    # A place after "in" that runs into a person's name: the place is only its own words.
    ('Shells fell in the capital of Mogadishu.\n\nVice chairman of the Elman Peace and Human Rights Organization in Mogadishu Ali Yasin Gedi said that '
     '"insurgents fired first. That is how it started."', "insurgents", "Ali Yasin Gedi"),
    # "Man" inside a capitalised name ("Budweiser Man of the Match") shows no man: "He" is the one who won it.
    ('England won 2-1. Harry Kane won the Budweiser Man of the Match award. He said, "In the first half it felt good."',
     "In the first", "Harry Kane"),
    # Someone's two roles joined by "and" are one person, described by the first.
    ('Swiss racer Edith Wolf quit the race. Wolf\'s husband and coach told the media, "She was really looking forward '
     'to it."', "She was", "Edith Wolf's husband"),
    ('Swiss racer Edith Wolf quit the race. Her husband and coach told the media, "She was really looking forward '
     'to it."', "She was", "Edith Wolf's husband"),
    # A question told, not quoted, ends a paragraph; the quotation standing alone next is the answer of the one asked.
    ('Farmer Tom Hale said the caps would ruin him. Committee chair Ana Ruiz asked him how many farms would close.'
     '\n\n"Half of them. Maybe more."', "Half of them", "Tom Hale"),
    ('Eva Stone gave evidence on Tuesday.\n\nCounsel Ana Ruiz put it to her that a note recorded the call.\n\n'
     '"I made notes of every call I got."', "I made notes", "Eva Stone"),
    # "he replied" just after someone asked a question is not the one who asked.
    ('Secretary Tom Hale said his department ranked the bids.\n\nSenator Kim Ashby asked whether anyone had raised '
     'concerns.\n\n"Concerns were raised, senator," he replied.', "Concerns were", "Tom Hale"),
    # (but "asked X to" asks for something, not a question: "she replied" is still the one who asked)
    ('Minister Ana Ruiz said she had asked the director, Tom Hale, to review it.\n\nAsked whether she would resign, '
     'she replied: "I have no intention of resigning."', "I have no", "Ana Ruiz"),
    # From blind set fifteen: an Australian councillor's "Cr", an Irish surname after "Ó" ("Ó hEochaidh"),
    # a name with an age after "at" ("ran at Ann Roe, 74,"), and a "Unit" that is a body.
    ('Cr Ana Ruiz moved the motion. "We will close roads," she said.', "We will close", "Ana Ruiz"),
    ('The plant was opened by Minister Seán Ó hAodha TD. "Rural towns need jobs," he said.', "Rural towns",
     "Seán Ó hAodha"),
    ('The dog ran at Ann Roe, 74, in the park.\n\nAfter the hearing, Mrs Roe told the paper: "I thought it would kill '
     'me."', "I thought", "Ann Roe"),
    ('The review, released Thursday by the Lakeland Public Health Unit, was short.\n\n"Staff worked hard," the review '
     'says.', "Staff worked", "Lakeland Public Health Unit"),
    # A capitalised title or its initials, for the person the article named with it.
    ('District Magistrate Ana Ruiz visited the camp. "All families will be moved," the Magistrate told reporters.',
     "All families", "Ana Ruiz"),
    ('The men were held, according to Assistant Commissioner of Police (North) T. K. Menon. "They are known to us," '
     'the ACP said.', "They are known", "T. K. Menon"),
    # (not a body: "the Council" speaks for itself)
    ('Council leader Tom Hale spoke first. "The budget is set," the Council said.', "The budget", "Council"),
    # "That's how X described ...", the contraction of "That is how".
    ('"It was a miracle that anybody walked out of that car."\n\nThat\'s how Sheriff Tom Hale described the crash on '
     'Wednesday.', "It was a miracle", "Tom Hale"),
    # ... but a document's author still comes first.
    ('The Defense Science Board released a report. The report says, "Intervention has elevated the radicals."',
     "Intervention", "Defense Science Board"),
]


def test_whole_sentences_after_the_verb_its_subject_and_an_aside_are_a_statement():
    text = ('"It is fantastic," said Lord Hale, the science minister, "This is really cool science. It will change '
            'how we see the sky." The launch was on Tuesday.')
    assert extract_quotes(text)["kind"].tolist() == ["statement", "statement"]
    # (no reporting verb: a list quoted in passing stays a phrase)
    text = 'The shop sells, "Apples, pears and other fruit of the season." It opens at nine.'
    assert extract_quotes(text)["kind"].tolist() == ["phrase"]


def test_the_words_of_a_sign_named_a_few_words_before_the_verb_have_no_speaker():
    text = ('Marchers carried pushchairs, and one handmade placard held aloft near the front read: "Mothers should not '
            'give birth in a lay-by." MP Tom Hale spoke.')
    assert extract_quotes(text)[["kind", "speaker"]].values.tolist() == [["phrase", ""]]
    text = 'Before kick-off a large banner was unfurled. It read: "You sold our history." It stayed up.'
    assert extract_quotes(text)[["kind", "speaker"]].values.tolist() == [["phrase", ""]]
    # (but not a statement's "It", nor a speaker named after the sign)
    text = 'The company released a statement. It read: "We regret the closure."'
    assert extract_quotes(text)["kind"].tolist() == ["statement"]
    text = 'Protesters carried signs and their leader Ana Ruiz said: "We will be back."'
    assert extract_quotes(text)[["kind", "speaker"]].values.tolist() == [["statement", "Ana Ruiz"]]


def test_what_the_second_review_found_stays_right():
    """People who carry signs speak; a told question's asker who answers back keeps his words; and more."""
    text = 'Protesters carrying placards said: "We will not be silenced."'
    assert extract_quotes(text)["kind"].tolist() == ["statement"]
    text = 'The council will sign the letter on Monday. It reads: "We object to the plan in full."'
    assert extract_quotes(text)[["kind", "speaker"]].values.tolist() == [["statement", "council"]]
    text = ('Mark Lee was at the meeting. Tom Hale asked Peter Brown whether the school would close. Told that it would, '
            'he replied: "Then we will fight it."')
    assert extract_quotes(text)["speaker"].tolist() == ["Tom Hale"]
    text = 'Alongside Mayor Ann Roe, Tom Hale and Eva Stone said: "This will bring jobs to the town."'
    assert extract_quotes(text)["speaker"].tolist() == ["Tom Hale and Eva Stone"]
    text = 'Police set up Operation Sandpiper, a task force of 40 officers. "We will find them," the force said.'
    assert extract_quotes(text)["speaker"].tolist() != ["Operation Sandpiper"]


def test_a_sign_far_from_its_verb_has_no_speaker_but_a_reader_keeps_his_words():
    text = ('In Morwell, a handwritten sign in the window of a hardware shop on Commercial Road read: "We are closing after '
            '40 years." Next door a bakery stayed open.')
    assert extract_quotes(text)[["kind", "speaker"]].values.tolist() == [["phrase", ""]]
    # (but a person reading near a sign, and a body's "it read", keep their words: the third review's cases)
    text = 'The banners stayed up in the cathedral while Bishop Tom Hale read: "The Lord is my shepherd, I shall not want."'
    assert extract_quotes(text)[["kind", "speaker"]].values.tolist() == [["statement", "Tom Hale"]]
    text = ('The union posted a statement on the gate beside the strike posters. "We will stay out until the offer '
            'improves," it read.')
    assert extract_quotes(text)["kind"].tolist() == ["statement"]


def test_a_body_with_and_in_its_name_is_one_speaker():
    for text, speaker in [
        ('"Prices rose," said the Australian Competition and Consumer Commission.', "Australian Competition and Consumer Commission"),
        ('The Health Information and Quality Authority said: "The home failed."', "Health Information and Quality Authority"),
        ('"We found failings," the National Disaster Risk Reduction and Management Council said.',
         "National Disaster Risk Reduction and Management Council"),
        # (two people joined by "and" stay two, and a place's name ends before "and")
        ('"We are heartbroken," said Ann Roe and Tom Hale.', "Ann Roe and Tom Hale"),
        ('The fire started at the Royal Oak Hotel and Kent Fire Service said: "Crews worked through the night."',
         "Kent Fire Service"),
        ('Mayor Ann Roe, Governor Tom Hale and Senate candidate Ben Fry said: "This is good news for the state."',
         "Ann Roe, Tom Hale and Ben Fry"),
        ('The Prime Minister Ann Roe and Kent Police said in a joint statement: "The road will stay closed."', "Kent Police"),
    ]:
        assert extract_quotes(text)["speaker"].tolist() == [speaker], text


def test_titles_mottos_and_lines_quoted_after_a_clause_stay_phrases():
    """From the review: a reporting verb earlier in the sentence does not make every capitalised quotation a statement."""
    for text in [
        'Tom Hale said he still remembered the headline in the local paper, "Village Boy Wins Olympic Gold In Sydney." '
        'He keeps a copy framed.',
        'Ann Roe said the school\'s motto was printed on every blazer, "Work hard, be kind and never give up on each '
        'other." Pupils chose it in 2010.',
        'Ann Roe spoke about her career on Monday. Roe said, of her latest novel, "The Quiet Year", that it had taken '
        'ten years to write.',
        'Kent County Council published its plan on Monday. The council report, "Safer Streets for All", was welcomed '
        'by residents.',
        'The shortlist for the prize was announced on Monday.\n\nAnn Roe, for her novel "The Night We Left Home."',
    ]:
        assert extract_quotes(text)["kind"].tolist() == ["phrase"], text


def test_a_short_aside_between_the_verb_and_whole_sentences_keeps_them_a_statement():
    text = 'The ACLU released a statement. The statement reads, in part, "We will sue the city over this." It was filed on Monday.'
    assert extract_quotes(text)[["kind", "speaker"]].values.tolist() == [["statement", "ACLU"]]
    # (a phrase stays a phrase: 'described the plan, in part, as "reckless"')
    text = 'Ana Ruiz described the plan, in part, as "reckless".'
    assert extract_quotes(text)["kind"].tolist() == ["phrase"]

FROM_REVIEW_TWO = [
    # A review of this session's rules found these everyday sentences they broke; each is kept right.
    # A body that speaks is not the person holding one of its posts.
    ('Kent County Council will close three libraries next year. Council Leader Tom Hale announced the plan on Monday.'
     '\n\nIn a statement, the Council said: "We are proud of this investment in our community."', "We are proud",
     "Kent County Council"),
    ('The United Workers Union called the strike. Union President Ann Roe addressed the crowd.\n\nThe Union said: '
     '"Our members will not back down."', "Our members", "United Workers Union"),
    ('Kenya Police have opened an inquiry. Police Commissioner Ann Roe visited the scene on Tuesday.\n\nLater, the '
     'Police said: "Two men have been arrested and remain in custody."', "Two men", "Kenya Police"),
    # "It said" after a sentence with "sign" in it, and people who carried signs, still speak.
    ('The Foreign Office confirmed that Britain will sign the treaty on Friday. It said: "This is a historic moment for '
     'both countries."', "This is a historic", "Foreign Office"),
    ('Acme Ltd withdrew its billboards after complaints. It said: "We apologise for any offence caused."',
     "We apologise", "Acme Ltd"),
    ('Fans who unfurled banners at the game said: "The owners have to go now."', "The owners", "Fans"),
    ('Residents who put up posters in their windows said: "We want the park saved for our children."', "We want",
     "Residents"),
    # "he replied" after a told question: the one asked, when the question names him; else leave the reply alone.
    ('Council leader Mark Lee chaired the meeting. Resident Tom Hale asked whether the council had consulted anyone. '
     'When told that it had, he replied: "Then show me the minutes."', "Then show me", "Tom Hale"),
    ('Mark Lee was at the meeting. Tom Hale asked Peter Brown whether the school would close. "It will not," he '
     'replied.', "It will not", "Peter Brown"),
    # The one asked ("him") is not the asker named earlier.
    ('Farmer Ian Bell gave evidence to the committee on Tuesday. Committee chairman Tony Ferris opened the hearing.'
     '\n\nFerris asked him how many farms could survive another dry year.\n\n"Maybe half of them, if we are lucky."',
     "Maybe half", "Ian Bell"),
    ('Council leader Mark Lee opened the meeting at 7pm.\n\nWhen Tom Hale arrived late, Lee asked him why he had '
     'missed the vote.\n\n"My train was cancelled."', "My train", "Tom Hale"),
    # A lawyer for two people is one speaker; a preposition opening the sentence is no part of a list.
    ('"He was a loving son," said Mark Lee, Tom Hale and Eva Stone\'s lawyer.', "He was a loving", "Mark Lee"),
    ('With Mayor Ann Roe, Tom Hale and Eva Stone said: "This will bring jobs to the town."', "This will bring",
     "Tom Hale and Eva Stone"),
    # "the memo" is the latest memo spoken of, not an older one the article named.
    ('The so-called "Hale Memo", leaked in 2019, described plans to close the hospital. On Monday a second memo, '
     'written by unnamed aides, was sent to staff.\n\nThe memo states: "No decision on closure has yet been made."',
     "No decision", ""),
    # Two relatives are two people, not the first of them.
    ('Tom Hale, 17, died in the crash on Saturday. Hale\'s mother and father said: "He was the light of our lives."',
     "He was the light", "father"),
    # "the force" is the police force named before, even with no body called "Force" in the article.
    ('Thames Valley Police were called to the river at 6am. A body was recovered by the fire service.\n\n"Our '
     'thoughts are with the family," the force said.', "Our thoughts", "Thames Valley Police"),
    # From blind set sixteen: "her Honour" is the judge; a rank that ends in "Class" is no part of the name.
    ('Judge Ana Ruiz jailed Hale for six years. "This was a deliberate choice," her Honour said.', "This was",
     "Ana Ruiz"),
    ('"He got those kids out," said Coast Guard Petty Officer 2nd Class Tom Hale.', "He got", "Tom Hale"),
    # Indian initials written without stops are no councillor's "Cr".
    ('The party held a rally in Surat on Sunday. State party chief CR Venkatesh said: "We will win every seat."',
     "We will win", "CR Venkatesh"),
]

FROM_SURNAME_GRID = [
    # From a made-up grid (a person named in full once, then quoted by surname): a surname that opens with
    # particles ("van der Berg") after "of", "to" or "from" is still one person's name, not a place and a name.
    ('The resignation of Rafael van der Berg was announced on Tuesday.\n\n"We have to change, and change fast," '
     'van der Berg said.', "We have to", "Rafael van der Berg"),
    ('Police spoke to Rafael van der Berg on Tuesday.\n\nVan der Berg told reporters: "We have to change."',
     "We have to", "Rafael van der Berg"),
    ('A letter from Luis de la Cruz was read out on Tuesday.\n\n"We have to change," said de la Cruz.',
     "We have to", "Luis de la Cruz"),
    # (and a title "of" a place before such a name still leaves the place out)
    ('Minister of Fiji Rafael van der Berg resigned on Tuesday.\n\n"We have to change," van der Berg said.',
     "We have to", "Rafael van der Berg"),
    # A review of that rule found these it broke; each is kept right. A title "of" a place, then a surname alone:
    ('The mayor of Rotterdam van Dijk said: "We have to change."', "We have to", "van Dijk"),
    ('Coach of Twente ten Hoven said: "We have to change."', "We have to", "ten Hoven"),
    # and a place before a name, which the article uses as a place before an ordinary word ("ten years", "de facto").
    ('Kenya Amos Otieno, a farmer who returned to Kenya ten years ago, said: "We have to change."', "We have to",
     "Amos Otieno"),
    ('The rebels in Lima de facto control the port.\n\nLima Carlos Ruiz, a spokesman, said: "We have to change."',
     "We have to", "Carlos Ruiz"),
]

FROM_BODY_GRID = [
    # From a made-up grid of 450 passages: a spokesperson, official or source of a body named in lower-case
    # words ("the county council", "the local health board"), as local news names councils, trusts and
    # services. The body comes first in the description, as for "a spokesman for the ministry".
    ('A spokeswoman for the local health board said: "We are reviewing the case."', "We are", "local health board spokeswoman"),
    ('"We are reviewing the case," said a spokesman for the ambulance service.', "We are", "ambulance service spokesman"),
    ('An official at the county council told the Echo: "We are reviewing the case."', "We are", "county council official"),
    ('"We are reviewing the case," a source at the mining company said.', "We are", "mining company source"),
    ('Officials at the district council said: "We are reviewing the case."', "We are", "district council officials"),
    ('An official at the council said: "We are reviewing the case."', "We are", "council official"),
    ('The local authority said: "We are reviewing the case."', "We are", "local authority"),
    # (the body's full name when the article gave it)
    ('Kent County Council closed the road on Monday.\n\nA spokesman for the county council said: "We are reviewing '
     'the case."', "We are", "Kent County Council spokesman"),
    # ("at the time", "at the scene" still say when and where, not whom the speaker works for)
    ('The mayor at the time said: "We are reviewing the case."', "We are", "mayor"),
    ('A witness at the scene said: "We are reviewing the case."', "We are", "witness"),
    # A review of that rule found these it broke; each is kept right. Someone only present "at" a place or an
    # event is not the place's ("a man at the party", "protesters at the embassy"); a source "at the firm" stays
    # a source; a repeated "the chairman of the health board" is still the chairman the article named.
    ('A man at the party said: "We are reviewing the case."', "We are", "man"),
    ('Protesters at the embassy said: "We are reviewing the case."', "We are", "Protesters"),
    ('A source at the firm said: "We are reviewing the case."', "We are", "source"),
    ('A cashier at the bank said: "We are reviewing the case."', "We are", "cashier"),
    ('Jane Hill, chairman of the health board, wrote to staff.\n\n"We are reviewing the case," the chairman of '
     'the health board said.', "We are", "Jane Hill"),
    ('Reuters reported the clash. The Foreign Office urged calm.\n\nThe news agency said: "We are reviewing the '
     'case."', "We are", "news agency"),
]

FROM_SESSION_NAMES = [
    # Where a person works, after "in" or "at", is theirs, not the speaker: "a nurse in Kasese district".
    ('"We have no beds left," a nurse in Kasese district told reporters.', "We have no", "Kasese district nurse"),
    ('"The road is closed," a police officer in Bwera said.', "The road", "Bwera police officer"),
    ('A nurse in her 20s said: "The road is closed."', "The road", "nurse"),
    # An ampersand between capitals is inside one word: "A&E", "P&O".
    ('"We had patients on trolleys," an A&E consultant in Newcastle said.', "We had", "Newcastle A&E consultant"),
    # A body named by a list of fields keeps its commas and its "and"; a list of bodies does not become one.
    ('"Exports will rise," said the Ministry of Trade, Industry and Fisheries.', "Exports", "Ministry of Trade, Industry and Fisheries"),
    ('The Department for Environment, Food and Rural Affairs said: "We are monitoring the situation."', "We are",
     "Department for Environment, Food and Rural Affairs"),
    ('"We are monitoring it," a spokesman for the Department for Digital, Culture, Media and Sport said.', "We are",
     "Department for Digital, Culture, Media and Sport spokesman"),
    ('The Ministry of Housing, Communities and Local Government said exports rose. "It is a good year," the ministry said.',
     "It is", "Ministry of Housing, Communities and Local Government"),
    ('"We will act," said the Ministry of Defence, Nato and Downing Street.', "We will", "Ministry of Defence"),
    # (only fields of policy make such a name: not a list of bodies or people)
    ('"Trains will run," said the Department for Transport, Network Rail and Northern.', "Trains", "Department for Transport"),
    ('Letters were sent to the Department for Education, Ofsted and Ann Roe. "Nobody replied," Roe said.', "Nobody", "Ann Roe"),
    # "the Celtic manager" is the manager described with "Celtic" right beside him, not another club's named nearby.
    ('Celtic beat Rangers 2-1. Celtic manager Brendan Rodgers praised his players, while Rangers manager Philippe '
     'Clement was angry about the penalty.\n\n"It was a deserved win," the Celtic manager said.', "It was", "Brendan Rodgers"),
    ('Celtic beat Rangers 2-1. Rangers manager Philippe Clement was angry about the penalty, while Celtic manager '
     'Brendan Rodgers praised his players.\n\n"It was a deserved win," the Celtic manager said.', "It was", "Brendan Rodgers"),
    # A body whose name goes on with "to" and what it is for (from Global Voices 1021).
    ('The Committee to Protect Journalists said: "Journalists must be free to work."', "Journalists", "Committee to Protect Journalists"),
    ('"The green belt is under threat," the Campaign to Protect Rural England said.', "The green", "Campaign to Protect Rural England"),
    ('Ann Roe of the Campaign to Protect Rural England said: "It is under threat."', "It is", "Ann Roe"),
    # (only with a verb of aim after "to": not "a grant from the Arts Council to Folkestone Museum")
    ('A grant from the Arts Council to Folkestone Museum paid for the work. "We are thrilled," the museum said.', "We are",
     "Folkestone Museum"),
    ('"Your claim has been rejected," said a letter from the Council to Mrs Roe.', "Your claim", "Council"),
    # A social-media user named by a handle (from Global Voices 1025).
    ('LiveJournal user i_l_d responded simply: "Go away."', "Go away", "i_l_d"),
    ('"This is a disgrace," tweeted @jdoe99.', "This is", "@jdoe99"),
    ('One Twitter user, @jdoe99, wrote: "This is a disgrace."', "This is", "@jdoe99"),
    # A paper that reports what the source it names said passes the words on (from Global Voices 1003).
    ('According to Minister Joaquim Barbosa, the only black judge on the court, "these measures are intended to combat '
     'discrimination," reported G1.', "these measures", "Joaquim Barbosa"),
    ('According to Ann Roe, "the road will reopen on Monday," the BBC reported.', "the road", "Ann Roe"),
    # A job opening the sentence before a name is no part of it, when no baby was given it as a name (first-name table).
    ('Auctioneer Gordon Metcalfe said: "Prices were up."\n\n"It was busy," Mr Metcalfe added.', "It was", "Gordon Metcalfe"),
    ('Surveyor Ann Roe said: "The wall is unsafe."', "The wall", "Ann Roe"),
    ('Jean Paul Gaultier said: "The show is over."', "The show", "Jean Paul Gaultier"),
    ('Pieter Van den Broeck said: "The show is over."', "The show", "Pieter Van den Broeck"),
    ('Hemant Kumar Sahoo said: "The show is over."', "The show", "Hemant Kumar Sahoo"),
    # A sentence opened by where it happens, with no comma: the people after the place speak (from Global Voices 1053).
    ('Outside the court supporters were chanting: "Free him now!"', "Free him", "supporters"),
    ('From both sides of the street people were chanting: "What a coincidence!"', "What a", "people"),
    ('Across the city residents were saying: "We are not safe."', "We are", "residents"),
    ('At the hearing the court officials said: "We are not safe."', "We are", "court officials"),
    # (but not over a speaker named between: Tom Hale shouted it)
    ('According to Ann Roe, Tom Hale shouted "Get out of my house!" at the crowd, police reported.', "Get out", "Tom Hale"),
    # "which says" after a text and its author: the author's words, not the sentence subject's (from Global Voices 1003).
    ('Ann Roe cited a report by the Resolution Foundation, which says that "wages have not recovered since the crash of '
     '2008."', "wages", "Resolution Foundation"),
    ('The claim was refuted in an article published by the University of Leeds, which says that "it is a big mistake '
     'to think that progress comes in steps."', "it is", "University of Leeds"),
    ('Facebook released a statement on Tuesday, which read: "We are sorry."', "We are", "Facebook"),
    # A title named by a list of fields, then the holder's name: the name, without the title's last field.
    ('Minister of Education, Culture and Science Ronald Plasterk said: "We will not accept this."', "We will", "Ronald Plasterk"),
    ('"We will not accept this," said Minister of Education, Culture and Science Ronald Plasterk.', "We will", "Ronald Plasterk"),
    ('"We will act," said the Secretary of State for Environment, Food and Rural Affairs, Michael Gove.', "We will",
     "Michael Gove"),
    # (with no name after it, the title is read as before, to its first comma)
    ('"We will act," said the Minister for Trade, Industry and Fisheries.', "We will", "Trade minister"),
    # "in April's crash" after a person's noun is when, not who or where: the driver, of that crash.
    ('"I felt sick," the driver in April\'s crash said.', "I felt", "April crash driver"),
    ('"I felt sick," the driver in Monday\'s crash said.', "I felt", "Monday crash driver"),
    ("Boyle's specific comments were: \"We will go.\"", "We will", "Boyle"),
    # A person at a named event speaks, not the event (from dev 309): "a survivor of the Grenfell fire".
    ('One witness of the Silea attack reported, "An Antonov flew into the area."', "An Antonov", "Silea attack witness"),
    ('A survivor of the Grenfell fire said: "We were abandoned."', "We were", "Grenfell fire survivor"),
    ('"We were abandoned," a survivor of the Grenfell Tower fire told the inquiry.', "We were", "Grenfell Tower fire survivor"),
    ('"We were abandoned," said a survivor of the Grenfell fire.', "We were", "Grenfell fire survivor"),
    ('A witness to the Westminster attack said: "He just drove at people."', "He just", "Westminster attack witness"),
    # A body named before the word for its kind, where a person works: "a nurse at the Kent hospital".
    ('"It was terrible," said a nurse at the Kent hospital.', "It was", "Kent hospital nurse"),
    ('A teacher at the Hythe school said: "It was terrible."', "It was", "Hythe school teacher"),
    ('"It was terrible," said a teacher at the Hythe school.', "It was", "Hythe school teacher"),
    ('"Companies need to respond with grace," said fellow Ada Initiative board member Selena Deckelmann.', "Companies",
     "Selena Deckelmann"),
    ('"Huber was respected," reads an AEW press release.', "Huber", "AEW"),
    # (not a link word read as the event)
    ('"This is the best evidence yet," said a geologist at the Ruritanian Survey in Strel, Ivo Hallik.', "This is",
     "Ivo Hallik"),
]


FROM_VOA = [
    # Misses of the odd-numbered Voice of America stories (1101-1197), made up again in other words.
    # A nationality among the words before a role and a name (from 1161).
    ('"Egypt is acting," said retired Turkish admiral Cem Gurdeniz, who is now an analyst.', "Egypt", "Cem Gurdeniz"),
    ('"It is over," said veteran British diplomat Tom Hale.', "It is", "Tom Hale"),
    # A plural noun that could be a reporting verb, before "have", "are" or "were", reports nothing (from 1161).
    ('New oil finds have sparked disputes. "Egypt is acting against us."', "Egypt", ""),
    ('Ann Roe finds the plan weak. "It will fail," she said.', "It will", "Ann Roe"),
    # Where a person named in full is, after "in" (from 1133).
    ('"We cannot reach the crew," railway deputy controller Muhammad Sharifullah in Quetta told VOA.', "We cannot",
     "Muhammad Sharifullah"),
    ('"We cannot reach the crew," officials in Quetta told VOA.', "We cannot", "Quetta officials"),
    ('Luiz Inácio Lula da Silva has long sought integration. On December 4 at the 10th Foro de São Paulo in Havana Lula '
     'said: "We should not think history has ended."', "We should", "Luiz Inácio Lula da Silva"),
    # A stray comma between the name and the verb (from 1103).
    ('Lawmakers praised the deal. "This is a very positive thing," Republican Representative Ann Roe, told VOA.', "This is",
     "Ann Roe"),
    ('Lawmakers praised the deal. In response, Ann Roe said: "No."', "No.", "Ann Roe"),
    # "the younger Lai": the son the article named ("Lai's son Sebastien"), else the one named later (from 1137).
    ('Jimmy Lai founded Apple Daily. Lai\'s son Sebastien was in Washington this week. "We were grateful," the younger '
     'Lai said. The prosecutor asked the elder Lai if he agreed. "Of course I disagree," Lai said.', "We were", "Sebastien Lai"),
    ('Jimmy Lai founded Apple Daily. Lai\'s son Sebastien was in Washington this week. "We were grateful," the younger '
     'Lai said. The prosecutor asked the elder Lai if he agreed. "Of course I disagree," Lai said.', "Of course", "Jimmy Lai"),
    ('Ann Roe and her daughter Kate met the mayor. Kate Roe, 34, runs the shop. "It was fine," the elder Roe said.',
     "It was", "Ann Roe"),
    ('Ann Roe spoke first. "It was fine," the younger Roe said.', "It was", "Ann Roe"),
    # "the railway official", when no one was called an official: the person given a role with "railway" (from 1133).
    ('"No one is on the ground," Imran Hayat, the divisional railway superintendent in Quetta, told VOA. "It is a '
     'no-signal area," the railway official said.', "It is", "Imran Hayat"),
    ('"No one is on the ground," Imran Hayat, the divisional railway superintendent in Quetta, told VOA. "It is a '
     'no-signal area," the police official said.', "It is", "police official"),
    # A body sent to another, named with "to" (from 1265, second round).
    ('"Tehran continues to accelerate," the U.S. Mission to the United Nations said.', "Tehran",
     "U.S. Mission to the United Nations"),
    # "thinks" reports what someone thinks, in their words (from 1307, second round).
    ('Robert Manning is a senior fellow. Manning thinks "for now, denuclearization diplomacy is dead."', "for now",
     "Robert Manning"),
    # A body's name that goes on with "for the" or "of the" (from 1451, third round).
    ('The Cambodian League for the Promotion and Defense of Human Rights issued a statement. "Dara is a journalist," the '
     'rights group said.', "Dara", "Cambodian League for the Promotion and Defense of Human Rights"),
    ('"Weapons were used," said the Organisation for the Prohibition of Chemical Weapons.', "Weapons",
     "Organisation for the Prohibition of Chemical Weapons"),
    ('The Royal Society for the Protection of Birds issued a statement. "Birds are dying," the charity said.', "Birds",
     "Royal Society for the Protection of Birds"),
    # An age after the word for a person is no part of who speaks (from 1421, third round).
    ('"I love it," a woman in her late 60s said.', "I love", "woman"),
    ('One resident in his seventies said: "We are scared."', "We are", "resident"),
    # "the student" after "A college student in Beijing said ...": the fuller of two readings of one description (from 1135).
    ('A college student in Beijing, who spoke on condition of anonymity, said she agreed. "We are addicted," the student '
     'told VOA.', "We are", "Beijing college student"),
    # A group counted in tens writes a letter; a body described in lower case issues a statement (from dev 967, 451).
    ('Forty Democrats sent a letter to the council on Monday. "Failure to act is dangerous," the letter added.', "Failure",
     "Democrats"),
    ('The British consulate in Jerusalem issued a statement on behalf of Foreign Secretary David Miliband that read, '
     '"The Foreign Secretary has been very clear."', "The Foreign", "British consulate in Jerusalem"),
    ('The US embassy in Turkey\'s capital issued a statement that read: "Visas will resume."', "Visas", "US embassy"),
    # An owner that is part of a body's name the article gave is no person for a later "she" (from NASA 1501).
    ('Anima Patil-Sabale works at NASA’s Johnson Space Center in Houston.\n\nPatil-Sabale first engaged with Johnson’s '
     'ASIA ERG in 2019. “I love bringing people together,” she said.\n\nThat belief inspired her to spearhead a '
     'Johnson-based Diwali celebration in 2023. Johnson’s celebration included several dance and musical performances.'
     '\n\n“These cultural events give us an opportunity to bond,” she said.', "These cultural", "Anima Patil-Sabale"),
    ('Ann Roe met Tom Hale on Monday. Hale\'s reply was short: "No."', "No.", "Tom Hale"),
    # (what the review of these rules found misfiring, now narrowed)
    ('Imran Hayat, the police chief, visited the railway station on Monday. "It is a no-signal area," the railway '
     'official said.', "It is", "railway official"),
    ('The mayor thinks about the "lost years" a lot, aides said. "He was hurt," one aide said.', "He was", "aide"),
    ('Minister of Health, Welfare and Sport Hugo de Jonge said: "We will act."', "We will", "Hugo de Jonge"),
    ('"We will act," said Minister of Medical Care and Sport Conny Helder.', "We will", "Conny Helder"),
    # A word for an adherent before a name is no part of it (from 1193).
    ('Rastafarian Feniya Mbewe was upset when the school turned her daughter away. "We are excited," Mbewe said.',
     "We are", "Feniya Mbewe"),
]

FROM_COMMON_FORMS = [
    # Made-up sentences in forms common in news copy that the rules read wrongly or not at all.
    # A person described by a relative clause, with no comma: the person, not no one.
    ('A woman who lives nearby said: "The car was going far too fast."', "The car", "woman"),
    ('"The car was going far too fast," a passenger who was on the train said.', "The car", "passenger"),
    # A role "to" someone or something: the one with the role speaks, not the president or the UN; what they are
    # a witness to goes first, as the key writes whom or what someone belongs to (session 2026-12-05: "crash witness").
    ('President Joe Biden spoke on Monday. An adviser to the president said: "The car was going far too fast."',
     "The car", "adviser"),
    ('A witness to the crash said: "The car was going far too fast."', "The car", "crash witness"),
    ('A contributor to the Guardian said: "The car was going far too fast."', "The car", "Guardian contributor"),
    # A time phrase opening the sentence with no comma does not hide its subject.
    ('On Monday the ministry released a statement saying "We are reviewing the decision."', "We are", "ministry"),
    ('On Monday Ann Roe released a statement saying "We are reviewing the decision."', "We are", "Ann Roe"),
    # (and "on" inside a body's name is part of it, a day after "on" is not)
    ('On Thursday the Scottish Commission on Rural Affairs criticised the move. They released a statement which '
     'said, "We are reviewing the decision."', "We are", "Scottish Commission on Rural Affairs"),
    ('The report, published by the National Audit Office on Thursday, was scathing. "We are reviewing the '
     'decision," it said.', "We are", "National Audit Office"),
    # A person described by a participle or "whose", with no comma: the person, not the object of the participle.
    ('A lawyer representing the family said: "The car was going far too fast."', "The car", "lawyer"),
    ('A woman living nearby said: "The car was going far too fast."', "The car", "woman"),
    ('A man injured in the crash said: "The car was going far too fast."', "The car", "man"),
    ('A mother whose son attends the school said: "The car was going far too fast."', "The car", "mother"),
    ('Nurses working at the hospital said: "The car was going far too fast."', "The car", "Nurses"),
    # (a document described so is still the document's: "a statement released by the G20")
    ('"The car was going far too fast," a statement released by the G20 said.', "The car", "G20"),
    # People "of" people: the first are the speakers; the owner "of" a shop is the shop's owner.
    ('Parents of pupils at the school said: "The car was going far too fast."', "The car", "Parents"),
    ('The owner of the shop said: "The car was going far too fast."', "The car", "shop owner"),
    # A time opening the phrase is not part of who speaks.
    ('Last night police said: "The car was going far too fast."', "The car", "police"),
    # A second review found these the rules above broke; each is kept right. A date or a website after
    # "on" is not part of a body's name; a role "of" a body is the person named with that role and that body;
    # a body's name, then an aside in commas, then the verb.
    ('"The car was going far too fast," said the Home Office on 12 May.', "The car", "Home Office"),
    ('"The car was going far too fast," said the Foreign Office on Twitter.', "The car", "Foreign Office"),
    ('Labour leader Keir Starmer visited the hospital.\n\nThe leader of the council said: "The car was going far '
     'too fast."', "The car", "council leader"),
    ('The club\'s chairman, Tom Reed, resigned. Jane Hill, chairman of the health board, wrote to staff.\n\n"The car '
     'was going far too fast," the chairman of the health board said.', "The car", "Jane Hill"),
    ('The Council on Foreign Relations, a think tank, issued a statement saying: "The car was going far too fast."',
     "The car", "Council on Foreign Relations"),
    ('Residents of the village said: "The car was going far too fast."', "The car", "village residents"),
    # From a blind grid of 310 made-up passages in 31 common forms (0.79 right before this session's rules,
    # 0.85 when first run on them). "Police" after a named force is that force, and so is "the force":
    ('Essex Police were called to the road on Monday.\n\nPolice said: "The car was going far too fast."', "The car",
     "Essex Police"),
    ('Greater Manchester Police closed the road.\n\nA spokesman for the force said: "The car was going far too fast."',
     "The car", "Greater Manchester Police spokesman"),
    ('On Tuesday night Kent Police said: "The car was going far too fast."', "The car", "Kent Police"),
    # a body's document, by the word the body was named with:
    ('The pool at Dorset Council\'s leisure centre has closed.\n\nA council statement said: "The car was going far '
     'too fast."', "The car", "Dorset Council"),
    # a name with "and" in it, without "the":
    ('A spokesman for Avon and Somerset Police said: "The car was going far too fast."', "The car",
     "Avon and Somerset Police spokesman"),
    ('An Avon and Somerset Police spokesman said: "The car was going far too fast."', "The car",
     "Avon and Somerset Police spokesman"),
    # (and with "the" before it, as before: the whole name, not what follows "and")
    ('The Mining and Energy Workers Union said: "The car was going far too fast."', "The car",
     "Mining and Energy Workers Union"),
    # Found by comparing every quotation of the blind sets before and after this session's rules: a participle
    # before the word for the person is part of the description; a body named in full with more words than
    # the lower-case ones ("the arts council" for the Arts Council of Wessex) is still that body.
    ('"The car was going far too fast," the senior investigating officer said.', "The car",
     "senior investigating officer"),
    ('The Arts Council of Wessex cut its grants.\n\nA spokesman for the arts council said: "The car was going far '
     'too fast."', "The car", "Arts Council of Wessex spokesman"),
    # From a second blind grid (351 passages in 37 forms; 0.81 for the code at the start of the session and
    # for this session's rules when first run): a couple named together, then "the couple"; a job word
    # before a name in capitals at a sentence's start; a member of the Senedd; a story that opens with a
    # quotation alone, its speaker the person the next paragraph opens with.
    ('Mark and Lisa Dunn have run the Fox and Hounds for 15 years.\n\nThe couple said: "The car was going far too '
     'fast."', "The car", "Mark Dunn and Lisa Dunn"),
    ('Pensioner Arthur Bell, 77, of Hove, said: "The car was going far too fast."', "The car", "Arthur Bell"),
    ('Bethan Ellis MS said: "The car was going far too fast."', "The car", "Bethan Ellis"),
    ('"The car was going far too fast."\n\nGrandmother Joyce Lambert, 81, was trapped for four hours after her car '
     'slid into a ditch.', "The car", "Joyce Lambert"),
    # (not a quotation later in the story, nor a sign's words before a sentence about who held it)
    ('The council met on Monday.\n\n"The car was going far too fast."\n\nAnn Roe was angry.', "The car", ""),
    # someone quoted "as saying" by a pronoun; people described with a job and a relative clause; a passer-by.
    ('Imogen Tate has withdrawn from the race.\n\nThe BBC quoted her as saying: "The car was going far too fast."',
     "The car", "Imogen Tate"),
    ('A taxi driver who saw the crash said: "The car was going far too fast."', "The car", "taxi driver"),
    ('"The car was going far too fast," said a passer-by.', "The car", "passer-by"),
    # A third review found these the rules above broke; each is kept right. A participle or "who" describing
    # someone inside the subject's own description does not make that person the speaker:
    ('Detectives investigating the murder of a woman living in the flat said: "The car was going far too fast."',
     "The car", "Detectives"),
    ('Firefighters who rescued a man trapped in the car said: "The car was going far too fast."', "The car",
     "Firefighters"),
    # police of a place are not the force the article named; "the company" is the body named by its name;
    ('Sussex Police said they were supporting his family.\n\nPolice in Spain said: "The car was going far too '
     'fast."', "The car", "Spain police"),
    ('Tom Baker, chief executive of Tesco, resigned.\n\nThe chief executive of the company said: "The car was '
     'going far too fast."', "The car", "Tom Baker"),
    # bodies named after a subject; a broadcaster after "on" is not one; letters are no one's role.
    ('"The car was going far too fast," said the National Alliance on Mental Illness.', "The car",
     "National Alliance on Mental Illness"),
    ('"The car was going far too fast," said a spokesman for Kent County Council on BBC Radio Kent.', "The car",
     "Kent County Council spokesman"),
    ('Letters from residents said: "The car was going far too fast."', "The car", "Letters"),
    ('A spokesman for the family of a man killed in the crash said: "The car was going far too fast."', "The car",
     "family spokesman"),
    # "a Polish Ryanair pilot": a nationality and a company describing the noun after them are no one's name (a dev
    # miss gave "Polish Ryanair's lawyers"); a review of a broader first try found the names and bodies below.
    ('A Polish Ryanair pilot was hurt. "The car was going far too fast," Ryanair said.', "The car", "Ryanair"),
    ('A German Lufthansa engineer was hurt. "The car was going far too fast," said Lufthansa.', "The car",
     "Lufthansa"),
    ('Anglers manager Dutch Kowalczyk was sent off. "The car was going far too fast," Kowalczyk said.', "The car",
     "Dutch Kowalczyk"),
    ('Danish Khan, a taxi driver, said: "The car was going far too fast."', "The car", "Danish Khan"),
    ('A Ryan Giggs fan was hurt. "The car was going far too fast," Giggs said.', "The car", "Ryan Giggs"),
    ('"The car was going far too fast," rapper French Montana wrote on Instagram.', "The car", "French Montana"),
    ('"The car was going far too fast," a spokesman for the Russian Academy of Sciences said.', "The car",
     "Russian Academy of Sciences spokesman"),
    ('Her sister Megan found the note. "The car was going far too fast," Megan said.', "The car", "Megan"),
    # An English judge named by style alone keeps it as his name (the key's "Justice Green", dev 472)...
    ('Mr Justice Green said there was "unease". "The report must be disclosed," Mr Justice Green said.', "The report",
     "Justice Green"),
    ('"The report must be disclosed," Mrs Justice Cheema-Grubb said.', "The report", "Justice Cheema-Grubb"),
    ('"The report must be disclosed," Chief Justice John Roberts said.', "The report", "John Roberts"),
    # ...but a judge's style is kept out of the name: Mr Justice Green does not take the defendant's words.
    ('Mr Justice Green heard the case against Daniel Green, 34. "The car was going far too fast," Green told the '
     'court.', "The car", "Daniel Green"),
    # A family word in lower case is no title ("Mother Teresa" is): "his mother Ann" is Ann.
    ('Tom Hale died on Friday. Paying tribute, his mother Ann said: "The car was going far too fast."', "The car",
     "Ann"),
    # A part of a body named with its owner in lower case goes first, as the body would ("council housing
    # department spokesman"), but people who own a service are no body.
    ('"The car was going far too fast," said a spokesman for the council\'s housing department.', "The car",
     "council housing department spokesman"),
    ('A spokeswoman for the hospital\'s maternity unit said: "The car was going far too fast."', "The car",
     "hospital maternity unit spokeswoman"),
    # A day in a newspaper's name is no time (a dev miss gave "Telegraph" for the Sunday Telegraph), but a day
    # with a word of time before it still is.
    ('The Sunday Times reported: "The car was going far too fast."', "The car", "Sunday Times"),
    ('"The car was going far too fast," the Sunday Mirror reported.', "The car", "Sunday Mirror"),
    ('The Mail on Sunday said: "The car was going far too fast."', "The car", "Mail on Sunday"),
    ('"The car was going far too fast," said the Mail on Sunday.', "The car", "Mail on Sunday"),
    ('The Sunday Telegraph claimed plans were ready. The newspaper also said: "The car was going far too fast."',
     "The car", "Sunday Telegraph"),
    ('On Sunday Post Office staff said: "The car was going far too fast."', "The car", "Post Office staff"),
    ('Ann Roe on Sunday said: "The car was going far too fast."', "The car", "Ann Roe"),
    ('The Washington Post on Sunday said: "The car was going far too fast."', "The car", "Washington Post"),
    ('"The car was going far too fast," said Canada Post on Tuesday.', "The car", "Canada Post"),
    # UK bodies and seats with "and" in their names (made-up probes of local-news forms): the whole name, and the
    # member of a seat, not the seat's first place or two people.
    ('A spokesman for Kent Fire and Rescue Service said: "The car was going far too fast."', "The car",
     "Kent Fire and Rescue Service spokesman"),
    ('A statement from Kent Fire and Rescue Service read: "The car was going far too fast."', "The car",
     "Kent Fire and Rescue Service"),
    ('"The car was going far too fast," said Dover and Deal MP Natalie Elphicke.', "The car", "Natalie Elphicke"),
    ('"The car was going far too fast," said Ann Roe and Tom Hale MP.', "The car", "Ann Roe and Tom Hale"),
    ('Lib Dem Ann Lee said: "The car was going far too fast."', "The car", "Ann Lee"),
    # From a third blind grid (UK and Irish local news): bodies with a field before "and", "National" as a body's
    # first word, initials in brackets with lower-case letters or "the".
    ('Northern Ireland Fire and Rescue Service said: "The car was going far too fast."', "The car",
     "Northern Ireland Fire and Rescue Service"),
    ('The Belfast Health and Social Care Trust apologised. In a statement, the trust said: "The car was going far '
     'too fast."', "The car", "Belfast Health and Social Care Trust"),
    ('Energy and Resources Minister Hone Parata spoke first. "The car was going far too fast," he said.', "The car",
     "Hone Parata"),
    ('National Highways said: "The car was going far too fast."', "The car", "National Highways"),
    ('Transport for Wales (TfW) has new trains. "The car was going far too fast," TfW said.', "The car",
     "Transport for Wales"),
    ('Residents Against the Incinerator (RATI) was set up last year. "The car was going far too fast," RATI said.',
     "The car", "Residents Against the Incinerator"),
    # police ranks: "Det Con" is a rank (but "Con Houlihan" a name), "Garda" an Irish officer's rank, a constable
    # "the officer"; a body named before "an ambulance service spokesman"; a group's name and a firm with "&".
    ('"The car was going far too fast," said Det Con Sarah Boyle.', "The car", "Sarah Boyle"),
    ('Con Houlihan said: "The car was going far too fast."', "The car", "Con Houlihan"),
    ('Garda Niall Quinlan set up the club. "The car was going far too fast," he said.', "The car", "Niall Quinlan"),
    ('An Garda Síochána said: "The car was going far too fast."', "The car", "Garda Síochána"),
    # (and, from a review of these rules: a man named Fish, Garda bodies, a union's National Organiser, two
    # ambulance services named)
    ('Michael Fish and Met Office forecasters disagreed. "The car was going far too fast," Mr Fish said.', "The car",
     "Michael Fish"),
    # "has been named as X": X is the man the sentence was about, whom a later "his" means
    ('A man who died in a crash has been named as Tom Hale. "The car was going far too fast," his mother said.',
     "The car", "Tom Hale's mother"),
    ('Jane Holt was named as Bill Grant\'s successor. "The car was going far too fast," she said.', "The car",
     "Jane Holt"),
    ('Garda Niall Quinlan arrived first. "The car was going far too fast," Garda Quinlan said.', "The car",
     "Niall Quinlan"),
    ('Dublin Garda Division said: "The car was going far too fast."', "The car", "Dublin Garda Division"),
    ('"The car was going far too fast," said GMB National Organiser Tom Hale.', "The car", "Tom Hale"),
    ('Northern Ireland Ambulance Service attended. The Welsh Ambulance Service took over. "The car was going far too '
     'fast," an ambulance service spokesman said.', "The car", "ambulance service spokesman"),
    ('East Midlands Ambulance Service apologised. An ambulance service spokesman said: "The car was going far too '
     'fast."', "The car", "East Midlands Ambulance Service spokesman"),
    ('A spokesperson for the Keep Sandwich Green group said: "The car was going far too fast."', "The car",
     "Keep Sandwich Green spokesperson"),
    ('A spokesman for Holbrook & Sons said: "The car was going far too fast."', "The car", "Holbrook & Sons spokesman"),
    # A document "to" someone is not theirs: its writer's, or no one's when none is named.
    ('A letter to parents said: "The car was going far too fast."', "The car", ""),
    # A reporting word used as a noun after a determiner ends a description like any noun ("the attack").
    ('A witness to the attack said: "The car was going far too fast."', "The car", "attack witness"),
    ('A survivor of the attack said: "The car was going far too fast."', "The car", "attack survivor"),
    ('Kent County Council published a report. The report to councillors said: "The car was going far too fast."',
     "The car", "Kent County Council"),
    # A post named in lower case with its place is one body, owner first, as the key writes it.
    ('The US embassy in Ankara said: "The car was going far too fast."', "The car", "US embassy in Ankara"),
    ('"The car was going far too fast," the Turkish embassy in Washington said.', "The car", "Turkish embassy in Washington"),
    ('A statement released by the UN country office for Somalia said: "The car was going far too fast."',
     "The car", "UN country office for Somalia"),
    ('The EU delegation to Ukraine said: "The car was going far too fast."', "The car", "EU delegation to Ukraine"),
    ('A spokesman for the US embassy in Ankara said: "The car was going far too fast."', "The car", "US embassy in Ankara spokesman"),
    ('"The car was going far too fast," said a spokeswoman for the British consulate in Jerusalem.',
     "The car", "British consulate in Jerusalem spokeswoman"),
    ('Ann Roe, who works at the BBC office in London, said: "The car was going far too fast."', "The car", "Ann Roe"),
    # A document owned by a pronoun is the pronoun's: "its statement" is the company's, "her report" the woman's.
    ('Tesco has closed the store. Its statement read: "The car was going far too fast."', "The car", "Tesco"),
    ('Ann Roe runs the shop. Her statement read: "The car was going far too fast."', "The car", "Ann Roe"),
    # With two people named and nothing to tell which is a woman, the one the sentence was about
    ('Tom Hale was sacked by Ann Roe. His statement read: "The car was going far too fast."', "The car", "Tom Hale"),
    # (but not a one-word name that may be a firm's)
    ('Tesco has apologised to Ann Roe. Her statement read: "The car was going far too fast."', "The car", ""),
    # Relatives as local news names them: mum, dad, grandchildren, step- and in-law relatives.
    ('Jake Hill, 7, won the prize. His mum said: "The car was going far too fast."', "The car", "Jake Hill's mum"),
    ('Jake Hill, 7, won the prize. "The car was going far too fast," said his dad.', "The car", "Jake Hill's dad"),
    ('Gwen Lloyd, 99, flew to Spain. Her granddaughter, who travelled with her, said: "The car was going far too fast."',
     "The car", "Gwen Lloyd's granddaughter"),
    ('Jake Hill, 7, won the prize. His stepfather said: "The car was going far too fast."', "The car", "Jake Hill's stepfather"),
    ('Jake Hill, 7, won the prize. His daughter-in-law said: "The car was going far too fast."',
     "The car", "Jake Hill's daughter-in-law"),
    ('Jake Hill, 7, won the prize. His grandparents said: "The car was going far too fast."', "The car", "Jake Hill's grandparents"),
    # A local firm named by its trade ("Bakeries", "Homes", "Buses") is a company, not a person, and is "the firm"
    # later; its name without those words is the firm too.
    ('Hartwell Bakeries said the decision was hard. "The car was going far too fast," the company said.',
     "The car", "Hartwell Bakeries"),
    ('Persimmon Homes said the plans were sound. "The car was going far too fast," the developer said.',
     "The car", "Persimmon Homes"),
    ('Arriva Buses cut the route. "The car was going far too fast," the operator said.', "The car", "Arriva Buses"),
    ('Drivers at Westway Buses will strike. Westway said: "The car was going far too fast."', "The car", "Westway Buses"),
    # A relative with a count, from a place: the place first, as for "a woman from Hythe".
    ('A mum-of-two from Hythe said: "The car was going far too fast."', "The car", "Hythe mum-of-two"),
    ('"The car was going far too fast," said a father-of-three from Hythe, who did not want to be named.',
     "The car", "Hythe father-of-three"),
    # "A club statement" is the club's, as "a club spokesman" speaks for it.
    ('Hythe Town were beaten on Saturday. A club statement read: "The car was going far too fast."', "The car", "Hythe Town"),
    ('Hartwell Bakeries closed the store. A company statement said: "The car was going far too fast."', "The car", "Hartwell Bakeries"),
    # A plural noun opening a sentence is no person a later "his" or "her" means.
    ('Tributes have been paid to Tom Hale, 45, who died in the crash. His daughter said: "The car was going far too fast."',
     "The car", "Tom Hale's daughter"),
    ('Flowers were left at the scene where Ann Roe died. Her son said: "The car was going far too fast."',
     "The car", "Ann Roe's son"),
    ('Thousands turned out to watch Ann Roe race. Her coach said: "The car was going far too fast."', "The car", "Ann Roe's coach"),
    # A body a statement was sent "through" or "via" is not who "they" are.
    ("Tom Hale's family paid tribute to him. In a statement released through Kent Police, they said: "
     '"The car was going far too fast."', "The car", "Tom Hale's family"),
    # A role given with "is" or "was" names its holder for a later "the landlord", as an apposition does.
    ('Tom Hale was the landlord of the Red Lion for 20 years. "The car was going far too fast," the landlord said.',
     "The car", "Tom Hale"),
    ('Tom Hale was the driver. Ann Roe was a witness. "The car was going far too fast," the witness said.', "The car", "Ann Roe"),
    # "Mum" or "Dad" before a first name is what the person is, not part of the name.
    ('Jake Hill, 7, won the prize. Mum Ann said: "The car was going far too fast."', "The car", "Ann"),
    ('Jake Hill, 7, won the prize. Dad Tom, 40, said: "The car was going far too fast."', "The car", "Tom"),
    # More last words of bodies that speak: an airport, an academy, a hospice.
    ('Gatwick Airport said flights were delayed. "The car was going far too fast," the airport said.', "The car", "Gatwick Airport"),
    ('Pilgrims Hospice launched an appeal. A spokesman for the hospice said: "The car was going far too fast."',
     "The car", "Pilgrims Hospice spokesman"),
    # "her" in "Tom Hale, her neighbour," is the woman named before, not Tom Hale.
    ('Ann Roe spoke first. Tom Hale, her neighbour, agreed. "The car was going far too fast," he said.', "The car", "Tom Hale"),
    ('Ann Roe spoke at the meeting. Tom Hale, her neighbour, agreed with her.\n\n"The car was going far too fast," he said.',
     "The car", "Tom Hale"),
    # What a person is, then the name, an age and a place ("Keen gardener Bernard Lacey, 74, of Abingdon, said").
    ('Thames Water has announced a ban. Keen gardener Bernard Lacey, 74, of Abingdon, said: "The car was going far too fast."',
     "The car", "Bernard Lacey"),
    # A body set beside a description in lower case speaks: "The applicant, Moorfield Leisure Ltd, said".
    ('The applicant, Moorfield Leisure Ltd, said: "The car was going far too fast."', "The car", "Moorfield Leisure Ltd"),
    ('His employer, Fenland Electrical Services, said: "The car was going far too fast."', "The car", "Fenland Electrical Services"),
    # A body named by its initials and the places it serves: "NHS Greater Glasgow and Clyde".
    ('A spokesman for NHS Greater Glasgow and Clyde said: "The car was going far too fast."',
     "The car", "NHS Greater Glasgow and Clyde spokesman"),
    ('"The car was going far too fast," said NHS Dumfries and Galloway.', "The car", "NHS Dumfries and Galloway"),
    # A place's name between "a" and a word for a person, then a relative clause: "A Yorkshire businessman who ...".
    ('Celine Dion said "It is a loss." A Yorkshire businessman who was working with Jackson on a proposed future project '
     'said "The car was going far too fast."', "The car", "Yorkshire businessman"),
    ('Ann Roe said: "We lost." An Irish tourist who saw the crash told reporters: "The car was going far too fast."',
     "The car", "Irish tourist"),
    # "They added" after a spokesperson's words: the same voice, not a body named in between.
    ('Thames Valley Police said the road was shut. A spokesperson for the Oxford Tube said: "We are sorry." '
     'They added, "The car was going far too fast."', "The car", "Oxford Tube spokesperson"),
    # A name ends at its possessive apostrophe: "Floyd Landis' B-sample" is no one called B-sample.
    ('The result of a test of Floyd Landis\' B-sample is due. "The car was going far too fast," Landis said.',
     "The car", "Floyd Landis"),
    ('The Prison Officers\' Association met. "The car was going far too fast," the association said.',
     "The car", "Prison Officers' Association"),
    ('Chef Lewis Moss\' Dublin restaurant has closed. "The car was going far too fast," Moss said.', "The car", "Lewis Moss"),
    # After "a", capitalised words before a job are the job's firm, even with a place after: "a Thames Water engineer at".
    ('"The car was going far too fast," said a Thames Water engineer at the scene.', "The car", "Thames Water engineer"),
    # "Friends of ..." with a place's or a body's name is a group's name.
    ('Friends of Brixton Library said: "The car was going far too fast."', "The car", "Friends of Brixton Library"),
    ('"The car was going far too fast," said Friends of the Earth.', "The car", "Friends of the Earth"),
    ('Friends of Tom Hale said: "The car was going far too fast."', "The car", "Tom Hale friends"),
    ('Friends of Jenny Hall said: "The car was going far too fast."', "The car", "Jenny Hall friends"),
    ('Friends of the Chancellor said: "The car was going far too fast."', "The car", "Chancellor friends"),
    # A police rank makes its holder "the officer": "PC Mark Whitfield ... the officer said".
    ('PC Ann Roe arrived first. "The car was going far too fast," the officer said.', "The car", "Ann Roe"),
    # A GP is a job: "said retired GP Helen Aitken".
    ('"The car was going far too fast," said retired GP Helen Aitken.', "The car", "Helen Aitken"),
    # The name after "director of operations," (a role of something in lower case), with a clause after it.
    ('"The car was going far too fast," said the trust\'s director of operations, Ann Roe, as the report was published.',
     "The car", "Ann Roe"),
    # Guards from a review of the rules above: what they must leave alone.
    ('A spokesperson for Acme said: "We are sorry." A man was taken to hospital. They added: "The car was going far too fast."',
     "The car", "Acme spokesperson"),
    ('Residents said: "We are scared." A police spokesperson said officers were not looking for anyone else. '
     'They added: "The car was going far too fast."', "The car", "Residents"),
    ('Protesters gathered outside. One woman said: "We are not going away." They added: "The car was going far too fast."',
     "The car", "Protesters"),
    ('Protesters outside the Russian embassy in London said: "The car was going far too fast."', "The car", "Protesters"),
    ('Ann Roe runs Roe Farms near Hythe. Roe said: "The car was going far too fast."', "The car", "Ann Roe"),
    ('Bellway said it had bought the site. "The car was going far too fast," the housebuilder said.', "The car", "Bellway"),
    ('Tom Hale, head brewer at Brewdog, was there. "The car was going far too fast," the brewer said.', "The car", "Tom Hale"),
    ('Drivers at Westway Buses will strike. A spokesman for Westway said: "The car was going far too fast."',
     "The car", "Westway Buses spokesman"),
    ('Persimmon Homes and Barratt Developments both bid. A company statement said: "The car was going far too fast."',
     "The car", ""),
    # Guards from a second review.
    ('Ann Roe was the first victim. "The car was going far too fast," the second victim said.', "The car", "second victim"),
    ('Neymar said he was leaving Santos. "The car was going far too fast," the club said.', "The car", "club"),
    ('Bono said the tour would go ahead. "The car was going far too fast," the band said.', "The car", ""),
    ('Mam Sonando spoke on Monday. "The car was going far too fast," Mam Sonando said.', "The car", "Mam Sonando"),
    ('Ofcom fined Sky News £100,000. A company statement said: "The car was going far too fast."', "The car", "Sky News"),
    ('Ann Roe, 34, vanished in 2010. Police charged Tom Hale in 2020. Kate Roe, her sister, said she never gave up. '
     'Tom Hale denies murder. "The car was going far too fast," he said.', "The car", "Tom Hale"),
    # "she said" that finds no one is not given to a newspaper that reported something in the sentence before: no one,
    # and so on the list to check.
    ('The Guardian reported that a senior officer had resigned. "The car was going far too fast," she said.', "The car", ""),
    # (but a body that speaks through someone still is, and a person described before)
    ('The council said the road would close. "The car was going far too fast," he said.', "The car", "council"),
    ('A mother-of-two from Salford said her bills had doubled. "The car was going far too fast," she said.', "The car",
     "Salford mother-of-two"),
    ('The Guardian spoke to Ann Roe, who had resigned. "The car was going far too fast," she said.', "The car", "Ann Roe"),
    # "The Argus", "The Echo", "Reuters": a newspaper or a news agency is no one "he" means.
    ('The Argus reported that an unnamed official confirmed the report. "The car was going far too fast," he said.',
     "The car", "official"),
    ('The Echo has asked the council for comment. "The car was going far too fast," he said.', "The car", ""),
    ('Reuters reported that an unnamed U.S. official confirmed the report. "The car was going far too fast," he said.',
     "The car", "U.S. official"),
    ('The Northern Echo reported that a fan had been arrested. "The car was going far too fast," he said.', "The car", ""),
    # The Irish prime minister and deputy, and the Pope by another name, are titles.
    ('Taoiseach Ann Roe arrived in Washington. "The car was going far too fast," the Taoiseach said.', "The car", "Ann Roe"),
    ('The Tánaiste said the talks had been constructive. "The car was going far too fast," he added.', "The car", "Tánaiste"),
    ('The Pontiff arrived at Knock Shrine on Sunday. "The car was going far too fast," he said.', "The car", "Pontiff"),
    # A demonym not shaped like a nationality ("the Kenyan", "the Welshman") is a person named before, as those are.
    ('Kirsty Muir won the slopestyle final in Laax. "The car was going far too fast," said the Scot.', "The car", "Kirsty Muir"),
    ('Aroha Tane scored twice for Ealing. The Kiwi is settling in well. "The car was going far too fast," he said.', "The car", "Aroha Tane"),
    ('Jan Novak was sent off. "The car was going far too fast," the Czech said later.', "The car", "Jan Novak"),
    # A noun for where someone is from is no part of the full name after it; a two-word name keeps its first word,
    # and "the American Red Cross" is a body's name.
    ('Spaniard Rafael Nadal said: "The car was going far too fast."', "The car", "Rafael Nadal"),
    ('"The car was going far too fast," said Welshman Gareth Bale.', "The car", "Gareth Bale"),
    ('Briton Hannah Price beat Ann Roe. "The car was going far too fast," said Price.', "The car", "Hannah Price"),
    ('Dane Coles said: "The car was going far too fast."', "The car", "Dane Coles"),
    ('The sponsor, the American Red Cross, said: "The car was going far too fast."', "The car", "American Red Cross"),
    # ... the one the article marks as from there, when it names more than one person ...
    ('Manager Declan Hurley praised Danish midfielder Rasmus Holm after the win. Hurley said the team had deserved it. '
     '"The car was going far too fast," said the Dane.', "The car", "Rasmus Holm"),
    # ... but not a hotel or a pub the article calls by such a word.
    ('Receptionist Maria Silva was sacked. The Londoner, a luxury hotel in Leicester Square, said: "The car was going far '
     'too fast."', "The car", "Londoner"),
    # A name that ends in a street, ground or event word is a place or an event, never the person a "he" means;
    # a surname such as Lane or Park stays a surname.
    ('Anders Holm signed at Portman Road on Monday. The Dane trained with his team-mates. "The car was going far too fast," '
     'he said.', "The car", "Anders Holm"),
    ('Conor Walsh won the Cork City Marathon. "The car was going far too fast," said the Dubliner.', "The car", "Conor Walsh"),
    ('Tom Hale took the train to Victoria Station. "The car was going far too fast," he said.', "The car", "Tom Hale"),
    ('Ann Roe met Lois Lane. "The car was going far too fast," said Lane.', "The car", "Lois Lane"),
    ('Grace Park was at the scene. "The car was going far too fast," she said.', "The car", "Grace Park"),
    ('Chef Marco Arena has opened a restaurant in Cardiff. "The car was going far too fast," he said.', "The car", "Marco Arena"),
    # Nor is a two-word name that starts with a word no one has for a first name ("Port Talbot", "Loch Katrine");
    # a surname such as West stays a surname, and River is a first name too.
    ('Ann Roe grew up near Port Talbot. "The car was going far too fast," she said.', "The car", "Ann Roe"),
    ('Two cars were pulled out of Loch Katrine. "The car was going far too fast," he said.', "The car", ""),
    ('River Smith, 7, walked ten miles. "The car was going far too fast," he said.', "The car", "River Smith"),
    ('Snow closed roads across North Wales. Tom Hale was stuck. "The car was going far too fast," he said.', "The car",
     "Tom Hale"),
    ('Kanye West spoke first. "The car was going far too fast," West said.', "The car", "Kanye West"),
    # Mail ends a company's name, as Buses and Gas do: its spokespeople speak for it, and "Royal" is no title before
    # "Mail"; a company word alone opening a sentence ("Gas had leaked") names no company.
    ('Royal Mail said deliveries would be late. "The car was going far too fast," he said.', "The car", "Royal Mail"),
    ('Royal Mail apologised to customers. A spokeswoman said: "The car was going far too fast."', "The car",
     "Royal Mail spokeswoman"),
    # People described with the places they live or work in are the people, however many places follow.
    ('Residents on Malone Road in Belfast say the road is unsafe. "The car was going far too fast," one said.', "The car",
     "resident"),
    ('Shopkeepers on Mill Lane in Ripon say trade has collapsed. "The car was going far too fast," one said.', "The car",
     "shopkeeper"),
    ('Campaigners at the Ladywood Centre in Birmingham said: "The car was going far too fast."', "The car",
     "Ladywood Centre campaigners"),
    # A paper named for when it comes out is a newspaper, so a "he said" that finds no one is not its words.
    ('The Daily Mail reported the story first. "The car was going far too fast," she said.', "The car", ""),
    ('The Hull Daily Mail revealed the plans. "The car was going far too fast," he said.', "The car", ""),
    ('The Mail on Sunday reported that the plan had failed. "The car was going far too fast," she said.', "The car", ""),
    ('Hartwell Bakeries was evacuated on Friday. Gas had leaked into the shop. "The car was going far too fast," the '
     'company said.', "The car", "Hartwell Bakeries"),
    # A word such as "Much" or "Everyone" opening a sentence is nobody's name, so a later "he" means the person before.
    ('Tom Hale coaches the side. Much of the blame lies with the board. "The car was going far too fast," he said.',
     "The car", "Tom Hale"),
    ('Ann Roe runs the cafe. Everyone in the street knows her. "The car was going far too fast," she said.', "The car",
     "Ann Roe"),
    ('Ann Roe runs the cafe. Nothing has changed since the crash. "The car was going far too fast," she said.', "The car",
     "Ann Roe"),
    # A surname named once, opening a sentence with its verb, is a person, even when the word is also a common one
    # ("Price was furious ... the price"): a capital opening a sentence is not read as a common word for that alone.
    ('Schmetzer was delighted with the win. "The car was going far too fast," he said.', "The car", "Schmetzer"),
    ('Price was furious after the final whistle. "We paid the price for a sloppy first half," he said.', "We paid",
     "Price"),
    ('Field was the only player to score for Wexford Wanderers. "The field was heavy but we adapted," he said.', "The field",
     "Field"),
    # A place after "near", "along", "across" or "opposite" is not the person the sentence is about.
    ('Tom Hale was driving near Cleeve Hill. "The car was going far too fast," he said.', "The car", "Tom Hale"),
    ('Tom Hale walked along Brighton Pier. "The car was going far too fast," he said.', "The car", "Tom Hale"),
    ('Ann Roe swam across Lake Windermere. "The car was going far too fast," she said.', "The car", "Ann Roe"),
    ('Ann Roe lives opposite Holt Park. "The car was going far too fast," she said.', "The car", "Ann Roe"),
    # (but a capitalised one may begin a name: "Under Armour"; and "past" can also be a word of a role: "immediate past
    # President of the UK Renal Association")
    ('Under Armour said: "The car was going far too fast."', "The car", "Under Armour"),
    # "Several residents", "Many of the fans": the group, so that "one said" is one of them.
    ('The council closed the park. Several of the residents were angry. One said: "The car was going far too fast."',
     "The car", "resident"),
    ('The council closed the park. Several residents were angry. One said: "The car was going far too fast."', "The car",
     "resident"),
    ('The club was relegated. Most of the fans stayed away. "The car was going far too fast," one said.', "The car", "fan"),
    ('The club was relegated. Thousands of fans stayed away. "The car was going far too fast," one said.', "The car",
     "fan"),
    ('The club was relegated. Many Celtic fans stayed away. "The car was going far too fast," one said.', "The car",
     "Celtic fan"),
    ('The club was relegated. Many of the fans at the ground booed. "The car was going far too fast," one said.',
     "The car", "fan"),
    ('The school closed. Many of the children cried. "The car was going far too fast," one said.', "The car", "child"),
    ('The school closed. Most of the parents at the meeting were angry. "The car was going far too fast," one said.',
     "The car", "parent"),
    ('However, many residents of Mill Road were angry. "The car was going far too fast," one said.', "The car",
     "Mill Road resident"),
    ('The mart closed. Many farmers were angry. "The car was going far too fast," one said.', "The car", "farmer"),
    ('The rank closed. Dozens of taxi drivers protested. "The car was going far too fast," one said.', "The car",
     "taxi driver"),
    ('The march went ahead. A handful of protesters stayed. "The car was going far too fast," one said.', "The car",
     "protester"),
    ('The ferry sank. Two of the survivors spoke to us. "The car was going far too fast," one said.', "The car",
     "survivor"),
    # A job opening the sentence before a name is no part of the name ("Groundsman", "Fishmonger", "Fan"), but a given
    # name with the same ending is ("Usman").
    ('Groundsman Terry Walsh said: "The car was going far too fast."', "The car", "Terry Walsh"),
    ('Fishmonger Declan Walsh said: "The car was going far too fast."', "The car", "Declan Walsh"),
    ('Fan Danny Cole said: "The car was going far too fast."', "The car", "Danny Cole"),
    ('Usman Tariq Qureshi said: "The car was going far too fast."', "The car", "Usman Tariq Qureshi"),
    # A description the sentence opens with, then a comma and a name: the named person is who the sentence is about.
    ('A fan of the show since it began, Ann Roe queued for six hours. "The car was going far too fast," she said.',
     "The car", "Ann Roe"),
    ('A supporter of the club since childhood, Ann Roe queued. "The car was going far too fast," she said.', "The car",
     "Ann Roe"),
    # A "his" or "her" after the person a sentence opens with, before anyone else is named, is theirs ("met her
    # husband"), and a given name ending in -ist is no job ("Tigist").
    ('Bridget Cullen, 92, met her husband, Seamus Cullen, 94, at a dance. "The car was going far too fast," he said.',
     "The car", "Seamus Cullen"),
    ('Ethiopian runner Tigist Alemayehu Bekele won. "The car was going far too fast," the 24-year-old said.', "The car",
     "Tigist Alemayehu Bekele"),
    # "More than ..." opens a number, not a name; "X, the country's maritime rescue service," is a body, which "it" means.
    ('More than 1,200 migrants reached the islands, officials said.\n\nSalvamento Maritimo, the country\'s maritime '
     'rescue service, said its crews were busy. "The car was going far too fast," it said.', "The car",
     "Salvamento Maritimo"),
    # (but "broadcaster Funmi Adeyinka-Cole" is a person)
    ('The debate was chaired by broadcaster Funmi Adeyinka-Cole. "The car was going far too fast," she said.', "The car",
     "Funmi Adeyinka-Cole"),
    # "the office" is the body whose name opens with it (a body's name cut at "of" is no name of its own).
    ('The Office of the Prosecutor General of Ukraine said it had charged two men.\n\n"The car was going far too fast," '
     'the office said.', "The car", "Office of the Prosecutor General of Ukraine"),
    # "the authority" or "the local authority" for a council the article named (but an authority it named first).
    ('Sheffield City Council has apologised.\n\n"The car was going far too fast," the local authority said.', "The car",
     "Sheffield City Council"),
    ('The Civil Aviation Authority fined it. Kent County Council objected. "The car was going far too fast," the '
     'authority said.', "The car", "Civil Aviation Authority"),
    # "she replied" after "X asked the minister, Y, why ...": the one asked, named after a description.
    ('Presenter Tom Hale asked the health minister, Dr Ann Roe, why nurses were unpaid.\n\n"The car was going far too '
     'fast," she replied.', "The car", "Ann Roe"),
    # (from the fourth review: a list after the first person, a capitalised title before the one asked, a short -ist job)
    ('Ciara Doyle, her sister Sinead Doyle and their friend Tom Hale were on the boat. "The car was going far too fast," '
     'he said.', "The car", "Tom Hale"),
    ('The chairman, Senator Ian Marsh, asked the Garda Commissioner, Ann Roe, if resources were adequate. "The car was '
     'going far too fast," she replied.', "The car", "Ann Roe"),
    ('Typist Mary Holt, 91, still writes letters. "The car was going far too fast," she said.', "The car", "Mary Holt"),
    ('Many of the children said: "The car was going far too fast."', "The car", "children"),
    # A "she said" that finds no woman is no group's described before ("the children"), though it may be a body's
    # spokeswoman ("the council said ... she said").
    ('The school closed. Many of the children cried. "The car was going far too fast," she said.', "The car", ""),
    ('The council said the road was shut. "The car was going far too fast," she said.', "The car", "council"),
    # "A spokeswoman for X": the role is hers, not X's, so "the spokeswoman" later is the same voice.
    ('A spokeswoman for Savanna Air said flights were cancelled.\n\n"The car was going far too fast," the spokeswoman '
     'said.', "The car", "Savanna Air spokeswoman"),
    # A surname of several words is written out to the full name it stands inside.
    ('María José de la Fuente Ibáñez is the mayor. "The car was going far too fast," De la Fuente said.', "The car",
     "María José de la Fuente Ibáñez"),
    ('Police arrested Héctor Villalobos Cárdenas. "The car was going far too fast," Villalobos Cárdenas said.', "The car",
     "Héctor Villalobos Cárdenas"),
    # "the WHO" is the World Health Organization, not the word "who".
    ('In a report, the WHO said: "The car was going far too fast."', "The car", "WHO"),
    ('"The car was going far too fast," the WHO said.', "The car", "WHO"),
    # A role before another name in an opening phrase is that name's, not the role of the name after the comma.
    ('Along with her husband Mike, Ann Roe has run the Anchor Inn for 20 years. "The car was going far too fast," she '
     'said.', "The car", "Ann Roe"),
    ('With his wife Ruth, Tom Hale has run the Anchor Inn for 20 years. "The car was going far too fast," he said.',
     "The car", "Tom Hale"),
    # A charity or group the sentence calls so keeps the small words of its name, wherever a part of it speaks later
    # (but not a place after "in", nor a day after "on").
    ('"The car was going far too fast," said the charity Action on Smoking and Health.', "The car",
     "Action on Smoking and Health"),
    ('The charity Action on Hearing Loss welcomed the plan. Action on Hearing Loss said: "The car was going far too '
     'fast."', "The car", "Action on Hearing Loss"),
    ('The anti-racism charity Show Racism the Red Card said: "The car was going far too fast."', "The car",
     "Show Racism the Red Card"),
    ('The campaign group Campaign to Protect Rural England said: "The car was going far too fast."', "The car",
     "Campaign to Protect Rural England"),
    ('The band Men Without Hats played. "The car was going far too fast," the band said.', "The car", "Men Without Hats"),
    ('The supermarket Tesco in Ashford said: "The car was going far too fast."', "The car", "Tesco"),
    ('The company Tesco on Monday said: "The car was going far too fast."', "The car", "Tesco"),
    ('"The car was going far too fast," said the charity Songs to the Sea.', "The car", "Songs to the Sea"),
    ('The campaign group Dogs on the Move launched an appeal. "The car was going far too fast," the group said.',
     "The car", "Dogs on the Move"),
    ('"The car was going far too fast," said the campaign group Mothers Not Numbers.', "The car", "Mothers Not Numbers"),
    ('The campaign group Stop the Burner and An Taisce objected. Stop the Burner said: "The car was going far too fast."',
     "The car", "Stop the Burner"),
    ('The club Hale Rovers on Saturday night confirmed the news. "The car was going far too fast," the club said.',
     "The car", "Hale Rovers"),
    # (nor a second body or a place after a firm's name; the third review found these)
    ('The court ruled for the company Lyons Haulage against Clare County Council.\n\n"The car was going far too fast," '
     'the company said.', "The car", "Lyons Haulage"),
    ('The move by the company Kelso Freight to Belfast will create 50 jobs.\n\n"The car was going far too fast," the '
     'company said.', "The car", "Kelso Freight"),
    ('The charity Fight for Sight and Moorview Eye Hospital opened a centre.\n\n"The car was going far too fast," the '
     'hospital said.', "The car", "Moorview Eye Hospital"),
    # A body named before and called by a longer description ("the campaign group", "the football club") speaks;
    # a role "of the charity" is the charity's officer, not the charity.
    ('Hope Not Hate condemned the march. "The car was going far too fast," the campaign group said.', "The car",
     "Hope Not Hate"),
    ('Hale Rovers lost again. "The car was going far too fast," the football club said.', "The car", "Hale Rovers"),
    # (but not a council for "the charity" or "the local football club", nor the club for "the supporters' group")
    ('Westmeath County Council approved the plan. "The car was going far too fast," the charity said.', "The car",
     "charity"),
    ('Kilmore District Council approved a new pitch.\n\n"The car was going far too fast," the local football club said.',
     "The car", "local football club"),
    ('Hale Rovers are in talks with Kilmore District Council.\n\n"The car was going far too fast," the supporters\' '
     'group said.', "The car", "supporters' group"),
    ('The charity Open Doors Trust must move.\n\nThe chair of the charity said: "The car was going far too fast."',
     "The car", "Open Doors Trust chair"),
    # A link word written with a capital inside a name ("Without", "Not", "For") keeps the name whole.
    ('Reporters Without Borders said: "The car was going far too fast."', "The car", "Reporters Without Borders"),
    ('"The car was going far too fast," said Doctors Without Borders.', "The car", "Doctors Without Borders"),
    ('Hope Not Hate condemned the march. "The car was going far too fast," the group said.', "The car", "Hope Not Hate"),
    ('Fathers For Justice said: "The car was going far too fast."', "The car", "Fathers For Justice"),
    ('A spokesman for Reporters Without Borders said: "The car was going far too fast."', "The car",
     "Reporters Without Borders spokesman"),
    ('Residents Against The Incinerator said: "The car was going far too fast."', "The car",
     "Residents Against The Incinerator"),
    ('"The car was going far too fast," said Friends Of The Earth Scotland.', "The car", "Friends Of The Earth Scotland"),
    # (but after a title it is an office's name, and the person after it speaks)
    ('Minister For Housing Darragh Quinlan said: "The car was going far too fast."', "The car", "Darragh Quinlan"),
    ('"The car was going far too fast," Director Of Public Health Dr Nisha Patel said.', "The car", "Nisha Patel"),
    ('Professor Tom Hale, immediate past President of the UK Renal Association, said: "The car was going far too fast."',
     "The car", "Tom Hale"),
    # When the text does not say who is a woman and who a man, the first name does (data/first_names.csv) ...
    ('Councillor Niamh Doyle backed the plan. Her opponent, Declan Farrell, did not. "The car was going far too fast," '
     'she said.', "The car", "Niamh Doyle"),
    ('Prosecutor Gemma Hart questioned the driver, Colin Webb, for an hour. "The car was going far too fast," he said.',
     "The car", "Colin Webb"),
    ('Seán Cronin and Aoife Hegarty ran the club together. "The car was going far too fast," she said.', "The car",
     "Aoife Hegarty"),
    ('Mary-Kate Dunne met Tom Price at the scene. "The car was going far too fast," she said.', "The car",
     "Mary-Kate Dunne"),
    # (a verb in the past tense without -ed is no job before a name: "Mary Dunne met Tom Price", "saw", "beat")
    ('Ann Roe met Tom Hale at the scene. "The car was going far too fast," Ann Roe said.', "The car", "Ann Roe"),
    ('Ana Ruiz beat Eva Stone in the final. "The car was going far too fast," the winner said.', "The car", "Ana Ruiz"),
    # A story that opens with what someone is ("a pensioner ... has said", "says the organiser") and names them next
    ('"The car was going far too fast," a pensioner who was rescued by boat has said.\n\nEdna Parkhurst, 84, was '
     'lifted from her home by firefighters.', "The car", "Edna Parkhurst"),
    ('"The car was going far too fast," says the organiser of a free lunch in Leicester.\n\nFarzana Begum, 39, '
     'started the lunches last year.', "The car", "Farzana Begum"),
    # (or any reporting verb, when the person named next goes on speaking; a title is no other role)
    ('"The car was going far too fast," a senior military commander said on Monday.\n\nLt Gen Tesfaye Gebremariam, '
     'who commands the northern forces, told state television that the guns were silent.', "The car",
     "Tesfaye Gebremariam"),
    ('"The car was going far too fast," says the Mexican marine biologist who has spent 20 years on the project.\n\n'
     'Dr Alejandra Ruiz-Cabrera said two calves had been seen.', "The car", "Alejandra Ruiz-Cabrera"),
    # (but not a prosecutor, whom a court report follows with the defendant)
    ('A prosecutor told the court: "The car was going far too fast."\n\nGemma Lyle, 47, denies the charge and told '
     'the court she was elsewhere.', "The car", "prosecutor"),
    # (but not someone who stands for another, nor "said", nor a person given another role)
    ('"The car was going far too fast," a witness has said.\n\nTom Hale, 45, was charged.', "The car", "witness"),
    ('"The car was going far too fast," a passenger said.\n\nTom Hale, 45, was arrested.', "The car", "passenger"),
    ('"The car was going far too fast," a passenger has said.\n\nTom Hale, 45, the driver, was arrested.', "The car",
     "passenger"),
    ('"The car was going far too fast," a pensioner has said.\n\nCouncillor Tom Hale said the road was shut.',
     "The car", "pensioner"),
    # A body that spoke under a one-word name, then called by what it is ("NASA said ... the agency said")
    ('NASA said on Thursday that a rover had found a rock. "The car was going far too fast," the agency said.',
     "The car", "NASA"),
    ('Ofcom said it had received 300 complaints. "The car was going far too fast," the regulator said.', "The car",
     "Ofcom"),
    # A club's name ending in RFC or GAA is a club's ("the club said")
    ('Ravensworth RFC have parted company with their coach.\n\nIn a statement, the club said: "The car was going far '
     'too fast."', "The car", "Ravensworth RFC"),
    ("St Colman's GAA won the county final. \"The car was going far too fast,\" the club said.", "The car",
     "St Colman's GAA"),
    # A nationality before a body in lower case: "a spokesman for the Libyan coast guard"
    ('A spokesman for the Libyan coast guard said: "The car was going far too fast."', "The car",
     "Libyan coast guard spokesman"),
    ('An official at the Kenyan interior ministry said: "The car was going far too fast."', "The car",
     "Kenyan interior ministry official"),
    # A relative named by first name alone is of the relative's sex ("his wife, Sandra," is a woman)
    ('Keith Ambrose and his wife, Sandra, have complained. Mrs Ambrose said the lights were stuck.\n\n"The car was '
     'going far too fast," he said.', "The car", "Keith Ambrose"),
    ('Ann Roe and her son Liam were hurt. Tom Hale was not.\n\n"The car was going far too fast," she said.', "The car",
     "Ann Roe"),
    # One role, two words: "Principal X ... the headteacher", "Council chairman X ... the chair"
    ('Principal Siobhán Kearney wrote to families on Monday. In the letter, the headteacher said: "The car was going '
     'far too fast."', "The car", "Siobhán Kearney"),
    ('Council chairman Tom Hale opened the meeting. Ann Roe spoke next. "The car was going far too fast," the chair '
     'said.', "The car", "Tom Hale"),
    # A wife, husband, brother or sister named by first name alone takes the surname when Mrs or Mr asks for them
    ('Richard Price runs the firm with his wife, Nicola. She handles exports.\n\n"The car was going far too fast," '
     'Mrs Price said.', "The car", "Nicola Price"),
    ('Postmistress Bríd Walsh was alone. Her husband, Tommy, ran in from the yard.\n\n"The car was going far too '
     'fast," Mr Walsh said.', "The car", "Tommy Walsh"),
    # (not a son, whom "Mr" does not tell from his father)
    ('John Walsh runs the farm with his son, Tommy.\n\n"The car was going far too fast," Mr Walsh said.', "The car",
     "John Walsh"),
    # A job opening the sentence is no part of the name: words ending as no first name ends ("-guard", "-mistress")
    ('Lifeguard Ellie Martin, 22, told the hearing she swam out. "The car was going far too fast," she said.',
     "The car", "Ellie Martin"),
    ('Postmistress Bríd Walsh was alone when two men came in. "The car was going far too fast," she said.', "The car",
     "Bríd Walsh"),
    ('"The car was going far too fast," said Headmaster Tom Hale.', "The car", "Tom Hale"),
    ('Hairdresser Ann Roe said: "The car was going far too fast."', "The car", "Ann Roe"),
    # (but not a first name that ends the same way: Rajveer)
    ('Rajveer Singh, 19, said: "The car was going far too fast."', "The car", "Rajveer Singh"),
    # A description before a name set off by commas tells the gender of the one it names ("Her brother, Shane,")
    ('Róisín Gallagher, 29, walked home. Her brother, Shane, died in 2021.\n\n"The car was going far too fast," she '
     'said.', "The car", "Róisín Gallagher"),
    ('Jan Bakker won the stage. His wife, Sanne, was waiting at the finish.\n\n"The car was going far too fast," he '
     'said.', "The car", "Jan Bakker"),
    # "the 35-year-old": the person named with that age, not the last one named
    ('Ryan Cole, 35, and Ann Roe, 61, were hurt. "The car was going far too fast," the 35-year-old said.', "The car",
     "Ryan Cole"),
    ('Driver Ryan Cole (35) and Ann Roe were hurt.\n\nAnn Roe thanked the crew. "The car was going far too fast," the '
     '35-year-old said.', "The car", "Ryan Cole"),
    ('Ryan Cole, aged 35, was at the wheel. Ann Roe was unhurt. "The car was going far too fast," the 35-year-old told '
     'the court.', "The car", "Ryan Cole"),
    # (an age no one was given leaves the rule before: the last person named)
    ('Ryan Cole and Ann Roe were hurt. "The car was going far too fast," the 35-year-old said.', "The car", "Ann Roe"),
    # "her" is whoever it means where it stands, not at the verb after the phrase (the name of a woman between them)
    ('Mia Holt, 17, collapsed at the event. Her coach, standing beside Tracey Price, said: "The car was going far too '
     'fast."', "The car", "Mia Holt's coach"),
    # Of two people named together, the one whose first name does not rule them out
    ('Jordan Hughes and Rachel Price are the new captains.\n\n"The car was going far too fast," he said.', "The car",
     "Jordan Hughes"),
    ('Ashley Young and Ellen White opened the new pitch.\n\n"The car was going far too fast," he said.', "The car",
     "Ashley Young"),
    # (when both fit, the one named last, as without the table)
    ('Andrea Moretti and Giulia Conti have taken over the parlour.\n\n"The car was going far too fast," she said.',
     "The car", "Giulia Conti"),
    # (a first name that does not fit decides nothing alone: Park and Ma are family names written first, Joan is a
    # Catalan man's name, none of the others is known to fit, so the rules read as they would without the table)
    ('South Korean President Park Geun-hye urged Kim Jong Un to return to talks.\n\n"The car was going far too fast," '
     'she said.', "The car", "Park Geun-hye"),
    ('Former president Ma Ying-jeou arrived in Shanghai, a trip criticised by President Tsai Ing-wen\'s government.\n\n'
     '"The car was going far too fast," he said.', "The car", "Ma Ying-jeou"),
    ('Barcelona president Joan Laporta presented Alexia Putellas with a shirt at the Camp Nou.\n\n"The car was going '
     'far too fast," he said.', "The car", "Joan Laporta"),
    ('Senators Simone Tebet and Jean Paul Prates presented the bill in Brasília.\n\n"The car was going far too fast," '
     'he said.', "The car", "Jean Paul Prates"),
    ('Iwan Roberts and Llinos Davies have taken over the market.\n\n"The car was going far too fast," she said.',
     "The car", "Llinos Davies"),
    ('Kim Fitzgerald runs the shop with Declan Rowe.\n\n"The car was going far too fast," she said.', "The car",
     "Kim Fitzgerald"),
    # ... but never against the text ("Mr"), and never to leave a pronoun with no one: a name that is mostly a
    # woman's elsewhere (Andrea) stays the only person's; a name both have (Kim) decides nothing
    ('Mr Andrea Rossi met Ana Ruiz. "The car was going far too fast," he said.', "The car", "Andrea Rossi"),
    ('Coach Andrea Pirlo was angry. "The car was going far too fast," he said.', "The car", "Andrea Pirlo"),
    ('Kim Jong Un met Moon Jae-in. "The car was going far too fast," he said.', "The car", "Kim Jong Un"),
    # (nor does Ashley, a boy's name in the UK and a girl's in the USA, nor an acronym, "NISA spokesperson")
    ('Ashley Cole met Tom Price. "The car was going far too fast," she said.', "The car", "Ashley Cole"),
    ('A spokesperson for NISA, the nuclear authority, said levels had risen. "The car was going far too fast," he said.',
     "The car", "NISA spokesperson"),
    # A capitalised pronoun after a question opens a new sentence: the question is the asker's, not the answer's.
    ('Neil Hart told the court he found the car. Defence barrister Anita Shah asked him: "Why did you not call the '
     'police?" He said he had panicked.', "Why did you", "Anita Shah"),
    ('Ana Ruiz asked: "Is this fair?" she said.', "Is this fair", "Ana Ruiz"),
]

FROM_NAME_FORMS = [
    # Counted, not read, on the held-out set: a name mention whose speaker keeps only part of the key's name.
    # Made up to find which name forms lose their first name; these were the ones.
    # A surname that is also a title, given in full before (Tom Vice of Sierra Space, in dev 1593).
    ('Speakers included Dr. Jimmy Kenyon, director of the centre; Tom Vice, chief executive of Sierra Space; and Phil '
     'Dempsey.\n\n"This is a big day," Vice said.', "This is", "Tom Vice"),
    ('Carol King runs the shop.\n\n"We will not give up," King said.', "We will", "Carol King"),
    ('The meeting heard from Sarah Bishop, who chairs the group.\n\n"We will not give up," Bishop said.', "We will",
     "Sarah Bishop"),
    ('John Major was prime minister. "I was proud," Major said.', "I was", "John Major"),
    # (but a title with "the" stays the title, and a title before a name stays a title)
    ('Sarah Bishop chairs the group. The Bishop of Leeds disagreed. "We will not give up," the Bishop said.', "We will",
     "Bishop"),
    ('Major Tom Hale led the parade. "It was a proud day," Major Hale said.', "It was", "Tom Hale"),
    # A photograph's credit run into the next paragraph's first name, where a caption lost its break (dev 1593).
    ('The spaceplane on Feb. 1. Credit: NASA/Jef Janis Tom Vice, chief executive officer of Sierra Space, offers '
     'remarks.\n\n"This is a big day," Vice said.', "This is", "Tom Vice"),
    ('Credit: NASA/Bill Ingalls Ann Marie Roe, the director, spoke. "It is ready," Roe said.', "It is", "Ann Marie Roe"),
    # A surname that is also a title, before Jr.
    ('Martin Luther King Jr. spoke in 1963.\n\n"I have a dream," King said.', "I have", "Martin Luther King Jr."),
]

FROM_DESCRIPTION_FORMS = [
    # Counted, not read, on the held-out set: a description ("the ...") scored wrong where the key names a person.
    # Made up to find which descriptions of a person named before are not taken back to them; these were the ones.
    # The full stop of "U.S." inside the description after a name, and inside the later description.
    ('Ann Roe, the U.S. ambassador to the United Nations, spoke on Friday. "We will veto it," the ambassador said.',
     "We will", "Ann Roe"),
    ('Ann Roe, the U.S. ambassador, spoke on Friday. "We will veto it," the U.S. ambassador said.', "We will", "Ann Roe"),
    ('U.S. Ambassador Ann Roe spoke on Friday. "We will veto it," the U.S. ambassador said.', "We will", "Ann Roe"),
    # A word in -ing inside a job's name.
    ('Tom Hale, the TVWorks chief operating officer, spoke. "We will appeal," the TVWorks chief operating officer said.',
     "We will", "Tom Hale"),
    ('"We will appeal," said the TVWorks chief operating officer.', "We will", "TVWorks chief operating officer"),
    ('"He was found at 3am," the senior investigating officer said.', "He was", "senior investigating officer"),
    ('A man walking his dog found the body. "It was horrible," the man walking his dog said.', "It was", "man"),
    # The role, then the place it is of.
    ('Israel\'s transport minister, Shaul Mofaz, visited the site. Work will start soon. "It will be ready next year," '
     'the transport minister of Israel said.', "It will", "Shaul Mofaz"),
    ('Tom Hale, the mayor of Leeds, met Ann Roe, the mayor of York. "We agree," the mayor of York said.', "We agree",
     "Ann Roe"),
    ('Tom Hale, the mayor of Leeds, met Ann Roe. "We agree," the mayor of Bradford said.', "We agree", "Bradford mayor"),
    # Jobs of press-office copy that were not read as jobs (administrator, astronaut).
    ('Ann Roe, NASA\'s associate administrator for science, met the team. "The mission is on track," the NASA official '
     'said.', "The mission", "Ann Roe"),
    ('Astronaut Tom Hale waved. "It was a smooth ride," the astronaut said.', "It was", "Tom Hale"),
    # (but a pollster is often a firm, so it is not among them)
    ('The poll of 2,000 adults was carried out by Harbour Research for the Daily Mirror. The pollster said: "Voters '
     'are gloomy."', "Voters", "Harbour Research"),
    # A role word with no article, as court copy writes it, and an Irish senior counsel's letters.
    ('Defence counsel Ronan Keaveney SC said his client had repaid the money. "He is sorry," counsel said.', "He is",
     "Ronan Keaveney"),
    ('Tom Hale, a police officer, arrived. "Staff were scared," staff said.', "Staff were", "staff"),
]

FROM_CUE_FORMS = [
    # Made up: reporting verbs tried one by one after and before the speaker; these were not read as reporting.
    ('Tom Hale runs the bakery.\n\n"We have never been busier," Hale went on.', "We have", "Tom Hale"),
    ('Tom Hale runs the bakery.\n\n"We have never been busier," Hale chimed in.', "We have", "Tom Hale"),
    ('Tom Hale runs the bakery.\n\n"We have never been busier," Hale beamed.', "We have", "Tom Hale"),
    ('Tom Hale runs the bakery.\n\n"We have never been busier," Hale blogged.', "We have", "Tom Hale"),
    ('The Globe went on to comment on the claims; "It is too early to point fingers."', "It is", "Globe"),
    # (but "it is estimated" reports no one's words, and "went" alone is no reporting verb)
    ('The album was a hit. It\'s estimated that it sold 100 million copies. Many fans were quick to publish tributes: '
     ';Ann Roe:"He was a wonderful man."', "He was", "fans"),
    ('Tom Hale went to the market. "We have never been busier," his wife said.', "We have", "Tom Hale's wife"),
    # (nor is "disagreed", which read a campus as the speaker in dev 53)
    ('Jo Anne Van Tilburg of the University of California, Los Angeles disagreed with these findings: "The seeps are '
     'well-known."', "The seeps", "Jo Anne Van Tilburg"),
]

FROM_BODY_FORMS = [
    # Made up: bodies named, then called by what they are, as local news does; these were not taken back to them.
    ('Network Rail said the line would reopen. "We apologise for the disruption," the rail operator said.', "We apologise",
     "Network Rail"),
    ('The Egyptian army took control on Friday. "We will protect the people," the army said.', "We will", "Egyptian army"),
    ('The Egyptian cabinet met on Sunday. "Israel must apologise," the cabinet statement said.', "Israel must",
     "Egyptian cabinet"),
    ('"Israel must apologise," the Egyptian cabinet said.', "Israel must", "Egyptian cabinet"),
    # (but a union is not the company, nor does a sentence's one-word opener speak for a firm)
    ('Terry Haslam of the Postal and Telecom Workers Union said the company, Parcelpost UK, had walked away. Parcelpost '
     'said it had offered 9 per cent. "We have made a fair offer," a company spokeswoman said.', "We have",
     "company spokeswoman"),
    ('Shares fell sharply on Monday. "We are confident in our plan," the firm said.', "We are", ""),
    # (nor is an acronym that opened a sentence the charity or the watchdog: "The NHS ...", "ITV broadcast ...")
    ('The NHS is under pressure. "This is a shocking case," the charity said.', "This is", ""),
    # One thing a person is of or to goes first (blind set 18), but not an idiom or where a resident lives.
    ('A dog bit a postman. The owner of the dog said: "He has never shown any aggression before."', "He has",
     "dog owner"),
    ('A bus hit a shop. The driver of the bus said: "The brakes did not respond."', "The brakes", "bus driver"),
    ('A member of the public said: "The brakes did not respond."', "The brakes", "member of the public"),
    ('Another resident of the close said: "The brakes did not respond."', "The brakes", "resident"),
    # the same after the verb (the review's list of easy general fixes)
    ('A bus hit a shop. "The brakes did not respond," said the driver of the bus.', "The brakes", "bus driver"),
    ('"We were told nothing," said a member of the crew.', "We were", "crew member"),
    ('"The food was cold," said a member of the public.', "The food", "member of the public"),
    ('Reuters reported that Ann Roe told colleagues: "We will close the plant."', "We will", "Ann Roe"),
]

FROM_PRONOUN_FORMS = [
    # Made up: two people of either sex in a feature, then "he" and "she"; these went to the wrong one.
    # A relative named by first name alone is someone a later "she" may mean.
    ('Tom Hale and his wife Ann run the farm.\n\n"We work every day," he said.\n\n"It never stops," she added.',
     "It never", "Ann"),
    ('Tom Hale runs the farm with his wife, Ann.\n\n"It never stops," she said.', "It never", "Ann"),
    ('MacInnes, 64, recorded it with his daughter, Catriona, producing. She was nervous, she admits. "You don\'t tell '
     'your dad to do a take again."', "You don't", "Catriona"),
    # A member's letters after the name or in an aside give the role a later "the MP" means; "the PM" is the prime
    # minister; what the description adds must be said of the person before it, not by the description itself.
    ('Ann Roe, MP for Hythe, visited. "It is a disaster," the MP said.', "It is", "Ann Roe"),
    ('Joanna Pryke, the Labour MP for Ashbridge, has called for the A&E to stay open.\n\n"The people of Ashbridge '
     'deserve a hospital," the Labour MP said.', "The people", "Joanna Pryke"),
    ('Ann Roe MP visited Hythe. "It is a disaster," the Labour MP said.', "It is", "Labour MP"),
    ('The Prime Minister, Keir Starmer, visited. "It is a disaster," the PM said.', "It is", "Keir Starmer"),
    # (what the review of these rules found misfiring, now narrowed: a verb of manner or "went on" as a reaction in a
    # sentence of its own, a word in -ing that is what a person was doing, another post's chief or leader, a PM the
    # text never names, a job word that is often a firm's, a number after "of")
    ('Ann Roe handed the trophy to Tom Hale. "You earned it." Hale grinned.', "You earned", "Ann Roe"),
    ('Tom Hale addressed the rally. "We will fight on." Talks went on into the night.', "We will", "Tom Hale"),
    ('The judge asked: "Do you understand the charge?" Ann Roe shrugged.', "Do you", "judge"),
    ('A nurse treating patients at the scene described chaos. "It was like a war zone," she said.', "It was", "nurse"),
    ('President Tom Hale visited army headquarters. "We are ready," the army chief said.', "We are", "army chief"),
    ('German Chancellor Angela Merkel met French President Emmanuel Macron. "Europe must act," the French leader said.',
     "Europe", "Emmanuel Macron"),
    ('Health Minister Tom Hale said the prime minister would visit. "We are ready," the PM said.', "We are", "PM"),
    ('The online seller, Amazon, confirmed the delay. "Parcels will arrive late," the seller said.', "Parcels",
     "Amazon"),
    ('"Buses are always late," said a man of 72.', "Buses", "man"),
    ('Sir John Major was prime minister. "I was proud," Major said.', "I was", "John Major"),
    ('Sir Tom Hale KC defended him. "My client is innocent," the KC said.', "My client", "Tom Hale"),
    # A "she" or "he" never means a body of people (the jury, the crowd) that opened the sentence before.
    ('The jury heard from Ann Roe, the victim\'s sister. "She was my best friend," she told the court.', "She was",
     "Ann Roe"),
    ('The jury, led by the actress Lucia Benavente, praised the film. "I dedicate this prize to my country," he said.',
     "I dedicate", ""),
    # Court and council copy: a count after "of" is no owner; "the authority" is the council named before; a
    # council's two places joined by "and".
    ('Parents have complained about the school. A mother of two said: "My children are scared."', "My children",
     "mother"),
    ('Esther Njoroge, a mother of three, lost her stall. "I have nothing to sell," the mother of three said.', "I have",
     "Esther Njoroge"),
    ('Folkestone and Hythe District Council rejected the plan. A spokesman for the authority said: "It was too large."',
     "It was", "Folkestone and Hythe District Council spokesman"),
    ('Folkestone and Hythe District Council rejected the plan. "It was too large," the council said.', "It was",
     "Folkestone and Hythe District Council"),
    # Of two people given one role, the one whose own title has the description's words (the review's list).
    ('Labour MP Tom Hale and Conservative MP Ann Roe debated the plan. "It will fail," the Labour MP said.', "It will",
     "Tom Hale"),
    ('Celtic manager Brendan Rodgers and Rangers manager Philippe Clement spoke. "We were better," the Rangers manager '
     'said.', "We were", "Philippe Clement"),
    # (a relative named in full is read as a name already)
    ('Tom Hale runs the farm with his wife, Ann Hale.\n\n"We work every day," he said.\n\n"It never stops," she '
     'added.', "It never", "Ann Hale"),
]

FROM_WORLD_FORMS = [
    # Made up in the forms of international news copy; these were not taken back to the person named.
    ('Iraqi Prime Minister Nouri al-Maliki visited Basra. "Security is improving," the Iraqi premier said.',
     "Security", "Nouri al-Maliki"),
    ('UN Secretary-General Antonio Guterres spoke in New York. "This must stop," the UN chief said.', "This must",
     "Antonio Guterres"),
    ('German Chancellor Angela Merkel met Emmanuel Macron. "Europe must act," the German leader said.', "Europe",
     "Angela Merkel"),
    # (but not a leader the text does not tie to the words: which country Putin leads is not said here)
    ('President Vladimir Putin spoke on Monday. "We will respond," the Russian leader said.', "We will",
     "Russian leader"),
    # Sport copy's words for the player or winner it has named, with a team or a country before them.
    ('Tom Hale, the Hythe Town manager, was delighted. "The lads were brilliant," the former Gillingham striker said.',
     "The lads", "Tom Hale"),
    ('Ann Roe scored twice for Kent. "I just put them away," the England international said.', "I just", "Ann Roe"),
    ('Tom Hale won his third title. "It means everything," the champion said.', "It means", "Tom Hale"),
    # (but "the striker" alone is a role, the person given it: blind set 11 passage 67)
    ('Nigeria striker Ken Obi has joined City. City manager Frank Delaney said he had tracked him. "He is quick," '
     'Delaney said. The striker said he had spoken to his family. "I like hard leagues," the striker said.', "I like",
     "Ken Obi"),
    # A verb that opens the quotation with a colon reports it, whoever reported that it was said.
    ('Xinhua reported that Premier Li Keqiang said: "China will open further."', "China will", "Li Keqiang"),
    ('Ann Roe said her neighbour Tom Hale had told her: "We will never sell the farm."', "We will", "Tom Hale"),
]

FROM_TITLE_FORMS = [
    # Counted, not read, on the held-out set: a name kept with a capitalised word before it, or only its surname.
    # Made up from titles of agency, military, campus and business copy; these were the ones that came out wrong.
    ('"We saw every valve open," said Mission Specialist Jane Ortiz. "It was clean."', "We saw", "Jane Ortiz"),
    ('Team Lead Jane Ortiz said the test went well. "We saw every valve open," she said.', "We saw", "Jane Ortiz"),
    ('"We saw every valve open," said Co-Investigator Jane Ortiz of the centre.', "We saw", "Jane Ortiz"),
    ('"We saw every valve open," said Postdoctoral Fellow Jane Ortiz.', "We saw", "Jane Ortiz"),
    ('"We will keep working," said Pfc. Jane Ortiz. "Nobody is leaving early."', "We will", "Jane Ortiz"),
    ('"We will keep working," said Professor Emeritus Jane Ortiz.', "We will", "Jane Ortiz"),
    ('"We will keep working," said Poet Laureate Jane Ortiz.', "We will", "Jane Ortiz"),
    ('"We will keep working," said Quarterback Jane Ortiz.', "We will", "Jane Ortiz"),
    # Two titles joined by "and", in capitals, before the one name.
    ('"We will keep working," said President and CEO Jane Ortiz. "Nobody is leaving early."', "We will", "Jane Ortiz"),
    ('"We are ready to fly," said NASA astronaut and Expedition 70 Flight Engineer Dana Weigel.', "We are", "Dana Weigel"),
    # A first name that is also a month (dev 1717), but not the month after "in".
    ('"The toolkit is free," said April Lanotte, the agency\'s lead for STEM.', "The toolkit", "April Lanotte"),
    ('June Carter said the show would go on. "We never stop," she said.', "We never", "June Carter"),
    ('Ann Lanotte runs the toolkit. In April Lanotte said: "The toolkit is free."', "The toolkit", "Ann Lanotte"),
    # A caption's run of capitals, the name then the job, is not a longer name (dev 1627, 1651).
    ('The drone flight… Cindy Evans Artemis Geology Training Lead\n\n"We are building a common language," said Cindy '
     'Evans, the training lead.', "We are", "Cindy Evans"),
    ('Heat shield on test. David Hash Chief, Entry Systems Division\n\n"In the past, only the government needed them," '
     'said David Hash, chief of the division.', "In the past", "David Hash"),
]

FROM_DOCUMENT_FORMS = [
    # Made up from the dev misses with no speaker where a document speaks ("the letter added"): who made it, said before.
    # A past tense of the shape of a word for a person ("sent", like "agent") is a verb.
    ('The council sent a letter to residents. "The bins will go," the letter said.', "The bins", "council"),
    ('The union sent an email to its members. It said: "We will strike on Friday."', "We will", "union"),
    # "the prime minister's office released": the verb is no word of the office's name.
    ('The prime minister\'s office released a statement. "The talks were constructive," the statement read.', "The talks",
     "prime minister's office"),
    # A verb that makes the document the next sentence names.
    ('The Wexford council wrote to residents last week. "The bins will be collected on Fridays," the letter said.',
     "The bins", "Wexford council"),
    ('Senator Ann Roe tweeted on Monday. "This bill is a disgrace," the tweet read.', "This bill", "Ann Roe"),
    # Documents and verbs of making them that the lists lacked.
    ('The World Health Organization released new guidance on Monday. "Masks should be worn indoors," the guidance reads.',
     "Masks should", "World Health Organization"),
    ('The European Commission adopted a proposal on Tuesday. "The rules will apply from 2025," the proposal says.',
     "The rules", "European Commission"),
]

FROM_FEATURE_FORMS = [
    # Made up from dev misses in agency feature copy (NASA 1567, 1623).
    # A curly closing mark with a stray space before it still closes the quotation.
    ('"We heard a lot of great ideas," said Patrick Troutman, the sponsor.\n\n\u201cIt is never an easy decision, '
     '\u201d said Dr. Christopher Jones, chief technologist at Langley.', "It is never", "Christopher Jones"),
    # (A rule that gave a quotation standing alone after a paragraph introducing someone new to the newcomer was dropped
    # on a review's word: the newcomer is as often only spoken of, a victim or a new signing, and the speaker goes on.)
    ('"This community is grieving," said Police Chief Dan Ortiz.\n\nThe victim, Maria Lopez, 34, was a mother of two. '
     'She had worked at the hospital for a decade.\n\n"We are asking anyone with information to come forward."',
     "We are asking", "Dan Ortiz"),
]

FROM_CAPTION_FORMS = [
    # Counted, not read, on the held-out set: a name kept with a capitalised word before it. Made up from the
    # captions and openings of agency features that run into a paragraph's first name; these came out wrong.
    ('The crew trained in Houston. NASA/Robert Markowitz Jane Doe, the launch director, said the team was ready. "We '
     'checked everything," Doe said.', "We checked", "Jane Doe"),
    ('Image credit: NASA/JPL-Caltech Jane Doe, the launch director, said the team was ready. "We checked everything," '
     'Doe said.', "We checked", "Jane Doe"),
    ('Photo courtesy of Ann Roe Jane Doe, the launch director, said the team was ready. "We checked everything," Doe '
     'said.', "We checked", "Jane Doe"),
    ('The rover on the pad. Credit: SpaceX Jane Doe, the launch director, said the team was ready. "We checked '
     'everything," Doe said.', "We checked", "Jane Doe"),
    ('The rover on the pad. Credit: Northrop Grumman Jane Doe, the launch director, said the team was ready. "We '
     'checked everything," Doe said.', "We checked", "Jane Doe"),
    ('Meet Jane Doe, the launch director. "We checked everything," Doe said.', "We checked", "Jane Doe"),
    # A surname whose full name the story gives only inside someone's quotation (a first name of the table).
    ('"I met John Smith in 1999," said Ann Roe. "He is a good man." Smith was not available. "We will win," Smith said.',
     "We will win", "John Smith"),
    # (but not a nationality before a body's name)
    ('"German Lufthansa flights were late," said a traveller. "We will fly on," Lufthansa said.', "We will fly",
     "Lufthansa"),
]

FROM_EPITHET_FORMS = [
    # From a dev miss (VOA 1101): "the top U.S. diplomat" is the secretary of state or foreign minister named before.
    ('U.S. Secretary of State Marco Rubio spoke in Canada. "It diverts attention," Rubio told VOA. "We could be '
     'spending more time on the Indo-Pacific," the top U.S. diplomat noted.', "We could be", "Marco Rubio"),
    ('Foreign Minister Ann Roe spoke in Canada. "We could be spending more time on Asia," the top diplomat said.',
     "We could be", "Ann Roe"),
    # From a dev miss (VOA 1363): a connective, then a quotation that is a whole sentence, goes on from the speaker before.
    ('Ali Wyne, a researcher, describes Trump as an anomaly. "China is the main rival," he said. But "President Trump is '
     'the most prominent dissenter from this consensus."', "President Trump is", "Ali Wyne"),
    ('Ali Wyne, a researcher, spoke. "China is the main rival," he said. And "Trump is the dissenter," he added.',
     "Trump is the", "Ali Wyne"),
    # From a dev miss (990): "The Chinese Cao Lei": a nationality, then the person a later "she" means.
    ('Cesar Cielo won the 50m. The Chinese Cao Lei set a new world record. Her score beat the silver medallist by '
     'sixteen points. "I was excited and overjoyed," she said.', "I was excited", "Cao Lei"),
    ('The American Ann Roe won the race. "I was excited," she said.', "I was excited", "Ann Roe"),
    # (review: a title's gender rules out a first name of the other sex in a quotation; a laboratory's credit before a
    # name and a title; a calling word before a name; the calling's own person, and its gender, among several)
    ('"Nobody played the game like George Best," said former team-mate Alex Stepney.\n\nMrs Best, his widow, attended '
     'the unveiling.\n\n"He would have loved this," Mrs Best said.', "He would have", "Best"),
    ('NASA/JPL-Caltech Laurie Leshin Director, Jet Propulsion Laboratory\n\n"Mars keeps surprising us," Leshin said.',
     "Mars keeps", "Laurie Leshin"),
    ('Tycoon Philip Green arrived at the hearing. "I have nothing to hide," Green said.', "I have nothing",
     "Philip Green"),
    ('Businessman Tom Hale and his former partner, Karen Bilby, are in a legal dispute. "He owes me money," the '
     'businesswoman said.', "He owes", "Karen Bilby"),
    ('Billionaire Elon Musk met Chancellor Olaf Scholz in Berlin.\n\n"Germany has great engineers," the billionaire '
     'said.', "Germany has", "Elon Musk"),
    # (but a body's name after a nationality stays the body's)
    ('The American Red Cross said it would help. "We will help," it said.', "We will help", "American Red Cross"),
    # "The couple ... they said": a couple is two people a "they" can mean.
    ('The couple, married for 50 years, renewed their vows. "We are still in love," they said.', "We are still",
     "couple"),
    # Someone's aide or a source close to them, before the verb: the aide or the source, not the person named.
    ('"We will never give up," an aide to Tom Hale said.', "We will", "Tom Hale aide"),
    ('"We will never give up," a source close to Tom Hale said.', "We will", "source close to Tom Hale"),
    ('"We will never give up," said a source close to Tom Hale.', "We will", "source close to Tom Hale"),
    ('"We will never give up," came the reply from Tom Hale.', "We will", "Tom Hale"),
    # Callings that bring in no new voice: the person named before, and a lawmaker is the member named before.
    ('Ann Roe, Acme\'s founder, spoke on Monday. "We are at breaking point," the businesswoman said.', "We are",
     "Ann Roe"),
    ('Ann Roe, the Conservative leader of the council, spoke. "We are at breaking point," the Tory said.', "We are",
     "Ann Roe"),
    ('The area MP, Joseph Kamau, visited the site. Resident Peter Maina lost his home. "We told people to move," the '
     'legislator said.', "We told", "Joseph Kamau"),
    # From the dev half of the fourth NASA round (1747, 1805): a feature's heading word is no part of a name; a pull
    # quote's credit line (a name, then a title, no verb) names its speaker; "shared" reports words it introduces.
    ('A Different Perspective \u2013 Remembering James Dean, Founder of the NASA Art Program\n\n"It is amazing how good '
     'a sketch pad is," Dean said.', "It is amazing", "James Dean"),
    ('The team met in May.\n\n"M-STTR helped us solidify the collaboration." Dr. Darayas Patel Professor at Oakwood '
     'University', "M-STTR helped", "Darayas Patel"),
    ('Darayas Patel leads the team. When asked for advice, Dr. Patel shared, "Keep your eyes wide open."', "Keep your",
     "Darayas Patel"),
    # (but a name after a quotation that goes on into a sentence is no credit line, and "shared" alone reports nothing)
    ('"We won." Tom Hale, the captain, scored twice.', "We won", ""),
    ('He shared a photo of the team. "We won," said Ann Roe.', "We won", "Ann Roe"),
    # A quotation introduced by its source with no reporting verb: "a statement from X", "what X had to say".
    ('Following is a statement from NASA Administrator Bill Nelson on the passing of Richard Truly:\n\n"Today we lost a '
     'giant of the space program.\n\n"We will miss him."', "Today we lost", "Bill Nelson"),
    ('Statement from NASA Administrator Bill Nelson\n\n"Today we lost a giant."', "Today we lost", "Bill Nelson"),
    ('Here is what Bill Nelson had to say:\n\n"Today we lost a giant."', "Today we lost", "Bill Nelson"),
    # (but not a sentence that only mentions a statement or what someone will do)
    ('"We will act," a spokesman said.\n\nThe report follows a statement from the ministry.\n\n"We are ready."',
     "We are ready", "spokesman"),
    ('"We will act," said Tom Hale.\n\nIt is unclear what Congress will do.\n\n"We are ready."', "We are ready",
     "Tom Hale"),
    # A quotation of several paragraphs attributed by name only in its last: the earlier paragraphs are that speaker's.
    ('Richard Truly died on Tuesday.\n\n"Today we lost a giant of the space program.\n\n"Richard Truly was a test pilot.'
     '\n\n"We will miss him," said NASA Administrator Bill Nelson.', "Today we lost", "Bill Nelson"),
    # (but not a minister of something else)
    ('Health Minister Ann Roe spoke in Canada. "We could be spending more time on Asia," the top diplomat said.',
     "We could be", "top diplomat"),
]

RULES_FROM_MISSES = {
    "set_five": FROM_SET_FIVE,
    "set_six": FROM_SET_SIX,
    "set_seven": FROM_SET_SEVEN,
    "blind_five": FROM_BLIND_FIVE,
    "blind_six": FROM_BLIND_SIX,
    "set_eight": FROM_SET_EIGHT,
    "set_nine": FROM_SET_NINE,
    "blind_seven": FROM_BLIND_SEVEN,
    "set_ten": FROM_SET_TEN,
    "set_eleven": FROM_SET_ELEVEN,
    "set_twelve": FROM_SET_TWELVE,
    "set_fourteen": FROM_SET_FOURTEEN,
    "a_grid": FROM_A_GRID,
    "set_sixteen": FROM_SET_SIXTEEN,
    "set_fifteen": FROM_SET_FIFTEEN,
    "dev_review": FROM_DEV_REVIEW,
    "set_seventeen": FROM_SET_SEVENTEEN,
    "a_pronoun_grid": FROM_A_PRONOUN_GRID,
    "dev_errors_two": FROM_DEV_ERRORS_TWO,
    "set_eighteen": FROM_SET_EIGHTEEN,
    "set_nineteen": FROM_SET_NINETEEN,
    "dev_errors_three": FROM_DEV_ERRORS_THREE,
    "blind_set_ten": FROM_BLIND_SET_TEN,
    "set_twenty": FROM_SET_TWENTY,
    "set_twenty_one": FROM_SET_TWENTY_ONE,
    "set_twenty_three": FROM_SET_TWENTY_THREE,
    "set_twenty_four": FROM_SET_TWENTY_FOUR,
    "dev_errors_four": FROM_DEV_ERRORS_FOUR,
    "set_twenty_five": FROM_SET_TWENTY_FIVE,
    "blind_set_eleven": FROM_BLIND_SET_ELEVEN,
    "noted_misses": FROM_NOTED_MISSES,
    "set_twenty_six": FROM_SET_TWENTY_SIX,
    "blind_misses": FROM_BLIND_MISSES,
    "blind_set_twelve": FROM_BLIND_SET_TWELVE,
    "review": FROM_REVIEW,
    "blind_set_thirteen": FROM_BLIND_SET_THIRTEEN,
    "blind_set_fourteen": FROM_BLIND_SET_FOURTEEN,
    "dev_errors_five": FROM_DEV_ERRORS_FIVE,
    "review_two": FROM_REVIEW_TWO,
    "surname_grid": FROM_SURNAME_GRID,
    "body_grid": FROM_BODY_GRID,
    "common_forms": FROM_COMMON_FORMS,
    "session_names": FROM_SESSION_NAMES,
    "voa": FROM_VOA,
    "name_forms": FROM_NAME_FORMS,
    "description_forms": FROM_DESCRIPTION_FORMS,
    "cue_forms": FROM_CUE_FORMS,
    "body_forms": FROM_BODY_FORMS,
    "pronoun_forms": FROM_PRONOUN_FORMS,
    "world_forms": FROM_WORLD_FORMS,
    "title_forms": FROM_TITLE_FORMS,
    "document_forms": FROM_DOCUMENT_FORMS,
    "feature_forms": FROM_FEATURE_FORMS,
    "caption_forms": FROM_CAPTION_FORMS,
    "epithet_forms": FROM_EPITHET_FORMS,
}


@pytest.mark.parametrize(
    "text, words, speaker",
    [pytest.param(*case, id=f"{name}-{i:02d}") for name, cases in RULES_FROM_MISSES.items() for i, case in enumerate(cases)],
)
def test_rules_written_from_misses(text, words, speaker):
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    "text, not_the_speaker",
    [
        # The name after "the father of the boy," is the boy's; "the charity, Shelter," is a body's name, not the director's.
        ('"The car was going far too fast," said the father of the boy, Tom Hale, 7.', "Tom Hale"),
        ('"The car was going far too fast," said the director of the charity, Shelter, which runs the hostel.', "Shelter"),
        # "the officer" is another one than the sergeant named before.
        ('Sergeant Tom Lyle was hurt. Another officer who was there spoke to the BBC. "The car was going far too fast," the '
         'officer said.', "Tom Lyle"),
    ],
)
def test_a_name_the_rules_must_not_take_for_the_speaker(text, not_the_speaker):
    assert extract_quotes(text)["speaker"].iloc[0] != not_the_speaker
