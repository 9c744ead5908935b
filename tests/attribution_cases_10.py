"""Eighty made-up passages for quotation attribution, written blind (tenth set, feature, magazine and long-form journalism of 2005-2020).

Every passage, name, organisation and event below was invented for this file by someone who had read
only the annotation README (its "What a row is" and "Columns" sections) and the opening lines of an
earlier case file for its layout, never the tool's source, tests, benchmarks or annotated data. Real
countries, cities, streets, rivers, markets, courts, police forces, universities, councils and
well-known bodies (Devon and Cornwall Police, Devon County Council, Cumbria Police, Dublin
Bus, the Calgary Stampede, the Golden Guitars at Tamworth, the Jean-Talon Market, FEMA, the Welsh
Government, the Cheltenham Science Festival) appear only as background; the people and most
organisations are fictional, and no event is a real one.

The passages imitate feature and long-form writing in British, American, Irish, Canadian and
Australian English of 2005 to 2020: profiles (a chef on the Old Kent Road, a Glasgow fiddler, a
potter and his anagama kiln, a tamale seller in Los Angeles, a nun in a Dublin day centre, a
rodeo rider, a country singer, a Syrian doctor requalifying in Bradford); courtroom and inquest
reports (a GAA club theft, a hung jury in Tulsa, a care-home cross-examination, a renovation fraud
in Toronto, a stolen lawnmower in Geelong, a cold-case murder, inquests into a pothole, a rockfall
and a balcony fall); local government and school boards (swimming baths, a later school start,
a school closure in Ottawa, dogs and plovers, backyard hens, a wind farm, a leylandii hedge,
birthday cakes in class); health and science (yoga for farmers, teenage sleep, a maternity review,
coral nurseries, crown-of-thorns starfish, a dementia choir, a radio telescope, an ichthyosaur,
an Orkney dig); business (a sugar shack, a naan bakery, a German-owned pump works, a sari shop, a
tweed mill, a Korean restaurant, a cooperative ski hill, a dairy farm with robots, a winery); sport
(rugby league, Gaelic football, a goaltender, surf lifesaving, girls' soccer); and human-interest
stories with several ordinary people (a flood in Lismore, a lost beagle, a guest house, a quilting
circle, a retiring bus driver, a busker's memorial, a drought sign, a returned war medal).

Three to six people speak in most passages, and the speaker of the chosen quotation is often named
paragraphs earlier. Attribution comes at a distance (a person introduced in full, then narration,
then "she says" or a bare quotation paragraph), between speakers who alternate (a school board
exchange, a council vote, a cross-examination given as bare question-and-answer paragraphs), in a
bare paragraph after someone else's reported speech, after a long quotation ("said Dr. X"),
inside a quotation ('"...," she said, "..."', with the first and with the second half chosen),
before it with a colon ("Her answer was short:", "The headteacher puts it differently:", "adding:",
"As X put it:", a paragraph ending "She put it this way:"), in the following sentence ("So says
..."), after a question ("Asked whether ..., the general manager paused. Then she answered:"), in
the second paragraph of a quotation that runs on, and with feature verbs in the present tense
("recalled", "remembers", "admits", "jokes", "laughs", "concedes"). Pronouns follow two or three
people of either sex and of the same sex (three brothers, three quilters, two rival bakers, a
husband and wife sharing a surname); "the former" and "the latter" pick between two; descriptions
refer back ("the 52-year-old", "the 35-year-old", "the grandmother", "the coroner", "the Texan",
"the Kerryman", "the headteacher", "the chef", "the nun", "the imam", "the astronomer", "the elder",
"the detective", "the general manager", "the mayor", "his widow", "his wife", "her lawyer",
"their mother", "their founder"). Family words abound ("his daughter, Mia,", "her younger sister",
"their son", "her great-niece", "her daughter-in-law"), couples and families share surnames, a
name inside a quotation is not its speaker, and children and people on first-name terms are named
by first names only.

Organisations and documents speak: a council, a woodland trust, a maple company, a coroner's
written findings, a jury's note, a headteacher's letter, a maternity review with a named author, a
text message, a First World War diary entry, an email released under public records law, a
Facebook post; spokespeople speak, named ("said X, a spokeswoman for ...") and unnamed (for a
police force and a union), as does a resident who asked not to be named. Some quotations have no
identifiable source (an unsigned handwritten notice on a shop door, a slogan painted on a
hoarding, a sign painted on a farm gate, a note signed only with a heart) and take an empty
speaker, and several chosen quotations sit next to a quoted phrase in the narration (a judge's
partial quote, a managers' label, a critic's line, a song title, a councillor's word, a
customer's remark).

Names include titles (Dr, Dr., Professor, Judge, Justice, Magistrate, Councillor, County Judge,
Sergeant, Detective Sergeant, Leading Senior Constable, Father, Sister as a nun and as a ward
sister, Rabbi, Imam, Trustee, Private, Deputy Mayor), honorifics from other languages and
communities (Doña, Madame, Herr, Okamura-sensei, Hansaben, Yiayia, Aunty), nicknames in quotation
marks ("Ally Bags", "Tank", "Pina", "Dessie"), many hyphenated and double-barrelled surnames,
Irish names with Ó, Ní, Nic and Mac, a Welsh name with ap, Gaelic and Scots names, Yoruba, Igbo,
Akan, Somali, Arabic (al-, El-), Gujarati, Punjabi Sikh (Singh, Kaur), Vietnamese, Korean and
Chinese surname-first names, Japanese, Filipino (dela), Bolivian and Portuguese compound surnames
(with do and de), a Dutch "van der" name at the start of a sentence, Polish, Ukrainian, Greek,
Italian, Lebanese, Québécois, Hawaiian, Navajo and First Nations names.

Each case is a tuple (passage, first_words_of_chosen_quote, speaker, label), written to the
case format and speaker convention set out once in ``test_attribution_cases.py``.

First run: the rules as they stood on 2026-12-03 got 48 of the 80 right (0.60), the lowest first run of
any blind set: feature copy names speakers paragraphs before they speak and refers back to them by
descriptions. Rules written from the misses then brought 57 right. The 23 still wrong are marked as
expected failures, each with its reason, in ``test_attribution_cases.py``."""

