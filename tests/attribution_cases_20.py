"""Three hundred made-up UK and Irish local-news passages in 30 forms, written blind (twentieth set).

A third grid, of the pack's own kind of text: local news from Britain and Ireland outside the courts
and council chambers (NHS trusts and GP surgeries, schools and inspections, fire, ambulance and police
appeals, Gardaí, transport and utilities, planning, pubs and shops, charities, community groups,
grassroots sport, weather, animal rescues, family tributes, neighbours, social media posts,
petitions, business openings and closures, festivals, human-interest stories).

Written blind: the author read only data/annotations/quotes_README.md (the "What a row is"
and "Columns" sections) and none of the project's source, tests, benchmarks, notebooks,
solutions or exercises, and did not run the attribution tool.

Every person, pub, shop, school, club, charity and firm in these passages is invented. Real
public bodies (councils, police forces, NHS trusts and health boards, fire and ambulance
services, universities, transport operators, water and power companies, weather agencies,
animal charities, newspapers) appear only as bodies.

It was run once when it arrived: 0.847 (254 of 300) for the rules of the session it was written in,
0.843 (253) for the code at that session's start. General rules were then written from its misses
(bodies with two fields joined by "and", initials in brackets, police ranks, "National" as a body's
first word, "has been named as" ...), each checked by a review: 0.897 (269). The rest are listed in ``KNOWN_MISSES_20`` in
``test_attribution_cases.py``; nine of them need the gender of a first name ("he said" after a woman
and a man named together), which no bundled list gives.

CASES is a list of 300 tuples (text, opening_words, speaker, form):

- text: a passage of 1-4 short paragraphs separated by "\\n\\n", in the style of UK and Irish
  local news websites.
- opening_words: the first three words of the quotation under test, exactly as they appear
  right after its opening mark (" or \u201c). They occur exactly once in text.
- speaker: the answer key for that quotation, following the README convention: canonical full
  name (titles and ranks such as Mr, Dr, Cllr, PC, Det Con, Station Manager, Fr, Rev dropped;
  pronouns, surname-only mentions and descriptive anaphors resolved); unnamed people get a short
  description with the body first ("Gwent Police spokesman", "neighbour", "Liam Carter's family");
  a body that speaks gets its name at its fullest in the passage; "" when nobody can be identified.
- form: snake_case label of the kind of story and attribution (30 forms x 10 passages).

Other quotations may appear in a passage; only the one starting with opening_words is tested.
For a quotation that runs over several paragraphs, the tested part may be a continuation
paragraph; its speaker is the speaker of the whole quotation.
"""

