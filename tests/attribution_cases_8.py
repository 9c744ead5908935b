"""Eighty made-up passages for quotation attribution, written blind (eighth set, local and regional news and wire copy of 2008-2020 in several Englishes).

Every passage, name, organisation and event below was invented for this file by someone who had read
only the annotation README (its "What a row is" and "Columns" sections) and the opening lines of an
earlier case file for its layout, never the tool's source, tests, benchmarks or annotated data. Real
countries, cities, rivers, courts, police forces, regulators, news agencies and well-known bodies
(Ofsted, the Madras High Court, the Supreme Court of Appeal, Xinhua, PAGASA) appear only as
background; the people and most organisations are fictional.

The passages imitate English-language local, regional and wire news of 2008 to 2020: courts and
crime (sentencing remarks, inquests and coroners, victim impact statements, statements read by
solicitors, police reports, judgments and court orders); councils and planning (committee votes,
councillors, provosts, lord mayors, town clerks, minutes of meetings); schools and universities
(letters to parents, inspection reports, school boards, matric results, vice-chancellors' e-mails,
WhatsApp messages); hospitals and health services (trust spokeswomen, medical directors, district
medical officers, dengue and haze); weather and floods, drought and fire; transport (railway
signalling faults, airline advisories, matatu strikes); farming (drought, sheep theft, liver fluke,
fertiliser); obituaries and tributes; arts and entertainment (critics, bands' websites, sculptors,
actresses on Instagram); consumer and charity stories; and wire copy in the manner of AP, AFP and
Reuters from Africa, Asia, Latin America and the Middle East. The English varies between British,
American, Indian, South African, Nigerian, Kenyan, Philippine, Singaporean and Australian usage
("told mediapersons", "the police image-maker", "learners", "barangay", "Madam", "ripper").

Attribution sits before the quotation, after it, between two quoted sentences, in the paragraph
before (ending in a colon) or the paragraph after ("That was the message from"), after a colon
following a noun phrase ("Her advice to others is simple:"), in "according to" and "quoted X as
saying" constructions, in "X's statement read", "the judgment reads", "the minutes record X as
saying", in a sentence without a speech verb ("X was unrepentant."), and in replies to questions.
Speakers are referred to by pronouns (he, she, it, they), by descriptions ("the councillor", "the
62-year-old", "the Kenyan", "the Briton", "the former", "the medical director", "the DMO", "the
police image-maker"), and several passages hold two or three people of either sex so that a pronoun
or description must be resolved through titles, roles, ages or what is said, never through a
first name alone. Some quotations belong to someone other than the person reporting them: a dead
father remembered by his daughter, a council officer quoted by a resident, a driver quoted in a
police report, a widow whose statement a prosecutor read, a defendant whose statement his solicitor
read. Organisations, police forces, courts, ministries, armies, airlines, bakeries, bands, allotment
societies and regulators speak too, as do unnamed sources, officials, residents, neighbours,
parents, a driver known only by his first name and a voice on a video that nobody can identify.
Names include surname-first Chinese, Korean and Singaporean names, Thai names referred to by the
given name, Malay names with bin, Arabic names with al-, Portuguese and Spanish compound surnames
with dos and de la, Maasai ole, Welsh ap, Filipino abbreviated given names (Ma.), Indian initials,
Bangladeshi long names, hyphenated surnames, and honorifics and titles (Shri, Chief (Mrs), Alhaji,
Sheikh, Madam, Professor Dame, Police Senior Superintendent, DSP, Lt., Cllr, Provost).

Each case is a tuple (passage, first_words_of_chosen_quote, speaker, label), written to the
case format and speaker convention set out once in ``test_attribution_cases.py``.

The rules got 59 of the 80 right when these were first run (0.74), before any rule was written
from them; rules written from the misses then brought 67 right. The 13 still wrong are marked as
expected failures, each with its reason, in ``test_attribution_cases.py``."""

