"""Eighty made-up passages for quotation attribution, written blind (sixth set, US and international English news copy of 2004-2010).

Every passage, name, organisation and event below was invented for this file by someone who had read
only the annotation README (its "What a row is" and "Columns" sections) and the opening lines of an
earlier case file for its layout, never the tool's source, tests, benchmarks or annotated data. The
passages imitate American and international English news copy of 2004 to 2010: AP, Reuters and AFP
wire stories, early citizen journalism in the manner of Wikinews, and the websites of US newspapers
and television stations. They follow US conventions: titles with full stops ("Sen.", "Rep.", "Gov.",
"Lt. Gov.", "Mr.", "Mrs.", "Dr.", "Gen.", "Sgt.", "Prof."), party and state tags ("D-Ore."), "said
Tuesday", "told The Associated Press", spokespeople speaking on condition of anonymity, statements,
press releases, e-mails, blog and Twitter posts, court filings, rulings, reports, memos and letters,
and present-tense "says" in features. The subjects are Congress, elections and recounts, government
agencies, courts, the military, business and technology, sport, science, disasters and crime. A few
passages begin with their first word cut off, as scraped text sometimes does. Each case names one
chosen quotation, a full-sentence statement, by its first words, and gives the speaker under the
README convention: the fullest canonical name in the passage with titles and roles stripped,
pronouns resolved, continuation paragraphs taking the speaker of their run, unnamed people as a
short description without an article, organisations and documents by name, a bare surname when the
passage gives nothing more ("Mr. Bao"), and an empty string when nobody can be identified. Names
were drawn from many languages; where a pronoun must be resolved, the passage itself makes each
person's sex clear through titles, roles or pronoun context, never through a first name alone.

The rules got 59 of the 80 right when these were first run (0.74), before any
rule was written from them; the misses that remain are listed, with reasons,
in ``tests/test_attribution_cases.py``."""

