"""Eighty made-up passages for quotation attribution, written blind (sixteenth set).

Breaking news and its aftermath as wire services, broadcasters' websites and national papers run it,
from US, UK, Canadian, Australian, Indian, Philippine, Nigerian and Kenyan outlets, 2005-2020.

Every passage, name, organisation and event below was invented for this file by someone who had read
only the annotation README (its "What a row is" and "Columns" sections) and the first 120 lines of the
fifteenth case file for its layout, never the tool's source, tests, benchmarks or annotated data. Real
countries, states, provinces, cities, towns, districts, rivers, roads and streets, and well-known bodies
(the Environment Agency, the Met Office, the RNLI, the Rail Accident Investigation Branch, Network Rail,
the HSE, Lincolnshire, North Wales and Greater Manchester police, Teesside, Leeds and Birmingham crown
courts, the American Red Cross, the FBI, OSHA, the National Weather Service, the Mississippi Emergency
Management Agency, the Louisiana National Guard, Texas Parks and Wildlife, the Chaffee County Sheriff's
Office, the RCMP, the Ontario Provincial Police, the Transportation Safety Board of Canada, Indigenous
Services Canada, Hydro-Québec, Alberta Wildfire, the Canadian Red Cross, the NSW Rural Fire Service and
State Emergency Service, Surf Life Saving NSW, NSW Ambulance, the Bureau of Meteorology, Queensland Fire
and Emergency Services, Ergon Energy, the NDRF, the Assam State Disaster Management Authority, the
Navy, the Greater Chennai Corporation, the NDRRMC, the Philippine Coast Guard, the Bureau of Fire
Protection, Phivolcs, the Maritime Industry Authority, the LTFRB, the DPWH, the NUJP, the Federal Road
Safety Corps, LASEMA, the Lagos State Building Control Agency, NEMA, the National Inland Waterways
Authority, the NNPC, the Nigeria Union of Journalists, the Nigerian Medical Association, the University
of Nigeria Teaching Hospital, the Kenya Red Cross Society, IPOA, the National Transport and Safety
Authority, the Kenya Civil Aviation Authority, the Teachers Service Commission, Athletics Kenya, a few
real hospitals and courts) appear only as background or with invented words; the people and most
organisations (Kiboko Star Coach, Marbella Shipping Lines, Cordillera Star Transit, Prairie Northern
Railway, Northern Air Medevac, Greenview Hospital, Coastline Builders, Hallam Rise Construction, Isaac
Valley Coal, Kinangop Highlands Farms, Mission Wings Africa, Fenland Electrical Services) are
fictional, and no event is a real one.

The passages imitate breaking news and what follows it: fires (a row house, a Gikomba market blaze, a
Tondo shanty fire, a school dormitory, a hospital basement, a reserve with no fire truck, a vacant
warehouse that killed a firefighter, a pipeline explosion), floods and storms (a beck in North Yorkshire, the Eden, Assam,
Chennai, Lismore, Budalang'i, Lokoja, Ibadan, a Texas low-water crossing, Gatineau, a typhoon, a
hurricane surge, a cyclone in Queensland and one in Odisha, a UK named storm, an ice storm, a
tornado, a bushfire, an Alberta wildfire), crashes (a bus into a gorge, a head-on on the Nakuru
highway, a Dalton Pass bus, a petrol tanker, a ferry, a river boat, a level-crossing collision, a
derailment, an air ambulance, a light aircraft, a school bus on ice), shootings (a sports bar, a
barbershop killing, a police shooting, a broadcaster), building and structure collapses (Bhiwandi, a
Lagos nursery school, a parking garage, a gas explosion, a roof fall in a coal mine, a landslide, a
Jos classroom block, and a temple stampede), rescues (boatmen, an ice rescue, a rip, hikers, fishermen adrift, a rooftop
winching), trials and sentencings (a drunk driver, an arsonist, a Bronx landlord, a phone-filming
driver, a factory fire, a Surulere developer, a stampede acquittal, mall guards, a dam
burst), inquiries and inquests (a cyclist under a lorry, a flooded causeway, a waterhole drowning, a
rail report, a derailment report, a school-collapse panel, a Senate hearing) and obituaries and
tributes (a lifeboat coxswain, a firefighter, an apprentice, a broadcaster, a journalist, a doctor, a
pilot, a marathon runner, an elder).

Three to six people or bodies speak in each passage. Names come the way wire and national copy gives
them: full name with age and place ("Pauline Hartigan, 68, who has lived on Mill Row", "Rowena
Catapang, 41, a market vendor from Calapan"), then surname, title and surname ("Kessler", "Mr Thakur",
"Chief Wapachee", "Mr Harkness"), rank and role nouns ("the commander", "the magistrate", "the
senator", "the legislator", "the Mountie", "the judge", "her Honour", "the official", "the spokesman"),
descriptions ("the mother of three"), ages ("the 12-year-old", "the 67-year-old") and pronouns. Titles,
ranks and posts the answer leaves out include District Chief, Fire Chief, Lt., Police Chief, Sheriff,
Judge, Lady Justice, Justice, retired Justice, Coroner, Senator, Fire Director, Mayor, Barangay
Chairwoman, Supt., Police Senior Superintendent, Police Chief Inspector, Commander, Petty Officer 2nd
Class, Cpl., Sgt., Chief Superintendent, PC, DSP, Deputy Commissioner, Deputy Commissioner of Police,
District Collector, Special Relief Commissioner, Chief (a First Nation chief and a Nigerian traditional
title), Alhaji, Engr., Arc., Atty., Rev., Dr, Mr, Mrs, Ms and QC; roles come before and after names
("Temple trust secretary Mahesh Chandra Joshi", "Senior advocate Devendra Nath Khosla", "said advocate
Rajeshwar Prasad Tripathi, who represented the families", "Troy Mattock, a district vice-president of
the mining union"). Names include Kikuyu, Luo and Kalenjin names, Yoruba, Igbo and Hausa names,
Filipino names with a nickname in quotation marks ("Malou", "Atong") and a surname with a particle
(dela Peña, Sta. Maria), Indian names with initials (S. Rajendra Prasad, Ashok V. Kulkarni, R.
Karthikeyan), French-Canadian, Mennonite and Anishinaabe names, a name with an apostrophe (Ndung'u),
hyphenated surnames, a witness and a nurse named only by a first name (Ratul, Joy), and people sharing a
surname (a father and son drowned at a causeway, a mother and her daughter, a widow and her husband, a
brother and sister, a father and son adrift, two brothers, a grandmother and granddaughter).

Bodies speak by name (a disaster council's bulletin, a Red Cross society's tweet, a lifesaving body's
statement, a hospital, a bus company, a sheriff's office Facebook post, the RNLI, a press club, an
oversight authority as "the authority", the Met Office, a journalists' union), and unnamed people and
spokespeople are given as descriptions (trader, neighbour, Kerry Ashcroft's neighbour, LASEMA
spokesman, local government official, parent, soldier, orderly). Documents speak: two investigation
reports with no named author take their body, and documents with a named author take the author (a
coroner's written findings, a court decision penned by a judge, a written statement by a station
manager, a victim impact statement written by a father and read by a Crown prosecutor, a panel report
signed by its chairman, a state government statement signed by a commissioner); a family statement
released through police takes the family. Attribution comes after the quotation (name, title and
surname, role noun or pronoun; "said", "told the jury", "the report says", "the decision read", "the
statement said", "it said", Australian present-tense "she says"), before it with a colon ("told him:",
"She said:", "said in a statement:", "told journalists in Lokoja:", "said outside court:"), around a
split quotation (first and second halves chosen), at a distance (lede quotations followed by "That was
how ... remembered" and "The warning came from"; a role noun two paragraphs after the name; "she added"
after a paragraph about other people), with no reporting verb (after "was blunt.", "was angry.", "the
hardest part was the smell." and a sentence of reported speech), in the second and third paragraphs of
an unclosed run, and by pronoun after a paragraph naming two people (resolved by sex and by what the
quotation says). One chosen quotation contains reported words of someone else; one passage holds a
nested single-quoted sentence. Five quotations have no identifiable source and take an empty speaker
(graffiti on a garage door, a laminated sign on a bus shelter, a cardboard note on a railing, a
tarpaulin on a bridge, a printed T-shirt), and many chosen quotations sit next to phrases quoted in the
narration ("with no brakes, blowing its horn", "Danny Boy", "Road Closed", "beach closed", "smelling of
burning", "Turn Around, Don't Drown", "faded to nothing", "to stop shoplifters"). Thirteen passages use
curly quotation marks and apostrophes, the rest straight ones.

Each case is a tuple (passage, first_words_of_chosen_quote, speaker, label); the speaker follows the
convention of data/annotations/quotes_README.md.

First run: 62 of 80 right (0.78), on 2026-12-03 at commit e94bca1, before any rule was written from these passages."""

