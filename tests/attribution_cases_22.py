"""Two hundred made-up news passages in 20 forms, written blind (twenty-second set).

A mixed grid: ten forms (100 passages) in the style of UK and Irish local news (planning
committee rows, bin collection and roadworks complaints, hospital waiting times, school
inspection reports, charity fundraisers, GAA, rugby, camogie and cricket club news, court
sentencing with victim statements and questions and answers in court, missing-person appeals,
local business awards, housing association disputes) and ten forms (100 passages) in the style
of international wire and Wikinews-style copy (elections, central banks and markets, earthquakes,
floods and storms, space and science, international football and athletics, court rulings,
refugees and aid groups, technology announcements, culture and awards, protests), with Spanish,
Portuguese, Italian, French, German, Dutch, Polish, Serbian, Turkish, Arabic, Persian, Indian,
Nigerian, Ghanaian, Kenyan, Ethiopian, South African, Filipino, Thai, Maori, Irish-language and
Welsh names; Korean, Japanese, Chinese and Hungarian names written family name first; names a
first-name list would give the wrong sex (Andrea, Simone, Nicola, Gabriele, José María,
Fiachra, Rosario); particles (de la, dos, von, van der, ter, al-, El, Ní, Mac an) and hyphens.

Written blind: the author read only the "What a row is" and "Columns" sections of
data/annotations/quotes_README.md, and the first 60 lines of tests/attribution_cases_21.py (its
module docstring and first cases, to copy the format). The author read none of the project's
source, other tests, benchmarks, notebooks or READMEs, and did not run the attribution tool.

It was run once when it arrived: 0.825 (165 of 200) for the rules of the session it was written in, 0.730 (146)
for the code at that session's start (18112ab), whose main change was the first-name table
(``data/first_names.csv``). General rules were then written from its misses (a relative named by first name alone,
`his wife, Sandra,`, is of the relative's sex; a club's name ending in `RFC` or `GAA`; a nationality before a body in
lower case, `a spokesman for the Libyan coast guard`), each with a made-up test: 0.84 (168). The rest are listed in
``KNOWN_MISSES_22`` in ``test_attribution_cases.py``.

Every person, firm, shop, pub, club, charity, aid group, museum and school in these passages is
invented, as are some places, prizes, competitions, spacecraft and storms. Real public bodies
(governments and their ministries and agencies, police forces, coastguards, councils, health
boards and NHS trusts, inspectorates, ombudsmen, courts, central banks, exchanges, space agencies,
UN agencies, universities, sports federations, academies, newspapers, broadcasters and news
agencies) appear only as bodies.

CASES is a list of 200 tuples (text, opening_words, speaker, form):

- text: a passage of 1-4 short paragraphs separated by "\\n\\n".
- opening_words: the first words (three, occasionally four) of the quotation under test,
  exactly as they appear right after its opening mark (" or \u201c). They occur exactly once in
  text.
- speaker: the answer key for that quotation, following the README convention: canonical full
  name (titles and ranks such as Mr, Ms, Dr, Cllr, Alderman, Professor, Judge, Justice, Recorder,
  Sheriff, Det Insp, Inspector, Governor, Interior Minister dropped; pronouns, surname-only
  mentions and descriptive anaphors such as "the 67-year-old", "the chairman", "her lawyer",
  "the minister", "the health board" resolved); unnamed people get a short description with the
  body first ("Tillbrook Homes spokeswoman", "resident", "Kayden Mensah-Brown's mother"); a body
  that speaks, or whose statement, report or judgment is quoted, gets its name at its fullest in
  the passage; "" when nobody can be identified (not used in this set).
- form: snake_case label of the kind of story (20 forms x 10 passages).

Other quotations may appear in a passage; only the one starting with opening_words is tested.
For a quotation that runs over several paragraphs, the tested part may be a continuation
paragraph; its speaker is the speaker of the whole quotation. For a quotation split around its
attribution, the tested part may be either half.
"""

