"""Two hundred made-up news passages in 20 forms, written blind (twenty-first set).

A mixed grid: ten forms (100 passages) in the style of UK and Irish local news (emergency
services, councils and utilities, schools, family tributes, social media posts, residents and
other groups, magistrates', crown, district and sheriff courts, inquests) and ten forms (100
passages) in the style of international wire and Wikinews-style copy (politics, courts,
disasters, science, sport, business and culture from many countries, with Spanish, Portuguese,
Arabic, Chinese, Korean, Vietnamese, Dutch, German, Irish and other names, particles and hyphens).

Written blind: the author read only the "What a row is" and "Columns" sections of
data/annotations/quotes_README.md, and the first 60 lines of tests/attribution_cases_20.py (its
module docstring and first cases, to copy the format). The author read none of the project's
source, other tests, benchmarks, notebooks or READMEs, and did not run the attribution tool.

It was run once when it arrived: 0.810 (162 of 200) for the rules of the session it was written in, 0.805 (161)
for the code at that session's start (4fc56b1). General rules were then written from its misses (`the WHO said` is
the World Health Organization, not the word `who`; a `her` after the person a sentence opens with is hers,
`Bridget Cullen ... met her husband`; `Tigist` is a given name, not a job in `-ist`; `More than 1,200 migrants`
opens with a number; `X, the country's maritime rescue service,` is a body; `the office` is `The Office of the
Prosecutor General`; `the authority` is a council named before; `she replied` after `X asked the health minister, Dr Y, why`
is Y's; `De la Fuente` written out in full), each with a made-up test: 0.85 (170). The rest are listed in ``KNOWN_MISSES_21`` in ``test_attribution_cases.py``.

Every person, firm, shop, pub, club, charity and school in these passages is invented, as are
some places and competitions. Real public bodies (governments and their agencies, police forces,
fire, ambulance and coastguard services, councils, utilities, courts, UN agencies, newspapers
and broadcasters) appear only as bodies.

CASES is a list of 200 tuples (text, opening_words, speaker, form):

- text: a passage of 1-4 short paragraphs separated by "\\n\\n".
- opening_words: the first three words of the quotation under test, exactly as they appear
  right after its opening mark (" or \u201c). They occur exactly once in text.
- speaker: the answer key for that quotation, following the README convention: canonical full
  name (titles and ranks such as Mr, Dr, Cllr, PC, Det Con, Judge, Sheriff, Maître dropped;
  pronouns, surname-only mentions and descriptive anaphors resolved); unnamed people get a short
  description with the body first ("Gwent Police spokesman", "neighbour", "Liam Carter's
  family"); a body that speaks, or whose document is quoted, gets its name at its fullest in the
  passage; "" when nobody can be identified.
- form: snake_case label of the kind of story and attribution (20 forms x 10 passages).

Other quotations may appear in a passage; only the one starting with opening_words is tested.
For a quotation that runs over several paragraphs, the tested part may be a continuation
paragraph; its speaker is the speaker of the whole quotation.
"""