CASES = [
    # 1
    (
        (
            "An inquest in Truro has heard that a retired boat-builder who died when his bicycle hit "
            "a pothole on a Cornish lane had reported the same stretch of road to the council three "
            "times. Assistant coroner Dr Helen Marchbank-Reid heard two days of evidence about the "
            "death of Gerald Penhallow, 71, who was thrown from his bicycle near St Erme last April.\n\n"
            "His widow, Morwenna Penhallow, told the hearing that her husband had photographed the "
            "hole in January. \"He used to say they would fill it the week after somebody broke their "
            "neck,\" she said. \"I wish he had been wrong.\"\n\n"
            "Sergeant Alan Trebilcock of Devon and Cornwall Police said the defect was eleven "
            "centimetres deep at its worst point. A highways manager, Petra Lowenthal, said "
            "inspections of rural lanes had been cut from every three months to twice a year after "
            "budget reductions in 2016.\n\n"
            "In her written findings, issued on Friday, the coroner said she would send a report to "
            "the highways authority under the rules on preventing future deaths. \"Mr Penhallow did "
            "everything a careful citizen could do, and the warnings he gave were not acted upon,\" "
            "she wrote."
        ),
        "Mr Penhallow did everything",
        "Helen Marchbank-Reid",
        "coroner_written_findings_after_two_women",
    ),
    # 2
    (
        (
            "The Harlan Creek school board voted 4-3 on Tuesday night to keep the later start time at "
            "its two high schools, after nearly three hours of public comment from parents, students "
            "and teachers packed into a cafeteria in suburban Columbus, Ohio.\n\n"
            "Priya Venkataraman, a 16-year-old junior, told the board she had gone from sleeping five "
            "hours a night to seven. \"I'm not a morning person. Nobody my age is. That's not an "
            "opinion, it's biology,\" she said, to applause.\n\n"
            "Board president Denise Okafor-Whitman reminded the room that the pilot had cost the "
            "district $410,000 in extra bus routes. Trustee Raymond Kessler, a retired dentist, said "
            "he had changed his mind twice that week.\n\n"
            "\"I came in here a no, and I'm leaving a yes, because of what these kids told us,\" "
            "Kessler said.\n\n"
            "\"Then you're buying buses with money we don't have,\" Okafor-Whitman replied.\n\n"
            "\"We'll find it,\" he said. \"We always seem to find it for the football field.\""
        ),
        "We always seem",
        "Raymond Kessler",
        "alternating_board_members_bare_he",
    ),
    # 3
    (
        (
            "When the Wilsons River came through Lismore's main street in the early hours of a "
            "Friday, Joanne Bramwell-Tuckwell had been running her café for nine days. By dawn the "
            "brown water was over the top of the espresso machine.\n\n"
            "Across the lane, Vo Thi Hanh, who has run a nail salon there since 2009, lost everything "
            "except a ledger she carried upstairs. Mrs Vo laughs about it now. \"My husband told me, "
            "save the money, and I saved the book of who owes me money,\" she says.\n\n"
            "Bramwell-Tuckwell's younger sister, Kerry Tuckwell, drove up from Ballina with a trailer "
            "of mops, buckets and a borrowed generator. She had never set foot in the café before the "
            "flood.\n\n"
            "\"I walked in and thought, that's it, she'll sell the lease, and then she handed me a "
            "scraper and told me the coffee machine was first,\" she says. \"That was my answer.\"\n\n"
            "The council's recovery coordinator, Warwick Pettifer, says about 140 businesses in the "
            "centre were flooded above the counter line. \"Most of them will reopen. Some won't, and "
            "we need to be honest about that,\" he said."
        ),
        "I walked in and",
        "Kerry Tuckwell",
        "sister_she_after_two_women",
    ),
    # 4
    (
        (
            "A Co Kildare man who stole €86,000 from a GAA club he served as treasurer for 14 years "
            "has been jailed for three years, with the final 18 months suspended. Declan "
            "Fitzmaurice-Doyle (58), of Ballymore Road, Athy, pleaded guilty at Naas Circuit Criminal "
            "Court to 31 counts of theft between 2011 and 2016.\n\n"
            "Detective Garda Siobhán Ní Chonaill told the court the money had gone on gambling debts. "
            "The club's chairman, Pádraig Hession, said in a victim impact statement that younger "
            "members had been \"slagged at every match\" since the theft became public.\n\n"
            "Defence counsel Ronan Keaveney SC said his client had attended Gamblers Anonymous and "
            "had repaid €22,000. \"He doesn't ask for sympathy. He asks only that the court sees what "
            "he has done since,\" counsel said.\n\n"
            "Judge Margaret Ó Dálaigh said the offending was a betrayal \"of people who trusted him "
            "with their Sunday mornings\". \"A club like this runs on volunteers, and every volunteer "
            "in that parish has had to answer for him,\" she said."
        ),
        "A club like this",
        "Margaret Ó Dálaigh",
        "judge_partial_quote_then_statement",
    ),
    # 5
    (
        (
            "The sugar shack on Rang Saint-Joseph has been in the Gagnon family since 1911, but this "
            "spring, for the first time, its sap will go to a plant owned by someone else. Lucien "
            "Gagnon, 67, sold his 9,000 taps last fall to Les Sucreries Gagnon-Lévesque, a company "
            "run by a cousin he has not spoken to in a decade.\n\n"
            "“Family is family and business is business, and in this family they were never the same "
            "thing,” Gagnon says, pouring coffee in a kitchen that still smells of woodsmoke.\n\n"
            "His wife, Ghislaine, puts it more simply. “He got a good price,” she says.\n\n"
            "The cousin, Martine Lévesque, declined to be interviewed. In a written statement, the "
            "company said: “We are proud to carry on a tradition that belongs to the whole region, "
            "and we have offered a job to every worker on the Gagnon property.”\n\n"
            "Yves Drapeau, an official with the province’s maple producers’ federation, said "
            "consolidation had sped up since quotas were reformed in 2016. “The small family sugar "
            "bush is not dead, but it is tired,” he said."
        ),
        "We are proud to",
        "Les Sucreries Gagnon-Lévesque",
        "company_statement_after_cousin_declined",
    ),
    # 6
    (
        (
            "Forty years after he first played the back room of a Glasgow bar, Alasdair \"Ally Bags\" "
            "MacInnes still carries his fiddle in a supermarket carrier bag. That is where the "
            "nickname came from, says his guitarist of three decades, Fraser Dunlop-Grieve. \"He had a "
            "proper case once. He left it on a train at Falkirk and never bought another.\"\n\n"
            "MacInnes, 64, releases his first album in eleven years next month. It was recorded in a "
            "week in a converted church on Islay, with his daughter, Catriona, producing and playing "
            "piano. She was nervous about directing her father, she admits. \"You don't tell your dad "
            "to do a take again. Except I did, about forty times.\"\n\n"
            "The title track is about his mother, a herring gutter from Stornoway who raised six "
            "children in a tenement in Partick.\n\n"
            "\"I wrote it in the car park of the Western Infirmary the night she died, and I didn't "
            "play it to a living soul for twenty years,\" said MacInnes."
        ),
        "I wrote it in",
        "Alasdair MacInnes",
        "nickname_in_quotes_said_inverted",
    ),
    # 7
    (
        (
            "When researchers in Minnesota began following 1,200 farmers with chronic back pain in "
            "2014, they expected the yoga group to do about as well as the group sent to physical "
            "therapy. What they did not expect, says the lead author, Dr. Ingrid Solberg-Haugen, was "
            "that the farmers would keep doing the yoga.\n\n"
            "\"These are people who don't sit still, and we assumed they'd quit by week six,\" she "
            "said. Instead, 71 percent were still practicing a year later.\n\n"
            "Not everyone is persuaded. Dr. Marcus Odum, an orthopedic surgeon in Sioux Falls, and "
            "Karen Wilcox, a physical therapist who treats rural patients across northern Iowa, both "
            "said the follow-up was too short. The former worried about what he called \"the "
            "enthusiasm effect.\" The latter was blunter.\n\n"
            "\"Ask me in five years whether they're still on the mat,\" she said. \"Farmers are polite "
            "people. They'll tell a researcher whatever she wants to hear.\""
        ),
        "Ask me in five",
        "Karen Wilcox",
        "the_latter_then_she",
    ),
    # 8
    (
        (
            "Trevor \"Tank\" Mulholland played 212 first-grade games for Penrith and another 30 for a "
            "club in Yorkshire whose name he now has to think about before saying. These days he "
            "coaches the under-14s at the Emu Plains Falcons, where his son, Jayden, plays hooker.\n\n"
            "The club's president, Leanne Abou-Haidar, says parents turn up just to watch training. "
            "\"Half of them come to see if Tank still yells like he did on the telly. He does.\"\n\n"
            "Jayden, 13, is unimpressed by his father's fame. \"He shows everyone the old videos. "
            "Everyone's already seen them,\" he says.\n\n"
            "The 52-year-old has heard that complaint before. \"I tell him, mate, when you've been "
            "flattened by a Kiwi prop in front of forty thousand people, you get to choose the "
            "videos,\" he laughs."
        ),
        "I tell him, mate",
        "Trevor Mulholland",
        "age_description_laughs_after_son",
    ),
    # 9
    (
        (
            "Plans to turn a Victorian swimming baths in Haverleigh into flats have been approved "
            "despite a petition signed by more than 6,000 people. Members of Haverleigh District "
            "Council's planning committee voted six to five on Wednesday evening in favour of the "
            "scheme by developer Cradock Homes.\n\n"
            "Councillor Bernadette Ashworth-Pyle, who chaired the meeting, said the building had "
            "stood empty for twelve years and \"was falling down around our ears\". Campaigner Sunil "
            "Varma, who organised the petition, said residents would seek a judicial review. \"The "
            "council has sold our grandparents' baths for sixty-two flats and a bin store,\" he said.\n\n"
            "Cradock Homes said the original tiled frontage and the clock tower would be kept, and "
            "that eight of the flats would be offered at a discount to first-time buyers.\n\n"
            "In a statement issued after the vote, the council said: \"Members considered every "
            "representation carefully, and the decision was taken in line with national planning "
            "policy.\""
        ),
        "Members considered every",
        "Haverleigh District Council",
        "council_statement_after_developer_reported",
    ),
    # 10
    (
        (
            "For forty-one years the shop at the crossroads in Kilbrack sold bread, briquettes, the "
            "local paper and, on Fridays, fresh fish from Killybegs. On Monday morning the shutters "
            "stayed down.\n\n"
            "A sheet of paper taped to the door, handwritten and unsigned, read: \"We are sorry to say "
            "the shop is closed for good. Thank you all for the years of custom and God bless.\"\n\n"
            "Neighbours said the couple who ran it had been unwell for some time. The parish priest, "
            "Father Eoin Delahunt, said the parish would look at opening a community shop in the old "
            "national school. \"A village without a shop is a village with nowhere to meet,\" he said.\n\n"
            "Local councillor Mairéad Conaty said she had raised the closure with Cavan County "
            "Council. \"There are people here who don't drive, and the bus comes twice a week,\" she "
            "said."
        ),
        "We are sorry to",
        "",
        "unsigned_handwritten_notice",
    ),
    # 11
    (
        (
            "For eleven days after their beagle, Biscuit, slipped his collar at a rest stop on "
            "Interstate 80 in Nebraska, Dale and Rhonda Petrakis of Cheyenne, Wyoming, drove back and "
            "forth along the highway with a bag of hot dogs and a squeaky toy.\n\n"
            "\"I'd stand at the fence line and squeak that thing like an idiot,\" Dale Petrakis said. "
            "His wife kept a spreadsheet of every sighting posted to a Facebook group for lost pets.\n\n"
            "On the twelfth morning, a text arrived from a number neither of them recognized. It came "
            "from Arturo Benavides-Ruiz, a long-haul trucker who had seen their flyer at a truck stop "
            "in Ogallala. \"I think I have your dog in my cab, he ate my sandwich and now he is "
            "sleeping on my jacket,\" the message read.\n\n"
            "\"I screamed so loud the neighbors came over,\" Rhonda Petrakis said.\n\n"
            "Benavides-Ruiz, reached by phone in Amarillo, said he had driven forty miles out of his "
            "way. \"Anybody would have done it,\" he said. \"Maybe not with the sandwich.\""
        ),
        "I think I have",
        "Arturo Benavides-Ruiz",
        "text_message_named_sender",
    ),
    # 12
    (
        (
            "The diary is no bigger than a deck of cards, its pencil entries faded to the colour of "
            "weak tea. It belonged to Private Ewart Lemuel Haines of the Newfoundland Regiment, and "
            "this week it goes on display in St. John's for the first time.\n\n"
            "Curator Dr. Anneliese Kovač-Murray spent two years deciphering it with a magnifying "
            "glass. \"Some days he wrote three words, some days a page. The long days are always the "
            "bad days,\" she said.\n\n"
            "The entry for July 1, 1916, is one of the short ones. \"Went over at nine. Lost Bert. "
            "Lost nearly all,\" Haines wrote.\n\n"
            "His great-niece, Heather Haines-Colbourne of Corner Brook, donated the diary after "
            "finding it in a biscuit tin in her late father's basement. \"Dad never mentioned it once. "
            "I don't think he could read the writing either,\" she said."
        ),
        "Went over at nine",
        "Ewart Lemuel Haines",
        "diary_entry_author_wrote",
    ),
    # 13
    (
        (
            "On the third day of deliberations in the manslaughter trial of a Tulsa roofing "
            "contractor, the jury sent a note to Judge Theodora Blankenship at 2:40 p.m. She read it "
            "aloud in court with the defendant, Clayton Renfro, 44, sitting between his lawyers.\n\n"
            "\"We are unable to reach a unanimous verdict on count one and do not believe further "
            "deliberation will change that,\" the note said.\n\n"
            "Prosecutor Lamar Whitfield-Greer asked the judge to give jurors an additional "
            "instruction urging them to keep trying. Renfro's attorney, Susan Yazzie, objected. "
            "\"They've told you twice now. Twice is enough,\" she said.\n\n"
            "Blankenship sent the jurors back for one more hour. \"I am not going to force anyone's "
            "conscience, but I am going to ask them to be sure,\" she told the lawyers."
        ),
        "We are unable to",
        "jury",
        "jury_note_read_in_court",
    ),
    # 14
    (
        (
            "Nkechi Adeyemi-Holt opened her first restaurant in a former bookmaker's on the Old Kent "
            "Road in 2011 with £9,000, a second-hand range and a menu chalked up by her son. Eight "
            "years later Ìyá, named after her grandmother, has a Michelin star and a six-week waiting "
            "list.\n\n"
            "The cooking is rooted in the Yoruba dishes of a childhood in Ibadan: ewedu soup, smoked "
            "catfish, a pepper stew that takes two days. The critic Giles Hartigan-Moore called it "
            "\"the most exciting room in south London\", a line now framed in the toilets.\n\n"
            "The building has changed less than the menu. The old betting-shop counter is now the "
            "pass, and the board that once showed the odds lists the day's suppliers.\n\n"
            "\"I kept the counter because I first saw it at fourteen, newly arrived, waiting for my "
            "uncle to finish losing his wages. Now people queue at it for my food. That is a kind of "
            "justice.\"\n\n"
            "Tomasz Wierzbicki, her sous-chef since the first week, says the chef has not changed "
            "either. \"She still tastes every pot herself. Every single one, every night,\" he says."
        ),
        "I kept the counter",
        "Nkechi Adeyemi-Holt",
        "bare_quote_two_paragraphs_after_intro",
    ),
    # 15
    (
        (
            "Trustees of the Rideau Valley District School Board voted Monday night to close "
            "Pinecrest Public School in June, ending a 14-month fight by parents in the west Ottawa "
            "neighbourhood.\n\n"
            "Board chair Patricia Henneberry-Shaw said enrolment had fallen to 118 students in a "
            "building designed for 400, and that fixing the roof alone would cost $2.3 million. \"We "
            "cannot keep a school open on nostalgia,\" she told the meeting.\n\n"
            "Parent council co-chair Ahmed Farouk said families had offered to raise money for the "
            "roof and that the board never answered their letters. He said the closure would put some "
            "children on buses for 50 minutes each way.\n\n"
            "\"My daughter is in Grade 2. She will spend more time on a bus this year than in gym "
            "class.\"\n\n"
            "Trustee Gilles Charbonneau, who voted against the closure, said he would ask the "
            "province to review the decision. \"This was decided before anyone walked into the room,\" "
            "he said."
        ),
        "My daughter is in",
        "Ahmed Farouk",
        "bare_quote_after_reported_speech_of_other",
    ),
    # 16
    (
        (
            "Three brothers who took over their father's struggling bakery in Bradford in 2009 now "
            "supply naan to four supermarket chains. Imran, Kashif and Tariq Qureshi were 24, 22 and "
            "19 when their father, Mohammed Saleem Qureshi, had a stroke.\n\n"
            "Imran, the eldest, gave up an accountancy traineeship. Kashif took over the ovens. "
            "Tariq, still at college, did the deliveries in a Vauxhall Astra with the back seats "
            "taken out. \"Dad would ring from the hospital ward to ask if the dough had risen,\" Kashif "
            "recalls.\n\n"
            "Their first big order, from a wholesaler in Leeds, nearly sank them. Tariq had agreed to "
            "deliver 20,000 naan in one weekend without telling either of his brothers.\n\n"
            "\"I thought they'd kill me. Instead Imran just rolled his sleeves up and none of us slept "
            "for two days,\" he says.\n\n"
            "Their father, now 71 and back at the counter three mornings a week, is less impressed "
            "than the supermarkets. \"They are better businessmen than me. Better bakers, no,\" he "
            "said."
        ),
        "I thought they'd kill",
        "Tariq Qureshi",
        "three_brothers_he_after_narration",
    ),
    # 17
    (
        (
            "The NSW Coroners Court has heard that a Broken Hill miner killed in a rockfall had "
            "complained about loose ground in the same drive two days earlier. Deputy State Coroner "
            "Elizabeth Tanaka-Moore is examining the death of Craig Lindqvist, 38, at the Silver "
            "Ridge mine in May 2017. His widow, Tegan Lindqvist, sat in the front row with their two "
            "sons.\n\n"
            "A shift supervisor, Brendan Kowalczyk, told the court Mr Lindqvist had raised the "
            "problem at a pre-shift meeting, but a geotechnical inspection had been put off because "
            "of staff shortages. Counsel assisting, Naomi Farrugia, asked him whether anyone had "
            "written the complaint down. \"Not that I saw,\" he said.\n\n"
            "Silver Ridge Mining said in a submission that it had since doubled its geotechnical "
            "staff.\n\n"
            "Outside court, his widow said she had waited two years for answers. \"Craig told me that "
            "night the roof was talking. That's what miners say when it's cracking. He knew, and he "
            "told them,\" she said.\n\n"
            "The inquest continues."
        ),
        "Craig told me that",
        "Tegan Lindqvist",
        "widow_description_after_other_man",
    ),
    # 18
    (
        (
            "On a reef off the Kona coast of Hawaii's Big Island, Dr. Leilani Kahananui-Brooks points "
            "to a bleached patch the size of a pickup truck. Two years ago, she says, it was brown "
            "and purple and full of parrotfish.\n\n"
            "A marine ecologist at a small nonprofit, the Hōkūāla Reef Trust, she has spent a decade "
            "breeding heat-tolerant coral in tanks behind a hotel laundry. Her colleague Dr. Owen "
            "Fitzgerald-Chu calls the nursery \"a lifeboat, not a cure.\"\n\n"
            "Fishermen on the coast have mixed feelings. Kimo Pacheco, who has fished here for forty "
            "years, has seen scientists come and go. \"They put tags on everything, and then they "
            "leave,\" he said.\n\n"
            "\"We are not going to save every reef, and anyone who tells you we can is selling "
            "something. What we can do is keep enough coral alive, in enough places, that there is "
            "something left to come back when the water cools, if it ever does. I think about that "
            "last part every single night, and I don't have an answer for it,\" said Dr. "
            "Kahananui-Brooks."
        ),
        "We are not going",
        "Leilani Kahananui-Brooks",
        "long_quote_inverted_said_dr",
    ),
    # 19
    (
        (
            "When a small theatre in east Galway announced a play about the Kilcreevy mother and baby "
            "home, some people in the town asked whether it was too soon. The writer, Úna Ní "
            "Fhlannagáin, says she asked herself the same question every day for three years.\n\n"
            "The director, Kieran Mulcahy-Bourke, cast several actors from Kilcreevy itself. “Local "
            "voices were the whole point. You can’t fake that accent, and you shouldn’t try,” he "
            "said.\n\n"
            "One of them, Josie Keady, is 79 and had never been on a stage. “I did it for my aunt, "
            "who was in there, and who never spoke about it until the week she died,” Mrs Keady said.\n\n"
            "Ní Fhlannagáin met survivors for a year before writing a word. “I promised them I "
            "wouldn’t make it pretty,” she said, “and I promised myself I wouldn’t make it a lecture. "
            "Whether I managed either is for the audience to say.”"
        ),
        "and I promised myself",
        "Úna Ní Fhlannagáin",
        "split_quote_second_half",
    ),
    # 20
    (
        (
            "Marie-Ève Thibodeau-Lachance was 31 and working nights as a paramedic in Trois-Rivières "
            "when the national team called. The goaltender had retired from international play four "
            "years earlier and was turning out in a Tuesday-night beer league.\n\n"
            "Head coach Darren MacAskill said he had watched her on a borrowed laptop. \"Top corner, "
            "glove side, eleven times in a row. I stopped counting after that,\" he said.\n\n"
            "Her husband, Sébastien, a firefighter, took over the night feeds for their twins so she "
            "could train. Forward Kaylee Two-Rivers, from Six Nations of the Grand River, recalled "
            "her first practice back. \"She walked in with a baby monitor clipped to her pads,\" "
            "Two-Rivers said.\n\n"
            "The 35-year-old was asked about the pressure after Saturday's shutout. Her answer was "
            "short: \"I've driven an ambulance through a blizzard at three in the morning. A shootout "
            "doesn't scare me.\""
        ),
        "I've driven an ambulance",
        "Marie-Ève Thibodeau-Lachance",
        "colon_after_age_description",
    ),
    # 21
    (
        (
            "Overnight on Sunday someone climbed the scaffolding around the old Co-operative building "
            "in Calderbridge and painted five words in letters a metre high across the hoarding: "
            "\"This town is not for sale.\" By Monday lunchtime the picture had been shared thousands "
            "of times.\n\n"
            "The developer, Pennine Heritage Estates, said the paint would be removed and the damage "
            "reported to police. Its managing director, Rupert Asquith-Lane, said: \"We respect strong "
            "feelings, but criminal damage is not a planning objection.\"\n\n"
            "Town councillor Hazel Ogunbiyi said she did not condone vandalism but understood the "
            "anger behind it. \"People feel nobody asked them. That's the real story here,\" she said.\n\n"
            "West Yorkshire Police said inquiries were continuing and asked anyone with information "
            "to come forward."
        ),
        "This town is not",
        "",
        "graffiti_slogan_no_maker",
    ),
    # 22
    (
        (
            "Every morning at five, before the first bus pulls into the MacArthur Park stop, Doña "
            "Rosalinda Quispe Mamani has already steamed 300 tamales. She has sold them from the same "
            "corner for nineteen years, through three citations, a robbery and a pandemic.\n\n"
            "Her regulars include a Metro bus driver, Terrence Boykin, who plans his breaks around "
            "her cart. \"I've driven past her every day since 2008. Rain, heat, doesn't matter, she's "
            "there,\" he said.\n\n"
            "When Los Angeles began issuing permits to street vendors, her daughter, Yesenia, filled "
            "out the paperwork in English. \"My mom thought it was a trap,\" Yesenia said. \"Every paper "
            "before this one was a fine.\"\n\n"
            "A city official, Gregory Tan-Alvarez, said about 2,400 vendors had applied in the first "
            "year.\n\n"
            "Doña Rosalinda shrugs at the fuss. \"I came from Oruro with nothing. A permit is a piece "
            "of paper. The tamales are what matter,\" she said in Spanish."
        ),
        "I came from Oruro",
        "Rosalinda Quispe Mamani",
        "spanish_honorific_dona_compound_surname",
    ),
    # 23
    (
        (
            "In a converted dairy barn near Nelson, B.C., Haruto Okamura has been firing an anagama "
            "kiln for 26 years. A firing takes five days and nights, and the kiln needs stoking every "
            "seven minutes, which is why a dozen of his students sleep in shifts on cots in the "
            "hayloft.\n\n"
            "They call him Okamura-sensei, though he has asked them not to. One of them, Rebecca "
            "Thornbury-Vance, a retired lawyer from Calgary, came for a weekend workshop in 2013 and "
            "never really left. \"I argued cases for thirty years. Here I just watch fire,\" she said.\n\n"
            "His wife, Keiko, handles the sales and the kiln's accounts. \"He would give every pot "
            "away if I let him,\" she said.\n\n"
            "At three in the morning, sweat running into his eyes, Okamura-sensei explains why he "
            "will not switch to gas. \"Gas is honest, but wood is alive. The ash chooses where it "
            "lands. I only choose when to stop,\" he said."
        ),
        "Gas is honest",
        "Haruto Okamura",
        "japanese_honorific_sensei_suffix",
    ),
    # 24
    (
        (
            "The queue outside St Columba's Day Centre on Dublin's north side starts forming at half "
            "past seven. By nine, Sister Philomena Ó Maoláin has buttered 400 slices of bread.\n\n"
            "She is 83, has belonged to the Little Company of St Brigid since she was 19, and has "
            "worked at the centre since it opened in 1987. Its director, Father Lorcan Byrne-Madigan, "
            "says demand has doubled since the crash. \"We used to see men who drank. Now we see "
            "families who work,\" he said.\n\n"
            "One of the volunteers, a retired garda named Frank Tully, remembers his first morning. "
            "\"Sister Philomena handed me an apron and said, 'You'll do the teas, you look like a man "
            "who can't butter.' She was right,\" he said.\n\n"
            "The nun herself is unsentimental about the work. \"Nobody here is a saint, least of all "
            "me. We make sandwiches. God does the rest,\" she said."
        ),
        "Nobody here is a",
        "Philomena Ó Maoláin",
        "nun_sister_title_description",
    ),
    # 25
    (
        (
            "Two of Britain's best-known sleep researchers have spent the best part of a decade "
            "disagreeing in public about teenagers. Professor Rosalind Fairbairn-Whyte of the "
            "University of Leeds argues that secondary schools should start no earlier than ten "
            "o'clock. Professor Adebayo Oyelaran, at King's College London, thinks the evidence for "
            "that is thin.\n\n"
            "They shared a stage at the Cheltenham Science Festival in June, and the audience of 600 "
            "was largely on one side. Fairbairn-Whyte was frank about why. \"Every parent in that room "
            "has tried to wake a fifteen-year-old,\" she said.\n\n"
            "A Year 11 pupil from Gloucester, Ellis Hammond, asked the panel whether anyone had "
            "thought to ask teenagers. \"We're the ones in the experiment,\" he said. Oyelaran replied "
            "that the best trial so far, in Kent, had found better attendance but no change in "
            "grades.\n\n"
            "\"Attendance is worth having, of course. But if we are going to turn the school day "
            "upside down, we should know what we are buying,\" he said."
        ),
        "Attendance is worth having",
        "Adebayo Oyelaran",
        "pronoun_he_after_pupil_question",
    ),
    # 26
    (
        (
            "Port Wendell Shire Council has voted to ban dogs from the northern end of Cockle Bay "
            "beach between October and April, after a ten-month campaign by residents worried about "
            "nesting hooded plovers.\n\n"
            "The mayor, Councillor Graham Fotheringham, who cast the deciding vote, said the shire "
            "had tried signs, fences and volunteer wardens. Councillor Anh Nguyen-Lattimore, who "
            "moved an amendment for a smaller zone, said the ban would push 400 dogs onto a beach "
            "half the size.\n\n"
            "\"We are punishing the people who do the right thing for the three who don't,\" she said.\n\n"
            "\"The plovers can't go to another beach,\" the mayor said. \"The dogs can.\"\n\n"
            "Brian Szabo, 74, who walks his kelpie on the beach twice a day, said he would keep doing "
            "so. \"Fine me. I'm seventy-four. What are they going to do, ground me?\""
        ),
        "The plovers can't",
        "Graham Fotheringham",
        "mayor_description_alternating_reply",
    ),
    # 27
    (
        (
            "A walker who spent two nights lost on the fells above Wasdale survived by sheltering in "
            "a sheepfold and rationing a single bar of Kendal Mint Cake, mountain rescuers said on "
            "Tuesday.\n\n"
            "Nigel Ostrowski-Neale, 58, from Chorley, set off alone on Saturday to climb Scafell Pike "
            "and lost his way in low cloud. His partner, Linda, raised the alarm when he did not come "
            "back to their holiday cottage. \"He always texts me from the top. When nothing came, I "
            "knew,\" she said.\n\n"
            "Rhys Pugh-Jenkins, who led the search for the Western Fells Mountain Rescue Team, said "
            "the walker was found on Monday afternoon by a search dog named Moss. \"He did everything "
            "right once he was lost. He stopped, he got out of the wind and he waited,\" he said.\n\n"
            "A spokeswoman for Cumbria Police said: \"This was a good outcome, but we would remind "
            "anyone heading onto the fells to carry a map and compass and to check the forecast "
            "before setting out.\""
        ),
        "This was a good",
        "Cumbria Police spokeswoman",
        "unnamed_police_spokeswoman_colon",
    ),
    # 28
    (
        (
            "Cody Wayne Harrelson has been thrown from bulls in Cheyenne, Pendleton and Las Vegas, "
            "but he says nothing compares with the grandstand at the Calgary Stampede. The "
            "27-year-old from Stephenville, Texas, won the bull riding on Sunday with a 91-point ride "
            "on a bull called Dirty Laundry.\n\n"
            "His travelling partner, the Australian rider Jarrah Whitcombe, finished third after a "
            "re-ride. The two have driven 2,000 miles together in a week. \"We've shared a truck so "
            "long we finish each other's complaints,\" the Queenslander joked.\n\n"
            "Stampede president Margaret Kowalchuk-Brandt said attendance had passed 1.2 million for "
            "the first time. \"It's been hot, it's been muddy, and people keep coming,\" she said.\n\n"
            "The Texan was still holding his hat when he reached the fence. \"My granddaddy rode here "
            "in 1962 and got stepped on. I figure I evened it up for him,\" he said, grinning."
        ),
        "My granddaddy rode here",
        "Cody Wayne Harrelson",
        "texan_description_then_he",
    ),
    # 29
    (
        (
            "Parents at Thornfield Primary School in Stockport were told this week that children may "
            "no longer bring birthday cakes into class, a decision that has split opinion at the "
            "school gate.\n\n"
            "A letter sent home on Monday and signed by the headteacher, Mrs Judith Ackroyd-Bell, "
            "said the change followed three allergic reactions in a single term. \"We know this is a "
            "much-loved tradition, but the safety of every child must come first, and we cannot check "
            "the ingredients of food baked at home,\" the letter said.\n\n"
            "Sadia Mirza, whose son has a severe nut allergy, welcomed the move. \"I spend every "
            "birthday dreading the phone ringing,\" she said. Another parent, Craig Dobson, called it "
            "\"health and safety gone mad\" and said he had started a petition.\n\n"
            "The chair of governors, the Rev Alan Whitworth, said the policy would be reviewed in the "
            "summer."
        ),
        "We know this is",
        "Judith Ackroyd-Bell",
        "school_letter_signed_by_head",
    ),
    # 30
    (
        (
            "A review of maternity care at Ysbyty Cwm Tawel in south Wales has found that mothers' "
            "concerns were dismissed and that staff shortages were hidden from the health board for "
            "at least three years.\n\n"
            "The review was led by Dr Bronwen Havard-Lloyd, a retired consultant obstetrician, and "
            "published on Thursday. Its 180 pages describe 26 cases between 2014 and 2018, including "
            "three stillbirths that it says might have been prevented.\n\n"
            "\"Women were not listened to, and when they complained they were treated as a problem to "
            "be managed,\" the review concluded.\n\n"
            "The health board's chief executive, Gareth Pryce-Morgan, apologised. \"We let these "
            "families down, and I am deeply sorry,\" he said. The Welsh Government said it would "
            "appoint an independent panel to oversee improvements.\n\n"
            "Rhian Jenkins, whose son was stillborn in 2016, said the report confirmed what families "
            "had been saying for years. \"I was told I was being anxious. I wasn't anxious. I was "
            "right,\" she said."
        ),
        "Women were not listened",
        "Bronwen Havard-Lloyd",
        "review_named_author_concluded",
    ),
    # 31
    (
        (
            "Walkers in Ashcombe Wood on the edge of Exeter arrived last week to find a two-acre "
            "clearing where 80 mature beech trees had stood. The wood is owned by the Teignvale "
            "Woodland Trust, a small charity that bought it from a farming family in 1998.\n\n"
            "\"It looks like a bomb has gone off. I've walked my dogs here for twenty years and nobody "
            "told us a thing,\" said Janet Coombe-Ellery, who lives nearby.\n\n"
            "Devon County Council's tree officer, Aled Prosser, said the felling had been carried out "
            "under a valid licence. Parish councillor Howard Ng said the parish had been sent a "
            "single email about it in February.\n\n"
            "The trust said the beeches were infected with a fungal disease and had become dangerous. "
            "\"We understand how upsetting this is, but the safety of visitors has to come first, and "
            "the area will be replanted with native species this winter,\" it said in a statement."
        ),
        "We understand how upsetting",
        "Teignvale Woodland Trust",
        "trust_statement_it_said",
    ),
    # 32
    (
        (
            "A Phoenix nurse who says she was fired for reporting understaffing in an intensive care "
            "unit has sued Saguaro Valley Health, the hospital chain that employed her for eleven "
            "years, her attorney, Howard Birnbaum, announced Tuesday.\n\n"
            "Teresa Villaseñor-Grant, 46, was dismissed in March, two weeks after she wrote to the "
            "state nursing board about nights when one nurse cared for four ventilated patients. In "
            "the complaint, filed in Maricopa County Superior Court, she says her manager told her to "
            "\"stop writing letters.\"\n\n"
            "Saguaro Valley Health said in a statement that it did not comment on pending litigation "
            "and that staffing in the unit met state guidelines.\n\n"
            "A former colleague, Darnell Hughes, who still works at the hospital, said nurses were "
            "frightened to speak up. \"Everyone saw what happened to Teresa,\" he said.\n\n"
            "Her lawyer said his client had been offered a settlement in exchange for her silence. "
            "\"She turned it down. She waited eleven years to be heard, and she is not going to be "
            "bought off now,\" he said."
        ),
        "She turned it down",
        "Howard Birnbaum",
        "her_lawyer_description_refers_back",
    ),
    # 33
    (
        (
            "When Nora Kinsella-Daly left school at 14 to work in a bacon factory in Limerick, her "
            "mother told her that books were for other people. On Friday, at 81, she graduated from "
            "the University of Limerick with a degree in history, with two of her grandchildren in "
            "the audience.\n\n"
            "Her granddaughter, Aoife, 22, who graduated from the same university two years ago, "
            "helped her with the computer. \"She'd ring me at eleven at night because the laptop had "
            "eaten her essay. It hadn't, she'd just minimised it,\" Aoife said.\n\n"
            "Her lecturer, Dr Cathal Breathnach, said she was the only student in her year who never "
            "missed a nine o'clock. \"She asked the hardest questions in the room, and she asked them "
            "politely, which is worse,\" he said.\n\n"
            "The grandmother had her own verdict on the day. \"My mother was wrong about the books. "
            "I'd have liked to tell her so,\" she said."
        ),
        "My mother was wrong",
        "Nora Kinsella-Daly",
        "grandmother_description_after_granddaughter",
    ),
    # 34
    (
        (
            "When the tide went out at Charmouth last August, Mark Hendry's daughter, Mia, spotted a "
            "dark curve sticking out of the clay at the foot of the cliff. She was nine. Her brother, "
            "Oscar, who is six, wanted to use it as a frisbee.\n\n"
            "It turned out to be part of the skull of an ichthyosaur, a marine reptile that lived "
            "about 190 million years ago. Dr Sunita Ramaswamy, a curator at the Wessex Fossil Museum, "
            "said it was one of the most complete found on that stretch of coast in a decade. \"The "
            "eye socket is perfect. You can see the little plates that held the eye in place,\" she "
            "said.\n\n"
            "Mr Hendry, a postman from Swindon, admitted he had nearly told his daughter to leave it. "
            "\"I thought it was a bit of old tyre,\" he said.\n\n"
            "Mia has her own plans. \"I want it to be in the museum with my name on the card, and then "
            "I want to find the rest of it,\" she said."
        ),
        "I want it to",
        "Mia",
        "child_first_name_only_daughter",
    ),
    # 35
    (
        (
            "Twin sisters from Houston who were born ten weeks early have started their residencies "
            "in the neonatal intensive care unit of the hospital where they spent their first two "
            "months. Adaeze and Chidinma Okonkwo-Ellis, 27, began in July at Bayou Memorial "
            "Children's Hospital.\n\n"
            "Their mother, Ngozi Okonkwo-Ellis, still keeps their hospital bracelets, each the width "
            "of her little finger. A nurse who cared for them in 1992, Loretta Simmons, now retired, "
            "came to the welcome breakfast. \"I held those girls when they weighed two pounds. Now "
            "they're explaining the new protocols to me,\" she said, laughing.\n\n"
            "Adaeze, the elder by four minutes, said the unit felt familiar before she had walked in. "
            "Chidinma said she had wanted to be a pilot until she was fourteen. \"Then I read my own "
            "medical chart, and that was that,\" she said.\n\n"
            "Their mother said she cried in the parking garage on the first morning. \"I sat in the "
            "same spot where I sat in 1992, praying they would live. This time I was praying they "
            "would find a parking space,\" she said."
        ),
        "I sat in the",
        "Ngozi Okonkwo-Ellis",
        "their_mother_after_twin_daughters",
    ),
    # 36
    (
        (
            "When Derek and Jean Whitlock bought the Bay View guest house on Scarborough’s North Bay "
            "in 1971, a room cost 35 shillings a night with breakfast. On Sunday they served their "
            "last full English and handed the keys to a couple from Leeds.\n\n"
            "Mr Whitlock, 82, kept the books and did the plumbing. “Fifty years and the boiler’s "
            "never once let me down. The guests, now, that’s another matter,” he said.\n\n"
            "Their regulars include Sheila and Norman Pickersgill of Doncaster, who have booked room "
            "four for the first week of August every year since 1979. “We came on our honeymoon and "
            "never found anywhere better,” Mrs Pickersgill said.\n\n"
            "Mrs Whitlock, 79, did the cooking, and reckons she has fried around 400,000 eggs. “I "
            "won’t miss the eggs. I’ll miss the people, and I’ll miss shouting up the stairs that "
            "breakfast finishes at nine,” said Mrs Whitlock."
        ),
        "I won’t miss the",
        "Jean Whitlock",
        "couple_shared_surname_mrs_inverted",
    ),
    # 37
    (
        (
            "Twenty-two years after their last show at the Anchor Room on Barrington Street, the four "
            "members of the Halifax band Fathom Line are back in a rehearsal space, arguing about "
            "tempos. Guitarist Shauna MacPhee-Lindgren and bassist Declan Ross wrote almost all of "
            "their songs. They also stopped speaking to each other in 1998.\n\n"
            "Drummer Pete Nakagawa, who now teaches high-school music in Dartmouth, says the reunion "
            "started at a funeral. \"Our old manager died, and we were all standing in the rain "
            "outside the church. Somebody said we should play one more time, and nobody said no,\" he "
            "said.\n\n"
            "MacPhee-Lindgren and Ross both say the feud was about money, and both say it was about "
            "nothing. The former remembers the night it ended in rather more detail.\n\n"
            "\"He threw a tambourine at me in Moncton. It missed, but it was the principle of the "
            "thing,\" she says.\n\n"
            "Ross, for his part, says he was aiming at the amplifier."
        ),
        "He threw a tambourine",
        "Shauna MacPhee-Lindgren",
        "the_former_remembers",
    ),
    # 38
    (
        (
            "Giuseppina \"Pina\" Lo Bianco planted her first vines in the Hunter Valley in 1986 with "
            "her late husband, Salvatore, on land everyone told them was too wet. Thirty years on, Lo "
            "Bianco Estate's fiano sells out before it is bottled.\n\n"
            "Her son, Marco, runs the cellar door now, and her daughter-in-law, Priya Lo Bianco, a "
            "former banker, looks after exports. \"Pina still tastes every barrel before anything "
            "leaves. We don't argue with her. Nobody argues with her,\" Priya said.\n\n"
            "Wine writer Huon Blackwood-Tate, who first reviewed the fiano in 1999, has called it "
            "\"the most stubborn wine in the valley\".\n\n"
            "The 78-year-old concedes she nearly sold up after the hailstorm of 2004. \"I sat in the "
            "shed and cried for a week. Then I thought, Salvatore would never forgive me, so I went "
            "back out,\" she admits."
        ),
        "I sat in the",
        "Giuseppina Lo Bianco",
        "admits_after_daughter_in_law_same_surname",
    ),
    # 39
    (
        (
            "At 41, Tomás Ó Súilleabháin is the oldest man playing senior club football in Kerry this "
            "year, and he still takes the frees for An Gleann Rua, the small Gaeltacht club where he "
            "first togged out in 1993.\n\n"
            "His manager, Jerome Cronin-Leahy, says the club could not field a team without him. "
            "\"We've forty-one adult members and he's one of them. Some weeks we count him twice,\" he "
            "said.\n\n"
            "His wife, Máire, runs the club shop, and their son, Cian, 17, plays corner-forward on "
            "the same team. Cian was blunt about it. \"It's mortifying. He shouts 'Cian, ball!' and "
            "everyone knows he's my dad,\" he said.\n\n"
            "The Kerryman has no plans to retire. \"I'll go when my knees go, and my knees are telling "
            "me they've another year in them,\" he jokes."
        ),
        "I'll go when my",
        "Tomás Ó Súilleabháin",
        "kerryman_description_jokes_after_son",
    ),
    # 40
    (
        (
            "Every Wednesday for 31 years, the Quill Lake Quilters have met in the basement of a "
            "Ukrainian Catholic church in rural Saskatchewan. This winter the women finished a quilt "
            "for each of the 48 families who lost their homes in the Pelican River wildfire.\n\n"
            "Oksana Hrytsenko, 88, founded the group in 1988, the year her husband, Wasyl, died. "
            "Marlene Fehr, 71, does the cutting, and Donna Cardinal, 64, a retired teacher from a "
            "nearby First Nation, does the binding.\n\n"
            "Fehr says the group argues about colours more than anything. \"Oksana likes red. "
            "Everything red. Donna likes blue. I just cut what I'm told,\" she says. Cardinal says the "
            "fire quilts were different. \"We didn't argue once. We just sewed,\" she said.\n\n"
            "Their founder sits nearest the stove. She started the group, she says, because an empty "
            "house in January is a terrible thing.\n\n"
            "\"After Wasyl went, I could not stand the quiet. So I invited some ladies over. Now I "
            "can't get rid of them,\" she says."
        ),
        "After Wasyl went",
        "Oksana Hrytsenko",
        "founder_description_she_three_women",
    ),
    # 41
    (
        (
            "A former care home manager accused of falsifying medication records told a jury at "
            "Leicester Crown Court that she had been \"covering for a system that was broken\". Amanda "
            "Thistlethwaite, 49, denies 14 counts of making false entries at the Elmsfield care home "
            "in Loughborough between 2015 and 2017.\n\n"
            "The home's owner, Derek Pilling, had earlier told the court that he was never informed "
            "of any staff shortages. Cross-examined by prosecutor Jonathan Fairclough-Hesketh, Mrs "
            "Thistlethwaite agreed that her signature appeared on records for days when she was on "
            "holiday.\n\n"
            "\"You signed for medicines you never saw given?\" Mr Fairclough-Hesketh asked.\n\n"
            "\"I signed so the residents would get them. If I didn't sign, the agency staff wouldn't "
            "give anything.\"\n\n"
            "\"That isn't what the records show, is it?\"\n\n"
            "\"The records say what I was told to make them say.\""
        ),
        "The records say what",
        "Amanda Thistlethwaite",
        "cross_examination_bare_reply",
    ),
    # 42
    (
        (
            "The crown-of-thorns starfish is the size of a dinner plate, covered in venomous spines, "
            "and can eat its own area of coral in a day. For Dr Hamish Achterberg, a marine ecologist "
            "at the North Queensland Reef Institute in Townsville, it has also been a career.\n\n"
            "Divers working for the institute have killed more than 300,000 of the starfish since "
            "2013 by injecting them with vinegar. Tourism operator Kylie Dunstan, who runs day trips "
            "from Port Douglas, says her customers now ask about the cull before they ask about the "
            "turtles. “People want to help. Some of them ask if they can have a go with the needle,” "
            "she said.\n\n"
            "Achterberg is candid about the limits of the program. “Culling buys time on the reefs "
            "that matter most to tourism and to science. It doesn’t fix the reason the outbreaks "
            "happen, which is nutrient run-off from the land, and warming water.\n\n"
            "“If we stopped tomorrow, the starfish would be back within three years. I’d rather we "
            "didn’t find out.”\n\n"
            "A spokesman for the federal environment department said funding for the program had been "
            "extended to 2022."
        ),
        "If we stopped tomorrow",
        "Hamish Achterberg",
        "continuation_paragraph_second_of_run",
    ),
    # 43
    (
        (
            "On Thursday mornings the function room of a bowling club in east Belfast fills with "
            "about forty people, half of whom have dementia and half of whom love someone who does. "
            "The choir, Songs We Remember, was started in 2015 by a retired music teacher, Evelyn "
            "McCrory-Boyd.\n\n"
            "Billy Hanna, 80, a former shipyard electrician, was diagnosed three years ago. His wife, "
            "Sadie, says he sometimes forgets her name at home but never the words of \"The Green "
            "Glens of Antrim\".\n\n"
            "\"He sings it to me in the car,\" she said. \"It's the only time all week I get him back.\"\n\n"
            "Professor Conor Devlin-Mackie, who studies music and memory at a Belfast university, "
            "says there is a reason for that. \"Musical memory seems to be stored differently, and it "
            "survives longer,\" said Professor Devlin-Mackie, \"though we are still arguing about "
            "exactly why.\"\n\n"
            "McCrory-Boyd has no interest in the science. \"I just know that people come in grey and "
            "go out pink,\" she said."
        ),
        "Musical memory seems",
        "Conor Devlin-Mackie",
        "split_quote_first_half_inverted_professor",
    ),
    # 44
    (
        (
            "When inspectors rated Brookfield Academy in Middlesbrough “inadequate” in 2014, its new "
            "headteacher, Dominic Asante-Forbes, was eleven days into the job. This month the same "
            "inspectorate rated the school outstanding, one of only four secondary schools in the "
            "north-east to climb from the bottom grade to the top.\n\n"
            "Year 10 pupil Ruby Clasper, 15, says the difference is obvious in the corridors. “It "
            "used to be like a fight at a bus station. Now people actually walk,” she said.\n\n"
            "Governors credit a longer school day, a ban on mobile phones and a breakfast club that "
            "feeds 300 children every morning. The chair of governors, Pauline Hebden, said the "
            "breakfast club alone had “changed the mood of the place”.\n\n"
            "The headteacher puts it differently: “We stopped apologising for having high "
            "expectations of children from Middlesbrough. That’s all. Everything else followed from "
            "that.”"
        ),
        "We stopped apologising",
        "Dominic Asante-Forbes",
        "headteacher_description_colon",
    ),
    # 45
    (
        (
            "Fadi El-Khoury's restaurant in Brunswick has no sign, no website and no bookings, and it "
            "is full six nights a week. The chef, 44, grew up above his parents' bakery in Tripoli, "
            "in northern Lebanon, and came to Melbourne at nineteen with a suitcase and his mother's "
            "recipe for kibbeh nayyeh.\n\n"
            "His business partner, Sarah Goldfinch, a former accountant, handles everything that is "
            "not food. \"Fadi would feed people for free if I let him. My job is not letting him,\" she "
            "said.\n\n"
            "Food critic Jonathan Mba-Walsh wrote in 2016 that the lamb was \"worth crossing the city "
            "in a storm for\", and diners have been doing so ever since. One regular, retired tram "
            "driver Con Stavrakis, comes every Thursday. \"I don't look at the menu. He just brings me "
            "things,\" he said.\n\n"
            "The chef is uncomfortable with the attention. \"I'm cooking what my mother cooked. If "
            "it's good, it's because she was good,\" he says."
        ),
        "I'm cooking what",
        "Fadi El-Khoury",
        "chef_description_he_after_regular",
    ),
    # 46
    (
        (
            "When the owners of Catamount Ridge announced in 2015 that the small Vermont ski area "
            "would close, a group of skiers from the nearby town of Wellsford did something unusual: "
            "they bought it. Some 2,300 people now own shares in the mountain, at $300 each.\n\n"
            "The cooperative's general manager, Abigail Thornquist-Reyes, grew up skiing its two "
            "lifts. Its board president, Walter Nguyen, is a retired orthodontist from Boston who "
            "moved to Wellsford to be closer to his grandchildren. \"I came for the grandkids and "
            "stayed for a chairlift that breaks down every other Sunday,\" he said.\n\n"
            "Lift mechanic Earl Dubois, 68, has kept the 1971 double chair running for three decades. "
            "\"It's held together with prayer and a nine-sixteenths wrench,\" he said.\n\n"
            "Asked whether the mountain could survive another warm winter like the last one, the "
            "general manager paused. Then she answered: \"We can survive one. I don't know about three "
            "in a row. That's the honest answer, and our members deserve the honest answer.\""
        ),
        "We can survive one",
        "Abigail Thornquist-Reyes",
        "asked_whether_general_manager_answered_colon",
    ),
    # 47
    (
        (
            "\"Forty years on the 46A, and I've never once been on time, and I've never once been "
            "sorry about it.\"\n\n"
            "So says Desmond \"Dessie\" Kavanagh, who retires from Dublin Bus on Friday after four "
            "decades of driving between the Phoenix Park and Dún Laoghaire. He reckons he has carried "
            "a million passengers, two goats and, on one occasion, a wedding party still in the "
            "church.\n\n"
            "His colleague, inspector Bernie Walsh, said regular passengers had organised a "
            "collection. \"There's a card with four hundred names on it. Some of them only wrote "
            "'thanks for waiting',\" she said.\n\n"
            "His wife, Anne, said she was looking forward to having him at home, \"within reason\". "
            "Their granddaughter, Saoirse, 8, has made him a medal out of a biscuit-tin lid.\n\n"
            "\"He says he's going to learn the tin whistle. God help us all,\" said Anne."
        ),
        "Forty years on the",
        "Desmond Kavanagh",
        "attribution_in_following_sentence_so_says",
    ),
    # 48
    (
        (
            "At six o'clock on a Saturday morning in Sheffield, a dozen people in hospital fleeces "
            "are running laps of a park. They are nurses, porters and two consultants from the city's "
            "children's hospital, and they call themselves the Dawn Patrol.\n\n"
            "The group was started by Sister Grace Ofori-Atta, a ward sister on the neonatal unit, "
            "after a colleague had a heart attack in 2016. Consultant anaesthetist Dr Richard "
            "Penrose-Hall joined in the second week, \"under protest\", he says, and has since lost "
            "three stone.\n\n"
            "Porter Lee Smedley, 29, is the fastest of them. \"I just run to get to the bacon sandwich "
            "first,\" he said.\n\n"
            "Hospital managers now describe the group as a \"staff wellbeing initiative\", a phrase its "
            "founder finds funny. \"It's not an initiative. It's twelve tired people in a park who "
            "like each other,\" she said."
        ),
        "It's not an initiative",
        "Grace Ofori-Atta",
        "managers_phrase_then_founder_statement",
    ),
    # 49
    (
        (
            "Fly-in fly-out workers at the Mount Corrigan iron ore mine in the Pilbara will move from "
            "a two-weeks-on, one-week-off roster to eight days on and six off from July, after a "
            "state inquiry into mental health on remote mine sites.\n\n"
            "The mine's operator, Hamersley Basin Resources, said the change would cost about $30 "
            "million a year. Its chief executive, Stuart McCallum-Reid, told investors on Tuesday "
            "that it was \"the right thing to do, and overdue\".\n\n"
            "Kim Barrow, whose husband, Jason, worked at the mine for nine years before leaving with "
            "depression, said the change had come too late for him. \"He used to say the second week "
            "was the one that got him. Fourteen days is a long time to be lonely,\" she said.\n\n"
            "A spokesman for the Mining and Energy Workers Union said it had been calling for the "
            "change for five years. \"Nobody should have had to get sick for a roster to change. Our "
            "members will be watching to see that this is delivered in full,\" he said."
        ),
        "Nobody should have had",
        "Mining and Energy Workers Union spokesman",
        "union_spokesman_unnamed_he",
    ),
    # 50
    (
        (
            "The cello was made in Cremona in 1782, and Miriam Abernathy-Sato had never let it travel "
            "in a hold. On a flight from Denver to Boston last month, a gate agent for Cordillera Air "
            "told her it would have to.\n\n"
            "\"I offered to buy it a seat. I had bought it a seat. They said the seat was for a "
            "person,\" she said.\n\n"
            "When the case came off the carousel at Logan, the neck was cracked through. Luthier "
            "Jean-Baptiste Marchetti, who has repaired the instrument twice before, estimates the "
            "cost at $40,000. \"It will play again. It will not be the same instrument,\" he said.\n\n"
            "The airline has since apologized. \"We fell short of our own standards, and we are "
            "working directly with Ms. Abernathy-Sato to make this right,\" said Donna Kealoha, a "
            "spokeswoman for Cordillera Air."
        ),
        "We fell short of",
        "Donna Kealoha",
        "inverted_named_spokeswoman_for_airline",
    ),
    # 51
    (
        (
            "The drive into Bourke along the Mitchell Highway passes a dozen properties that have not "
            "had a decent crop since 2016. At one gate, on a sheet of corrugated iron wired to the "
            "post, someone has painted in white letters: \"It will rain again. Don't give up on us.\"\n\n"
            "Nobody in town claims the sign. Grazier Doug McNamara-Watts, whose family has run sheep "
            "north of Bourke for four generations, drives past it twice a day. \"Some mornings it "
            "makes me laugh. Some mornings it doesn't,\" he said.\n\n"
            "The local rural financial counsellor, Julie-Anne Brazel, said requests for help had "
            "tripled in a year. Her colleague Tony Papas said farmers often waited too long to ask. "
            "\"By the time they ring us, they've already sold the ewes,\" he said."
        ),
        "It will rain again",
        "",
        "painted_gate_sign_nobody_claims",
    ),
    # 52
    (
        (
            "For three weeks, flowers have been piling up at the foot of a lamp post on Brunswick "
            "Street in Belfast, where Margaret Doherty busked with her accordion every afternoon for "
            "twenty years. She died in her sleep on 2 March, aged 67.\n\n"
            "Among the cards and candles is a note in blue biro on lined paper, signed only with a "
            "small drawn heart: \"You played for me on the worst day of my life and never knew it. "
            "Thank you.\"\n\n"
            "The owner of the café opposite, Spiros Katsaros, said she sometimes came in to warm her "
            "hands on a pot of tea. \"She never let me pay for her, not once. Stubborn woman,\" he "
            "said.\n\n"
            "Her nephew, Paul Doherty, said the family had been overwhelmed. \"We knew she was loved. "
            "We didn't know how much,\" he said. Belfast City Council said the flowers could stay "
            "until the end of the month."
        ),
        "You played for me",
        "",
        "anonymous_note_signed_with_heart",
    ),
    # 53
    (
        (
            "In the back kitchen of a Greek Orthodox church hall in Oakleigh, Eleni Papadopoulou has "
            "been making koulourakia for the Easter fete since 1968. Everyone, including the parish "
            "priest, calls her Yiayia Eleni.\n\n"
            "She is 91 and has 14 grandchildren, two of whom now help her in the kitchen. One of "
            "them, Nick Papadopoulos, a 34-year-old IT consultant, took leave to be there. \"She "
            "doesn't trust the mixer. She trusts her hands, and about six of us to do the lifting,\" "
            "he said.\n\n"
            "Father Dimitrios Karalis said the fete raised $60,000 last year, much of it from the "
            "biscuits. \"Every year someone asks for the recipe, and every year the answer is no,\" he "
            "said.\n\n"
            "The grandmother, flour to her elbows, is asked whether she might finally write it down. "
            "\"When I die, they can have it. Not one day before,\" she says."
        ),
        "When I die, they",
        "Eleni Papadopoulou",
        "yiayia_honorific_grandmother_description",
    ),
    # 54
    (
        (
            "On Belgrave Road in Leicester, the sari shop that Hansa Mistry opened in 1976 is closing "
            "after 43 years. Three generations of brides have bought their wedding saris from her, "
            "and to almost all of them she is Hansaben.\n\n"
            "Her son, Nilesh Mistry, says the business has been losing money since online retailers "
            "arrived. \"People come in, try on six saris, take photographs and buy the cheapest one on "
            "their phone in the car park,\" he said.\n\n"
            "A customer, Dr Priti Chauhan-Shah, bought her own wedding sari there in 1989 and her "
            "daughter's in 2017. She called the closure \"the end of an era on the Golden Mile\".\n\n"
            "Hansaben herself is philosophical. \"I came here from Kampala with two suitcases and a "
            "sewing machine. I have had a good innings, as the English say,\" she said."
        ),
        "I came here from",
        "Hansa Mistry",
        "gujarati_ben_suffix_after_customer_phrase",
    ),
    # 55
    (
        (
            "When a family-owned engineering firm from Baden-Württemberg bought the Glanrhyd pump "
            "works in Merthyr Tydfil in 2012, the workforce expected it to be stripped and closed "
            "within a year. Instead, Brandauer Pumpen has doubled the number of jobs to 340.\n\n"
            "Its owner, Matthias Vogel, visits every month. Workers still call him Herr Vogel, though "
            "he has asked them to use his first name. Shop steward Gethin Pritchard-Evans says it "
            "started as a joke and became a mark of respect. \"He learned the name of everyone on the "
            "floor in six months. The last lot didn't know where the floor was,\" he said.\n\n"
            "Apprentice Ffion Bowen, 19, is one of 40 taken on since 2015. \"My dad worked here before "
            "it nearly shut. Now we both do,\" she said.\n\n"
            "Herr Vogel is puzzled by the fuss. \"In Germany this is normal. You buy a company because "
            "it makes good things, and you keep it making good things. What else would you do with "
            "it?\" he asked."
        ),
        "In Germany this is",
        "Matthias Vogel",
        "german_herr_honorific_after_apprentice",
    ),
    # 56
    (
        (
            "For 52 years, Thérèse Desrochers has sold tourtières and sugar pie from a counter in the "
            "Jean-Talon Market. Her customers call her Madame Desrochers, and some of them have been "
            "doing so since they were children.\n\n"
            "Across the aisle, her former apprentice, Camille Nguyen-Tremblay, opened her own bakery "
            "stall in 2017. The two women have not spoken since, according to the market's manager, "
            "Luc Bélanger. \"It's a cold war, with very good pastry,\" he said.\n\n"
            "Nguyen-Tremblay says she owes her old boss everything. \"She taught me that butter is not "
            "an ingredient, it's a philosophy,\" she said. \"I just wanted my own name over the "
            "counter.\"\n\n"
            "Madame Desrochers, told of this, sniffed. \"So now it is philosophy. She took my recipe "
            "for sugar pie and gave it a new name,\" she said."
        ),
        "So now it is",
        "Thérèse Desrochers",
        "french_madame_rival_she",
    ),
    # 57
    (
        (
            "Every Tuesday night in a demountable classroom behind the primary school at Warrell "
            "Creek, about thirty people sit down to learn the local Aboriginal language. The oldest "
            "is 84, the youngest is four, and the teacher is Aunty Patricia Wallaga.\n\n"
            "Aunty Pat, as everyone calls her, was punished for speaking the language at a mission "
            "school in the 1940s. Her granddaughter, Shakira Wallaga-Tonkin, 23, now teaches "
            "alongside her. \"Nan does the words. I do the PowerPoint,\" she said.\n\n"
            "The school's principal, Geoff Harland, said numbers in the class had doubled in two "
            "years, and several non-Indigenous families had joined. \"The kids don't see it as a "
            "special thing. It's just what happens on Tuesdays,\" he said.\n\n"
            "The elder says she never expected to hear children speak it again. \"They took it off us "
            "with a strap. Now little ones are correcting my pronunciation. That's a good revenge,\" "
            "she says."
        ),
        "They took it off",
        "Patricia Wallaga",
        "aunty_honorific_elder_description",
    ),
    # 58
    (
        (
            "Park Min-seo has run the oldest Korean restaurant on Bloor Street since her parents "
            "retired in 2006. This summer, after the building was sold to a condominium developer, "
            "she will serve her last bowl of galbitang.\n\n"
            "Her father, Park Jong-hoon, opened the restaurant in 1979 with eight tables. Now 81, he "
            "still comes in every morning to check the kimchi. “The kimchi is the restaurant. "
            "Everything else is furniture,” he said.\n\n"
            "The developer, Brightwater Urban, said in a statement that it had offered the family "
            "space in the new building’s retail podium at a reduced rent. City councillor Joanne "
            "Simic-Barnes said she had asked for the heritage value of the block to be assessed.\n\n"
            "Ms. Park says she has thought hard about the offer. She put it this way:\n\n"
            "“A restaurant is not a unit. My parents’ sweat is in those walls, and you can’t move "
            "that into a glass box across the street.”"
        ),
        "A restaurant is not",
        "Park Min-seo",
        "korean_name_paragraph_ends_colon",
    ),
    # 59
    (
        (
            "On a cloudless night in the Murchison, 700 kilometres north of Perth, the sky is so dark "
            "that the Milky Way casts a shadow. Dr Chen Xiaoling has been coming here since 2012, "
            "when she left Beijing to work on a radio telescope that does not look like a telescope "
            "at all: thousands of metal spiders scattered across the red dirt.\n\n"
            "Her colleague, engineer Callum Bridgewater, maintains the antennas. \"A kangaroo chewed "
            "through a cable last month. We lost three days of data to one hungry roo,\" he said.\n\n"
            "Ross Fennimore, whose cattle share the station with the antennas, says he has got used "
            "to scientists. \"They wave at you. The cattle don't,\" he said.\n\n"
            "The astronomer is hunting for the faint signal of hydrogen from the universe's first "
            "billion years. \"We are listening for a whisper from before there were any stars, and the "
            "loudest thing for a hundred kilometres is Callum's ute,\" she said."
        ),
        "We are listening for",
        "Chen Xiaoling",
        "chinese_surname_first_astronomer_description",
    ),
    # 60
    (
        (
            "When Hodan Abdirahman Warsame started a soccer league for girls in the Cedar-Riverside "
            "neighborhood of Minneapolis in 2011, twelve players showed up, and four of them played "
            "in long skirts. This fall, the league has 340 players and a waiting list.\n\n"
            "Her co-founder, Mustafa Ali Farah, a former semiprofessional player in Mogadishu, said "
            "families were wary at first. \"The fathers came to every practice. Not to watch. To "
            "check,\" he said.\n\n"
            "One of the first players, Ayaan, now 19 and studying nursing, remembers the skirts. \"We "
            "kept tripping. Then Hodan bought everybody leggings with her own money,\" she said.\n\n"
            "Ms. Warsame laughs when she hears this. \"It was forty-eight dollars at Target. The best "
            "forty-eight dollars I ever spent,\" she said."
        ),
        "It was forty-eight",
        "Hodan Abdirahman Warsame",
        "somali_name_ms_laughs_after_player",
    ),
    # 61
    (
        (
            "When Krzysztof Wiśniewski arrived in Dublin in 2005 with a spirit level and no English, "
            "he slept for a month on the floor of a flat in Phibsborough shared by eleven men. Today "
            "he employs 60 people, and his company, Biały Orzeł Construction, is building a secondary "
            "school in north Co Dublin.\n\n"
            "His first boss, a Cavan man named Seamus Gaffney, now works for him as a site foreman. "
            "Gaffney said he had hired the Pole on a Monday and made him a foreman by the Friday. “He "
            "measured everything twice and never once complained about the rain,” he said.\n\n"
            "The crash of 2008 almost ended it. Wiśniewski lost every contract he had and went home "
            "to Poland for a winter, while Gaffney went to Australia.\n\n"
            "“I was standing in my mother’s kitchen in Rzeszów, and I thought, I did not learn "
            "English off the radio to give up now. So I came back, and I rang Seamus in Perth,” he "
            "said."
        ),
        "I was standing in",
        "Krzysztof Wiśniewski",
        "polish_name_he_after_two_men",
    ),
    # 62
    (
        (
            "Hendrik van der Meulen came to Canada from Friesland in 1981 with his wife, Anneke, and "
            "enough savings for 40 Holstein heifers. Their farm near Woodstock, Ontario, now milks "
            "420 cows with robots, and he has not milked one by hand in six years.\n\n"
            "Anneke van der Meulen keeps the herd records on a laptop and knows every cow by its "
            "number. \"Number 311 is the troublemaker. She goes through the robot four times a day "
            "hoping for extra feed,\" she said.\n\n"
            "Their son, Jelle, 29, wants to add a cheese plant. A provincial agriculture official, "
            "Dr. Sandra Obiora, said on-farm processing in Ontario had grown by a third since 2014.\n\n"
            "Van der Meulen is not sure. \"Cheese is a different business. Cows you can understand. "
            "Customers, I am still learning,\" he said."
        ),
        "Cheese is a different",
        "Hendrik van der Meulen",
        "sentence_initial_van_der_husband_wife",
    ),
    # 63
    (
        (
            "A Toronto contractor who took deposits from 37 homeowners for renovations he never "
            "started was sentenced Friday to four years in prison. João Pedro Carvalho de Sousa, 52, "
            "had pleaded guilty in Ontario Superior Court to fraud over $5,000.\n\n"
            "Justice Catherine Odhiambo said the homeowners, many of them elderly "
            "Portuguese-Canadians, had been chosen because they trusted him. \"He used their language "
            "and their church to take their savings,\" she said.\n\n"
            "One of the victims, Maria do Céu Ferreira, 78, told the court she had lost $38,000. \"I "
            "gave him my husband's life insurance for a new kitchen. I still cook on the old stove,\" "
            "she said through an interpreter.\n\n"
            "Carvalho de Sousa, given the chance to speak, turned to face the public gallery. \"I am "
            "ashamed. I will pay back every dollar if it takes me the rest of my life,\" he said."
        ),
        "I am ashamed",
        "João Pedro Carvalho de Sousa",
        "portuguese_compound_surname_addresses_court",
    ),
    # 64
    (
        (
            "Members of Cwmdulas Community Council in Powys voted on Monday night to oppose plans for "
            "14 wind turbines on Mynydd Garth-wen, the hill above the village.\n\n"
            "Councillor Dafydd ap Iorwerth, a sheep farmer whose land borders the site, declared an "
            "interest and left the room. The developer, Gwynt Uchel Renewables, has offered the "
            "community £70,000 a year for 25 years, and its project manager, Rebecca Thorne-Lewis, "
            "said the money \"could transform the village\".\n\n"
            "The chair, Eirlys Probert-Hughes, said the council had received 212 letters of objection "
            "and 19 in support. \"We listened, and the village has spoken clearly,\" she said.\n\n"
            "Outside, ap Iorwerth said he regretted the decision but accepted it. \"My grandfather "
            "fought the reservoir, my father fought the forestry, and now I'm on the other side of "
            "the fence from my own neighbours. It's not a nice feeling,\" he said."
        ),
        "My grandfather fought",
        "Dafydd ap Iorwerth",
        "welsh_ap_patronymic_outside_meeting",
    ),
    # 65
    (
        (
            "When Maria Teresa dela Cruz-Santos arrived in Winnipeg in January 2008, it was minus 38 "
            "and she had never seen snow. She had been recruited from a hospital in Iloilo with 19 "
            "other Filipino nurses to work at a long-term care home in the city’s North End.\n\n"
            "Eleven years later, she runs the home’s night shift. Her first supervisor, Brenda "
            "Kowalski, now retired, said she had never worked with anyone faster. “She could turn a "
            "patient, chart it and make the bed before I found my glasses,” she said.\n\n"
            "Dela Cruz-Santos’s husband, Ramon Santos, followed her to Canada in 2010 and now drives "
            "a city bus. Their daughter, Bea, was born in Winnipeg.\n\n"
            "She recalled her first morning walking to work in borrowed boots. “I thought my face was "
            "going to fall off. A stranger stopped his truck and gave me his scarf, and I still have "
            "it,” she said."
        ),
        "I thought my face",
        "Maria Teresa dela Cruz-Santos",
        "filipino_dela_lowercase_recalled",
    ),
    # 66
    (
        (
            "On the night of Feb. 11, 2014, Harjit Singh Dhaliwal’s younger brother, Amarjit, was "
            "killed when his truck slid off the Coquihalla Highway in a snowstorm. He was 26 and had "
            "been driving for eight months.\n\n"
            "Dhaliwal, now 41, has spent five years campaigning for mandatory training for new "
            "commercial drivers in British Columbia. He found an ally in Gurpreet Kaur Sandhu, whose "
            "husband died on the same highway two winters later. “We met at a vigil. We have been "
            "fighting together ever since,” Sandhu said.\n\n"
            "The province announced last week that entry-level training will become mandatory in "
            "October. A spokesperson for the transportation ministry called the change “long "
            "overdue”.\n\n"
            "Sandhu still drives a truck herself, for the company her husband worked for. Dhaliwal "
            "has not been behind the wheel of one since 2014.\n\n"
            "“I sold the rig a month after the funeral. I could not look at it. Now at least the next "
            "boy will get a proper chance,” he said."
        ),
        "I sold the rig",
        "Harjit Singh Dhaliwal",
        "sikh_name_bare_he_after_contrast",
    ),
    # 67
    (
        (
            "In Aleppo, Dr Yasmin al-Rashidi was a consultant paediatrician with twenty years' "
            "experience. In Bradford, for the first three years after she arrived as a refugee in "
            "2015, she worked in a chip shop while she studied for the exams that would let her "
            "practise again.\n\n"
            "She passed the last of them in March. Her tutor on a programme for refugee doctors, Dr "
            "Ian Kettlewell, said she had scored in the top five per cent. \"She was teaching the "
            "other candidates by the end. I was mostly making the tea,\" he said.\n\n"
            "The chip shop's owner, Nadeem Mahmood, kept her shifts flexible around revision. \"Best "
            "worker I ever had, and she could diagnose a customer's rash while she wrapped his "
            "haddock,\" he said.\n\n"
            "Al-Rashidi starts work at a hospital in the city in September. \"Bradford gave me a home "
            "when I had none. Now I can give something back, and I hope I never have to fry another "
            "fish,\" she said."
        ),
        "Bradford gave me",
        "Yasmin al-Rashidi",
        "arabic_al_name_sentence_initial_capital",
    ),
    # 68
    (
        (
            "When an electrical fire gutted the Eastgate Islamic Center in Dayton, Ohio, in March, "
            "its congregation had nowhere to pray during Ramadan. Within a day, the synagogue across "
            "the street had offered its social hall.\n\n"
            "Rabbi Miriam Adler-Stein of Congregation Beth Shalom said the decision took one phone "
            "call. \"Our grandparents were refugees too. You don't need a board meeting for this,\" she "
            "said.\n\n"
            "Imam Abdullahi Jibril, who has led the Eastgate congregation since 2009, said about 200 "
            "people came to the first Friday prayers in the synagogue. A member of the mosque's "
            "board, Khalid Nasser, said some older worshippers had hesitated at the door. \"Then they "
            "saw the rabbi handing out dates,\" he said.\n\n"
            "The imam said he had lain awake thinking about the offer. \"I grew up in Kano, and I "
            "never imagined I would break my fast under a Star of David. God has a sense of humor,\" "
            "he said."
        ),
        "I grew up in",
        "Abdullahi Jibril",
        "imam_title_description_after_other_man",
    ),
    # 69
    (
        (
            "A Geelong man who drove a stolen ride-on lawnmower along the Princes Freeway at 2am has "
            "been fined $3000 and banned from driving for a year. Blake Anthony Trewin-Maher, 23, "
            "pleaded guilty in the Geelong Magistrates' Court to theft, unlicensed driving and "
            "failing to stop for police.\n\n"
            "Leading Senior Constable Mandy Zhou told the court the mower had been clocked at 17 "
            "kilometres an hour with a queue of trucks behind it. Trewin-Maher's lawyer, Sebastian "
            "Oakes, said his client had been drinking at a mate's party and \"thought it was funny at "
            "the time\".\n\n"
            "\"He does not think it is funny now, your Honour. He has lost his apprenticeship,\" Mr "
            "Oakes said.\n\n"
            "Magistrate Rosemary Ferrante-Gill, who said she had sat on the bench for 19 years and "
            "never seen anything like it, was unmoved: \"It is funny until a truck driver doesn't see "
            "you and you are killed, and then it is a tragedy for a lot of people who did nothing "
            "wrong.\""
        ),
        "It is funny until",
        "Rosemary Ferrante-Gill",
        "magistrate_long_subject_colon",
    ),
    # 70
    (
        (
            "A jury at Dublin District Coroner's Court, sitting before the coroner Dr Myles Tuohy, "
            "has returned a verdict of misadventure in the death of a 19-year-old student who fell "
            "from a balcony at a house party in Rathmines. Ciara Nic Aoidh, a second-year engineering "
            "student from Letterkenny, died in hospital two days after the fall in October 2018.\n\n"
            "Pathologist Dr Orla Keating said Ms Nic Aoidh died of head injuries. The balcony railing "
            "was 80 centimetres high, well below the height required under building regulations, "
            "according to a report by consulting engineer Francis Lally.\n\n"
            "Her mother, Bríd Nic Aoidh, told the inquest the family wanted the rules enforced on "
            "older buildings. \"Ciara leaned on a railing. That's all she did. A railing should hold a "
            "person,\" she said.\n\n"
            "The coroner said he would write to the Minister for Housing. \"This is not the first "
            "inquest I have heard into a fall from a substandard balcony, and I fear it will not be "
            "the last,\" he told the jury."
        ),
        "This is not the",
        "Myles Tuohy",
        "coroner_named_early_irish_inquest",
    ),
    # 71
    (
        (
            "For 27 years, the death of Yvonne Castleton-Bryce, a 34-year-old mother of two found in "
            "a canal in Walsall in 1991, was recorded as an open verdict. On Friday her former "
            "partner, Dennis Hadlow, 68, was convicted of her murder at Birmingham Crown Court.\n\n"
            "The case was reopened in 2016 by Detective Sergeant Anjali Varghese of West Midlands "
            "Police, who had been a child when Ms Castleton-Bryce died. Her team traced a witness who "
            "had emigrated to New Zealand and retested a cardigan kept in an evidence store.\n\n"
            "Ms Castleton-Bryce's son, Liam, who was seven when his mother died, said the family had "
            "never stopped asking questions. \"I grew up being told she'd had too much to drink and "
            "fallen in. I never believed it,\" he said.\n\n"
            "Judge Nicholas Pemberton-Rowe will sentence Hadlow next month.\n\n"
            "\"No family should have to wait twenty-seven years for the truth, but I'm glad Liam and "
            "his sister finally have it,\" said the detective."
        ),
        "No family should have",
        "Anjali Varghese",
        "detective_description_inverted_at_distance",
    ),
    # 72
    (
        (
            "Residents of Maple Hollow, a subdivision in suburban Boise, Idaho, spent two summers "
            "complaining about the smell from a nearby composting plant before learning that city "
            "staff had known about the problem since 2016.\n\n"
            "In an email obtained through a public records request, the city's environmental "
            "compliance manager, Gordon Pryzbylewski, wrote to a colleague: \"We are going to have a "
            "real problem out there when the houses fill up. The permit was never designed for this "
            "many neighbors.\"\n\n"
            "Homeowners' association president Lisa Castellano-Marsh said the email confirmed what "
            "residents had suspected. \"They knew, and they let people buy houses anyway,\" she said.\n\n"
            "The plant's operator, GreenCycle Organics, said it had installed new filters. A city "
            "spokeswoman, Tamika Reyes, said Pryzbylewski had retired and that the city would review "
            "the permit."
        ),
        "We are going to",
        "Gordon Pryzbylewski",
        "email_named_author_wrote_colon",
    ),
    # 73
    (
        (
            "A post on a community Facebook page has led to the return of a war medal stolen from a "
            "Hobart house in a burglary thirty years ago.\n\n"
            "Rhys Oakden-Blythe found the Military Medal in a shoebox while clearing out his late "
            "uncle’s garage in Launceston last month. Engraved on its rim was the name of Private "
            "Thomas McGillivray. He photographed it and posted the picture to a Tasmanian history "
            "group. “Found this going through my uncle’s things. Pretty sure it doesn’t belong to us. "
            "Anyone know a McGillivray family?” he wrote.\n\n"
            "Within four hours the post had been shared 2,000 times, and Anne McGillivray-Price, the "
            "soldier’s granddaughter, had seen it at her kitchen table in Hobart. “I screamed. My "
            "husband thought I’d cut myself,” she said.\n\n"
            "Tasmania Police said they could find no record of the original burglary. Oakden-Blythe "
            "said his uncle had been “a bit of a magpie” but, as far as he knew, not a thief."
        ),
        "Found this going through",
        "Rhys Oakden-Blythe",
        "facebook_post_named_author",
    ),
    # 74
    (
        (
            "Port Aubrey town council voted 5-2 on Tuesday to let residents keep up to four hens in "
            "their backyards, ending a debate that ran through three public meetings and one escaped "
            "rooster.\n\n"
            "Councillor Wendell Fougère, who voted against, had called the bylaw \"an invitation to "
            "rats\". Deputy Mayor Siobhan MacNeil-Oduya answered him directly: \"Rats are already here, "
            "Wendell. They're living on the bread people throw at the ducks. The hens are not the "
            "problem.\"\n\n"
            "Tom Arsenault, 11, who spoke at every meeting, said he would name his first hen after "
            "the deputy mayor. His mother, Colleen, said the family had already bought a coop. \"He's "
            "been reading chicken books since September. I'm relieved, honestly,\" she said.\n\n"
            "The bylaw takes effect in April."
        ),
        "Rats are already here",
        "Siobhan MacNeil-Oduya",
        "phrase_quote_then_reply_colon_first_name_address",
    ),
    # 75
    (
        (
            "More than 500 people lined the beach at Coolum on Saturday to farewell Michael "
            "Brannigan, who patrolled the flags there every summer for 54 years and is credited with "
            "more than 300 rescues. He died last week, aged 77.\n\n"
            "Club president Jodie Kerrigan-Walsh said the club would name its new rescue boat after "
            "him. \"He trained three generations of us. Half the people on this sand learned to swim "
            "because Mick yelled at them,\" she said.\n\n"
            "His oldest friend, Ray Tolhurst, 79, swam beside him in the 1962 state titles and spoke "
            "at the service. He talked about the day in 1974 when the pair pulled eleven people from "
            "a rip in under an hour.\n\n"
            "“Mick never once talked about that day. I’ve told the story a thousand times, and he’d "
            "just walk off to get a pie,” he said.\n\n"
            "Brannigan is survived by his wife, Deirdre, four children and nine grandchildren."
        ),
        "Mick never once talked",
        "Ray Tolhurst",
        "name_inside_quote_not_speaker",
    ),
    # 76
    (
        (
            "For eleven summers, Professor Alistair Guthrie-Rendall and his wife, Dr Ingrid Rendall, "
            "have spent July in a field on Sanday, in Orkney, digging up a Neolithic village that a "
            "storm uncovered in 2007.\n\n"
            "He runs the dig; she runs the finds tent, where everything from a flint scraper to a "
            "whalebone comb is washed, bagged and logged. Volunteers come from as far away as Japan. "
            "One of them, Kenji Morimoto, a retired schoolteacher from Osaka, has come six times. \"In "
            "Japan I am old. Here I am useful,\" he said.\n\n"
            "This year the team found a carved stone ball, one of only a handful found outside "
            "Aberdeenshire. Guthrie-Rendall called it \"the find of my career\", though he admits he "
            "has said that before.\n\n"
            "The farmer who owns the field, Magnus Flett, lets them dig for nothing. \"They fill the "
            "holes in. That's all I ask,\" he said.\n\n"
            "In the finds tent, his wife is less excitable. \"Every year he finds the find of his "
            "career. I just write down the number and put it in a bag,\" she says."
        ),
        "Every year he finds",
        "Ingrid Rendall",
        "his_wife_after_farmer_he",
    ),
    # 77
    (
        (
            "Six months after a stalled tropical storm dropped 30 inches of rain on Calhoun Creek, a "
            "town of 4,000 in southeast Texas, about a third of its homes are still empty.\n\n"
            "County Judge Ramona Villarreal-Biggs, the county's top elected official, said the county "
            "had received $2.1 million of the $14 million in federal aid it had applied for. "
            "Residents, she said, were \"running out of patience and running out of savings.\"\n\n"
            "Retired welder Otis Greenleaf, 72, has been living in a camper in his driveway since "
            "September. \"The camper's fine. It's the waiting that's killing me,\" he said.\n\n"
            "A FEMA spokesman said applications were being processed \"as quickly as the law allows.\"\n\n"
            "Villarreal-Biggs said she had written to both of the state's senators, adding: \"I am not "
            "asking for a favor. I am asking for the money Congress already voted for, before these "
            "people give up and leave for good.\""
        ),
        "I am not asking",
        "Ramona Villarreal-Biggs",
        "adding_colon_county_judge_title",
    ),
    # 78
    (
        (
            "A twelve-year dispute over a row of leylandii in a cul-de-sac in Solihull has ended with "
            "the trees being cut down to two metres, after the council served a high-hedge notice on "
            "their owner.\n\n"
            "Retired engineer Bernard Fazakerley, 79, planted the trees in 1994 \"for a bit of "
            "privacy\". His neighbour, Deepa Raghunathan, said they had grown to eleven metres and "
            "blocked all the light from her kitchen. \"I've been cooking under a lamp in July for ten "
            "years,\" she said.\n\n"
            "Mr Fazakerley said he was sad to see them go but would not appeal. \"I only wanted a "
            "hedge. I didn't plan on a forest,\" he said.\n\n"
            "Solihull Council said the notice was only the fourth it had issued since 2010. Another "
            "resident of the close, who asked not to be named, said the whole street had taken sides. "
            "\"Christmas cards stopped. People crossed the road. It was like the Cold War over a "
            "hedge,\" she said."
        ),
        "Christmas cards stopped",
        "resident",
        "unnamed_resident_asked_not_named",
    ),
    # 79
    (
        (
            "The looms at the Glencarrig tweed mill in west Donegal have been running since 1896, "
            "through two world wars, the collapse of the Irish textile trade and, in 2011, a fire "
            "that destroyed the dye house.\n\n"
            "The mill is now run by Gráinne Mac Fhionnlaoich, the great-granddaughter of its founder, "
            "and her business partner, Jonas Lindahl, a Swedish designer who came to Donegal on "
            "holiday in 2009 and never went home. Lindahl said orders from Japan had trebled in three "
            "years. \"They understand that a thing can take time to make,\" he said.\n\n"
            "The mill's oldest weaver, Packie Boyle, 74, has worked there since he was fifteen and "
            "has trained eight apprentices in the last five years. \"The young ones are quicker than I "
            "was. Don't tell them,\" he said.\n\n"
            "As Mac Fhionnlaoich put it: \"Everyone said tweed was finished. We just didn't listen, "
            "because we were too busy weaving it.\""
        ),
        "Everyone said tweed",
        "Gráinne Mac Fhionnlaoich",
        "as_she_put_it_colon_irish_mac",
    ),
    # 80
    (
        (
            "Tamsin O'Loughlin-Reyes grew up on a cattle station 200 kilometres from Longreach with "
            "no television and one radio station. At 26 she has just won three Golden Guitars at "
            "Tamworth, and her second album went to number one in its first week.\n\n"
            "Her father, Sean O'Loughlin, still runs the station. He drove eleven hours to Tamworth "
            "for the awards and left before the after-party. \"Cattle don't feed themselves because "
            "your daughter's famous,\" he said.\n\n"
            "Producer Marcus Webb-Thornton, who signed her after hearing a demo recorded in a "
            "shearing shed, says she writes faster than anyone he has worked with. \"She'll write "
            "three songs on a Tuesday and throw two of them away, and they'll both be better than "
            "most people's singles,\" he said.\n\n"
            "The album's title track, \"Dust on the Windscreen\", is about leaving home. \"Every time I "
            "drive out the station gate, Dad stands there till I'm out of sight. I wrote it for him, "
            "but I've never been able to sing it with him in the room,\" she said."
        ),
        "Every time I drive",
        "Tamsin O'Loughlin-Reyes",
        "song_title_phrase_then_statement_she",
    ),
]
