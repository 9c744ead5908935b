"""Two hundred made-up news passages in 20 forms, written blind (twenty-third set).

A mixed grid: ten forms (100 passages) in the style of UK and Irish local news (weather and
flooding, rail and bus disruption, police appeals after crashes, universities and colleges, farming
and agricultural shows, arts festivals and theatre, animal rescues and vets, churches and community
events, local politics with councillors, MPs, TDs, MSPs and MSs quoted in turn, obituaries and
tributes) and ten forms (100 passages) in the style of international wire and Wikinews-style copy
(trade and tariffs, health and epidemics, climate summits, military affairs and ceasefires, wildlife
and conservation, aviation and shipping accidents, film and music, religion, labour strikes,
scientific discoveries), with Indonesian, Portuguese, Chinese, Yoruba, Igbo, Vietnamese, Japanese,
Spanish, Quechua, Luganda, Korean, Malayalam, Kikuyu, Samoan, Arabic, Ethiopian, Ukrainian, Thai,
Khmer, Inuktitut, Nepali, Batak, Turkish, Dutch, Icelandic, Persian, Estonian, Greek, Punjabi,
Akan, Bengali, Tamil, Zulu, Georgian,
Welsh, Irish and other names, particles and hyphens.

Attribution varies: verb before or after the quotation, split quotations (either half tested),
"according to", spokespeople for bodies, pronouns and descriptions ("the 67-year-old", "the
judge", "the minister", "his daughter", "the club", "the airline") referring back to someone named
earlier with two or three people of either sex around, continuation paragraphs, quotations from
statements, reports, letters and social media posts, and quotations that open the story with the
speaker named after them. About half the passages need a pronoun or description resolved.

Written blind: the author read only the "What a row is" and "Columns" sections of
data/annotations/quotes_README.md, and the first 45 lines of tests/attribution_cases_21.py (its
module docstring, to copy the format). The author read none of the project's source, other tests,
benchmarks, notebooks or READMEs, and did not run the attribution tool.

It was run once when it arrived, with the rules of the end of the session it was written in: 0.75 (150 of 200),
against 0.72 (144) for the code at that session's start (18112ab). Two general rules were then written from its
misses (a story that opens with what someone is, `a pensioner who was rescued by boat has said`, and names them
in the next paragraph; `NASA said ... the agency said`), with made-up tests for them and for the forms they must
leave alone: 0.80 (160). The rest are listed in ``KNOWN_MISSES_23`` in ``test_attribution_cases.py``.

Every person, firm, shop, club, charity and school in these passages is invented, as are some
places, festivals, shows and competitions. Real public bodies (governments and their ministries and
agencies, police forces, fire and coastguard services, councils, transport authorities, accident
investigators, armed forces, UN agencies and other intergovernmental bodies) appear only as bodies.

CASES is a list of 200 tuples (text, opening_words, speaker, form):

- text: a passage of 1-4 short paragraphs separated by "\\n\\n".
- opening_words: the first three or four words of the quotation under test, exactly as they
  appear right after its opening mark (" or \u201c). They occur exactly once in text.
- speaker: the answer key for that quotation, following the README convention: canonical full
  name (titles and ranks such as Mr, Ms, Dr, Prof, Cllr, Deputy, Sgt, PC, Gen, Haji, the Rev,
  Fr, Bishop, Cardinal, Metropolitan dropped; pronouns, surname-only mentions and descriptive
  anaphors resolved); unnamed people get a short description with the body first ("Network Rail
  spokesman", "health ministry spokesman", "Sammy Logan's family", "woman"); a body that speaks,
  or whose document is quoted, gets its name at its fullest in the passage, and a report by a
  named author gets the author; "" when nobody can be identified.
- form: snake_case label of the kind of story (20 forms x 10 passages).

Other quotations may appear in a passage; only the one starting with opening_words is tested.
For a quotation that runs over several paragraphs, the tested part may be a continuation
paragraph; its speaker is the speaker of the whole quotation.
"""


