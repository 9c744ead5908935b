"""Eighty made-up passages for quotation attribution, written blind (twelfth set).

Online news from US, UK, Canadian and Australian regional and national papers and news sites, and
community-written Wikinews-style reports, 2005-2020.

Every passage, name, organisation and event below was invented for this file by someone who had read
only the annotation README (its "What a row is" and "Columns" sections) and the opening lines of an
earlier case file for its layout, never the tool's source, tests, benchmarks or annotated data. Real
countries, states, provinces, cities, towns, roads and rivers, courts, police forces, agencies, outlets
and well-known bodies (the Bureau of Meteorology, ABC Radio Adelaide, CBC News, CTV Ottawa, CP24, KTVB,
La Presse, Le Droit, Maclean's, Rolling Stone, the Tulsa World, the News Journal, the Courier-Mail, the
Illawarra Mercury, the Geelong Advertiser, the Daily Advertiser, the Yorkshire Post, the Northern Echo,
the Scotsman, the Daily Mirror, BBC Radio 4's Today programme, BBC Wales, BBC Midlands Today, Manchester
and Worcester Crown Courts, Durham Constabulary, West Midlands, Bedfordshire, Dyfed-Powys and West
Mercia police, the RCMP, the Country Fire Authority, the Rural Fire Service, the Transportation Safety
Board, Health Canada, the Bureau of Land Management, the 9th U.S. Circuit Court of Appeals, the
Department for Education, the Department of Veterans' Affairs, the Air Accidents Investigation Branch,
the Minor Planet Center, the World Health Organization, Hot Docs, the Junos, JAMA Oncology, BMC Public
Health, Geophysical Research Letters and Wildlife Research) appear only as background; the people and
most organisations are fictional, and no event is a real one.

The passages imitate online news as it reaches a teaching pack's users: US, UK, Canadian and Australian
regional and national papers and news sites, and Wikinews-style community reports with a date line, from
2005 to 2020. Politics and campaigns (a Canadian MP's apology, a by-election hustings row, a governor's
State of the State address, an Iowa rally, a Wollongong-area debate, a retiring independent, a shire
election, a Commons debate on puppy imports, a Senate estimates hearing, a senator's silence on a
veterans' bill, a state education minister under fire); courts and crime (an arson sentencing, a murder
trial's text messages, a contractor's fraud, a federal acquittal in Tulsa, an exoneration in Atlanta, a
grazing-permit appeal, a canal death in Walsall, a cash-machine robbery, a North York shooting, a
dangerous-driving verdict, dormant accounts at a credit union); public health (measles at a church camp,
a MERS case, a cough-syrup recall, an emergency-room death, a maternity ward closure, an ambulance
inquest, dental waiting lists, an ovarian cancer test); science studies and their authors (koalas in
heatwaves, walking to school, salt in coastal wells, an amateur's comet); culture and obituaries (a folk
singer, a Dundee painter, a Geelong radio host, a documentary, a play, a Footscray restaurant, a
cancelled tour, a viral fiddler); and local disputes (a dog run, a footpath fence, bus routes, a tower
block, a pedestrianised high street, a school building's sale, a logo, a wooded parcel, a bank closure,
an estate's heating, a homeless camp).

Two to five people or bodies speak in a passage. Quotations are taken from other outlets (told ABC Radio
Adelaide, Rolling Stone, Maclean's, the Yorkshire Post, the Northern Echo, KTVB, the Daily Mirror, Le
Droit, BBC Radio 4's Today programme, Wikinews), from social media (a tweet, a police Facebook post, an
Instagram announcement, an anonymous Twitter user, a councillor's Facebook post), letters (one read
aloud by a trustee, one to the editor), a memo, a staff email seen by a newspaper, reports (an auditor
general's, a think tank's), studies (a lead author on the radio and in a news release, "the authors
write", a journal editorial), a judge's written opinion, a memoir, a theatre programme note, a victim
statement read by a prosecutor, a text message read to a jury, and speeches (a State of the State
address, a convocation address, a rally, a Westminster Hall debate). Attribution comes after the
quotation, before it with a colon ("told Whitworth:", "wrote on Twitter:", "she replied:", "Mr
Castellano added:"), with no reporting verb at all (a colon after a sentence about the speaker, a
quotation standing alone after a paragraph about her, a lede quotation followed by "That's the verdict
of" and "The warning came Tuesday from"), inside a split quotation (first and second halves chosen), and
not at all in paragraphs that continue an unclosed quotation (the second and the third paragraph of a
run chosen). Two quotations contain a nested quotation (a mother quoting her son, a lawyer quoting a
judge). A person is often named between the speaker and the quotation (a rival's caucus and a party
whip, a grandmother, a brother, a husband, a firefighter thanked, a co-host, a trawler-skipper
grandfather), and several passages have people sharing a surname (a father and son both called Frank
Russo, ranching brothers, a married couple named by given names, two councillors Kelly "no relation", a
painter and his son, a restaurateur and her mother and husband, a man and his daughter, a defendant and
his brother, an exoneree and his mother).

Later mentions use surnames, given names, titles ("Dr Vos", "Ms Ashdown", "Mr Castellano"), roles ("the
senior investigating officer", "the health officer", "the minister", "the younger Russo", "the
department"), pronouns and "the official". Unnamed people and groups speak as protesters chanting, a
senior Labour source, a senior administration official, a source close to an investigation, a resident
of a named street, a jury foreman, a neighbour, a family friend, an anonymous Twitter user, a company
spokeswoman, a fire service spokesman, a senator's spokesperson, a hospital chief executive, a mother
who gave only her first name, a family's statement and the families of three cyclists. Organisations and
documents speak by name: a police force, a railway, a hospital, a union, a residents' association, a
think tank's report, a federal department and the WHO. Five quotations have no identifiable source (a
bedsheet on a plant fence, T-shirts at a teachers' strike, graffiti on a councillor's window, a headline
under which a video was shared, lawn signs) and take an empty speaker, and many chosen quotations sit
next to quoted phrases in the narration ("a cop-out.", "deeply ashamed", "ghost campaign", "probably 30
times.", "Lisa! Lisa!", "a job killer.", a nickname in quotation marks).

Names include hyphenated surnames, a "Jr." and a "Sr.", French-Canadian, Inuit, Welsh, Vietnamese,
Italian, Polish, Ukrainian, Scandinavian, Nigerian, Indian, Pakistani and Māori-English double names,
titles and ranks that the answer leaves out (Gov., Sen., Coun., Councillor, Judge, Justice, Dr, Dr.,
Professor, Sir, Pastor, Sgt., Det. Sgt., Senior Sergeant, Detective Inspector, Detective Chief
Inspector, Cpl.), and roles before names ("Selectboard Chair", "Lead author", "shadow education
secretary", "senior coroner", "department secretary", "General manager", "Transit advocate", "Moyne
Shire mayor").

Each case is a tuple (passage, first_words_of_chosen_quote, speaker, label), written to the case format
and speaker convention set out once in ``test_attribution_cases.py``.

First run: 60 of 80 right (0.75), on 2026-12-03, before any rule was written from these passages;
rules written from the misses then brought 67 right. The 13 still wrong are marked as expected
failures, each with its reason, in ``test_attribution_cases.py``. The writer saw, by a search for the
line "First run", one line of set 10's docstring beyond what the brief allowed, and says so."""