CASES = [
# ---------------------------------------------------------------- nhs_trust_spokesperson
('''Patients at the William Harvey Hospital in Ashford faced waits of more than 14 hours in A&E over the weekend, according to figures seen by KentOnline.

One woman said her 87-year-old father spent the night on a trolley in a corridor.

A spokesperson for East Kent Hospitals University NHS Foundation Trust said: “We are sorry that some patients waited longer than they should have. Our emergency departments were extremely busy and we thank staff for their hard work.”''',
 "We are sorry", "East Kent Hospitals University NHS Foundation Trust spokesperson", "nhs_trust_spokesperson"),

('''Bosses at the Royal Oldham Hospital have apologised after a patient’s belongings, including her wedding ring, were lost during a ward move.

Pat Cregan, 71, from Chadderton, said she was “heartbroken” when staff told her the bag could not be found.

The hospital is run by the Northern Care Alliance NHS Foundation Trust. “We have contacted Mrs Cregan directly to apologise and a full search is under way,” a trust spokesman said.''',
 "We have contacted", "Northern Care Alliance NHS Foundation Trust spokesman", "nhs_trust_spokesperson"),

('''Visiting restrictions have been brought back on two wards at a north Wales hospital after an outbreak of norovirus.

Ward 7 and Ward 9 at Ysbyty Glan Clwyd in Bodelwyddan are closed to new admissions.

"Norovirus spreads very easily, so we are asking people not to visit if they have had sickness or diarrhoea in the last 48 hours," said a spokesperson for the health board. "We appreciate this is difficult for families."''',
 "Norovirus spreads very", "health board spokesperson", "nhs_trust_spokesperson"),

('''The Belfast Health and Social Care Trust has said it is "working urgently" to fix a fault that has left the car park barriers at the Royal Victoria Hospital stuck shut at busy times.

Visitors told BelfastLive they had queued for up to 40 minutes to get in, with some missing appointments.

In a statement, the trust said: "The payment system will be fully repaired by Friday. We apologise for any inconvenience caused."''',
 "The payment system", "Belfast Health and Social Care Trust", "nhs_trust_spokesperson"),

('''Maternity services at Tunbridge Wells Hospital in Pembury have been rated "requires improvement" by the Care Quality Commission.

Inspectors found staffing levels on some shifts fell below safe numbers.

A spokeswoman for Maidstone and Tunbridge Wells NHS Trust said: "We accept the findings of the report and have already made changes, including recruiting 30 more midwives.

"Families can be reassured that our maternity unit remains a safe place to give birth."''',
 "Families can be", "Maidstone and Tunbridge Wells NHS Trust spokeswoman", "nhs_trust_spokesperson"),

('''There were 112 patients on trolleys at University Hospital Limerick on Tuesday morning, according to the Irish Nurses and Midwives Organisation.

INMO regional officer Mary Fogarty said: “Staff are exhausted and patients deserve better than this.”

“We are opening additional beds and asking the public to consider other options, such as their GP or local injury unit, before attending the emergency department,” a spokesperson for UL Hospitals Group said.''',
 "We are opening", "UL Hospitals Group spokesperson", "nhs_trust_spokesperson"),

('''A Paisley mum has hit out after her son's operation at the Royal Hospital for Children was cancelled three times.

Leanne Carberry, 34, said: "Every time, we get him ready, he doesn't eat, and then we're sent home."

A spokesman for NHS Greater Glasgow and Clyde said the cancellations were due to emergency cases taking priority. He added: "We understand how upsetting this is and we will contact the family to arrange a new date as soon as possible."''',
 "We understand how", "NHS Greater Glasgow and Clyde spokesman", "nhs_trust_spokesperson"),

('''Morriston Hospital is asking people to stay away from its emergency department unless their condition is life-threatening, after what it described as an "extremely busy" weekend.

"Our emergency department is under significant pressure, and people with minor injuries may wait many hours to be seen," said a spokesperson for Swansea Bay University Health Board.

Patients with minor injuries are being urged to use the Minor Injuries Unit at Neath Port Talbot Hospital instead.''',
 "Our emergency department", "Swansea Bay University Health Board spokesperson", "nhs_trust_spokesperson"),

('''Car parking charges are to be introduced at Antrim Area Hospital from April, the Northern Health and Social Care Trust has confirmed.

Visitors will pay £1 an hour, with free spaces kept for blue badge holders.

Antrim woman Julie McAleese, whose husband has dialysis three times a week, said: "It's another cost for people who have no choice but to be there."

The Northern Trust said: "All money raised will be reinvested in maintaining and improving our car parks."''',
 "All money raised", "Northern Health and Social Care Trust", "nhs_trust_spokesperson"),

('''The family of a Wythenshawe pensioner who was discharged from hospital in the middle of the night wearing only a gown have called for answers.

Frank Doherty, 82, was sent home in a taxi at 2am from Manchester Royal Infirmary in January, his daughter, Louise Doherty, said.

“We would like,” said a spokesperson for Manchester University NHS Foundation Trust, “to apologise to Mr Doherty and his family. This falls below the standards we expect.”''',
 "to apologise to", "Manchester University NHS Foundation Trust spokesperson", "nhs_trust_spokesperson"),

# ---------------------------------------------------------------- hospital_staff_named
('''The new chief executive of Liverpool University Hospitals NHS Foundation Trust has promised to end corridor care within a year.

Professor Amanda Kane, who took up the role this month, was previously in charge of a hospital trust in Leeds.

Speaking to staff at the Royal Liverpool University Hospital on Monday, Prof Kane said: "Nobody should be cared for in a corridor. That is my first priority, and I expect to be judged on it."''',
 "Nobody should be", "Amanda Kane", "hospital_staff_named"),

('''Doctors at Craigavon Area Hospital have begun using a robot to carry out some bowel operations, the first in the Southern Trust area.

"Patients recover more quickly, spend less time in hospital and have less pain afterwards," said consultant surgeon Dr Niamh Tierney, who performed the first procedure.

Patient Brendan Rooney, 58, from Lurgan, said he was home within two days.''',
 "Patients recover more", "Niamh Tierney", "hospital_staff_named"),

('''Ward sister Helen Marsh has been named nurse of the year at the Blackpool Teaching Hospitals NHS Foundation Trust staff awards, held at the Winter Gardens.

Chief executive Martin Ashworth presented the award. He said Ms Marsh had "changed the culture" on the stroke ward.

"I didn't expect this at all. It belongs to the whole team," she said.''',
 "I didn't expect", "Helen Marsh", "hospital_staff_named"),

('''The chief executive of Cardiff and Vale University Health Board has warned that the University Hospital of Wales is “at capacity” ahead of the winter.

Suzanne Rhys-Evans told WalesOnline: “We have more patients who are medically fit to leave than at any time I can remember, but there is nowhere for them to go.

“That isn’t a criticism of social care colleagues, who are under the same pressure we are.

“What we need is a whole-system plan, and we need it now.”''',
 "That isn’t a", "Suzanne Rhys-Evans", "hospital_staff_named"),

('''NHS Lanarkshire's director of nursing has urged people to get their flu jab after a rise in hospital admissions.

"We are seeing more people admitted with flu than at this point last year," said Eddie Clarkson. "Vaccination remains the best protection, especially for the over-65s and anyone with a long-term condition."

Mr Clarkson said drop-in clinics would run at Wishaw General and Hairmyres hospitals this weekend.''',
 "Vaccination remains the", "Eddie Clarkson", "hospital_staff_named"),

('''A new 50-bed ward block at Mayo University Hospital in Castlebar will open to patients next month.

The hospital's general manager, Catherine Geraghty, said the building had been "a long time coming" for the people of Mayo.

"It will make a real difference to our trolley numbers in the winter," Ms Geraghty said.''',
 "It will make", "Catherine Geraghty", "hospital_staff_named"),

('''A 94-year-old former miner from Barnsley has become the oldest patient to have a knee replaced at Barnsley Hospital.

Arthur Beever said he had been "in agony for years" before the operation.

Consultant orthopaedic surgeon Mr Ajay Menon said age alone was no reason to rule out surgery. "Arthur is fitter than a lot of my 60-year-olds," Mr Menon said. "He was walking on the ward the day after the operation."''',
 "Arthur is fitter", "Ajay Menon", "hospital_staff_named"),

('''The chairman of Hull University Teaching Hospitals NHS Trust is to step down after eight years.

Graham Fenwick, 68, said in a message to staff:

“It has been the privilege of my working life to serve this hospital and this city. I leave knowing it is in good hands.”

A replacement will be appointed in the spring.''',
 "It has been", "Graham Fenwick", "hospital_staff_named"),

('''Two doctors at Musgrove Park Hospital in Taunton have cycled 1,000 miles from Land's End to John o' Groats to raise money for the hospital's cancer unit.

Dr Lucy Amankwah and Dr Peter Shaw completed the ride in 12 days, raising more than £18,000.

Dr Amankwah said the final day in the rain had been "brutal".

"There were moments I thought we wouldn't make it, but the messages from patients kept us going," he said.''',
 "There were moments", "Peter Shaw", "hospital_staff_named"),

('''“If you don't need to be here, please don't come here.”

That was the message from Dr Fergal Brophy, clinical director of the emergency department at Cork University Hospital, as the hospital recorded its busiest day of the year.

More than 300 people attended the department on Monday, with 71 patients on trolleys.''',
 "If you don't", "Fergal Brophy", "hospital_staff_named"),

# ---------------------------------------------------------------- gp_surgery
('''A GP surgery in Whitstable is to close at the end of March, leaving 6,000 patients needing to register elsewhere.

Patients at the Harbour Lane Surgery received letters this week. Practice manager Donna Kettle said the decision had been "incredibly difficult".

"We have struggled to recruit GPs for the last three years and we simply cannot continue to run a safe service," she said.''',
 "We have struggled", "Donna Kettle", "gp_surgery"),

('''Patients at a Salford health centre say they are having to queue outside from 7am to get an appointment.

Dr Imran Qureshi, a senior partner at Pendleton Road Medical Practice, said the surgery was doing “everything we can” with the staff it has.

Gladys Ormerod, 79, of Langworthy Road, said: “I stood in the rain for an hour last Tuesday and still didn’t get seen. It’s not right for people my age.”''',
 "I stood in", "Gladys Ormerod", "gp_surgery"),

('''Residents in Sittingbourne are being asked for their views on plans to merge two GP practices.

"Bringing the practices together will mean longer opening hours," said a spokesperson for NHS Kent and Medway, the body which plans health services in the county. "No patient will need to travel further than they do now."

A drop-in event will be held at the Swallows Leisure Centre on Thursday.''',
 "No patient will", "NHS Kent and Medway spokesperson", "gp_surgery"),

('''A Galway GP has warned that rural practices will close unless more young doctors are encouraged to work outside the cities.

Dr Colm Fahy, who has practised in Oughterard for 31 years, plans to retire next year and has been unable to find a replacement.

"I've advertised twice and got no applications," Dr Fahy told the Connacht Tribune. "If nobody comes, 2,000 people here will have no doctor."''',
 "I've advertised twice", "Colm Fahy", "gp_surgery"),

('''A surgery in Newport has opened a weekly evening clinic for men who do not usually see a doctor.

Practice nurse Siân Howells came up with the idea after noticing how few men attended health checks.

Dr Gareth Pugh, a GP at the Malpas Road practice, said the clinic had been "fully booked" since it launched.

"Men will put off coming for years. If an evening slot and a cup of tea gets them through the door, it's worth it," he said.''',
 "Men will put", "Gareth Pugh", "gp_surgery"),

('''Members of a patient group in Crosby have written to health bosses over plans to move blood tests from their surgery to a hospital ten miles away.

The chairwoman of the Moor Lane Surgery patient participation group, Mrs Brenda Ellison, said:

“Many of our members are elderly and don’t drive. A ten-mile journey for a blood test is simply not acceptable.

“We are asking for the service to stay where it is.”''',
 "Many of our", "Brenda Ellison", "gp_surgery"),

('''A Lisburn GP practice has apologised after its phone lines went down for two days, leaving patients unable to book appointments.

In a statement, Riverside Medical Centre said: "A fault with our telephone provider caused the outage. We are sorry for the disruption and would ask patients to use our online form where possible."

One patient said she had walked to the surgery three times before she was seen.''',
 "A fault with", "Riverside Medical Centre", "gp_surgery"),

('''Patients registered at a Motherwell surgery say they are being told to call back the next day when all of the appointments are gone by 8.15am.

"You ring at eight on the dot and you're 30th in the queue," said one patient, who asked not to be named. "By the time you get through, it's 'call back tomorrow'."

NHS Lanarkshire said it was working with the practice to improve access.''',
 "You ring at", "patient", "gp_surgery"),

('''A pharmacy in Maidstone will start treating seven common conditions, including earache and sore throats, without the need to see a GP.

Pharmacist Oliver Grant, who owns Grant's Chemist in Week Street, said: "We've had the training and we're ready to go."

Dr Parveen Sahota, a GP in the town, welcomed the move. She said: "Anything that frees up appointments for patients who really need to see a doctor is a good thing."''',
 "Anything that frees", "Parveen Sahota", "gp_surgery"),

('''A new primary care centre in Letterkenny has been given the go-ahead, bringing four GP practices under one roof.

Dr Aoife Gallagher, 41, one of the GPs moving into the building, said the current surgery was "bursting at the seams".

“We have patients in wheelchairs who can't get through our front door. The new centre will be fully accessible, with space for physio and mental health services too,” Dr Gallagher said.''',
 "We have patients", "Aoife Gallagher", "gp_surgery"),

# ---------------------------------------------------------------- headteacher_school
('''A secondary school in Gillingham has closed early for the summer holidays after a problem with its water supply.

Headteacher Mark Dolan wrote in a letter to parents: "I am sorry for the short notice, but I cannot keep the school open safely without running water."

Pupils will be set work online for the final three days of term.''',
 "I am sorry", "Mark Dolan", "headteacher_school"),

('''Pupils at St Brigid's Primary School in Drumquin have raised £3,400 for a classmate's cancer treatment.

The money will help the family of seven-year-old Conor Devlin travel to Belfast for his treatment. His dad, Shane Devlin, said the family were "blown away".

Principal Róisín McCann said the whole school had got behind the appeal. "The children organised a sponsored walk, a bake sale and a non-uniform day, all in two weeks. I couldn't be prouder of them," she said.''',
 "The children organised", "Róisín McCann", "headteacher_school"),

('''A Wrexham primary school has been shortlisted for a national award for its outdoor learning.

Headteacher Dylan Bowen and deputy head Ffion Lloyd started the forest school project four years ago.

Mrs Lloyd said pupils now spend every Friday afternoon outside, "whatever the weather".

"We've seen children who struggled in the classroom come alive out there," he said.''',
 "We've seen children", "Dylan Bowen", "headteacher_school"),

('''Parents have been told the headteacher of a Bolton primary school has left with immediate effect.

In a letter sent home on Friday, chair of governors Philip Crane said:

“Mrs Hartley has decided to step down from her role as headteacher. We thank her for her service to the school.

“An interim headteacher will be in place from Monday and children’s learning will not be affected.”''',
 "An interim headteacher", "Philip Crane", "headteacher_school"),

('''A 15-year-old from Hartcliffe has been picked for the England under-16 girls' football squad.

Jade Platt, a pupil at Withywood Park Academy, has played for a Bristol academy side since she was nine.

Her mum, Kerry Platt, 38, said: "She's always had a ball at her feet. We're so proud we could burst."

Jade said: "I just want to keep improving and see how far I can go."''',
 "She's always had", "Kerry Platt", "headteacher_school"),

('''Pupils at an Aberdeenshire secondary will no longer be allowed to use mobile phones during the school day, from August.

Kinbrae Academy's headteacher, Elaine Rennie, said the ban followed a survey of parents and staff.

“Most parents told us they wanted this. Phones will be handed in at registration and returned at the end of the day,” Ms Rennie said.

One S4 pupil said the rule was “a bit much”.''',
 "Most parents told", "Elaine Rennie", "headteacher_school"),

('''Parents at a Swindon secondary school have complained after pupils were sent home for wearing the wrong shoes on the first day of term.

One parent, whose son is in Year 8, said: "He was in tears. We'd spent £45 on those shoes and they're black, just not the exact style."

Kingsdown Vale Academy said its uniform policy had been "shared with families in June".''',
 "He was in", "parent", "headteacher_school"),

('''An academy trust has apologised after a Year 11 maths mock exam was accidentally shared on social media the night before pupils sat it.

The paper, set for pupils at Rochester Riverside Academy, was posted on a class group chat.

Medway Valley Learning Trust, which runs the school, said: “The paper has been replaced and pupils will sit the new version next week. We are investigating how this happened.”''',
 "The paper has", "Medway Valley Learning Trust", "headteacher_school"),

('''A Kilkenny secondary school is to become co-educational after almost 150 years as a boys' school.

"It's a big change, but it's the right one for the town," said principal Mr Seán Dunphy. "Parents have been asking for this for a long time."

The first girls will start in first year in September.''',
 "It's a big", "Seán Dunphy", "headteacher_school"),

('''After 42 years teaching at the same Sunderland primary school, Miss Pauline Hedley is finally hanging up her whistle.

The 64-year-old started at Hylton Bank Primary as a newly qualified PE teacher in 1983 and has taught some of her current pupils' grandparents.

Headteacher Andrew Lisle said she was "a legend in this community".

Miss Hedley said: "I've loved every minute. I'll miss the children most, but I won't miss marking."''',
 "I've loved every", "Pauline Hedley", "headteacher_school"),

# ---------------------------------------------------------------- school_inspection
('''A Margate primary school has been rated "outstanding" by Ofsted for the first time in its history.

In its report, Ofsted said: "Pupils are proud of their school. They behave exceptionally well and are keen to learn."

Headteacher Rebecca Styles said staff were "over the moon".''',
 "Pupils are proud", "Ofsted", "school_inspection"),

('''A Stockport secondary school has been told it “requires improvement” following its latest Ofsted inspection.

Inspectors said the quality of teaching varied too much between subjects.

“We recognise the areas the report identifies and we have a clear plan to address them,” said headteacher Nadia Farouk. “There is a great deal in this report we are proud of too.”''',
 "We recognise the", "Nadia Farouk", "school_inspection"),

('''A Caerphilly secondary school has been placed in special measures after an inspection by Estyn, the education watchdog for Wales.

The Estyn report said: "Too many pupils do not make enough progress in their lessons, and attendance has not improved since the last inspection."

Caerphilly County Borough Council said it would provide extra support.''',
 "Too many pupils", "Estyn", "school_inspection"),

('''A Kirkcaldy primary school has been praised by Education Scotland inspectors for its work with families.

The report highlighted the school's breakfast club and its "very positive" relationships with parents.

A spokesperson for Fife Council said: "This is a well-deserved report for a school that puts children and families at the heart of everything it does."''',
 "This is a", "Fife Council spokesperson", "school_inspection"),

('''A nursery in Rochdale has been rated "inadequate" after inspectors found staff had not been properly checked.

The Ofsted report said: "Leaders do not have robust recruitment procedures. Some staff working with children have not had the required background checks.

"Children's welfare is not assured."

The nursery, Little Acorns Day Care on Bury Road, said it had already made the changes needed.''',
 "Children's welfare is", "Ofsted", "school_inspection"),

('''A Cumbrian primary school has been rated “good” in every area, less than two years after it was placed in special measures.

Headteacher Joanne Birkett joined Fellside Primary School in Kendal in 2023. Chair of governors Ian Threlkeld said she had “turned the school around”.

“It’s a team effort. The staff have worked incredibly hard, and the children deserve all the credit,” she said.''',
 "It’s a team", "Joanne Birkett", "school_inspection"),

('''A special school in Newry has been praised by the Education and Training Inspectorate for the way it supports pupils with complex needs.

"The pupils are happy, settled and make very good progress from their starting points," the inspectorate said in its report.

Principal Gerard Quinn said: "This is a tribute to our staff and our families."''',
 "The pupils are", "Education and Training Inspectorate", "school_inspection"),

('''Parents have reacted with dismay after a Burnley high school was rated "inadequate" by Ofsted.

Lisa Greenhalgh, 41, of Colne Road, has two children at the school. She said: "I'm worried sick. My eldest has her GCSEs next year and I don't know whether to move her."

The school said a new leadership team was already in place.''',
 "I'm worried sick.", "Lisa Greenhalgh", "school_inspection"),

('''Staff and pupils at a Neath primary school are celebrating after an Estyn report praised its Welsh-language teaching.

“To read that our pupils ‘speak Welsh with confidence and enjoyment’ is wonderful,” headteacher Carys Morgan said. “That is exactly what we have worked for.”

The school, Ysgol Gwaun Fach, has 210 pupils.''',
 "To read that", "Carys Morgan", "school_inspection"),

('''Ofsted has defended its decision to inspect a Dover primary school just days after its headteacher went on sick leave.

The school’s governors had asked for the inspection to be delayed.

“Inspections are only deferred in exceptional circumstances. We carefully considered the school’s request,” an Ofsted spokesperson said.''',
 "Inspections are only", "Ofsted spokesperson", "school_inspection"),

# ---------------------------------------------------------------- university_students_union
('''Students at the University of Kent have voted to back a rent strike over conditions in campus accommodation.

Kent Union president Tasha Adeyemi said: "Students are paying more than ever for rooms with mould and broken heating. Enough is enough."

A University of Kent spokesperson said it was "working closely" with students to resolve the issues.''',
 "Students are paying", "Tasha Adeyemi", "university_students_union"),

('''Hundreds of students staged a sit-in at the University of Manchester's Whitworth Hall on Wednesday in protest at plans to cut 200 jobs.

"We understand this is a worrying time for colleagues. We are committed to keeping compulsory redundancies to a minimum," a spokesperson for the University of Manchester said.''',
 "We understand this", "University of Manchester spokesperson", "university_students_union"),

('''Scientists at Queen's University Belfast have developed a test that can spot sepsis in newborn babies in under an hour.

The team was led by Professor Orla Devine, from the university's School of Medicine.

"At the moment, doctors wait up to two days for results. An hour could save a baby's life," Prof Devine said.''',
 "At the moment,", "Orla Devine", "university_students_union"),

('''A 72-year-old grandmother from Treorchy has graduated from Cardiff University with a degree in history, 55 years after she left school.

Margaret Pritchard, of Bute Street, said:

“I always regretted not going to university. My husband, Gwyn, told me to stop talking about it and do it.

“So I went for it. I’m living proof you’re never too old.”''',
 "So I went", "Margaret Pritchard", "university_students_union"),

('''Two students at Ulster University's Coleraine campus have launched an app that helps people find lost pets.

Aimee Boyd, 21, and Ciarán Mullan, 22, came up with the idea after Aimee's dog went missing for three days last year.

Ms Boyd said the app had been downloaded "more than 4,000 times" in its first month.

"We never expected it to take off like this. We built it in our kitchen during exam season," he said.''',
 "We never expected", "Ciarán Mullan", "university_students_union"),

('''A students' union has apologised after a Freshers' Week event sold out within minutes and crashed its website.

In a statement, Swansea University Students' Union said: "We know lots of you are disappointed. We have added a second night and tickets will go on sale at 10am on Friday."''',
 "We know lots", "Swansea University Students' Union", "university_students_union"),

('''Students at the University of Galway say they are sleeping in cars and hostels because they cannot find accommodation in the city.

"I've been in a hostel for three weeks. I'm paying €40 a night and studying on a bunk bed," said one student, who did not want to be named.

The university said it had secured 150 extra beds in the city for the term.''',
 "I've been in", "student", "university_students_union"),

('''The University of Aberdeen’s principal has said the university will not close any of its schools despite a £12 million shortfall.

Professor Neil Strachan told the Press and Journal: “We have difficult decisions ahead, but closing schools is not one of them.

“We will look at every other option first, including selling buildings we no longer need.”''',
 "We will look", "Neil Strachan", "university_students_union"),

('''Students at Manchester Metropolitan University are being offered free breakfasts during exam season as the cost of living continues to bite.

"Nobody should sit an exam on an empty stomach," said Jordan Tse, the students' union's welfare officer. “We served 900 breakfasts in the first week alone.”''',
 "We served 900", "Jordan Tse", "university_students_union"),

('''A University of Stirling researcher has been awarded £1.2m to study how salmon are affected by warmer rivers.

Dr Kirsty McLeish has spent ten years tracking fish in the River Teith.

Speaking after the award was announced, Dr McLeish said:

“Our rivers are getting warmer every summer. We need to understand what that means for salmon before it's too late.”''',
 "Our rivers are", "Kirsty McLeish", "university_students_union"),

# ---------------------------------------------------------------- fire_service_officer
('''Firefighters were called to a barn fire near Faversham in the early hours of Sunday.

Six fire engines attended the blaze at a farm off Brogdale Road, which destroyed around 200 bales of hay.

"Crews worked through the night to stop the fire spreading to nearby buildings," said Station Manager Paul Regan, of Kent Fire and Rescue Service.''',
 "Crews worked through", "Paul Regan", "fire_service_officer"),

('''A Rochdale family escaped unhurt after a tumble dryer caught fire in their kitchen.

Dad Craig Holt, 39, said smoke alarms woke the family at 3am.

Watch Manager Sarah Kenyon, of Greater Manchester Fire and Rescue Service, said the family had done everything right. “They got out, stayed out and called 999. Never leave a tumble dryer running overnight,” she said.''',
 "They got out,", "Sarah Kenyon", "fire_service_officer"),

('''Fire crews tackled a large gorse fire on the slopes of Slieve Croob on Tuesday afternoon.

Around 40 firefighters were at the scene at the height of the blaze.

Northern Ireland Fire and Rescue Service said: "We are asking the public not to light fires in the countryside. Deliberate gorse fires put lives at risk and take crews away from other emergencies."''',
 "We are asking", "Northern Ireland Fire and Rescue Service", "fire_service_officer"),

('''Crews from Carmarthen and Llandeilo were called to a house fire in Ffairfach on Thursday night.

"Firefighters found a well-developed fire in the roof space when they arrived," a spokesperson for Mid and West Wales Fire and Rescue Service said. "Nobody was hurt."''',
 "Firefighters found a", "Mid and West Wales Fire and Rescue Service spokesperson", "fire_service_officer"),

('''A major fire at a disused mill in Paisley has been brought under control, Scottish Fire and Rescue Service said.

Group Commander Alan Baxter said:

"At the peak of the fire, we had 60 firefighters and 12 appliances at the scene.

"The building is unsafe and crews will remain there for several days. I would ask people to avoid the area."''',
 "The building is", "Alan Baxter", "fire_service_officer"),

('''A woman and her two children were rescued from the upstairs window of their home in Mallow after a fire broke out in the sitting room.

Neighbour Tadhg Ó Riordáin raised the alarm. He said he saw “smoke pouring out of the front door”.

Senior fire officer Denise Crowley said the family owed their lives to his quick thinking. “Without a working smoke alarm, and without him ringing us so quickly, this could have been a very different story,” she said.''',
 "Without a working", "Denise Crowley", "fire_service_officer"),

('''A Hereford firefighter has raised £6,000 for charity by running the London Marathon in full fire kit.

"The helmet was the worst bit. By mile 20 I couldn't feel my neck," said Luke Preece, 34, who has served at Hereford fire station for nine years.

The money will go to the Fire Fighters Charity.''',
 "The helmet was", "Luke Preece", "fire_service_officer"),

('''South Wales Fire and Rescue Service is urging people to test their smoke alarms after a spate of kitchen fires in Barry.

Station Commander Rhys Jenkins said crews had been called to seven fires in a fortnight, most involving unattended cooking.

"Please test your alarm once a week. It takes seconds and it could save your life," Mr Jenkins added.''',
 "Please test your", "Rhys Jenkins", "fire_service_officer"),

('''Part of the A2 was closed for four hours on Monday after a lorry carrying straw caught fire near Dartford.

Driver Stefan Nowak, 51, pulled over and escaped unhurt.

"The driver did exactly the right thing by stopping and getting well clear of the cab," a fire officer at the scene said.''',
 "The driver did", "fire officer", "fire_service_officer"),

('''Firefighters in Lancashire have warned that plans to remove the second fire engine from Morecambe fire station will put lives at risk.

Lancashire Fire and Rescue Service says the change will save £400,000 a year.

Fire Brigades Union official Gary Tomlinson said: “One fire engine can't safely tackle a house fire on its own. People in Morecambe will be waiting longer for help.”''',
 "One fire engine", "Gary Tomlinson", "fire_service_officer"),

# ---------------------------------------------------------------- ambulance_service
('''An 81-year-old woman waited nine hours for an ambulance after falling in her garden in Herne Bay, her family say.

Her grandson, Josh Reeves, said she was "freezing and scared" by the time paramedics arrived.

A spokesperson for South East Coast Ambulance Service said: "We are sorry for the delay this patient experienced. Demand on the day was extremely high."''',
 "We are sorry", "South East Coast Ambulance Service spokesperson", "ambulance_service"),

('''A Wigan ambulance call handler has been recognised for talking a dad through delivering his baby over the phone.

Rachel Ashurst was on shift when Danny Marsden rang 999 at 4am to say his partner had gone into labour on the bathroom floor.

"He was amazingly calm. I just told him what to do step by step, and ten minutes later I heard the baby cry," she said.''',
 "He was amazingly", "Rachel Ashurst", "ambulance_service"),

('''Ambulances were called to a crash between a car and a tractor on the A470 near Builth Wells on Saturday.

"We were called at 2.15pm and sent two emergency ambulances and an air ambulance. One patient was taken to hospital in Cardiff," the Welsh Ambulance Service said.

Dyfed-Powys Police said the road was closed for three hours.''',
 "We were called", "Welsh Ambulance Service", "ambulance_service"),

('''A Kerry county councillor has called for a second ambulance to be based in Kenmare after a man waited more than an hour for help following a fall.

Cllr Dan O’Sullivan said: “An hour is far too long. People here are being left behind.”

A spokeswoman for the HSE said the National Ambulance Service “continually reviews” cover in the area. “The nearest available resource is always dispatched to a call,” she said.''',
 "The nearest available", "HSE spokeswoman", "ambulance_service"),

('''The Scottish Ambulance Service is to trial sending mental health nurses to 999 calls in Dundee.

Head of service Kenny Ogilvie said:

"A person in crisis too often ends up in an emergency department because there is nowhere else for them to go.

"Having a mental health nurse on the call means we can help them at home."''',
 "A person in", "Kenny Ogilvie", "ambulance_service"),

('''A Newtownabbey grandfather who collapsed while walking his dog has been reunited with the paramedics who saved his life.

"I wouldn't be here without them, simple as that," said Billy Stewart, 67, of Rathcoole. "They gave me my life back."

Northern Ireland Ambulance Service paramedic Gemma Wilson said the meeting was "really emotional".''',
 "I wouldn't be", "Billy Stewart", "ambulance_service"),

('''A Swindon woman who went into cardiac arrest at a bus stop has thanked a passing off-duty paramedic.

Chloe Baxter, 29, was waiting for the number 1 bus when she collapsed. Paramedic Tom Ellery, who was on his way to work, started CPR.

Ms Baxter said: "I owe him everything."

"I just did what any of us would have done. It's brilliant to see her looking so well," he said.''',
 "I just did", "Tom Ellery", "ambulance_service"),

('''“Please only call 999 in a genuine emergency.”

That was the plea from North West Ambulance Service's director of operations, Nicola Barlow, as the service declared a critical incident on Tuesday.

The service said it had more than 200 calls waiting at one point.''',
 "Please only call", "Nicola Barlow", "ambulance_service"),

('''East Midlands Ambulance Service has apologised to the family of a Lincoln man who waited four hours for an ambulance after a fall.

Raymond Fox, 88, broke his hip in the fall at his home in Birchwood.

An ambulance service spokesman said: "We have contacted Mr Fox's family to apologise and we are reviewing the call."''',
 "We have contacted", "East Midlands Ambulance Service spokesman", "ambulance_service"),

('''A village in the Scottish Borders now has its own team of volunteer first responders, trained by the Scottish Ambulance Service.

The eight volunteers in Yetholm will be sent to cardiac arrests and other serious calls while an ambulance is on its way.

Volunteer Morag Elliot, a retired nurse, said: "We're 40 minutes from the nearest hospital. Those first few minutes matter."''',
 "We're 40 minutes", "Morag Elliot", "ambulance_service"),

# ---------------------------------------------------------------- police_appeal_detective
('''Kent Police are appealing for witnesses after a man was assaulted outside a takeaway in Chatham High Street on Saturday night.

The victim, a 26-year-old man, suffered a broken jaw.

"We believe a number of people saw what happened and may have filmed it on their phones," said Det Con Sarah Boyle. "I would urge them to come forward."''',
 "We believe a", "Sarah Boyle", "police_appeal_detective"),

('''Detectives investigating a burglary at a jeweller’s in Altrincham have released CCTV images of two men they want to speak to.

Detective Chief Inspector Gareth Lomax, of Greater Manchester Police, said: “Anyone with information about these men should call us on 101 or contact Crimestoppers anonymously.”''',
 "Anyone with information", "Gareth Lomax", "police_appeal_detective"),

('''A pensioner was tied up and robbed in his home in Coalisland in the early hours of Wednesday, the PSNI has said.

The 78-year-old man was not seriously hurt but was left "badly shaken".

Detective Sergeant Claire Mallon said it was a "cowardly attack". She added: "He is a vulnerable man who lives alone. Somebody knows who did this, and I would ask them to do the right thing."''',
 "He is a", "Claire Mallon", "police_appeal_detective"),

('''A 34-year-old man has been arrested after a car was driven at a group of people outside a pub in Falkirk.

Two men were treated in hospital for minor injuries.

Police Scotland said: "Enquiries are ongoing and we would ask anyone who has dashcam footage from the area to get in touch."''',
 "Enquiries are ongoing", "Police Scotland", "police_appeal_detective"),

('''Two teenagers have been arrested after fireworks were thrown at a bus in Newport.

Nobody was injured but the driver had to stop the bus on Corporation Road.

"This was dangerous and could easily have caused serious injury," a spokesman for Gwent Police said.''',
 "This was dangerous", "Gwent Police spokesman", "police_appeal_detective"),

('''A stolen puppy has been returned to its owner in Wrexham after officers spotted it on an online selling site.

Tina Edwards, 52, said she “cried her eyes out” when PC Nathan Hughes brought the cocker spaniel home.

“It was the best part of my week. You don’t often get to hand someone back a member of their family,” he said.''',
 "It was the", "Nathan Hughes", "police_appeal_detective"),

('''North Wales Police have renewed their appeal to find a missing Bangor woman, a month after she was last seen.

Detective Inspector Owain Parry said:

"Lowri Jones is 23 and was last seen on Deiniol Road on the evening of 3 March.

"Her family are desperate for news. If you have seen Lowri, or you know where she is, please call us."''',
 "Her family are", "Owain Parry", "police_appeal_detective"),

('''Extra officers will patrol Liverpool city centre this weekend after a rise in reports of drinks being spiked.

"Spiking is a crime," said Superintendent Dawn Farrell, "and we will use every power we have to catch those responsible."''',
 "Spiking is a", "Dawn Farrell", "police_appeal_detective"),

('''Farmers in County Durham are being urged to lock up quad bikes after a spate of thefts from farms near Barnard Castle.

Sergeant Karen Dodd, of Durham Constabulary's rural crime team, said six quads had been taken in a month.

“Thieves are coming at night with vans. Mark your machines, lock them away and fit a tracker if you can,” Sgt Dodd said.''',
 "Thieves are coming", "Karen Dodd", "police_appeal_detective"),

('''A woman was pushed to the ground and had her handbag stolen as she walked home in Middlesbrough on Friday evening.

Detective Constable Mark Whitfield, of Cleveland Police, is leading the investigation.

The 64-year-old victim suffered a cut to her head. “This was a shocking attack on a woman walking home from work. We are following a number of leads,” the officer said.''',
 "This was a", "Mark Whitfield", "police_appeal_detective"),

# ---------------------------------------------------------------- garda_statement
('''A man in his 40s has died following a single-vehicle crash in Co Roscommon on Sunday night.

The crash happened on the N61 near Boyle at around 11pm.

A Garda spokesperson said: "The driver of the car was pronounced dead at the scene. His body has been removed to Roscommon University Hospital, where a post-mortem examination will take place."''',
 "The driver of", "Garda spokesperson", "garda_statement"),

('''Gardaí have seized cannabis worth an estimated €280,000 during a search of a house in Tralee.

A man in his 30s was arrested at the scene and is being held at Tralee Garda Station.

In a statement, An Garda Síochána said: "This seizure is part of an ongoing operation targeting the sale and supply of drugs in the Kerry Division."''',
 "This seizure is", "An Garda Síochána", "garda_statement"),

('''Gardaí in Galway are warning motorists about a rise in thefts of catalytic converters.

Superintendent Ronan Keaveney said 22 had been stolen in the city since January.

"They can be taken in under two minutes. Park in well-lit areas and, if you can, in a garage," Supt Keaveney said.''',
 "They can be", "Ronan Keaveney", "garda_statement"),

('''An elderly Longford man lost €9,000 after answering a phone call from someone claiming to be from his bank.

Gardaí say the caller told the man his account had been hacked and persuaded him to move his savings.

Sergeant Siobhán Farrell, a crime prevention officer in Longford, said: “Your bank will never ask you to move money to a safe account. If you get a call like this, hang up.”''',
 "Your bank will", "Siobhán Farrell", "garda_statement"),

('''Gardaí investigating an assault in Waterford city centre in the early hours of Saturday have appealed for witnesses.

A man in his 20s was treated at University Hospital Waterford for head injuries.

Inspector Brian Kiely said: "The assault happened on The Quay at around 2.30am.

"Anyone who was in the area, particularly taxi drivers with dashcam footage, is asked to contact Waterford Garda Station."''',
 "Anyone who was", "Brian Kiely", "garda_statement"),

('''Gardaí are searching for a 15-year-old boy who has been missing from his home in Dundalk since Thursday.

Cian Rafferty is described as 5ft 7in, of slim build, with short brown hair.

"Cian's family are very concerned for his welfare," a Garda spokesman said.''',
 "Cian's family are", "Garda spokesman", "garda_statement"),

('''Extra gardaí will be on duty in Lisdoonvarna for the matchmaking festival this month.

"We want everyone to have a great time, but we will not tolerate drink-driving or antisocial behaviour," said Chief Superintendent Maria O'Donoghue, the Clare divisional officer.

Organisers expect 40,000 visitors over the month.''',
 "We want everyone", "Maria O'Donoghue", "garda_statement"),

('''A community garda in Ballina has started a weekly walking club for older people who live alone.

Garda Niall Quinlan set up the club after calling to check on a widow who told him she had not spoken to anyone in a week.

“It stuck with me. Now we have 30 people walking every Tuesday, and the chats are the best part,” he said.''',
 "It stuck with", "Niall Quinlan", "garda_statement"),

('''A cyclist in his 60s has been seriously injured in a collision with a van in Mitchelstown, Co Cork.

The road was closed for several hours on Tuesday while forensic collision investigators examined the scene.

A spokeswoman for the Garda Press Office said: "The cyclist was taken to Cork University Hospital, where his condition is described as serious. The driver of the van was not injured."''',
 "The cyclist was", "Garda Press Office spokeswoman", "garda_statement"),

('''Gardaí in Sligo are warning parents about an online scam targeting teenagers through gaming apps.

“Young people are being tricked into sending images, and then blackmailed,” said Detective Garda Aisling Brehony. "Talk to your children. Tell them they can come to you, whatever has happened."''',
 "Talk to your", "Aisling Brehony", "garda_statement"),

# ---------------------------------------------------------------- elected_rep_outside_chamber
('''A Donegal TD has called on the Government to fund a new bridge at Ballybofey after the town was cut off by flooding twice in a year.

Fianna Fáil TD Pádraig Harkin said: "People here can't keep living like this. Every time the Finn floods, the town comes to a stop."''',
 "People here can't", "Pádraig Harkin", "elected_rep_outside_chamber"),

('''An MSP has written to ScotRail asking for more carriages on the Fife Circle line after commuters complained of being left on platforms.

SNP MSP Fiona Lumsden, who represents Kirkcaldy, said she had received dozens of complaints.

“People are paying for a seat and not getting one. That’s not good enough,” Ms Lumsden said.''',
 "People are paying", "Fiona Lumsden", "elected_rep_outside_chamber"),

('''Plans to close a day centre for adults with learning disabilities in Merthyr Tydfil have been criticised by a local Senedd member.

Plaid Cymru MS Elin Thomas said the centre was "a lifeline" for families. Council cabinet member Cllr Rob Jarman defended the decision.

"No one will lose support. We are moving the service to a newer building with better facilities," he said.''',
 "No one will", "Rob Jarman", "elected_rep_outside_chamber"),

('''An MLA has called for a pedestrian crossing outside a Derry primary school after a child was clipped by a car.

SDLP MLA Gráinne McGowan said:

"Parents have been asking for a crossing on this road for years.

"It should not take a child being hurt for something to be done. I have written to the Department for Infrastructure today."''',
 "It should not", "Gráinne McGowan", "elected_rep_outside_chamber"),

('''A councillor has hit out at fly-tippers after a pile of mattresses and fridges was dumped in a lane in Ancoats for the third time in a month.

"This is disgusting and residents are sick of it. The people doing this need to be caught and fined," said Cllr Jamila Rahman, who represents the area on Manchester City Council.''',
 "This is disgusting", "Jamila Rahman", "elected_rep_outside_chamber"),

('''“It's a kick in the teeth for Folkestone.”

That was the verdict of Folkestone and Hythe MP Daniel Carver after a ferry operator confirmed it would not restart sailings from the harbour.

Mr Carver said he had asked for a meeting with the company.''',
 "It's a kick", "Daniel Carver", "elected_rep_outside_chamber"),

('''Residents of a Limerick estate have been without working street lights for five weeks, a local councillor has said.

Fine Gael councillor Sarah Kiely said she had reported the fault to Limerick City and County Council "at least four times".

“Older people are afraid to go out after dark. It's a simple fix and it needs to be done this week,” she told the Limerick Leader.''',
 "Older people are", "Sarah Kiely", "elected_rep_outside_chamber"),

('''A Highland MSP has demanded answers over the delay to a new community hospital in Grantown-on-Spey.

Conservative MSP Hamish Urquhart said the project was "years behind schedule".

A Scottish Government spokesman said: "We remain committed to the new facility and will set out a revised timetable in the coming weeks."''',
 "We remain committed", "Scottish Government spokesman", "elected_rep_outside_chamber"),

('''A Carlow TD says the town's only public swimming pool must reopen before the summer.

The pool has been closed since October because of a leaking roof.

Sinn Féin TD Eoin Nolan said: "Swimming lessons have stopped, and children in this town are not learning to swim."

Deputy Nolan added that he had raised the matter with the minister. "Every month it stays shut is another month lost," he said.''',
 "Every month it", "Eoin Nolan", "elected_rep_outside_chamber"),

('''A councillor in Aberystwyth has criticised the decision to switch off the town’s seafront Christmas lights early to save money.

Cllr Alun Price said: “It’s a false economy. The lights bring people into town.”

Ceredigion County Council said: “Savings have to be found across every service. Turning the lights off on 27 December instead of 6 January saves around £2,000.”''',
 "Savings have to", "Ceredigion County Council", "elected_rep_outside_chamber"),

# ---------------------------------------------------------------- rail_bus_operator
('''Commuters between Ramsgate and London faced delays of up to an hour on Monday morning after a train broke down near Faversham.

"We're sorry to passengers whose journeys were disrupted this morning. A faulty train blocked the line and was moved as quickly as possible," a Southeastern spokesperson said.''',
 "We're sorry to", "Southeastern spokesperson", "rail_bus_operator"),

('''Trains between Manchester and Blackpool were cancelled on Sunday after overhead wires were damaged near Salford Crescent.

Northern said: "Customers are advised to check before they travel. Tickets will be accepted on local bus services."

One passenger, Aisha Khan, 27, said she had been stuck at Bolton for two hours.''',
 "Customers are advised", "Northern", "rail_bus_operator"),

('''Translink is to run extra trains between Belfast and Bangor during the summer after a rise in passenger numbers.

"Demand on the Bangor line is higher than it has ever been, so we are adding eight services every Saturday," a spokesperson for Translink said. "We'd like to thank passengers for their patience."''',
 "We'd like to", "Translink spokesperson", "rail_bus_operator"),

('''Iarnród Éireann has apologised after passengers were left standing on a packed Cork to Dublin train for almost three hours.

Iarnród Éireann spokesperson Clodagh Nevin said: “A fault meant one set of carriages could not be added. We fully understand the frustration of customers on that service.”''',
 "A fault meant", "Clodagh Nevin", "rail_bus_operator"),

('''A Swansea bus driver has retired after 45 years behind the wheel.

Clive Jenkins, 66, of Morriston, started driving for the council bus company in 1980 and later for First Cymru.

"I've met some characters over the years. I'll miss the passengers more than anything," Mr Jenkins said.''',
 "I've met some", "Clive Jenkins", "rail_bus_operator"),

('''Stagecoach is to withdraw the number 17 bus between Hythe and Folkestone from next month, leaving some villages without a service.

Pensioner Marion Fagg, 83, of Saltwood, relies on the bus for hospital appointments. Stagecoach South East managing director Stuart Harrow said the route was "no longer viable".

"I don't know what I'll do. I can't afford taxis," she said.''',
 "I don't know", "Marion Fagg", "rail_bus_operator"),

('''ScotRail has warned of disruption on the Highland Main Line this weekend while engineers repair a landslip near Dalwhinnie.

A ScotRail spokesman said: "Replacement buses will run between Perth and Inverness, and journeys will take around an hour longer than normal.

"We'd urge customers to plan ahead and check the journey planner before they travel."''',
 "Replacement buses will", "ScotRail spokesman", "rail_bus_operator"),

('''Transport for Wales (TfW) has introduced new trains on the Conwy Valley line between Llandudno and Blaenau Ffestiniog.

“The new trains have more seats, better accessibility and space for bikes,” TfW said.

Local councillor Mair Rowlands said the change was “long overdue”.''',
 "The new trains", "Transport for Wales", "rail_bus_operator"),

('''Bus fares across Greater Manchester will stay capped at £2 for another year, Transport for Greater Manchester has confirmed.

Student Harvey Nuttall, 19, from Bury, said the cap had made it "so much easier" to get to college.

TfGM's director of buses, Lorraine Tighe, said passenger numbers had risen by 12 per cent. "The cap has brought more people back onto buses than we expected," she said.''',
 "The cap has", "Lorraine Tighe", "rail_bus_operator"),

('''A new bus route linking Ennis with Shannon Airport will start running next month, Bus Éireann has announced.

“The 343X will run every hour, seven days a week,” said a spokeswoman for Bus Éireann. “It will be a big help to airport workers who start early.”''',
 "It will be", "Bus Éireann spokeswoman", "rail_bus_operator"),

# ---------------------------------------------------------------- roads_airport_operator
('''The M20 will be closed between junctions 8 and 9 overnight for three nights next week for resurfacing.

National Highways said: "Diversions will be clearly signed. We'd advise drivers to allow extra time for their journeys."''',
 "Diversions will be", "National Highways", "roads_airport_operator"),

('''Work to widen the A1 between Morpeth and Ellingham is due to finish in the autumn, a year later than planned.

“We know drivers have been patient with the roadworks, and we’re now in the final stretch,” said Ruth Carling, National Highways’ project manager for the scheme.''',
 "We know drivers", "Ruth Carling", "roads_airport_operator"),

('''Passengers at Manchester Airport faced queues of more than an hour at security on Friday morning as the school holidays began.

Some travellers said they missed flights. Jenna Boardman, 31, from Stockport, said: "We got there two and a half hours early and still nearly didn't make it."

A spokesman for Manchester Airport said: "The vast majority of passengers got through security in under 30 minutes."''',
 "The vast majority", "Manchester Airport spokesman", "roads_airport_operator"),

('''Belfast International Airport has announced three new routes for next summer, including flights to Split and Porto.

The airport's managing director, Cathal Doherty, said:

"This is great news for Northern Ireland holidaymakers.

"We expect these routes to bring more than 50,000 extra passengers through the airport next year."''',
 "We expect these", "Cathal Doherty", "roads_airport_operator"),

('''Drivers on the A9 between Perth and Inverness face another year of roadworks after the dualling of the section near Tomatin was delayed.

Highland councillor Morag Fraser said: "People have been promised this road for years. Lives are at stake."

A Transport Scotland spokesperson said the delay was due to "ground conditions". They added: "We understand the frustration of road users and remain committed to completing the dualling programme."''',
 "We understand the", "Transport Scotland spokesperson", "roads_airport_operator"),

('''Dublin Airport is advising passengers to arrive two and a half hours before short-haul flights over the Easter weekend.

More than 400,000 passengers are expected to pass through the airport between Thursday and Monday.

“Security queues are expected to be at their busiest between 4am and 7am,” Dublin Airport said.''',
 "Security queues are", "Dublin Airport", "roads_airport_operator"),

('''A new daily flight from Cardiff Airport to Belfast City has been welcomed by business leaders.

Menna Lewis, chief executive of Cardiff Airport, said the route had been "top of our wish list".

Businessman Huw Ellison, who runs a Cardiff engineering firm with a factory in Antrim, said he would be on the first flight. "It saves me a drive to Bristol or a night in a hotel. It's a game-changer for us," he said.''',
 "It saves me", "Huw Ellison", "roads_airport_operator"),

('''Operation Brock will be switched on this weekend to deal with queues for the Port of Dover and Eurotunnel during the half-term getaway.

Lorries heading for the continent will be held on the coastbound M20, with cars using a contraflow.

"Drivers should make sure they have plenty of food, water and fuel before setting off," a spokesman for Kent County Council said.''',
 "Drivers should make", "Kent County Council spokesman", "roads_airport_operator"),

('''Lorry drivers stuck on the M20 near Ashford said they had been waiting more than 12 hours to reach the Port of Dover.

"There are no toilets and nowhere to get food. We're sitting here like prisoners," said one lorry driver, who had travelled from Poland.

The Port of Dover said it was "working flat out" to clear the backlog.''',
 "There are no", "lorry driver", "roads_airport_operator"),

('''Tolls on the M50 will rise by 10 cent from January, Transport Infrastructure Ireland (TII) has confirmed.

“Toll charges are reviewed every year in line with inflation,” a spokesman for TII said. “The money raised is spent on maintaining the national road network.”''',
 "The money raised", "Transport Infrastructure Ireland spokesman", "roads_airport_operator"),

# ---------------------------------------------------------------- utility_company
('''Hundreds of homes in Tunbridge Wells were left without water on Tuesday after a main burst in Pembury Road.

"Our engineers are working to repair the pipe as quickly as possible. Bottled water is available at the Showfields Road car park," South East Water said.''',
 "Our engineers are", "South East Water", "utility_company"),

('''Residents in Ramsbottom say they have been plagued by a sewage smell from a treatment works for weeks.

Ken Ormerod, 70, of Bolton Road West, said: "You can't open a window. It's like living next to an open drain."

A spokesperson for United Utilities said: "We're sorry for the odour and have brought in specialist equipment to treat the problem."''',
 "We're sorry for", "United Utilities spokesperson", "utility_company"),

('''A boil water notice has been lifted for 2,000 homes in Pembrokeshire.

Dŵr Cymru Welsh Water's operations manager for the area, Rhodri Bevan, said tests had come back clear.

"We'd like to thank customers for their patience over the last five days. The water is now safe to drink as normal," Mr Bevan said.''',
 "We'd like to", "Rhodri Bevan", "utility_company"),

('''NI Water has asked people in Co Fermanagh to use water wisely after demand rose sharply during the hot weather.

A spokesperson for NI Water said: “We are producing record amounts of water, but demand is outstripping what we can treat.

“Simple things like turning off the tap while brushing your teeth and not using hosepipes really help.”''',
 "Simple things like", "NI Water spokesperson", "utility_company"),

('''Homes and businesses in Clonmel may experience low pressure or outages overnight as Uisce Éireann replaces old water mains in the town.

"The works will take place between 10pm and 6am to keep disruption to a minimum," Uisce Éireann said. "We apologise for any inconvenience."''',
 "The works will", "Uisce Éireann", "utility_company"),

('''More than 8,000 homes in Co Kerry were still without power on Monday morning after the weekend's storm.

Dairy farmer Pat Moriarty, from Castleisland, said he had been using a generator to milk his cows since Saturday.

ESB Networks regional manager Gillian Roche said crews were working "around the clock". "We expect to have most customers reconnected by tomorrow evening, but some in remote areas may have to wait longer," she said.''',
 "We expect to", "Gillian Roche", "utility_company"),

('''Parts of Wrexham were left without electricity for six hours on Wednesday after a fault at a substation.

Café owner Megan Hughes, 33, said she had to throw away £300 of food.

A spokeswoman for SP Energy Networks said: "Customers who lost power for more than 12 hours may be entitled to compensation. Our engineers restored supplies as quickly as they safely could."''',
 "Customers who lost", "SP Energy Networks spokeswoman", "utility_company"),

('''Scottish Water is to spend £14 million upgrading the sewer network in Inverness to reduce flooding in the city centre.

The work will start in the spring and take two years.

Calum Brodie, Scottish Water’s regional communities manager, said:

“We know roadworks are never popular, but this investment will protect homes and businesses from flooding for decades to come.”''',
 "We know roadworks", "Calum Brodie", "utility_company"),

('''Thames Water has announced a hosepipe ban for customers across Oxfordshire and Berkshire from Friday.

The company said the ban was needed after the driest spring for 50 years.

Keen gardener Bernard Lacey, 74, of Abingdon, said: "I'll be out there with a watering can like everyone else, but it's hard to accept when they're losing so much through leaks."''',
 "I'll be out", "Bernard Lacey", "utility_company"),

('''Dozens of homes in Kendal lost power on Thursday afternoon after a digger hit an underground cable on a building site.

"It's a big job. The cable needs to be dug out and joined, so we're looking at early evening," said an Electricity North West engineer at the scene.

The building firm, Fellgate Homes, said it was "looking into what went wrong".''',
 "It's a big", "Electricity North West engineer", "utility_company"),

# ---------------------------------------------------------------- planning_developer
('''Plans for 140 homes on farmland on the edge of Herne have been submitted to Canterbury City Council.

"This development will provide much-needed homes, including 42 affordable properties for local families," said Simon Attwood, managing director of Stourside Homes, which is behind the scheme.

Villagers have set up a campaign group to oppose the plans.''',
 "This development will", "Simon Attwood", "planning_developer"),

('''A disused bank in Widnes town centre could become a bar and restaurant if plans are approved.

In documents submitted to Halton Borough Council, the applicant, Moorfield Leisure Ltd, said: “The proposal will bring a vacant building back into use and add life to the high street in the evenings.”

A decision is expected by the end of next month.''',
 "The proposal will", "Moorfield Leisure Ltd", "planning_developer"),

('''Neighbours have objected to plans for a 24-hour gym in a former carpet warehouse in Newtownards.

Patricia Gault, 63, of Mill Street, said:

"We already have cars parked across our driveways. A gym open all night will make it ten times worse.

"Nobody is against a gym, but this is the wrong place for it."''',
 "Nobody is against", "Patricia Gault", "planning_developer"),

('''A farmer has applied to build a glamping site with 12 wooden pods on land near Llandovery.

Objector Angharad Evans said the lane leading to the site was "far too narrow" for extra traffic. The farmer's planning agent, Dafydd Morris, disagreed.

"Visitors will be asked to arrive between set times and we have agreed to put in two passing places," he said.''',
 "Visitors will be", "Dafydd Morris", "planning_developer"),

('''Work to turn a listed Victorian warehouse in Belfast's Cathedral Quarter into student flats has been stopped after the council said the developer had gone beyond its permission.

A spokeswoman for Belfast City Council said: "An enforcement notice has been served. The developer has 28 days to respond."''',
 "An enforcement notice", "Belfast City Council spokeswoman", "planning_developer"),

('''Plans for a new housing estate in Ballincollig have been scaled back after objections from residents.

“We have listened carefully to the community,” Castlegate Homes said in a statement. “The number of homes has been cut from 210 to 160, and the green area has doubled in size.”''',
 "The number of", "Castlegate Homes", "planning_developer"),

('''More than 90 people have objected to plans for a drive-through coffee shop on the roundabout at the entrance to Cwmbran.

One objector wrote: "The traffic at this roundabout is already dreadful at rush hour. A drive-through will make it impossible."

The applicant, Brewstop Ltd, says the site will create 25 jobs.''',
 "The traffic at", "objector", "planning_developer"),

('''A derelict church in Kilmarnock could be turned into a climbing centre under plans lodged with East Ayrshire Council.

Architect Graeme Lennox, who drew up the designs, said the building's height made it "perfect" for climbing walls.

“The stained glass windows will all stay. We want people to look up and see the building as it was meant to be seen,” Mr Lennox explained.''',
 "The stained glass", "Graeme Lennox", "planning_developer"),

('''A couple who want to turn their Co Meath farmhouse into a wedding venue have been refused planning permission.

Deirdre Mulvany and her husband, Kevin Smyth, had hoped to host 40 weddings a year at the property near Trim.

Mr Smyth said they were "gutted". Ms Mulvany said they would appeal the decision.

"We've put our life savings into this. We're not giving up," she said.''',
 "We've put our", "Deirdre Mulvany", "planning_developer"),

('''A 12-storey apartment block planned for Salford Quays has been cut to nine storeys after complaints from neighbours about lost light.

“We've made significant changes in response to feedback,” a spokesman for Harbourside Living, the developer, said.

The revised plans will be decided by Salford City Council next month.''',
 "We've made significant", "Harbourside Living spokesman", "planning_developer"),

# ---------------------------------------------------------------- pub_landlord
('''A village pub near Tenterden has reopened after a £200,000 refurbishment.

The Plough and Sickle in Smallhythe had been closed for 18 months.

"The regulars have been knocking on the door asking when we'd open. It's brilliant to see the place full again," said landlord Tom Hale.''',
 "The regulars have", "Tom Hale", "pub_landlord"),

('''A Stockport pub has been named the best in Greater Manchester by the Campaign for Real Ale.

The Weaver's Rest on Hillgate is run by Julie Brennan and her partner, Steve Tattersall.

Mr Tattersall said he "nearly fell off his chair" when CAMRA rang.

"We've worked so hard on the beer range. To be recognised by people who really know their ale means the world," she said.''',
 "We've worked so", "Julie Brennan", "pub_landlord"),

('''A Co Clare publican is celebrating 60 years behind the bar of the family pub in Kilfenora.

Michael Considine, 84, took over from his father in 1965.

Asked about the secret of his long career, Mr Considine said: "Keep the fire lit, keep the pints right, and never take sides in an argument about hurling."''',
 "Keep the fire", "Michael Considine", "pub_landlord"),

('''A pub in Llanelli town centre has closed suddenly, with staff told on Monday they had lost their jobs.

Barmaid Kayleigh Rees, 24, said: “We found out in a WhatsApp message. Nobody had a clue.”

A spokesperson for Marlow Taverns, which owns the building, said: “We are working to find a new operator for the pub as soon as possible.”''',
 "We are working", "Marlow Taverns spokesperson", "pub_landlord"),

('''The landlord of an Edinburgh pub has banned mobile phones at the bar on Friday nights.

Fraser Gilchrist, who runs the Thistle and Crown in Leith, said:

"I was sick of looking out at a room full of people staring at screens.

"Now folk talk to each other. We've had more singing in the last month than in the last ten years."''',
 "Now folk talk", "Fraser Gilchrist", "pub_landlord"),

('''Drinkers at a Bury pub have been left heartbroken after it was announced that the 200-year-old Dog and Partridge will close next month.

"I've been coming here since I was 18. My dad drank here, and his dad before him," said one regular.

The owners, Ashdown Inns, said rising costs had left them "with no choice".''',
 "I've been coming", "regular", "pub_landlord"),

('''A pub in Whitby has started offering free soup to pensioners who come in for a chat on weekday lunchtimes.

“Loneliness is a big problem round here, especially in winter,” said landlady Carol Waring, 58. “If someone comes in and talks to another person, that's a good day.”

Her husband, Ken Waring, makes the soup.''',
 "Loneliness is a", "Carol Waring", "pub_landlord"),

('''A Cardiff pub landlord says he will have to cut staff after his brewery rent went up by a third.

Gethin Harries has run the Lamb and Flag in Canton for 11 years. Neighbouring landlord Paul Skehan, who runs the Red Cow, said he faced the same problem.

“I can’t put a pint up to £7. People won’t pay it,” Mr Harries said.''',
 "I can’t put", "Gethin Harries", "pub_landlord"),

('''A Northampton pub that was badly damaged by fire last year will reopen in time for Christmas.

"We're delighted to be bringing the Wheatsheaf back to the community," Kestrel Inns said in a statement.

The company has spent £600,000 rebuilding the pub.''',
 "We're delighted to", "Kestrel Inns", "pub_landlord"),

('''A quizmaster in Enniskillen has hosted his 1,000th weekly quiz at the same pub.

Noel Maguire, 71, started the quiz at the Erne Bar in 2006. Bar owner Gemma Corrigan said he was "part of the furniture".

"I've only missed three in 19 years, and one of those was my own wedding," he told BelfastLive.''',
 "I've only missed", "Noel Maguire", "pub_landlord"),

# ---------------------------------------------------------------- restaurant_shop_owner
('''A Sandgate café has been named one of the best places for breakfast in Kent.

Ann Lee, 42, of Church Road, who runs the Seaview Café with her sister, said: "We make everything fresh every morning. We can't quite believe it."''',
 "We make everything", "Ann Lee", "restaurant_shop_owner"),

('''A family butcher in Ormskirk is closing after 96 years, with the owner blaming rising energy costs.

“My grandfather opened this shop in 1929. It breaks my heart to be the one who closes it,” said butcher Andrew Prescott, 57.

Customers have been leaving cards on the counter.''',
 "My grandfather opened", "Andrew Prescott", "restaurant_shop_owner"),

('''A Bangor takeaway has been given a zero food hygiene rating after inspectors found mouse droppings in the kitchen.

The owner of the Golden Bay takeaway, Jimmy Lau, said the problems had been fixed. "We had pest control in the same day. The kitchen has been deep cleaned and we have asked for a re-inspection," Mr Lau said.''',
 "We had pest", "Jimmy Lau", "restaurant_shop_owner"),

('''A Glasgow restaurant run by a husband-and-wife team has won a place in the Michelin Guide.

Chef Marco Bellini and Eilidh Ross opened Bellini Ross in Finnieston in 2021. Ms Ross said she had to read the email "about six times".

"We're a tiny kitchen with four chefs. For us to be in the guide is unbelievable," he said.''',
 "We're a tiny", "Marco Bellini", "restaurant_shop_owner"),

('''Shops in Newry's Hill Street were forced to close on Saturday after a power cut hit the town centre.

"We had a shop full of customers and the tills just died. We had to send everybody out," said one shop worker.

NIE Networks said power was restored within three hours.''',
 "We had a", "shop worker", "restaurant_shop_owner"),

('''A Cork bakery has been named the best in Munster at a national food awards.

Owner Sinéad Cotter, who set up the Crumb & Co bakery in Douglas in 2019, said:

“We started with one oven and a lot of hope. Now we have 14 staff and people queue down the street on a Saturday.

“This award is for them.”''',
 "We started with", "Sinéad Cotter", "restaurant_shop_owner"),

('''A shopkeeper in Oldham has installed a panic button after being threatened with a knife twice in a month.

Harpreet Sandhu, who owns Sandhu's Convenience Store in Werneth, said staff were "terrified".

“I've worked here 20 years and it has never been this bad. I'm thinking of closing at 8pm instead of 10pm,” the shopkeeper said.''',
 "I've worked here", "Harpreet Sandhu", "restaurant_shop_owner"),

('''A chip shop in Porthcawl is celebrating after being named the best in Wales at a national fish and chip awards.

"I can't believe it," said owner Gareth Lloyd, 45. "We've been frying here for 30 years, and my mam still does the batter."''',
 "We've been frying", "Gareth Lloyd", "restaurant_shop_owner"),

('''A restaurant in Stirling has apologised after a customer with a nut allergy was served a dessert containing almonds.

The woman, who was taken to hospital as a precaution, has since recovered.

Forge Kitchen said: "We are deeply sorry. We have reviewed our procedures and retrained all staff on allergens."''',
 "We are deeply", "Forge Kitchen", "restaurant_shop_owner"),

('''A Hastings ice cream parlour has named a flavour after its oldest regular customer.

Dorothy Vidler, 98, has visited Marinelli’s on the seafront every Sunday since 1952. Owner Luca Marinelli said she always orders “rum and raisin, two scoops”.

“I was very flattered. But I told him I’m sticking with rum and raisin,” she said.''',
 "I was very", "Dorothy Vidler", "restaurant_shop_owner"),

# ---------------------------------------------------------------- charity_fundraiser
('''A Deal man has walked the entire 184-mile length of the Thames Path to raise money for the hospice that cared for his wife.

"Every step was for Jan. The hospice gave her dignity at the end, and I wanted to give something back," said Roger Tapsell, 68.

He has raised more than £8,000 for the Wantsum Hospice.''',
 "Every step was", "Roger Tapsell", "charity_fundraiser"),

('''A Salford charity that runs food banks has warned it may run out of stock before Christmas.

Donations are down by a third on last year, while demand has doubled.

A spokeswoman for the Brightside Trust said: "We have never seen it this bad. Tinned meat, cereal and toiletries are what we need most."''',
 "We have never", "Brightside Trust spokeswoman", "charity_fundraiser"),

('''A brother and sister from Dungannon have completed a skydive in memory of their grandmother, raising £5,200 for Marie Curie.

Orla Donnelly, 19, and her brother, Ryan Donnelly, 23, jumped from 10,000ft in Co Londonderry.

Ryan said the free fall was "the scariest 40 seconds of my life".

"Granny would have thought we were mad, but she'd have been proud too," she said.''',
 "Granny would have", "Orla Donnelly", "charity_fundraiser"),

('''A Cardiff homelessness charity has opened a new 20-bed hostel in Splott.

The charity’s chief executive, Bethan Morris, said:

“Too many people are sleeping rough in this city. These beds will make a real difference this winter.

“But a bed is only the start. Our staff will help every resident find a permanent home.”''',
 "But a bed", "Bethan Morris", "charity_fundraiser"),

('''A Bradford children's charity has received a £250,000 donation from a man who wants to remain anonymous.

"This gift is extraordinary. It will fund our family support service for the next three years," Little Lanterns said in a statement.''',
 "This gift is", "Little Lanterns", "charity_fundraiser"),

('''A Scarborough couple have raised £12,000 for the RNLI by knitting more than 3,000 tiny lifeboat crew dolls.

Jim Rowntree, 70, and his wife, Linda Rowntree, 68, sell the dolls at craft fairs across North Yorkshire.

"He does the yellow jackets and I do the faces. It's a proper team effort," Mrs Rowntree said.''',
 "He does the", "Linda Rowntree", "charity_fundraiser"),

('''Volunteers at a Dundee soup kitchen served a record 300 meals on Christmas Day.

"Some people came for the food, some came for the company. Either way, nobody ate alone today," said one volunteer.''',
 "Some people came", "volunteer", "charity_fundraiser"),

('''An eight-year-old girl from Navan has raised €3,000 for Temple Street children’s hospital by selling loom bands.

Ella Kearney came up with the idea after her younger brother was treated at the hospital last year.

Her mum, Jo Kearney, 36, said: “She sat at the kitchen table every evening making them. We’re so proud of her.”''',
 "She sat at", "Jo Kearney", "charity_fundraiser"),

('''A Falkirk charity which takes disabled children on days out has been given £20,000 by a local golf club.

"The money," said Pauline Dobbs, the charity's fundraising manager, "will pay for a new minibus with a wheelchair lift. Our old one has done 200,000 miles."''',
 "will pay for", "Pauline Dobbs", "charity_fundraiser"),

('''A former soldier from Ballymena has rowed 3,000 miles across the Atlantic on his own to raise money for a veterans' mental health charity.

Former Lance Corporal Stephen Millar, 38, landed in Antigua on Tuesday after 61 days at sea.

"There were nights I didn't think I'd make it. What kept me going was knowing how many lads this money will help," Mr Millar said.''',
 "There were nights", "Stephen Millar", "charity_fundraiser"),

# ---------------------------------------------------------------- parish_community_group
('''A parish council in Kent has bought the village's last remaining phone box for £1 and plans to turn it into a book swap.

The chairman of Little Chartfield Parish Council, Derek Amos, said: "It's been part of the village for 70 years. We couldn't let it go."''',
 "It's been part", "Derek Amos", "parish_community_group"),

('''Volunteers have planted 2,000 bulbs at a park in Oldham as part of a campaign to brighten up the town.

Friends of Hollins Vale Park said: “We had help from three schools and a local scout group. Come spring, the park will be a sea of yellow.”''',
 "We had help", "Friends of Hollins Vale Park", "parish_community_group"),

('''A community council in Perthshire is asking residents to help count red squirrels in local woods this month.

Glenairlie Community Council chairman Donald Menzies said the group wanted to know whether numbers were rising. Secretary Isla Robertson is organising the count.

"You don't need any experience. Just take a walk, keep your eyes open, and tell us what you see," she said.''',
 "You don't need", "Isla Robertson", "parish_community_group"),

('''A residents' association in Swansea has taken over the running of a community centre which was due to close.

Margaret Hopkins, 71, chairwoman of the Townhill Residents' Association, said:

"The council couldn't afford to keep it open, so we said we'd do it ourselves.

"We've got a lunch club, a toddler group and bingo on Thursdays. It's the heart of the estate."''',
 "We've got a", "Margaret Hopkins", "parish_community_group"),

('''Volunteers in Abbeyfeale are celebrating after the town won a gold medal in the Tidy Towns competition for the first time.

Tidy Towns chairman Liam Fitzgerald said more than 60 volunteers had turned out every Saturday morning.

"Some of them are in their eighties and they're out there with a litter picker in the rain. This medal is theirs," Mr Fitzgerald said.''',
 "Some of them", "Liam Fitzgerald", "parish_community_group"),

('''A Men’s Shed in Athlone has built 40 bird boxes for a local nature reserve.

Member Jack Noonan, 81, a retired carpenter, said: “I spent 50 years making kitchens. This is a lot more fun.”

The group meets three mornings a week in a unit on the Dublin Road.''',
 "I spent 50", "Jack Noonan", "parish_community_group"),

('''Allotment holders in Derby say vandals have destroyed months of work after breaking into their site off Osmaston Road.

Kate Sheldon, who has had a plot for ten years, said her greenhouse had been "smashed to pieces". Society secretary Neil Bramley said it was the third break-in this year.

"We're a group of mostly older gardeners who just want to grow vegetables in peace. It's soul-destroying," he said.''',
 "We're a group", "Neil Bramley", "parish_community_group"),

('''A Cumbrian village hall has been forced to close after its roof was damaged in high winds.

In a statement, the Pennington Village Hall committee said: "All bookings for the next two months have been cancelled. We are working with our insurers and hope to reopen by the summer."''',
 "All bookings for", "Pennington Village Hall committee", "parish_community_group"),

('''A Church of Scotland parish in Paisley has opened a warm space in its hall for people struggling with heating bills.

The Rev Alison Gray said the hall would be open from 10am to 4pm every weekday, with free soup and tea.

“Nobody has to explain why they've come. The door is open and the kettle is on,” Ms Gray said.''',
 "Nobody has to", "Alison Gray", "parish_community_group"),

('''A parish in Co Tipperary is holding a “blessing of the tractors” next Sunday to mark the start of the farming year.

“It started as a bit of fun,” said Fr Tomás Hennessy, the parish priest in Cappawhite. “Now we get more than 100 tractors, and farmers come from three counties.”''',
 "Now we get", "Tomás Hennessy", "parish_community_group"),

# ---------------------------------------------------------------- grassroots_sport_club
('''A Kent non-league football club has been saved from folding after a local businessman agreed to cover its debts.

Swale Rovers chairman Keith Moss said: "A week ago we thought it was all over. We owe him everything."

Businessman Lee Shaw, who owns a haulage firm in Sittingbourne, said he had watched the club "since I was a boy".''',
 "A week ago", "Keith Moss", "grassroots_sport_club"),

('''Thornbury Vale reached the final of the county amateur cup with a 3-2 win over Darwen Rangers on Saturday.

Striker Callum Webb scored twice in the last ten minutes.

"The lads showed real character. At 2-1 down with ten minutes to go, plenty of teams would have folded," said manager Danny Fielding.''',
 "The lads showed", "Danny Fielding", "grassroots_sport_club"),

('''St Colman's camogie team have won their first county title in 40 years after beating Glenmore in Sunday's final.

Captain Aoife Hegarty lifted the cup. Manager Seán Cronin said the win was "for everyone who kept the club going through the lean years".

"We've been beaten in three finals. To finally get over the line with this group of girls is unbelievable," she said.''',
 "We've been beaten", "Aoife Hegarty", "grassroots_sport_club"),

('''A Rhondda rugby club has launched an appeal to replace its clubhouse roof after storm damage.

Blaencwm RFC secretary Gareth Prosser said:

“The club has been the centre of this village for 120 years. We can’t let it go.

“We need about £40,000. Every pound helps, whether it’s a raffle ticket or a donation.”''',
 "We need about", "Gareth Prosser", "grassroots_sport_club"),

('''A Belfast amateur football club has withdrawn from its league mid-season because it cannot raise a team.

In a statement, Lagan Vale Swifts said: "With several players injured and others moving away for work, we simply cannot field eleven players every week."''',
 "With several players", "Lagan Vale Swifts", "grassroots_sport_club"),

('''A teenage boxer from Greenock has won a Scottish title just two years after walking into a gym for the first time.

Kayden Munro, 16, won the under-17 lightweight title in Glasgow on Saturday.

His coach at Clydeview Amateur Boxing Club, Stevie Lang, said: "He walked in here a skinny wee boy who couldn't skip. Now he's the best in Scotland."''',
 "He walked in", "Stevie Lang", "grassroots_sport_club"),

('''A Yorkshire village cricket club has appointed its first female captain in its 140-year history.

Priya Sharma, 29, will lead Thwaite Mills Cricket Club's first XI this season. Club president Geoff Armitage announced the appointment at the annual dinner.

"She's the best player we've got and a natural leader. It was an easy decision," he said.''',
 "She's the best", "Geoff Armitage", "grassroots_sport_club"),

('''Fans of a Lanarkshire junior football club have raised £15,000 in three days to pay for new floodlights.

“This club means everything to the town. When they said the lights had failed, people just dipped into their pockets,” said one supporter.''',
 "This club means", "supporter", "grassroots_sport_club"),

('''A Stockton running club has more than 300 members, five years after it started with a group of six friends.

"We're not about times. If you finish, you've won," said coach Sarah-Jane Wood. "Some of our members couldn't run for a bus when they started."

Wood, 44, now runs sessions four nights a week.''',
 "Some of our", "Sarah-Jane Wood", "grassroots_sport_club"),

('''A Wexford postman has qualified for the world darts championship at the first attempt.

Séamus Kehoe, 52, from Gorey, won his place at a qualifying event in Milton Keynes.

"I've been throwing darts in the pub for 30 years. I never thought I'd be walking out on that stage," the 52-year-old said.''',
 "I've been throwing", "Séamus Kehoe", "grassroots_sport_club"),

# ---------------------------------------------------------------- weather_flood_agency
('''A yellow weather warning for snow and ice has been issued for Kent and East Sussex from midnight tonight.

A Met Office spokesperson said: "Up to 5cm of snow is possible on higher ground, with icy patches on untreated roads and pavements."''',
 "Up to 5cm", "Met Office spokesperson", "weather_flood_agency"),

('''Temperatures in Manchester could reach 31C on Friday, the hottest day of the year so far.

“It’ll be a short-lived hot spell. Fresher conditions arrive from the west by Sunday,” said Met Office meteorologist Greg Dewhurst.''',
 "It’ll be a", "Greg Dewhurst", "weather_flood_agency"),

('''Flood warnings are in place for the River Medway at Yalding and East Peckham after heavy rain overnight.

The Environment Agency said: "River levels are expected to peak on Sunday afternoon. People should avoid walking or driving through flood water."''',
 "River levels are", "Environment Agency", "weather_flood_agency"),

('''Met Éireann has issued an orange wind warning for Galway, Mayo and Clare for Thursday evening.

Farmer Tom Gavin, from near Headford, said he had been tying down anything that could blow away.

Met Éireann forecaster Niamh Cleary said gusts could reach 130km/h on exposed coasts. "This is a dangerous storm. People should stay away from the coast and avoid unnecessary travel," she said.''',
 "This is a", "Niamh Cleary", "weather_flood_agency"),

('''Residents in Llanrwst have been told to prepare for flooding as the River Conwy rises.

“Our teams are out checking flood defences and clearing grids. Please sign up for our free flood warnings,” said Natural Resources Wales.''',
 "Our teams are", "Natural Resources Wales", "weather_flood_agency"),

('''Homes in Hebden Bridge were flooded for the third time in a decade after the River Calder burst its banks on Sunday.

Carol Sutcliffe, 66, of Valley Road, said:

“The water came in under the door at 4am. By six, it was up to the second step of the stairs.

“We’d only just finished redecorating after the last time. I don’t know if we can face it again.”''',
 "We’d only just", "Carol Sutcliffe", "weather_flood_agency"),

('''Flood alerts have been issued for Perth and Kinross after a month's rain fell in 24 hours.

A spokesman for the Scottish Environment Protection Agency (Sepa) said: "We are monitoring the River Tay closely. Low-lying land and roads are likely to flood."''',
 "We are monitoring", "Scottish Environment Protection Agency spokesman", "weather_flood_agency"),

('''Sandbags are being handed out in Cockermouth as heavy rain is forecast for the weekend.

Cumberland Council has set up a collection point at the fire station.

"We'd urge anyone in an area at risk to collect sandbags today rather than wait for the rain," a council spokesman said.''',
 "We'd urge anyone", "Cumberland Council spokesman", "weather_flood_agency"),

('''A couple in Portstewart woke to find the roof of their conservatory had been blown into the neighbour's garden.

Lorraine Boyd said she heard "an almighty crack" just after 2am. Her partner, Trevor Agnew, went out in the storm to check on the damage.

"It's only glass and plastic. Nobody was hurt, and that's all that matters," he said.''',
 "It's only glass", "Trevor Agnew", "weather_flood_agency"),

('''Scotland recorded its wettest February since records began, the Met Office has said.

“Some parts of the west Highlands had more than twice their normal rainfall,” said Dr Euan Forsyth, a Met Office climate scientist. “That fits the pattern we expect to see as the climate warms.”''',
 "Some parts of", "Euan Forsyth", "weather_flood_agency"),

# ---------------------------------------------------------------- animal_rescue_rspca
('''A swan has been rescued after becoming tangled in fishing line on a lake in Ashford.

RSPCA Inspector Jo Marsh waded into the water to free the bird. "Discarded fishing line is a real danger to wildlife. Please take it home and put it in the bin," she said.''',
 "Discarded fishing line", "Jo Marsh", "animal_rescue_rspca"),

('''Six puppies were found abandoned in a cardboard box beside a bin in Openshaw on Monday.

A passer-by heard the puppies crying and called the RSPCA.

"They were only about five weeks old and were very hungry and cold. Thankfully they are now doing well," an RSPCA spokeswoman said.''',
 "They were only", "RSPCA spokeswoman", "animal_rescue_rspca"),

('''A pony found starving in a field near Ballymoney has been taken into care by the USPCA.

The USPCA said: "This is sadly one of the worst cases of neglect our team has seen this year. The pony is receiving round-the-clock care."''',
 "This is sadly", "USPCA", "animal_rescue_rspca"),

('''A seal pup has been returned to the sea at St Andrews after being nursed back to health by the Scottish SPCA.

The pup was found underweight on the beach in November. Animal rescue officer Craig Sinclair said: “She was just skin and bone.”

“It’s the best part of the job, watching them go back into the water,” Mr Sinclair added.''',
 "It’s the best", "Craig Sinclair", "animal_rescue_rspca"),

('''A hedgehog rescue in Barry is caring for more than 100 animals, the most it has ever had.

Sue Pritchard runs Prickles Hedgehog Rescue from her home with her husband, Alan Pritchard. She said the garage was "wall-to-wall hedgehogs".

"People find them out in the day, which isn't normal. Most of these are underweight youngsters who wouldn't survive the winter," he said.''',
 "People find them", "Alan Pritchard", "animal_rescue_rspca"),

('''A dog that went missing on the Mourne Mountains has been found safe after five days.

Owner Paul Hanna, 45, of Newcastle, said:

"We'd searched every day and we were starting to lose hope.

"When the call came to say she'd been found, I just sat down on the kitchen floor and cried."''',
 "When the call", "Paul Hanna", "animal_rescue_rspca"),

('''Eleven horses have been seized from a farm in Co Kildare following a joint operation by gardaí and the ISPCA.

"Several of the horses were severely underweight and had overgrown hooves," said ISPCA Inspector Fiona Ruane. "They are now at our equine centre in Co Longford."''',
 "They are now", "Fiona Ruane", "animal_rescue_rspca"),

('''Dogs Trust Manchester is appealing for new homes for its longest-staying residents, including a 10-year-old lurcher called Biscuit.

“Biscuit has been with us for more than a year. He is gentle, house-trained and loves a cuddle on the sofa,” said rehoming centre manager Leanne Hurst.''',
 "Biscuit has been", "Leanne Hurst", "animal_rescue_rspca"),

('''A cat that went missing from its home in Kidderminster has been reunited with its owners, 200 miles away in Cornwall.

Tigger is thought to have climbed into a removal van. He was taken to a vet in Truro who scanned his microchip.

A spokesperson for Cats Protection said: "This is a perfect example of why microchipping is so important."''',
 "This is a", "Cats Protection spokesperson", "animal_rescue_rspca"),

('''A spaniel that fell 30 metres down a cliff near Tenby has been rescued by the RNLI.

The dog, named Bramble, was spotted on a ledge by walkers. Tenby RNLI helm Rory Guthrie said the dog was "very lucky".

"We'd ask dog owners to keep their pets on a lead near cliff edges. Please never try to rescue an animal yourself," Mr Guthrie said.''',
 "We'd ask dog", "Rory Guthrie", "animal_rescue_rspca"),

# ---------------------------------------------------------------- family_tribute_named
('''The family of a 19-year-old man who died in a crash near Ashford have paid tribute to a "kind and funny" son and brother.

Jordan Doyle died at the scene of the collision on the A28 on Friday night.

His mother, Karen Doyle, said: "Jordan lit up every room he walked into. We will never get over losing him."''',
 "Jordan lit up", "Karen Doyle", "family_tribute_named"),

('''Tributes have been paid to Peter Hindley, a Wigan grandfather who died after falling from a ladder at his home. The 72-year-old was a well-known figure at his local rugby league club.

His wife, Susan Hindley, said:

“Peter was my best friend for 50 years. He would do anything for anybody.

“Our grandchildren adored him, and we are all heartbroken.”''',
 "Our grandchildren adored", "Susan Hindley", "family_tribute_named"),

('''The family of a young mother who died suddenly in Dundalk have described her as "the glue that held us together".

Sinéad Brennan, 31, died at her home on Sunday. Her sister, Aoife Brennan, said she was "a devoted mum" to her two young children.

Her brother, Conor Brennan, said: "She was always laughing."

"Sinéad would want us to look after her boys, and that's exactly what we'll do," he added.''',
 "Sinéad would want", "Conor Brennan", "family_tribute_named"),

('''A Llanelli teenager who died after getting into difficulty in the sea at Pembrey has been named as Ethan Rowlands, 16.

"Ethan was a gentle giant who loved his rugby and his family. We are broken," said his father, Huw Rowlands, 48, of Furnace.''',
 "Ethan was a", "Huw Rowlands", "family_tribute_named"),

('''A Belfast woman who volunteered at her local food bank for 20 years has died aged 89.

“Mum never sat still,” said her daughter, Maureen Kerr. “If somebody needed a dinner, a lift or a chat, she was there. The whole of east Belfast has lost a friend.”

Lily Kerr is survived by three children and eight grandchildren.''',
 "If somebody needed", "Maureen Kerr", "family_tribute_named"),

('''Tributes have been paid to a Motherwell man who died in an accident at a building site in Glasgow.

Scott Lafferty, 38, was a father of two. His partner, Gemma Boyle, described him as “a brilliant dad”.

“Scott worked so hard for his family. The boys keep asking when their dad is coming home, and I don’t know what to tell them,” Ms Boyle said.''',
 "Scott worked so", "Gemma Boyle", "family_tribute_named"),

('''A man who died after being hit by a car in Gravesend has been named as Dennis Walsh, 81.

In a statement issued through Kent Police, his son, Michael Walsh, said: "Dad was a proud Irishman who came to Gravesend in 1962 and never left. He will be missed by everyone at St John's church."''',
 "Dad was a", "Michael Walsh", "family_tribute_named"),

('''Friends of a young man from Larne who died in a road crash have set up a fundraiser for his family.

Adam McKinstry, 23, died after his car left the road near Ballygally on Saturday.

His best friend, Callum Reid, 24, said: "Adam was the first person you'd call if you were in trouble."

Mr Reid said the fundraiser had raised more than £10,000 in a day. "That tells you how loved he was," he said.''',
 "That tells you", "Callum Reid", "family_tribute_named"),

('''A young hurler from Co Offaly who died in a farm accident has been remembered as "a lad with a heart of gold".

Darragh Cunningham, 17, was a member of the county minor panel. His grandfather, Jim Cunningham, said he had "never missed a training session".

His grandmother, Bridie Cunningham, said the family had been overwhelmed by the support. "The whole parish has wrapped its arms around us. We'll never be able to thank them," she said.''',
 "The whole parish", "Bridie Cunningham", "family_tribute_named"),

('''A nurse from Salford who died after a short illness has been described by her family as "a fighter to the very end".

Grace Owusu, 44, worked on the children's ward at Royal Manchester Children's Hospital for 15 years.

Her sister, Rachel Owusu, said: “Grace cared for other people's children as if they were her own. She was the strongest person I know.”''',
 "Grace cared for", "Rachel Owusu", "family_tribute_named"),

# ---------------------------------------------------------------- family_tribute_unnamed_relative
('''A 22-year-old man who died in a motorbike crash near Maidstone has been named as Liam Carter.

In a statement, his family said: "Liam was a loving son, brother and uncle. He loved his bikes, his football and his friends, and he will be missed more than words can say."''',
 "Liam was a", "Liam Carter's family", "family_tribute_unnamed_relative"),

('''Tributes have been paid to a Derry woman who died following a house fire in the Creggan area.

Margaret Quigley, 76, was pronounced dead at the scene on Monday.

"Mum was the heart of our family and our street. Everybody knew her," her family said.''',
 "Mum was the", "Margaret Quigley's family", "family_tribute_unnamed_relative"),

('''A Sligo man who died after getting into difficulty while swimming at Rosses Point has been named locally as Patrick Moran, 54.

A cousin of Mr Moran, who asked not to be named, said: "Paddy swam there every morning for 30 years, summer and winter. He knew that water better than anyone."''',
 "Paddy swam there", "Patrick Moran's cousin", "family_tribute_unnamed_relative"),

('''A 14-year-old boy who died after collapsing during a football match in Stockport has been named as Josh Whitehead.

His parents said in a statement:

“Josh was football mad. He played for his school and for his Sunday team and dreamed of playing for City.

“We would ask for privacy while we try to come to terms with our loss.”''',
 "We would ask", "Josh Whitehead's parents", "family_tribute_unnamed_relative"),

('''A Brecon woman who died after being hit by a tractor has been described as "the kindest soul" by her husband.

Ann Pugh, 67, was walking her dog on a lane near Llanfaes when the accident happened.

Speaking to WalesOnline, her husband said: "We'd been married 45 years. I don't know how to live without her."''',
 "We'd been married", "Ann Pugh's husband", "family_tribute_unnamed_relative"),

('''Friends of a Dumfries woman who died after a short illness have organised a charity walk in her memory.

Chloe Bannerman, 27, was a primary school teacher in the town.

"Chloe would have loved this. She was always the one organising things for everybody else," said one of her friends.''',
 "Chloe would have", "Chloe Bannerman's friend", "family_tribute_unnamed_relative"),

('''The family of a man who was killed in a crash on the M60 have said he "lived life to the full".

In a tribute released by Greater Manchester Police, the family of Kieran Massey, 35, said: "Kieran was a devoted dad to his two girls. He had so many plans, and we are devastated that he won't get to see them through."''',
 "Kieran was a", "Kieran Massey's family", "family_tribute_unnamed_relative"),

('''A former Cardiff docker who became a well-known storyteller in the city’s pubs has died at the age of 91.

Billy Farrugia was born in Butetown in 1934 and worked on the docks for 30 years.

His widow said: “Billy could hold a room for hours. People would buy him a pint just to hear another story.”''',
 "Billy could hold", "Billy Farrugia's widow", "family_tribute_unnamed_relative"),

('''Hundreds of people lined the streets of Macroom on Friday for the funeral of a seven-year-old boy who died after a long illness.

Oisín Kelleher had been treated at Crumlin children's hospital since he was four.

His mother told mourners at St Colman's Church: "Oisín taught us what bravery looks like. He never once complained."''',
 "Oisín taught us", "Oisín Kelleher's mother", "family_tribute_unnamed_relative"),

('''Tributes have been paid to a well-known Inverness florist who has died aged 80.

Mary MacRae ran her shop in Church Street for more than 40 years.

“Mum made the flowers for half the weddings in Inverness,” her son said. “She'd be embarrassed by all this fuss, but secretly delighted.”''',
 "She'd be embarrassed", "Mary MacRae's son", "family_tribute_unnamed_relative"),

# ---------------------------------------------------------------- resident_neighbour
('''Armed police were called to a street in Sheerness on Tuesday evening after reports of a man with a weapon.

One neighbour, who did not want to be named, said: "There were police everywhere. We were told to stay inside and keep away from the windows."

Kent Police said a 45-year-old man had been arrested.''',
 "There were police", "neighbour", "resident_neighbour"),

('''Residents of a street in Moston say they have been waiting eight months for the council to fix a sinkhole.

“It’s coned off and then nothing happens. Somebody is going to break their ankle,” said Pauline Grimshaw, 58, of Kenyon Lane.

Manchester City Council said repairs were scheduled for next month.''',
 "It’s coned off", "Pauline Grimshaw", "resident_neighbour"),

('''Neighbours in a Carrickfergus street have been praised for chasing off a man who was trying to break into cars.

Denise McAuley heard a car alarm at 3am and woke her neighbour, Jim Barr, 70.

Mr Barr ran out in his dressing gown. "I don't know what I was thinking. I just shouted and he ran," he said.

"Jim was like a man half his age," she said.''',
 "Jim was like", "Denise McAuley", "resident_neighbour"),

('''People living on the Forth View estate in Stirling say they still have no working street lights, two years after moving in.

One Forth View resident said: "It's pitch black by four o'clock in winter. My kids can't walk home from the bus stop on their own."

The developer said the lights would be switched on "within weeks".''',
 "It's pitch black", "Forth View resident", "resident_neighbour"),

('''Residents in Pontypridd are still clearing up, a week after floodwater poured through their homes.

Nia Griffiths, 35, of Sion Street, said:

"Everything downstairs is gone. The kids' toys, the sofa, the kitchen. We're living upstairs with a kettle and a microwave.

"People have been amazing, though. Strangers turned up with mops."''',
 "Everything downstairs is", "Nia Griffiths", "resident_neighbour"),

('''A 93-year-old woman in Lurgan has been given a new front door by neighbours after hers was damaged in a storm.

Neighbours on Victoria Street clubbed together to buy and fit the door for Mrs Agnes Patterson, who has lived on the street since 1958.

“I was very touched. They’re good people round here,” Mrs Patterson said.''',
 "I was very", "Agnes Patterson", "resident_neighbour"),

('''A man was taken to hospital after a car crashed into the front of a house in Coventry in the early hours of Saturday.

"It sounded like a bomb going off," said neighbour Sandeep Gill, 41. "I ran out and the car was halfway into their living room."''',
 "I ran out", "Sandeep Gill", "resident_neighbour"),

('''Residents in Cork's Blackpool area were evacuated from their homes on Sunday after a gas leak.

"We were watching TV and there was a knock at the door. A garda told us to get out straight away," said a woman who lives on the street.

Gas Networks Ireland said the leak was repaired by late afternoon.''',
 "We were watching", "woman", "resident_neighbour"),

('''“We've been asking for speed bumps on this road for ten years.”

That's the view of retired GP Dr Helen Aitken, 74, who has lived on Stirling Road in Dunblane for most of her life. She says cars regularly race along the street at more than 50mph.

Stirling Council said it would carry out a traffic survey.''',
 "We've been asking", "Helen Aitken", "resident_neighbour"),

('''Residents in a Kirkcaldy street have complained about seagulls attacking people.

Jean Whyte, 67, of Nicol Street, said she had been swooped on three times. Another resident said the birds had “taken a sandwich right out of my hand”.

“You’re scared to go out your own front door. Something needs to be done before a child is hurt,” Mrs Whyte said.''',
 "You’re scared to", "Jean Whyte", "resident_neighbour"),

# ---------------------------------------------------------------- social_media_post
('''A Dartford mum has thanked the stranger who handed in her lost purse containing £400 in cash.

Hayley Burke, 33, wrote on Facebook: "To the lovely man who handed my purse in at the newsagent on Lowfield Street on Saturday, thank you so much. That was my rent money."''',
 "To the lovely", "Hayley Burke", "social_media_post"),

('''A pub in Longridge, near Preston, has closed its doors for the final time after 150 years.

In a post on its Facebook page, the Red Lion said: "We've had some amazing times and met some amazing people. Thank you to everyone who has supported us over the years."''',
 "We've had some", "Red Lion", "social_media_post"),

('''A driver was caught doing 112mph on the M4 near Bridgend on Sunday morning.

South Wales Police wrote on X: "112mph in a 70 zone, with two young children in the back. The driver has been reported for the offence."''',
 "112mph in a", "South Wales Police", "social_media_post"),

('''A Labour councillor in Leeds has apologised after a post about bin collections was shared thousands of times.

Cllr Dean Whitworth posted on X: “If you want your bins emptied, try voting for people who can count.” He later deleted the post.

“It was a silly joke and I’m sorry if it offended anyone,” he said on Tuesday.''',
 "If you want", "Dean Whitworth", "social_media_post"),

('''The owner of a Cookstown gift shop has hit back at online trolls after she put up a sign asking customers not to bring dogs inside.

Lauren Quinn wrote on Facebook: "I love dogs. I have two of my own.

"But I sell china and glass, and last week a Labrador's tail cost me £200 in one swing."''',
 "But I sell", "Lauren Quinn", "social_media_post"),

('''A Bangor chef has announced he is closing his restaurant to focus on his young family.

Ross McIlwaine, 29, opened Ember on Main Street in 2022.

"It's been the best and hardest three years of my life," the 29-year-old wrote on Instagram. "Thank you to every single person who came through our door."''',
 "Thank you to", "Ross McIlwaine", "social_media_post"),

('''A post asking for help finding the owner of a wedding ring found on Tankerton beach has been shared more than 5,000 times.

Dog walker Chris Napier found the ring in the sand on Sunday and posted a photo online.

One person, Gail Prior, commented: "Whoever lost this must be devastated. Hope it gets home."''',
 "Whoever lost this", "Gail Prior", "social_media_post"),

('''Firefighters in Bolton rescued a duckling that had fallen down a drain outside a supermarket.

Greater Manchester Fire and Rescue Service posted on Facebook: “Not our usual shout! Crews from Bolton Central reunited this little one with its mum, who waited patiently on the pavement.”''',
 "Not our usual", "Greater Manchester Fire and Rescue Service", "social_media_post"),

('''A Derry woman who posted online asking who had paid for her shopping at a supermarket checkout has found the man responsible.

Shauna Doherty, 26, wrote that she had been "a bit short" at the till when a man behind her paid the £38 bill.

The post was seen by his daughter, who tagged him. Raymond McGinley, 61, replied: "It's no big deal. Somebody did the same for me once, years ago."''',
 "It's no big", "Raymond McGinley", "social_media_post"),

('''A Welsh league club has apologised to fans after a match was called off 20 minutes before kick-off because of a waterlogged pitch.

"Apologies to everyone who travelled. We did everything we could to get the game on," Penrhiwceiber Athletic posted on X.''',
 "Apologies to everyone", "Penrhiwceiber Athletic", "social_media_post"),

# ---------------------------------------------------------------- petition_campaign
('''More than 3,000 people have signed a petition calling for a pedestrian crossing on Canterbury Road in Westgate.

Rachel Fenn, who started the petition, said: "Children cross this road every day to get to school. It's an accident waiting to happen."''',
 "Children cross this", "Rachel Fenn", "petition_campaign"),

('''Campaigners fighting to reopen a 1930s lido in Prestwich have handed in a petition with 12,000 signatures.

Save Prestwich Lido said: “This petition shows how much the people of Prestwich want their lido back. The council can’t ignore that.”''',
 "This petition shows", "Save Prestwich Lido", "petition_campaign"),

('''A couple from Omagh have collected 8,000 signatures calling for a radiotherapy unit at the South West Acute Hospital in Enniskillen.

Colette McCrory and her husband, Brian Teague, started the petition after she had to travel to Belfast for treatment five days a week. Mr Teague said the journeys were "exhausting".

"I was spending four hours a day in a car when I was at my sickest. Nobody should have to do that," she said.''',
 "I was spending", "Colette McCrory", "petition_campaign"),

('''Campaigners opposed to a solar farm on 300 acres of farmland near Sandwich have vowed to keep fighting after it was approved by the Government.

A spokesperson for the Keep Sandwich Green group said: "We are bitterly disappointed.

"This is some of the best farmland in Kent, and it will be covered in glass for 40 years."''',
 "This is some", "Keep Sandwich Green spokesperson", "petition_campaign"),

('''A banner reading "Hands off our hospital" appeared on a footbridge over the M61 near Chorley overnight.

It is not known who put it up. Campaigners fighting to save Chorley's A&E department said they were not responsible but supported the message.

Campaign chairman Ray Hodson said: "We didn't put it there, but we agree with every word."''',
 "Hands off our", "", "petition_campaign"),

('''Parents in Clondalkin have launched a campaign for a new secondary school, saying children are being forced to travel across Dublin for a place.

“My son got offered a place in a school an hour away on two buses. He’s 12,” said Niamh Behan, 43, of Monastery Road, one of the campaign’s organisers.''',
 "My son got", "Niamh Behan", "petition_campaign"),

('''Around 200 people marched through Aberystwyth on Saturday to protest against plans to close the town's maternity unit.

“My three children were all born here. If this closes, women will have to travel 70 miles while they're in labour,” said one protester, who was pushing a pram.''',
 "My three children", "protester", "petition_campaign"),

('''A retired consultant is leading a campaign to stop a cancer charity's drop-in centre in Newry from closing.

"This centre is where people come when they've just heard the worst news of their lives," said Dr Máire Hollywood. "Where will they go if it closes?"''',
 "Where will they", "Máire Hollywood", "petition_campaign"),

('''Cleaners at a Bradford hospital are campaigning for the same pay as NHS staff doing similar jobs.

The cleaners are employed by a private contractor, Spotless Facilities Ltd. Unison regional organiser Dawn Kemp said: “These women keep the wards clean and safe. They deserve the same pay as the people working alongside them.”''',
 "These women keep", "Dawn Kemp", "petition_campaign"),

('''A campaign group fighting plans for a waste incinerator in Drogheda has raised €20,000 for a legal challenge.

Residents Against the Incinerator (RATI) was set up last year by people living near the proposed site.

“We’ve raised this money in bucket collections and raffles. That tells you how strongly people feel,” RATI said in a statement.''',
 "We’ve raised this", "Residents Against the Incinerator", "petition_campaign"),

# ---------------------------------------------------------------- business_opening_closure
('''A zero-waste shop has opened in Faversham's Preston Street.

Owner Kirsty Lamb, 36, said: "People bring their own jars and fill up with everything from pasta to shampoo. It's been so busy I've had to restock twice already."''',
 "People bring their", "Kirsty Lamb", "business_opening_closure"),

('''A bakery in Wrexham that employs 140 people is to close, with production moving to a site in Staffordshire.

Hartwell Bakeries said the decision followed "a sharp rise in energy and ingredient costs".

"We understand this is very difficult news for our colleagues and we will support them through the process," the company said.''',
 "We understand this", "Hartwell Bakeries", "business_opening_closure"),

('''Workers at a Larne factory say they were given just two weeks' notice that the plant was closing.

“We found out in the canteen. Some of us have been here 25 years,” said one worker, who did not want to be named.''',
 "We found out", "worker", "business_opening_closure"),

('''A Kilkenny couple have opened a bookshop and café in a former bank on High Street.

Emer Walsh and Declan Brophy spent a year renovating the building. Ms Walsh said they had kept the old bank vault “as a reading room”.

“Everyone told us bookshops were dying. We think people still want somewhere to browse and have a coffee,” he said.''',
 "Everyone told us", "Declan Brophy", "business_opening_closure"),

('''A family-owned department store in Dorchester is to close after 134 years, with the loss of 60 jobs.

A spokesman for Holbrook & Sons said: "This has been the hardest decision in the company's history. Trading conditions on the high street have never been tougher."''',
 "This has been", "Holbrook & Sons spokesman", "business_opening_closure"),

('''A former care worker has opened a dog grooming salon in Kirkintilloch after being made redundant.

Lynsey Paterson, 41, said:

"I'd always wanted to work with animals, and losing my job gave me the push.

"We've got 60 bookings already, mostly spaniels. I think every spaniel in Kirkintilloch has been in."''',
 "We've got 60", "Lynsey Paterson", "business_opening_closure"),

('''A Newport barber shop has reopened six months after it was wrecked by a car crash.

"We thought that was it for the business," said Ahmed Karimi, who has run Fade Factory on Commercial Street since 2016. “But the community raised £9,000 to help us get back on our feet.”''',
 "But the community", "Ahmed Karimi", "business_opening_closure"),

('''A craft brewery and taproom will open in a former mill in Galway’s Woodquay next month.

Director Cormac Ó Flaithearta said the taproom would have room for 150 people.

“We want this to be a place where locals and tourists sit side by side,” Mr Ó Flaithearta told the Galway Advertiser.''',
 "We want this", "Cormac Ó Flaithearta", "business_opening_closure"),

('''A new supermarket will open on the site of the former Caernarfon cattle market, creating 40 jobs.

"We're really pleased to be coming to Caernarfon, and we'll be recruiting locally," ValuFresh said.''',
 "We're really pleased", "ValuFresh", "business_opening_closure"),

('''A fruit and veg stall that has traded in Bury Market for 70 years is to close when its owner retires.

Brenda Heap, 72, took over the stall from her parents. Her longest-serving worker, Gary Nolan, has been with her for 31 years.

"Brenda's been like a second mum to me. I don't know what I'll do on a Saturday," he said.''',
 "Brenda's been like", "Gary Nolan", "business_opening_closure"),

# ---------------------------------------------------------------- festival_event_organiser
('''Organisers of a Broadstairs music festival say this year's event was the biggest in its history.

Festival director Jill Hemsley said: "We sold more tickets than ever before, and the town was buzzing all week."''',
 "We sold more", "Jill Hemsley", "festival_event_organiser"),

('''Heaton Fields Festival has apologised after thousands of people were stuck in queues to get in on Saturday.

“We’re truly sorry to everyone who missed acts because of delays at the gates,” a spokeswoman for Heaton Fields Festival said.''',
 "We’re truly sorry", "Heaton Fields Festival spokeswoman", "festival_event_organiser"),

('''A Donegal singer will headline a homecoming concert at the Bundoran Summer Festival in August.

Festival chairman Gerry McGloin said it was "a huge coup" to secure Caoimhe Gildea, who has had three top-ten albums since leaving the town.

"Bundoran made me. Coming home to play on the seafront is a dream," she said.''',
 "Bundoran made me.", "Caoimhe Gildea", "festival_event_organiser"),

('''A food festival in Llandeilo is to move to a bigger site next year after crowds trebled in five years.

Organiser Iwan Parry-Jones said:

"We had 15,000 people through the gates this year, and the town centre simply can't hold that many.

"The new site at the showground will have room for twice as many stalls."''',
 "The new site", "Iwan Parry-Jones", "festival_event_organiser"),

('''The Lough Derg Regatta has been cancelled for the first time in 50 years because of a shortage of volunteers.

In a statement, the regatta committee said: "Without enough safety boat crews, we cannot run the event safely. We hope to be back bigger and better next year."''',
 "Without enough safety", "Lough Derg Regatta committee", "festival_event_organiser"),

('''Thousands of people braved the rain at the Glenmoray Highland Games on Saturday.

“We’ve driven up from Leeds for this. A bit of rain isn’t going to stop us,” said one spectator, wrapped in a waterproof poncho.

Caber-tossing winner Ross Duguid, 30, said conditions were “slippy but fine”.''',
 "We’ve driven up", "spectator", "festival_event_organiser"),

('''Thousands of people packed Ballymena town centre for the Christmas lights switch-on on Friday night.

"It's the best crowd we've had in years. The atmosphere was magic," said Kenneth Adair, 63, chairman of the Ballymena Traders' Forum, which organised the event.''',
 "It's the best", "Kenneth Adair", "festival_event_organiser"),

('''A vintage tractor run through the Vale of Glamorgan has raised £7,000 for a children's hospice.

More than 120 tractors took part in Sunday's run from Cowbridge to Llantwit Major, organised by farmer Rhys Bevan and his neighbour Alun Daniel.

"Some of these tractors are older than me," said Mr Daniel. "The oldest one is a 1938 Fordson that still starts first time."''',
 "The oldest one", "Alun Daniel", "festival_event_organiser"),

('''Organisers of Dundee Pride say this year's parade will be the biggest yet, with more than 60 groups taking part.

Chairperson Alex Murray said the event had come a long way since the first parade. "That first year there were about 200 of us. This year we're expecting 10,000," they said.''',
 "That first year", "Alex Murray", "festival_event_organiser"),

('''A traditional music weekend in Kilrush has been named the best small festival in Munster.

Organiser Bernadette Keane, a fiddle player, has run the event since 2009.

“We started with a few sessions in two pubs. Now there's music in every pub, every shop and half the kitchens in the town,” Ms Keane said.''',
 "We started with", "Bernadette Keane", "festival_event_organiser"),

# ---------------------------------------------------------------- lottery_human_interest
('''A Margate couple who won £1 million on the EuroMillions say they will not be giving up work just yet.

Tina Cooke, 52, and her husband, Barry Cooke, 55, checked their ticket on the Monday morning after the draw.

"I had to sit down on the stairs. Barry thought I was having a funny turn," she said.''',
 "I had to", "Tina Cooke", "lottery_human_interest"),

('''A Bolton woman has celebrated her 105th birthday with a party at her care home.

"I've never smoked, I've always walked everywhere and I've never worried about what other people think," said Edna Haworth, when asked her secret.''',
 "I've never smoked,", "Edna Haworth", "lottery_human_interest"),

('''A Newry man has tracked down the family of a Second World War airman whose wallet he found under the floorboards of his house.

Eamon Rice, 58, found the wallet while renovating his kitchen. It contained a photo and a letter addressed to Sgt William Brough. Mr Rice said:

"I felt I owed it to him to find his family.

"It took six months and a lot of help from people online, but his niece is getting it back next week."''',
 "It took six", "Eamon Rice", "lottery_human_interest"),

('''A Co Cork shop that sold a winning Lotto ticket worth €2.3 million says it has no idea who the winner is.

The ticket was bought at Hegarty’s Foodstore in Bandon on Saturday morning.

Shop owner Dermot Hegarty said: “We’ve been racking our brains. It could be any one of our regulars, and we’d love it to be.”''',
 "We’ve been racking", "Dermot Hegarty", "lottery_human_interest"),

('''Two sisters separated as babies have met for the first time in 60 years after a DNA test.

Patricia Moore, from Wexford, and Linda Sorensen, from Swansea, met at Rosslare Europort on Saturday.

“I just held her and didn't let go,” said Mrs Sorensen. "We've got 60 years of catching up to do."''',
 "We've got 60", "Linda Sorensen", "lottery_human_interest"),

('''A delivery driver from Airdrie has won £250,000 on a scratchcard he bought while waiting for his tea.

Darren McKee, 34, said he checked the card three times before he believed it.

"I phoned my mum and she told me to stop winding her up," the 34-year-old said.''',
 "I phoned my", "Darren McKee", "lottery_human_interest"),

('''A wedding ring lost in a Fermanagh field 40 years ago has been returned to its owner after a metal detectorist found it.

Hobbyist Alan Crawford, 49, found the gold ring with the initials "M.B. 1972" engraved inside. After an appeal on social media, it was traced to Margaret Bell, 81, of Irvinestown.

Mrs Bell said she had lost it "while feeding calves". "When I saw it, I couldn't believe my eyes. It's the same ring, a bit scratched, like me," she said.''',
 "When I saw", "Margaret Bell", "lottery_human_interest"),

('''A 99-year-old woman from Llandudno has flown on a plane for the first time, to visit family in Spain.

Gwen Lloyd had always said she was “too old to start flying”.

Her granddaughter, who travelled with her, said: “She loved every minute. She told the cabin crew it was better than the bus to Rhyl.”''',
 "She loved every", "Gwen Lloyd's granddaughter", "lottery_human_interest"),

('''Twins born either side of midnight at the Ulster Hospital now have different birthdays.

Holly was born at 11.56pm on 31 December, and her brother Noah arrived eight minutes later on 1 January.

"They'll be fighting over whose birthday party comes first for the rest of their lives," said their mum, Kirsty Magill, 30, from Dundonald.''',
 "They'll be fighting", "Kirsty Magill", "lottery_human_interest"),

('''Residents of a Conwy village have thrown a surprise party for their postman, who is retiring after 38 years on the same round.

Villager Eirlys Thomas, who organised the party, said: "He knows everybody's business, but he's never told a soul."

Postman Glyn Hughes, 65, said he was "gobsmacked". "I've watched children on this round grow up and have children of their own," Mr Hughes said.''',
 "I've watched children", "Glyn Hughes", "lottery_human_interest"),
]