CASES = [
# ---------------------------------------------------------------- planning_committee_row
('''Councillors in Stockport have rejected plans for 48 flats on the site of the former Riverside Bowl after more than 300 objections.

Cllr Gareth Pryce, who represents the Heaton Mersey ward, told the planning committee that the block was "far too tall for the street".

"We are not against housing on this site, but we are against a six-storey wall blocking out the light for every family on Mersey View," said Mr Pryce.

The developer, Calderstone Living, has six months to appeal.''',
 "We are not", "Gareth Pryce", "planning_committee_row"),

('''A row over a drive-through coffee kiosk in Limerick has ended up before An Bord Pleanála.

Businessman Colm Hegarty was granted permission by Limerick City and County Council in March, but his neighbour Fidelma Roche lodged an appeal within weeks.

Ms Roche said queues of cars already blocked her gate twice a day. “I have a disabled son and some mornings the ambulance cannot get in to us,” she said.

Mr Hegarty said he had offered to pay for a new entrance.''',
 "I have a", "Fidelma Roche", "planning_committee_row"),

('''Plans to turn a listed chapel in Merthyr Tydfil into a climbing centre have been approved despite concerns from heritage groups.

"This building has stood empty for nineteen years," said Cllr Bethan Aled-Jones, who chairs the planning committee, "and the alternative to this scheme is that it falls down."

The Victorian Society had urged members to defer the decision.''',
 "and the alternative", "Bethan Aled-Jones", "planning_committee_row"),

('''A housebuilder has said it will resubmit plans for 210 homes on farmland near Market Harborough after they were thrown out by Harborough District Council.

Members voted nine to two against the Larkfield Meadows scheme on Tuesday evening, citing flooding on the A6.

A spokeswoman for Tillbrook Homes said: "We are disappointed by the decision, which goes against the advice of the council's own officers, and we will be considering our options carefully."''',
 "We are disappointed", "Tillbrook Homes spokeswoman", "planning_committee_row"),

('''A bid to build a 40ft telecoms mast opposite a primary school in Falkirk is set to be refused.

In a report to Thursday’s planning committee, senior planning officer Joanne Firth recommended refusal. “The mast would be an incongruous and dominant feature directly opposite the school gates,” she wrote.

The operator, Northlink Connect, argues the mast is needed to fill a gap in mobile coverage.''',
 "The mast would", "Joanne Firth", "planning_committee_row"),

('''Residents packed into Wigan Town Hall to oppose a 24-hour warehouse on green belt land at Shevington.

Retired nurse Maureen Tildesley, who has lived on Gathurst Lane for 41 years, spoke for the objectors.

"They tell us it will bring 400 jobs, but nobody has told us how many lorries will be coming past the school at half past three.

"We have had no traffic survey, no noise survey and no answers. It feels like the decision was made before we walked in."''',
 "We have had", "Maureen Tildesley", "planning_committee_row"),

('''"If this goes through, the last green space in this part of the town will be gone for good."

That was the warning from Priya Chandarana, who organised a 1,200-signature petition against plans to build 30 homes on the Holloway Road playing field in Loughborough.

Charnwood Borough Council's plans committee will decide the application next month.''',
 "If this goes", "Priya Chandarana", "planning_committee_row"),

('''A heated planning meeting in Ballymena was briefly suspended after a member of the public shouted at councillors.

The row broke out as Alderman Trevor Gilmore was speaking in favour of a 60-bed care home on the Galgorm Road. Objector Sharon McCrea had earlier told members the site was a wildlife corridor, and Cllr Niamh Devlin had asked officers for clarification.

The committee’s chairman, Cllr Robert Agnew, called a ten-minute recess. When members returned, the chairman said: “I will not have members of the public or officers spoken to like that in this chamber, whatever their views.”''',
 "I will not", "Robert Agnew", "planning_committee_row"),

('''Plans for a 14-pitch traveller site at Horton Heath have divided a Hampshire parish.

"The site has been chosen without any proper consultation with the people who live here," according to Helen Ashdown, who chairs the local parish council.

Eastleigh Borough Council says the site meets a legal duty to provide pitches.''',
 "The site has", "Helen Ashdown", "planning_committee_row"),

('''A pensioner who built a two-storey summer house in his back garden without permission has been ordered to take it down.

Dennis Whitcombe, 67, told Dorset Council's planning committee he had not realised he needed consent. His neighbour, Linda Marsh, had complained that the building overlooked her kitchen, and council officer Amy Castell said enforcement was the only option.

After the vote, the 67-year-old said: "I have spent my life savings on that building and now I have to pay someone to knock it down."''',
 "I have spent", "Dennis Whitcombe", "planning_committee_row"),

# ---------------------------------------------------------------- bins_roadworks_complaint
('''Residents of a street in Swindon say their bins have not been emptied for five weeks.

Carol Denning, 58, who lives on Elgin Close, told the BBC: "The foxes have been at the bags every night and there are maggots on the pavement outside the children's play area."

Swindon Borough Council said a shortage of crews had affected collections across the town.''',
 "The foxes have", "Carol Denning", "bins_roadworks_complaint"),

('''Drivers in Cork face three more weeks of delays as work on a water main on the Douglas Road overruns.

Uisce Éireann said in a statement: “Crews encountered unexpected rock at a depth of three metres, which has slowed excavation considerably, and we apologise to road users for the disruption.”

Local councillor Shane O’Sullivan said traders had lost thousands of euro.''',
 "Crews encountered unexpected", "Uisce Éireann", "bins_roadworks_complaint"),

('''A couple from Gateshead say a temporary traffic light outside their home has been left on red for four days.

Keith Ambrose and his wife, Sandra, have complained to the council twice. Mrs Ambrose said the lights were causing tailbacks to the roundabout.

"Nobody has been working there since Monday, and the barriers have just been left with nothing behind them," he said.

Gateshead Council said the lights would be removed by Friday.''',
 "Nobody has been", "Keith Ambrose", "bins_roadworks_complaint"),

('''Householders in Bradford have been told that green bin collections will be suspended over the winter months.

A spokesperson for Bradford Council said: "Garden waste volumes drop sharply between December and February, and this change allows crews to focus on clearing missed collections."

The change will come into force on 1 December.''',
 "Garden waste volumes", "Bradford Council spokesperson", "bins_roadworks_complaint"),

('''Traders on a high street in Dundee say roadworks have cut their takings by half.

Arun Bhatti, who runs a newsagent’s on Perth Road, said he had written to the council three times. Local councillor Heather Roy said she had raised the issue at a committee meeting.

The shopkeeper added: “People just see the fencing and the diversion signs and they drive on to the retail park instead.”

Dundee City Council said the work would finish in October.''',
 "People just see", "Arun Bhatti", "bins_roadworks_complaint"),

('''"It is like living next to a rubbish tip, and we pay the same council tax as everyone else."

So says Bernadette Quirke, whose terrace in Drogheda has been left off the bin company's collection route since it changed hands in August.

The company, Boyne Waste Services, said the error had been corrected.''',
 "It is like", "Bernadette Quirke", "bins_roadworks_complaint"),

('''A pothole on a busy road in Norwich has been reported 14 times in a year, according to people who live nearby.

One resident, who did not want to be named, said: "I have watched three cyclists come off their bikes in that hole, and each time the council comes out, paints a white circle round it and goes away again."

Norfolk County Council said the road was on its resurfacing list.''',
 "I have watched", "resident", "bins_roadworks_complaint"),

('''Leeds City Council has defended its new three-weekly black bin collections after a wave of complaints.

Councillor Mohammed Rafiq, the executive member for environment, said the authority had no choice.

“Our budget has been cut by a third in real terms since 2010, and recycling rates in this city are still well below where they should be.

“Moving to three-weekly collections will save £2.4m a year, and every penny of that goes back into frontline services.”''',
 "Moving to three-weekly", "Mohammed Rafiq", "bins_roadworks_complaint"),

('''A motorist in Cardiff says she will take the council to court after her car was damaged by a raised manhole cover on Cowbridge Road East.

Lowri Pritchard, 34, said the repair cost her £1,100. Her mechanic, Gavin Thorne, said the damage to the sump was "typical of a hard impact".

"The council told me they had inspected the road a fortnight earlier and found nothing wrong, which I find very hard to believe," she said.''',
 "The council told", "Lowri Pritchard", "bins_roadworks_complaint"),

('''Roadworks that have closed a main route into Enniskillen for a month are due to end early, the contractor has said.

Fermanagh and Omagh District Council and the Department for Infrastructure had faced criticism from businesses over the closure of the Dublin Road.

In a statement, the contractor, McAleer & Breen, said: "Good weather has allowed us to complete the resurfacing ahead of schedule, and we expect the road to reopen on Saturday morning."''',
 "Good weather has", "McAleer & Breen", "bins_roadworks_complaint"),

# ---------------------------------------------------------------- hospital_waiting_times
('''Patients at the Queen Elizabeth Hospital in King's Lynn waited up to 31 hours in A&E last month, figures show.

A spokesperson for the Queen Elizabeth Hospital King's Lynn NHS Foundation Trust said: "We are sorry that some patients waited longer than we would want, and our teams are working hard to improve the flow of patients through the hospital."''',
 "We are sorry", "Queen Elizabeth Hospital King's Lynn NHS Foundation Trust spokesperson", "hospital_waiting_times"),

('''A 91-year-old woman with a broken hip waited 14 hours for an ambulance after falling at her home in Truro, her family says.

Edna Pascoe’s son, Michael, found her on the kitchen floor. His sister, Jenny Tregear, stayed with their mother through the night.

“She was lying on cold tiles all that time, and every time I rang 999 they said an ambulance was on its way,” Mrs Tregear told ITV News.''',
 "She was lying", "Jenny Tregear", "hospital_waiting_times"),

('''A consultant at University Hospital Limerick has warned that trolley numbers are at their worst in a decade.

Dr Fiachra Ó Murchú, an emergency medicine consultant, said 112 patients were on trolleys on Monday. Ann Mulcahy, whose father spent three days on a trolley in a corridor, said the family had been "at their wits' end".

"What we are seeing is not a winter crisis any more, it is a year-round crisis, and my colleagues are exhausted," he said.''',
 "What we are", "Fiachra Ó Murchú", "hospital_waiting_times"),

('''A report by Healthwatch Kirklees has found that some patients in Huddersfield are waiting more than two years for a hip replacement.

"Many of the people we spoke to described living in constant pain, unable to work or care for grandchildren, while they wait for surgery," the report said.

Calderdale and Huddersfield NHS Foundation Trust said it had cut its longest waits by 40%.''',
 "Many of the", "Healthwatch Kirklees", "hospital_waiting_times"),

('''The number of people in Wales waiting more than two years for treatment has fallen for the sixth month in a row.

“These figures show real progress,” said Health Secretary Gareth Lloyd-Evans, “but I am not going to pretend that any wait of that length is acceptable.”

The Welsh Conservatives said the waiting list was still the longest on record.''',
 "but I am", "Gareth Lloyd-Evans", "hospital_waiting_times"),

('''A mother from Paisley has spoken of her anger after her son waited 11 months for an autism assessment.

Kirsty Lennox said eight-year-old Callum had been excluded from school twice while the family waited.

"Every time I phoned, I was told he was on the list and that there was nothing more they could do.

"I had to give up my job to look after him at home. Nobody should have to fight this hard to get their child seen."''',
 "I had to", "Kirsty Lennox", "hospital_waiting_times"),

('''A Belfast man who has waited six years for a knee operation has taken his case to the Northern Ireland Public Services Ombudsman.

Stephen Corr, 52, a former bus driver, said he could no longer walk to the end of his street. His GP, Dr Eimear Nolan, has written to the Belfast Trust four times on his behalf, and his MLA, Paul Mackle, has raised his case at Stormont.

The 52-year-old said: "I was told it would be eighteen months, and I have now lost count of the letters saying I am still on the list."''',
 "I was told", "Stephen Corr", "hospital_waiting_times"),

('''“I sat in that waiting room from two in the afternoon until six the next morning with a broken wrist.”

Those were the words of Hamza Qureshi, 19, a student in Bradford, who was among hundreds of patients to wait more than 12 hours at Bradford Royal Infirmary in January.

The hospital trust said it had opened an extra assessment unit.''',
 "I sat in", "Hamza Qureshi", "hospital_waiting_times"),

('''Patients in north Wales are waiting an average of 58 weeks for a first orthopaedic appointment, new figures show.

Betsi Cadwaladr University Health Board, which has been in special measures, has been criticised by the patients' watchdog Llais. Its chief executive, Ffion Haf Roberts, is due to appear before a Senedd committee next week.

The health board said: "We recognise that these waits are far too long, and we have commissioned extra operating sessions at Wrexham Maelor and Ysbyty Gwynedd."''',
 "We recognise that", "Betsi Cadwaladr University Health Board", "hospital_waiting_times"),

('''Ambulances queued outside Royal Cornwall Hospital for more than 30 hours last week, according to figures obtained by the BBC.

A spokesman for South Western Ambulance Service said: “Handover delays mean our crews are stuck outside hospitals instead of responding to patients in the community who urgently need us.”''',
 "Handover delays mean", "South Western Ambulance Service spokesman", "hospital_waiting_times"),

# ---------------------------------------------------------------- school_inspection_report
('''A primary school in Doncaster has been rated outstanding by Ofsted for the first time.

Inspectors praised Hatfield Woodhouse Green Primary School for its reading programme. "Pupils talk with real enthusiasm about the books they have read, and the youngest children quickly become confident readers," Ofsted said in its report.

Headteacher Lisa Barraclough said staff were "over the moon".''',
 "Pupils talk with", "Ofsted", "school_inspection_report"),

('''A secondary school in Telford has been placed in special measures after inspectors found pupils were not kept safe.

Ofsted rated Ketley Brook Academy inadequate in all areas. Headteacher Andrew Salt, who joined in September, said he accepted the findings. The chair of governors, Pauline Edge, resigned last week.

“I want to reassure parents that we have already changed the way we record and follow up safeguarding concerns,” he said.''',
 "I want to", "Andrew Salt", "school_inspection_report"),

('''A Gaelscoil in Navan has been praised by Department of Education inspectors for its teaching of Irish.

The whole-school evaluation found the quality of pupils' spoken Irish to be exceptionally high.

"Our children use Irish in the yard, on the bus and at home, and it is wonderful to see that recognised," said principal Caoimhe Ní Fhlannagáin.''',
 "Our children use", "Caoimhe Ní Fhlannagáin", "school_inspection_report"),

('''A special school in Stoke-on-Trent has been rated good in every category after a turbulent two years.

Ofsted's inspection of Meir Park School followed the departure of the former head, Graham Lusk, in 2022. Parent governor Danielle Hough said families had "stuck with the school through thick and thin".

The current headteacher, Sunita Khatri, joined in January 2023. The head said: "This report belongs to our staff, who never stopped believing in these children."''',
 "This report belongs", "Sunita Khatri", "school_inspection_report"),

('''Parents at a Swansea primary school say they were shocked by an inspection report that found “significant weaknesses” in leadership.

Estyn inspectors visited Ysgol Glan y Môr in May. Rhian Beynon, whose two children attend the school, organised a meeting of parents on Tuesday night.

“We were told at every parents’ evening that things were going well, and none of this was ever mentioned to us.

“Now we find out from a report on the internet that the school has been struggling for years. We deserve better than that.”''',
 "Now we find", "Rhian Beynon", "school_inspection_report"),

('''A Hull academy trust has said it is "determined" to turn around a secondary school rated requires improvement for the third time.

"We know this is not good enough for the young people of east Hull," said Marcus Oyelaran, chief executive of the Humber Learning Trust, "and we have brought in a new leadership team with a strong track record."

The school's previous inspection, in 2021, raised concerns about attendance.''',
 "and we have", "Marcus Oyelaran", "school_inspection_report"),

('''"Children at this school are kind, curious and proud of where they come from, and the inspectors saw that straight away."

Those were the words of headteacher Zainab Mistry after Brindle Cross Primary School in Blackburn was rated good by Ofsted.

The school had previously been judged to require improvement.''',
 "Children at this", "Zainab Mistry", "school_inspection_report"),

('''Education Scotland has praised a small rural primary school in Sutherland for its outdoor learning.

Lairg Moor Primary has only 23 pupils. Headteacher Morag Sinclair took up the post last year after her predecessor, Hamish Gunn, retired. Highland Council’s education convener, Cllr Douglas Reid, visited the school on Friday.

Asked what made the school special, she said: “The children spend part of every day outdoors, whatever the weather, and they have learned to be brave and to look after each other.”''',
 "The children spend", "Morag Sinclair", "school_inspection_report"),

('''A Bristol secondary school has been told it must improve after inspectors found that pupils' behaviour disrupted lessons.

The report, written by lead inspector Martin Ogundipe, said: "Too often, lessons are interrupted by low-level disruption, and some pupils told inspectors that they do not feel staff deal with bullying."

The school's principal said an action plan was already in place.''',
 "Too often, lessons", "Martin Ogundipe", "school_inspection_report"),

('''Parents of pupils at a Belfast grammar school have called for an independent review after an Education and Training Inspectorate report raised concerns about pastoral care.

One mother, whose daughter is in Year 11, said: “My child was struggling for months and nobody picked up on it until she stopped coming to school altogether.”

The school’s board of governors said it would respond to the report in full.''',
 "My child was", "mother", "school_inspection_report"),

# ---------------------------------------------------------------- charity_fundraiser
('''More than 2,000 runners took part in a colour run in Basingstoke to raise money for a children's hospice.

Organiser Becky Harland, from the Little Lanterns Hospice, said: "Seeing so many families covered head to toe in paint for such a good cause was just incredible."

The event raised more than £38,000.''',
 "Seeing so many", "Becky Harland", "charity_fundraiser"),

('''A grandfather from Ennis has completed a 500km walk around the coast of Clare in memory of his late wife.

Pádraig Considine, 74, set out from Loop Head on 1 June, joined at various points by his daughter, Orla, and his neighbour Maura Tubridy. He has raised €27,000 for the Clare Cancer Support Network.

“Every step of it I was thinking of Bridie, and I know she would have been giving out to me for doing it at my age,” he said.''',
 "Every step of", "Pádraig Considine", "charity_fundraiser"),

('''A dog rescue charity in Staffordshire says it has been "overwhelmed" by donations after a fire destroyed its kennels.

In a post on Facebook, Hollybank Hound Rescue said: "Thank you from the bottom of our hearts. We have been sent blankets, food and beds from as far away as Cornwall and Aberdeen."

The charity hopes to rebuild by the spring.''',
 "Thank you from", "Hollybank Hound Rescue", "charity_fundraiser"),

('''A Newport couple whose baby son died at six weeks old have raised £60,000 for the neonatal unit that cared for him.

Dafydd and Seren Protheroe held a charity ball, a sponsored cycle and a quiz night over twelve months. Mrs Protheroe said the nurses had become "like family".

"They looked after Osian as if he were their own," she said. "They looked after us too, at a time when we could barely stand.

"This money will buy two new incubators, and if that helps one other family then it will have been worth every penny."''',
 "This money will", "Seren Protheroe", "charity_fundraiser"),

('''A firefighter from Grimsby has run the London Marathon in full breathing apparatus to raise money for a burns charity.

Lee Cartwright, 38, finished in six hours and 12 minutes. His colleague Sam Tierney ran alongside him, while his partner, Hayley Moss, waited at the finish.

“The kit weighs about 20 kilos,” the 38-year-old said, “and by mile 18 my shoulders were screaming at me.”''',
 "The kit weighs", "Lee Cartwright", "charity_fundraiser"),

('''"We never imagined that a bake sale in the church hall would end up paying for a whole new minibus."

So says volunteer Gwen Ashworth-Lyle, who has run the Friday bake sale at St Aidan's in Morecambe for nine years, raising money for the Bay Stroke Club.

The club's new 16-seater minibus was handed over on Saturday.''',
 "We never imagined", "Gwen Ashworth-Lyle", "charity_fundraiser"),

('''A sponsored swim across Lough Derg has been postponed because of high winds.

"The safety of our swimmers and our volunteers always has to come first," according to a spokeswoman for the organisers, the Shannon Lifeboat Fund.

The swim will now take place on 24 August.''',
 "The safety of", "Shannon Lifeboat Fund spokeswoman", "charity_fundraiser"),

('''A teenager from Lisburn has shaved off her waist-length hair to raise money for a children’s cancer charity.

Ellie McKnight, 15, had the haircut on stage at a school assembly, carried out by her uncle, barber Jonny McKnight. Her headteacher, Stephen Harte, said the whole school was proud of her.

“My best friend’s little brother had leukaemia, and I wanted to do something that would really make people notice,” she said.''',
 "My best friend’s", "Ellie McKnight", "charity_fundraiser"),

('''A charity that runs a food bank in Hartlepool has warned it could run out of stock before Christmas.

The Headland Community Pantry handed out 4,200 parcels last year, and its founder, Rev Jean Pattinson, has appealed for tinned food and toiletries.

The charity said in a statement: "Our shelves are emptier than we have ever seen them at this time of year, and we are asking anyone who can spare a tin to drop it in."''',
 "Our shelves are", "Headland Community Pantry", "charity_fundraiser"),

('''A Kilkenny hurling club has raised €15,000 for a defibrillator fund after one of its players collapsed during training.

Club secretary Noreen Phelan told the Kilkenny People: "Thanks to the quick thinking of two of our coaches, Eoin is alive today, and we want every club in the county to have the same chance."''',
 "Thanks to the", "Noreen Phelan", "charity_fundraiser"),

# ---------------------------------------------------------------- sports_club_news
('''Breaffy Hill Gaels manager Declan Horan says his side will not be changing their approach for Sunday's Connacht club final.

"We have got here by playing the way we play, and I am not going to tear that up for one game," said Horan.

The Mayo champions face Tooreen Óg at Hyde Park.''',
 "We have got", "Declan Horan", "sports_club_news"),

('''Ravensworth RFC have parted company with head coach Nigel Brabazon after a run of seven straight defeats.

In a statement, the club said: “Nigel has given five years of tremendous service to Ravensworth, and we thank him for everything he has done both on and off the pitch.”

Assistant coach Tama Fifita will take charge for Saturday’s game.''',
 "Nigel has given", "Ravensworth RFC", "sports_club_news"),

('''Yorkshire village side Thornby Moor Cricket Club have won the National Village Cup for the first time in their 130-year history.

Captain Harriet Oldroyd, one of three women in the team, hit an unbeaten 64. Her opening partner, Will Bramley, made 41, and veteran seamer Keith Sugden took four wickets.

"I have been coming to this ground since I was in a pram, and to lift a trophy at Lord's is beyond anything I dreamed of," she said.''',
 "I have been", "Harriet Oldroyd", "sports_club_news"),

('''A County Tyrone GAA club has opened a new €1.2m pitch and clubhouse after a decade of fundraising.

Club chairman Ciarán Mac Giolla Bhríde said the project had been built by volunteers.

"When we started this, people said we were mad, that a club of our size could never raise that kind of money.

"But every family in the parish put their shoulder to it, and today belongs to every one of them."''',
 "But every family", "Ciarán Mac Giolla Bhríde", "sports_club_news"),

('''Ballynahinch Vale’s Conor Devlin-Murphy has been called into a provincial development squad for the first time.

The 21-year-old flanker, who is studying engineering in Belfast, was told the news by his club coach, Gail Patterson, on Monday.

“It still has not sunk in,” the flanker said, “and I keep checking my phone to make sure the email was real.”''',
 "It still has", "Conor Devlin-Murphy", "sports_club_news"),

('''Teifiside Wanderers cricket captain Rhodri Bevan-Jones has criticised the league's decision to replay Saturday's abandoned match.

Bevan-Jones told BBC Sport Wales: "We were 180 for two chasing 190 when the rain came, and now we have to start from scratch against the same side next month."''',
 "We were 180", "Rhodri Bevan-Jones", "sports_club_news"),

('''"Nobody outside this dressing room gave us a chance, and I think that made us even hungrier."

Those were the words of Glenroe Harps captain Shauna Kielty after her side won the All-Ireland junior camogie club title at Croke Park.

Kielty scored 1-6 in a three-point win over St Brigid's of Wexford.''',
 "Nobody outside this", "Shauna Kielty", "sports_club_news"),

('''Former Leicester Tigers academy player Obi Nwankwo has returned to grassroots rugby with Sutton Cheney Wanderers.

Nwankwo, 27, was released by Leicester last summer. Club president Anne Tebbutt described his signing as a coup, and director of rugby Phil Mayhew said he would play at number eight.

“I fell out of love with the game for a while, and coming here has reminded me why I started playing in the first place,” he said.''',
 "I fell out", "Obi Nwankwo", "sports_club_news"),

('''A Fermanagh cricket club's pavilion has been badly damaged in a suspected arson attack.

"Forty years of club history, photographs and trophies have gone up in smoke in one night," according to Lisnaskea Wanderers Cricket Club secretary Robin Elliott.

Police have appealed for information.''',
 "Forty years of", "Robin Elliott", "sports_club_news"),

('''Kilrane Shamrocks have apologised after hundreds of supporters were left outside the club’s grounds when the gates were closed before throw-in at Sunday’s county semi-final.

A spokesperson for Kilrane Shamrocks said: “We underestimated the number of supporters who would pay at the gate, and we sincerely apologise to those who missed the start of the game.”''',
 "We underestimated the", "Kilrane Shamrocks spokesperson", "sports_club_news"),

# ---------------------------------------------------------------- court_sentencing
('''A man who broke into a pensioner's home in Rotherham and stole her late husband's medals has been jailed for three years.

Jason Purdy, 31, of Kimberworth, admitted burglary at Sheffield Crown Court. In a statement read to the court, his victim, Margaret Elston, 84, said: "I no longer feel safe in the house I have lived in for fifty years, and I sleep with the light on."

Judge Sarah Whitlow told Purdy his crime was "cruel and calculated".''',
 "I no longer", "Margaret Elston", "court_sentencing"),

('''A delivery driver who killed a cyclist while looking at his phone has been jailed for six years.

Kamil Nowicki, 29, was checking a navigation app when his van hit Dr Helen Fairbairn on the A38 near Bromsgrove. Prosecutor Richard Amos told Worcester Crown Court the van had drifted across the road.

Sentencing, Judge Michael Gatt said: “One glance at a screen has destroyed a family and ended the life of a woman who dedicated hers to caring for others.”''',
 "One glance at", "Michael Gatt", "court_sentencing"),

('''A farmer accused of assaulting a rambler near Buxton has told a jury he was acting in self-defence.

Giving evidence at Derby Crown Court, Raymond Slack, 58, was cross-examined by prosecutor Anita Desai.

"Did you raise the stick above your head?" Ms Desai asked.

"I held it up to keep him back, that is all. I never swung it at anybody," Mr Slack replied.''',
 "I held it", "Raymond Slack", "court_sentencing"),

('''A woman who stole more than £90,000 from the village hall charity she was treasurer of has been jailed for two years.

Carol Winstanley, 61, of Ormskirk, was sentenced at Preston Crown Court. Defending, Neil Oduya said his client had a gambling addiction, and prosecutor Jane Firth said the charity had almost closed.

Recorder Ian Pedley asked the defence barrister: "Has a single penny been repaid?"

"Not as yet, but my client has agreed to sell her house," he replied.''',
 "Not as yet", "Neil Oduya", "court_sentencing"),

('''A teenager who stabbed a 17-year-old outside a takeaway in Croydon has been sentenced to 16 years.

In a statement read outside the Old Bailey, the mother of Kayden Mensah-Brown said her son had been “a gentle, funny boy”.

“He wanted to be a paramedic. He had already signed up for a college course that he never got to start.

“To the person who did this: you took away his future and you took away ours.”''',
 "To the person", "Kayden Mensah-Brown's mother", "court_sentencing"),

('''A man who headbutted a bus driver in Kilmarnock has been jailed for ten months.

"Bus drivers provide a vital public service," said Sheriff Alison McGlashan, "and they are entitled to do their jobs without being assaulted by drunken passengers."

Craig Dunlop, 35, had admitted the attack at an earlier hearing.''',
 "and they are", "Alison McGlashan", "court_sentencing"),

('''A man who stalked his former partner for two years has been given a suspended sentence and a restraining order at Cardiff Crown Court.

Liam Hosking, 40, sent Natalie Brewer more than 3,000 messages. Judge Owen Tudor said the messages were "relentless and menacing".

Ms Brewer read her own statement to the court. "Every car that parks on my street, I check it, and I have moved house twice," she said.''',
 "Every car that", "Natalie Brewer", "court_sentencing"),

('''A care worker who stole jewellery from residents of a Plymouth care home has avoided jail.

Tanya Rowe, 44, admitted six counts of theft. She was represented by Gareth Pask, while Kim Ladd prosecuted.

Her lawyer told the court: “My client is deeply ashamed, and she has lost her career, her good name and a number of friendships as a result of what she did.”

Judge Robert Linford imposed a two-year suspended sentence.''',
 "My client is", "Gareth Pask", "court_sentencing"),

('''Three men who ran a cannabis farm in a former bank in Halifax have been jailed for a total of 11 years.

After the hearing at Bradford Crown Court, Det Insp Rachel Hoyle of West Yorkshire Police said: "This was an organised operation that used stolen electricity and put neighbouring homes at real risk of fire."''',
 "This was an", "Rachel Hoyle", "court_sentencing"),

('''A man who attacked a taxi driver in Derry has been jailed for eight months at the city's Magistrates' Court.

Ryan Doherty, 23, punched Maurice Kelly after refusing to pay a fare. District Judge Siobhan Grant said the attack was unprovoked, and Mr Kelly told the court he had not driven at night since.

In a letter handed to the judge, the 23-year-old wrote: "I am truly sorry for what I did to Mr Kelly, and I know that saying sorry does not undo it."''',
 "I am truly", "Ryan Doherty", "court_sentencing"),

# ---------------------------------------------------------------- missing_person_appeal
('''Police are becoming increasingly concerned for a 14-year-old girl who has been missing from her home in Coventry since Saturday.

Amira Haddad was last seen in Far Gosford Street wearing a black puffer jacket.

A West Midlands Police spokesman said: "Amira has not been in touch with her family or friends, and we are keen to make sure she is safe and well."''',
 "Amira has not", "West Midlands Police spokesman", "missing_person_appeal"),

('''The family of a man missing from Galway for a week have appealed for the public’s help.

Niall Geraghty, 33, was last seen leaving a pub on Quay Street. His sister, Deirdre Geraghty-Walsh, has been putting up posters across the city with their brother Tom.

“Niall would never go this long without ringing our mother, and we just want to know that he is safe,” she said.''',
 "Niall would never", "Deirdre Geraghty-Walsh", "missing_person_appeal"),

('''Police searching for a missing hillwalker in the Cairngorms have scaled back the operation because of heavy snow.

"The conditions on the plateau are extremely dangerous at the moment," said Inspector Gordon Baird of Police Scotland, "and we cannot put our rescue teams at unacceptable risk."

Fiona Lockhart, 46, from Edinburgh, set out on Thursday.''',
 "The conditions on", "Gordon Baird", "missing_person_appeal"),

('''A search for a fisherman missing off the coast of Donegal resumed at first light on Sunday.

"Conditions have improved overnight and we have two lifeboats, the Coast Guard helicopter and local boats in the water," according to Malin Head Coast Guard.

The man, who is in his sixties, has not been named.''',
 "Conditions have improved", "Malin Head Coast Guard", "missing_person_appeal"),

('''The mother of a 19-year-old student missing in Nottingham has made an emotional appeal for him to come home.

Jade Ellison said her son, Kieran, had not been seen since leaving his halls of residence on Tuesday evening.

“Kieran, if you see this, please just ring me. Nobody is angry with you and nothing matters except knowing you are safe.

“To anyone who has seen him, however small the detail, please call the police. It might be the thing that brings him home.”''',
 "To anyone who", "Jade Ellison", "missing_person_appeal"),

('''A man whose brother vanished on a night out in Leeds three years ago has urged anyone with information to come forward.

Joseph Asante was 24 when he was last seen in Call Lane. His brother, Kwame Asante, and their mother, Abena, have never stopped searching. Det Supt Karen Lowther of West Yorkshire Police said the case remained open.

"Somebody out there knows what happened to my brother that night, and three years is a long time to carry that," he said.''',
 "Somebody out there", "Kwame Asante", "missing_person_appeal"),

('''"Mum, wherever you are, we love you and we just want you home."

That was the message from Chloe Braithwaite, whose mother, Denise, 57, walked out of her home in Barrow-in-Furness on Monday morning and has not been seen since.

Cumbria Police said officers were searching the coastline.''',
 "Mum, wherever you", "Chloe Braithwaite", "missing_person_appeal"),

('''Police in Northern Ireland have released new CCTV footage in the search for a missing pensioner from Newry.

Eugene Rafferty, 81, who has dementia, left his home on Monday. His daughter, Sinéad, said he often talked about walking to the farm where he grew up.

The PSNI said in a statement: “We would ask farmers and landowners in south Armagh to check outbuildings, sheds and barns.”''',
 "We would ask", "PSNI", "missing_person_appeal"),

('''Police investigating the disappearance of a woman from Swindon have arrested a 38-year-old man.

Lucy Ferrante, 29, was reported missing by her partner, Dean Holt, on 3 March. Det Ch Insp Marianne Cole is leading the inquiry, and Lucy's father, Paolo Ferrante, has flown in from Italy.

The detective said: "This arrest is a significant development, but our priority remains finding Lucy and bringing her home."''',
 "This arrest is", "Marianne Cole", "missing_person_appeal"),

('''Residents in a village near Wrexham have joined the search for a 12-year-old boy who went missing after school.

One neighbour, who has known the family for years, said: "Everyone on the estate is out with torches. Nobody is going home until he is found."

North Wales Police said the boy, Jacob, was last seen near the park in Rhosllanerchrugog.''',
 "Everyone on the", "neighbour", "missing_person_appeal"),

# ---------------------------------------------------------------- business_awards
('''A family-run butcher's in Ludlow has been named the best independent butcher in England at a national awards ceremony.

Owner Tom Pennington-Hale, whose grandfather opened the shop in 1958, said: "We are a small shop in a small town, and to be recognised alongside the big names is something none of us expected."''',
 "We are a", "Tom Pennington-Hale", "business_awards"),

('''A Derry coffee roastery has scooped the top prize at the Northern Ireland Food and Drink Awards.

Dark Quay Roasters was founded by Aisling Mullan in a garage in 2019. Her business partner, Eamon Lynch, now runs the roasting while she manages the café. Awards judge Patrick McGee, a chef, praised the coffee’s “remarkable balance”.

Accepting the award, she said: “Three years ago we were roasting in a shed with a second-hand machine, and tonight we are standing here with the best in the country.”''',
 "Three years ago", "Aisling Mullan", "business_awards"),

('''A Cornish gin distillery has won gold at an international spirits competition in London.

"When we set up the still in an old cowshed, people thought we were mad," said Kerensa Trevail, co-founder of Penwith Coast Distillers, "but the judges clearly liked what they tasted."''',
 "When we set", "Kerensa Trevail", "business_awards"),

('''A Limerick bakery has been named Ireland's best small business at the annual Shannon Enterprise Awards.

Crumb & Co was opened in 2020 by siblings Gráinne and Tadhg Lenihan in a derelict shop on Catherine Street. The judges praised its "wonderful sense of community".

Speaking after the ceremony, her brother said: "My sister is the one with the talent. I just carry the flour."''',
 "My sister is", "Tadhg Lenihan", "business_awards"),

('''A hairdresser from Middlesbrough has been named Young Business Person of the Year at the Tees Valley Business Awards.

Jordan Kaye, 26, opened her first salon at 21 and now employs 14 staff. Fellow finalists included engineer Marcus Lindqvist and florist Bethany Orr.

The 26-year-old said: “I left school with no qualifications, and I want every young person in this town to know that does not have to hold you back.”''',
 "I left school", "Jordan Kaye", "business_awards"),

('''A Brecon brewery has been crowned Champion Beer of Wales.

Head brewer Ifan Rhys-Morgan said the win was the result of years of trial and error.

"We brewed this beer fourteen times before we were happy with it, and some of those early batches went straight down the drain.

"To hear that it has been judged the best in Wales is a dream. The whole team will be celebrating tonight, responsibly of course."''',
 "To hear that", "Ifan Rhys-Morgan", "business_awards"),

('''A Huddersfield engineering firm has won a King's Award for Enterprise for its work in international trade.

Holmfirth Precision Castings, which employs 85 people, exports valves to 30 countries.

In a statement, the company said: "This award is a tribute to the skill and dedication of our workforce, many of whom have been with us for more than twenty years."''',
 "This award is", "Holmfirth Precision Castings", "business_awards"),

('''“I still cannot quite believe that a chip shop in Tralee has been named the best in Ireland.”

So said Fintan O’Connell-Rae, owner of The Salty Haddock, after it won the national fish and chip shop of the year title on Monday night.''',
 "I still cannot", "Fintan O’Connell-Rae", "business_awards"),

('''Two former teachers who set up an educational games company in Dundee have won Scottish Start-up of the Year.

Moira Baxter and Callum Drysdale founded Puzzlebox Learning in 2021. Mr Drysdale, who taught maths for 15 years, designed the first game at his kitchen table. Ms Baxter now leads on sales.

Asked about the future, he said: "We want a Puzzlebox game in every primary school in Scotland within five years."''',
 "We want a", "Callum Drysdale", "business_awards"),

('''A village shop in Northumberland that is run entirely by volunteers has been named rural shop of the year.

Volunteer manager Pat Hedley told BBC Radio Newcastle: "When the last shop closed, the village lost its heart, and everyone here decided we were not going to let that happen again."''',
 "When the last", "Pat Hedley", "business_awards"),

# ---------------------------------------------------------------- housing_association_dispute
('''Tenants of a housing association block in Salford say they have been living with black mould for two years.

Shanice Walcott, who lives with her two children on the fifth floor of Irwell Court, told the BBC: "My youngest has asthma, and every time the doctor asks about damp at home, I feel like I am failing him."

Pennine Vale Housing said surveyors would visit the block this week.''',
 "My youngest has", "Shanice Walcott", "housing_association_dispute"),

('''A housing association has apologised to a disabled tenant in Peterborough who waited 18 months for a stairlift to be fitted.

A spokesperson for Fenland Homes Group said: “We have fallen short of the standards we set ourselves, and we have apologised to Mr Osei and offered compensation.”''',
 "We have fallen", "Fenland Homes Group spokesperson", "housing_association_dispute"),

('''A Liverpool grandmother says she has been told to leave the home she has rented for 32 years so that it can be demolished.

Patricia Quayle, 76, lives on the Breck Road estate, which Mersey Homes Partnership plans to redevelop. Her MP's caseworker, Daniel Okoro, has written to the association, and its chief executive, Simon Leadbetter, has agreed to meet her.

"My husband died in that front room, and my children grew up in it. I am not going anywhere without a fight," she said.''',
 "My husband died", "Patricia Quayle", "housing_association_dispute"),

('''Residents of a Dublin apartment complex have staged a protest over a 20% increase in service charges.

"We were given three weeks' notice of an increase that adds almost €900 a year to our bills," said Órla Fitzsimons, chair of the Liffey Quays Residents' Association. "Nobody has explained what the money is for."

The management company said the rise reflected insurance costs.''',
 "Nobody has explained", "Órla Fitzsimons", "housing_association_dispute"),

('''A council in east London has ordered a housing association to carry out urgent repairs to 40 homes.

Newham Council’s cabinet member for housing, Cllr Farida Begum-Choudhury, said: “Residents have been reporting leaks, broken boilers and rats for more than a year.

“That is simply not acceptable, and we will use every power we have to make sure these homes are made safe.”

The association, Eastway Living, said contractors were on site.''',
 "That is simply", "Farida Begum-Choudhury", "housing_association_dispute"),

('''The Housing Ombudsman has found "severe maladministration" by a housing association in Kent over its handling of a leaking roof.

In its decision, the Housing Ombudsman said: "The landlord repeatedly failed to keep the resident informed, and left a family with young children living with water coming through the ceiling for eleven months."

Rochester Gate Housing said it accepted the findings.''',
 "The landlord repeatedly", "Housing Ombudsman", "housing_association_dispute"),

('''"They treat us like we should be grateful for a roof over our heads, even when the roof is leaking."

That was the view of Gareth Llewellyn-Price, a tenant of Valleys Homes Cymru in Pontypridd, whose bathroom ceiling collapsed in January.

The association said it had rehoused him temporarily.''',
 "They treat us", "Gareth Llewellyn-Price", "housing_association_dispute"),

('''A housing association in Glasgow has defended its decision to evict a family over rent arrears.

The Clydeside Homes Trust said it had offered the Mulhern family a payment plan three times. Their local councillor, Jim Docherty, said the eviction was “heartless”, and the tenants’ group Glasgow Renters United has organised a protest.

The association said: “Eviction is always the very last resort for us, and we have tried for more than a year to agree a way forward with this household.”''',
 "Eviction is always", "Clydeside Homes Trust", "housing_association_dispute"),

('''Tenants in Swindon have voted to take their housing association to a tribunal over heating charges.

Delroy Clarke, who chairs the Penhill Tenants' Forum, organised the ballot with his deputy, Karen Whitlock. Wiltshire Valley Housing's director of operations, Joanne Pike, attended the meeting.

"People are paying for a communal heating system that breaks down every winter, and we have had enough," he said.''',
 "People are paying", "Delroy Clarke", "housing_association_dispute"),

('''A housing association in Belfast is facing legal action from 12 families over noise from a neighbouring building site.

"My clients have been woken at six every morning for nine months by pile drivers," according to their solicitor, Ruairí Mac an tSaoi, "and their landlord has done nothing about it."

Lagan Homes said it was not responsible for the site.''',
 "My clients have", "Ruairí Mac an tSaoi", "housing_association_dispute"),

# ---------------------------------------------------------------- election_wire
('''MADRID (Reuters) - Spain's main opposition party conceded defeat on Sunday in a regional election in Aragón, where the governing party won an outright majority.

"The voters have spoken clearly, and we accept their verdict with humility," said Marta Gutiérrez de la Cruz, the opposition candidate, at her party's headquarters in Zaragoza.''',
 "The voters have", "Marta Gutiérrez de la Cruz", "election_wire"),

('''SEOUL (AP) — South Korea’s main opposition party has won a majority in parliamentary elections, in a setback for the president.

Party leader Park Ji-hoon thanked voters at a rally in Seoul. The president’s chief of staff, Lee Seo-yeon, said the government would “reflect deeply” on the result.

“The people have given us a heavy responsibility, and we will not waste it on political revenge,” Mr Park said.''',
 "The people have", "Park Ji-hoon", "election_wire"),

('''Voters in the Italian region of Veneto have re-elected the incumbent regional president, Andrea Zanetti, with 61 percent of the vote.

Zanetti's main challenger, Chiara Bonvicini, won 29 percent. Turnout fell to 48 percent, according to the interior ministry.

Speaking to supporters in Venice, he said: "This is a victory for every town and village in Veneto, not only for our coalition."''',
 "This is a", "Andrea Zanetti", "election_wire"),

('''NAIROBI (AFP) - Kenya's electoral commission has rejected opposition calls for a recount in three counties.

In a statement, the Independent Electoral and Boundaries Commission said: "The results declared at the constituency tallying centres were verified by agents of all parties and are final."''',
 "The results declared", "Independent Electoral and Boundaries Commission", "election_wire"),

('''JAKARTA — Indonesia’s election supervisory agency says it has received more than 1,200 complaints of vote-buying in the run-up to Wednesday’s vote.

“Most of the reports involve cash or groceries handed out at night,” said Suryani, a commissioner at the agency who, like many Indonesians, uses only one name, “and we are investigating every one of them.”''',
 "Most of the", "Suryani", "election_wire"),

('''ACCRA - Ghana's main opposition presidential candidate has promised to cut fuel taxes if elected in December.

Addressing a rally in Kumasi, Akosua Owusu-Ansah said families were being "crushed" by prices.

"When a mother in Kumasi has to choose between transport to the market and food for her children, something is badly wrong.

"My government will cut the fuel levy in its first hundred days. That is a promise, and you can hold me to it."''',
 "My government will", "Akosua Owusu-Ansah", "election_wire"),

('''TOKYO - Japan's ruling party has lost its majority in the upper house, according to projections by the public broadcaster NHK.

"We take this result very seriously and will reflect on the voices of the people," Prime Minister Takeda Haruki told reporters at party headquarters shortly after midnight.

Mr Takeda said he had no intention of resigning.''',
 "We take this", "Takeda Haruki", "election_wire"),

('''BRASÍLIA — Brazil’s finance minister has dismissed opposition claims that the government’s spending plans helped it win Sunday’s municipal elections.

Opposition senator Luiz Carlos dos Santos accused the government of “buying votes with public money”. Finance Minister Beatriz Azevedo Lima rejected the charge, and the governing coalition’s leader in the lower house, Ronaldo Pires, called it “desperate”.

The minister said: “These programmes were approved by Congress a year ago, long before anyone was thinking about municipal elections.”''',
 "These programmes were", "Beatriz Azevedo Lima", "election_wire"),

('''"Today the people of Senegal have chosen change, and they have chosen it peacefully."

With those words, Amadou Mbaye-Diallo claimed victory in Senegal's presidential run-off on Monday, hours before official results were announced.

His rival, Fatou Ndiaye Sarr, has not yet conceded.''',
 "Today the people", "Amadou Mbaye-Diallo", "election_wire"),

('''BUDAPEST — Hungary’s opposition alliance has called for international observers to monitor next year’s parliamentary election.

A spokeswoman for the alliance, Szabó Eszter, said: “We have no confidence that the state media will give opposition candidates a fair hearing during the campaign.”''',
 "We have no", "Szabó Eszter", "election_wire"),

# ---------------------------------------------------------------- central_bank_markets
('''FRANKFURT (Reuters) - The European Central Bank kept interest rates unchanged on Thursday, saying inflation was falling more slowly than expected.

"We are not yet at the point where we can declare victory over inflation," ECB President Sabine Kreutzer-Wendt told a news conference.''',
 "We are not", "Sabine Kreutzer-Wendt", "central_bank_markets"),

('''TOKYO — The yen fell to a 34-year low against the dollar on Wednesday, prompting a warning from Japan’s top currency official.

Vice Finance Minister for International Affairs Mori Kenta said the government was watching markets “with a high sense of urgency”. Naomi Gallagher, an analyst at Kestrel Capital, said intervention was likely within days.

“Verbal warnings have lost their power, and the market is now daring Tokyo to act,” she said.''',
 "Verbal warnings have", "Naomi Gallagher", "central_bank_markets"),

('''ANKARA - Turkey's central bank raised its main interest rate by five percentage points to 50 percent on Thursday, surprising markets.

"The monetary tightening will be maintained until a significant and sustained decline in the underlying trend of monthly inflation is observed," the Central Bank of the Republic of Türkiye said in a statement.''',
 "The monetary tightening", "Central Bank of the Republic of Türkiye", "central_bank_markets"),

('''MUMBAI - The Reserve Bank of India held its policy rate at 6.5 percent for the eighth meeting in a row.

"Inflation is moving in the right direction," said Governor Venkatesh Raghavan-Iyer, "but the last mile is always the hardest, and we cannot let our guard down."''',
 "but the last", "Venkatesh Raghavan-Iyer", "central_bank_markets"),

('''SANTIAGO — Chile’s central bank cut its benchmark rate by 75 basis points on Tuesday, its biggest cut in more than a decade.

Governor Rosario Fuentealba presented the decision alongside board member Tomás Larraín-Echeverría. Finance Minister Mario Olavarría welcomed the move, while economist Daniela Soto of Banco Andino said a further cut was likely in April.

The governor said: “The board considers that the balance of risks for inflation is now neutral, and that it is appropriate to keep reducing the policy rate.”''',
 "The board considers", "Rosario Fuentealba", "central_bank_markets"),

('''NEW YORK (AP) - Wall Street stocks tumbled on Friday after a stronger-than-expected jobs report dashed hopes of an early rate cut.

"The market had been pricing in a cut by June, and today's numbers have taken that off the table.

"I would not be surprised to see more selling next week as investors rethink their positions," said Gwendolyn Achterberg, chief market strategist at Halvard Securities.''',
 "The market had", "Gwendolyn Achterberg", "central_bank_markets"),

('''LAGOS - Nigeria's naira weakened past 1,500 to the dollar on the official market on Monday.

Central Bank of Nigeria Governor Olumide Adeyemi-Bakare had promised to clear a backlog of foreign exchange demand. Importers Blessing Okonkwo and Halima Sani said they had struggled to buy dollars.

"We have cleared more than two billion dollars of the backlog, and the rest will be settled within weeks," he told reporters in Abuja.''',
 "We have cleared", "Olumide Adeyemi-Bakare", "central_bank_markets"),

('''“We are prepared to intervene in the foreign exchange market as necessary.”

The Swiss National Bank repeated that sentence in its quarterly statement on Thursday as it left its policy rate unchanged at 1.5 percent.''',
 "We are prepared", "Swiss National Bank", "central_bank_markets"),

('''HONG KONG - Trading on the Hong Kong stock exchange was halted for more than two hours on Monday because of a technical fault.

According to a spokesman for Hong Kong Exchanges and Clearing, "The problem was caused by a fault in a data feed from a third-party vendor, and there is no evidence of a cyber attack."''',
 "The problem was", "Hong Kong Exchanges and Clearing spokesman", "central_bank_markets"),

('''BEIJING — China’s central bank cut the reserve requirement ratio for banks by half a percentage point, releasing about one trillion yuan of liquidity.

People’s Bank of China deputy governor Xuan Meiling announced the cut at a press briefing, alongside Wang Jianguo, head of the bank’s monetary policy department.

“This move will lower financing costs for the real economy and support a steady recovery,” she said.''',
 "This move will", "Xuan Meiling", "central_bank_markets"),

# ---------------------------------------------------------------- disaster_wire
('''ISTANBUL (AP) - A magnitude 6.1 earthquake struck western Turkey on Sunday, damaging buildings in several towns in Balıkesir province.

"There are people trapped under rubble in two buildings, and search teams are working at both sites," Interior Minister Ahmet Yıldırımoğlu told reporters.''',
 "There are people", "Ahmet Yıldırımoğlu", "disaster_wire"),

('''KARACHI — Floodwaters have displaced more than 200,000 people in Sindh province after days of monsoon rain.

A spokeswoman for the National Disaster Management Authority, Saima Rehman-Khan, said: “Our priority is clean water and shelter, because the risk of disease rises with every day the water stands.”

Provincial officials said at least 46 people had died.''',
 "Our priority is", "Saima Rehman-Khan", "disaster_wire"),

('''A powerful earthquake struck off the coast of Ishikawa prefecture in Japan on Tuesday, triggering tsunami warnings.

Residents of the town of Wajima were ordered to higher ground. Mayor Sakamoto Yumi said the town's fire service was stretched, and meteorologist Ota Shinji of the Japan Meteorological Agency warned of strong aftershocks.

The mayor said: "Many of our elderly residents live alone, and we are going door to door to make sure nobody has been left behind."''',
 "Many of our", "Sakamoto Yumi", "disaster_wire"),

('''Rescue teams in Morocco are racing to reach remote villages in the High Atlas after Friday's earthquake.

Youssef El Amrani, a volunteer with a rescue team from Marrakesh, said the road to the village of Tiksit was blocked by rockfalls.

"We walked for four hours carrying water and medicine. When we arrived, almost every house had fallen.

"The people there have been sleeping outside for two nights, and they are burying their dead with their own hands."''',
 "The people there", "Youssef El Amrani", "disaster_wire"),

('''Floods in southern Germany have forced the evacuation of thousands of people in Bavaria.

“The situation in some districts is extremely serious,” said the Bavarian interior minister, Friedrich von Hallerstein, “and I urge everyone to follow the instructions of the emergency services.”''',
 "The situation in", "Friedrich von Hallerstein", "disaster_wire"),

('''A magnitude 7.0 earthquake struck off the coast of northern California on Thursday, briefly triggering a tsunami warning.

The US Geological Survey said: "The earthquake occurred as a result of strike-slip faulting near the Mendocino triple junction, where three tectonic plates meet."

No major damage was reported.''',
 "The earthquake occurred", "US Geological Survey", "disaster_wire"),

('''A typhoon has left at least 31 people dead in the northern Philippines, officials said on Monday.

In the town of Aparri, fisherman Rodel Bautista lost his boat and his house. His wife, Maricel, and their daughter, Jasmine, sheltered in a school gymnasium with 300 others.

"Everything we had was in that house, but we are alive, and that is what matters," he said.''',
 "Everything we had", "Rodel Bautista", "disaster_wire"),

('''“The whole hillside came down in seconds, and three houses were simply gone.”

That was how Pemba Sherpa-Lama, a schoolteacher in Sindhupalchok district, described Tuesday’s landslide, which killed at least 14 people.

Nepal’s army has sent helicopters to the area.''',
 "The whole hillside", "Pemba Sherpa-Lama", "disaster_wire"),

('''Flash floods in northern Italy have killed at least eight people, according to the civil protection agency.

"Rivers rose by more than two metres in less than an hour in some valleys, and people had very little time to get out," according to Simone Cavallaro, a regional official in Emilia-Romagna.

He said about 3,000 people had spent the night in emergency shelters.''',
 "Rivers rose by", "Simone Cavallaro", "disaster_wire"),

('''Survivors of the floods in eastern Libya are still searching for missing relatives a week after two dams burst above the city of Derna.

Salem Abdulrahman al-Obeidi, 68, lost his son and two grandchildren. His neighbour, Fatima Bukhatwa, lost her sister, and a volunteer doctor, Nour el-Houda Ben Ali, is treating survivors in a makeshift clinic.

The 68-year-old said: "I go to the sea every morning and look at the water. I know they are there somewhere."''',
 "I go to", "Salem Abdulrahman al-Obeidi", "disaster_wire"),

# ---------------------------------------------------------------- space_science
('''Astronomers have found water vapour in the atmosphere of a rocky planet orbiting a nearby red dwarf star.

"This is the first time we have seen clear signs of water on a world this small outside our solar system," said Dr Ingrid Sørensen-Lund of the University of Copenhagen, who led the study.''',
 "This is the", "Ingrid Sørensen-Lund", "space_science"),

('''The European Space Agency has lost contact with its Arcadia Mars orbiter, two years after it arrived at the planet.

In a statement, ESA said: “Engineers are working to re-establish communication, and the spacecraft is designed to enter a safe mode if it detects a fault.”''',
 "Engineers are working", "European Space Agency", "space_science"),

('''India's space agency has landed a robotic rover near the Moon's south pole.

ISRO chairman Srinivasan Krishnamurthy watched from the control centre in Bengaluru alongside mission director Anjali Deshpande and project scientist Kavitha Menon.

"India is on the Moon. This is a moment that belongs to every scientist and engineer who has worked on this programme," he said.''',
 "India is on", "Srinivasan Krishnamurthy", "space_science"),

('''A team of palaeontologists in Argentina has unearthed the remains of a giant plant-eating dinosaur in Patagonia.

Team leader Dr Martín Ezequiel Paz-Aráoz said the animal was probably more than 30 metres long.

"We found vertebrae the size of a washing machine, and we have only uncovered about a fifth of the skeleton so far.

"It will take at least two more field seasons to get everything out of the rock and back to the laboratory in Buenos Aires."''',
 "It will take", "Martín Ezequiel Paz-Aráoz", "space_science"),

('''China’s lunar probe has returned to Earth with samples collected from the far side of the Moon.

“These samples will help us answer fundamental questions about how the Moon formed,” said Hu Xiaoling, deputy chief designer of the mission, “and why its two sides are so different.”''',
 "These samples will", "Hu Xiaoling", "space_science"),

('''Honeybees can learn to count to four, according to a study published in the journal Animal Cognition.

The lead author, Dr Kofi Boateng-Asare of the University of Ghana, and his co-author, Professor Ellen Maartens, trained bees to find sugar behind a set number of symbols.

"Bees have a brain smaller than a grain of rice, yet they can master a task we once thought required a large brain," Professor Maartens said.''',
 "Bees have a", "Ellen Maartens", "space_science"),

('''Three astronauts have returned to Earth after six months on the International Space Station.

The capsule carrying NASA’s Keisha Brandt-Owens, Japan’s Nakamura Ryo and Russia’s Arkady Voloshin splashed down off the coast of Florida on Sunday. Brandt-Owens was the only first-time flyer among the crew.

The first-time flyer said: “The view of home never gets old. I have taken thousands of photographs and none of them come close.”''',
 "The view of", "Keisha Brandt-Owens", "space_science"),

('''"We are not alone in this galaxy, but we may be very far apart."

That was how the astrobiologist Professor Tendai Mukwevho summed up the findings of a new survey of 5,000 planets, published on Wednesday.''',
 "We are not", "Tendai Mukwevho", "space_science"),

('''Japan's Hayabusa3 spacecraft has touched down on an asteroid and collected a sample, the Japan Aerospace Exploration Agency said.

Project manager Fujita Emi announced the touchdown in the agency's control room in Sagamihara, where engineer Kobayashi Daisuke had monitored the descent.

"The spacecraft behaved perfectly. We are all smiling here, but we know the hardest part, bringing it home, is still ahead," she said.''',
 "The spacecraft behaved", "Fujita Emi", "space_science"),

('''A private rocket carrying 36 satellites exploded shortly after lift-off from New Zealand’s Mahia Peninsula on Saturday.

A spokesman for Antares Launch Systems, which operates the rocket, said: “We lost telemetry about 90 seconds into flight, and our teams are reviewing the data to determine the cause.”''',
 "We lost telemetry", "Antares Launch Systems spokesman", "space_science"),

# ---------------------------------------------------------------- international_sport
('''DOHA - Morocco reached the semi-finals of the Arab Cup with a 2-1 win over Egypt on Tuesday.

"My players gave everything tonight. They ran until they had nothing left in their legs," said coach Hicham El Khayati after the match.''',
 "My players gave", "Hicham El Khayati", "international_sport"),

('''Ethiopia’s Tigist Haile Gebremariam won the women’s 10,000 metres at the world championships in Budapest, ahead of Kenya’s Mercy Jeptoo Kiprono and the Netherlands’ Noor van Dijk-Bosman.

Her coach, Abebe Tadesse, said she had trained at altitude for three months.

“I knew in the last lap I was strong. I was thinking only of my mother, who was watching at home in Bekoji,” she said.''',
 "I knew in", "Tigist Haile Gebremariam", "international_sport"),

('''Brazil's women's team beat Japan 3-1 in Saturday's Olympic quarter-final in Lyon.

"We suffered in the first half," said captain Ana Clara dos Reis Moura, "but at half-time we looked each other in the eye and promised we would not go home today."''',
 "but at half-time", "Ana Clara dos Reis Moura", "international_sport"),

('''The Confederation of African Football has fined Ghana's football association $50,000 after fans threw objects onto the pitch during a qualifier in Kumasi.

In a statement, CAF said: "The disciplinary board found that the host association failed to ensure order and security in the stadium."''',
 "The disciplinary board", "Confederation of African Football", "international_sport"),

('''South Korea’s head coach has defended his decision to leave out the team’s captain for Tuesday’s World Cup qualifier against Iran.

Coach Hwang Jae-min said striker Son Min-kyu had not recovered from a hamstring injury.

“I spoke to him on Sunday, and he understands that we cannot take a risk with his fitness.

“He will be back for the next camp, and he will be our captain again. Nothing has changed between us.”''',
 "He will be back", "Hwang Jae-min", "international_sport"),

('''French sprinter Jean-Baptiste Ndiaye-Lefèvre has withdrawn from the European Athletics Championships with a calf injury.

"It breaks my heart, but my body is telling me to stop," Ndiaye-Lefèvre told AFP on Thursday.''',
 "It breaks my", "Jean-Baptiste Ndiaye-Lefèvre", "international_sport"),

('''Kenya's Brian Kiplagat Rotich broke the world under-20 record in the men's 5,000 metres at the Diamond League meeting in Rome on Friday.

Rotich, 19, finished ahead of Uganda's Joshua Opio and Norway's Sindre Haugland. His coach, the Italian Renato Bellucci, said the record had been coming for months.

The 19-year-old said: "I did not come here thinking about records. I only wanted to win the race."''',
 "I did not", "Brian Kiplagat Rotich", "international_sport"),

('''“Nobody gave us a chance, not even our own federation.”

Those were the words of New Zealand goalkeeper Mereana Tūhoe-Parata after her side held the United States to a goalless draw in Auckland.''',
 "Nobody gave us", "Mereana Tūhoe-Parata", "international_sport"),

('''Italy's Nicola Bertolazzi won the men's marathon at the European Championships in Munich, with Germany's Hanna Weidenfeller taking the women's title earlier in the day.

Bertolazzi, 31, pulled away from the leaders with seven kilometres to go. His wife, Giulia, was waiting at the finish with their son.

"At 35 kilometres I felt the others were tired, and I said to myself: now or never," he said.''',
 "At 35 kilometres", "Nicola Bertolazzi", "international_sport"),

('''Argentina's football association has confirmed that midfielder Facundo Echeverría will miss the Copa América with a knee injury.

A spokesman for the Argentine Football Association said: "The player underwent surgery on Monday, and the medical staff expect him to be out for around four months."''',
 "The player underwent", "Argentine Football Association spokesman", "international_sport"),

# ---------------------------------------------------------------- court_ruling_wire
('''STRASBOURG - The European Court of Human Rights ruled on Tuesday that Switzerland had violated the rights of a group of elderly women by failing to do enough to tackle climate change.

"The Convention encompasses a right to effective protection by the State authorities from the serious adverse effects of climate change," the court said in its judgment.''',
 "The Convention encompasses", "European Court of Human Rights", "court_ruling_wire"),

('''SEOUL — A court in Seoul has ordered a Japanese company to compensate a 94-year-old woman who was forced to work in its factories during the Second World War.

The plaintiff, Choi Bok-soon, was not in court. Her lawyer, Kim Sung-ho, and a representative of a civic group, Lee Mi-kyung, spoke to reporters outside.

“This ruling comes too late for many victims, but it is a victory for history,” her lawyer said.''',
 "This ruling comes", "Kim Sung-ho", "court_ruling_wire"),

('''NEW DELHI - India's Supreme Court has struck down a state law that barred couples of different religions from marrying without permission from a district magistrate.

"The choice of a life partner is an essential part of personal liberty," wrote Justice Meenakshi Raghunathan for the bench, "and the State has no business standing in the way of two consenting adults."''',
 "and the State", "Meenakshi Raghunathan", "court_ruling_wire"),

('''THE HAGUE - Former militia commander Désiré Kabongo-Mwamba took the stand for a second day at the International Criminal Court on Wednesday.

"Did you give the order to burn the houses?" asked prosecutor Ingeborg Vandermeulen.

"I gave no such order. My men were not even in that valley on that day," Kabongo-Mwamba replied.''',
 "I gave no", "Désiré Kabongo-Mwamba", "court_ruling_wire"),

('''BUENOS AIRES — A court in Buenos Aires has sentenced a former police chief to life in prison for crimes committed during Argentina’s military dictatorship.

Reading the verdict, presiding judge Adriana Ferreyra-Costa said the court had heard from more than 200 witnesses.

“The victims’ families waited more than forty years for this day.

“Justice that comes late is still justice, and this court hopes it brings them some measure of peace.”''',
 "Justice that comes", "Adriana Ferreyra-Costa", "court_ruling_wire"),

('''THE HAGUE - A Dutch appeals court has ordered the government to stop exporting parts for fighter jets to a country at war.

The Ministry of Foreign Affairs said in a statement: "The government will comply with the ruling and is studying the judgment carefully before deciding whether to appeal."''',
 "The government will", "Ministry of Foreign Affairs", "court_ruling_wire"),

('''"My client has spent eleven years in prison for a crime he did not commit."

Lawyer Thandiwe Mokoena-Dlamini said this outside the Constitutional Court in Johannesburg after judges overturned the murder conviction of Sipho Nkosi.''',
 "My client has", "Thandiwe Mokoena-Dlamini", "court_ruling_wire"),

('''PARIS — A court in Paris has convicted a former French minister of embezzling public funds.

Presiding judge Hélène Marchetti-Roux read the verdict as the defendant, Jean-Marie Castelnau, stood in the dock. His lawyer, Clotilde Vasseur, said he would appeal.

The judge said: “The defendant used the resources of the State as if they were his own, and betrayed the trust placed in him.”''',
 "The defendant used", "Hélène Marchetti-Roux", "court_ruling_wire"),

('''NAIROBI - Kenya's High Court has suspended a new tax on mobile money transfers, pending a full hearing next month.

The petition was brought by activist Wanjiku Kamau-Otieno and economist Amina Hersi. The Attorney General's office was represented by state counsel Peter Omondi.

"The government collects this tax every single day. Every day the suspension continues costs the treasury millions of shillings," he said after the hearing.''',
 "The government collects", "Peter Omondi", "court_ruling_wire"),

('''KARLSRUHE — Germany’s Federal Constitutional Court has ruled that parts of the country’s climate protection law are unconstitutional.

“The current rules place too great a burden on future generations,” according to a spokeswoman for the court.''',
 "The current rules", "Federal Constitutional Court spokeswoman", "court_ruling_wire"),

# ---------------------------------------------------------------- refugees_ngo
('''GENEVA - The number of people forced to flee their homes worldwide has passed 120 million, the UN refugee agency said on Thursday.

"Behind each of these numbers is a person, a family and a story of loss," UNHCR spokeswoman Mireille Kouassi-Berthet told reporters.''',
 "Behind each of", "Mireille Kouassi-Berthet", "refugees_ngo"),

('''A rescue ship operated by the German charity Nordlicht Rescue has been detained by Italian authorities in the port of Crotone.

In a statement, Nordlicht Rescue said: “Our crew saved 64 people from a sinking boat. Detaining the ship means that the next boat in distress may have no one to answer its call.”''',
 "Our crew saved", "Nordlicht Rescue", "refugees_ngo"),

('''Thousands of Sudanese refugees have crossed into eastern Chad in the past week, aid workers say.

Among them is Hawa Abdallah Ishag, who walked for nine days with her four children. Aid worker Mahamat Saleh is helping to register new arrivals, alongside doctor Ibrahim Nour.

"We left with nothing. I carried the youngest on my back the whole way, and we drank water from puddles," she said.''',
 "We left with", "Hawa Abdallah Ishag", "refugees_ngo"),

('''Aid agencies have warned that food rations for Rohingya refugees in Bangladesh will be cut again next month.

Tasnim Chowdhury, country director of the aid group Harbour of Hope, said families were already going hungry.

"A ration of eight dollars a month is not enough to feed a child properly.

"If it is cut further, we will see malnutrition rates climb within weeks, and children will die."''',
 "If it is", "Tasnim Chowdhury", "refugees_ngo"),

('''On the Greek island of Lesbos, a new migrant reception centre has opened with space for 3,000 people.

“The conditions are better than in the old camp,” said Farhad Ahmadzai, a 23-year-old from Herat, “but it feels like a prison, with fences and cameras everywhere.”''',
 "The conditions are", "Farhad Ahmadzai", "refugees_ngo"),

('''WARSAW - Poland's interior minister has defended the construction of a new barrier on the border with Belarus.

Interior Minister Tomasz Wierzbicki-Nowak visited the border on Tuesday with the head of the border guard, Gen. Ewa Jabłońska. Agnieszka Kruk, an activist with the aid group Forest Lifeline, criticised the visit.

The minister said: "Poland has the right and the duty to protect its border, and this barrier will save lives by stopping the smugglers."''',
 "Poland has the", "Tomasz Wierzbicki-Nowak", "refugees_ngo"),

('''More than 2,500 migrants died or went missing in the Mediterranean last year, according to a report by the International Organization for Migration.

"These deaths are not inevitable. Safe and legal routes would save thousands of lives every year," the report said.''',
 "These deaths are", "International Organization for Migration", "refugees_ngo"),

('''“I have not seen my husband for three years, and I do not know if he is alive.”

Those were the words of Nyaluak Gatkuoth, 34, a South Sudanese mother living in Kakuma refugee camp in northern Kenya, speaking as the UN marked World Refugee Day.''',
 "I have not", "Nyaluak Gatkuoth", "refugees_ngo"),

('''BOGOTÁ - Colombia has granted temporary legal status to a further 500,000 Venezuelan migrants.

José María Urdaneta de León, who left Caracas in 2019, sells coffee on the streets of Cúcuta with his partner, Yusleidy Parra. Colombia's migration director, Carolina Ospina, announced the measure on Monday.

"With papers, I can finally rent a room in my own name and open a bank account," he said.''',
 "With papers, I", "José María Urdaneta de León", "refugees_ngo"),

('''TRIPOLI — The Libyan coast guard intercepted more than 300 migrants off the coast of Zuwara on Saturday.

A spokesman for the Libyan coast guard said: “The boats were overloaded and several of the people on board were suffering from dehydration.”''',
 "The boats were", "Libyan coast guard spokesman", "refugees_ngo"),

# ---------------------------------------------------------------- tech_announcement
('''SAN FRANCISCO - Software company Lumenforge unveiled an AI assistant for spreadsheets on Tuesday.

"We think this will change the way millions of people work with numbers," chief executive Priyanka Ramaswamy-Hale said at the company's developer conference.''',
 "We think this", "Priyanka Ramaswamy-Hale", "tech_announcement"),

('''Social media company Chirrup has suspended its service in Brazil after a court order.

In a statement, Chirrup said: “We have complied with the order under protest and will pursue every legal avenue to restore access for our users.”''',
 "We have complied", "Chirrup", "tech_announcement"),

('''SEOUL - Hanbit Electronics unveiled a foldable laptop on Wednesday as it seeks to revive falling sales.

Hanbit's head of mobile, Jung Tae-yang, presented the device alongside design chief Kang Ha-eun. Analyst Rachel Mok of Pinnacle Research said the price would put off many buyers.

"We believe the laptop and the tablet should no longer be two separate devices," he said.''',
 "We believe the", "Jung Tae-yang", "tech_announcement"),

('''TAIPEI - Taiwanese chipmaker Formosa Silicon said on Thursday it would build a second factory in Japan.

Chairman Lin Cheng-hao told shareholders that demand for advanced chips was growing faster than expected.

"Our customers are asking for more capacity than we can build, and they want it in more places.

"Japan offers us skilled engineers, government support and a stable supply of water and power."''',
 "Japan offers us", "Lin Cheng-hao", "tech_announcement"),

('''Ride-hailing firm Ridely has said it will cut 1,200 jobs, about 10 percent of its workforce.

“These are difficult decisions, and they affect colleagues who have worked extremely hard,” said company spokeswoman Adaeze Nwachukwu-Ellis, “but we need to focus on becoming profitable.”''',
 "These are difficult", "Adaeze Nwachukwu-Ellis", "tech_announcement"),

('''BRUSSELS - The European Commission has fined the search company Findora €1.2bn for abusing its dominance in online advertising.

"Findora used its position to shut out rivals and to raise prices for advertisers," according to a statement from the European Commission.''',
 "Findora used its", "European Commission", "tech_announcement"),

('''A Nairobi start-up that lets farmers insure their crops by text message has raised $40m from investors.

ShambaSure was founded in 2019 by Wairimu Njoroge-Kiptoo, a former agronomist. The round was led by Daniel Foss of Tidewater Ventures, and chief technology officer Brian Otieno joined the firm last year.

The founder said: "Most smallholder farmers have never had insurance. With one text message, they can now protect a whole season's work."''',
 "Most smallholder farmers", "Wairimu Njoroge-Kiptoo", "tech_announcement"),

('''“Privacy is not a feature. It is a right, and we have built this phone around it.”

With those words, Jonas Lindqvist-Aho, founder of the Finnish start-up Kaamos Devices, opened the launch of the Verra One smartphone in Helsinki on Tuesday.''',
 "Privacy is not", "Jonas Lindqvist-Aho", "tech_announcement"),

('''SHENZHEN — Drone maker SkyKite has unveiled a delivery drone that can carry 20 kilograms over 30 kilometres.

Founder Zhou Yiming introduced the drone at a launch event, where chief engineer Chen Lihua demonstrated a test flight. Mr Zhou said the company would start trials in three cities next year.

Asked about safety, she said: “Each drone has three independent systems to bring it down safely if something goes wrong.”''',
 "Each drone has", "Chen Lihua", "tech_announcement"),

('''A software update from the security firm Bastionware caused millions of computers to crash on Friday, grounding flights and disrupting hospitals.

A spokesperson for Bastionware said: "This was not a cyber attack. A defect in a single content update caused the problem, and a fix has been deployed."''',
 "This was not", "Bastionware spokesperson", "tech_announcement"),

# ---------------------------------------------------------------- culture_awards
('''LONDON - The Nigerian novelist Chinonso Egbuna-Hart has won the Meridian Prize for Fiction for her third novel, The Salt Road.

"I wrote this book for my grandmother, who could not read, but who told me every story I know," Egbuna-Hart said as she accepted the £50,000 award.''',
 "I wrote this", "Chinonso Egbuna-Hart", "culture_awards"),

('''LISBON — The Iranian director Bahram Farahani-Moghaddam won the top prize at the Lisbon Film Festival on Saturday for his film The Orchard Keeper.

The jury, led by the actress Lucía Benavente-Ortiz, praised the film’s “quiet courage”. Its lead actress, Shirin Kazemi, wept as the award was announced.

“I dedicate this prize to the people of my country, who are still waiting to be free,” he said.''',
 "I dedicate this", "Bahram Farahani-Moghaddam", "culture_awards"),

('''The Dutch architect Maarten van der Heijden-Bos has been awarded the Aurelius Prize for architecture.

"His buildings are modest, but they change the lives of the people who use them," said jury chair Ayesha Rahman-Qadir, "and that is exactly what architecture should do."''',
 "and that is", "Ayesha Rahman-Qadir", "culture_awards"),

('''The Malian singer Fanta Kouyaté-Diarra has won the Global Music Award for best album for Niger River Songs.

Speaking backstage, she said the album had been recorded in her family's courtyard in Ségou.

"We had no studio, just microphones, a generator and the neighbours' children listening at the gate.

"You can hear the birds on some of the songs, and I would not change that for anything."''',
 "You can hear", "Fanta Kouyaté-Diarra", "culture_awards"),

('''“Every dancer in this company has earned this award, from the principals to the students.”

So said Yuki Matsumoto-Reyes, artistic director of the Manila Contemporary Ballet, after the company won best ensemble at the Asia Dance Awards in Singapore.''',
 "Every dancer in", "Yuki Matsumoto-Reyes", "culture_awards"),

('''The British actor Kwabena Owusu-Holt won best actor at the Theatre Critics' Awards in London on Sunday for his King Lear.

He beat Sir Desmond Pryor and the newcomer Callum Reid, while Dame Helena Morrow took the award for best actress.

The actor said: "Playing Lear at 38 felt absurd at first, but grief does not wait until you are old."''',
 "Playing Lear at", "Kwabena Owusu-Holt", "culture_awards"),

('''STOCKHOLM - The Swedish Academy has defended its choice of this year's literature laureate after criticism from several writers.

In a statement, the Swedish Academy said: "The prize is awarded for literary merit alone, and the Academy does not take political considerations into account."''',
 "The prize is", "Swedish Academy", "culture_awards"),

('''TOKYO — The manga artist Takahashi Rin has become the first woman to win the Tezuka Grand Prize twice.

Takahashi’s editor, Morimoto Kenji, accepted the award on her behalf at the first ceremony, in 2015. This year she collected it herself, alongside her translator, Daniel Hartley.

“When I started drawing, editors told me that girls could not draw action stories. I hope young artists know that is not true,” she said.''',
 "When I started", "Takahashi Rin", "culture_awards"),

('''MEXICO CITY - A mural by the artist Xóchitl de la Garza Villaseñor has been restored after it was damaged in last year's earthquake.

"The mural tells the story of the city, and the city was not going to let it crumble," according to the artist, who supervised the restoration.''',
 "The mural tells", "Xóchitl de la Garza Villaseñor", "culture_awards"),

('''AMSTERDAM — A Dutch museum has agreed to return a 17th-century painting to the heirs of a Jewish art dealer whose collection was seized by the Nazis.

A spokeswoman for the Van Loon-Steenwijk Museum said: “We are convinced that returning the painting is the right and just decision.”''',
 "We are convinced", "Van Loon-Steenwijk Museum spokeswoman", "culture_awards"),

# ---------------------------------------------------------------- protest_wire
('''NAIROBI - Thousands of young Kenyans marched through the capital on Tuesday against a proposed finance bill.

"We are not here for any politician. We are here because we cannot afford bread," said Njeri Wambui-Kimani, a 24-year-old nurse.''',
 "We are not", "Njeri Wambui-Kimani", "protest_wire"),

('''TBILISI (Reuters) — Georgian police used water cannon to disperse protesters outside parliament late on Monday.

Georgia’s Ministry of Internal Affairs said in a statement: “Protesters attacked police officers with stones and fireworks, and officers responded in accordance with the law.”''',
 "Protesters attacked police", "Ministry of Internal Affairs", "protest_wire"),

('''BELGRADE - Tens of thousands of people marched in Belgrade on Saturday in the largest protest in Serbia for a decade.

Student organiser Milica Jovanović-Stanić led the march from the law faculty. Opposition politician Dragan Petrović joined the crowd, and police spokesman Nenad Ilić said the protest had been peaceful.

"We are students, not politicians, and we will keep walking until the people responsible for the canopy collapse are held to account," she said.''',
 "We are students", "Milica Jovanović-Stanić", "protest_wire"),

('''BUENOS AIRES - Pensioners and their supporters clashed with police outside Argentina's Congress on Wednesday during a protest against cuts to pensions.

Rubén Darío Cabrera, a 78-year-old retired railway worker, said he had been pushed to the ground by an officer.

"I worked for forty-five years, and now my pension does not last until the twentieth of the month.

"The police treat us as if we were criminals for asking for what we paid for all our lives."''',
 "The police treat", "Rubén Darío Cabrera", "protest_wire"),

('''GENEVA — Climate activists blocked the entrance to a private jet terminal at Geneva airport on Sunday.

“While ordinary people are told to cut back, the richest fly to lunch in another country,” said Noa Berthoud-Keller, a spokesperson for the group Last Exit, “and we will not stay quiet about it.”''',
 "and we will", "Noa Berthoud-Keller", "protest_wire"),

('''BANGKOK - A Thai court has sentenced a pro-democracy activist to four years in prison for insulting the monarchy.

The activist, Siriporn Thongchai, 26, was convicted over a speech she gave at a rally in 2021. Her lawyer, Kritsada Boonmee, said they would appeal, and a fellow activist, Anucha Saengthong, was detained outside the court.

Before she was led away, the activist told supporters: "They can lock me up, but they cannot lock up an idea."''',
 "They can lock", "Siriporn Thongchai", "protest_wire"),

('''PARIS — Hundreds of thousands of people marched across France on Thursday against the government’s plan to raise the retirement age.

“This is the biggest day of mobilisation in thirty years,” according to Sophie Dubreuil-Martin, general secretary of the union federation Force Commune.

The interior ministry put the number of marchers at 1.1 million.''',
 "This is the", "Sophie Dubreuil-Martin", "protest_wire"),

('''"We are farmers, not criminals, and we will not leave until the minister comes out to speak to us."

The words were those of Hendrik ter Horst, a dairy farmer from Overijssel, speaking as hundreds of tractors blocked the motorways around The Hague on Wednesday in protest at new nitrogen rules.''',
 "We are farmers", "Hendrik ter Horst", "protest_wire"),

('''ROME — Taxi drivers staged a 24-hour strike across Italy on Tuesday against plans to issue thousands of new licences.

Gabriele Santangelo, who has driven a taxi in Rome for 22 years, joined the protest in Piazza Venezia with his daughter, Federica. Transport minister Paola Lucchesi said the reform would go ahead.

“A licence cost me 180,000 euros. If they hand out new ones for free, what is mine worth tomorrow?” he said.''',
 "A licence cost", "Gabriele Santangelo", "protest_wire"),

('''SANTIAGO - Chilean police arrested more than 200 people during student protests over university fees on Thursday.

A spokesman for the Carabineros de Chile said: "Most of those arrested were detained for public disorder and damage to property, and 14 officers were injured."''',
 "Most of those", "Carabineros de Chile spokesman", "protest_wire"),
]
