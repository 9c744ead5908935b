"""Eighty made-up passages for quotation attribution, written blind (fifteenth set).

Local and regional news as a town or county paper runs it, from UK (English, Welsh and Scottish),
Irish, Australian, Canadian, US, Indian and South African outlets, 2005-2020.

Every passage, name, organisation and event below was invented for this file by someone who had read
only the annotation README (its "What a row is" and "Columns" sections) and the first 120 lines of the
fourteenth case file for its layout, never the tool's source, tests, benchmarks or annotated data. Real
countries, counties, provinces, states, cities, towns, streets and roads, and well-known bodies
(Northampton Crown Court, Tralee District Court, the Land and Environment Court, the Madras High Court,
Delaware Circuit Court, Bedfordshire, Devon and Cornwall and Queensland police, the RCMP, the Garda,
the Florida Highway Patrol, the Illinois State Police, the National Prosecuting Authority, Luton,
Barnsley, Burnley, Walsall, Sheffield, Monmouthshire, Fife, Donegal and Cork councils, Central Coast
Council, the Town of Mosman Park, the Shire of Mount Alexander, the Kochi and Vellore corporations, the
Steve Tshwete and King Sabata Dalindyebo municipalities, the KwaZulu-Natal health department,
Indigenous Services Canada, WorkSafe Tasmania, Ireland's Department of Education, the ASX, SIPTU,
Unite, the Educational Institute of Scotland, the Australian Workers' Union, the IDA, the American Red
Cross, Ball State University, a few real hospitals, schools, school boards, clubs and grounds) appear
only as background or with invented words; the people and most organisations are fictional, and no
event is a real one.

The passages imitate local copy: courts and inquests (a night of burglaries, a headbutted taxi driver,
roadworks speeding, a dangerous dog, a drink-driving death, an apartment arson, a licence fraud, a
chit-fund style deposit fraud, a cash-in-transit bail hearing, a fall down the stairs, a motorbike
death, a quad-bike coroner's finding), police appeals and arrests (a town-centre stabbing, a car-park
hoon, a rural chase, chain snatchers, an illicit-arrack raid, a cannabis crop, a woman buried in a
snowdrift, a missing woman, a house robbery, a fatal crash tribute, a police shooting, a bench thrown
in a canal, school-zone speeding), council and health decisions (footpath shops demolished, a koala
corridor, a drive-through coffee shop, empty council houses, a school crossing, a budget, a solar farm,
a playground car park, a rate rise, a maternity-unit march, a minor injuries unit, trolley numbers, an
MRI scanner, a cancer centre, an oxygen failure, a clinic with no roof, a dengue outbreak, a care-home
outbreak report), strikes and walk-outs (bus drivers, nurses, bin lorry drivers, municipal workers,
taxi operators, an underground sit-in, a plant sit-in, teachers, a closed mill), school news (an
inspection letter, a late-bus cut, graffiti over a dress code, a matric pass rate, a robotics win, a
mid-day meal, prefabs, a closure report), local sport with post-match quotations (country football, a
non-league defeat, junior hockey, high-school football, club hurling, a club rugby final, a ground's
last game), business openings and closures (a bakery, a grocery store, a brewery, a zinc mine, a food
plant), and press releases and events turned into news (a heart pump, a GAA clubhouse, a boil-water
milestone).

Three to six people or bodies speak in each passage. Names come the way local copy gives them: full
name with age and street or town ("Liam Curtis, 27, of Blackthorn Close", "Margaret Ellen Dootson, 81,
of Gidlow Lane", "Carla Benavides, 63", "Lerato Mabuza, 18"), then surname, title and surname ("Sgt
Furlong", "Mr Mokoena", "Ms. Hegde", "Cllr Mac Giolla Bhríde", "Chief Wabasse", "Mrs Ashworth"), role
nouns ("the coroner", "the DCP", "the Collector", "the chairperson", "the Crown", "the Kilmacthomas
boss", "the minister", "the 17-year-old from Kindersley") and pronouns. Titles, ranks and posts the
answer leaves out include Recorder, DC, Detective Inspector, Garda Sergeant, Sergeant, Senior
Constable, Detective Senior Sergeant, Cpl., Captain, Colonel, Warrant Officer, PC, Battalion Chief,
Sheriff, Judge, Magistrate, Senior coroner, Coroner, Councillor, Cllr, Coun., Cr, Chief, Superintendent
of Police, Deputy Commissioner of Police, District Collector, Corporation Secretary, Additional
Sessions Judge, Minister of State ... TD, Rev, Fr, Dr, Mr, Mrs and Ms.; roles come before and after
names ("Nadia Forbes, mitigating", "said Tamara Quinones, a mother of two", "Andrea Kovac, the school's
principal", "said attorney LaToya Simmons, who represents the family"). Relatives, neighbours and
residents are described but unnamed. Names include Irish-language names (Ó Riordáin, Mac Giolla Bhríde,
Ní Bhaoill, Ní Mhurchú, Ó Dubhghaill, Ó hEochaidh), Welsh, Afrikaans, Zulu, Xhosa, Sotho and Tswana
names, Indian names with initials (K. Radhika Menon, R. Senthil Kumar, S. Kathirvel Rajan, S. Lakshmi
Narayanan), a hyphenated first name and surname, and people sharing a surname (a husband and wife
running a bakery, a mother and her dead daughter, a farmer and his daughter, two brewery owners).

Bodies speak by name (a hospitals group, a sheriff's office, a local health district, a health unit's
report, a mining company's ASX announcement, a teachers' union as "the union", a heart institute's
press release, a police department's Facebook post), and unnamed spokespeople and people are given as
descriptions (resident, police spokeswoman, health board spokeswoman, Department of Education
spokesman, Rosewood Cancer Trust spokeswoman, parent, neighbour, Ramesh Yadav's brother, Aoife
Brennan's family). Documents with a named author take the author: a letter to parents signed by a
headteacher, a staff report prepared by a superintendent, a coroner's written findings, a judge's order
("the court observed"), a victim statement written by a mother and read by a prosecutor, a deposition
read at an inquest, a council leader's tweet, a press release quoting a co-owner, a police statement
quoting a detective. Attribution comes after the quotation (name, title and surname, role noun or
pronoun; "said", "told the court", "argued", "the letter reads", "the report states", "according to",
Australian present-tense "she says"), before it with a colon ("told the Express:", "wrote:", "told the
court:", "As ward councillor ... put it:"), around a split quotation (first and second halves chosen),
at a distance (lede quotations followed by "That was the verdict of" and "That's how ... described"),
with no reporting verb (after "did not look for excuses.", "was philosophical.", "He added that...", a
family statement and a deposition introduced in prose), in the second and third paragraphs of an
unclosed run, and by pronoun after a paragraph naming two people (resolved by sex, by the office the
words belong to, and by the quotation's own words) or after an intervening paragraph about someone else
("she added"). One chosen quotation contains a nested single-quoted phrase. Six quotations have no
identifiable source and take an empty speaker (a placard on a march, graffiti on a school, a banner at
a football ground, an unsigned note at a roadside tribute, a slogan painted on a mill gate, chalk
messages outside council chambers), and many chosen quotations sit next to phrases quoted in the
narration ("didn't want to be a fuss", "beyond capacity", "play with no fear", "a rubber stamp",
"sexist", "dragging its heels", "unnecessary and disruptive", "a kick in the guts", "not financially
possible"). Eleven passages use curly quotation marks and apostrophes, the rest straight ones.

Each case is a tuple (passage, first_words_of_chosen_quote, speaker, label); the speaker follows the
convention of data/annotations/quotes_README.md.

First run: 59 of 80 right (0.74), on 2026-12-03 at commit caceac5, before any rule was written from these passages."""