CASES = [
# ---------------------------------------------------------------- pronoun_after_two_named
('''A café owner in Kendal says she has been left with a £4,000 repair bill after a delivery lorry reversed into her shopfront.

Rachel Okafor, who has run the Beck Street Pantry for six years, was at the counter when the lorry struck. Her neighbour, barber Tom Ellery, ran outside to help.

"The whole window just came in on top of the cake stand, and I honestly thought the ceiling was going to follow," she said.

The haulage firm has been contacted for comment.''',
 "The whole window", "Rachel Okafor", "pronoun_after_two_named"),

('''Plans for a skate park in Portlaoise have been given the go-ahead after a three-year campaign.

Local mother Siobhán Keady started the petition in 2021, and youth worker Declan Furlong later took the proposal to Laois County Council.

"There has been nowhere for teenagers in this town to go, and now there will be," he said.

Work is expected to start in the spring.''',
 "There has been", "Declan Furlong", "pronoun_after_two_named"),

('''Two volunteers at a Gateshead food bank have been recognised in the King's Birthday Honours.

Margaret Liddle, 74, and her colleague Samuel Boateng, 29, have between them given more than 5,000 hours to the Felling Community Larder.

Mrs Liddle said she "nearly fell off her chair" when the letter arrived.

"I only started going in to sort tins after my wife died, and it gave me a reason to get up in the morning," he said.''',
 "I only started", "Samuel Boateng", "pronoun_after_two_named"),

('''A Derry teenager has been offered a place at a London music conservatoire after teaching herself the cello from online videos.

Her grandfather, retired bus driver Eamon McCloskey, bought the instrument at a car boot sale in 2019. Granddaughter Niamh McCloskey-Hume, now 17, practised for up to five hours a day.

“Granda thought it would end up in the attic within a month, so I suppose I wanted to prove him wrong,” she said.''',
 "Granda thought it", "Niamh McCloskey-Hume", "pronoun_after_two_named"),

('''A Lincolnshire farmer has been fined after sheep from his flock were found wandering on the A15 near Sleaford.

Gary Pinchbeck, 58, told magistrates the animals escaped through a fence damaged in a storm. Council animal health officer Leanne Worrall said it was the third time in a year the flock had been found on the road.

"I have spent thousands on new fencing since then and I will not let it happen again," he said.''',
 "I have spent", "Gary Pinchbeck", "pronoun_after_two_named"),

('''A swimming club in Swansea has been forced to cancel lessons for 300 children after the pool it hires was closed for urgent repairs.

Head coach Bethan Prydderch said the club had been given 48 hours' notice. Club chairman Alun Roderick has written to the leisure trust asking for a timetable.

“We have waiting lists as long as your arm and now nobody can swim at all, which is heartbreaking for the kids,” she said.''',
 "We have waiting", "Bethan Prydderch", "pronoun_after_two_named"),

('''Mourners lined the streets of Ballina on Saturday for the funeral of a well-known fishing guide.

Padraig Gallagher, 66, died suddenly last week. His daughter Clodagh and his best friend, boatman Michael Tuohy, carried the coffin with four other men.

"Padraig knew every pool on the Moy and he would give his last fly to a stranger," he said at the graveside.''',
 "Padraig knew every", "Michael Tuohy", "pronoun_after_two_named"),

('''A primary school in Luton has been rated outstanding by Ofsted for the first time in its history.

Headteacher Farah Qureshi and chair of governors Colin Tapp were told of the result on Thursday.

"Every member of staff has worked incredibly hard for this and I could not be prouder of them or of our pupils," said Mrs Qureshi. Mr Tapp added that governors would celebrate with a staff meal.

"It is a huge achievement for a school where more than 40 languages are spoken," she said.''',
 "It is a", "Farah Qureshi", "pronoun_after_two_named"),

('''A Cornish lifeboat crew rescued a father and son whose dinghy capsized off Porthleven on Sunday afternoon.

Helm Jenna Tregarthen and crew member Oliver Penrose reached the pair within 12 minutes of the call.

“They had done everything right, they were wearing lifejackets and they stayed with the boat, and that is why they are alive,” she said.''',
 "They had done", "Jenna Tregarthen", "pronoun_after_two_named"),

('''A couple from Wexford have celebrated their 70th wedding anniversary with a party at the hotel where they held their reception in 1955.

Bridget Cullen, 92, met her husband, Seamus Cullen, 94, at a dance in Enniscorthy.

"She was the best dancer in the hall and I had two left feet, but she gave me a chance anyway," he said.''',
 "She was the", "Seamus Cullen", "pronoun_after_two_named"),

# ---------------------------------------------------------------- split_quote_attribution
('''Residents of a Dundee tower block have been without hot water for nine days.

"We are boiling kettles to wash the kids," said Lorraine Bett, who lives on the 14th floor of Lansdowne Court. "It is like going back 60 years."

Dundee City Council said engineers were waiting for a replacement part.''',
 "It is like", "Lorraine Bett", "split_quote_attribution"),

('''A Sligo bakery has won a national award for its brown soda bread.

"My grandmother's recipe has not changed in 80 years," owner Cathal Brennock said, "and I would not dare change it now."

The Brennock Bakehouse beat 140 entries to take the top prize.''',
 "My grandmother's recipe", "Cathal Brennock", "split_quote_attribution"),

('''A Norwich charity shop has been flooded with donations after appealing for winter coats.

"We asked for 50 and we have had more than 600," manager Patience Adeyemi-Clarke said. "People in this city have been so generous, and every coat will go to someone who needs it."''',
 "People in this", "Patience Adeyemi-Clarke", "split_quote_attribution"),

('''Parents have criticised a decision to scrap the school bus between Llanidloes and Newtown.

Powys County Council said the route was no longer viable. But mother-of-three Ffion Beddoes disagreed.

"They are telling me my 11-year-old should walk three miles along a road with no pavement," she said. "Would any councillor let their own child do that?"

Councillor Huw Parry-Evans said he would raise the matter at the next cabinet meeting.''',
 "They are telling", "Ffion Beddoes", "split_quote_attribution"),

('''A white-tailed eagle has been spotted over Loch Lomond for the first time in more than a century.

"I nearly dropped my binoculars," said birdwatcher Iain MacPhail, who took the photograph from Balmaha. "You wait your whole life to see something like that."

The RSPB said the bird was probably a young male from a reintroduction project.''',
 "You wait your", "Iain MacPhail", "split_quote_attribution"),

('''Staff at a Leicester supermarket have raised £12,000 for a colleague's cancer treatment.

“When we heard what Janet was going through, there was no question about it,” said store manager Rajesh Mistry. “Everybody wanted to help in some way, from the night shift to the bakery.”

Janet Foulds, 52, has worked at the store for 23 years.''',
 "Everybody wanted to", "Rajesh Mistry", "split_quote_attribution"),

('''“It has been the hardest year of my life,” said the Carlow hurler who has spent 12 months recovering from a cruciate ligament injury. “But I am back now and I am not going anywhere.”

Shane Kinsella, 24, missed the whole of last season.''',
 "But I am", "Shane Kinsella", "split_quote_attribution"),

('''Police in Bradford are appealing for witnesses after a taxi driver was assaulted in Manningham.

“He had done nothing wrong except do his job,” said Detective Sergeant Amina Rashid of West Yorkshire Police. “We want anyone with dashcam footage to come forward.”''',
 "We want anyone", "Amina Rashid", "split_quote_attribution"),

('''A Galway man who found a wallet containing €1,200 on a bus has been praised for handing it in.

“I didn’t even think about it,” said Colm Ó Fátharta, a student at the University of Galway. “It’s somebody’s rent money, you know?”

The owner, a pensioner from Oranmore, has since been reunited with it.''',
 "I didn’t even", "Colm Ó Fátharta", "split_quote_attribution"),

('''A hairdresser in Cork city has closed her salon after 31 years, blaming rising energy costs.

“Our electricity bill went from €900 a month to nearly €3,000,” Deirdre Hegarty told the Echo. “There is only so long you can keep going like that.”''',
 "There is only", "Deirdre Hegarty", "split_quote_attribution"),

# ---------------------------------------------------------------- quote_opens_story
('''"I heard a bang and then the whole kitchen filled with smoke."

That is how Kayleigh Dunmore, 31, described the moment a tumble dryer caught fire at her home in Rotherham on Tuesday night.

South Yorkshire Fire and Rescue said the fire was caused by a build-up of lint.''',
 "I heard a", "Kayleigh Dunmore", "quote_opens_story"),

('''“We are not going to let this beat us.”

Those were the words of Portadown allotment society chairman Victor Greer after vandals destroyed 20 greenhouses on Sunday night.

The PSNI is investigating.''',
 "We are not", "Victor Greer", "quote_opens_story"),

('''"It feels like the heart has been ripped out of the village."

So says pensioner Audrey Chilcott, 81, after news that the last bank branch in Much Wenlock will close in March. She said she would now have to take two buses to reach a cash machine.''',
 "It feels like", "Audrey Chilcott", "quote_opens_story"),

('''“Nobody should have to wait eleven hours for an ambulance.”

The daughter of a 92-year-old woman who lay on her kitchen floor in Ipswich with a broken hip has called for answers from the East of England Ambulance Service.

Sandra Pyke said her mother, Ivy, was “in agony” throughout the wait.''',
 "Nobody should have", "Sandra Pyke", "quote_opens_story"),

('''"This is the best day of my life."

Eight-year-old Alfie Brannigan from Newry was speaking after meeting his football heroes at a Northern Ireland squad training session in Belfast.''',
 "This is the", "Alfie Brannigan", "quote_opens_story"),

('''“We just want Connor home for Christmas.”

The family of a Bolton man missing for three weeks have made a fresh appeal for information. Connor Ashworth, 27, was last seen leaving a pub in the town centre on 2 December.''',
 "We just want", "Connor Ashworth's family", "quote_opens_story"),

('''"I have never seen so much water come down so fast."

Farmer Hywel Pugh, whose land near Machynlleth was flooded for the second time this year, said he lost 40 lambs in the storm.''',
 "I have never", "Hywel Pugh", "quote_opens_story"),

('''“It was like something out of a film.”

That was the verdict of one shopper who watched as a man abseiled down the front of a Galway shopping centre on Saturday dressed as Santa Claus.

The stunt raised €8,000 for the Galway Hospice.''',
 "It was like", "shopper", "quote_opens_story"),

('''"Our members are exhausted and they have had enough."

The warning came from Unite regional officer Darren Kilbride as refuse workers in Coventry prepared to begin a two-week strike on Monday.''',
 "Our members are", "Darren Kilbride", "quote_opens_story"),

('''“Kindness costs nothing, and she showed that every single day.”

The tribute was paid by the husband of a Limerick lollipop lady who died suddenly at the weekend. Geraldine Moloney, 63, had helped children cross the road outside Scoil Íde for 22 years.

Her husband, Tadhg Moloney, said the outpouring of support had been overwhelming.''',
 "Kindness costs nothing,", "Tadhg Moloney", "quote_opens_story"),

# ---------------------------------------------------------------- multi_paragraph_continuation
('''The owner of a Whitby fish and chip shop has hit back at online critics after increasing the price of a cod supper to £14.

Gareth Lowther, who runs The Harbour Fryer, said: "People think we are making a fortune but the price of fish has nearly doubled in two years.

"On top of that the oil, the potatoes and the electricity have all gone up, and I still have eleven staff to pay.

"I would rather be honest with customers than cut the size of the portions."''',
 "On top of", "Gareth Lowther", "multi_paragraph_continuation"),

('''A headteacher in Omagh has written to parents warning that the school may have to cut its music provision.

In the letter, Mrs Patricia Devlin said: “We have done everything we can to protect the subjects our pupils love.

“However, our budget has been frozen for a third year and difficult decisions can no longer be avoided.

“I would encourage any parent with concerns to contact their MLA.”''',
 "However, our budget", "Patricia Devlin", "multi_paragraph_continuation"),

('''Firefighters were called to a barn fire near Market Harborough in the early hours of Wednesday.

Station manager Keith Armitage of Leicestershire Fire and Rescue Service said: "Crews worked through the night in difficult conditions to stop the fire spreading to a neighbouring farmhouse.

"Around 200 tonnes of hay were lost but no animals were hurt.

"We would remind farmers to store hay away from buildings wherever possible."''',
 "Around 200 tonnes", "Keith Armitage", "multi_paragraph_continuation"),

('''A Kilkenny GAA club has unveiled plans for a new all-weather pitch.

Club chairperson Róisín Dalton said: “This has been a dream of ours for more than a decade.

“We have 600 juvenile members and for half of the winter they have nowhere to train.

“With the support of the community, we believe we can raise the money within two years.”''',
 "With the support", "Róisín Dalton", "multi_paragraph_continuation"),

('''Volunteers have spent the weekend clearing litter from a stretch of beach at Prestatyn.

Organiser Dilys Hughes said: "We collected 87 bags in six hours, which is astonishing for such a short stretch of sand.

"Most of it was plastic bottles and wet wipes, which tells you something about what is coming out of the sewers.

"I want to thank everyone who turned up, especially the children."''',
 "Most of it", "Dilys Hughes", "multi_paragraph_continuation"),

('''A Peterborough man who lost 12 stone has completed his first marathon.

Marcus Oyelaran, 39, weighed 29 stone three years ago. After crossing the line in London he said: “When I started I could not walk to the end of my street without stopping.

“My daughter was the reason I kept going. She would write me little notes and leave them in my trainers.

“If I can do it, anyone can.”''',
 "My daughter was", "Marcus Oyelaran", "multi_paragraph_continuation"),

('''A Belfast community theatre group has been told it must leave the church hall it has used for 40 years.

In a statement, the Grove Players said: "We are devastated by this decision, which we learned about through a notice pinned to the door.

"The hall has been our home since 1984 and generations of local children have performed on its stage.

"We are asking the parish to meet us and discuss whether there is any way forward."''',
 "The hall has", "Grove Players", "multi_paragraph_continuation"),

('''Gardaí have renewed an appeal for information on the fifth anniversary of the disappearance of a Longford woman.

Speaking at a press conference, Detective Inspector Ruairí Nagle said: “Five years on, Lisa Conway’s family are still waiting for answers.

“We believe there are people in the community who know what happened to Lisa and who have not yet come forward.

“Any information can be given in the strictest confidence.”''',
 "We believe there", "Ruairí Nagle", "multi_paragraph_continuation"),

('''A Stoke-on-Trent pottery that has been making teapots since 1897 is to close with the loss of 38 jobs.

Managing director Hilary Bagnall said: "This is the saddest day of my working life.

"We have tried everything, from new designs to selling online, but the cost of firing the kilns has simply become impossible.

"To every member of staff, I am truly sorry."''',
 "We have tried", "Hilary Bagnall", "multi_paragraph_continuation"),

('''Parents in Carmarthen say a new crossing outside Ysgol y Dderwen is needed before a child is killed.

One father, Rhodri Jenkins, told a public meeting: "I watch cars come round that bend at 50 miles an hour every single morning.

"My son is seven. He should be able to walk to school without me holding my breath.

"How many near misses does it take?"''',
 "My son is", "Rhodri Jenkins", "multi_paragraph_continuation"),

# ---------------------------------------------------------------- emergency_service_spokesperson
('''A man has been taken to hospital after being hit by a car in Chelmsford town centre.

A spokesman for Essex Police said: "Officers were called to Moulsham Street at around 11.20pm on Friday. The man's injuries are not thought to be life-threatening."''',
 "Officers were called", "Essex Police spokesman", "emergency_service_spokesperson"),

('''Two people have been arrested after a stolen van was driven through a shop window in Swindon.

“Both remain in custody and inquiries are ongoing,” said a spokeswoman for Wiltshire Police.''',
 "Both remain in", "Wiltshire Police spokeswoman", "emergency_service_spokesperson"),

('''A woman in her 40s has died after a two-car crash on the N17 near Tuam.

A Garda spokesperson confirmed that the driver of the second car, a man in his 20s, was taken to University Hospital Galway.

“The road remains closed and local diversions are in place,” the spokesperson said.''',
 "The road remains", "Garda spokesperson", "emergency_service_spokesperson"),

('''Crews from four stations were sent to a fire at a recycling centre in Wrexham on Monday.

A North Wales Fire and Rescue Service spokesperson said: "The fire involved around 50 tonnes of mixed waste. Residents nearby are advised to keep windows and doors closed."''',
 "The fire involved", "North Wales Fire and Rescue Service spokesperson", "emergency_service_spokesperson"),

('''A motorcyclist has been airlifted to hospital after a crash on the A39 near Bideford.

“We sent an air ambulance, a rapid response vehicle and an ambulance to the scene,” a South Western Ambulance Service spokesman said. “One patient was flown to Derriford Hospital.”''',
 "We sent an", "South Western Ambulance Service spokesman", "emergency_service_spokesperson"),

('''Police in Lurgan are investigating after a car was set alight outside a house in the early hours of Sunday.

A PSNI spokeswoman said: “This was a reckless act which could easily have spread to the home, where a family of five were asleep. We are treating it as arson.”''',
 "This was a", "PSNI spokeswoman", "emergency_service_spokesperson"),

('''A 15-year-old boy has been charged after a disturbance at a bus station in Kilmarnock.

Police Scotland said the boy was due to appear before the Children's Reporter. A spokesman added: "Extra patrols will be in the area over the weekend to reassure the public."''',
 "Extra patrols will", "Police Scotland spokesman", "emergency_service_spokesperson"),

('''Two walkers were rescued after being cut off by the tide at Sandy Haven in Pembrokeshire.

A spokeswoman for HM Coastguard said: “Please check tide times before setting out and carry a means of calling for help.”''',
 "Please check tide", "HM Coastguard spokeswoman", "emergency_service_spokesperson"),

('''Scotland Yard has appealed for help to find a 14-year-old girl missing from her home in Lewisham.

"We are increasingly concerned for her welfare and urge anyone who has seen her to call 101," a Metropolitan Police spokesman said.''',
 "We are increasingly", "Metropolitan Police spokesman", "emergency_service_spokesperson"),

('''Trains between Derby and Nottingham were delayed for more than two hours after a person was hit by a train near Long Eaton.

A British Transport Police spokeswoman said: “Officers were called shortly after 7am. The death is not being treated as suspicious.”

East Midlands Railway apologised to passengers.''',
 "Officers were called", "British Transport Police spokeswoman", "emergency_service_spokesperson"),

# ---------------------------------------------------------------- local_body_statement
('''Bins in parts of Bristol have not been collected for a fortnight, residents say.

Bristol City Council said: "We apologise to residents affected. A shortage of drivers has affected some rounds and we expect to catch up by the end of the week."''',
 "We apologise to", "Bristol City Council", "local_body_statement"),

('''Plans for 140 homes on the edge of Naas have been refused.

In its decision, Kildare County Council said: “The proposed development would seriously injure the amenities of the area and would be contrary to the proper planning of the town.”''',
 "The proposed development", "Kildare County Council", "local_body_statement"),

('''A popular footpath along the River Wear will stay closed until the summer after a landslip.

"Safety has to come first and we are working with engineers to reopen the path as soon as possible," the council said.

Durham County Council closed the route in November.''',
 "Safety has to", "Durham County Council", "local_body_statement"),

('''Households in parts of Tunbridge Wells were left without drinking water for a second day.

South East Water said in a statement: “We know how difficult this is and we are sorry. Bottled water stations are open at three locations in the town.”''',
 "We know how", "South East Water", "local_body_statement"),

('''A boil water notice affecting 9,000 people in Co Roscommon has been lifted.

Uisce Éireann said: "We would like to thank customers for their patience while the notice was in place."''',
 "We would like", "Uisce Éireann", "local_body_statement"),

('''Tenants of a block of flats in Plymouth have complained of black mould in their bedrooms.

Their landlord, Tamar Vale Homes, said: “We take damp and mould extremely seriously and have arranged inspections of every flat in the block this month.”''',
 "We take damp", "Tamar Vale Homes", "local_body_statement"),

('''A GP surgery in Aberdare is to close, leaving 4,200 patients to register elsewhere.

Cwm Taf Morgannwg University Health Board said the practice's partners had handed back their contract.

"No patient will be left without access to a GP and letters explaining the next steps will be sent out this week," the health board said.''',
 "No patient will", "Cwm Taf Morgannwg University Health Board", "local_body_statement"),

('''Bus services in west Belfast were withdrawn on Tuesday evening after a vehicle was attacked with stones.

“The safety of our staff and passengers is our priority,” Translink said. “Services will resume when it is safe to do so.”''',
 "Services will resume", "Translink", "local_body_statement"),

('''A primary school in Fermanagh has been closed for the rest of the week after a heating failure.

The Education Authority said: "Engineers are on site and we hope to have the school open again on Monday."''',
 "Engineers are on", "Education Authority", "local_body_statement"),

('''Sheffield City Council has apologised after hundreds of parking fines were issued in error on a street where restrictions had been lifted.

"All of the fines will be cancelled and anyone who has already paid will be refunded in full," the authority said.''',
 "All of the", "Sheffield City Council", "local_body_statement"),

# ---------------------------------------------------------------- family_tribute
('''The family of a 19-year-old man who died after a crash in County Tyrone have paid tribute to him.

Ciarán Mallon, from Coalisland, died at the scene on Saturday night.

In a statement, his family said: “Ciarán was the life and soul of every room he walked into. We are heartbroken.”''',
 "Ciarán was the", "Ciarán Mallon's family", "family_tribute"),

('''Tributes have been paid to a grandmother who died in a house fire in Huddersfield.

Doreen Haigh, 84, was found by firefighters at her home in Lindley on Wednesday morning.

"Nana was the kindest woman you could ever meet, and she adored her great-grandchildren," her granddaughter Kirsty Wade said.''',
 "Nana was the", "Kirsty Wade", "family_tribute"),

('''A man who died after being hit by a lorry in Newport has been named as Dafydd Rowley, 45.

His family described him as "a gentle giant" and said: "Dafydd would do anything for anybody. The world feels a lot emptier without him."''',
 "Dafydd would do", "Dafydd Rowley's family", "family_tribute"),

('''The parents of a Waterford teenager who died in a swimming accident have thanked the emergency services.

Aoife Power, 16, got into difficulty at Tramore on Sunday.

In a statement issued through gardaí, her parents said: "We will never be able to thank the lifeguards and the coastguard enough for everything they did to try to save our beautiful girl."''',
 "We will never", "Aoife Power's parents", "family_tribute"),

('''A former rugby player who coached youngsters in Llanelli for 30 years has died aged 71.

Gwyn Rees-Morgan played more than 100 games for Cefncaeau Athletic before taking charge of its junior section.

His widow, Menna Rees-Morgan, said: “Gwyn gave his whole life to that club. There are men in their forties in this town who learned to tackle because of him.”''',
 "Gwyn gave his", "Menna Rees-Morgan", "family_tribute"),

('''Police have named a woman who died after a crash on the M62 near Goole as Stacey Lumb, 34, from Hull.

Her family said in a statement released through Humberside Police: "Stacey was a devoted mum to her two boys and a wonderful daughter and sister. We ask for privacy at this terrible time."''',
 "Stacey was a", "Stacey Lumb's family", "family_tribute"),

('''A Donegal fisherman lost at sea off Arranmore has been described by his brother as "a man who knew the ocean better than anyone".

Joe Boyle, 58, was reported missing on Tuesday after his boat failed to return.

His brother Francie Boyle said: “Joe went out in all weathers for 40 years. We still cannot believe this has happened.”''',
 "Joe went out", "Francie Boyle", "family_tribute"),

('''The family of a retired GP who was killed while cycling near Stratford-upon-Avon have said he "died doing what he loved".

Dr Anil Chaudhry, 68, was struck by a car on the B4632 on Sunday.

"He was a devoted husband, father and grandfather, and a doctor who never stopped caring for his patients," his family said.''',
 "He was a", "Anil Chaudhry's family", "family_tribute"),

('''Friends of a Cork student who died in a fall in Lisbon have set up a fund in her memory.

Éabha Ní Riain, 21, was in her final year at University College Cork.

Her best friend, Laura Creedon, said: “Éabha had this huge laugh that you could hear from the other end of the library. We want something good to come from this.”''',
 "Éabha had this", "Laura Creedon", "family_tribute"),

('''A mother whose son was stabbed to death in Salford has urged young people to put down their knives.

Michelle Oduya's son Tyrell, 17, died in March. She spoke outside Manchester Crown Court after two teenagers were convicted of his murder.

“No other mother should have to bury her child like I have,” she said. “Knives do not make you safe.”''',
 "Knives do not", "Michelle Oduya", "family_tribute"),

# ---------------------------------------------------------------- social_media_post
('''A Blackpool café has apologised after a chalkboard outside joked about the Illuminations being switched off for good.

Sal's Kitchen wrote on its Facebook page: "We got this one badly wrong and we apologise to anyone who was offended. The sign has been wiped clean."''',
 "We got this", "Sal's Kitchen", "social_media_post"),

('''A councillor has been criticised after posting about potholes while driving.

Cllr Derek Ormsby, who represents Kingswood on South Gloucestershire Council, posted on X: "Just hit another crater on the A420. Somebody at the council needs to wake up."

He later deleted the post.''',
 "Just hit another", "Derek Ormsby", "social_media_post"),

('''A Dublin influencer has been praised for speaking about her experience of endometriosis.

Sorcha Ní Mhurchú, who has 80,000 followers, wrote on Instagram: “It took eleven years and six doctors before anyone believed me. If you are in pain, keep pushing for answers.”''',
 "It took eleven", "Sorcha Ní Mhurchú", "social_media_post"),

('''A non-league football club in Essex has parted company with its manager after a run of nine defeats.

A statement on the Heybridge Marsh FC website read: "The club thanks Lee Fordham for his efforts over the past two seasons and wishes him well for the future."''',
 "The club thanks", "Heybridge Marsh FC", "social_media_post"),

('''Officers in Aberystwyth have issued a warning after several bikes were stolen from the university campus.

Dyfed-Powys Police posted on Facebook: "Please use a D-lock and register your bike. Thieves are targeting cheap cable locks."''',
 "Please use a", "Dyfed-Powys Police", "social_media_post"),

('''Commuters on the Calder Valley line faced another morning of cancellations on Monday.

Hannah Greatorex, the MP for Calder Brook, wrote on X: “Another week, another train cancelled. My constituents deserve better than this.”''',
 "Another week, another", "Hannah Greatorex", "social_media_post"),

('''A farm shop near Ludlow says it will stop selling eggs after thieves raided its honesty box for the fourth time.

The owner wrote on Facebook: “We trusted people and people let us down. It is sad but we cannot keep losing money like this.”

The shop, Clee View Farm, has been selling eggs at the roadside for 20 years.''',
 "We trusted people", "Clee View Farm owner", "social_media_post"),

('''The Met Office has issued an amber warning for snow across the Highlands.

In a post on X, the forecaster said: "Travel delays are likely, with some rural communities possibly cut off for several days."''',
 "Travel delays are", "Met Office", "social_media_post"),

('''A Leeds paramedic who was attacked while treating a patient has spoken out on social media.

Jess Carrington wrote on Facebook that she had been punched in the face on a night shift. The 28-year-old added: "I go to work to help people. I should not have to go to work expecting to be hurt."''',
 "I go to", "Jess Carrington", "social_media_post"),

('''A fundraiser set up for a Drogheda family whose home was destroyed by fire has passed €40,000.

On the fundraising page, organiser Fiona Tallon wrote: "The Reillys lost everything in the space of ten minutes. Every cent raised will go directly to the family."''',
 "The Reillys lost", "Fiona Tallon", "social_media_post"),

# ---------------------------------------------------------------- residents_and_groups
('''Residents of a street in Gloucester say they are living in fear after a spate of car break-ins.

"We have had six cars done in a month and nobody seems to care," one resident said.''',
 "We have had", "resident", "residents_and_groups"),

('''Dozens of people gathered outside Ennis Hospital on Saturday to protest against plans to downgrade its services.

Protesters said: “We were promised this hospital would never lose its emergency services. We will not go quietly.”''',
 "We were promised", "protesters", "residents_and_groups"),

('''Parents at a Swindon primary school have criticised a decision to cancel the summer sports day.

"The children have been looking forward to it all year and the school told us by text message the night before," one mother said.''',
 "The children have", "mother", "residents_and_groups"),

('''Traders in Carlisle city centre say roadworks have cut their takings by half.

“Footfall has fallen off a cliff since the barriers went up,” said one shopkeeper on English Street. Another said he was considering closing his business.''',
 "Footfall has fallen", "shopkeeper", "residents_and_groups"),

('''Residents living near a quarry in County Meath say blasting is cracking the walls of their homes.

In a letter to the quarry's owners, the residents said: "We have lived here for generations and we are not against local jobs, but our homes are being damaged."''',
 "We have lived", "residents", "residents_and_groups"),

('''A Middlesbrough man has been praised for rescuing an 88-year-old woman from a house fire.

"I could hear her shouting so I kicked the back door in and carried her out," said the man, a neighbour who asked not to be named.''',
 "I could hear", "neighbour", "residents_and_groups"),

('''Students at a Belfast university have staged a sit-in over the cost of campus accommodation.

One student, who is from Strabane, said: “I am paying £160 a week for a room with mould on the ceiling. I work two jobs just to stay here.”''',
 "I am paying", "student", "residents_and_groups"),

('''Volunteers who run a community library in Tralee have been told the building will be sold.

“We have put ten years of our lives into this place,” one volunteer said. “The children who come here on a Saturday have nowhere else like it.”''',
 "The children who", "volunteer", "residents_and_groups"),

('''Bus drivers in Bristol have voted to accept a new pay offer, ending a dispute that led to six days of strikes.

Drivers leaving the meeting said they were relieved. "Nobody wanted to strike and we are glad it is over," said one driver, who has worked for the company for 22 years.''',
 "Nobody wanted to", "driver", "residents_and_groups"),

('''Supporters of a Lancashire non-league club have raised £30,000 in a week to save it from going bust.

"This club is the heart of the town and we were not going to let it die," said one fan at the ground on Saturday.''',
 "This club is", "fan", "residents_and_groups"),

# ---------------------------------------------------------------- local_court_report
('''A Carlisle man who headbutted a bouncer outside a nightclub has been given a suspended sentence.

Kyle Routledge, 24, admitted assault at Carlisle Crown Court.

Prosecutor Rachel Hewson said the doorman suffered a broken nose. Defending, Simon Barraclough said his client had been drinking heavily after a family bereavement.

Judge Nicholas Fenwick told Routledge: "Door staff are there to keep people safe and they are entitled to do their jobs without being attacked."''',
 "Door staff are", "Nicholas Fenwick", "local_court_report"),

('''A woman who stole £48,000 from a Cheltenham charity where she worked as treasurer has been jailed.

Sentencing Caroline Pettifer, 52, at Gloucester Crown Court, Recorder Anthony Blakemore said: "You betrayed the trust of people who gave their time freely to help others."''',
 "You betrayed the", "Anthony Blakemore", "local_court_report"),

('''A Castlebar man who drove at 160km/h on the N5 has been banned from driving for four years.

At Castlebar District Court, Judge Orla Kenneally heard that the car was clocked by Garda Seán Hynes on a stretch with a 100km/h limit.

Solicitor for the accused, Brendan Lavelle, said his client was rushing to the hospital where his partner was in labour.

"That may explain it but it does not excuse it," Judge Kenneally said.''',
 "That may explain", "Orla Kenneally", "local_court_report"),

('''A Bristol landlord has been fined £30,000 for renting out a flat with no working fire alarms.

Prosecuting for Bristol City Council, Helen Marwood told the magistrates: "The tenants, including a baby, were living in a property that was a death trap."''',
 "The tenants, including", "Helen Marwood", "local_court_report"),

('''A former postman from Wigan who hoarded 3,000 undelivered letters in his loft has avoided jail.

Gavin Tickle, 41, admitted delaying mail.

His barrister, Priya Nandakumar, said: "Mr Tickle was struggling with depression and became overwhelmed. He is deeply ashamed of what he did."''',
 "Mr Tickle was", "Priya Nandakumar", "local_court_report"),

('''A man who burgled the home of a 90-year-old widow in Rochdale has been jailed for three years.

In a victim statement read to the court by the prosecutor, Edna Clegg said: “I no longer feel safe in the house I have lived in for 60 years. I sleep with the light on.”''',
 "I no longer", "Edna Clegg", "local_court_report"),

('''A Paisley man who threatened staff at a bookmaker's with a hammer has been jailed for 18 months.

Sheriff Gillian Mackenzie-Rowe told Dean Cairney, 33: "The staff in that shop were terrified. They thought they were going to be seriously hurt."''',
 "The staff in", "Gillian Mackenzie-Rowe", "local_court_report"),

('''An inquest has heard that a Scarborough fisherman drowned after becoming tangled in ropes and pulled overboard.

Tony Appleby, 49, had been fishing alone for crab off Filey Brigg.

Recording a conclusion of accidental death, coroner Jonathan Heald said: "Mr Appleby was an experienced fisherman and nothing could have been done to save him once he went overboard."''',
 "Mr Appleby was", "Jonathan Heald", "local_court_report"),

('''A Newcastle woman who set fire to her ex-partner's car has been ordered to do 200 hours of unpaid work.

Her Honour Judge Catherine Ridley said Leanne Forster, 29, had acted out of "spite and jealousy".

“You are fortunate that nobody was in the car or nearby when you set it alight,” the judge told her.''',
 "You are fortunate", "Catherine Ridley", "local_court_report"),

('''A Tallaght man who was found with €20,000 worth of cannabis has been given a three-year suspended sentence at Dublin Circuit Criminal Court.

Detective Garda Niall Costigan told the court: "The accused was fully cooperative and made admissions at the scene."

Defence counsel Aisling Moriarty-Byrne said her client had been paying off a drug debt.''',
 "The accused was", "Niall Costigan", "local_court_report"),

# ---------------------------------------------------------------- according_to
('''Floods in southern Brazil have forced more than 40,000 people from their homes, officials said on Sunday.

"The river rose four metres in less than a day, something we have never recorded before," according to Mariana Teixeira Lopes, a civil defence coordinator in the state of Rio Grande do Sul.''',
 "The river rose", "Mariana Teixeira Lopes", "according_to"),

('''A magnitude 6.1 earthquake struck off the coast of northern Chile late on Tuesday, according to the country's seismological centre.

“There are no immediate reports of damage, but a precautionary evacuation of the coastal strip is under way,” according to a statement from the National Disaster Prevention and Response Service.''',
 "There are no", "National Disaster Prevention and Response Service", "according_to"),

('''Shares in Dutch chipmaker Veldhoven Photonics fell 11 per cent in Amsterdam trading after it cut its annual forecast.

"Demand from our largest customers has softened more quickly than we anticipated," according to chief executive Joost van Wijngaarden, who was speaking on a call with analysts.''',
 "Demand from our", "Joost van Wijngaarden", "according_to"),

('''Talks on a ceasefire stalled on Thursday, according to diplomats in Doha.

“Both sides are still far apart on the question of prisoners,” according to one Western diplomat who asked not to be named.''',
 "Both sides are", "Western diplomat", "according_to"),

('''The number of tourists visiting Iceland fell by 8 per cent last year, according to figures published by the national statistics office.

"The volcanic eruptions on the Reykjanes peninsula clearly made some visitors nervous," according to Sigríður Hrafnsdóttir, an economist at the University of Iceland.''',
 "The volcanic eruptions", "Sigríður Hrafnsdóttir", "according_to"),

('''A bus carrying pilgrims overturned on a mountain road in northern Pakistan, killing at least 14 people, according to local officials.

“The driver lost control on a sharp bend and the bus fell into a ravine,” according to Imran Aziz Khattak, a senior rescue official in the district.''',
 "The driver lost", "Imran Aziz Khattak", "according_to"),

('''Savanna Air, Kenya's second-largest airline, cancelled 23 flights on Monday because of a strike by pilots, according to a spokeswoman for the carrier.

"We sincerely regret the inconvenience caused to our passengers and are working to rebook them," according to the spokeswoman.''',
 "We sincerely regret", "Savanna Air spokeswoman", "according_to"),

('''The wildfire in Portugal's Algarve region was brought under control early on Friday, according to the civil protection authority.

“Strong winds overnight made the work of the firefighters extremely difficult,” according to André de Sousa Matos, the regional commander.''',
 "Strong winds overnight", "André de Sousa Matos", "according_to"),

('''South Korean shipbuilder Hanbit Heavy Industries has won an order for six liquefied natural gas carriers worth $1.4bn.

Park Ji-hoon, the company's head of sales, said the order was the largest in its history. "We expect further orders from European buyers before the end of the year," according to Mr Park.''',
 "We expect further", "Park Ji-hoon", "according_to"),

('''At least 200 homes were damaged when a tornado struck the outskirts of Dhaka on Wednesday, according to officials.

"Most of the injured were hit by flying sheets of corrugated iron," according to Dr Nasreen Akhter Chowdhury, who is in charge of the emergency ward at the district hospital.''',
 "Most of the", "Nasreen Akhter Chowdhury", "according_to"),

# ---------------------------------------------------------------- told_reporters_or_outlet
('''Germany's economy minister said on Monday that the government would not bail out the troubled steelmaker Ruhrwerk Stahl.

"The state cannot be the insurer of last resort for every company that makes bad decisions," Minister Katrin Hollenbach told reporters in Berlin.''',
 "The state cannot", "Katrin Hollenbach", "told_reporters_or_outlet"),

('''A survivor of a ferry fire off the Indonesian island of Sulawesi has described jumping into the sea with her two children.

“I held them both and prayed, and after an hour a fishing boat found us,” Wulan Sari Dewi, 34, told the BBC.''',
 "I held them", "Wulan Sari Dewi", "told_reporters_or_outlet"),

('''The head of Argentina's central bank, Facundo Ibarra Quiroga, has predicted a sharp slowdown in price rises.

In an interview, he told Reuters: "Inflation will fall below 2 per cent a month by the middle of the year."''',
 "Inflation will fall", "Facundo Ibarra Quiroga", "told_reporters_or_outlet"),

('''Japan's prime minister has apologised after one of his cabinet ministers described earthquake survivors as "a burden".

Speaking to reporters at his official residence, Prime Minister Hideo Kanemura said: “The remarks were deeply inappropriate and I have asked the minister to explain himself.”''',
 "The remarks were", "Hideo Kanemura", "told_reporters_or_outlet"),

('''Hundreds of migrants were stranded at the border between Guatemala and Mexico on Saturday.

"We have been walking for 23 days and now they tell us we cannot pass," one Honduran man told AFP.''',
 "We have been", "Honduran man", "told_reporters_or_outlet"),

('''The mayor of the Italian seaside town of San Vito al Mare has banned tourists from sitting on the steps of its medieval church.

“The steps are not a picnic area,” Mayor Giuseppina Lo Russo told the newspaper Corriere della Sera.''',
 "The steps are", "Giuseppina Lo Russo", "told_reporters_or_outlet"),

('''Nigeria's football federation has sacked the national team coach after a 3-0 defeat in a World Cup qualifier.

Federation president Ibrahim Danjuma Bello announced the decision at a news conference in Abuja, with vice-president Chinedu Okeke beside him.

"The results have not been good enough and the fans deserve better," Bello told reporters.''',
 "The results have", "Ibrahim Danjuma Bello", "told_reporters_or_outlet"),

('''A Norwegian scientist who spent a year on a remote Arctic island studying polar bears says the animals are changing their diet.

"We saw bears eating seaweed and bird eggs, which was very unusual twenty years ago," Dr Ingrid Aasland-Berg told BBC News.''',
 "We saw bears", "Ingrid Aasland-Berg", "told_reporters_or_outlet"),

('''Police in Manila fired water cannon at protesters outside the Senate on Wednesday.

“We had no choice, they were trying to break through the barricades,” a police officer at the scene told journalists.''',
 "We had no", "police officer", "told_reporters_or_outlet"),

('''Aid agencies say food supplies in the Sudanese city of El Fasher are close to running out.

"People are eating animal feed because there is nothing else," Hawa Abdelrahman Ishaq, a nurse at one of the city's last functioning clinics, told Al Jazeera by phone.''',
 "People are eating", "Hawa Abdelrahman Ishaq", "told_reporters_or_outlet"),

# ---------------------------------------------------------------- agency_statement
('''The Philippine Coast Guard said on Tuesday that one of its vessels had been hit by a water cannon near Second Thomas Shoal.

"The dangerous manoeuvres put the lives of our crew at serious risk," the coast guard said in a statement.''',
 "The dangerous manoeuvres", "Philippine Coast Guard", "agency_statement"),

('''The Japan Meteorological Agency has warned of torrential rain in Kyushu over the next 48 hours.

“There is a high risk of landslides and flooding, and residents should follow evacuation orders immediately,” the agency said.''',
 "There is a", "Japan Meteorological Agency", "agency_statement"),

('''More than 1,200 migrants reached the Canary Islands over the weekend, Spanish authorities said.

Salvamento Marítimo, the country's maritime rescue service, said its crews had carried out 19 operations. "Many of the boats were overcrowded and several people needed urgent medical care on arrival," it said.''',
 "Many of the", "Salvamento Marítimo", "agency_statement"),

('''Jamaica's Ministry of Health and Wellness has confirmed three cases of dengue fever in the parish of St Catherine.

“Residents are urged to remove any containers where water can collect around their homes,” the ministry said.''',
 "Residents are urged", "Ministry of Health and Wellness", "agency_statement"),

('''The Kremlin said on Friday that it had not received any formal proposal for talks.

"We have seen the reports in the media, but nothing has been passed to us through official channels," the Kremlin said.''',
 "We have seen", "Kremlin", "agency_statement"),

('''The World Food Programme said it had been forced to halve rations for 1.2 million refugees in Bangladesh because of a funding shortfall.

“Without new funding, families who rely entirely on our assistance will go hungry,” the WFP said.''',
 "Without new funding,", "World Food Programme", "agency_statement"),

('''The Reserve Bank of New Zealand held its official cash rate at 4.25 per cent on Wednesday.

"Inflation remains within the target band but the committee stands ready to act if price pressures return," the bank said in a statement.''',
 "Inflation remains within", "Reserve Bank of New Zealand", "agency_statement"),

('''At least 31 people have died after landslides in West Java, Indonesia's National Disaster Mitigation Agency (BNPB) said on Monday.

“Search teams are still looking for 12 people believed to be buried under the mud,” the agency said.''',
 "Search teams are", "National Disaster Mitigation Agency", "agency_statement"),

('''The European Commission has opened an investigation into the takeover of Swedish payments firm Klarbet by a US rival.

"We need to make sure that this deal does not reduce choice for consumers and merchants across the single market," the Commission said.''',
 "We need to", "European Commission", "agency_statement"),

('''Brazil's environmental agency, Ibama, said it had fined a logging company 12 million reais for illegal clearing in the Amazon state of Pará.

“The area cleared is equivalent to 2,000 football pitches,” Ibama said.''',
 "The area cleared", "Ibama", "agency_statement"),

# ---------------------------------------------------------------- long_role_then_surname
('''Sea levels along the Dutch coast are rising faster than previously thought, a new study suggests.

Professor Heleen Dijkstra-Vermeer, director of the Institute for Delta Research in Utrecht and the study's lead author, said the findings were "sobering".

"We will need to raise our dikes sooner than the current plans assume," Dijkstra-Vermeer said.''',
 "We will need", "Heleen Dijkstra-Vermeer", "long_role_then_surname"),

('''The chief executive of Kenya's largest dairy cooperative, Samuel Kiprotich Rono, has warned that milk prices will rise.

Rono, who has led the Rift Valley Dairy Farmers Cooperative Union since 2019, blamed the drought. “Our members have lost a third of their herds in two years,” he said.''',
 "Our members have", "Samuel Kiprotich Rono", "long_role_then_surname"),

('''Ana Lucía Betancourt Ríos, the Colombian senator who chairs the upper house's committee on peace and post-conflict affairs, called for an inquiry into the killing of three social leaders in Cauca.

"The state has failed to protect people who were under threat," Betancourt said.''',
 "The state has", "Ana Lucía Betancourt Ríos", "long_role_then_surname"),

('''Mohammed bin Rashid Al-Mutairi, the Kuwaiti oil ministry's undersecretary for refining and petrochemicals, said the country would increase output next year.

“Our new refinery will reach full capacity by the second quarter,” Al-Mutairi told an energy conference in Abu Dhabi.''',
 "Our new refinery", "Mohammed bin Rashid Al-Mutairi", "long_role_then_surname"),

('''Liu Meiling, deputy director of the air quality monitoring centre of the Shanghai Municipal Bureau of Ecology and Environment, said pollution levels had fallen for a fifth straight year.

"The reduction in coal use around the city has made the biggest difference," Liu said.''',
 "The reduction in", "Liu Meiling", "long_role_then_surname"),

('''Tomasz Wiśniewski-Kowal, the Polish farmers' union leader who organised last month's tractor blockades of the border with Ukraine, said protests would resume.

“The government made promises in March and has kept none of them,” Wiśniewski-Kowal said at a rally in Lublin.''',
 "The government made", "Tomasz Wiśniewski-Kowal", "long_role_then_surname"),

('''Dr Amara Nwachukwu-Eze, a virologist at the Nigeria Centre for Disease Control and one of the authors of new Lassa fever guidelines, said early treatment was critical.

"Patients who receive antiviral treatment within six days of their symptoms starting have a much better chance of survival," Nwachukwu-Eze said.''',
 "Patients who receive", "Amara Nwachukwu-Eze", "long_role_then_surname"),

('''Kim Seo-yeon, the South Korean transport ministry's chief investigator for aviation accidents, said the flight data recorder had been recovered.

Her colleague Lee Dong-hyun said analysis would take several weeks. “The recorder is damaged, but we are confident the data can be retrieved,” Kim said.''',
 "The recorder is", "Kim Seo-yeon", "long_role_then_surname"),

('''Joaquín Echeverría Urquiza, president of the Basque employers' confederation and a former adviser to two Spanish prime ministers, said companies were struggling to find workers.

"We have 14,000 vacancies in the region that we simply cannot fill," Echeverría said.''',
 "We have 14,000", "Joaquín Echeverría Urquiza", "long_role_then_surname"),

('''Fatima Zahra El Idrissi, Morocco's secretary of state for handicrafts and the social economy, opened the fair in Marrakesh on Thursday.

El Idrissi said exports of handmade goods had risen by a fifth. “Our artisans are our ambassadors, and their work is in demand around the world,” she said.''',
 "Our artisans are", "Fatima Zahra El Idrissi", "long_role_then_surname"),

# ---------------------------------------------------------------- later_description_anaphor
('''Australian swimmer Jessica Thornbury has announced her retirement after winning seven Olympic medals.

"I have given everything to this sport and it is time to give something back to my family," the 31-year-old said.''',
 "I have given", "Jessica Thornbury", "later_description_anaphor"),

('''Canada's Minister of Natural Resources, Pierre-Luc Gagnon-Tremblay, announced new funding for critical minerals on Monday.

“This is about making sure the batteries of the future are made here,” the minister said.''',
 "This is about", "Pierre-Luc Gagnon-Tremblay", "later_description_anaphor"),

('''Ethiopian runner Tigist Alemayehu Bekele broke the course record at the Valencia Marathon on Sunday.

"I did not expect to run this fast because the wind was very strong," the 24-year-old told reporters.''',
 "I did not", "Tigist Alemayehu Bekele", "later_description_anaphor"),

('''A court in Stockholm has convicted a former bank executive, Magnus Ekholm, of fraud. His co-defendant, accountant Liv Sandqvist, was acquitted.

Outside court, the 58-year-old banker said: “I will appeal this decision because I have done nothing wrong.”''',
 "I will appeal", "Magnus Ekholm", "later_description_anaphor"),

('''French chef Amélie Rousseau-Daniel has become the first woman to win three Michelin stars for a restaurant in Lyon.

"My mother taught me to cook and this belongs to her as much as to me," the chef said at the ceremony in Paris.''',
 "My mother taught", "Amélie Rousseau-Daniel", "later_description_anaphor"),

('''Mexican authorities have arrested Héctor Villalobos Cárdenas, the mayor of a town in Guerrero state, on suspicion of links to organised crime.

His lawyer, Rebeca Santana Ortiz, said the charges were politically motivated.

In a video posted before his arrest, the 47-year-old politician said: “I have nothing to hide and I will cooperate fully with the investigation.”''',
 "I have nothing", "Héctor Villalobos Cárdenas", "later_description_anaphor"),

('''Ghana's finance minister, Kwabena Asante-Mensah, presented his first budget to parliament on Wednesday.

"We must live within our means, but we will protect spending on schools and hospitals," the former banker said.''',
 "We must live", "Kwabena Asante-Mensah", "later_description_anaphor"),

('''Irish novelist Gráinne Mac Giolla Phádraig has won the Halvorsen Prize for Fiction for her third book, The Salt Road.

“I wrote most of this book at my kitchen table between school runs,” the mother of three said.''',
 "I wrote most", "Gráinne Mac Giolla Phádraig", "later_description_anaphor"),

('''Indian opener Rohan Deshpande scored a double century on the second day of the Test against South Africa in Durban.

"The pitch was doing a bit in the morning, so I just wanted to survive the first hour," the left-hander said.''',
 "The pitch was", "Rohan Deshpande", "later_description_anaphor"),

('''The head of Brazil's space agency, aerospace engineer Luiza Carvalho Nunes, has said a satellite built with Chinese help will be launched next year.

Speaking in Brasília, the engineer said: “This satellite will allow us to monitor deforestation in the Amazon almost in real time.”''',
 "This satellite will", "Luiza Carvalho Nunes", "later_description_anaphor"),

# ---------------------------------------------------------------- interview_questions
('''In an interview with the Dutch broadcaster NOS, Willemijn de Graaf-Smits, the alderman responsible for Rotterdam's port district, was asked whether drug smuggling through the port was out of control.

"No, it is not out of control, but it is a war we cannot win by ourselves," she replied.''',
 "No, it is", "Willemijn de Graaf-Smits", "interview_questions"),

('''The magazine Savanna Business spoke to Wanjiru Kamau-Otieno, founder of the solar start-up Jua Kali Power, about her plans.

Asked why she chose solar, she said most homes in her grandmother's village still had no electricity at night.

What is the biggest obstacle?

"Finance. Banks still think of rural customers as a risk rather than an opportunity."''',
 "Finance. Banks still", "Wanjiru Kamau-Otieno", "interview_questions"),

('''Asked by reporters whether he would stand for a third term, Chilean senator Rodrigo Valdivieso Pinto laughed.

“Ask me again in a year. For now I am concentrating on the pensions bill,” he said.''',
 "Ask me again", "Rodrigo Valdivieso Pinto", "interview_questions"),

('''The following is an edited extract from an interview with Takeshi Moriyama, the Japanese engineer who designed the Kobe harbour flood barrier.

Q: Could the barrier have failed?

A: "In theory, yes. But it was built to withstand a storm far stronger than the one we had last week."''',
 "In theory, yes.", "Takeshi Moriyama", "interview_questions"),

('''Appearing on a radio phone-in in Johannesburg, South Africa's deputy minister of water and sanitation, Nomvula Dlamini-Khoza, was challenged by a caller who said her township had been without water for a month.

“I hear you, and I apologise to you and to every family in that situation,” the deputy minister said.''',
 "I hear you,", "Nomvula Dlamini-Khoza", "interview_questions"),

('''In a rare interview with the German weekly Die Zeit, the reclusive billionaire Friedrich Auerbach-Lenz was asked: "Do you feel responsible for the collapse of the company?"

"I feel responsible for the people who lost their jobs, yes. I do not feel responsible for the market," he answered.''',
 "I feel responsible", "Friedrich Auerbach-Lenz", "interview_questions"),

('''Radio presenter Kofi Boateng asked the Ghanaian health minister, Dr Efua Mensah-Bonsu, why nurses had not been paid for three months.

“The money has been released by the Treasury and every nurse will be paid by Friday,” she replied.''',
 "The money has", "Efua Mensah-Bonsu", "interview_questions"),

('''Sun Wei, the coach of China's national badminton team, spoke to Xinhua after the team's return from the world championships.

Xinhua: How do you explain the defeat in the final?

Sun: "We were tired. The schedule was too heavy and we paid for it in the last match."''',
 "We were tired.", "Sun Wei", "interview_questions"),

('''In an interview published on Sunday by the Argentine daily La Nación, tango dancer Valentina Cifuentes was asked what she would do after retiring from the stage.

“Teach. Always teach. The dance dies if nobody passes it on,” she said.''',
 "Teach. Always teach.", "Valentina Cifuentes", "interview_questions"),

('''Speaking to the podcast Frontline Voices, Ukrainian paramedic Oksana Hrytsenko was asked how she copes with what she sees.

"Honestly, some days I don't. But then I think of the people who are alive because we got to them in time," she said.''',
 "Honestly, some days", "Oksana Hrytsenko", "interview_questions"),

# ---------------------------------------------------------------- sport_post_match
('''Deportivo Santa Inés came from two goals down to beat Atlético Río Claro 3-2 in the Copa del Sur semi-final on Saturday.

"At half-time I told the players that nobody remembers a team that gives up," coach Ernesto Salvatierra said. "They showed great character."''',
 "At half-time I", "Ernesto Salvatierra", "sport_post_match"),

('''Dutch cyclist Femke van den Heuvel won the fourth stage of the Tour of the Alps on Tuesday, outsprinting Belgian rival Lotte Verbruggen in the final 200 metres.

“My legs were burning but I knew I had one more kick left,” Van den Heuvel said.''',
 "My legs were", "Femke van den Heuvel", "sport_post_match"),

('''New Zealand seamer Tama Rangihuna took five wickets as his side bowled out Sri Lanka for 142 on the first day of the first Test in Galle.

"The ball was swinging both ways this morning and I just tried to keep it simple," Rangihuna said after the day's play.''',
 "The ball was", "Tama Rangihuna", "sport_post_match"),

('''Bloemfontein Rangers moved top of the table with a 1-0 win over Durban Harbour on Sunday.

Rangers coach Thabo Mokoena praised his goalkeeper, while Harbour coach Graham Pietersen complained about the penalty decision.

“It was never a penalty, and everybody in the stadium could see it,” Pietersen said.''',
 "It was never", "Graham Pietersen", "sport_post_match"),

('''Kazakh player Dariga Seitkali reached her first Grand Slam quarter-final with a 6-4 7-6 win over the fourth seed.

"I have dreamed about this since I was six years old, hitting balls against a wall in Almaty," she said on court afterwards.''',
 "I have dreamed", "Dariga Seitkali", "sport_post_match"),

('''Ireland beat Italy 31-12 in the Women's Six Nations in Parma on Saturday.

“We were patient and we stuck to the plan,” said captain Orla Mac Carthaigh. “The bench made a huge difference in the last 20 minutes.”''',
 "The bench made", "Orla Mac Carthaigh", "sport_post_match"),

('''Moroccan runner Youssef El Amrani set a national record of 7:58.12 to win the 3,000m steeplechase at the athletics meeting in Rabat.

"The crowd carried me around the last lap," the 22-year-old said.''',
 "The crowd carried", "Youssef El Amrani", "sport_post_match"),

('''Brazilian driver Caio Monteiro de Barros won the São Paulo round of the GT World Series after starting 14th on the grid.

“Starting that far back, I thought a podium would be a good result,” he told reporters. “The team's strategy was perfect.”''',
 "Starting that far", "Caio Monteiro de Barros", "sport_post_match"),

('''Japanese club Sapporo Blue Foxes were knocked out of the Asian Champions Cup after a 2-0 defeat in Seoul.

Foxes manager Hiroshi Takeda said his side had lacked ideas. "We had the ball but we did nothing with it, and that is my responsibility," Takeda said.''',
 "We had the", "Hiroshi Takeda", "sport_post_match"),

('''Spaniard Carlota Fernández-Arias won the Costa Brava Open by three shots on Sunday, with her brother Íñigo on the bag.

“He kept me calm when I started to get nervous on the back nine,” the 26-year-old said.''',
 "He kept me", "Carlota Fernández-Arias", "sport_post_match"),

# ---------------------------------------------------------------- document_or_report
('''Coral reefs are dying faster than at any time on record, according to a report from the United Nations Environment Programme.

"Without urgent action, most of the world's warm-water reefs could be lost by the end of the century," the report said.''',
 "Without urgent action,", "United Nations Environment Programme", "document_or_report"),

('''More than 200 scientists have signed an open letter calling on the Norwegian government to halt deep-sea mining.

The letter, drafted by marine biologist Dr Solveig Haugland of the University of Bergen, says: “We know almost nothing about the life on the seabed that mining would destroy.”''',
 "We know almost", "Solveig Haugland", "document_or_report"),

('''Germany's Federal Constitutional Court has ruled that parts of a climate law are unconstitutional.

"The legislature has failed to spread the burden of reducing emissions fairly between generations," the court wrote in its judgment.''',
 "The legislature has", "Federal Constitutional Court", "document_or_report"),

('''An internal memo from the chief executive of Australian mining firm Redgum Resources, Callum Fitzgerald-Hayes, has been leaked to the press.

“We cannot continue to spend money on projects that will not return a profit for a decade,” the memo reads.''',
 "We cannot continue", "Callum Fitzgerald-Hayes", "document_or_report"),

('''An investigation by Brazil's Aeronautical Accidents Investigation and Prevention Center (CENIPA) has found that ice on the wings caused last year's crash of a regional airliner.

"The crew did not receive adequate training to recognise severe icing conditions," the final report states.''',
 "The crew did", "Aeronautical Accidents Investigation and Prevention Center", "document_or_report"),

('''Swiss drugmaker Hellmann-Brunner said late-stage trials of its Alzheimer's drug had failed.

“We are disappointed by these results, which do not support further development of the compound,” the company said in a press release.''',
 "We are disappointed", "Hellmann-Brunner", "document_or_report"),

('''Critics say the bill breaches the Constitution of Kenya, article 37 of which states: "Every person has the right, peaceably and unarmed, to assemble, to demonstrate, to picket, and to present petitions to public authorities."''',
 "Every person has", "Constitution of Kenya", "document_or_report"),

('''A report commissioned by the Mozambican government from the consultancy Lindqvist & Barros says the gas project's security costs have tripled.

“The security situation in Cabo Delgado remains volatile and costs are likely to rise further,” the report says.''',
 "The security situation", "Lindqvist & Barros", "document_or_report"),

('''The World Health Organization has declared the cholera outbreak in southern Malawi a regional emergency.

In a situation report, the WHO said: "Cases have been confirmed in 14 districts and the outbreak is spreading into neighbouring Mozambique."''',
 "Cases have been", "World Health Organization", "document_or_report"),

('''A farewell letter from the Chilean poet Isidora Manquilef Rojas, who died last week aged 94, was read at her funeral in Temuco.

“Do not cry for me, because I have lived every day as if it were a poem,” she wrote.''',
 "Do not cry", "Isidora Manquilef Rojas", "document_or_report"),

# ---------------------------------------------------------------- wire_court_report
('''A court in Amsterdam has sentenced a former police officer, Dennis Hoogendoorn, to six years in prison for leaking information to a drug gang.

"The defendant sold the trust that society placed in him," presiding judge Marleen Bakker-Oosterhuis said.''',
 "The defendant sold", "Marleen Bakker-Oosterhuis", "wire_court_report"),

('''Prosecutors in Seoul have sought a 12-year prison term for the former chairman of Daeyang Construction, Choi Min-ho, on bribery charges.

“The accused used company money to buy influence at the highest levels,” prosecutor Yoon Hye-jin told the Seoul Central District Court.''',
 "The accused used", "Yoon Hye-jin", "wire_court_report"),

('''A French court has convicted a surgeon of manslaughter after a patient died during a routine operation in Toulouse.

The surgeon's lawyer, Maître Benoît Laforgue, said his client would appeal. "This verdict makes doctors responsible for risks that no one can eliminate," Laforgue told reporters outside the courthouse.''',
 "This verdict makes", "Benoît Laforgue", "wire_court_report"),

('''A former Peruvian interior minister, Gustavo Alarcón Vílchez, has been sentenced to 15 years in prison for corruption.

Speaking in court before the verdict, Alarcón said: “I am the victim of political persecution and history will prove me innocent.”''',
 "I am the", "Gustavo Alarcón Vílchez", "wire_court_report"),

('''Judges at the International Criminal Court have confirmed charges against a former militia commander from the Central African Republic.

"There are substantial grounds to believe that the suspect bears criminal responsibility for the attacks on civilians," the court said in its decision.''',
 "There are substantial", "International Criminal Court", "wire_court_report"),

('''A witness at the trial of three men accused of smuggling migrants across the Mediterranean has told a court in Catania that she paid $4,000 for a place on the boat.

“They told us the journey would take a day, but we were at sea for five days without water,” said the witness, whose name was withheld by the court.''',
 "They told us", "witness", "wire_court_report"),

('''A federal judge in Austin, Texas, has temporarily blocked a state law that would have required social media companies to verify the ages of all users.

"The law sweeps far too broadly and burdens the speech of adults," U.S. District Judge Raymond Castellanos-Whitfield wrote in a 40-page ruling.''',
 "The law sweeps", "Raymond Castellanos-Whitfield", "wire_court_report"),

('''The Office of the Prosecutor General of Ukraine said it had charged two Russian commanders in absentia over the shelling of a hospital in Kharkiv.

“The strike was deliberate and targeted a civilian medical facility,” the office said.''',
 "The strike was", "Office of the Prosecutor General of Ukraine", "wire_court_report"),

('''A man has been sentenced to life in prison in South Africa for the murder of a journalist in Durban.

Outside the High Court, the victim's sister, Lindiwe Zungu, said: "Today we finally have justice for Sipho, but nothing will bring him back."''',
 "Today we finally", "Lindiwe Zungu", "wire_court_report"),

('''An Australian magistrate has fined a Sydney cafe owner $8,000 for underpaying staff.

Magistrate Fiona Kettering said the underpayment was deliberate. “You knew what the award rate was and you chose not to pay it,” she told Marco Bellini, 51.''',
 "You knew what", "Fiona Kettering", "wire_court_report"),

# ---------------------------------------------------------------- names_with_particles
('''Belgian astronaut Pieter-Jan Van der Elst returned to Earth on Sunday after six months aboard the International Space Station.

"The first thing I want is a proper Belgian waffle," Van der Elst joked after landing in Kazakhstan.''',
 "The first thing", "Pieter-Jan Van der Elst", "names_with_particles"),

('''Khalid bin Saeed Al-Ghamdi, the chief executive of the Saudi desalination company Nahr Water, said the new plant would supply two million people.

“Water is the foundation of everything we hope to build in this region,” Al-Ghamdi said.''',
 "Water is the", "Khalid bin Saeed Al-Ghamdi", "names_with_particles"),

('''María José de la Fuente Ibáñez, the mayor of the Andalusian town of Villanueva del Olivar, has declared a water emergency.

"Our reservoirs are at 9 per cent and we cannot wait for the rain," De la Fuente said.''',
 "Our reservoirs are", "María José de la Fuente Ibáñez", "names_with_particles"),

('''Economist Clara von Hohenberg-Lind, who advises the German finance ministry, said the recession would be shorter than expected.

“Exports are picking up again and consumers are starting to spend,” von Hohenberg-Lind said in Frankfurt.''',
 "Exports are picking", "Clara von Hohenberg-Lind", "names_with_particles"),

('''Irish aid worker Tomás Ó Súilleabháin, who has spent three weeks in eastern Congo, described conditions in the camps as "desperate".

"We are seeing children arrive who have walked for ten days with almost no food," Ó Súilleabháin said.''',
 "We are seeing", "Tomás Ó Súilleabháin", "names_with_particles"),

('''Angolan opposition leader Marcelino dos Santos Kiala said the election had been rigged.

“The people voted for change and the electoral commission has stolen their voice,” dos Santos Kiala told supporters in Luanda.''',
 "The people voted", "Marcelino dos Santos Kiala", "names_with_particles"),

('''Hong Kong property developer Vincent Tsang Ka-wai said the city's housing market had hit bottom.

"Prices have fallen for three years and buyers are finally coming back," Tsang said.''',
 "Prices have fallen", "Vincent Tsang Ka-wai", "names_with_particles"),

('''Dutch prosecutors have charged the former director of an Eindhoven tech firm, Maarten ter Horst, with insider trading. His former deputy, Anouk Vermeulen, is a witness in the case.

“My client has always acted in good faith,” ter Horst's lawyer, Sander de Jong, said.''',
 "My client has", "Sander de Jong", "names_with_particles"),

('''Nguyen Thi Thu Trang, a rice farmer in the Mekong Delta province of Soc Trang, said salt water had ruined half her crop.

"I have farmed this land for 30 years and I have never seen the sea come this far inland," Trang said.''',
 "I have farmed", "Nguyen Thi Thu Trang", "names_with_particles"),

('''Egyptian archaeologist Dr Mona Abdel-Rahman el-Sayed announced the discovery of a 4,000-year-old tomb near Luxor.

“The colours on the walls are as bright as the day they were painted,” el-Sayed said.''',
 "The colours on", "Mona Abdel-Rahman el-Sayed", "names_with_particles"),
]
