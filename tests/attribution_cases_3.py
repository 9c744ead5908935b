"""Eighty made-up passages for quotation attribution, written blind (third set). Each passage was
composed from scratch, without looking at the tool's code, tests or any existing case file, in
the house styles of UK local papers and the BBC, US and international wire copy, Guardian-style
long-form, Australian and Indian English outlets, match reports, court reports, obituaries,
science, health and business news and Wikinews. Every person, and most organisations, places and
outlets, are invented. For each passage one full-sentence statement was chosen and its speaker
given as a careful reader would under the quotes_README convention (fullest canonical name, titles
and roles stripped, pronouns and descriptions resolved, unnamed people as a short description,
organisations by name, empty only when nobody can be identified).

The rules got 53 of the 80 right when these were first run (0.66), before any
rule was written from them; the misses that remain are listed, with reasons,
in ``tests/test_attribution_cases.py``."""

CASES = [
    # 1
    ('''CHARLESTON, W.Va. (AP) — A coal company agreed Tuesday to pay $4.2 million to settle claims that it dumped mine waste into two creeks that feed the Kanawha River.

Company attorney Marguerite Oyelaran-Beck said, "The settlement is not an admission of wrongdoing, and the company continues to dispute the state's findings."

The state's environmental secretary, Dwayne Koszela, called the agreement "a fair outcome for the people downstream."''',
     "The settlement is", "Marguerite Oyelaran-Beck", "wire_said_comma_before"),

    # 2
    ('''“I keep thinking that someone will notice,” says Ifeoma Adebayo-Clarke, who has worked nights at the same care home in Luton for 11 years. “Nobody ever does. You clock in, you clock out, and the residents are the only people who know your name.”''',
     "Nobody ever does", "Ifeoma Adebayo-Clarke", "split_quote_second_half"),

    # 3
    ('''The head teacher of Saltmarsh Primary, Mrs Bronwen Tegid-Hughes, wrote to parents on Friday evening. In the letter she said:

"I want to reassure you that no child was hurt and that the building is safe. The fire service has confirmed that the blaze started in an outbuilding that pupils do not use."''',
     "I want to reassure", "Bronwen Tegid-Hughes", "colon_then_quote_paragraph"),

    # 4
    ('''Superintendent Kwabena Ofori-Atta said officers had been at the scene within four minutes and that two men had been arrested on suspicion of affray.

"This was a frightening incident for people who were simply out enjoying an evening in the town centre. I would urge anyone with mobile phone footage to get in touch."

The two men remain in custody.''',
     "This was a frightening", "Kwabena Ofori-Atta", "reported_speech_then_quote_paragraph"),

    # 5
    ('''Speaking at the launch, festival director Saoirse Ní Bhriain said:

"When we started this in a marquee behind the pub, we had forty people and a broken generator.

"This year we have sold eleven thousand tickets, and I still cannot quite believe it. The town has carried us every step of the way."

The festival runs from 14 to 17 August.''',
     "This year we", "Saoirse Ní Bhriain", "continuation_paragraph"),

    # 6
    ('''Defence lawyer Rafael Quintanilla cross-examined the witness, Agnieszka Wróblewska, for more than two hours on Wednesday.

Asked whether she had seen the defendant's face, she paused. "It was dark and I was frightened, but I know what I saw," she told the jury.''',
     "It was dark", "Agnieszka Wróblewska", "pronoun_gender_two_people"),

    # 7
    ('''Prime Minister Hendrik Vaalberg met the opposition leader, Aleksandra Mirković, and the trade union chief, Tomasz Bielecki, at the ministry on Thursday. Mirković left early, and Vaalberg and Bielecki spoke to reporters afterwards.

The union chief said the talks had been "constructive but incomplete". Asked about pensions, he was blunt: "Nobody in my union will accept a retirement age of 69, and the prime minister knows that."''',
     "Nobody in my", "Tomasz Bielecki", "pronoun_three_people_role"),

    # 8
    ('''Health Minister Pooja Raghunathan visited the district hospital in Kollam on Monday, days after two patients died during a power failure.

The minister inspected the backup generators and met the families of the deceased. "What happened here should never happen in any hospital in Kerala, and I have ordered a full audit of every facility in the state," the minister said.''',
     "What happened here", "Pooja Raghunathan", "description_backref_minister"),

    # 9
    ('''Harlow Town have appointed Demetrios Karagiannis as their new manager on an 18-month contract.

The 42-year-old, who previously coached in the Greek second tier, replaces Lee Chambers, who left by mutual consent last month.

"I have watched a lot of this team over the last few weeks and there is real quality in the squad," the 42-year-old said. "My job is to give them belief again."''',
     "I have watched", "Demetrios Karagiannis", "description_backref_age"),

    # 10
    ('''Shares in Vellacourt Foods fell 9% on Wednesday after the supermarket supplier cut its profit forecast for the second time this year.

The company blamed higher energy costs and a wet summer that hit potato yields. "Trading in the second half has been more challenging than we anticipated," the company said in a statement to the stock exchange.''',
     "Trading in the", "Vellacourt Foods", "company_backref_statement"),

    # 11
    ('''Members of the Rail and Maritime Workers' Federation at four depots in the north-west will walk out on 3 March, the union has announced.

General secretary Oluwaseun Hartley-Bamidele said the decision had not been taken lightly.

In a statement, the union said: "Our members have gone three years without a meaningful pay rise while the operator has paid out record dividends."''',
     "Our members have", "Rail and Maritime Workers' Federation", "union_backref_statement"),

    # 12
    ('''A 17-year-old boy has been taken to hospital after being hit by a van in Kirkby Lonsdale.

A Cumbria Police spokesperson said: "The boy's injuries are not thought to be life-threatening. The driver stopped at the scene and is assisting officers with their enquiries."''',
     "The boy's injuries", "Cumbria Police spokesperson", "unnamed_spokesperson"),

    # 13
    ('''The Brackwater bridge will remain closed to heavy goods vehicles until at least the end of the year.

"Engineers found corrosion in two of the main steel girders, and we are not prepared to take any risks with public safety," according to a statement from Hollin County Council.''',
     "Engineers found corrosion", "Hollin County Council", "according_to_org"),

    # 14
    ('''The former footballer Kaito Nishimura has spoken for the first time about his departure from Gamba Osaka.

Nishimura was quoted by the Asahi newspaper as saying: "I never wanted to leave Osaka, but the club made a decision and I had to respect it."''',
     "I never wanted", "Kaito Nishimura", "passive_quoted_as_saying_outlet"),

    # 15
    ('''Nomvula Dlamini-Mokoena, who has run the soup kitchen in Yeoville for two decades, looked at the letter from the city and shook her head: "If they cut this grant, people in this street will go hungry, and the council will have to live with that."''',
     "If they cut", "Nomvula Dlamini-Mokoena", "colon_nonspeech_verb"),

    # 16
    ('''Ramón Etxeberria took over as director of the Port of Pasaia in September. He spoke to the Gipuzkoa Herald about dredging, jobs and the future of the fishing fleet.

What has surprised you most? "Honestly, how much paperwork there is. I thought I would be spending my days on the quays, and instead I spend them reading contracts."

Will the port expand? "Not this year. We need to fix what we have first."''',
     "Not this year", "Ramón Etxeberria", "qa_interview"),

    # 17
    ('''Farmer Gwilym Parry-Evans, whose land flooded for the third time in five years, told BBC Radio Wales: "Every time the river comes up, I lose a season's grazing, and nobody from the agency has been to see me."

A Natural Resources Wales spokesperson said it would review the flood defences this summer.''',
     "Every time the", "Gwilym Parry-Evans", "told_outlet"),

    # 18
    ('''Maître Corentin Abadie-Lefèvre, the lawyer representing the family, said the inquiry had taken far too long. "Four years is an eternity for parents who are waiting to know how their son died," Maître Abadie-Lefèvre told reporters outside the Palais de Justice in Lyon.''',
     "Four years is", "Corentin Abadie-Lefèvre", "foreign_title_maitre"),

    # 19
    ('''The Dutch goalkeeper Joost van den Heuvel-Smit was named man of the match after saving two penalties in the shoot-out.

"I just guessed," Van den Heuvel-Smit said with a grin. "Sometimes you guess right."''',
     "I just guessed", "Joost van den Heuvel-Smit", "particle_name"),

    # 20
    ('''Opposition leader Marisol Echeverría said the budget "punishes families". The finance minister, Julio Baquerizo, dismissed the criticism.

"We have protected the poorest households, as even Ms Echeverría's own economists have admitted, and we will not borrow money we do not have," he added.''',
     "We have protected", "Julio Baquerizo", "he_added_other_mentioned"),

    # 21
    ('''Eilidh MacAulay, the Gaelic singer whose recordings of Hebridean waulking songs introduced the tradition to a generation of listeners, has died aged 88.

Her nephew, the fiddler Calum Morrison, said she had sung until the last week of her life. "She was singing in the hospital, and the nurses used to come in on their breaks to listen," he said.''',
     "She was singing", "Calum Morrison", "obituary_relative"),

    # 22
    ('''Professor Liang Weiming, an epidemiologist at Fudan University, led the study. His colleague Dr Annika Sjöberg, of the Karolinska Institute, was not involved in the research but reviewed it for the journal.

She cautioned against reading too much into the results. "This is an observational study, so it cannot show that the drug causes the effect, only that the two are linked."''',
     "This is an observational", "Annika Sjöberg", "pronoun_gender_expert"),

    # 23
    ('''On Saturday, voters in the Republic of Kasimara elected Teodora Lungu as the country's first female president, according to preliminary results published by the electoral commission.

Lungu, who ran as an independent, addressed supporters in the capital shortly after midnight. "Tonight the people of Kasimara have chosen hope over fear," she said. "I will be a president for everyone, including those who did not vote for me."''',
     "I will be", "Teodora Lungu", "wikinews_split_quote"),

    # 24
    ('''A Queensland grazier says he has lost more than 300 head of cattle after floodwaters swept through his property west of Longreach.

Barnaby Tuckwell, who runs Coolabah Downs with his wife Rhiannon, said the water rose "faster than anything I've seen in forty years".

"We got most of the mob up onto the ridge but we just couldn't get to the ones in the bottom paddock. It's heartbreaking, mate, there's no other word for it."''',
     "We got most", "Barnaby Tuckwell", "australian_reported_then_quote"),

    # 25
    ('''Sale Sharks 24 Exeter Chiefs 19

Tinashe Mavhunga scored two tries as Sale held on for a narrow win at a rain-soaked Salford Community Stadium.

Sale director of rugby Alexander Sinclair-Ogunleye praised his side's defence. "We made 200-odd tackles in that second half and I thought the boys were outstanding," he said. "Tinashe was a nuisance all afternoon."''',
     "Tinashe was a", "Alexander Sinclair-Ogunleye", "sports_split_name_in_quote"),

    # 26
    ('''Prosecutor Ingrid Haugland told the court that the defendant, Bjørn Eriksrud, had transferred the money to an account in Cyprus days before the company collapsed.

Eriksrud, 58, denies fraud. Giving evidence on Tuesday, the former finance director said: "I never hid anything. Every transfer was approved by the board and recorded in the accounts."''',
     "I never hid", "Bjørn Eriksrud", "court_defendant_role"),

    # 27
    ('''The Supreme Court of Veradia has struck down a law that allowed police to search mobile phones without a warrant.

In a unanimous ruling, the court said: "The privacy of a person's communications is not a luxury to be set aside whenever it is inconvenient to the state."''',
     "The privacy of", "Supreme Court of Veradia", "court_institution"),

    # 28
    ('''Commuters on the Harbour Line face a third week of replacement buses after engineers found further damage to the viaduct at Penmorfa.

A spokesman for the Ministry of Transport said: "The minister has been clear that the phrase 'temporary closure' means exactly that, and the line will reopen once repairs are complete."''',
     "The minister has", "Ministry of Transport spokesman", "spokesman_nested_single_quotes"),

    # 29
    ('''“The water simply had nowhere else to go.”

Heavy rain overnight left more than 200 homes without power across the Derwent valley, and several roads remained closed on Thursday morning.

A yellow weather warning remains in place for Friday.''',
     "The water simply", "", "empty_pull_quote"),

    # 30
    ('''Leaflets pushed through doors on the Moorside estate over the weekend carried no name, logo or contact details.

"Your street is next. Ask yourself who really decides what gets built here."

Police said they were aware of the leaflets but that no offence appeared to have been committed.''',
     "Your street is", "", "empty_anonymous_leaflet"),

    # 31
    ('''A message in a bottle that washed up on a beach near Ballycastle appears to have been at sea for more than thirty years.

The note inside, written in faded blue ink and dated June 1991, read: "Whoever finds this, I hope the sun is shining where you are."''',
     "Whoever finds this", "", "empty_unsigned_note"),

    # 32
    ('''A statement claiming responsibility for the attack on the substation was posted online on Sunday. Its authors have not been identified, and investigators have not confirmed that it is genuine.

"This is only the beginning. The grid belongs to the people, not to the companies that profit from it."''',
     "This is only", "", "empty_unidentified_statement"),

    # 33
    ('''The Municipal Commissioner, Shri Venkatesh Iyengar, on Tuesday directed officials to clear encroachments along the storm water drains before the onset of monsoon.

Speaking to mediapersons after a review meeting, Mr. Iyengar said, "Last year, low-lying areas of Velachery were inundated for over a week. We cannot allow a repeat of that situation."''',
     "Last year, low-lying", "Venkatesh Iyengar", "indian_english_title_shri"),

    # 34
    ('''Chief Minister Harpreet Singh Grewal inaugurated the new bus terminal in Ludhiana on Sunday in the presence of Transport Minister Smt. Kamaljeet Kaur Sandhu.

Addressing the gathering, the Transport Minister said the terminal would handle over 1,200 buses a day. "Commuters will no longer have to wait in the open in the heat. There will be air-conditioned waiting halls, clean toilets and a dedicated enclosure for women," she said.''',
     "Commuters will no", "Kamaljeet Kaur Sandhu", "description_backref_two_officials"),

    # 35
    ('''Halvard Solheim-Rasmussen has been fishing out of Vardø since he was fourteen. He is 71 now, and he talks about the sea the way other men talk about an old rival.

“When I was a boy you could fill the boat in a morning,” he says. “Now you go out for three days and come back with half of that.

“People say it is the climate, and maybe it is. But I also remember the trawlers that came here in the eighties, and nobody ever stopped them.”''',
     "People say it", "Halvard Solheim-Rasmussen", "longform_continuation_present_tense"),

    # 36
    ('''Hospital chief executive Mehmet Yıldırım said staff had worked "around the clock" during the norovirus outbreak, which closed four wards.

"I want to thank every nurse and porter, and in particular our infection control lead, Dr Fiona Galbraith, who has barely slept in a fortnight," he added.''',
     "I want to thank", "Mehmet Yıldırım", "he_added_name_inside_quote"),

    # 37
    ('''“The problem,” said Ngozi Eze-Williams, chair of the Hackney Tenants’ Forum, “is not that people don’t want to pay rent. It’s that the rent has doubled and the wages haven’t.”''',
     "The problem", "Ngozi Eze-Williams", "split_quote_first_half"),

    # 38
    ('''Ambulance union representative Keisha Fontaine-Okoro said:

"Crews are spending whole shifts queuing outside A&E. That is not what anyone signed up for.

"Patients are being let down, and so are the staff."

The trust's chief operating officer, Graham Whitlow, said the hospital was "working hard to reduce handover delays".''',
     "Patients are being", "Keisha Fontaine-Okoro", "continuation_then_other_speaker"),

    # 39
    ('''Hundreds of homes in the Elmstead area have been without gas since Tuesday after water got into the mains.

One woman, who did not want to be named, said she had been waiting in since 6am for an engineer. "I have three children at home and no heating. I just need someone to tell me when it will be fixed."''',
     "I have three", "woman", "unnamed_woman"),

    # 40
    ('''Part of a shopfront collapsed on Bridge Street in Kendalby on Monday afternoon. No one was injured.

A witness, who asked not to be named, told the Evening Gazette: "There was a loud bang and then the whole front of the shop just came out onto the pavement."''',
     "There was a", "witness", "unnamed_witness_told_outlet"),

    # 41
    ('''Footballer Lisandro Okonkwo-Rey posted on X after the match: "Gutted for the fans who travelled. We owe you one." His team-mate Bartosz Nowicki replied with a broken-heart emoji.''',
     "Gutted for the", "Lisandro Okonkwo-Rey", "social_media_post_x"),

    # 42
    ('''Ayşe Demirci, 16, won gold in the 400m at the English Schools Championships. Her mother, Zeynep Aksoy, who ran for Turkey in the 1990s, watched from the stands.

"I was more nervous than she was," her mother admitted afterwards. "I could not sit down for the whole race."''',
     "I could not", "Zeynep Aksoy", "role_backref_mother"),

    # 43
    ('''Defending, Harinder Bhamra told the court his client had shown "genuine remorse" and had since found work as a delivery driver.

Recorder Jonathan Pellew-Osei said he accepted that, but added: "The fact remains that a child could have been killed. A prison sentence is the only appropriate outcome."''',
     "The fact remains", "Jonathan Pellew-Osei", "court_recorder_added"),

    # 44
    ('''Vuong Thi Lan, who has died aged 93, spent six decades restoring the silk paintings of the Hue imperial court.

In a 2009 interview with a Hanoi newspaper she described her work as a conversation with the dead. "Every brushstroke I repair was made by someone whose name nobody remembers. I try to listen to them."''',
     "Every brushstroke I", "Vuong Thi Lan", "obituary_deceased_past_interview"),

    # 45
    ('''Lindqvist & Oyelowo Bank reported a 14% rise in quarterly profit on Friday, beating analyst forecasts.

Chief financial officer Rosalind Achterberg said the bank had benefited from higher interest rates. The bank also raised its dividend. "We are confident in the outlook for the rest of the year despite the uncertain economic backdrop," the bank said in its results statement.''',
     "We are confident", "Lindqvist & Oyelowo Bank", "org_statement_vs_named_officer"),

    # 46
    ('''"Frankly, this town deserves better than another car park." The remark, made by Councillor Oksana Havrylenko at Tuesday's planning meeting, drew applause from the public gallery.''',
     "Frankly, this town", "Oksana Havrylenko", "passive_remark_made_by"),

    # 47
    ('''In an interview with the Straits Echo's Lim Hui Min, the works minister, Datuk Seri Azhar Kamaruddin, was asked whether the toll increase would be postponed.

"No. The concessionaire has a contract, and the government will honour it," he replied.''',
     "No. The concessionaire", "Azhar Kamaruddin", "interview_reporter_named"),

    # 48
    ('''The inquest heard from pathologist Dr Ruth Abernethy. The coroner, Mrs Helena Stromberg-Ward, also heard from the victim's brother, Callum Reid.

The pathologist said the injuries were consistent with a fall from height. Asked by the coroner whether they could have been caused by an assault, she replied: "I cannot exclude that, but I found nothing that points to it."''',
     "I cannot exclude", "Ruth Abernethy", "pronoun_two_women_role"),

    # 49
    ('''Campaigner Efua Asantewaa-Boateng said the council had "broken every promise it made" to residents of the Linwood estate. Council leader Peter Hollis said the regeneration was "on track".

But Ms Asantewaa-Boateng was unconvinced. "They said the same thing three years ago," she said. "I'll believe it when I see the cranes."''',
     "I'll believe it", "Efua Asantewaa-Boateng", "split_after_rebuttal"),

    # 50
    ('''Galway City Council opened the first section of its cross-city cycle route on Monday.

Tomás Ó Floinn, a spokesperson for the Galway Cycling Campaign, told Wikinews: "The new lanes are a start, but they stop and start every two hundred metres, and that is not good enough."''',
     "The new lanes", "Tomás Ó Floinn", "wikinews_told_wikinews"),

    # 51
    ('''The court heard that hours before the crash, Ionuț Bălănescu had sent a message to a friend, Cristian Dobre, saying: "I've had a few but I'm fine to drive, don't worry."''',
     "I've had a", "Ionuț Bălănescu", "court_heard_message"),

    # 52
    ('''The research was led by Dr Kofi Mensah-Bonsu at the University of Leeds, working with colleagues in Ghana and Brazil.

Co-author Professor Beatriz Cavalcanti, of the University of São Paulo, said: "These forests are far more resilient than we assumed, but only if they are left alone long enough to recover."''',
     "These forests are", "Beatriz Cavalcanti", "science_coauthor"),

    # 53
    ('''Yolŋu elder Wuyal Dhamarrandji said the decision to hand back the land was long overdue.

"Our old people fought for this country their whole lives," Mr Dhamarrandji said.

"Today the young ones can walk on it knowing it is theirs."''',
     "Today the young", "Wuyal Dhamarrandji", "continuation_after_said_paragraph"),

    # 54
    ('''Parish council chairman Reginald Attenborough-Lowe said the village had "no appetite" for a further 300 homes. But developer Stonebridge Living said the scheme would provide much-needed affordable housing.

"Forty per cent of these homes will be affordable, which is well above the district's requirement," a Stonebridge Living spokesman said.''',
     "Forty per cent", "Stonebridge Living spokesman", "company_spokesman_vs_chairman"),

    # 55
    ('''In a letter to the Health Secretary, seen by the Yorkshire Clarion, the chief executive of Airedale Children's Hospice, Henrietta Osei-Tutu, wrote: "Without emergency funding we will have to close six of our twelve beds by the spring."''',
     "Without emergency funding", "Henrietta Osei-Tutu", "letter_seen_by_outlet"),

    # 56
    ('''Ahmad Rahimi introduced his younger brother, Farid, who was also on the boat that capsized off Lampedusa. Farid Rahimi was 12 at the time.

The boy still remembers the cold. "I held onto a plastic bottle for nine hours and I thought I would never see my mother again," he said.''',
     "I held onto", "Farid Rahimi", "description_backref_boy"),

    # 57
    ('''A petition signed by 3,000 people calling for the return of the 42 bus was handed in at County Hall on Friday.

"We are not asking for special treatment.

"We are asking for the same bus service that every other village in this county takes for granted," said Gwenllian Rees-Ababio, who organised the petition.''',
     "We are not asking", "Gwenllian Rees-Ababio", "multi_paragraph_attribution_at_end"),

    # 58
    ('''“I used to think architecture was about buildings,” Kenji Oyamada tells me over green tea in his studio in Kanazawa. “Now I think it is about the spaces between them.”''',
     "Now I think", "Kenji Oyamada", "tells_me_longform"),

    # 59
    ('''LONDON (Reuters) - British packaging group Corrington is close to agreeing a takeover by U.S. private equity firm Halberd Partners, two people familiar with the matter said.

"The deal is essentially done, and an announcement could come as early as Monday," said one source familiar with the talks, who declined to be named because the discussions are private.''',
     "The deal is", "source familiar with the talks", "anonymous_source_wire"),

    # 60
    ('''Paramedic Jaswinder Kaur Gill and her partner, Owen Thackeray, were walking their dog when they found the man in the canal.

Mr Thackeray went into the water while Ms Gill called 999. He told BBC Look North: "I didn't really think about it. You just see someone in trouble and you go."''',
     "I didn't really", "Owen Thackeray", "told_outlet_pronoun_gender"),

    # 61
    ('''In a victim impact statement read to the court by prosecutor Anish Varghese, Mrs Lorraine Pettigrew said: "I no longer feel safe in my own home. I have had the locks changed three times and I still check them every night."''',
     "I no longer", "Lorraine Pettigrew", "court_statement_read_by_other"),

    # 62
    ('''Real Ávila midfielder Íñigo Arrizabalaga-Ruiz scored the winner deep into stoppage time.

The Spaniard told Sky Sports: "I didn't see it go in, I just heard the noise and then everybody was on top of me."''',
     "I didn't see", "Íñigo Arrizabalaga-Ruiz", "nationality_backref_told_outlet"),

    # 63
    ('''Oberbürgermeisterin Dr. Friederike Holzapfel-Nguyen defended the city's decision to close two public swimming pools over the winter.

"We would rather keep them open, but the energy bill alone would be higher than our entire budget for youth clubs," she told the city council on Thursday.''',
     "We would rather", "Friederike Holzapfel-Nguyen", "foreign_title_german"),

    # 64
    ('''Sheikh Khalid bin Rashid Al-Nuaimi, chairman of the emirate's tourism authority, opened the new cruise terminal on Wednesday.

"By 2030 we expect to welcome a million cruise passengers a year, and this terminal is only the first step," Sheikh Khalid said.''',
     "By 2030 we", "Khalid bin Rashid Al-Nuaimi", "foreign_title_sheikh_particle"),

    # 65
    ('''Maureen Tully has shopped at Kelso Street market every Saturday for fifty years. Her husband, Desmond Tully, usually waits in the car.

"It's a disgrace," she said of the plan to replace the stalls with a food hall. He disagreed. "It's progress, love. You can't stop progress."''',
     "It's progress, love", "Desmond Tully", "quote_after_nonspeech_sentence_two_people"),

    # 66
    ('''Hundreds of people marched through Cwmbran town centre on Saturday in protest at plans to downgrade the Grange Hospital's maternity unit.

"Hands off our hospital!" the protesters chanted as they reached the civic centre.''',
     "Hands off our", "protesters", "collective_chant"),

    # 67
    ('''“We lost everything.”

Those were the words of Mariam Touré, whose market stall in Bamako was destroyed in Tuesday's fire, along with those of more than 200 other traders.''',
     "We lost everything", "Mariam Touré", "attribution_following_paragraph"),

    # 68
    ('''Giving the judgment of the Court of Appeal, Lady Justice Oyinlola Harcourt-Ekwueme, sitting with Lord Justice Pemberton and Mr Justice Caddick, said: "The trial judge's directions to the jury on joint enterprise were, with respect, confused, and the convictions cannot stand."''',
     "The trial judge's", "Oyinlola Harcourt-Ekwueme", "court_appeal_judicial_title"),

    # 69
    ('''Northvale Rail posted on X at 7.40am: "Due to a signalling fault at Sandhills, trains between Liverpool Central and Southport are delayed by up to 30 minutes. We're sorry for the disruption."''',
     "Due to a", "Northvale Rail", "org_social_media"),

    # 70
    ('''Speaking on Radio Kent's breakfast programme, the county's police and crime commissioner, Marcus Oyelowo-Hart, was asked by presenter Fenella Cowdrey whether he would resign.

"Absolutely not. I was elected to do a job, and I intend to finish it."''',
     "Absolutely not", "Marcus Oyelowo-Hart", "radio_interview_presenter_named"),

    # 71
    ('''Labour's candidate, Tariq Mahmood-Lewis, conceded defeat shortly after 4am. The winner, Conservative Imogen Fairweather-Stott, thanked her team and the returning officer.

Mr Mahmood-Lewis said he would not be standing again. "It has been the privilege of my life to fight for this town, but it is time for someone new."''',
     "It has been", "Tariq Mahmood-Lewis", "quote_after_reported_sentence_no_verb"),

    # 72
    ('''Pol Lt Gen Somkiat Rattanawong, the deputy national police chief, said the suspects had been tracked to a rented house in Chiang Rai.

"We have seized more than two million methamphetamine pills and four vehicles," Pol Lt Gen Somkiat said. "More arrests are expected."''',
     "We have seized", "Somkiat Rattanawong", "thai_police_rank"),

    # 73
    ('''Residents of Carlton Heights, a 22-storey tower block in Salford, have written to the housing minister about damp and mould in their flats.

In a joint letter, the residents said: "Our children are sleeping in rooms where the walls are black with mould. We have reported it again and again and nothing happens."''',
     "Our children are", "residents", "collective_residents_letter"),

    # 74
    ('''“The machines don’t get tired,” says Rosa Kalnins-Adeyemi, who manages the robotic dairy at Ashby Grange. Her business partner, Tom Ledwidge, is more sceptical. “They don’t get tired, but they do break down, usually at three in the morning.”''',
     "They don’t get", "Tom Ledwidge", "two_speakers_alternating_longform"),

    # 75
    ('''Chief (Mrs) Folasade Adeyemi-Coker, the president of the Lagos Market Women's Association, addressed traders at Balogun market on Monday.

"We will not pay a new levy for a market that has had no running water for three years," she declared.''',
     "We will not pay", "Folasade Adeyemi-Coker", "foreign_title_chief"),

    # 76
    ('''BRUSSELS (AP) — European Union ministers failed on Monday to agree on new fishing quotas for the Baltic Sea after Denmark and Poland blocked a compromise.

Danish fisheries minister Mette Kjærsgaard-Holm said her country could not accept deeper cuts to cod catches. Polish minister Wojciech Zaremba said he shared her concerns but wanted more time.

"We are not against conservation, but we cannot ask our fishermen to carry the whole burden," Kjærsgaard-Holm said.''',
     "We are not against", "Mette Kjærsgaard-Holm", "wire_two_ministers_name_after"),

    # 77
    ('''“Nobody here remembers a summer like this one.”

The reservoir at Llyn Cerrig has fallen to 18 per cent of capacity, its lowest level since records began in 1962. The village that was drowned to create it has reappeared, its chapel walls standing in cracked mud.''',
     "Nobody here remembers", "", "empty_pull_quote_top"),

    # 78
    ('''The Cwm Coed colliery closed in 1986. Thirty-eight years later, the pit wheel still stands above the valley, painted a faded red.

"You do not stop being a mining town just because the mine is gone."

The village hall is now a food bank. The welfare ground is a car park for the new retail park.''',
     "You do not stop", "", "empty_bare_quote_midarticle"),

    # 79
    ('''A WhatsApp message that spread rapidly across the town this week, and whose origin is unknown, claimed: "The water from the reservoir is not safe to drink and the council is hiding it."

The water company said supplies met every legal standard.''',
     "The water from", "", "empty_unknown_origin_message"),

    # 80
    ('''The 09.12 from Carlisle arrived four minutes early on Monday, the first time it has done so since the timetable changed in May.

“Miracles do happen.”''',
     "Miracles do happen", "", "empty_bare_quote_flourish"),
]
