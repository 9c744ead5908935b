"""Eighty made-up passages for quotation attribution, written blind (eleventh set, hard-news wire copy and daily-newspaper reports in many Englishes of 2004-2020).

Every passage, name, organisation and event below was invented for this file by someone who had read
only the annotation README (its "What a row is" and "Columns" sections) and the opening lines of an
earlier case file for its layout, never the tool's source, tests, benchmarks or annotated data. Real
countries, cities, districts, rivers, stadiums, courts, agencies, police forces and well-known bodies
(the Bombay Stock Exchange, the Income Tax Appellate Tribunal, Interfax, Angat Dam, the Western Cape
High Court, Nigeria's Court of Appeal and Federal Road Safety Corps, the Securities and Exchange
Commission, the FDA, the National Weather Service, GeoNet, the Urban Redevelopment Authority,
Singapore's Ministry of Manpower, Police Scotland, the Hawks, Indonesia's Corruption Eradication
Commission, India's National Centre for Seismology and Central Pollution Control Board, Statistics
South Africa, the Senate blue ribbon committee, Malacañang, the Dáil, the Vijay Hazare Trophy,
al-Shabaab and the African Union mission in Somalia) appear only as background; the people and most
organisations are fictional, and no event is a real one.

The passages imitate agency copy (Reuters, AFP, AP, Yonhap and Xinhua datelines) and daily papers in
Indian, South African, Nigerian, Kenyan, Singaporean, Hong Kong, Malaysian, Philippine, New Zealand,
Irish, US and UK English of 2004 to 2020: courts and trials (a Singapore bribery sentencing, an arson
trial in Cork, an M6 lorry crash, a Chicago police chief's conviction, a Hong Kong rental fraud, a
Seoul crypto exchange, a rest-home theft in Hamilton, an eviction judgment, a Nigerian pension-fund
retrial); business and markets (a tax demand, panel makers, the rand, an oil restart, a start-up's
lay-offs, an FDA setback, Singapore home prices); elections and parliaments (a Kenyan budget, an Enugu
governorship result, re-polling in Bhind, a Dáil rent debate, a Senate insulin vote, Singapore's
footpath cyclists, a county budget veto, an Albuquerque runoff, a Kenyan opposition rally); disasters
and accidents (landslides in Kerala and Central Java, floods in Murcia, Hunan and Nyando, a Tacloban
typhoon, an Oklahoma tornado, a Marlborough earthquake, a tanker fire in Abuja, Siberian wildfires, a
Lagos building collapse); police and crime (a kidnapping, a cash-in-transit heist, a gangland
shooting, a supermarket robbery, a KPK arrest); health (dengue in Hanoi and Selangor, Delhi smog, HIV
test kits, polio in Kano, a nurses' strike, an NHS waiting-list review); science and technology (a
microsatellite, aquifers, a Delhi tremor); sport (a League Two comeback, a Vijay Hazare quarter-final,
the Eldoret marathon, a netball final quarter, transfers to Portugal, France and England); and
diplomacy and conflict (Barents Sea fisheries, Central African Republic talks, a Cauca ambush, a base
attack in Gedo, Beirut's banks).

Two to five people or bodies speak in a passage. Attribution comes after the quotation ("said X, a
provincial police spokesperson"), before it with a colon ("He replied:", "the appellate court said:",
"Police Scotland said:", "told a budget meeting on Wednesday night:"), inside it (a split quotation
with the first and with the second half chosen), in the next paragraph ("she said" after a paragraph
that introduced her), at a distance (a minister named two paragraphs before "said Dr Teo", a report
whose author is named paragraphs before "it says"), and not at all in a quotation paragraph left open
and continued in the next. Reporting frames go beyond "said": "told reporters", "told AFP by
telephone", "told this newspaper", "told a local radio station", "was quoted as saying by the Interfax
news agency", "was quoted by local media as saying", "according to the report", "added", "warned",
"insisted", "wrote on Twitter", "said in a Facebook post", "said in a statement", "said in the
release", "the filing said", "she wrote" (a judgment and an apology read out by a lawyer), "he wrote"
(a letter to parents). Pronouns follow two or three people ("He replied" after a barrister's question
to a sergeant, "he added" after a rival analyst, "he said" after a doctor and a district head);
later mentions use surnames, given names (Vietnamese and Indonesian), titles ("Dr Teo", "Judge Lim",
"Ms Tipene-Walsh") and roles and descriptions ("the minister", "the collector", "the skipper", "the
judge", "the superintendent", "the striker", "the policeman", "the 31-year-old", "the former finance
chief", "the Tongan-born shooter", "the former", "the Palace", "the source"); one passage has two
unrelated Kims, and names inside quotations are not speakers.

Organisations and documents speak: a water company and a ferry company's spokeswoman, a company
filing, an appellate court, a police force, a palace, a ministry's Facebook post, a prisons
inspectorate's report, a police statement signed by its spokesman, a review with a named author, a
judge's written judgment. Unnamed people speak as an official at a ministry, a scientist at a named
centre, a banking industry source, a resident of a named barangay and of a named town, and a
spokesperson for a named governor; a witness gives only his first name; a quotation is relayed by a
spokesman ("the governor had told ward representatives ...:"), and a father quotes his son inside his
own quotation. Four quotations have no identifiable source (a handwritten sign taped to a post-office
shutter, graffiti on a councillor's office, a banner at a teachers' march, a message on cardboard at
a collapse site) and take an empty speaker, and several chosen quotations sit next to quoted phrases
in the narration ("strongly contests", "deeply remorseful", "the cry of a bad loser", "until further
notice", "one last chance", a placard, a judge's partial quote, a nickname).

Names include long appositions ("a senior fellow at the Institute for Fiscal Policy in Pune who
advised the finance ministry on the rollout of the goods and services tax"), roles before names
("Finance Minister", "Kenyan opposition leader", "Senior Minister of State for Transport", "Gichugu
MP", "clinical officer", "Rovers boss"), titles and honorifics of many countries (Mr, Ms, Mrs., Dr,
Dr., Prof., Sgt, Captain, Lt. Col., Gen., Detective Superintendent, Superintendent of Police, Judge,
District Judge, Sen., Rep., Gov., Hon., Atty., Engr., Barr., Arc., Chief (Dr.), Alhaji, Sheikh,
Datuk Seri Dr, SC, SAN, TD, Jr.), initials (K.R. Anitha, S. Karthikeyan Murali, P.T. Varghese), a
Filipino abbreviated given name with a nickname in quotation marks, many hyphenated surnames, and
Chinese, Hong Kong, Singaporean, Korean, Vietnamese, Indonesian (one name and given-name reference),
Malay, Arabic (bin, Al, al-), Russian (patronymics), Spanish (two surnames), Portuguese (dos, da),
Irish (Ó, Ní, Mac), Māori, Tongan, Yoruba, Igbo, Hausa, Kalenjin, Luo, Zulu, Sotho and Afrikaans names.

Each case is a tuple (passage, first_words_of_chosen_quote, speaker, label), written to the
case format and speaker convention set out once in ``test_attribution_cases.py``.

First run: 59 of 80 right (0.74), on 2026-12-03, before any rule was written from these passages;
rules written from the misses then brought 67 right, and two later rules (a name given in a relative
clause, "who gave his name only as Musa"; "the nearby town of El Wak" named by its name) 69. The 11
still wrong are marked as expected failures, each with its reason, in ``test_attribution_cases.py``."""