CASES = [
    # 1
    (
        (
            "Two children and their grandmother died early Sunday when fire swept through a row house on the "
            "east side of Dayton, Ohio, fire officials said.\n\n"
            "Crews reached the two-story home on Ravenna Street shortly after 3 a.m. to find flames coming "
            "from the first-floor windows. Firefighters carried a third child from a back bedroom; she was in"
            " critical condition Sunday evening.\n\n"
            "\"By the time our first engine got there, the whole front of the house was involved,\" said "
            "District Chief Raymond Kessler. \"They went in anyway. Nobody had to tell them.\"\n\n"
            "Kessler said investigators had found no working smoke detector in the house. The cause was under"
            " investigation.\n\n"
            "A neighbor, Tanisha Greer, said she heard screaming and ran outside in her socks. \"I could see "
            "the little girl at the window and there was nothing any of us could do until the trucks came,\" "
            "she said.\n\n"
            "The American Red Cross said it was helping four other relatives who lived in the house."
        ),
        "They went in",
        "Raymond Kessler",
        "split_quote_second_half_rank_surname",
    ),
    # 2
    (
        (
            "Residents of Aldbrook in North Yorkshire spent Saturday bailing out their homes after Aldbrook "
            "Beck burst its banks overnight, flooding more than 60 properties. The Environment Agency said "
            "the beck had risen 1.8 metres in six hours after a month's rain fell in a day.\n\n"
            "Pauline Hartigan, 68, who has lived on Mill Row for forty years, was lifted from an upstairs "
            "window into a fire service boat at about 2am. She said:\n\n"
            "\"I heard the water before I saw it. It was coming under the front door like somebody had turned "
            "a tap on.\n\n"
            "\"I went upstairs with the cat and my husband's photographs, and that was all I could carry.\n\n"
            "\"Everything downstairs is ruined, but we're alive, and the lads who came for us were wonderful.\"\n\n"
            "North Yorkshire Fire and Rescue Service said crews had rescued 23 people by boat. A Ryedale "
            "District Council spokesman said a rest centre at the village hall would stay open all weekend."
        ),
        "Everything downstairs is",
        "Pauline Hartigan",
        "continuation_third_paragraph_after_colon",
    ),
    # 3
    (
        (
            "At least 11 people were killed and several were feared trapped after a four-storey residential "
            "building collapsed in Bhiwandi near Mumbai early on Thursday, officials said.\n\n"
            "The building, in the Shanti Nagar area, was about 35 years old and had been declared dangerous "
            "by the municipal corporation in 2016, according to civic officials. Around 40 families lived in "
            "it.\n\n"
            "National Disaster Response Force teams and the fire brigade pulled 19 people alive from the "
            "debris by evening. Deputy Commissioner of Police S. Rajendra Prasad said rescuers were working "
            "by hand to avoid bringing down the remaining walls.\n\n"
            "Resident Farzana Shaikh, whose brother-in-law was among the dead, and municipal commissioner "
            "Ashok V. Kulkarni were both at the site in the afternoon. She told reporters the families had "
            "nowhere else to go. \"They gave us a notice and then nobody came back. Where would poor people go"
            " with one notice?\" she asked.\n\n"
            "Mr Kulkarni said an inquiry had been ordered and action would be taken against the owner."
        ),
        "They gave us",
        "Farzana Shaikh",
        "pronoun_after_two_named_by_sex",
    ),
    # 4
    (
        (
            "At least 27 people were killed as Typhoon Dalisay tore across the central Philippines on "
            "Tuesday, flattening houses and setting off landslides on Samar and Leyte, authorities said.\n\n"
            "“We expect that number to rise as rescue teams reach the upland barangays,” the National "
            "Disaster Risk Reduction and Management Council said in its 8 a.m. bulletin on Wednesday. Power "
            "and mobile signal were still down in at least nine towns.\n\n"
            "In Borongan, Eastern Samar, Mayor Cecilia Abrenica-Lagdameo said the evacuation centre at the "
            "city gymnasium lost its roof at the height of the storm. “We moved 400 people in the dark to the"
            " cathedral. The children were crying but nobody was hurt,” she said in a text message.\n\n"
            "Police Senior Superintendent Ramil dela Peña, the provincial police director, said a landslide "
            "had buried four houses in the village of Maybacong and that soldiers were digging by hand.\n\n"
            "Jonel Bacsal, 34, a fisherman, said the storm had taken his boat. “It was all I had,” he said."
        ),
        "We expect that",
        "National Disaster Risk Reduction and Management Council",
        "body_bulletin_lede_attribution_after",
    ),
    # 5
    (
        (
            "At least 18 people were killed when a petrol tanker lost its brakes and ploughed into traffic at"
            " the Upper Iweka interchange in Onitsha, Anambra State, on Monday evening.\n\n"
            "The Federal Road Safety Corps sector commander in Anambra, Mrs Adaeze Nwankwo-Ibe, said six "
            "vehicles and a tricycle were burnt. \"Our men were at the scene within ten minutes, but the heat "
            "made it impossible to get close,\" she said.\n\n"
            "One trader, who would not give his name, said he saw the tanker coming down the flyover \"with no"
            " brakes, blowing its horn\". \"People were running in every direction. Some of them ran towards it"
            " to help and the fire caught them,\" he said.\n\n"
            "The Anambra State Fire Service said two of its engines put out the blaze after about two hours.\n\n"
            "The state Commissioner for Information, Mr Chidi Okoli, said the government would pay the "
            "hospital bills of the 23 injured."
        ),
        "People were running",
        "trader",
        "unnamed_witness_next_to_narration_phrase",
    ),
    # 6
    (
        (
            "Twenty-two people died when a bus and a lorry collided head-on near Salgaa on the Nakuru-Eldoret"
            " highway late on Friday, police said.\n\n"
            "The bus, operated by Kiboko Star Coach, was carrying 51 passengers from Nairobi to Kitale. The "
            "injured were taken to Nakuru Level Five Hospital.\n\n"
            "Rift Valley regional police commander Peter Kimani Mwangi told journalists at the scene that the"
            " lorry driver appeared to have been overtaking on a bend. He said both drivers had died.\n\n"
            "\"This stretch has claimed too many lives, and we will be deploying more officers to enforce "
            "speed limits through the night,\" the commander said.\n\n"
            "A passenger, Mercy Chebet, 24, who suffered a broken arm, said most of the passengers had been "
            "asleep. \"I woke up on the floor of the bus and there were people on top of me,\" she said from "
            "her hospital bed.\n\n"
            "The National Transport and Safety Authority said it had suspended the bus company's licence "
            "pending investigations."
        ),
        "This stretch has",
        "Peter Kimani Mwangi",
        "role_noun_after_regional_commander",
    ),
    # 7
    (
        (
            "Residents of Pembina Crossing, Alta., were ordered out of their homes Tuesday afternoon as a "
            "wildfire driven by strong winds jumped a highway and moved to within three kilometres of the "
            "town.\n\n"
            "Mayor Denise Lavallée made the announcement at a hastily called news conference in the town "
            "office:\n\n"
            "\"I am asking every resident to leave now, by Highway 33 south, and not to stop for belongings. "
            "This is not a drill and it is not a precaution.\"\n\n"
            "Alberta Wildfire information officer Kyle Beaudoin said the fire had grown from 400 hectares to "
            "more than 5,000 since Monday. \"We're seeing extreme fire behaviour, with crowning and spotting "
            "up to a kilometre ahead of the front,\" he said.\n\n"
            "The RCMP said officers were going door to door. Evacuees were directed to a reception centre in "
            "Barrhead, where the Canadian Red Cross was registering arrivals.\n\n"
            "Resident Marc Gagnon said he had packed his truck in twenty minutes. \"You grab the kids, the dog"
            " and the passports, and you go,\" he said."
        ),
        "I am asking every",
        "Denise Lavallée",
        "colon_before_standalone_paragraph_mayor",
    ),
    # 8
    (
        (
            "Kerry Ashcroft had about ten minutes to decide whether to stay. The grandmother of five was on "
            "her verandah at Wandella Creek, west of Narooma, when the sky to the north turned black on "
            "Tuesday afternoon. She put the dogs in the ute and drove to the beach.\n\n"
            "“I could hear it before I could see it. It sounded like a train that wasn’t stopping,” she says.\n\n"
            "Her house was one of 14 lost in the valley, the NSW Rural Fire Service confirmed on Wednesday. "
            "RFS district manager Greg Tonkin says crews were outnumbered. “We had four trucks for a fire "
            "front three kilometres wide. We defended what we could,” he says.\n\n"
            "Eurobodalla Shire councillor Lindy Parbery says the council will open a recovery centre in "
            "Moruya on Friday.\n\n"
            "Ms Ashcroft’s neighbour, who did not want to be named, stayed behind with a pump and a hose. He "
            "saved his shed but not his house. “I wouldn’t do it again. I thought I was ready and I wasn’t,” "
            "he says."
        ),
        "I wouldn’t do",
        "Kerry Ashcroft's neighbour",
        "unnamed_neighbour_of_named_person_present_tense",
    ),
    # 9
    (
        (
            "A Bakersfield man who was driving at nearly twice the legal alcohol limit when he killed a "
            "college student in a crosswalk was sentenced Friday to 12 years in state prison.\n\n"
            "Travis Wayne Dunleavy, 31, pleaded guilty in March to gross vehicular manslaughter while "
            "intoxicated in the death of Alyssa Moreno, 20, a nursing student.\n\n"
            "Her mother, Rosa Moreno, told the court she still set a place for her daughter at the table on "
            "Sundays. \"You didn't just take my daughter. You took the nurse she was going to be and every "
            "patient she was going to help,\" she said, facing Dunleavy.\n\n"
            "Dunleavy, in a brief statement, apologized to the family and said he had not had a drink since "
            "the night of the crash.\n\n"
            "Before imposing the sentence, Kern County Superior Court Judge Harold L. Okamoto told him: \"I "
            "accept that you are sorry. But sorrow after the fact does not bring anyone back, and you made "
            "your choice that night long before you turned the key.\"\n\n"
            "Deputy District Attorney Nicole Fairbanks said afterward that the family had asked for the "
            "maximum."
        ),
        "I accept that",
        "Harold L. Okamoto",
        "colon_before_judge_to_defendant",
    ),
    # 10
    (
        (
            "A cyclist who was killed by a lorry turning left at a junction in Bristol could not have been "
            "seen in the driver's mirrors, an inquest has concluded.\n\n"
            "Helen Marchbank, 29, a physiotherapist from Bishopston, died at the junction of Gloucester Road "
            "and Ashley Down Road in October 2014.\n\n"
            "The lorry driver, Steven Pryce, told the inquest he had checked his mirrors twice. \"I never saw "
            "her. I'll live with that for the rest of my life,\" he said. PC Darren Okafor, a collision "
            "investigator, said the lorry had been travelling at under 10mph.\n\n"
            "Recording a conclusion of accidental death, Avon coroner Maria Voisey said she would write to "
            "the Department for Transport about blind spots on construction vehicles. In her written "
            "findings, she said: \"The design of this vehicle left a space beside the cab where a cyclist was "
            "invisible to a careful driver. That is not acceptable on an urban road.\"\n\n"
            "Ms Marchbank's partner, Tom Elwood, said outside court that he hoped the coroner's letter would "
            "\"actually change something\"."
        ),
        "The design of this",
        "Maria Voisey",
        "written_findings_named_coroner",
    ),
    # 11
    (
        (
            "The family of a 19-year-old apprentice electrician who died after his motorbike collided with a "
            "van in Lincolnshire have described him as \"the life and soul of every room\".\n\n"
            "Daniel Whitlock, known to his friends as \"Danny Boy\", was pronounced dead at the scene on the "
            "A17 near Sleaford on Saturday evening.\n\n"
            "In a statement released through Lincolnshire Police, his family said: \"Danny lived for his bike "
            "and for his mates. He would drop anything to help anyone, and we cannot believe we will never "
            "hear him come through the door again.\"\n\n"
            "His employer, Fenland Electrical Services, said Mr Whitlock had been \"a natural\" who was due to "
            "finish his apprenticeship this summer.\n\n"
            "Sgt Karen Bostock, of the force's serious collisions unit, appealed for dashcam footage. The van"
            " driver, a 44-year-old man, was treated for minor injuries."
        ),
        "Danny lived for",
        "Daniel Whitlock's family",
        "family_statement_colon_nickname_phrase",
    ),
    # 12
    (
        (
            "The tornado that struck Pontotoc, Miss., on Sunday night destroyed 41 homes and killed three "
            "people, the Mississippi Emergency Management Agency said Monday.\n\n"
            "On Cedar Street, where almost every house lost its roof, someone had spray-painted a message "
            "across a fallen garage door: \"We are still here and we are not leaving.\" Nobody on the street "
            "seemed to know who wrote it.\n\n"
            "Lorraine Tubbs, 72, sat in a lawn chair in what had been her living room. \"The Lord left me my "
            "chair and my dog, so I reckon I'll start with those,\" she said.\n\n"
            "National Weather Service meteorologist Brent Ogilvie said the tornado was rated EF3, with winds "
            "of about 150 mph. \"It was on the ground for eleven miles,\" he said.\n\n"
            "Mayor Curtis Rayburn said a curfew would be in force from dusk for the rest of the week."
        ),
        "We are still here",
        "",
        "graffiti_no_maker_empty",
    ),
    # 13
    (
        (
            "Boatmen from riverside villages rescued more than 300 people stranded on rooftops in Assam's "
            "Dhemaji district on Thursday after the Jiadhal river breached an embankment for the second time "
            "in a week.\n\n"
            "Deputy Commissioner Pranjal Kumar Bora said the State Disaster Response Force had only four "
            "motorboats in the district. \"The country boats reached places our teams could not. We owe those "
            "men a great deal,\" he said.\n\n"
            "One boatman, who gave his name only as Ratul, said he had made eleven trips since dawn. \"Nobody "
            "asked us to come. When your neighbour is sitting on his roof, you don't wait for an order,\" he "
            "said, tying his boat to a bamboo post.\n\n"
            "The Assam State Disaster Management Authority said 1.2 lakh people in 87 villages had been "
            "affected and 14 relief camps had been opened."
        ),
        "Nobody asked us",
        "Ratul",
        "first_name_only_boatman",
    ),
    # 14
    (
        (
            "Coast Guard divers on Saturday recovered the bodies of nine more passengers from a ferry that "
            "capsized in rough seas off Batangas, bringing the death toll to 31.\n\n"
            "The MV Princess Adela, owned by Marbella Shipping Lines, was carrying 188 passengers and crew. "
            "Philippine Coast Guard spokesman Commander Arnel Villaruz said 146 survivors had been accounted "
            "for.\n\n"
            "Rowena Catapang, 41, a market vendor from Calapan, clung to a cooler for three hours before a "
            "fishing boat picked her up. \"The ship leaned once and did not come back up,\" she said. \"I let go"
            " of my bag and I held the cooler like it was my child.\"\n\n"
            "Marbella Shipping Lines said in a statement that it was cooperating with the investigation. The "
            "Maritime Industry Authority suspended the company's two other vessels."
        ),
        "The ship leaned once",
        "Rowena Catapang",
        "split_quote_first_half_survivor",
    ),
    # 15
    (
        (
            "Rescuers worked through the night on Lagos Island after a three-storey building with a nursery "
            "school on its top floor collapsed on Wednesday morning. At least 12 people, eight of them "
            "pupils, were confirmed dead.\n\n"
            "A spokesman for the Lagos State Emergency Management Agency (LASEMA) said 37 people had been "
            "pulled out alive. \"We have not stopped and we will not stop while there is any chance of finding"
            " someone under that rubble,\" the spokesman said.\n\n"
            "The Lagos State Building Control Agency said it had marked the building for demolition in 2014 "
            "and sealed it twice. Its general manager, Arc. Babatunde Oyelaran, said the owner had broken the"
            " seals.\n\n"
            "A woman whose six-year-old daughter attended the school sat on the kerb outside the cordon. "
            "\"They told us it was safe. Every morning I brought her here myself,\" she said."
        ),
        "We have not stopped",
        "LASEMA spokesman",
        "unnamed_agency_spokesman_acronym",
    ),
    # 16
    (
        (
            "Hundreds of traders counted their losses on Sunday after a fire tore through the second-hand "
            "clothes section of Nairobi’s Gikomba market before dawn, the third blaze there in 18 months.\n\n"
            "Nairobi County fire officer Samuel Otieno Odhiambo said engines had struggled to get through the"
            " narrow lanes. “The access roads are blocked by stalls. By the time we reached the seat of the "
            "fire there was nothing left to save,” he said.\n\n"
            "Among those picking through the ashes was Esther Wairimu Njoroge, a mother of three who has sold"
            " children’s clothes at the market since 2009. She had taken a loan of Sh200,000 to restock only "
            "last month.\n\n"
            "“I don’t know how I will pay the bank. I have nothing to sell and nowhere to sell it,” the "
            "mother of three said.\n\n"
            "The Kenya Red Cross said it had treated eleven people for burns and smoke inhalation. Julius "
            "Kariuki, chairman of the market’s traders’ association, blamed “people who want this land”."
        ),
        "I don’t know how",
        "Esther Wairimu Njoroge",
        "role_description_mother_of_three",
    ),
    # 17
    (
        (
            "A man who set fire to the takeaway below his former partner's flat in Middlesbrough, killing her"
            " new boyfriend, has been jailed for life with a minimum term of 26 years.\n\n"
            "Dean Hollis, 38, poured petrol through the letterbox of the Jade Garden takeaway on Parliament "
            "Road in the early hours of 4 August 2017. Kirsty Yeats and her two children escaped through a "
            "back window; Aaron McCluskey, 30, died from smoke inhalation.\n\n"
            "Judge Simon Fairclough, sentencing at Teesside Crown Court, was blunt. \"You knew there were "
            "children asleep above that shop. You did not care whether they lived or died, and a young man is"
            " dead because of your jealousy.\"\n\n"
            "Hollis's barrister, Rebecca Tunstall, said he had been drinking heavily for weeks. In a "
            "statement read by prosecutor Michael Bramley, Ms Yeats said she still could not sleep \"without a"
            " light on\"."
        ),
        "You knew there",
        "Simon Fairclough",
        "no_verb_after_judge_was_blunt",
    ),
    # 18
    (
        (
            "Four people were killed and seven wounded when a gunman opened fire inside a crowded sports bar "
            "in Wichita, Kan., late Saturday, police said.\n\n"
            "Police Chief Anthony Marchetti said the suspect, a 27-year-old man who had been thrown out of "
            "the bar earlier in the evening, was shot dead in the parking lot by an off-duty officer. He told"
            " reporters early Sunday:\n\n"
            "\"Our officer was there to watch a ball game with his brother. He heard the shots, he went toward"
            " them, and he ended it.\n\n"
            "\"I have no doubt that lives were saved because of what he did in those few seconds.\"\n\n"
            "Witness Javier Ortega, 35, said he hid in a walk-in cooler with a dozen other customers. \"We "
            "could hear him reloading,\" he said.\n\n"
            "The FBI said agents were assisting. Mayor Linda Sorensen ordered flags at city buildings lowered"
            " to half-staff."
        ),
        "I have no doubt",
        "Anthony Marchetti",
        "continuation_second_paragraph_police_chief",
    ),
    # 19
    (
        (
            "A broken rail that an inspection car had flagged three weeks earlier caused the derailment of 31"
            " tank cars near Melville, Sask., in February 2015, the Transportation Safety Board of Canada "
            "says.\n\n"
            "In its final report, released Thursday, the board found that Prairie Northern Railway had "
            "scheduled the repair but let the deadline slip twice during a cold snap. \"Known defects must be "
            "repaired within the time allowed, whatever the weather. In this case the railway's own system "
            "allowed a critical defect to stay in track,\" the report says.\n\n"
            "TSB board member Lucien Ouellette told reporters in Winnipeg that the spill could have been far "
            "worse. \"Had this happened in a town, we would be talking about a very different outcome,\" he "
            "said.\n\n"
            "Prairie Northern said it had since hired 40 more track inspectors. Melville Mayor Walter Kozak "
            "said residents \"deserve better than a promise\"."
        ),
        "Known defects must",
        "Transportation Safety Board of Canada",
        "document_report_body_no_named_author",
    ),
    # 20
    (
        (
            "A Queensland coroner has called for boom gates on flood-prone causeways after finding that a "
            "father and son drowned when their car was swept off a crossing near Gympie in January 2013.\n\n"
            "Grant Fennessy, 46, and his son Lachlan, 12, died when water over the Deep Creek causeway rose "
            "faster than expected. They had driven around a \"Road Closed\" sign, the inquest heard.\n\n"
            "\"Mr Fennessy was not a reckless man,\" Coroner Miriam Castellano said in findings delivered in "
            "Brisbane on Friday. \"He misjudged a crossing he had driven over a thousand times, and signs "
            "alone are plainly not enough.\"\n\n"
            "Gympie Regional Council said it would consider the recommendation. His widow, Joanne Fennessy, "
            "told reporters outside court that \"a gate would have stopped him\"."
        ),
        "Mr Fennessy was not",
        "Miriam Castellano",
        "split_quote_first_half_coroner_findings",
    ),
    # 21
    (
        (
            "Seven women were among 11 pilgrims crushed to death in a stampede at the Chandrapahad temple in "
            "Madhya Pradesh's Dewas district on Sunday morning.\n\n"
            "The crowd surged when a railing on the narrow stairway gave way, officials said. Dewas "
            "Superintendent of Police Rakesh Tiwari said about 60,000 devotees had come for the last Sunday "
            "of Shravan.\n\n"
            "Temple trust secretary Mahesh Chandra Joshi and District Collector Anil K. Verma inspected the "
            "stairway together in the evening. He said the trust had asked the district administration for "
            "barricades weeks earlier. \"We wrote two letters in July. Nobody from the Collectorate came to "
            "look at the steps,\" he said.\n\n"
            "Mr Verma said a magisterial inquiry had been ordered and announced ex gratia of Rs 2 lakh for "
            "the family of each of the dead."
        ),
        "We wrote two letters",
        "Mahesh Chandra Joshi",
        "pronoun_two_men_resolved_by_content",
    ),
    # 22
    (
        (
            "Some 800 families lost their homes when fire razed a shanty community in Tondo, Manila, on "
            "Thursday night, the Bureau of Fire Protection said.\n\n"
            "The fire started in a house where a candle had been left burning during a brownout and reached "
            "the fifth alarm before it was put out at 1 a.m. Manila district fire marshal Supt. Renato "
            "Bautista said narrow alleys had kept fire trucks hundreds of metres from the flames.\n\n"
            "Barangay Chairwoman Maria Luisa \"Malou\" Ramirez said the barangay hall and a nearby elementary "
            "school were being used as evacuation centres. \"Our people have nothing now, not even slippers. "
            "We need water, rice and sleeping mats before tonight,\" Ramirez said.\n\n"
            "Nestor Pagdanganan, 58, said he had passed his grandchildren out through a window to neighbours."
            " \"I went back for our papers and the roof came down behind me,\" he said."
        ),
        "Our people have nothing",
        "Maria Luisa Ramirez",
        "title_barangay_chairwoman_nickname",
    ),
    # 23
    (
        (
            "Twenty-six people, most of them women returning from a market, drowned when an overloaded wooden"
            " boat capsized on the Niger River near Idah, Kogi State, on Tuesday.\n\n"
            "The National Inland Waterways Authority said the boat had been carrying about 70 passengers and "
            "bags of yam, far above its capacity. Its area manager, Engr. Musa Abdullahi Danjuma, said none "
            "of the passengers wore life jackets. \"Life jackets are given free at the jetty, but people "
            "refuse to wear them,\" he said.\n\n"
            "A local government official, who spoke on condition of anonymity because he was not authorised "
            "to speak to the press, said 19 survivors had been pulled out by fishermen. \"The fishermen were "
            "the first people there. Without them the number would be double,\" the official said.\n\n"
            "Residents said the boat had left after dark despite a ban on night travel on the river."
        ),
        "The fishermen were the",
        "local government official",
        "unnamed_official_on_anonymity",
    ),
    # 24
    (
        (
            "More than 5,000 people have been displaced by flooding in Budalang’i, Busia County, after the "
            "River Nzoia broke through a dyke on Sunday night.\n\n"
            "“Our teams have evacuated 1,300 people by boat and we are distributing food and tarpaulins at "
            "six camps,” the Kenya Red Cross Society said on Twitter on Monday.\n\n"
            "Busia County Commissioner Jacob Ouma Nyaga said the dyke had been repaired only in March. “We "
            "will be asking hard questions of the contractor,” he said.\n\n"
            "Resident Beatrice Auma Wafula, 52, said she woke at 2am to find water in her house. “We carried "
            "the children on our heads,” she said. “The dyke breaks, they fix it, and it breaks again.”"
        ),
        "Our teams have evacuated",
        "Kenya Red Cross Society",
        "body_tweet_lede_quote",
    ),
    # 25
    (
        (
            "\"He never once asked who was inside a building before he went into it. He only asked where they "
            "were.\"\n\n"
            "That was how Fire Chief Leon Whitaker remembered Lt. Marcus Dwayne Henning, 44, at his funeral "
            "Tuesday in Youngstown, Ohio, before more than 1,500 firefighters from three states.\n\n"
            "Henning died Jan. 9 when a floor collapsed during a fire at a vacant warehouse on Wilson Avenue."
            " Two other firefighters were injured.\n\n"
            "His wife, Carla Henning, said the family had been carried \"by a whole city\" since his death. "
            "Their son, Jalen, 17, read a poem he had written for his father.\n\n"
            "The state fire marshal's office said the cause of the warehouse fire remained under "
            "investigation."
        ),
        "He never once asked",
        "Leon Whitaker",
        "lede_quote_that_was_how_attribution",
    ),
    # 26
    (
        (
            "Two people were killed and a street was evacuated after an explosion destroyed a terraced house "
            "in Bolton in the early hours of Friday.\n\n"
            "Greater Manchester Fire and Rescue Service said the blast, at about 4.15am on Hartley Street, "
            "was being treated as a suspected gas explosion. Station manager Neil Cartwright said crews had "
            "searched the rubble with dogs. \"It's a very unstable site and it will be some days before we can"
            " say more,\" he said.\n\n"
            "A neighbour who lives opposite, and who did not want to be named, said the blast threw her out "
            "of bed. \"The windows came in on top of us. When I got to the front door there was just a gap "
            "where the house had been,\" she said.\n\n"
            "The gas network operator said engineers had cut off supply to 40 homes. Greater Manchester "
            "Police said the victims were believed to be a man and a woman in their 60s."
        ),
        "The windows came in",
        "neighbour",
        "unnamed_neighbour_opposite",
    ),
    # 27
    (
        (
            "Two boys who fell through the ice on a pond in Steinbach, Man., were pulled out by a 12-year-old"
            " friend and a passing snowplow driver on Saturday afternoon, RCMP say.\n\n"
            "Ethan Friesen and Noah Klassen, both 11, were playing hockey near the edge of the pond when the "
            "ice gave way. Their friend Owen Reimer lay flat on the ice and held out his stick.\n\n"
            "\"I just remembered what they taught us at school, to get low and spread out. I was scared, but I"
            " didn't really think about it,\" the 12-year-old said Sunday.\n\n"
            "Snowplow driver Harold Dueck, 58, saw the boys from the road and ran onto the ice with a tow "
            "rope. RCMP Sgt. Denise Mayrand said both boys were treated for hypothermia and released.\n\n"
            "\"Owen is a hero, plain and simple,\" Dueck said."
        ),
        "I just remembered",
        "Owen Reimer",
        "age_reference_the_12_year_old",
    ),
    # 28
    (
        (
            "Surf lifesavers rescued 37 swimmers in under an hour at Maroubra on Sunday after a rip opened up"
            " along the southern end of the beach during a heatwave.\n\n"
            "Lifeguards closed the beach at 2pm, but dozens of swimmers ignored the \"beach closed\" signs and "
            "went back in. \"Our volunteers did an extraordinary job, but people need to understand that a "
            "closed beach is closed for a reason,\" Surf Life Saving NSW said in a statement.\n\n"
            "Patrol captain Mikaela Brandt, 23, said her team of 11 had brought people in on boards and "
            "inflatable rescue boats. \"At one point we had four IRB crews in the water at once,\" she said.\n\n"
            "NSW Ambulance said two men were taken to Prince of Wales Hospital in a stable condition."
        ),
        "Our volunteers did",
        "Surf Life Saving NSW",
        "body_statement_after_narration_phrase",
    ),
    # 29
    (
        (
            "Twenty-four people were killed and 16 injured when a private bus skidded off the road and fell "
            "about 300 feet into a gorge in Mandi district of Himachal Pradesh on Wednesday evening.\n\n"
            "Deputy Commissioner Vikram Singh Thakur said villagers were the first to reach the site and "
            "carried injured passengers up the slope on their backs. Police suspect the driver lost control "
            "on a sharp bend while overtaking a truck.\n\n"
            "Passenger Kamla Devi, 50, who was travelling to her daughter's village with her grandson, "
            "escaped with a fractured leg. Her grandson was among the dead, relatives said.\n\n"
            "\"The road at that bend has no parapet. We have asked the Public Works Department to put up crash"
            " barriers within a month,\" said Mr Thakur.\n\n"
            "The state government announced Rs 4 lakh for the family of each of the dead."
        ),
        "The road at that",
        "Vikram Singh Thakur",
        "after_said_title_surname",
    ),
    # 30
    (
        (
            "A court in Rizal on Tuesday convicted the owner and two managers of a garment factory in Cainta "
            "of reckless imprudence resulting in multiple homicide over a 2011 fire that killed 38 workers.\n\n"
            "In a 58-page decision penned by Judge Rosalinda M. Quiambao of Regional Trial Court Branch 71, "
            "the court found that the factory's only fire exit had been padlocked to prevent theft. \"A door "
            "chained shut to protect merchandise is a choice to value goods above human lives. The accused "
            "made that choice every working day,\" the decision read.\n\n"
            "Atty. Jose Ramon Villareal, counsel for the owner, Henry Chua Lim, said they would appeal.\n\n"
            "Relatives of the victims, who had held a vigil outside the courthouse on every hearing date, "
            "wept as the verdict was read. \"Six years we waited,\" said Nenita Pascual, whose two daughters "
            "died in the fire."
        ),
        "A door chained shut",
        "Rosalinda M. Quiambao",
        "document_decision_penned_by_named_judge",
    ),
    # 31
    (
        (
            "Tributes poured in on Sunday for veteran broadcaster Adewale Ogundipe, whose voice woke up "
            "Ibadan for more than three decades, after he died in a car crash on the Lagos-Ibadan Expressway."
            " He was 64.\n\n"
            "His car collided with a truck near Ogere on Saturday evening. The Federal Road Safety Corps said"
            " his driver also died.\n\n"
            "The general manager of the radio station Ogundipe joined in 1979, Alhaji Lateef Adisa Bakare, "
            "described him as irreplaceable. In a statement, Bakare wrote: \"Baba Wale taught half the "
            "newsroom how to read a bulletin. He never missed a shift in 35 years, not even on the day his "
            "first son was born.\"\n\n"
            "The Nigeria Union of Journalists, Oyo State Council, said it had lost \"a father and a teacher\". "
            "Ogundipe is survived by his wife and four children."
        ),
        "Baba Wale taught",
        "Lateef Adisa Bakare",
        "written_statement_colon_honorific_alhaji",
    ),
    # 32
    (
        (
            "Eight students died when fire swept through a dormitory at Kirinyaga Hills Boys' High School "
            "early on Monday, police said.\n\n"
            "County police commander Francis Muriuki Gachoki said the doors of the dormitory had been locked "
            "from outside and that two students were being questioned. The Ministry of Education said in a "
            "statement that the school had been closed indefinitely.\n\n"
            "One parent, whose son is in Form Two and escaped through a window, said families had learnt of "
            "the fire on WhatsApp. \"Nobody from the school called us. We drove here at 4am not knowing if our"
            " children were alive,\" she said.\n\n"
            "The Teachers Service Commission said the principal had been sent on compulsory leave pending "
            "investigations."
        ),
        "Nobody from the school",
        "parent",
        "unnamed_parent_description",
    ),
    # 33
    (
        (
            "Rescuers in boats worked through Cameron Parish, La., on Tuesday, a day after Hurricane Delphine"
            " pushed a 14-foot storm surge across the marshes of southwest Louisiana.\n\n"
            "Cameron Parish Sheriff Dale Theriot and Grand Chenier resident Wade Broussard rode out to the "
            "Mermentau River bridge at first light to look for people who had refused to leave.\n\n"
            "He said deputies had found 14 people on rooftops and in attics by noon. “Every one of those "
            "folks was told to go. I’m not going to scold them today. Today we just get them out,” he said.\n\n"
            "Broussard, 61, whose family has fished these marshes for five generations, said his house was "
            "gone. “It’s the third time. I don’t know if I have a fourth one in me,” he said.\n\n"
            "The Louisiana National Guard said 300 soldiers and 40 high-water vehicles had been sent to the "
            "parish."
        ),
        "Every one of those",
        "Dale Theriot",
        "pronoun_after_two_named_resolved_by_content",
    ),
    # 34
    (
        (
            "A passenger train hit a tractor on an unmanned level crossing in Norfolk because the crossing's "
            "telephone had been out of order for nine days, rail accident investigators have said.\n\n"
            "The driver of the 07.12 Norwich to Sheringham service and eleven passengers were injured in the "
            "collision near North Walsham in March 2016. The tractor driver, farm worker Gary Pegg, 52, "
            "suffered a broken pelvis.\n\n"
            "In its report, published on Thursday, the Rail Accident Investigation Branch said Network Rail "
            "had logged the fault but classed it as low priority. \"A user crossing without being able to "
            "contact the signaller is relying entirely on their own judgement of an approaching train's "
            "speed. That is exactly the risk the telephone exists to remove,\" the report said.\n\n"
            "Network Rail said it had since changed how crossing faults are prioritised. Mr Pegg said he had "
            "\"looked both ways twice\"."
        ),
        "A user crossing without",
        "Rail Accident Investigation Branch",
        "document_report_body_no_author_rail",
    ),
    # 35
    (
        (
            "A Saskatoon man who drove drunk into a family's minivan on Highway 16, killing a nine-year-old "
            "girl, was sentenced Wednesday to seven years in prison.\n\n"
            "Bradley Kostiuk, 34, pleaded guilty to impaired driving causing death in the June 2017 crash "
            "that killed Emily Sinclair. Her parents and younger brother were injured.\n\n"
            "Her father, Robert Sinclair, could not bring himself to read his victim impact statement, so "
            "Crown prosecutor Anita Desjardins read it for him. \"Emily was going to be a vet. She had names "
            "picked out for every animal she would ever own. I still have the list on the fridge and I can't "
            "take it down,\" it said.\n\n"
            "Defence lawyer Greg Hnatiuk said Kostiuk had been sober for a year and was in treatment. "
            "Provincial court Judge Karen Lafleur said the sentence had to deter others."
        ),
        "Emily was going to",
        "Robert Sinclair",
        "victim_statement_author_read_by_crown",
    ),
    # 36
    (
        (
            "Floodwaters were receding from Lismore's CBD on Saturday, leaving a layer of stinking mud over "
            "shops and homes a day after the Wilsons River peaked at 11.6 metres.\n\n"
            "The NSW State Emergency Service said it had carried out 240 flood rescues in the Northern Rivers"
            " since Thursday. SES deputy commissioner Lorraine McAuliffe said volunteers had worked \"until "
            "they fell over\".\n\n"
            "For Julie Petrakis, who has run a bakery on Molesworth Street for 22 years, the hardest part was"
            " the smell. \"It's the mud. It gets into everything, the ovens, the walls, your skin. You can't "
            "even cry properly because your eyes are full of it.\"\n\n"
            "Her neighbour, newsagent Greg Tan, said his insurer had already told him he was not covered for "
            "flood. Lismore City Council said crews would begin collecting damaged goods from the kerbside on"
            " Monday."
        ),
        "It's the mud",
        "Julie Petrakis",
        "no_verb_after_hardest_part_sentence",
    ),
    # 37
    (
        (
            "Nine patients, most of them in the intensive care unit, died after a fire broke out in the "
            "basement of a private hospital in south Kolkata early on Friday, fire officials said.\n\n"
            "Smoke from mattresses and cartons stored in the basement was drawn up through the "
            "air-conditioning ducts, according to divisional fire officer Subrata Ghosh. \"The basement was "
            "being used as a godown. It should have been empty,\" he said.\n\n"
            "In a statement, Greenview Hospital said: \"We are deeply pained by the loss of lives. Our staff "
            "shifted 63 patients to other hospitals under very difficult conditions, and we are cooperating "
            "fully with the police.\"\n\n"
            "Police said two of the hospital's directors had been detained for questioning. Sushanta Mondal, "
            "whose father died in the ICU, said staff had fled. \"Not one nurse was on that floor when we "
            "reached,\" he said."
        ),
        "We are deeply pained",
        "Greenview Hospital",
        "body_statement_colon_before_hospital",
    ),
    # 38
    (
        (
            "A magnitude 6.6 earthquake struck Davao del Sur on Tuesday afternoon, killing at least nine "
            "people and damaging hundreds of houses, schools and a hospital.\n\n"
            "The Philippine Institute of Volcanology and Seismology said the quake was tectonic and warned of"
            " strong aftershocks over the coming days.\n\n"
            "At the provincial hospital in Digos, patients were wheeled out into the car park and treated "
            "under tents. A nurse who gave only her first name, Joy, said cracks had opened in the walls of "
            "the emergency room. \"We carried the babies out first from the nursery. Some of the mothers had "
            "just given birth and they walked out holding their drips,\" she said.\n\n"
            "Provincial disaster officer Engr. Lito Magbanua said more than 2,000 houses had been damaged. "
            "Jocelyn Labrador, a resident of Matanao, said the quake threw her against a wall. \"I thought the"
            " mountain was coming down,\" she said."
        ),
        "We carried the babies",
        "Joy",
        "first_name_only_nurse",
    ),
    # 39
    (
        (
            "A panel set up to investigate the collapse of a classroom block at a primary school in Jos that "
            "killed nine pupils in 2014 has blamed substandard concrete and an unregistered contractor.\n\n"
            "The panel's report, signed by its chairman, retired Justice Ibrahim Lawal Dogo, was presented to"
            " the Plateau State Government on Thursday. \"The columns contained so little cement that they "
            "could be crumbled by hand. No competent engineer could have approved them,\" the report stated.\n\n"
            "The state Commissioner for Education, Mrs Rhoda Dung, said the government had accepted the "
            "recommendations, including the prosecution of the contractor.\n\n"
            "Gyang Pam, whose eight-year-old son died in the collapse, said the report had taken too long. "
            "\"Four years for them to tell us what we saw with our own eyes,\" he said."
        ),
        "The columns contained",
        "Ibrahim Lawal Dogo",
        "document_report_signed_by_chairman",
    ),
    # 40
    (
        (
            "Two security guards at a Nairobi shopping centre were on Tuesday charged with manslaughter over "
            "a fire that killed six people trapped behind a locked emergency exit in March.\n\n"
            "Patrick Mutua Kilonzo, 33, and Dennis Omondi Owino, 29, denied the charges before Milimani Chief"
            " Magistrate Caroline Nyokabi Mwaura and were released on bonds of Sh500,000 each.\n\n"
            "Prosecutor Hillary Kibet told the court the two had been instructed by their employer to keep "
            "the door locked \"to stop shoplifters\". Defence lawyer Allan Githinji said the guards were being "
            "made scapegoats for the centre's owners.\n\n"
            "\"The families of the deceased are entitled to know who gave that instruction, and this court "
            "expects the prosecution to find out,\" the magistrate said, setting the hearing for June 14."
        ),
        "The families of the",
        "Caroline Nyokabi Mwaura",
        "role_noun_magistrate_after",
    ),
    # 41
    (
        (
            "Part of a parking garage under construction in Jacksonville, Fla., collapsed Wednesday morning, "
            "killing two workers and injuring nine, officials said.\n\n"
            "A section of the fourth floor gave way while concrete was being poured, bringing down the floors"
            " below it. \"We believe there is no one else under the debris,\" said Jacksonville Fire and Rescue"
            " Department spokesman Eric Prosser. \"But we will keep searching until every piece of that "
            "structure has been checked.\"\n\n"
            "The Occupational Safety and Health Administration said it had opened an investigation. The "
            "general contractor, Coastline Builders, said in a statement that it was \"devastated\".\n\n"
            "Worker Luis Hernández, 26, said he heard a crack \"like a gunshot\" and ran. \"The guys on the top,"
            " they didn't have time,\" he said."
        ),
        "We believe there is",
        "Eric Prosser",
        "split_quote_first_half_spokesman",
    ),
    # 42
    (
        (
            "For the third winter in a row, the residents of Low Street in Thornby, Cumbria, have carried "
            "their furniture upstairs.\n\n"
            "The River Eden rose over the flood defences just after midnight on Sunday. Cumbria Fire and "
            "Rescue Service said 40 people were taken from their homes by boat, and the Environment Agency "
            "said the defences had \"performed as designed\" until they were overtopped.\n\n"
            "On the bus shelter at the end of the street, someone had taped up a laminated sign: \"We have "
            "been here before and we will be here after.\"\n\n"
            "Sue Nattrass, 59, said she had given up on insurance. \"Nobody will touch us now. The premium is "
            "more than the house is worth,\" she said.\n\n"
            "Allerdale Borough Council said skips would be delivered to the street on Tuesday."
        ),
        "We have been here",
        "",
        "sign_taped_no_maker_empty",
    ),
    # 43
    (
        (
            "Colleagues gathered Friday at an air ambulance hangar in Timmins, Ont., to remember two "
            "paramedics and a pilot killed when their plane crashed on approach to Moosonee in fog on Tuesday"
            " night.\n\n"
            "Flight paramedic Danielle Whiteduck, 36, paramedic Kevin Tremblay, 41, and pilot Scott Harrigan,"
            " 52, were the only people on board.\n\n"
            "Northern Air Medevac chief executive Michael Ruttan and base manager Sandra Quachegan spoke to "
            "reporters in front of the hangar. She said Whiteduck had been \"the first one to volunteer for "
            "every northern run\". \"Danielle grew up in Attawapiskat. She knew what it meant to a family up "
            "there when the plane came,\" she said.\n\n"
            "Ruttan said the company's flights out of Timmins were being covered by another operator. The "
            "Transportation Safety Board said its investigators had reached the crash site."
        ),
        "Danielle grew up",
        "Sandra Quachegan",
        "pronoun_after_two_named_by_sex_tribute",
    ),
    # 44
    (
        (
            "A young driver who was filming himself on his phone at 140km/h when he crashed into a car on the"
            " M1 at Beresfield, killing a mother of two, has been jailed for at least six years.\n\n"
            "Jayden Moss, 20, of Maitland, pleaded guilty in the District Court at Newcastle to dangerous "
            "driving occasioning death over the crash that killed Rebecca Tolhurst, 38, in July 2018.\n\n"
            "Judge Margaret Haddad said footage recovered from Moss’s phone showed him looking at the screen "
            "for eleven seconds before the impact. “This was not a momentary lapse. It was a sustained and "
            "deliberate choice to treat a motorway as a backdrop for a video,” her Honour said.\n\n"
            "Moss’s barrister, Peter Lo, said his client was “genuinely remorseful”. Ms Tolhurst’s husband, "
            "Craig Tolhurst, told reporters outside court that no sentence would have been long enough. “Our "
            "boys are four and seven. They ask every night when Mum is coming home,” he said."
        ),
        "This was not a",
        "Margaret Haddad",
        "her_honour_after_sentencing",
    ),
    # 45
    (
        (
            "A 67-year-old woman who spent two days on the terrace of her flooded house in Chennai's Mudichur"
            " was winched to safety by a Navy helicopter on Thursday.\n\n"
            "Saraswathi Ramanathan had refused to leave her home when the water began to rise, her son R. "
            "Karthikeyan said from Bengaluru, where he works. He had been unable to reach her by phone for 30"
            " hours.\n\n"
            "\"I had water and biscuits and my husband's photograph. I thought if I go, who will look after "
            "the house,\" the 67-year-old told reporters at a relief camp in Tambaram.\n\n"
            "A Navy spokesperson said helicopters had rescued 82 people from rooftops in the southern suburbs"
            " since Tuesday. Greater Chennai Corporation Commissioner D. Senthil Nathan said 30,000 food "
            "packets were being distributed every day."
        ),
        "I had water and",
        "Saraswathi Ramanathan",
        "age_reference_the_67_year_old",
    ),
    # 46
    (
        (
            "Fourteen passengers were killed when a bus lost its brakes and plunged into a ravine along the "
            "Dalton Pass in Nueva Vizcaya before dawn on Saturday.\n\n"
            "Police Chief Inspector Romeo Tabangcura said the driver had survived and was in custody. Several"
            " survivors said the bus had been \"smelling of burning\" since it left Santa Fe.\n\n"
            "The operator, Cordillera Star Transit, said in a statement: \"Our bus passed its last inspection "
            "in June. We are grieving with the families, and we will shoulder the hospital and burial "
            "expenses of all the victims.\"\n\n"
            "The Land Transportation Franchising and Regulatory Board ordered the company's 22 other buses "
            "off the road pending a safety audit. Survivor Mark Anthony Dulay, 22, said he was thrown through"
            " a window. \"I woke up in the trees,\" he said."
        ),
        "Our bus passed",
        "Cordillera Star Transit",
        "company_statement_colon_narration_phrase",
    ),
    # 47
    (
        (
            "Thousands of residents of Lokoja, the Kogi State capital, fled to higher ground on Wednesday as "
            "the Niger and Benue rivers, which meet at the city, rose to their highest level in years.\n\n"
            "The National Emergency Management Agency said 28 communities had been submerged. Its North "
            "Central zonal coordinator, Mr Abubakar Sadiq Danladi, told journalists in Lokoja:\n\n"
            "\"We have opened eleven camps and they are already full. We are now moving people into schools "
            "and churches.\n\n"
            "\"The water is still rising. Anyone living on the river bank must leave now, today, not "
            "tomorrow.\"\n\n"
            "Samuel Ojonugwa Adejoh, a farmer in Adankolo, said his yam farm had disappeared overnight. "
            "\"Everything I planted this year is under water,\" he said. The state government said it had "
            "released N200 million for relief."
        ),
        "The water is still",
        "Abubakar Sadiq Danladi",
        "continuation_second_paragraph_colon_before",
    ),
    # 48
    (
        (
            "Tributes have been paid to Captain Brian Kipchumba Langat, 39, who died when his single-engine "
            "plane crashed into a field near Ngong shortly after take-off from Wilson Airport on Thursday. "
            "His passenger, a nurse, survived.\n\n"
            "The Kenya Civil Aviation Authority said accident investigators had taken over the site. A "
            "witness, Joseph Saitoti, said the plane \"was coughing\" before it went down.\n\n"
            "At a memorial at the family home in Kericho on Saturday, his elder brother, Geoffrey Kiprotich "
            "Langat, said:\n\n"
            "\"Brian wanted to fly from the time he was six years old. He used to stand in the tea fields and "
            "wave at every plane that passed. He died doing the only thing he ever wanted to do.\"\n\n"
            "The medical charity he flew for, Mission Wings Africa, said he had flown more than 900 "
            "evacuations."
        ),
        "Brian wanted to fly",
        "Geoffrey Kiprotich Langat",
        "colon_before_standalone_brother",
    ),
    # 49
    (
        (
            "A Bronx landlord went on trial Monday on manslaughter charges over a 2016 fire that killed five "
            "members of one family in an apartment where, prosecutors say, he had disconnected the smoke "
            "alarms after tenants complained about false alarms.\n\n"
            "Viktor Saranchuk, 58, owner of the building on the Grand Concourse, has pleaded not guilty. His "
            "lawyer, Daniel Ferrante, told jurors the fire had started in a space heater \"that my client "
            "never supplied and never knew about\".\n\n"
            "In her opening statement, Assistant District Attorney Keisha Montgomery held up a plastic bag "
            "containing a smoke detector with its wires cut. \"This is the alarm that was on the ceiling of "
            "that hallway,\" she said. \"Somebody cut these wires, and the evidence will show you who.\"\n\n"
            "The only survivor, Miguel Reyes, 14, is expected to testify later in the trial."
        ),
        "Somebody cut these",
        "Keisha Montgomery",
        "split_quote_second_half_prosecutor",
    ),
    # 50
    (
        (
            "Tom Trevaskis, who served on the St Ives lifeboat for 31 years and led the rescue of six "
            "fishermen from a sinking trawler in a force 10 storm in 1989, has died aged 84.\n\n"
            "Mr Trevaskis was awarded the RNLI's bronze medal for that rescue, in which he brought the "
            "lifeboat alongside the trawler Girl Morwenna eleven times.\n\n"
            "\"Tom was the finest seaman many of us ever sailed with, and the most modest. He never spoke "
            "about the medal unless someone else brought it up,\" the RNLI said.\n\n"
            "His daughter, Jenny Quick, said he had gone down to the harbour every morning until last summer."
            " \"He would stand by the slipway and tell the young crew what the sea was going to do that day. "
            "He was usually right,\" she said.\n\n"
            "The station's current coxswain, Rob Hoskin, said the crew would wear black armbands at the "
            "funeral."
        ),
        "Tom was the finest",
        "RNLI",
        "body_acronym_statement_after_obituary",
    ),
    # 51
    (
        (
            "Canadian Armed Forces soldiers joined hundreds of volunteers filling sandbags in Gatineau, Que.,"
            " on Sunday as the Ottawa River kept rising.\n\n"
            "Mayor Sylvie Bergeron said about 1,100 homes had been flooded. \"We have never seen the water "
            "this high in Pointe-Gatineau,\" she said.\n\n"
            "\"We've been here since six this morning. These people have been up all night, so the least we "
            "can do is carry the bags,\" said one soldier, who was not authorized to speak to reporters.\n\n"
            "Jean-François Lapointe, whose basement was under a metre of water, said he had not slept since "
            "Friday. \"The river comes up a centimetre an hour. You can watch it climb the stairs,\" he said.\n\n"
            "Hydro-Québec said it had cut power to 600 homes as a precaution."
        ),
        "We've been here since",
        "soldier",
        "unnamed_soldier_said_one_soldier",
    ),
    # 52
    (
        (
            "Tropical Cyclone Harriet crossed the north Queensland coast near Bowen overnight as a category "
            "four system, tearing roofs off houses and bringing down power lines across the Whitsundays.\n\n"
            "“The worst of the wind is over for Bowen, but the rain is just beginning, and that is where the "
            "danger lies for the next 48 hours,” Bureau of Meteorology forecaster Priya Nandakumar said on "
            "Friday morning.\n\n"
            "Queensland Fire and Emergency Services said it had received more than 800 calls for help "
            "overnight, most for damaged roofs.\n\n"
            "Bowen resident Kath Delaney, 70, spent the night in a bathroom with her sister. “The roof was "
            "lifting and dropping all night. We sang hymns so we didn’t have to listen to it,” she said.\n\n"
            "Ergon Energy said 46,000 homes were without power."
        ),
        "The worst of the",
        "Priya Nandakumar",
        "after_attribution_forecaster_lede",
    ),
    # 53
    (
        (
            "A special court in Delhi on Monday sentenced the owners of a cardboard factory in Narela, where "
            "17 workers died in a fire in 2011, to seven years in prison.\n\n"
            "Brothers Rajinder Kumar Bansal and Naresh Bansal were convicted of culpable homicide not "
            "amounting to murder. The court held that the building had no fire clearance and that its only "
            "staircase had been blocked with stock.\n\n"
            "Senior advocate Devendra Nath Khosla, who represented the families of the dead workers, welcomed"
            " the verdict. \"These were migrant workers who slept on the factory floor because the owners "
            "would not pay for rooms. Today the court has said their lives were worth something,\" Mr Khosla "
            "said.\n\n"
            "Defence counsel Amit Sehgal said the brothers would appeal to the High Court."
        ),
        "These were migrant",
        "Devendra Nath Khosla",
        "after_surname_senior_advocate",
    ),
    # 54
    (
        (
            "Three fishermen missing for six days off Catanduanes were found alive on Sunday, drifting 200 "
            "kilometres east of the island, after a cargo ship spotted their outrigger, the Philippine Coast "
            "Guard said.\n\n"
            "Ernesto Tabuzo, 47, his son Jomar, 19, and their neighbour Roel Vargas, 33, left Virac on April "
            "2. Their engine failed on the first night.\n\n"
            "Coast Guard station commander Lt. Arvin Ocampo and Ernesto Tabuzo met reporters at the pier on "
            "Monday. He said they had lived on rainwater caught in a plastic sheet and two raw fish. \"On the "
            "fourth day I told my son to pray for his mother, because I did not think we would see her "
            "again,\" he said.\n\n"
            "Ocampo said the search had been scaled back after day four. \"We never give up, but the sea is "
            "very big,\" he said."
        ),
        "On the fourth day",
        "Ernesto Tabuzo",
        "pronoun_two_men_resolved_by_content_survivor",
    ),
    # 55
    (
        (
            "At least 30 people died when a vandalised petroleum pipeline exploded at Ovwian, near Warri in "
            "Delta State, on Sunday night.\n\n"
            "The Nigerian National Petroleum Corporation said in a statement that the line had been breached "
            "by vandals and that fuel was being scooped from it when it ignited. The police spokesman in "
            "Delta, DSP Onome Eyeoyibo, said 11 people were being treated for burns.\n\n"
            "The community's traditional head, Chief Godwin Oghenekaro Edafe, was angry. \"For three years we "
            "have reported people breaking that pipe at night. The police came, collected money, and left. "
            "Now our children are dead.\"\n\n"
            "Chief Edafe said most of the victims were young men who had gone to collect fuel in jerrycans. "
            "The Delta State Government said it had set up a committee to investigate."
        ),
        "For three years we",
        "Godwin Oghenekaro Edafe",
        "no_verb_after_was_angry_chief_title",
    ),
    # 56
    (
        (
            "Rescuers were still searching on Wednesday for 11 people missing after a landslide buried homes "
            "in Kangema, Murang'a County, after two days of heavy rain.\n\n"
            "County disaster management coordinator Ann Wambui Gitau said 17 bodies had been recovered. \"We "
            "are digging with hands and jembes. The soil is too soft for machines,\" she said.\n\n"
            "The area MP, Joseph Kamau Ndung'u, spent the day at the site with the families.\n\n"
            "Resident Peter Maina, who lost his wife and two children, said the rain had been falling for two"
            " days when the hill came down. \"It sounded like thunder inside the ground,\" he said.\n\n"
            "\"We told people in 2016 to move. The government has not given them anywhere to go, so they "
            "stayed,\" the legislator said."
        ),
        "We told people in",
        "Joseph Kamau Ndung'u",
        "role_noun_legislator_at_distance",
    ),
    # 57
    (
        (
            "Two hikers missing for three nights in the Collegiate Peaks were found alive Tuesday morning, "
            "cold and hungry but otherwise unhurt.\n\n"
            "\"Both hikers were cold, hungry and very happy to see us. They did everything right once they "
            "realized they were lost: they stayed put and they stayed together,\" the Chaffee County Sheriff's"
            " Office said in a Facebook post.\n\n"
            "Megan Stroud, 29, and her brother Kyle Stroud, 26, of Denver, had set out Saturday on a day "
            "hike. Search incident commander Dale Ruybal said a helicopter crew spotted their orange tent at "
            "about 8 a.m.\n\n"
            "Their father, Dennis Stroud, said he had not slept since Saturday. \"I'm going to hug them and "
            "then I'm going to buy them a GPS,\" he said."
        ),
        "Both hikers were cold",
        "Chaffee County Sheriff's Office",
        "body_facebook_post_after",
    ),
    # 58
    (
        (
            "A student shot dead outside a barbershop in Birmingham was killed in a case of mistaken "
            "identity, a jury has heard.\n\n"
            "Kwame Asante-Boateng, 22, was hit twice as he left a barber’s on Soho Road, Handsworth, in "
            "October 2019. Three men deny murder.\n\n"
            "Opening the case at Birmingham Crown Court, prosecutor Jonathan Harkness QC said the gunmen had "
            "been looking for someone else. “Kwame had no connection whatsoever to the people who wanted that"
            " man dead,” Mr Harkness told the jury. “He had gone in for a haircut before his cousin’s "
            "wedding.”\n\n"
            "Anita Rai, for one of the defendants, said her client had been “nowhere near Soho Road” that "
            "night. West Midlands Police had described the killing at the time as “senseless”.\n\n"
            "The trial continues."
        ),
        "Kwame had no connection",
        "Jonathan Harkness",
        "split_quote_first_half_prosecutor_qc",
    ),
    # 59
    (
        (
            "Nineteen children were taken to hospital after a school bus slid off an icy road and rolled into"
            " a ditch near Truro, N.S., on Thursday morning.\n\n"
            "RCMP Cpl. Andrea Langille said the bus was carrying 23 students to an elementary school in the "
            "area. None of the injuries was life-threatening.\n\n"
            "The regional centre for education said buses in the area had been cancelled for the rest of the "
            "day.\n\n"
            "Parent Heather MacIsaac said her son called her from a stranger's phone. \"He said 'Mom, the bus "
            "is upside down,' and then he said he was fine, in the same breath,\" she said.\n\n"
            "\"Every child on that bus walked or was carried out within minutes, and that's because of how the"
            " driver and the older kids handled it,\" the Mountie said."
        ),
        "Every child on that",
        "Andrea Langille",
        "role_noun_mountie_at_distance",
    ),
    # 60
    (
        (
            "Volunteer firefighter Darren Holt, 52, who died when his tanker rolled on a fire trail near "
            "Tumbarumba, has been remembered as \"the bloke who was always first to the shed\".\n\n"
            "Mr Holt had been a member of his local Rural Fire Service brigade for 30 years. RFS area "
            "commander Chief Superintendent Kylie Thorburn said he had been driving a crew to a containment "
            "line when the tanker left the track.\n\n"
            "\"Darren knew every trail in this valley better than anyone. That he died on one of them is "
            "something we are all struggling with,\" she said.\n\n"
            "Brigade captain Neville Scott said Mr Holt had trained half the brigade. Two other firefighters "
            "on the tanker were treated at Wagga Wagga Base Hospital for minor injuries, and the coroner will"
            " investigate.\n\n"
            "The brigade will form a guard of honour at his funeral on Friday. \"We'll stand there in our "
            "yellows for him, and then we'll go back to work, because that's what he would want,\" she added."
        ),
        "We'll stand there",
        "Kylie Thorburn",
        "she_added_after_intervening_paragraph",
    ),
    # 61
    (
        (
            "Journalists in Bhubaneswar held a silent march on Sunday for Prasanta Kumar Mohanty, 36, a "
            "reporter with the Odia daily Utkal Khabar, who was killed when a truck hit his motorcycle on the"
            " national highway near Cuttack on Friday night.\n\n"
            "Police said the truck driver had fled. Deputy Commissioner of Police Satyabrata Bhoi said the "
            "truck had been seized at a toll plaza and its owner traced.\n\n"
            "“Prasanta covered every flood and every cyclone in this state for fifteen years. He deserved "
            "better than to be left on the road by a driver who did not stop,” the Bhubaneswar Press Club "
            "said in a statement.\n\n"
            "His wife, Jyotsna Mohanty, told reporters that the family would seek compensation from the "
            "truck’s owner. “He left for the office at four in the afternoon and said he would be back for "
            "dinner,” she said."
        ),
        "Prasanta covered every",
        "Bhubaneswar Press Club",
        "body_press_club_statement_after",
    ),
    # 62
    (
        (
            "A senator on Tuesday accused the Bureau of Fire Protection of certifying a Pasay City department"
            " store as safe two months before a fire there killed 19 people in 2012.\n\n"
            "At a Senate hearing, Senator Teodoro Almazan questioned Fire Director Rodolfo Pinlac about the "
            "fire safety inspection certificate issued to the store. Pinlac said the inspector who signed it "
            "had been relieved and was facing administrative charges.\n\n"
            "\"Relieving one inspector does not answer the question of how a building with blocked fire exits "
            "passed inspection twice,\" the senator said.\n\n"
            "The store's owner did not send a representative to the hearing. Marissa Dantes, whose "
            "20-year-old daughter worked as a cashier at the store, sat in the gallery. \"We just want someone"
            " to say sorry to us,\" she said afterwards."
        ),
        "Relieving one inspector",
        "Teodoro Almazan",
        "role_noun_senator_after_two_named",
    ),
    # 63
    (
        (
            "A Lagos High Court judge on Friday sentenced the developer of a five-storey building that "
            "collapsed in Surulere in 2013, killing 14 people, to ten years in prison.\n\n"
            "Engr. Olusegun Adeleke, 56, was convicted on 14 counts of involuntary manslaughter. The court "
            "heard that he had added two floors to a building approved for three.\n\n"
            "Justice Morenike Adetokunbo Shonibare said the defendant had ignored two stop-work orders. \"The "
            "law is not a suggestion,\" the judge said. \"When a man builds five floors on foundations meant "
            "for three, he is not taking a risk with his own money. He is gambling with the lives of others.\"\n\n"
            "Defence counsel Chief Babatunde Ojo said his client would appeal. The Lagos State Building "
            "Control Agency said the judgment should \"serve as a warning to every developer in this state\"."
        ),
        "When a man builds",
        "Morenike Adetokunbo Shonibare",
        "split_quote_second_half_judge_title",
    ),
    # 64
    (
        (
            "A police officer has been arrested over the shooting of a 17-year-old boy in Mathare on Saturday"
            " night, the Independent Policing Oversight Authority said.\n\n"
            "Kevin Baraka Owuor was shot in the back as he walked home from a football match, according to "
            "witnesses.\n\n"
            "“Preliminary findings indicate that the deceased was unarmed and was running away when he was "
            "shot. The officer has been taken into custody and IPOA will recommend charges if the evidence "
            "supports it,” the authority said in a statement on Monday.\n\n"
            "Nairobi regional police commander Phillip Kiprono Rotich said the officer had been responding to"
            " a report of a robbery. Kevin’s mother, Rose Akinyi, said her son had never been in trouble. “My"
            " son was not a thief. He was a child with a football,” she said."
        ),
        "Preliminary findings indicate",
        "Independent Policing Oversight Authority",
        "body_role_noun_the_authority",
    ),
    # 65
    (
        (
            "Hundreds of people gathered Sunday at a low-water crossing on the Llano River near Kingsland, "
            "Texas, where a family of four was swept away in a flash flood on Thursday night.\n\n"
            "Sheriff Wade Pruitt said the bodies of the father and two children had been recovered and the "
            "search for the mother would continue. \"We are not going to stop until we bring her home,\" he "
            "said.\n\n"
            "The county had put up \"Turn Around, Don't Drown\" signs at the crossing in 2016. On the railing, "
            "someone had tied a square of cardboard with a message in black marker: \"They were loved by "
            "everyone on this road.\"\n\n"
            "The family's pastor, the Rev. Gary Lindqvist, said the parents had taught Sunday school at his "
            "church for ten years. Texas Parks and Wildlife game wardens said boats would search the river "
            "again at first light."
        ),
        "They were loved by",
        "",
        "handwritten_note_no_maker_empty",
    ),
    # 66
    (
        (
            "A construction company has been fined £800,000 after a scaffolder fell 15 metres to his death on"
            " a building site in Leeds.\n\n"
            "Craig Ambler, 34, from Pudsey, died in May 2016 when a section of scaffold he was dismantling "
            "collapsed at the site of a student accommodation block, Leeds Crown Court heard.\n\n"
            "Hallam Rise Construction Ltd pleaded guilty to breaching health and safety regulations. Its "
            "barrister, Philip Gale, said the company had \"learned painful lessons\".\n\n"
            "Speaking after the hearing, HSE inspector Rachel Amis said the company had ignored warnings from"
            " its own site manager. \"The ties holding that scaffold to the building had been removed two days"
            " earlier. Mr Ambler's death was entirely preventable.\"\n\n"
            "Mr Ambler's partner, Leanne Hirst, said the fine \"means nothing\" to their two sons."
        ),
        "The ties holding",
        "Rachel Amis",
        "no_verb_after_reported_speech_sentence",
    ),
    # 67
    (
        (
            "An elder who taught Anishinaabemowin to a generation of children died in a house fire at Kiwetin"
            " Lake First Nation in northwestern Ontario early Monday.\n\n"
            "Mary Louise Keeshig, 81, was alone in her home when the fire started at about 2 a.m., Ontario "
            "Provincial Police said. The community has no fire truck, and neighbours fought the blaze with "
            "buckets and a garden hose.\n\n"
            "Chief Raymond Wapachee said the community had asked Indigenous Services Canada three times since"
            " 2014 for a fire truck and a trained crew. “Our people stood in the snow and watched her house "
            "burn with buckets in their hands. No community in Canada should have to do that,” Chief Wapachee"
            " said.\n\n"
            "Indigenous Services Canada said in a statement that it was “deeply saddened”. Keeshig’s "
            "granddaughter, Tanya Keeshig, said her grandmother “spoke the language every day, even to the "
            "dog”."
        ),
        "Our people stood",
        "Raymond Wapachee",
        "chief_title_stripped_after_surname",
    ),
    # 68
    (
        (
            "A 27-year-old miner was killed when part of the roof collapsed in an underground coal mine near "
            "Moranbah in central Queensland on Saturday night.\n\n"
            "The state's mines inspectorate said it had issued a directive suspending work in that part of "
            "the mine. The operator, Isaac Valley Coal, said it was \"devastated\" and was cooperating with "
            "inspectors.\n\n"
            "Troy Mattock, a district vice-president of the mining union, said workers had raised concerns "
            "about roof conditions in that section twice in the past month. \"Those concerns were logged and "
            "nothing changed. A young bloke is dead and we want to know why,\" he said.\n\n"
            "The miner, who was from Mackay, has not been named. Queensland Police said a report would be "
            "prepared for the coroner."
        ),
        "Those concerns were",
        "Troy Mattock",
        "after_he_said_union_official_appositive",
    ),
    # 69
    (
        (
            "A sessions court in Gorakhpur on Saturday acquitted all nine people accused over the 2011 "
            "stampede on a foot overbridge at the city's railway station, in which eleven passengers were "
            "crushed to death.\n\n"
            "The court said the prosecution had failed to show that any of the accused, seven railway "
            "officials and two contractors, had been in charge of crowd control that evening.\n\n"
            "\"Eleven people died on that bridge and today the court has told their families that nobody is "
            "responsible. We will go to the High Court,\" said advocate Rajeshwar Prasad Tripathi, who "
            "represented the families.\n\n"
            "A railway spokesman said the overbridge had since been widened. Phoolmati Devi, whose son died "
            "in the crush, left the court without speaking to reporters."
        ),
        "Eleven people died on",
        "Rajeshwar Prasad Tripathi",
        "after_said_advocate_appositive",
    ),
    # 70
    (
        (
            "Residents of Barangay Tumana in Marikina marked one year on Sunday since floods along the "
            "Marikina River killed 22 people in their community.\n\n"
            "At the foot of the Tumana bridge, a tarpaulin tied to the railing read: \"We are still waiting "
            "for the dike.\" Residents lit candles beneath it at dusk.\n\n"
            "Mayor Ramon Sta. Maria said the dike project was \"70 percent complete\" and would be finished "
            "before the rainy season. The Department of Public Works and Highways said delays had been caused"
            " by right-of-way disputes.\n\n"
            "Teresita Alcaraz, 63, who lost her husband in the flood, said she no longer slept when it "
            "rained. \"Every time the rain gets heavy I stand at the window and watch the river,\" she said."
        ),
        "We are still waiting",
        "",
        "tarpaulin_no_maker_empty",
    ),
    # 71
    (
        (
            "At least 14 people died in Ibadan on Tuesday night when heavy rain caused canals and streams to "
            "overflow across the city, sweeping away cars and flooding hundreds of homes.\n\n"
            "The Oyo State Government, in a statement signed by the Commissioner for Information, Mr "
            "Oluwaseun Adegbola, said the dead included four children. \"The government has ordered the "
            "immediate removal of all structures built on drainage channels, and no amount of pressure will "
            "stop this exercise,\" the statement said.\n\n"
            "The state emergency management agency said 200 people had been rescued from rooftops and trees.\n\n"
            "A trader in Odo-Ona, Mrs Kemi Alabi, said her shop had been emptied by the water. \"The water "
            "came like a river and carried everything, even the fridge,\" she said."
        ),
        "The government has ordered",
        "Oluwaseun Adegbola",
        "statement_signed_by_commissioner",
    ),
    # 72
    (
        (
            "The High Court in Nyahururu on Thursday ordered a farm company to pay Sh180 million to 40 "
            "families whose homes were swept away when its dam burst in 2013.\n\n"
            "Lady Justice Winfred Achieng Oduor found that Kinangop Highlands Farms Ltd had built the dam "
            "without approval from the water authorities. “The respondent built a wall of earth above a "
            "village and never asked anyone whether it would hold,” the judge said. “That is negligence of "
            "the plainest kind.”\n\n"
            "Faith Nyambura Kahiga, the lawyer for the families, said the ruling “closes a very long "
            "chapter”. The company’s advocate, Samuel Kiprop, said it would appeal.\n\n"
            "John Mwaniki, who lost his wife and daughter in the flood, said outside court: “Money will not "
            "bring them back, but at least now someone has been found guilty.”"
        ),
        "The respondent built",
        "Winfred Achieng Oduor",
        "lady_justice_split_first_half",
    ),
    # 73
    (
        (
            "A man who swam out to rescue two children caught in a rip current at Gulf Shores, Ala., drowned "
            "Saturday after getting them to a sandbar, authorities said.\n\n"
            "DeShawn Marcus Pettway, 24, of Mobile, had been at the beach with his girlfriend. The children, "
            "a brother and sister aged 9 and 11, were treated and released.\n\n"
            "\"He got those kids to where they could stand,\" said Coast Guard Petty Officer 2nd Class Lindsey "
            "Harrow, who was on the response boat. \"He just didn't have anything left for himself after "
            "that.\"\n\n"
            "Gulf Shores Beach Patrol said double red flags had been flying. The children's mother, who asked"
            " that her name not be used, said: \"Those babies are alive because of him. I will tell them his "
            "name every day.\""
        ),
        "He just didn't have",
        "Lindsey Harrow",
        "split_quote_second_half_petty_officer",
    ),
    # 74
    (
        (
            "Two people were killed by falling trees as Storm Rhiannon swept across Wales and north-west "
            "England on Thursday, bringing down power lines and closing bridges.\n\n"
            "In a statement, the Met Office said: \"Winds of 90mph were recorded at Capel Curig this morning. "
            "We would urge people not to travel in the amber warning area unless their journey is absolutely "
            "necessary.\"\n\n"
            "North Wales Police said a man in his 50s died when a tree fell on his car on the A5 near "
            "Betws-y-Coed. Natural Resources Wales issued 14 flood warnings.\n\n"
            "In Llandudno, cafe owner Gethin Pritchard watched waves break over the promenade. \"We've had "
            "storms before but nothing like this. The shutters were bending,\" he said."
        ),
        "Winds of 90mph",
        "Met Office",
        "body_statement_colon_before_met_office",
    ),
    # 75
    (
        (
            "Staff at a seniors' residence in Saint-Jean-sur-Richelieu, Que., carried 40 residents down dark "
            "stairwells after the building's generator failed on the second night of an ice storm that has "
            "left much of the region without power.\n\n"
            "Hydro-Québec spokesman Marc-Antoine Côté said 220,000 customers were still without electricity "
            "on Thursday. \"Crews are working around the clock, but some customers will be without power for "
            "several more days,\" he said.\n\n"
            "An orderly, who asked not to be named because staff had been told not to speak to the media, "
            "described carrying residents on kitchen chairs. \"We had flashlights in our mouths and a lady of "
            "96 in our arms. Nobody complained, not one,\" he said.\n\n"
            "The regional health authority said the residents had been moved to a hospital and a school "
            "gymnasium. Thérèse Gendron, 88, said the staff \"were angels, every one of them\"."
        ),
        "We had flashlights",
        "orderly",
        "unnamed_orderly_anonymity",
    ),
    # 76
    (
        (
            "The father of a British backpacker who drowned at a waterhole in the Northern Territory has told"
            " an inquest that the warning signs at the site had \"faded to nothing\".\n\n"
            "Oliver Pennington, 23, from Harrogate, died at Banyan Pools in Litchfield National Park in "
            "January 2017. Giving evidence by video link from England, his father, Martin Pennington, said:\n\n"
            "\"Oliver was a strong swimmer. He had been in the sea every summer of his life.\n\n"
            "\"Nobody told those young people that the current under that waterfall could hold a grown man "
            "down. If the sign had said that, he would be alive.\"\n\n"
            "The Parks and Wildlife Commission said new signs had been installed in 2018. Counsel assisting "
            "the coroner, Dominic Fay, said two park rangers would give evidence on Wednesday."
        ),
        "Nobody told those young",
        "Martin Pennington",
        "continuation_second_paragraph_video_link",
    ),
    # 77
    (
        (
            "\"This is a very severe cyclonic storm and the sea will rise by two metres in places. Nobody "
            "should be in a kutcha house on the coast tonight.\"\n\n"
            "The warning came from Dr Hemant Kumar Sahoo, director of the Meteorological Centre in "
            "Bhubaneswar, on Thursday afternoon, as nearly a million people were moved into cyclone shelters "
            "along the Odisha coast. He said Cyclone Parijat would make landfall near Gopalpur after "
            "midnight.\n\n"
            "Special Relief Commissioner Pradeep Kumar Nayak said 1,400 shelters had been opened and "
            "fishermen had been called back from the sea two days ago.\n\n"
            "In Ganjam district, sarpanch Kuni Behera said the last boats had been pulled ashore by noon. "
            "\"The women are in the shelter. The men are still tying down the roofs,\" she said."
        ),
        "This is a very",
        "Hemant Kumar Sahoo",
        "lede_quote_the_warning_came_from",
    ),
    # 78
    (
        (
            "A radio broadcaster was shot dead by two men on a motorcycle outside his home in Digos City on "
            "Tuesday, police said, the third journalist killed in the province this year.\n\n"
            "Renato “Atong” Villaflor, 49, a commentator on the morning programme of a local AM station, was "
            "shot four times as he was opening his gate at 6 a.m.\n\n"
            "Provincial police director Senior Superintendent Efren Macaraeg said a special investigation "
            "task group had been formed. “We are looking at his work as a possible motive, but we are not "
            "closing any door,” he said.\n\n"
            "“Every killing that goes unpunished is an invitation to the next gunman. We demand that this one"
            " be solved, not just investigated,” the National Union of Journalists of the Philippines said in"
            " a statement.\n\n"
            "His widow, Luzviminda Villaflor, said he had received threats by text message for months."
        ),
        "Every killing that",
        "National Union of Journalists of the Philippines",
        "body_full_name_statement_after",
    ),
    # 79
    (
        (
            "Doctors at the University of Nigeria Teaching Hospital held a candlelight procession in Enugu on"
            " Friday for a consultant paediatrician who died in a road crash on the Enugu-Port Harcourt "
            "Expressway.\n\n"
            "Dr Chinedu Obiora Eze, 47, was returning from a medical outreach in Abia State when his car hit "
            "a stationary truck, the Federal Road Safety Corps said.\n\n"
            "The chairman of the Nigerian Medical Association in Enugu State, Dr Obinna Nnamdi Ugwu, said the"
            " state had lost \"a doctor who gave his weekends to children who could not pay\".\n\n"
            "His widow, Mrs Adaora Eze, spoke briefly at the vigil. She said:\n\n"
            "\"Chinedu used to say that a child who dies of malaria in 2019 has been failed by all of us. He "
            "went to those villages because he believed that, and he died coming home from one.\""
        ),
        "Chinedu used to say",
        "Adaora Eze",
        "colon_before_widow_standalone",
    ),
    # 80
    (
        (
            "Thousands of mourners filled the sports ground at Iten on Saturday for the funeral of marathon "
            "runner Nicholas Kipkemboi Sang, 28, who was killed when a matatu hit him during a training run "
            "on the Eldoret-Iten road two weeks ago. Police said the matatu driver had been charged with "
            "causing death by dangerous driving.\n\n"
            "Many wore white T-shirts printed with his photograph and the words: \"He ran so that we could "
            "dream.\"\n\n"
            "In a message read at the service, Athletics Kenya said Sang had been \"a future world champion\" "
            "and would be honoured at the national trials.\n\n"
            "His coach, Bernard Kiplagat Tanui, said they had run 30 kilometres together the day before he "
            "died. \"He was laughing the whole way. I keep thinking that if we had run on the track that "
            "morning, he would be here,\" he said.\n\n"
            "His mother, Sally Jepchirchir, wept as the coffin was lowered."
        ),
        "He ran so that",
        "",
        "tshirt_slogan_no_maker_empty",
    ),
]