CASES = [
    # 1
    (
        (
            "BRATTLEBORO, Vt. — A plan to fence off part of Westgate Park for a dog run drew more than 60 "
            "residents to Monday's selectboard meeting, where the board voted 3-2 to put off a decision "
            "until spring.\n\n"
            "Selectboard Chair Eleanor Pruitt-Haynes said she had received more email about the dog run "
            "than about the town budget. \"I've been on this board for nine years, and I have never seen "
            "people this worked up over 4,000 square feet of grass,\" she said. \"Half of them want it "
            "yesterday and half of them want it nowhere near the ball fields.\n\n"
            "\"What we owe everyone is a plan that says who pays for the fence, who cleans up after the "
            "dogs and who answers the phone when something goes wrong.\"\n\n"
            "Tom Giancarlo, who walks two retrievers in the park each morning, called the delay \"a "
            "cop-out.\" Another resident, Marcy Dunne, told the board her grandchildren play on the lawn "
            "the run would take over.\n\n"
            "The board will take up the proposal again on March 4."
        ),
        "What we owe everyone",
        "Eleanor Pruitt-Haynes",
        "continuation_paragraph_after_open_quote",
    ),
    # 2
    (
        (
            "A man who set fire to his former partner's car while she and her two children slept yards "
            "away has been jailed for five years.\n\n"
            "Dean Whitworth, 34, of Partington, admitted arson being reckless as to whether life was "
            "endangered when he appeared at Manchester Crown Court last month.\n\n"
            "The court heard that Whitworth poured petrol over the bonnet of Kerry Ashdown's Vauxhall "
            "Corsa shortly after 2am on 14 August. The flames spread to a wheelie bin and scorched the "
            "front door of the house in Moorside Road.\n\n"
            "In a statement read to the court, Ms Ashdown said she still woke at the sound of every "
            "passing car. Whitworth's barrister, Nadeem Qureshi, said his client was \"deeply ashamed\" and "
            "had been drinking heavily since the couple split.\n\n"
            "Sentencing him on Friday, Judge Margaret Ellison-Reeve told Whitworth: \"You gave no thought "
            "at all to the children asleep upstairs. It was luck, and nothing else, that nobody was "
            "hurt.\""
        ),
        "You gave no thought",
        "Margaret Ellison-Reeve",
        "judge_told_defendant_colon_sentencing",
    ),
    # 3
    (
        (
            "Koalas in the Mount Lofty Ranges are spending up to a third more time on the ground during "
            "heatwaves than they did a decade ago, according to a study by researchers at Southern Ranges "
            "University.\n\n"
            "The team fitted GPS collars to 41 koalas between 2014 and 2018 and matched their movements "
            "against Bureau of Meteorology temperature records. The findings were published this week in "
            "the journal Wildlife Research.\n\n"
            "Lead author Dr Harriet Vos told ABC Radio Adelaide the animals appeared to be coming down in "
            "search of water. \"When it gets above 40 degrees they simply can't get enough moisture out of "
            "the leaves, so they go looking for a dam or a dog's water bowl, and that's when they get hit "
            "by cars or taken by dogs,\" Dr Vos said.\n\n"
            "Her co-author, Professor Sam Okonkwo, said councils should take note. \"We've been thinking "
            "about koala habitat as trees,\" he said. \"It turns out the ground between the trees matters "
            "just as much.\""
        ),
        "When it gets above",
        "Harriet Vos",
        "study_lead_author_told_radio_station",
    ),
    # 4
    (
        (
            "OTTAWA — Conservative MP Dale Kowalchuk has apologized for a tweet in which he appeared to "
            "mock a Liberal colleague's accent during a committee hearing on rural broadband.\n\n"
            "The post, published late Tuesday and deleted about an hour later, quoted a line from Liberal "
            "MP Anita Desrosiers-Mohan's questioning of a telecom executive and added three laughing "
            "emoji.\n\n"
            "On Wednesday morning, after criticism from Desrosiers-Mohan's caucus and from his own "
            "party's whip, Bev Larocque, Kowalchuk wrote on Twitter: \"I was wrong to post what I did last "
            "night about my colleague from Laval. I have apologized to her personally, and I apologize "
            "here to anyone I offended.\"\n\n"
            "Desrosiers-Mohan told CBC News she accepted the apology but called the episode \"a reminder "
            "of what francophone members deal with every week.\""
        ),
        "I was wrong to",
        "Dale Kowalchuk",
        "tweet_colon_after_passing_mentions",
    ),
    # 5
    (
        (
            "Ruth Anne Calloway, the folk singer whose 1971 album Tin Roof Hymns sold more than a million "
            "copies and who later spent three decades teaching music in Asheville public schools, died "
            "Sunday at her home in Weaverville, N.C. She was 78.\n\n"
            "Her daughter, Josie Calloway-Marsh, said the cause was complications of pneumonia.\n\n"
            "Calloway walked away from the recording industry in 1979, at the height of her fame, and "
            "rarely discussed the decision. She explained it to Rolling Stone in a 1994 interview. “The "
            "records were the least of it. What I loved was a room full of people singing the chorus back "
            "at me, and it turned out I could get that every morning in a fourth-grade classroom,” she "
            "said.\n\n"
            "“She never once played us her own records,” her daughter said. “We found out she was famous "
            "from the kids at school.”\n\n"
            "Calloway is survived by her daughter, two sons and five grandchildren."
        ),
        "The records were the",
        "Ruth Anne Calloway",
        "obituary_old_magazine_interview_she_said",
    ),
    # 6
    (
        (
            "WELLAND, Ont. — Workers arriving for the morning shift at the Niagara Tube and Wire plant on "
            "Monday found the gates chained and a notice from the company's receiver taped to the guard "
            "hut.\n\n"
            "By noon about 150 people had gathered outside. A bedsheet tied to the fence carried the "
            "words \"We built this town and you locked us out.\" in red spray paint.\n\n"
            "Gord Mercier, president of Steel and Allied Workers Local 412, said members had not been "
            "paid for two weeks. \"Nobody from the company has called us, and nobody from the receiver has "
            "called us. We found out from a piece of paper,\" he said.\n\n"
            "The receiver, Dunmore Advisory Inc., said in a statement that it was \"assessing all options\" "
            "for the business and would meet union representatives on Thursday."
        ),
        "We built this town",
        "",
        "bedsheet_sign_no_maker",
    ),
    # 7
    (
        (
            "HOBART — About 800 nurses, paramedics and hospital cleaners marched from the Royal Hobart "
            "Hospital to Parliament House on Thursday, demanding more beds and a pay rise above the state "
            "government's offer of 2 per cent.\n\n"
            "As Health Minister Greg Tolliday's car turned into the parliamentary car park, the "
            "protesters chanted: \"Staff the beds, fix the wards!\"\n\n"
            "Health Workers Alliance state secretary Lorna Faulkner told the rally the offer was \"an "
            "insult dressed up as a budget line\". \"Our members are doing double shifts in corridors. They "
            "are not asking for a miracle, they are asking to be allowed to do their jobs,\" she said.\n\n"
            "Mr Tolliday later told reporters the offer was \"fair and responsible\" and that talks would "
            "resume next week."
        ),
        "Staff the beds",
        "protesters",
        "crowd_chant_colon",
    ),
    # 8
    (
        (
            "The Liberal Democrats have accused Labour of running a \"ghost campaign\" in the Holme Valley "
            "by-election after its candidate, Rachel Ormerod, missed a third hustings in a week.\n\n"
            "Lib Dem candidate Peter Sowerby said voters deserved better. \"You can't ask people for their "
            "trust and then refuse to stand in a church hall and answer their questions,\" he said.\n\n"
            "Labour said Ms Ormerod had been at a hospital visit arranged weeks earlier and would attend "
            "Thursday's debate in Honley. But a senior Labour source told the Yorkshire Post: \"There's a "
            "nervousness at the top about putting her in front of a hostile room, and frankly it's "
            "showing.\"\n\n"
            "Conservative candidate Giles Farrant declined to comment on his rivals. Polling day is 19 "
            "November."
        ),
        "There's a nervousness",
        "Labour source",
        "unnamed_party_source_told_newspaper_colon",
    ),
    # 9
    (
        (
            "TORONTO — The head of the Lakeshore Regional Health Network has told staff the network will "
            "cut 120 administrative positions by March, according to an internal memo obtained by the "
            "Star.\n\n"
            "In the memo, sent Monday evening, president and chief executive Catherine Ngata-Bellamy "
            "wrote: \"None of these decisions were easy, and none of them reflect on the work of the "
            "people affected. We are asking every department to find savings, and the senior team is no "
            "exception.\"\n\n"
            "Mark Dzialo, who represents clerical staff for the Allied Health Employees Union, said the "
            "news came as a surprise. \"We were told in September there would be no layoffs this fiscal "
            "year,\" he said.\n\n"
            "A network spokesperson, Irene Faulds, said no front-line nursing positions would be "
            "affected."
        ),
        "None of these decisions",
        "Catherine Ngata-Bellamy",
        "memo_named_author_wrote_colon",
    ),
    # 10
    (
        (
            "Parents packed Tuesday night's meeting of the Tidewater Regional School Board in "
            "Bridgewater, N.S., to oppose a plan to cut three rural bus routes next fall.\n\n"
            "Trustee Alan Beattie, who represents the Chester district, read aloud a letter from Doris "
            "Penhaligon, an 84-year-old widow whose granddaughter rides the No. 14 bus from New Ross. \"My "
            "granddaughter has ridden that bus for six years. If the route goes, she will be standing at "
            "the end of a gravel road at seven in the morning in January, and I cannot drive her,\" the "
            "letter said.\n\n"
            "Board chair Simone Arsenault said no decision had been made. \"We are listening, and that is "
            "what tonight is for,\" she said.\n\n"
            "The board is expected to vote on the transportation plan in February."
        ),
        "My granddaughter has ridden",
        "Doris Penhaligon",
        "letter_read_aloud_by_trustee",
    ),
    # 11
    (
        (
            "CALGARY — City council voted 9-6 on Monday to press ahead with the first stage of the "
            "Southline light rail project, despite a revised cost estimate of $5.2 billion.\n\n"
            "Ward 9 Coun. Brenda Tollefson, who voted against, said her objection was to the price rather "
            "than the train. \"It was never about whether we build it,\" Tollefson said after the vote. \"It "
            "was about whether we can afford to build it the way it's been drawn.\"\n\n"
            "Mayor Doug Leclair called the vote \"a generational decision\" and said the city would ask the "
            "province to cover a larger share.\n\n"
            "Transit advocate Nadia Farouk, who watched from the gallery, said she was relieved. \"People "
            "in the southeast have been waiting 30 years for this,\" she said."
        ),
        "It was about whether",
        "Brenda Tollefson",
        "split_quote_second_half",
    ),
    # 12
    (
        (
            "PROVIDENCE, R.I. — After 61 years, Russo’s Bakery on Atwells Avenue will bake its last loaf "
            "on Saturday.\n\n"
            "Frank Russo Sr., 86, opened the shop with his late wife, Carmela, in 1958. Their son, Frank "
            "Russo Jr., has run the ovens since 1990 and made the decision to close.\n\n"
            "“My father worked seven days a week for 30 years. I’ve done it for almost 30 myself, and my "
            "kids have their own careers, which is what we always wanted for them,” the younger Russo "
            "said Tuesday, sliding a tray of pepper biscuits out of the oven.\n\n"
            "His father, sitting at a table by the front window, was more philosophical. “Everything "
            "closes sometime. We had a good run,” he said.\n\n"
            "Customers have lined up around the block since the closing was announced. One regular, "
            "Angela DiPrete, said she had bought her wedding cake there in 1972."
        ),
        "My father worked seven",
        "Frank Russo Jr.",
        "father_and_son_same_name_the_younger",
    ),
    # 13
    (
        (
            "The mother of a 19-year-old who died when his motorbike hit a lorry on the A66 near Bowes "
            "has said she will campaign for tougher training for young riders.\n\n"
            "Connor Hartley, from Barnard Castle, died at the scene on 3 May. The lorry driver, a "
            "52-year-old man from Carlisle, was not hurt.\n\n"
            "Speaking to the Northern Echo, Julie Hartley said her son had called her an hour before the "
            "crash. \"He rang me from the garage and said, 'Mam, I'll be back for tea, don't wait up if "
            "I'm late.' That was the last thing he ever said to me.\"\n\n"
            "Sergeant Paul Lightfoot, of Durham Constabulary's roads policing unit, said inquiries were "
            "continuing. \"We would still like to hear from anyone with dashcam footage of the westbound "
            "carriageway,\" he said."
        ),
        "He rang me from",
        "Julie Hartley",
        "nested_quote_mother_quotes_son",
    ),
    # 14
    (
        (
            "LLANIDLOES — When the Cambrian Building Society closes its branch on Great Oak Street next "
            "month, the town will be left without a bank or building society for the first time since "
            "1863.\n\n"
            "Gwen Talbot has kept her savings there since she opened an account as a 12-year-old in 1951. "
            "At 80, she does not drive, and the nearest remaining branch is in Newtown, a half-hour bus "
            "ride away.\n\n"
            "\"I don't do computers, and I'm not going to start now. They might as well tell me to do my "
            "banking on the moon.\"\n\n"
            "The society said in a statement that 87 per cent of the branch's customers already used "
            "online or telephone banking and that a mobile branch would visit the town every Thursday.\n\n"
            "County councillor Aled Pryce said he had written to the society's chief executive, Martin "
            "Oakes, asking him to think again."
        ),
        "I don't do computers",
        "Gwen Talbot",
        "standalone_quote_after_profile_paragraph",
    ),
    # 15
    (
        (
            "Detectives investigating the death of a 23-year-old man whose body was found in a canal in "
            "Walsall have made a fourth arrest.\n\n"
            "At a press conference on Thursday, Detective Chief Inspector Sunita Bhogal said officers "
            "were keeping an open mind about how Kyle Fenwick came to be in the water. She urged anyone "
            "who had been on the towpath near Birchills between 10pm and midnight on Saturday to contact "
            "West Midlands Police.\n\n"
            "\"Someone will have seen Kyle that night, and someone will have heard something. It might "
            "seem small to you, but it could be the piece we need,\" the senior investigating officer "
            "said.\n\n"
            "A 19-year-old man and two women, aged 20 and 22, who were arrested earlier in the week have "
            "been released on bail.\n\n"
            "In a statement released through police, Mr Fenwick's family described him as \"the life and "
            "soul of every room\"."
        ),
        "Someone will have seen",
        "Sunita Bhogal",
        "role_noun_after_named_paragraph",
    ),
    # 16
    (
        (
            "CHEYENNE, Wyo. — Gov. Marian Holcomb used her final State of the State address on Monday to "
            "urge lawmakers to set aside $40 million for a fund to retrain coal miners and power-plant "
            "workers.\n\n"
            "\"The mines that built this state are not coming back in the numbers they once did, and "
            "pretending otherwise is not kindness,\" Holcomb told a joint session of the Legislature. \"Our "
            "job is to make sure the people who worked them are not left standing in the dust.\"\n\n"
            "House Majority Leader Rick Stoddard, a Gillette Republican, said after the speech that the "
            "fund was \"a conversation worth having\" but that he was worried about the price tag.\n\n"
            "Senate Minority Leader Ana Villalobos, a Laramie Democrat, welcomed the proposal. \"It's "
            "about time somebody in that office said it out loud,\" she said."
        ),
        "The mines that built",
        "Marian Holcomb",
        "speech_split_told_joint_session",
    ),
    # 17
    (
        (
            "Tuesday, October 11, 2016\n\n"
            "Ballots for the Hepburn Shire Council election in Victoria, Australia, are due back by "
            "October 21. Wikinews spoke with Priya Raman-Scott, one of eleven candidates standing for "
            "three seats in the shire’s Creswick Ward.\n\n"
            "Raman-Scott, a 41-year-old pharmacist who moved to Creswick from Melbourne in 2009, is "
            "standing as an independent. She said the council had spent too long debating a new aquatic "
            "centre and not enough time on its roads.\n\n"
            "Asked what she would do first if elected, Raman-Scott told Wikinews: “The first thing I "
            "would do is ask for a full list of every road repair request that has been sitting "
            "unanswered for more than a year, and publish it.”\n\n"
            "Another candidate, sitting councillor Geoff Brannigan, declined to be interviewed but said "
            "in an email that the aquatic centre was “long overdue”."
        ),
        "The first thing I",
        "Priya Raman-Scott",
        "asked_then_told_wikinews_colon",
    ),
    # 18
    (
        (
            "EDMONTON — Alberta's transportation ministry cannot say how many of its bridges are overdue "
            "for inspection, the province's auditor general has found.\n\n"
            "Auditor General Margaret Lysenko's annual report, tabled in the legislature on Wednesday, "
            "examined the ministry's inspection records for 2014 to 2017. \"The ministry does not know how "
            "many of the 2,400 bridges it is responsible for are overdue for inspection, and it has no "
            "system that would tell it,\" the report says.\n\n"
            "Transportation Minister Dale Hruska said the department had already begun moving its records "
            "into a single database. \"We accept every one of the recommendations,\" he told reporters.\n\n"
            "Opposition critic Shauna Petrakis said the findings were \"alarming\" and called for an "
            "independent review of the province's highest-risk crossings."
        ),
        "The ministry does not",
        "Margaret Lysenko",
        "report_with_named_author_says",
    ),
    # 19
    (
        (
            "SYDNEY — One in four Australians who need to see a dentist put it off because of the cost, "
            "according to a report released on Monday by the Harcourt Institute.\n\n"
            "The Melbourne-based think tank analysed survey responses from more than 12,000 adults and "
            "found that people on low incomes in regional areas waited longest for public dental care, an "
            "average of 21 months in some states.\n\n"
            "\"Without a change in how dental care is funded, the people who most need treatment will keep "
            "ending up in hospital emergency departments instead,\" the report says.\n\n"
            "Dr Michael Saunders, president of the Dental Practitioners Council, said the findings "
            "matched what his members saw every day. A spokeswoman for the federal Health Minister said "
            "the government was \"considering the report carefully\"."
        ),
        "Without a change in",
        "Harcourt Institute",
        "report_by_think_tank_no_author",
    ),
    # 20
    (
        (
            "Commuters between Huddersfield and Leeds faced a fourth day of cancellations on Thursday as "
            "Pennine Valley Trains blamed a shortage of drivers for the disruption.\n\n"
            "More than 60 services were cancelled before 10am, according to figures collected by the "
            "Colne Valley Rail Users' Group. The group's chairman, Derek Hemingway, said passengers had "
            "\"run out of patience\".\n\n"
            "\"I've had people tell me they've been given written warnings at work for being late,\" he "
            "said. \"These aren't people who can work from home.\"\n\n"
            "A spokeswoman for Pennine Valley Trains said: \"We know this is not good enough and we are "
            "sorry. Twelve new drivers complete their training this month, and we expect the timetable to "
            "return to normal by the end of September.\""
        ),
        "We know this is",
        "Pennine Valley Trains spokeswoman",
        "company_spokeswoman_said_colon",
    ),
    # 21
    (
        (
            "BRISBANE — Residents of South Brisbane's Cordelia Street say they were never consulted about "
            "a 14-storey apartment tower approved for the corner block opposite the heritage-listed "
            "school.\n\n"
            "Brisbane City Council approved the development application in August. Local councillor Naomi "
            "Farrugia said the application had been publicly notified for the required 15 business days.\n\n"
            "One resident of Cordelia Street, who asked not to be named because she works for a state "
            "government department, said the notification signs had been placed behind a hoarding. "
            "\"Nobody asked us anything. We found out when the cranes turned up,\" she said.\n\n"
            "The developer, Meridian Quay Group, said it had \"complied with every requirement\" and had "
            "letterbox-dropped 300 homes."
        ),
        "Nobody asked us",
        "Cordelia Street resident",
        "unnamed_resident_of_named_street",
    ),
    # 22
    (
        (
            "LAS CRUCES, N.M. — Mayor Carla Mendez-Whitfield presented a citation for bravery on Tuesday "
            "to firefighter Luis Anaya, who pulled a 7-year-old boy from a burning mobile home on Valley "
            "Drive last month.\n\n"
            "At the start of the City Council meeting, Mendez-Whitfield called Anaya and his wife, Rosa, "
            "to the front of the chamber and thanked him, saying: “Tonight this city owes you more than a "
            "certificate. You went back into that trailer when every instinct told you not to.”\n\n"
            "Anaya, a 14-year veteran of the department, said he had only done his job. “Any one of the "
            "guys on my crew would have done the same thing,” he said.\n\n"
            "The boy, who suffered burns to his hands, was released from the hospital last week, Fire "
            "Chief Rob Delacruz said."
        ),
        "Tonight this city",
        "Carla Mendez-Whitfield",
        "saying_colon_after_thanking_object_person",
    ),
    # 23
    (
        (
            "Documentary filmmaker Tanya Oolayou's first feature, Ice Road Mothers, opened the Hot Docs "
            "festival in Toronto on Thursday night to a standing ovation.\n\n"
            "The film follows three Inuit women who haul fuel and groceries between Rankin Inlet and "
            "Baker Lake over winter ice roads. It took Oolayou, 34, four winters to shoot.\n\n"
            "Oolayou, whose grandmother, Annie Kilabuk, appears in the film's final scene, told Maclean's "
            "she wanted southern audiences to see the North as a place of work rather than scenery. \"I "
            "think the Arctic gets filmed as a landscape with no people in it. These women are the reason "
            "the lights stay on in half the communities up there.\"\n\n"
            "Festival programmer Liam Carrow said the film had been an easy choice for opening night. \"It "
            "was the first thing we locked,\" he said."
        ),
        "I think the Arctic",
        "Tanya Oolayou",
        "told_magazine_then_quote_without_verb",
    ),
    # 24
    (
        (
            "The government has been urged to freeze funding to the Beacon Learning Trust after its "
            "accounts showed £1.4m paid over three years to companies owned by relatives of its founder "
            "and chairman, Sir Malcolm Pryor.\n\n"
            "The trust runs 11 academies in Essex and Suffolk. Its chief executive, Janine Cowell, said "
            "all the contracts had been \"properly declared and approved by the board\".\n\n"
            "Speaking on BBC Radio 4's Today programme, shadow education secretary Lorraine Abbott said: "
            "\"Parents in Basildon and Ipswich will want to know why money meant for their children's "
            "classrooms ended up with the chairman's son-in-law. The minister should freeze the trust's "
            "funding until we have answers.\"\n\n"
            "The Department for Education said it was \"looking into the matter\" and that academy trusts "
            "were subject to strict rules on related-party transactions."
        ),
        "Parents in Basildon and",
        "Lorraine Abbott",
        "radio_programme_said_colon_shadow_role",
    ),
    # 25
    (
        (
            "Police in Ceredigion are appealing for information after 23 sheep were found with their "
            "throats cut in a field near Tregaron.\n\n"
            "The animals, belonging to farmer Emyr Lloyd-Rees, were discovered on Sunday morning. Mr "
            "Lloyd-Rees told BBC Wales he had farmed the land for 40 years and had never seen anything "
            "like it. \"I walked up that field and I just stood there. I couldn't take it in,\" he said.\n\n"
            "Dyfed-Powys Police said in a Facebook post: \"Whoever did this has caused great distress to a "
            "local family and to the wider farming community. We would ask anyone who saw a vehicle on "
            "the mountain road between Tregaron and Llanddewi Brefi late on Saturday night to get in "
            "touch.\"\n\n"
            "Huw Bevan, of the Ceredigion Farmers' Network, said members were checking their flocks."
        ),
        "Whoever did this has",
        "Dyfed-Powys Police",
        "police_facebook_post_colon",
    ),
    # 26
    (
        (
            "SAN FRANCISCO — A federal appeals court on Thursday revived a lawsuit by two Oregon ranchers "
            "who say the Bureau of Land Management unlawfully cancelled their grazing permits.\n\n"
            "A district judge in Portland had dismissed the case in 2017, ruling that the ranchers, "
            "brothers Wade and Curtis Lindqvist, had filed too late.\n\n"
            "Writing for a unanimous three-judge panel of the 9th U.S. Circuit Court of Appeals, Judge "
            "Cornelia Vasquez-Hardt said the lower court had misread the deadline. “The statute says what "
            "it says. The clock started when the agency issued its final decision, not when the ranchers "
            "first heard rumors of it,” she wrote.\n\n"
            "Curtis Lindqvist said the family was relieved. “We’ve been running cattle on that allotment "
            "since 1946,” he said.\n\n"
            "A spokeswoman for the U.S. Attorney’s Office in Portland said government lawyers were "
            "reviewing the decision."
        ),
        "The statute says what",
        "Cornelia Vasquez-Hardt",
        "appellate_opinion_she_wrote_brothers_named",
    ),
    # 27
    (
        (
            "A blood test marketed to detect early ovarian cancer missed more than half of cases in a "
            "study of 3,100 women, researchers reported Wednesday in the journal JAMA Oncology.\n\n"
            "The study, led by Dr. Samuel Achterberg of the Midwest Cancer Research Consortium, compared "
            "the test’s results with diagnoses made over the following two years. “We found it was no "
            "better than a coin toss at picking up early-stage disease,” Achterberg said in an interview.\n\n"
            "The test’s maker, Veridian Diagnostics, said in a statement that the study “used an earlier "
            "version of the assay.”\n\n"
            "In an editorial published alongside the study, Dr. Rebecca Yoon-Hartmann, a gynecologic "
            "oncologist at the University of Minnesota, wrote: “If a test cannot find the cancer it is "
            "sold to find, reassuring a woman with a negative result may do her more harm than no test at "
            "all.”"
        ),
        "If a test cannot",
        "Rebecca Yoon-Hartmann",
        "journal_editorial_wrote_colon",
    ),
    # 28
    (
        (
            "HAMILTON, Ont. — A contractor who took more than $310,000 in deposits for home renovations "
            "he never carried out was sentenced Friday to two years less a day.\n\n"
            "Bryce Hollingshead, 47, pleaded guilty in October to 14 counts of fraud over $5,000. Most of "
            "his victims were seniors living in the city's east end.\n\n"
            "Assistant Crown attorney Paula Reinholt read a statement to the court on behalf of one of "
            "them, Amanda Kosterlitz, 79, who was too ill to attend. \"I used to love my kitchen. Now I "
            "cannot walk into it without feeling stupid for trusting a man who sat at my table and drank "
            "my coffee,\" the statement said.\n\n"
            "Defence lawyer Ravi Chandrasekar said his client had a gambling addiction and had begun "
            "repaying his victims.\n\n"
            "Justice Maureen Tsao said the breach of trust was \"at the very top of the scale.\""
        ),
        "I used to love",
        "Amanda Kosterlitz",
        "victim_statement_read_by_crown_attorney",
    ),
    # 29
    (
        (
            "DES MOINES, Iowa — The murder trial of Jordan Pettibone entered its second week Tuesday, "
            "with prosecutors focusing on text messages the 29-year-old sent on the night Marcus Reyes "
            "was shot outside an auto shop on the city's east side.\n\n"
            "Assistant Polk County Attorney Kendra Ulrich read jurors a message Pettibone sent to his "
            "brother, Tyler, at 11:42 p.m.: \"I told you he would push it too far. It's handled, don't "
            "call me.\"\n\n"
            "Pettibone's attorney, Sam Brightwater, told jurors in his opening statement that the message "
            "referred to a dispute over money owed on the shop's lease, not to the shooting.\n\n"
            "Tyler Pettibone is expected to testify later this week. The trial is scheduled to last three "
            "weeks."
        ),
        "I told you he",
        "Jordan Pettibone",
        "text_message_read_to_jury_brother_in_passing",
    ),
    # 30
    (
        (
            "Tributes have flowed for Desmond Hale, the voice of Geelong breakfast radio for almost three "
            "decades, who died on Tuesday aged 71.\n\n"
            "Hale hosted the breakfast program on Bellarine FM from 1981 until his retirement in 2009, "
            "interviewing every Geelong mayor of the era and, by his own count, about 4,000 footballers.\n\n"
            "\"He lived for the 5am start. He used to say the best part of the job was knowing he was the "
            "first voice half the town heard each day,\" his family said in a statement.\n\n"
            "Former co-host Trish Delahunty told the Geelong Advertiser she had learned everything she "
            "knew about radio from him. \"Des never once read a script the way it was written,\" she said.\n\n"
            "Hale is survived by his wife, Margaret, and three children."
        ),
        "He lived for the",
        "Desmond Hale's family",
        "family_statement_after_quote",
    ),
    # 31
    (
        (
            "A council's new £48,000 logo has been widely mocked online, with residents comparing it to a "
            "bent paperclip.\n\n"
            "Northfield Borough Council unveiled the design, a looping blue line meant to represent the "
            "River Wend, on Monday. Council leader Sandra Oyelaran said it reflected \"a borough that is "
            "going places\".\n\n"
            "Within hours the logo had been shared thousands of times. One Twitter user wrote: \"I've "
            "lived here for 40 years and I still can't tell you what that is meant to be. Is it the river "
            "or the ring road?\"\n\n"
            "Opposition councillor Mike Threlfall said the money should have been spent on potholes. "
            "\"It's not the logo, it's the price tag,\" he said.\n\n"
            "The council said the figure covered a full rebrand, including signs and vehicles."
        ),
        "I've lived here for",
        "Twitter user",
        "unnamed_twitter_user_wrote_colon",
    ),
    # 32
    (
        (
            "Queensland Education Minister Judith Carrow-Banks has rejected calls to resign after it "
            "emerged that her department paid $2.3 million to a consultancy run by a former staffer.\n\n"
            "At a press conference in Brisbane on Wednesday, the minister said she had not known about "
            "the contract until it was reported by The Courier-Mail. She said she had asked the "
            "director-general, Paul Ingram, to review all consultancy spending.\n\n"
            "Asked whether she would stand down, she replied: \"I have no intention of resigning. I have "
            "every intention of finding out how this happened and making sure it cannot happen again.\"\n\n"
            "Opposition education spokesman Tim Mahoney said her explanation \"doesn't pass the sniff "
            "test\". \"Either the minister knew, or she didn't know what her own department was doing. "
            "Neither is good enough,\" he said."
        ),
        "I have no intention",
        "Judith Carrow-Banks",
        "asked_whether_she_replied_colon",
    ),
    # 33
    (
        (
            "An inquest has found that a 67-year-old woman who died after waiting 11 hours for an "
            "ambulance in Cornwall would probably have survived if she had reached hospital sooner.\n\n"
            "Joan Trewhella fell at her home in St Austell on the evening of 2 January 2018 and was not "
            "taken to the Royal Cornwall Hospital until the following morning. She died of a pulmonary "
            "embolism three days later.\n\n"
            "Recording a narrative conclusion at Truro on Thursday, senior coroner Alison Pemberton-Reid "
            "said: \"There were at least four points during that night at which an ambulance could have "
            "been sent and was not. On the balance of probabilities, Mrs Trewhella would have survived "
            "had she been admitted by midnight.\"\n\n"
            "The ambulance trust said in a statement it had \"made significant changes\" since 2018. Mrs "
            "Trewhella's son, Peter, said outside court that the family had waited 18 months for answers."
        ),
        "There were at least",
        "Alison Pemberton-Reid",
        "coroner_recording_conclusion_said_colon",
    ),
    # 34
    (
        (
            "WASHINGTON — The administration plans to delay by a year a rule that would require "
            "meatpacking plants to report worker injuries electronically, according to two officials "
            "familiar with the plans.\n\n"
            "Labor unions and worker-safety groups condemned the move. \"Every year this is delayed is "
            "another year of injuries nobody counts,\" said Esperanza Mireles, safety director for the "
            "Food and Packing Workers Union.\n\n"
            "A senior administration official, who spoke on condition of anonymity because the decision "
            "had not been announced, said the industry needed more time to install reporting systems. \"We "
            "are not going to impose a rule that small plants cannot comply with on day one. This is a "
            "delay, not a repeal,\" the official said.\n\n"
            "The Meat Industry Council, which represents processors, said it welcomed the decision."
        ),
        "We are not going",
        "administration official",
        "anonymous_official_condition_of_anonymity",
    ),
    # 35
    (
        (
            "OTTAWA — A 58-year-old man died in the waiting room of the Riverside General Hospital’s "
            "emergency department on Sunday night after waiting almost six hours to be seen, his family "
            "says.\n\n"
            "Gerald Fontaine’s daughter, Michelle Fontaine, told CTV Ottawa her father had complained of "
            "chest pains when he arrived shortly after 6 p.m. “They kept telling us he was next,” she "
            "said.\n\n"
            "“Our emergency department was treating more than twice the number of patients it was "
            "designed for on Sunday, and we have begun a full review of Mr. Fontaine’s care,” according "
            "to a statement from the hospital.\n\n"
            "Local MPP Claire Bouchard-Ng said the death was “the predictable result” of years of "
            "overcrowding and called on the province to fund 200 more beds in the region."
        ),
        "Our emergency department was",
        "Riverside General Hospital",
        "according_to_statement_after_quote",
    ),
    # 36
    (
        (
            "PHOENIX — A coalition of veterans’ groups on Tuesday delivered a petition with 48,000 "
            "signatures to the Phoenix office of Sen. Ruth Calder, urging her to back a bill that would "
            "expand health care for veterans exposed to burn pits.\n\n"
            "“She’s told us for two years that she’s with us. Now’s the time to show it,” said Raymond "
            "Aguirre, a retired Army sergeant who organized the petition drive.\n\n"
            "In an emailed statement, a spokesperson for Calder said: “The senator has always stood with "
            "Arizona’s veterans and is reviewing the bill’s final language carefully. She will have more "
            "to say before the vote.”\n\n"
            "The bill’s Senate sponsor, Thomas Whitcombe, has said he expects a vote before the August "
            "recess."
        ),
        "The senator has always",
        "Ruth Calder spokesperson",
        "spokesperson_for_named_senator_emailed",
    ),
    # 37
    (
        (
            "MONTREAL — Singer-songwriter Kezia Moreau has cancelled the remaining 14 dates of her North "
            "American tour, citing exhaustion.\n\n"
            "The 26-year-old, whose album Paper Lanterns won a Juno last spring, announced the decision "
            "on Instagram late Sunday.\n\n"
            "“Some of you have bought tickets, booked hotels and taken days off work to see me, and I "
            "hate letting you down. But I have been running on empty since March, and my doctors have "
            "told me to stop,” she wrote.\n\n"
            "Her promoter, Evenfall Live, said refunds would be issued automatically. The company’s "
            "vice-president, Stéphane Aubin, told La Presse the tour could be rescheduled for next year."
        ),
        "Some of you have",
        "Kezia Moreau",
        "instagram_post_she_wrote",
    ),
    # 38
    (
        (
            "Former rugby league prop Brodie Tanner has revealed he played the final season of his career "
            "with a fractured bone in his foot.\n\n"
            "Speaking on the latest episode of the Behind the Siren podcast, which he co-hosts with his "
            "former teammate Jarrod Whitely, Tanner said he had hidden the injury from coaching staff for "
            "five months.\n\n"
            "\"Honestly, I thought if I told anyone I'd never get another contract. I was 33, and there "
            "were three young blokes behind me waiting for my spot,\" he said.\n\n"
            "Whitely said on the show that he had no idea at the time. \"He was still the first one at "
            "training every morning,\" he said.\n\n"
            "Players' union chief executive Kym Ashworth said the story showed why contract security "
            "mattered."
        ),
        "Honestly, I thought if",
        "Brodie Tanner",
        "podcast_he_said_cohost_in_passing",
    ),
    # 39
    (
        (
            "HARRISBURG, Pa. — Former state Sen. Helen Marchetti-Ross writes in her new memoir, Aisle "
            "Seat, that she nearly quit politics after party leaders stripped her of a committee "
            "chairmanship in 2011.\n\n"
            "The book, published Tuesday, recounts her 22 years in the Capitol, including three budget "
            "standoffs and a long feud with her own caucus.\n\n"
            "\"The night before the vote, I wrote my resignation letter on a legal pad at my kitchen "
            "table. My husband read it and told me to sleep on it, which is the best political advice I "
            "ever got,\" she writes.\n\n"
            "Former Senate Majority Leader Vince Dombrowski, who is described in the book as \"a man who "
            "never met a deal he didn't like,\" said in an interview that he had not read it. \"I wish her "
            "well with it,\" he said."
        ),
        "The night before the",
        "Helen Marchetti-Ross",
        "memoir_she_writes_present",
    ),
    # 40
    (
        (
            "Perth and Kinross councillors have voted to pedestrianise part of the city centre's High "
            "Street for a one-year trial from April.\n\n"
            "The proposal was put forward by Councillor Brian Kelly, the council's convener of "
            "environment, and passed by 21 votes to 17.\n\n"
            "Councillor Ann Kelly (no relation), who represents Perth City North, voted against. \"The "
            "consultant's report tells us footfall will go up, but it doesn't tell us where the buses are "
            "meant to go, and people in my ward rely on those buses,\" she said.\n\n"
            "Mr Kelly said the trial would answer that question. \"If it doesn't work, we'll know in a "
            "year, and we can change it,\" he said.\n\n"
            "Perth Traders' Forum chairwoman Sheila Urquhart said members were \"cautiously supportive\"."
        ),
        "The consultant's report",
        "Ann Kelly",
        "same_surname_unrelated_councillors",
    ),
    # 41
    (
        (
            "Tom and Linda Marsh had about 20 minutes to leave their farm near Quaama when the fire came "
            "over the ridge on New Year's Eve.\n\n"
            "They lost the house, two sheds and most of their fencing, but the couple and their three "
            "dogs made it to the evacuation centre at Bermagui.\n\n"
            "\"We moved out here to be away from everything, and that's exactly what nearly killed us. "
            "There's one road in and one road out,\" Linda said, standing in what was once the kitchen.\n\n"
            "Tom, a retired electrician, said they would rebuild. \"Forty years of our lives are in this "
            "dirt. We're not going anywhere,\" he said.\n\n"
            "A Rural Fire Service spokesman said crews were still blacking out hot spots in the area on "
            "Thursday."
        ),
        "We moved out here",
        "Linda Marsh",
        "couple_shared_surname_given_name_said",
    ),
    # 42
    (
        (
            "Residents of Parkside Close in Harrogate say a golf club's new fence has cut off a footpath "
            "they have used for more than 40 years.\n\n"
            "Ian Castellano, who has lived on the close since 1979, said the path had been used by dog "
            "walkers and by children on their way to school. \"My kids walked to school that way, and now "
            "their kids can't,\" he said.\n\n"
            "Harrogate Fairway Golf Club secretary Patricia Lowther said the path had never been a public "
            "right of way. \"We have a duty to our members and to walkers alike, and a stray golf ball can "
            "do real damage,\" she said.\n\n"
            "Mr Castellano added: \"That fence has been up for six weeks, and nobody from the club has "
            "knocked on a single door to explain it.\"\n\n"
            "North Yorkshire County Council said it had received an application to register the path as a "
            "public right of way and would decide by the summer."
        ),
        "That fence has been",
        "Ian Castellano",
        "surname_added_colon_after_intervening_speaker",
    ),
    # 43
    (
        (
            "GLEICHEN, Alta. — Twenty-two cars of a westbound freight train left the tracks east of "
            "Calgary early Saturday, spilling canola across a field and closing the Trans-Canada Highway "
            "for several hours.\n\n"
            "No one was hurt. The Transportation Safety Board said it was sending a team of "
            "investigators.\n\n"
            "\"The safety of our crews and of the communities we travel through is our first priority, and "
            "we are co-operating fully with the TSB,\" read a statement from Prairie Northern Railway, "
            "which operates the line.\n\n"
            "Wheatland County reeve Amber Lofstrom said residents near the tracks had heard \"a noise like "
            "thunder\" at about 4 a.m. She said the county was checking a nearby irrigation canal for "
            "contamination."
        ),
        "The safety of our",
        "Prairie Northern Railway",
        "read_a_statement_from_company_after_quote",
    ),
    # 44
    (
        (
            "Police have released CCTV images of a man they want to trace after a woman was robbed at "
            "knifepoint at a cash machine in Luton.\n\n"
            "The 46-year-old victim had just withdrawn £200 from the machine in George Street at about "
            "9.30pm on Tuesday when she was approached from behind.\n\n"
            "Detective Inspector Craig Holloway, of Bedfordshire Police, said: \"We believe the man in "
            "these images may have vital information. The victim was understandably very shaken, and I "
            "would urge anyone who recognises him to call us or Crimestoppers anonymously.\"\n\n"
            "A worker at a nearby takeaway, who did not want to be named, said the street had become \"a "
            "magnet for trouble\" after dark. \"We shut at eleven now. We used to stay open till two,\" he "
            "said."
        ),
        "We believe the man",
        "Craig Holloway",
        "detective_inspector_of_force_said_colon",
    ),
    # 45
    (
        (
            "More than 40 homes have been lost in a fast-moving grassfire near Nirranda in Victoria's "
            "south-west.\n\n"
            "The fire started near the Great Ocean Road shortly after 1pm on Sunday and was pushed "
            "south-east by winds of up to 80km/h. Residents of several small communities were told it was "
            "too late to leave.\n\n"
            "\"The wind change came about an hour earlier than forecast, and it turned a long, narrow fire "
            "into a very wide one,\" a Country Fire Authority spokesman said on Monday morning.\n\n"
            "Moyne Shire mayor Jill Parkes-Holt said the community was \"in shock\". \"Everyone here knows "
            "someone who lost something,\" she said."
        ),
        "The wind change came",
        "Country Fire Authority spokesman",
        "unnamed_agency_spokesman_after_quote",
    ),
    # 46
    (
        (
            "TULSA, Okla. — A federal jury on Friday acquitted a former Tulsa County detention officer of "
            "using excessive force against an inmate who later died.\n\n"
            "Jurors deliberated for about nine hours over two days before clearing Darnell Haskins, 38, "
            "of a single count of deprivation of rights under color of law.\n\n"
            "The jury foreman, who asked that his name not be published, told the Tulsa World that the "
            "panel had watched the jail’s surveillance video “probably 30 times.” “We went through every "
            "second of that video. Nobody in that room thought it was a good day for anybody,” he said.\n\n"
            "The inmate’s mother, Loretta Birdsong, wept as the verdict was read. Her attorney, Grant "
            "Ellery, said the family would pursue a civil lawsuit.\n\n"
            "Haskins hugged his lawyer and left the courthouse without speaking to reporters."
        ),
        "We went through every",
        "jury foreman",
        "unnamed_jury_foreman_told_newspaper",
    ),
    # 47
    (
        (
            "GATINEAU, Que. — The mayor of a small town on the Ottawa River says he will not allow "
            "residents to rebuild in the flood zone after the second major flood in three years.\n\n"
            "Jean-Guy Thériault, mayor of Sainte-Anne-des-Rivières, said 61 of the town's 900 homes had "
            "been damaged since the water began rising on April 20. He was quoted by the Gatineau daily "
            "Le Droit as saying: \"We will not let people put their families back in the same place and "
            "wait for the next time. The province has to help us move them, and it has to help us "
            "quickly.\"\n\n"
            "A spokeswoman for Quebec's Public Security Ministry, Geneviève Lapointe, said compensation "
            "rules were under review.\n\n"
            "Resident Denis Charbonneau, whose basement flooded for the second time, said he had nowhere "
            "else to go."
        ),
        "We will not let",
        "Jean-Guy Thériault",
        "quoted_by_newspaper_as_saying_colon_french",
    ),
    # 48
    (
        (
            "PERTH — Thousands of public school teachers walked off the job for four hours on Wednesday "
            "in the first statewide teachers' strike in Western Australia for almost a decade.\n\n"
            "Many wore black T-shirts printed with the words \"Our kids are not a budget line.\" as they "
            "gathered on the lawns outside Parliament House.\n\n"
            "WA Teachers' Federation president Kerrie Maddox told the crowd that class sizes had grown "
            "every year since 2013. \"We are not here for ourselves. We are here because a teacher with 32 "
            "kids in a room cannot give any of them what they need,\" she said.\n\n"
            "Education Minister Peter Dalgleish said the strike was \"unnecessary and disruptive\" and "
            "urged the union to return to talks."
        ),
        "Our kids are not",
        "",
        "tshirt_slogan_no_named_maker",
    ),
    # 49
    (
        (
            "EUGENE, Ore. — Vandals spray-painted the words \"You sold us out.\" across the front window of "
            "City Councilor Dana Whitmore-Pike's ward office sometime overnight Sunday, days after she "
            "cast the deciding vote to clear a homeless camp along the Willamette River.\n\n"
            "Eugene Police Sgt. Tony Alvarado said officers were reviewing footage from a nearby "
            "business. \"We take any vandalism of an elected official's office seriously,\" he said.\n\n"
            "Whitmore-Pike said in a Facebook post that she had asked her staff to leave the paint up "
            "until Monday afternoon. \"I'm not going to pretend I don't understand why people are angry. "
            "I'd rather they came and told me to my face,\" she wrote."
        ),
        "You sold us out",
        "",
        "graffiti_on_office_window_no_maker",
    ),
    # 50
    (
        (
            "A video of a 91-year-old Cape Breton woman playing the fiddle at her own birthday party has "
            "been viewed more than two million times since it was posted on Sunday.\n\n"
            "Margaret \"Peggy\" MacIsaac played for about four minutes at a community hall in Mabou, "
            "accompanied on piano by her great-grandson, Callum Rankin, 14.\n\n"
            "By Tuesday the clip was circulating on news sites and in Facebook groups around the world, "
            "most often under the headline \"This great-grandmother just out-fiddled all of Cape Breton.\"\n\n"
            "\"I've been playing since I was six. I don't know what all the fuss is about,\" MacIsaac told "
            "the Cape Breton Post.\n\n"
            "Callum said he had practised with her every Saturday for a month."
        ),
        "This great-grandmother just",
        "",
        "headline_phrase_no_maker",
    ),
    # 51
    (
        (
            "NEWARK, Del. — Lawn signs reading \"Keep Millbrook Woods wild.\" have appeared outside dozens "
            "of homes in the weeks since a developer proposed building 140 townhouses on a 60-acre wooded "
            "parcel off Old Paper Mill Road.\n\n"
            "The developer, Brandywine Crest Homes, says it will leave a third of the site as open space. "
            "Company president Doug Tierney told the News Journal the plan had been \"badly "
            "misunderstood.\"\n\n"
            "At a packed county planning board hearing on Tuesday night, resident Helen Oduya said the "
            "woods flooded every spring. \"If you pave that hillside, the water has to go somewhere, and "
            "it's going to go into our basements,\" she said.\n\n"
            "The board is expected to vote on the plan next month."
        ),
        "Keep Millbrook Woods wild",
        "",
        "lawn_sign_slogan_no_maker",
    ),
    # 52
    (
        (
            "OTTAWA — Health Canada has ordered the recall of three brands of children's cough syrup sold "
            "at discount stores after tests found levels of a preservative up to five times the permitted "
            "limit.\n\n"
            "\"Consumers who have purchased these products should stop using them immediately and return "
            "them to the place of purchase,\" the department said in a statement Friday.\n\n"
            "The products were imported by Northgate Pharma Distributors of Mississauga, Ont., whose "
            "president, Arvind Khosla, said the company was \"working closely with regulators.\"\n\n"
            "Dr. Elise Fournier, a pediatrician in Ottawa, said parents should not panic. \"A child who "
            "had a few doses is very unlikely to have been harmed. But if you're worried, call your "
            "doctor,\" she said."
        ),
        "Consumers who have purchased",
        "Health Canada",
        "department_said_in_statement_after_quote",
    ),
    # 53
    (
        (
            "Health officials in Butte County confirmed three more cases of measles on Thursday, bringing "
            "to 11 the number of people infected in an outbreak linked to a church youth camp.\n\n"
            "All but one of the patients were unvaccinated, said Dr. Miriam Castellanos, the county’s "
            "public health officer. The youngest is 14 months old.\n\n"
            "Castellanos said her department had traced more than 400 contacts and was offering free "
            "vaccines at clinics in Chico and Oroville through the weekend. She said the camp’s "
            "organizers had been cooperative.\n\n"
            "“The only thing that stops measles is vaccination. Not vitamins, not hand sanitizer, not "
            "keeping your kids home for a week,” the health officer said.\n\n"
            "Pastor Glen Hubbard of Ridgeway Fellowship, which ran the camp, said the church was "
            "encouraging families to get their children vaccinated."
        ),
        "The only thing that",
        "Miriam Castellanos",
        "role_noun_health_officer_after_paraphrase",
    ),
    # 54
    (
        (
            "SURREY, B.C. — More than 100 parents turned out at a school board meeting on Wednesday to "
            "protest cuts to education assistants for children with special needs.\n\n"
            "One mother, who gave only her first name, Tanya, said her nine-year-old son, who has autism, "
            "had lost his full-time aide in September. \"Every time my son has a bad day now, the school "
            "calls me to come and get him. I've used up all my sick days and it's only November,\" she "
            "said.\n\n"
            "Superintendent Rhonda Kellerman said the district had hired 40 more assistants this year but "
            "demand had grown faster. Board chair Gurdeep Sahota said trustees would ask the province for "
            "emergency funding."
        ),
        "Every time my son",
        "Tanya",
        "parent_gave_only_first_name",
    ),
    # 55
    (
        (
            "BOISE, Idaho — Federal investigators are examining whether a former branch manager at a "
            "Boise credit union diverted more than $2 million from dormant accounts over a decade, "
            "according to people familiar with the inquiry.\n\n"
            "The manager, Carol Ann Pettersen, 61, retired from Treasure Valley Community Credit Union in "
            "March. She has not been charged and could not be reached for comment.\n\n"
            "A source close to the investigation told KTVB: \"They are looking very closely at accounts "
            "where the owners had died or moved out of state, because those were the ones nobody was "
            "checking on.\"\n\n"
            "The credit union's chief executive, Martin Ocampo, said in a letter to members that their "
            "deposits were insured and that no active accounts had been affected."
        ),
        "They are looking very",
        "source close to the investigation",
        "unnamed_source_told_tv_station_colon",
    ),
    # 56
    (
        (
            "A 23-year-old German backpacker has been rescued after spending two nights trapped on a "
            "ledge in the Blue Mountains.\n\n"
            "The woman, who has not been named, was found by a police rescue team on Tuesday morning "
            "about 40 metres below a walking track near Blackheath.\n\n"
            "Senior Sergeant Glen Atherton, of the Blue Mountains Police District, said she had left the "
            "track to take photographs. \"She was extremely lucky. She had a little water, a jacket and "
            "the sense to stay put, and that's what saved her,\" he said.\n\n"
            "Rebecca Strathdee, who runs the Katoomba hostel where the woman had been staying, raised the "
            "alarm on Sunday night. \"Her backpack was still on her bed, and that's not like anyone,\" Ms "
            "Strathdee said."
        ),
        "She was extremely lucky",
        "Glen Atherton",
        "rank_and_police_district_he_said",
    ),
    # 57
    (
        (
            "A retrospective of the work of Malcolm Ferrier, the Dundee painter best known for his vast "
            "canvases of the Tay estuary, opens at the Lindores Gallery in Edinburgh on Saturday.\n\n"
            "The exhibition brings together 64 paintings, many borrowed from private collections, and "
            "runs until March. Curator Elspeth Maguire said it had taken four years to assemble.\n\n"
            "Ferrier, who died in 2012, rarely gave interviews. In one of the few, given to The Scotsman "
            "in 2006, he explained his lifelong obsession with the river. \"People think I paint the river "
            "because it's beautiful. I paint it because it never sits still long enough for me to get it "
            "wrong the same way twice,\" he said.\n\n"
            "His son, Rory Ferrier, said the family had lent nine works. \"Dad would have hated the fuss "
            "and loved the crowds,\" he said."
        ),
        "People think I paint",
        "Malcolm Ferrier",
        "old_interview_other_outlet_son_shares_surname",
    ),
    # 58
    (
        (
            "A couple who died when their light aircraft crashed into a field in Shropshire on Saturday "
            "had been married for just three weeks, friends have said.\n\n"
            "Paul Garside, 44, a flying instructor, and his wife, Nicola, 39, were killed shortly after "
            "taking off from a nearby airfield. The Air Accidents Investigation Branch has begun an "
            "investigation.\n\n"
            "A family friend told the Daily Mirror: \"They were the happiest I've ever seen either of "
            "them. They'd waited a long time to find each other.\"\n\n"
            "Owen Rudd, who was working in a neighbouring field, told BBC Midlands Today he heard the "
            "engine \"cough twice\" before the plane came down. \"I ran over but there was nothing anyone "
            "could do,\" he said."
        ),
        "They were the happiest",
        "family friend",
        "unnamed_family_friend_told_tabloid",
    ),
    # 59
    (
        (
            "MPs have called on the government to close a loophole that allows puppies bred abroad to be "
            "sold in the UK before they are eight weeks old.\n\n"
            "Opening a Westminster Hall debate on Tuesday, Graham Fairweather, the Conservative MP for "
            "Severn Vale, said more than 40,000 puppies a year were being brought into the country on "
            "forged paperwork.\n\n"
            "\"For too long this trade has been treated as a paperwork problem. It is cruelty, and it is "
            "organised cruelty, and it is happening in lay-bys on the M5,\" he told MPs.\n\n"
            "Labour's Kate Brennan said the opposition would support a change in the law. Animal welfare "
            "minister Joanna Pike said the government would consult on tighter rules \"in the coming "
            "months\"."
        ),
        "For too long this",
        "Graham Fairweather",
        "commons_debate_he_told_mps",
    ),
    # 60
    (
        (
            "The debate over the future of the old Central School building in Peterborough continued this "
            "week in the pages of The Examiner.\n\n"
            "City council voted in June to sell the 1908 building to a developer who plans to turn it "
            "into 42 condominiums. A citizens' group, Save Central School, wants it kept as a community "
            "arts centre.\n\n"
            "In a letter published Thursday, retired teacher Harold Beaumont, 88, wrote: \"I taught in "
            "this building for 31 years and my father was a pupil in it. Condominiums are fine, but once "
            "that hall is carved up into living rooms, no child in this city will ever stand on its stage "
            "again.\"\n\n"
            "Coun. Irene Vlasic, who voted for the sale, said in an interview that the developer had "
            "agreed to keep the building's facade. \"Nobody is knocking anything down,\" she said."
        ),
        "I taught in this",
        "Harold Beaumont",
        "letter_to_editor_wrote_colon",
    ),
    # 61
    (
        (
            "ATLANTA — A Georgia man who spent 24 years in prison for a robbery he did not commit walked "
            "out of the Fulton County jail on Wednesday afternoon.\n\n"
            "Kelvin Rhodes, 52, was convicted in 1995 of robbing a convenience store in College Park. DNA "
            "testing last year on a baseball cap left by the robber pointed to another man, who died in "
            "2009.\n\n"
            "His attorney, Naomi Feldstein of the Southern Exoneration Clinic, said the court hearing had "
            "lasted less than ten minutes. “The judge told my client, ‘Mr. Rhodes, the state of Georgia "
            "owes you an apology, and I’m sorry it has to come from me.’ I’ve done this work for 20 years "
            "and I have never heard a judge say that,” Feldstein said.\n\n"
            "Rhodes hugged his mother, Ernestine Rhodes, 79, outside the jail. “I just want a plate of "
            "her cooking,” he said."
        ),
        "The judge told my",
        "Naomi Feldstein",
        "lawyer_quote_nesting_judges_words",
    ),
    # 62
    (
        (
            "At 7am on a Tuesday, Thi Lan Nguyen-Barker is already elbow-deep in pork shoulder at the "
            "back of Lantern, the 40-seat Footscray restaurant she opened with her husband, Ben Barker, "
            "in 2014.\n\n"
            "Last month Lantern was named the best neighbourhood restaurant in the state by a national "
            "food guide, and the waiting list for a Saturday table now runs to six weeks.\n\n"
            "“I grew up thinking restaurant food was what you ate when someone died or got married. My "
            "mum cooked everything we ate, and this menu is mostly hers,” Nguyen-Barker says, wiping her "
            "hands on her apron.\n\n"
            "Her mother, Hoa Nguyen, 68, still comes in three mornings a week to make the dumplings. “She "
            "tells me I use too much salt,” Hoa says, laughing.\n\n"
            "Barker, who runs the floor, says the award has changed everything and nothing. “We’re "
            "busier. We’re still tired,” he says."
        ),
        "I grew up thinking",
        "Thi Lan Nguyen-Barker",
        "present_tense_says_profile_shared_surnames",
    ),
    # 63
    (
        (
            "Residents of the Oakfield estate in Lewisham say they were given two weeks' notice that "
            "their communal heating would be switched off for repairs for the whole of March.\n\n"
            "The council said the work was urgent after a main pipe failed in January and that electric "
            "heaters would be provided to every flat.\n\n"
            "In a statement, the Oakfield Estate Residents' Association said: \"The council has treated "
            "this estate as an afterthought for years. Two weeks' notice in winter, for 600 households, "
            "many of them elderly, is not a plan, it is a shrug.\"\n\n"
            "Cabinet member for housing Dominic Asante said he would meet residents next week. \"I "
            "understand the frustration and I want to hear it directly,\" he said."
        ),
        "The council has treated",
        "Oakfield Estate Residents' Association",
        "residents_association_statement_colon",
    ),
    # 64
    (
        (
            "REGINA — Registered nurses in Saskatchewan have voted 78 per cent in favour of a new "
            "four-year contract, ending 14 months of negotiations.\n\n"
            "The agreement gives the province's 10,000 nurses raises totalling 8 per cent and limits "
            "mandatory overtime to four shifts a month.\n\n"
            "\"This deal gives nurses something they have never had in writing before: the right to go "
            "home at the end of a shift,\" the Prairie Nurses Union said in a statement.\n\n"
            "The union's president, Colleen Wojcik, had warned in the fall that members were prepared to "
            "strike. Health Minister Ken Dahlberg said the agreement was \"fair to nurses and fair to "
            "taxpayers.\""
        ),
        "This deal gives nurses",
        "Prairie Nurses Union",
        "union_statement_after_quote_president_named_later",
    ),
    # 65
    (
        (
            "Children who walk or cycle to school score slightly higher on tests of concentration than "
            "those who are driven, according to a study published on Wednesday.\n\n"
            "The research, carried out by a team at the University of the West Pennines led by the "
            "psychologist Dr Priya Nandakumar, followed 2,400 pupils at 38 primary schools in Lancashire "
            "and Cumbria for two years.\n\n"
            "\"Our findings suggest that even a short walk in the morning may help children settle into "
            "learning, although we cannot rule out that families who walk differ in other ways,\" the "
            "authors write in the journal BMC Public Health.\n\n"
            "Professor Alan Hurst, a child health specialist at Northgate University who was not involved "
            "in the study, said the effect was small. \"It's an interesting finding, but I wouldn't want "
            "any parent to feel guilty about the school run,\" he said."
        ),
        "Our findings suggest that",
        "Priya Nandakumar",
        "study_authors_write_led_by_named",
    ),
    # 66
    (
        (
            "Independent member for Wollondilly Cathy Dunleavy has announced she will not contest next "
            "year's state election, ending 16 years in parliament.\n\n"
            "Dunleavy, 64, won the seat in 2003 after leading a community campaign against a proposed "
            "waste incinerator. She made the announcement at a community hall in Picton on Saturday with "
            "her husband, Keith, beside her.\n\n"
            "\"I'm not going to pretend this was an easy decision,\" she said. \"But sixteen years is long "
            "enough, and the people here deserve someone with fresh legs.\"\n\n"
            "Liberal Party state director Andrew Colquhoun said the party would \"certainly be "
            "competitive\" in the seat."
        ),
        "I'm not going to",
        "Cathy Dunleavy",
        "split_quote_first_half_she_said_husband_mentioned",
    ),
    # 67
    (
        (
            "\"You don't get a second chance with a wheat crop. Once the frost hits at flowering, that's "
            "your year gone.\"\n\n"
            "That's the verdict of Jim Pettigrew, who farms 3,000 hectares near Narrogin in Western "
            "Australia's Wheatbelt and lost an estimated 40 per cent of his crop to a run of September "
            "frosts.\n\n"
            "Agricultural economists say this year's frosts could cost WA growers more than $400 million. "
            "State government researcher Dr Kylie Beck said frost was becoming harder to predict. \"The "
            "clear, still nights that cause frost haven't gone away, even as the growing season gets "
            "warmer,\" she said.\n\n"
            "Mr Pettigrew said he would sow later next year and hope for the best."
        ),
        "You don't get a",
        "Jim Pettigrew",
        "lede_quote_verdict_of_named_next_paragraph",
    ),
    # 68
    (
        (
            "HALIFAX — A retired surgeon who performed Nova Scotia's first liver transplant told "
            "graduating medical students on Thursday that the most important skill they would need could "
            "not be taught in a lecture hall.\n\n"
            "Dr. Evelyn Marchand, 81, received an honorary degree at the convocation ceremony. Her "
            "address was interrupted twice by applause.\n\n"
            "\"I want to tell you two things that nobody told me,\" she said. \"The first is that you will "
            "be wrong, and someone will be hurt because you were wrong, and you will have to go back to "
            "work the next morning anyway.\n\n"
            "\"The second thing is that the patients will remember almost nothing you say to them, and "
            "almost everything about how you said it.\n\n"
            "\"Sit down when you talk to them. It takes ten seconds and they will never forget it.\"\n\n"
            "The university's dean of medicine, Dr. Patrick Obi, said Marchand had trained \"half the "
            "surgeons in this province.\""
        ),
        "Sit down when you",
        "Evelyn Marchand",
        "continuation_paragraph_third_in_run",
    ),
    # 69
    (
        (
            "SASKATOON — The Prairie City Hawks fired head coach Dwayne Lefebvre on Monday, two days "
            "after a 7-1 home loss left the junior hockey club 14 points out of a playoff spot.\n\n"
            "General manager Carla Hendricks, who hired Lefebvre three seasons ago, did not try to soften "
            "it: \"If you make a change in November, you're admitting you got something wrong in June, and "
            "I got something wrong in June. That's on me as much as Dwayne.\"\n\n"
            "Assistant coach Troy Baptiste will take over behind the bench for the rest of the season. "
            "Captain Eli Rousseau said the players were \"gutted\" for Lefebvre.\n\n"
            "\"He's a good man. The results weren't there and that's on us in the room,\" Rousseau said."
        ),
        "If you make a",
        "Carla Hendricks",
        "colon_after_sentence_about_speaker_no_verb",
    ),
    # 70
    (
        (
            "CEDAR RAPIDS, Iowa — Democratic candidate for governor Lisa Marchbanks told about 900 "
            "supporters at a union hall here on Saturday that she would raise the state’s minimum wage to "
            "$12 an hour within two years.\n\n"
            "The crowd chanted “Lisa! Lisa!” as she took the stage with her running mate, state Sen. Tom "
            "Okoye.\n\n"
            "“When I’m governor, nobody who works full time in this state is going to need a second job "
            "to keep the lights on,” Marchbanks said, to one of the loudest cheers of the night.\n\n"
            "Her Republican opponent, Gov. Ray Eggleston, has called the proposal “a job killer.” His "
            "campaign spokesman, Chad Wetherell, said in a statement that Marchbanks “has never met a tax "
            "she didn’t like.”"
        ),
        "When I’m governor, nobody",
        "Lisa Marchbanks",
        "rally_speech_crowd_chant_phrase_nearby",
    ),
    # 71
    (
        (
            "The two main candidates for the marginal seat of Lyndhurst clashed over hospital funding in "
            "a debate hosted by the Illawarra Mercury on Tuesday night.\n\n"
            "Liberal MP Sharon Kovacs, who holds the seat by 1.2 per cent, accused Labor's Matt Delaney "
            "of \"scaremongering\" about cuts to Wollongong Hospital and said it had received record "
            "funding in every budget since 2015.\n\n"
            "Delaney shot back that the money had gone on administrators, not beds.\n\n"
            "\"You can stand there and read out the press releases, Sharon, but go and sit in that "
            "emergency department on a Friday night and tell the people waiting that it's a record,\" he "
            "said.\n\n"
            "Greens candidate Rowena Tait said both major parties had neglected mental health services in "
            "the region. The moderator, Mercury editor Fiona Clarke, had to call for quiet from the "
            "audience twice."
        ),
        "You can stand there",
        "Matt Delaney",
        "debate_pronoun_after_rival_shot_back",
    ),
    # 72
    (
        (
            "Saturday, March 12, 2011\n\n"
            "An amateur astronomer in rural Saskatchewan has discovered a new comet, the Minor Planet "
            "Center confirmed on Thursday.\n\n"
            "Dale Ostrowski, a retired grain elevator operator who observes from a backyard observatory "
            "near Kindersley, spotted the faint object in images he took on March 3. It is thought to be "
            "the first comet discovered from the province in more than 40 years.\n\n"
            "Speaking to Wikinews by telephone, Ostrowski said: “We were lucky with the weather. It was "
            "minus 31 and perfectly clear, and I almost didn’t go out because the car wouldn’t start that "
            "morning.”\n\n"
            "Dr. Anika Sorel, an astronomer at the Prairie Sky Observatory, said amateurs still found a "
            "good share of comets. “They spend so many hours looking, and they look where the big surveys "
            "don’t,” she said."
        ),
        "We were lucky with",
        "Dale Ostrowski",
        "told_wikinews_by_telephone_colon",
    ),
    # 73
    (
        (
            "TORONTO — A 17-year-old boy has been charged with second-degree murder after a man was shot "
            "dead outside a North York townhouse complex on Saturday night.\n\n"
            "Police said officers were called to the complex at about 10:15 p.m. and found Andre "
            "Lewis-Bryant, 24, with gunshot wounds. He was pronounced dead at the scene.\n\n"
            "A neighbour, who did not want to be named, said she heard four shots. \"It sounded like "
            "fireworks at first. Then somebody started screaming for an ambulance and I knew it wasn't,\" "
            "she said.\n\n"
            "Det. Sgt. Karen Oliveira of the homicide unit said the two knew each other. \"This was not a "
            "random act,\" she told reporters on Sunday. The accused cannot be named under the Youth "
            "Criminal Justice Act."
        ),
        "It sounded like fireworks",
        "neighbour",
        "unnamed_neighbour_she_said",
    ),
    # 74
    (
        (
            "CANBERRA — The head of the Department of Veterans' Affairs has conceded that more than 9,000 "
            "compensation claims have been waiting longer than a year, telling a Senate estimates hearing "
            "the backlog was \"unacceptable\".\n\n"
            "Under questioning from Greens senator Jordan McAuliffe, department secretary Leanne "
            "Pritchard said the number of claims had doubled since 2016 while staffing had stayed flat.\n\n"
            "McAuliffe asked her how many veterans had died while waiting. Ms Pritchard said she would "
            "take the question on notice but acknowledged the figure was \"not small\".\n\n"
            "\"The department did not plan for the increase in claims that followed the changes to the "
            "legislation in 2017, and veterans have paid for that,\" she said.\n\n"
            "Veterans' advocate Ray Kimber, who watched the hearing, said he was glad someone had finally "
            "admitted it. \"Every week I sit with blokes who've given up,\" he said."
        ),
        "The department did not",
        "Leanne Pritchard",
        "senate_estimates_she_said_after_questioner",
    ),
    # 75
    (
        (
            "The Salt Road, which opened at the Quayside Playhouse in Newcastle on Tuesday, follows three "
            "generations of a North Shields fishing family from the 1950s to the present.\n\n"
            "Writer Joanne Aitchison, whose own grandfather skippered a trawler out of the Fish Quay, "
            "spent two years interviewing former fishermen and their wives. In a note in the programme "
            "she writes: \"This is a play about the women who waited on the quay as much as the men who "
            "went to sea. Their stories were never written down, so I have tried to write some of them "
            "now.\"\n\n"
            "Director Kwame Mensah-Bird keeps the staging simple, and some of the best moments come when "
            "the cast sing the old songs unaccompanied. Lead actor Paul Redfern told the Chronicle before "
            "opening night that learning them had been \"the hardest part of the job.\""
        ),
        "This is a play",
        "Joanne Aitchison",
        "programme_note_she_writes_colon",
    ),
    # 76
    (
        (
            "Salt water is creeping into the drinking-water wells of thousands of homes along North "
            "Carolina’s coast faster than expected, according to a study published Monday in the journal "
            "Geophysical Research Letters.\n\n"
            "Researchers at the Coastal Plains Institute in Beaufort tested 640 private wells in five "
            "counties between 2015 and 2019 and found rising salt levels in nearly a third of them.\n\n"
            "“Seawater is getting into wells that were perfectly fine a decade ago, and most homeowners "
            "have no idea because they never test,” lead author Jonah Brightman said in a news release.\n\n"
            "Dare County’s health director, Sheila Pruett, said the county would offer free well testing "
            "this summer. “We’d rather people find out from a test than from the taste of their coffee,” "
            "she said."
        ),
        "Seawater is getting into",
        "Jonah Brightman",
        "lead_author_news_release_after_quote",
    ),
    # 77
    (
        (
            "TORONTO — A 52-year-old Toronto man has tested positive for Middle East respiratory syndrome "
            "after returning from a trip to Saudi Arabia, Ontario health officials said Friday.\n\n"
            "The man is in isolation in hospital and in stable condition. Ontario's associate chief "
            "medical officer of health, Dr. Farah Siddiqui, said eight family members and 14 health-care "
            "workers were being monitored.\n\n"
            "The World Health Organization said it had been notified by Canadian authorities. \"The risk "
            "to the general public in Canada remains very low. There is no evidence of sustained "
            "human-to-human transmission in the community,\" the WHO said in a statement.\n\n"
            "The man's brother, who asked not to be named, told CP24 the family was \"frightened but "
            "hopeful.\""
        ),
        "The risk to the",
        "World Health Organization",
        "well_known_body_statement_acronym_after",
    ),
    # 78
    (
        (
            "The Murrumbidgee Valley Hospital will close its maternity ward for at least three months "
            "from July because it cannot find enough midwives, the hospital has confirmed.\n\n"
            "Expectant mothers from Narrandera and Leeton will have to travel to Wagga Wagga, up to 100 "
            "kilometres away, to give birth.\n\n"
            "In an email to staff on Tuesday, seen by The Daily Advertiser, the hospital's chief "
            "executive said: \"We have had to make a decision nobody in this organisation wanted to make. "
            "We will not run a maternity service that we cannot staff safely.\"\n\n"
            "Leeton mother Kirsty Doherty, who is due in August, said she was \"terrified\" of giving birth "
            "on the side of the highway. State MP Roger Whitty said he had raised the closure with the "
            "health minister."
        ),
        "We have had to",
        "Murrumbidgee Valley Hospital chief executive",
        "unnamed_chief_executive_email_seen_by_paper",
    ),
    # 79
    (
        (
            "A lorry driver who killed three cyclists on the A38 near Bromsgrove while looking at his "
            "phone has been convicted of causing death by dangerous driving.\n\n"
            "Alan Price, 58, Dev Mistry, 41, and Sarah Cheung, 36, all members of the Lickey Hills "
            "Wheelers club, died when Stuart Prentice's lorry ploughed into their group on a Sunday "
            "morning in June 2018.\n\n"
            "Prentice, 47, of Kidderminster, had denied the charge. Jurors at Worcester Crown Court took "
            "less than three hours to reach their verdict.\n\n"
            "Outside court, the families of the three cyclists said in a joint statement: \"Today a jury "
            "said what we have known since the day we lost them. This was not an accident. It was a "
            "choice to pick up a phone.\"\n\n"
            "Detective Sergeant Rachel Moss, of West Mercia Police, said she hoped the case would make "
            "every driver think twice. Prentice will be sentenced on 14 March."
        ),
        "Today a jury said",
        "cyclists' families",
        "group_joint_statement_families",
    ),
    # 80
    (
        (
            "WINNIPEG — “Stay off the rivers. The ice looks solid and it isn’t, and I have signed too "
            "many death certificates this winter for people who thought they knew better.”\n\n"
            "The warning came Tuesday from Dr. Joyce Abernethy, Manitoba’s chief medical examiner, after "
            "a fourth snowmobiler in six weeks went through the ice on the Red River north of Selkirk.\n\n"
            "RCMP Cpl. Denis Valcourt said the 37-year-old man’s body was recovered by divers on Monday "
            "afternoon. His companion, who made it to shore, was treated for hypothermia.\n\n"
            "Len Gawryluk, executive director of the Manitoba Trail Riders’ Federation, said groomed "
            "trails were safe but river crossings were not. “We put up the signs. People ride around "
            "them,” he said."
        ),
        "Stay off the rivers",
        "Joyce Abernethy",
        "lede_quote_warning_came_from_named",
    ),
]
