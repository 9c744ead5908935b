"""Eighty made-up passages for quotation attribution, written blind (thirteenth set).

Sport, entertainment, celebrity, science and health news from US, UK, Irish, Australian, New Zealand,
Indian and South African papers, news sites and agencies, 2005-2020.

Every passage, name, organisation and event below was invented for this file by someone who had read
only the annotation README (its "What a row is" and "Columns" sections) and the first 120 lines of the
twelfth case file for its layout, never the tool's source, tests, benchmarks or annotated data. Real
countries, states, provinces, counties, cities and towns, competitions, venues, courts, universities,
outlets and well-known bodies (RTÉ and RTÉ Sport, the BBC, BBC Radio Lancashire, BBC Radio Ulster, ITV,
Newstalk ZB, RNZ's Morning Report, SEN radio, Ocean FM, WLR FM, Cork's 96FM, Metro FM, Eurosport, PTI,
The Hindu, Het Nieuwsblad, Record, Variety, Empire, TMZ, the Sydney Morning Herald, the Irish Examiner,
the Tour de France, the Challenge Tour and European Tour, the FA Trophy, the VFL, Leopardstown,
Cheltenham, the Booker Prize, Sheffield Doc/Fest, the South African Music Awards, Chelmsford
Magistrates' Court, Waverley Local Court, Los Angeles Superior Court, the World Health Organization, the
HSE, NSW Health, the NHS, Pharmac, the Department of Conservation, Environment Canterbury, the Irish
Nurses and Midwives Organisation, the Council for Medical Schemes, the universities of Otago,
Canterbury, Stirling, Cape Town and the Witwatersrand, Circulation and the British Journal of Sports
Medicine) appear only as background; the people and most organisations are fictional, and no event is a
real one.

The passages imitate sport, entertainment, celebrity, science and health news as it reaches a teaching
pack's users: post-match and press-conference quotes (a goalkeeping error, a state T20 final in Mysuru,
a provincial rugby scrum, a Connacht football semi-final, a Grade One chase, a Commonwealth title press
conference, a college quarterback's first start, a Tour de France crash, a golf card regained, an
abandoned Premiership match in Bloemfontein, a women's one-day series, a junior 400m record, a crowd
catch in Hamilton); transfer, injury and disciplinary news (a record signing, an agent turning down a
bid, a PCL injury, a stress fracture, a ruptured Achilles, a judiciary appeal, a captaincy row, a
father-and-son coaching exit); film, music and television news (an Aran Islands premiere, a Karoo horror
hit, a documentary about a demolished street, a Mumbai awards night, Nashville's entertainer of the
year, the South African Music Awards, a band's split, a cancelled tour, a festival headliner's arrest, a
presenter's retirement, a baking show's final, a cancelled sitcom, a delayed science fiction release, a
Booker longlisting, a memoir); obituaries and tributes (a Dublin rock guitarist, a television sheriff);
celebrity court cases (drink-driving, an assault on a photographer, reckless driving, a manager's
lawsuit); and science and health (phones and teenagers' sleep, dog ownership after heart attacks,
sunscreen at work, diphtheria in a school, hospital trolleys, whooping cough, air pollution and birth
weight, e-cigarettes, cholera, flu, a Karoo fossil, takahē chicks, smear tests, a sepsis inquest, dengue
figures in an Assembly, microplastics, a new NHS drug, penicillin allergy labels, a lupus drug, an
amateur supernova, medical scheme premiums, a singer's cancer, a rural hospital downgrade, runners'
knees, meningitis, a veteran singer's chest infection).

Two to five people or bodies speak in a passage. Quotations come from press conferences and post-match
interviews, from broadcasters and papers (told SEN radio, Newstalk ZB, Ocean FM, Eurosport, RNZ's
Morning Report, Metro FM, BBC Radio Ulster, the Irish Examiner, the Lisbon newspaper Record, the
magazine, TMZ, PTI), a podcast, social media (an Instagram post, an Instagram tribute with no reporting
verb, a tweet, a band's Facebook announcement), statements issued by a club (one of them quoting its
physiotherapist), a studio, a festival, a broadcaster, a hospital, a patients' group, a university, the
WHO, a singer's publicist and a singer's management, a solicitor reading a statement outside court, an
unnamed actor's representative and an unnamed lawyer, a tribunal's written reasons, a memoir ("she
writes"), a journal editorial, a paper ("the researchers write"), a think tank's report ("the report
states"), an acceptance speech, a magistrate's and a prosecutor's words in court, a coroner's conclusion
and an Assembly debate. Attribution comes after the quotation, before it with a colon ("told SEN radio
on Tuesday:", "the club said:", "she replied:", "She told him:", "was characteristically blunt:"),
inside split quotations (first and second halves chosen), at a distance (a lede quotation followed by
"That was the blunt verdict of" and by "So says"; a quotation attributed to "the 22-year-old" after a
paragraph about her supervisor, and to "she" after a paragraph that names her only as "the
26-year-old"), with no reporting verb at all (a quotation standing as its own paragraph after one about
the speaker, a quotation after "said she had spent two nights on a trolley", an Instagram tribute), and
not at all in paragraphs that continue an unclosed quotation (the second and the third paragraph of a
run chosen). Two chosen quotations contain a nested single-quoted quotation (a coach's words to a
quarterback, a boy's question to his mother) and one contains the word a father's son calls him ('sir').
People are often named between the speaker and the quotation (an injured captain, a husband, a
supervisor, a producer, a business partner, a co-star), and several passages have people sharing a
surname (a father and son coaching together, a father and son acting together, an athlete and his
mother, a married couple of astronomers, a boy and his mother, a singer and her son).

Later mentions use surnames, given names ("Gemma", "Piet"), titles ("Mr. Bhattacharya", "Dr Ellingham",
"Dr Tran"), roles and descriptions ("the manager", "the actress", "the singer", "the younger Hollins",
"the elder Khatri", "the Spaniard", "the Minister", "the 22-year-old", "the 58-year-old", "his wife",
"the friend"), and pronouns. Unnamed people and groups speak as a league spokesman, a woman in the
crowd, a BBC spokeswoman, an actor's representative, a singer's lawyer, a hospital patient, a Department
of Conservation ranger and a family friend; a mother gives only her first name. Organisations and
documents speak by name: a football club, a festival, a band, a film studio, a broadcaster, a hospital,
a patients' group, the WHO and a think tank's report; a family statement is given to the dead man's
family. Five quotations have no identifiable source and take an empty speaker (a banner hung overnight,
a terrace chant printed on scarves, a horror film's tagline, a documentary's title, a hand-painted
roadside sign), and many chosen quotations sit next to quoted phrases in the narration ("in the only
language that counts", "a work in progress", "wrap around", "a handful of hooligans", "karaoke at best",
"a love letter to Durban", "out of danger", a nickname and film and song titles).

Names include mononyms (a Brazilian striker, a Mizo footballer, a pop singer), a stage name given with
the birth name, nicknames in quotation marks ("The Jackal", "Jojo", "Gaz", "Bra Man"), hyphenated
surnames, an Indian name with an initial, and Irish-language, Māori, Tongan, Samoan, Zulu, Afrikaans,
Ghanaian, Nigerian, Polish, Croatian, Basque, Greek, Portuguese, Swedish, Tamil, Bengali and other
Indian names; titles and honorifics that the answer leaves out (Dr, Dr., Mr., Professor, Magistrate,
Deputy District Attorney, senior coroner, Health Minister, MEC), and roles before names ("Club doctor",
"appeals committee chairman", "Lead author", "co-author", "head physiotherapist").

Each case is a tuple (passage, first_words_of_chosen_quote, speaker, label); the speaker follows the
convention of data/annotations/quotes_README.md.

First run: 59 of 80 right (0.74), on 2026-12-03, before any rule was written from these passages;
rules written from the misses then brought 63 right. The 17 still wrong are marked as expected
failures, each with its reason, in ``test_attribution_cases.py``."""

