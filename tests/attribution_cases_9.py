"""Eighty made-up passages for quotation attribution, written blind (ninth set, international and national news and wire copy of 2005-2019).

Every passage, name, organisation and event below was invented for this file by someone who had read
only the annotation README (its "What a row is" and "Columns" sections) and the opening lines of an
earlier case file for its layout, never the tool's source, tests, benchmarks or annotated data. Real
countries, cities, rivers, courts, news agencies, broadcasters and well-known bodies (the European
Space Agency, JAXA, UNHCR, the Southern African Development Community, Peru's Constitutional
Tribunal, Ireland's Data Protection Commission, Roscosmos, Interfax, Xinhua, the BBC) appear only as
background; the people and most organisations are fictional, and no event is a real one.

The passages imitate English-language international and national news of 2005 to 2019 in the manner
of Wikinews and wire copy (AP, Reuters, AFP, Xinhua, the BBC): diplomacy and summits (asylum quotas,
naval patrols, border talks, family reunions, Gulf ministers, Taiwan Strait transits); elections and
parliaments (recount demands, no-confidence votes, coalition talks, party conventions, a digital
credit bill, boycotted by-elections, a postponed vote); wars and ceasefires (Iraq, eastern Ukraine,
northern Mali, Kabul, the southern Philippines and southern Thailand, peace talks in Oslo); disasters
and rescues (floods, an earthquake, a ferry and a tourist boat, a climber on a Karakoram peak, an
Ebola outbreak, haze, refugees); courts and trials abroad (a massacre verdict, an acquittal, a
sedition sentence, a lawsuit, a constitutional ruling, a decree, a sentence in absentia); sport
(football in Portugal, Turkey and Argentina, cricket in Sri Lanka, Dubai, the West Indies and
Bangladesh, athletics in Kenya, Ethiopia and Jamaica, hockey, short track); science and space
(a lost satellite, a displacement report, a Chinese satellite, asteroid rovers, a cosmonaut's
death, an astronaut's blog); business and technology (job cuts, a recall, an apology on Twitter,
anti-dumping duties, a data-protection fine, an interest-rate rise); protests and unions (miners,
students, pilots, judges' reform, fuel prices, graffiti, an abandoned factory); and obituaries and
tributes (a highlife guitarist, a rugby sevens coach, a fast bowler, a Senegalese singer).

Attribution sits before the quotation (with a colon or without), after it, between two quoted
sentences, in the next sentence ("The words came in a statement posted on ..."), in the next
paragraph ("That was the blunt assessment of ..."), in a paragraph ending with a colon, in the
paragraph before as indirect speech, in a sentence without a speech verb ("X was unrepentant."),
and in replies to questions ("Asked whether ..."). Three quotations run on over two paragraphs;
two of them are chosen in their second paragraph. The reporting constructions include "according to", "quoted X as saying",
passive "was quoted by X as saying", "told reporters", "said in a statement", "wrote on Twitter",
"wrote in a blog post", "in a post on his official Facebook page", "in a message of condolence",
"in an interview with", "speaking to the BBC's ... programme", "said in an address broadcast on state
television" and "paid tribute, saying:". Subjects are long: chains of titles and appositions ("the
Slovak foreign ministry's state secretary for European affairs, X,"), relative clauses without
commas ("A woman who lost her only son in the blast"), brackets with parties and ages ("(Jubilee)",
"(19)"), an aside between dashes, and a time phrase between subject and verb. Speakers are referred
to by pronouns after two or three people of either sex (one of them dead), by "the former" and "the
latter", and by descriptions that refer back ("the 34-year-old", "the Brazilian", "the striker",
"the minister", "the lawyer", "the governor", "the student", "the teenager", "the agency", "the
ministry", "the regulator", "the union"). Organisations speak (an electoral authority, a rebel
alliance, a union, a club, ministries, a space agency), and so do documents: a communique, a report,
a lawsuit, a court ruling, a decree, a signed leaflet, a statement read by a lawyer on a defendant's
behalf, a family statement. Spokespeople speak for people and bodies, named and unnamed. Some
quotations have no identifiable source (a slogan painted on a wall, an unsigned notice on a factory
gate, unsigned leaflets, a WhatsApp message nobody could trace) and take an empty speaker.

Names include Arabic names with al-, el- and bin, a Malay name with bin, Chinese, Vietnamese and
Korean surname-first names, Spanish and Portuguese compound surnames (with dos and de), Dutch and
German particles (van den, van der, de, von) including a sentence-initial "Van der", Russian and
Bulgarian patronymics, an Indonesian single name, Thai names referred to by the given name, an
Ethiopian name referred to by the given name, Nepali, Bengali, Sri Lankan, Fijian, Ghanaian,
Nigerian, Kenyan, Zimbabwean, Congolese, Ivorian, Senegalese and South African names, Czech and
Greek names, many hyphenated names, and honorifics and military titles (Sheikh, Datuk Seri, Alhaji,
Chief, Ratu, Sir, Brigadier General, Major General, Colonel, Air Chief Marshal, Police Colonel,
Lieutenant Colonel, Commander).

Each case is a tuple (passage, first_words_of_chosen_quote, speaker, label), written to the
case format and speaker convention set out once in ``test_attribution_cases.py``.

The rules got 58 of the 80 right when these were first run (0.73), before any rule was written
from them; rules written from the misses then brought 69 right. The 11 still wrong are marked as
expected failures, each with its reason, in ``test_attribution_cases.py``."""