CASES = [
    # 1
    ('''KITTREDGE, Wash. (AP) -- Election officials in Kittredge County began a hand recount Tuesday in the race for the 14th Legislative District, where Democrat Marisol Aranda leads Republican Gerald Ostrowski by 42 votes out of more than 61,000 cast.\n\n"Every ballot will be looked at by two people, one from each party," said county auditor Linnea Strand. "If they disagree, the canvassing board decides, and that meeting is open to the public."\n\nThe recount is expected to take nine days. Ostrowski's campaign has asked for observers at every table.''',
     "If they disagree,", "Linnea Strand", "split_quote_second_half_role_before_name"),
    # 2
    ('''WASHINGTON (AP) -- Sen. Corinne Halvorsen, D-Ore., said Tuesday she would block a vote on the president's nominee to lead the National Aviation Safety Administration until the agency releases a review of overnight staffing at control towers.\n\n"I have asked for this report three times, and three times I have been told it is coming," Halvorsen said in a floor speech. "The families who fly out of Port Tilden deserve to know whether the tower is staffed at night."\n\nAn agency spokesman said the review would be completed "in the coming weeks."''',
     "I have asked for", "Corinne Halvorsen", "senator_party_tag_surname_after_quote"),
    # 3
    ('''EL CARRIZO, Texas -- Rep. Tomás Echeverría, R-Texas, said Wednesday he had not decided whether to support the farm bill that House leaders hope to bring to the floor next week.\n\n"Right now I'm a no," Echeverría told The Associated Press in a telephone interview from his district office. "If they fix the cotton provisions, we can talk."\n\nThe bill's sponsor, Rep. Wanda Pruitt, D-Minn., said she was confident the votes were there.''',
     "Right now I'm", "Tomás Echeverría", "told_ap_telephone_interview"),
    # 4
    ('''Greek coast guard officers rescued 43 migrants, including 11 children, from a sinking boat off the island of Kalythos early on Monday, officials said.\n\n"The boat was taking on water and the engine had stopped. Another hour and we would have been too late," coast guard captain Stavros Leontaridis told AFP by telephone.\n\nThe migrants, most of them from Afghanistan and Iraq, were taken to a reception center on the island.''',
     "The boat was", "Stavros Leontaridis", "told_afp_rank_and_name_after_quote"),
    # 5
    ('''A man who slipped past a security checkpoint at Liberty Heights International Airport on Sunday forced the evacuation of a terminal for more than two hours, delaying dozens of flights.\n\n"We are aware of the incident and are reviewing the video from the checkpoint," said a spokeswoman for the Transit Security Administration, who spoke on condition of anonymity because she was not authorized to discuss the case.\n\nThe man was not found, officials said.''',
     "We are aware of", "Transit Security Administration spokeswoman", "anonymous_agency_spokeswoman"),
    # 6
    ('''ashington state health officials said Monday that a second case of measles had been confirmed in Tillicum County, this time in an unvaccinated child who attends a day care center in Marrowstone Flats.\n\n"We expect to see more cases before this is over," said Dr. Ferdinand Oyelaran, the state epidemiologist. "Parents who are not sure about their children's shots should call their doctor today."''',
     "Parents who are not", "Ferdinand Oyelaran", "cut_first_word_split_quote_second_half"),
    # 7
    ('''Gov. Annaliese Brandtmeyer on Thursday ordered flags at state buildings lowered to half-staff across Minnesota in honor of Sgt. 1st Class Emeka Okafor, 31, of Rushford Falls, who was killed Monday when a roadside bomb struck his vehicle in northern Iraq.\n\nIn a statement, the governor said:\n\n"Sgt. Okafor was a son of this state, a husband and a father of two. He volunteered for a second tour because, as he told his family, his unit needed him.\n\n"Our prayers are with his wife, Chidinma, and with their daughters. Minnesota will not forget him."''',
     "Our prayers are", "Annaliese Brandtmeyer", "multi_paragraph_statement_continuation_after_colon"),
    # 8
    ('''MARLOWE, Ga. -- Detective Marcus Ilunga spent nearly three hours on the witness stand Wednesday, his second day of testimony, under cross-examination by defense attorney Rosalind Achterberg, who represents the man accused of the 2006 shooting outside a Lenox Hollow nightclub.\n\nDuring her questioning, Achterberg asked the detective why the handgun found in a storm drain had never been tested for fingerprints.\n\n"It was a judgment call made by my supervisor," he said. "I did not agree with it at the time, and I said so."\n\nThe trial resumes Thursday.''',
     "It was a judgment", "Marcus Ilunga", "pronoun_he_detective_vs_female_attorney"),
    # 9
    ('''HOLLISTER CREEK, Okla. -- "We were lucky. The whole roof came down about ten seconds after we got the kids into the cellar."\n\nThat was how Palila Kahananui described the moment Sunday night when a tornado tore through her family's home on the east side of this town of 3,000, one of at least 40 houses destroyed by the storm.\n\nThe National Weather Bureau said the twister packed winds of up to 165 mph.''',
     "We were lucky.", "Palila Kahananui", "quote_first_speaker_named_next_paragraph"),
    # 10
    ('''HARMON FORGE, Pa. -- Talks between Halvard Steel and the union representing 2,300 workers at its Allegrippa Bend mill collapsed Friday, and each side blamed the other.\n\nUnion local president Dmitri Vasquez, who has led the local since his election in 2001, and company vice president Ingrid Solheim spoke to reporters separately outside the federal mediation office.\n\n"They walked away from the table," Vasquez said.\n\n"We made a fair offer, and the union refused to put it to a vote," said Solheim, adding that she was "disappointed but not surprised."\n\n"Fair to whom?" Vasquez said when told of her remarks. "Our members have not had a raise since 2003."''',
     "Our members have", "Dmitri Vasquez", "alternating_speakers_union_company"),
    # 11
    ('''SANTA LUCERNA, Calif. -- Quillon Semiconductor will build a $1.2 billion chip fabrication plant outside Sandoval Springs, N.M., the company announced Monday.\n\n"The facility will create up to 400 high-wage jobs over three years and make New Mexico a center of advanced manufacturing," according to a press release from the company.\n\nState officials said they had offered about $90 million in tax incentives.''',
     "The facility will", "Quillon Semiconductor", "according_to_press_release_company"),
    # 12
    ('''KESTREL BAY, Wash. (Reuters) - Mirador Wireless said it would keep charging customers a $175 fee for ending their contracts early, despite a class-action lawsuit filed in Puget County Superior Court last month.\n\n"We have no plans to change the policy at this time," Hyun-joo Bak, a spokeswoman for the company, wrote in an e-mail. "The fee is clearly disclosed in every contract."''',
     "The fee is", "Hyun-joo Bak", "wrote_in_email_split_second_half"),
    # 13
    ('''GRATIOT FALLS, Mich. -- For 41 years, Bernadette Oyelowo has sold fabric, thread and buttons from the narrow shop on Pellston Row that she and her late husband, Clement, opened in 1967.\n\nOn Saturday she will lock the door for the last time.\n\n"I never thought I would see this street so empty," Oyelowo says, folding a bolt of blue cotton. "When we opened, you couldn't find a parking space on a Saturday."''',
     "When we opened,", "Bernadette Oyelowo", "present_tense_says_feature_split"),
    # 14
    ('''WASHINGTON -- The Federal Commerce Commission on Thursday accused an Ohio company of tricking elderly consumers into paying for medical alert devices they never ordered.\n\n"Defendants targeted consumers who were older than 70 and who lived alone, and repeatedly billed them for equipment they had expressly refused," the commission said in its complaint, filed in federal court.\n\nThe company, Lifeguard Direct of Mercer Falls, did not return calls seeking comment.''',
     "Defendants targeted consumers", "Federal Commerce Commission", "agency_complaint_court_filing"),
    # 15
    ('''WASHINGTON (AP) -- Air traffic controllers at three of the nation's busiest airports routinely worked six-day weeks last year, a government audit released Wednesday found.\n\n"Staffing shortages contributed directly to the delays and, in at least two instances, to losses of separation between aircraft," the Office of Federal Audits said in its report.\n\nThe aviation agency said it had hired 1,100 new controllers since January.''',
     "Staffing shortages contributed", "Office of Federal Audits", "agency_report_said_in_its_report"),
    # 16
    ('''Gunmen fired on a U.S. supply convoy near the town of Qasr al-Hadid in northern Iraq on Tuesday, wounding two American soldiers and an Iraqi interpreter, the military said.\n\nA spokesman for the U.S. command, Lt. Col. Bartholomew Nkemelu, said the wounded were flown to a military hospital and were in stable condition.\n\n"The convoy returned fire and the attackers fled toward the river," Nkemelu said. "We are working with Iraqi police to find them."''',
     "We are working", "Bartholomew Nkemelu", "military_spokesman_second_half"),
    # 17
    ('''PORT CARRICK, Australia (AFP) - Romania's Mirela Dragomir and her partner, Kenji Watanabe-Ross of the United States, won the mixed doubles title at the Southern Cross Open on Sunday, beating the top seeds in a third-set tiebreak.\n\nIt was the first major title for either player. Watanabe-Ross, who needed stitches in his left hand after a fall in the semifinals, played the final with the hand taped.\n\n"I was nervous on every serve in the tiebreak," she admitted. "Kenji kept telling me to breathe."''',
     "I was nervous", "Mirela Dragomir", "pronoun_she_after_male_partner_paragraph"),
    # 18
    ('''Astronomers watching a faint comet at the edge of the solar system said Thursday it had split into at least four pieces, something never before seen so far from the sun.\n\n"This is the first time anyone has seen a comet break apart at this distance," said Prof. Anjali Raghunathan of the University of Westmarch, who led the observations. "We don't yet know what pulled it apart."\n\nThe findings will be published in the journal Planetary Letters.''',
     "We don't yet know", "Anjali Raghunathan", "prof_split_second_half_after_university"),
    # 19
    ('''MILLBROOK, Ky. -- A 23-year-old man suspected of robbing two banks in eastern Kentucky was arrested Saturday at a motel off the interstate, police said.\n\n"The suspect was taken into custody without incident," a state police spokesman said. "He had about $6,000 in cash in the room."\n\nThe man's name was not released pending formal charges.''',
     "He had about", "state police spokesman", "unnamed_police_spokesman_second_half"),
    # 20
    ('''CEDAR BEND, Iowa -- The Tessaway River crested nearly 9 feet above flood stage Friday, swamping hundreds of homes on the south side of this city of 22,000.\n\nA neighbor who would give only her first name, Rosa, watched from a church parking lot as water covered the roof of her car. "It came up so fast. An hour ago you could still walk down the street," she said.\n\nMayor Glen Toivonen said the city's water treatment plant had been shut down.''',
     "It came up so", "Rosa", "first_name_only_witness"),
    # 21
    ('''Residents of the Finnish village of Kiviranta have reported seeing an unusually large number of moose on the frozen lake this week, prompting warnings from local authorities.\n\nTeodor Ionescu, a Romanian engineer who has lived in the village for six years, told Wikinews he counted 19 animals on Monday morning. "We had no idea the ice would hold something that heavy. My neighbors say they have never seen so many at once."\n\nThe regional game office said the animals were probably being driven out of the forest by deep snow.''',
     "We had no idea", "Teodor Ionescu", "wikinews_quote_follows_indirect_speech_same_paragraph"),
    # 22
    ('''Gov. Pilar Montoya-Reyes on Tuesday unveiled a $5.8 billion budget that cuts spending at most state agencies by 4 percent and leaves public school funding unchanged.\n\n"What we are proposing," Montoya-Reyes said, "is a budget that spends less than it takes in, for the first time in six years."\n\nRepublican leaders in the Legislature called the plan a good start.''',
     "What we are proposing", "Pilar Montoya-Reyes", "quote_interrupted_mid_sentence_first_half"),
    # 23
    ('''Three firefighters hurt when a floor collapsed in a burning warehouse on Tuesday remained hospitalized Wednesday, the Eastbury Fire Department said.\n\nDr. Kwabena Asare-Mensah, who directs the burn unit at St. Adalbert Medical Center, said the men were in serious but stable condition.\n\n"They are young and strong, and that helps. The next 72 hours will tell us a great deal."''',
     "They are young", "Kwabena Asare-Mensah", "quote_paragraph_after_naming_paragraph"),
    # 24
    ('''RIVERTON HEIGHTS, Ohio -- Mayor Ignatius Flanagan and Police Chief Lucinda Mbatha met for two hours Monday with ministers from the city's east side after a weekend in which three teenagers were shot.\n\nFlanagan left without speaking to reporters. Mbatha said afterward:\n\n"We are going to put officers on foot in those neighborhoods, starting tonight. People need to see us on the sidewalk, not just driving by."''',
     "We are going to", "Lucinda Mbatha", "colon_before_quote_paragraph_second_named"),
    # 25
    ('''Sen. Raúl Castañeda, D-N.M., will not attend Thursday's hearing on the uranium cleanup bill because of a family emergency, his office said Wednesday.\n\n"The senator's father was taken to the hospital last night, and he has flown home to be with him," said Naomi Birnbaum, a spokeswoman for Castañeda. "He fully supports the bill and hopes the committee will move it forward."''',
     "He fully supports", "Naomi Birnbaum", "spokeswoman_for_senator_second_half"),
    # 26
    ('''Marisela Quintanilla, 34, told jurors Tuesday that the man who robbed the Golden Crown check-cashing store had held a pistol to her head for nearly a minute.\n\n"He looked at me and said, 'You're next,'" Quintanilla testified, her voice breaking. "I thought I was going to die in that store."\n\nThe defendant, Royce Dunnigan, 27, has pleaded not guilty.''',
     "He looked at me", "Marisela Quintanilla", "nested_quote_inside_testimony"),
    # 27
    ('''Police in Ashgrove, Mass., are investigating flyers that appeared on car windshields outside the town's mosque after Friday prayers.\n\nThe unsigned flyers, printed on plain white paper, read: "You are not welcome here. Go back where you came from." Police Chief Dorothy Kimathi called them "cowardly" and said they could be treated as a hate crime.''',
     "You are not welcome", "", "unsigned_flyer_empty"),
    # 28
    ('''LAKE CHARLOTTE, La. -- Sheriff's deputies rescued 11 people from rooftops in the Bayou Vermeil area overnight as rain from Tropical Storm Odalys continued to fall across southwest Louisiana.\n\n"Our deputies went out in flat-bottom boats in the dark, and they brought every one of those people home safe," the Calcasset Parish Sheriff's Office said in a statement Sunday.\n\nNo deaths have been reported.''',
     "Our deputies went", "Calcasset Parish Sheriff's Office", "sheriffs_office_statement"),
    # 29
    ('''RIBEIRAO DAS PEDRAS, Brazil (Reuters) - Brazilian ethanol producer Usina Santa Clotilde plans to double its exports to the United States next year, its chief financial officer said on Thursday.\n\n"The American market is opening, whether Congress likes it or not," Renata Albuquerque Prado told Reuters in an interview at the company's headquarters. "We want to be there first."\n\nThe company exported 180 million liters of ethanol last year, most of it to Europe.''',
     "The American market", "Renata Albuquerque Prado", "told_reuters_name_after_quote_role_in_lead"),
    # 30
    ('''The co-founder of the photo-sharing site Snapkettle apologized Thursday for a change to the site's terms of service that users said would have let the company sell their pictures.\n\n"We screwed up, and we're sorry," Zuzanna Lewandowska wrote in a blog post. "Your photos belong to you. They always have."\n\nThe company said it would restore the old terms by Friday.''',
     "Your photos belong", "Zuzanna Lewandowska", "blog_post_second_half"),
    # 31
    ('''Mission managers on Wednesday cleared the space shuttle Meridian for launch early Saturday, saying a cracked foam panel on its fuel tank had been repaired.\n\n"We looked at this from every angle," launch director Oksana Hrytsenko said. "The repair is sound, and the team is ready.\n\n"The weather is the only thing we can't control. Right now it looks about 70 percent favorable."\n\nSeven astronauts are aboard the flight to the orbiting laboratory.''',
     "The weather is", "Oksana Hrytsenko", "multi_paragraph_continuation_after_split"),
    # 32
    ('''Mrs. Teuila Ngata and her neighbor, Mr. Harlan Bixby, both lost their homes in the fire that swept through the Sunridge mobile home park on Saturday.\n\nBixby said he had lived in the park for 22 years and had no insurance. He plans to stay with his daughter in Nevada.\n\n"I got out with my purse and my reading glasses," she said. "Everything else is gone, even my mother's quilts."''',
     "I got out", "Teuila Ngata", "pronoun_she_after_male_paragraph"),
    # 33
    ('''The two candidates for mayor of Westhaven clashed Tuesday night over the city's plan to sell its water utility to a private company.\n\nMr. Bao, a Republican and a former city treasurer, said the sale would bring in $40 million that could be used to fix the city's roads. Mrs. Castellanos, the Democrat, said she feared water rates would double within five years.\n\n"Nobody sells the family cow to pay for a new fence," she said. "Once the water is gone, it is gone for good."''',
     "Once the water", "Castellanos", "surname_only_mrs_pronoun"),
    # 34
    ('''Mayor Ruth Adeyemi-Clarke of Lowell Springs on Monday ordered a review of the city's snow removal contracts after residents on the north side waited five days for plows.\n\n"That is unacceptable, and I apologize to every family that was stuck," the mayor told reporters at City Hall. "Somebody is going to answer for it."''',
     "Somebody is going", "Ruth Adeyemi-Clarke", "role_only_the_mayor_second_half"),
    # 35
    ('''A state appeals court on Friday overturned the murder conviction of Darnell Pettiford, who has spent 17 years in prison, ruling that prosecutors had hidden evidence from his lawyers.\n\n"A trial in which one side hides the ball is not a fair trial, no matter how strong the rest of the evidence may appear," the Fourth District Court of Appeals said in its unanimous decision.\n\nProsecutors said they would decide next week whether to retry him.''',
     "A trial in which", "Fourth District Court of Appeals", "appeals_court_decision"),
    # 36
    ('''Three sailors from the destroyer USS Kittanning were accused last month of selling fuel from the ship while it was in port in Bahrain.\n\nDefense Department spokeswoman Lt. Cmdr. Aiyana Redcloud said Friday that the Navy had not decided whether to bring charges.\n\n"The investigation is ongoing. Until it is complete, it would be inappropriate to say more," she said.''',
     "The investigation is ongoing.", "Aiyana Redcloud", "rank_and_role_stripped_pronoun"),
    # 37
    ('''Imelda Sarmiento, whose husband, Rogelio, was among the nine miners killed in the explosion at the Black Lick No. 3 mine, said she would testify before a Senate committee next month.\n\n"We are not going anywhere until somebody tells us the truth," said Sarmiento, 48. "Rogelio called me from the mine that morning and said the air smelled wrong."''',
     "Rogelio called me", "Imelda Sarmiento", "widow_surname_shared_with_victim"),
    # 38
    ('''Dwayne Nwosu, 17, a junior at Eastfield High School, drowned Saturday while trying to rescue a younger cousin from the Little Tamsin River.\n\n"He was always the one who made everybody laugh," said his mother, Obiageli Nwosu. "He went into that water without thinking twice."\n\nThe cousin, 9, was pulled out by a fisherman and is expected to recover.''',
     "He went into", "Obiageli Nwosu", "said_his_mother_name_after"),
    # 39
    ('''A lawyer for Samir Hassan, the Broken Creek restaurant owner charged with setting fire to his own business, said Friday that his client was out of state on the night of the fire.\n\nThe lawyer, Ivo Petrović, said he would present hotel and credit card records at trial.\n\n"My client has never denied that the restaurant was losing money," he said. "But he was 400 miles away when it burned, and we can prove it."''',
     "My client has", "Ivo Petrović", "pronoun_he_lawyer_not_client"),
    # 40
    ('''The outbreak of a mosquito-borne virus in the Rio Seco Valley has now sickened 63 people, state health officials said Tuesday.\n\nAccording to Dr. Yusuf Demirci, an infectious disease specialist at Valley General Hospital, "The worst may be behind us. The number of new cases has fallen for two weeks in a row."''',
     "The worst may", "Yusuf Demirci", "according_to_before_quote"),
    # 41
    ('''A recording of the 911 call made the night of the Harmon Street fire was released Friday by the city of Port Ellery.\n\n"There's smoke coming out of the basement and I can hear kids upstairs," the caller told a dispatcher, according to the recording. The dispatcher told the caller to get out of the house.\n\nFire officials said the first engine arrived four minutes later.''',
     "There's smoke coming", "caller", "unnamed_caller_911_recording"),
    # 42
    ('''A federal judge on Monday blocked a new Arizona law requiring voters to show a birth certificate or passport before registering.\n\n"The state has not shown that a single noncitizen has voted in an Arizona election in the last decade," U.S. District Judge Harriet Oduya-Lindqvist wrote in a 34-page opinion. "It has shown only that thousands of citizens will be turned away."''',
     "It has shown only", "Harriet Oduya-Lindqvist", "judge_wrote_opinion_second_half"),
    # 43
    ('''In a letter to shareholders released Friday, Chairman Osvaldo Ferreira of Atlântica Shipping acknowledged that the company had "badly misjudged" the market for new tankers.\n\nFerreira wrote: "We ordered too many ships at the top of the cycle. That mistake is mine, and I will not seek re-election to the board."''',
     "We ordered too", "Osvaldo Ferreira", "letter_wrote_colon"),
    # 44
    ('''Hollis Mabry, a blues guitarist whose 1962 recording of "Lonesome Levee" became a hit in Britain years before it was noticed at home, died Sunday at his home in Sharkey Landing, Miss. He was 84.\n\nHis daughter, Loretta Mabry-Givens, said he died in his sleep.\n\nIn a 2002 interview with the Delta Courier, Mabry said: "I never got rich. But I played for the queen's cousin once, and I played for my mama every Sunday, and that is more than most men get."''',
     "I never got rich.", "Hollis Mabry", "obituary_archive_interview_quote"),
    # 45
    ('''Rep. Ezekiel Thornbury, R-Ind., pressed the chief executive of Crestline Toys at a House hearing Wednesday on when the company first learned that its painted blocks contained lead.\n\n"Did you know before the recall, yes or no?" Thornbury asked.\n\n"No, sir, I did not," replied Margarethe Vogl-Ambrose, the company's chief executive. "We learned it from the state lab, the same day the public did."''',
     "No, sir, I", "Margarethe Vogl-Ambrose", "hearing_exchange_answer"),
    # 46
    ('''WASHINGTON -- The White House will ask Congress for an additional $12 billion for hurricane recovery, a senior administration official said Thursday.\n\n"The president wants this done before the August recess, and he has told the leadership that," said the official, who briefed reporters on condition of anonymity because the request had not been formally sent.''',
     "The president wants", "senior administration official", "anonymous_senior_official"),
    # 47
    ('''Gubernatorial candidate Dolores Whitehorse announced her running mate Monday in a message posted on her Twitter account, before her campaign had told reporters.\n\n"I am proud to announce that state Sen. Arlo Prentiss will be my partner in this fight for Colorado's future," Whitehorse wrote.\n\nPrentiss, 44, is a rancher from Piñon County.''',
     "I am proud to", "Dolores Whitehorse", "twitter_post_wrote"),
    # 48
    ('''Warden Thaddeus Okonjo of the Glenrock Correctional Facility has ordered an end to routine overtime, according to a memo obtained by The Associated Press.\n\nOkonjo wrote in the memo: "Effective immediately, no overtime will be approved without my signature. Supervisors who ignore this order will be disciplined."\n\nThe union representing the guards said the order would leave cellblocks understaffed.''',
     "Effective immediately, no", "Thaddeus Okonjo", "memo_wrote_colon"),
    # 49
    ('''Representatives of the five nations that share the Salvara River met Tuesday to mark the 50th anniversary of the Treaty of Salvara, which governs how the river's water is divided.\n\n"No party shall divert the waters of the river without the consent of the others," Article 4 of the treaty states. Environmental groups say two dams now under construction upstream violate that provision.''',
     "No party shall", "Treaty of Salvara", "treaty_article_states"),
    # 50
    ('''The Marrow Registry Foundation, a nonprofit group that matches bone marrow donors with patients, said Tuesday it had signed up its 500,000th donor.\n\nIt said in a statement: "Every one of these volunteers is a potential cure walking around. We need many more of them, especially from minority communities."''',
     "Every one of", "Marrow Registry Foundation", "organisation_pronoun_it_colon"),
    # 51
    ('''A city bus struck and killed a 71-year-old woman in a crosswalk on Tamarind Avenue on Monday morning, police said.\n\n"I never saw her. The sun was right in my eyes," the driver told officers, according to a police report released Wednesday. The driver, identified in the report as Oluwaseun Adebayo, 52, was not charged.''',
     "I never saw her.", "Oluwaseun Adebayo", "role_first_name_given_next_sentence"),
    # 52
    ('''Jamal Whitaker, 19, was shot to death Saturday night as he walked home from his job at a grocery store in the city's Fairlawn section, police said.\n\nHis uncle, Desmond Whitaker, said Jamal had just finished his first semester at Tri-County Community College.\n\n"He wanted to be an engineer. He was going to be the first one in our family with a degree," he said.''',
     "He wanted to be", "Desmond Whitaker", "pronoun_he_uncle_not_victim"),
    # 53
    ('''Members of the Harbor City Council reacted angrily Tuesday to news that a promised health clinic on the west side would instead become a parking garage.\n\n"It's a disgrace," said Councilman Benedikt Auerbach.\n\nCouncilwoman Yesenia Oduro agreed. "We were promised a clinic, and we got a parking lot," she said. "My constituents will remember this in November."''',
     "My constituents will", "Yesenia Oduro", "second_speaker_agreed_pronoun_she"),
    # 54
    ('''he Bureau of Land Reclamation said Friday it would close 40 miles of canyon roads in southern Utah to off-road vehicles to protect ancient rock art.\n\n"Some of these panels are more than 1,000 years old, and we have documented new damage at more than a dozen sites since 2005," the bureau said in a statement.\n\nOff-road groups said they would sue.''',
     "Some of these panels", "Bureau of Land Reclamation", "cut_first_word_he_bureau_statement"),
    # 55
    ('''resident Leopoldo Anaya of Coravia told reporters Tuesday that his government would not extradite the former banker wanted in the United States on fraud charges.\n\n"Coravia is a sovereign country with its own courts," Anaya said at a news conference in the capital. "If he has broken our laws, he will be tried here."''',
     "If he has broken", "Leopoldo Anaya", "cut_first_word_resident_president"),
    # 56
    ('''Neighbors in the 3400 block of Lindell Court say they heard gunshots around 2 a.m. Sunday, and police confirm one man was taken to the hospital.\n\n"I heard three pops and then a lot of screaming," neighbor Tavita Faleolo told NewsChannel 9. "I got my kids down on the floor and called 911."\n\nPolice have not released the name of the victim.''',
     "I got my kids", "Tavita Faleolo", "tv_station_neighbor_second_half"),
    # 57
    ('''The family of Ramón Esquivel-Hart, the 24-year-old Army medic killed last week in Afghanistan, thanked the community Monday for its support.\n\n"Ramón was the light of our lives, and he died doing what he loved, taking care of other people," the Esquivel-Hart family said in a statement released through the Army.''',
     "Ramón was the", "Esquivel-Hart family", "family_statement"),
    # 58
    ('''Lawyers for both campaigns spent Thursday arguing before the Palmetto County canvassing board over 212 absentee ballots that were rejected because of missing witness signatures.\n\n"These voters did everything right except one thing, and that one thing was the county's fault for printing confusing envelopes," said Elliot Marchetti, who represents Democrat Joan Fairweather-Lyle.\n\nRepublican lawyer Priya Venkataraman disagreed. "The law says a witness signature is required. It doesn't say 'required unless the envelope is confusing,'" she said.\n\nThe board is expected to rule Friday. Fairweather-Lyle trails by 131 votes.''',
     "The law says", "Priya Venkataraman", "recount_second_lawyer_disagreed_nested_quote"),
    # 59
    ('''Sen. Horace Abernathy, R-Miss., who has served in the Senate since 1979, fueled speculation about his future on Friday when he declined to say whether he would seek another term.\n\n"Will you run again?" a reporter asked as he left a Rotary Club luncheon.\n\n"Ask me after Easter," the senator said, laughing.''',
     "Ask me after", "Horace Abernathy", "role_reference_answer_after_reporter_question"),
    # 60
    ('''Federal prosecutors asked a judge Thursday to deny bail to Viktor Sarkisian, a Sherman Flats businessman accused of running a $30 million health-care fraud scheme.\n\n"The defendant has a passport from a country that does not extradite its citizens, and he has $4 million that the government has not been able to locate," prosecutors wrote in the filing.\n\nSarkisian's lawyer, Martha Quayle, said her client would surrender his passport.''',
     "The defendant has", "prosecutors", "prosecutors_wrote_filing"),
    # 61
    ('''Dr. Sigrun Halldórsdóttir, a geneticist at the Kellner Institute, and her former student Dr. Hamid Rezaei, who did his doctoral work in her lab, have identified a gene that appears to protect some people from a common form of blindness.\n\nRezaei, now at Northgate University, said the team had studied 3,000 families in Iceland and Iran.\n\n"It is a small effect in any one person," she said. "But across a population it could mean thousands fewer cases."''',
     "But across a", "Sigrun Halldórsdóttir", "pronoun_she_after_male_colleague"),
    # 62
    ('''The state's unemployment insurance fund will run dry by March unless lawmakers act, according to Lt. Gov. Beatriz Maldonado, who chairs the state's workforce board.\n\n"We are borrowing from Washington to pay benefits right now, and that loan comes with interest," Maldonado said Monday. "Employers will pay it one way or another."''',
     "We are borrowing", "Beatriz Maldonado", "lt_gov_named_in_according_to_lead"),
    # 63
    ('''"I don't regret a thing." The words came quietly from Chen Weiming, 74, as he stood outside the federal courthouse Friday after being sentenced to three years' probation for sheltering undocumented workers at his church.\n\nHis lawyer said he would not appeal.''',
     "I don't regret", "Chen Weiming", "quote_first_speaker_in_next_sentence"),
    # 64
    ('''"He ran into a building everyone else was running out of. That is who he was."\n\nThose words, spoken by Fire Chief Gabriela Sandoval-Ruiz at a memorial service Sunday for firefighter Thomas Quinlan, drew a standing ovation from the more than 2,000 people who filled St. Brendan's Church in Ferrisburg.\n\nQuinlan, 38, died last week when a roof collapsed during a house fire.''',
     "He ran into", "Gabriela Sandoval-Ruiz", "those_words_spoken_by_next_paragraph"),
    # 65
    ('''In closing arguments Monday, Assistant District Attorney Leonard Kasprzak told jurors the evidence against Delphine Moreau was "overwhelming." Defense attorney Abigail Sørensen said the case rested on a single witness who had changed his story three times.\n\n"Ask yourselves who had the motive and who had the key," Kasprzak said.\n\n"Ask yourselves why the only witness is the man who inherits the house," Sørensen answered.\n\nThe jury began deliberating Tuesday morning.''',
     "Ask yourselves why", "Abigail Sørensen", "alternating_closing_arguments"),
    # 66
    ('''Negotiators for the two airlines sat across from each other for the first time Thursday. When cameras were allowed in, Aerolíneas Delmar chief executive Fernando Lopez-Ibarra turned to his counterpart, Northwind Air's Colleen Harrington, and said: "We can either spend the next year suing each other or we can fly together. I would rather fly."\n\nHarrington smiled but said nothing.''',
     "We can either", "Fernando Lopez-Ibarra", "said_colon_two_people_in_sentence"),
    # 67
    ('''VALDENZA, Switzerland (AFP) - The International Office for Displaced Persons warned on Friday that food aid for 300,000 people in camps along the border between Chad and Sudan would run out within three weeks.\n\n"We have enough food for 18 days. After that, we will be choosing who eats," said Kofi Ansah-Boateng, the agency's regional coordinator, speaking by satellite phone from the camp at Hadjer Mourad.''',
     "We have enough food", "Kofi Ansah-Boateng", "satellite_phone_name_after_quote"),
    # 68
    ('''Gen. Lawrence Oyugi-Mercer, the Army's vice chief of staff, told the Senate Armed Services Committee on Tuesday that the service would need at least two more years to rebuild units worn down by repeated deployments.\n\nSen. Kathleen Marsh-Devereux, D-Vt., asked whether the Army could meet its recruiting goals without lowering its standards.\n\n"We can, ma'am, but not if the pace of deployments stays where it is," he testified. "Something has to give."''',
     "Something has to", "Lawrence Oyugi-Mercer", "testimony_he_after_female_senator_question"),
    # 69
    ('''Rep. Clement Ashby, R-Ga., a former banker himself, called the mortgage relief proposal "a bailout for bad behavior." But Rep. Soraya Haddad, D-Mich., who wrote the bill, said it would help families, not banks.\n\n"Nobody in my district bought a mansion. They bought a three-bedroom house and then the plant closed," she said Wednesday.''',
     "Nobody in my district", "Soraya Haddad", "pronoun_she_after_scare_quote_by_male"),
    # 70
    ('''Maj. Gen. Augustin Delacourt-Mbaye, the commander of the Pan-Sahel Union's peacekeeping force, told reporters on Wednesday that his troops were stretched thin.\n\n"I have 7,000 soldiers to protect an area the size of France. We have four helicopters, and two of them do not fly.\n\n"If the world wants us to protect these people, the world has to give us the means."\n\nA spokeswoman for the union's commission, Nomvula Dlamini, said more helicopters had been promised by the end of the year.''',
     "If the world wants", "Augustin Delacourt-Mbaye", "multi_paragraph_continuation_quote_after_naming_paragraph"),
    # 71
    ('''Outfielder Rafael Quiñones hit two home runs and drove in five as the Harbor Point Anglers beat the Bay City Herons 9-4 on Saturday night.\n\n"Rafi is seeing the ball as well as anybody in the league right now," Anglers manager Dutch Kowalczyk said. "I just write his name in the lineup and get out of the way."\n\nQuiñones, who was hitting .211 at the end of May, has raised his average to .298.''',
     "I just write", "Dutch Kowalczyk", "manager_nickname_second_half"),
    # 72
    ('''Marine biologists have found a colony of cold-water corals growing on the wreck of a World War II freighter 60 miles off Cape Ardagh, the Northeast Ocean Institute said Tuesday.\n\nDr. Ines Villaseñor, who led the expedition, said in a telephone interview that some of the corals were several hundred years old, far older than the wreck itself.\n\n"That tells us the ship landed on top of an existing colony," she said. "The corals just kept growing right over it."''',
     "The corals just", "Ines Villaseñor", "telephone_interview_pronoun_second_half"),
    # 73
    ('''Hiroshi Tanabe, 81, opened the tofu shop on Ninth Street in 1955. His son, Kenta, 52, took over the daily work a decade ago, but the elder Tanabe still arrives at 4 a.m. to check the soybeans.\n\n"My father doesn't trust anybody with the soaking," Kenta Tanabe said. "Not even me."\n\n"He is right not to," his father replied.''',
     "He is right", "Hiroshi Tanabe", "father_son_alternating_his_father"),
    # 74
    ('''ews of the plant closing spread quickly through Fenwick Mills, a town of 4,100 where the Calder Appliance plant has been the largest employer since 1948.\n\n"My dad worked there, my granddad worked there, and I've worked there 19 years," said Randy Szymanski, 44, who runs a punch press on the second shift. "I don't know what this town is without it."\n\nCalder said production would move to a plant in Mexico by next summer.''',
     "I don't know what", "Randy Szymanski", "cut_first_word_worker_second_half"),
    # 75
    ('''ccording to court documents unsealed Thursday, investigators found more than 300 fraudulent tax returns on a laptop seized from the home of Perpetua Ansah, a Lemoyne Falls tax preparer.\n\nAnsah's lawyer, Gideon Falkenrath, said his client was "a small-business woman who made mistakes, not a criminal."\n\n"She will plead not guilty on Monday, and we look forward to trial," Falkenrath said.''',
     "She will plead", "Gideon Falkenrath", "cut_first_word_lawyer_after_partial_quote"),
    # 76
    ('''Tenants of a 60-unit apartment building on Carver Street spent a third night without heat on Tuesday as temperatures dropped into the teens.\n\nThe building's superintendent, Mr. Adeyinka, said he had warned the owner about the boiler twice in writing since October.\n\n"I told them it would not last the winter. I have the letters to prove it," Mr. Adeyinka said.''',
     "I told them it", "Adeyinka", "surname_only_mr_superintendent"),
    # 77
    ('''The Eastvale school board voted 5-2 on Monday night to close four elementary schools at the end of the year, a move Superintendent Harriet Moyo-Larsen said would save about $3.4 million.\n\nParents packed the meeting, and several shouted at board members as the vote was taken.\n\n"Nobody on this board wanted to do this," the schools chief said afterward. "But the money is simply not there."''',
     "But the money", "Harriet Moyo-Larsen", "role_synonym_schools_chief_second_half"),
    # 78
    ('''Skyreach Airlines canceled more than 300 flights Wednesday, its second day of disruptions, stranding thousands of travelers at its hub in Kessler City.\n\nSkyreach spokesman Dale Ferrante said mechanics were inspecting wiring bundles on 48 of the airline's older jets.\n\n"Safety is not something we negotiate about," the airline said in a statement. "We know this is frustrating for our customers."''',
     "Safety is not", "Skyreach Airlines", "airline_statement_after_named_spokesman"),
    # 79
    ('''Police say a man who called himself a "time traveler" was arrested Saturday after he tried to pay for a pizza with a 1902 silver certificate and then refused to leave the restaurant.\n\n"He was very polite about it. He just kept insisting the money was good," said Sgt. Consuelo Barraza of the Dunmore Flats Police Department. "We've had stranger nights, but not many."''',
     "He was very polite", "Consuelo Barraza", "sgt_name_after_first_half_of_split"),
    # 80
    ('''Arthur Penhallow and his wife have been married 70 years, longer than any other couple in Tamarack County, according to the county clerk's office.\n\nMr. Penhallow, 93, proposed on a Ferris wheel at the county fair in 1938. Mrs. Mildred Penhallow, 91, said she made him wait a week for an answer.\n\n"I wanted to see if he'd still be around," she said. "He was, and he still is."''',
     "I wanted to see", "Mildred Penhallow", "pronoun_she_mrs_after_mr_couple"),
]
