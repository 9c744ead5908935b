"""Eighty made-up passages for quotation attribution, written blind (seventh set, business, science, sport and international news of 2005-2013 in several Englishes).

Every passage, name, organisation and event below was invented for this file by someone who had read
only the annotation README (its "What a row is" and "Columns" sections) and the opening lines of an
earlier case file for its layout, never the tool's source, tests, benchmarks or annotated data. Real
countries, cities, leagues, news agencies and well-known bodies (NASA, the European Space Agency, the
Arab League) appear only as background; the people and most organisations are fictional.

The passages imitate English-language news copy of 2005 to 2013: business and technology news
(profit warnings, earnings, aircraft orders, strikes and union ballots, lawsuits, bank resignations,
analysts' comments, leaked memos, company blogs and websites); science and space news (study authors,
university and agency statements, astronauts, lost probes, palaeontology, glaciers, coral reefs);
sport (football, cricket, rugby, hockey, tennis, swimming, rowing, Gaelic games, basketball, with
coaches, players, clubs, tribunals and federations); international politics and diplomacy
(presidents, foreign ministers, UN officials and spokespeople, embassies, state media, unnamed
diplomats); and citizen journalism in the manner of Wikinews ("told Wikinews", e-mail and telephone
interviews, press releases sent to the site, blog posts). The English varies between British,
American, Australian, Indian, Irish, Canadian and New Zealand usage and spelling ("per cent" and
"percent", "Mr Doolan" and "Sen.", "told reporters here", "yesterday", "the lads", "ripper").

Attribution sits before the quotation, after it, inside a split quotation, in the following
sentence, after a colon, in "according to" and "quoted X as saying" constructions and in "X's
statement read"; speakers are referred to by pronouns (he, she, it, they), by descriptions ("the
chief executive", "the 34-year-old", "the Brazilian minister", "the latter", "the former"), and
several passages hold two or three people so that a pronoun must be resolved through titles, roles
or pronoun context, never through a first name alone. Organisations, courts, websites, blogs,
memos and groups speak too, as do unnamed sources and members of the public. Names include
particles (de la, van der, al-, bin), hyphenated surnames, apostrophes (O'Farrell, D'Souza),
initials, Jr., Irish-language forms, and titles (Dr, Prof., Sen., Sir, Dame, Sheikh), job words and
titles with places before names, people "of" or "at" an organisation, and appositions on either
side and inside possessives.

Each case is a tuple (passage, first_words_of_chosen_quote, speaker, label), written to the
case format and speaker convention set out once in ``test_attribution_cases.py``.

The rules got 63 of the 80 right when these were first run (0.79), before any
rule was written from them; rules written from the misses then brought all 80 right."""

