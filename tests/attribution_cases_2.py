"""Eighty harder made-up passages for quotation attribution, written blind (second set).

Wikinews and wire-copy style: longer sentences, several people per passage,
names from many languages. A helper wrote them from
``data/annotations/quotes_README.md`` alone, without reading the extractor's
code, its tests or the annotated articles. Every name is invented. Each case is
``(text, first_words, speaker, pattern_label)``.
"""

CASES = [
    # 1
    ('''The opposition leader, Tomasz Wierzbicki, met the Finance Minister, Jolanta Krawczyk-Nowak, in Warsaw on Tuesday, a day after the two had clashed over the draft budget in a heated parliamentary session that lasted past midnight. Krawczyk-Nowak told reporters afterwards that the talks had been "constructive but unfinished", and added that a second meeting was planned for Friday. "We are not going to rewrite the budget because one party is unhappy with it," she said.''',
     'We are not going', 'Jolanta Krawczyk-Nowak', 'pronoun_prev_subject_gender'),
    # 2
    ('''Police Chief Rafael Montoya-Reyes and the city's mayor, Ignacio Barrientos, appeared together at a press conference in Guadalajara on Sunday, where the mayor announced that a night-time curfew imposed after a wave of cartel shootings would be lifted at the end of the week. Montoya-Reyes, who took office in March after his predecessor resigned amid a corruption inquiry, said patrols would nonetheless remain in the city centre. "We have not won this fight yet, and I would be lying if I said otherwise," he said.''',
     'We have not won', 'Rafael Montoya-Reyes', 'pronoun_prev_subject_same_gender'),
    # 3
    ('''Aid agencies warned on Thursday that more than two million people in the drought-stricken north-east of the country face severe food shortages, after a second consecutive rainy season failed. Dr. Amina Yusuf-Bello, the regional director of the charity Relief Horizons, said that the agency's warehouses in Maiduguri were nearly empty and that its convoys had been held at military checkpoints for days at a time.\n\n"We are watching a disaster unfold in slow motion, and the world is looking the other way," she said. "If nothing changes by June, children will die."''',
     'We are watching a', 'Amina Yusuf-Bello', 'pronoun_new_paragraph'),
    # 4
    ('''Former Prime Minister Vikram Raghunathan, who led the country from 2009 until his defeat in the 2014 general election, was admitted to a hospital in New Delhi late on Monday, according to his family, after complaining of breathlessness at his home in the Lutyens' Delhi district. "I am grateful for the prayers and good wishes of so many people, and I expect to be home within days," Raghunathan said in a statement released by his office on Tuesday morning.''',
     'I am grateful for', 'Vikram Raghunathan', 'statement_released_by_office'),
    # 5
    ('''A court in Nairobi on Wednesday denied bail to businesswoman Wanjiru Kamau-Odhiambo, 52, who is accused of defrauding the county government of Kiambu of more than 400 million shillings through a series of inflated road contracts awarded between 2019 and 2022. "My client has cooperated fully with investigators from the very first day, and she intends to clear her name," her lawyer said outside the courtroom. The prosecution, led by Senior State Counsel Daniel Mutua, did not comment.''',
     'My client has cooperated', "Wanjiru Kamau-Odhiambo's lawyer", 'her_lawyer_said_unnamed'),
    # 6
    ('''The family of Samir Haddad, the 19-year-old student who died in police custody in Marseille in October, said on Friday that they would file a civil complaint against three officers. Their lawyer, Me Hélène Rousseau-Vidal, told AFP that the autopsy report, which was leaked to the newspaper La Provence last week, raised "serious questions" about the official account. "Nobody dies of a heart attack at nineteen without a reason, and we intend to find out what that reason was," Rousseau-Vidal said.''',
     'Nobody dies of a', 'Hélène Rousseau-Vidal', 'lawyer_named_title_Me'),
    # 7
    ('''Shares in Nordvik Shipping fell nearly 12 percent in Oslo on Monday after the firm, which operates one of the largest fleets of liquefied natural gas carriers in northern Europe, cut its full-year profit forecast for the second time in three months. "Charter rates in the Atlantic basin have weakened more sharply than we anticipated, and we do not expect a recovery before the fourth quarter," the company said. Chief executive Lars Eikrem-Solberg was not available for comment.''',
     'Charter rates in the', 'Nordvik Shipping', 'the_company_said'),
    # 8
    ('''At least 14 people were killed and dozens injured when a bus carrying pilgrims plunged into a ravine in the northern region of Gilgit-Baltistan on Saturday, local officials said. "The driver appears to have lost control on a sharp bend, and the bus fell nearly 300 metres," officials said in a brief statement, adding that rescue efforts had been hampered by heavy snow. Regional health minister Shahid Iqbal Khan said the most seriously injured had been flown to Islamabad.''',
     'The driver appears to', 'officials', 'officials_said'),
    # 9
    ('''The Ministry of Foreign Affairs of Kazakhstan summoned the ambassador of a neighbouring state on Wednesday, hours after a border post in the Almaty region was damaged by what local authorities described as "an uncontrolled detonation" on the far side of the frontier. "The Republic of Kazakhstan regards this incident as a serious violation of its sovereignty and expects a full explanation within 48 hours," a statement from the ministry read. Ambassador Rustam Nazarov left the ministry building without speaking to journalists.''',
     'The Republic of Kazakhstan', 'Ministry of Foreign Affairs of Kazakhstan', 'ministry_statement_read'),
    # 10
    ('''“Anyone who threatens the security of our cities will be found, and will face the full force of the law.” The remarks came from Interior Minister Abdelkader Benslimane, who spoke to reporters in Rabat on Thursday after security forces said they had dismantled a cell of eight suspected militants in the cities of Fez and Tangier.''',
     'Anyone who threatens the', 'Abdelkader Benslimane', 'named_after_remarks_came_from_curly'),
    # 11
    ('''Storm damage across the Philippine province of Albay will take "months, not weeks" to repair, according to early estimates, after Typhoon Karding tore through the region on Sunday night with winds of up to 185 kilometres an hour.\n\n"We have lost roads, bridges and at least three schools, and the power will not be back in some villages until the new year." That was the assessment of provincial governor Maria Teresa Dimaculangan-Reyes, who toured the worst-hit municipalities by helicopter on Monday with the regional police director, Brigadier General Ramon Cabigting.''',
     'We have lost roads', 'Maria Teresa Dimaculangan-Reyes', 'named_after_new_paragraph'),
    # 12
    ('''The European Commissioner for Competition, Henrike van der Waals, on Tuesday fined the chipmaker Altavec 1.2 billion euros for abusing its dominant position in the market for automotive processors, the largest penalty of its kind since 2018. Altavec's chief executive, Jean-Baptiste Moreau, described the ruling as "deeply flawed" in a call with analysts on Wednesday. "It ignores how this market actually works, and we will appeal it at the General Court in Luxembourg." Van der Waals, speaking in Brussels a day earlier, had said that dominant companies bore "a special responsibility" toward their rivals.''',
     'It ignores how this', 'Jean-Baptiste Moreau', 'described_it_as_then_bare_quote'),
    # 13
    ('''Teachers' unions in Buenos Aires province called a 48-hour strike on Monday, after the provincial government of Governor Esteban Achával offered a pay rise of 9 percent against an annual inflation rate of more than 60 percent. Sonia Etchegaray-Ruiz, secretary general of the largest union, SUTEBA-Sur, called it an insult. "Our members cannot pay rent with promises, and they will not go back to the classroom for this offer," she told Radio Continental.''',
     'Our members cannot pay', 'Sonia Etchegaray-Ruiz', 'called_it'),
    # 14
    ('''When asked by a reporter from the Lagos daily The Courier whether he would resign over the collapse of the Ikorodu flyover, which killed six people in August, Works Commissioner Oluwaseun Adebayo-Williams did not hesitate. His response was short: "I did not build that bridge, and I will not be the one to carry the blame for it."''',
     'I did not build', 'Oluwaseun Adebayo-Williams', 'response_was'),
    # 15
    ('''The football federation of Colombia confirmed on Saturday that coach Hernán Darío Villamizar had left his post by mutual consent, barely eight months after he was appointed to lead the national team through World Cup qualifying. In a tweet, Villamizar wrote: "Thank you to the players and to the fans. I gave everything I had, and I leave with my head held high." The federation's president, Jorge Luis Ospina, said a successor would be named "in the coming weeks".''',
     'Thank you to the', 'Hernán Darío Villamizar', 'in_a_tweet_wrote'),
    # 16
    ('''Russian Deputy Energy Minister Oleg Valentinovich Surkov was quoted by Reuters as saying that gas deliveries to Bulgaria would resume "within days" once a dispute over payment was resolved, a claim his Bulgarian counterpart, Rositsa Dimitrova-Paneva, said she could not confirm. Surkov was also quoted as saying: "Russia has always been a reliable supplier, and it remains so today, whatever our partners in Brussels may claim."''',
     'Russia has always been', 'Oleg Valentinovich Surkov', 'passive_quoted_by_reuters'),
    # 17
    ('''The former militia commander Emmanuel Ndikumana-Bizimana, who is on trial in The Hague on charges of ordering attacks on two villages in 2004, denied during questioning last month that he had been present at either massacre. According to a transcript released by the court on Friday, Ndikumana-Bizimana told investigators: "I gave no order to fire on civilians, and no one under my command did so." Presiding Judge Margarethe Lindholm has adjourned the trial until March.''',
     'I gave no order', 'Emmanuel Ndikumana-Bizimana', 'according_to_transcript_told'),
    # 18
    ('''The 63-year-old former head of the country's electoral commission, Kwabena Asante-Boateng, said on Tuesday that he would stand as an independent candidate in December's presidential election, ending months of speculation in Accra. "I have spent my life making sure that other people's votes were counted; now I am asking the people of Ghana to count mine," Asante-Boateng said at a rally in Kumasi attended by several thousand supporters.''',
     'I have spent my', 'Kwabena Asante-Boateng', 'long_description_before_name'),
    # 19
    ('''The World Food Programme (WFP) said on Monday it had been forced to halve rations for 1.4 million refugees in camps along the border with South Sudan, after donors pledged less than a third of the $280 million it had requested for the year. Country director Ingrid Halvorsen-Bakke said food stocks would run out by August. "Without new funding, we will have no choice but to suspend assistance entirely to some of the most vulnerable families on earth," the WFP said in a statement.''',
     'Without new funding, we', 'World Food Programme', 'acronym_defined_then_used'),
    # 20
    ('''The head of the International Committee of the Red Cross delegation in Sana'a, Matthias Oberholzer, spoke to reporters on Wednesday after visiting a hospital in the port city of Hodeidah that had been without electricity for eleven days.\n\n"The staff are working by torchlight. They are operating on patients with instruments that cannot be properly sterilised, and they have not been paid since the spring.\n\n"I have worked in conflict zones for twenty years, and I have rarely seen a health system this close to collapse," Oberholzer said.''',
     'The staff are working', 'Matthias Oberholzer', 'continuation_paragraph_open_quote'),
    # 21
    ('''Prosecutor Lucía Fernández-Cabrera on Monday asked a court in Seville to sentence the former regional official Andrés Molina Ortega to eight years in prison for his role in the diversion of unemployment funds, a case that has dragged on for more than a decade. Molina's defence lawyer, Tomás Garrido, argued that his client had merely signed documents prepared by others. "Signing a document is not a formality when it releases millions of euros of public money," the prosecutor said.''',
     'Signing a document is', 'Lucía Fernández-Cabrera', 'role_only_the_prosecutor'),
    # 22
    ('''The United States ambassador to Indonesia, Carolyn Whitfield-Hayes, met President Bambang Hadiprasetyo at the presidential palace in Jakarta on Tuesday, a week after a row over tariffs on palm oil threatened to derail a new trade agreement between the two countries. Hadiprasetyo's spokesman, Ari Setiawan, said the meeting had been "warm and productive". "We have our disagreements, but they are the disagreements of partners, not of rivals," the ambassador told reporters as she left.''',
     'We have our disagreements', 'Carolyn Whitfield-Hayes', 'role_only_the_ambassador'),
    # 23
    ('''The parents of Liang Xiaoyu, the 23-year-old graduate student who went missing while hiking in the Swiss Alps last month, flew to Geneva on Saturday to meet the officers leading the search, which was scaled back on Thursday because of avalanche risk, according to cantonal police spokesman Yves Rochat. At a news conference in Sion, they appealed to hikers who had been in the Val d'Hérens area on 14 September to come forward. "Our daughter is strong and clever, and we will not give up hope until someone tells us there is no reason left to hope," they said.''',
     'Our daughter is strong', "Liang Xiaoyu's parents", 'they_said_family'),
    # 24
    ('''"The ceasefire is holding, for now," said Colonel Ahmed Saleh al-Mahdi, a spokesman for the coalition, speaking by telephone from Aden on Sunday, "but every night we record violations along the front line near Taiz." The rebels' political office, headed by Yahya Mohammed al-Sharafi, said in a statement that the coalition had itself broken the truce at least forty times.''',
     'but every night we', 'Ahmed Saleh al-Mahdi', 'split_quote_second_half'),
    # 25
    ('''The chairman of the Mumbai-based conglomerate Sharma Vikas Industries, Rajendra Prasad Sharma, on Thursday rejected a report by the short-seller Greyhaven Research, which accused the group of inflating the value of its real estate holdings by as much as 40 percent. "They called us a 'house of cards' without ever visiting a single one of our sites, and their report is full of errors," Sharma told shareholders at the company's annual meeting. Greyhaven founder Nathan Brill said the firm stood by its findings.''',
     'They called us a', 'Rajendra Prasad Sharma', 'inner_single_quotes'),
    # 26
    ('''The jazz pianist Desmond Achterberg, 71, and his wife, the actress Marisol Quintero, attended the premiere of a documentary about his life at the Berlin film festival on Friday, alongside the film's director, Florian Weißenborn. The actress, who starred in several of Weißenborn's early films, said she had hesitated before agreeing to be interviewed for the project. "I did not want to be the wife in the corner of the frame, and Florian promised me that I would not be," she said.''',
     'I did not want', 'Marisol Quintero', 'gendered_word_the_actress'),
    # 27
    ('''Mrs Patricia Oyelaran-Moss, the headteacher of St Bartholomew's Primary School in Croydon, and the chairman of governors, Mr Keith Denholm, wrote to parents on Monday after the school was placed in special measures by Ofsted inspectors. The inspectors' report, signed by lead inspector Graham Tully, criticised "weak leadership at every level". "I accept that we have let some of our pupils down, and I am determined to put that right," she said.''',
     'I accept that we', 'Patricia Oyelaran-Moss', 'gendered_Mrs_three_named'),
    # 28
    ('''Finance ministers from Brazil, Mexico and Chile — Fernando Albuquerque Lins, Gerardo Ibarra Solís and Valentina Castro Errázuriz — met in Santiago on Monday to agree a joint position ahead of the G20 summit in November. Albuquerque Lins, who chaired the session, proposed a common minimum tax on the largest fortunes in the region, an idea Ibarra Solís has previously opposed. "Inequality in Latin America is not an accident of history; it is the result of choices, and it can be reversed by other choices," he said after the meeting.''',
     'Inequality in Latin America', 'Fernando Albuquerque Lins', 'pronoun_three_named_prev_subject'),
    # 29
    ('''Oil ministers from the OPEC+ group agreed in Vienna on Sunday to extend production cuts of 2 million barrels a day until the end of March, a move that sent Brent crude above $90 a barrel for the first time since the summer. Saudi Arabia's energy minister, Khalid bin Saad Al-Otaibi, said the group had acted "to pre-empt, not to react". "The market needs stability more than it needs any single barrel of oil, and stability is what we have delivered today," Al-Otaibi said.''',
     'The market needs stability', 'Khalid bin Saad Al-Otaibi', 'arabic_name_particles'),
    # 30
    ('''The Dutch infrastructure minister, Pieter-Jan van den Heuvel-Smit, announced on Wednesday a 14-billion-euro programme to raise and reinforce the country's coastal dikes over the next two decades, after a government-commissioned study by the Deltares institute found that sea levels could rise faster than previously forecast. "We can no longer pretend that the dikes built by our grandparents will protect our grandchildren," Van den Heuvel-Smit said at a news conference in The Hague.''',
     'We can no longer', 'Pieter-Jan van den Heuvel-Smit', 'dutch_particles_hyphen'),
    # 31
    ('''"Nobody in this building has been told why the contract was cancelled, and nobody will tell us." So said Yekaterina Sergeyevna Volkova-Lebedeva, a senior engineer at the Kazan aircraft plant, where 3,000 workers were told on Monday that production of a regional airliner would be halted indefinitely. The plant's director, Igor Timofeyev, declined to comment.''',
     'Nobody in this building', 'Yekaterina Sergeyevna Volkova-Lebedeva', 'named_after_so_said_russian'),
    # 32
    ('''A spokeswoman for the UN refugee agency, UNHCR, said on Tuesday that more than 40,000 people had crossed from Sudan into eastern Chad in the past week alone, most of them women and children, as fighting around the city of El Fasher intensified. "We are seeing families arrive with nothing but the clothes they are wearing," the spokeswoman, who asked not to be named, said in Geneva. Chad's minister for humanitarian action, Mahamat Abakar Issa, appealed for international help.''',
     'We are seeing families', 'UNHCR spokeswoman', 'unnamed_spokeswoman'),
    # 33
    ('''"There were no warnings, no sirens, nothing — the water was simply there, in our kitchen, at four in the morning," according to Parveen Akhter, 46, a garment worker from the Sylhet district of Bangladesh, where flash floods have displaced more than 200,000 people since Friday. Disaster Management Minister Enamul Haque Chowdhury said that army units had been deployed to the worst-hit areas.''',
     'There were no warnings', 'Parveen Akhter', 'according_to_after_quote'),
    # 34
    ('''Chinese Vice Foreign Minister Zhang Weiming held talks in Beijing on Thursday with his Japanese counterpart, Takeshi Morimoto, the highest-level contact between the two countries since a dispute over fishing boats flared in July. Zhang told Morimoto that Beijing would not accept "any unilateral change to the status quo" in the East China Sea, according to a readout published by the Chinese foreign ministry.\n\n"China wants good relations with Japan, but good relations cannot be built on provocations," he said, according to the readout.''',
     'China wants good relations', 'Zhang Weiming', 'pronoun_new_paragraph_same_gender'),
    # 35
    ('''Liberia's Vice President, Comfort Wesseh-Kollie, cancelled a planned trip to the United Nations General Assembly in New York on Monday, days after President Joseph Nyenpan Dolo was flown to Accra for medical treatment. Information Minister Augustine Flomo told reporters that the president was "resting comfortably". "I will not leave the country while the President is receiving treatment abroad, and the government continues to function normally," she said in a statement released by her office.''',
     'I will not leave', 'Comfort Wesseh-Kollie', 'statement_released_by_her_office'),
    # 36
    ('''The Franco-Italian carmaker Automobiles Rhône-Piémont (ARP) said on Thursday that it would close its plant near Turin by the end of next year, with the loss of about 2,400 jobs, blaming weak demand for electric vehicles in Europe. "We have taken a difficult but necessary decision to protect the long-term future of the group," ARP said in a statement, adding that talks with unions would begin next week. Union leader Giuseppe Carbone of FIOM-Torino called the plan "a betrayal".''',
     'We have taken a', 'Automobiles Rhône-Piémont', 'acronym_company_statement'),
    # 37
    ('''"We have done everything that was asked of us," the president of Kenya's athletics federation, Joseph Kiprotich Langat, told reporters in Eldoret on Saturday. "The testing programme is stricter than it has ever been, and still the suspicions remain." The Athletics Integrity Unit (AIU), which suspended the federation's accreditation in May, said it would review the case.''',
     'The testing programme is', 'Joseph Kiprotich Langat', 'bare_quote_continues_speaker'),
    # 38
    ('''The former India batsman Suryakant Venkataraman-Iyer said in an interview with the broadcaster NDTV on Sunday that the national selectors, led by their chairman, Devendra Pathak, had been "unfair" to younger players in choosing the squad for the tour of Australia. "I told Pathak to his face that he was making a mistake, and I would tell him again tomorrow," Venkataraman-Iyer said.''',
     'I told Pathak to', 'Suryakant Venkataraman-Iyer', 'other_name_inside_quote'),
    # 39
    ('''The director Konstantin Belyaev and the actress Darya Orlova-Strand were both absent from the Moscow premiere of their film on Friday, after the culture ministry withdrew its distribution licence a day earlier. Belyaev has not commented publicly. The actress, speaking by telephone from Riga, said she had learned of the decision from a journalist. "Nobody from the ministry has spoken to us, and nobody has explained what, exactly, is wrong with the film," she said.''',
     'Nobody from the ministry', 'Darya Orlova-Strand', 'gendered_word_the_actress'),
    # 40
    ('''Egypt's Ministry of Tourism and Antiquities announced on Sunday the discovery of a 4,000-year-old tomb near Saqqara, belonging to a senior official of the Middle Kingdom named Khnumhotep-Ankh. The excavation was led by the archaeologist Dr. Nadia Fathy El-Sayed, who has worked at the site since 2016. "The tomb is remarkably well preserved, and its painted walls show scenes of daily life that have never been documented before," the ministry said.''',
     'The tomb is remarkably', 'Ministry of Tourism and Antiquities', 'the_ministry_said'),
    # 41
    ('''Iraq's oil minister, Kadhim Jabbar al-Saadi, said last week that exports through the northern pipeline to the Turkish port of Ceyhan would restart "very soon", but a senior official at the state oil marketer SOMO, speaking on condition of anonymity, told Reuters on Monday that no shipments were expected before January. "The technical problems are solved, but the political problems are not," the official said.''',
     'The technical problems are', 'SOMO official', 'anonymous_official_told_reuters'),
    # 42
    ('''Two days after the earthquake that struck the Turkish province of Malatya, rescuers pulled a 12-year-old girl alive from the rubble of a five-storey apartment block, to cheers from a crowd that had gathered in the rain. Her uncle, Mehmet Ali Karataş, said the family had been waiting at the site since the first night.\n\nThe rescue team leader, Elif Bozkurt-Demir, said her team had used thermal cameras to locate the girl. "She was talking to us for the last six hours, and she kept asking for her mother," she told the state broadcaster TRT.''',
     'She was talking to', 'Elif Bozkurt-Demir', 'pronoun_she_inside_quote_differs'),
    # 43
    ('''"The situation is under control, and there is no danger to residents of the surrounding villages," a spokesman for the Ministry of Emergency Situations said on Tuesday, after a fire broke out at an ammunition depot near the Armenian town of Gyumri. The regional governor, Hovhannes Sargsyan-Melikyan, nonetheless ordered the evacuation of two schools as a precaution.''',
     'The situation is under', 'Ministry of Emergency Situations spokesman', 'unnamed_ministry_spokesman'),
    # 44
    ('''Health Minister Adaeze Nwachukwu-Obi visited the Aminu Kano Teaching Hospital in Kano on Monday, accompanied by the state governor, Abba Sani Dantata, and the hospital's chief medical director, Professor Ibrahim Garba Lawal. The governor promised to fund a new dialysis unit before the end of the year. "Nigeria cannot keep sending its patients to India for treatment that we are capable of providing at home," the minister said.''',
     'Nigeria cannot keep sending', 'Adaeze Nwachukwu-Obi', 'role_only_the_minister'),
    # 45
    ('''Flights between Jakarta and Singapore operated by the budget carrier SkyNusa Airways were suspended on Friday, after cracks were found in the engine mountings of two of its Airbus A320 aircraft during routine maintenance in Surabaya. "The safety of our passengers and crew is not negotiable, and no aircraft will fly until every inspection is complete," the airline said. Transport Minister Budi Santoso-Wirawan said the government had ordered checks on the entire fleet.''',
     'The safety of our', 'SkyNusa Airways', 'the_airline_said'),
    # 46
    ('''Hungary's parliament on Tuesday passed a law requiring news websites with foreign funding to register as "organisations serving foreign interests", a measure the government spokesman, Gergely Tóth-Varga, defended as a matter of transparency. The opposition MP Zsófia Kertész-Bálint called it the darkest day for press freedom since 1989. "A government that is confident in its record does not need to silence its critics."''',
     'A government that is', 'Zsófia Kertész-Bálint', 'called_it_then_bare_quote'),
    # 47
    ('''In a post on social media shortly after midnight, the Brazilian senator Rodrigo Paes de Andrade wrote that he had tested positive for dengue fever and would miss Wednesday's vote on the pension reform. "I am well and resting at home. My vote against this reform remains the same, and my colleagues know it," he wrote. The Senate president, Márcia Lobo Cavalcanti, said the vote would go ahead as planned.''',
     'I am well and', 'Rodrigo Paes de Andrade', 'social_media_he_wrote'),
    # 48
    ('''Uzbekistan's foreign minister, Jasur Mirzakarimov, was quoted by the state news agency UzA as saying that Tashkent would host talks between Afghan and Pakistani officials next month. "Our region cannot prosper while its borders are closed, and Uzbekistan is ready to be the bridge," Mirzakarimov was quoted as saying. Pakistani officials, including Deputy Foreign Minister Naveed Ahmed Qureshi, have not confirmed that they will attend.''',
     'Our region cannot prosper', 'Jasur Mirzakarimov', 'passive_was_quoted_as_saying'),
    # 49
    ('''The Mexican businessman Marco Antonio Villalobos Ruiz pleaded guilty on Thursday in a federal court in Houston to laundering about $30 million for a drug trafficking organisation. According to a transcript of the hearing, Villalobos told U.S. District Judge Ellen Hartigan: "I knew the packages contained money, but I did not know where the money came from." Assistant U.S. Attorney Brian Kowalczyk said sentencing was set for June.''',
     'I knew the packages', 'Marco Antonio Villalobos Ruiz', 'according_to_transcript_told'),
    # 50
    ('''Speaking at the opening of the climate conference in Nairobi on Monday, the executive director of the UN Environment Programme (UNEP), Beatriz Mendonça-Alves, urged governments to double their funding for adaptation by 2030.\n\n"The countries that did least to cause this crisis are paying the highest price for it. That is not only unjust; it is unsustainable.\n\n"We have the money, we have the technology, and we have the knowledge. What we lack is the will," she said.''',
     'We have the money', 'Beatriz Mendonça-Alves', 'continuation_paragraph_reopened'),
    # 51
    ('''South Africa's minister of electricity, Sipho Mthembu-Dlamini, told Parliament in Cape Town on Wednesday that scheduled power cuts would continue through the winter, despite the return of two units at the Medupi power station. "I will not stand here and promise South Africans that load-shedding is over, because it is not over.\n\n"What I can promise is that by the end of next year, the worst of it will be behind us." The opposition spokesperson on energy, Natasha Fourie-Pillay, said the minister had made the same promise in 2023.''',
     'What I can promise', 'Sipho Mthembu-Dlamini', 'continuation_paragraph_no_attribution'),
    # 52
    ('''The four members of the Tuareg band Imanan Tassili, who were detained for three days at the airport in Bamako after returning from a European tour, were released on Sunday without charge. Speaking to AFP in the capital, the musicians said their guitars had been confiscated and not returned. "We are musicians, not politicians, and all we want is to play for our people," they said. A government spokesman, Colonel Modibo Traoré, said the detention had been "an administrative matter".''',
     'We are musicians, not', 'Imanan Tassili', 'they_said_group'),
    # 53
    ('''"We have been asking for a bridge here for thirty years, and every government has promised us one," residents of the village of San Juan de la Cruz told a reporter from the newspaper El Heraldo, after two children drowned while crossing the swollen Magdalena river on Wednesday. Mayor Álvaro Pinzón Gutiérrez said the municipality had no budget for the project.''',
     'We have been asking', 'residents', 'unnamed_group_residents'),
    # 54
    ('''The chairman of the Uganda Law Society, Robert Ssemakula-Mukasa, on Friday welcomed the release of the human rights lawyer Harriet Namutebi, who had been held without charge at a military barracks for 19 days. Ssemakula-Mukasa said that the society would continue to press for the prosecution of the officers responsible for her detention. "No lawyer in this country should have to fear for her safety because of the clients she chooses to represent," he said.''',
     'No lawyer in this', 'Robert Ssemakula-Mukasa', 'pronoun_gender_her_inside_quote'),
    # 55
    ('''The jury of the Ibadan Prize for African Writing announced its shortlist on Tuesday: the Nigerian novelist Chiamaka Eze-Ogbonna, the Zimbabwean poet Rutendo Mapfumo and the Senegalese playwright Aïssatou Diop-Ndiaye. Mapfumo, whose collection was written partly in Shona, told the BBC that she had not expected to be chosen. "I wrote these poems for my grandmother, who could not read English, and I am astonished that anyone else wanted to read them," she said.''',
     'I wrote these poems', 'Rutendo Mapfumo', 'pronoun_three_same_gender_prev_subject'),
    # 56
    ('''Argentina's economy minister, Martín de la Fuente Aráoz, said on Monday that the central bank would not devalue the peso again before the October midterm elections, rejecting speculation fuelled by a report from the ratings agency Fitch. "The exchange rate policy is working, and we will not change it because of the opinions of analysts in New York," De la Fuente said in an interview with the radio station Mitre.''',
     'The exchange rate policy', 'Martín de la Fuente Aráoz', 'spanish_particles_short_form'),
    # 57
    ('''President Aliyu Danjuma and his predecessor, Ibrahim Musa Kaita, who ruled the country from 2011 to 2019, appeared together in Abuja on Thursday at the launch of a national reconciliation commission. Kaita spoke first, recalling the violence of the 2015 election. "We made mistakes," he said, "and some of those mistakes cost lives that can never be returned to their families."''',
     'We made mistakes', 'Ibrahim Musa Kaita', 'split_quote_pronoun_two_men'),
    # 58
    ('''"When the order came to 'clear the square', I asked my commander what that meant, and he would not look me in the eye. I understood then what we were going to do." Those were the words of the former conscript Artyom Gennadyevich Polyakov, 24, who testified on Wednesday before a tribunal in Vilnius presided over by Judge Rasa Venclovaitė.''',
     'When the order came', 'Artyom Gennadyevich Polyakov', 'named_after_inner_single'),
    # 59
    ('''The International Organization for Migration (IOM) said on Friday that at least 61 migrants, including women and children, were feared drowned after their boat capsized off the coast of Libya, near the town of Zuwara. "This is yet another tragedy that could have been prevented, had there been a proper search and rescue capacity at sea," the IOM said, adding that 25 people had been rescued by fishermen. Libya's coast guard commander, Colonel Masoud Abdel-Salam al-Zintani, said his vessels had been at sea "within the hour".''',
     'This is yet another', 'International Organization for Migration', 'acronym_defined_then_used'),
    # 60
    ('''Union Minister of Road Transport Shri Pradeep Kumar Chaturvedi inaugurated a 290-kilometre expressway in eastern Uttar Pradesh on Saturday, two years behind schedule and nearly 40 percent over its original budget. "This highway will cut the journey between Lucknow and Gorakhpur from seven hours to three," Chaturvedi said, flanked by the state's chief minister, Anjali Mishra-Tripathi.''',
     'This highway will cut', 'Pradeep Kumar Chaturvedi', 'indian_honorific_Shri'),
    # 61
    ('''Swedish police said on Monday they had arrested a 34-year-old man in connection with the arson attack on a mosque in Örebro last week. Detective Inspector Karin Lindqvist-Berg, who is leading the investigation, said the suspect had been identified from surveillance footage, and that a second man, described by the prosecutor, Anders Holmström, as "a person of interest", was still being sought.\n\n"We believe we know who he is, and we expect to make a second arrest soon," she said.''',
     'We believe we know', 'Karin Lindqvist-Berg', 'pronoun_new_paragraph_gender'),
    # 62
    ('''Leung Ka-fai, the 58-year-old publisher of the Hong Kong magazine Open Harbour, spoke to reporters outside the West Kowloon court on Thursday, after Judge Raymond Kwok Tin-lok ruled that the magazine's former editor, Tse Wing-hong, could testify against him.\n\nHe said he would fight the charges "to the end". "I have done nothing but publish the truth, and I am not afraid of a trial," he said.''',
     'I have done nothing', 'Leung Ka-fai', 'pronoun_new_paragraph_three_men'),
    # 63
    ('''The singer Noor al-Hashimi cancelled the remaining eleven dates of her European tour on Tuesday, citing exhaustion, barely a week after collapsing on stage in Milan. Her spokesman, Karim Belhadj, said refunds would be issued automatically. "Noor is resting on the advice of her doctors, and she is deeply sorry to disappoint her fans," Belhadj said.''',
     'Noor is resting on', 'Karim Belhadj', 'spokesman_named_speaks_about_principal'),
    # 64
    ('''The former Peruvian president Gustavo Arriola Quispe, who has been held in pre-trial detention since March, was transferred to a hospital in Lima on Sunday with chest pains, the National Penitentiary Institute (INPE) said. "He is in a stable condition and is receiving the care he needs," the INPE said in a statement, rejecting claims by his lawyer, Rosa Elvira Huamán, that the former leader had been denied medication for days.''',
     'He is in a', 'National Penitentiary Institute', 'acronym_institution_statement'),
    # 65
    ('''"Our economy grew by 6.2 percent last year," said the 58-year-old governor of the Bank of Tanzania, Dr. Neema Mwakyusa-Temba, opening a regional investment forum in Arusha on Tuesday, "but growth that does not reach the villages is not growth that our people can feel." Finance Minister Hamisi Juma Mzee announced a new fund for rural credit at the same event.''',
     'Our economy grew by', 'Neema Mwakyusa-Temba', 'split_quote_long_description'),
    # 66
    ('''The Japanese daily Asahi Shimbun quoted Defence Minister Haruki Takamatsu as saying that the government was considering the purchase of additional long-range missiles. "We must be able to deter any attack before it happens, and that requires capabilities we do not have today," Takamatsu was quoted as saying. Chief Cabinet Secretary Yoko Nishimura-Aoki declined to confirm the report at a regular briefing.''',
     'We must be able', 'Haruki Takamatsu', 'newspaper_quoted_as_saying'),
    # 67
    ('''Police in the Belgian city of Liège said on Saturday that a man had been arrested after driving a van into a crowd outside a concert hall, injuring nine people, two of them seriously. Mayor Christophe Delvaux-Maréchal called the incident "a deliberate act". "He accelerated straight at us, and I had to pull my daughter out of the way," one witness told the broadcaster RTBF.''',
     'He accelerated straight at', 'witness', 'unnamed_witness'),
    # 68
    ('''Ibrahim Adam Haroun, 35, and his mother, Fatima Abakar Suleiman, walked for nine days from El Geneina to reach the border town of Adré in Chad, where a Médecins Sans Frontières (MSF) clinic is treating hundreds of new arrivals a day. Haroun said the family had left behind two brothers who were too ill to travel. His mother, sitting on a plastic mat in the shade of a tent, spoke quietly. "I buried my husband with my own hands, and now I do not know if my sons are alive or dead."''',
     'I buried my husband', 'Fatima Abakar Suleiman', 'his_mother_bare_quote'),
    # 69
    ('''Reza Ahmadi-Farahani and his wife, Shirin, who fled Iran in 2019 and have lived in the German city of Hanover since, learned on Monday that their application for asylum had been rejected for a second time. Mr Ahmadi-Farahani said the couple would appeal. Mrs Ahmadi-Farahani, a former chemistry teacher, said she could not sleep for fear of being sent back. "If they send me back, I will be arrested at the airport, and everyone in this city knows it," she said.''',
     'If they send me', 'Shirin Ahmadi-Farahani', 'gendered_Mrs_his_wife'),
    # 70
    ('''Human Rights Watch (HRW) and the Cairo-based Arab Centre for Legal Aid (ACLA) condemned on Monday the death sentences handed down to 37 people by a court in Minya after a trial that lasted less than a day. "Courts that hand down mass death sentences after hearings lasting less than an hour are not administering justice," HRW said. ACLA's director, Hany Mostafa El-Gendy, said the defendants had not been allowed to see their lawyers.''',
     'Courts that hand down', 'Human Rights Watch', 'two_acronyms_defined'),
    # 71
    ('''The chairman of the Gulf Ports Authority — a state body that, until its restructuring in 2021, also ran the country's two international airports — Sheikh Tamim bin Rashid Al-Mansoori, said on Sunday that a new container terminal would open at the port of Khor Sabah by the end of 2027. "By the end of that year, this port will handle more cargo than any other in the region," Al-Mansoori said.''',
     'By the end of', 'Tamim bin Rashid Al-Mansoori', 'dash_aside_honorific_Sheikh'),
    # 72
    ('''"The salt comes further up the river every year, and this year it killed half of my rice before it could flower," said Nguyễn Thị Lan Anh, a 41-year-old farmer from the Mekong Delta province of Sóc Trăng, where saltwater intrusion has damaged more than 30,000 hectares of crops since January. The provincial agriculture director, Trần Văn Hùng, said irrigation gates would be closed earlier next season.''',
     'The salt comes further', 'Nguyễn Thị Lan Anh', 'vietnamese_name_said_inverted'),
    # 73
    ('''The coach of the Moroccan national team, Youssef El-Amrani, said his players had been "hurt" by comments from the Spanish federation president, Arturo Lozano Pidal, who described the team as "a collection of reserve players". "When someone says 'reserve players', he is insulting men who have won trophies in France, in Italy and in England, and my players will answer him on the pitch," El-Amrani told AFP.''',
     'When someone says', 'Youssef El-Amrani', 'inner_single_quote_of_rival'),
    # 74
    ('''Kenya's Cabinet Secretary for Health, Dr. Akinyi Otieno-Owino, said on Friday that the country had recorded its first case of mpox in the capital. The World Health Organization's representative in Kenya, Dr. Hamid Oumarou, said the agency was sending testing kits. "There is no reason to panic, and we are well prepared," Otieno-Owino said. "But we ask anyone with symptoms to report to the nearest health facility immediately," she added.''',
     'But we ask anyone', 'Akinyi Otieno-Owino', 'she_added_after_other_speaker'),
    # 75
    ('''Opposition leader Nikolai Petrov-Zaychenko on Wednesday accused Prime Minister Dmitri Kalinovsky of lying to parliament about the cost of the Black Sea bridge project, which has overrun its budget by nearly a third. In a speech that lasted more than an hour, Petrov-Zaychenko waved a copy of a leaked audit report at the government benches, where Kalinovsky's deputy, Sergei Ionescu-Rotaru, sat in silence. "This government has spent our children's money on a bridge to nowhere, and it has lied about every leu of it," he said.''',
     'This government has spent', 'Nikolai Petrov-Zaychenko', 'pronoun_last_named_is_not_speaker'),
    # 76
    ('''The chief executive of the Colombian petrochemicals group Petroquímica Andina, Gonzalo Salazar Restrepo, resigned on Monday, a week after prosecutors in Bogotá opened an investigation into bribery at the company's Cartagena refinery. A statement from Petroquímica Andina read: "Mr Salazar's decision to step down was his own, and the board thanks him for eleven years of service." Prosecutor General Luz Marina Arbeláez said the investigation would continue regardless.''',
     "Mr Salazar's decision to", 'Petroquímica Andina', 'company_statement_read'),
    # 77
    ('''Frederik Østergaard-Holm, the Danish climate minister, who in 2020 helped negotiate an end date for oil and gas exploration in Danish waters, put it bluntly at a press conference in Copenhagen on Friday:\n\n"The North Sea oil era is ending, and it is better that we end it on our own terms than that it ends on someone else's."''',
     'The North Sea oil', 'Frederik Østergaard-Holm', 'colon_then_quote_paragraph'),
    # 78
    ('''Tariq Mehmood Siddiqui, spokesman for Pakistan's Ministry of Foreign Affairs, told a weekly briefing in Islamabad on Thursday that the government had lodged a formal protest with Kabul over cross-border shelling in the Kurram district, which killed four civilians. Afghanistan's deputy minister of information, Abdul Wahid Mansoor, said on Wednesday that Afghan forces had fired only in self-defence. "We have conveyed our concerns in the clearest possible terms, and we expect action, not words," the Pakistani spokesman said.''',
     'We have conveyed our', 'Tariq Mehmood Siddiqui', 'role_only_after_other_named'),
    # 79
    ('''Exiled Cambodian opposition leader Chhay Vannak, who has lived in Paris since 2017, wrote in a post on Facebook on Sunday that he would return to Phnom Penh in time for the July election, despite an outstanding warrant for his arrest. "I am not afraid of prison. I am afraid only of a country where no one dares to speak," he wrote. Government spokesman Pen Sothearith called the announcement "a publicity stunt".''',
     'I am not afraid', 'Chhay Vannak', 'facebook_post_he_wrote'),
    # 80
    ('''The chief executive of the Munich-based engineering firm Kessler & Brandt, Ulrich Hartmann-Steiger, and the head of its works council, Bernd Vogelsang, announced on Thursday an agreement to avoid compulsory redundancies at the company's three plants in Bavaria. Vogelsang, who had threatened strikes as recently as last month, said the deal was "not perfect, but fair".\n\n"Nobody in this company wanted a fight, and in the end nobody needed one," he told the newspaper Süddeutsche Zeitung.''',
     'Nobody in this company', 'Bernd Vogelsang', 'pronoun_new_paragraph_prev_subject_same_gender'),
]