CASES = [
    # 1
    (
        (
            "A Bolton man who stole more than £40,000 from elderly neighbours has been jailed for "
            "four years.\n\n"
            "Darren Hartwell, 51, of Tonge Moor Road, pleaded guilty at Bolton Crown Court to 11 "
            "counts of fraud by abuse of position.\n\n"
            "The court heard he had offered to collect pensions and do the shopping for five "
            "residents of a sheltered housing block between 2014 and 2016.\n\n"
            "Sentencing him, Judge Rebecca Thornley-Hale said: \"You preyed on people who had trusted "
            "you with their front-door keys. The harm you have caused is not only financial.\"\n\n"
            "Defending, Simon Acheampong said his client had run up gambling debts and was \"deeply "
            "ashamed\"."
        ),
        "You preyed on",
        "Rebecca Thornley-Hale",
        "judge_before_colon_sentencing",
    ),
    # 2
    (
        (
            "Plans for 140 homes on the edge of Market Harwell have been approved despite more than "
            "300 objections.\n\n"
            "The district council's planning committee voted six to four in favour of the scheme on "
            "Tuesday evening. Committee chairman Cllr Margaret Oyelaran said the site had been "
            "allocated for housing since 2011 and a refusal would be \"very hard to defend at appeal\".\n\n"
            "Richard Vasey, agent for the developer, Castlegate Homes, told the meeting that a new "
            "roundabout would be built on the A6 before the first homes were occupied.\n\n"
            "That did not convince Cllr Tom Pridmore, who represents the neighbouring Harwell East "
            "ward. \"The roads simply cannot take another 300 cars at rush hour,\" the councillor said. "
            "\"We will be living with this mistake for 50 years.\""
        ),
        "The roads simply",
        "Tom Pridmore",
        "councillor_description_after_agent_and_chair",
    ),
    # 3
    (
        (
            "HYDERABAD: Classes at a government high school in Rangareddy district were suspended on "
            "Monday after a portion of the ceiling collapsed in a Class VIII classroom.\n\n"
            "The incident occurred around 10.15 am, minutes before students were to enter the room "
            "after the morning assembly.\n\n"
            "According to district educational officer K. Venkatesh Prasad, \"No child was injured and "
            "the building has been sealed until engineers from the Roads and Buildings department "
            "complete an inspection.\"\n\n"
            "Parents who gathered at the school gate demanded that the structure, built in 1978, be "
            "demolished and a new block sanctioned."
        ),
        "No child was",
        "K. Venkatesh Prasad",
        "according_to_before_quote",
    ),
    # 4
    (
        (
            "KANO, Nigeria (AFP) - Gunmen on motorbikes killed at least nine people in a raid on a "
            "village in northwest Nigeria's Zamfara state, police said Sunday.\n\n"
            "The attackers stormed Kadawa village late on Saturday, shooting residents and setting "
            "fire to grain stores, according to police.\n\n"
            "The News Agency of Nigeria quoted state police spokesman Abubakar Sadiq-Aliyu as saying: "
            "\"Five suspects have been arrested and a combined team of police and soldiers has been "
            "deployed to the area.\"\n\n"
            "Rural communities in the region have for years been targeted by armed gangs who steal "
            "cattle and kidnap residents for ransom."
        ),
        "Five suspects have",
        "Abubakar Sadiq-Aliyu",
        "quoted_as_saying_colon_wire",
    ),
    # 5
    (
        (
            "BUSIA, Kenya - Hundreds of families in Budalangi have been forced to camp at a primary "
            "school after the River Nzoia burst its banks on Wednesday night.\n\n"
            "Kenya Red Cross officials said more than 2,000 people had been displaced and that the "
            "number could rise if the rains continued in the highlands.\n\n"
            "\"The water came in the night and took everything, even the chickens,\" said one resident, "
            "a mother of four who asked not to be named because her husband works for the county "
            "government.\n\n"
            "Area MP Ambrose Wafula Nabwera urged the national government to complete the dykes that "
            "were promised in 2012."
        ),
        "The water came",
        "resident",
        "unnamed_resident_after_long_description",
    ),
    # 6
    (
        (
            "Tributes have been paid to Frank Pennington, the former landlord of the Ship Inn at "
            "Staithes, who has died aged 87.\n\n"
            "Mr Pennington ran the harbourside pub with his late wife, Doreen, for 31 years and was a "
            "lifeboat crewman for two decades.\n\n"
            "In a statement, the Pennington family said: \"Dad was never happier than when the bar was "
            "full and someone had brought a guitar. He will be missed by everyone who ever drank a "
            "pint in the Ship.\"\n\n"
            "His funeral will take place at St Peter's Church, Hinderwell, on Friday."
        ),
        "Dad was never",
        "Pennington family",
        "family_statement_named_family",
    ),
    # 7
    (
        (
            "A hospital in Northampton has apologised after a 91-year-old woman waited 14 hours on a "
            "trolley in its emergency department.\n\n"
            "Her grandson, Liam Costigan, said the family had been \"horrified\" to find her still in a "
            "corridor the following morning.\n\n"
            "A spokeswoman for Nenevale Hospitals NHS Foundation Trust said: \"We are sorry that this "
            "patient's experience fell below the standard we expect. The emergency department saw "
            "record attendances over the bank holiday weekend.\"\n\n"
            "The trust said it had opened 24 extra beds in response to winter pressures."
        ),
        "We are sorry",
        "Nenevale Hospitals NHS Foundation Trust spokeswoman",
        "org_spokeswoman_colon_after_relative",
    ),
    # 8
    (
        (
            "TACLOBAN CITY — Residents of coastal barangays in Leyte were ordered to evacuate on "
            "Friday as Typhoon Ruby (international name: Hagupit) approached Eastern Visayas.\n\n"
            "Palo Mayor Ma. Theresa Villanueva-Bautista said around 6,500 families had been moved to "
            "schools and the municipal gym by noon.\n\n"
            "“We are not taking any chances this time. We learned a very painful lesson last year,” "
            "Villanueva-Bautista told dzMM in a phone interview, referring to Super Typhoon Yolanda.\n\n"
            "PAGASA said the typhoon was expected to make landfall in Eastern Samar on Saturday "
            "evening."
        ),
        "We are not taking",
        "Ma. Theresa Villanueva-Bautista",
        "filipino_abbreviated_given_name_after",
    ),
    # 9
    (
        (
            "SINGAPORE — A 43-year-old delivery driver who knocked down a cyclist in Jurong West and "
            "drove off was jailed for six weeks and banned from driving for five years on Thursday.\n\n"
            "Tan Boon Keat had pleaded guilty to causing grievous hurt by a rash act and failing to "
            "render assistance after the accident in March last year.\n\n"
            "District Judge Ong Mei Ling said the cyclist, a 67-year-old retiree, had suffered "
            "fractures to his pelvis and left leg.\n\n"
            "Tan's lawyer, Mr Rajesh Pillai, had asked for a fine, saying his client panicked. \"My "
            "client deeply regrets leaving the scene and has offered to pay the victim's medical "
            "bills,\" the lawyer told the court."
        ),
        "My client deeply",
        "Rajesh Pillai",
        "role_description_lawyer_after_judge",
    ),
    # 10
    (
        (
            "Cattle producer Bruce McAllister has sold almost half his herd as the drought across "
            "western Queensland enters its sixth year.\n\n"
            "Mr McAllister, 62, and his wife Jenny, 58, run about 1,200 head on their property north "
            "of Longreach, down from more than 2,000 in 2013.\n\n"
            "\"We've had 14 millimetres since March and the dams are mud,\" the 62-year-old said. \"You "
            "can't keep feeding them hay at these prices.\"\n\n"
            "Mrs McAllister said the couple had stopped paying themselves a wage two years ago."
        ),
        "We've had 14",
        "Bruce McAllister",
        "age_description_couple_present",
    ),
    # 11
    (
        (
            "MAHIKENG – Residents of Ward 14 say they have gone without running water for 19 days, "
            "and some are threatening to march on the municipal offices.\n\n"
            "Municipal spokesperson Kagiso Mothibedi said a burst bulk pipeline was being repaired "
            "and supply should be restored \"within the week\".\n\n"
            "\"We are not going to sit quietly any more,\" said ward councillor Thandiwe "
            "Mokoena-Dlamini. \"Our children are carrying buckets to school while officials drive past "
            "in air-conditioned bakkies.\"\n\n"
            "The councillor said she would hand a memorandum to the municipal manager on Monday."
        ),
        "We are not going",
        "Thandiwe Mokoena-Dlamini",
        "speaker_between_two_sentences_first",
    ),
    # 12
    (
        (
            "DECATUR, Ill. — Parents packed a school board meeting Monday night to protest a plan to "
            "close Garfield Elementary at the end of the school year.\n\n"
            "Board President Linda Ruehle said the district faces a $3.2 million shortfall and that "
            "Garfield, built in 1924, needs more than $6 million in repairs.\n\n"
            "Parent Marcus Dunleavy, whose two sons attend the school, spoke for the full three "
            "minutes allowed. \"It is a disgrace,\" he said. \"The board knew about this roof for a "
            "decade and did nothing, and now our kids pay the price.\"\n\n"
            "A vote on the closure is expected April 8."
        ),
        "The board knew",
        "Marcus Dunleavy",
        "split_second_half_pronoun_he",
    ),
    # 13
    (
        (
            "An inquest has concluded that a 19-year-old student who drowned in the River Ouse in "
            "York died as a result of misadventure.\n\n"
            "Callum Fitzgerald-Reeve, a second-year history student, entered the water near Lendal "
            "Bridge in the early hours of 14 February after a night out with friends.\n\n"
            "Recording her conclusion, senior coroner Dr Siobhan Garvey-Walsh said:\n\n"
            "\"Callum was a popular young man with everything ahead of him. I would urge anyone "
            "walking home along the river at night to stay well away from the edge.\"\n\n"
            "His parents, Neil and Sarah, thanked the emergency services for their efforts."
        ),
        "Callum was a",
        "Siobhan Garvey-Walsh",
        "colon_ends_previous_paragraph_coroner",
    ),
    # 14
    (
        (
            "Staff at a Swansea food bank say demand has doubled since the start of the year.\n\n"
            "Eirlys Pugh, who has volunteered at the Townhill centre since it opened in 2012, said: "
            "\"We used to see pensioners and people between jobs. Now it's nurses, bus drivers, people "
            "working full time who can't make it to the end of the month.\n\n"
            "\"Last Thursday we ran out of tinned meat by eleven o'clock and had to send families away "
            "with pasta and a tin of beans.\"\n\n"
            "The charity that runs the centre said it would publish figures for Wales next month."
        ),
        "Last Thursday we",
        "Eirlys Pugh",
        "continuation_paragraph",
    ),
    # 15
    (
        (
            "A family-run bakery in Hebden Bridge that was flooded for the third time in four years "
            "has said it will not reopen.\n\n"
            "Water up to four feet deep poured into Calder Crust on Boxing Day, ruining its ovens, "
            "its stock and the shop's new floor.\n\n"
            "In a post on its Facebook page, the bakery wrote: \"We have thought long and hard and we "
            "simply cannot face doing it all again. Thank you to every single customer who has "
            "supported us since 2009.\"\n\n"
            "The post had been shared more than 4,000 times by Tuesday afternoon."
        ),
        "We have thought",
        "Calder Crust",
        "facebook_post_organisation",
    ),
    # 16
    (
        (
            "A Labour MP has called for an urgent review of ambulance response times after a "
            "pensioner in her constituency waited more than five hours for help after a fall.\n\n"
            "Joanna Fairweather, who represents Wyre Vale, tweeted on Sunday: \"An 84-year-old woman "
            "lay on her kitchen floor for five hours with a broken hip. This is what happens when a "
            "service is stretched beyond breaking point.\"\n\n"
            "The ambulance service said it had received an exceptionally high volume of calls that "
            "evening and would contact the family."
        ),
        "An 84-year-old woman",
        "Joanna Fairweather",
        "tweet_colon_mp",
    ),
    # 17
    (
        (
            "A secondary school in Reading is to ban mobile phones from its premises from September.\n\n"
            "In a letter to parents, headteacher Dr Simon Achterberg wrote: \"Phones will be handed in "
            "at the start of the day and returned at 3.15pm. We believe this will make a real "
            "difference to concentration and to behaviour at break times.\"\n\n"
            "Chair of governors Anita Bhardwaj said the decision had been made after a consultation "
            "with pupils and staff.\n\n"
            "Some parents have raised concerns on social media about contacting children in an "
            "emergency."
        ),
        "Phones will be",
        "Simon Achterberg",
        "letter_named_author",
    ),
    # 18
    (
        (
            "A Walsall primary school has been placed in special measures after inspectors found "
            "pupils were \"not safe\" at lunchtimes.\n\n"
            "Ofsted rated Beechdale Park Primary School inadequate in all five areas following a "
            "two-day inspection in March.\n\n"
            "The report states: \"Leaders have not acted on repeated concerns raised by staff about "
            "bullying. Too many pupils told inspectors that they do not feel safe on the playground.\"\n\n"
            "Interim headteacher Karen Mullholland said the school accepted the findings and an "
            "action plan was already in place."
        ),
        "Leaders have not",
        "Ofsted",
        "report_states_organisation",
    ),
    # 19
    (
        (
            "NAIROBI — The High Court has blocked the eviction of about 300 traders from a market in "
            "Kibera, saying the county government failed to give them adequate notice.\n\n"
            "The traders, through the Kibera Market Vendors Association, had sued the county and the "
            "National Land Commission in November.\n\n"
            "In her ruling, Justice Wanjiru Kamau-Mwangi said: “The right to fair administrative "
            "action is not a formality. A notice of seven days to people who have traded on this land "
            "for more than 20 years cannot be described as reasonable.”\n\n"
            "The county's lawyer, Mr Peter Odhiambo Ouma, said they would study the ruling before "
            "deciding whether to appeal."
        ),
        "The right to",
        "Wanjiru Kamau-Mwangi",
        "court_ruling_her_colon",
    ),
    # 20
    (
        (
            "Detectives investigating the disappearance of a Cardiff care worker are examining CCTV "
            "from a petrol station on the A470, it is understood.\n\n"
            "Bethan Lloyd-Hughes, 34, was last seen leaving her shift at a care home in Llandaff "
            "North on Friday evening.\n\n"
            "A source close to the investigation said: \"There is footage of a car that officers are "
            "very keen to trace. It is one of several lines of inquiry.\"\n\n"
            "South Wales Police said it would not comment on \"speculation\" but urged anyone with "
            "information to come forward."
        ),
        "There is footage",
        "source close to the investigation",
        "unnamed_source_close_to_investigation",
    ),
    # 21
    (
        (
            "Two men have been arrested after more than 200 sheep were stolen from a farm near "
            "Llandovery.\n\n"
            "The animals, a mix of Welsh Mountain ewes and lambs, were taken from fields at Cilycwm "
            "overnight on Saturday.\n\n"
            "Dyfed-Powys Police said in a statement: \"Both men have been released under investigation "
            "while inquiries continue. We would ask anyone who has been offered sheep for sale in "
            "unusual circumstances to contact us.\"\n\n"
            "Farmer Gareth Pryce-Morgan said the theft had cost him around £25,000."
        ),
        "Both men have",
        "Dyfed-Powys Police",
        "police_force_statement",
    ),
    # 22
    (
        (
            "An inquest into the death of a 74-year-old woman at Leicester Royal Infirmary has heard "
            "that her complaints of abdominal pain were not escalated for nine hours.\n\n"
            "Pushpa Lakhani died from a perforated bowel on 3 June 2017, two days after she was "
            "admitted.\n\n"
            "Assistant coroner Claire Abernethy heard evidence from nurses on the ward, who said they "
            "had each been caring for 12 patients that night.\n\n"
            "Mrs Lakhani's daughter, Dr Meera Lakhani-Shah, told the hearing her mother had been \"let "
            "down at every turn\".\n\n"
            "\"Nobody listened to her when she said the pain was getting worse,\" she said. \"My mother "
            "was not a woman who complained.\""
        ),
        "Nobody listened to",
        "Meera Lakhani-Shah",
        "pronoun_she_three_women",
    ),
    # 23
    (
        (
            "A Southwark councillor has resigned from the Labour Party after being suspended over "
            "comments she made on social media.\n\n"
            "Cllr Deborah Akinyemi, who represents Peckham Rye ward, will continue to sit as an "
            "independent.\n\n"
            "Ms Akinyemi's statement read: \"I have served this community for nine years and I will "
            "continue to do so. I do not accept that the process followed by the party was fair.\"\n\n"
            "A Labour spokesman said the party did not comment on individual cases."
        ),
        "I have served",
        "Deborah Akinyemi",
        "statement_read_possessive",
    ),
    # 24
    (
        (
            "RAMADI, Iraq (Reuters) - A suicide bomber killed at least 14 people at a funeral in a "
            "town west of Ramadi on Tuesday, police and medical sources said.\n\n"
            "The bomber detonated an explosive vest among mourners at the funeral of a local police "
            "officer in the town of Albu Tayyib, police said.\n\n"
            "“They want to punish anyone who works with the government,” Sheikh Abdul-Karim "
            "al-Jubouri, a tribal leader in the area, told Reuters by telephone. “Even the dead are "
            "not safe from them.”\n\n"
            "No group immediately claimed responsibility for the attack."
        ),
        "They want to",
        "Abdul-Karim al-Jubouri",
        "arabic_particle_name_after_quote",
    ),
    # 25
    (
        (
            "CAIRO (AP) — A minibus collided with a truck on a desert highway south of Cairo on "
            "Saturday, killing 11 people and injuring six, Egyptian officials said.\n\n"
            "The crash took place near the town of Atfih in Giza province, according to a security "
            "official who spoke on condition of anonymity because he was not authorized to brief "
            "reporters.\n\n"
            "The Egyptian Health Ministry said ambulances took the injured to hospitals in Atfih and "
            "al-Saf. \"Two of the wounded are in critical condition,\" it said in a statement.\n\n"
            "Egypt has one of the world's worst traffic safety records."
        ),
        "Two of the",
        "Egyptian Health Ministry",
        "org_pronoun_it_statement",
    ),
    # 26
    (
        (
            "AMMAN, Jordan (AP) — Flash floods swept through the ancient city of Petra on Friday, "
            "forcing the evacuation of nearly 4,000 tourists, officials said.\n\n"
            "Civil defense teams used ropes to pull visitors from the Siq, the narrow canyon that "
            "serves as the main entrance to the site, according to a civil defense official.\n\n"
            "\"All of the tourists were taken out safely, and there were no injuries among them,\" the "
            "official said, speaking on condition of anonymity in line with regulations.\n\n"
            "Heavy rain also flooded streets in the capital, Amman, where several cars were swept "
            "into a valley."
        ),
        "All of the",
        "civil defense official",
        "anonymous_official_back_reference",
    ),
    # 27
    (
        (
            "SAO PAULO (AP) — Landslides triggered by torrential rain killed at least 16 people in "
            "the mountain city of Petropolis, north of Rio de Janeiro, officials said Tuesday.\n\n"
            "Marcos Antônio dos Santos Pereira, the city's civil defense coordinator, said rescuers "
            "were still searching for seven people believed to be buried under mud.\n\n"
            "\"The ground is saturated and more rain is forecast for tonight, so we are asking "
            "everyone in risk areas to leave their homes now,\" Santos Pereira told The Associated "
            "Press.\n\n"
            "At least 300 people were staying in schools and churches."
        ),
        "The ground is",
        "Marcos Antônio dos Santos Pereira",
        "portuguese_compound_name_shortened",
    ),
    # 28
    (
        (
            "MONTERREY, Mexico (AFP) - Officials in the northern Mexican state of Nuevo Leon "
            "announced water rationing on Thursday as reservoirs fell to their lowest levels in three "
            "decades.\n\n"
            "Water utility director Héctor Villarreal Cantú said supply would be cut for eight hours "
            "a day in most neighborhoods of the Monterrey metropolitan area.\n\n"
            "State environment secretary María Guadalupe de la Garza Treviño blamed two years of "
            "below-average rainfall. \"We are living through the worst drought this state has seen "
            "since 1990, and everyone has to do their part,\" she said at a news conference.\n\n"
            "Villarreal said tanker trucks would supply hospitals and schools."
        ),
        "We are living",
        "María Guadalupe de la Garza Treviño",
        "spanish_two_surnames_pronoun_she",
    ),
    # 29
    (
        (
            "BOGOTA (Reuters) - Colombian soldiers have rescued a 12-year-old boy who was kidnapped "
            "from his family's farm in the northeastern province of Norte de Santander three weeks "
            "ago, the army said on Wednesday.\n\n"
            "The boy was found in a rural area near the Venezuelan border after an operation "
            "involving about 80 troops, it said.\n\n"
            "\"The minor is in good health and has been handed over to his parents,\" the Colombian "
            "army said in a statement, adding that two suspected members of a criminal gang had been "
            "captured.\n\n"
            "Kidnapping for ransom has declined sharply in Colombia since the early 2000s."
        ),
        "The minor is",
        "Colombian army",
        "org_after_quote_statement",
    ),
    # 30
    (
        (
            "BEIJING, July 21 (Reuters) - Floods and landslides in the southwestern Chinese province "
            "of Sichuan have killed 23 people and left 31 missing, state media said on Sunday.\n\n"
            "More than 100,000 people have been evacuated from riverside towns, the official Xinhua "
            "news agency said.\n\n"
            "Xinhua quoted Qiu Deming, deputy head of the provincial flood control headquarters, as "
            "saying: \"Rescue teams are working around the clock, but roads to three townships remain "
            "cut off.\"\n\n"
            "Qiu said helicopters had been used to drop food and water to stranded villagers."
        ),
        "Rescue teams are",
        "Qiu Deming",
        "surname_first_quoted_as_saying",
    ),
    # 31
    (
        (
            "BUSAN, South Korea (AFP) - South Korean police raided the headquarters of a construction "
            "company on Thursday over the collapse of a building under demolition that crushed a bus "
            "and killed nine people.\n\n"
            "Kim Soo-yeon, an official at the Busan Metropolitan Police Agency, said investigators "
            "had seized documents relating to the demolition plan.\n\n"
            "\"We are looking at whether the company ignored the approved procedure to save time,\" the "
            "official said, adding that four people had been booked.\n\n"
            "The bus was stopped at a traffic light beside the five-storey building when it came down "
            "on Wednesday afternoon."
        ),
        "We are looking",
        "Kim Soo-yeon",
        "korean_name_official_back_reference",
    ),
    # 32
    (
        (
            "MADURAI: The district administration has announced a compensation of Rs 2 lakh each to "
            "the families of four farm labourers who were killed when lightning struck a shed near "
            "Melur on Tuesday evening.\n\n"
            "District Collector Shri R. Balasubramanian, who visited the spot on Wednesday, told "
            "mediapersons that the injured had been shifted to the Government Rajaji Hospital.\n\n"
            "\"All the three injured persons are out of danger. We have instructed revenue officials "
            "to complete the enumeration of crop damage in the affected villages within a week,\" he "
            "said.\n\n"
            "Local residents alleged that the shed had no lightning arrester despite repeated "
            "requests."
        ),
        "All the three",
        "R. Balasubramanian",
        "indian_honorific_initial_pronoun",
    ),
    # 33
    (
        (
            "ENUGU — The Chairman of the Enugu State Market Women Association, Chief (Mrs) Ngozi "
            "Okafor-Eze, has called on the state government to rebuild the section of Ogbete Main "
            "Market destroyed by fire last week.\n\n"
            "Over 200 shops were razed in the inferno, which started at about 2am on Friday, "
            "according to the state fire service.\n\n"
            "Speaking with journalists in Enugu on Monday, Okafor-Eze said many of the affected "
            "traders had taken loans from microfinance banks.\n\n"
            "\"Most of these women have lost everything they had. Some of them are widows who are the "
            "only breadwinners in their families,\" she lamented.\n\n"
            "The Commissioner for Trade, Mr Ikechukwu Nnamani, said the government would set up a "
            "committee to assess the damage."
        ),
        "Most of these",
        "Ngozi Okafor-Eze",
        "nigerian_honorific_chief_mrs",
    ),
    # 34
    (
        (
            "NAROK — Pastoralists in Narok South are counting losses after more than 600 head of "
            "cattle died in a month-long drought, according to county livestock officials.\n\n"
            "Narok County livestock executive Samuel ole Meitamei said the county had started "
            "distributing hay to the worst-hit areas.\n\n"
            "\"We are appealing to the national government to begin a livestock off-take programme "
            "before the animals become too weak to sell,\" Mr ole Meitamei said.\n\n"
            "Herder Nkoitiko Sankale, 48, said he had lost 40 cows since January."
        ),
        "We are appealing",
        "Samuel ole Meitamei",
        "maasai_particle_ole",
    ),
    # 35
    (
        (
            "MANILA — A public school teacher in Quezon City has been hailed as a hero after she "
            "carried three pupils out of a burning classroom on Tuesday morning.\n\n"
            "Senior Fire Officer 2 Renato Buenaventura Ocampo said the fire started from an electric "
            "fan in a Grade 2 classroom of San Isidro Elementary School.\n\n"
            "Teacher Rowena Macaraeg-Dizon, 38, suffered minor burns on her arms.\n\n"
            "\"I did not think about myself anymore. They are like my own children,\" she said in "
            "Filipino.\n\n"
            "Ocampo said the school's fire extinguishers had expired in 2016."
        ),
        "I did not think",
        "Rowena Macaraeg-Dizon",
        "translation_she_two_people",
    ),
    # 36
    (
        (
            "SINGAPORE — A 55-year-old hawker who has sold mee rebus at a Bedok hawker centre for "
            "three decades will close his stall next month, citing rising costs and a lack of "
            "successors.\n\n"
            "Mr Mohamed Fadzil bin Abdul Rahman, who took over the stall from his father in 1989, "
            "said none of his three children wanted to continue the business.\n\n"
            "“My hands are not so strong any more, and my children have their own careers. I don't "
            "blame them,” said Mr Fadzil, who starts work at 4am daily.\n\n"
            "Regular customer Madam Koh Geok Lian, 71, said she had eaten at the stall every Saturday "
            "for 20 years."
        ),
        "My hands are",
        "Mohamed Fadzil bin Abdul Rahman",
        "malay_bin_given_name_reference",
    ),
    # 37
    (
        (
            "Firefighters have contained a grassfire that destroyed two sheds and threatened homes "
            "near Dubbo on Sunday afternoon.\n\n"
            "The fire, which burned through about 400 hectares, was sparked by a slasher on a "
            "property off the Mitchell Highway, according to the Rural Fire Service.\n\n"
            "\"Crews did a ripper job in some pretty horrible conditions, with temperatures in the "
            "high thirties and winds gusting to 60 kilometres an hour,\" an RFS spokesman said.\n\n"
            "Local resident Kylie Brennan-Hodge said she had packed the car and was ready to leave "
            "when the wind changed."
        ),
        "Crews did a",
        "RFS spokesman",
        "unnamed_org_spokesman_acronym",
    ),
    # 38
    (
        (
            "TOLEDO, Ohio — Walter Wojcik, who repaired shoes at the same storefront on Lagrange "
            "Street for 58 years, died Saturday. He was 91.\n\n"
            "Wojcik emigrated from Poland in 1952 and opened Walt's Shoe Repair four years later. He "
            "retired only in 2014, after a fall.\n\n"
            "\"He used to say there wasn't a shoe in Toledo he couldn't save,\" said his daughter, "
            "Karen Wojcik-Hill, of Sylvania. \"People brought him boots their fathers had worn.\"\n\n"
            "A funeral Mass will be held Thursday at St. Hedwig Catholic Church."
        ),
        "He used to",
        "Karen Wojcik-Hill",
        "apposition_after_said_family_member",
    ),
    # 39
    (
        (
            "A new play about the 1984 miners' strike has opened to glowing reviews at the Corn "
            "Exchange Playhouse in Mansfield.\n\n"
            "Coal Dust Hymns, written by Jacqueline Storrow, whose father worked at Ollerton "
            "Colliery, follows three generations of a mining family.\n\n"
            "Writing in the Nottingham Evening Courier, critic Fenella Rusk said: \"This is the most "
            "honest piece of theatre about the strike that I have seen. It refuses to turn anyone "
            "into a saint.\"\n\n"
            "Storrow said she had drawn on her father's diaries from the year-long dispute."
        ),
        "This is the",
        "Fenella Rusk",
        "critic_writing_in_newspaper",
    ),
    # 40
    (
        (
            "Folk-rock band the Marrowbone Kites have cancelled the rest of their UK tour after their "
            "drummer was injured in a crash.\n\n"
            "Tom Hesketh, 29, suffered a broken collarbone when the band's van left the road near "
            "Penrith on Thursday night. The other members were unhurt.\n\n"
            "A statement on the band's website said: \"Tom is sore but in good spirits and sends his "
            "love to everyone who had tickets. All shows will be rescheduled for the spring and "
            "existing tickets will remain valid.\""
        ),
        "Tom is sore",
        "Marrowbone Kites",
        "website_statement_band_possessive",
    ),
    # 41
    (
        (
            "Shoppers who bought a popular brand of electric blanket are being urged to stop using it "
            "after three reports of overheating in West Yorkshire.\n\n"
            "The warning was issued by Kirklees Council's trading standards manager, Neil Ashworth, "
            "and backed by Pauline Reddy, chief executive of the charity Home Electrical Safety "
            "Trust.\n\n"
            "\"Anyone with one of these blankets should unplug it today and contact the retailer for a "
            "refund,\" the former said.\n\n"
            "Ms Reddy said older people were most at risk because they were more likely to use "
            "blankets overnight."
        ),
        "Anyone with one",
        "Neil Ashworth",
        "the_former_two_people",
    ),
    # 42
    (
        (
            "Hundreds of potholes have appeared on roads across Herefordshire after a fortnight of "
            "freezing temperatures followed by heavy rain.\n\n"
            "The county council said it had received more than 1,100 reports since the start of the "
            "month, three times the usual number.\n\n"
            "The head of the council's highways department, Philip Mandeville-Jones, said: \"Every one "
            "of these reports will be inspected, and the most dangerous defects will be repaired "
            "within 24 hours.\"\n\n"
            "Cllr Barbara Whitlock, cabinet member for transport, said an extra £500,000 had been set "
            "aside for repairs."
        ),
        "Every one of",
        "Philip Mandeville-Jones",
        "apposition_role_before_name",
    ),
    # 43
    (
        (
            "Commuters faced a third day of disruption on Tuesday after a signalling fault between "
            "Haywards Heath and Brighton.\n\n"
            "Southern Valleys Railway said engineers had replaced a faulty cable but trains would "
            "continue to run at reduced speed until the evening peak.\n\n"
            "\"I've been late for work three days running and nobody at the station can tell you "
            "anything,\" said Lydia Brannigan, 29, a dental nurse from Burgess Hill.\n\n"
            "A spokesman for the operator said: \"We apologise to passengers for the disruption and "
            "would remind them that they may be entitled to compensation.\""
        ),
        "I've been late",
        "Lydia Brannigan",
        "member_of_public_name_after_said",
    ),
    # 44
    (
        (
            "Dramatic video has emerged of the moment a footbridge over the River Derwent was swept "
            "away by floodwater in Cumbria.\n\n"
            "The footage, filmed from the riverbank in Workington on Thursday afternoon, shows the "
            "steel structure buckling before it is carried downstream.\n\n"
            "Someone off-camera can be heard saying: \"That's the whole bridge gone. There's nothing "
            "left of it.\"\n\n"
            "Cumbria County Council said the bridge had been closed to the public since the morning "
            "and nobody was on it."
        ),
        "That's the whole",
        "",
        "unidentified_voice_empty",
    ),
    # 45
    (
        (
            "A nurse who has worked at Pilgrim Hospital in Boston for a decade has been named "
            "Lincolnshire's nurse of the year.\n\n"
            "Grace Wambui Njoroge, who trained in Nyeri before moving to the UK in 2009, was "
            "nominated by more than 30 patients and colleagues.\n\n"
            "Ward manager Susan Cartwright said: \"Grace is the first to arrive and the last to leave, "
            "and patients ask for her by name.\"\n\n"
            "\"I just do what my mother taught me, which is to treat every patient as if they were "
            "family,\" the Kenyan said. \"This award belongs to the whole ward.\""
        ),
        "I just do",
        "Grace Wambui Njoroge",
        "nationality_description_kenyan",
    ),
    # 46
    (
        (
            "BETHAL – Nomsa Mthembu-Zwane, 56, runs the family's 300-hectare maize farm in "
            "Mpumalanga, which was returned to them through the land restitution programme in 2004.\n\n"
            "Her late father, Jacob Mthembu, fought for 11 years to reclaim the land from which the "
            "family was removed in 1968.\n\n"
            "\"Never sell this land, whatever they offer you,\" she remembers him telling her shortly "
            "before he died in 2006.\n\n"
            "Now, she says, rising diesel and fertiliser prices and two poor harvests have pushed the "
            "farm close to the edge."
        ),
        "Never sell this",
        "Jacob Mthembu",
        "recollected_speech_of_dead_father",
    ),
    # 47
    (
        (
            "Residents in Shrewsbury say they were left without sandbags as the River Severn reached "
            "its highest level in 20 years.\n\n"
            "Graham Hale, 67, who has lived on Frankwell Quay for 30 years, said he had called the "
            "council's emergency line on Saturday morning.\n\n"
            "He said a council officer had told him: \"There is nothing we can do until the river "
            "drops, and we have no more sandbags in the depot.\"\n\n"
            "Shropshire Council said it had distributed more than 5,000 sandbags across the county "
            "over the weekend."
        ),
        "There is nothing",
        "council officer",
        "reported_speech_of_third_party",
    ),
    # 48
    (
        (
            "PORTLAND, Ore. — A driver who struck and killed a 12-year-old girl in a crosswalk in "
            "Southeast Portland told officers he had been blinded by the low sun, according to a "
            "police report released Wednesday.\n\n"
            "Curtis Lamar Pettaway, 47, has not been charged. Police said he remained at the scene "
            "and was not impaired.\n\n"
            "According to the report, Pettaway told officers: \"I did not see her until she was right "
            "in front of the hood. The sun was straight in my eyes.\"\n\n"
            "The girl's family has called for a traffic signal at the intersection."
        ),
        "I did not see",
        "Curtis Lamar Pettaway",
        "according_to_report_person_told",
    ),
    # 49
    (
        (
            "Plans to turn a former Methodist chapel in Redruth into a four-bedroom holiday let have "
            "divided neighbours.\n\n"
            "Sheila Trevenna, 71, who was married in the chapel in 1969, said she was \"heartbroken\" "
            "at the idea. \"It was the heart of this street for a hundred years and now it will sit "
            "empty for ten months of the year,\" she said.\n\n"
            "But her next-door neighbour, who did not want to be named, disagreed: \"It has been empty "
            "and falling down for six years. At least someone is going to spend money on it.\"\n\n"
            "Cornwall Council is expected to decide the application next month."
        ),
        "It has been",
        "neighbour",
        "unnamed_neighbour_colon_after_disagreed",
    ),
    # 50
    (
        (
            "Parents at a Bristol primary school have written to the city council demanding that a "
            "school crossing patrol be reinstated after a boy was hit by a van.\n\n"
            "The boy, aged seven, suffered a broken leg in the collision on Wick Road, Brislington, "
            "last Thursday.\n\n"
            "In their letter, signed by more than 200 parents, they wrote: \"We have warned the "
            "council about this junction for years. We should not have to wait for a child to be "
            "killed before something is done.\"\n\n"
            "A council spokesperson said a review of the junction was under way."
        ),
        "We have warned",
        "parents",
        "group_letter_they_wrote",
    ),
    # 51
    (
        (
            "BLOEMFONTEIN – The Supreme Court of Appeal has overturned a ruling that allowed a "
            "Limpopo municipality to withhold payment from a road contractor.\n\n"
            "In a unanimous judgment written by Judge of Appeal Nomvula Mathebula-Khoza, the court "
            "found that the Thabamoya Local Municipality had no lawful basis for cancelling the "
            "contract.\n\n"
            "The judgment reads: “An organ of state is not entitled to ignore a contract it has "
            "signed merely because a new council has different priorities. The municipality's conduct "
            "was unlawful.”\n\n"
            "The municipality was ordered to pay R14.2 million plus interest."
        ),
        "An organ of",
        "Nomvula Mathebula-Khoza",
        "judgment_named_author",
    ),
    # 52
    (
        (
            "Minutes of a meeting of Thornbury Town Council show that councillors were warned two "
            "years ago that the town's Victorian bandstand was unsafe.\n\n"
            "The bandstand in the Memorial Gardens was fenced off last month after a section of its "
            "roof fell onto a bench.\n\n"
            "The minutes of the May 2016 meeting record the council's clerk, Andrew Pettigrew, as "
            "saying: \"The structural engineer has advised that the roof supports are badly corroded "
            "and the bandstand should not be used until repairs are carried out.\"\n\n"
            "Town mayor Cllr Helen Faraday said the council had been unable to find the £80,000 "
            "needed."
        ),
        "The structural engineer",
        "Andrew Pettigrew",
        "minutes_record_as_saying",
    ),
    # 53
    (
        (
            "A hospital in Kent has cancelled all non-urgent operations for a week because of a "
            "shortage of anaesthetists.\n\n"
            "Dr Hannah Okoro, a consultant anaesthetist at Romney General Hospital, said two "
            "colleagues were on long-term sick leave and agency staff could not be found.\n\n"
            "Dr Lucy Farrant, medical director of Weald and Marsh Hospitals NHS Trust, said about 160 "
            "patients would be affected.\n\n"
            "\"We know how distressing it is for patients to have their surgery postponed, and we will "
            "rebook every one of them as quickly as we can,\" the medical director said."
        ),
        "We know how",
        "Lucy Farrant",
        "role_description_two_female_doctors",
    ),
    # 54
    (
        (
            "VISALIA, Calif. — A 16-year-old boy was arrested Tuesday in connection with a series of "
            "fires at almond orchards in northern Tulare County, authorities said.\n\n"
            "The fires, which began in late August, damaged more than 900 trees and a packing shed, "
            "according to the sheriff's office.\n\n"
            "\"We believe he acted alone, and we don't think there is any ongoing danger to the "
            "public,\" said Lt. Maria Esquivel-Ortiz, a spokeswoman for the sheriff's office.\n\n"
            "The boy, whose name was not released because of his age, was booked into juvenile hall."
        ),
        "We believe he",
        "Maria Esquivel-Ortiz",
        "title_name_apposition_after",
    ),
    # 55
    (
        (
            "CEDAR RAPIDS, Iowa — The Cedar River is expected to crest Monday at nearly 22 feet, its "
            "second-highest level on record, forcing the evacuation of about 5,000 homes.\n\n"
            "Mayor Catherine Lindqvist urged residents in the evacuation zone to leave by 8 p.m. "
            "Saturday.\n\n"
            "Jeff Korbel, a hydrologist with the National Weather Service in Davenport, said rainfall "
            "upstream in Minnesota had been heavier than forecast. \"We're talking about water that "
            "fell three or four days ago finally making its way down to us,\" he said.\n\n"
            "The record, 31.1 feet, was set in June 2008."
        ),
        "We're talking about",
        "Jeff Korbel",
        "pronoun_he_after_mayor_she",
    ),
    # 56
    (
        (
            "Sheep farmers in north Wales are being urged to check their flocks for signs of liver "
            "fluke after the wettest autumn in a decade.\n\n"
            "Rhodri ap Gwilym, NFU Cymru's adviser for Gwynedd, said vets had reported a sharp rise "
            "in cases.\n\n"
            "\"The snails that carry fluke thrive in wet ground, and this year there has been no "
            "shortage of that,\" Mr ap Gwilym said. \"Farmers should talk to their vet about testing "
            "before they reach for a drench.\""
        ),
        "The snails that",
        "Rhodri ap Gwilym",
        "welsh_ap_particle",
    ),
    # 57
    (
        (
            "“This is a town that has lost its bank, its post office and now its butcher, and people "
            "have had enough.”\n\n"
            "That was the message from Provost Isobel MacIntyre-Boyd as more than 200 people packed "
            "Kirriemuir Town Hall on Thursday night to discuss the future of the high street.\n\n"
            "Angus Council has commissioned a regeneration study, which is due to report in the "
            "spring."
        ),
        "This is a",
        "Isobel MacIntyre-Boyd",
        "attribution_next_paragraph_that_was",
    ),
    # 58
    (
        (
            "LUCENA CITY — Police arrested six people, including a barangay kagawad, in a raid on an "
            "illegal cockfight in Tayabas City on Sunday.\n\n"
            "Police Senior Superintendent Reynaldo Macaraeg Tolentino, the Quezon provincial police "
            "director, said 14 roosters and P38,000 in bet money were seized.\n\n"
            "\"Nobody is above the law, including elected officials. We will file charges against all "
            "those arrested,\" Tolentino said in a press briefing.\n\n"
            "The suspects are detained at the Tayabas City police station."
        ),
        "Nobody is above",
        "Reynaldo Macaraeg Tolentino",
        "philippine_police_rank_after",
    ),
    # 59
    (
        (
            "CHENNAI: The Madras High Court on Tuesday directed the Greater Chennai Corporation to "
            "remove encroachments on stormwater drains in Velachery within eight weeks.\n\n"
            "Hearing a public interest litigation filed by a residents' welfare association, the "
            "court said the floods of 2015 should have been a lesson to the civic body.\n\n"
            "In its order, the court observed: \"Year after year, residents are forced to wade through "
            "sewage because drains have been blocked by unauthorised constructions. The authorities "
            "cannot plead helplessness.\"\n\n"
            "The matter was posted for further hearing on January 6."
        ),
        "Year after year",
        "Madras High Court",
        "court_order_its",
    ),
    # 60
    (
        (
            "BANGKOK (AFP) - A British diver who drifted for 18 hours in the Gulf of Thailand after "
            "becoming separated from his group was rescued by fishermen on Wednesday, Thai police "
            "said.\n\n"
            "Oliver Tremayne, 41, was found clinging to a buoy about 20 kilometres south of Koh Tao, "
            "police Colonel Somkiat Pholthawee said.\n\n"
            "\"I kept thinking about my daughters and telling myself I just had to stay awake,\" the "
            "Briton told reporters at the pier in Chumphon.\n\n"
            "Colonel Somkiat said the dive operator would be investigated for failing to count divers "
            "back onto the boat."
        ),
        "I kept thinking",
        "Oliver Tremayne",
        "nationality_description_briton",
    ),
    # 61
    (
        (
            "CHIANG MAI, Thailand (AP) — Thick haze from forest fires and crop burning pushed air "
            "pollution in the northern city of Chiang Mai to the worst level in the world on Monday, "
            "according to an air quality monitoring service.\n\n"
            "Schools were ordered closed for three days, and the provincial governor asked residents "
            "to stay indoors.\n\n"
            "Dr. Pornthip Saengchai, director of the provincial public health office, said hospitals "
            "had recorded a sharp rise in patients with breathing problems. \"Children and the elderly "
            "should not go outside at all unless they have to, and if they must, they should wear an "
            "N95 mask,\" Pornthip said."
        ),
        "Children and the",
        "Pornthip Saengchai",
        "thai_given_name_reference",
    ),
    # 62
    (
        (
            "A Leeds mother whose son was stabbed to death outside a takeaway has launched a campaign "
            "to put bleeding control kits in every shop on the street.\n\n"
            "“If there had been a kit in that shop, Jordan might still be here today,” said Maxine "
            "Dacosta-Reid, whose son Jordan Reid, 17, died in Harehills in October 2018.\n\n"
            "The kits, which cost around £45 each, contain tourniquets and dressings. West Yorkshire "
            "Police has backed the campaign."
        ),
        "If there had",
        "Maxine Dacosta-Reid",
        "said_name_whose_apposition_other_name",
    ),
    # 63
    (
        (
            "A van driver who killed a cyclist while looking at his mobile phone has been jailed for "
            "six years at Exeter Crown Court.\n\n"
            "Kieran Blatchford, 26, was using Snapchat moments before his van hit Dr Anthony Welland "
            "on the A377 near Crediton in July 2017.\n\n"
            "In a victim impact statement read to the court by prosecutor Alison Treharne, Dr "
            "Welland's widow, Patricia Welland, said: \"Anthony was my best friend for 42 years. I "
            "still set the table for two every night before I remember.\"\n\n"
            "Judge Martin Osgood said Blatchford's phone use had been \"deliberate and prolonged\"."
        ),
        "Anthony was my",
        "Patricia Welland",
        "victim_statement_read_by_prosecutor",
    ),
    # 64
    (
        (
            "A former Gold Coast real estate agent who stole $1.2 million from clients' trust "
            "accounts has been sentenced to seven years' jail.\n\n"
            "Shane Whitcombe, 48, pleaded guilty in the Brisbane District Court to 23 counts of fraud "
            "committed between 2011 and 2016.\n\n"
            "In a statement read outside court by his solicitor, Fiona Gallagher, Whitcombe said: \"I "
            "am deeply sorry for the hurt I have caused. I will spend the rest of my life trying to "
            "repay what I took.\"\n\n"
            "One of his victims, retired nurse Denise Coombes, said she had lost her entire "
            "superannuation payout."
        ),
        "I am deeply",
        "Shane Whitcombe",
        "statement_read_by_solicitor",
    ),
    # 65
    (
        (
            "KISUMU — Lake Basin University has been closed indefinitely after students protesting a "
            "fee increase set fire to a lecture hall on Tuesday night.\n\n"
            "In a WhatsApp message to staff seen by the Nation, deputy vice-chancellor Prof Achieng "
            "Otieno-Rakwaro wrote: \"All staff are advised to stay away from the campus until further "
            "notice. Your safety is our first priority.\"\n\n"
            "Police said 21 students had been arrested and would be charged with malicious damage to "
            "property."
        ),
        "All staff are",
        "Achieng Otieno-Rakwaro",
        "whatsapp_message_wrote",
    ),
    # 66
    (
        (
            "A charity shop in Chelmsford has been targeted by ram-raiders for the second time in a "
            "month.\n\n"
            "Thieves reversed a stolen pick-up truck through the front window of the Hospice Friends "
            "shop on Moulsham Street at about 3am on Wednesday.\n\n"
            "\"Nothing appears to have been taken from the till, and the vehicle was found burnt out a "
            "short time later,\" police said.\n\n"
            "Shop manager Jean Pettifer said volunteers had been in tears. \"We sell second-hand "
            "jumpers to raise money for people who are dying. I don't understand who would do this,\" "
            "she said."
        ),
        "Nothing appears to",
        "police",
        "generic_police_after_quote",
    ),
    # 67
    (
        (
            "Members of an allotment society in Worthing say they will fight plans to build on their "
            "plots.\n\n"
            "The Ashdown Road Allotment Society, which has 74 plot holders, has been told by the "
            "council that the land is being considered for housing.\n\n"
            "\"These plots have been cultivated for more than a century and provide food, exercise and "
            "friendship for people of all ages,\" they said in a statement. \"We will not give them up "
            "without a fight.\"\n\n"
            "The council said no decision had been taken and residents would be consulted."
        ),
        "These plots have",
        "Ashdown Road Allotment Society",
        "group_they_statement",
    ),
    # 68
    (
        (
            "MANILA (Reuters) - Philippine budget carrier AirMindanao cancelled 42 domestic flights "
            "on Monday as a tropical storm battered the central Philippines with strong winds and "
            "heavy rain.\n\n"
            "The airline said flights to and from Tacloban, Legazpi and Catarman were affected.\n\n"
            "\"Passengers on affected flights may rebook without charge or convert their tickets to "
            "travel credits valid for one year,\" it said in an advisory posted on Facebook.\n\n"
            "The weather bureau raised storm signal No. 2 over 11 provinces."
        ),
        "Passengers on affected",
        "AirMindanao",
        "org_it_advisory_facebook",
    ),
    # 69
    (
        (
            "Hobart City Council has voted to close the Sandy Bay branch library at the end of June, "
            "despite a petition signed by more than 3,000 people.\n\n"
            "Alderman Brendan Kiely, who moved an amendment to keep the library open three days a "
            "week, said the council had \"not listened to a single resident\".\n\n"
            "Asked whether the council would reconsider, Lord Mayor Philippa Gaunt-Radford replied: "
            "\"No. The decision has been made and the savings are already in the budget.\"\n\n"
            "Library staff will be redeployed to the central branch."
        ),
        "No. The decision",
        "Philippa Gaunt-Radford",
        "asked_replied_colon",
    ),
    # 70
    (
        (
            "A six-metre steel sculpture of a hare in the centre of Ballymena has drawn hundreds of "
            "complaints since it was unveiled last week.\n\n"
            "Councillor Alison McKeague said many ratepayers were unhappy that the piece had cost "
            "£85,000.\n\n"
            "Sculptor Declan Moynihan-Ward was unrepentant. \"I made it to be looked at, and if people "
            "are talking about it then it has done its job.\"\n\n"
            "The council said the work had been paid for from an arts grant and not from the rates."
        ),
        "I made it",
        "Declan Moynihan-Ward",
        "preceding_sentence_no_speech_verb",
    ),
    # 71
    (
        (
            "Sheffield-born actress Jodie Wainwright has paid tribute to the drama teacher who gave "
            "her her first role, after her death at the age of 78.\n\n"
            "Margaret Haslam taught English and drama at a comprehensive school in the city for 34 "
            "years and ran a youth theatre in her spare time.\n\n"
            "\"Mrs Haslam was the first person who ever told me I was good at something. I owe her "
            "everything,\" Wainwright wrote on Instagram, alongside a photograph of the pair taken in "
            "2002.\n\n"
            "The youth theatre said it would name its new rehearsal space after her."
        ),
        "Mrs Haslam was",
        "Jodie Wainwright",
        "instagram_wrote_after",
    ),
    # 72
    (
        (
            "SINGAPORE — When Madam Lim Siew Hoon was told she had diabetes in 2009, she felt "
            "perfectly well and ignored her doctor's advice to return for check-ups.\n\n"
            "Nine years later, the 68-year-old retired clerk had part of her left foot amputated "
            "after a small cut became infected.\n\n"
            "Associate Professor Daniel Chew, a senior consultant endocrinologist, said about one in "
            "three diabetic patients in Singapore did not go for regular screening.\n\n"
            "Madam Lim's advice to others is simple: “Go for your check-ups. Do not wait until it is "
            "too late like I did.”"
        ),
        "Go for your",
        "Lim Siew Hoon",
        "colon_after_noun_phrase_madam",
    ),
    # 73
    (
        (
            "LAGOS — Three persons were feared dead on Tuesday when a two-storey building collapsed "
            "at Ebute-Metta, in the Lagos Mainland Local Government Area.\n\n"
            "Confirming the incident to our correspondent, the spokesperson for the Lagos State "
            "Police Command, DSP Folasade Adeyemi-Bello, said 11 persons had been rescued alive.\n\n"
            "“The building had earlier been marked for demolition by the state building control "
            "agency, but the occupants refused to vacate,” the police image-maker stated.\n\n"
            "Emergency workers were still searching the rubble as of press time."
        ),
        "The building had",
        "Folasade Adeyemi-Bello",
        "nigerian_image_maker_back_reference",
    ),
    # 74
    (
        (
            "THIRUVANANTHAPURAM: The district has recorded 212 confirmed dengue cases in the first "
            "two weeks of July, more than double the figure for the same period last year.\n\n"
            "District Medical Officer (DMO) Dr. Anil Kumar Menon told reporters here on Monday that "
            "fever clinics had been opened in all primary health centres.\n\n"
            "Mayor T. R. Gopakumar said the corporation would launch a source-reduction drive in 40 "
            "wards from Wednesday.\n\n"
            "\"People should not allow water to collect in flower pots, coconut shells and discarded "
            "tyres. Most of the breeding we found was inside residential compounds,\" the DMO said."
        ),
        "People should not",
        "Anil Kumar Menon",
        "acronym_role_back_reference_two_men",
    ),
    # 75
    (
        (
            "ULUNDI – A rural school in KwaZulu-Natal's Zululand district has achieved a 100% matric "
            "pass rate for the third year in a row, despite having no library or science laboratory.\n\n"
            "Principal Mandla Khumalo-Ntuli has led Nhlanhleni High School since 2006. Education MEC "
            "Nomusa Zungu-Shabalala visited the school on Friday to congratulate staff and learners.\n\n"
            "The top learner, Sbusiso Ndlovu, 18, obtained seven distinctions and hopes to study "
            "medicine at Wits.\n\n"
            "\"I have asked the department for a laboratory every year for the past 12 years. Our "
            "learners walk up to 10 kilometres to school, and they still beat schools with every "
            "resource,\" he said."
        ),
        "I have asked",
        "Mandla Khumalo-Ntuli",
        "pronoun_he_resolved_by_content",
    ),
    # 76
    (
        (
            "NAIROBI — Thousands of commuters were stranded on Monday as matatu operators in Nairobi "
            "went on strike over new traffic rules.\n\n"
            "Matatu Owners Association chairman Daniel Mwangi Kariuki said the strike would continue "
            "until the government withdrew the rules, which include heavy fines for playing loud "
            "music.\n\n"
            "\"We park the vehicles because we cannot work under these conditions. The police use "
            "every rule to ask for bribes,\" said a driver at the Kencom stage who gave his name only "
            "as Joseph.\n\n"
            "Many office workers walked to the city centre from Eastlands."
        ),
        "We park the",
        "Joseph",
        "partial_name_given_only",
    ),
    # 77
    (
        (
            "DHAKA (Reuters) - A fire at a garment factory on the outskirts of Dhaka killed at least "
            "eight workers on Thursday, fire officials said, in the latest disaster to hit "
            "Bangladesh's $30 billion clothing industry.\n\n"
            "The fire broke out on the third floor of the six-storey building in Ashulia at around 9 "
            "a.m., shortly after the morning shift began.\n\n"
            "\"The exit stairs were blocked with rolls of fabric, so many workers could not get out,\" "
            "Abu Taher Mohammad Shahjahan, a deputy director of the Fire Service and Civil Defence, "
            "told Reuters.\n\n"
            "Shahjahan said 23 people had been taken to hospital, several with serious burns."
        ),
        "The exit stairs",
        "Abu Taher Mohammad Shahjahan",
        "bangladeshi_long_name_told",
    ),
    # 78
    (
        (
            "SINGAPORE — Residents of several HDB blocks in Woodlands say they are being woken before "
            "dawn every day by the loud calls of Asian koels.\n\n"
            "Some residents have complained to the town council and the National Parks Board, and one "
            "has started an online petition.\n\n"
            "Dr Teo Kah Leng, an MP for the area, was quoted by Lianhe Zaobao as saying: “I have "
            "asked the town council and NParks to look into ways to reduce the number of koels "
            "roosting near the blocks, but there is no easy solution.”\n\n"
            "Dr Teo said residents should not feed the birds."
        ),
        "I have asked",
        "Teo Kah Leng",
        "quoted_by_newspaper_surname_first",
    ),
    # 79
    (
        (
            "KANO — Rice farmers in Kano State have called on the federal government to release "
            "fertiliser from its strategic reserve, warning that the dry-season harvest could fall by "
            "half.\n\n"
            "Alhaji Musa Danladi Kura, the Kano State chairman of the Rice Farmers Association, who "
            "has farmed along the Hadejia River since the 1980s, said: \"We planted in November, but "
            "most of our members could not buy a single bag of urea. A bag that sold for N5,500 last "
            "year is now N11,000.\"\n\n"
            "He said the association had written to the Minister of Agriculture twice without a "
            "response."
        ),
        "We planted in",
        "Musa Danladi Kura",
        "alhaji_long_apposition_before_colon",
    ),
    # 80
    (
        (
            "The University of North Wessex is to cut 140 academic jobs over the next two years, it "
            "has been announced.\n\n"
            "In an email to staff, vice-chancellor Professor Dame Alison Kerr-Whitby said the "
            "university faced a £22m deficit after a fall in international student numbers.\n\n"
            "Students' union president Ebere Nwosu said students had not been consulted and described "
            "the plans as \"a betrayal\".\n\n"
            "\"We have not taken these decisions lightly, and we will do everything we can to avoid "
            "compulsory redundancies,\" the vice-chancellor wrote."
        ),
        "We have not",
        "Alison Kerr-Whitby",
        "email_vice_chancellor_back_reference",
    ),
]