CASES = [
    # 1
    (
        (
            "MUMBAI: Shares of Kesar Agrochem fell nearly 14 per cent on the Bombay Stock Exchange on "
            "Tuesday after the company disclosed that the income tax department had raised a demand "
            "of Rs 1,240 crore against its fertiliser subsidiary.\n\n"
            "In a filing with the exchange late on Monday, Kesar said it \"strongly contests\" the "
            "demand and would appeal before the Income Tax Appellate Tribunal. It said there would be "
            "no impact on its operations.\n\n"
            "Ramesh Subramaniam Iyer, a senior fellow at the Institute for Fiscal Policy in Pune who "
            "advised the finance ministry on the rollout of the goods and services tax, said the "
            "demand appeared to rest on a disputed reading of transfer-pricing rules. \"Tribunals have "
            "thrown out demands of this kind before, but it takes three or four years and the market "
            "does not wait that long,\" he said.\n\n"
            "A dealer at a Mumbai brokerage said retail investors had sold heavily in the first hour "
            "of trade, and the stock recovered only slightly by the close."
        ),
        "Tribunals have thrown",
        "Ramesh Subramaniam Iyer",
        "long_apposition_affiliation_then_he_said",
    ),
    # 2
    (
        (
            "NAIROBI, June 9 - Finance Minister Joseph Kiprotich Lagat on Thursday unveiled a Sh1.1 "
            "trillion budget that raises excise duty on mobile money transfers and bottled water, "
            "saying the government needed to close a widening deficit.\n\n"
            "\"We cannot keep borrowing to pay salaries. Every shilling we borrow today is a shilling "
            "our children will repay with interest,\" Mr Lagat told a packed House.\n\n"
            "Gichugu MP Wanjiru Kamau-Ndegwa said the new duty would hurt small traders who depend on "
            "mobile money. \"The mama mboga in Gikomba is not the one who created this deficit,\" she "
            "said.\n\n"
            "Speaking to reporters outside Parliament Buildings afterwards, the minister dismissed "
            "the criticism. \"Those who oppose this measure should tell us which hospital or school "
            "they want us to close instead,\" he said."
        ),
        "Those who oppose",
        "Joseph Kiprotich Lagat",
        "role_reference_the_minister_after_rival_mp",
    ),
    # 3
    (
        (
            "SINGAPORE - A former procurement manager who took $218,000 in bribes from two "
            "air-conditioning contractors was jailed for 30 months yesterday.\n\n"
            "Tan Wei Liang, 43, pleaded guilty in March to 12 charges under the Prevention of "
            "Corruption Act, with another 20 taken into consideration for sentencing. He had worked "
            "at a facilities management firm that maintained several Housing Board blocks in Jurong "
            "West.\n\n"
            "Deputy Public Prosecutor Kavitha Raj asked for at least 36 months' jail, describing the "
            "offences as \"a sustained and calculated scheme\". Tan's lawyer, Mr Edmund Goh Keng Hwee, "
            "said his client had repaid $90,000 and was \"deeply remorseful\".\n\n"
            "In sentencing, District Judge Lim Hui Min said the sums involved were substantial. "
            "\"Corruption in the maintenance of public housing affects ordinary residents who have no "
            "say in who is awarded the contracts,\" said Judge Lim, adding that deterrence was the "
            "dominant consideration."
        ),
        "Corruption in the",
        "Lim Hui Min",
        "chinese_name_judge_after_partial_quotes",
    ),
    # 4
    (
        (
            "SEOUL, Oct. 27 (Yonhap) -- Hanil Display Co. said Thursday its third-quarter operating "
            "profit fell 41 percent from a year earlier to 312 billion won, hurt by weak demand for "
            "large LCD panels and a stronger won.\n\n"
            "Sales slid 9.6 percent to 6.8 trillion won, the company said in a regulatory filing. It "
            "said it expected demand for organic light-emitting diode panels for smartphones to "
            "recover in the fourth quarter.\n\n"
            "\"We will convert two more LCD lines in Paju to OLED production by the end of next year,\" "
            "Chief Financial Officer Kim Seo-yeon told analysts on a conference call.\n\n"
            "Park Ji-hoon, an analyst at Daemyung Securities, said the conversion would take longer "
            "than the company hoped. \"Hanil is late to this market, and the Chinese panel makers are "
            "not standing still,\" Park said. \"The next two quarters will be painful.\""
        ),
        "The next two quarters",
        "Park Ji-hoon",
        "korean_name_split_second_half",
    ),
    # 5
    (
        (
            "HANOI, Aug 14 (AFP) - Hanoi has recorded more than 11,000 dengue cases since January, "
            "nearly four times as many as in the same period last year, health officials said "
            "Wednesday, as hospitals in the capital moved patients into corridors.\n\n"
            "Nguyen Thi Thu Hien, deputy director of the city’s health department, said seven people "
            "had died. Most new cases were in the densely populated districts of Hoang Mai and Thanh "
            "Xuan, where water collects in construction sites and discarded containers.\n\n"
            "“We are asking every household to spend ten minutes a week emptying water from flower "
            "pots, tyres and tanks,” Hien told a press briefing. “Spraying alone cannot stop this.”\n\n"
            "At a district hospital in Hoang Mai, Tran Van Duc, 38, sat beside his daughter’s bed in "
            "a crowded corridor. “The nurses are doing everything, but there are three children for "
            "every bed,” he said."
        ),
        "We are asking every",
        "Nguyen Thi Thu Hien",
        "vietnamese_name_given_name_later",
    ),
    # 6
    (
        (
            "JAKARTA (Reuters) - Rescuers dug through mud with their hands and shovels on Monday in "
            "search of at least 23 villagers missing after a landslide buried part of a hamlet in "
            "Central Java, officials said.\n\n"
            "Heavy rain over the weekend loosened a hillside above Sidomulyo village in Banjarnegara "
            "regency late on Sunday, sweeping away 35 houses. Nine bodies had been recovered by "
            "Monday afternoon.\n\n"
            "\"The soil is still moving and it is raining again, so we have had to pull the heavy "
            "equipment back twice today,\" said Darmawan, head of the district disaster mitigation "
            "agency, who like many Indonesians uses only one name.\n\n"
            "Siti Aminah, 52, said she had run from her kitchen when she heard a sound \"like a "
            "train\". Her husband and two grandchildren were among the missing.\n\n"
            "Landslides are common in Indonesia during the rainy season, which usually runs from "
            "November to March."
        ),
        "The soil is still",
        "Darmawan",
        "indonesian_single_name_said_after",
    ),
    # 7
    (
        (
            "MUSCAT, Jan 19 (AFP) - Gulf states must cut the amount of groundwater they pump for "
            "farming by a third within a decade or watch their aquifers run dry, delegates at a "
            "regional water conference warned on Sunday.\n\n"
            "Dr Hisham Abdel-Fattah Mansour, an Egyptian hydrologist who chairs the conference's "
            "scientific panel, said some aquifers in the Arabian Peninsula were being drawn down at "
            "ten times the rate at which they recharged.\n\n"
            "Sheikh Hamad bin Rashid Al Mahrouqi, chairman of the Gulf Water Security Forum, which "
            "organised the meeting, told delegates that desalination could not fill the gap alone. "
            "\"Every litre we take from under the sand today was put there ten thousand years ago, and "
            "it will not come back in our lifetime,\" he said.\n\n"
            "Mansour said governments would have to end subsidies for water-hungry crops such as "
            "alfalfa, a politically difficult step in countries where farming is tied to tribal land."
        ),
        "Every litre we",
        "Hamad bin Rashid Al Mahrouqi",
        "arabic_name_sheikh_honorific_stripped",
    ),
    # 8
    (
        (
            "MOSCOW, Nov 12 (Reuters) - Russia is ready to resume talks on extending a fisheries "
            "agreement with Norway in the Barents Sea if Oslo drops new limits on the cod catch, a "
            "senior Russian diplomat said on Thursday.\n\n"
            "\"We have never refused dialogue. But dialogue is not possible when one side announces "
            "the result before the talks begin,\" Deputy Foreign Minister Gennady Lavrentyev was "
            "quoted as saying by the Interfax news agency.\n\n"
            "Norway's fisheries ministry said in an emailed statement that the limits were based on "
            "scientific advice and were not directed at any country. A ministry spokesman, Eirik "
            "Haugland, declined to comment further.\n\n"
            "The dispute has hit trawler operators in Murmansk. Viktor Semyonovich Bondarenko, "
            "director of the Arktika-Rybprom trawling company, told Reuters his fleet had lost about "
            "a fifth of its catch this season."
        ),
        "We have never refused",
        "Gennady Lavrentyev",
        "was_quoted_as_saying_by_agency",
    ),
    # 9
    (
        (
            "MADRID, Oct 23 (AFP) - Flash floods swept through towns in south-eastern Spain on "
            "Tuesday, killing at least four people and forcing the evacuation of hundreds more as a "
            "month's rain fell in a few hours, emergency services said.\n\n"
            "In Benimar del Río, a town of 6,000 people near Murcia, José Luis Carrasco Villanueva, "
            "the mayor, said water had reached the first floor of houses in the old quarter within "
            "twenty minutes.\n\n"
            "\"Nobody here has ever seen anything like this. The river bed was dry this morning,\" "
            "Carrasco told local radio.\n\n"
            "The regional emergency service said two of the dead were an elderly couple whose car was "
            "swept off a road near Lorca. The national weather agency kept a red alert in place for "
            "the coasts of Murcia and Almería until Wednesday morning."
        ),
        "Nobody here has",
        "José Luis Carrasco Villanueva",
        "spanish_double_surname_single_surname_later",
    ),
    # 10
    (
        (
            "RIO DE JANEIRO, Jan 30 (Reuters) - Brazilian midfielder Thiago Henrique dos Santos "
            "Moreira has joined Portuguese club Sporting Atlântico on a four-year contract for a fee "
            "of 9 million euros, his former club Esporte Clube Serrano said on Wednesday.\n\n"
            "The 21-year-old, who scored 11 goals in the Brazilian championship last season, is the "
            "third player Serrano have sold to Europe in 12 months.\n\n"
            "\"The club needed this money to pay salaries, and I will not pretend otherwise,\" Serrano "
            "president Márcio Azevedo Leite told a news conference. \"But Thiago leaves with our "
            "blessing.\"\n\n"
            "Moreira said in a video posted on the Portuguese club's website that it had been his "
            "dream since childhood to play in Europe. \"I am coming to work and to win titles,\" he "
            "said."
        ),
        "I am coming to",
        "Thiago Henrique dos Santos Moreira",
        "portuguese_compound_name_he_after_club_president",
    ),
    # 11
    (
        (
            "IDUKKI: Rescue teams recovered six more bodies from the debris of a landslide that "
            "flattened a row of tea estate workers' quarters at Pettimala on Friday night, taking the "
            "toll to 26. At least 40 people are still missing.\n\n"
            "District Collector K.R. Anitha said teams from the National Disaster Response Force, "
            "fire and rescue services and the police had been working since dawn but heavy rain had "
            "slowed the search. A stretch of the road to the site had caved in, and earth movers had "
            "to be brought in through an estate track.\n\n"
            "Revenue Minister P.T. Varghese, who visited the site on Saturday, announced an ex gratia "
            "payment of Rs 5 lakh to the families of the dead.\n\n"
            "\"The workers' lines were built on the slope decades ago and nobody thought to move them. "
            "We will be looking at every such settlement in the district,\" the collector told "
            "reporters."
        ),
        "The workers' lines",
        "K.R. Anitha",
        "initials_role_reference_collector_after_minister",
    ),
    # 12
    (
        (
            "A Rotorua iwi trust says it will go to the Environment Court to stop a geothermal power "
            "company drilling two new wells near a spring its members have used for bathing for "
            "generations.\n\n"
            "Te Ahi Kaa Energy was granted consent by the regional council in March to take up to "
            "12,000 tonnes of geothermal fluid a day. Chief executive Graham Stroud said the company "
            "had consulted widely and had moved one well to address concerns.\n\n"
            "Aroha Tipene-Walsh, who chairs the Ngāti Rangimaro Trust, said the trust had been left "
            "out of the hearings.\n\n"
            "“They came to us after the decision was made, with a plate of sandwiches and a "
            "PowerPoint. That is not consultation,” Ms Tipene-Walsh said.\n\n"
            "Mr Stroud said the company would “respect the process”."
        ),
        "They came to us",
        "Aroha Tipene-Walsh",
        "hyphenated_maori_name_honorific_later",
    ),
    # 13
    (
        (
            "A garda sergeant has told Cork Circuit Criminal Court that he could smell petrol on the "
            "clothes of a man accused of setting fire to a pub in Mallow.\n\n"
            "Sgt Declan Furlong was giving evidence on the third day of the trial of Noel Harrington "
            "(44), of Bridewell Lane, Mallow, who denies arson and reckless endangerment.\n\n"
            "Under cross-examination, Mr Harrington's barrister, Colm Ó Súilleabháin SC, asked the "
            "sergeant whether he had written anything about petrol in his notebook on the night. He "
            "replied: \"I did not, but I mentioned it to my colleague in the car, and she wrote it in "
            "hers.\"\n\n"
            "Mr Ó Súilleabháin said the defence would say the smell came from a lawnmower in the "
            "accused's van. The trial continues before Judge Sinéad Mac Cárthaigh and a jury."
        ),
        "I did not, but",
        "Declan Furlong",
        "pronoun_reply_after_barrister_question",
    ),
    # 14
    (
        (
            "ENUGU - The governorship candidate of the Alliance for Progressive Renewal (APR) in "
            "Enugu State, Chief (Dr.) Emeka Obiora-Nwankwo, has rejected the result of Saturday's "
            "election and said he would challenge it at the tribunal.\n\n"
            "The Returning Officer, Prof. Adaeze Nnamdi-Okafor, on Monday declared the candidate of "
            "the ruling party, Barr. Chinedu Okwuosa, winner with 412,870 votes, against 198,334 for "
            "Obiora-Nwankwo.\n\n"
            "Addressing supporters at his campaign office on Ogui Road, Obiora-Nwankwo alleged that "
            "results from 11 wards had been altered at the collation centre. \"We have the result "
            "sheets signed by every party agent at the polling units, and the figures announced in "
            "Enugu are not the figures from the units,\" he said.\n\n"
            "But the state chairman of the ruling party, Alhaji Sani Bello-Ugwu, described the "
            "allegation as \"the cry of a bad loser\". \"The people have spoken, and the commission has "
            "declared the result,\" he said."
        ),
        "We have the result",
        "Emeka Obiora-Nwankwo",
        "nigerian_titles_chief_dr_stripped",
    ),
    # 15
    (
        (
            "Western Titans lock Sibusiso Mahlangu will leave the union at the end of the season "
            "after signing a three-year contract with French club Aviron Garonnais, the Titans "
            "confirmed on Tuesday.\n\n"
            "Mahlangu, who has won 14 Springbok caps, made his debut for the Titans in 2009 and has "
            "played 121 matches for the side. Titans coach Johan Steenkamp said the union had tried "
            "to keep him but could not match the French offer.\n\n"
            "\"Sibu has been the heart of our pack for nine years and you do not replace that "
            "overnight,\" Steenkamp said. \"But we understand why he is going.\"\n\n"
            "The 31-year-old said the decision had been the hardest of his career. \"My family has "
            "been part of this union since I was a schoolboy, and leaving it hurts,\" he said in a "
            "statement released by the union. \"I want to test myself in France while my body still "
            "lets me.\""
        ),
        "My family has been",
        "Sibusiso Mahlangu",
        "description_the_31_year_old_after_coach",
    ),
    # 16
    (
        (
            "MANILA — Water service was cut for up to 18 hours a day in parts of Quezon City and "
            "Caloocan on Monday after the level of Angat Dam fell below its minimum operating level, "
            "a water concessionaire said.\n\n"
            "Luzon AquaServe said in a statement that about 420,000 households would be affected by "
            "the rotational interruptions, which would last \"until further notice\". \"We ask our "
            "customers to store enough water for their needs during the hours when supply is "
            "available and to report leaks immediately,\" the company said.\n\n"
            "Engr. Ramon dela Paz, a spokesman for the National Water Resources Board, said "
            "allocations from the dam had been cut from 46 cubic meters per second to 40.\n\n"
            "In Barangay Bagong Silangan, residents lined up with plastic containers at a fire truck "
            "before dawn. \"We have not had water from the tap since Saturday,\" said Lourdes "
            "Manalastas, 61, a vendor."
        ),
        "We ask our customers",
        "Luzon AquaServe",
        "company_statement_after_phrase_same_paragraph",
    ),
    # 17
    (
        (
            "The Western Cape High Court has set aside a municipality’s decision to evict about 300 "
            "families from an informal settlement on land earmarked for a golf estate near Langebaan, "
            "ruling that the council failed to offer them alternative accommodation.\n\n"
            "The Sandveld Bay Municipality had argued that the residents of the settlement, known as "
            "Vergenoeg, were unlawful occupiers who moved onto the land after the development was "
            "approved in 2012.\n\n"
            "In a 58-page judgment handed down on Thursday, Judge Thandeka Mokoena wrote that the "
            "council had treated the residents “as an obstacle to be removed rather than as people "
            "with rights”. “A municipality that plans for golfers but not for the families already "
            "living on its land has not discharged its constitutional obligations,” she wrote.\n\n"
            "Municipal manager Pieter Laubscher said the council was studying the ruling and had not "
            "decided whether to appeal. Residents sang and danced outside the court."
        ),
        "A municipality that plans",
        "Thandeka Mokoena",
        "judgment_she_wrote_after_partial_phrase",
    ),
    # 18
    (
        (
            "ABUJA - The Court of Appeal has ordered a retrial of a former managing director of a "
            "state-owned pension fund accused of diverting N4.2 billion, ruling that the trial judge "
            "wrongly admitted statements obtained in the absence of the defendant's lawyer.\n\n"
            "Mr. Ikechukwu Anyanwu-Dike, who headed the Federal Civil Service Pension Trust from 2008 "
            "to 2013, was convicted on 16 counts in 2017 and sentenced to 14 years in prison.\n\n"
            "In a unanimous judgment delivered on Friday, the appellate court said: \"The right of an "
            "accused person to counsel of his choice is not a technicality that may be set aside "
            "because the offence alleged is grave.\"\n\n"
            "The prosecuting agency said it would comply with the judgment and was ready to begin the "
            "new trial. Counsel to Anyanwu-Dike, Chief Olawale Adeyemi-Bakare (SAN), told journalists "
            "after the ruling that his client had been vindicated."
        ),
        "The right of an",
        "Court of Appeal",
        "court_speaks_the_appellate_court_said_colon",
    ),
    # 19
    (
        (
            "WASHINGTON (AP) — A Senate vote on a bill to cap the price of insulin collapsed on "
            "Thursday after two members of the majority withdrew their support over how the cap would "
            "be paid for.\n\n"
            "Sen. Dana Whitcombe, a Republican from Idaho who had co-sponsored the measure, said she "
            "could not vote for a bill that added to the deficit. Hours later she wrote on Twitter: "
            "\"I support lower insulin prices. I do not support sending the bill to our "
            "grandchildren.\"\n\n"
            "Sen. Marcus Albrecht-Young, D-Minn., the bill's lead sponsor, told reporters the cap "
            "would have saved some patients more than $600 a month. \"People are rationing a drug they "
            "need to stay alive,\" he said.\n\n"
            "Patient advocates had gathered outside the Capitol with signs reading \"Insulin Is Not A "
            "Luxury.\""
        ),
        "I support lower",
        "Dana Whitcombe",
        "tweet_wrote_on_twitter_senator",
    ),
    # 20
    (
        (
            "LAGOS - Police in Lagos have arrested four men over the kidnapping of a school "
            "proprietor in Ikorodu last week, the state police command said on Sunday.\n\n"
            "In a statement signed by its spokesman, Superintendent of Police Bala Adamu-Yusuf, the "
            "command said the suspects were arrested in a hotel in Ogun State after a tracking "
            "operation. \"The suspects confessed to collecting a ransom of N15 million from the family "
            "of the victim, and efforts are ongoing to recover the money and arrest other members of "
            "the gang,\" the statement said.\n\n"
            "The proprietor, Mrs. Folasade Akinwande-Ojo, 58, was released on Wednesday after five "
            "days in captivity. Her son, Tunde, told journalists the family was grateful to God and "
            "to the police."
        ),
        "The suspects confessed",
        "Bala Adamu-Yusuf",
        "statement_signed_by_spokesman_named_author",
    ),
    # 21
    (
        (
            "Police in KwaZulu-Natal are searching for three men who robbed a cash-in-transit vehicle "
            "on the N2 near Stanger on Tuesday morning, firing at security guards with assault rifles "
            "before escaping with an undisclosed amount.\n\n"
            "Two guards were wounded and taken to hospital. A motorist whose car was hit by a stray "
            "bullet was unhurt.\n\n"
            "\"The suspects used two vehicles to force the van off the road and then blew open the "
            "cash box with explosives. We are appealing to anyone who saw a white Audi or a grey "
            "Toyota Fortuner in the area to come forward,\" said Captain Nomvula Khumalo-Dlamini, a "
            "provincial police spokesperson.\n\n"
            "Sipho Ndlovu, a regional manager for the security company, Guardline Cash Services, said "
            "the guards had followed procedure. \"My men are alive, and that is what matters to us "
            "today,\" he said."
        ),
        "The suspects used",
        "Nomvula Khumalo-Dlamini",
        "named_spokesperson_said_after_long_quote",
    ),
    # 22
    (
        (
            "Hundreds of passengers were stranded at Holyhead on Sunday after a ferry operator "
            "cancelled all its Irish Sea sailings because of a fault with the bow door of one of its "
            "vessels.\n\n"
            "Harbourline Ferries said its ship, the Celtic Endeavour, had been taken out of service "
            "after an inspection on Saturday night. \"The safety of our passengers and crew is our "
            "first priority, and the vessel will not sail until engineers are satisfied it is safe to "
            "do so,\" a spokeswoman for the company said.\n\n"
            "Passengers complained of queues of more than two hours at the terminal. Gareth "
            "Pryce-Owen, 47, from Bangor, who was travelling to a funeral in Dublin, said: \"Nobody "
            "has told us anything. We found out from Facebook.\""
        ),
        "The safety of our",
        "Harbourline Ferries spokeswoman",
        "unnamed_spokeswoman_for_named_company",
    ),
    # 23
    (
        (
            "Nurses at public hospitals in 14 counties stayed away from work for a second day on "
            "Tuesday, leaving patients unattended in wards in Kisumu, Nakuru and Machakos, as a "
            "strike over unpaid allowances spread.\n\n"
            "Evans Otieno Ouma, secretary-general of the Nursing Officers Union, said the strike "
            "would continue until the counties paid risk allowances owed since July. \"Our members "
            "have been patient for five months,\" he said.\n\n"
            "An official at the Ministry of Health, who asked not to be named because he was not "
            "authorised to speak to the media, said the national government had released funds to the "
            "counties in October. \"The money left Treasury. The question nurses should be asking is "
            "where it went after it reached the counties,\" the official said.\n\n"
            "At Kisumu's county referral hospital, relatives fed and turned patients themselves."
        ),
        "The money left",
        "Ministry of Health official",
        "anonymous_ministry_official",
    ),
    # 24
    (
        (
            "ABUJA - At least 11 people were killed and dozens injured when a fuel tanker lost "
            "control and crashed into vehicles at a busy junction on the Abuja-Keffi expressway on "
            "Thursday evening, emergency officials said.\n\n"
            "The Federal Road Safety Corps said the tanker's brakes appeared to have failed as it "
            "descended the bridge at Nyanya. Its sector commander, Aliyu Garba Danjuma, said 23 "
            "vehicles were burnt.\n\n"
            "One witness, a commercial motorcyclist who gave his name only as Musa, said he had "
            "jumped off his motorcycle and run when he saw the tanker coming down the slope. \"It was "
            "hitting everything in front of it, cars, tricycles, people. Then there was a big fire "
            "and I could not see anything again,\" he said."
        ),
        "It was hitting",
        "Musa",
        "witness_first_name_only",
    ),
    # 25
    (
        (
            "TACLOBAN CITY — Families in this city’s coastal villages picked through splintered wood "
            "and roofing sheets on Sunday, a day after a typhoon packing winds of 185 kilometers per "
            "hour tore across Eastern Visayas.\n\n"
            "The city disaster risk reduction office said 14 people were confirmed dead in Leyte and "
            "at least 30,000 had spent the night in evacuation centers.\n\n"
            "“We left when the barangay captain told us to, but my brother stayed to guard the boat. "
            "We have not found him,” said a resident of Barangay San Jose who asked not to be named, "
            "as she waited at the village hall for news.\n\n"
            "Mayor Antonio “Tonying” Villaflor Jr. said relief goods would reach all 138 barangays by "
            "Tuesday."
        ),
        "We left when",
        "Barangay San Jose resident",
        "unnamed_resident_with_place",
    ),
    # 26
    (
        (
            "CHICAGO (AP) — A federal jury on Wednesday convicted a former suburban police chief of "
            "lying to the FBI about cash payments he received from a towing company that held the "
            "village's contract.\n\n"
            "Gerald Kowalczyk, 61, who led the Brookhaven Park police department for 11 years, faces "
            "up to five years in prison on each of three counts. Sentencing was set for March 14.\n\n"
            "Prosecutors said the towing company's owner, Dominic Ferraro, paid Kowalczyk about "
            "$40,000 over four years in exchange for steering tows his way. Ferraro pleaded guilty "
            "last year and testified against his former friend.\n\n"
            "Defense attorney Lisa Marie Okonjo-Brandt told reporters outside the courthouse that her "
            "client would appeal. \"The government built this case on the word of a man who was facing "
            "decades in prison and had every reason to say what they wanted to hear,\" she said."
        ),
        "The government built",
        "Lisa Marie Okonjo-Brandt",
        "told_reporters_defense_attorney",
    ),
    # 27
    (
        (
            "Prisoners at a Dublin remand centre spent up to 23 hours a day in their cells for weeks "
            "at a time last year because of staff shortages, according to a report published on "
            "Tuesday.\n\n"
            "The Inspectorate of Custodial Standards found that on 41 days in 2018 prisoners on two "
            "landings at the Glasnevin Remand Centre were let out only for a shower and a phone call. "
            "\"Confinement of this length, repeated over weeks, is not compatible with the standards "
            "this State has signed up to,\" according to the report.\n\n"
            "The Irish Prison Service said it had recruited 120 new officers since the inspection and "
            "that out-of-cell time had improved.\n\n"
            "Fiona Ní Bhriain, of the Penal Reform Network, said the findings were \"shameful but not "
            "surprising\"."
        ),
        "Confinement of this",
        "Inspectorate of Custodial Standards",
        "according_to_the_report_org_author",
    ),
    # 28
    (
        (
            "SINGAPORE - Private home prices rose 1.3 per cent in the third quarter, the fourth "
            "consecutive quarterly increase, flash estimates from the Urban Redevelopment Authority "
            "showed yesterday.\n\n"
            "Ms Christine Sim Li Ting, head of research at property firm Orchid Realty, said demand "
            "from local upgraders remained strong. \"Buyers who sold their HDB flats at record prices "
            "are now moving up, and they are not very price-sensitive,\" she said.\n\n"
            "Mr Ong Kah Seng, an associate professor of real estate at a local university, said the "
            "Government was unlikely to introduce new cooling measures before the end of the year.\n\n"
            "\"Prices are rising, but not at a pace that alarms the authorities. A fifth round of "
            "measures would be a blunt tool when transaction volumes are already falling,\" he added."
        ),
        "Prices are rising",
        "Ong Kah Seng",
        "added_bare_after_paraphrase_he",
    ),
    # 29
    (
        (
            "NEW DELHI: Doctors at government hospitals in the capital have reported a sharp rise in "
            "respiratory illnesses as air quality slipped into the 'severe' category for a third "
            "consecutive day on Thursday.\n\n"
            "The air quality index averaged 462 across the city, according to the Central Pollution "
            "Control Board, with some monitoring stations in east Delhi recording readings above 490.\n\n"
            "Dr. Arvind Kumar Saxena, head of pulmonology at Sanjeevani Government Hospital, said "
            "outpatient visits had nearly doubled in a week. \"We are seeing children who have never "
            "had asthma coming in wheezing. Exposure at these levels for a few days is like smoking "
            "several cigarettes,\" he warned.\n\n"
            "Delhi Environment Minister Suresh Chandra Bhardwaj said construction would be halted and "
            "schools would remain shut till Monday."
        ),
        "We are seeing children",
        "Arvind Kumar Saxena",
        "warned_doctor_long_role",
    ),
    # 30
    (
        (
            "The Minister for Housing has insisted there is no plan to cap rents nationally, despite "
            "pressure from opposition parties and two Independent TDs whose votes the Government "
            "relies on.\n\n"
            "Speaking in the Dáil on Wednesday, Minister Ciarán Mac Giolla Phádraig said rent "
            "pressure zones already covered two-thirds of tenancies. \"A national cap would freeze "
            "rents where supply is already scarce and drive small landlords out of the market "
            "altogether,\" he insisted.\n\n"
            "Opposition housing spokeswoman Eileen Cassidy-Burke TD said the minister was \"living in "
            "a parallel universe\". Independent TD for Kerry South Donal Ó Ríordáin said he would "
            "decide how to vote next week."
        ),
        "A national cap",
        "Ciarán Mac Giolla Phádraig",
        "insisted_irish_gaelic_name",
    ),
    # 31
    (
        (
            "A Christchurch secondary school will ban mobile phones during class time from next term "
            "after a survey found students spent an average of 47 minutes of each school day on "
            "social media.\n\n"
            "In a letter to parents sent on Friday, Riverside Grammar principal Hemi Te "
            "Rangi-Morrison wrote that staff had seen “a steady erosion of concentration” over five "
            "years. “We are not asking students to give up their phones, only to put them away "
            "between the bells. Most adults manage the same at work,” he wrote.\n\n"
            "Student council president Lily Zhang, 17, said most students supported the change, "
            "though some were worried about contacting parents in an emergency.\n\n"
            "A Ministry of Education spokesman said decisions on phones were a matter for individual "
            "school boards."
        ),
        "We are not asking",
        "Hemi Te Rangi-Morrison",
        "letter_he_wrote_after_partial_phrase",
    ),
    # 32
    (
        (
            "KISUMU - A 14-year-old boy was swept away by floodwaters in Nyando on Saturday as he "
            "tried to cross a swollen river on his way home from a market, police said.\n\n"
            "Nyando sub-county police commander Peter Kiprop Rono said the body of Brian Otieno was "
            "recovered about two kilometres downstream on Sunday morning.\n\n"
            "His father, Joseph Owino, said the boy had called him from a neighbour's phone shortly "
            "before he set off. \"He told me, 'Baba, the water is high but I know where to cross,'\" Mr "
            "Owino said, his voice breaking. \"I told him to wait. He did not wait.\"\n\n"
            "The Kenya Meteorological Department has warned of more heavy rain in the Lake Victoria "
            "basin this week."
        ),
        "He told me, 'Baba",
        "Joseph Owino",
        "nested_relayed_words_inside_father_quote",
    ),
    # 33
    (
        (
            "KAKAMEGA - Governor Daniel Wekesa Simiyu has refused to sign the county's Sh12.4 billion "
            "budget, accusing members of the county assembly of cutting funds for hospitals to pay "
            "for their own car grants and foreign trips.\n\n"
            "The governor's spokesman, Kevin Barasa Namwaya, said the governor had told ward "
            "representatives at a closed-door meeting on Monday: \"I will not sign a budget that pays "
            "for your cars before it pays the nurses.\"\n\n"
            "Assembly Speaker Hon. Beatrice Nafula Wanyonyi said the House had acted within its "
            "powers. \"The assembly is not a department of the executive. We approved a budget that "
            "reflects the wishes of the people we represent,\" she said.\n\n"
            "Nurses at the county referral hospital went on strike in August over unpaid allowances."
        ),
        "I will not sign",
        "Daniel Wekesa Simiyu",
        "relayed_by_spokesman_governor_had_told",
    ),
    # 34
    (
        (
            "The last post office in the village of Ballinderreen closed its doors on Friday after "
            "112 years, leaving residents with a 14-kilometre round trip to collect pensions and post "
            "parcels.\n\n"
            "Postmistress Bríd Fahy, who ran the office for 31 years, as her mother had before her, "
            "served her last customer at 5.30pm. \"I knew every pension book and every grandchild in "
            "the parish,\" she said.\n\n"
            "By Saturday morning someone had taped a handwritten sign to the shutter: \"This village "
            "was here before the post office and it will be here after it.\"\n\n"
            "A spokesman for the postal company said the office had been operating at a loss for "
            "several years and that a postal service would continue through a shop in Kinvara."
        ),
        "This village was",
        "",
        "sign_unknown_maker_empty",
    ),
    # 35
    (
        (
            "Residents of Thembalethu Extension 9 outside George blocked roads with burning tyres on "
            "Monday in protest against what they said were broken promises to bring electricity and "
            "water to the settlement.\n\n"
            "Police spokesperson Sergeant Chris Pieterse said 12 people had been arrested for public "
            "violence after officers fired rubber bullets to disperse about 400 protesters.\n\n"
            "On the wall of the ward councillor's boarded-up office, someone had spray-painted in red "
            "letters: \"You only know us in election year.\"\n\n"
            "Ward councillor Mzwandile Booi said he had been threatened and had not been able to "
            "visit the area. \"I am not the one who holds the budget. I have taken their complaints to "
            "the municipality many times,\" he said."
        ),
        "You only know us",
        "",
        "graffiti_unknown_author_empty",
    ),
    # 36
    (
        (
            "PATNA: Thousands of contract teachers marched towards the Assembly on Tuesday demanding "
            "regular pay scales, forcing the police to close Bailey Road for more than four hours.\n\n"
            "A banner strung between two lamp posts near the Gandhi Maidan read: \"We teach your "
            "children. Pay us like teachers.\"\n\n"
            "Sanjay Kumar Paswan, convenor of the Sanyukt Shikshak Manch, said nearly four lakh "
            "teachers in the state were paid less than a third of what regular teachers earned. \"We "
            "will not return to the classrooms until the government gives us a date for talks,\" he "
            "said.\n\n"
            "Education Minister Krishnanandan Prasad Verma said the government was sympathetic but "
            "that the state's finances did not allow equal pay at once."
        ),
        "We teach your",
        "",
        "banner_slogan_empty_at_rally",
    ),
    # 37
    (
        (
            "LAGOS - Mourners laid flowers and lit candles on Sunday outside the site of a "
            "four-storey building that collapsed in Ebute Metta last week, killing 17 people, eight "
            "of them pupils of a nursery school on the ground floor.\n\n"
            "The state building control agency said the building had been marked for demolition in "
            "2016 and that its owner had painted over the marks. Its general manager, Arc. Olumide "
            "Bakare-Ajayi, said the owner was in police custody.\n\n"
            "A sheet of cardboard propped against the temporary fence bore a message in black marker: "
            "\"These children died because somebody was paid to look away.\"\n\n"
            "Mrs. Kehinde Oduya, whose four-year-old son died in the collapse, sat on a plastic chair "
            "near the fence. \"They told us the building was safe. They collected our money every "
            "term,\" she said."
        ),
        "These children died",
        "",
        "cardboard_message_unknown_author_empty",
    ),
    # 38
    (
        (
            "A lorry driver who was scrolling through videos on his phone when he ploughed into a "
            "queue of stationary traffic on the M6, killing a mother and her two sons, has been "
            "jailed for nine years.\n\n"
            "Darren Whitlock, 39, of Wigan, admitted three counts of causing death by dangerous "
            "driving at an earlier hearing. Preston Crown Court heard his 40-tonne lorry was "
            "travelling at 53mph when it struck the family's car near junction 32 in August last "
            "year.\n\n"
            "Amanda Lees, 36, and her sons Kieran, nine, and Josh, six, died at the scene. Her "
            "husband, Mark Lees, said in a statement read to the court that he had \"lost everything "
            "that made me a father and a husband\".\n\n"
            "\"You had looked at your phone for a total of 38 seconds in the minute before the crash,\" "
            "Judge Rachel Okonedo-Harris told Whitlock, \"and in those seconds you destroyed a "
            "family.\"\n\n"
            "She also banned him from driving for 13 years after his release."
        ),
        "You had looked",
        "Rachel Okonedo-Harris",
        "split_quote_first_half_judge_told_defendant",
    ),
    # 39
    (
        (
            "Kyle Adeyemi-Clarke scored twice in the second half as Hartley Town came from behind to "
            "beat Rovington Rovers 3-1 and move into the League Two play-off places.\n\n"
            "Rovers led through Sean McAllister's header after 19 minutes, and Town manager Steve "
            "Bramall admitted his side had been \"flat\" before the break.\n\n"
            "Adeyemi-Clarke levelled with a low shot from the edge of the area on 54 minutes and put "
            "Town ahead from the spot after Tom Reece was fouled. Substitute Jordan Maitland added a "
            "third in stoppage time.\n\n"
            "Rovers boss Keith Ogundipe was left fuming by the penalty decision.\n\n"
            "\"From where I was standing it was a dive and the referee has been conned,\" he said. \"We "
            "were the better side for an hour and we go home with nothing.\"\n\n"
            "Bramall said: \"I told them at half-time that if we played like that again I would make "
            "five changes. They listened.\""
        ),
        "We were the better",
        "Keith Ogundipe",
        "pronoun_second_half_after_fuming_manager",
    ),
    # 40
    (
        (
            "CHENNAI: An unbeaten 94 from opener Vikram Raghunathan guided Tamil Nadu to a six-wicket "
            "win over Baroda in the Vijay Hazare Trophy quarter-final on Sunday.\n\n"
            "Chasing 268, Tamil Nadu were in trouble at 71 for three before Raghunathan added 142 for "
            "the fourth wicket with captain S. Karthikeyan Murali, who made 61. Baroda's left-arm "
            "spinner Nilesh Rathwa took two wickets in an economical spell.\n\n"
            "\"Vikram batted like he had all the time in the world. When he is in that mood the rest "
            "of us just have to give him the strike,\" the skipper said after the match.\n\n"
            "Raghunathan said he had worked on playing spin during the off-season. \"I spent two "
            "months batting only against left-arm spinners in the nets,\" he said."
        ),
        "Vikram batted like",
        "S. Karthikeyan Murali",
        "role_the_skipper_initial_name",
    ),
    # 41
    (
        (
            "ELDORET - Former world half-marathon champion Nancy Jepkosgei Kirui won the women’s race "
            "at the Eldoret City Marathon on Sunday in 2 hours 24 minutes 11 seconds, a course "
            "record, finishing nearly two minutes clear of compatriot Mercy Chebet Tanui.\n\n"
            "The men’s race went to 23-year-old debutant Collins Kiptoo Biwott, a police constable "
            "from Iten, who outsprinted two-time champion Elijah Kemboi Sang in the final 400 metres.\n\n"
            "“I was told to stay behind the leaders until the last kilometre, and that is what I "
            "did,” said the policeman, who trains with a group in Kaptagat. “I did not know I could "
            "win until I saw the tape.”\n\n"
            "Kirui said she would now target the Berlin Marathon in September."
        ),
        "I was told to",
        "Collins Kiptoo Biwott",
        "description_the_policeman_said",
    ),
    # 42
    (
        (
            "A magnitude 6.1 earthquake centred 20 kilometres north-east of Seddon shook the upper "
            "South Island and Wellington just after 9pm on Tuesday, knocking goods off supermarket "
            "shelves in Blenheim and briefly halting trains in the capital.\n\n"
            "GeoNet received more than 14,000 felt reports within an hour. Duty seismologist Dr "
            "Anahera Keepa-Wilson said the quake was 12 kilometres deep and had been followed by more "
            "than 40 aftershocks, the largest of magnitude 4.6.\n\n"
            "\"People in Marlborough should expect to feel aftershocks for weeks, and there is a small "
            "chance of a larger quake in the coming days. That is not a prediction, it is how "
            "sequences like this behave,\" she said.\n\n"
            "Civil Defence said there were no reports of serious injuries. Blenheim resident Trevor "
            "Munro, 71, said his chimney had come down into the lounge. \"Lucky we were watching telly "
            "in the kitchen,\" he said."
        ),
        "People in Marlborough",
        "Anahera Keepa-Wilson",
        "she_said_next_paragraph_seismologist",
    ),
    # 43
    (
        (
            "MILLBROOK, Okla. (AP) — A tornado with winds estimated at 165 mph carved a mile-long "
            "path through this town of 3,200 on Monday evening, killing at least five people and "
            "flattening a school gymnasium where a youth basketball practice had ended less than an "
            "hour earlier.\n\n"
            "Sheriff Wade Dunaway said deputies were going house to house. \"We've got people "
            "unaccounted for, and we're not going to stop looking until every one of them is found,\" "
            "Dunaway told reporters at the fire station.\n\n"
            "The National Weather Service issued a tornado warning for the town 22 minutes before the "
            "storm arrived. Meteorologist Karen Lindqvist, of the weather service's Norman office, "
            "said the tornado was preliminarily rated EF3.\n\n"
            "Resident Rhonda Gaither, 58, rode out the storm in a hallway closet with her two "
            "grandchildren. \"I heard the windows go and then the roof go, and then it was just quiet, "
            "and I could see the sky,\" she said."
        ),
        "I heard the windows",
        "Rhonda Gaither",
        "resident_named_with_age_said_after",
    ),
    # 44
    (
        (
            "SINGAPORE - Cyclists who ride on footpaths at unsafe speeds will face higher fines from "
            "next year, Senior Minister of State for Transport Teo Boon Heng told Parliament "
            "yesterday.\n\n"
            "Responding to questions from four MPs, Dr Teo said the number of accidents involving "
            "bicycles and personal mobility devices on footpaths had risen from 128 in 2016 to 213 "
            "last year.\n\n"
            "Mr Desmond Chia Yong Kiat (Marine Parade GRC) asked whether the ministry would consider "
            "requiring cyclists to register their bicycles. Nominated MP Farah Nur Aisyah Rahmat said "
            "elderly pedestrians in her neighbourhood were \"afraid to walk to the market\".\n\n"
            "\"Registration would impose a burden on the great majority of cyclists who ride "
            "responsibly. We prefer to target the behaviour, not the bicycle,\" said Dr Teo."
        ),
        "Registration would impose",
        "Teo Boon Heng",
        "distance_title_dr_later_after_other_mps",
    ),
    # 45
    (
        (
            "MANILA — A former procurement chief of a state-run hospital on Wednesday told senators "
            "that he signed purchase orders for overpriced dialysis supplies because he was "
            "instructed to by his superiors.\n\n"
            "Testifying before the Senate blue ribbon committee, Atty. Rodolfo Cabantug Jr., former "
            "head of procurement at the Visayas Regional Medical Center, said the orders came “from "
            "the fourth floor,” where the hospital’s executive offices are located.\n\n"
            "Sen. Ma. Teresa “Tessie” Villanueva-Lacson, who chairs the committee, pressed him to "
            "name the officials. “You are under oath, Attorney. If you have names, this is the time "
            "to give them,” she said.\n\n"
            "Cabantug asked for an executive session, saying he feared for his family’s safety. The "
            "hospital’s former director, Dr. Efren Bautista Sumulong, who was also present, denied "
            "giving any instruction."
        ),
        "You are under oath",
        "Ma. Teresa Villanueva-Lacson",
        "filipino_senator_nickname_quoted",
    ),
    # 46
    (
        (
            "BHOPAL: The Election Commission on Saturday ordered re-polling at nine polling stations "
            "in Bhind district after reports of booth capturing and damage to electronic voting "
            "machines during Thursday's Assembly polls.\n\n"
            "State Chief Electoral Officer Meenakshi Srivastava-Nair said the decision was taken on "
            "the basis of reports from observers and webcast footage from the booths. \"Wherever the "
            "sanctity of the poll has been compromised, voters will get a fresh chance to vote,\" she "
            "said.\n\n"
            "Rashtriya Lok Vikas Party candidate Narendra Singh Bhadoria alleged that supporters of a "
            "rival had driven voters away from two villages. Police said 17 people had been arrested.\n\n"
            "Bhadoria's main rival, Raghuveer Prasad Tomar of the Jan Shakti Morcha, dismissed the "
            "charge. \"My opponent can see the result coming and is preparing his excuses,\" Mr. Tomar "
            "told this newspaper."
        ),
        "My opponent can see",
        "Raghuveer Prasad Tomar",
        "rival_description_mr_surname_told_this_newspaper",
    ),
    # 47
    (
        (
            "CAPE TOWN - Opposition MPs walked out of a parliamentary committee meeting on Wednesday "
            "after the board of state-owned freight company Transvaal Rail Holdings refused to "
            "release a forensic report into a R4.3 billion locomotive contract.\n\n"
            "Board chairperson Dr Lerato Mahlaba-Sithole told the portfolio committee that the report "
            "could not be released while criminal investigations were under way. Committee "
            "chairperson Nkosinathi Gumede said he was \"disturbed\" by the refusal.\n\n"
            "Opposition MP Frikkie van Heerden said the board was protecting people who should be in "
            "jail. \"This committee is not a rubber stamp. If the report implicates board members, the "
            "public has a right to know it,\" he said before leading his colleagues out of the room.\n\n"
            "Mahlaba-Sithole later told journalists the board had nothing to hide. \"We have handed "
            "the full report to the Hawks and we will abide by their advice,\" she said."
        ),
        "We have handed",
        "Lerato Mahlaba-Sithole",
        "surname_later_after_walkout",
    ),
    # 48
    (
        (
            "JOHANNESBURG, May 14 (Reuters) - South Africa's rand fell more than 2% against the "
            "dollar on Tuesday, its biggest one-day drop in three months, after data showed the "
            "economy contracted in the first quarter and power cuts deepened.\n\n"
            "At 1500 GMT the rand traded at 14.62 per dollar, 2.1% weaker than its previous close. "
            "Government bonds also weakened, with the yield on the benchmark 2026 issue up 14 basis "
            "points at 8.97%.\n\n"
            "\"The market was already nervous about the power utility, and a contraction in GDP "
            "confirms what traders feared,\" said Zanele Mokgatle, chief economist at Sable Capital in "
            "Johannesburg.\n\n"
            "Statistics South Africa said gross domestic product fell an annualised 1.4% in the first "
            "three months of the year, with mining and manufacturing the biggest drags."
        ),
        "The market was already",
        "Zanele Mokgatle",
        "agency_markets_said_after_with_affiliation",
    ),
    # 49
    (
        (
            "LAGOS - Shares in Okitipupa Oil & Gas Plc rose 9.8 per cent on Thursday, the maximum "
            "allowed in a day, after the company announced it had resumed production at its flagship "
            "field in Ondo State following a seven-month shutdown.\n\n"
            "In a notice to the exchange signed by its company secretary, Mrs. Ngozi Eze-Adebayo, the "
            "firm said output from the Aiyetoro field had reached 11,500 barrels per day and was "
            "expected to rise to 18,000 barrels by the end of the quarter.\n\n"
            "Managing Director Engr. Babatunde Ogunleye-Coker told an analysts' call that the "
            "shutdown, caused by a ruptured export pipeline, had cost the company about $62 million "
            "in lost revenue. \"We have replaced 14 kilometres of pipe and installed leak detection "
            "along the whole route, so we do not expect a repeat,\" he said.\n\n"
            "Analysts at Lagos-based Cowrie Securities said the restart would return the company to "
            "profit in the second half."
        ),
        "We have replaced",
        "Babatunde Ogunleye-Coker",
        "engr_title_managing_director",
    ),
    # 50
    (
        (
            "SEOUL, June 21 (AFP) - A South Korean-built weather microsatellite was successfully "
            "placed in orbit on Tuesday, its developers said, after a launch delay of nearly two "
            "years.\n\n"
            "The 38-kilogram satellite, named Haemil-1, was developed by a team at the Daejeon "
            "Institute of Space Engineering and launched aboard a commercial rocket from New Zealand. "
            "Ground controllers made first contact with it about 90 minutes after launch.\n\n"
            "\"We heard the first signal at 4:12 in the morning and the whole control room stood up,\" "
            "project director Choi Eun-jung told reporters in Daejeon. \"After two years of waiting, "
            "that was a very good sound.\"\n\n"
            "Lee Sang-woo, a professor of aerospace engineering who was not involved in the project, "
            "said small satellites gave South Korea a cheaper route into weather forecasting and "
            "disaster monitoring."
        ),
        "After two years",
        "Choi Eun-jung",
        "korean_woman_role_before_name_split_second",
    ),
    # 51
    (
        (
            "HOMA BAY - Health officials in Homa Bay County say a shortage of HIV testing kits has "
            "forced clinics to turn away pregnant women for the past three weeks, raising fears of an "
            "increase in mother-to-child transmission.\n\n"
            "County Health Executive Dr Rosemary Achieng Odhiambo said a consignment ordered in July "
            "had been held up at the port of Mombasa over a tax dispute between the supplier and the "
            "revenue authority.\n\n"
            "At Rangwe sub-county hospital, clinical officer Vincent Omondi said he had seen about 60 "
            "expectant mothers sent home without being tested. \"Some of them walked for two hours to "
            "get here. When we tell them to come back next week, many of them do not come back at "
            "all,\" he said.\n\n"
            "A spokesman for the revenue authority said the consignment had been cleared on Monday "
            "and would reach Homa Bay by the end of the week."
        ),
        "Some of them walked",
        "Vincent Omondi",
        "role_lowercase_before_name_clinical_officer",
    ),
    # 52
    (
        (
            "GENEVA, Feb 8 (Reuters) - United Nations-brokered talks between the Central African "
            "Republic's government and an alliance of armed groups broke up on Friday without "
            "agreement on disarmament, the U.N. mediator said.\n\n"
            "Mediator Hélène Diarra-Kouyaté, a former Malian foreign minister, told a news conference "
            "that the two sides had agreed to meet again in March. \"Nobody walked out, and nobody has "
            "gone back to the battlefield. In this kind of process that is not nothing,\" she said.\n\n"
            "The armed groups' chief negotiator, Abdoulaye Mahamat Nour, said the government had "
            "refused to discuss an amnesty. Government delegation head Firmin Gbazialé said an "
            "amnesty for war crimes was \"out of the question\".\n\n"
            "A U.N. spokesman in Bangui said fighting had displaced more than 20,000 people in the "
            "north-west of the country since January."
        ),
        "Nobody walked out",
        "Hélène Diarra-Kouyaté",
        "mediator_apposition_she_said",
    ),
    # 53
    (
        (
            "BEIJING, July 3 (Xinhua) -- Heavy rain has forced the relocation of more than 86,000 "
            "people in central China's Hunan Province since Sunday, local authorities said Wednesday.\n\n"
            "Water levels at 17 monitoring stations along the Xiangjiang River exceeded warning "
            "levels, according to the provincial flood control and drought relief headquarters.\n\n"
            "Wang Jianguo, deputy director of the headquarters, said rescue teams had been sent to "
            "low-lying towns in Hengyang and Zhuzhou. \"The flood control situation remains severe. "
            "All localities must treat the safety of people's lives as the top priority,\" Wang said.\n\n"
            "In Xiangtan, volunteers piled sandbags along a riverside road. Liu Fang, a 46-year-old "
            "shop owner, said the water had risen about one meter overnight."
        ),
        "The flood control",
        "Wang Jianguo",
        "xinhua_chinese_name_surname_said",
    ),
    # 54
    (
        (
            "HONG KONG - A property agent who posed as a landlord and collected deposits from 27 "
            "people for flats he did not own was jailed for three years and four months at the "
            "District Court yesterday.\n\n"
            "Kenneth Leung Chi-wai, 34, pleaded guilty to 27 counts of fraud involving HK$1.18 "
            "million. The court heard he advertised flats in Mong Kok and Yau Ma Tei on online "
            "platforms and asked would-be tenants to pay two months' deposit before viewing.\n\n"
            "Mitigating, defence counsel Alan Tsui said Leung had run up gambling debts after his "
            "marriage broke down. \"He has written to each of the victims, and his mother has sold her "
            "flat in Tuen Mun to repay them,\" Mr Tsui said.\n\n"
            "Judge Amanda Woo Sau-ling said the offences had caused real hardship to young people "
            "looking for somewhere to live. \"Many of the victims were students and new arrivals who "
            "could least afford the loss,\" the judge said."
        ),
        "Many of the victims",
        "Amanda Woo Sau-ling",
        "hk_double_name_the_judge",
    ),
    # 55
    (
        (
            "KUALA LUMPUR: Selangor recorded 1,842 dengue cases last week, the highest weekly figure "
            "this year, prompting the state government to step up fogging and inspections of "
            "construction sites.\n\n"
            "State health committee chairman Datuk Seri Dr Azman Shah Ismail said 62 construction "
            "sites had been ordered to stop work after inspectors found mosquito larvae in stagnant "
            "water.\n\n"
            "\"Contractors who ignore our warnings will be charged in court. We have given them enough "
            "chances,\" he told reporters after visiting a housing project in Shah Alam yesterday.\n\n"
            "Selangor Contractors Guild president Lim Kok Wah said most members complied with the "
            "rules and that a few bad actors should not be used to tar the industry."
        ),
        "Contractors who ignore",
        "Azman Shah Ismail",
        "malaysian_datuk_seri_dr_stripped",
    ),
    # 56
    (
        (
            "SEOUL, Jan 15 (Reuters) - A Seoul court on Friday sentenced the founder of a "
            "cryptocurrency exchange to seven years in prison for embezzling customer deposits worth "
            "42 billion won ($38 million), in one of the largest cases of its kind in South Korea.\n\n"
            "Kim Min-jun, 39, who founded the Hanbit Coin exchange in 2017, was found guilty of fraud "
            "and embezzlement. His chief financial officer, Kim Ha-eun, 35, who is not related to "
            "him, received a suspended three-year sentence after testifying against him.\n\n"
            "Presiding judge Jeong Tae-won said the founder had treated the exchange’s accounts as "
            "his personal wallet. “The defendant used the trust of small investors to fund a "
            "lifestyle of luxury cars and overseas casinos,” the judge said.\n\n"
            "Outside the court, the former finance chief apologised to investors. “I was afraid of "
            "him and I stayed silent for too long. I am sorry,” she told reporters."
        ),
        "I was afraid of",
        "Kim Ha-eun",
        "same_surname_description_former_finance_chief",
    ),
    # 57
    (
        (
            "KRASNOYARSK, Russia, July 29 (AFP) - Wildfires covering more than 2.6 million hectares "
            "were burning across Siberia on Monday, sending smoke as far as Novosibirsk and prompting "
            "residents to demand that the authorities do more to put them out.\n\n"
            "Regional officials have said most of the fires are in remote areas where fighting them "
            "would cost more than the damage they cause. Yelena Viktorovna Shchukina, a 44-year-old "
            "teacher in the town of Yeniseisk, started an online petition that had collected more "
            "than 600,000 signatures by Monday.\n\n"
            "\"We are told the forest is too far away to be worth saving. But the smoke is not far "
            "away. My students cannot breathe,\" Shchukina told AFP by telephone.\n\n"
            "The regional forestry agency said in a statement that aircraft were monitoring all the "
            "fires and that 1,200 firefighters had been sent to those threatening settlements. An "
            "environmental group, Taiga Watch, said satellite data showed the area burned was the "
            "largest in a decade."
        ),
        "We are told the",
        "Yelena Viktorovna Shchukina",
        "russian_patronymic_told_afp_by_telephone",
    ),
    # 58
    (
        (
            "BOGOTA (AP) — Colombia's army said Sunday that eight soldiers were killed when their "
            "patrol was ambushed by dissidents of a disbanded rebel group in the southwestern "
            "province of Cauca.\n\n"
            "Gen. Jorge Eliécer Pardo Cifuentes, commander of the army's Third Division, said the "
            "attackers used explosives and rifles and fled toward the mountains. \"These criminals "
            "live off cocaine trafficking, and they attack the soldiers who stand between them and "
            "their business,\" Pardo told a Bogota radio station.\n\n"
            "Indigenous leaders in the region said civilians were caught between armed groups. \"Every "
            "week there is a new group with a new name, and it is always our people who bury the "
            "dead,\" said Rosalba Ipia Chocué, a Nasa leader from the municipality of Toribío."
        ),
        "These criminals live",
        "Jorge Eliécer Pardo Cifuentes",
        "spanish_compound_name_general_told_radio",
    ),
    # 59
    (
        (
            "LISBON, Nov 5 (Reuters) - Lisbon city council on Thursday voted to freeze new short-term "
            "holiday rental licences in five historic neighbourhoods, after residents complained that "
            "tourists were pushing out families who had lived there for generations.\n\n"
            "Councillor Maria da Conceição Pires Rebelo, who proposed the measure, said one in three "
            "homes in the Alfama district was now registered as a holiday rental. \"When the grocer "
            "closes because there are no more neighbours to buy bread, the neighbourhood is "
            "finished,\" she told the council.\n\n"
            "The Portuguese Association of Short-Term Rental Hosts said the freeze would cost jobs. "
            "Its president, Nuno Vasconcelos Amaral, said in a statement: \"Holiday rentals brought "
            "life back to buildings that were empty and falling down ten years ago.\""
        ),
        "Holiday rentals brought",
        "Nuno Vasconcelos Amaral",
        "org_president_said_in_statement",
    ),
    # 60
    (
        (
            "A hospital trust in the north of England has apologised after an investigation found "
            "that 19 patients waited more than a year for follow-up appointments that should have "
            "been booked within six weeks, and that two of them developed advanced cancer in the "
            "meantime.\n\n"
            "The review, commissioned by the Wearside and Tyne Valley NHS Trust, was led by Professor "
            "Hilary Ashworth-Kemp, a former medical director at a London teaching hospital. Her "
            "report, published on Thursday, found that a computer upgrade in 2016 had silently "
            "dropped more than 2,000 patients from waiting lists.\n\n"
            "The trust's chief executive, Martin Gosforth, said the board accepted all 14 "
            "recommendations and had written to every affected patient.\n\n"
            "The report itself is blunter. \"Warnings from two consultants about missing patients were "
            "treated as an IT problem rather than a patient safety problem, and nobody with authority "
            "asked how many people had been lost,\" it says."
        ),
        "Warnings from two",
        "Hilary Ashworth-Kemp",
        "report_named_author_it_says_at_distance",
    ),
    # 61
    (
        (
            "Beef farmers blockaded three meat processing plants in Co Meath and Co Westmeath on "
            "Monday in a protest over prices, the second such action in a month.\n\n"
            "The protests were organised by the Independent Beef Producers’ Alliance, a group formed "
            "on social media last year. Its chairman, Tomás Mac Con Iomaire, a suckler farmer from "
            "Athboy, addressed about 200 farmers at the gate of the Kilcloon Meats plant.\n\n"
            "“We are getting less for a bullock today than our fathers got in 1998, and our costs "
            "have doubled since then. The processors know it, the supermarkets know it, and the "
            "Minister knows it.\n\n"
            "“We will stay at these gates until somebody sits down with us and talks about a fair "
            "price,” he said.\n\n"
            "A spokesman for Kilcloon Meats said the blockade was unlawful and that 140 staff had "
            "been sent home."
        ),
        "We are getting less",
        "Tomás Mac Con Iomaire",
        "open_quote_paragraph_attribution_in_next",
    ),
    # 62
    (
        (
            "The leader of a northern English council has accused ministers of \"starving\" local "
            "services after the authority was forced to close eight libraries and two swimming pools "
            "to balance its budget.\n\n"
            "Councillor Shabnam Akhtar-Hughes, who leads Calderbridge Metropolitan Borough Council, "
            "told a budget meeting on Wednesday night:\n\n"
            "\"Since 2010 we have lost 42 pence of every pound the government used to give us. We have "
            "cut management, we have sold buildings, we have shared services with our neighbours.\n\n"
            "\"There is nothing left to cut that people will not notice. I did not come into politics "
            "to close libraries.\"\n\n"
            "A spokesman for the Ministry of Housing, Communities and Local Government said councils "
            "would have access to £49.2 billion this year, a 4.4 per cent increase in cash terms."
        ),
        "There is nothing left",
        "Shabnam Akhtar-Hughes",
        "continuation_paragraph_no_attribution_colon_intro",
    ),
    # 63
    (
        (
            "MANILA — Malacañang on Tuesday dismissed calls from opposition lawmakers for an "
            "independent inquiry into the awarding of a P6.8-billion contract for school laptops, "
            "saying state auditors were already reviewing the deal.\n\n"
            "\"There is no need to create another body to look into a matter that the constitutional "
            "commissions are already handling. Let the process take its course,\" the Palace said in a "
            "statement.\n\n"
            "Rep. Josefina \"Pinky\" Arboleda-Sy of the opposition bloc said the audit would take too "
            "long. \"By the time the auditors finish, the laptops will be obsolete and the money will "
            "be gone,\" she told reporters at the Batasang Pambansa."
        ),
        "There is no need",
        "Malacañang",
        "palace_said_in_statement_metonym",
    ),
    # 64
    (
        (
            "BENGALURU: Food delivery start-up ThaliGo has laid off 350 employees, about a fifth of "
            "its workforce, as it shuts operations in 11 smaller cities to cut losses ahead of a "
            "planned fundraise.\n\n"
            "In a press release on Monday, the company said affected employees would receive three "
            "months' salary and health insurance cover till the end of the year. \"These are "
            "colleagues who helped build ThaliGo, and this was the hardest decision we have had to "
            "make,\" co-founder and chief executive Aditya Menon-Kulkarni said in the release.\n\n"
            "A former employee who worked in the Indore office and did not want to be named said "
            "staff were told of the decision on a 15-minute video call. \"Nobody could ask questions. "
            "The call ended and our laptops were locked within the hour,\" he said."
        ),
        "These are colleagues",
        "Aditya Menon-Kulkarni",
        "said_in_the_release_ceo_named",
    ),
    # 65
    (
        (
            "NEW YORK (Reuters) - Shares of Bellwether Biosciences fell 31% in extended trading on "
            "Tuesday after the drugmaker said U.S. regulators had asked for an additional clinical "
            "trial of its experimental migraine treatment.\n\n"
            "The company said in a filing with the Securities and Exchange Commission that the Food "
            "and Drug Administration had issued a complete response letter for the drug, velmigrant. "
            "\"The Company intends to request a meeting with the FDA to discuss the letter and the "
            "path toward resubmission,\" the filing said.\n\n"
            "Analyst Meghan Strickland of Larkspur & Co said the setback could delay a launch by two "
            "years. \"This was the company's only late-stage asset, so there is not much to fall back "
            "on,\" she said."
        ),
        "The Company intends",
        "Bellwether Biosciences",
        "sec_filing_said_company_speaks",
    ),
    # 66
    (
        (
            "JAKARTA, March 14 (Reuters) - Indonesia's anti-graft agency on Thursday named a district "
            "head in East Kalimantan as a suspect in a bribery case involving coal mining permits, "
            "its latest move against regional officials.\n\n"
            "The Corruption Eradication Commission (KPK) said the head of Kutai Hulu regency, Bambang "
            "Sutrisno Wibowo, was suspected of receiving 12 billion rupiah ($843,000) from two mining "
            "companies in exchange for permits covering more than 20,000 hectares.\n\n"
            "\"The money was delivered in cash, in cardboard boxes, to a house owned by the suspect's "
            "brother-in-law,\" KPK deputy chairwoman Ratna Dewi Kusumawardhani told reporters.\n\n"
            "Bambang, who was detained on Thursday evening, was quoted by local media as saying as he "
            "was led away: \"I have never asked anyone for money. I will follow the legal process.\""
        ),
        "I have never asked",
        "Bambang Sutrisno Wibowo",
        "quoted_by_local_media_given_name_later",
    ),
    # 67
    (
        (
            "A Hamilton woman who stole more than $260,000 from the rest home where she worked as an "
            "accountant has been sentenced to 12 months’ home detention after the High Court heard "
            "she had repaid almost all of it.\n\n"
            "Kathryn Maree Doolan, 52, pleaded guilty to 31 charges of theft by a person in a special "
            "relationship. Crown prosecutor Mele Fifita told the court the thefts took place over six "
            "years and were found only when a new manager at the Kowhai Gardens rest home queried a "
            "supplier invoice.\n\n"
            "The rest home’s owner, Suzanne Blackwood, said in a victim impact statement that she had "
            "trusted Doolan “like family”.\n\n"
            "Doolan wept in the dock as her lawyer, Simon Ruatapu, read out her apology. In it, she "
            "said she had sold her house to repay the money. “I know that does not undo what I did, "
            "and I will spend the rest of my life ashamed of it,” she wrote."
        ),
        "I know that does",
        "Kathryn Maree Doolan",
        "apology_read_by_lawyer_she_wrote",
    ),
    # 68
    (
        (
            "Nigeria striker Chukwuemeka Ifeanyi-Obi has joined Championship side Ashworth City from "
            "Belgian club KV Westhoek for a fee believed to be around £9m, making him the club's "
            "record signing.\n\n"
            "The 24-year-old scored 22 goals in all competitions last season and made his "
            "international debut against Egypt in March. City manager Frank Delaney said he had "
            "tracked the player for two years.\n\n"
            "\"He is quick, he is strong and he scores with both feet. We have been short of that kind "
            "of threat for a long time,\" Delaney told the club's website.\n\n"
            "The striker, who grew up in Enugu and moved to Belgium as a teenager, said he had spoken "
            "to former Nigeria captain Samuel Okonkwo-Ade about English football before agreeing "
            "terms. \"He told me the Championship is a hard league, and I like hard leagues,\" the "
            "striker said."
        ),
        "He told me the",
        "Chukwuemeka Ifeanyi-Obi",
        "role_the_striker_with_name_inside_quote",
    ),
    # 69
    (
        (
            "ALBUQUERQUE, N.M. (AP) — The two candidates in Albuquerque's mayoral runoff clashed over "
            "crime and the city's troubled police department in their only televised debate on "
            "Thursday night.\n\n"
            "Retired judge Consuelo Martínez-Baca and city councilor Ray Trujillo Archuleta both "
            "promised to hire more officers, but disagreed over a federal consent decree that "
            "requires the department to change how officers use force.\n\n"
            "The former said the decree had made the department more accountable. \"Reform is not the "
            "reason crime went up, and anyone who tells you it is wants you to forget what this "
            "department was like before,\" she said.\n\n"
            "Trujillo Archuleta said the decree had tied officers' hands. \"Ask any patrol officer in "
            "this city and they will tell you they are spending more time on paperwork than on "
            "patrol,\" he said."
        ),
        "Reform is not the",
        "Consuelo Martínez-Baca",
        "the_former_then_she_said",
    ),
    # 70
    (
        (
            "Gardaí investigating the fatal shooting of a man in west Dublin on Tuesday night believe "
            "he was targeted in a dispute between rival drug gangs.\n\n"
            "The victim, named locally as Jason Mooney (27), was shot several times as he sat in a "
            "car outside a takeaway in Clondalkin shortly before 10pm. He was pronounced dead at the "
            "scene.\n\n"
            "Detective Superintendent Gráinne Ní Mhurchú, who is leading the investigation, told a "
            "press conference that a burnt-out car found in Lucan an hour later was being examined. "
            "She appealed to anyone who was in the area to come forward.\n\n"
            "“Somebody drove that car to Lucan and somebody set it alight. Those people have friends "
            "and family who know what they did,” the superintendent said.\n\n"
            "Local councillor Derek Kinsella said residents were “living in fear”."
        ),
        "Somebody drove that",
        "Gráinne Ní Mhurchú",
        "role_the_superintendent_irish_name",
    ),
    # 71
    (
        (
            "Two climbers have died after falling from a ridge in the Cairngorms during a storm, "
            "Police Scotland said.\n\n"
            "The men, aged 34 and 41, were reported overdue by relatives on Saturday evening. A "
            "mountain rescue team found them in a gully below the ridge on Sunday morning in winds of "
            "more than 70mph.\n\n"
            "In a statement, Police Scotland said: \"Our thoughts are with the families of the two men "
            "at this difficult time. Inquiries into the circumstances are ongoing, but there is "
            "nothing to suggest anything suspicious.\"\n\n"
            "Rescue team leader Alasdair MacRitchie said the conditions had been \"as bad as it gets\". "
            "\"The lads went out knowing they might be turning straight back. Sometimes the mountain "
            "does not give you that chance,\" he said."
        ),
        "Our thoughts are",
        "Police Scotland",
        "police_force_in_a_statement_colon",
    ),
    # 72
    (
        (
            "BOISE, Idaho (AP) — Idaho Gov. Thomas Ridgeway will let a bill allowing school districts "
            "to arm teachers become law without his signature, his office said Friday.\n\n"
            "\"The governor has concerns about liability for school districts, but he respects the "
            "Legislature's decision and the right of local boards to decide what is best for their "
            "communities,\" a spokesperson for the governor said in an email.\n\n"
            "The bill's sponsor, Republican Rep. Clint Harwood of Twin Falls, said rural schools "
            "could be 45 minutes from the nearest sheriff's deputy. The state teachers union said it "
            "would urge districts not to use the new law."
        ),
        "The governor has",
        "Thomas Ridgeway spokesperson",
        "unnamed_spokesperson_for_named_governor",
    ),
    # 73
    (
        (
            "NEW DELHI: A moderate earthquake of magnitude 4.7 jolted Delhi and the National Capital "
            "Region at 10.42 pm on Friday, sending residents running out of their homes. No "
            "casualties or damage were reported.\n\n"
            "The epicentre was near Rohtak in Haryana at a depth of 10 km, according to the National "
            "Centre for Seismology.\n\n"
            "\"Delhi is in seismic zone four, so tremors of this size are not unusual, but people "
            "should not ignore them,\" a scientist at the centre said, asking not to be named. \"A "
            "stronger quake in the Himalayan belt could cause far more damage in the city.\"\n\n"
            "Residents of high-rises in Gurugram and Noida said they felt their buildings sway. \"The "
            "ceiling fan was swinging and the glasses in the kitchen were rattling,\" said Ritu "
            "Malhotra-Sen, a resident of Sector 50 in Noida."
        ),
        "A stronger quake",
        "National Centre for Seismology scientist",
        "anonymous_scientist_of_named_body_second_half",
    ),
    # 74
    (
        (
            "SINGAPORE - A renovation contractor is being investigated after a video showing eight "
            "foreign workers riding in the open back of a lorry on the Pan-Island Expressway during a "
            "heavy downpour was widely shared online.\n\n"
            "The Ministry of Manpower said in a Facebook post on Sunday that it was aware of the "
            "video and had contacted the company, Prime Living Interiors. \"Employers are reminded "
            "that they must provide safe transport for their workers. We will not hesitate to take "
            "action against those who put workers at risk,\" MOM said.\n\n"
            "Ms Deborah Fong Mei Ling, who volunteers with the migrant workers' group Open Hands, "
            "said the practice was common. \"The video is shocking only because it was filmed. This "
            "happens every day on our roads,\" she said."
        ),
        "Employers are reminded",
        "Ministry of Manpower",
        "ministry_facebook_post_acronym_attribution",
    ),
    # 75
    (
        (
            "KANO - Health authorities in Kano State have begun a house-to-house polio vaccination "
            "campaign in 14 local government areas after two new cases of the disease were confirmed "
            "in children in the state.\n\n"
            "The executive secretary of the state primary health care board, Dr. Ibrahim Musa "
            "Dawakin-Kudu, said 3,800 teams would visit about 2.1 million households over five days.\n\n"
            "Traditional rulers have been enlisted to persuade parents who refused vaccination in the "
            "past. Alhaji Sani Abdullahi, the district head of Bichi, said he had summoned ward heads "
            "to his palace to explain the campaign.\n\n"
            "\"When the rumours started many years ago that the vaccine was poison, we did not "
            "challenge them quickly enough. Today I take my own grandchildren to the vaccinators in "
            "front of everybody,\" he said."
        ),
        "When the rumours",
        "Sani Abdullahi",
        "pronoun_after_two_men_alhaji_title",
    ),
    # 76
    (
        (
            "The Northern Kahu came from five goals down in the final quarter to beat the Southern "
            "Wekas 54-52 in Invercargill on Monday night and stay top of the netball premiership.\n\n"
            "Shooter Losana Vainikolo-Fifita scored 41 goals from 44 attempts, including the winner "
            "with 12 seconds left after a turnover by Kahu defender Brooke Harrington.\n\n"
            "Wekas coach Jan McKenzie-Ross said her side had “switched off” after leading for most of "
            "the match. “We gave them two cheap turnovers in the last two minutes, and against a team "
            "with a shooter like that you cannot do that,” she said.\n\n"
            "Vainikolo-Fifita, 29, was modest. “Brooke won that ball, not me. I just had to put it "
            "in,” the Tongan-born shooter said."
        ),
        "Brooke won that",
        "Losana Vainikolo-Fifita",
        "description_tongan_born_shooter",
    ),
    # 77
    (
        (
            "NAIROBI - Kenyan troops serving with the African Union mission in Somalia repulsed an "
            "attack on their base in the Gedo region on Friday, killing at least 20 militants, the "
            "military said.\n\n"
            "A military spokesman, Lt. Col. Joseph Wambua Mutiso, said al-Shabaab fighters used a car "
            "bomb to breach the perimeter before dawn. \"Our soldiers held their ground and the "
            "attackers were repulsed. Four of our soldiers sustained injuries and are receiving "
            "treatment,\" he said in a statement.\n\n"
            "Al-Shabaab claimed on a website linked to the group that it had killed dozens of Kenyan "
            "soldiers, a claim the military dismissed as \"propaganda\".\n\n"
            "A resident of the nearby town of El Wak, reached by telephone, said the explosion was "
            "heard several kilometres away. \"The whole town woke up. Then there was shooting for two "
            "hours,\" he said."
        ),
        "The whole town woke",
        "El Wak resident",
        "resident_of_named_town_reached_by_telephone",
    ),
    # 78
    (
        (
            "Four armed men held up shoppers and staff at a supermarket in Mamelodi East on Saturday "
            "afternoon and escaped with cash and airtime vouchers worth about R180,000, police said.\n\n"
            "A cashier who spoke on condition of anonymity because she feared for her safety said the "
            "men came in through the goods entrance. According to the cashier, one of them shouted: "
            "\"Everybody on the floor, nobody touches a phone, and nobody gets hurt.\"\n\n"
            "Police spokesperson Captain Johannes Maluleke said no shots were fired and no one was "
            "injured. \"We have opened a case of business robbery, and we urge anyone with information "
            "to call Crime Stop,\" he said."
        ),
        "We have opened a",
        "Johannes Maluleke",
        "named_spokesperson_after_relayed_shout",
    ),
    # 79
    (
        (
            "BEIRUT, Jan 16 (Reuters) - Protesters smashed the windows of bank branches in Beirut's "
            "Hamra district overnight, venting anger at informal capital controls that have limited "
            "withdrawals to a few hundred dollars a month.\n\n"
            "Nadim Fouad al-Khoury, head of the Savers' Rights Committee, said banks were treating "
            "depositors' money as their own. \"People are not asking for favours. They are asking for "
            "their own money, which they earned with their sweat,\" al-Khoury said.\n\n"
            "A banking industry source, who declined to be named because he was not authorised to "
            "speak publicly, said several banks would keep their Hamra branches closed. \"Branches "
            "will stay shut on Thursday and Friday. Nobody is going to send staff into that,\" the "
            "source said.\n\n"
            "Economist Rami Haddad-Saliba said the controls should have been written into law months "
            "ago."
        ),
        "Branches will stay",
        "banking industry source",
        "anonymous_industry_source",
    ),
    # 80
    (
        (
            "NAIROBI (Reuters) - Kenyan opposition leader Peter Mwangi Kariuki on Sunday called off "
            "planned street protests over the make-up of the electoral commission after church "
            "leaders offered to mediate talks with the government.\n\n"
            "Kariuki told thousands of supporters at a rally at Kamukunji grounds that he was giving "
            "dialogue \"one last chance\". \"We have shown that we can bring this city to a standstill. "
            "Now let the government show that it can listen,\" he said.\n\n"
            "Government spokesman Joseph Omondi Waweru said the government welcomed the decision. "
            "\"The door has always been open. Nobody needed to shed blood to walk through it,\" Waweru "
            "told a local television station.\n\n"
            "Church leaders said they would convene the first meeting within a week."
        ),
        "We have shown",
        "Peter Mwangi Kariuki",
        "nationality_role_before_name_opposition_leader",
    ),
]