CASES = [
    # 1
    ('''LONDON - Shares in Harrowgate Foods fell almost 7 per cent on Tuesday after the frozen-food group warned that full-year profits would fall short of City forecasts.\n\n"Trading over the Christmas period was considerably weaker than we had anticipated," the company said in a statement to the stock exchange. "The board is taking further action to reduce costs."\n\nAnalysts at Pellham Securities cut their target price to 142p, noting that it was the group's second warning in six months.''',
     "Trading over the", "Harrowgate Foods", "company_said_in_statement_after_quote_british"),
    # 2
    ('''SAN JOSE, Calif. (Reuters) - Veltrix Semiconductor Corp reported a wider-than-expected quarterly loss on Thursday and said it would cut about 900 jobs, or 12 percent of its workforce.\n\n"The inventory correction is lasting longer than anybody expected," said Dana Whitcomb, an analyst at Brindle Capital in Boston. "I don't see a real turn before the spring."\n\nVeltrix shares fell 8 percent in after-hours trading.''',
     "I don't see", "Dana Whitcomb", "split_quote_second_half_analyst_apposition_after_name"),
    # 3
    ('''TOKYO - Kawaseki Motors cut its annual profit forecast by a third on Friday, blaming the strong yen and weak demand in Europe.\n\n"We will not close any plants in Japan this year," chief executive Haruto Miyazawa told a news conference. Chief financial officer Reiko Tanabe said every one-yen rise against the dollar cut operating profit by about 3 billion yen.\n\n"We have hedged roughly half of our exposure for the coming year," she said.\n\nAsked whether Kawaseki would seek a partner, he said: "We are always talking to other companies, but there is nothing to announce."''',
     "We are always", "Haruto Miyazawa", "he_skips_back_over_female_cfo_colon"),
    # 4
    ('''SYDNEY: About 400 stevedores at Port Kembla walked off the job yesterday in a dispute over rosters, the second stoppage at the terminal this month.\n\nThe Waterside Workers Alliance's NSW secretary, Kev Doolan, said the company had ignored repeated requests to negotiate.\n\n"Our blokes have been working 12-hour shifts on two days' notice. That's not on, and the company knows it," Mr Doolan said.\n\nA spokeswoman for terminal operator Coastlink Stevedoring said contingency plans were in place.''',
     "Our blokes have", "Kev Doolan", "possessive_apposition_union_secretary_mr_surname_australian"),
    # 5
    ('''SEATTLE - A group of independent app developers filed a lawsuit Monday accusing Orbisoft Inc. of copying features from their programs and building them into its mobile operating system.\n\nThe complaint, filed in U.S. District Court in Seattle, says Orbisoft "systematically mined" the developers' products.\n\n"Orbisoft built its business on the backs of small developers, and then it pulled the ladder up behind it," said Marcus Bellweather Jr., a lawyer for the plaintiffs.\n\nOrbisoft said in a statement that the suit was without merit.''',
     "Orbisoft built its", "Marcus Bellweather Jr.", "jr_suffix_lawyer_after_quote_lawsuit"),
    # 6
    ('''MUMBAI: Shares of Sahyadri Steel rose 4.2 per cent on Wednesday after the company said it had secured iron ore linkages for its proposed plant in Odisha.\n\nPress Trust of India quoted managing director A.K. Venkataraman as saying, "The linkage will ensure that the first phase is commissioned on schedule by the end of 2011."\n\nThe company had earlier faced delays in land acquisition for the 3-million-tonne project.''',
     "The linkage will", "A.K. Venkataraman", "quoted_as_saying_initials_indian"),
    # 7
    ('''The Dublin-based aircraft leasing firm Aerfinn has agreed to buy 40 narrow-body jets from a Chinese manufacturer, in a deal worth about $1.6 billion at list prices.\n\nChief executive Declan O'Farrell described the order as "a vote of confidence in the Asian market".\n\n"There'll be something like 8,000 new aircraft needed in the region over the next 20 years. We intend to be financing a good share of them," Mr O'Farrell told reporters in Dublin yesterday.''',
     "There'll be something", "Declan O'Farrell", "apostrophe_surname_mr_after_quote_irish"),
    # 8
    ('''TORONTO - Unionized workers at Maplebrook Paper's mill in Thunder Bay, Ont., voted 87 per cent in favour of a strike mandate on the weekend, their union said.\n\n“Nobody wants to walk out in February,” Roxanne Bélanger-Sauvé, president of Local 1142, said Sunday. “But the company has tabled concessions that would gut our pension plan, and our members have said no.”\n\nMaplebrook, which has lost money for five straight quarters, said it remained committed to reaching a deal.''',
     "But the company", "Roxanne Bélanger-Sauvé", "hyphenated_surname_split_quote_curly_canadian"),
    # 9
    ('''Dairy co-operative Southlake Milk has lifted its forecast payout to farmers to $6.90 a kilogram of milk solids, citing strong demand from China.\n\nChairman Hemi Tawhiri said the lift was welcome news for farmers coming off a dry summer.\n\n"It's been a tough season for a lot of our suppliers, particularly in Northland and the Waikato," Mr Tawhiri said. "This will put real money back into rural communities."''',
     "This will put", "Hemi Tawhiri", "chairman_split_quote_second_half_nz"),
    # 10
    ('''HELSINKI - Handset maker Nordvik Mobile swung to a fourth-quarter loss on Thursday as cheaper touchscreen phones from Asian rivals ate into its market share.\n\nChief executive Lars-Erik Holmqvist was blunt: "We were too slow to respond to the shift to touch, and we have paid for it."\n\nHolmqvist said the company would launch nine new models in the first half of 2010, most of them priced below 150 euros.''',
     "We were too", "Lars-Erik Holmqvist", "colon_introduction_ceo_was_blunt"),
    # 11
    ('''The European Space Agency has lost contact with its Helix-2 comet probe, nine days after the craft performed a manoeuvre to swing past Mars.\n\n"Controllers at ESOC in Darmstadt are working through the contingency procedures, and we have not given up on the spacecraft," the agency said in a statement on Wednesday.\n\nThe probe, launched in 2007, was due to rendezvous with comet Varga-Lindqvist in 2014.''',
     "Controllers at ESOC", "European Space Agency", "space_agency_statement_after_quote"),
    # 12
    ('''People who sleep fewer than six hours a night are more likely to catch colds, according to a study of 300 volunteers published today in the Journal of Sleep and Immunity.\n\n"Short sleepers were about four times as likely to develop a cold after exposure to the virus as those who slept seven hours or more," according to the study's lead author, Dr Ingrid Solberg of the University of Tromsø.\n\nThe volunteers were given nasal drops containing a rhinovirus and monitored for five days.''',
     "Short sleepers were", "Ingrid Solberg", "according_to_lead_author_possessive_apposition"),
    # 13
    ('''Astronomers using a telescope in Chile say they have found a planet about 1.4 times the size of Earth orbiting within the habitable zone of a nearby red dwarf.\n\nProf. Tomasz Wieczorek of the University of Kraków, who led the team, said the planet was probably rocky. His colleague Dr Amara Okeke, of the University of Leeds, cautioned that the star's flares might strip away any atmosphere.\n\n"We simply do not know yet whether there is air on this world," she said. "That is the next question, and it is a hard one."\n\n"It is the most Earth-like planet we have found so far," he added.''',
     "It is the most", "Tomasz Wieczorek", "he_resolves_to_professor_after_female_colleague"),
    # 14
    ('''Engineers are still trying to work out why a pump on the space station's cooling system failed on Saturday, forcing the crew to power down several experiments.\n\n"The crew is in no danger whatsoever, and the station is in a stable configuration," a NASA spokesman said Sunday. "We expect to have a plan for a spacewalk by midweek."\n\nTwo astronauts could be sent outside as early as Thursday to replace the pump module, officials said.''',
     "We expect to", "NASA spokesman", "unnamed_agency_spokesman_second_half"),
    # 15
    ('''Marine biologist Dr Keiko Hayashida, who has spent eleven years studying humpback whales off Tonga, spoke to Wikinews about a new satellite-tagging project.\n\n"Until now we have only been able to guess where these animals go once they leave the breeding grounds," Hayashida told Wikinews. "With the tags we can follow them all the way to Antarctica."\n\nThe project, funded by the Pacific Cetacean Trust, will tag 30 whales this season.''',
     "Until now we", "Keiko Hayashida", "told_wikinews_dr_title_surname_after"),
    # 16
    ('''ZURICH - Glaciers in the Alps lost an average of 1.3 metres of ice thickness in 2011, the largest loss since records began, the World Glacier Survey said on Monday.\n\n"The trend is unambiguous and it is accelerating," the survey said in its annual report. "Without deep cuts in emissions, most Alpine glaciers will have disappeared by the end of the century."\n\nThe figures are compiled from measurements at more than 100 reference glaciers.''',
     "Without deep cuts", "World Glacier Survey", "organisation_annual_report_second_half"),
    # 17
    ('''Fenbridge Town manager Neil Ashcroft admitted his side had been second best after their 3-0 defeat at Ashby Rovers on Saturday.\n\n"We didn't turn up, simple as that," said Ashcroft. "I've told the lads that performance isn't good enough, and some of them won't be in the team on Tuesday."\n\nThe result leaves Fenbridge four points above the relegation zone.''',
     "I've told the", "Neil Ashcroft", "manager_split_quote_said_surname_british_football"),
    # 18
    ('''Veteran fast bowler Craig Mulvaney has announced his retirement from first-class cricket, ending a 15-year career in which he took 412 wickets for Western Australia.\n\nMulvaney said a recurring back injury had made the decision for him.\n\n"My body's been telling me for a couple of seasons now, and I finally decided to listen to it. I've had a ripper of a time," the 34-year-old told reporters in Perth yesterday.''',
     "My body's been", "Craig Mulvaney", "the_34_year_old_after_quote_australian"),
    # 19
    ('''NEW DELHI: The All-India Hockey Council has dropped three senior players from the national camp for the Asia Cup, citing "disciplinary reasons".\n\nCouncil secretary-general Rajinder Singh Bhullar said the players had left the camp in Bangalore without permission.\n\n"Nobody is bigger than the team. The selectors have taken a decision and the council stands by it," Bhullar told reporters here on Monday.\n\nThe players could not be reached for comment.''',
     "Nobody is bigger", "Rajinder Singh Bhullar", "federation_official_told_reporters_here_indian"),
    # 20
    ('''Rugby: Canterbury lock Sione Fifita has been cleared of foul play after he was sent off in Saturday's match against Otago.\n\nA judicial committee found the referee had erred in showing a red card for what it ruled was an accidental collision.\n\n"The player's shoulder made contact with the opponent's head only because the opponent was already falling," the committee said in its written decision. "There was no recklessness."\n\nFifita is free to play against Waikato this weekend.''',
     "The player's shoulder", "judicial committee", "unnamed_committee_written_decision_nz"),
    # 21
    ('''DOHA - Spain's Alejandro Robles and Serbia's Dušan Marković will meet in the final of the Qatar Open after both won in straight sets on Friday.\n\nRobles, the top seed, said he had been troubled by the wind. Marković said he felt fresher than at any time this season.\n\nAsked about the final, the latter said: "I've lost to him four times, so there's nothing to lose. I'll go out and swing."''',
     "I've lost to", "Dušan Marković", "the_latter_colon_tennis"),
    # 22
    ('''UNITED NATIONS - The UN's top humanitarian official in Sudan has warned that aid agencies could be forced to suspend operations in parts of Darfur unless attacks on convoys stop.\n\n"In the past month alone, eleven trucks have been hijacked and two drivers killed," said Henrik Vestergaard, the UN humanitarian coordinator for Sudan, in a statement issued in Khartoum. "We cannot ask our staff to keep taking these risks."\n\nThe Sudanese government has blamed rebel groups for the attacks.''',
     "We cannot ask", "Henrik Vestergaard", "un_coordinator_apposition_after_name_split"),
    # 23
    ('''BEIJING - China's foreign ministry on Tuesday urged Japan to "face up to history" ahead of a visit by the Japanese prime minister to a controversial war shrine.\n\nMinistry spokesman Liu Guozhen told a regular briefing that the visit would "seriously damage" relations.\n\n"We hope the Japanese side will act with caution and take concrete steps to maintain the overall situation of bilateral ties," Liu said.''',
     "We hope the", "Liu Guozhen", "ministry_spokesman_chinese_name_surname_after"),
    # 24
    ('''The International Committee for Press Freedom has called on the government of Belarus to release four journalists detained after last week's protests in Minsk.\n\nThe Vienna-based group said the reporters had been held without charge for six days. It said: "Journalists covering a demonstration are doing their job, not taking part in it. They must be released immediately."\n\nBelarusian officials declined to comment.''',
     "Journalists covering a", "International Committee for Press Freedom", "it_pronoun_organisation_colon"),
    # 25
    ('''The U.S. Embassy in Nairobi has warned American citizens to avoid the city's central business district over the weekend, citing "credible threats" of an attack.\n\n"U.S. citizens should maintain a high level of vigilance and keep a low profile," the embassy said in a message posted on its website Friday.\n\nKenyan police said security had been stepped up at shopping centers and hotels.''',
     "U.S. citizens should", "U.S. Embassy in Nairobi", "embassy_website_message"),
    # 26
    ('''LIMA - Peru's president, Ricardo Villanueva Soto, and his foreign minister, Gabriela Arbulú, gave sharply different accounts on Monday of talks with Chile over the maritime border.\n\nThe president said the talks had been "productive". His minister was less sanguine.\n\n"We have not moved one metre closer to an agreement, and I am not going to pretend otherwise," she told a local radio station.\n\nHe later played down the remarks, saying: "There are always different temperaments in a government."''',
     "We have not", "Gabriela Arbulú", "she_resolves_to_minister_by_pronoun_contrast"),
    # 27
    ('''The Free Software Association of Kenya (FSAK) has announced that it will hold its first national conference in Mombasa in March.\n\n"Open source is no longer a hobby in Kenya. It runs our banks, our universities and increasingly our government," said FSAK chairperson Wanjiru Kamau-Ndegwa in a press release sent to Wikinews.\n\nThe conference is expected to attract around 600 delegates from across East Africa.''',
     "Open source is", "Wanjiru Kamau-Ndegwa", "press_release_sent_to_wikinews_hyphenated"),
    # 28
    ('''Independent Scottish games developer Tamsin Lachlan-Reid has criticised console makers over the cost of publishing on their online stores.\n\nWriting on her blog on Tuesday, Lachlan-Reid said small studios were being priced out.\n\n"If it costs me more to get a game certified than it cost me to make it, something has gone badly wrong," she wrote.\n\nHer studio, Thistlebyte, has released three titles since 2008.''',
     "If it costs", "Tamsin Lachlan-Reid", "blog_post_she_wrote"),
    # 29
    ('''DUBAI - Gulf carrier Sahra Airways has ordered 25 wide-body aircraft worth $7.2 billion at list prices, the airline said on Monday at the Dubai Airshow.\n\n“This order underlines our commitment to making the Gulf the crossroads of world aviation,” said Sheikh Faris bin Saeed al-Marri, the airline's chairman.\n\nDeliveries are due to begin in 2014, and the airline has options on a further 15 aircraft.''',
     "This order underlines", "Faris bin Saeed al-Marri", "sheikh_title_bin_al_particles_curly"),
    # 30
    ('''Sir Geoffrey Aldington, chairman of the British Rowing Council, said the squad's three gold medals at the world championships in Munich showed that the team was on course for London 2012.\n\nSpeaking at Heathrow as the crews returned home, Sir Geoffrey said: "Four years ago people said we had peaked. These young men and women have proved them wrong."\n\nThe council's performance director, Helen Marsh-Cathcart, said funding for the next cycle would be confirmed in December.''',
     "Four years ago", "Geoffrey Aldington", "sir_title_with_first_name_colon"),
    # 31
    ('''Dame Patricia Evershed, the former chief executive of the Northern Water Authority, has been appointed to lead an independent review of flood defences following last summer's floods in Yorkshire.\n\nIn a statement, Dame Patricia said: "The people whose homes were flooded deserve answers, and they deserve them quickly."\n\nThe review will report to ministers by the end of March.''',
     "The people whose", "Patricia Evershed", "dame_title_in_a_statement_colon"),
    # 32
    ('''WASHINGTON - Senator from Ohio Bradley Tomczak said Wednesday he would introduce legislation requiring carmakers that receive federal loans to keep their headquarters in the United States.\n\n"Taxpayers are putting their money on the line. The least they should get in return is a guarantee that the jobs stay here," Tomczak said in a statement.\n\nThe bill has two Republican co-sponsors.''',
     "Taxpayers are putting", "Bradley Tomczak", "title_with_place_before_name_senator"),
    # 33
    ('''SUVA - Minister for Trade of Fiji Sereana Vakadewa has said the country will not sign an interim trade deal with the European Union until its sugar quotas are guaranteed.\n\nSpeaking on national radio yesterday, the minister said sugar cane farmers had already suffered enough.\n\n"We will not sign anything that puts 200,000 livelihoods at risk," Ms Vakadewa said.''',
     "We will not sign", "Sereana Vakadewa", "minister_title_with_country_before_name"),
    # 34
    ('''ZURICH - The chief executive of Grenwald Bank, Matthias Oberholzer, resigned on Sunday following revelations that the bank had lost 2.3 billion Swiss francs on US mortgage securities.\n\n"I take full responsibility for the losses, and I believe a new leader is needed to restore the confidence of our clients," Oberholzer's statement read.\n\nThe board named Claudine Perrault, head of the private banking division, as interim chief executive.''',
     "I take full", "Matthias Oberholzer", "possessive_statement_read"),
    # 35
    ('''BRUSSELS - European Union finance ministers are close to agreeing a second bailout package for Greece, according to officials.\n\n"There is a deal within reach, but the Finns and the Dutch still want more collateral," a senior EU diplomat who asked not to be named told reporters on Monday evening.\n\nGreece's finance minister, Petros Karamanlidis, said he was "cautiously hopeful".''',
     "There is a deal", "senior EU diplomat", "unnamed_senior_diplomat"),
    # 36
    ('''TEHRAN - Iran's foreign minister said on Saturday that the country was ready to resume talks with world powers over its nuclear programme, state media reported.\n\nThe official IRNA news agency quoted Foreign Minister Ali-Reza Mohammadzadeh as saying: "We have never left the negotiating table. It is the other side that must show flexibility."\n\nWestern diplomats said they had received no formal proposal.''',
     "We have never", "Ali-Reza Mohammadzadeh", "state_media_quoted_as_saying_colon"),
    # 37
    ('''Ólafur Sigurðsson is standing for the Reform Alliance in Reykjavík South in Saturday's parliamentary election in Iceland. He spoke to Wikinews by e-mail about the banking collapse and his party's platform.\n\n"The banks were allowed to grow to ten times the size of the economy, and nobody in government asked any questions," Sigurðsson wrote. "We want a constitution that makes that impossible."\n\nThe party is polling at around six per cent.''',
     "We want a", "Ólafur Sigurðsson", "wikinews_email_interview_wrote_second_half"),
    # 38
    ('''Relatives of the 14 miners killed in the Ruatapu Colliery explosion met the mine's owners in Greymouth yesterday.\n\n"They looked us in the eye and told us they'd done everything they could. I don't believe them." That was the verdict of Maureen Tipene, whose son Rawiri was among the dead.\n\nThe company's chairman, Graeme Lusk, said he understood the families' anger.''',
     "They looked us", "Maureen Tipene", "attribution_in_next_sentence_verdict_of"),
    # 39
    ('''Eating a handful of walnuts a day may lower cholesterol, researchers said on Thursday.\n\n"The effect was modest," said Prof. Giulia Marchetti-Rossi of the University of Bologna, who led the trial, "but it was consistent across all age groups."\n\nThe study of 420 adults was funded by a nut growers' association, a point critics were quick to make.''',
     "The effect was", "Giulia Marchetti-Rossi", "split_mid_sentence_prof_of_university"),
    # 40
    ('''Olympic champion Jarrod Pemberton will miss the national trials in Adelaide next month after breaking his wrist in a fall at home.\n\nHis coach, Denise Kowalczyk, said the injury would not require surgery.\n\n"He's devastated, obviously. But he's 22 and he'll be back in the pool in six weeks," she said.\n\nSelectors said Pemberton could still be picked for the world championships under medical exemption rules.''',
     "He's devastated, obviously", "Denise Kowalczyk", "she_coach_speaking_about_male_swimmer"),
    # 41
    ('''Dutch club FC Zeewolde have sacked their head coach, Ruud van Hasselt, after a run of seven defeats in eight matches.\n\n"The board is grateful to Ruud for his work over the past two seasons, but feels a change is needed to keep the club in the Eredivisie," the club said on its website.\n\nAssistant coach Pieter de Graaf-Bosman will take charge for Sunday's match.''',
     "The board is", "FC Zeewolde", "club_website_statement_after_quote"),
    # 42
    ('''Hockey: Netherlands captain Femke van der Linden scored twice as the Dutch women beat Argentina 3-1 to reach the Champions Trophy final.\n\n"We were patient, we kept the ball and in the end the chances came," van der Linden said. "Argentina make you suffer for every goal."\n\nThe Netherlands will face Germany in Sunday's final.''',
     "Argentina make you", "Femke van der Linden", "van_der_particle_lowercase_split_second_half"),
    # 43
    ('''NAIROBI - The Kenya Athletics Board has suspended two marathon runners after they tested positive for the blood-booster EPO, a board official said on Wednesday.\n\n"The athletes have been informed and they have the right to request the testing of their B samples," the official, who was not authorised to speak to the media, told AFP.\n\nThe runners were not named.''',
     "The athletes have", "Kenya Athletics Board official", "unnamed_official_of_named_board"),
    # 44
    ('''Rail operator Calder Trains has apologised to passengers after a signalling fault left thousands stranded outside Leeds for up to four hours on Friday evening.\n\nCalder Trains said the fault was on track owned by Network Rail. They added: "We are sorry for the disruption and anyone delayed by more than an hour can claim a full refund."\n\nNetwork Rail said engineers had fixed the fault by 10pm.''',
     "We are sorry", "Calder Trains", "they_pronoun_company_british"),
    # 45
    ('''Finnish games studio Kuura Interactive has been bought by a US publisher for $48 million, less than three years after it was founded.\n\nKuura's co-founder and chief executive, Antti Hämäläinen, will stay on, as will its creative director, Sanna Lehtovaara.\n\n"We could have raised more money and stayed independent, but this gives us the muscle to reach a global audience," the chief executive said.\n\nLehtovaara said the studio's next game would be released in the spring.''',
     "We could have", "Antti Hämäläinen", "the_chief_executive_description_two_people"),
    # 46
    ('''NEW DELHI: Union Minister for Rural Development Suresh Chandra Pattanaik on Tuesday rejected opposition charges that funds under the rural jobs scheme had been misused in Jharkhand.\n\nThe leader of the opposition in the state assembly, Hemant Oraon, had alleged that crores of rupees were paid to fake job-card holders.\n\n"Every rupee is accounted for. If the honourable member has evidence, let him place it before the House," the minister told reporters.\n\nMr Oraon said he would move a privilege motion.''',
     "Every rupee is", "Suresh Chandra Pattanaik", "the_minister_description_two_men_indian"),
    # 47
    ('''A team of amateur rocketeers from Copenhagen says it will attempt to launch a home-built capsule to the edge of space from the Baltic Sea this summer.\n\nSpeaking to Wikinews, project spokesperson Mette Skovgaard-Nielsen said the team had spent about 400,000 kroner, most of it donated.\n\n"Everything is built in a workshop on an old shipyard. We are not NASA, and we do not pretend to be," Skovgaard-Nielsen said.\n\nThe launch window opens in June.''',
     "Everything is built", "Mette Skovgaard-Nielsen", "speaking_to_wikinews_spokesperson_hyphenated"),
    # 48
    ('''ACCRA - At a rally in Accra on Saturday, opposition presidential candidate Kwabena Asante-Boateng promised free secondary education within two years of taking office.\n\n"Our children cannot wait," he told the crowd. "Every year we delay, another 200,000 young people leave school with nothing.\n\n"We will pay for this by closing the loopholes that allow mining companies to take our gold and pay almost nothing in tax."\n\nThe governing party said the pledge was unaffordable.''',
     "We will pay", "Kwabena Asante-Boateng", "continuation_paragraph_of_open_quote"),
    # 49
    ('''BANGALORE: India's space agency said on Monday its lunar orbiter had been lost after it stopped transmitting signals, ending a mission planned to last two years after just ten months.\n\n"The mission has achieved more than 90 per cent of its objectives," the agency's chairman, Dr K. Ramaswamy Iyer, told reporters here. "It is a success, not a failure."\n\nThe orbiter carried instruments from NASA and the European Space Agency.''',
     "It is a success", "K. Ramaswamy Iyer", "possessive_apposition_agency_chairman_initial"),
    # 50
    ('''Two palaeontologists have clashed over a fossil found in Inner Mongolia that its discoverers say is the oldest known feathered dinosaur.\n\nDr Zhao Minghui of the Institute of Vertebrate Studies in Beijing, who described the fossil, and Prof. Rutger Ellingsen of the University of Oslo, who has questioned its age, both spoke at a conference in Vienna on Thursday.\n\nThe former was unrepentant. "The dating is sound. We used three independent methods, and they agree," he said.''',
     "The dating is", "Zhao Minghui", "the_former_then_quote_he"),
    # 51
    ('''GAA: Westmeath manager Pádraig Ó Súilleabháin insists his players will not be distracted by the row over the venue for next month's Leinster semi-final.\n\n"We'd play it in a car park if we had to. The lads just want the game," Ó Súilleabháin said last night.\n\nThe county board has written to Croke Park asking for the game to be moved to Mullingar.''',
     "We'd play it", "Pádraig Ó Súilleabháin", "irish_language_name_surname_after_quote"),
    # 52
    ('''Teenager Anastasia Volkonskaya upset the second seed at Eastbourne on Tuesday, then joked that her coach had been "more nervous than me".\n\nThe 17-year-old from Yekaterinburg won 7-5, 6-4. Her coach, former Davis Cup player Igor Baranov, watched from the players' box.\n\n"I just tried to hit the ball and not think about who was on the other side of the net," she said. "He was shaking more than I was, I think."''',
     "I just tried", "Anastasia Volkonskaya", "she_resolves_to_player_over_male_coach"),
    # 53
    ('''ABUJA — President Emeka Nwachukwu-Obi said on Sunday that his government would not negotiate with militants in the Niger Delta until they laid down their weapons.\n\n“We have offered an amnesty. The door is open, but it will not stay open for ever,” the president said in a national broadcast.\n\nMilitant groups have attacked oil pipelines repeatedly this year, cutting output by about a fifth.''',
     "We have offered", "Emeka Nwachukwu-Obi", "curly_quotes_the_president"),
    # 54
    ('''GENEVA - More than 60,000 people have fled fighting in the east of the Democratic Republic of Congo in the past fortnight, the UN refugee agency said on Friday.\n\nAgency spokeswoman Mireille Tchakounté-Fouda told a briefing in Geneva that many of the displaced were sleeping in the open.\n\n“Our teams are reporting cases of cholera in at least two of the makeshift sites,” she said. “We urgently need clean water and latrines.”''',
     "Our teams are", "Mireille Tchakounté-Fouda", "spokeswoman_she_next_paragraph_curly"),
    # 55
    ('''MELBOURNE: The Federal Court has ordered electronics retailer Hartwell Direct to pay $2.4 million in penalties for misleading customers about extended warranties.\n\n"The conduct was deliberate and it targeted consumers who were least able to understand their existing rights," the court said in its judgment.\n\nThe consumer watchdog, which brought the case, welcomed the decision.''',
     "The conduct was", "Federal Court", "court_said_in_judgment"),
    # 56
    ('''A leaked internal memo from mobile operator Telvara UK warns staff that the company's 4G network launch could slip by up to six months.\n\n"We should not give customers or the press any dates until the spectrum issue is resolved," the memo, written by network director Colin Ashdown-Pyke, says.\n\nTelvara declined to comment on what it called "internal documents".''',
     "We should not", "Colin Ashdown-Pyke", "leaked_memo_with_named_author"),
    # 57
    ('''Supporters of Wexbury United staged a sit-in outside the club's ground on Saturday in protest at a 20 per cent rise in season-ticket prices.\n\n"I've been coming here for 31 years and I can't afford it any more. They've priced out the people who kept this club alive," said one supporter who did not want to be named.\n\nThe club said in a statement that prices had been frozen for the previous four seasons.''',
     "I've been coming", "supporter", "unnamed_member_of_public_one_supporter"),
    # 58
    ('''The families of three British climbers killed in an avalanche on Mont Blanc last week have thanked French rescuers for their efforts.\n\n"The mountain guides and the gendarmes of Chamonix risked their own lives to bring our boys home, and we will never forget it," the families said in a statement released through the Foreign Office.\n\nThe men, all from Sheffield, were experienced mountaineers.''',
     "The mountain guides", "families", "group_families_joint_statement"),
    # 59
    ('''South African entomologist Lerato Mahlangu has been named the winner of this year's Van Rensburg Medal for her work on pollinating wasps.\n\nThe 61-year-old, who has spent most of her career at the University of Limpopo, said: "When I started, people told me wasps were pests and not worth a young woman's time. I hope this proves them wrong."''',
     "When I started,", "Lerato Mahlangu", "the_61_year_old_colon_before_quote"),
    # 60
    ('''Regional airline Kea Air will cut flights between Nelson and Hamilton from next month, blaming rising fuel costs.\n\nChief executive Bruce Te Whata said the route had lost money for three years. "We've tried discounting, we've tried smaller aircraft," he said, "and it simply doesn't stack up."\n\nNelson mayor Alison Crighton said the decision was disappointing for local businesses.''',
     "We've tried discounting", "Bruce Te Whata", "split_quote_mid_sentence_he_nz"),
    # 61
    ('''Shares of retailer Bramwell & Stoke slumped 11 percent Wednesday after the company's chief executive, Carolyn Hastings-Voigt, told investors that holiday sales had been "disappointing."\n\nDavid Okonjo, who follows the company for Lathrop Securities, said he expected the stock to fall further.\n\n"Our stores were too cluttered and our prices were not sharp enough, and that is on me," she said on a conference call.''',
     "Our stores were", "Carolyn Hastings-Voigt", "she_skips_over_male_analyst_to_ceo"),
    # 62
    ('''The Minister for Foreign Affairs, Colm Mac Giolla Phádraig, has said Ireland will increase its aid to Haiti by €2 million following the earthquake.\n\nSpeaking in Dublin, the minister said Irish Aid staff were already on the ground. "The scale of this catastrophe is hard to comprehend, and Ireland will play its full part," he said.''',
     "The scale of", "Colm Mac Giolla Phádraig", "minister_role_then_he_irish_name"),
    # 63
    ('''MAPUTO - Brazil's foreign minister, Ricardo Tavares de Almeida, and his Mozambican counterpart, Alcinda Mabunda, signed an agreement on Thursday on agricultural research cooperation.\n\n"Brazil's savannah and Mozambique's have a great deal in common. What works in one can work in the other," said the Brazilian minister.\n\nMabunda said the first joint projects would begin in Nampula province in 2011.''',
     "Brazil's savannah and", "Ricardo Tavares de Almeida", "nationality_description_resolves_minister"),
    # 64
    ('''REGINA - Prairie Hawks forward Tyler Szabo-McKenzie will miss six to eight weeks with a separated shoulder, the junior hockey club announced Monday.\n\nHead coach Gord Halloran called the loss "a big blow," but said the team had depth up front.\n\n"Tyler's a character guy and he'll be around the rink every day. We'll need other guys to step up, and I think they will," Halloran said.''',
     "Tyler's a character", "Gord Halloran", "coach_quote_mentions_player_canadian"),
    # 65
    ('''Children who grow up with a dog in the house are less likely to develop asthma, a Swedish study of more than one million children suggests.\n\nThe study's co-author, Dr Elin Rosqvist-Haglund of Uppsala University, cautioned against reading too much into the results: "We cannot say that the dog causes the lower risk. Families who own dogs may differ in other ways."''',
     "We cannot say", "Elin Rosqvist-Haglund", "colon_introduction_possessive_co_author"),
    # 66
    ('''European Space Agency astronaut Maite de la Fuente said on Friday she was "ready to go" after being confirmed for a six-month mission to the International Space Station in 2013.\n\n“I have been training for this for four years, and I think my family is more nervous than I am,” de la Fuente told reporters in Cologne, where the agency's astronaut centre is based.\n\nShe will be the first Spanish woman to fly in space.''',
     "I have been training", "Maite de la Fuente", "de_la_particle_astronaut_curly"),
    # 67
    ('''Westland University has defended its decision to close its seismology field station near Hokitika, saying the instruments will move to a new site at Franz Josef.\n\nIn a statement released on Friday, the university said: "No monitoring capability will be lost. The new site is better protected from flooding and will give us more reliable data."\n\nLocal residents had petitioned to keep the station open.''',
     "No monitoring capability", "Westland University", "university_statement_colon"),
    # 68
    ('''Pharmaceutical firm Halverson-Krantz has pulled its weight-loss drug Slimara from the market in Europe following reports of heart problems in patients.\n\n"Patient safety is our highest priority, and we are acting out of an abundance of caution," according to a statement on the company's website.\n\nThe European Medicines Agency had recommended the suspension last week.''',
     "Patient safety is", "Halverson-Krantz", "according_to_statement_on_company_website"),
    # 69
    ('''BANGALORE: Karnataka captain Melwyn D'Souza blamed a poor first-innings batting display for his side's exit from the Ranji Trophy quarter-finals on Sunday.\n\n"We lost the match in the first session on day one. You can't be 60 for five on a good wicket and expect to win," D'Souza said after the match.\n\nMumbai won by an innings and 44 runs.''',
     "We lost the", "Melwyn D'Souza", "apostrophe_dsouza_captain_indian"),
    # 70
    ('''Atlético Valmuro are prepared to sell Argentine midfielder Facundo Irigoyen this summer, according to reports in Spain.\n\n"He wants to play in the Premier League, and the club knows it. If the right offer comes, he will go," a source close to the player told the newspaper Marca.\n\nIrigoyen has two years left on his contract.''',
     "He wants to", "source close to the player", "unnamed_source_close_to_player"),
    # 71
    ('''WASHINGTON - Sen. Harold Vanterpool, D-N.Y., and Sen. Kristin Aaberg, R-Minn., introduced a bipartisan bill Thursday that would require airlines to disclose all fees before tickets are purchased.\n\n"Passengers should not need a law degree to work out what a flight will really cost," Aaberg said at a news conference.\n\nVanterpool said his office had received hundreds of complaints. "People are sick of being nickel-and-dimed at the gate," he said.''',
     "People are sick", "Harold Vanterpool", "senator_party_tags_he_after_his_office"),
    # 72
    ('''ISLAMABAD: Pakistan on Thursday lodged a strong protest with Afghanistan over the alleged shelling of border villages in Chitral district.\n\nForeign Office spokesperson Tasneem Qureshi-Baig told the weekly briefing that the Afghan chargé d'affaires had been summoned.\n\n“Such incidents are not in keeping with the spirit of our bilateral relations,” she said, adding that Pakistan expected “immediate corrective measures”.''',
     "Such incidents are", "Tasneem Qureshi-Baig", "foreign_office_spokesperson_she_curly"),
    # 73
    ('''Software company Quillfeather announced on its official blog on Monday that it would release the source code of its desktop publishing program under the GNU General Public License.\n\n"We believe the program will have a longer and healthier life as a community project than it ever could as a commercial product," the company wrote.\n\nThe announcement was welcomed by users on the Quillfeather forums, though some questioned whether developers would take up the project.''',
     "We believe the", "Quillfeather", "company_wrote_on_blog_wikinews"),
    # 74
    ('''DOHA - The Arab League's envoy to Syria, Abdel-Karim al-Tamimi, said on Monday that the observer mission would continue despite the deaths of two monitors.\n\n"We are not leaving. Withdrawing now would send exactly the wrong message to those who want the violence to continue," al-Tamimi told Al Jazeera.\n\nThe mission has been criticised by opposition groups as ineffective.''',
     "We are not leaving", "Abdel-Karim al-Tamimi", "al_particle_envoy_possessive_apposition"),
    # 75
    ('''Cabin crew at Albion Air will strike for 48 hours from Friday after talks at the conciliation service Acas broke down last night.\n\nThe Aircrew Union's general secretary, Len Bagshaw, said members had been "pushed into a corner". Albion Air's chief executive, Fiona Redfern-Hale, called the strike "unjustified and unnecessary".\n\n"We've made a fair offer, the best in the industry, and I'd urge crew to come to work," said Ms Redfern-Hale. Mr Bagshaw responded: "The offer on the table cuts new starters' pay by a third. There is nothing fair about it."''',
     "The offer on", "Len Bagshaw", "three_party_strike_mr_surname_colon_response"),
    # 76
    ('''Scientists have detected water ice in permanently shadowed craters near the Moon's north pole, NASA said Tuesday.\n\n"The evidence is now very strong that there is water ice there in usable quantities," said planetary scientist Arvind Sreenivasan of the Lakeshore Institute of Technology, the instrument's principal investigator, in a NASA news release.\n\nHe said future landers could use the ice for drinking water and rocket fuel.''',
     "The evidence is", "Arvind Sreenivasan", "news_release_principal_investigator_of_institute"),
    # 77
    ('''Geelong Mariners import Darnell Whitfield Jr. has been suspended for two games after being found guilty of striking an opponent in Friday night's loss to Townsville.\n\nThe tribunal found the American had swung an elbow at the head of Townsville centre Nick Papadakis.\n\n"It wasn't intentional, but I accept the decision and I'll be back stronger," Whitfield said in a statement released by the club.''',
     "It wasn't intentional", "Darnell Whitfield Jr.", "jr_suffix_surname_only_after_quote_australian"),
    # 78
    ('''The Embassy of the Philippines in London has confirmed that three Filipino seafarers were among the crew of a cargo ship seized by pirates off Somalia on Sunday.\n\nThe embassy's labour attaché, Rosario Villaluz-Tan, told Wikinews the men's families in Manila had been informed.\n\n"We are in close contact with the ship's owners and with the British authorities. Our priority is the safe return of our nationals," she said.''',
     "We are in close", "Rosario Villaluz-Tan", "possessive_apposition_embassy_attache_she"),
    # 79
    ('''A survey of the southern Great Barrier Reef has found coral cover has fallen by almost half since 1995, with cyclones and crown-of-thorns starfish the main culprits.\n\n"People tend to blame bleaching for everything, but on these reefs the starfish have done more damage," said Dr Tanvir Rahman-Chowdhury, a marine ecologist at the Coral Sea Research Institute in Townsville.\n\nThe institute's director, Prof. Lucinda Pettigrew, said the findings were "sobering" and called for more funding for starfish control.''',
     "People tend to", "Tanvir Rahman-Chowdhury", "scientist_at_institute_after_quote_second_person_phrase"),
    # 80
    ('''Authorities in Indonesia have raised the alert level for Mount Kelabang in North Sulawesi to the highest level and ordered the evacuation of around 9,000 villagers.\n\n"Ash has been falling on the village since this morning, and we can hear rumbling every few minutes," local teacher Yohanes Lumintang told Wikinews by telephone. "Most families have already left on trucks."\n\nThe volcanology agency said an eruption could occur within days.''',
     "Most families have", "Yohanes Lumintang", "told_wikinews_by_telephone_second_half"),
]