CASES = [
    # 1
    (
        (
            "A Kettering man who burgled three homes in a single night while their owners slept upstairs "
            "has been jailed for four years.\n\n"
            "Liam Curtis, 27, of Blackthorn Close, admitted three counts of burglary and one of handling "
            "stolen goods when he appeared at Northampton Crown Court on Tuesday.\n\n"
            "Prosecuting, Gareth Lowe told the court Curtis had taken car keys, a laptop and jewellery "
            "worth about £6,000, including a wedding ring that has never been recovered. In a statement "
            "read to the court, one victim said she now sleeps with the bedroom door locked.\n\n"
            "Nadia Forbes, mitigating, said her client had been using crack cocaine daily at the time and "
            "had spent five months drug-free on remand. \"He is not asking for sympathy. He knows what he "
            "did to those families and he wants to use this sentence to get clean,\" she said.\n\n"
            "Recorder Philip Ashdown told Curtis: \"People are entitled to feel safe in their own beds, and "
            "you took that from three households in one night.\"\n\n"
            "DC Amy Rudd, of Northamptonshire Police, said after the hearing that she hoped the sentence "
            "would give the victims \"some peace of mind\"."
        ),
        "He is not asking",
        "Nadia Forbes",
        "after_attribution_mitigating_counsel",
    ),
    # 2
    (
        (
            "A Wigan grandmother who fell down the stairs at her home died from a head injury, an inquest "
            "has heard.\n\n"
            "Margaret Ellen Dootson, 81, of Gidlow Lane, was found by her son at the foot of the stairs on "
            "the morning of March 3 and taken to the Royal Albert Edward Infirmary, where she died two days "
            "later.\n\n"
            "Consultant pathologist Dr Anthony Reid said the fall had caused a bleed on the brain that "
            "would not have been survivable even with immediate treatment. Senior coroner Alison Marsh "
            "asked him whether a fall of that kind was common in people of her age, and he said it was.\n\n"
            "Her son, Keith Dootson, told the hearing his mother had turned down a stairlift a year earlier "
            "because she \"didn't want to be a fuss\" and was proud of managing on her own.\n\n"
            "Recording a conclusion of accidental death, the coroner said: \"Mrs Dootson was a fiercely "
            "independent woman, and it is clear her family did everything they could to keep her safe while "
            "respecting her wishes.\""
        ),
        "Mrs Dootson was",
        "Alison Marsh",
        "role_noun_coroner_after_family_phrase",
    ),
    # 3
    (
        (
            "Police are appealing for witnesses after a 19-year-old man was stabbed outside a takeaway in "
            "Luton town centre in the early hours of Sunday.\n\n"
            "The victim was found with wounds to his back and arm in Bute Street shortly after 2.30am. He "
            "was taken to hospital, where his condition is described as serious but stable. The owner of "
            "the takeaway, who did not want to be named, said his staff had called an ambulance and given "
            "first aid until it arrived.\n\n"
            "Detective Inspector Kay Morrow, of Bedfordshire Police, said: \"This was a shocking attack in a "
            "busy part of town at a time when plenty of people were still out and about.\n\n"
            "\"Someone will have seen what happened, or will have seen a group of men running towards "
            "Guildford Street afterwards. I would urge them to come forward, however small they think the "
            "detail is.\"\n\n"
            "A 20-year-old man from Dunstable was arrested on suspicion of wounding with intent and has "
            "been released on bail. A spokesman for Luton Borough Council said footage from its town-centre "
            "cameras had been handed to detectives."
        ),
        "Someone will have",
        "Kay Morrow",
        "continuation_second_paragraph",
    ),
    # 4
    (
        (
            "A record 71 patients were waiting on trolleys at St Kieran’s General Hospital in Birr "
            "yesterday morning, the highest figure at any hospital in the country.\n\n"
            "Nurses at the hospital said the emergency department had been “beyond capacity” since New "
            "Year’s Day. Maura Keenan, industrial relations officer for the nurses’ union in the region, "
            "said staff were being asked to care for patients on chairs in corridors.\n\n"
            "“We regret that any patient has had to wait for a bed, and we apologise to them and their "
            "families. Additional beds have been opened and elective procedures have been deferred for the "
            "rest of the week,” the Midland Hospitals Group said in a statement.\n\n"
            "Local TD Colm Daverin said he had raised the situation with the Minister for Health and would "
            "be seeking a meeting with the group’s chief executive.\n\n"
            "One woman, whose 88-year-old father spent 31 hours on a trolley, said the staff had been “run "
            "off their feet” but had treated him with kindness."
        ),
        "We regret that",
        "Midland Hospitals Group",
        "organisation_statement_after",
    ),
    # 5
    (
        (
            "Mallee Park kicked seven goals to one in the final quarter to overrun Birchip by 29 points at "
            "the Sea Lake recreation reserve on Saturday, moving back into the top four.\n\n"
            "Birchip had led by 14 points at three-quarter time after a dominant third term in which "
            "ruckman Tom Kelleway gave his midfielders first use of the ball all afternoon.\n\n"
            "Birchip coach Shane Hartigan did not look for excuses. \"We were beaten by a fitter side in the "
            "last twenty minutes, simple as that. We have to be better than that at this time of year.\"\n\n"
            "Mallee Park coach Darren Liddy said his players had been told at the final change to \"play "
            "with no fear\". \"The boys just ran and ran. I'm really proud of them,\" he said.\n\n"
            "Liddy said forward Josh Pendergast, who kicked four goals, would be assessed during the week "
            "for a hamstring strain. The league confirmed Kelleway had been reported for a high bump in the "
            "second quarter and would face the tribunal on Tuesday."
        ),
        "We were beaten",
        "Shane Hartigan",
        "no_verb_after_blunt_sentence",
    ),
    # 6
    (
        (
            "About 240 transit operators in Brandon walked off the job at 5 a.m. Monday, leaving thousands "
            "of riders to find other ways to school and work on the first cold morning of the season.\n\n"
            "The drivers, members of Amalgamated Transit Union Local 1704, have been without a contract "
            "since March. Local president Gordon Pelletier said the sticking points were split shifts and "
            "the lack of washroom breaks on longer routes.\n\n"
            "\"Nobody on this picket line wanted to be here today,\" Pelletier said outside the Ninth Street "
            "garage, \"but we have been at the table for eight months and the city has not moved.\"\n\n"
            "City manager Lorraine Vachon said the city's offer was \"fair and competitive\" and that it was "
            "ready to return to talks as early as Tuesday. In a notice posted to its website, the city said "
            "paratransit service would continue.\n\n"
            "Brandon University student Kyle Meekis, who walked 40 minutes to campus, said he supported the "
            "drivers but hoped the strike would be short."
        ),
        "Nobody on this",
        "Gordon Pelletier",
        "split_quote_first_half",
    ),
    # 7
    (
        (
            "A 34-year-old Jasper man was arrested Thursday after leading deputies on a chase that ended "
            "when his pickup overturned in a soybean field off Route 9, authorities said.\n\n"
            "Travis Lee Buckner faces charges of fleeing and eluding, driving under the influence and "
            "possession of methamphetamine. He was treated at Memorial Hospital for minor injuries and "
            "booked into the Pruett County Jail.\n\n"
            "\"Deputies acted quickly to end a dangerous pursuit without anyone being seriously hurt. Mr. "
            "Buckner is fortunate that the field was empty,\" the Pruett County Sheriff's Office said in a "
            "news release.\n\n"
            "The chase began just after 6 p.m. when a deputy tried to stop the truck for an expired tag on "
            "Main Street, according to the release. Sheriff Dale Whitcomb said the pursuit reached speeds "
            "of 90 mph on a two-lane road.\n\n"
            "The farmer who owns the field, Gene Osterhout, said he lost about a quarter-acre of beans. "
            "\"I'm just glad nobody got killed,\" he said."
        ),
        "Deputies acted quickly",
        "Pruett County Sheriff's Office",
        "press_release_sheriffs_office",
    ),
    # 8
    (
        (
            "The Kochi Corporation on Wednesday demolished 14 shops built on the footpath of Banerji Road "
            "near the Kacheripady junction, bringing traffic on the busy stretch to a halt for nearly three "
            "hours.\n\n"
            "Shop owners, who said they had been trading at the spot for more than two decades, staged a "
            "protest and blocked the road as earthmovers moved in. Traders' association secretary P. A. "
            "Salim alleged that the action was taken without giving owners a chance to move their stock.\n\n"
            "\"We gave notice to every one of these shop owners in January and again in March. The footpath "
            "belongs to pedestrians, and the drive will continue on other roads next week,\" said "
            "Corporation Secretary K. Radhika Menon.\n\n"
            "Police said 11 persons were taken into preventive custody and released in the evening. "
            "Opposition councillor Jose Thomas termed the demolition \"a show of force against small "
            "traders\" and demanded that the council discuss rehabilitation at its next meeting."
        ),
        "We gave notice",
        "K. Radhika Menon",
        "name_with_initials_after",
    ),
    # 9
    (
        (
            "Residents of Ext 4 in Mhluzi outside Middelburg barricaded roads with burning tyres on Monday "
            "morning, protesting against water outages they say have lasted for three weeks.\n\n"
            "Police spokesperson Captain Nomsa Dlamini said officers had used rubber bullets to disperse a "
            "group that was throwing stones at passing vehicles. \"The situation is now calm and police will "
            "remain in the area,\" she said. Four people were arrested for public violence.\n\n"
            "Ward councillor Sipho Mahlangu said he had been told a pump at the reservoir had broken down "
            "and that a replacement part was on order.\n\n"
            "\"The water comes for one hour at night, and then it's gone. We are buying water from people "
            "with bakkies at R20 for a drum,\" said one resident, who asked not to be named.\n\n"
            "The Steve Tshwete Local Municipality said in a statement that water tankers had been sent to "
            "the area and that repairs would be completed by the end of the week."
        ),
        "The water comes",
        "resident",
        "unnamed_resident_after",
    ),
    # 10
    (
        (
            "A Stockport secondary school has been told it requires improvement after inspectors found "
            "pupils' behaviour in lessons was \"too variable\".\n\n"
            "Inspectors who visited Hazelwood High School in February said that teaching in English and "
            "science was good, but that \"low-level disruption\" was common in some lower-school classes. The "
            "report also praised the school's careers advice.\n\n"
            "In a letter sent to parents on Friday and signed by headteacher Rebecca Thornley, the school "
            "said it was disappointed with the grading. \"We have taken the inspectors' findings seriously "
            "and a new behaviour policy will be in place from the start of the summer term,\" the letter "
            "reads.\n\n"
            "Chair of governors Graham Ollerenshaw said the governing body had \"full confidence\" in the "
            "leadership team. One parent, whose son is in Year 8, said she had raised concerns about "
            "disruption with the school more than once."
        ),
        "We have taken",
        "Rebecca Thornley",
        "letter_signed_by_headteacher",
    ),
    # 11
    (
        (
            "More than 400 people marched through Whitehaven town centre on Saturday in protest at plans to "
            "move consultant-led maternity care from the West Cumberland Hospital to Carlisle, 40 miles "
            "away.\n\n"
            "The march, organised by the campaign group Keep Maternity West, ended with speeches outside "
            "the civic hall. Group chair Jenny Tolson told the crowd that the road to Carlisle was \"not fit "
            "for a woman in labour in January\". Many marchers carried pushchairs, and one handmade placard "
            "held aloft near the front read: \"Mothers should not have to give birth in a lay-by.\"\n\n"
            "Local MP Stephen Haigh said he had written to the health secretary asking for the decision to "
            "be called in.\n\n"
            "A spokesman for the trust that runs both hospitals said no final decision had been taken. \"We "
            "understand the strength of feeling in West Cumbria and the consultation remains open until the "
            "end of next month,\" he said."
        ),
        "Mothers should not",
        "",
        "placard_empty_speaker",
    ),
    # 12
    (
        (
            "A Tralee man who headbutted a taxi driver in a row over a fare has been given a four-month "
            "suspended sentence at Tralee District Court.\n\n"
            "Darragh Moynihan, 24, of Ballyard Drive, pleaded guilty to assault causing harm at Denny "
            "Street on the night of December 22.\n\n"
            "Garda Sergeant Declan Furlong told the court that the taxi driver had asked for the fare up "
            "front after Moynihan and two friends got into the car. \"He became aggressive when the driver "
            "refused to move off without payment, and he struck the driver once with his head,\" Sgt Furlong "
            "said.\n\n"
            "Solicitor Pat Lenihan, for the accused, said his client had been drinking since the afternoon "
            "and had no memory of the incident. He had brought €500 to court as a token of his remorse.\n\n"
            "Judge Deirdre Cashman said drink was no excuse. She said taxi drivers provided \"a vital public "
            "service late at night\" and were entitled to do their jobs without fear. The taxi driver "
            "declined to make a victim impact statement."
        ),
        "He became aggressive",
        "Declan Furlong",
        "garda_evidence_after_court",
    ),
    # 13
    (
        (
            "A proposal for 380 houses on bushland at Ourimbah was refused by Central Coast Council on "
            "Tuesday night, with councillors voting nine to three against their own planning staff’s "
            "recommendation.\n\n"
            "The developer, Kestrel Land Group, had argued the site was already zoned for housing and that "
            "a koala corridor had been set aside along the creek. Its managing director, Warren Sapsford, "
            "said in a statement the company would consider an appeal to the Land and Environment Court.\n\n"
            "“The corridor they are offering is forty metres wide,” said Ourimbah Koala Watch president "
            "Fiona Castellari, who addressed the meeting, “and no amount of landscaping will turn a strip "
            "of scrub beside a road into habitat that koalas will actually use.”\n\n"
            "Mayor Glen Rutter said the vote showed council would not be “a rubber stamp” for developers, "
            "but deputy mayor Anita Brescia, who voted for the proposal, warned that rejecting it could "
            "cost ratepayers in legal fees."
        ),
        "and no amount",
        "Fiona Castellari",
        "split_quote_second_half",
    ),
    # 14
    (
        (
            "More than 60 parents packed the Eastfield School Board meeting Monday night, most of them to "
            "oppose a plan to cut late bus routes for students who stay after school for sports and clubs.\n\n"
            "Superintendent Michael Dorsey said the change would save the district about $210,000 a year "
            "and that fewer than 90 students used the late buses on a typical day.\n\n"
            "During public comment, parents lined up for nearly two hours. \"My daughter was on the robotics "
            "team for two years because there was a bus to get her home. Without it she would have quit,\" "
            "said Tamara Quinones, a mother of two from the Riverside neighborhood.\n\n"
            "Another parent, Doug Feeney, told the board the district was \"balancing the budget on the "
            "backs of working families.\"\n\n"
            "Board president Lisa Hartwell said no vote would be taken until the board's March 14 meeting. "
            "The teachers union also opposes the cuts, according to a letter it sent to board members last "
            "week."
        ),
        "My daughter was",
        "Tamara Quinones",
        "role_after_name_public_comment",
    ),
    # 15
    (
        (
            "RCMP are warning drivers to stay off back roads north of Morinville after a woman was rescued "
            "from her car, which had slid into a ditch and been buried by drifting snow overnight.\n\n"
            "The 57-year-old woman was found just after 7 a.m. Friday by a snowplow operator on Range Road "
            "253. Sturgeon County fire chief Ron Kilbride said she was cold but conscious and had kept her "
            "engine running for short periods to stay warm.\n\n"
            "Cpl. Jean-Marc Thibodeau of the Morinville RCMP said the woman had called 911 shortly after "
            "midnight but could not tell dispatchers exactly where she was. Kilbride praised her for "
            "keeping her tailpipe clear. Thibodeau said crews had searched several roads before she was "
            "found.\n\n"
            "\"Those roads are not being ploughed overnight right now, and if you go into the ditch out "
            "there nobody is going to find you quickly,\" he said.\n\n"
            "The plow operator, Ken Rudyk, told the Gazette he almost drove past the car. \"All I could see "
            "was the antenna,\" he said."
        ),
        "Those roads are",
        "Jean-Marc Thibodeau",
        "pronoun_after_two_named_same_gender",
    ),
    # 16
    (
        (
            "A former clerk at the Mthatha traffic department who issued 212 learner's licences to people "
            "who never wrote the test was sentenced to eight years in prison in the Mthatha Regional Court "
            "on Thursday.\n\n"
            "Zukiswa Mbeki-Ndlovu, 43, was convicted of fraud and corruption last month. The court heard "
            "she had charged applicants between R1,500 and R3,000 each.\n\n"
            "Magistrate Andile Qoboshiyane said public servants who sold documents that put unqualified "
            "drivers on the roads were \"endangering every family that travels on them\".\n\n"
            "Defence attorney Mzwandile Gqirana said his client would appeal against both conviction and "
            "sentence.\n\n"
            "The National Prosecuting Authority welcomed the sentence. \"The State will continue to "
            "prioritise corruption cases in licensing departments because of the direct danger they pose to "
            "the public,\" said NPA regional spokesperson Lwazi Ntuli. He said the Department of Transport "
            "had since cancelled all 212 licences."
        ),
        "The State will",
        "Lwazi Ntuli",
        "spokesperson_named_npa",
    ),
    # 17
    (
        (
            "The city police on Saturday arrested three men suspected of involvement in 26 chain-snatching "
            "cases reported in Adyar, Besant Nagar and Thiruvanmiyur over the last four months, and "
            "recovered 61 sovereigns of gold.\n\n"
            "The accused, identified as S. Manikandan, 24, of Perungudi, his cousin M. Dinesh, 22, and R. "
            "Prakash, 27, of Velachery, were arrested near the Thiruvanmiyur bus terminus during a vehicle "
            "check, according to Deputy Commissioner of Police (Adyar) R. Senthil Kumar.\n\n"
            "A special team analysed footage from more than 200 surveillance cameras and traced the "
            "motorcycle used in most of the incidents. \"The gang targeted elderly women returning from "
            "temples in the early morning, when the roads were nearly empty,\" the DCP said.\n\n"
            "One of the victims, a 68-year-old retired teacher from Besant Nagar, said she was grateful to "
            "get her chain back. Commissioner of Police A. Jayaraman said the special team would be given a "
            "cash reward. The three were produced before a magistrate and remanded in judicial custody."
        ),
        "The gang targeted",
        "R. Senthil Kumar",
        "role_noun_dcp_after",
    ),
    # 18
    (
        (
            "A Barnsley bakery that has sold bread and pies on the same corner for 62 years will close its "
            "doors for the last time on Saturday.\n\n"
            "Goodall's on Dodworth Road was opened by Brian Goodall's father in 1956. Brian, 71, and Pat "
            "Goodall, 68, have run it together since they married in 1979, and say rising energy bills and "
            "the cost of flour have made it impossible to carry on.\n\n"
            "Mr Goodall said their ovens were costing £1,800 a month to run, three times what they cost two "
            "years ago. \"We're not getting any younger, but we'd have kept going if the sums added up,\" he "
            "said.\n\n"
            "\"It breaks my heart to tell people. Some of our customers have been coming in every Saturday "
            "since they were kids,\" said Mrs Goodall.\n\n"
            "Neighbouring shopkeeper Amjad Hussain said the street would \"not be the same\". A Barnsley "
            "Council spokeswoman said business rates support had been offered to the couple earlier this "
            "year."
        ),
        "It breaks my",
        "Pat Goodall",
        "shared_surname_title_mrs",
    ),
    # 19
    (
        (
            "\"That's the best we've played all season, and we've got nothing to show for it.\"\n\n"
            "That was the verdict of Saltburn Athletic manager Neil Cawthorne after his side were beaten "
            "2-1 by a stoppage-time header at Thornton Dale on Saturday.\n\n"
            "Saltburn dominated the first half and led through Callum Reay's 30-yard strike, but Thornton "
            "Dale's goalkeeper Ollie Tranter made three fine saves to keep them in the game. Lewis Mounsey "
            "equalised from the spot after 71 minutes and substitute Jack Fenby headed in the winner in the "
            "fourth minute of added time.\n\n"
            "Thornton Dale boss Steve Walmsley admitted his side had been \"second best for an hour\". \"We "
            "had a lot of luck today but you make your own luck sometimes. Ollie kept us in it,\" he said. "
            "Tranter himself said he had \"never had a busier afternoon\" in goal.\n\n"
            "Cawthorne said the penalty decision was \"soft\" and confirmed that he would be speaking to the "
            "referees' assessor."
        ),
        "That's the best",
        "Neil Cawthorne",
        "lede_quote_that_was_verdict",
    ),
    # 20
    (
        (
            "Newmarket-on-Fergus GAA club has opened its new €1.2 million clubhouse and all-weather pitch, "
            "ten years after the idea was first discussed at a club AGM. The facility was officially opened "
            "on Sunday by Clare county board chairman Pádraig Hassett, who said it was “the finest club "
            "facility in the county” and a model for other clubs.\n\n"
            "Club chairman Tadhg Ó Riordáin paid tribute to volunteers who raised more than €400,000 "
            "through church-gate collections, a cycle from Mizen Head to Malin Head and a 24-hour hurling "
            "match.\n\n"
            "“When we started this, people told us we were mad,” he said. “We had a muddy field and a "
            "dressing room with no hot water.\n\n"
            "“Today we have 430 juvenile members, boys and girls, and they have somewhere proper to play.\n\n"
            "“None of this would have happened without the people who stood outside the church in the rain, "
            "Sunday after Sunday.”\n\n"
            "The club’s under-12 team played the first match on the new pitch. Local councillor Bernadette "
            "Hehir said the council would examine whether the car park could be extended."
        ),
        "None of this",
        "Tadhg Ó Riordáin",
        "continuation_third_paragraph",
    ),
    # 21
    (
        (
            "Nurses at St. Anselm Medical Center in Toledo began a two-day strike at 7 a.m. Tuesday, the "
            "first walkout at the hospital in its 140-year history.\n\n"
            "About 900 registered nurses, represented by the Ohio Nurses Union, say chronic understaffing "
            "has left some medical floors with one nurse for every seven patients. \"We are not out here for "
            "ourselves. We are out here because our patients deserve someone who has time to answer the "
            "call light,\" said Denise Hollenbeck, a cardiac nurse and the union's chief steward at the "
            "hospital.\n\n"
            "The hospital brought in about 400 replacement nurses from an agency in Denver.\n\n"
            "\"Our doors are open and patient care is continuing without interruption. We remain willing to "
            "meet with the union at any time,\" said Rhonda Pike, a spokeswoman for St. Anselm.\n\n"
            "Toledo City Council member Yvonne Harper joined the picket line at lunchtime and called on "
            "both sides to accept mediation. Several passing drivers honked in support."
        ),
        "Our doors are",
        "Rhonda Pike",
        "named_spokeswoman_for_hospital",
    ),
    # 22
    (
        (
            "A 19-year-old P-plater has had his car impounded for three months after police clocked him "
            "doing burnouts in the car park of a Mandurah shopping centre on Saturday night.\n\n"
            "Officers from the Peel District traffic unit were called to the Meadow Springs Shopping Centre "
            "after shoppers reported a blue Commodore \"screaming around\" the lower car park at about 9pm.\n\n"
            "Senior Constable Ben Tarrant said one family had to pull their children out of the way. The "
            "driver, from Greenfields, was issued with a summons to appear in Mandurah Magistrates Court "
            "and had his licence suspended.\n\n"
            "\"This is not harmless fun. A car park on a Saturday night is full of families and one mistake "
            "could kill someone,\" a police spokeswoman said.\n\n"
            "Centre manager Leanne Coyle said security guards had been told to report any further incidents "
            "directly to police. The City of Mandurah said it was considering speed humps in the area."
        ),
        "This is not",
        "police spokeswoman",
        "unnamed_police_spokeswoman",
    ),
    # 23
    (
        (
            "Parents in Port Dover are being urged to have their say on a proposal to close Lakeview Public "
            "School and move its 143 students to two larger schools in Simcoe and Jarvis.\n\n"
            "A staff report prepared by superintendent of education Karen Mulvihill will be presented to "
            "trustees of the Haldimand-Norfolk District School Board on Monday. \"Enrolment at Lakeview has "
            "fallen by 38 per cent in ten years, and the building needs an estimated $4.6 million in "
            "repairs over the next five,\" the report states.\n\n"
            "Trustee Bill Demaray said no decision had been made. \"This is the start of a conversation,\" he "
            "said.\n\n"
            "Parent council chair Stacy Ingrao said the school was \"the heart of this community\" and that "
            "families would fight the plan. \"You take the school out of a small town and young families "
            "stop moving here,\" she said.\n\n"
            "Norfolk County councillor Dennis Harlow said council would send a delegation to the board "
            "meeting."
        ),
        "Enrolment at Lakeview",
        "Karen Mulvihill",
        "document_with_named_author",
    ),
    # 24
    (
        (
            "Three patients died at the district hospital in Bahraich on Sunday night, allegedly after the "
            "supply of oxygen to the emergency ward was interrupted for nearly 40 minutes.\n\n"
            "The dead were identified as Ramesh Yadav, 52, of Nanpara, Sushila Devi, 61, and a 34-year-old "
            "man from Kaiserganj whose name was not released.\n\n"
            "\"There was no doctor in the ward when the oxygen stopped. We ran from room to room shouting "
            "for help but nobody came,\" said the brother of Ramesh Yadav, who had been at his bedside "
            "through the night.\n\n"
            "Chief Medical Superintendent Dr. A. K. Srivastava denied that there had been any shortage of "
            "oxygen. He said the three patients were critically ill and had died of their illnesses.\n\n"
            "District Magistrate Shambhu Kumar ordered a magisterial inquiry, to be completed within a "
            "week. Samajwadi Party district president Iqbal Ansari, who led a protest outside the hospital "
            "on Monday morning, demanded the suspension of the hospital's senior staff."
        ),
        "There was no",
        "Ramesh Yadav's brother",
        "unnamed_relative_of_named_person",
    ),
    # 25
    (
        (
            "Refuse has been piling up on the streets of Rustenburg for more than a week as municipal "
            "workers continue a wildcat strike over unpaid overtime.\n\n"
            "Workers gathered outside the civic centre on Monday singing and blowing whistles. Shop steward "
            "Tumelo Seleka said some workers were owed more than R9,000 for work done during the festive "
            "season. \"We worked on Christmas Day. We worked on New Year's Day. Now they tell us there is no "
            "money,\" he said.\n\n"
            "The municipality's spokesperson, Thabo Mokoena, said the strike was unprotected and that "
            "workers who stayed away would not be paid. \"The municipality has paid the overtime that was "
            "approved by managers. Claims that were not approved are being investigated,\" Mr Mokoena said.\n\n"
            "Business owners in the CBD said the rubbish was attracting rats. Ratepayers' association "
            "chairperson Elmarie Botha called on the provincial government to intervene."
        ),
        "The municipality has",
        "Thabo Mokoena",
        "municipal_spokesperson_title_mr",
    ),
    # 26
    (
        (
            "Plans for a drive-through coffee shop on the edge of Abergavenny have been approved despite "
            "objections from the town council and more than 80 residents.\n\n"
            "Monmouthshire County Council's planning committee voted seven to four in favour of the "
            "application on Tuesday, after officers said traffic from the site would not cause a \"severe\" "
            "impact on the A465 roundabout.\n\n"
            "\"The worry for people living on Hereford Road,\" said Councillor Julian Prothero, who spoke "
            "against the plan, \"is that queues will back up onto the roundabout every morning.\"\n\n"
            "Town council clerk Helen Madoc said the town had \"more than enough coffee shops\" and that the "
            "site should be used for housing.\n\n"
            "A spokesman for the applicant said the shop would create 22 jobs. Committee chairman Cllr Ray "
            "Jenkins said the committee could only refuse on planning grounds."
        ),
        "The worry for",
        "Julian Prothero",
        "inside_attribution_first_half",
    ),
    # 27
    (
        (
            "A Carlow man who died after his motorbike left the road near Bagenalstown had been on his way "
            "to his first day in a new job, an inquest has heard.\n\n"
            "Ciarán Doyle, 29, of Kildavin, died at the scene on the R705 on the morning of September 7.\n\n"
            "In a deposition read to Carlow Coroner’s Court, his partner, Sinéad Walsh, said he had left "
            "the house at 7.15am. “He was in great form. He had been looking forward to the job for weeks "
            "and he had his lunch made the night before.”\n\n"
            "Garda Brian Kinsella said the road was wet and there was no evidence that any other vehicle "
            "was involved. A forensic collision investigator, Sergeant Liam Treacy, estimated the bike’s "
            "speed at 85km/h on a bend with an advisory limit of 60km/h.\n\n"
            "Coroner Declan Fennelly returned a verdict of accidental death and offered his sympathy to Mr "
            "Doyle’s family. “This is a tragedy for a young man with his whole life ahead of him,” he said."
        ),
        "He was in",
        "Sinéad Walsh",
        "deposition_read_at_inquest",
    ),
    # 28
    (
        (
            "Someone spray-painted messages on the walls of Franklin Middle School in Somerville overnight "
            "Sunday, in what the principal called an act of vandalism aimed at the school's new dress code.\n\n"
            "The largest message, in red letters across the gym doors, read: \"We see what you are doing to "
            "us.\" Smaller tags on the bike shed called the code \"sexist\" and included the name of an "
            "assistant principal.\n\n"
            "Principal Sheila Moynahan said custodians had covered most of the paint by 10 a.m. Monday. \"We "
            "respect students' right to disagree with school policy, but this is not the way to do it,\" she "
            "said.\n\n"
            "Somerville police Sgt. Tom Pryor said officers were reviewing footage from a camera on a "
            "nearby building.\n\n"
            "Eighth-grader Aisha Lawal, who helped organize a petition against the dress code last month, "
            "said she did not know who was responsible. \"Our petition had 300 names on it. We did it the "
            "right way,\" she said."
        ),
        "We see what",
        "",
        "graffiti_empty_speaker",
    ),
    # 29
    (
        (
            "For the third time in a month, the bench outside St Matthew's church in Walsall Wood has been "
            "pulled from its concrete base and dumped in the canal.\n\n"
            "The bench was paid for by parishioners in memory of a former churchwarden. Vicar Rev Anne "
            "Threlfall said it was \"heartbreaking\" for his family.\n\n"
            "PC Gary Woodcock, who has been the beat officer for the area for six years, was philosophical. "
            "\"You can't arrest your way out of boredom. We need somewhere for these lads to go in the "
            "evenings, and at the moment there isn't anywhere.\"\n\n"
            "Walsall Council said it would install a new bench with a steel frame. Parish councillor Dave "
            "Brindley said the youth club in the village had closed in 2014 and that the parish council was "
            "looking at ways to reopen it."
        ),
        "You can't arrest",
        "Gary Woodcock",
        "no_verb_after_philosophical",
    ),
    # 30
    (
        (
            "A Cairns man who drove at 146km/h through roadworks on the Bruce Highway while disqualified "
            "has been jailed for six months.\n\n"
            "Jayden Michael Crouch, 31, of Edmonton, pleaded guilty in Cairns Magistrates Court on "
            "Wednesday to dangerous driving and driving while disqualified.\n\n"
            "Police prosecutor Sergeant Kylie Brandt told the court the speed limit through the roadworks "
            "at Gordonvale was 60km/h and that six workers were on site. \"It was sheer luck that nobody was "
            "killed that afternoon,\" Sgt Brandt said.\n\n"
            "Defence lawyer Rhys Maddigan said Crouch had been rushing to see his partner, who had gone "
            "into labour early. Magistrate Joan Ferris said that did not explain why he was driving at all. "
            "\"You were disqualified for a reason,\" she said.\n\n"
            "Crouch will be eligible for parole after three months. A spokesman for the Department of "
            "Transport and Main Roads said workers had been \"badly shaken\"."
        ),
        "It was sheer",
        "Kylie Brandt",
        "prosecutor_role_before_name",
    ),
    # 31
    (
        (
            "Sudbury city council approved its 2019 budget late Tuesday after a nine-hour meeting, settling "
            "on a property tax increase of 3.1 per cent, below the 4.8 per cent staff had first proposed.\n\n"
            "Most of the savings came from deferring repairs to the roof of the Sudbury Arena and from "
            "cutting two planned positions in the planning department.\n\n"
            "Coun. Maria Delgado, who chairs the finance committee, had earlier pressed city treasurer Joan "
            "Whitley on why the cost of the arena roof had doubled since 2016. Whitley said the original "
            "estimate had not included asbestos removal.\n\n"
            "\"We cannot keep putting off the big repairs and then acting surprised when the bill arrives. "
            "That is how we ended up here,\" she said, adding that she would bring a motion next month to "
            "set up a reserve fund for major repairs.\n\n"
            "Mayor Paul Lachance said the final figure was \"a fair balance\" between keeping taxes down and "
            "maintaining services. Coun. Denis Ruelland voted against the budget, saying it did not do "
            "enough for roads in the outlying wards."
        ),
        "We cannot keep",
        "Maria Delgado",
        "pronoun_after_two_women_context",
    ),
    # 32
    (
        (
            "Two people escaped uninjured from a house fire on the west side of Pueblo early Saturday, but "
            "a family dog died, fire officials said.\n\n"
            "Crews were called to the 1400 block of West 17th Street at about 4:20 a.m. and found flames "
            "coming from the back of the one-story home. Battalion Chief Aaron Whiteley said: \"The smoke "
            "alarms worked and the residents got out fast. That is exactly what we want people to do.\"\n\n"
            "The fire was under control within 25 minutes. Whiteley said the cause appeared to be a space "
            "heater left too close to a couch.\n\n"
            "\"I heard a window break and then I saw the orange glow through my curtains,\" said Carla "
            "Benavides, 63, who has lived next door for 30 years. She said she took the couple into her "
            "home until the Red Cross arrived.\n\n"
            "The American Red Cross said it was helping the residents with temporary housing. The house is "
            "a total loss."
        ),
        "I heard a",
        "Carla Benavides",
        "neighbour_named_with_age",
    ),
    # 33
    (
        (
            "Residents of 14 wards in Vellore staged a road roko near the Green Circle on Thursday, "
            "demanding regular drinking water supply. Traffic on the Chennai-Bengaluru highway service road "
            "was affected for more than an hour.\n\n"
            "Women carrying empty pots said water had not come through their taps for 12 days. Ward "
            "councillor M. Jayanthi said she had raised the issue at the last three council meetings.\n\n"
            "Officials of the Vellore Corporation said the Palar river bed had run dry and that the "
            "Combined Drinking Water Scheme was supplying only half of its usual quantity.\n\n"
            "District Collector S. Kathirvel Rajan, who reached the spot and held talks with the "
            "protesters, assured them that 40 tankers would be deployed from Friday. \"Every tanker will be "
            "fitted with GPS and the schedule will be displayed at the ward office so that people know when "
            "it will arrive,\" the Collector told reporters.\n\n"
            "The protesters dispersed after the assurance. Opposition leader in the council S. Ramesh Babu "
            "said tankers were only a temporary fix."
        ),
        "Every tanker will",
        "S. Kathirvel Rajan",
        "role_noun_collector_told_reporters",
    ),
    # 34
    (
        (
            "Mahlasedi Secondary School in Mankweng has achieved a 96 percent matric pass rate, up from 61 "
            "percent just three years ago.\n\n"
            "The school's principal, Mr Johannes Ramokgopa, credited Saturday classes and a new study hall "
            "that stays open until 9pm. \"Our learners come from homes without electricity. Giving them "
            "light and a quiet place to work changed everything,\" he said.\n\n"
            "\"I studied every night in the hall and sometimes we slept there before exams. I want to become "
            "a civil engineer and build roads in this area,\" said Lerato Mabuza, 18, who achieved five "
            "distinctions.\n\n"
            "Limpopo education MEC Mokgadi Sebola visited the school on Friday and said its results showed "
            "what was possible \"with dedicated teachers and committed parents\". The department said it "
            "would use the school as a model for underperforming schools in the Capricorn district."
        ),
        "I studied every",
        "Lerato Mabuza",
        "learner_named_with_age",
    ),
    # 35
    (
        (
            "Campaigners in Cardigan have handed in a petition of more than 6,000 signatures opposing the "
            "overnight closure of the town's minor injuries unit.\n\n"
            "The unit at Cardigan Integrated Care Centre has closed between 8pm and 8am since October "
            "because of a shortage of emergency nurse practitioners. Patients needing treatment at night "
            "have to travel to Glangwili Hospital in Carmarthen, about an hour away.\n\n"
            "Campaign organiser Eirlys Rowlands said the \"temporary\" closure was turning into a permanent "
            "one by stealth. Ceredigion MS Gwenllian Rees said she had raised the matter directly with the "
            "health minister.\n\n"
            "\"No decision has been taken on the permanent hours of the unit. We will be recruiting two "
            "additional practitioners this spring and hope to restore the overnight service as soon as it "
            "is safe to do so,\" a spokeswoman for the health board said.\n\n"
            "Local GP Dr Huw Prydderch said he was seeing more patients who had waited until morning to "
            "seek help."
        ),
        "No decision has",
        "health board spokeswoman",
        "unnamed_health_board_spokeswoman",
    ),
    # 36
    (
        (
            "Workers at Kilbeggan Precision Components have begun a sit-in at the plant after the company "
            "announced on Monday that it would close with the loss of 112 jobs.\n\n"
            "The company, which makes parts for medical devices, said in a statement that it had lost its "
            "two largest contracts to a sister plant in Poland and that the Westmeath operation was \"no "
            "longer viable\".\n\n"
            "SIPTU organiser Alan Cusack said workers had been told of the closure at a 15-minute meeting "
            "and given no notice. He added that the company had received more than €2 million in State "
            "grants since 2008. \"These workers gave this company their whole working lives, some of them "
            "for 30 years. They deserve more than a quarter of an hour and a cheque.\"\n\n"
            "Local Fine Gael TD Niall Garrahy said he had contacted the IDA. Kilbeggan parish priest Fr "
            "Martin Geraghty said the closure would be \"devastating\" for a town of 1,300 people."
        ),
        "These workers gave",
        "Alan Cusack",
        "no_verb_after_he_added",
    ),
    # 37
    (
        (
            "A team of Year 9 students from Warrnambool's Merri River Secondary College has won the state "
            "final of a robotics competition, beating 48 schools from across Victoria.\n\n"
            "The four students designed and built a robot that could sort recycling by colour and shape. "
            "They now go on to the national final in Sydney in September.\n\n"
            "Team captain Eliza Morrison said the team had rebuilt the robot's arm three times in the week "
            "before the competition. \"We were still fixing it in the car park,\" she said.\n\n"
            "Science teacher Daniel Kerr, who coached the team, said most of the work was done during lunch "
            "breaks.\n\n"
            "Andrea Kovac, the school's principal, said the whole school had watched the final on a live "
            "stream in the gym. \"It's a proud day for the college and for Warrnambool. These students are "
            "proof that you do not need to be in Melbourne to compete with the best,\" she said.\n\n"
            "The Department of Education said it would help fund the trip to Sydney."
        ),
        "It's a proud",
        "Andrea Kovac",
        "role_after_name_principal_pronoun",
    ),
    # 38
    (
        (
            "A Muncie man was sentenced Thursday to 14 years in prison for the drunk-driving crash that "
            "killed 20-year-old Ball State student Hannah Greer on McGalliard Road last spring.\n\n"
            "Derek Shumaker, 38, pleaded guilty in Delaware Circuit Court to causing death while operating "
            "a vehicle while intoxicated. His blood alcohol level was more than twice the legal limit.\n\n"
            "Deputy Prosecutor Alan Fitch read a statement written by Hannah's mother, Rosalind Greer, who "
            "was too upset to read it herself. \"Every morning I wake up and for a few seconds I forget. "
            "Then I remember, and I lose her all over again,\" the statement said.\n\n"
            "Shumaker turned to the family and apologized. Defense attorney Craig Vessels said his client "
            "had been sober since the crash.\n\n"
            "Judge Marianne Vorhees said the sentence reflected \"a choice, not an accident\". Ball State "
            "University said in a statement that a scholarship had been created in Greer's name."
        ),
        "Every morning I",
        "Rosalind Greer",
        "victim_statement_written_read_by_prosecutor",
    ),
    # 39
    (
        (
            "Residents of Kapuskasing no longer have to drive 100 kilometres to Hearst or Timmins for a "
            "full-size grocery store after Northern Basket opened its doors on Government Road on Saturday.\n\n"
            "More than 500 people lined up before the ribbon was cut at 9 a.m. Mayor Luc Gagnon said the "
            "closure of the town's last supermarket in 2017 had been \"a real blow, especially for seniors\".\n\n"
            "Owner Raj Dhaliwal, who also runs stores in Cochrane and Iroquois Falls, said he had spent two "
            "years studying the market. \"We looked at this town for a long time,\" Dhaliwal said. \"People "
            "were driving two hours for fresh produce, and that told me everything I needed to know.\"\n\n"
            "The store has hired 46 people, most of them local. Store manager Chantal Lacroix said staff "
            "had spent a week training in Cochrane. Longtime resident Therese Brunet, 79, said she had been "
            "\"waiting for this day for two years\"."
        ),
        "People were driving",
        "Raj Dhaliwal",
        "split_second_half_owner_canadian",
    ),
    # 40
    (
        (
            "Tottington Town's final game at Moor Lane before the club's move to a new ground in Ramsbottom "
            "ended in a 1-1 draw with Stalybridge Celtic on Saturday, but the result was not what most of "
            "the 2,400 crowd will remember.\n\n"
            "Ten minutes before kick-off a large banner was unfurled across the back of the home end. It "
            "read: \"You sold our history for a car park.\" It stayed up for the whole of the first half "
            "before stewards removed it.\n\n"
            "Chairman Ken Howarth said the board understood fans' feelings but that staying at Moor Lane "
            "was \"not financially possible\". Supporters' trust chair Margaret Lowe said the trust had not "
            "been involved with the banner but shared the sentiment.\n\n"
            "On the pitch, Danny Whelan's penalty put Tottington ahead before Celtic equalised late. \"It "
            "was an emotional day for everyone and the lads did well to keep their heads,\" said manager "
            "Ryan Kidd."
        ),
        "You sold our",
        "",
        "banner_empty_speaker",
    ),
    # 41
    (
        (
            "The Harlan County Board of Commissioners voted 3-2 Tuesday to approve a 1,200-acre solar farm "
            "south of Alma, ending a six-month fight that split neighbors and filled the courthouse for "
            "every hearing.\n\n"
            "Nebraska Sun Partners will lease land from four farm families and expects to begin "
            "construction next spring. Company vice president Dana Whitlock said the project would pay "
            "about $400,000 a year in property taxes.\n\n"
            "Farmer Walter Brandenburg, who will lease 480 acres to the company, spoke before the vote "
            "alongside his neighbor Janice Kettering, who opposed it. He told commissioners his family had "
            "farmed the ground for four generations and that the lease would let his son stay on the farm.\n\n"
            "\"It's my land, and I ought to be able to decide what grows on it, whether that's corn or solar "
            "panels,\" he said.\n\n"
            "Kettering said the panels would ruin the view from her porch and lower property values. "
            "Commissioner Ray Holtz, who voted no, said the county should have written a zoning ordinance "
            "first."
        ),
        "It's my land",
        "Walter Brandenburg",
        "pronoun_refers_to_first_named",
    ),
    # 42
    (
        (
            "Gardaí in Letterkenny have renewed their appeal for help in finding a 23-year-old woman who "
            "has been missing from her home for five days.\n\n"
            "Aoife Brennan was last seen leaving a shop on the Port Road at about 6pm on Thursday. She is "
            "described as 5ft 6in, of slim build, with long red hair, and was wearing a green rain jacket "
            "and black jeans.\n\n"
            "Inspector Gerard Mc Fadden said searches of the area around the town's river walkway had found "
            "nothing so far. \"We are becoming increasingly concerned for Aoife's welfare,\" he said.\n\n"
            "In a statement released through gardaí, her family appealed to her to get in touch. \"She is a "
            "kind and gentle girl and she is not in any trouble. We just want to know that she is safe.\"\n\n"
            "Donegal Mountain Rescue said 40 volunteers had taken part in a search of the hills behind the "
            "town on Sunday. Anyone with information is asked to contact Letterkenny Garda Station."
        ),
        "She is a",
        "Aoife Brennan's family",
        "family_statement_through_garda",
    ),
    # 43
    (
        (
            "Patients at Batemans Bay will no longer have to travel to Canberra or Nowra for an MRI scan "
            "after the hospital's new $3.5 million machine was switched on this week.\n\n"
            "Member for Bega Lachlan Drummond said the scanner had been promised for \"far too long\" but "
            "welcomed its arrival.\n\n"
            "\"The new scanner will mean around 2,500 patients a year can be scanned closer to home, with "
            "reports available to their GP within 48 hours,\" the Riverina Coast Local Health District said "
            "in a statement.\n\n"
            "Radiographer Megan Tully, who moved from Sydney to help run the service, said demand had been "
            "strong in the first week, with 61 scans already completed. Local resident Colin Stapley, 74, "
            "who has had four MRIs since a stroke, said the three-hour round trip had been \"the hardest "
            "part of the whole thing\"."
        ),
        "The new scanner",
        "Riverina Coast Local Health District",
        "health_district_statement",
    ),
    # 44
    (
        (
            "The Swift Current Broncos snapped a five-game losing streak Friday night, beating the Moose "
            "Jaw Warriors 4-2 in front of 2,900 fans at the Innovation Credit Union i-Plex.\n\n"
            "Rookie defenceman Tyler Boychuk scored his first two WHL goals, both on the power play in the "
            "second period. The Broncos also got goals from Carter Lindgren and Nolan Feist, into an empty "
            "net.\n\n"
            "“I just tried to get the puck on net and the guys in front did the rest. It’s a night I’ll "
            "remember for the rest of my life,” said the 17-year-old from Kindersley.\n\n"
            "Broncos head coach Dean Salter said his team had “played with some urgency for a change”. "
            "Warriors coach Ryan Kowalchuk said his side had taken too many penalties. “You can’t give a "
            "team six power plays and expect to win,” he said.\n\n"
            "The Broncos are in Medicine Hat on Saturday."
        ),
        "I just tried",
        "Tyler Boychuk",
        "role_noun_age_descriptor",
    ),
    # 45
    (
        (
            "A new craft brewery and taproom will open next month in a former tire shop on Central Avenue "
            "in downtown Great Falls, bringing 18 jobs to the area.\n\n"
            "Lost Coulee Brewing Co. is owned by Great Falls natives Kristen and Josh Alvarado, who have "
            "spent the last eight years brewing in Denver. The taproom will seat 120 and will have a patio "
            "facing the river.\n\n"
            "\"We wanted a place where people could bring their kids and their dogs and feel at home. Great "
            "Falls gave us our start and we wanted to come back,\" said co-owner Kristen Alvarado in a press "
            "release announcing the opening.\n\n"
            "Downtown Great Falls Association director Paul Tuss said the brewery would help bring foot "
            "traffic to a stretch of Central Avenue with several empty storefronts. The city planning board "
            "approved the change of use in June. Neighbor Lorraine Sikes said she hoped parking would not "
            "become a problem."
        ),
        "We wanted a",
        "Kristen Alvarado",
        "named_person_in_press_release",
    ),
    # 46
    (
        (
            "A Sessions Court in Coimbatore on Monday sentenced a former finance company manager to seven "
            "years' rigorous imprisonment for cheating 63 depositors of ₹2.4 crore.\n\n"
            "K. Murugesan, 51, of R.S. Puram, had collected deposits from retired government employees, "
            "promising interest of 18% a year, and stopped payments in 2014.\n\n"
            "Special Public Prosecutor T. Shanthi told the court that many of the depositors had lost their "
            "entire retirement savings and that four of them had died without recovering any money.\n\n"
            "In his order, Additional Sessions Judge S. Lakshmi Narayanan also imposed a fine of ₹50 lakh. "
            "\"The accused took advantage of the trust of elderly people who had no means of verifying his "
            "claims. Such offences deserve no leniency,\" the court observed.\n\n"
            "Counsel for the accused said an appeal would be filed in the Madras High Court. A depositors' "
            "association leader said the members would now pursue the recovery of the money."
        ),
        "The accused took",
        "S. Lakshmi Narayanan",
        "court_observed_named_judge",
    ),
    # 47
    (
        (
            "Taxi ranks in Mthatha were deserted on Wednesday after operators withdrew their vehicles in "
            "protest against what they called harassment by traffic officers.\n\n"
            "Thousands of commuters were left stranded. Police spokesperson Colonel Thembinkosi Kinana said "
            "there had been no reports of violence but that police were monitoring the situation closely.\n\n"
            "Mzukisi Gwadiso, chairperson of the Mthatha Amalgamated Taxi Association, said drivers were "
            "being fined for the same offences several times a day. \"We are not against the law. We are "
            "against officers who treat taxi drivers as an ATM,\" the chairperson said.\n\n"
            "The King Sabata Dalindyebo municipality said it would meet the association on Thursday. "
            "Domestic worker Nosipho Jali said she had walked 11km to work. \"Nobody told us the taxis would "
            "not run,\" she said."
        ),
        "We are not",
        "Mzukisi Gwadiso",
        "role_noun_chairperson_association",
    ),
    # 48
    (
        (
            "Parents in Chapeltown have welcomed a decision to install a crossing outside Ecclesfield Road "
            "Primary School, four years after they first asked for one.\n\n"
            "Sheffield City Council confirmed on Monday that a signal-controlled crossing will be built "
            "during the summer holidays. The school's headteacher, Mrs Angela Firth, said staff had been "
            "doing \"lollipop duty\" themselves since the crossing patrol post was cut in 2015.\n\n"
            "Parent Nicola Stead, whose petition gathered 1,100 signatures, said the news was \"a huge "
            "relief\". She said cars regularly came over the brow of the hill at 40mph.\n\n"
            "The council had originally said the road did not meet the criteria. As ward councillor Sandra "
            "Pilkington put it: \"Anyone who has stood outside that school at half past three knows the "
            "criteria were wrong.\"\n\n"
            "A council spokesman said traffic surveys last autumn had recorded more vehicles than previous "
            "counts."
        ),
        "Anyone who has",
        "Sandra Pilkington",
        "as_councillor_put_it_colon",
    ),
    # 49
    (
        (
            "The family of a 26-year-old man shot by a Rockford police officer on Sunday is calling for the "
            "release of body camera footage.\n\n"
            "Marcus Danforth was shot twice during a traffic stop on Auburn Street just before midnight and "
            "died at a hospital. Police said officers saw a handgun in the car.\n\n"
            "\"Marcus had his hands on the steering wheel. We have witnesses who saw it. Release the video "
            "and let the community see for themselves,\" said attorney LaToya Simmons, who represents the "
            "family.\n\n"
            "Police Chief Gerald Oakes said at a news conference Monday that the officer had been placed on "
            "administrative leave, as is standard. \"I understand the community's frustration, and we will "
            "be transparent,\" he said.\n\n"
            "The Winnebago County State's Attorney's office said the Illinois State Police would lead the "
            "investigation. Danforth's sister, Keisha, led about 100 people in a vigil outside City Hall on "
            "Monday night."
        ),
        "Marcus had his",
        "LaToya Simmons",
        "attorney_for_family_role_after",
    ),
    # 50
    (
        (
            "A report into a COVID-19 outbreak that killed 11 residents of a Wawa long-term care home has "
            "found the home did not have enough staff to keep infected residents apart from the rest.\n\n"
            "The report, released Thursday by the Algoma Highlands Health Unit, examined the outbreak at "
            "Pinecrest Manor between November and January, when 47 of the home's 62 residents tested "
            "positive.\n\n"
            "\"Staff at Pinecrest worked extremely hard under difficult conditions, but the home was not "
            "staffed or designed to isolate residents effectively,\" the report says.\n\n"
            "Pinecrest administrator Louise Gagnon said in an email that the home accepted the report's "
            "findings and had hired nine additional personal support workers. Brenda Lafrance, whose father "
            "died in the outbreak, said the report \"confirms what the families were saying all along\".\n\n"
            "Wawa Mayor Mitch Hatfield said council would write to the province asking for an inquiry."
        ),
        "Staff at Pinecrest",
        "Algoma Highlands Health Unit",
        "document_no_author_health_unit",
    ),
    # 51
    (
        (
            "A Burnley man whose Staffordshire bull terrier attacked a pensioner and her Yorkshire terrier "
            "in Towneley Park has been ordered to pay £1,200 in compensation.\n\n"
            "Jordan Haworth, 32, of Accrington Road, pleaded guilty at Burnley Magistrates' Court to being "
            "the owner of a dog dangerously out of control in a public place. The court heard the dog was "
            "off its lead when it ran at Pauline Ashworth, 74, who was walking her terrier, Bella, near the "
            "park's café.\n\n"
            "Prosecutor Simon Brockbank said Mrs Ashworth needed stitches to her hand and Bella needed "
            "surgery on her neck.\n\n"
            "Chairman of the bench Margaret Ingham ordered that Haworth's dog must be muzzled and kept on a "
            "lead in public.\n\n"
            "After the hearing, Mrs Ashworth told the Express: \"I thought he was going to kill her. I'm "
            "still nervous every time I see a big dog, and I've walked in that park for 40 years.\"\n\n"
            "A spokesman for Burnley Council said dog wardens would be carrying out extra patrols in the "
            "park."
        ),
        "I thought he",
        "Pauline Ashworth",
        "told_the_paper_colon",
    ),
    # 52
    (
        (
            "Donegal County Council has been accused of “dragging its heels” over 46 council houses in "
            "Dungloe that have stood empty for more than a year.\n\n"
            "At Monday’s meeting of the Glenties Municipal District, Sinn Féin councillor Ciarán Mac Giolla "
            "Bhríde said the houses had been finished in the summer of 2018 but were still waiting for an "
            "ESB connection.\n\n"
            "“People have been on the housing list in this area for eight and nine years, and they drive "
            "past those houses every day,” said Cllr Mac Giolla Bhríde.\n\n"
            "Fianna Fáil councillor Nóirín Ní Bhaoill said she shared his frustration but that the delay "
            "was “not the fault of council staff”. Cathaoirleach Hugh Gildea said the matter would be "
            "raised with the chief executive.\n\n"
            "Senior engineer Declan Sweeney told members that the connection was expected within six weeks "
            "and that tenants had already been chosen."
        ),
        "People have been",
        "Ciarán Mac Giolla Bhríde",
        "irish_name_cllr_after",
    ),
    # 53
    (
        (
            "A coroner has recommended that all farm quad bikes in Tasmania be fitted with crush protection "
            "after finding that a Deloraine farmer would likely have survived if his bike had had a roll "
            "bar.\n\n"
            "Antonio Pellegrini, 67, died in March 2017 when his quad bike rolled on a steep paddock on his "
            "property at Red Hills.\n\n"
            "In findings handed down on Friday, Coroner Harriet Lennox wrote: “Mr Pellegrini’s death was "
            "preventable. A crush protection device costing less than $1,000 would in all likelihood have "
            "saved his life.”\n\n"
            "His daughter, Rosa Pellegrini, said the family hoped the findings would save other families "
            "“from the knock on the door”. WorkSafe Tasmania said it had run a rebate scheme since 2016. "
            "TasFarmers president Ian Kellock said the rebate should be doubled and that farmers “need to "
            "hear this message from each other, not just from government”."
        ),
        "Mr Pellegrini’s death",
        "Harriet Lennox",
        "findings_written_by_coroner",
    ),
    # 54
    (
        (
            "Lincoln Southeast rallied from 14 points down in the fourth quarter to beat Grand Island 28-24 "
            "Friday night and stay unbeaten at 6-0.\n\n"
            "Quarterback Eli Strand threw for 280 yards and two touchdowns in the final nine minutes, the "
            "second a 41-yard strike to receiver DeShawn Pruitt with 38 seconds left. Strand also ran for a "
            "score in the first half.\n\n"
            "\"I knew Eli would find me if I got behind the safety. He has been throwing that ball in "
            "practice all week,\" he said.\n\n"
            "Knights coach Doug Bauman said he had \"never seen a comeback like it\" in 22 years of coaching. "
            "Grand Island coach Pete Vrbka said his defense had simply run out of gas. \"We had them where "
            "we wanted them and we let them off the hook,\" Vrbka said.\n\n"
            "Southeast hosts Lincoln East next Friday."
        ),
        "I knew Eli",
        "DeShawn Pruitt",
        "pronoun_resolved_by_content",
    ),
    # 55
    (
        (
            "Sturgeon Narrows First Nation has been under a boil water advisory for 5,000 days, a milestone "
            "marked Thursday with a walk from the band office to the community's broken water treatment "
            "plant.\n\n"
            "About 200 people took part, many carrying signs. Chief Harvey Wabasse told the crowd the plant "
            "had been promised an upgrade by four different federal governments.\n\n"
            "\"Our children have never once in their lives turned on a tap and drunk the water. Imagine "
            "telling that to a family in Toronto or Ottawa,\" said Chief Wabasse.\n\n"
            "Indigenous Services Canada said in a statement that construction of a new plant would start "
            "next summer. Band councillor Ruth Sakanee said the community had heard that before.\n\n"
            "Nurse Gloria Keeshig, who runs the community health centre, said staff see skin infections in "
            "children every week that she believes are caused by bathing in the water."
        ),
        "Our children have",
        "Harvey Wabasse",
        "chief_title_stripped",
    ),
    # 56
    (
        (
            "More than 60 children of a government primary school in Chhapra fell ill after eating the "
            "mid-day meal on Tuesday. All of them were taken to the Sadar Hospital, where doctors said they "
            "were out of danger.\n\n"
            "The children complained of vomiting and stomach pain about half an hour after eating rice and "
            "dal. Headmaster Vinod Kumar Singh said the cook had told him that a lizard was found in the "
            "dal vessel after the meal was served.\n\n"
            "\"My son came home crying and holding his stomach. We send them to school to study and this is "
            "what happens,\" said a parent who had rushed to the hospital.\n\n"
            "Block Education Officer Ranjana Kumari said samples of the food had been sent for testing and "
            "the cook had been suspended. District Magistrate Alok Ranjan Ghosh ordered an inquiry. Civil "
            "Surgeon Dr. M. P. Gupta said all but five of the children were discharged by evening."
        ),
        "My son came",
        "parent",
        "unnamed_parent_description",
    ),
    # 57
    (
        (
            "The only clinic serving Ezakheni’s C section has been closed for three weeks after its roof "
            "was damaged in a storm, forcing patients to walk to a clinic five kilometres away.\n\n"
            "KwaZulu-Natal health department spokesperson Ntokozo Maphisa said the damage was being "
            "assessed and that a mobile clinic would visit the area twice a week.\n\n"
            "Community health worker Nokuthula Zondi said elderly patients were missing their chronic "
            "medication. “The mobile clinic came once,” she said. “It was parked here for two hours and "
            "then it left, and the queue was still long.”\n\n"
            "Ward councillor Bheki Ntshangase said he had written to the department twice. A pensioner, "
            "Gogo Thembi Msimang, 78, said she had not collected her blood pressure tablets this month."
        ),
        "It was parked",
        "Nokuthula Zondi",
        "split_second_half_pronoun",
    ),
    # 58
    (
        (
            "Bin collections in Coventry will return to normal next week after striking refuse drivers "
            "voted to accept a new pay offer, ending a dispute that left rubbish piled up in some streets "
            "for almost two months.\n\n"
            "The 70 drivers, members of the Unite union, voted by 58 to 9 to accept the deal on Thursday. "
            "Unite regional officer Dave Pimlott said the agreement recognised the drivers' \"skills and "
            "responsibility\".\n\n"
            "\"Agreement has been reached. Thanks to residents for their patience over the last few weeks. "
            "Crews will be working to clear the backlog from Monday,\" council leader Tahir Qureshi wrote on "
            "Twitter.\n\n"
            "Opposition Conservative leader Gary Ridley said the dispute had cost the council more than £2 "
            "million in agency staff and should never have lasted so long.\n\n"
            "Resident Karen Shaw, of Foleshill, said rubbish had not been collected from her road since "
            "early March."
        ),
        "Agreement has been",
        "Tahir Qureshi",
        "tweet_after",
    ),
    # 59
    (
        (
            "Pupils at Gaelscoil an Chnoic in Ballincollig have been taught in prefabs for 14 years, and "
            "parents say they are tired of waiting for a permanent building.\n\n"
            "The school, which opened in 2005 with 32 pupils, now has 287 and uses nine prefabs. Principal "
            "Siobhán Ní Mhurchú said the prefabs were \"freezing in winter and roasting in summer\".\n\n"
            "Parents' association chairman Fergal Lucey said the school had been told in 2012 that a new "
            "building was \"a priority\".\n\n"
            "\"Funding has been approved for the project and the Department expects to appoint a design team "
            "before the end of the year,\" a spokesman for the Department of Education said.\n\n"
            "Local TD Dónal Buckley said he would be seeking a meeting with the minister. Cork County "
            "Council said a site had been identified on the Model Farm Road."
        ),
        "Funding has been",
        "Department of Education spokesman",
        "unnamed_department_spokesman",
    ),
    # 60
    (
        (
            "About 180 workers will lose their jobs after the owner of the Bluff River zinc mine near "
            "Tenterfield announced it would close the mine by the end of June.\n\n"
            "In an announcement to the ASX on Monday, Granite Belt Metals said falling zinc prices and "
            "rising costs had made the underground mine unprofitable. \"Operations at Bluff River will be "
            "placed into care and maintenance, and the company will work with employees and contractors to "
            "support them through this transition,\" the company said.\n\n"
            "Tenterfield Shire mayor Bronwyn Cleary said the closure was \"a kick in the guts\" for a town of "
            "3,000 people. Underground miner Luke Harriman, who has worked at the mine for eight years, "
            "said most of his workmates would have to move to find work.\n\n"
            "The Australian Workers' Union said it would be seeking full redundancy entitlements for every "
            "worker."
        ),
        "Operations at Bluff",
        "Granite Belt Metals",
        "company_told_exchange",
    ),
    # 61
    (
        (
            "A £14 million cancer treatment centre has opened at Scunthorpe General Hospital, meaning "
            "patients from north Lincolnshire will no longer have to travel to Hull for radiotherapy.\n\n"
            "The centre has two linear accelerators and will treat about 1,200 patients a year. Trust chief "
            "executive Dr Helen Varley said it was \"the biggest investment in this hospital for a "
            "generation\".\n\n"
            "Patient Graham Dunderdale, 66, of Brigg, was among the first to be treated on Monday. He said "
            "the 90-minute journey to Hull each day had been \"exhausting\" during his first course of "
            "treatment in 2016.\n\n"
            "The Rosewood Cancer Trust raised £2 million towards the building through sponsored walks, "
            "raffles and legacies. \"Every penny of that money came from people in this area who wanted "
            "their neighbours to be treated closer to home,\" a spokeswoman for the charity said.\n\n"
            "The rest of the money came from the NHS. Local MP Martin Cresswell said he had campaigned for "
            "the centre for six years."
        ),
        "Every penny of",
        "Rosewood Cancer Trust spokeswoman",
        "charity_spokeswoman_description",
    ),
    # 62
    (
        (
            "Flowers, balloons and football shirts have been left at the roadside on the A30 near "
            "Launceston where an 18-year-old man died in a crash on Saturday night.\n\n"
            "Devon and Cornwall Police named him on Tuesday as Callum Trewin, of St Stephens. He was the "
            "only occupant of a silver Vauxhall Corsa that left the road and hit a tree shortly before "
            "11pm.\n\n"
            "Among the tributes was a handwritten note tied to the fence: \"You made everyone laugh, even on "
            "the worst days. Sleep tight, mate.\"\n\n"
            "In a statement released by police, his family said he was \"a loving son and brother who lived "
            "for his football\". Launceston Town FC, where he played in the reserves, said the club would "
            "wear black armbands on Saturday.\n\n"
            "Sergeant Ian Polglase, of the roads policing team, said officers wanted to hear from anyone "
            "who saw the car before the crash. \"We are particularly keen to speak to drivers with dashcam "
            "footage,\" he said."
        ),
        "You made everyone",
        "",
        "unsigned_note_empty_speaker",
    ),
    # 63
    (
        (
            "A Saint John man who set fire to his former girlfriend's apartment building while eight people "
            "were inside has been sentenced to six years in prison.\n\n"
            "Kyle Anthony Brewer, 29, pleaded guilty in provincial court to arson endangering life. No one "
            "was hurt, but two families lost most of their belongings in the March 2018 fire on Wright "
            "Street.\n\n"
            "Crown prosecutor Aileen Roy sought a sentence of seven years. Defence lawyer Gilles Arsenault "
            "asked for four, saying Brewer had been drinking heavily after the breakup and had no memory of "
            "setting the fire.\n\n"
            "\"This was not a moment of madness. He bought the gasoline an hour beforehand, and he knew the "
            "building was full of people,\" the Crown argued.\n\n"
            "Judge Paul Thibault said the fire could easily have killed someone. Tenant Marisol Ortega, who "
            "escaped with her two children, said in a victim impact statement that her daughter still "
            "sleeps with her shoes on."
        ),
        "This was not",
        "Aileen Roy",
        "the_crown_role_noun",
    ),
    # 64
    (
        (
            "Pune has recorded 412 cases of dengue in September alone, the highest monthly figure in five "
            "years, according to data from the Pune Municipal Corporation's health department.\n\n"
            "Executive health officer Dr. Mangala Deshpande said most of the cases were from Hadapsar, "
            "Kondhwa and Yerawada, where construction sites had left stagnant water. \"Breeding spots on "
            "building sites are the main problem this year,\" she said.\n\n"
            "Corporator Sunil Kamble, who represents Yerawada, said fogging had not been done in his ward "
            "for a month. He demanded that the administration hire more pest control workers.\n\n"
            "\"We have asked builders to cover water tanks and we have issued notices to 230 sites. Fines "
            "will follow if they do not comply,\" she added.\n\n"
            "Dr. Prakash Pawar, a physician at a private hospital in Kondhwa, said beds were full and "
            "several patients had to be referred to Sassoon General Hospital."
        ),
        "We have asked",
        "Mangala Deshpande",
        "pronoun_after_intervening_paragraph",
    ),
    # 65
    (
        (
            "Stellenbosch Villagers won their first Boland Cup title in eleven years on Saturday, beating "
            "Paarl Wanderers 27-19 in a tense final at Coetzenburg.\n\n"
            "Wanderers led 19-13 at half-time after two tries from wing Yusuf Abrahams, but Villagers took "
            "control up front in the second half.\n\n"
            "Villagers coach Jaco de Kock said his side had been “under pressure from the first whistle”. "
            "Wanderers coach Morné Fourie said his team had lost the game at the breakdown.\n\n"
            "Captain Ruan Steenkamp, who scored the match-winning try from a driving maul with six minutes "
            "left, said: “We knew the maul was our weapon. The forwards have been working on it for weeks, "
            "and today it paid off.”\n\n"
            "Club chairman Henk Louw said the win would help the club attract young players from the town’s "
            "schools."
        ),
        "We knew the",
        "Ruan Steenkamp",
        "captain_before_colon",
    ),
    # 66
    (
        (
            "Teachers at Kirkcaldy's Balwearie and Viewforth high schools are to be balloted on industrial "
            "action over class sizes and the number of pupils with additional support needs in mainstream "
            "classes.\n\n"
            "The Educational Institute of Scotland (EIS) said a survey of members in Fife found that almost "
            "four in five had classes above the recommended size in the last year. \"Teachers have been "
            "stretched beyond breaking point and pupils are not getting the support they need,\" the union "
            "said in a statement.\n\n"
            "Fife Council's education convener, Cllr Alison Menzies, said the council had recruited 60 "
            "additional support assistants since August.\n\n"
            "A parent council chairwoman at Viewforth, Lorraine Bell, said parents backed the teachers. "
            "Local MSP Gordon Baird said he would be raising the matter at Holyrood."
        ),
        "Teachers have been",
        "Educational Institute of Scotland",
        "union_statement_named_body",
    ),
    # 67
    (
        (
            "Kilmacthomas held out for a one-point win over De La Salle in a rain-soaked Waterford senior "
            "hurling championship quarter-final at Walsh Park on Sunday, 1-17 to 1-16.\n\n"
            "Full-forward Eoin Phelan scored the game's only goal after 12 minutes, and Kilmacthomas led by "
            "five at the break. De La Salle manager Gary Kiely said his side had \"left it too late\" after "
            "hitting five points in a row in the closing stages.\n\n"
            "Kilmacthomas were managed for the first time this season by former county player Liam Ó "
            "Dubhghaill, who took over in March.\n\n"
            "\"We didn't deserve to be in front at the end, if I'm honest. De La Salle were the better team "
            "for the last 20 minutes,\" the Kilmacthomas boss said.\n\n"
            "Referee Tomás Walsh was escorted off the pitch after a row over a late free. A county board "
            "spokesman said it would examine the referee's report."
        ),
        "We didn't deserve",
        "Liam Ó Dubhghaill",
        "role_noun_club_boss",
    ),
    # 68
    (
        (
            "\"It was a miracle that anybody walked out of that car.\"\n\n"
            "That's how Lake County Sheriff Russell Gaither described a two-vehicle crash on State Route 44 "
            "near Eustis on Wednesday afternoon that sent five people to the hospital.\n\n"
            "A pickup truck crossed the center line and struck an SUV carrying a family of four head-on, "
            "according to the Florida Highway Patrol. Trooper Dana Wilkes said the driver of the pickup, a "
            "41-year-old Umatilla man, was not wearing a seat belt and had to be cut from the vehicle.\n\n"
            "All four members of the family were wearing seat belts and the two children were in car seats. "
            "Eustis fire chief Mark Delancey said crews had to remove the SUV's roof.\n\n"
            "The father, Brian Castellano, said from his hospital bed that he saw the truck \"about one "
            "second\" before it hit them."
        ),
        "It was a",
        "Russell Gaither",
        "that_is_how_described",
    ),
    # 69
    (
        (
            "Elementary teachers in the Renfrew County District School Board will not be in classrooms "
            "Thursday, the second one-day strike in as many weeks.\n\n"
            "Education Minister Douglas Pratt called the strike \"unnecessary and disruptive\" and said his "
            "government had offered a fair deal. But local union president Theresa Waddell said: \"We are "
            "striking because the government wants to put more students in every class, and we will not "
            "stand by and let that happen.\"\n\n"
            "The board said schools would be closed to students and that child care centres in schools "
            "would remain open. Parent Caroline Dionne, who has three children at Champlain Elementary, "
            "said she would be taking the day off work. \"I support the teachers, but this is getting hard "
            "for working parents,\" she said."
        ),
        "We are striking",
        "Theresa Waddell",
        "phrase_then_statement_colon",
    ),
    # 70
    (
        (
            "The Udupi district police on Friday seized 1,860 litres of illicit arrack from a farmhouse "
            "near Karkala and arrested four persons, including the alleged kingpin of a racket that "
            "supplied liquor to villages in three taluks.\n\n"
            "Superintendent of Police Anitha Hegde said the raid followed a tip-off from residents of Mala "
            "village, who had complained that young men were being drawn into drinking.\n\n"
            "The main accused, identified as Ravindra Shetty alias Ravi, 46, had been arrested twice "
            "before, police said. The others were his driver and two labourers.\n\n"
            "\"Illicit liquor is not only a law and order problem but a health problem. We will act against "
            "anyone who supplies it, however influential,\" Ms. Hegde said.\n\n"
            "Karkala MLA Umesh Kotian praised the police and said women in the village had been demanding "
            "action for two years. A woman from Mala, who did not wish to be named, said her husband had "
            "spent his daily wages on arrack for a decade."
        ),
        "Illicit liquor is",
        "Anitha Hegde",
        "title_ms_sp_after",
    ),
    # 71
    (
        (
            "Three months after the Sri Kamakshi Spinning Mills at Rajapalayam shut down without notice, "
            "its 640 workers say they have still not been paid their wages for the last two months.\n\n"
            "Across the locked main gate, someone has painted in Tamil, in large white letters: \"Our mill, "
            "our sweat, our right.\" Workers gather under it every morning.\n\n"
            "Mill workers' union secretary P. Muthuraj said the management had not responded to three "
            "letters. \"We are not asking for charity. We are asking for wages we have already earned,\" he "
            "said.\n\n"
            "The Deputy Labour Commissioner, R. Geetha, said a conciliation meeting had been called for "
            "next Tuesday. A representative of the management could not be reached for comment. Weaver M. "
            "Selvi, who worked at the mill for 19 years, said she had pawned her earrings to pay her "
            "daughter's college fees."
        ),
        "Our mill, our",
        "",
        "painted_slogan_empty_speaker",
    ),
    # 72
    (
        (
            "A 14-year-old girl from Kollam has become the first child in Kerala to receive an artificial "
            "heart pump, doctors at the Padmanabha Heart Institute in Thiruvananthapuram said on Tuesday.\n\n"
            "The girl had been suffering from dilated cardiomyopathy and was waiting for a heart transplant "
            "when her condition deteriorated in April.\n\n"
            "“The procedure lasted eight hours and the patient is now walking in the ward. She will be able "
            "to lead a near-normal life until a donor heart becomes available,” the Padmanabha Heart "
            "Institute said in a press release.\n\n"
            "Cardiac surgeon Dr. George Varghese, who led the team, said the pump would allow the girl to "
            "return to school. Her father, a fisherman, said he had feared the worst. State Health Minister "
            "K. Sudha Kumari congratulated the team and said the government would meet the cost of the "
            "device."
        ),
        "The procedure lasted",
        "Padmanabha Heart Institute",
        "hospital_press_release_named_body",
    ),
    # 73
    (
        (
            "Three men accused of robbing a cash-in-transit van on the N1 near Beaufort West were denied "
            "bail in the Beaufort West Magistrate's Court on Monday.\n\n"
            "Siyabonga Mthembu, 34, Andile Jacobs, 29, and Lucky Morake, 41, face charges of armed robbery "
            "and attempted murder. A security guard was shot in the leg during the robbery in February.\n\n"
            "Investigating officer Warrant Officer Pieter Nel told the court: \"The accused was found with "
            "R460,000 in a bag in the boot of his car two days after the robbery, and the serial numbers "
            "match the stolen notes.\"\n\n"
            "Defence attorney Fatima Davids argued that her clients were breadwinners with fixed addresses. "
            "Magistrate Liezel Botes said the strength of the State's case and the seriousness of the "
            "charges outweighed their personal circumstances.\n\n"
            "National Prosecuting Authority spokesperson Lindiwe Makhaya said the case had been postponed "
            "to May for further investigation."
        ),
        "The accused was",
        "Pieter Nel",
        "investigating_officer_before_colon",
    ),
    # 74
    (
        (
            "An elderly couple were tied up and assaulted during a house robbery at their home in "
            "Brackenhurst, Alberton, on Sunday night.\n\n"
            "The 78-year-old man and his 74-year-old wife were watching television when four armed men "
            "broke in through the kitchen door. The robbers took jewellery, cellphones, a television and "
            "the couple's car.\n\n"
            "Alberton police spokesperson Sergeant Thembi Radebe said the husband was treated in hospital "
            "for head injuries. \"No arrests have been made yet, and we ask anyone with information to come "
            "forward,\" she said.\n\n"
            "\"We heard screaming and then a car speeding off. By the time we got there, they had gone,\" "
            "said a neighbour, who did not want to be named.\n\n"
            "Ward councillor Chris Mostert said the area's community policing forum would be meeting on "
            "Wednesday. Security company manager Ruben Pretorius said his guards were the first to arrive "
            "at the house."
        ),
        "We heard screaming",
        "neighbour",
        "unnamed_neighbour_after",
    ),
    # 75
    (
        (
            "More than 900 mineworkers at Kgalagadi Platinum's Rooikoppies shaft near Rustenburg have "
            "refused to come to the surface after their night shift, in a sit-in over the dismissal of a "
            "shop steward.\n\n"
            "The company said in a statement that the workers were \"safe and being provided with food and "
            "water\" and that the sit-in was unprotected.\n\n"
            "\"Workers will stay underground until the comrade is reinstated. We are prepared to stay there "
            "for as long as it takes,\" according to union spokesperson Kagiso Modise of the Platinum Belt "
            "Workers' Union.\n\n"
            "The dismissed shop steward, Ntate Lesiba Mokgadi, was fired last week after a disciplinary "
            "hearing found he had threatened a supervisor, a charge he denies.\n\n"
            "Mineral Resources department spokesperson Zanele Khoza said mine health and safety inspectors "
            "had been sent to the shaft."
        ),
        "Workers will stay",
        "Kagiso Modise",
        "according_to_after_quote",
    ),
    # 76
    (
        (
            "Three men have been charged after police seized more than 4,000 cannabis plants from two rural "
            "properties near Gympie on Wednesday.\n\n"
            "The men, aged 28, 35 and 52, from Gympie and the Sunshine Coast, were charged with producing "
            "dangerous drugs and will appear in Gympie Magistrates Court next month.\n\n"
            "\"We believe the crop would have had a street value of about $8 million, and this is one of the "
            "largest seizures in the Wide Bay region in recent years,\" Detective Senior Sergeant Mark "
            "Kinsella said in a statement issued by Queensland Police.\n\n"
            "Gympie Regional Council mayor Warren Bligh said residents had raised concerns about unusual "
            "activity in the area. A neighbour said police helicopters had been overhead \"all day\". The "
            "owner of one of the properties, a retired dairy farmer, told police he had leased the land to "
            "one of the men for grazing."
        ),
        "We believe the",
        "Mark Kinsella",
        "named_officer_in_police_release",
    ),
    # 77
    (
        (
            "Ratepayers in the Shire of Mount Alexander face a 4.5 per cent rate rise next year, after "
            "councillors voted five to two to ask the Essential Services Commission for permission to "
            "exceed the state cap.\n\n"
            "Chief executive Ross Kellaway says the shire needs an extra $1.1 million a year to repair "
            "ageing bridges, many of them built in the 1950s.\n\n"
            "Cr Belinda Marchetti, who moved the motion, says the alternative is closing roads. “If we "
            "don’t fix those bridges now, we will be putting up ‘road closed’ signs on half the back roads "
            "in the shire within five years,” she says.\n\n"
            "Cr Rowan Pike, who voted against, says many pensioners in Castlemaine are already struggling "
            "to pay. Ratepayers’ association president Jill Hocking says the council should look at its own "
            "spending first."
        ),
        "If we don’t",
        "Belinda Marchetti",
        "present_tense_says_cr_title",
    ),
    # 78
    (
        (
            "Messages in coloured chalk appeared overnight on the footpath outside the Town of Mosman Park "
            "council chambers on Tuesday, hours before councillors were due to vote on turning the "
            "Palmerston Street playground into a 40-bay car park.\n\n"
            "The council says the car park is needed for the shops on the Glyde Street strip, where traders "
            "have complained for years about a lack of parking. The largest message, written in pink chalk "
            "in front of the main doors, said: \"Kids need somewhere to play more than cars need somewhere "
            "to park.\"\n\n"
            "Parent Claire Dumbrell, who organised a petition against the plan, said she did not know who "
            "had written the messages but agreed with them. She said the playground was the only one within "
            "walking distance for more than 300 families.\n\n"
            "Mayor Ken Dobbie said council would look at alternative sites. Traders' association president "
            "Vince Carbone told the meeting that two shops had closed this year. Councillors deferred a "
            "decision until December."
        ),
        "Kids need somewhere",
        "",
        "chalk_message_empty_speaker",
    ),
    # 79
    (
        (
            "A new food production plant that will employ 85 people when fully operational was officially "
            "opened in Ballyhaunis on Friday.\n\n"
            "Connacht Fresh Foods, which makes ready meals for supermarkets in Ireland and the UK, has "
            "invested €9 million in the plant on the Clare Road. Managing director Joanne Fitzmaurice said "
            "the company had chosen the town because of its location and its \"hard-working, multicultural "
            "workforce\".\n\n"
            "The plant was opened by Minister of State for Rural Development Dara Ó hEochaidh TD. \"Rural "
            "Ireland needs jobs like these, in towns like Ballyhaunis, so that young people have a choice "
            "about where they live,\" the minister said.\n\n"
            "Local councillor Seamus Lenehan said it was \"a great day for east Mayo\". Western Enterprise "
            "Board chief executive Aidan Corless said the region had seen its strongest year for new jobs "
            "since 2007."
        ),
        "Rural Ireland needs",
        "Dara Ó hEochaidh",
        "role_noun_minister_td",
    ),
    # 80
    (
        (
            "Police in Marion say they will step up patrols around the city's three schools after a string "
            "of complaints about drivers speeding through school zones.\n\n"
            "\"Officers will be out every morning and afternoon this week, and drivers caught speeding in a "
            "school zone can expect a ticket, not a warning,\" the Marion Police Department said in a "
            "Facebook post Monday.\n\n"
            "Marion Community Schools superintendent Kenneth Wills said a crossing guard at Riverview "
            "Elementary was nearly struck last Thursday. The guard, Betty Rausch, 71, told WTHR she had to "
            "jump onto the curb. \"He didn't even slow down,\" she said.\n\n"
            "City councilman Andre Lambert said he would propose adding flashing lights to the school zone "
            "signs on Baldwin Avenue."
        ),
        "Officers will be",
        "Marion Police Department",
        "police_department_facebook_post",
    ),
]