CASES = [
    # 1
    (
        (
            "BRUSSELS (Reuters) - Several central European governments on Thursday urged the European "
            "Union to postpone a vote on relocating asylum seekers until after leaders meet in "
            "December.\n\n"
            "\"We are not refusing solidarity, but no country can be asked to fill reception centres "
            "that do not yet exist,\" the Slovak foreign ministry's state secretary for European "
            "affairs, Marek Hlavanda, told reporters before the meeting of interior ministers.\n\n"
            "Hungary's envoy to the bloc, Zsolt Keresztes-Nagy, said his government would challenge "
            "any binding quota at the European Court of Justice. Diplomats said a compromise text was "
            "being drafted overnight by the Luxembourg presidency."
        ),
        "We are not refusing",
        "Marek Hlavanda",
        "long_apposition_chain_after_quote",
    ),
    # 2
    (
        (
            "MAPUTO (AFP) - Southern African leaders on Sunday called for an immediate halt to "
            "fighting in northern Mozambique and promised to send a technical mission to the region "
            "within a month.\n\n"
            "The communique, issued at the end of an extraordinary summit of the Southern African "
            "Development Community (SADC) in Maputo, read: \"The Summit condemns in the strongest "
            "terms the attacks on civilians and resolves to support the Republic of Mozambique in "
            "restoring peace and security.\"\n\n"
            "The bloc did not say how many troops it might eventually deploy. Mozambique's government "
            "has so far refused foreign soldiers on its soil, preferring to hire private security "
            "contractors."
        ),
        "The Summit condemns",
        "Southern African Development Community",
        "communique_read_colon_acronym_body",
    ),
    # 3
    (
        (
            "JAKARTA, Indonesia (AP) — Indonesia and Australia agreed Wednesday to resume joint naval "
            "patrols in the Timor Sea, ending a freeze that began after a dispute over asylum-seeker "
            "boats last year.\n\n"
            "Indonesian Foreign Minister Dewi Anggraini Suryadarma met her Australian counterpart, "
            "Mark Cullinane, for more than three hours at the ministry in central Jakarta. Cullinane "
            "told reporters the patrols would start in March and that the two navies would share "
            "radar data.\n\n"
            "Asked whether Jakarta had received the apology it had demanded, she smiled. “We have "
            "moved on, and both our peoples expect us to behave as good neighbours,” she said. “The "
            "sea between us should connect us, not divide us.”"
        ),
        "We have moved on",
        "Dewi Anggraini Suryadarma",
        "pronoun_she_after_two_ministers",
    ),
    # 4
    (
        (
            "MOSCOW (Reuters) - The presidents of Armenia and Azerbaijan failed to agree on a "
            "framework for talks over Nagorno-Karabakh at a meeting hosted by Russia on Friday, "
            "officials said.\n\n"
            "Armenian President Hovhannes Sargsyan-Avetisyan and Azerbaijan's Elnur Mammadli spoke "
            "for nearly four hours behind closed doors at a government residence outside the city. "
            "The former left without speaking to reporters.\n\n"
            "The latter, speaking through an interpreter at a brief news conference, said: "
            "\"Azerbaijan will not sign any document that legitimises the occupation of its territory. "
            "Our patience has limits.\"\n\n"
            "Russian officials said another round would be held in the autumn."
        ),
        "Azerbaijan will not sign",
        "Elnur Mammadli",
        "the_latter_colon",
    ),
    # 5
    (
        (
            "FREETOWN, Sierra Leone (Reuters) - The National Electoral and Referendum Authority "
            "(NERA) on Tuesday rejected opposition demands for a recount of last week's presidential "
            "run-off, saying observers had found no evidence of large-scale fraud.\n\n"
            "The opposition People's Renewal Congress had accused election officials of inflating "
            "turnout in four districts in the east of the country, where the incumbent won more than "
            "80 percent of the vote.\n\n"
            "\"Every complaint submitted within the legal deadline has been examined, and none would "
            "alter the outcome of the election,\" NERA said in a statement read on state radio. It "
            "said final certified results would be published on Friday.\n\n"
            "The opposition said it would take its case to the Supreme Court."
        ),
        "Every complaint submitted",
        "National Electoral and Referendum Authority",
        "acronym_organisation_said_in_statement",
    ),
    # 6
    (
        (
            "MADRID (AFP) - Spain's ruling party on Monday ruled out a grand coalition with its main "
            "rival, hours after an inconclusive general election left parliament more fragmented than "
            "at any time since the return of democracy.\n\n"
            "\"There will be no agreement with a party that has spent four years calling us "
            "illegitimate,\" a spokeswoman for the Centre Democratic Alliance told AFP, asking not to "
            "be named because negotiations had not formally begun.\n\n"
            "Party leader Ignacio Bermúdez de Castro Ruiz, who remains acting prime minister, was "
            "expected to address supporters at the party's headquarters later in the evening."
        ),
        "There will be no",
        "Centre Democratic Alliance spokeswoman",
        "unnamed_party_spokeswoman",
    ),
    # 7
    (
        (
            "KATHMANDU, Nepal (AFP) - Nepal’s prime minister survived a no-confidence motion in "
            "parliament on Sunday by 11 votes after two small regional parties abstained.\n\n"
            "Speaking to journalists outside the parliament building in New Baneshwor, Prime Minister "
            "Khadga Bahadur Thapa Magar said he would reshuffle his cabinet within a week. The "
            "opposition leader, Sushila Rai Karki, accused him of buying votes with promises of "
            "ministerial posts.\n\n"
            "Asked whether he would call early elections, the prime minister replied: “The people "
            "gave us a mandate for five years. We will complete the term and then let them judge us.”"
        ),
        "The people gave us",
        "Khadga Bahadur Thapa Magar",
        "asked_whether_reply_role_description",
    ),
    # 8
    (
        (
            "THE HAGUE (Reuters) - A Dutch lawmaker who led a parliamentary inquiry into gas "
            "extraction in the northern province of Groningen said on Wednesday that successive "
            "governments had put state revenue before the safety of residents.\n\n"
            "Presenting the committee's findings, Pieter-Jan van den Akker said:\n\n"
            "\"For years, warnings from seismologists were filed away and forgotten. Homes cracked, "
            "and people were told that nothing could be done.\n\n"
            "\"This was not an accident of geology alone. It was a choice, made again and again in The "
            "Hague, and those who made it must now answer for it.\"\n\n"
            "The government said it would respond to the report within six weeks."
        ),
        "This was not an",
        "Pieter-Jan van den Akker",
        "continuation_paragraph_after_colon_paragraph",
    ),
    # 9
    (
        (
            "BAGHDAD (Reuters) - Iraqi forces backed by coalition air strikes pushed into the last "
            "district held by Islamic State fighters in the western town of Rawa on Friday, the "
            "military said.\n\n"
            "\"Our units have raised the Iraqi flag over the municipal building and are clearing the "
            "remaining streets house by house,\" said Brigadier General Khalid Abd al-Sattar "
            "al-Jubouri, a spokesman for the Joint Operations Command.\n\n"
            "Jubouri said dozens of militants had been killed but gave no figures for army "
            "casualties. Residents reached by telephone said hundreds of families were sheltering in "
            "basements without electricity."
        ),
        "Our units have raised",
        "Khalid Abd al-Sattar al-Jubouri",
        "said_inverted_military_title_arabic_al",
    ),
    # 10
    (
        (
            "KIEV (Reuters) - A ceasefire in eastern Ukraine largely held overnight, although both "
            "sides reported sporadic shelling around the railway town of Debaltseve, officials said "
            "on Monday.\n\n"
            "Russia's Interfax news agency quoted Colonel Dmitry Sergeyevich Avdonin, a spokesman for "
            "the separatist forces, as saying: \"Our side has not fired a single shot since midnight. "
            "Every violation recorded so far came from positions held by the Ukrainian army.\"\n\n"
            "A Ukrainian military spokesman, Vitaliy Hrytsenko-Bondar, told a briefing in Kiev that "
            "government positions had come under fire 14 times, mostly from mortars. Monitors from "
            "the Organization for Security and Co-operation in Europe said they had been unable to "
            "reach the area."
        ),
        "Our side has not",
        "Dmitry Sergeyevich Avdonin",
        "quoted_as_saying_colon_patronymic",
    ),
    # 11
    (
        (
            "BAMAKO, Mali (AFP) - An alliance of armed groups in northern Mali said on Saturday it "
            "was suspending its participation in a peace agreement signed with the government two "
            "years ago.\n\n"
            "\"We can no longer sit at a table while our fighters are arrested and the army's allies "
            "move freely through Kidal and Gao.\" The words came in a statement posted on the Facebook "
            "page of the Alliance of Azawad Popular Movements (AAPM), which accused pro-government "
            "militias of attacking its positions near Anefis on Thursday.\n\n"
            "The government in Bamako did not immediately respond. United Nations peacekeepers said "
            "they were trying to contact the leaders of both sides."
        ),
        "We can no longer",
        "Alliance of Azawad Popular Movements",
        "attribution_next_sentence_facebook_statement",
    ),
    # 12
    (
        (
            "DHAKA, Bangladesh (AP) — Bangladesh will not force any Rohingya refugee to return to "
            "Myanmar, a senior official said Tuesday, a day after a planned repatriation of more than "
            "2,000 people was called off when none of them agreed to board the buses.\n\n"
            "Mohammad Shamsul Haque Bhuiyan, the government’s refugee relief and repatriation "
            "commissioner, was quoted by the Dhaka Tribune as saying: “We cannot send anyone back "
            "against their will. The conditions in Rakhine must change first.”\n\n"
            "Myanmar’s government said it had prepared reception camps near the border and blamed "
            "“outside agitators” for the refugees’ refusal."
        ),
        "We cannot send anyone",
        "Mohammad Shamsul Haque Bhuiyan",
        "passive_was_quoted_as_saying",
    ),
    # 13
    (
        (
            "HANOI (Reuters) - Floods and landslides unleashed by days of torrential rain have killed "
            "at least 19 people in central Vietnam, with a dozen more missing, the government said on "
            "Wednesday.\n\n"
            "Nguyen Van Thanh, deputy head of the Quang Ngai provincial steering committee for "
            "natural disaster prevention, on Tuesday evening told state broadcaster VTV: “Many "
            "villages are still cut off and we are using boats to bring rice and drinking water to "
            "the people.”\n\n"
            "Forecasters warned that more rain was expected over the weekend. The Red Cross said it "
            "had released emergency funds for 5,000 families."
        ),
        "Many villages are still",
        "Nguyen Van Thanh",
        "time_phrase_between_subject_and_verb",
    ),
    # 14
    (
        (
            "SUMBAWA, Indonesia (Reuters) - Rescuers dug through the rubble of collapsed homes and "
            "mosques on the island of Sumbawa on Monday after a 6.1-magnitude earthquake killed at "
            "least 12 people, officials said.\n\n"
            "\"Heavy equipment cannot yet reach several villages in the north because the roads are "
            "blocked by landslides,\" Sugiharto, a spokesman for the National Disaster Mitigation "
            "Agency (BNPB), told reporters in Jakarta.\n\n"
            "Sugiharto, who like many Indonesians uses only one name, said more than 8,000 people had "
            "spent the night in tents or in the open, fearing aftershocks. Dozens of tourists were "
            "evacuated by boat from the nearby island of Moyo."
        ),
        "Heavy equipment cannot",
        "Sugiharto",
        "indonesian_single_name",
    ),
    # 15
    (
        (
            "DHAKA (AFP) - At least 43 people drowned when an overcrowded ferry capsized in the Padma "
            "river during a storm on Sunday, police said, with dozens more feared trapped inside the "
            "hull.\n\n"
            "The two-deck vessel was carrying around 200 passengers to Dhaka at the end of the Eid "
            "holidays when it was struck by strong winds near Munshiganj, district police chief Abdul "
            "Mannan Chowdhury said.\n\n"
            "One survivor, a garment worker who did not want to be named, told AFP from a hospital "
            "bed: \"The water came in from the side all at once. I held my daughter above my head and "
            "someone pulled us onto the roof.\"\n\n"
            "Divers from the navy and the fire service were searching the wreck, which lies in about "
            "20 metres of water."
        ),
        "The water came in",
        "survivor",
        "unnamed_survivor_colon",
    ),
    # 16
    (
        (
            "PHUKET, Thailand (Reuters) - Thai navy divers recovered four more bodies on Saturday "
            "from a tourist boat that sank in a storm off the southern island of Phuket, bringing the "
            "death toll to 31.\n\n"
            "Police Colonel Anurak Chaiyaphum, the deputy commander of Phuket provincial police, said "
            "the captain of the Sea Jewel had been charged with negligence for leaving port despite a "
            "weather warning.\n\n"
            "\"We warned all operators two days in advance that waves would reach five metres,\" Anurak "
            "said. \"This tragedy could have been avoided.\"\n\n"
            "Most of the passengers were tourists from China, and Chinese consular officials "
            "travelled to Phuket to assist their families."
        ),
        "We warned all operators",
        "Anurak Chaiyaphum",
        "thai_given_name_after_title",
    ),
    # 17
    (
        (
            "ISLAMABAD (AFP) - A Czech climber stranded for three days at more than 7,000 metres on "
            "Pakistan’s Gasherbrum II was plucked to safety by an army helicopter on Friday, "
            "officials said.\n\n"
            "Kateřina Dvořáková-Hrubá, a physiotherapist from Brno, had been attempting a new route "
            "with her partner, Jakub Novotný, when he fell into a crevasse on Tuesday. Novotný’s body "
            "could not be recovered.\n\n"
            "Major Faisal Iqbal Rana, one of the two pilots who flew the mission, said the helicopter "
            "could hover for only a few seconds in the thin air.\n\n"
            "Speaking from a hospital in Skardu, the 34-year-old said: “I had to leave him there. It "
            "is the hardest thing I have ever done, and I will carry it for the rest of my life.”"
        ),
        "I had to leave",
        "Kateřina Dvořáková-Hrubá",
        "age_description_back_reference",
    ),
    # 18
    (
        (
            "GUATEMALA CITY (Reuters) - A Guatemalan court on Thursday sentenced a former army "
            "colonel to 60 years in prison for ordering the massacre of 38 villagers in the "
            "department of Quiché in 1982.\n\n"
            "Presiding judge María Eugenia Paredes Villanueva read the verdict to a courtroom packed "
            "with indigenous Ixil women, some of whom had waited more than three decades for the case "
            "to come to trial.\n\n"
            "\"The court is convinced that the victims were killed because of who they were, not "
            "because of anything they had done,\" Paredes said. \"No order from a superior can excuse "
            "such acts.\"\n\n"
            "The defendant, Héctor Rolando Cifuentes Batres, 79, showed no emotion. His lawyer, Edgar "
            "Morales Pinto, said he would appeal."
        ),
        "The court is convinced",
        "María Eugenia Paredes Villanueva",
        "split_quote_first_half_compound_surname",
    ),
    # 19
    (
        (
            "ATHENS (Reuters) - A Greek court on Monday acquitted a former deputy finance minister "
            "accused of helping a shipping magnate avoid 40 million euros in taxes, in a case that "
            "had become a symbol of the country’s struggle with graft during the debt crisis.\n\n"
            "Stavros Karamanlidis-Petrou, 64, had always denied the charges. The businessman, Nikos "
            "Papathanasopoulos, was convicted in a separate trial last year and is serving a "
            "five-year sentence.\n\n"
            "Outside the courthouse, Karamanlidis-Petrou embraced his wife but did not speak to "
            "reporters. His lawyer, Alexandros Kourtis, read a statement on his behalf:\n\n"
            "“I have lived eight years under a cloud of suspicion that I did not deserve. I thank my "
            "family, who never doubted me, and the judges, who looked at the evidence and not at the "
            "headlines.”\n\n"
            "Kourtis said prosecutors had 30 days to appeal and that the acquittal should “end a "
            "witch hunt”."
        ),
        "I have lived eight",
        "Stavros Karamanlidis-Petrou",
        "statement_read_by_lawyer_on_behalf",
    ),
    # 20
    (
        (
            "BOGOTÁ (Reuters) - Colombian flower workers have sued a Dutch horticulture company, "
            "accusing it of exposing them for years to pesticides that left some with chronic "
            "illnesses.\n\n"
            "The lawsuit, filed in the district court in The Hague by the Association of Flower "
            "Workers of the Sabana on behalf of 143 current and former employees of Bloemenhuis Van "
            "Rijn, seeks damages and medical care for the workers.\n\n"
            "\"The defendant knew that its employees were spraying banned chemicals without masks or "
            "gloves, and it chose to do nothing,\" the lawsuit states.\n\n"
            "Bloemenhuis Van Rijn said in an e-mailed statement that it complied with Colombian and "
            "European rules and would defend itself in court."
        ),
        "The defendant knew",
        "Association of Flower Workers of the Sabana",
        "lawsuit_states_named_claimant",
    ),
    # 21
    (
        (
            "LIMA (Reuters) - Peru's Constitutional Tribunal on Wednesday struck down a decree that "
            "allowed mining companies to operate in high-altitude wetlands that supply drinking water "
            "to millions of people.\n\n"
            "The ruling, approved by five votes to two, gives the government one year to redraw the "
            "boundaries of protected areas in the Andes.\n\n"
            "\"Access to water is a fundamental right, and no economic interest may be placed above "
            "it,\" the ruling said. \"The State has a duty to protect these ecosystems for future "
            "generations.\"\n\n"
            "The National Society of Mining, Petroleum and Energy said the decision would put some "
            "20,000 jobs at risk."
        ),
        "Access to water is",
        "Constitutional Tribunal",
        "ruling_said_court_author",
    ),
    # 22
    (
        (
            "PORTO, Portugal (AP) — Two goals in the last 10 minutes from substitute Thiago Henrique "
            "Moura gave Atlético Ribeirense a 2-1 win over Marinhense on Sunday and lifted the "
            "promoted club out of the relegation zone.\n\n"
            "Marinhense had led through a first-half header from their Ghanaian defender, Kofi "
            "Asante-Boateng, and coach Rui Filipe Sequeira said afterwards that his side had been "
            "“too scared to win.”\n\n"
            "Moura, signed on loan from Fluminense in January, had not scored since arriving in "
            "Portugal. The Brazilian was mobbed by teammates after his second goal, a curling shot "
            "from 25 meters.\n\n"
            "“I have waited four months for this night, and I dedicate these goals to my mother in "
            "Niterói,” the Brazilian told Sport TV. “She prayed for me every day.”"
        ),
        "I have waited four",
        "Thiago Henrique Moura",
        "nationality_description_back_reference",
    ),
    # 23
    (
        (
            "ISTANBUL (Reuters) - Karadeniz Spor's Nigerian forward Emmanuel Chukwudi Okafor scored a "
            "hat-trick as his side beat Anadolu Gençlik 4-0 on Saturday to go three points clear at "
            "the top of the Turkish second division.\n\n"
            "Coach Matthias Brandauer, who took charge in November, said the win was the result of "
            "\"hard work on the training pitch\" rather than luck.\n\n"
            "Okafor, who was jeered by some home fans after missing a penalty last month, did not "
            "celebrate his third goal. Asked about the jeers, the striker shrugged.\n\n"
            "\"People forget quickly, but I do not,\" he told broadcaster beIN Sports after the match. "
            "\"I scored for my teammates and for the coach, who never stopped believing in me.\""
        ),
        "People forget quickly",
        "Emmanuel Chukwudi Okafor",
        "description_the_striker_then_pronoun",
    ),
    # 24
    (
        (
            "GALLE, Sri Lanka (Reuters) - South Africa completed a crushing victory by an innings and "
            "103 runs over Sri Lanka on the third day of the first Test on Friday, with spinner Thabo "
            "Mokoena-Daniels taking 11 wickets in the match.\n\n"
            "Sri Lanka, needing to bat out more than two days to save the game, collapsed from 41 for "
            "one to 96 all out in just over two sessions.\n\n"
            "\"We batted like a side that had forgotten how to play Test cricket. There is no excuse "
            "for being bowled out for 96 on a pitch like this.\"\n\n"
            "That was the blunt assessment of Sri Lanka captain Lahiru Dilshan Weerakkody, who said "
            "he would discuss changes with the selectors before the second Test in Colombo. "
            "Mokoena-Daniels, 26, called it the best day of his career."
        ),
        "We batted like",
        "Lahiru Dilshan Weerakkody",
        "attribution_next_paragraph",
    ),
    # 25
    (
        (
            "DUBAI (AFP) - Pakistan's new Test captain Usman Tariq Qureshi said on Tuesday he would "
            "open the batting himself in the first Test against New Zealand, ending weeks of "
            "speculation over the team's top order.\n\n"
            "\"I have asked the boys to take responsibility, so I have to lead from the front,\" "
            "Qureshi told reporters at the Dubai International Stadium. \"If I fail, nobody can say "
            "the captain hid in the middle order.\"\n\n"
            "Head coach Graham Whitlock-Barnes, the former Australian all-rounder, said fast bowler "
            "Haris Mehmood would return after missing the last series with a back injury."
        ),
        "If I fail",
        "Usman Tariq Qureshi",
        "second_half_split_quote_told_reporters",
    ),
    # 26
    (
        (
            "NAIROBI (Reuters) - Kenyan marathon runner Geoffrey Kiprono Kipchumba, who was "
            "provisionally suspended last month after testing positive for a banned blood booster, "
            "has denied knowingly taking any prohibited substance.\n\n"
            "The 31-year-old, winner of the Rotterdam and Chicago marathons in 2016, faces a "
            "four-year ban if found guilty by the Athletics Integrity Unit (AIU).\n\n"
            "In an interview with the Daily Nation newspaper, Kipchumba said: “I went to a clinic in "
            "Eldoret because I had a fever, and the doctor gave me an injection. I trusted him. I "
            "never asked what was in the syringe.”\n\n"
            "His agent, Marco Bellandi-Rossi, said the runner would co-operate fully with "
            "investigators."
        ),
        "I went to a",
        "Geoffrey Kiprono Kipchumba",
        "in_an_interview_with_colon",
    ),
    # 27
    (
        (
            "ADDIS ABABA (AFP) - Ethiopian long-distance runner Meseret Haile Gebremariam said on "
            "Monday she would not defend her 10,000 metres world title in Doha, citing a recurring "
            "hamstring injury.\n\n"
            "Her coach, Hailu Tadesse Woldemichael, told AFP the 27-year-old had been unable to train "
            "at full speed since March. Ethiopian Athletics Federation president Belay Asfaw Demissie "
            "said the federation would name a replacement \"within days\".\n\n"
            "Speaking at the federation's headquarters, Meseret fought back tears. \"I dreamed of "
            "winning a second title, but my body is telling me to stop,\" she said. \"I will come back "
            "stronger for Tokyo.\""
        ),
        "I dreamed of winning",
        "Meseret Haile Gebremariam",
        "ethiopian_given_name_pronoun_she",
    ),
    # 28
    (
        (
            "PARIS (AFP) - The European Space Agency (ESA) said on Thursday it had lost contact with "
            "an Earth observation satellite launched only three weeks ago, and that engineers were "
            "trying to establish whether the spacecraft could be saved.\n\n"
            "The 280-million-euro Meridian-2 satellite, designed to measure soil moisture, stopped "
            "transmitting on Tuesday shortly after a scheduled manoeuvre to raise its orbit.\n\n"
            "\"Our teams at the control centre in Darmstadt are working around the clock to "
            "re-establish a link, and we have not given up hope,\" the agency said in a statement. "
            "Mission manager Ingrid Solheim-Larsen was due to brief journalists on Friday."
        ),
        "Our teams at the",
        "European Space Agency",
        "the_agency_said_in_statement",
    ),
    # 29
    (
        (
            "GENEVA (Reuters) - The number of people forced from their homes by floods, storms and "
            "droughts reached a record 24 million last year, according to a report published on "
            "Monday.\n\n"
            "The report, by the Geneva-based Centre for Displacement Monitoring (CDM), found that "
            "South Asia and East Africa accounted for more than half of the new displacements. The "
            "centre's director, Anneke de Vries-Lamers, said governments were \"consistently "
            "underestimating\" the problem.\n\n"
            "\"Disasters now displace three times as many people as conflict, yet funding for "
            "prevention remains a fraction of what is spent on emergency relief,\" the report said.\n\n"
            "The figures will be presented to a United Nations conference on disaster risk in Sendai "
            "next month."
        ),
        "Disasters now displace",
        "Centre for Displacement Monitoring",
        "the_report_said_organisation_author",
    ),
    # 30
    (
        (
            "BEIJING (Reuters) - China on Thursday launched its first satellite dedicated to "
            "following up gravitational wave events, state media said, as the country pushes to catch "
            "up with the United States and Europe in space science.\n\n"
            "The 600-kg satellite, named Xuanji-1, lifted off on a Long March 2D rocket from the "
            "Jiuquan Satellite Launch Centre in the Gobi desert shortly before noon.\n\n"
            "\"This is the first step. Within ten years we want Chinese instruments to be making "
            "discoveries, not just confirming those of others,\" Zhang Weiming, the mission's chief "
            "scientist at the Chinese Academy of Sciences, told the official Xinhua news agency.\n\n"
            "Zhang said the satellite would begin collecting data in about three months, once its "
            "instruments had been calibrated."
        ),
        "This is the first",
        "Zhang Weiming",
        "chinese_surname_first_told_agency",
    ),
    # 31
    (
        (
            "FRANKFURT (Reuters) - German engineering group Hallstein Industrietechnik said on "
            "Tuesday it would cut 2,300 jobs, about a tenth of its workforce, as weak demand from "
            "China and the car industry weighed on orders.\n\n"
            "\"These are painful decisions, but they are necessary to secure the future of the company "
            "and of the jobs that remain,\" chief executive Friederike von Hallenberg-Strauss said in "
            "a statement.\n\n"
            "The IG Metall union said it would fight any compulsory redundancies at the group's "
            "plants in Baden-Wuerttemberg. Hallstein shares rose 4.1 percent in early trading."
        ),
        "These are painful decisions",
        "Friederike von Hallenberg-Strauss",
        "said_in_statement_german_particle",
    ),
    # 32
    (
        (
            "BENGALURU (Reuters) - The founder of Indian food delivery startup Tiffinwala apologised "
            "on Sunday after the company sent customers a promotional message that mocked a religious "
            "festival, prompting calls for a boycott.\n\n"
            "“We messed up. The message was insensitive and should never have gone out, and I take "
            "full responsibility,” Aditya Raghunathan Iyer wrote on Twitter, adding that the employee "
            "responsible had been suspended.\n\n"
            "The hashtag #BoycottTiffinwala trended for most of Saturday. The company, backed by "
            "Japanese and American investors, delivers about 400,000 orders a day in 30 cities."
        ),
        "We messed up",
        "Aditya Raghunathan Iyer",
        "wrote_on_twitter",
    ),
    # 33
    (
        (
            "SEOUL (Reuters) - South Korea's Hanseong Electronics on Friday recalled 1.2 million "
            "washing machines sold in the United States after reports that the lids could detach "
            "during the spin cycle.\n\n"
            "The company's chairman, Choi Dong-hyuk, was not available for comment. \"We sincerely "
            "apologise to our customers for the inconvenience and will offer a free repair or a full "
            "refund to every owner,\" a Hanseong spokeswoman told Reuters by telephone, declining to "
            "be identified in line with company policy.\n\n"
            "The U.S. Consumer Product Safety Commission said it had received 730 reports of lids "
            "detaching, including nine injuries."
        ),
        "We sincerely apologise",
        "Hanseong Electronics spokeswoman",
        "unnamed_company_spokeswoman",
    ),
    # 34
    (
        (
            "JOHANNESBURG (Reuters) - More than 20,000 workers at South Africa's platinum mines began "
            "an indefinite strike on Monday after wage talks with three of the biggest producers "
            "collapsed.\n\n"
            "The general secretary of the National Union of Mineworkers and Allied Workers (NUMAW), "
            "Nkosinathi Dlamini – who has led the union since a bitter split in 2012 – told a rally "
            "outside Rustenburg: \"We are asking for a living wage, not charity. Our members go "
            "underground every day and some of them do not come back up.\"\n\n"
            "The producers say a basic monthly wage of 12,500 rand would force them to close "
            "loss-making shafts and cut thousands of jobs."
        ),
        "We are asking for",
        "Nkosinathi Dlamini",
        "dash_aside_long_subject_colon",
    ),
    # 35
    (
        (
            "SANTIAGO (Reuters) - Chilean police fired tear gas and water cannon at thousands of "
            "students who marched through central Santiago on Thursday demanding free university "
            "education.\n\n"
            "Organisers said 150,000 people took part; police put the number at 40,000. At least 30 "
            "people were arrested after masked youths smashed bank windows and set fire to a bus "
            "shelter on the Alameda avenue.\n\n"
            "\"Our officers acted with restraint and only intervened when private property was being "
            "destroyed,\" a police spokesman said on local radio.\n\n"
            "Student leader Valentina Fuenzalida Rojas, 23, accused the police of \"attacking peaceful "
            "families\"."
        ),
        "Our officers acted",
        "police spokesman",
        "unnamed_police_spokesman",
    ),
    # 36
    (
        (
            "ACCRA, Ghana (AP) — Kwabena Osei-Mensah, the guitarist and bandleader whose records "
            "helped carry Ghanaian highlife to audiences in Europe in the 1970s, has died. He was 81.\n\n"
            "He died peacefully at his home in Kumasi on Saturday, surrounded by his children and "
            "grandchildren, his family said in a statement.\n\n"
            "“Papa lived for music, and he played his guitar until the very last week of his life,” "
            "the statement said. “We thank everyone who ever danced to his songs.”\n\n"
            "Musicians’ Union president Afua Asantewaa-Boakye called him “a national treasure” and "
            "said a memorial concert would be held in Accra next month."
        ),
        "Papa lived for music",
        "family",
        "family_statement_said",
    ),
    # 37
    (
        (
            "SUVA, Fiji (AFP) - Tributes poured in on Tuesday for Ratu Peceli Naulumatua, who coached "
            "Fiji's rugby sevens side to two world titles and died of a heart attack on Monday aged "
            "58.\n\n"
            "In a post on his official Facebook page, Prime Minister Timoci Vosabeci Delana wrote:\n\n"
            "\"Fiji has lost a father figure. Ratu Peceli took boys from the villages and turned them "
            "into men the whole world admired.\n\n"
            "\"Our thoughts and prayers are with his wife and children at this difficult time.\"\n\n"
            "Naulumatua's daughter, Litia, said the family had been overwhelmed by messages from "
            "around the world."
        ),
        "Fiji has lost a",
        "Timoci Vosabeci Delana",
        "facebook_post_colon_paragraph_before",
    ),
    # 38
    (
        (
            "CARACAS, Venezuela (Reuters) - Workers arriving at the Food Ministry in central Caracas "
            "on Wednesday found the building's front wall covered in red paint, a day after the "
            "government announced a further cut in subsidised food rations.\n\n"
            "\"You promised us bread and gave us queues,\" read the largest of the slogans, sprayed in "
            "letters more than a metre high. Nobody claimed responsibility, and police said they were "
            "reviewing security camera footage.\n\n"
            "Food Minister Rodolfo Antonio Maldonado Pérez told state television the vandalism was "
            "\"the work of paid provocateurs\" and said the ration cut would be temporary."
        ),
        "You promised us bread",
        "",
        "unattributed_graffiti_empty",
    ),
    # 39
    (
        (
            "PHNOM PENH, Cambodia (AP) — Hundreds of garment workers gathered outside a shuttered "
            "factory on the outskirts of Phnom Penh on Monday after its owners disappeared without "
            "paying two months of wages.\n\n"
            "A handwritten notice taped to the locked gate said: “The factory is closed until further "
            "notice. Workers will be contacted about their salaries.” It was unsigned, and workers "
            "said they did not know who had put it up. Calls to a number listed for the company, "
            "Golden Thread Apparel, went unanswered.\n\n"
            "Labor Ministry spokesman Sok Vannarith said officials were trying to trace the owners "
            "and would sell the machinery to pay the workers if necessary."
        ),
        "The factory is closed",
        "",
        "unsigned_notice_empty",
    ),
    # 40
    (
        (
            "SEOUL (Reuters) - North and South Korea agreed on Friday to hold Red Cross talks next "
            "month on reuniting families separated by the 1950-53 Korean War, the South’s unification "
            "ministry said.\n\n"
            "The agreement was reached at a working-level meeting in the border village of Panmunjom "
            "that lasted more than 10 hours. The South’s delegation was led by Kang Seung-woo, a "
            "senior unification ministry official, and the North’s by Ri Chol-man of the Committee "
            "for the Peaceful Reunification of the Country.\n\n"
            "“Many of the separated family members are now in their eighties and nineties, and time "
            "is running out for them,” Kang told reporters on his return to Seoul. “We could not "
            "afford to leave without an agreement.”"
        ),
        "Many of the separated",
        "Kang Seung-woo",
        "korean_surname_first_told_reporters",
    ),
    # 41
    (
        (
            "NEW DELHI (Reuters) - India's men's hockey team will rest four senior players for next "
            "month's tour of New Zealand, chief coach Maarten van der Heijden said on Monday.\n\n"
            "The Dutchman, who took charge in January, said captain Harjeet Singh Sandhu and "
            "goalkeeper Arjun Thomas Varghese would both miss the five-match series. Van der Heijden "
            "said the rotation had been planned with the team's scientific adviser.\n\n"
            "\"The Olympics are two years away, and I cannot afford to have my best players broken by "
            "then,\" Van der Heijden said. \"Young players need matches, not just training camps.\""
        ),
        "The Olympics are two",
        "Maarten van der Heijden",
        "dutch_particle_sentence_initial",
    ),
    # 42
    (
        (
            "BRASÍLIA (Reuters) - Deforestation in Brazil's Amazon rain forest fell 18 percent in the "
            "12 months to July, the government said on Wednesday, the first decline in four years.\n\n"
            "Environment Minister João Carlos dos Santos Ferreira presented the satellite data at a "
            "news conference alongside Ana Beatriz Lacerda Montenegro, director of the National "
            "Institute for Space Research (INPE), which compiles the figures.\n\n"
            "\"This is a victory for the inspectors who risk their lives in the forest every day, but "
            "nobody here is celebrating,\" Santos Ferreira said. \"The destruction remains far too "
            "high.\"\n\n"
            "Environmental groups said the fall was largely due to lower prices for soy and beef."
        ),
        "This is a victory",
        "João Carlos dos Santos Ferreira",
        "portuguese_compound_surname_short_form",
    ),
    # 43
    (
        (
            "KABUL (Reuters) - A suicide bomber killed at least 14 people, most of them students, at "
            "the gates of a private university in western Kabul on Saturday as young people queued to "
            "sit entrance examinations, officials said.\n\n"
            "Interior ministry spokesman Ahmad Zia Sharifi said the attacker had been stopped by "
            "guards before he could enter the campus. No group claimed responsibility.\n\n"
            "A woman who lost her only son in the blast told Reuters outside the hospital: \"He wanted "
            "to become an engineer and build bridges for this country. Now I have nothing left to "
            "live for.\""
        ),
        "He wanted to become",
        "woman",
        "relative_clause_no_commas_unnamed_woman",
    ),
    # 44
    (
        (
            "NAIROBI (Xinhua) -- Kenyan lawmakers on Thursday passed a bill that will force mobile "
            "lenders to cap interest rates on digital loans, despite warnings from the central bank "
            "that credit to small businesses could dry up.\n\n"
            "The Digital Credit (Amendment) Bill was approved by 142 votes to 37 after a heated "
            "three-hour debate.\n\n"
            "Moving the bill, Kitui South MP Mwende Kaluki-Mutua (Wiper) said millions of Kenyans had "
            "been blacklisted by credit bureaus over loans of less than 1,000 shillings.\n\n"
            "Opposing it, Kipipiri MP Samuel Wachira Kariuki (Jubilee) said: \"We are about to kill an "
            "industry that has given credit to people the banks would never lend to. The poor will go "
            "back to the shylocks.\""
        ),
        "We are about to",
        "Samuel Wachira Kariuki",
        "bracket_party_after_name",
    ),
    # 45
    (
        (
            "JOHANNESBURG - Police fired rubber bullets and stun grenades at students protesting "
            "against fee increases at a university in Johannesburg on Tuesday.\n\n"
            "Among those injured was first-year engineering student Lerato Mokoena (19), who was hit "
            "in the leg as she ran from the campus gates.\n\n"
            "“I was not throwing anything. I was just standing with my friends when the police "
            "started shooting,” Mokoena said from her hospital bed.\n\n"
            "Police spokesperson Colonel Thulani Ngcobo said officers had acted only after stones "
            "were thrown at them, and that two officers had been treated for head injuries."
        ),
        "I was not throwing",
        "Lerato Mokoena",
        "bracket_age_after_name",
    ),
    # 46
    (
        (
            "CAIRO (Reuters) - Egypt will open the Rafah border crossing with the Gaza Strip for four "
            "days from Saturday to allow students, medical patients and holders of foreign passports "
            "to leave the enclave, officials said.\n\n"
            "\"Priority will be given to humanitarian cases, and every traveller must be registered in "
            "advance with the authorities in Gaza,\" according to Major General Hisham Fawzi el-Sayed, "
            "the governor of North Sinai.\n\n"
            "A Palestinian official in Gaza, Iyad Abu Hasira, said more than 20,000 people had "
            "registered to travel, far more than the crossing could handle in four days."
        ),
        "Priority will be given",
        "Hisham Fawzi el-Sayed",
        "according_to_after_quote",
    ),
    # 47
    (
        (
            "KUALA LUMPUR (Reuters) - A Malaysian court on Monday sentenced opposition lawmaker Azmi "
            "bin Yusof to 18 months in prison for sedition over a speech in which he criticised the "
            "country's royal rulers, a verdict his supporters called politically motivated.\n\n"
            "Azmi, 52, was granted bail pending an appeal. His lawyer, Ramesh Kumar Subramaniam, said "
            "the defence would file papers this week.\n\n"
            "\"This law was written by the British colonial government to silence people who wanted "
            "independence,\" the lawyer told reporters outside the court. \"It has no place in a modern "
            "democracy.\""
        ),
        "This law was written",
        "Ramesh Kumar Subramaniam",
        "description_the_lawyer_split_quote",
    ),
    # 48
    (
        (
            "TOKYO (Reuters) - Japan protested to China on Monday after three Chinese coast guard "
            "vessels entered what Tokyo considers its territorial waters around disputed islands in "
            "the East China Sea.\n\n"
            "The ships stayed inside the 12-nautical-mile zone for around two hours before leaving, "
            "Japan's coast guard said. In a statement issued late on Monday, the Ministry of Foreign "
            "Affairs said:\n\n"
            "\"The Government of Japan has lodged a strong protest through diplomatic channels and "
            "demanded that such incursions are not repeated. The Senkaku Islands are clearly an "
            "inherent part of the territory of Japan.\"\n\n"
            "China's foreign ministry said the ships were carrying out \"routine patrols\" in Chinese "
            "waters."
        ),
        "The Government of Japan",
        "Ministry of Foreign Affairs",
        "colon_ends_paragraph_ministry_statement",
    ),
    # 49
    (
        (
            "ABUJA (Reuters) - Nigeria's government on Wednesday defended its decision to raise the "
            "regulated price of petrol by 40 percent, as the main labour union threatened a "
            "nationwide strike from Monday.\n\n"
            "Minister of State for Petroleum Resources Ibrahim Kachalla Bukar met leaders of the "
            "Nigeria Labour Congress (NLC) for five hours in Abuja, but the talks broke up without "
            "agreement. NLC president Festus Obinna Nwachukwu said workers could not absorb another "
            "price rise when salaries had not been increased since 2011.\n\n"
            "\"The subsidy has become a pipeline for fraud that enriches a handful of importers while "
            "the poor queue for fuel,\" the minister said. \"We cannot continue to pay for petrol that "
            "is smuggled across our borders.\""
        ),
        "The subsidy has become",
        "Ibrahim Kachalla Bukar",
        "description_the_minister_after_two_men",
    ),
    # 50
    (
        (
            "BEIJING (Reuters) - China will impose anti-dumping duties of up to 38.5 percent on nylon "
            "fibre imported from the European Union, Japan and the United States, the Ministry of "
            "Commerce said on Monday.\n\n"
            "The preliminary duties, which take effect on Tuesday, follow a year-long investigation "
            "launched at the request of Chinese producers.\n\n"
            "\"The investigation found that dumping of the products had caused substantial damage to "
            "the domestic industry,\" the ministry said in a statement on its website.\n\n"
            "A spokesman for the European Commission said Brussels would study the decision carefully "
            "and did not rule out a challenge at the World Trade Organization."
        ),
        "The investigation found",
        "Ministry of Commerce",
        "the_ministry_said_back_reference",
    ),
    # 51
    (
        (
            "QUITO (Reuters) - Ecuador's president on Thursday declared a 60-day state of emergency "
            "in the country's prisons after a riot in the city of Guayaquil left 21 inmates dead, the "
            "third deadly outbreak of violence behind bars this year.\n\n"
            "The decree, signed by President Andrés Sebastián Moncayo Jaramillo, allows soldiers to "
            "take control of the perimeter of all detention centres.\n\n"
            "\"The armed forces shall support the National Police in restoring order within the prison "
            "system, with strict respect for human rights,\" the decree reads.\n\n"
            "Human rights groups said the emergency would do little to tackle overcrowding, with "
            "Ecuador's prisons holding almost twice as many inmates as they were built for."
        ),
        "The armed forces shall",
        "Andrés Sebastián Moncayo Jaramillo",
        "decree_reads_named_signatory",
    ),
    # 52
    (
        (
            "ZAMBOANGA, Philippines (AFP) - Hundreds of families fled villages on the southern island "
            "of Basilan on Tuesday after leaflets warning of attacks were found nailed to trees and "
            "doors, the military said.\n\n"
            "The leaflets were signed by a little-known armed group calling itself the Basilan "
            "Liberation Command and were written in Tagalog and Chavacano.\n\n"
            "\"Anyone who works for the government or the army will be treated as an enemy, together "
            "with his family,\" read the leaflets, copies of which were shown to reporters by "
            "Lieutenant Colonel Ramon Dizon Villareal, a regional army spokesman.\n\n"
            "Villareal said troops had been deployed to the affected villages and that the threat was "
            "being taken seriously."
        ),
        "Anyone who works for",
        "Basilan Liberation Command",
        "leaflet_signed_by_named_group",
    ),
    # 53
    (
        (
            "NARATHIWAT, Thailand (Reuters) - Dozens of Buddhist families in a village in Thailand's "
            "southern Narathiwat province have asked for army protection after unsigned leaflets were "
            "scattered along a main road overnight, police said on Thursday.\n\n"
            "\"Leave this land before the end of Ramadan or you will be responsible for what happens "
            "to you,\" the leaflets said, in Thai and in Malay written in Jawi script.\n\n"
            "Police Lieutenant Colonel Somkiat Rattanaphong said it was not clear which of the "
            "insurgent groups active in the region, if any, was behind the leaflets. \"It could also "
            "be criminals who want the land,\" he said."
        ),
        "Leave this land",
        "",
        "unsigned_leaflet_empty",
    ),
    # 54
    (
        (
            "GUWAHATI, India (Reuters) - Police in the northeastern Indian state of Assam have "
            "arrested 16 people after a mob beat three men to death on suspicion of being child "
            "kidnappers, the latest in a wave of killings fuelled by rumours spread on social media.\n\n"
            "In the days before the attack, a message had been forwarded thousands of times on "
            "WhatsApp in villages around Goalpara. \"Gangs of child lifters have entered the district "
            "in cars. Do not let any stranger near your children,\" it said.\n\n"
            "Police said they had been unable to trace who wrote it. Deputy Superintendent Bikash "
            "Jyoti Baruah urged residents to check such messages with the police before acting on "
            "them."
        ),
        "Gangs of child lifters",
        "",
        "untraceable_whatsapp_message_empty",
    ),
    # 55
    (
        (
            "LILONGWE, Malawi (Reuters) - Police in Malawi arrested former president Joseph "
            "Mwale-Banda on Sunday on charges of abuse of office linked to a maize import contract "
            "awarded while he was in power, his party said.\n\n"
            "\"The former president is in good spirits and is confident that the courts will clear his "
            "name,\" a spokesman for Mwale-Banda told Reuters by telephone, declining to be named.\n\n"
            "Police spokeswoman Mercy Chisale-Phiri said Mwale-Banda, who lost the 2014 election, "
            "would appear in court in the capital on Monday."
        ),
        "The former president is",
        "Joseph Mwale-Banda spokesman",
        "unnamed_spokesman_for_named_person",
    ),
    # 56
    (
        (
            "GENEVA (Reuters) - More than 60,000 people have fled fighting in South Sudan's Upper "
            "Nile state into neighbouring Ethiopia and Sudan in the past three weeks, the United "
            "Nations refugee agency said on Friday.\n\n"
            "\"Many of the new arrivals are women and children who walked for days without food, and "
            "some have been separated from their families,\" UNHCR spokeswoman Liesbeth "
            "Aerts-Vandenbroucke told a news briefing in Geneva.\n\n"
            "She said the agency's camps in Ethiopia's Gambella region already hosted 300,000 "
            "refugees and were running short of space and clean water."
        ),
        "Many of the new",
        "Liesbeth Aerts-Vandenbroucke",
        "named_agency_spokeswoman_after_quote",
    ),
    # 57
    (
        (
            "BRIDGETOWN, Barbados (AP) — Former West Indies fast bowler Desmond Alleyne-Forde, who "
            "took 212 Test wickets in the 1980s, has died at 66 after a short illness, Cricket West "
            "Indies said Wednesday.\n\n"
            "His former captain, Sir Everton Clement Lashley, paid tribute, saying: “Desmond was the "
            "fastest bowler I ever stood beside in the slips, and the gentlest man you could meet off "
            "the field.\n\n"
            "“Batsmen feared him, but he never once tried to hurt anybody. He played the game hard "
            "and he played it fair.”\n\n"
            "Alleyne-Forde is survived by his wife, Marcia, and three daughters."
        ),
        "Batsmen feared him",
        "Everton Clement Lashley",
        "continuation_paragraph_tribute_sir",
    ),
    # 58
    (
        (
            "DAKAR (AFP) - Senegal declared two days of national mourning on Tuesday after the death "
            "of Mame Diarra Sow, the singer whose voice became the soundtrack of the country’s "
            "independence celebrations. She was 88.\n\n"
            "In a message of condolence to her family, President Moustapha Ndiaye wrote: “Senegal has "
            "lost a mother. Her songs accompanied every one of our joys and every one of our sorrows, "
            "and they will outlive us all.”\n\n"
            "Sow, who was born in Kaolack in 1931, recorded more than 40 albums. Her grandson, the "
            "rapper Cheikh Tidiane Sow, said she had sung for the family until her last day."
        ),
        "Senegal has lost",
        "Moustapha Ndiaye",
        "condolence_message_wrote_colon",
    ),
    # 59
    (
        (
            "BEIJING (Reuters) - China on Tuesday urged the United States to stop sending warships "
            "through the Taiwan Strait, a day after two U.S. Navy destroyers made the passage, the "
            "third such transit this year.\n\n"
            "U.S. Navy spokesman Commander Brian Whitfield said the transit demonstrated Washington's "
            "commitment to freedom of navigation.\n\n"
            "Foreign Ministry spokesman Tan Jianhua told a regular news briefing in Beijing that "
            "China had lodged \"stern representations\" with Washington.\n\n"
            "\"The Taiwan question concerns China's sovereignty and territorial integrity and is the "
            "most important and sensitive issue in China-U.S. relations,\" he added. \"We urge the U.S. "
            "side to stop playing with fire.\""
        ),
        "The Taiwan question concerns",
        "Tan Jianhua",
        "pronoun_he_after_two_spokesmen",
    ),
    # 60
    (
        (
            "KINSHASA (Reuters) - Democratic Republic of Congo declared a new Ebola outbreak on "
            "Friday in the northwestern province of Equateur after two people died of the disease in "
            "the town of Basankusu.\n\n"
            "Health Minister Jean-Baptiste Mukendi-Kabongo, a doctor who led the response to an "
            "outbreak in Kasai in 2007, said teams had been sent to trace everyone who had been in "
            "contact with the victims.\n\n"
            "\"We have the vaccine, we have experienced teams, and we have learnt the lessons of the "
            "last outbreak,\" Mukendi-Kabongo told a news conference in Kinshasa.\n\n"
            "The World Health Organization (WHO) said it was sending 4,000 doses of an experimental "
            "vaccine to the region."
        ),
        "We have the vaccine",
        "Jean-Baptiste Mukendi-Kabongo",
        "hyphenated_given_name_and_surname",
    ),
    # 61
    (
        (
            "GANGNEUNG, South Korea (AP) — Seventeen-year-old Shin Yu-jin won South Korea’s first "
            "gold medal of the world short track championships on Saturday, holding off Dutch veteran "
            "Lotte de Graaf-Visser in the women’s 1,500 meters.\n\n"
            "Shin, a high school student from Incheon, burst into tears on the podium. Teammate Hwang "
            "Min-seok finished fourth in the men’s race at the same distance.\n\n"
            "“I could not sleep last night because I was so nervous, but once the race started I "
            "forgot everything,” the teenager said. “This medal is for my grandmother, who raised "
            "me.”"
        ),
        "I could not sleep",
        "Shin Yu-jin",
        "korean_name_description_the_teenager",
    ),
    # 62
    (
        (
            "KADUNA, Nigeria (Reuters) - Nigeria's opposition Progressive Democratic Alliance (PDA) "
            "on Sunday chose a former central bank deputy governor, Alhaji Umaru Sani Danjuma, as its "
            "candidate for next year's presidential election.\n\n"
            "The 62-year-old won 1,420 of the 3,100 delegate votes at the party's convention in "
            "Kaduna, ahead of Chief Olusegun Adeyemi-Bankole, a Lagos businessman, who came second "
            "and conceded defeat.\n\n"
            "In his acceptance speech, Danjuma promised to unite a country divided by religion and "
            "region. \"I will not be a president for the north or for the south. I will be a president "
            "for every Nigerian who wakes up hungry,\" he said to loud cheers."
        ),
        "I will not be",
        "Umaru Sani Danjuma",
        "honorific_alhaji_chief_pronoun",
    ),
    # 63
    (
        (
            "MANAMA (Reuters) - Gulf Arab foreign ministers meeting in Bahrain on Sunday called on "
            "Iran to stop what they described as interference in the internal affairs of their "
            "countries.\n\n"
            "\"Iran must understand that the security of the Gulf is indivisible and that an attack on "
            "one of us is an attack on all of us,\" Sheikh Khalid bin Hamad al-Mansouri, the Bahraini "
            "foreign minister who chaired the meeting, told a news conference.\n\n"
            "The ministers said in a joint statement that they supported a political solution in "
            "Yemen. Iran's foreign ministry spokesman dismissed the accusations as \"baseless\"."
        ),
        "Iran must understand",
        "Khalid bin Hamad al-Mansouri",
        "sheikh_bin_al_relative_clause_after_quote",
    ),
    # 64
    (
        (
            "KUALA LUMPUR (Reuters) - Malaysia closed more than 2,400 schools on Tuesday as smoke "
            "from forest fires in neighbouring Indonesia pushed air pollution to unhealthy levels "
            "across much of the peninsula.\n\n"
            "Environment Minister Datuk Seri Ahmad Faizal bin Hussein said he had written to his "
            "Indonesian counterpart three times this month. Indonesia's forestry ministry "
            "spokeswoman, Rina Kusumawardani, said fire crews were working in Sumatra and Kalimantan.\n\n"
            "\"Malaysia cannot solve this problem alone. We are still waiting for a reply from "
            "Jakarta,\" Ahmad Faizal said after a cabinet meeting."
        ),
        "Malaysia cannot solve",
        "Ahmad Faizal bin Hussein",
        "malay_honorific_bin_short_form",
    ),
    # 65
    (
        (
            "BANGKOK (Reuters) - Thailand's military government said on Tuesday a general election "
            "promised for November would be delayed until early next year to allow time for a new "
            "constitution to be drafted, the latest in a series of postponements.\n\n"
            "Deputy Prime Minister Air Chief Marshal Chalermchai Srisompong announced the new "
            "timetable after a cabinet meeting at Government House.\n\n"
            "\"Nobody should read this as an attempt to hold on to power. The country needs rules that "
            "prevent another crisis before it returns to the ballot box,\" Chalermchai said.\n\n"
            "Pro-democracy activist Pannika Chaisiri said the delay showed that the army \"never "
            "intended to leave\"."
        ),
        "Nobody should read",
        "Chalermchai Srisompong",
        "thai_military_title_given_name",
    ),
    # 66
    (
        (
            "OSLO (Reuters) - Negotiators for the Philippine government and communist rebels agreed "
            "on Friday to resume formal peace talks after a two-year break, Norway’s foreign ministry "
            "said.\n\n"
            "The government’s chief negotiator, Hernani Dela Cruz Bautista, said both sides had "
            "accepted a framework first proposed in 2011 by the late Bishop Emilio Quintos Marasigan, "
            "who mediated the talks until his death last year.\n\n"
            "The rebels’ delegation was led by Marites Lumbera-Soriano, who said her side would "
            "release four soldiers held in Mindanao as a goodwill gesture.\n\n"
            "“We owe this to the Filipino people, who have paid for half a century of war with their "
            "children’s lives,” he said, thanking the Norwegian hosts."
        ),
        "We owe this to",
        "Hernani Dela Cruz Bautista",
        "pronoun_he_skips_woman_and_dead_man",
    ),
    # 67
    (
        (
            "Zimbabwe's main opposition party says it will boycott next month's parliamentary "
            "by-elections, accusing the electoral commission of bias in favour of the ruling party.\n\n"
            "Speaking to the BBC's Focus on Africa programme, Citizens' Alliance for Change (CAC) "
            "leader Tinashe Mapfumo-Moyo said: \"There is no point in taking part in a race when the "
            "referee is also wearing the shirt of our opponents.\"\n\n"
            "Ruling party spokesman Farai Mutasa-Ncube said the opposition was afraid of losing and "
            "that the boycott was \"a face-saving exercise\".\n\n"
            "The by-elections were called after the deaths of four MPs in the past year."
        ),
        "There is no point",
        "Tinashe Mapfumo-Moyo",
        "interview_programme_colon_before_quote",
    ),
    # 68
    (
        (
            "ABIDJAN (Reuters) - Ivory Coast imposed a night-time curfew on the central city of "
            "Bouaké on Saturday after two days of clashes between soldiers demanding bonus payments "
            "and residents left at least four people dead.\n\n"
            "\"From this evening, no one may be on the streets between 8 p.m. and 6 a.m. unless "
            "authorised,\" Interior Minister Bakary Ouattara-Sangaré said in an address broadcast on "
            "state television. \"Anyone carrying a weapon without authorisation will be arrested.\"\n\n"
            "Residents said shops and banks remained closed and gunfire could be heard near the main "
            "army barracks."
        ),
        "Anyone carrying a weapon",
        "Bakary Ouattara-Sangaré",
        "second_half_after_state_tv_attribution",
    ),
    # 69
    (
        (
            "TBILISI, Georgia (Reuters) - A court in Georgia on Wednesday sentenced former defence "
            "minister Levan Giorgadze-Tsereteli in absentia to seven years in prison for abuse of "
            "office, a ruling he dismissed as political revenge.\n\n"
            "Giorgadze-Tsereteli, who left Georgia in 2013 and now lives in Ukraine, was unrepentant.\n\n"
            "“I served my country in wartime and I would do everything the same way again. Let them "
            "come to Kiev and arrest me if they dare.”\n\n"
            "Prosecutors said he had misappropriated 4 million lari from a fund for the repair of "
            "army barracks."
        ),
        "I served my country",
        "Levan Giorgadze-Tsereteli",
        "no_speech_verb_preceding_sentence",
    ),
    # 70
    (
        (
            "TOKYO (AFP) - A Japanese space probe has dropped two small rovers onto the surface of an "
            "asteroid 280 million kilometres from Earth, the Japan Aerospace Exploration Agency "
            "(JAXA) said on Saturday.\n\n"
            "Images sent back by the rovers showed a rugged landscape strewn with boulders. Project "
            "manager Kenji Morimoto said the control room had erupted in cheers when the first "
            "picture arrived.\n\n"
            "\"I have no words to describe how happy I am. We have been preparing for this moment for "
            "nine years.\"\n\n"
            "The agency said the main spacecraft would attempt to collect a sample of rock in "
            "October."
        ),
        "I have no words",
        "Kenji Morimoto",
        "quote_paragraph_after_indirect_speech",
    ),
    # 71
    (
        (
            "DUBLIN (Reuters) - Ireland's Data Protection Commission on Thursday fined messaging app "
            "Chatterly 92 million euros for failing to tell users how it shared their data with other "
            "companies.\n\n"
            "Chatterly, which has its European headquarters in Dublin, said it disagreed with the "
            "decision and would appeal. Its head of privacy, Naomi Feldstein-Cruz, said the company "
            "had \"always been transparent\" with users.\n\n"
            "\"The infringements were serious, long-running and affected hundreds of millions of users "
            "across the European Union,\" the regulator said in its decision."
        ),
        "The infringements were serious",
        "Data Protection Commission",
        "the_regulator_said_in_decision",
    ),
    # 72
    (
        (
            "ACCRA (Reuters) - Ghana's central bank raised its main interest rate by 200 basis points "
            "to 18 percent on Monday after the cedi lost 15 percent of its value against the dollar "
            "this year.\n\n"
            "Finance Minister Abena Owusu-Sekyere said last week that the government would cut "
            "spending to support the currency. Bank of Ghana Governor Kwesi Amponsah-Darko said "
            "inflation, now at 13.4 percent, was expected to peak in the second quarter.\n\n"
            "\"We will do whatever is necessary to bring inflation back within our target band, and we "
            "are prepared to act again if needed,\" the governor told a news conference."
        ),
        "We will do whatever",
        "Kwesi Amponsah-Darko",
        "description_the_governor",
    ),
    # 73
    (
        (
            "PARIS (Reuters) - Nearly half of Hexagone Air's flights were cancelled on Tuesday on the "
            "first day of a four-day pilots' strike over pay, the airline said.\n\n"
            "The walkout was called by the Independent Pilots' Union (SIPL), which represents about "
            "two thirds of the carrier's 900 pilots. Chief executive Bertrand Lefèvre-Dumas said the "
            "pilots' demands were unaffordable.\n\n"
            "\"The strike will continue until management stops treating pilots as a cost to be cut,\" "
            "the union said on its website.\n\n"
            "The airline advised passengers to check the status of their flights before travelling to "
            "the airport."
        ),
        "The strike will continue",
        "Independent Pilots' Union",
        "the_union_said_acronym_spelled_out",
    ),
    # 74
    (
        (
            "SOFIA (Reuters) - Several thousand students marched on Bulgaria’s parliament on "
            "Wednesday for the eighth day running, demanding the resignation of a government they "
            "accuse of protecting corrupt businessmen.\n\n"
            "Prime Minister Stoyan Dimitrov Kolev has said he will not resign, and Interior Minister "
            "Ognyan Petrov Vasilev warned that police would not tolerate violence.\n\n"
            "The marches have been organised largely on Facebook by Desislava Ivanova Petkova, 22, a "
            "law student at Sofia University.\n\n"
            "“We are not tired and we are not afraid. Every day they ignore us, more of us will "
            "come,” the student told Reuters as the crowd chanted outside the parliament building."
        ),
        "We are not tired",
        "Desislava Ivanova Petkova",
        "description_the_student_after_ministers",
    ),
    # 75
    (
        (
            "WARSAW (Reuters) - Tens of thousands of people marched through Warsaw on Saturday "
            "against a government plan to give politicians control over the appointment of judges, in "
            "one of the biggest protests since the ruling party came to power.\n\n"
            "Police put the crowd at 30,000. The march was organised by a loose coalition of lawyers' "
            "associations, opposition parties and student groups.\n\n"
            "\"This is the largest demonstration Warsaw has seen in a generation, and it will not be "
            "the last,\" organisers said in a statement read from the stage outside the Supreme Court.\n\n"
            "The government says the reform is needed to clean up a judiciary it describes as a "
            "closed caste."
        ),
        "This is the largest",
        "organisers",
        "unnamed_organisers_statement",
    ),
    # 76
    (
        (
            "KINGSTON, Jamaica (AP) — Jamaican sprinter Tanisha Morrison-Blake has withdrawn from the "
            "100 meters at the world championships in London with a thigh injury, her coach said "
            "Thursday.\n\n"
            "The Jamaica Athletics Administrative Association’s president, Hortense Campbell-Reid, "
            "said the team would not be able to name a replacement so close to the start of the "
            "competition.\n\n"
            "“She is disappointed, but she is 29 years old and there will be other championships. Her "
            "health comes first,” the coach, Clive Barrington Hylton, said by telephone from London."
        ),
        "She is disappointed",
        "Clive Barrington Hylton",
        "apposition_the_coach_name_after_quote",
    ),
    # 77
    (
        (
            "BUENOS AIRES (AP) - An Argentine first division club said Monday it would ban for life "
            "any supporter identified as taking part in racist chants aimed at its Colombian forward "
            "during a league match on Sunday.\n\n"
            "Yerson Andrés Mosquera Palacios left the pitch in tears in the 70th minute after monkey "
            "noises were heard from a section of the home stands.\n\n"
            "\"The club strongly condemns the chants directed at our player and will help the "
            "authorities identify every person responsible,\" Club Atlético Ribera del Plata said in a "
            "statement on its website.\n\n"
            "The Argentine Football Association said it had opened disciplinary proceedings."
        ),
        "The club strongly condemns",
        "Club Atlético Ribera del Plata",
        "club_said_in_statement",
    ),
    # 78
    (
        (
            "DHAKA (Reuters) - Bangladesh all-rounder Mahmudul Hasan Rony has been suspended from all "
            "cricket for six months after failing to report an approach from a bookmaker, the "
            "Bangladesh Cricket Board (BCB) said on Tuesday.\n\n"
            "The board's chief executive, Mohammad Rezaul Karim Talukder, told the Prothom Alo "
            "newspaper: \"We have zero tolerance for corruption. A player who does not report an "
            "approach is putting the whole game at risk.\"\n\n"
            "Rony, 27, said in a Facebook post that he accepted the punishment and apologised to "
            "supporters."
        ),
        "We have zero tolerance",
        "Mohammad Rezaul Karim Talukder",
        "told_newspaper_colon_bengali_name",
    ),
    # 79
    (
        (
            "MOSCOW (Reuters) - Vladimir Nikolayevich Rudenko, a Soviet cosmonaut who spent more than "
            "a year in orbit across three missions, has died at 84, Russia's space agency Roscosmos "
            "said on Monday.\n\n"
            "Tributes came from the head of Roscosmos, Igor Arkadyevich Shelestov, and from retired "
            "NASA astronaut Thomas Whitaker, who spent four months with Rudenko aboard the Mir space "
            "station in 1995.\n\n"
            "The former said in a statement: \"Vladimir Nikolayevich belonged to the generation that "
            "opened the road to space for all of humanity. We will remember him as a brave pilot and "
            "a kind teacher.\"\n\n"
            "Whitaker wrote on Twitter that Rudenko had taught him to play chess in zero gravity."
        ),
        "Vladimir Nikolayevich belonged",
        "Igor Arkadyevich Shelestov",
        "the_former_said_in_statement_colon",
    ),
    # 80
    (
        (
            "The European Space Agency astronaut Giulia Della Valle has described the first days of "
            "her six-month mission aboard the International Space Station as “overwhelming in every "
            "way”.\n\n"
            "In a blog post published on Sunday, the 38-year-old Italian engineer wrote: “The hardest "
            "part is not the work, it is sleep. Your body does not know which way is down, and every "
            "night you dream that you are falling.”\n\n"
            "Della Valle, who arrived at the station with a Russian and an American crewmate last "
            "week, is due to carry out two spacewalks in December to repair a cooling pump."
        ),
        "The hardest part is",
        "Giulia Della Valle",
        "wrote_in_blog_post_description_colon",
    ),
]