CASES = [
    (
        "Flood warnings remain in place along the River Teme after a night of heavy rain forced families in Tenbury Wells from their homes.\n\n"
        "\"We have never seen water come up the high street this fast,\" said Cllr Margaret Onslow, who chairs the town's flood group. \"Some people had ten minutes to get their things upstairs.\"\n\n"
        "The Environment Agency said river levels were expected to peak on Sunday morning.",
        "We have never seen",
        "Margaret Onslow",
        "uk_ireland_weather_flooding",
    ),
    (
        "A farmer near Cockermouth says she lost forty ewes when the River Derwent burst its banks overnight.\n\n"
        "“They were on the low field because it has never flooded in my lifetime,” Bethan Rigg said. “By the time we got the tractor down there, the gate was under a metre of water.”\n\n"
        "Ms Rigg, 52, said neighbours had helped move the rest of the flock to higher ground.",
        "By the time we",
        "Bethan Rigg",
        "uk_ireland_weather_flooding",
    ),
    (
        "The Met Office has issued an amber warning for snow across the Highlands and Moray from midnight on Tuesday.\n\n"
        "In a statement, the forecaster said: \"Up to 25cm of snow may settle on higher routes, and some rural communities could be cut off for several days.\"\n\n"
        "Gritters will run around the clock on the A9, Transport Scotland said.",
        "Up to 25cm of",
        "Met Office",
        "uk_ireland_weather_flooding",
    ),
    (
        "\"The water was lapping at the top step and the power had gone,\" a pensioner who was rescued by boat from her bungalow in Carlisle has said.\n\n"
        "Edna Parkhurst, 84, was lifted from her home on Warwick Road by firefighters from Cumbria Fire and Rescue Service shortly after 3am.\n\n"
        "\"They were wonderful, absolutely wonderful,\" the widow said.",
        "The water was lapping",
        "Edna Parkhurst",
        "uk_ireland_weather_flooding",
    ),
    (
        "Residents of Bandon spent the night moving furniture upstairs after Storm Orla pushed the river over the quay walls. Local councillor Declan Hurley and the chairwoman of the town's traders' group, Niamh Coughlan, walked the main street at first light.\n\n"
        "Mr Hurley said the flood relief scheme had \"made a difference on the western side of town\". Ms Coughlan was less sure. \"Half the shops on South Main Street are ruined again, and nobody has told us when the next phase will start,\" she said.",
        "Half the shops on",
        "Niamh Coughlan",
        "uk_ireland_weather_flooding",
    ),
    (
        "Roads across north Wales have been closed after a month's rain fell in 24 hours.\n\n"
        "\"Crews have cleared more than 60 blocked drains since Saturday, but we would ask people not to drive through floodwater,\" according to a spokeswoman for Conwy County Borough Council.\n\n"
        "Natural Resources Wales has three flood warnings in force on the River Conwy.",
        "Crews have cleared more",
        "Conwy County Borough Council spokeswoman",
        "uk_ireland_weather_flooding",
    ),
    (
        "A café owner in Hebden Bridge has described reopening for the fourth time in ten years.\n\n"
        "Priya Chandran, who runs the Loom Room on Market Street, said: \"You scrub the mud out, you paint the walls, you buy new fridges, and you tell yourself this is the last time.\n\n"
        "\"I'm not sure I can tell myself that any more. The insurance alone has gone up fivefold.\"",
        "I'm not sure I",
        "Priya Chandran",
        "uk_ireland_weather_flooding",
    ),
    (
        "Rhys Mathias, 67, and his neighbour Carol Evans, 71, were among a dozen residents of Heol y Nant in Pontypridd evacuated on Saturday night. Firefighter Gareth Lloyd helped them across the footbridge.\n\n"
        "The 67-year-old, who has lived on the street since 1981, said the stream behind the terrace had turned \"into a river in half an hour\".\n\n"
        "“My wife's photographs, my father's medals, they're all downstairs,” he said. “I don't know what's left.”",
        "My wife's photographs, my",
        "Rhys Mathias",
        "uk_ireland_weather_flooding",
    ),
    (
        "Drivers have been warned to avoid the A591 between Ambleside and Grasmere after a landslip brought down tonnes of rock.\n\n"
        "Cumbria Constabulary posted on X: \"The road will remain closed overnight while engineers assess the slope. Please do not ignore the diversion signs.\"\n\n"
        "A resident of Rydal, who did not want to be named, said drivers had been moving the cones to get through.",
        "The road will remain",
        "Cumbria Constabulary",
        "uk_ireland_weather_flooding",
    ),
    (
        "Storm damage has closed Kirkbrae Primary School in Dumfries for the rest of the week after part of the roof was torn off. Headteacher Fiona Galbraith was at the school with janitor Alan Muir when the gable collapsed.\n\n"
        "“We heard a crack like a gunshot and then slates were coming down into the playground,” the headteacher said. “Thank goodness it was half past six in the morning and not half past eight.”\n\n"
        "Dumfries and Galloway Council said repairs would begin on Monday.",
        "Thank goodness it was",
        "Fiona Galbraith",
        "uk_ireland_weather_flooding",
    ),
    (
        "Passengers on the Cambrian Line face a fortnight of replacement buses after a section of embankment near Machynlleth was washed away.\n\n"
        "\"The damage is more extensive than first thought and we need to rebuild about 40 metres of track bed,\" said a spokesman for Network Rail.\n\n"
        "Transport for Wales said buses would run to the rail timetable.",
        "The damage is more",
        "Network Rail spokesman",
        "uk_ireland_rail_bus_disruption",
    ),
    (
        "Harbourline Buses has withdrawn its evening services in Torbay, blaming a shortage of drivers.\n\n"
        "“We know this will cause real hardship for shift workers,” said managing director Karen Stoddart, “and we are recruiting as fast as we can.”\n\n"
        "Torbay Council said it was \"deeply disappointed\" with the decision.",
        "We know this will",
        "Karen Stoddart",
        "uk_ireland_rail_bus_disruption",
    ),
    (
        "Commuters on the Dublin to Maynooth line faced delays of up to an hour on Monday after a signalling fault at Connolly station.\n\n"
        "Iarnród Éireann spokeswoman Orla Brennock said engineers had been on site since 6am. \"We apologise to everyone whose morning was disrupted, and season ticket holders will be refunded for the day,\" the spokeswoman said.",
        "We apologise to everyone",
        "Orla Brennock",
        "uk_ireland_rail_bus_disruption",
    ),
    (
        "A train carrying about 300 passengers was stuck outside Preston for four hours on Friday evening after overhead wires were brought down.\n\n"
        "Student Amira Haddad, 19, was travelling home to Lancaster with her brother Yusuf. \"The air conditioning went off after an hour and people were fainting,\" she said. \"Nobody from the train company came through the carriages at all.\"",
        "Nobody from the train",
        "Amira Haddad",
        "uk_ireland_rail_bus_disruption",
    ),
    (
        "Translink has apologised after dozens of Ulsterbus services in Co Fermanagh were cancelled without notice.\n\n"
        "In a statement, the company said: “A number of drivers were unavailable due to sickness and we were unable to provide cover at short notice.\n\n"
        "“We recognise the impact on school pupils in particular, and we are reviewing how cancellations are communicated.”",
        "We recognise the impact",
        "Translink",
        "uk_ireland_rail_bus_disruption",
    ),
    (
        "\"It's the third time this month I've been late for my shift,\" a care worker left stranded at Penrith station said on Wednesday.\n\n"
        "Deborah Lowther, 44, who works at a nursing home in Carlisle, had been waiting for a train for two hours when services were cancelled.",
        "It's the third time",
        "Deborah Lowther",
        "uk_ireland_rail_bus_disruption",
    ),
    (
        "Residents of Kinghorn have written to ScotRail asking for the village's Sunday service to be restored.\n\n"
        "The letter, signed by Kinghorn Community Council chairwoman Alison Greig, reads: \"Since May, anyone without a car has been unable to get to church, to visit relatives in hospital or to work a Sunday shift.\"\n\n"
        "ScotRail said it was reviewing the timetable.",
        "Since May, anyone without",
        "Alison Greig",
        "uk_ireland_rail_bus_disruption",
    ),
    (
        "A bus driver has been praised after she stopped to help an elderly man who had fallen on a frozen pavement in Harrogate.\n\n"
        "Jenny Hollis, who drives the 36 for Dalesway Coaches, sat with Arthur Pennock, 88, until paramedics arrived. His son, Michael Pennock, thanked her on Facebook.\n\n"
        "“Anyone would have done the same,” the driver said. “I just couldn't leave him lying there.”",
        "Anyone would have done",
        "Jenny Hollis",
        "uk_ireland_rail_bus_disruption",
    ),
    (
        "Bus passengers in rural Lincolnshire wait longer than anywhere else in England, according to a report published on Thursday.\n\n"
        "\"Too many people in small villages now have a bus once a week, if they have one at all,\" says the report, by the watchdog Transport Focus.",
        "Too many people in",
        "Transport Focus",
        "uk_ireland_rail_bus_disruption",
    ),
    (
        "Engineering work on the Severn Tunnel will close the line between Bristol and Newport for nine days in October.\n\n"
        "Rail campaigner Tom Beddoe and Caerwent councillor Sian Prosser both criticised the timing, which coincides with half-term.\n\n"
        "\"Families who planned a week away have been given no notice,\" said Ms Prosser. \"If Network Rail can find nine days in October, it can find nine days in the summer when there are fewer commuters.\"\n\n"
        "Mr Beddoe said the bus replacement plan was \"wholly inadequate\".",
        "If Network Rail can",
        "Sian Prosser",
        "uk_ireland_rail_bus_disruption",
    ),
    (
        "Police are appealing for witnesses after a motorcyclist was seriously injured in a crash with a van on the A39 near Wadebridge.\n\n"
        "\"We are particularly keen to hear from anyone with dashcam footage of the road between 4pm and 4.30pm,\" said Sgt Paul Treloar, of Devon and Cornwall Police's roads policing team.",
        "We are particularly keen",
        "Paul Treloar",
        "uk_ireland_police_crash_appeal",
    ),
    (
        "The PSNI has appealed for information after a pedestrian died following a collision on the Glenshane Road on Saturday night.\n\n"
        "“A man has lost his life and a family is grieving,” Detective Inspector Gráinne McCloskey said. “If you were driving in the area and have not yet spoken to us, please get in touch.”",
        "If you were driving",
        "Gráinne McCloskey",
        "uk_ireland_police_crash_appeal",
    ),
    (
        "Gardaí are investigating a single-vehicle crash in Co Mayo in which a man in his 20s died.\n\n"
        "The car left the road at Bellacorick shortly before 2am. \"The driver, the sole occupant, was pronounced dead at the scene,\" a Garda spokesperson said. \"The road remains closed for a forensic collision examination.\"",
        "The road remains closed",
        "Garda spokesperson",
        "uk_ireland_police_crash_appeal",
    ),
    (
        "A 17-year-old boy has been arrested after a stolen car hit a bus shelter in Wythenshawe, injuring two women, Greater Manchester Police said.\n\n"
        "Inspector Carl Breen and Sgt Louise Okafor were among the first officers at the scene. Sgt Okafor said the women had been waiting for a bus into the city centre.\n\n"
        "“They are lucky to be alive, and I would urge anyone who saw the car being driven before the crash to call us,” she said.",
        "They are lucky to",
        "Louise Okafor",
        "uk_ireland_police_crash_appeal",
    ),
    (
        "Police Scotland is appealing for witnesses after a cyclist died in a collision with a lorry on the A811 near Buchlyvie on Tuesday.\n\n"
        "Kenneth Drummond, 61, from Balfron, was pronounced dead at the scene. In a statement released through police, his family said: \"Ken was a man who never sat still. He cycled to Loch Lomond and back every Sunday for thirty years.\"",
        "Ken was a man",
        "Kenneth Drummond's family",
        "uk_ireland_police_crash_appeal",
    ),
    (
        "“Someone out there knows who was driving that car,” the mother of a teenager injured in a hit-and-run in Swansea has said.\n\n"
        "Lisa Pughe's son Callum, 15, suffered a broken pelvis when he was struck on Carmarthen Road on 3 March. South Wales Police have renewed their appeal for information.\n\n"
        "“He was walking home from football practice,” she said.",
        "Someone out there knows",
        "Lisa Pughe",
        "uk_ireland_police_crash_appeal",
    ),
    (
        "A van overturned on the M62 near junction 22, closing the westbound carriageway for six hours.\n\n"
        "A woman who saw the crash from the opposite carriageway said: \"It rolled twice and ended up on its roof. Other drivers ran over to help straight away.\"\n\n"
        "West Yorkshire Police said the driver had minor injuries.",
        "It rolled twice and",
        "woman",
        "uk_ireland_police_crash_appeal",
    ),
    (
        "A horse rider was thrown from her mount when a car passed too close on a lane near Malton, North Yorkshire Police said.\n\n"
        "Chloe Atherton, 23, suffered a broken collarbone. PC Daniel Fenwick, who is leading the investigation, said the driver did not stop.\n\n"
        "“Passing a horse at speed on a narrow lane is dangerous, and it is an offence to fail to stop after a collision,” the officer said. “We want to speak to the driver of a silver hatchback.”",
        "Passing a horse at",
        "Daniel Fenwick",
        "uk_ireland_police_crash_appeal",
    ),
    (
        "Two men were taken to hospital after their car struck a wall in Enniskillen in the early hours of Sunday.\n\n"
        "\"Both men are in a stable condition and enquiries are ongoing,\" according to the Police Service of Northern Ireland.",
        "Both men are in",
        "Police Service of Northern Ireland",
        "uk_ireland_police_crash_appeal",
    ),
    (
        "Detectives investigating a fatal crash in Coventry have released CCTV footage of a car they believe was involved.\n\n"
        "Detective Sergeant Harjit Sandhu, of West Midlands Police, said: \"The driver of this car did not stop and has not come forward.\n\n"
        "\"I would appeal to them directly: the longer you leave it, the harder this becomes. Please contact us.\"",
        "I would appeal to",
        "Harjit Sandhu",
        "uk_ireland_police_crash_appeal",
    ),
    (
        "The University of Northvale is to cut 120 jobs as it tries to close a £14m deficit.\n\n"
        "Vice-chancellor Prof Helen Aske said the decision had not been taken lightly. \"International student numbers have fallen by a third in two years, and no university can absorb that without change,\" she said.",
        "International student numbers have",
        "Helen Aske",
        "uk_ireland_university_college",
    ),
    (
        "Students at Carrick Bay College have staged a sit-in over plans to close the college's nursery.\n\n"
        "Students' union president Joel Amankwah and childcare lecturer Maureen Tighe addressed about 200 people in the main hall.\n\n"
        "“Without the nursery, student parents simply cannot study here,” Mr Amankwah said. “Most of them are women, and most of them are on courses that lead straight into the NHS.”",
        "Most of them are",
        "Joel Amankwah",
        "uk_ireland_university_college",
    ),
    (
        "A team at Strathearn University has developed a test that can detect sheep scab from a single drop of blood.\n\n"
        "Dr Isla Buchanan, who led the research, said farmers currently waited up to a fortnight for results from a laboratory.\n\n"
        "\"What we want is a result in the field, in the time it takes to drink a cup of tea,\" she said.\n\n"
        "Her colleague Prof Andrew Kerr said the test could be on sale within two years.",
        "What we want is",
        "Isla Buchanan",
        "uk_ireland_university_college",
    ),
    (
        "Brendan Quigley left school at 14 to work on his father's farm in Co Galway. On Friday, at 74, he graduated from Corrib Valley College with a degree in history.\n\n"
        "His granddaughter Aoife, who graduated in the same ceremony, cheered from the front row.\n\n"
        "“I promised my late wife I would finish it,” the 74-year-old said. “She would have laughed at the hat.”",
        "I promised my late",
        "Brendan Quigley",
        "uk_ireland_university_college",
    ),
    (
        "The University of Wessex Downs has defended a decision to hold an exam on a Saturday during Eid.\n\n"
        "In a statement, the university said: \"The exam timetable was set in line with national guidance, and any student who wishes to sit the paper on another date can apply to do so.\"",
        "The exam timetable was",
        "University of Wessex Downs",
        "uk_ireland_university_college",
    ),
    (
        "More than 300 staff at Kingsmere University have signed an open letter opposing the closure of the modern languages department.\n\n"
        "The letter, drafted by Dr Ana Ruiz-Moreno, a senior lecturer in Spanish, says: “To close the department would leave the region without a single degree course in French, German or Spanish.”\n\n"
        "It is addressed to the vice-chancellor, Prof Simon Farraday.",
        "To close the department",
        "Ana Ruiz-Moreno",
        "uk_ireland_university_college",
    ),
    (
        "Coleg Bro Tawe is to offer free bus passes to all students under 19 from September.\n\n"
        "\"Transport was the single biggest reason young people gave for dropping out,\" according to the college's principal, Dr Meinir Hopcyn.",
        "Transport was the single",
        "Meinir Hopcyn",
        "uk_ireland_university_college",
    ),
    (
        "\"I was the first person in my family to finish school, never mind university,\" says the young woman who has just been named the country's top engineering graduate.\n\n"
        "Shannon Kealey, 22, from Ballyfermot in Dublin, received the award at a ceremony on Thursday.",
        "I was the first",
        "Shannon Kealey",
        "uk_ireland_university_college",
    ),
    (
        "Forthbank University has been given £2m to build a centre for training wind turbine technicians.\n\n"
        "Principal Graham Dunnet and the university's head of engineering, Prof Rukhsana Mir, showed the site to the Scottish Government's energy minister on Monday.\n\n"
        "“There are going to be thousands of these jobs off the coast of Scotland, and we want our students to get them,” the professor said.",
        "There are going to",
        "Rukhsana Mir",
        "uk_ireland_university_college",
    ),
    (
        "The library at Bramhall College is to close at 6pm on weekdays from next month.\n\n"
        "Bramhall Students' Union posted on Instagram: \"We've been told the change is about saving money. Students with jobs and caring responsibilities will be hit hardest.\"\n\n"
        "The college said the change was temporary.",
        "We've been told the",
        "Bramhall Students' Union",
        "uk_ireland_university_college",
    ),
    (
        "More than 20,000 visitors are expected at the Glenmorran Agricultural Show on Saturday, its 150th year.\n\n"
        "\"We have had entries from as far away as Orkney and Cornwall,\" said show secretary Morag Tulloch. \"The Highland cattle classes alone have 90 animals.\"",
        "We have had entries",
        "Morag Tulloch",
        "uk_ireland_farming_show",
    ),
    (
        "A Limousin heifer bred by Carys Pritchard, 26, from Llanybydder, took the supreme championship at the Teifi Valley Show. Judge Huw Bevan, who farms near Brecon, said he had not seen a better animal all season.\n\n"
        "“She has tremendous length and she walks like a show animal should,” the judge said.",
        "She has tremendous length",
        "Huw Bevan",
        "uk_ireland_farming_show",
    ),
    (
        "Dairy farmer Seán Ó Briain and his wife, Máire, have milked cows near Ballinagh, Co Cavan, for 40 years. This summer, for the first time, they sold half the herd.\n\n"
        "\"The price of feed, the cost of fertiliser, the cost of diesel, every one of them has doubled,\" he said. \"Milk hasn't.\"\n\n"
        "Mrs Ó Briain said their son had no interest in taking on the farm.",
        "The price of feed",
        "Seán Ó Briain",
        "uk_ireland_farming_show",
    ),
    (
        "A temporary control zone has been declared around a farm near Ashford in Kent after a case of bluetongue was confirmed in a cow.\n\n"
        "A spokesman for the Department for Environment, Food and Rural Affairs said: “The disease poses no threat to people or to food safety, but it can cause serious illness in sheep and cattle.”",
        "The disease poses no",
        "Department for Environment, Food and Rural Affairs spokesman",
        "uk_ireland_farming_show",
    ),
    (
        "Members of Drumaness Young Farmers' Club have raised £18,000 for rural mental health by walking the Mourne Wall.\n\n"
        "\"Farming can be a lonely job, and a lot of young people don't talk about how they're feeling,\" club secretary Ruairí Magennis said, \"so we wanted to do something that got people talking.\"",
        "Farming can be a",
        "Ruairí Magennis",
        "uk_ireland_farming_show",
    ),
    (
        "Laois teenager Ciara Delaney, 19, became the youngest winner of the intermediate ploughing title at the Midlands Ploughing Championships on Wednesday, beating 32 competitors including her grandfather, Paddy Delaney, 81.\n\n"
        "“Grandad taught me everything, so it feels a bit strange beating him,” the 19-year-old said.",
        "Grandad taught me everything",
        "Ciara Delaney",
        "uk_ireland_farming_show",
    ),
    (
        "Prices for store lambs at Bentham Auction Mart were up £12 a head on last year.\n\n"
        "Auctioneer Gordon Metcalfe said: \"There's a lot of confidence about. Buyers from the south were here in numbers and they were paying for quality.\n\n"
        "\"The worry for everyone is what happens to the export trade after the autumn. Nobody knows.\"",
        "The worry for everyone",
        "Gordon Metcalfe",
        "uk_ireland_farming_show",
    ),
    (
        "The number of dairy farms in Wales has fallen by a quarter in a decade, according to a report from the Welsh Government.\n\n"
        "“Consolidation has continued, with average herd sizes rising from 120 to 175 cows,” the report says.",
        "Consolidation has continued, with",
        "Welsh Government",
        "uk_ireland_farming_show",
    ),
    (
        "\"Somebody has stolen our quad bike, two trailers and every tool in the shed,\" a Shropshire farmer wrote on Facebook on Tuesday morning.\n\n"
        "Janet Wilding, who farms near Clun, said thieves had cut through a padlock overnight. West Mercia Police are investigating.",
        "Somebody has stolen our",
        "Janet Wilding",
        "uk_ireland_farming_show",
    ),
    (
        "Sheepdog handler Eamon Furlong and his neighbours, Bridget and Tadhg Keogh, all qualified for the national team at the trials in Co Wicklow on Sunday.\n\n"
        "Mr Furlong, whose dog Bess won the final, said he had been training her since she was eight weeks old. “She's the best I've had in 50 years and I've had a few,” he said.\n\n"
        "Ms Keogh came third with Roy.",
        "She's the best I've",
        "Eamon Furlong",
        "uk_ireland_farming_show",
    ),
    (
        "The Harbour Lights Festival in Whitby will feature 60 events over ten days this summer, organisers have announced.\n\n"
        "\"We wanted a festival that belonged to the town and not just to visitors,\" said festival director Ama Owusu-Brett.",
        "We wanted a festival",
        "Ama Owusu-Brett",
        "uk_ireland_arts_festival_theatre",
    ),
    (
        "Actor Fergal Nagle returns to the stage of the Quayside Theatre in Castlebar next month in a new play by Siobhán Costigan, who is also directing.\n\n"
        "“I grew up two streets away and I used to sneak in to watch rehearsals,” the actor said. “Walking out on that stage still terrifies me.”",
        "Walking out on that",
        "Fergal Nagle",
        "uk_ireland_arts_festival_theatre",
    ),
    (
        "The Hollow Lane Theatre in Kendal will close in April after Arts Council England withdrew its funding.\n\n"
        "In a statement, Arts Council England said: \"We received applications worth four times the money available and have had to make extremely difficult choices.\"\n\n"
        "The theatre's artistic director, Naomi Fell, called the decision \"a death sentence for live drama in south Cumbria\".",
        "We received applications worth",
        "Arts Council England",
        "uk_ireland_arts_festival_theatre",
    ),
    (
        "Comedian Priya Lall sold out every night of her run at the Leith Comedy Festival and will now take the show on tour.\n\n"
        "“I wrote it in my mum's kitchen during lockdown,” Lall said. “The fact that anyone laughs at it is still a surprise to me, honestly.”\n\n"
        "Her producer, Dominic Ashworth, said tour dates would be announced next week.",
        "The fact that anyone",
        "Priya Lall",
        "uk_ireland_arts_festival_theatre",
    ),
    (
        "The Erne Valley Folk Festival has been cancelled for the first time in its 38-year history.\n\n"
        "Chairwoman Úna McGarrigle said: \"The insurance quote came in at three times what we paid last year, and we simply don't have the money.\n\n"
        "\"We're heartbroken, and we know the town's pubs and guesthouses will feel it too. We hope to be back next year.\"",
        "We're heartbroken, and we",
        "Úna McGarrigle",
        "uk_ireland_arts_festival_theatre",
    ),
    (
        "“Pantomime is the first theatre most children ever see, so it has to be magic,” says the man who has played the dame at the Empire Rooms in Wrexham for 25 years.\n\n"
        "Glyn Parry-Jones, 63, will hang up his wig after this year's Cinderella.",
        "Pantomime is the first",
        "Glyn Parry-Jones",
        "uk_ireland_arts_festival_theatre",
    ),
    (
        "Singer-songwriter Róisín Harte has cancelled her homecoming concert in Dundalk. In a post on Instagram, she wrote: \"I'm so sorry to everyone who bought a ticket. My doctor has told me I need to rest my voice for six weeks, and I have to listen.\"",
        "I'm so sorry to",
        "Róisín Harte",
        "uk_ireland_arts_festival_theatre",
    ),
    (
        "A play about the 1984 miners' strike by former miner Dai Probert will open at the Welfare Hall in Abercwmnant next week. It stars Lowri Haines and Steffan Rowe, both from the village.\n\n"
        "“I waited 40 years to write this, because I wanted the anger to go first,” the playwright said. “It never did.”",
        "I waited 40 years",
        "Dai Probert",
        "uk_ireland_arts_festival_theatre",
    ),
    (
        "Tickets for the Cairngorm Book Festival sold out in 20 minutes, organisers said on Monday.\n\n"
        "\"We've had to add a second marquee and we still have a waiting list of 2,000 people,\" according to festival spokeswoman Kirsty Lennox.",
        "We've had to add",
        "Kirsty Lennox",
        "uk_ireland_arts_festival_theatre",
    ),
    (
        "A mural by artist Temi Adeyemi on the side of a multi-storey car park in Sunderland is to be painted over. Cllr Mark Hutton, the city council's culture lead, said the building was due to be demolished.\n\n"
        "Ms Adeyemi said she had not been told. \"I found out from a neighbour who saw it on the council's website,\" she said. \"The least they could have done was pick up the phone.\"",
        "I found out from",
        "Temi Adeyemi",
        "uk_ireland_arts_festival_theatre",
    ),
    (
        "Hollybank Animal Sanctuary near Omagh has taken in 14 dogs from a single property in the past week.\n\n"
        "Manager Deirdre Lavery said the dogs were underweight and several had skin conditions. “Some of them had never been inside a house, and they're terrified of doors,” she said.",
        "Some of them had",
        "Deirdre Lavery",
        "uk_ireland_animal_rescue_vet",
    ),
    (
        "Firefighters used a rescue sled to reach a dog which had fallen through ice on a reservoir near Oldham.\n\n"
        "\"The dog's owner had tried to go out after it, and we would always ask people not to do that,\" a spokesman for Greater Manchester Fire and Rescue Service said.",
        "The dog's owner had",
        "Greater Manchester Fire and Rescue Service spokesman",
        "uk_ireland_animal_rescue_vet",
    ),
    (
        "A cat that went missing in Truro has been found 200 miles away in Reading, nine months later.\n\n"
        "Owners Gemma and Lee Trewin had given up hope when a vet in Reading, Dr Suresh Menon, scanned the cat's microchip. Mrs Trewin said the family had cried when they got the phone call.\n\n"
        "\"He was thin but otherwise in very good shape, and extremely chatty,\" the vet said.",
        "He was thin but",
        "Suresh Menon",
        "uk_ireland_animal_rescue_vet",
    ),
    (
        "A seal pup found on a beach in Co Wexford with a fishing net around its neck is recovering at a rescue centre near Kilmore Quay.\n\n"
        "“Another day or two and the net would have cut into her windpipe,” said Kate Donnan, who runs Sealrock Rescue, “so she's a very lucky girl.”",
        "Another day or two",
        "Kate Donnan",
        "uk_ireland_animal_rescue_vet",
    ),
    (
        "Wildwood Hedgehog Hospital in Kettering has stopped taking new patients after more than 300 hedgehogs were brought in during November.\n\n"
        "In a post on its Facebook page, the charity said: \"We have never been this full. Every cage, every box, every spare corner has a hedgehog in it.\n\n"
        "\"Please do not bring any more animals to our door without calling first. We will help you find somewhere that has space.\"",
        "Please do not bring",
        "Wildwood Hedgehog Hospital",
        "uk_ireland_animal_rescue_vet",
    ),
    (
        "“I heard crying coming from the drain and thought it was a baby,” a dog walker who found four kittens in a storm drain in Bootle has said.\n\n"
        "Marie Haworth, 58, who was walking her spaniel along Linacre Lane, called Merseyside Fire and Rescue Service, whose crews spent two hours freeing the animals.",
        "I heard crying coming",
        "Marie Haworth",
        "uk_ireland_animal_rescue_vet",
    ),
    (
        "Cases of the tick-borne disease babesiosis in dogs have risen sharply in Essex, a vet in Harlow has warned.\n\n"
        "\"Two years ago I had never seen a case; this spring I have treated nine,\" according to Dr Olumide Bankole, of Parndon Veterinary Surgery.",
        "Two years ago I",
        "Olumide Bankole",
        "uk_ireland_animal_rescue_vet",
    ),
    (
        "A pony stuck in a bog on Dartmoor for 12 hours was pulled free by firefighters and volunteers on Sunday. Riding instructor Hannah Coombe, 34, raised the alarm, and farmer John Prowse, 70, brought a tractor.\n\n"
        "“She was up to her shoulders in it and absolutely exhausted,” the 34-year-old said.",
        "She was up to",
        "Hannah Coombe",
        "uk_ireland_animal_rescue_vet",
    ),
    (
        "A retired teacher in Inverness has written to thank the staff of a vet surgery who saved her spaniel after it swallowed a corn cob.\n\n"
        "In the letter, which Riverside Vets has pinned to its waiting room wall, Elspeth Munro writes: \"You gave Toby back to me on Christmas Eve, and I will never forget it.\"",
        "You gave Toby back",
        "Elspeth Munro",
        "uk_ireland_animal_rescue_vet",
    ),
    (
        "A barn owl that flew into a lorry on the A1 in Northumberland has been released after six weeks of care.\n\n"
        "Volunteer Craig Liddell drove the bird to the Tyne Valley Raptor Trust, where founder Sue Armitage treated it for a broken wing.\n\n"
        "\"Nine out of ten birds hit by traffic don't survive,\" the volunteer said. \"This one was simply too stubborn to die.\"",
        "This one was simply",
        "Craig Liddell",
        "uk_ireland_animal_rescue_vet",
    ),
    (
        "St Aidan's Church in Thornby Moor will ring its bells for the first time in 50 years on Sunday after a £90,000 restoration.\n\n"
        "\"The whole village has been waiting for this,\" said the Rev Catriona Lamb, who has been vicar since 2016.",
        "The whole village has",
        "Catriona Lamb",
        "uk_ireland_church_community",
    ),
    (
        "Parish priest Fr Tomás Heffernan and parish council chairwoman Mary Kinsella launched an appeal on Sunday to repair the roof of St Brigid's Church in Kilbrack.\n\n"
        "“Water is coming in over the altar every time it rains,” he said. “We need €200,000 and we need it before winter.”",
        "Water is coming in",
        "Tomás Heffernan",
        "uk_ireland_church_community",
    ),
    (
        "\"We expected 30 people and more than 200 turned up,\" says the organiser of a free community lunch in a Leicester church hall.\n\n"
        "Farzana Begum, 39, started the Tuesday lunches at St Mark's Hall in Belgrave after losing her job last year.",
        "We expected 30 people",
        "Farzana Begum",
        "uk_ireland_church_community",
    ),
    (
        "In a pastoral letter read at Masses across the diocese on Sunday, Bishop Declan Moriarty said: “Many of our parishes will have to share a priest within the next five years, and some churches will close.”",
        "Many of our parishes",
        "Declan Moriarty",
        "uk_ireland_church_community",
    ),
    (
        "More than 1,000 people visited the Thornbury Road Mosque in Bradford during its first open day on Saturday.\n\n"
        "\"People had driven past this building every day for 20 years and never been inside,\" said the mosque's secretary, Imran Siddiq, \"and today they came in, drank tea with us and asked questions.\"",
        "People had driven past",
        "Imran Siddiq",
        "uk_ireland_church_community",
    ),
    (
        "A food bank run from Trinity Methodist Church in Barrow-in-Furness handed out 4,000 parcels last year, twice as many as in 2021.\n\n"
        "Co-ordinator Gwen Satterthwaite said: “We are seeing people in work, people with two jobs, nurses and care workers.\n\n"
        "“A few years ago that would have been unthinkable. Now it is every week.”",
        "A few years ago",
        "Gwen Satterthwaite",
        "uk_ireland_church_community",
    ),
    (
        "Peggy Rourke, 82, who has run a knitting group at the Glen Community Hall in Cork for 30 years, has received a civic award from Cork City Council. She was joined at the ceremony by her daughter, Sandra, and by the group's only male member, Vincent Cahill.\n\n"
        "\"Knitting was always the excuse. It was the talk we came for,\" the 82-year-old said.",
        "Knitting was always the",
        "Peggy Rourke",
        "uk_ireland_church_community",
    ),
    (
        "St Columba's Parish Church in Larne was vandalised on Friday night. In a post on Facebook, the church said: “Windows have been smashed and the noticeboard set on fire. We forgive whoever did this, but we would ask them to come and talk to us.”",
        "Windows have been smashed",
        "St Columba's Parish Church",
        "uk_ireland_church_community",
    ),
    (
        "The Ballinteer Men's Shed has built 40 benches for parks in south Dublin this year.\n\n"
        "\"Half of the lads came here because they were lonely after retiring, and now you can't get rid of them,\" according to the shed's chairman, Liam Doody.",
        "Half of the lads",
        "Liam Doody",
        "uk_ireland_church_community",
    ),
    (
        "Worshippers arriving for the 10am service at Holy Trinity Church in Nether Ashby found the doors locked on Sunday. A handwritten note taped to the door read: \"Service cancelled this morning owing to a burst pipe. Apologies to all.\"\n\n"
        "Churchwarden Ruth Ellery said she had not written the note and did not know who had.",
        "Service cancelled this morning",
        "",
        "uk_ireland_church_community",
    ),
    (
        "Plans for 400 homes on the edge of Thornaby were approved by Stockton-on-Tees Borough Council's planning committee on Wednesday.\n\n"
        "Cllr Derek Hume, who proposed the scheme, said: \"These are homes for local families, and the developer has agreed to build a new primary school.\"\n\n"
        "Cllr Sandra Ochieng opposed it. \"The roads cannot cope now. Nobody has explained where 800 more cars are supposed to go,\" she said.",
        "The roads cannot cope",
        "Sandra Ochieng",
        "uk_ireland_local_politics_in_turn",
    ),
    (
        "Two Donegal TDs have clashed over the future of the emergency department at Letterkenny University Hospital.\n\n"
        "Deputy Caoimhe Ní Dhomhnaill said the department had been on \"trolley watch\" for a decade.\n\n"
        "“Nobody is closing anything,” Deputy Ronan Gildea said in reply. “What is happening is that the HSE is finally spending money in this county.”",
        "What is happening is",
        "Ronan Gildea",
        "uk_ireland_local_politics_in_turn",
    ),
    (
        "MSPs have questioned the Scottish Government over delays to new ferries for the islands. Kenneth MacAulay MSP asked transport minister Elaine Baird when the vessels would arrive.\n\n"
        "\"I will not give a date I cannot guarantee, because islanders have had enough of broken promises,\" the minister replied.",
        "I will not give",
        "Elaine Baird",
        "uk_ireland_local_politics_in_turn",
    ),
    (
        "Gethin Rowlands MS has called for an inquiry into delays at the Welsh Government's farm payments office. Fellow MS Heledd Morgan-Price said the problem was one of staffing.\n\n"
        "In a statement, Mr Rowlands said: \"Farmers in my constituency have waited seven months for money they are owed. That is not a staffing problem, it is a management failure.\"",
        "Farmers in my constituency",
        "Gethin Rowlands",
        "uk_ireland_local_politics_in_turn",
    ),
    (
        "Plans to close Whitmoor Leisure Centre have been criticised by the town's MP, Caroline Dukes. Council leader Raj Mistry defended the decision at a public meeting on Thursday.\n\n"
        "“The building costs £600,000 a year to heat and it's falling apart,” he said. “I would love to keep it open. I don't have the money.”\n\n"
        "Ms Dukes said she would raise the issue in Parliament.",
        "The building costs £600,000",
        "Raj Mistry",
        "uk_ireland_local_politics_in_turn",
    ),
    (
        "Belfast City Council has voted to extend opening hours at the city's parks. Cllr Orlaith Quinlivan, who brought the motion, said: \"Parks are where people in flats and terraces get their fresh air.\n\n"
        "\"Closing the gates at dusk in winter means closing them at four o'clock. That cannot be right.\"\n\n"
        "Cllr Trevor Gault said he supported the idea but was concerned about antisocial behaviour.",
        "Closing the gates at",
        "Orlaith Quinlivan",
        "uk_ireland_local_politics_in_turn",
    ),
    (
        "Two Cornish MPs have given different accounts of a meeting with the health secretary about ambulance waits.\n\n"
        "Tamsin Rowe said nothing had been promised. But Julian Penhallow, a former health minister, was upbeat.\n\n"
        "“I left that room with a clear commitment on funding for next year,” the former minister said.",
        "I left that room",
        "Julian Penhallow",
        "uk_ireland_local_politics_in_turn",
    ),
    (
        "At Monday's meeting of Kerry County Council, Cllr Jimmy Breen asked chief executive Moira O'Dwyer why work on the Castlemaine road scheme had still not started. His motion was seconded by Cllr Noreen Sugrue.\n\n"
        "\"The design is finished, the land is bought, and we are waiting on one signature from Dublin,\" the chief executive replied.",
        "The design is finished",
        "Moira O'Dwyer",
        "uk_ireland_local_politics_in_turn",
    ),
    (
        "“This is a betrayal of every family in Dunfermline who was promised a new hospital,” the town's MSP wrote on social media after the project was delayed again.\n\n"
        "Alasdair Kinnell, who has represented the area at Holyrood since 2016, said he had written to the health secretary demanding a meeting.",
        "This is a betrayal",
        "Alasdair Kinnell",
        "uk_ireland_local_politics_in_turn",
    ),
    (
        "Newport City Council has apologised after bin collections in Malpas were missed for three weeks. Cllr Bethan Ashe, who represents the ward, said residents were \"living with rats\".\n\n"
        "\"I have had more calls about this than about anything in six years,\" Ms Ashe said. \"The council's apology is welcome, but an apology does not empty a bin.\"\n\n"
        "The council's cabinet member for the environment, Cllr Martin Tovey, said new lorries would arrive within a fortnight.",
        "The council's apology is",
        "Bethan Ashe",
        "uk_ireland_local_politics_in_turn",
    ),
    (
        "Tributes have been paid to Sammy Logan, who managed Carnmoney Rovers for 22 years, after his death at the age of 79.\n\n"
        "His family said in a statement: “Dad loved that club more than anything except Mum. He was at every home game until this season.”",
        "Dad loved that club",
        "Sammy Logan's family",
        "uk_ireland_obituary_tribute",
    ),
    (
        "Alun Griffiths, the founder of Cwmdu Male Voice Choir, has died aged 91. His accompanist of 40 years, Glenys Parry, said he had still been taking rehearsals in the summer.\n\n"
        "\"He could hear a wrong note from the back of the hall with his eyes shut,\" she said.",
        "He could hear a",
        "Glenys Parry",
        "uk_ireland_obituary_tribute",
    ),
    (
        "\"She was the first person at your door with a casserole when anything went wrong,\" a neighbour of Kathleen Furey, who died in a house fire in Ennis on Saturday, has said.\n\n"
        "Paula Moloney, who lived next door to Mrs Furey for 35 years, said the whole street was in shock.",
        "She was the first",
        "Paula Moloney",
        "uk_ireland_obituary_tribute",
    ),
    (
        "Staff and pupils at Highfield Park Academy in Rotherham are mourning a teacher who died suddenly at the weekend.\n\n"
        "Darren Shawcross, 41, taught PE at the school for 15 years. In a letter to parents, headteacher Janine Kaye wrote: “Mr Shawcross was a much-loved member of our school family. Many of you will remember him from sports day, always the loudest voice on the field.”",
        "Mr Shawcross was a",
        "Janine Kaye",
        "uk_ireland_obituary_tribute",
    ),
    (
        "Joshua Penrose, 33, from Bethesda, died in a fall while climbing on Tryfan on Saturday.\n\n"
        "In a statement, his partner, Naledi Dlamini, said: \"Josh was kind, funny and completely fearless in the mountains. He had climbed all over the world.\n\n"
        "\"We had planned to get married next spring. I don't know how to do any of this without him.\"",
        "We had planned to",
        "Naledi Dlamini",
        "uk_ireland_obituary_tribute",
    ),
    (
        "Eddie Brannigan, who scored more than 200 goals for Portnaveagh Celtic in the 1960s, has died aged 84.\n\n"
        "His daughter said he had kept every match programme from his career in a suitcase under the bed. “Dad never once boasted about any of it,” she said. “We found out most of it from other people.”",
        "Dad never once boasted",
        "Eddie Brannigan's daughter",
        "uk_ireland_obituary_tribute",
    ),
    (
        "Kilcrohane Rowing Club has paid tribute to its founder, Nóirín Hegarty, who has died aged 88.\n\n"
        "\"Nóirín built this club with her own hands, and she was still coaching juniors at 80,\" the club said on Facebook.",
        "Nóirín built this club",
        "Kilcrohane Rowing Club",
        "uk_ireland_obituary_tribute",
    ),
    (
        "Tributes have been paid to Isobel Craigie, who served as provost of Perth and Kinross for eight years, after her death at 86. Her husband, Ian, died in 2019.\n\n"
        "Council leader Graham Sturrock described her as \"a formidable woman\". \"Isobel never forgot that she was there to serve people who didn't have a voice, and she told us so at every meeting,\" the council leader said.",
        "Isobel never forgot that",
        "Graham Sturrock",
        "uk_ireland_obituary_tribute",
    ),
    (
        "A man whose mother was killed in a crash on the N17 near Tuam has urged drivers to slow down. Cathal Ruane, 27, lost his mother, Bernadette, 56, on Thursday. The other driver, Anne-Marie Foy, was treated in hospital.\n\n"
        "“My mam was driving home from her shift at the hospital and did nothing wrong,” the 27-year-old wrote on Facebook. “Please, please slow down on that road.”",
        "Please, please slow down",
        "Cathal Ruane",
        "uk_ireland_obituary_tribute",
    ),
    (
        "Dr Kwabena Osei, a GP in Merthyr Tydfil for 37 years, has died aged 72.\n\n"
        "\"He delivered half the town and then treated their children and grandchildren,\" according to practice manager Lynne Jeffreys, who worked with him for 25 years.",
        "He delivered half the",
        "Lynne Jeffreys",
        "uk_ireland_obituary_tribute",
    ),
    (
        "JAKARTA — Indonesia will cut export duties on crude palm oil from next month, trade minister Wahyu Setiadi announced on Tuesday, in an attempt to win back market share.\n\n"
        "\"We want buyers in India and Pakistan who turned to other suppliers last year to come back to us,\" Setiadi told reporters in Jakarta. \"The levy cut makes that possible.\"",
        "We want buyers in",
        "Wahyu Setiadi",
        "wire_trade_tariffs",
    ),
    (
        "Brazil will challenge a new European Union levy on imported beef, the country's agriculture minister, Luiz Fernando Albuquerque Neto, said on Wednesday.\n\n"
        "“This is protectionism dressed up as environmental policy,” Albuquerque said. “Brazil will take the matter to the World Trade Organization if Brussels does not change course.”",
        "Brazil will take the",
        "Luiz Fernando Albuquerque Neto",
        "wire_trade_tariffs",
    ),
    (
        "BEIJING — China said on Friday it would respond to new tariffs on its electric vehicles, calling them a violation of trade rules.\n\n"
        "\"China firmly opposes the unilateral imposition of additional tariffs and will take all necessary measures to safeguard its legitimate rights,\" commerce ministry spokeswoman He Xiaoqing told a regular briefing.",
        "China firmly opposes the",
        "He Xiaoqing",
        "wire_trade_tariffs",
    ),
    (
        "Global merchandise trade will grow by just 1.7 percent this year, down from an earlier estimate of 2.6 percent, according to a forecast published by the World Trade Organization on Wednesday.\n\n"
        "“Rising trade tensions and policy uncertainty pose significant downside risks to the outlook,” the forecast said.",
        "Rising trade tensions and",
        "World Trade Organization",
        "wire_trade_tariffs",
    ),
    (
        "ABUJA — Nigerian cocoa exporters met government officials on Monday to discuss new European Union rules that will require proof that beans were not grown on cleared forest land.\n\n"
        "Exporter Adaeze Okonkwo-Bello, whose firm ships from Ondo state, said smallholders could not afford satellite mapping. Trade minister Babatunde Olaniyan promised help.\n\n"
        "\"We have 18 months to map every cocoa farm in this country, and we will do it with or without the donors,\" he said.",
        "We have 18 months",
        "Babatunde Olaniyan",
        "wire_trade_tariffs",
    ),
    (
        "“Tariffs of this size will close factories within a year,” the head of one of Vietnam's biggest garment industry groups warned on Thursday.\n\n"
        "Nguyen Thi Thu Hang, who chairs the Southern Textile Producers' Council, said orders from American buyers had fallen by a fifth since the new duties were announced.",
        "Tariffs of this size",
        "Nguyen Thi Thu Hang",
        "wire_trade_tariffs",
    ),
    (
        "TOKYO — India and Japan on Monday agreed to cut duties on semiconductors and electronic components.\n\n"
        "Indian commerce minister Rajesh Venkataraman signed the agreement with his Japanese counterpart, Yuko Hashimoto, and the head of a Japanese electronics industry federation, Kenji Mori, attended the ceremony.\n\n"
        "\"This gives Japanese firms a reason to build their supply chains in India rather than anywhere else,\" the Indian minister said.",
        "This gives Japanese firms",
        "Rajesh Venkataraman",
        "wire_trade_tariffs",
    ),
    (
        "BRUSSELS — The European Commission said on Saturday it \"deeply regrets\" Washington's decision to raise tariffs on European steel and aluminium to 50 percent.\n\n"
        "“The EU will respond firmly, proportionately and in full compliance with international rules,” the Commission said in a statement. “We remain ready to negotiate.”",
        "The EU will respond",
        "European Commission",
        "wire_trade_tariffs",
    ),
    (
        "MEXICO CITY — Mexican steelmakers have urged the government to retaliate against new U.S. duties.\n\n"
        "María Guadalupe Treviño Garza, president of the Northern Steel Chamber, told a news conference in Monterrey: \"Our plants in Nuevo León and Coahuila employ 40,000 people directly.\n\n"
        "\"If the border closes to our steel, those are not numbers on a spreadsheet. They are families, and they vote.\"",
        "If the border closes",
        "María Guadalupe Treviño Garza",
        "wire_trade_tariffs",
    ),
    (
        "Australia's trade minister, Fiona McAlister, and farm lobby chief Doug Pettigrew both welcomed China's decision on Friday to lift tariffs on Australian barley.\n\n"
        "Hours after the announcement, the minister wrote on X: “Today's decision is a win for every grain grower in Western Australia. Patient diplomacy works.”",
        "Today's decision is a",
        "Fiona McAlister",
        "wire_trade_tariffs",
    ),
    (
        "GENEVA — A cholera outbreak in Zambia has spread to eleven provinces, the World Health Organization said on Monday.\n\n"
        "\"The risk at the national level is assessed as very high due to the rainy season and population movement,\" the WHO said in its latest situation report.",
        "The risk at the",
        "World Health Organization",
        "wire_health_epidemic",
    ),
    (
        "KINSHASA — The Democratic Republic of Congo will begin vaccinating against mpox in the east of the country this week, health minister Jean-Pierre Mukendi Kabasele said on Saturday.\n\n"
        "“The first 50,000 doses arrived last night,” Mukendi said, “and health workers in South Kivu will be vaccinated first.”",
        "The first 50,000 doses",
        "Jean-Pierre Mukendi Kabasele",
        "wire_health_epidemic",
    ),
    (
        "LIMA — Hospitals in northern Peru are overwhelmed by the worst dengue outbreak in the country's history.\n\n"
        "Dr Rosa Quispe Mamani, head of infectious diseases at a hospital in Piura, showed reporters around the wards with her colleague Dr Javier Ruiz Salazar.\n\n"
        "\"We have patients on chairs in the corridors, and we are running out of intravenous fluids,\" she said.",
        "We have patients on",
        "Rosa Quispe Mamani",
        "wire_health_epidemic",
    ),
    (
        "“We buried six children in one week,” a nurse in Kasese district told reporters on Wednesday as a measles outbreak spread across western Uganda.\n\n"
        "Harriet Kabugo, who has worked at a health centre near the Congolese border for 12 years, said many parents had not vaccinated their children during the pandemic.",
        "We buried six children",
        "Harriet Kabugo",
        "wire_health_epidemic",
    ),
    (
        "DHAKA — Bangladesh recorded its highest weekly number of dengue deaths this year, with 64 people dying in seven days.\n\n"
        "\"Hospital admissions for dengue rose by 40 percent in the past week, and most of the dead were brought in too late,\" a spokesman for the health ministry said on Sunday.",
        "Hospital admissions for dengue",
        "health ministry spokesman",
        "wire_health_epidemic",
    ),
    (
        "KOZHIKODE, India — Health officials in Kerala have traced more than 700 contacts of a man who died of Nipah virus last week.\n\n"
        "“The first 48 hours are everything with Nipah, and this time we were fast,” according to Dr Lakshmi Nair Menon, an epidemiologist advising the state government.",
        "The first 48 hours",
        "Lakshmi Nair Menon",
        "wire_health_epidemic",
    ),
    (
        "The aid group Frontline Clinics International said on Thursday that cholera was spreading through camps for displaced people in Sudan's White Nile state.\n\n"
        "In a statement, the group said: \"Our teams are treating more than 300 cholera patients a day, many of them children under five.\n\n"
        "\"Without clean water, we are treating the same families again and again. Medicine alone will not stop this.\"",
        "Without clean water, we",
        "Frontline Clinics International",
        "wire_health_epidemic",
    ),
    (
        "SEOUL — South Korea raised its influenza alert to the second-highest level on Tuesday.\n\n"
        "Park Ji-hoon, director of the Korea Disease Control and Prevention Agency, and vice health minister Lee Soo-jin briefed reporters together. Park said hospitals should prepare for a peak in January.\n\n"
        "“The number of severe cases among people over 65 has doubled in two weeks,” he said.",
        "The number of severe",
        "Park Ji-hoon",
        "wire_health_epidemic",
    ),
    (
        "BRASÍLIA — Brazil's health minister, Ana Cláudia Rezende, confirmed on Monday that four people had died of yellow fever in Minas Gerais state. Her deputy, Marcos Vieira Lima, said vaccination teams had been sent to 30 towns.\n\n"
        "Later that evening the minister, a former infectious disease nurse, wrote on Instagram: \"Nobody needs to panic. We have vaccines, we have tests, and we have a public health system that works.\"",
        "Nobody needs to panic",
        "Ana Cláudia Rezende",
        "wire_health_epidemic",
    ),
    (
        "NAIROBI — More than 200 doctors in Kenya have signed a letter to the health ministry warning of shortages of basic drugs in public hospitals.\n\n"
        "The letter, written by Dr Wanjiru Kamau, a paediatrician in Kisumu, says: “Patients are dying in our hospitals because there is no insulin, no amoxicillin and no oxygen on the shelves.”",
        "Patients are dying in",
        "Wanjiru Kamau",
        "wire_health_epidemic",
    ),
    (
        "Pacific island negotiators walked out of a late-night session at the UN climate summit on Saturday, saying the draft deal on finance was too weak.\n\n"
        "\"We did not come here to negotiate the size of our funeral,\" said Losa Tuilagi, lead negotiator for Samoa.",
        "We did not come",
        "Losa Tuilagi",
        "wire_climate_summit",
    ),
    (
        "“Developed countries promised 100 billion dollars a year,” India's environment minister, Suresh Prabhakaran, told the plenary. “They delivered it late, they delivered it mostly as loans, and now they want credit for it.”",
        "They delivered it late",
        "Suresh Prabhakaran",
        "wire_climate_summit",
    ),
    (
        "The world remains on course for about 2.7 degrees Celsius of warming this century, according to a report released by the UN Environment Programme on the eve of the summit.\n\n"
        "\"Current pledges would cut global emissions by barely two percent by 2030, compared with the 42 percent needed,\" the report says.",
        "Current pledges would cut",
        "UN Environment Programme",
        "wire_climate_summit",
    ),
    (
        "Ugandan activist Nakato Ssempijja, 21, and Filipino campaigner Jerome Dela Cruz, 34, staged a sit-in outside the plenary hall on Thursday with about 40 other young people.\n\n"
        "“They talk about future generations as if we were not already standing in the room,” the 21-year-old said.\n\n"
        "Dela Cruz said security staff had been \"polite but firm\".",
        "They talk about future",
        "Nakato Ssempijja",
        "wire_climate_summit",
    ),
    (
        "EU climate commissioner Henrik Aalto met China's special envoy, Zhou Meiling, and Brazil's chief negotiator, Camila Ferraz de Souza, for three hours on Sunday.\n\n"
        "\"We are closer than the headlines suggest, but we are not there yet,\" the commissioner told reporters afterwards.",
        "We are closer than",
        "Henrik Aalto",
        "wire_climate_summit",
    ),
    (
        "The Alliance of Small Island States rejected the latest draft text on Friday morning.\n\n"
        "“A text without a clear commitment to transition away from fossil fuels is a text we cannot accept,” the group said in a statement.",
        "A text without a",
        "Alliance of Small Island States",
        "wire_climate_summit",
    ),
    (
        "Kenya's environment cabinet secretary, Achieng Otieno, opened the African group's press conference on Tuesday with a warning.\n\n"
        "\"Africa produces less than four percent of global emissions,\" she said. \"Our farmers did not cause this crisis.\n\n"
        "\"Yet we are paying first, and paying most, in droughts, floods and failed harvests.\"",
        "Yet we are paying",
        "Achieng Otieno",
        "wire_climate_summit",
    ),
    (
        "“This is the most important week for the Amazon in a generation,” an Indigenous leader from Brazil's Pará state told delegates on Tuesday.\n\n"
        "Iracema Tembé Parakanã, who travelled three days by boat and bus to reach the summit, said logging had reached the edge of her community's land.",
        "This is the most",
        "Iracema Tembé Parakanã",
        "wire_climate_summit",
    ),
    (
        "The summit's president, Leyla Mammadova, extended talks into a second night on Friday after oil-producing countries rejected a compromise. Saudi delegate Faisal al-Otaibi and Norway's Erik Lindqvist were seen leaving her office after midnight.\n\n"
        "Shortly afterwards she posted on X: \"We are not leaving this city without an agreement. Nobody should book their flights yet.\"",
        "We are not leaving",
        "Leyla Mammadova",
        "wire_climate_summit",
    ),
    (
        "Norway pledged an extra 500 million dollars to the fund for loss and damage on Wednesday.\n\n"
        "“Norway believes that those who have done least to cause climate change should not be left to pay for it alone,” a spokesman for the Norwegian delegation said.",
        "Norway believes that those",
        "Norwegian delegation spokesman",
        "wire_climate_summit",
    ),
    (
        "KHARTOUM — Sudan's army said on Sunday it had pulled back from positions north of the capital under a week-long truce.\n\n"
        "\"Our forces have withdrawn from the positions agreed under the truce and will respond only if attacked,\" said army spokesman Brig Gen Nabil Abdel-Rahman.",
        "Our forces have withdrawn",
        "Nabil Abdel-Rahman",
        "wire_military_ceasefire",
    ),
    (
        "DOHA — Mediators announced a ceasefire between the two sides late on Thursday after nine days of talks.\n\n"
        "“Both sides have accepted the text,” said Khalid bin Saad al-Mansouri, an adviser to Qatar's foreign ministry, “and the ceasefire will take effect at midnight local time.”",
        "Both sides have accepted",
        "Khalid bin Saad al-Mansouri",
        "wire_military_ceasefire",
    ),
    (
        "BOGOTÁ — Colombia's army commander, Gen Hernán Castaño Rojas, met government negotiator Lucía Arbeláez and the head of the UN mission, Pieter de Graaf, on Monday to discuss the collapse of a local truce in Cauca.\n\n"
        "\"Not one more soldier will die for a ceasefire that the other side does not respect,\" the general said after the meeting.",
        "Not one more soldier",
        "Hernán Castaño Rojas",
        "wire_military_ceasefire",
    ),
    (
        "MANILA — Fighting between government troops and militants broke out in the southern Philippines on Tuesday, a day after a local truce expired.\n\n"
        "“Two soldiers were wounded in an encounter with about 15 armed men near the town of Piagapo,” according to a statement from the Armed Forces of the Philippines.",
        "Two soldiers were wounded",
        "Armed Forces of the Philippines",
        "wire_military_ceasefire",
    ),
    (
        "Ingrid Solheim, the Norwegian diplomat leading the UN team monitoring the truce, told reporters in Geneva that violations had fallen sharply.\n\n"
        "\"In the first week we recorded more than 200 incidents,\" she said. \"In the past seven days there were eleven.\n\n"
        "\"That is not peace. But it is the first time in two years that farmers have been able to reach their fields.\"",
        "That is not peace",
        "Ingrid Solheim",
        "wire_military_ceasefire",
    ),
    (
        "Residents of villages near the front line in Ukraine's Zaporizhzhia region said the shelling had eased on Sunday after a partial truce came into force.\n\n"
        "Olena Hrytsenko, 64, was clearing broken glass from her kitchen with her neighbour Mykola Bondar when reporters arrived.\n\n"
        "“The shelling stopped on Sunday morning, but nobody here believes it will last,” she said.",
        "The shelling stopped on",
        "Olena Hrytsenko",
        "wire_military_ceasefire",
    ),
    (
        "\"The ceasefire is holding, but it is fragile,\" a senior Ethiopian military commander said on Monday.\n\n"
        "Lt Gen Tesfaye Gebremariam, who commands federal forces in the north, told state television that fighters had begun handing over heavy weapons at three sites.",
        "The ceasefire is holding",
        "Tesfaye Gebremariam",
        "wire_military_ceasefire",
    ),
    (
        "A rebel group in eastern Myanmar agreed on Wednesday to a 30-day ceasefire with the military to allow aid to reach flood victims.\n\n"
        "“We will not attack unless we are attacked, and we will open the roads for relief convoys,” a spokesman for the Salween People's Defence Army said.",
        "We will not attack",
        "Salween People's Defence Army spokesman",
        "wire_military_ceasefire",
    ),
    (
        "The Ministry of Defence in London said in a post on X on Thursday: \"Both sides have largely observed the Easter truce along the southern front, with only isolated artillery exchanges.\"",
        "Both sides have largely",
        "Ministry of Defence",
        "wire_military_ceasefire",
    ),
    (
        "BANGKOK — Thailand and Cambodia agreed on Friday to pull troops back from a disputed stretch of their border after a week of clashes.\n\n"
        "Thai foreign minister Siriporn Wongsawat met her Cambodian counterpart, Chea Vuthy, in the border town of Aranyaprathet.\n\n"
        "\"We have agreed to reopen two border crossings,\" Siriporn said after the talks. \"Soldiers on both sides will pull back three kilometres.\"",
        "Soldiers on both sides",
        "Siriporn Wongsawat",
        "wire_military_ceasefire",
    ),
    (
        "“Five years ago we found a poached elephant almost every week. This year we have found two,” said senior warden Joseph Lekishon, of the Lkisima Conservancy in northern Kenya.\n\n"
        "Rangers now patrol with dogs and drones.",
        "Five years ago we",
        "Joseph Lekishon",
        "wire_wildlife_conservation",
    ),
    (
        "Conservationists in Borneo have recorded the first orangutan births in a forest replanted after the fires of 2015.\n\n"
        "Primatologist Dr Sri Wahyuni Hasibuan, who leads the project, and her field assistant, Rudi Simanjuntak, found the two infants in October. Hasibuan said both mothers had been released from a rescue centre in 2019.\n\n"
        "\"It means the forest is working again, not just as trees but as a home,\" she said.",
        "It means the forest",
        "Sri Wahyuni Hasibuan",
        "wire_wildlife_conservation",
    ),
    (
        "Three species of river dolphin are now listed as endangered, according to the International Union for Conservation of Nature.\n\n"
        "“River dolphins are being squeezed out by dams, gillnets and pollution in every basin where they live,” the union said as it published its latest Red List update.",
        "River dolphins are being",
        "International Union for Conservation of Nature",
        "wire_wildlife_conservation",
    ),
    (
        "\"There may be fewer than ten left, but they are still having calves,\" says the Mexican marine biologist who has spent 20 years trying to save the vaquita.\n\n"
        "Dr Alejandra Ruiz-Cabrera, who led this year's survey in the Gulf of California, said observers had seen a mother and calf on two separate days.",
        "There may be fewer",
        "Alejandra Ruiz-Cabrera",
        "wire_wildlife_conservation",
    ),
    (
        "NEW DELHI — India's tiger population has risen to more than 3,600, according to the latest national census.\n\n"
        "“Tiger numbers have grown by a quarter in six years,” said Anil Kumar Bhardwaj, who heads the census at the Wildlife Institute of India, “but the tigers are running out of room.”",
        "Tiger numbers have grown",
        "Anil Kumar Bhardwaj",
        "wire_wildlife_conservation",
    ),
    (
        "SYDNEY — Koalas in northern New South Wales are recovering faster than expected after the 2019 bushfires, researchers say.\n\n"
        "Dr Hannah Whitlock, an ecologist who led the survey, said: \"We counted joeys in areas where we thought we would never see a koala again.\n\n"
        "\"The animals are coming back from the unburnt gullies, which tells us those pockets of forest have to be protected at all costs.\"",
        "The animals are coming",
        "Hannah Whitlock",
        "wire_wildlife_conservation",
    ),
    (
        "A fisherman in the Philippines has been honoured for freeing more than 200 sea turtles caught in nets over the past decade.\n\n"
        "Rolando Dimaculangan, 45, received the award from the environment department on Monday alongside marine biologist Dr Teresa Villanueva and his wife, Liza.\n\n"
        "“When I was young we sold them at the market. Now my grandchildren would never forgive me,” the 45-year-old said.",
        "When I was young",
        "Rolando Dimaculangan",
        "wire_wildlife_conservation",
    ),
    (
        "Two black rhinoceros calves have been born in Addo Elephant National Park in South Africa.\n\n"
        "South African National Parks said on X on Saturday: \"Both calves and their mothers are healthy. These are the first black rhino births in the park since the herd was moved there in 2021.\"",
        "Both calves and their",
        "South African National Parks",
        "wire_wildlife_conservation",
    ),
    (
        "OSLO — Norway's Ministry of Trade, Industry and Fisheries said on Tuesday it would cut the country's minke whale quota for the first time in two decades.\n\n"
        "\"The quota has not been fished in full for many years, and the new figure reflects the real level of catches,\" the ministry said in a statement.",
        "The quota has not",
        "Ministry of Trade, Industry and Fisheries",
        "wire_wildlife_conservation",
    ),
    (
        "ARVIAT, Canada — Inuit hunters and scientists have recorded a rise in the number of polar bears near the town on the shore of Hudson Bay.\n\n"
        "Hunter Joanasie Akumalik and biologist Dr Marie-Claire Tremblay have been counting bears together since 2018. Akumalik's daughter, Elisapee, joined the survey this year.\n\n"
        "“The bears are coming into town because the sea ice forms later every autumn,” the biologist said.",
        "The bears are coming",
        "Marie-Claire Tremblay",
        "wire_wildlife_conservation",
    ),
    (
        "A passenger plane skidded off the runway while landing in heavy rain at Kathmandu on Sunday. None of the 72 people on board was seriously hurt.\n\n"
        "\"The aircraft overran the runway by about 40 metres and came to rest on grass,\" said Binod Shrestha, a spokesman for the airline, Himal Sky.",
        "The aircraft overran the",
        "Binod Shrestha",
        "wire_aviation_shipping_accident",
    ),
    (
        "ATHENS — At least 11 people died when a boat carrying migrants capsized off the island of Samos on Wednesday.\n\n"
        "“Twenty-three people have been rescued and the search continues for those still missing,” the Hellenic Coast Guard said in a statement.",
        "Twenty-three people have been",
        "Hellenic Coast Guard",
        "wire_aviation_shipping_accident",
    ),
    (
        "KENDARI, Indonesia — A ferry carrying 180 people sank in rough seas off Sulawesi on Friday night. Survivor Siti Rahmawati, 31, was travelling with her husband, her father and her baby daughter.\n\n"
        "\"The boat tipped over in less than a minute,\" she said from a hospital bed. \"I held my daughter above the water until a fishing boat came.\"",
        "I held my daughter",
        "Siti Rahmawati",
        "wire_aviation_shipping_accident",
    ),
    (
        "PARIS — France's air accident investigation agency said it was too early to explain why a light aircraft crashed near Lyon on Saturday, killing both people on board.\n\n"
        "“We have recovered the engine and the flight data,” said the agency's lead investigator, Sébastien Lefèvre-Duval. “It will be several months before we publish any conclusions.”",
        "It will be several",
        "Sébastien Lefèvre-Duval",
        "wire_aviation_shipping_accident",
    ),
    (
        "Two aircraft operated by the budget carrier Andes Wings were grounded in Santiago on Tuesday after inspectors from Chile's civil aviation authority found faults with their landing gear.\n\n"
        "\"The safety of our passengers is our absolute priority, and we are cooperating fully with the authority,\" the airline said.",
        "The safety of our",
        "Andes Wings",
        "wire_aviation_shipping_accident",
    ),
    (
        "“We heard a bang from the left engine and then the whole cabin filled with smoke,” a passenger on a flight forced to make an emergency landing in Istanbul told reporters.\n\n"
        "Emre Yıldırım, a 38-year-old engineer who was on board with his two sons, said the cabin crew had remained calm throughout.",
        "We heard a bang",
        "Emre Yıldırım",
        "wire_aviation_shipping_accident",
    ),
    (
        "TOKYO — The Japan Transport Safety Board on Thursday published its interim report into a collision between two aircraft at a regional airport in January.\n\n"
        "\"The crew of the smaller aircraft believed they had been cleared to enter the runway,\" the report says.",
        "The crew of the",
        "Japan Transport Safety Board",
        "wire_aviation_shipping_accident",
    ),
    (
        "The owner of a cargo ship that lost power and drifted into a bridge in Rotterdam has promised to pay for repairs.\n\n"
        "In a statement, Jan-Willem van der Berg, chief executive of Noordzee Bulk Shipping, said: “We deeply regret the damage and the disruption to the city.\n\n"
        "“Our crew did everything they could in the minutes after the blackout. We will cooperate fully with the Dutch Safety Board.”",
        "Our crew did everything",
        "Jan-Willem van der Berg",
        "wire_aviation_shipping_accident",
    ),
    (
        "A Filipino sea captain has been praised for rescuing 14 crew from a burning tanker in the Gulf of Oman. Captain Arnel Bautista's ship, the Pacific Orchid, was 20 miles away when the mayday came.\n\n"
        "Chief engineer Maricel Santos and the tanker's cook, Dmitri Volkov, were among those who spoke to reporters in Fujairah on Monday.\n\n"
        "\"You do not think about it. A ship is burning, you go,\" the captain said.",
        "You do not think",
        "Arnel Bautista",
        "wire_aviation_shipping_accident",
    ),
    (
        "A cruise ship with 2,300 passengers ran aground off Norway's Lofoten islands on Monday. Graham and Janice Tate, from Leeds, were among those on board.\n\n"
        "Mrs Tate posted on Facebook: “We are all safe and sitting in the theatre with life jackets on. The crew have been brilliant.”",
        "We are all safe",
        "Janice Tate",
        "wire_aviation_shipping_accident",
    ),
    (
        "Senegalese director Mati Ndiaye's first feature won the top prize at the Saharan Light Film Festival on Saturday.\n\n"
        "\"I made this film for my grandmother, who never saw a cinema in her life,\" Ndiaye said as she accepted the award.",
        "I made this film",
        "Mati Ndiaye",
        "wire_film_music",
    ),
    (
        "South Korean actress Han Seo-yeon and director Oh Dong-min presented their new film in Busan on Friday.\n\n"
        "“I cried on the first day of shooting and I didn't stop for three months,” the actress said.",
        "I cried on the",
        "Han Seo-yeon",
        "wire_film_music",
    ),
    (
        "Afrobeats star Tobi Adewale-Cole announced a world tour on Monday.\n\n"
        "\"Lagos made me,\" he told fans at a launch event. \"So the tour starts in Lagos and it ends in Lagos, and everything in between is a bonus.\"",
        "So the tour starts",
        "Tobi Adewale-Cole",
        "wire_film_music",
    ),
    (
        "Cumbia singer Yolanda Pacheco has cancelled the rest of her South American tour, her record label said on Thursday.\n\n"
        "“Yolanda is exhausted and her doctors have told her to rest. She sends her love to every fan who bought a ticket,” Sonido Andino Records said in a statement.",
        "Yolanda is exhausted and",
        "Sonido Andino Records",
        "wire_film_music",
    ),
    (
        "\"We shot the whole film in 19 days with one camera and a generator,\" the director of Nigeria's highest-grossing film of the year said on Tuesday.\n\n"
        "Chiamaka Eze-Nwosu, 33, said she had been turned down by every bank in Lagos before a group of Nigerian investors in Houston agreed to fund the project.",
        "We shot the whole",
        "Chiamaka Eze-Nwosu",
        "wire_film_music",
    ),
    (
        "MUMBAI — Composer Arjun Deshpande-Rao, who has written music for more than 90 Hindi films, is to retire at 70.\n\n"
        "In a statement on Sunday, he said: “I have given my life to songs that other people sing.\n\n"
        "“Now I want to sit in my garden in Pune and listen to the birds, who sing better than any of us.”",
        "Now I want to",
        "Arjun Deshpande-Rao",
        "wire_film_music",
    ),
    (
        "Icelandic thriller Salt Winter has become the most-watched non-English series on the streaming service in 40 countries, its makers say.\n\n"
        "\"We made it for an audience of 300,000 people, which is the population of Iceland,\" according to producer Guðrún Sigurðardóttir.",
        "We made it for",
        "Guðrún Sigurðardóttir",
        "wire_film_music",
    ),
    (
        "Colombian singer Mateo Restrepo Ossa and his former bandmate Valentina Gil announced on Sunday that they would perform together for the first time in a decade.\n\n"
        "He wrote on Instagram: “Ten years is too long to stay angry. See you in Medellín.”",
        "Ten years is too",
        "Mateo Restrepo Ossa",
        "wire_film_music",
    ),
    (
        "Iranian director Bahram Farahani, 80, received a lifetime achievement award in Locarno on Wednesday. His daughter Shirin, also a director, and actor Reza Mohammadi accompanied him on stage.\n\n"
        "\"I have made 22 films and I am still learning how to make one,\" the 80-year-old said.",
        "I have made 22",
        "Bahram Farahani",
        "wire_film_music",
    ),
    (
        "Georgian director Levan Kapanadze won the main prize at the Baltic Screen Festival in Tallinn on Sunday. Jury president Kristiina Tamm, an Estonian director, said the decision had been unanimous.\n\n"
        "“There were films here that were bigger and louder, but none that stayed with us the way this one did,” she said.",
        "There were films here",
        "Kristiina Tamm",
        "wire_film_music",
    ),
    (
        "VATICAN CITY — The Vatican said on Tuesday it would open more of its archives relating to the Second World War to researchers.\n\n"
        "\"Scholars from every country will have access on the same terms,\" the Holy See press office said in a statement.",
        "Scholars from every country",
        "Holy See press office",
        "wire_religion",
    ),
    (
        "JAKARTA — Thousands of worshippers gathered at a mosque in Jakarta on Friday to pray for the victims of the Sulawesi earthquake.\n\n"
        "“Grief does not belong to one religion. Tonight we pray for every family who lost someone,” said Haji Abdul Rahman Siregar, the imam who led the prayers.",
        "Grief does not belong",
        "Abdul Rahman Siregar",
        "wire_religion",
    ),
    (
        "BUENOS AIRES — Rabbi Miriam Katzenelson has become the first woman to lead a congregation in the city's oldest synagogue. She was installed on Friday by synagogue president Eduardo Levin and the cantor, David Rosenfeld.\n\n"
        "\"People told me the community was not ready. The community turned out to be readier than the people telling me,\" she said.",
        "People told me the",
        "Miriam Katzenelson",
        "wire_religion",
    ),
    (
        "Greek Orthodox Metropolitan Ioannis Papadakis urged parishes on Sunday to house refugee families arriving on the islands. Migration ministry official Eleni Karamanou attended the service.\n\n"
        "“The church must be the first to open its doors to those fleeing war, not the last,” the metropolitan said in his homily.",
        "The church must be",
        "Ioannis Papadakis",
        "wire_religion",
    ),
    (
        "\"Meditation is not an escape from the world; it is how we return to it,\" a Thai monk who teaches in a women's prison in Bangkok told visitors on Saturday.\n\n"
        "Somchai Thammarat, 58, has taught meditation classes at the prison for 11 years.",
        "Meditation is not an",
        "Somchai Thammarat",
        "wire_religion",
    ),
    (
        "ABUJA — Archbishop Emmanuel Chukwuemeka Obi called on the government to protect farming villages in a sermon on Sunday.\n\n"
        "“We have buried 40 members of our congregations this year,” he said.\n\n"
        "“I ask the government: how many more funerals must I take before the villages are protected?”",
        "I ask the government",
        "Emmanuel Chukwuemeka Obi",
        "wire_religion",
    ),
    (
        "The number of priests in Germany's Catholic dioceses has fallen by a third in 20 years, according to a report by historian Annelie Vogt for a church-funded research institute in Bonn.\n\n"
        "\"Some parishes in the east now see a priest once every six weeks,\" the report says.",
        "Some parishes in the",
        "Annelie Vogt",
        "wire_religion",
    ),
    (
        "THIRUVANANTHAPURAM, India — Pilgrim numbers at the Sabarimala shrine have reached a record.\n\n"
        "“More than 1.2 million pilgrims climbed to the shrine in the first two weeks of the season,” a spokesman for the Travancore Devaswom Board said on Monday.",
        "More than 1.2 million",
        "Travancore Devaswom Board spokesman",
        "wire_religion",
    ),
    (
        "Volunteers at a gurdwara in Surrey, British Columbia, served hot meals to more than 5,000 people displaced by wildfires this week. Committee president Gurpreet Kaur Sandhu and head cook Balwinder Singh Grewal worked through the night.\n\n"
        "On Facebook, she wrote: \"Langar is for everyone. Nobody who comes to our door will go hungry.\"",
        "Langar is for everyone",
        "Gurpreet Kaur Sandhu",
        "wire_religion",
    ),
    (
        "Ghanaian Cardinal Kwame Asante-Boateng addressed a conference on migration in Rome on Thursday alongside Italian interior ministry official Giulia Ferrante and Mexican Bishop Raúl Ortega Villanueva.\n\n"
        "“Europe asks Africa to keep its young people at home,” the cardinal said. “Then it buys our cocoa for nothing and wonders why they leave.”",
        "Then it buys our",
        "Kwame Asante-Boateng",
        "wire_religion",
    ),
    (
        "SEOUL — Thousands of workers at South Korea's biggest shipyards walked out on Wednesday in a dispute over pay.\n\n"
        "\"We build the most advanced ships in the world and our wages have not kept up with prices for three years,\" said Kim Dae-sung, head of the shipbuilders' union.",
        "We build the most",
        "Kim Dae-sung",
        "wire_labour_strike",
    ),
    (
        "Workers at the Lusitânia Cork plant near Porto have been on strike for nine days.\n\n"
        "“The company has offered a 4 percent increase, which is above inflation, and remains open to dialogue,” Lusitânia Cork said in a statement.",
        "The company has offered",
        "Lusitânia Cork",
        "wire_labour_strike",
    ),
    (
        "DHAKA — Garment workers blocked a highway outside Dhaka on Monday demanding unpaid wages. Machinist Rokeya Khatun, 26, has not been paid since June. Her supervisor, Jamal Uddin, said the factory owner had left the country.\n\n"
        "\"I have two children and I am borrowing rice from neighbours,\" she said.",
        "I have two children",
        "Rokeya Khatun",
        "wire_labour_strike",
    ),
    (
        "PARIS — Rail workers across France will strike for 48 hours from Thursday, disrupting trains before the holidays.\n\n"
        "“Nobody goes on strike for pleasure,” said Sandrine Moreau-Lemaire, general secretary of the rail union Sud Cheminots Unis. “But management has given us nothing in six months of talks.”",
        "But management has given",
        "Sandrine Moreau-Lemaire",
        "wire_labour_strike",
    ),
    (
        "JOHANNESBURG — The National Union of Platinum Workers said on Sunday that about 12,000 of its members would down tools on Monday at mines owned by Rustenburg Metals.\n\n"
        "\"Our members are risking their lives underground for wages that do not feed a family,\" the union said.\n\n"
        "The company said it had offered a 6 percent increase.",
        "Our members are risking",
        "National Union of Platinum Workers",
        "wire_labour_strike",
    ),
    (
        "“The machines are coming, and nobody has asked us what happens to our families,” a dockworker at the Chilean port of San Antonio said on Tuesday as a strike entered its fifth day.\n\n"
        "Cristián Muñoz Valdebenito, who has worked at the port for 22 years, said automation would cost 600 jobs.",
        "The machines are coming",
        "Cristián Muñoz Valdebenito",
        "wire_labour_strike",
    ),
    (
        "BUENOS AIRES — About 80 percent of public transport in Buenos Aires was halted on Wednesday by a general strike.\n\n"
        "\"Talks between the unions and employers will resume on Monday under the supervision of this ministry,\" according to a statement from Argentina's Ministry of Human Capital.",
        "Talks between the unions",
        "Ministry of Human Capital",
        "wire_labour_strike",
    ),
    (
        "ABUJA — Nurses and doctors in Nigeria's public hospitals began an indefinite strike on Monday.\n\n"
        "Dr Olufunke Adebayo-Ogunleye, president of the Federation of Nigerian Health Workers, told reporters: “Our members have not received the allowances promised in the agreement signed two years ago.\n\n"
        "“We gave the government three ultimatums. We have run out of patience, and so have our patients.”",
        "We gave the government",
        "Olufunke Adebayo-Ogunleye",
        "wire_labour_strike",
    ),
    (
        "The Cabin Crew Union of Australia posted on X on Friday: \"Our members will walk off the job at 6am on Monday unless Wattle Air returns to the table.\"\n\n"
        "The airline said it was disappointed.",
        "Our members will walk",
        "Cabin Crew Union of Australia",
        "wire_labour_strike",
    ),
    (
        "About 3,000 workers at Deccan Auto Components' plant near Chennai have been on strike since Monday. Union leader Kavitha Subramaniam met the company's chief executive, Rohan Malhotra, on Wednesday without result.\n\n"
        "In a letter to staff the next day, the chief executive wrote: “I respect your right to strike, but every day the plant is closed puts orders from our biggest customers at risk.”",
        "I respect your right",
        "Rohan Malhotra",
        "wire_labour_strike",
    ),
    (
        "Astronomers have found water vapour in the atmosphere of a planet orbiting a red dwarf star 40 light years from Earth.\n\n"
        "\"This is the smallest planet on which we have ever detected water in the air,\" said Dr Amara Okafor-Hughes, who led the study.",
        "This is the smallest",
        "Amara Okafor-Hughes",
        "wire_science_discovery",
    ),
    (
        "A fossil found in a quarry in Morocco belongs to a previously unknown species of early whale, researchers said on Wednesday.\n\n"
        "Dr Youssef El Idrissi, the study's lead author, and co-author Dr Claire Dubois examined the skeleton for three years.\n\n"
        "“It had legs strong enough to walk on land and a tail made for swimming,” the lead author said.",
        "It had legs strong",
        "Youssef El Idrissi",
        "wire_science_discovery",
    ),
    (
        "Astronomers in Chile have spotted an object moving through the solar system on a path that suggests it came from another star.\n\n"
        "\"We were looking for something else entirely,\" said astronomer Valentina Cárdenas Soto, \"and then this object appeared in every image.\"",
        "We were looking for",
        "Valentina Cárdenas Soto",
        "wire_science_discovery",
    ),
    (
        "NEUQUÉN, Argentina — Palaeontologists have unearthed the near-complete skeleton of a long-necked dinosaur in Patagonia. Dr Martín Echeverría and his student Florencia Aguirre spotted a vertebra sticking out of a hillside in 2021.\n\n"
        "“We thought it was a single bone, and then the hill kept giving us more,” she said.",
        "We thought it was",
        "Florencia Aguirre",
        "wire_science_discovery",
    ),
    (
        "NASA said on Thursday that one of its Mars rovers had collected a rock sample with features that could have been formed by ancient microbes.\n\n"
        "\"This finding does not prove that life existed on Mars, but it is the most compelling sample we have yet collected,\" the agency said in a statement.",
        "This finding does not",
        "NASA",
        "wire_science_discovery",
    ),
    (
        "“Nobody had opened this tomb for 3,000 years,” the Egyptian archaeologist leading the excavation at Saqqara said on Sunday.\n\n"
        "Dr Nadia Abdel-Fattah said the tomb belonged to a royal scribe and contained four painted coffins.",
        "Nobody had opened this",
        "Nadia Abdel-Fattah",
        "wire_science_discovery",
    ),
    (
        "TSUKUBA, Japan — Physicists have made the most precise measurement yet of a rare particle decay.\n\n"
        "Prof Takeshi Yamamoto, who led the experiment, said: \"We spent seven years reducing the noise in the detector.\n\n"
        "\"Now the signal is clear, and it is not what the standard model predicts.\"",
        "Now the signal is",
        "Takeshi Yamamoto",
        "wire_science_discovery",
    ),
    (
        "A bee species thought to be extinct has been rediscovered in Queensland. Entomologist Dr Priya Raghunathan and volunteer photographer Ben Tolley found it in a national park last month.\n\n"
        "She announced the find on Bluesky: “After four years of looking, here she is. The bee is alive and well.”",
        "After four years of",
        "Priya Raghunathan",
        "wire_science_discovery",
    ),
    (
        "Oluwaseun Adebisi, 29, a doctoral student in Cape Town, found the compound in soil from his grandmother's farm in Ogun State, Nigeria. His supervisor, Prof Elizabeth van Wyk, called the discovery \"a stroke of luck and a lot of hard work\".\n\n"
        "\"I took the soil home in my suitcase because I was curious,\" the 29-year-old said. \"I never expected it to kill bacteria that resist every drug we have.\"",
        "I took the soil",
        "Oluwaseun Adebisi",
        "wire_science_discovery",
    ),
    (
        "Researchers in China have grown rice that yields 40 percent more grain in salty soil. Lead researcher Zhang Wenjun said his team planned field trials next year.\n\n"
        "Dr Fatima Al-Hashimi, a plant geneticist who was not involved in the study, was cautious. “Field trials over several seasons will tell us far more than greenhouse results,” she said.",
        "Field trials over several",
        "Fatima Al-Hashimi",
        "wire_science_discovery",
    ),
]