CASES = [
    # 1
    (
        (
            "Ashvale Rovers manager Gareth Pennock refused to blame goalkeeper Tomasz Wierzbicki after a "
            "late fumble handed Northbridge Town a 2-1 win at Castle Lane on Saturday.\n\n"
            "Wierzbicki, who joined on loan from a Polish top-flight club in January, let a tame shot "
            "from substitute Kyle Amankwah squirm through his hands in the 89th minute.\n\n"
            "\"Tomasz has won us more points than anyone in this squad since he came in, and one mistake "
            "doesn't change that,\" the manager said. \"He'll be the first to put his hand up, and he'll be "
            "in goal on Tuesday.\"\n\n"
            "Amankwah, 19, admitted he had not expected the ball to go in. \"I just hit it and hoped,\" he "
            "said.\n\n"
            "The defeat leaves Rovers four points above the relegation places with nine games to play."
        ),
        "Tomasz has won",
        "Gareth Pennock",
        "role_noun_after_quote",
    ),
    # 2
    (
        (
            "MYSURU: Shreyas Venkataraman's unbeaten 142 carried Malnad Panthers to a four-wicket win "
            "over Coastal Stallions in the final of the state T20 league on Sunday, a week after he had "
            "been dropped for two matches.\n\n"
            "Panthers coach Anil Deshpande-Rao said the opener had answered his critics \"in the only "
            "language that counts\".\n\n"
            "Venkataraman himself was more measured. \"I didn't come here to prove anything to anybody,\" "
            "he told reporters after collecting the player-of-the-match award. \"The pitch was two-paced "
            "early on, so I just tried to stay there and let the runs come later.\"\n\n"
            "Stallions captain Mohammed Irfan Siddiqui conceded that his bowlers had \"no answers\" in the "
            "last five overs.\n\n"
            "The 24-year-old dedicated the innings to his late grandfather, who took him to his first "
            "match in Bengaluru at the age of six."
        ),
        "The pitch was",
        "Shreyas Venkataraman",
        "split_quote_second_half",
    ),
    # 3
    (
        (
            "Waipuna coach Hemi Rangitaawa says his side's scrum is \"a work in progress\" after it was "
            "shunted off its own ball four times in Friday night's 27-18 loss to Southland.\n\n"
            "Rangitaawa, who took over from long-serving coach Bevan Clatworthy in the off-season, did "
            "not hide from the problem when he spoke to Newstalk ZB on Saturday.\n\n"
            "\"We got beaten up at scrum time, simple as that. You can't win a game of footy at this level "
            "going backwards on your own feed,\" he said.\n\n"
            "\"The boys know it. We'll go back to basics this week, and I'd expect a couple of changes in "
            "the front row.\n\n"
            "\"But I'm not panicking. There was plenty to like about how we played with ball in hand, and "
            "Sione was outstanding.\"\n\n"
            "Halfback Sione Lātū-Fifita scored both of Waipuna's tries."
        ),
        "But I'm not panicking",
        "Hemi Rangitaawa",
        "continuation_third_paragraph",
    ),
    # 4
    (
        (
            "A banner reading “This club belongs to its people.” was hung from the roof of the main stand "
            "at Harbour Park overnight before Liffey Wanderers’ home game against Shannonside on Friday. "
            "It was not clear who had put it there, and stewards had taken it down by kick-off.\n\n"
            "The club’s chairman, Declan Furlong, has said the sale of the ground to a property developer "
            "is the only way to clear debts of more than €3 million.\n\n"
            "“Nobody wants to sell Harbour Park, but nobody wants to see the club go to the wall either,” "
            "Furlong told RTÉ Sport before the game.\n\n"
            "Supporters’ trust secretary Niamh Ó Conghaile said members would meet next week to put "
            "together an alternative plan. The match ended 1-1."
        ),
        "This club belongs",
        "",
        "banner_no_maker",
    ),
    # 5
    (
        (
            "Carrow Vale have completed the signing of Ghanaian midfielder Kwabena Asante-Boateng from "
            "Belgian side KV Merelbeke on a three-and-a-half-year contract.\n\n"
            "The fee was undisclosed, but the Belgian newspaper Het Nieuwsblad put it at around €2.5 "
            "million, which would make the 23-year-old the club's record signing.\n\n"
            "In a statement on its website, the club said: \"Kwabena is a player our recruitment team has "
            "followed for two seasons, and we are delighted he has chosen to continue his career here.\"\n\n"
            "Asante-Boateng, who has been capped twice by Ghana, said he had spoken to Vale's head coach, "
            "Stefan Lindqvist, before agreeing terms. \"He told me exactly how he wants to use me, and "
            "that was important for me,\" he said.\n\n"
            "He could make his debut against Harrowgate on Saturday."
        ),
        "Kwabena is a",
        "Carrow Vale",
        "club_statement_colon",
    ),
    # 6
    (
        (
            "Bayside ruckman Lachlan Horvath will miss at least eight weeks after scans confirmed a "
            "posterior cruciate ligament injury in his left knee.\n\n"
            "Horvath, 24, landed awkwardly in a marking contest late in Sunday's VFL win over Point Cook "
            "and was helped from the ground.\n\n"
            "Club doctor Fiona Makris told SEN radio on Tuesday: \"The good news is that there's no damage "
            "to the ACL, so we're not talking about a season-ending injury. He won't need surgery, and if "
            "the rehab goes to plan he'll be back before finals.\"\n\n"
            "Coach Dean Papadakis said the club would look at promoting one of its rookies to the senior "
            "list. \"It's a blow, because Lachie's been our best player this year,\" he said."
        ),
        "The good news",
        "Fiona Makris",
        "attribution_before_colon_broadcaster",
    ),
    # 7
    (
        (
            "Belfast middleweight Jimmy \"The Jackal\" Kearns says he will retire if he loses Saturday's "
            "Commonwealth title fight against Australian Brodie Callister.\n\n"
            "Kearns, 33, has lost two of his last three fights, and his trainer, Sean McAleese, admitted "
            "this week that he had urged the boxer to think about his future.\n\n"
            "At Thursday's press conference, Kearns was asked whether this would be his last fight. He "
            "paused for a long time before answering. \"If I can't beat a man like Callister, then I've no "
            "business being in a ring, and I'll walk away,\" he said. \"But I'm not planning on losing.\"\n\n"
            "Callister, unbeaten in 17 fights, said he respected Kearns but expected to stop him inside "
            "eight rounds."
        ),
        "If I can't beat",
        "Jimmy Kearns",
        "nickname_in_quotes_pronoun",
    ),
    # 8
    (
        (
            "Brazilian striker Dadinho has said he wants to finish his career in Australia after his "
            "double gave Coastline FC a 2-0 win over Hunter United on Saturday night.\n\n"
            "The 31-year-old, who goes by a single name and joined from a Japanese second-division club "
            "last winter, now has 14 goals in 19 matches.\n\n"
            "Speaking through an interpreter after the game, he said: “My family is happy here, my "
            "children go to school here, and I feel the supporters love me. Why would I go anywhere "
            "else?”\n\n"
            "Coastline coach Marko Šimunović was less keen to talk about contracts. “That’s a "
            "conversation for his agent and the board, not for me on a Saturday night,” he said."
        ),
        "My family is happy",
        "Dadinho",
        "mononym_through_interpreter",
    ),
    # 9
    (
        (
            "\"I played like a junior today, and I deserved to lose.\"\n\n"
            "That was the blunt verdict of Croatian fifth seed Ivana Perković-Marić after a 6-3, 6-1 "
            "second-round defeat by qualifier Hannah Lindgren at the Christchurch International on "
            "Wednesday.\n\n"
            "Perković-Marić, who reached the semi-finals here last year, made 31 unforced errors and was "
            "broken five times.\n\n"
            "Lindgren, 20, from Sweden, said she had been \"shaking like a leaf\" when she served for the "
            "match. \"I've never played on a court that big before,\" she said."
        ),
        "I played like",
        "Ivana Perković-Marić",
        "lede_quote_attributed_next_paragraph",
    ),
    # 10
    (
        (
            "Ballarat Bushrangers head coach Dave Hollins and his son Ryan, the club's assistant coach, "
            "will both leave at the end of the season, the club announced on Monday.\n\n"
            "Dave Hollins, 61, has coached the Bushrangers for 11 years and led them to two "
            "championships. Ryan Hollins, 34, played 200 games for the club before joining his father's "
            "staff in 2015.\n\n"
            "\"Dad's given everything to this place, and I wasn't going to stay on without him,\" the "
            "younger Hollins said. \"We'll take a few months off, and then we'll see what comes up, "
            "together or apart.\"\n\n"
            "His father said he was \"at peace\" with the decision.\n\n"
            "General manager Priya Chand said the search for a replacement would begin immediately."
        ),
        "Dad's given everything",
        "Ryan Hollins",
        "shared_surname_younger",
    ),
    # 11
    (
        (
            "Netball star Aroha Tuhiwai-Brooks has been ruled out for the rest of the season with a "
            "ruptured Achilles tendon.\n\n"
            "The 27-year-old goal shoot went down without contact in the final quarter of the Kāhu's loss "
            "in Invercargill on Sunday and was carried from the court.\n\n"
            "On Instagram on Monday night, Tuhiwai-Brooks wrote: \"Gutted isn't a big enough word, but "
            "this game has given me too much for me to feel sorry for myself. I'll be back stronger.\"\n\n"
            "Kāhu coach Jenny Malaulau said the team would \"wrap around\" their shooter. \"Aroha is the "
            "heartbeat of this group, on and off the court,\" she said."
        ),
        "Gutted isn't a",
        "Aroha Tuhiwai-Brooks",
        "social_media_post_colon",
    ),
    # 12
    (
        (
            "Clare golfer Eoin Fitzmaurice secured his European Tour card for next season with a closing "
            "66 at the Challenge Tour Grand Final in Mallorca on Sunday.\n\n"
            "Fitzmaurice, who lost his card three years ago and has spent the seasons since on the second "
            "tier, was close to tears as he signed for his round.\n\n"
            "\"There were weeks I was driving between events with no money for a hotel, and I thought "
            "about packing it in altogether. This makes every one of those nights worth it.\"\n\n"
            "His caddie and brother-in-law, Paudie Lynch, said the family had been following the scores "
            "online at home in Ennis. \"The house was going mad,\" he said."
        ),
        "There were weeks",
        "Eoin Fitzmaurice",
        "standalone_quote_no_verb",
    ),
    # 13
    (
        (
            "A Premiership match between Mangaung City and Tshwane Stars was abandoned in the 71st minute "
            "on Saturday after supporters invaded the pitch in Bloemfontein.\n\n"
            "Players were taken off the field as plastic bottles rained down from the main stand, with "
            "City leading 2-1.\n\n"
            "\"The safety of players, officials and supporters comes first, and the referee made the right "
            "call,\" a league spokesman said on Sunday. \"A disciplinary committee will look at what "
            "happened, and both clubs will be asked to explain themselves.\"\n\n"
            "Stars coach Themba Mokoena said his players had feared for their safety. City chairman "
            "Johannes \"Jojo\" Pretorius blamed \"a handful of hooligans\" and promised life bans."
        ),
        "The safety of players",
        "league spokesman",
        "unnamed_spokesman",
    ),
    # 14
    (
        (
            "South Africa's women squared the series 1-1 with a seven-wicket win over Sri Lanka in East "
            "London on Wednesday.\n\n"
            "Thandiwe Nkosi, who captained the side in the absence of the injured Lerato Mokoena, said "
            "Mokoena had sent the squad a voice note from Johannesburg on the morning of the game. “She "
            "told us to go out there and enjoy it, so that’s what we did,” Nkosi said. “The bowlers set "
            "it up, and after that the chase was simple.”\n\n"
            "Sri Lanka captain Dilani Wijeratne said her side had been “twenty runs short” on a good "
            "pitch.\n\n"
            "The deciding match is in Durban on Saturday."
        ),
        "She told us",
        "Thandiwe Nkosi",
        "intervening_person_named",
    ),
    # 15
    (
        (
            "Junior quarterback DeShawn Pryor threw for 312 yards and three touchdowns in his first "
            "college start as Millbrook State beat Carver Tech 35-21 on Saturday.\n\n"
            "Pryor took over after starter Cody Lindahl broke his collarbone in practice on Tuesday.\n\n"
            "\"Coach called me into his office Wednesday and said, 'It's your team now, go be yourself,' "
            "and I didn't sleep much after that,\" Pryor said. \"The line gave me all day back there.\"\n\n"
            "Head coach Ron Albrecht said he had never doubted the junior from Shreveport. \"He's been "
            "ready for a year. He just needed the door to open,\" Albrecht said."
        ),
        "Coach called me",
        "DeShawn Pryor",
        "nested_single_quote",
    ),
    # 16
    (
        (
            "Former Wallabies flanker Brett Kowalczyk has criticised the decision to hand the national "
            "captaincy to 23-year-old lock Jarrah Whitford.\n\n"
            "\"He's a terrific player, but you don't give a kid the captaincy in a World Cup year and "
            "expect him to carry that on top of learning his trade,\" Kowalczyk said on his Breakdown Boys "
            "podcast on Monday.\n\n"
            "Whitford, who has played 14 Tests, was named captain on Sunday after veteran hooker Sam "
            "Faleolo announced his retirement.\n\n"
            "Coach Murray Ellison defended his choice. \"Jarrah's ready. I wouldn't have picked him "
            "otherwise,\" he said."
        ),
        "He's a terrific",
        "Brett Kowalczyk",
        "podcast_attribution_after",
    ),
    # 17
    (
        (
            "Illawarra Kingfishers prop Tevita Mahe has lost his appeal against a four-match ban for a "
            "dangerous tackle in last month's derby.\n\n"
            "In written reasons published on Wednesday, appeals committee chairman Graham Lusk wrote: "
            "\"The player had time to adjust his body position and chose not to. The committee is "
            "satisfied that the grading was correct.\"\n\n"
            "Mahe's lawyer, Nick Vassallo, had argued at the hearing that the tackle was \"a split-second "
            "accident\" and that his client had a clean record.\n\n"
            "Kingfishers coach Paul Seremetis said the club was disappointed but would not take the "
            "matter further. \"We've had our say. Now we move on,\" he said."
        ),
        "The player had time",
        "Graham Lusk",
        "document_named_author_colon",
    ),
    # 18
    (
        (
            "Trainer Ger Kinsella hailed jockey Rory Ó Dálaigh after Sliabh Rua won the Grade One novice "
            "chase at Leopardstown on Sunday by a neck.\n\n"
            "The seven-year-old looked beaten jumping the last but rallied under a strong drive to get up "
            "close home.\n\n"
            "“I thought we were done at the last, to be honest with you,” Kinsella said. “Rory just sat "
            "down and rode him like his life depended on it, and the horse answered him.”\n\n"
            "Ó Dálaigh, who was riding his first Grade One winner, said the horse had “a heart the size "
            "of Wicklow”.\n\n"
            "Kinsella said Cheltenham was now the target."
        ),
        "I thought we were",
        "Ger Kinsella",
        "split_quote_first_half",
    ),
    # 19
    (
        (
            "KOLKATA: The coach of the State's junior hockey team, Subhankar Bhattacharya, has written to "
            "the State hockey association asking for a synthetic pitch to be made available for training "
            "before next month's national championship.\n\n"
            "Mr. Bhattacharya said the team had trained on grass all season. \"We are asking our boys to "
            "compete with teams who train on turf every single day. It is like sending them to a sprint "
            "in gumboots,\" he said.\n\n"
            "Association secretary Ranjan Dasgupta said a proposal had been sent to the State government. "
            "\"The matter is under consideration,\" Mr. Dasgupta told The Hindu."
        ),
        "We are asking our",
        "Subhankar Bhattacharya",
        "title_mr_surname_indian",
    ),
    # 20
    (
        (
            "Sales of scarves printed with the old terrace chant \"Nobody beats the Dockers.\" have soared "
            "since Portside Athletic reached the FA Trophy final, the club says.\n\n"
            "Club shop manager Lorraine Tebbutt said more than 2,000 had been sold since the semi-final "
            "win. \"We've had orders from as far away as Perth, Western Australia, and we've run out "
            "twice,\" she said.\n\n"
            "The chant dates back to the 1970s, when many of the club's supporters worked on the docks, "
            "and it can still be heard at most home games.\n\n"
            "Manager Kevin Okoye said the players had been given a scarf each. \"They know what this club "
            "means to this town,\" he said."
        ),
        "Nobody beats the",
        "",
        "terrace_chant_as_artifact",
    ),
    # 21
    (
        (
            "Kingsmere City's hopes of signing Portuguese winger Tiago Rocha appear to have ended after "
            "his agent said the player wanted to stay in Portugal.\n\n"
            "Rocha, 21, has scored nine goals for CD Alvorada this season and was the subject of a £6 "
            "million bid from the Championship club last week.\n\n"
            "His agent, Rui Figueiredo, told the Lisbon newspaper Record: \"Tiago is grateful for the "
            "interest, but his priority is to play in the Champions League, and at the moment that means "
            "staying where he is.\"\n\n"
            "Kingsmere manager Alan Birtles said on Friday that the club had \"moved on\" and was looking "
            "at other targets."
        ),
        "Tiago is grateful",
        "Rui Figueiredo",
        "agent_told_newspaper_colon",
    ),
    # 22
    (
        (
            "Soweto teenager Lwazi Dube broke the national junior 400m record at the South African "
            "championships in Potchefstroom on Saturday, clocking 44.91 seconds.\n\n"
            "Dube, who took up athletics only three years ago, said he had not looked at the clock. “I "
            "just ran. When I saw the time, I thought it was a mistake,” he said.\n\n"
            "His mother, Nomvula Dube, who raised him and his two sisters alone, travelled to the North "
            "West for the race with money collected by neighbours. “The whole street put in what they "
            "could so I could be here,” she said. “This is their medal too.”\n\n"
            "His coach, Pieter van Rensburg, said Dube would now be aimed at the world junior "
            "championships."
        ),
        "The whole street",
        "Nomvula Dube",
        "shared_surname_mother",
    ),
    # 23
    (
        (
            "FC Mandovi coach Vikram Naik said his side had \"switched off\" as they let a two-goal lead "
            "slip in a 2-2 draw with Highland United on Sunday.\n\n"
            "Goals from Lalremsanga and Aaron D'Souza put Mandovi two up by the hour mark, but substitute "
            "Daniel Lyngdoh scored twice in the last eight minutes.\n\n"
            "Highland, coached by the Basque Javier Etxeberria, are now unbeaten in six matches and sit "
            "third in the table.\n\n"
            "\"Football is ninety minutes plus whatever the referee gives you, and my players understand "
            "this better than anyone,\" the Spaniard said.\n\n"
            "Naik said he would not criticise his players in public. \"We will talk inside the dressing "
            "room,\" he said."
        ),
        "Football is ninety",
        "Javier Etxeberria",
        "nationality_epithet",
    ),
    # 24
    (
        (
            "Irish rider Darragh Coughlan crashed out of the Tour de France on Tuesday after a fall on a "
            "fast descent in the Alps.\n\n"
            "The 27-year-old was taken to hospital in Albertville with a suspected broken collarbone, his "
            "team, Velocità-Brennero, said.\n\n"
            "\"Darragh was flying this week, and he had a real chance in the mountains, so it's a terrible "
            "blow for him and for all of us,\" said Luca Bernardini, the team's sports director, speaking "
            "to Eurosport.\n\n"
            "Coughlan's father, Jim, told Cork's 96FM that the family had been watching the stage at home "
            "in Mallow. \"We saw him go down and nobody in the room moved for about a minute,\" he said."
        ),
        "Darragh was flying",
        "Luca Bernardini",
        "attribution_after_name_role_broadcaster",
    ),
    # 25
    (
        (
            "Galway Rovers captain Ciarán Ó Flatharta will miss the rest of the season after tests "
            "confirmed a stress fracture in his left foot.\n\n"
            "A statement on the club's website on Thursday quoted head physiotherapist Aoife Brennan: "
            "\"Ciarán's scan showed a fracture that needs complete rest. Surgery isn't required, and we "
            "expect him to be fully fit for pre-season in January.\"\n\n"
            "Manager Liam Devane called the news \"a kick in the teeth\" for a side third in the table with "
            "six games left.\n\n"
            "Ó Flatharta, 29, has missed only two league games in four seasons."
        ),
        "Ciarán's scan showed",
        "Aoife Brennan",
        "club_statement_quoting_person",
    ),
    # 26
    (
        (
            "Leitrim manager Donal Ó Ceallaigh said his players could \"hold their heads high\" after a "
            "one-point defeat by Roscommon in the Connacht semi-final on Sunday.\n\n"
            "Leitrim led by two at half-time, but Roscommon's Keith Naughton kicked four points from play "
            "in the second half, the last of them in the 69th minute.\n\n"
            "Ó Ceallaigh, in his first season in charge, was close to tears as he spoke to Ocean FM "
            "afterwards.\n\n"
            "\"Forty lads gave up their summers for this, working all day and training at night, and "
            "nobody outside this county gave them a chance,\" he said.\n\n"
            "Roscommon manager Seán Dolan admitted his side had \"got out of jail\"."
        ),
        "Forty lads gave",
        "Donal Ó Ceallaigh",
        "pronoun_after_descriptive_paragraph",
    ),
    # 27
    (
        (
            "A Te Awamutu builder has won NZ$50,000 after taking a one-handed catch in the crowd during "
            "Sunday's one-day international in Hamilton.\n\n"
            "Tama Hohaia, 38, caught a six from English batsman Will Pargeter while holding a beer in his "
            "other hand, as part of a sponsor's promotion for spectators.\n\n"
            "\"I didn't spill a drop, and that's the bit I'm proudest of,\" Hohaia said.\n\n"
            "A woman sitting two rows behind him, who did not want to be named, said the stand had "
            "erupted. \"Everyone was hugging strangers. It was like we'd won the World Cup,\" she said.\n\n"
            "Hohaia said he would use the money to take his family to Rarotonga."
        ),
        "Everyone was hugging",
        "woman",
        "unnamed_woman_pronoun",
    ),
    # 28
    (
        (
            "Galway-born actress Clodagh Ní Fhaoláin walked the red carpet in Dublin on Thursday night "
            "for the Irish premiere of Salt Road, in which she plays a fisherman’s widow on the Aran "
            "Islands.\n\n"
            "Director Tomás Breathnach, who shot the film over ten weeks on Inis Meáin, called it “the "
            "hardest and happiest job” of his career.\n\n"
            "“I learned to row a currach for this part, and I’m still not very good at it,” the actress "
            "told reporters outside the cinema. “But the people on the island were so patient with us, "
            "and they fed us every single day.”\n\n"
            "Her co-star, the English actor Rupert Vane-Tempest, said he had been “soaked to the bone” "
            "for most of the shoot. The film opens nationwide next Friday."
        ),
        "I learned to row",
        "Clodagh Ní Fhaoláin",
        "role_noun_actress",
    ),
    # 29
    (
        (
            "South African horror film Karoo Station has become the surprise hit of the winter, taking "
            "R14 million at the box office in its first three weekends.\n\n"
            "The low-budget film, shot in 19 days in a disused railway town in the Northern Cape, follows "
            "a group of students stranded overnight after their train breaks down. Its poster, which "
            "shows an empty platform under a red moon, carries the tagline \"Nobody gets off at Karoo "
            "Station.\"\n\n"
            "Director Anneke du Plessis said the young cast had slept in the old station buildings during "
            "the shoot. \"We wanted them tired and scared, and it wasn't hard,\" she said.\n\n"
            "The distributor said a sequel was already being discussed."
        ),
        "Nobody gets off",
        "",
        "film_tagline",
    ),
    # 30
    (
        (
            "The documentary “Nobody Told Us About Marlow Street” will have its world premiere at "
            "Sheffield Doc/Fest in June.\n\n"
            "The film, directed by Leicester-born Harpreet Sandhu, follows the families of a row of "
            "terraced houses earmarked for demolition in 2009 and the five years it took before the last "
            "of them moved out.\n\n"
            "“I grew up three streets away, and I watched the whole thing happen from my bedroom window,” "
            "Sandhu said. “Not one person from the council ever knocked on those doors to explain.”\n\n"
            "Former resident Brenda Halloran, 72, who appears in the film, said she had cried at a "
            "preview screening."
        ),
        "Nobody Told Us",
        "",
        "film_title_sentence",
    ),
    # 31
    (
        (
            "MUMBAI: Arjun Malhotra-Sen won the best actor award at a ceremony in Mumbai on Saturday "
            "night for his role as a railway porter in \"Dhoop Ki Chhaon\".\n\n"
            "Accepting the trophy, the 36-year-old thanked his mother, a retired schoolteacher from "
            "Kanpur, who was sitting in the third row. \"Fifteen years ago I was sleeping on a friend's "
            "floor in Andheri and queueing for auditions with two hundred other boys. Maa, this one is "
            "yours,\" he said.\n\n"
            "The film's director, Neha Vaidyanathan, was named best director. She called the film \"a "
            "small story about big hearts\".\n\n"
            "Veteran actress Shobha Iyengar received a lifetime achievement award."
        ),
        "Fifteen years ago",
        "Arjun Malhotra-Sen",
        "acceptance_speech_after",
    ),
    # 32
    (
        (
            "Marty Keogh, the guitarist whose riffs powered the Dublin rock band Static Parade through "
            "the 1980s, has died aged 61.\n\n"
            "He died on Tuesday in hospital after a short illness, his family said in a statement. “Marty "
            "was a wonderful husband, father and grandfather, and he was never happier than with a guitar "
            "in his hands and all of us around him.”\n\n"
            "The band’s singer, Gavin “Gaz” Mulcahy, posted a black-and-white photograph of the pair on "
            "Instagram with the words “My brother in everything but blood.”\n\n"
            "Static Parade had three top-ten hits in Ireland, including “Harbour Lights”, and toured with "
            "several better-known British bands before splitting in 1991."
        ),
        "Marty was a wonderful",
        "Marty Keogh's family",
        "family_statement_obituary",
    ),
    # 33
    (
        (
            "Jordan Blaikie, who found fame on the dating show Sun Villa, was banned from driving for 18 "
            "months at Chelmsford Magistrates' Court on Monday after admitting drink-driving.\n\n"
            "The 29-year-old was stopped on the A12 in the early hours of 4 January with almost twice the "
            "legal limit of alcohol in his breath.\n\n"
            "Reading a statement outside court, his solicitor, Martin Oyelaran, said: \"My client accepts "
            "that he made a serious error of judgement, and he is deeply sorry. He has not touched "
            "alcohol since that night.\"\n\n"
            "Magistrates also fined Blaikie £2,500. The chair of the bench, Patricia Lowther, told him he "
            "had been \"extremely fortunate\" that nobody was hurt."
        ),
        "My client accepts",
        "Martin Oyelaran",
        "lawyer_outside_court_colon",
    ),
    # 34
    (
        (
            "Chart-topping singer Saffie has cancelled the rest of her UK and Ireland tour, including two "
            "sold-out nights in Dublin, on medical advice.\n\n"
            "The 24-year-old, whose debut album went platinum last year, had already pulled out of shows "
            "in Glasgow and Leeds last week.\n\n"
            "In a statement released through her publicist on Wednesday, the singer said: \"I have pushed "
            "my body and my voice too hard for too long, and my doctors have told me I need to stop. I'm "
            "so sorry to everyone who bought a ticket.\"\n\n"
            "Promoter Gigstream said refunds would be issued automatically within 14 days."
        ),
        "I have pushed",
        "Saffie",
        "statement_via_publicist_mononym",
    ),
    # 35
    (
        (
            "Dominic Vail has left the cast of the streaming drama Hollow Creek a week before filming was "
            "due to begin in Atlanta, Variety reported on Friday.\n\n"
            "A representative for the actor told the magazine: \"Dominic has the utmost respect for the "
            "producers and the cast, but scheduling conflicts made it impossible for him to continue.\"\n\n"
            "The show's creator, Marisa Kettleborough, said in a statement that the role would be recast "
            "\"without delay\" and that the start of production would not be affected.\n\n"
            "Vail, 41, was to have played a small-town sheriff investigating his brother's disappearance."
        ),
        "Dominic has the",
        "Dominic Vail representative",
        "unnamed_representative_of_named",
    ),
    # 36
    (
        (
            "Starmaker contestant Kayleigh Doherty has hit back at judge Marcus Fennimore after he told "
            "her that her version of a ballad was \"karaoke at best\".\n\n"
            "The teenager from Derry was voted off in Saturday night's live show after landing in the "
            "bottom two for the second week running.\n\n"
            "\"I'm 19 and I sang my heart out in front of eight million people. I'll take that over a mean "
            "comment any day of the week,\" Doherty wrote on Twitter on Sunday, in a post that was shared "
            "more than 40,000 times.\n\n"
            "Fennimore, a former record executive, has not responded. An ITV spokeswoman said the judges' "
            "comments were \"their own\"."
        ),
        "I'm 19 and",
        "Kayleigh Doherty",
        "tweet_after_quote",
    ),
    # 37
    (
        (
            "Singer-songwriter Lirra, born Lira Oosthuizen in Port Elizabeth, won three awards at the "
            "South African Music Awards in Sun City on Saturday, including album of the year.\n\n"
            "The 27-year-old, who sings in English and Afrikaans, told the audience she had written most "
            "of the album in her grandmother’s kitchen in Graaff-Reinet.\n\n"
            "Backstage, she said: “Ouma passed away in March, so tonight was for her. She always told me "
            "to sing in the language I dream in.”\n\n"
            "Kwaito veteran Mandla “Bra Man” Sithole received a lifetime achievement award."
        ),
        "Ouma passed away",
        "Lirra",
        "stage_name_real_name_given",
    ),
    # 38
    (
        (
            "American rapper Kash Delano has pulled out of next month's Sundown Hollow Festival in Co "
            "Kilkenny, two days after he was arrested in Miami on a firearms charge.\n\n"
            "\"We are disappointed to announce that Kash Delano will no longer be performing. A "
            "replacement headliner will be announced later this week,\" the festival said in a statement "
            "on Monday.\n\n"
            "Delano's lawyer, Ira Feldstein, said his client \"looks forward to clearing his name\".\n\n"
            "The festival, now in its fourth year, expects 30,000 people over the August bank holiday "
            "weekend."
        ),
        "We are disappointed",
        "Sundown Hollow Festival",
        "organisation_statement_after",
    ),
    # 39
    (
        (
            "Gail Fairbrother is to leave the breakfast show on BBC Radio Lancashire after 22 years, the "
            "station has announced.\n\n"
            "The 63-year-old, who joined as a traffic reporter in 1988, will present her final programme "
            "on 20 December.\n\n"
            "\"Gail has been the voice that woke Lancashire up for more than two decades, and she leaves "
            "with our thanks and our very best wishes,\" a BBC spokeswoman said.\n\n"
            "Fairbrother said she wanted to spend more time with her grandchildren. \"I've set an alarm "
            "for four o'clock every morning for 22 years. I'm going to enjoy a lie-in,\" she said."
        ),
        "Gail has been",
        "BBC spokeswoman",
        "unnamed_spokeswoman_of_real_body",
    ),
    # 40
    (
        (
            "Sydney celebrity chef Nick Karagiannis has closed his Surry Hills restaurant, Oinos, after "
            "12 years, blaming rising rent.\n\n"
            "His business partner, Sophie Lam, said the landlord had asked for an increase of almost 40 "
            "per cent when the lease came up in March.\n\n"
            "Karagiannis, who became a household name as a judge on the cooking show Plate Up, told the "
            "Sydney Morning Herald he had no regrets. \"I'm not crying poor. I've had a good run and I'm "
            "lucky to have had it,\" he said.\n\n"
            "\"But the numbers don't add up any more for a place like ours. You'd have to charge $60 for a "
            "plate of lamb, and I won't do that to people.\n\n"
            "\"We'll do one last big night on Saturday, and then I'm taking my mum to Greece for a month.\""
        ),
        "But the numbers don't",
        "Nick Karagiannis",
        "continuation_second_paragraph",
    ),
    # 41
    (
        (
            "Broadcaster Maeve Tierney-Walsh has revealed that a television executive told her to lose "
            "weight in her first week presenting a prime-time chat show in 1994.\n\n"
            "In her memoir, A Seat on the Couch, published on Thursday, the 58-year-old does not name the "
            "executive. “He told me the camera added ten pounds and I would need to take off twenty, and "
            "then he asked whether I’d be wearing something shorter for the Saturday show,” she writes.\n\n"
            "Tierney-Walsh, who presented the show for 11 years, said at the book’s launch in Dublin that "
            "she had hesitated before including the passage.\n\n"
            "Her publisher, Ruth Gallagher, said the first print run had sold out in two days."
        ),
        "He told me the",
        "Maeve Tierney-Walsh",
        "memoir_she_writes",
    ),
    # 42
    (
        (
            "MUMBAI: Veteran actor Rajendra Khatri and his son Kabir Khatri will appear on screen "
            "together for the first time in director Sanjana Rao's family drama \"Kal Ki Baat\", due in "
            "cinemas in November.\n\n"
            "At the trailer launch on Tuesday, Kabir, 34, said working with his father had been "
            "\"terrifying\" for the first few days.\n\n"
            "\"On set he called me 'sir' for the first week, and then he started telling me I was too "
            "loud. I think that's when I knew he had become a real actor,\" said the elder Khatri, who is "
            "68.\n\n"
            "Rao said she had written the film with both men in mind."
        ),
        "On set he called",
        "Rajendra Khatri",
        "shared_surname_elder",
    ),
    # 43
    (
        (
            "NASHVILLE, Tenn. — Country singer Carly-Mae Buckner was named entertainer of the year on "
            "Wednesday night, beating three former winners for the genre's biggest prize.\n\n"
            "Her producer, Dwayne Ottley, who has worked on all three of her albums, picked up producer "
            "of the year earlier in the evening and dedicated the award to his late father. \"He'd have "
            "loved every second of this,\" Ottley said.\n\n"
            "The win caps a remarkable year for the 26-year-old, whose single \"Gravel Road Prayer\" spent "
            "nine weeks at No. 1.\n\n"
            "\"I was waitressing in Muscle Shoals three years ago, and I'm not going to pretend I've "
            "gotten used to any of this,\" she said."
        ),
        "I was waitressing",
        "Carly-Mae Buckner",
        "pronoun_after_age_descriptor",
    ),
    # 44
    (
        (
            "Athlone hairdresser Gemma Rourke has been crowned winner of the television baking "
            "competition Rise Up! after a final in which her three-tier barmbrack cake won over the "
            "judges.\n\n"
            "Rourke, 27, beat Cork accountant Darragh Lyons and Dublin student Precious Adeyemi-Walsh in "
            "Sunday night’s final. Judge Bríd Harte called the cake “a proper showstopper”.\n\n"
            "Gemma, who learned to bake with her grandmother, said she had nearly walked out in week two. "
            "“I burned a tray of scones in front of the whole country and went home and cried. My nana "
            "rang me and told me to get back in there.”\n\n"
            "The series drew an average of 410,000 viewers a week."
        ),
        "I burned a tray",
        "Gemma Rourke",
        "given_name_later",
    ),
    # 45
    (
        (
            "Durban-born director Sibusiso Mkhize described his first feature film as \"a love letter to "
            "Durban\" at its premiere at a beachfront cinema on Friday night.\n\n"
            "The film, Umgeni Blues, follows three generations of a family of fishermen who work off the "
            "city's piers.\n\n"
            "Mkhize said he had cast his own uncle, a retired fisherman, in one of the main roles. \"He'd "
            "never acted in his life, but he knows how to hold a rod and he knows how to wait, and that's "
            "most of the part,\" he said.\n\n"
            "Lead actress Palesa Motaung called the shoot \"the best six weeks of my life\"."
        ),
        "He'd never acted",
        "Sibusiso Mkhize",
        "phrase_next_to_statement",
    ),
    # 46
    (
        (
            "Former soap actor Brendan Tsakalos has been ordered to complete 200 hours of community "
            "service for assaulting a photographer outside a Bondi restaurant.\n\n"
            "Tsakalos, 44, pleaded guilty in Waverley Local Court to common assault after grabbing the "
            "photographer's camera and pushing him into a parked car in February.\n\n"
            "Magistrate Ellen Drummond-Hayes said the actor had lost his temper \"in a public place, in "
            "front of families\".\n\n"
            "She told him: \"Being famous is not a defence, and being followed by a camera is not a "
            "provocation the law recognises. You are lucky this is not a jail sentence.\"\n\n"
            "Tsakalos's barrister, Con Dimitriou, told the court his client had written to the "
            "photographer to apologise."
        ),
        "Being famous is",
        "Ellen Drummond-Hayes",
        "magistrate_told_him_colon",
    ),
    # 47
    (
        (
            "Actor Dale Whitmore, who played the gruff sheriff in the long-running drama Copper County, "
            "has died aged 71.\n\n"
            "His agent, Lorraine Szabo, said he died peacefully at home in Santa Fe, New Mexico, on "
            "Sunday with his wife at his side.\n\n"
            "Anneliese Baptiste, who played his daughter for seven seasons, shared a photograph from the "
            "set on Instagram. \"Dale taught me how to hit a mark, how to hold a scene and how to be kind "
            "to every single person on a crew. I'll miss you, Pops.\"\n\n"
            "Whitmore is survived by his wife, Carol, and two sons."
        ),
        "Dale taught me",
        "Anneliese Baptiste",
        "social_media_no_verb",
    ),
    # 48
    (
        (
            "Indie band Velvet Tide have split after 14 years, the Belfast group announced on Facebook on "
            "Tuesday night.\n\n"
            "\"After a lot of talking, we've decided it's time to stop. We're still friends, and we always "
            "will be, and we'll play one last show in Belfast in December,\" the band wrote.\n\n"
            "Frontwoman Orla McCusker was not available for comment, but drummer Paddy Quinn told BBC "
            "Radio Ulster: \"It's been coming for a while. Nobody fell out.\"\n\n"
            "The band's second album reached the top 20 in the UK in 2011."
        ),
        "After a lot of",
        "Velvet Tide",
        "band_facebook_post",
    ),
    # 49
    (
        (
            "Cork novelist Úna Garvey said she “laughed out loud in a supermarket car park” when she "
            "heard her debut novel had been longlisted for the Booker Prize.\n\n"
            "Garvey, 51, a former primary school teacher, wrote The Quiet Field over nine years, mostly "
            "in the early mornings before work.\n\n"
            "“I’d given up on it twice and put the whole thing in the attic,” she told the Irish "
            "Examiner. “It was my husband, Declan, who brought it back down and said I had to finish it.”\n\n"
            "Her editor at Greenway Press, Fiachra Ó Dúill, said the book had been turned down by eleven "
            "publishers before it reached him."
        ),
        "I’d given up",
        "Úna Garvey",
        "split_quote_first_half_newspaper",
    ),
    # 50
    (
        (
            "LOS ANGELES — Former child star Caleb Strickland was ordered Tuesday to stand trial on "
            "felony reckless driving charges over a crash in Studio City that injured two pedestrians.\n\n"
            "Prosecutors say Strickland, 26, who starred in the sitcom Just Us Kids in the mid-2000s, was "
            "driving at more than 70 mph on a residential street in March.\n\n"
            "At the preliminary hearing, Deputy District Attorney Monica Reyes-Whitfield told the judge: "
            "\"This wasn't a mistake. The defendant had been stopped twice by the same officers in the "
            "same month, and he kept on driving.\"\n\n"
            "Strickland's attorney, Barry Koenig, said outside court that his client would be \"fully "
            "vindicated\" at trial."
        ),
        "This wasn't a",
        "Monica Reyes-Whitfield",
        "prosecutor_told_judge_colon",
    ),
    # 51
    (
        (
            "Comedian Thabo Mahlangu has refused to apologise for a routine about minibus taxi drivers at "
            "a charity gala in Sandton on Saturday night.\n\n"
            "The Ekhaya Taxi Council has called for a boycott of his shows, and its spokesman, Sipho "
            "Ndlovu, described the routine as \"an insult to hard-working men\".\n\n"
            "Mahlangu, speaking on Metro FM on Monday, was characteristically blunt: \"My father drove a "
            "taxi for thirty years. I'm allowed to make fun of taxi drivers, and he'd be the first one to "
            "laugh.\"\n\n"
            "The gala's organisers said they had received four complaints."
        ),
        "My father drove",
        "Thabo Mahlangu",
        "colon_after_characterisation",
    ),
    # 52
    (
        (
            "Meridian Pictures has pushed back the release of its science fiction epic Orbit Nine by "
            "seven months, to next July, after six weeks of reshoots in London.\n\n"
            "\"Orbit Nine is a film that deserves to be seen on the biggest screens, in the best possible "
            "conditions, and we are giving our filmmakers the time they need,\" Meridian said in a "
            "statement.\n\n"
            "The film's director, Gabriel Okafor, had told Empire magazine in March that the shoot was "
            "\"the hardest thing I've ever done\".\n\n"
            "The delay means the film will open against at least two superhero releases."
        ),
        "Orbit Nine is",
        "Meridian Pictures",
        "studio_statement_after",
    ),
    # 53
    (
        (
            "Pop singer Jayden Cole is being sued by his former manager, who claims he is owed $1.2 "
            "million in unpaid commission.\n\n"
            "The lawsuit, filed in Los Angeles Superior Court on Tuesday by Arnie Kaplowitz, says the "
            "singer stopped paying his share of tour earnings in 2016 and \"walked away\" from a written "
            "agreement.\n\n"
            "\"These claims are baseless, and we will be asking the court to throw them out at the "
            "earliest opportunity,\" a lawyer for Cole said in a statement to TMZ.\n\n"
            "Kaplowitz managed Cole from 2011 until 2016, when the singer signed with a larger agency."
        ),
        "These claims are",
        "Jayden Cole lawyer",
        "unnamed_lawyer_for_named",
    ),
    # 54
    (
        (
            "RTÉ has cancelled the comedy series Bungalow Bliss after two seasons, despite a petition "
            "signed by more than 18,000 viewers.\n\n"
            "“We are very proud of Bungalow Bliss and everyone who worked on it, but we have taken the "
            "difficult decision not to commission a third series,” RTÉ said in a statement on Friday.\n\n"
            "The show’s writer and star, Pádraig Cusack, said on Twitter that he was “gutted but "
            "grateful”.\n\n"
            "The series, about a retired couple in Co Roscommon and their unwanted lodger, drew an "
            "average audience of 380,000 in its second season."
        ),
        "We are very proud",
        "RTÉ",
        "broadcaster_statement_org",
    ),
    # 55
    (
        (
            "Teenagers who keep their phones in their bedrooms overnight sleep on average 50 minutes less "
            "on school nights than those who do not, according to a study of more than 3,000 Victorian "
            "secondary students.\n\n"
            "\"Parents often assume the phone is on silent and nothing is happening, but we found kids "
            "were being woken by notifications two or three times a night,\" said lead author Dr Priya "
            "Raghunathan, a sleep researcher at a Melbourne children's hospital.\n\n"
            "The students wore activity trackers for a fortnight and kept sleep diaries.\n\n"
            "Geelong mother of two Kirsten Ball said her family had brought in a rule last year. \"The "
            "phones go in a basket in the kitchen at nine o'clock, mine included,\" she said."
        ),
        "Parents often assume",
        "Priya Raghunathan",
        "study_lead_author_after",
    ),
    # 56
    (
        (
            "Owning a dog may help people survive after a heart attack, according to a study of 180,000 "
            "patients in Sweden.\n\n"
            "The researchers found that dog owners who lived alone were a third less likely to die in the "
            "year after leaving hospital than those without a dog. Lead researcher Dr Maja Sundberg said "
            "the effect was \"surprisingly large\".\n\n"
            "Professor Tom Ashcombe, a cardiologist in Leeds who was not involved in the study, urged "
            "caution. \"It's a large and careful piece of work,\" he said. \"But people who are well enough "
            "to walk a dog twice a day may simply have been healthier to begin with, and no study of this "
            "kind can fully get around that.\"\n\n"
            "The findings are published in the journal Circulation."
        ),
        "But people who are",
        "Tom Ashcombe",
        "outside_expert_split_second_half",
    ),
    # 57
    (
        (
            "Only one in four outdoor workers in New Zealand wears sunscreen on a typical working day, a "
            "University of Otago study has found.\n\n"
            "The researchers surveyed 1,100 farmers, builders, roofers and road workers around the "
            "country over the summer of 2017-18.\n\n"
            "In a statement released by the university, co-author Dr Mere Tawhiri said: “These are the "
            "people with the highest exposure to UV in the country, and many of them told us they simply "
            "don’t think about it. Employers have a big part to play.”\n\n"
            "Hastings roofer Greg Pattison, who had a melanoma removed from his neck in 2014, said he now "
            "wore a wide-brimmed hat on every job. “The lads gave me stick for about a week, and then "
            "half of them bought one,” he said."
        ),
        "These are the people",
        "Mere Tawhiri",
        "press_release_coauthor_colon",
    ),
    # 58
    (
        (
            "The KwaZulu-Natal health department has confirmed a second case of diphtheria at a primary "
            "school in Pietermaritzburg.\n\n"
            "Dr Sandile Khumalo, who heads communicable disease control in the province, said both "
            "children, aged seven and nine, were in a stable condition in hospital.\n\n"
            "\"Parents should not panic. The children in the class have been given antibiotics, and we are "
            "checking the vaccination records of every learner at the school,\" he said.\n\n"
            "The school's principal, Gugu Zondo, said classes would continue as normal. \"We have had a "
            "lot of frightened phone calls, and we understand that,\" she said."
        ),
        "Parents should not panic",
        "Sandile Khumalo",
        "pronoun_after_named_official",
    ),
    # 59
    (
        (
            "A record 612 patients were waiting on trolleys in Irish hospitals on Tuesday morning, "
            "according to the Irish Nurses and Midwives Organisation.\n\n"
            "The worst-affected hospital was in Limerick, where 74 people were on trolleys. The union's "
            "general secretary, Marian Coffey, said the figures were \"a disgrace in a wealthy country\".\n\n"
            "At the hospital, one patient, who asked not to be named, said she had spent two nights on a "
            "trolley in a corridor. \"The nurses were run off their feet, but they still came and checked "
            "on me every hour. I don't know how they keep going.\"\n\n"
            "The HSE said winter pressures were being felt across the system and urged people with minor "
            "illnesses to see their GP."
        ),
        "The nurses were run",
        "patient",
        "unnamed_patient",
    ),
    # 60
    (
        (
            "The mother of a five-week-old baby who spent ten days in intensive care with whooping cough "
            "is urging pregnant women in Western Australia to get vaccinated.\n\n"
            "The Perth woman, who gave only her first name, Leanne, said she had not known the vaccine "
            "was offered free during pregnancy. “Nobody mentioned it to me, and I never thought to ask. "
            "I’ll regret that for the rest of my life,” she said.\n\n"
            "Communicable disease physician Dr Rohan Pillai said only about two-thirds of pregnant women "
            "in the state were being vaccinated.\n\n"
            "Her son, Archie, is now home and well."
        ),
        "Nobody mentioned it",
        "Leanne",
        "given_name_only",
    ),
    # 61
    (
        (
            "NEW DELHI: Babies born to mothers exposed to high levels of fine particulate pollution in "
            "the last three months of pregnancy weigh on average 90 grams less at birth, a study of "
            "12,000 births in Delhi has found.\n\n"
            "The researchers, led by Dr. Kavya Menon of the Institute of Environmental Health in "
            "Gurugram, matched hospital birth records with readings from 38 air-quality monitors across "
            "the city.\n\n"
            "\"Our findings add to the case for treating air pollution as a problem of maternal health, "
            "and not only of the lungs,\" the researchers write in the paper.\n\n"
            "Gynaecologist Dr. Anita Bhalla, who was not part of the study, said pregnant women in her "
            "clinic often asked whether they should leave the city in winter."
        ),
        "Our findings add",
        "Kavya Menon",
        "researchers_write_led_by",
    ),
    # 62
    (
        (
            "Smokers given e-cigarettes were almost twice as likely to have quit a year later as those "
            "given nicotine patches, according to a trial involving 900 people at stop-smoking services "
            "in England.\n\n"
            "The trial's lead researcher, Professor Niamh Callaghan, said the results should change the "
            "advice given to smokers.\n\n"
            "In an accompanying editorial in the journal, Professor Hamish Tolland of the University of "
            "Stirling, who was not involved in the trial, writes: \"The question is no longer whether "
            "e-cigarettes can help smokers to stop, but how we make sure the right people are offered "
            "them.\"\n\n"
            "Anti-smoking campaigners said they remained concerned about vaping among teenagers."
        ),
        "The question is no",
        "Hamish Tolland",
        "journal_editorial_named_colon",
    ),
    # 63
    (
        (
            "The World Health Organization on Thursday declared the end of a cholera outbreak in the "
            "Limpopo town of Mutale Falls, where 214 people fell ill and three died between February and "
            "April.\n\n"
            "\"The outbreak was brought under control because local health workers went door to door, day "
            "after day, with clean water and information,\" the WHO said in a statement.\n\n"
            "Provincial health MEC Tshilidzi Mudau thanked the community health workers and said two new "
            "boreholes would be sunk before the next rainy season.\n\n"
            "Resident Grace Nemakonde, whose two grandchildren were treated in hospital, said the village "
            "had been \"living in fear\"."
        ),
        "The outbreak was brought",
        "World Health Organization",
        "organisation_real_body_statement",
    ),
    # 64
    (
        (
            "The number of people in hospital with flu has fallen for the first time in six weeks, "
            "suggesting that this winter's season has peaked, the HSE said on Thursday.\n\n"
            "Dr Conor Ó Raghallaigh, the HSE's national clinical lead for infection control, told a "
            "briefing in Dublin that more than 1,100 people had been admitted to hospital with flu in "
            "January alone.\n\n"
            "\"This has been the worst flu season we have seen in a decade, and our hospitals have been "
            "under enormous strain,\" he said.\n\n"
            "\"It isn't over yet. People with symptoms should stay at home, and anyone in an at-risk group "
            "who hasn't been vaccinated should still get the jab, because it's not too late.\n\n"
            "\"We'd also ask people not to visit relatives in hospital if they're unwell.\""
        ),
        "It isn't over yet",
        "Conor Ó Raghallaigh",
        "continuation_second_paragraph_open",
    ),
    # 65
    (
        (
            "A 22-year-old student has found a 260-million-year-old skull of a dicynodont, a tusked "
            "plant-eating relative of mammals, poking out of a riverbank in the Karoo.\n\n"
            "Ayanda Mthethwa-Jacobs, a master's student at the University of the Witwatersrand, spotted "
            "the fossil near Beaufort West during fieldwork in July.\n\n"
            "Her supervisor, Professor Roger Kleinhans, said the skull was \"exceptionally well preserved\" "
            "and could belong to a species new to science.\n\n"
            "\"I thought it was a rock with a funny shape until I brushed the sand off and saw a tooth "
            "looking back at me,\" the 22-year-old said.\n\n"
            "The skull will go on display at the university's museum next year."
        ),
        "I thought it was",
        "Ayanda Mthethwa-Jacobs",
        "age_descriptor_after_other_person",
    ),
    # 66
    (
        (
            "A record 40 takahē chicks have hatched this breeding season, giving a boost to one of New "
            "Zealand's rarest birds.\n\n"
            "Takahē recovery manager Ngaire Te Maro said the population was now above 400 for the first "
            "time since the bird was rediscovered in Fiordland in 1948.\n\n"
            "\"Every one of these chicks matters, and every one of them is the result of somebody getting "
            "up before dawn to check a nest,\" said a Department of Conservation ranger who works on the "
            "programme but was not authorised to speak publicly.\n\n"
            "Te Maro said the milder winter and a successful stoat-trapping programme had helped."
        ),
        "Every one of these",
        "Department of Conservation ranger",
        "unnamed_ranger_of_department",
    ),
    # 67
    (
        (
            "St Declan's General Hospital in Dungarvan has apologised to 140 women whose smear tests were "
            "not sent to a laboratory for up to five months.\n\n"
            "In a statement, the hospital said: \"We deeply regret the distress this will cause to the "
            "women concerned. Each of them has been contacted and offered a repeat test within the next "
            "fortnight.\"\n\n"
            "Local TD Máire Hennessy said it was \"a scandal\" and called for an independent review.\n\n"
            "One of the women, who gave her name only as Deirdre, told WLR FM she had been \"absolutely "
            "raging\" when she got the phone call."
        ),
        "We deeply regret",
        "St Declan's General Hospital",
        "hospital_statement_colon",
    ),
    # 68
    (
        (
            "A coroner has criticised a hospital trust after a 17-year-old boy with sepsis was sent home "
            "from an emergency department with paracetamol.\n\n"
            "Jacob Henshall, from Stockport, died at home 14 hours later, in March last year. His mother, "
            "Claire Henshall, told the inquest he had been \"grey and shaking\" when they arrived at the "
            "hospital.\n\n"
            "Recording a narrative conclusion on Friday, senior coroner Dr Myra Ellingham said the boy's "
            "observations had not been repeated before he was discharged.\n\n"
            "\"There were chances to spot how ill Jacob was, and they were missed,\" Dr Ellingham said. \"I "
            "will be writing to the trust to ask what it has changed.\""
        ),
        "There were chances",
        "Myra Ellingham",
        "coroner_split_first_half_title",
    ),
    # 69
    (
        (
            "CHENNAI: The State has recorded 1,420 dengue cases since January, Health Minister K. Lakshmi "
            "Narayanan told the Assembly on Monday, rejecting the Opposition's charge that figures had "
            "been \"hidden\".\n\n"
            "Opposition member P. Arulmozhi had claimed that at least six deaths in the Madurai region "
            "had not been reported.\n\n"
            "Mr. Lakshmi Narayanan said fever clinics had been opened in all districts. \"Not a single "
            "death has been hidden from this House. Every case is reported to the Centre every week, and "
            "the figures are on the department's website for anybody to see,\" the Minister said."
        ),
        "Not a single death",
        "K. Lakshmi Narayanan",
        "initial_name_minister",
    ),
    # 70
    (
        (
            "Microplastics have been found in all 30 Canterbury rivers and streams sampled by University "
            "of Canterbury researchers, including high-country streams far from any town.\n\n"
            "Lead researcher Dr Sarah Feng-Whitaker said she had expected the lowland rivers to be "
            "contaminated but was surprised by the results from the mountains.\n\n"
            "\"We found fibres in streams where the nearest house was twenty kilometres away. They're "
            "coming in on the wind and in the rain, and that tells you how far this stuff travels,\" she "
            "told RNZ's Morning Report.\n\n"
            "Environment Canterbury science manager Graeme Alderton said the council would add "
            "microplastics to its regular monitoring next year."
        ),
        "We found fibres",
        "Sarah Feng-Whitaker",
        "lead_author_told_radio",
    ),
    # 71
    (
        (
            "A seven-year-old boy from Swindon will be among the first children in England to receive a "
            "new treatment for spinal muscular atrophy after it was approved for use on the NHS.\n\n"
            "Oscar Pemberton-Lee was diagnosed with the muscle-wasting condition when he was 18 months "
            "old and now uses a wheelchair.\n\n"
            "His mother, Jess Pemberton-Lee, said: “The first thing he said when we told him was, ‘Does "
            "that mean I can go to Legoland?’ He’s been asking us for two years.”\n\n"
            "Consultant neurologist Dr Imran Qureshi said the drug could slow the disease but would not "
            "reverse damage already done."
        ),
        "The first thing",
        "Jess Pemberton-Lee",
        "nested_quote_parent",
    ),
    # 72
    (
        (
            "\"Nine out of ten people who have been told they are allergic to penicillin can take it "
            "without any problem.\"\n\n"
            "So says Melbourne allergist Dr Helen Tran, whose team tested more than 1,200 adults who had "
            "a penicillin allergy recorded in their hospital notes.\n\n"
            "Only 96 of them reacted to the drug when given it under supervision, and none of those "
            "reactions was serious.\n\n"
            "Dr Tran said many of the labels dated back to childhood rashes that had nothing to do with "
            "the antibiotic. Her colleague Dr Marcus Yeo said the team now wanted to offer the test to "
            "every patient with such a label."
        ),
        "Nine out of ten",
        "Helen Tran",
        "lede_quote_so_says",
    ),
    # 73
    (
        (
            "People with lupus say they are \"devastated\" after Pharmac declined to fund a drug that "
            "specialists say can keep patients out of hospital.\n\n"
            "Pharmac's director of operations, Lisa Wynyard-Shaw, said the medicine had been ranked "
            "against other proposals. \"We have a fixed budget, and every dollar we spend on one medicine "
            "is a dollar we can't spend on another,\" she said.\n\n"
            "In a statement, Lupus Support Aotearoa said: \"Our members are being told to wait while their "
            "kidneys are damaged. Every month of delay has a cost that will never show up in a "
            "spreadsheet.\"\n\n"
            "Auckland woman Losa Tuimavave, 34, who was diagnosed at 22, said she had spent 40 nights in "
            "hospital last year."
        ),
        "Our members are",
        "Lupus Support Aotearoa",
        "patient_advocacy_org_colon",
    ),
    # 74
    (
        (
            "Husband-and-wife amateur astronomers Anna and Piet Verhoeven have discovered a supernova in "
            "a galaxy 60 million light years away, using a 40cm telescope in their back garden in "
            "Sutherland.\n\n"
            "The couple, both retired engineers, reported the exploding star last week, and it was "
            "confirmed by professional observers within two days.\n\n"
            "“It was Anna who spotted it first. I was in the kitchen making rooibos,” Piet said.\n\n"
            "His wife said they had photographed the same galaxy more than 200 times. “We nearly didn’t "
            "bother that night because of the wind. Now we’ll never skip a clear night again,” she said.\n\n"
            "Professor David Matshaba, an astronomer at the University of Cape Town, said amateurs still "
            "found “a good share” of the supernovae reported each year."
        ),
        "We nearly didn’t",
        "Anna Verhoeven",
        "shared_surname_wife_pronoun",
    ),
    # 75
    (
        (
            "Medical scheme members are paying more each year for less cover, according to a report "
            "published on Tuesday by the Hillcrest Health Policy Institute, a Johannesburg think tank.\n\n"
            "The report, which looked at premiums and benefits at 12 schemes between 2010 and 2017, found "
            "that contributions rose by an average of 9.4% a year while hospital benefits shrank.\n\n"
            "\"Families are paying for cover that runs out in the middle of the year, and then they are "
            "paying again out of their own pockets,\" the report states.\n\n"
            "Lindiwe Sebola, of Pretoria, said her family had used up its day-to-day benefits by May. The "
            "Council for Medical Schemes said it would study the findings."
        ),
        "Families are paying",
        "Hillcrest Health Policy Institute",
        "report_by_org_states",
    ),
    # 76
    (
        (
            "Country singer Declan Moriarty has cancelled his autumn tour after being diagnosed with "
            "throat cancer.\n\n"
            "The Kerry-born singer, who has had 14 top-ten albums in Ireland, will begin treatment in "
            "Cork next week. His long-time guitarist, Mick Sheehy, 64, said the band had been told on "
            "Sunday.\n\n"
            "In a statement issued through his management on Tuesday, the 58-year-old said: \"I want to be "
            "honest with the people who have stood by me for forty years. The doctors are very positive, "
            "and I fully intend to be back on a stage next year.\"\n\n"
            "Tickets for the 22 cancelled dates will be refunded."
        ),
        "I want to be",
        "Declan Moriarty",
        "statement_through_management_age",
    ),
    # 77
    (
        (
            "A hand-painted sign reading \"Our hospital saved your life. Now save our hospital.\" appeared "
            "overnight on Tuesday on the roundabout at the entrance to Bindarra, days after the NSW "
            "government confirmed that the town's hospital would lose its overnight emergency service.\n\n"
            "Nobody has claimed responsibility for the sign, and the shire council said it would be left "
            "in place for now.\n\n"
            "Bindarra mayor Col Henschke said the town felt \"betrayed\". \"The nearest 24-hour emergency "
            "department will be 90 minutes away. People will die on that road,\" he said.\n\n"
            "NSW Health said the change was needed because the hospital had been unable to recruit enough "
            "doctors."
        ),
        "Our hospital saved",
        "",
        "hospital_sign_no_maker",
    ),
    # 78
    (
        (
            "Recreational runners are no more likely to develop arthritis in their knees than people who "
            "do not run, according to a Brisbane study of 2,400 adults aged over 50.\n\n"
            "Lead author Dr Ben Okoro said the idea that running \"wears out\" the knees was one of the "
            "most stubborn myths in sport.\n\n"
            "Sports physician Dr Rachel Lim-Sorensen, who was not involved in the research, said the "
            "findings matched what she saw in her clinic. Asked whether older people should take up "
            "running, she replied: \"Start slowly, get decent shoes, and listen to your body. Age on its "
            "own is not a reason to stay on the couch.\"\n\n"
            "The study was published in the British Journal of Sports Medicine."
        ),
        "Start slowly, get",
        "Rachel Lim-Sorensen",
        "asked_replied_colon",
    ),
    # 79
    (
        (
            "A 19-year-old student from Co Galway has died from meningitis, the HSE has confirmed.\n\n"
            "The woman, who was in her first year at university, was admitted to hospital on Saturday and "
            "died on Monday. HSE West public health doctor Dr Aisling Breathnach said close contacts had "
            "been given antibiotics “as a precaution” and that the risk to others was very low.\n\n"
            "A family friend, who asked not to be named, said the student’s parents were “in bits”. “She "
            "was the kind of girl who’d ring her granny every Sunday without fail. The whole parish is "
            "heartbroken,” the friend said.\n\n"
            "A book of condolence has been opened at the local church."
        ),
        "She was the kind",
        "family friend",
        "family_friend_unnamed",
    ),
    # 80
    (
        (
            "MUMBAI: Veteran playback singer Sudha Kamat, 84, was admitted to a private hospital in "
            "Mumbai on Tuesday with a chest infection, and is in a stable condition, her family said.\n\n"
            "Doctors treating her said she was \"out of danger\" but would be kept under observation for a "
            "few days.\n\n"
            "Her son Aditya Kamat told PTI: \"Mother is stable and responding to treatment. Doctors have "
            "advised complete rest, and we request everyone to pray for her and not to believe rumours on "
            "social media.\"\n\n"
            "Kamat has sung more than 5,000 songs in Hindi, Marathi and Gujarati films over six decades. "
            "Several film personalities, including composer Vishal Rane, visited the hospital on "
            "Wednesday."
        ),
        "Mother is stable",
        "Aditya Kamat",
        "agency_relayed_son_colon",
    ),
]
