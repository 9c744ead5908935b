"""Eighty made-up passages for quotation attribution, written blind (fourth set, Wikinews and wire style).

Every passage, name, organisation and event below was invented for this file by someone who had read
only the annotation README (its "What a row is" and "Columns" sections), never the tool's source,
tests, benchmarks or annotated data. The passages imitate the plain encyclopedic register of
Wikinews and of AP, Reuters and AFP wire copy: past tense, "said on Tuesday", officials with long
titles, organisations and their spokespeople, statements, reports and rulings, sport, obituaries,
science, elections, disasters, conventions and interviews. Each case names one chosen quotation,
a full-sentence statement, by its first words, and gives the speaker under the README convention:
the fullest canonical name in the passage with titles and roles stripped, pronouns resolved,
continuation paragraphs taking the speaker of their run, unnamed people as a short description
without an article, organisations and documents by name, and an empty string when nobody can be
identified. Names were drawn from many languages; where a pronoun must be resolved, the passage
itself supplies the clue (grammar, roles, titles or words such as "the actress" or "his wife").


The rules got 58 of the 80 right when these were first run (0.725), before any
rule was written from them; the misses that remain are listed, with reasons,
in ``tests/test_attribution_cases.py``."""

CASES = [
    # 1
    ('''The Finnish Transport Infrastructure Agency said on Tuesday that repairs to the Kemijoki rail bridge would take at least six weeks after divers found cracks in two of its piers.\n\n"We cannot reopen the line until every pier has been inspected," said Helka Rautiainen, the agency's director of rail maintenance. "Safety comes before the timetable, and passengers will be offered replacement buses."''',
     "Safety comes before", "Helka Rautiainen", "split_quote_second_half_apposition_after"),
    # 2
    ('''Director Tomasz Wierzbicki and actress Ilona Sarkadi attended the premiere of "The Salt Road" in Budapest on Saturday. Wierzbicki spent three years raising money for the film, which was shot entirely on the Hortobágy plain.\n\nThe actress said the role had been the hardest of her career. "I learned to ride a horse in eleven days, and I fell off on nine of them," she told Wikinews.''',
     "I learned to", "Ilona Sarkadi", "pronoun_role_word_actress"),
    # 3
    ('''Kenya's Ministry of Health confirmed on Friday that a cholera outbreak in Garissa County had killed eleven people since the start of the month.\n\n"Rapid response teams have been deployed to all affected sub-counties, and water treatment tablets are being distributed free of charge," the ministry said in a statement. It urged residents to boil all drinking water.''',
     "Rapid response teams", "Ministry of Health", "ministry_statement"),
    # 4
    ('''The Constitutional Court of Colombia on Wednesday struck down a law that would have allowed mayors to extend their terms by two years.\n\n"The extension of an elected mandate without a new vote breaks the link between the citizen and the official," the ruling read. "No emergency can justify it."\n\nThe decision was adopted by seven votes to two. Magistrate Aurelio Bustamante Quiroga, who wrote one of the dissenting opinions, said the court had "ignored the fiscal reality of small municipalities".''',
     "No emergency can", "Constitutional Court of Colombia", "court_ruling_split_second_half"),
    # 5
    ('''Brazilian midfielder Caio Nogueira scored twice as Estrela do Norte beat Atlético Piauiense 3-1 on Sunday to go top of the league.\n\nEstrela coach Rui Matos Fragoso praised the 22-year-old after the match. "He is only at the beginning of what he can do. Today he decided the game with his head and with his feet," Fragoso said.\n\nNogueira dedicated his goals to his grandmother, who died last month. "She taught me to play in the street in Recife," he said.''',
     "She taught me", "Caio Nogueira", "pronoun_player_after_coach"),
    # 6
    ('''Police in Graz are investigating after a wall of the city's main synagogue was daubed with paint overnight on Thursday.\n\nA handwritten note left at the scene read: "This is only the beginning." Officers said they had not established who wrote it.''',
     "This is only", "", "anonymous_note_empty"),
    # 7
    ('''"The central bank has room to cut again before the end of the year, but it will not do so while food prices are still rising," Adaeze Okonkwo-Bello, chief economist at Lagos-based Meridian Capital Partners, told Reuters on Monday.\n\nNigeria's annual inflation rate rose to 24.1 percent in August, according to official figures.''',
     "The central bank", "Adaeze Okonkwo-Bello", "told_reuters_long_apposition_after"),
    # 8
    ('''Ravindra Kulkarni, the chairman of the Western Grid Corporation, addressed the blackout at a press conference in Pune on Thursday evening. He apologised to customers and gave the following explanation:\n\n"A transformer at the Padghe substation failed at 2:14 in the afternoon, and the protection system isolated three further substations within seconds. That is what left four million homes without power."''',
     "A transformer at", "Ravindra Kulkarni", "colon_paragraph_intro"),
    # 9
    ('''Hana Dvořáková, who led the Czech team that excavated the Bronze Age settlement near Mikulov, described the find at a conference in Brno on Friday.\n\n"We expected storage pits and perhaps a few hearths. Instead we found the outline of a long house more than forty metres in length.\n\n"Nothing of this size has been recorded in Moravia from that period," she said.''',
     "We expected storage", "Hana Dvořáková", "open_paragraph_attributed_in_next"),
    # 10
    ('''The closure of the Tarnów steelworks was condemned on Tuesday by Zbigniew Ostrowski, chairman of the plant's works council, who was quoted by the PAP news agency as saying:\n\n"Four thousand families were promised that this plant had a future. Those promises were broken in a single afternoon."''',
     "Four thousand families", "Zbigniew Ostrowski", "passive_quoted_as_saying_colon"),
    # 11
    ('''Flooding along the Sava river forced the evacuation of about 2,000 residents from villages near Slavonski Brod on Saturday.\n\n"The water rose by almost a metre in six hours, and the embankment near Ruščica gave way shortly after midnight," according to Dragan Vuković, the county's head of civil protection.''',
     "The water rose", "Dragan Vuković", "according_to_after"),
    # 12
    ('''Former Chile football captain Matías Ugarte Lillo announced his retirement on Twitter on Wednesday, a day after his 37th birthday.\n\n"Twenty years, four clubs, one shirt that I will carry forever. Thank you to everyone who ever sang my name," Ugarte wrote.\n\nThe national federation said it would honour him before the team's next home match.''',
     "Twenty years, four", "Matías Ugarte Lillo", "tweet_wrote_surname"),
    # 13
    ('''A spokesperson for the singer Leilani Kahananui said on Monday that she had been admitted to hospital in Honolulu with pneumonia and had cancelled the remaining dates of her tour.\n\n"She is resting and in good spirits, and she thanks her fans for their patience," the spokesperson said.''',
     "She is resting", "Leilani Kahananui spokesperson", "unnamed_spokesperson_for_person"),
    # 14
    ('''The Nordic Food Safety Council (NFSC) published its long-awaited opinion on the sweetener on Thursday. The report said that the evidence of harm was "limited but not negligible".\n\n"A tolerable daily intake of 4 milligrams per kilogram of body weight remains appropriate for adults, but the panel recommends that it be reviewed within five years," the report concluded.\n\nPanel chair Ingrid Vestergaard told journalists that the next review would include new studies on children.''',
     "A tolerable daily", "Nordic Food Safety Council", "report_concluded_org_full_name"),
    # 15
    ('''Voters in the Estonian town of Narva gave mixed reactions on Sunday to the result of the municipal election.\n\n"I voted for change and I got the same people," said Aleksei Smirnov, a 61-year-old retired engineer.\n\n"At least the turnout was higher this time," said Marju Kask, who runs a bakery near the town hall.\n\n"Nobody from any party came to our street," said a young man who declined to give his name.''',
     "At least the", "Marju Kask", "vox_pop_sequence_middle"),
    # 16
    ('''Prime Minister Kalani Fonoti of Samoa met Australian Foreign Minister Rebecca Thornbury and New Zealand trade envoy Hemi Tawhiri in Apia on Tuesday to discuss a regional fisheries agreement.\n\nFonoti, who has led the country since 2021, called the talks "frank". He said his government would not sign any deal that reduced the catch of local fishermen. "Our people have fished these waters for three thousand years, and they will not be made to ask permission," he said.\n\nThornbury said Australia was willing to fund new patrol boats.''',
     "Our people have", "Kalani Fonoti", "pronoun_three_named_subject_continuity"),
    # 17
    ('''Nigerian novelist Chukwuemeka Nwankwo-Eze, whose debut novel "The River Between Two Markets" was translated into thirty languages, died on Saturday in Enugu. He was 84.\n\nHis publisher, Funmilayo Akinwande of Lantern House Books, called him "the conscience of a generation". Fellow writer Babatunde Oyelaran wrote on social media: "He taught me that a sentence can carry the weight of a village. I will miss his laugh more than his books."''',
     "He taught me", "Babatunde Oyelaran", "obituary_tribute_colon_social_media"),
    # 18
    ('''Researchers at the University of Tartu have found that a common soil bacterium can break down a class of industrial solvents previously thought to persist for decades, according to a study published on Wednesday.\n\n"We were surprised by how quickly the bacterium adapted once it had no other source of carbon," said Kadri Põldmaa, a microbiologist and the study's lead author. Her colleague Jaan Uustalu cautioned that field trials were still years away.\n\n"A flask in a laboratory is not a contaminated aquifer," he said.''',
     "A flask in", "Jaan Uustalu", "pronoun_after_her_colleague"),
    # 19
    ('''The Social Democratic Alliance won 29 seats in Saturday's parliamentary election in Iceland, preliminary results showed, three short of a majority in the 63-seat Althing. Outgoing Prime Minister Einar Björnsson conceded defeat shortly after midnight.\n\nAlliance leader Sigríður Hallgrímsdóttir told supporters in Reykjavík that she would begin coalition talks on Monday. "The voters have asked us to lead, not to rule alone," she said.''',
     "The voters have", "Sigríður Hallgrímsdóttir", "election_victory_pronoun"),
    # 20
    ('''A magnitude 6.4 earthquake struck the Indonesian province of West Sulawesi early on Friday, killing at least 42 people, the national disaster agency said.\n\nAgency spokesperson Dwi Hartono said rescuers were searching the rubble of a hospital in Mamuju. "There are still patients and nurses trapped on the second floor," he said.\n\nResident Nur Aini, 38, said she had run outside with her two children when the shaking started. "The house was moving like a boat. When we looked back, the roof had fallen onto our beds."''',
     "The house was", "Nur Aini", "witness_quote_no_verb_after_paraphrase"),
    # 21
    ('''Leaflets were found scattered across the campus of the University of Sarajevo on Monday morning calling for a boycott of lectures. University officials said they did not know who had produced them.\n\n"Students will not pay for the mistakes of the ministry," the leaflets said. The rector's office said classes would continue as normal.''',
     "Students will not", "", "unattributed_leaflet_empty"),
    # 22
    ('''Wikinews interviewed Oyunbileg Batjargal, the Mongolian throat singer whose album topped the world music charts in Germany last month, ahead of her concert in Leipzig.\n\n"In the countryside, singing is not a performance. It is a way of talking to the horses and to the wind," Batjargal told Wikinews. "When I first sang on a stage in Ulaanbaatar, I felt I was telling a secret to strangers."''',
     "When I first", "Oyunbileg Batjargal", "told_wikinews_split_second_half"),
    # 23
    ('''"This is the largest single seizure of cocaine in the history of the port." With those words, Antwerp customs chief Pieter Van den Broeck opened a news conference on Thursday at which officers displayed part of a 9.6-tonne haul found in containers of bananas.''',
     "This is the", "Pieter Van den Broeck", "speaker_in_following_sentence"),
    # 24
    ('''Japan's Minister of Agriculture, Forestry and Fisheries, Ryūnosuke Takabatake, visited rice farmers in Niigata Prefecture on Saturday, accompanied by the prefecture's governor, Emiko Sasaki-Hara, after a summer of record heat damaged a third of the crop.\n\nThe governor, in her first year in office, asked for emergency payments to be doubled. The minister said the cabinet would decide next month. "We have heard the farmers, and I give my word that no one who lost a harvest will lose their land as well," he told reporters.''',
     "We have heard", "Ryūnosuke Takabatake", "pronoun_minister_vs_governor"),
    # 25
    ('''The KTU called a 24-hour strike at three copper mines in the Karaganda region on Monday, the first stoppage at the sites in more than a decade.\n\n"Our members go underground every day for wages that have not risen in four years," the KTU said in a statement posted on its website. "Management has left us no other choice."''',
     "Management has left", "KTU", "acronym_only_org_split"),
    # 26
    ('''The Society of Marine Engineers and Naval Architects of Norway warned on Tuesday that a shortage of qualified inspectors was delaying ship certifications along the coast.\n\n"Some vessels are waiting four months for a survey that used to take two weeks," said the society's president, Trond Haugland Eide. "That costs owners money, and it costs coastal communities jobs."''',
     "That costs owners", "Trond Haugland Eide", "org_with_and_of_president_split"),
    # 27
    ('''Swedish shipping company Lindqvist & Åberg said on Friday it had suspended all sailings through the Red Sea after one of its tankers was approached by armed boats.\n\n"The safety of our crews is not negotiable, and our vessels will take the longer route around Africa until further notice," Lindqvist & Åberg said in a statement. Shares in the company fell 4 percent in Stockholm.''',
     "The safety of", "Lindqvist & Åberg", "org_ampersand_statement"),
    # 28
    ('''"I never expected to win," Tanvir Hossain said after receiving the Bengal Literary Prize in Kolkata on Thursday, "and I still think the jury made a mistake."\n\nThe 71-year-old poet, who writes in Bengali and Sylheti, will receive 500,000 rupees.''',
     "I never expected", "Tanvir Hossain", "split_quote_first_half"),
    # 29
    ('''Deputy Minister of Water and Sanitation of the Republic of South Africa, Nomvula Dlamini-Khumalo, told Parliament on Wednesday that twelve municipalities faced water shedding this summer.\n\n"The dams are full, but the pipes that should carry the water are older than most of the members of this House," Dlamini-Khumalo said to laughter from the opposition benches.''',
     "The dams are", "Nomvula Dlamini-Khumalo", "long_title_before_name"),
    # 30
    ('''Judge Ana Lúcia Carvalho on Monday sentenced former municipal treasurer Marisa Teixeira to six years in prison for diverting public funds to a company owned by her brother.\n\nTeixeira, who has always denied the charges, wept as the sentence was read. Her lawyer, Henrique Sampaio, said she would appeal. "My client has been made to pay for a system she did not create," he said.''',
     "My client has", "Henrique Sampaio", "lawyer_pronoun_two_women_named"),
    # 31
    ('''In a letter to shareholders published on Monday, the chief executive of Norwegian fish farming group Havbruk Nord, Solveig Aarnes, apologised for the escape of 50,000 salmon from a pen in Troms.\n\n"We failed in our most basic duty, which is to keep our fish in the sea pens and out of the rivers," the letter said.''',
     "We failed in", "Solveig Aarnes", "letter_said_author_named"),
    # 32
    ('''Government spokesman Juma Mwakilema said on Wednesday that President Halima Msuya would not attend the regional summit in Addis Ababa because of flooding in the south of the country.\n\n"The president's place is with the people of Lindi and Mtwara at this time," Mwakilema said.\n\nThe president herself spoke to reporters in Dodoma on Thursday. "I have asked the vice-president to represent us, and he has my full confidence," she said.''',
     "I have asked", "Halima Msuya", "pronoun_president_herself_after_spokesman"),
    # 33
    ('''Graffiti sprayed overnight on the front wall of the Ministry of Interior in Skopje was removed by municipal workers on Sunday morning. The words, in red letters two metres high, read: "The people have not forgotten what you did in April."\n\nPolice said no group had claimed responsibility.''',
     "The people have", "", "graffiti_unknown_maker_empty"),
    # 34
    ('''Ethiopian runner Tesfaye Gebremariam won the Berlin Marathon on Sunday in 2:04:11, beating compatriot Dawit Alemu by nine seconds. It was the fourth marathon victory for Gebremariam, 34, and the first for his training partner in a major race.\n\n"I felt the pain at thirty-five kilometres, but I told my legs that the pain would end at the finish," the 34-year-old said. Alemu said he had gone out too fast.''',
     "I felt the", "Tesfaye Gebremariam", "age_description_the_34_year_old"),
    # 35
    ('''The Lithuanian Seimas voted 78 to 41 on Thursday to lower the voting age in municipal elections to sixteen.\n\nRūta Mickevičienė, leader of the opposition Homeland Union group, said the change had been rushed through without consultation. "Nobody asked the schools, nobody asked the parents, and nobody asked the sixteen-year-olds," she said.\n\nThe bill's sponsor, Social Democrat Darius Kazlauskas, said the opposition had supported the idea two years earlier. "They voted for this in committee in 2022. Now they discover it is rushed?"''',
     "They voted for", "Darius Kazlauskas", "parliament_reply_no_verb"),
    # 36
    ('''At the Gamescom trade fair in Cologne, Wikinews spoke to Kwame Mensah-Bonsu, founder of the Accra studio Anansi Pixel, and to his co-founder and lead artist, Efua Asante, about their first console release.\n\nMensah-Bonsu said the studio had grown from three people to twenty-six in two years. Asante, who drew every character by hand before they were modelled, said the folklore came first. "My grandmother told these stories by the fire, and I wanted the game to sound like her voice," she told Wikinews.''',
     "My grandmother told", "Efua Asante", "told_wikinews_pronoun_second_person"),
    # 37
    ('''Chief executive Pradeep Raghunathan resigned on Monday, a week after the collapse of the Chennai-based lender Kaveri Finance's planned merger with a Singapore bank.\n\n"The board thanks Mr Raghunathan for eleven years of service and has begun the search for a successor," Kaveri Finance said in a statement to the stock exchange.''',
     "The board thanks", "Kaveri Finance", "company_statement_ceo_mentioned"),
    # 38
    ('''A fire destroyed a warehouse in the Galway suburb of Ballybrit early on Saturday. No one was injured.\n\n"A 19-year-old man has been arrested on suspicion of arson and is being held at Mill Street Garda Station," a police spokesperson said on Saturday afternoon.''',
     "A 19-year-old man", "police spokesperson", "unnamed_police_spokesperson"),
    # 39
    ('''Residents of the Mexican town of Tlacotalpan returned to their homes on Wednesday after three days of flooding. A woman who lives opposite the town's church, and who did not want to be named, said the water had reached the second step of the altar.\n\n"I have lived here sixty years and I have never seen the river come inside the church," she said.''',
     "I have lived", "woman", "unnamed_woman_witness"),
    # 40
    ('''Hundreds of dock workers marched through the port of Durban on Tuesday to protest against plans to automate two container terminals.\n\n"Machines do not feed children!" the protesters chanted as they passed the offices of the port authority. Union organiser Sipho Mthembu said the march was "only a warning".''',
     "Machines do not", "protesters", "protesters_chant"),
    # 41
    ('''"When the captain shouted 'abandon ship', nobody believed him at first. We thought it was another drill," said passenger Luis Ferreira Amado, 52, who was among 212 people taken off the ferry by fishing boats off the Azores on Sunday.''',
     "When the captain", "Luis Ferreira Amado", "nested_single_quote_inside"),
    # 42
    ('''The Thai Meteorological Department issued a warning on Monday that Typhoon Nari would bring heavy rain to 18 northern provinces over the next three days.\n\n“Residents living along rivers and at the foot of hills should prepare to move to higher ground,” said the department’s director-general, Somchai Wongsuwan. “Landslides are likely in Nan and Phrae.”''',
     "Landslides are likely", "Somchai Wongsuwan", "curly_split_second_half_director_general"),
    # 43
    ('''The Pan-African Union of Railway Workers said it would join a general strike called for next week. A spokesman for the union, who asked not to be named because he was not authorised to speak to the media, told AFP that negotiations had broken down.\n\n"The government offered us three percent when prices have risen by twenty," the spokesman said. "That is not an offer, it is an insult."''',
     "That is not", "Pan-African Union of Railway Workers spokesman", "unnamed_org_spokesman_told_afp"),
    # 44
    ('''Jean-Baptiste de La Tour-Mirande, the French sculptor known for his monumental works in weathered steel, has died at his home in the Dordogne. He was 91.\n\nHis widow, the painter Colette Ravel, said in a statement released through his gallery: "He worked until the last week. His hands were still covered in rust when the doctor came."''',
     "He worked until", "Colette Ravel", "obituary_widow_statement_colon"),
    # 45
    ('''Defence ministry spokesman Colonel Aziz Rahimov said on Tuesday that two soldiers had been wounded in an exchange of fire on the border.\n\n"Our units returned fire in accordance with the rules of engagement and the situation is now calm," Colonel Rahimov told a briefing in Tashkent.''',
     "Our units returned", "Aziz Rahimov", "military_rank_stripped"),
    # 46
    ('''A comet discovered by amateur astronomer Tavita Leavasa in Samoa last month will be visible to the naked eye in early March, astronomers said on Monday.\n\nProfessor Lotte Brandsma, an astrophysicist at Leiden University who has calculated its orbit, said it would pass within 40 million kilometres of Earth. "It will never come back. Anyone who wants to see it has one chance, and this is it," Dr Brandsma said.\n\nLeavasa, a schoolteacher, found the comet with a telescope he built himself.''',
     "It will never", "Lotte Brandsma", "professor_dr_title_stripped"),
    # 47
    ('''The Welsh Rugby Union confirmed on Friday that Sir Rhodri ap Gwynfor would step down as its president at the end of the season.\n\n"Forty years in this game have given me more than I could ever give back," Sir Rhodri said in a statement released by the union.''',
     "Forty years in", "Rhodri ap Gwynfor", "knighted_title_stripped"),
    # 48
    ('''Archbishop Ignatius Mwale of Lusaka called on Sunday for calm ahead of next month's elections.\n\n"Zambia belongs to all of us, to those who win and to those who lose," the archbishop said in his homily at the Cathedral of the Child Jesus. "Let no one shed blood for a ballot paper."''',
     "Let no one", "Ignatius Mwale", "religious_title_description_split"),
    # 49
    ('''The mayor of the Dutch city of Zwolle, Mirjam Hofstede-Bakker, and her challenger in next month's election, Fatma Yılmaz-de Vries, clashed over housing during a televised debate on Thursday night.\n\nThe challenger accused the mayor's coalition of selling municipal land to developers. "Every plot we sold went to build homes, and every one of those homes is occupied," the mayor said in reply. "I would like to hear where my opponent would build."''',
     "Every plot we", "Mirjam Hofstede-Bakker", "role_word_mayor_vs_challenger"),
    # 50
    ('''A source close to the negotiations between the two airlines told Reuters on Thursday that the merger talks had stalled over the future of the Vienna hub.\n\n"Neither side wants to be the one that closes it, so nothing moves," the source said, speaking on condition of anonymity because the talks are private.''',
     "Neither side wants", "source close to the negotiations", "anonymous_source_description"),
    # 51
    ('''Icelandic police said on Tuesday that an online post warning of a second explosive device at the Kringlan shopping centre was a hoax. The post was published under a false name on a discussion forum and has since been removed.\n\n"The second device is still inside the building and nobody will find it in time," the post said. Police said they were trying to identify its author.''',
     "The second device", "", "anonymous_online_post_empty"),
    # 52
    ('''Georgian wrestler Levan Chkheidze won the 97-kilogram world title in Oslo on Saturday, defeating Iran's Amir Hossein Rezaei 4-2 in the final.\n\nChkheidze's coach, Gocha Beridze, said the wrestler had trained with a broken finger for a month. "He did not tell anybody except me. I told him he was crazy, and he told me he would win anyway," Beridze said.''',
     "He did not", "Gocha Beridze", "coach_quote_about_athlete"),
    # 53
    ('''The Office of the United Nations High Commissioner for Human Rights on Friday called for an independent inquiry into the deaths of 14 demonstrators in the capital.\n\n"Those responsible for the use of lethal force against unarmed protesters must be held to account," OHCHR spokesperson Marta Kowalczyk-Reyes told a briefing in Geneva. "Impunity will only lead to more deaths."''',
     "Impunity will only", "Marta Kowalczyk-Reyes", "spokesperson_acronym_org_split"),
    # 54
    ('''The Vestland Police District said on Sunday that two climbers had been rescued from the Romsdalshorn after spending the night on a ledge.\n\n"Both are cold and tired but uninjured, and they have been flown to hospital in Molde as a precaution," the police district said on Twitter.''',
     "Both are cold", "Vestland Police District", "police_org_tweet"),
    # 55
    ('''An unsigned letter delivered to the offices of the newspaper El Heraldo de Zamora on Wednesday claimed responsibility for the fire that destroyed two logging trucks last week. The newspaper passed the letter to the Guardia Civil.\n\n"The forest is not for sale, and every machine that enters it will burn," the letter read.''',
     "The forest is", "", "unsigned_letter_empty"),
    # 56
    ('''Veteran Irish broadcaster Siobhán Ní Bhraonáin announced on Monday that she would retire from the morning programme she has presented for 26 years.\n\nIn an interview with RTÉ Radio, she said she had made up her mind during the summer. "I want to hear the news for once without having to read it out," Ní Bhraonáin said.''',
     "I want to", "Siobhán Ní Bhraonáin", "interview_with_broadcaster"),
    # 57
    ('''“It felt as if the whole mountain was breathing,” said Rahel Tekle, a nurse from Mekele who was hiking near the crater when the eruption began on Tuesday.\n\nVolcanologist Guðmundur Þórðarson, who is monitoring the site, said the lava flow was moving away from the nearest village. “There is no immediate danger to people, but the gas is a concern if the wind turns,” he said.''',
     "It felt as", "Rahel Tekle", "witness_first_quote_apposition_after"),
    # 58
    ('''Partizan Belgrade coach Dragan Petrović was full of praise for his goalkeeper after the 0-0 draw in Athens on Wednesday.\n\nPetrović said of Milan Kostić, who saved a penalty in the 88th minute: "I have worked with many goalkeepers in thirty years, and I have not seen one read a penalty taker the way he did tonight."\n\nKostić said he had studied videos of the penalty taker on the bus to the stadium.''',
     "I have worked", "Dragan Petrović", "said_of_object_colon"),
    # 59
    ('''Malagasy authorities said on Monday that the death toll from Cyclone Haruna had risen to 37.\n\nThe director of the National Office for Risk and Disaster Management, Rivo Andrianarisoa, said thousands of people remained in shelters in Toliara. Interviewed by AFP, he said supplies were running low.\n\n"We have rice for four more days. After that, we depend entirely on what arrives by sea."''',
     "We have rice", "Rivo Andrianarisoa", "paragraph_quote_after_pronoun_paraphrase"),
    # 60
    ('''Kim Seo-yeon, the Speaker of the National Assembly of South Korea, on Tuesday suspended a session after lawmakers from two parties scuffled on the floor of the chamber.\n\n"This House is not a boxing ring. The session will resume when members remember where they are," Speaker Kim said before leaving the rostrum.''',
     "This House is", "Kim Seo-yeon", "speaker_of_parliament_title"),
    # 61
    ('''Astronomers at the Atacama Large Millimetre Array have detected water vapour in a disc of dust around a young star 450 light years away, the observatory announced on Thursday.\n\n"Finding water this early in the life of a planetary system tells us it may be a common ingredient, not a lucky accident," said Dr Valentina Quispe Mamani, who led the observations.\n\nHer co-author, Dr Hiroshi Ōtsuka of the National Astronomical Observatory of Japan, said the team would now look for more complex molecules. "Water is the beginning. We are looking for the first carbon chains," he said.''',
     "Water is the", "Hiroshi Ōtsuka", "science_coauthor_pronoun"),
    # 62
    ('''The Court of Appeal in Nairobi on Friday overturned the conviction of activist Wanjiru Kamau for unlawful assembly.\n\nIn their judgment, the three appeal judges wrote that the trial magistrate had misread the law. "Peaceful assembly is a right, not a privilege granted at the pleasure of the police," the judgment said.\n\nKamau, speaking outside the court, said she would continue to organise protests.''',
     "Peaceful assembly is", "Court of Appeal", "judgment_said_court"),
    # 63
    ('''Kazakh cyclist Yerlan Nurmagambetov won the 14th stage of the Vuelta a España on Saturday after a solo attack on the final climb.\n\n"I looked back once, saw nobody, and decided not to look back again," he told reporters at the finish in Jaén. Race leader Matteo Giordani finished in the main group and kept the red jersey.''',
     "I looked back", "Yerlan Nurmagambetov", "pronoun_before_second_name"),
    # 64
    ('''The minister for culture, Dimitra Papadopoulou, and the director of the Acropolis Museum, Nikos Lambrakis, presented the returned marble head to journalists in Athens on Monday.\n\nLambrakis described how the head had been traced to a private collection in Geneva. The minister, herself a trained archaeologist, thanked the Swiss authorities. "This is not only a piece of marble coming home. It is a lesson that stolen history can be returned," she said.''',
     "This is not", "Dimitra Papadopoulou", "pronoun_she_minister_subject"),
    # 65
    ('''"Our hospitals are already at ninety-five percent capacity, and winter has not yet begun."\n\nThat was the warning on Tuesday from Mirela Popescu, president of the Romanian College of Physicians, as the health ministry reported a sharp rise in influenza cases.''',
     "Our hospitals are", "Mirela Popescu", "speaker_in_next_paragraph"),
    # 66
    ('''Fire chief Tomás Ó Riain said on Thursday that the blaze at the Ballymote recycling plant had been brought under control after burning for 19 hours.\n\n"Crews have worked in shifts through the night in very difficult conditions.\n\n"We expect to remain at the site for at least another two days while we damp down hot spots.\n\n"I want to thank the people of the town for their patience with the smoke," he said.''',
     "We expect to", "Tomás Ó Riain", "continuation_middle_paragraph_of_run"),
    # 67
    ('''The foreign ministers of Peru and Bolivia, Ricardo Paredes Luna and Ximena Choque Flores, signed an agreement in La Paz on Friday to share data on glaciers in the Andes.\n\nParedes said it was the first such agreement between the two countries. His Bolivian counterpart said the glaciers "do not recognise borders". "We lose ice every year, and we will only understand how much if we measure it together," Choque told journalists.''',
     "We lose ice", "Ximena Choque Flores", "phrase_then_statement_surname_attribution"),
    # 68
    ('''Amadou, a 42-year-old fisherman in the Senegalese port of Kayar who did not give his surname, said catches had fallen by half since foreign trawlers arrived off the coast.\n\n"My father came back with a full boat every day. I come back with enough for my family and nothing to sell," he told AFP.''',
     "My father came", "Amadou", "first_name_only_told_afp"),
    # 69
    ('''Turkish Airlines flight attendant Elif Demirtaş was praised on Wednesday for helping to deliver a baby at 11,000 metres over the Black Sea.\n\nThe mother, Nasrin Karimi, 29, was travelling from Istanbul to Tehran with her husband, Reza Karimi. He said the crew had been calm throughout. "I was the one who panicked. The women did everything," the new father said.''',
     "I was the", "Reza Karimi", "description_new_father"),
    # 70
    ('''The World Meteorological Organization said in its annual report on Thursday that the past decade was the warmest on record.\n\n"The concentration of the main greenhouse gases in the atmosphere reached new highs and shows no sign of levelling off," the report said. "The consequences are visible on every continent."\n\nWMO Secretary-General Pavel Horáček urged governments to act.''',
     "The consequences are", "World Meteorological Organization", "annual_report_continuation_split"),
    # 71
    ('''Two candidates remain in the race to become the next mayor of Kraków after Sunday's first round. Former deputy mayor Bogdan Wiśniewski finished first with 38 percent, and independent Agnieszka Sobieraj second with 27 percent.\n\nWiśniewski thanked his voters. The independent, who had been predicted to come fourth, said her result showed that voters wanted "someone from outside the parties". "Two weeks ago nobody knew my name. Today it is on every front page," she said.''',
     "Two weeks ago", "Agnieszka Sobieraj", "description_the_independent"),
    # 72
    ('''A spokesman for Burmese opposition leader Daw Khin Mya Thwe said on Monday that she had not been allowed to see her lawyers for three weeks.\n\nThe spokesman, U Kyaw Zin Oo, told reporters in Bangkok that her health was good. "She reads, she writes, she walks in the yard. What she cannot do is prepare her defence," Kyaw Zin Oo said.''',
     "She reads, she", "Kyaw Zin Oo", "named_spokesman_for_person_honorific"),
    # 73
    ('''The chairman of the Hong Kong Harbour Users' Association, Leung Wai-kit, criticised the government's plans for a new reclamation on Wednesday. Speaking at the association's annual dinner, he said the harbour had already lost too much water.\n\n“Every hectare of reclamation is a hectare of harbour that our grandchildren will never see,” Leung said. “The government should build on the land it already has.”\n\nThe Development Bureau said the reclamation was needed for housing.''',
     "The government should", "Leung Wai-kit", "split_second_half_chinese_name"),
    # 74
    ('''Manchester-based band The Lantern Keepers cancelled the rest of their European tour on Friday after drummer Kofi Asamoah-Reid broke his wrist in a fall.\n\nSinger Niamh Gallagher-Ortiz said on Instagram that the band was "gutted". She added: "Kofi will be back behind the kit before the summer. We will play every one of these cities again, that is a promise."''',
     "Kofi will be", "Niamh Gallagher-Ortiz", "she_added_colon"),
    # 75
    ('''The Federal Supreme Court of Brazil on Thursday ordered the government to present a plan within 60 days to remove illegal gold miners from the Yanomami territory.\n\nThe ruling, written by Justice Beatriz Monteiro Cavalcanti, said that the state had "failed in its most elementary duty". "The omission of the authorities has allowed an entire people to be poisoned by mercury," Justice Monteiro Cavalcanti wrote.''',
     "The omission of", "Beatriz Monteiro Cavalcanti", "justice_wrote_ruling_author"),
    # 76
    ('''Villagers in Bonfol, in the Swiss canton of Jura, were surprised on Saturday when a bottle washed up on the shore of the village pond. Inside was a note written in pencil and dated 1961, with no name.\n\n"If you find this, tell my mother I was happy here," the note said. The local council has asked anyone who recognises the handwriting to come forward.''',
     "If you find", "", "message_in_bottle_empty"),
    # 77
    ('''The Vietnamese Ministry of Natural Resources and Environment said on Tuesday that salt water had pushed 90 kilometres up the Mekong's branches, the furthest in a decade.\n\nDeputy Minister Trần Quốc Bảo told state media that farmers in Bến Tre and Trà Vinh provinces should delay planting rice. "Saline intrusion this year is earlier and deeper than in 2016, which was the worst year on record," he said. He added that emergency fresh water would be trucked to 40,000 households.''',
     "Saline intrusion this", "Trần Quốc Bảo", "deputy_minister_vietnamese_name"),
    # 78
    ('''Scientists from the Alfred Mendelsohn Institute for Marine Research and the University of Cape Town reported on Monday that a population of southern right whales off Namibia had grown to more than 300 animals.\n\nThe study's co-lead author, Thandiwe Ngcobo, said the whales had first been seen in the area in the 1990s. Her colleague Markus Feldhaus, a German biologist who took part in the aerial surveys, said the numbers had surprised the team. "When I started flying these surveys we counted a dozen animals in a good year," Feldhaus said. "Now we count them in hundreds."''',
     "Now we count", "Markus Feldhaus", "split_second_half_two_researchers"),
    # 79
    ('''Rwandan tech entrepreneur Aline Uwimana, founder of the drone delivery company Ingufu Air, spoke to Wikinews at the Africa Tech Summit in Kigali.\n\nAsked whether drones would replace roads, she laughed. "No. Roads carry cows, buses and weddings. We carry blood and vaccines to the places the roads do not reach yet."''',
     "No. Roads carry", "Aline Uwimana", "interview_answer_after_asked"),
    # 80
    ('''The union representing air traffic controllers in Portugal, SICAP, and the airport operator, Aeroportos Lusitanos, both issued statements on Sunday after a strike grounded 400 flights in Lisbon and Porto.\n\nThe airport operator said passengers should check with their airlines before travelling. "We regret the disruption, which was caused by a strike over which we have no control," Aeroportos Lusitanos said.\n\n"Our members have been working twelve-hour shifts for two years because the company refuses to hire," SICAP said in its statement.''',
     "Our members have", "SICAP", "two_org_statements_acronym_only"),
]
