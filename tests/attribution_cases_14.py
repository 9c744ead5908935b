"""Eighty made-up passages for quotation attribution, written blind (fourteenth set).

Politics, government and public institutions as reported by US, UK, Canadian, Australian, New Zealand,
Irish, Indian, Nigerian, Kenyan and South African papers and news sites, 2005-2020.

Every passage, name, organisation and event below was invented for this file by someone who had read
only the annotation README (its "What a row is" and "Columns" sections) and the first 120 lines of the
thirteenth case file for its layout, never the tool's source, tests, benchmarks or annotated data. Real
countries, states, provinces, counties, cities and towns, parliaments and their chambers and
committees, courts, parties and well-known bodies (the Commons, the Senedd, the Dáil, Leinster House,
the Vidhana Soudha, the Nigerian Senate and House of Representatives, the Kenyan Senate, Parliament's
portfolio committee on basic education, the Western Cape legislature, Quebec's National Assembly, the
British Columbia Court of Appeal, the Madurai Bench of the Madras High Court, the High Court at
Wellington, the Mthatha High Court, the National Green Tribunal, the National Prosecuting Authority,
the Office of the Auditor-General, the Home Office, Ireland's Department of Social Protection and
Department of Housing, Northern Ireland's Department for Infrastructure, Victoria Police, the RCMP, the
Garda, the Georgia Bureau of Investigation, the Irish Nurses and Midwives Organisation, the Election
Commission, RNZ's Morning Report, the University of Otago, Westmeath, Kildare and Galway councils,
Whanganui District Council, and parties from Labour, Plaid Cymru, Sinn Féin, the SDLP, Fianna Fáil,
Fine Gael and Québec solidaire to the DA, the Freedom Front Plus, the UDF, the LDF and the BJP) appear
only as background or with invented words; the people and most organisations are fictional, and no
event is a real one.

The passages imitate political and public-institution news: council meetings (library closures, a
short-term rental ban, a port sale, felled fig trees, a holiday-let motion, a no-confidence vote in a
mayor), parliaments and assemblies in session (question period on patrol ships, the Dáil on
homelessness, a Commons row over ambulance waits, a Senedd bus-route debate, an NI gritting row, a
Karnataka walkout, a Nigerian siren bill and a flooding motion, a Kenyan county assembly brawl and a
mobile-money tax, a Western Cape clinics debate, a Quebec plastic-bag ban), committees and hearings
(a select committee on water, a portfolio committee on school toilets, Senate estimates on arts
grants, a Kenyan Senate audit hearing, a congressional hearing of a loan servicer), elections and
campaigns (a state tobacco vote, a governor's debate, a Brandon mayoral count, a Donegal count, a
northern B.C. riding, a Stroud hustings, a Tasmanian election night, a Lagos governorship debate, a
Kerala by-election, a Durban rally, an Oyo result dispute, an anonymous Iowa billboard, unclaimed
Lucknow posters, a father and son in an Invercargill mayoral race), courts, tribunals and inquiries
(an eviction ruling in Nairobi, a tank encroachment order in Madurai, a planning tribunal in Ireland, a
Chicago bribery trial, a Nigerian fraud trial, a fraud sentence in Mthatha, a club theft sentence in
Wellington, a parks bylaw appeal in Vancouver, a commission of inquiry in Johannesburg, an MCA's bail
hearing in Mombasa, a groundwater penalty), reports, letters and written replies (a fire review, an
audit of health boards' equipment, a refused hospital grant, idle police vehicles), police appeals and
statements (a chief constable on cuts, a slip in Hawke's Bay, a rescue near Kaduna, a traffic-stop
shooting in Georgia, a missing teenager in Thompson, a feud shooting in Drogheda, capsicum spray in
Melbourne, a student protest in Polokwane, a matatu strike), ministers' press conferences (aid
cuts, Hyderabad floods, an exam calendar, backcountry huts, a hurricane evacuation), and press
releases from universities, charities, companies and campaign groups turned into news (campus cuts
and closures, a hostel eviction, an occupation, child poverty, a coal mine closure, a sugar mill
shutdown, rural emergency departments), with interviews retold in prose (a retired TD on abuse, a
retiring mayor, a vice-chancellor).

Three to five people or bodies speak in most passages. Speakers hold offices and titles of many
countries: councillors and an opposition leader, state senators, a senator of the Australian Senate and of
the Nigerian and Kenyan Senates, MPs, TDs, AMs, MLAs, MNAs, MPLs, MCAs, a county assembly Speaker,
ministers, shadow ministers, an MEC, a Cabinet Secretary and Principal Secretary, a deputy minister,
mayors and a premier-elect, a chief constable, a Police and Crime Commissioner, a Commissioner of
Police, a police commander, a chief superintendent, a corporal, a lieutenant-colonel, judges, a
magistrate, a commission chairperson, an evidence leader, senior counsel and a Senior Advocate,
vice-chancellors, a registrar, chief executives, managing directors, union and association chairmen,
a students' union and an SRC president, and an electoral commissioner. Exchanges between two or three
speakers are common: a minister and a shadow minister, a defence critic and a minister, a
congresswoman and a chief executive, a senator and a departmental secretary, a committee chairman and
a governor, counsel and a witness (the witness's answer standing alone, and counsel's question chosen
itself), a commission chairperson and a witness, a reporter's question and a minister's answer (the
reporter's question chosen), a select committee chairman and a farmer.

Bodies speak by name (a council, a party given with its acronym, a ministry as "the department", a
university, a police department, a police force, a health coalition, the Office of the
Auditor-General's report, a tribunal), and so do documents: a review "led by" a named author, a
ruling written by a named judge, a minister's letter, a written parliamentary reply, a motion read "in
part" with its mover named, a party statement signed by its publicity secretary, a victim impact
statement written by one person and read by another, and a family statement released through police.
Unnamed speakers are a police spokeswoman, a department spokesperson, a university spokesperson, a
reporter and a woman at a bus terminus. Attribution comes after the quotation (with name, surname,
role noun such as "the judge", "the senator", "the legislator", "the premier-elect", "the witness",
or pronoun; "said Sen. X, R-Danbury", "wrote on Twitter", "the statement read", "the report says",
"the letter reads", "the legislator posed", "she warned", "she shot back"), before it with a colon,
inside split quotations (first and second halves chosen), at a distance (a lede quotation followed by
"So says" and by "That was the message ... from"), with no reporting verb at all (after "Tessier was
not satisfied.", after a chairman's or a reporter's question put to the speaker, after "He added
that...", after "he laughed", after a sentence introducing a hustings candidate, after reported
speech), inside a paragraph about someone else (after "according to", after a sentence about a chief
executive's visit, after "Coetzee's party, he said"), and in continuation paragraphs of an unclosed
quotation (the second and the third paragraph of a run chosen). One chosen quotation contains a nested
single-quoted quotation (a patient's words to a doctor). Two passages have people sharing a surname (a
married couple of councillors, a father and son in a mayoral race). Four quotations have no
identifiable source and take an empty speaker (a placard at a council meeting, graffiti on a
developer's billboard, unclaimed election posters, an anonymous billboard), and one is a motion's
title, also empty; many chosen quotations sit next to quoted phrases in the narration ("hollowing
out", "on life support", "everything is on the table", "a national disgrace", "a blessing", "too
little, too late", "has a remarkable talent for the future tense", report titles and campaign
slogans).

Later mentions use surnames, titles ("Mr Ó Duinnín", "Mr. Murthy", "Ms Pugh", "Cllr Fewtrell", "Chief
Supt Hanratty", "Prof. Kilonzo", "Senator Kouris", "Ms Mugo"), roles and descriptions ("the judge", "the senator", "the legislator", "the Minister", "the premier-elect", "the
witness", "the elder Brackenridge", "the former banker", "the mayor"), and pronouns. Names include
Irish-language names (Ó Duinnín, Nic Amhlaoibh, Ní Ghallchóir, Ní Cheallaigh, Mac Suibhne), Māori and
Samoan names, Welsh, Afrikaans (van der Walt, van Rooyen), Zulu, Xhosa, Sotho, Venda, Kenyan
(Kikuyu, Kalenjin, Luo, Luhya, Swahili), Nigerian (Yoruba, Igbo, Hausa, Ijaw) and Indian names,
Indian names with initials (R. Venkatesh Murthy, K. Sreenivasa Gowda, V. Lathika Devi), hyphenated
surnames, and titles and honorifics the answer leaves out (Cllr, Councillor, Sen., Senator, Hon.,
Comrade, Chief, Alhaji, Engr., Dame, Dr, Prof., Professor, Lady Justice, Justice, Judge, Magistrate,
Advocate, SC, SAN, TD, DSP, Cpl., Lieutenant-Colonel, Wing Commander, Chief Constable, Chief
Superintendent, Mr, Mr., Mrs, Ms).

Each case is a tuple (passage, first_words_of_chosen_quote, speaker, label); the speaker follows the
convention of data/annotations/quotes_README.md.

First run: 60 of 80 right (0.75), on 2026-12-03, before any rule was written from these passages;
rules written from the misses then brought 64 right. The 16 still wrong are marked as expected
failures, each with its reason, in ``test_attribution_cases.py``."""

CASES = [
    # 1
    (
        (
            "Plans to close three branch libraries in Harrowden were approved by 31 votes to 24 at a "
            "stormy meeting of the borough council on Wednesday night, with members of the public "
            "heckling from the gallery.\n\n"
            "Councillor Bridget Allardyce, the cabinet member for culture, told the chamber the authority "
            "had to find £4.2m in savings by April. \"Nobody came into local government to shut libraries, "
            "but the alternative is cutting care for elderly residents, and I will not do that,\" she "
            "said.\n\n"
            "Opposition leader Martin Fewtrell accused the ruling group of \"hollowing out\" the town. "
            "\"Once these buildings are sold, they are gone for good,\" Cllr Fewtrell said. \"You are "
            "selling the family silver to pay the gas bill.\"\n\n"
            "A council spokeswoman said volunteers would be invited to run two of the branches as "
            "community libraries, and that talks with local groups would begin next month."
        ),
        "You are selling",
        "Martin Fewtrell",
        "split_quote_second_half_cllr_surname",
    ),
    # 2
    (
        (
            "HARTFORD, Conn. — The state Senate voted 20-16 late Tuesday to raise the minimum age for "
            "buying tobacco and e-cigarettes to 21, sending the bill to the governor's desk.\n\n"
            "Sen. Dolores Whitcombe, a Democrat from New Haven who sponsored the measure, said she had "
            "been moved by a letter from a high school nurse. “She told me she was handing out nicotine "
            "patches to fourteen-year-olds,” Whitcombe said. “That's when I knew the law was failing our "
            "kids.”\n\n"
            "Republicans argued the change would simply push sales across the state line. “You can vote "
            "at 18, you can serve in the military at 18, but you can't buy a pack of cigarettes,” said "
            "Sen. Carl Brandvold, R-Danbury. “Where does it stop?”\n\n"
            "The Connecticut Convenience Retailers Alliance, which lobbied against the bill, said in a "
            "statement that its members stood to lose “millions in revenue.” A spokesman for the governor "
            "said he would sign it."
        ),
        "You can vote at",
        "Carl Brandvold",
        "said_before_name_us_state_senator",
    ),
    # 3
    (
        (
            "OTTAWA — The opposition pressed the government again on Thursday over the cost of the "
            "delayed Arctic patrol vessel program, with the two sides trading accusations in a heated "
            "question period.\n\n"
            "Conservative defence critic Raymond Tessier asked why the estimated cost had risen by $1.3 "
            "billion in eighteen months. \"Canadians deserve to know who signed off on these overruns and "
            "when,\" he said.\n\n"
            "Defence Minister Annick Beaulieu-Hart replied that the previous government had left the "
            "program \"on life support.\" \"We inherited a mess, and we are cleaning it up one contract at a "
            "time,\" she told the House.\n\n"
            "Tessier was not satisfied. \"The minister has had three years to clean it up. When does the "
            "excuse expire?\"\n\n"
            "NDP defence critic Gurpreet Sandhu later told reporters that both parties shared the blame "
            "for a program that was \"a decade late and counting.\""
        ),
        "The minister has had",
        "Raymond Tessier",
        "rejoinder_no_verb_surname_question_period",
    ),
    # 4
    (
        (
            "CANBERRA: Finance Minister Lachlan Gerrity has refused to rule out cuts to the foreign aid "
            "budget in next month's federal budget, saying “everything is on the table”.\n\n"
            "At a press conference in Parliament House on Monday, Mr Gerrity was asked whether he could "
            "guarantee that aid to Pacific nations would be spared.\n\n"
            "“I'm not going to pre-empt the budget standing here at a lectern. What I will say is that "
            "our commitments to our neighbours in the Pacific are as strong as they have ever been.”\n\n"
            "Labor's foreign affairs spokeswoman, Senator Imogen Dacre, said the answer would alarm aid "
            "agencies. “If the minister can't give a simple yes, the answer is no,” she said.\n\n"
            "The Pacific Partners Forum, a coalition of 30 aid groups, said any cut would be “a false "
            "economy” at a time when other powers were expanding their influence in the region."
        ),
        "I'm not going to",
        "Lachlan Gerrity",
        "answer_after_reporter_question_no_verb",
    ),
    # 5
    (
        (
            "WELLINGTON - Iwi, farmers and conservationists lined up before Parliament's environment "
            "select committee on Wednesday to criticise the Freshwater Allocation Bill, though for very "
            "different reasons.\n\n"
            "Ripeka Waaka, chairwoman of the Te Awa Tapu Trust, told MPs the bill treated rivers \"as a "
            "commodity to be rationed out\". \"Our people have been the guardians of these waters for "
            "twenty generations, and nobody in this building asked us first,\" she said.\n\n"
            "Canterbury dairy farmer Bruce McAlister said the proposed caps would put family farms out of "
            "business. Committee chairman Tony Ferris, a National MP, asked him how many farms in his "
            "district could survive a 20 per cent cut in water take.\n\n"
            "\"Maybe half. Maybe fewer. The banks won't wait to find out.\"\n\n"
            "The conservation group Clear Waters Aotearoa said the bill did not go nearly far enough and "
            "urged MPs to set limits \"the rivers can actually live with\"."
        ),
        "Maybe half. Maybe",
        "Bruce McAlister",
        "answer_to_committee_chair_no_verb",
    ),
    # 6
    (
        (
            "The Minister for Housing, Ciarán Ó Duinnín, clashed with Sinn Féin's housing spokeswoman, "
            "Deirdre Nic Amhlaoibh, in the Dáil on Tuesday over figures showing a record 9,800 people in "
            "emergency accommodation.\n\n"
            "Ms Nic Amhlaoibh said the figures were “a national disgrace”. “Every night this minister "
            "goes home, there are children sleeping in hotel rooms with no kitchen and nowhere to do "
            "their homework,” she said.\n\n"
            "Mr Ó Duinnín said he would not take lectures from a party “that has never built a house”. "
            "“We are delivering more social homes this year than in any year since 2008. That is a fact, "
            "whether the Deputy likes it or not.”\n\n"
            "The homeless charity Doras Bhaile said the row missed the point. “Families do not care whose "
            "fault it is. They want a front door,” its director, Aoife Cullinane, said."
        ),
        "We are delivering",
        "Ciarán Ó Duinnín",
        "statement_no_verb_after_phrase_minister_dail",
    ),
    # 7
    (
        (
            "BENGALURU: The Legislative Assembly witnessed uproar on Thursday as Opposition members "
            "staged a walkout over alleged irregularities in the allotment of housing sites in the city's "
            "outskirts.\n\n"
            "Replying to the debate, Revenue Minister K. Sreenivasa Gowda said all allotments had been "
            "made as per rules. \"Not a single site has been given out of turn. If the Opposition has "
            "proof, let them place it on the table of the House,\" he said.\n\n"
            "Leader of the Opposition R. Venkatesh Murthy said the government was \"hiding behind "
            "procedure\". When the Speaker, B. Chandrashekar, asked members to return to their seats, "
            "Opposition MLAs trooped out shouting slogans.\n\n"
            "\"We will take this fight to the streets and to every taluk in the State,\" Mr. Murthy told "
            "reporters outside the Vidhana Soudha."
        ),
        "We will take this",
        "R. Venkatesh Murthy",
        "mr_surname_indian_initials_told_reporters",
    ),
    # 8
    (
        (
            "ABUJA — A bill to restrict the use of sirens and pilot vehicles by public office holders "
            "passed second reading in the Senate on Tuesday after a lively debate.\n\n"
            "Leading the debate, the sponsor, Senator Olugbenga Adeyemo (Ogun East), said ordinary "
            "Nigerians were being \"pushed off the road\" every day by convoys. \"A local government "
            "chairman now moves with more noise than a fire engine. It is an embarrassment to our "
            "democracy,\" he said.\n\n"
            "Senator Chidiebere Okonkwo-Eze (Enugu North) disagreed, citing security. \"Some of us have "
            "been attacked on the highway. Do you want us to travel like ordinary traders?\" he asked, to "
            "murmurs in the chamber.\n\n"
            "Senator Rakiya Sani Gwarzo (Kano South) said the bill should exempt ambulances and fire "
            "service vehicles.\n\n"
            "The Deputy Senate President, who presided, referred the bill to the Committee on Police "
            "Affairs, which is to report back in four weeks."
        ),
        "Some of us have",
        "Chidiebere Okonkwo-Eze",
        "nigerian_senator_constituency_he_asked",
    ),
    # 9
    (
        (
            "The High Court in Nairobi has halted the eviction of more than 400 families from a "
            "settlement in Athi River pending the hearing of a petition filed by the residents.\n\n"
            "In her ruling on Monday, Lady Justice Grace Wanjiru Ndung'u said the families had "
            "established a prima facie case. “The right to housing is not a slogan. Where the State or a "
            "private party seeks to remove people who have lived on land for three decades, due process "
            "must be followed to the letter,” the judge said.\n\n"
            "Lawyer Otieno Kabaka, for the developer, Silverbay Holdings, had argued that the residents "
            "were squatters with no claim to the land.\n\n"
            "Speaking outside the court, resident Esther Achieng, 67, said she had lived in the "
            "settlement since 1988. “Where would we go? My grandchildren were born here,” she said.\n\n"
            "Silverbay Holdings said in a statement that it would appeal."
        ),
        "The right to housing",
        "Grace Wanjiru Ndung'u",
        "kenyan_judge_title_stripped_the_judge_said",
    ),
    # 10
    (
        (
            "CAPE TOWN – Members of Parliament's portfolio committee on basic education on Wednesday "
            "grilled officials over the slow pace of replacing pit toilets at schools in the Eastern Cape "
            "and Limpopo.\n\n"
            "Committee chairperson Nomvula Mbatha-Dlamini said she was \"deeply disappointed\" by the "
            "figures. \"We were promised in 2018 that every pit latrine would be gone within three years. "
            "We are now told it will be 2025. Learners cannot wait that long.\"\n\n"
            "Deputy director-general Pieter van der Walt told MPs that contractors had abandoned 112 "
            "projects in the two provinces. \"Where a contractor walks away, we have to go back out to "
            "tender, and that takes months,\" he said.\n\n"
            "DA MP Shaun Pillay said the department had known about the problem for years. \"Somebody must "
            "be held accountable. Children have died in these toilets,\" Pillay said."
        ),
        "Where a contractor",
        "Pieter van der Walt",
        "afrikaans_surname_particle_he_said",
    ),
    # 11
    (
        (
            "Lancashire's chief constable has warned that neighbourhood policing in the county \"as people "
            "have known it\" will end unless the force receives more money from the Government.\n\n"
            "Chief Constable Andrew Sowerby told a meeting of the county's police and crime panel on "
            "Monday that the force had lost 800 officers since 2010. He said:\n\n"
            "\"We have protected the response to emergencies, and we will continue to do so. When you dial "
            "999, somebody will come.\n\n"
            "\"But the officer who knew the shopkeepers by name, who knew which teenagers were going off "
            "the rails, that officer is disappearing, and I don't think the public has fully understood "
            "that yet.\"\n\n"
            "Police and Crime Commissioner Maureen Tattersall said she backed the chief constable \"one "
            "hundred per cent\". A Home Office spokesman said forces had received \"the biggest increase in "
            "funding in a decade\"."
        ),
        "But the officer who",
        "Andrew Sowerby",
        "continuation_paragraph_chief_constable",
    ),
    # 12
    (
        (
            "PORTLAND, Maine — More than 200 people packed City Hall on Monday night as the council "
            "debated a proposal to ban new short-term rental permits in the city's peninsula "
            "neighborhoods.\n\n"
            "Many held up hand-lettered signs. One, taped to the back of a folding chair in the front "
            "row, read: “Homes are for people, not for tourists.” Another simply said “Enough.”\n\n"
            "Councilor Maria Esposito-Lund, who wrote the proposal, said the city had lost more than 300 "
            "long-term rental units in four years. “We have teachers and nurses living in their cars "
            "while apartments sit empty half the year,” she said.\n\n"
            "Dennis Kowalczyk, a real estate agent who rents out two apartments to visitors, said the ban "
            "would hurt families who depended on the income. “This is my retirement. You are taking it "
            "away with a vote at ten o'clock at night,” he told councilors.\n\n"
            "The council voted 6-3 to send the proposal back to committee."
        ),
        "Homes are for people",
        "",
        "placard_text_empty_speaker",
    ),
    # 13
    (
        (
            "HALIFAX — Emergency departments in three rural Nova Scotia communities were closed for a "
            "combined 41 days last month, according to figures tabled in the legislature on Thursday.\n\n"
            "Health Minister Darlene MacIsaac said the closures were caused by a shortage of physicians, "
            "not a lack of money. \"We are recruiting aggressively, in Ireland, in South Africa and right "
            "here at home. But I won't pretend we can fix a national shortage overnight,\" she told the "
            "House.\n\n"
            "Progressive Conservative MLA Kevin Boudreau, whose riding includes one of the affected "
            "hospitals, called the minister's answer \"cold comfort\" for families driving two hours for "
            "care.\n\n"
            "The Eastern Shore Health Coalition, a volunteer group formed after the first closures in "
            "2016, said the numbers confirmed what its members saw every week. \"People are being told to "
            "call 911 and wait. In a place like Sheet Harbour, that can mean an hour,\" the coalition said "
            "in a statement."
        ),
        "People are being told",
        "Eastern Shore Health Coalition",
        "group_statement_short_form_after",
    ),
    # 14
    (
        (
            "Coral Coast University will cut 220 jobs and close its Mackay campus by the end of next "
            "year, blaming a collapse in international student enrolments.\n\n"
            "In a statement issued on Tuesday, the university said the decision had been \"extraordinarily "
            "difficult\". \"We have explored every alternative, including voluntary redundancies and a "
            "hiring freeze, but the financial position leaves us no other responsible choice,\" the "
            "statement said.\n\n"
            "Vice-Chancellor Professor Helen Marchetti told staff at a town hall meeting that no courses "
            "would be withdrawn before current students had finished.\n\n"
            "Staff union branch president Darren Okoli said the cuts would \"rip the heart out of Mackay\". "
            "\"This is a regional university abandoning its region,\" he said.\n\n"
            "Mackay mayor Sue Redfern said she had not been consulted and would seek an urgent meeting "
            "with the university council."
        ),
        "We have explored every",
        "Coral Coast University",
        "university_statement_vc_nearby",
    ),
    # 15
    (
        (
            "About 60 households at Kererū Flat, north of Napier, have been cut off since a slip brought "
            "down part of the only access road during heavy rain on Saturday night.\n\n"
            "Hastings mayor Trish Kerekere said contractors were working “around the clock” but the "
            "hillside was still moving. “I know people are frustrated, and I would be too. But I'm not "
            "going to send a digger crew under a face that could come down on them,” she said.\n\n"
            "Local farmer Graeme Tait said a neighbour needing dialysis had been flown out by helicopter "
            "on Sunday.\n\n"
            "Police have warned people not to try walking across the slip. “We've had reports of people "
            "climbing over the debris to get to their vehicles. Please don't. It is extremely unstable "
            "and someone will get hurt,” a police spokeswoman said.\n\n"
            "A Civil Defence welfare centre has been set up at the local hall."
        ),
        "We've had reports",
        "police spokeswoman",
        "unnamed_police_spokeswoman_after",
    ),
    # 16
    (
        (
            "A former senior planner with Westmeath County Council has told the Carrow Lands Tribunal "
            "that he was \"never once\" asked by a councillor to change a zoning recommendation.\n\n"
            "Giving evidence on Tuesday, Seamus Brophy, who retired in 2011, was questioned for more than "
            "three hours by counsel for the tribunal, Niamh Costigan SC.\n\n"
            "Ms Costigan put it to him that a note in his own handwriting, dated March 2004, recorded a "
            "phone call from a named councillor about the lands at Carrow.\n\n"
            "\"I made notes of every call I got. That doesn't mean I did what anybody asked.\"\n\n"
            "Asked why the recommendation had changed a week later, Mr Brophy said he could not recall. "
            "\"It was fifteen years ago, Ms Costigan. I dealt with hundreds of files.\"\n\n"
            "The tribunal, chaired by retired High Court judge Donal Whelan, resumes on Thursday."
        ),
        "I made notes",
        "Seamus Brophy",
        "witness_answer_no_verb_after_counsel",
    ),
    # 17
    (
        (
            "HYDERABAD: Municipal Administration Minister P. Raghavendra Rao on Saturday defended the "
            "city corporation's handling of last week's flooding, in which 14 people died.\n\n"
            "Addressing a press conference at the Secretariat, Mr. Rao said the city had received 32 cm "
            "of rain in 24 hours, “a once-in-a-century event”. “No drainage system in the world is "
            "designed for that kind of downpour,” he said.\n\n"
            "“Will you accept responsibility if the inquiry finds that encroachments on lakes were "
            "ignored?” one reporter asked.\n\n"
            "“Let the inquiry finish its work. I will not run away from anything,” the Minister replied, "
            "before leaving the hall.\n\n"
            "Opposition leader M. Sridevi said the government had “learnt nothing” since the floods of "
            "2016."
        ),
        "Will you accept",
        "reporter",
        "reporter_question_one_reporter_asked",
    ),
    # 18
    (
        (
            "LAGOS — The opposition Progressive Alliance Party (PAP) has rejected the result of "
            "Saturday's governorship election in Oyo State, describing it as \"a daylight robbery of the "
            "people's mandate\".\n\n"
            "In a statement signed by its National Publicity Secretary, Comrade Tunde Bakare-Olaniyi, the "
            "party said its agents had been chased away from polling units in at least six local "
            "government areas. \"We will not accept a result written in a hotel room. Our candidate has "
            "instructed our lawyers to approach the tribunal immediately,\" the statement read.\n\n"
            "But the Resident Electoral Commissioner, Dr Hauwa Abdulkadir, said the election was \"free, "
            "fair and credible\". \"Every result was announced at the collation centre in the presence of "
            "party agents, including those of the PAP,\" she told journalists in Ibadan.\n\n"
            "The winning candidate, Chief Adewale Ogunleye, called on his opponents to \"join hands\" with "
            "him."
        ),
        "We will not accept",
        "Tunde Bakare-Olaniyi",
        "signed_statement_read_author",
    ),
    # 19
    (
        (
            "Proceedings at the Nakuru County Assembly were suspended for an hour on Tuesday after MCAs "
            "clashed over a motion to impeach the county's finance executive.\n\n"
            "Majority leader Samuel Kiprono Langat, who moved the motion, accused the executive, Faith "
            "Wambui, of approving Sh340 million in payments to companies that did no work. “These are "
            "ghost contractors. The money has disappeared and the people of Nakuru are paying the price,” "
            "he said.\n\n"
            "Minority MCAs shouted him down, and one of them, John Kamau Ngugi, grabbed the mace.\n\n"
            "When order was restored, Speaker Esther Chebet ruled that Mr Ngugi be suspended for ten "
            "sittings. “This House will not be turned into a boxing ring. Members who cannot respect the "
            "mace cannot sit in this chamber,” she said.\n\n"
            "Ms Wambui has denied any wrongdoing."
        ),
        "This House will not",
        "Esther Chebet",
        "assembly_speaker_pronoun_after",
    ),
    # 20
    (
        (
            "A motion of no confidence in Vaalrand executive mayor Thabo Motaung failed on Thursday after "
            "two coalition councillors abstained.\n\n"
            "The motion was brought by opposition chief whip Annelie Coetzee, who accused Motaung of "
            "presiding over \"a collapse of basic services\" – water outages, uncollected refuse and unpaid "
            "electricity bills. The mayor, she told the council, \"has lost the confidence of the people "
            "he serves\".\n\n"
            "Motaung, who survived a similar vote in 2017, was defiant. Coetzee's party, he said, had "
            "\"never accepted\" the election result. \"They want to win in the council chamber what they "
            "lost at the ballot box, and they have failed again today.\"\n\n"
            "Resident Sipho Ndlovu, 54, who watched from the public gallery, said he did not care who "
            "won. \"For three weeks we have had no water. That is all I know,\" he said."
        ),
        "They want to win",
        "Thabo Motaung",
        "pronoun_quote_after_other_name_in_paragraph",
    ),
    # 21
    (
        (
            "The health minister Caroline Pettifer was accused of \"burying bad news\" in the Commons on "
            "Tuesday after figures showing record ambulance waits were published late on a Friday "
            "afternoon.\n\n"
            "Labour's shadow health minister, Rhiannon Pugh, said the average wait for an ambulance to a "
            "heart attack or stroke in parts of the South West had passed an hour. \"Behind every one of "
            "these numbers is a patient lying on a kitchen floor, waiting, and a family watching the "
            "clock,\" she told MPs.\n\n"
            "Ms Pettifer said the figures had been published on the usual schedule. She insisted the "
            "government was investing record sums in the ambulance service and accused Ms Pugh of "
            "\"scaremongering for headlines\".\n\n"
            "\"If the minister thinks a grandmother waiting ninety minutes with a broken hip is a "
            "headline, she should come with me on a night shift,\" she shot back.\n\n"
            "The Speaker intervened to call for order as members on both benches shouted across the "
            "chamber."
        ),
        "If the minister thinks",
        "Rhiannon Pugh",
        "shadow_minister_reply_she_shot_back",
    ),
    # 22
    (
        (
            "ALBUQUERQUE, N.M. — The two candidates for governor clashed over oil and gas revenues, water "
            "rights and crime in their only televised debate Thursday night.\n\n"
            "Moderator Jill Ostrowski asked both whether they would support a moratorium on new drilling "
            "permits on state land.\n\n"
            "“No. Absolutely not. Oil and gas pays for our schools, and I'm not going to pull the plug on "
            "thirty thousand jobs to make a point,” said Republican Tom Harnden, a rancher and former "
            "state senator from Roswell.\n\n"
            "Democrat Elena Vasquez-Moore, the state's attorney general, said she also opposed a "
            "moratorium but wanted tougher rules on methane leaks. “We can have an industry and clean "
            "air. Those things aren't in conflict, whatever my opponent tells you,” she said.\n\n"
            "Harnden's campaign later sent reporters a fact sheet calling her methane plan “a job "
            "killer.”"
        ),
        "No. Absolutely not.",
        "Tom Harnden",
        "debate_answer_said_name_after_description",
    ),
    # 23
    (
        (
            "BRANDON, Man. — Political newcomer Priya Raghunathan was elected mayor of Brandon on "
            "Wednesday night, unseating two-term incumbent Rick Zaleski by fewer than 400 votes.\n\n"
            "Speaking to supporters at a packed community hall, Raghunathan, a 38-year-old pharmacist, "
            "promised to \"open the doors of city hall.\" \"Tonight, this city voted for change, but it also "
            "voted for respect. I intend to be a mayor for every single person in Brandon, including the "
            "ones who didn't vote for me,\" she said.\n\n"
            "Zaleski conceded shortly after 10 p.m. \"The people have spoken and I respect their decision. "
            "Congratulations to Mayor-elect Raghunathan and her team,\" he wrote on Twitter.\n\n"
            "Turnout was 41 per cent, up from 34 per cent four years ago, city clerk Warren Heppner said. "
            "\"It's the highest we've seen in this city since amalgamation,\" he said."
        ),
        "The people have spoken",
        "Rick Zaleski",
        "tweet_wrote_on_twitter_after",
    ),
    # 24
    (
        (
            "Residents of a South Coast village have vowed to keep fighting a 140-lot housing estate on "
            "farmland at Gerroa after it was approved by a regional planning panel on Thursday.\n\n"
            "By Friday morning, someone had spray-painted “This land is not for sale.” across the "
            "developer's billboard at the entrance to the site.\n\n"
            "Panel chair Robyn Hallstrom said the proposal met every planning control. “We are required "
            "to assess the application in front of us, not the one people wish had been lodged,” she "
            "said.\n\n"
            "Save Gerroa Fields spokesman Phil Dunkley said the community group would seek a judicial "
            "review. “We don't condone vandalism, but I understand the anger,” he said.\n\n"
            "The developer, Coastline Living, said it was “disappointed” by the graffiti and had reported "
            "it to police."
        ),
        "This land is not",
        "",
        "graffiti_text_empty_speaker",
    ),
    # 25
    (
        (
            "Conservation Minister Anahera Rewiti says she is \"not going to apologise\" for the decision "
            "to close 14 backcountry huts in the Ruahine Range.\n\n"
            "Speaking to RNZ's Morning Report, Rewiti said the huts were unsafe and would cost more than "
            "$6 million to repair. Tramping clubs had known for years they were in poor shape, she said, "
            "and the department had consulted widely.\n\n"
            "Manawatū Tramping Club president Derek Olsen said members were \"gutted\". \"Some of these huts "
            "were built by our grandparents. You can't just padlock a piece of history,\" he said.\n\n"
            "Rewiti said she understood that, but safety had to come first. \"If a hut falls down in a "
            "storm with a family inside it, nobody will be asking me about history,\" she said. \"They'll "
            "be asking why I didn't act.\""
        ),
        "If a hut falls",
        "Anahera Rewiti",
        "pronoun_after_retold_interview_minister",
    ),
    # 26
    (
        (
            "One in five children in Ireland now lives in a home where the family has gone without "
            "heating in the past year, according to a report published on Monday by the children's "
            "charity Lámh Chúnta.\n\n"
            "The report, “Cold Homes, Empty Cupboards”, was based on a survey of 1,200 parents. It found "
            "single-parent families were three times more likely to have gone without heat than "
            "two-parent households.\n\n"
            "“Parents are telling us they are choosing between putting on the heating and putting dinner "
            "on the table. No parent in a wealthy country should face that choice,” said Lámh Chúnta "
            "chief executive Orla Fennelly.\n\n"
            "The Department of Social Protection said the fuel allowance had been increased in each of "
            "the last two budgets. “Further measures to support low-income families will be considered in "
            "the context of the forthcoming Budget,” the department said.\n\n"
            "Labour's spokeswoman on children, Sorcha Breathnach TD, said families “cannot heat their "
            "homes with promises”."
        ),
        "Further measures to",
        "Department of Social Protection",
        "ministry_statement_the_department_said",
    ),
    # 27
    (
        (
            "MADURAI: The Madurai Bench of the Madras High Court on Wednesday directed the district "
            "administration in Virudhunagar to remove encroachments on a 40-acre irrigation tank within "
            "eight weeks.\n\n"
            "Hearing a public interest litigation filed by farmer P. Muthuraman, Justice R. Kalaiselvi "
            "observed that water bodies were \"held in trust for future generations\". \"The authorities "
            "cannot plead helplessness when the very lifeline of the farmers is being choked by concrete. "
            "Officials who fail to act will be answerable to this court,\" the judge said.\n\n"
            "Additional Government Pleader S. Jeyakumar submitted that notices had been issued to 63 "
            "occupants, some of whom had obtained patta decades ago.\n\n"
            "Speaking to reporters later, Mr. Muthuraman said he had waited seven years for the order. "
            "\"Finally, someone has listened to us,\" he said."
        ),
        "The authorities cannot",
        "R. Kalaiselvi",
        "indian_judge_observed_then_the_judge_said",
    ),
    # 28
    (
        (
            "KADUNA — The Kaduna State Police Command says it has rescued 17 passengers abducted on the "
            "Kaduna–Abuja highway on Sunday and arrested three suspects.\n\n"
            "The command's spokesman, DSP Aminu Gidado Rabe, said in a statement on Tuesday that the "
            "victims were freed after a gun battle in a forest near Katari. \"The operatives engaged the "
            "hoodlums in a fierce exchange of fire, forcing them to abandon the victims and flee with "
            "gunshot injuries,\" the statement said.\n\n"
            "The Commissioner of Police, Mr Umar Danladi Muri, who received the freed passengers, urged "
            "residents to \"volunteer information\". \"We cannot be everywhere. Your eyes and ears are our "
            "greatest weapon against these criminals,\" he said.\n\n"
            "One of the freed passengers, a trader who asked not to be named, said the kidnappers had "
            "demanded N5 million for each of them."
        ),
        "We cannot be everywhere",
        "Umar Danladi Muri",
        "commissioner_of_police_mr_title_stripped",
    ),
    # 29
    (
        (
            "NAIROBI — Education Cabinet Secretary Prof. Joseph Mutua Kilonzo has defended the decision "
            "to bring forward the start of the national examinations by two weeks, saying it will give "
            "markers more time.\n\n"
            "Addressing journalists at Jogoo House on Thursday, Prof. Kilonzo said the change had been "
            "agreed with the examinations council. “We consulted widely. Nobody should claim they were "
            "ambushed by this. The calendar was circulated in January,” he said.\n\n"
            "But the secretary-general of the Teachers' Welfare Association of Kenya, Mr. Dancan Omondi "
            "Were, said the union had not been consulted. “Our members learned about this from the "
            "newspapers. That is not consultation, it is an announcement,” said Mr. Were.\n\n"
            "Parents' association chairman Nicholas Maiyo said candidates in rural schools that had lost "
            "weeks of teaching to flooding would be “disadvantaged”."
        ),
        "We consulted widely.",
        "Joseph Mutua Kilonzo",
        "cabinet_secretary_prof_title_he_said",
    ),
    # 30
    (
        (
            "A former municipal manager in the Eastern Cape was sentenced to 15 years in prison on Friday "
            "for defrauding the municipality of R23 million.\n\n"
            "\"You were entrusted with the money of the poorest people in this province, and you used it "
            "to buy luxury cars and a holiday house,\" Judge Lwazi Gcabashe told Xolani Mpofu, 52, as he "
            "stood in the dock of the Mthatha High Court.\n\n"
            "Mpofu's lawyer, Advocate Ruan Steyn, had asked for a suspended sentence, arguing that his "
            "client had repaid R2 million.\n\n"
            "Outside court, National Prosecuting Authority regional spokesperson Nomvuyo Gqirana welcomed "
            "the sentence. \"This sends a clear message that public office is not a personal bank "
            "account,\" she said.\n\n"
            "Residents of the municipality, some of whom had travelled 200km to hear the sentence, sang "
            "outside the court building."
        ),
        "You were entrusted",
        "Lwazi Gcabashe",
        "judge_told_accused_name_after",
    ),
    # 31
    (
        (
            "An independent review into the response to a fatal warehouse fire in Wolverhampton has found "
            "that crews were sent to the wrong address because of an outdated mapping system.\n\n"
            "The review, led by former chief fire officer Dame Patricia Holroyd, was published on "
            "Thursday. It makes 23 recommendations, including an overhaul of the control room's software.\n\n"
            "\"The crews who attended that night acted with courage and professionalism. They were let "
            "down by systems that should have been replaced years earlier and by warnings that went "
            "unheeded,\" the report says.\n\n"
            "The widow of firefighter Kieran Dobbs, who died in the blaze, said the findings were \"long "
            "overdue\". The fire service's chief officer, Nathan Ebdon, said he accepted every "
            "recommendation in full. \"We failed Kieran and his family, and I am sorry,\" he said."
        ),
        "The crews who attended",
        "Patricia Holroyd",
        "report_led_by_named_author_report_says",
    ),
    # 32
    (
        (
            "CHICAGO — A former aide to Alderman Victor Szymanski testified Wednesday that she delivered "
            "envelopes of cash to his ward office on at least a dozen occasions but never looked inside.\n\n"
            "Under cross-examination by defense attorney Marcus Whitlow, Renee Calloway acknowledged she "
            "had agreed to cooperate with prosecutors in exchange for immunity.\n\n"
            "“So you're telling this jury you carried envelopes for two years and never once wondered "
            "what was in them?” Whitlow asked.\n\n"
            "“I wondered. I just didn't ask. You didn't ask questions in that office if you wanted to "
            "keep your job.”\n\n"
            "Szymanski, 64, has pleaded not guilty to bribery and extortion charges. Assistant U.S. "
            "Attorney Dana Kerrigan told jurors in her opening statement that the alderman ran his ward "
            "“like a toll booth.”"
        ),
        "I wondered. I just",
        "Renee Calloway",
        "witness_answer_after_lawyer_question_no_verb",
    ),
    # 33
    (
        (
            "\"If you want to know what this election is about, come and fill up your truck in Fort St. "
            "John.\"\n\n"
            "So says Bev Kowalchuk, the Conservative candidate in a sprawling northern B.C. riding, who "
            "has made fuel prices the centrepiece of her campaign.\n\n"
            "Kowalchuk, a former school trustee, faces Liberal Arjun Malhotra and the NDP's Colleen "
            "Sutherland in a riding the Conservatives have held for decades.\n\n"
            "Malhotra told a candidates' forum in Dawson Creek on Tuesday that carbon pricing rebates "
            "left most families \"better off.\" \"The numbers are public. Most households here get back more "
            "than they pay,\" he said.\n\n"
            "Sutherland said both parties had ignored rural health care. \"People here drive three hours "
            "to have a baby,\" she said."
        ),
        "If you want to",
        "Bev Kowalchuk",
        "lede_quote_so_says",
    ),
    # 34
    (
        (
            "A Sydney council has apologised to residents after a contractor cut down 19 mature fig trees "
            "in a Marrickville park that were meant to be protected.\n\n"
            "Cooks River Council said the trees were felled on Monday by a subcontractor working from “an "
            "outdated plan”. “Council is deeply sorry. These trees were loved by the community and should "
            "never have been removed. We have suspended the contractor and commissioned an independent "
            "review,” the council said in a statement.\n\n"
            "Local resident Anna Petrakis, who tried to stop the chainsaws, said workers told her they "
            "were “just following the map”. “I stood there crying. Some of those trees were older than my "
            "grandmother,” she said.\n\n"
            "Greens councillor Jasper Lindqvist called for the general manager, Lorraine Whitby, to front "
            "a public meeting. Mayor Tony Sammut said that would happen next week."
        ),
        "Council is deeply sorry.",
        "Cooks River Council",
        "council_statement_by_name",
    ),
    # 35
    (
        (
            "Two members of the same family found themselves on opposite sides on Thursday as Whanganui "
            "District Council voted to sell its stake in the city's port.\n\n"
            "Councillor Helen Jessop, who chairs the council's finance committee, told the meeting the "
            "sale would clear $18 million of debt. Her husband, fellow councillor Ross Jessop, voted "
            "against it.\n\n"
            "\"I love my wife dearly, but she's wrong on this one. Once you sell a port you never get it "
            "back,\" Mr Jessop said.\n\n"
            "Mayor Kahu Pōtae said the couple were \"proof that this council isn't a rubber stamp\". The "
            "motion passed 8-5.\n\n"
            "Ms Jessop laughed off the disagreement afterwards. \"We'll have a lively dinner tonight, I "
            "expect.\""
        ),
        "We'll have a lively",
        "Helen Jessop",
        "shared_surname_ms_no_verb_after_laughed",
    ),
    # 36
    (
        (
            "Independent candidate Mairéad Ní Ghallchóir topped the poll in Donegal on Sunday night, "
            "taking the first seat on the fourth count after a campaign fought almost entirely on the "
            "crumbling homes crisis.\n\n"
            "Carried shoulder-high through the count centre in Letterkenny as supporters chanted her "
            "name, she said the result belonged to families \"living in houses that are falling down "
            "around them\". \"Every vote I got today was a vote for a family that has watched cracks spread "
            "across their kitchen wall,\" she said, \"and I will bring those families into Leinster House "
            "with me.\"\n\n"
            "Fianna Fáil's Pádraig Mac Suibhne, who lost his seat, congratulated her but warned that "
            "independents \"can't deliver on their own\". \"I'll be back,\" he said.\n\n"
            "Returning officer Declan McGinley said turnout had been 61 per cent."
        ),
        "Every vote I got",
        "Mairéad Ní Ghallchóir",
        "split_first_half_irish_name",
    ),
    # 37
    (
        (
            "PUNE: Deccan Central University on Monday withdrew a circular barring students from holding "
            "meetings on campus without prior permission, days after protests by student groups and "
            "teachers.\n\n"
            "In a statement, the university said the circular had been “misinterpreted” and was meant "
            "only to regulate the use of lecture halls after hours.\n\n"
            "Speaking to this newspaper, Vice-Chancellor Prof. Anuradha Sengupta said she had met "
            "representatives of all student organisations on Sunday and heard them out for four hours.\n\n"
            "“My door has always been open to students. I am a teacher first and an administrator "
            "second.”\n\n"
            "Student union president Kiran Ghatge said the withdrawal was “a victory for every student”. "
            "“They thought we would be scared into silence. We were not,” he said."
        ),
        "My door has always",
        "Anuradha Sengupta",
        "vc_interview_quote_no_verb",
    ),
    # 38
    (
        (
            "ABUJA — The House of Representatives on Thursday urged the Federal Government to declare a "
            "state of emergency on flooding in Kogi, Benue and Anambra states, where more than 200,000 "
            "people have been displaced.\n\n"
            "The resolution followed a motion of urgent public importance moved by Hon. Ifeanyi "
            "Chukwuma-Obi (Anambra). \"The House is deeply worried that despite early warnings by the "
            "hydrological services, no meaningful preparations were made to evacuate residents of the "
            "riverine communities,\" the motion read in part.\n\n"
            "Contributing, Hon. Aisha Bello Kura said the same communities had been flooded in 2012. \"We "
            "keep passing resolutions and nothing happens. Next year we will be here again,\" she said.\n\n"
            "The Speaker, who presided, referred the matter to the Committee on Emergency and Disaster "
            "Preparedness."
        ),
        "The House is deeply",
        "Ifeanyi Chukwuma-Obi",
        "motion_text_mover_named",
    ),
    # 39
    (
        (
            "Busia Governor Jackson Wafula Simiyu was on Tuesday put on the spot by senators over Sh87 "
            "million spent on a county hospital that auditors say does not exist.\n\n"
            "Appearing before the Senate's County Public Accounts Committee, Mr Simiyu said the money had "
            "been spent on the foundations, which were “there for anyone to see”. “I invite the committee "
            "to visit Busia. I will personally drive you to the site,” he said.\n\n"
            "Committee chairman Moses Kibet Chepkwony, the Bomet senator, said the Auditor-General's "
            "staff had visited and found bare land.\n\n"
            "“Governor, the auditors went there with GPS coordinates from your own documents. There was "
            "maize growing on that land,” the senator said.\n\n"
            "Nominated senator Judith Akinyi Obura asked the governor to table receipts within 14 days."
        ),
        "Governor, the auditors",
        "Moses Kibet Chepkwony",
        "role_noun_senator_after_exchange",
    ),
    # 40
    (
        (
            "DURBAN – Thousands of supporters packed a stadium in the city on Sunday for the final rally "
            "of the People's Congress for Change (PCC) before Wednesday's provincial election.\n\n"
            "PCC leader Mandla Zungu told the crowd that the party was ready to govern. \"We are not here "
            "to make up the numbers. On Thursday morning, KwaZulu-Natal will wake up to a new "
            "government,\" Zungu said.\n\n"
            "The rally came a day after the party's former treasurer, Dudu Khumalo, defected to a rival "
            "party. Khumalo's departure was \"a blessing\", according to the PCC's spokesperson, Sifiso "
            "Mabaso. \"People who are in politics for positions are free to go. Those who remain are here "
            "for the people.\"\n\n"
            "The Electoral Commission said 5.5 million voters were registered in the province."
        ),
        "People who are in",
        "Sifiso Mabaso",
        "no_verb_after_according_to",
    ),
    # 41
    (
        (
            "An Assembly Member has accused the Welsh Government of \"abandoning\" the Heads of the Valleys "
            "after a bus company withdrew 11 routes in Blaenau Gwent.\n\n"
            "Plaid Cymru AM Sioned Prydderch told the Senedd on Wednesday that pensioners in Tredegar "
            "were paying £20 for taxis to hospital appointments. \"A bus service is not a luxury. For half "
            "the people in my constituency it is the only way to see a doctor, buy food or visit a "
            "grave,\" she said.\n\n"
            "Economy Minister Gethin Llewelyn-Rees said the operator, Cymoedd Coaches, had taken \"a "
            "commercial decision\" and the government had no power to stop it.\n\n"
            "He added that councils could apply to an emergency transport fund. \"The money is there. I "
            "would urge every local authority affected to bid for it before the end of the month.\"\n\n"
            "Cymoedd Coaches managing director Alan Pritchard said the routes had been losing money for "
            "six years."
        ),
        "The money is there.",
        "Gethin Llewelyn-Rees",
        "he_added_that_then_quote_no_verb",
    ),
    # 42
    (
        (
            "HARLOW SPRINGS, Ga. — The family of a 19-year-old man shot by a police officer during a "
            "traffic stop last week is calling for the officer to be fired and for the release of body "
            "camera footage.\n\n"
            "“We want to see what happened to our son with our own eyes. Not a summary, not a press "
            "release. The video,” Darnell Whitaker's mother, Loretta Whitaker, said at a news conference "
            "Monday outside City Hall.\n\n"
            "Family attorney Benjamin Osei said the family had been told the footage would not be "
            "released until the Georgia Bureau of Investigation finished its review.\n\n"
            "The Harlow Springs Police Department said in a statement that the officer, whose name has "
            "not been released, had been placed on administrative leave. “The department is committed to "
            "transparency and will release the footage as soon as it is legally permitted to do so "
            "without compromising the investigation,” the statement said.\n\n"
            "Mayor Carla Denning said she had asked state investigators to expedite their work."
        ),
        "The department is committed",
        "Harlow Springs Police Department",
        "police_department_statement",
    ),
    # 43
    (
        (
            "VANCOUVER — British Columbia's Court of Appeal has upheld a lower court decision striking "
            "down a municipal bylaw that banned sleeping in city parks between 7 a.m. and 7 p.m.\n\n"
            "The District of Ridgeview had argued the bylaw was needed to keep parks usable for families. "
            "But writing for a unanimous three-judge panel, Justice Margaret Oduya found it violated the "
            "Charter rights of people with nowhere else to go.\n\n"
            "\"Where there are more homeless people than shelter beds, a bylaw that prohibits sheltering "
            "in the only places available exposes vulnerable people to a risk of serious harm to their "
            "health,\" the ruling says.\n\n"
            "Ridgeview Mayor Dale Fournier said council was \"reviewing its options,\" including an "
            "application for leave to appeal to the Supreme Court of Canada.\n\n"
            "Anjali Brar, a lawyer with the Lower Mainland Tenants Legal Clinic, called the decision \"a "
            "victory for dignity.\""
        ),
        "Where there are more",
        "Margaret Oduya",
        "ruling_says_written_by_named_judge",
    ),
    # 44
    (
        (
            "Mining company Hunter Ridge Coal will close its open-cut mine near Muswellbrook in June, "
            "putting 340 jobs at risk, the company announced on Wednesday.\n\n"
            "Chief executive Simon Ashcombe said falling thermal coal prices had made the mine unviable. "
            "\"This is a sad day for our people and for the Upper Hunter. We have tried everything to keep "
            "the operation going,\" he said in a statement to the stock exchange.\n\n"
            "Mr Ashcombe, who took over as chief executive only in February, will fly to Muswellbrook on "
            "Thursday to meet workers, a visit the mining union's district president, Gavin Hollis, "
            "described as \"too little, too late\". \"He'll get a frosty welcome. These blokes found out on "
            "Facebook.\"\n\n"
            "NSW Resources Minister Karen Pollard said the government would fund retraining places for "
            "affected workers."
        ),
        "He'll get a frosty",
        "Gavin Hollis",
        "quote_no_verb_in_paragraph_about_other",
    ),
    # 45
    (
        (
            "Three district health boards failed to keep track of millions of dollars' worth of medical "
            "equipment, a report by the Office of the Auditor-General has found.\n\n"
            "The report, released on Tuesday, found that one board could not locate 40 per cent of the "
            "items on its asset register, including two ultrasound machines. “Boards could not tell us "
            "with confidence what they owned, where it was, or whether it was being maintained. That is a "
            "basic failure of stewardship,” the report said.\n\n"
            "Health Minister Teresa Hamblyn-Ngata said she had asked the boards to report back within a "
            "month.\n\n"
            "University of Otago health economist Dr Paul Versteeg said the findings were “alarming but "
            "sadly unsurprising”. “If you can't find an ultrasound machine, what else can't you find?” he "
            "said.\n\n"
            "The boards have not been named."
        ),
        "Boards could not tell",
        "Office of the Auditor-General",
        "report_by_office_no_named_author",
    ),
    # 46
    (
        (
            "Eamon Carrigan, who served as a Fine Gael TD for 22 years, has said he left politics because "
            "of abuse directed at his family.\n\n"
            "In an interview with his local newspaper, Mr Carrigan, 68, said:\n\n"
            "\"It started with letters, then emails, then it was every day on social media. My daughter "
            "was followed home from school once by a man shouting about water charges.\n\n"
            "\"You can take a lot yourself. That's the job. But when it comes to your children, something "
            "in you just breaks.\n\n"
            "\"I don't regret a day of it, but I wouldn't advise any young person to put themselves "
            "forward now, and that's a terrible thing for a former TD to say.\"\n\n"
            "Kildare County Council cathaoirleach Siobhán Dwyer said she had received similar abuse. A "
            "Garda spokesman said gardaí do not comment on individual cases."
        ),
        "I don't regret a",
        "Eamon Carrigan",
        "continuation_third_paragraph_interview",
    ),
    # 47
    (
        (
            "LUCKNOW: Posters that appeared overnight across Lucknow on Tuesday, reading “Your vote is "
            "not for sale, so don't sell it.” in Hindi and English, have left the district administration "
            "puzzled, with no political party or organisation claiming responsibility.\n\n"
            "District Election Officer K. Anand Mishra said the posters did not violate the model code of "
            "conduct as they did not favour any candidate. “If anything, the message is in line with what "
            "the Election Commission itself is saying,” he said.\n\n"
            "A spokesperson for one of the main parties, who did not wish to be named, called the posters "
            "“an insult to the voters of Uttar Pradesh”.\n\n"
            "Social activist Meera Trivedi said whoever put them up had done “a public service”. “People "
            "here have been taking money for votes for decades. Somebody finally said it out loud,” she "
            "said."
        ),
        "Your vote is not",
        "",
        "unclaimed_posters_slogan_empty",
    ),
    # 48
    (
        (
            "ADO-EKITI — The management of Ekiti Central University (ECU) has ordered students to vacate "
            "their hostels within 48 hours following a violent protest over an increase in school fees.\n\n"
            "In a statement on Monday, the Registrar, Mrs Folasade Ajayi-Bamgbose, said lectures had been "
            "suspended \"until further notice\".\n\n"
            "Speaking to journalists later, the Vice-Chancellor, Professor Emmanuel Oluwadamilare "
            "Akinrinade, said: \"No university anywhere in the world can be run on fees that were fixed in "
            "2009. We have owed staff salaries for three months. Something had to give.\"\n\n"
            "The Students' Union president, Comrade Segun Aluko, said students had not been consulted "
            "before the increase. \"Our parents are farmers and petty traders. Where do they expect them "
            "to get N150,000?\" he asked.\n\n"
            "Police in Ekiti State said 11 students had been arrested."
        ),
        "No university anywhere",
        "Emmanuel Oluwadamilare Akinrinade",
        "vc_professor_colon_before",
    ),
    # 49
    (
        (
            "Commuters in Nakuru were stranded for hours on Monday as matatu operators withdrew their "
            "vehicles in protest against a police crackdown on unroadworthy vehicles.\n\n"
            "Nakuru County Police Commander Peter Mwangi Kariuki said the crackdown would continue. “We "
            "are not targeting anyone. Any vehicle that is not roadworthy is a danger to the passengers "
            "and it will be removed from the road,” he said.\n\n"
            "Matatu Owners' Welfare Association chairman Daniel Kiptanui accused officers of demanding "
            "bribes from drivers.\n\n"
            "A woman waiting at the main bus terminus with two children said she had been there since "
            "6am. “I have a hospital appointment at ten. Now I don't know whether I will make it or not,” "
            "she said.\n\n"
            "By evening, a few vehicles had resumed operations on the Nakuru–Nairobi route."
        ),
        "I have a hospital",
        "woman",
        "unnamed_woman_description",
    ),
    # 50
    (
        (
            "CAPE TOWN – More than 3,200 police vehicles are standing idle at state garages awaiting "
            "repairs, Deputy Police Minister Bongani Khanyile has revealed.\n\n"
            "In a written reply to a parliamentary question from DA MP Karin van Rooyen, Khanyile said "
            "the backlog was worst in the Eastern Cape and KwaZulu-Natal. \"The department has appointed "
            "additional service providers and it is expected that the backlog will be reduced by 40% by "
            "the end of the financial year,\" he said in the reply.\n\n"
            "Van Rooyen said the figures showed that \"criminals have better wheels than the police\". "
            "\"When a woman phones to say there is an intruder in her house, she is told there is no van. "
            "That is the reality in our townships,\" she said.\n\n"
            "Police union spokesperson Thembinkosi Dube said members were being forced to share vehicles "
            "between stations."
        ),
        "The department has appointed",
        "Bongani Khanyile",
        "written_parliamentary_reply",
    ),
    # 51
    (
        (
            "An MLA has called for an urgent review of gritting routes after a school bus slid off an "
            "untreated road near Dungiven on Tuesday morning.\n\n"
            "Nobody was seriously hurt, but two pupils were taken to hospital as a precaution.\n\n"
            "Sinn Féin MLA Caoimhe McCloskey said parents had warned for years that the road was "
            "dangerous in winter. \"It is only by the grace of God that we are not talking about a tragedy "
            "this morning,\" she said.\n\n"
            "SDLP MLA Declan O'Kane said budget cuts had reduced the gritting network by 15%.\n\n"
            "A Department for Infrastructure spokesperson said the road was not on the scheduled network "
            "because it carried fewer than 1,500 vehicles a day. \"Requests for roads to be added to the "
            "network are assessed against set criteria, and the department will consider any "
            "representations from elected representatives,\" the spokesperson said."
        ),
        "Requests for roads",
        "Department for Infrastructure spokesperson",
        "department_spokesperson_unnamed",
    ),
    # 52
    (
        (
            "WASHINGTON — The chief executive of one of the country's largest student loan servicers "
            "faced sharp questioning on Capitol Hill on Tuesday over complaints that borrowers were "
            "steered into costly forbearance.\n\n"
            "Rep. Sheila Thornbury, D-Ohio, asked Meridian Loan Services CEO Gregory Pask how many "
            "borrowers had been told about income-driven repayment plans before being placed in "
            "forbearance.\n\n"
            "“I don't have that number in front of me, congresswoman, but I'd be happy to get it to your "
            "office,” Pask said.\n\n"
            "“You run the company. You should know. These are people's lives we're talking about.”\n\n"
            "Rep. Dale Hutchings, R-Texas, the ranking member, said servicers were “following rules "
            "written by the Department of Education” and that Congress shared the blame.\n\n"
            "Meridian said after the hearing that it “takes every complaint seriously.”"
        ),
        "You run the company.",
        "Sheila Thornbury",
        "rebuttal_no_verb_alternating_exchange",
    ),
    # 53
    (
        (
            "THOMPSON, Man. — RCMP are asking for the public's help in finding a 16-year-old boy who has "
            "not been seen since leaving a friend's home in Thompson early Saturday.\n\n"
            "Tyler Muswagon was last seen walking along Princeton Drive around 2 a.m., wearing a black "
            "hoodie and grey track pants.\n\n"
            "\"We are concerned for his well-being, especially with the overnight temperatures we've been "
            "having,\" Cpl. Julie Gaudreault said Monday. \"If you've seen Tyler, or if you are Tyler, "
            "please reach out to us.\"\n\n"
            "In a statement released through the RCMP, his family said they were \"desperate\" for news. "
            "\"Tyler, you are not in any trouble. We love you and we just want you home,\" the statement "
            "said.\n\n"
            "Thompson Mayor Ron Baptiste said city staff would help with ground searches."
        ),
        "Tyler, you are not",
        "Tyler Muswagon's family",
        "family_statement_released_through_police",
    ),
    # 54
    (
        (
            "CANBERRA: A senior public servant has told a Senate estimates hearing that the final list of "
            "recipients of $40 million in regional arts grants was “settled in the minister's office”.\n\n"
            "Department of Regional Development secretary Graham Pearce said his department had ranked "
            "310 applications, but more than a third of the successful projects had not been on its "
            "recommended list.\n\n"
            "Greens senator Tess Margolin asked whether anyone in the department had raised concerns at "
            "the time.\n\n"
            "“Concerns were raised, senator. They were raised in writing, and those documents have been "
            "provided to the Auditor-General,” he replied.\n\n"
            "Labor senator Jim Kouris asked who in the minister's office had made the final decisions. Mr "
            "Pearce said he could not answer on behalf of the minister's staff.\n\n"
            "“Then we'll ask the minister,” Senator Kouris said."
        ),
        "Concerns were raised, senator.",
        "Graham Pearce",
        "estimates_answer_he_replied",
    ),
    # 55
    (
        (
            "A former Porirua city councillor who stole more than $200,000 from a junior rugby club has "
            "been sentenced to two years and four months in prison.\n\n"
            "Tavita Leota-Faasalele, 49, was treasurer of the Eastern Bays Junior Rugby Club between 2012 "
            "and 2017.\n\n"
            "In the High Court at Wellington on Friday, Justice Rachel Whitmore said he had betrayed \"the "
            "trust of families who could least afford it\".\n\n"
            "Club president Losa Fonoti wrote a victim impact statement that was read to the court by "
            "Crown prosecutor Ben Cartwright. \"Our kids sold chocolate bars door to door to pay for their "
            "boots. He spent that money on the pokies,\" the statement said.\n\n"
            "Defence lawyer Mere Hōhaia said her client was ashamed and had begun repaying the money."
        ),
        "Our kids sold chocolate",
        "Losa Fonoti",
        "victim_statement_read_by_prosecutor",
    ),
    # 56
    (
        (
            "Galway City Council has voted to ask the Government for emergency powers to cap short-term "
            "lettings in the city centre.\n\n"
            "The motion, which came before councillors on Monday under the title “Homes must come before "
            "holiday lets”, was tabled by Social Democrats councillor Niamh Ní Cheallaigh. It passed by "
            "14 votes to three.\n\n"
            "Cllr Ní Cheallaigh said rents in the city had risen by 40 per cent in five years. “Young "
            "nurses and gardaí are leaving Galway because they cannot find a room. That is not "
            "sustainable for any city,” she said.\n\n"
            "Independent councillor Tommy Fahy voted against, saying the council was “grandstanding” on a "
            "national issue.\n\n"
            "A spokesman for the Department of Housing said the matter would be addressed in forthcoming "
            "legislation."
        ),
        "Homes must come",
        "",
        "motion_title_empty_speaker",
    ),
    # 57
    (
        (
            "PATNA: The Rashtriya Lok Vikas Party (RLVP) on Monday expelled its Bihar unit chief, "
            "Ramashray Prasad Yadav, for \"anti-party activities\", two days after he shared a stage with "
            "the rival alliance's chief ministerial candidate.\n\n"
            "\"The party has taken a serious view of Mr. Yadav's conduct, which has caused grave "
            "embarrassment to lakhs of workers. Discipline cannot be selectively enforced,\" the RLVP said "
            "in a statement issued from its headquarters in Patna.\n\n"
            "Mr. Yadav, a three-time MLA, said he had not been given a chance to explain himself. \"I was "
            "expelled on WhatsApp. That tells you everything about how this party is run now,\" he told "
            "reporters.\n\n"
            "A spokesperson for the rival alliance, Anil Jha, said Mr. Yadav would be welcomed \"with open "
            "arms\"."
        ),
        "The party has taken",
        "Rashtriya Lok Vikas Party",
        "party_statement_acronym_after",
    ),
    # 58
    (
        (
            "LAGOS — A prosecution witness in the N2.1 billion fraud trial of a former Commissioner for "
            "Works in Ondo State admitted under cross-examination on Wednesday that he never visited the "
            "sites of projects he certified as completed.\n\n"
            "The witness, Engr. Babatunde Oyelaran, a retired director in the ministry, was being "
            "cross-examined by counsel to the defendant, Chief Olusola Adebanjo (SAN).\n\n"
            "“Is it not true that you signed completion certificates for 14 road projects without leaving "
            "your office in Akure?” Adebanjo asked.\n\n"
            "“My lord, I relied on the reports of my field engineers. That was the practice in the "
            "ministry,” the witness replied.\n\n"
            "Justice Mohammed Lawal Aliyu adjourned the case till March 12 for continuation of trial. The "
            "defendant, Mr Dapo Ogundipe, is standing trial on a 19-count charge filed by the anti-graft "
            "agency."
        ),
        "Is it not true",
        "Olusola Adebanjo",
        "defence_counsel_question_chief_san",
    ),
    # 59
    (
        (
            "NAIROBI — Members of Parliament have rejected a proposal by the National Treasury to raise "
            "excise duty on mobile money transfers from 10 to 15 per cent.\n\n"
            "Mathioya MP Peter Kinyanjui Gachoka, a member of the Finance and Planning Committee, said "
            "the tax would hit the poorest Kenyans hardest. \"A mama mboga sending Sh500 to her mother "
            "upcountry is not a millionaire. Why should she pay for the Government's appetite for "
            "borrowing?\" the legislator posed.\n\n"
            "Treasury Principal Secretary Dr Lucy Wairimu Kagwe told the committee that the tax would "
            "raise Sh8 billion in the coming financial year.\n\n"
            "Mobile Money Agents' Association chairman Hussein Abdi said agents in rural areas were "
            "already losing customers. \"People are going back to sending cash with bus drivers,\" he said."
        ),
        "A mama mboga sending",
        "Peter Kinyanjui Gachoka",
        "legislator_posed_kenyan_verb",
    ),
    # 60
    (
        (
            "POLOKWANE – Police fired rubber bullets to disperse students who barricaded the main "
            "entrance of the Limpopo University of Technology on Tuesday, in a protest over delayed "
            "funding allowances.\n\n"
            "Vice-chancellor Professor Matshidiso Ramokgopa said in a statement that the university had "
            "\"no control\" over the payment of allowances by the national student aid scheme. \"We share "
            "the frustration of our students, but the destruction of property will not make the money "
            "arrive any faster,\" she said.\n\n"
            "SRC president Tshepo Mabunda said students had gone hungry for two months. \"We have tried "
            "letters, we have tried meetings. Nobody listens until we close the gate,\" he said.\n\n"
            "Provincial police spokesperson Lieutenant-Colonel Hangwani Ndou said two students had been "
            "arrested for public violence. \"The police will not allow the situation to degenerate into "
            "lawlessness,\" Ndou said."
        ),
        "The police will not",
        "Hangwani Ndou",
        "police_spokesperson_rank_stripped",
    ),
    # 61
    (
        (
            "Candidates hoping to become the next MP for Stroud faced a packed church hall in Nailsworth "
            "on Thursday evening at a hustings organised by the town's churches.\n\n"
            "The first question, from retired teacher Margaret Voss, was about the closure of the town's "
            "last bank.\n\n"
            "Conservative candidate Edward Lyle-Marsh said he had written to the bank's chief executive. "
            "Labour's Hannah Okafor said her party would require banks to share branches in small towns. "
            "\"When the last bank goes, the high street goes with it. We can't keep letting that happen,\" "
            "she told the audience.\n\n"
            "Then it was the Green candidate's turn. Tom Ashgrove had a simpler answer.\n\n"
            "\"Set up a community bank. We don't need to beg London for permission.\"\n\n"
            "The election takes place on 12 December."
        ),
        "Set up a community",
        "Tom Ashgrove",
        "quote_after_sentence_about_speaker_no_verb",
    ),
    # 62
    (
        (
            "“If you are in a mandatory evacuation zone and you are still at home, this is your last "
            "chance to leave.”\n\n"
            "That was the message Wednesday afternoon from Louisiana's emergency management director, "
            "Carl Thibodeaux, as Hurricane Delphine strengthened to a Category 3 storm about 200 miles "
            "south of the coast.\n\n"
            "Gov. Marian Fontenot said 1,500 National Guard troops had been activated. “We have been "
            "through this before, and we know what this storm can do. Please don't gamble with your "
            "life,” she said.\n\n"
            "In Houma, shrimper Danny Pitre said he planned to ride out the storm on his boat. “Been "
            "doing it forty years,” he said. “She's never let me down yet.”\n\n"
            "Parish officials said shelters in Thibodaux and Raceland would open at 6 p.m."
        ),
        "If you are in",
        "Carl Thibodeaux",
        "lede_quote_that_was_the_message",
    ),
    # 63
    (
        (
            "OTTAWA — The federal government has turned down a request from Nunavut for emergency funding "
            "to repair the territory's main hospital, according to a letter obtained by reporters.\n\n"
            "In the letter, dated Oct. 3 and addressed to Nunavut's health minister, federal "
            "Infrastructure Minister Patrick Dunleavy wrote that the request did not meet the criteria of "
            "the disaster assistance program. \"I recognize the urgency of the situation in Iqaluit, and "
            "my officials stand ready to work with yours on a longer-term solution through existing "
            "programs,\" the letter reads.\n\n"
            "Nunavut Health Minister Elisapee Qaqqasiq said she was \"disappointed but not surprised.\" "
            "\"Every year we are told to wait for the next program. Our patients can't wait,\" she said.\n\n"
            "Nunavut's MP, Jonah Kilabuk, called the decision \"shameful.\""
        ),
        "I recognize the urgency",
        "Patrick Dunleavy",
        "letter_reads_named_author",
    ),
    # 64
    (
        (
            "Rebecca Langford will become Tasmania's first premier from the state's north-west after "
            "Labor claimed a majority in Saturday's election.\n\n"
            "Speaking to cheering supporters at a Burnie function centre just before midnight, Ms "
            "Langford said the win was “for every town that felt forgotten”. “We didn't win this campaign "
            "in the television studios of Hobart,” the premier-elect said. “We won it in the kitchens and "
            "community halls of towns that politicians only visit when they need a photo.”\n\n"
            "Outgoing premier Andrew Fellowes conceded defeat in a brief speech in Launceston. “Tonight "
            "is not our night, and I accept the verdict of Tasmanians,” he said.\n\n"
            "Greens leader Rosalind Keane said her party would hold the new government “to every one of "
            "its promises”."
        ),
        "We won it in",
        "Rebecca Langford",
        "split_second_half_role_noun_premier_elect",
    ),
    # 65
    (
        (
            "Invercargill's mayoral race has become a family affair, with former mayor Jim Brackenridge, "
            "74, openly campaigning against his son Matt, who is standing for the job his father held for "
            "12 years.\n\n"
            "The younger Brackenridge, a 41-year-old builder and two-term city councillor, said he had "
            "expected his father's support. \"Dad's entitled to his views. I just wish he'd shared them at "
            "Christmas instead of in the newspaper,\" he said.\n\n"
            "The elder Brackenridge, who is backing incumbent Mayor Karen Ruddell, was unapologetic. \"I "
            "love the boy, but he's not ready. Running a city isn't like running a building site.\"\n\n"
            "Ruddell said she was \"staying well out of family matters\".\n\n"
            "Voting closes on October 12."
        ),
        "I love the boy",
        "Jim Brackenridge",
        "shared_surname_the_elder_no_verb",
    ),
    # 66
    (
        (
            "A senior emergency consultant has described sending an 89-year-old woman home in a taxi at "
            "3am because there was no bed for her, as new figures showed record overcrowding in the "
            "country's emergency departments.\n\n"
            "Dr Fionnuala Brennock, who has worked at St Ciarán's Hospital in Birr for 16 years, said the "
            "woman had waited 31 hours on a trolley. “She looked up at me and said, 'Doctor, I'd rather "
            "be at home in my own chair.' And I had nothing better to offer her. That's where we are,” Dr "
            "Brennock said.\n\n"
            "The figures, compiled by the Irish Nurses and Midwives Organisation, show 612 patients on "
            "trolleys on Tuesday morning.\n\n"
            "A spokeswoman for the Midlands Hospital Group said the hospital was “experiencing "
            "unprecedented demand”. Opposition health spokesman Ruairí Nolan TD said the Government had "
            "“lost control”."
        ),
        "She looked up at",
        "Fionnuala Brennock",
        "nested_single_quote_patient_words",
    ),
    # 67
    (
        (
            "THIRUVANANTHAPURAM: The war of words between the two front-runners in the Vattiyoorkavu "
            "by-election intensified on Sunday.\n\n"
            "UDF candidate Mathew Kurian Tharakan alleged at a rally in Peroorkada that the LDF "
            "government had \"forgotten\" the constituency's drinking water scheme. \"For five years they "
            "have laid foundation stones. Not one drop of water has reached the houses on the hill,\" he "
            "said.\n\n"
            "The LDF candidate, former Mayor V. Lathika Devi, hit back within hours. Addressing a family "
            "meet at Kanjirampara, she said the UDF had \"no moral right\" to talk about the scheme, which, "
            "she said, had been stalled during their own tenure.\n\n"
            "\"Let him ask his own leaders why the tender was cancelled in 2014. The people of "
            "Vattiyoorkavu have not forgotten.\"\n\n"
            "BJP candidate S. Gopakumar said both fronts had \"failed the people\"."
        ),
        "Let him ask his",
        "V. Lathika Devi",
        "quote_no_verb_after_reported_speech_indian",
    ),
    # 68
    (
        (
            "PORT HARCOURT — The Rivers State Government has dismissed as \"baseless\" allegations by the "
            "opposition that N12 billion meant for the rehabilitation of roads in Ogoni had been "
            "diverted.\n\n"
            "The state chairman of the Progressives Reform Party, Chief Sotonye Amachree, had on Sunday "
            "called on the anti-graft agencies to probe the funds. \"We have the documents. We are ready "
            "to present them before any court in this country,\" he told journalists.\n\n"
            "Responding in a statement on Monday, the Commissioner for Information, Mrs Ibinabo "
            "Tamuno-Briggs, said the roads were \"under construction for all to see\". \"Those who are "
            "shouting today,\" she said, \"were in government for eight years and did not lay a single "
            "block in Ogoni.\"\n\n"
            "Residents of Bori who spoke to our correspondent said work on the main road had stopped in "
            "June."
        ),
        "Those who are shouting",
        "Ibinabo Tamuno-Briggs",
        "split_first_half_commissioner",
    ),
    # 69
    (
        (
            "KISUMU — Lakeside Sugar Company has suspended cane crushing for three weeks, leaving more "
            "than 6,000 farmers in Muhoroni uncertain when they will be paid.\n\n"
            "In a statement, the company's managing director, Mr Fredrick Ochieng Oduor, said the "
            "factory's boilers needed urgent repairs:\n\n"
            "“We have experienced repeated breakdowns since March, which have put the safety of our "
            "workers at risk. We cannot continue operating under these conditions.\n\n"
            "“Farmers who have delivered cane will be paid in full for all deliveries up to last Friday. "
            "We appeal for patience as we undertake the works.”\n\n"
            "But Muhoroni Outgrowers' Union chairman Walter Owino Ayieko said farmers had heard such "
            "promises before. “They owe us for March. They owe us for April. Now they say be patient,” he "
            "said.\n\n"
            "Area MP Joyce Atieno Odhiambo said she would raise the matter in Parliament."
        ),
        "Farmers who have delivered",
        "Fredrick Ochieng Oduor",
        "continuation_second_paragraph_statement_colon",
    ),
    # 70
    (
        (
            "JOHANNESBURG – A former head of procurement at a provincial human settlements department "
            "told a commission of inquiry on Monday that she was instructed to approve a R90 million "
            "contract \"by people above me\".\n\n"
            "Testifying before the Mokoena Commission, Lindiwe Sithebe-Naidoo said she had received a "
            "phone call from the then MEC's office on the night before the tender closed.\n\n"
            "Evidence leader Advocate Johan Pretorius asked her who had made the call. She said she could "
            "not remember the name of the official.\n\n"
            "\"Ms Sithebe-Naidoo, you remember the date, the time and what you were wearing, but you can't "
            "remember who called you?\" commission chairperson Judge Refilwe Mokoena interjected.\n\n"
            "\"Chair, I was afraid. I am still afraid,\" the witness replied.\n\n"
            "The commission continues on Tuesday."
        ),
        "Chair, I was afraid.",
        "Lindiwe Sithebe-Naidoo",
        "witness_role_noun_reply_to_chair",
    ),
    # 71
    (
        (
            "Students at the University of the Marches have occupied the main administration building in "
            "protest at plans to close the departments of music, philosophy and modern languages.\n\n"
            "About 60 students entered Castle House on Tuesday afternoon and say they will stay until the "
            "plans are withdrawn. A banner hung from a first-floor window reads: “Education is not a "
            "business.”\n\n"
            "Students' union president Ellie Barraclough said the cuts would “hollow out” the university. "
            "“We came here to study subjects we love. Now we're being told they don't make enough money,” "
            "she said.\n\n"
            "A spokesperson for the university said the proposals were still subject to consultation. “No "
            "final decisions have been made. We respect the right to peaceful protest, but we ask that "
            "the occupation does not disrupt other students' learning,” the spokesperson said.\n\n"
            "Vice-chancellor Professor Alan Whitgift is due to meet students on Thursday."
        ),
        "No final decisions",
        "university spokesperson",
        "unnamed_university_spokesperson",
    ),
    # 72
    (
        (
            "DES MOINES, Iowa — A billboard along Interstate 35 north of Ames bearing the words \"Your "
            "senator sold you out.\" has drawn complaints from both parties, and nobody seems willing to "
            "say who paid for it.\n\n"
            "The sign, which went up over the weekend, carries no disclaimer and no photograph. The "
            "billboard company, Prairie Outdoor Media, declined to name its client.\n\n"
            "State Sen. Lorraine Fitch, a Republican from Story County, said she assumed the billboard "
            "was aimed at her over her vote on a wind energy bill. \"If somebody has a problem with my "
            "record, they can put their name on it,\" she said.\n\n"
            "Her Democratic challenger, Tyler Enevoldsen, said his campaign had \"nothing to do with it.\"\n\n"
            "The state's campaign finance board said it had received two complaints."
        ),
        "Your senator sold",
        "",
        "anonymous_billboard_empty",
    ),
    # 73
    (
        (
            "QUEBEC — A Québec solidaire member of the National Assembly has accused the government of "
            "dragging its feet on a promised ban on single-use plastic bags.\n\n"
            "Speaking in French during question period on Wednesday, MNA Geneviève Lapointe-Roy said the "
            "government had announced the ban three times in two years. “Every time the minister holds a "
            "press conference about plastic, we get another press conference, not another law,” she said.\n\n"
            "Environment Minister Sylvain Thibodeau said the regulations would be published “in the "
            "coming weeks.”\n\n"
            "Outside the chamber, Lapointe-Roy told reporters she had heard that before. The minister, "
            "she said, “has a remarkable talent for the future tense.”\n\n"
            "The Association des détaillants du Québec said its members would need at least a year to "
            "prepare."
        ),
        "Every time the minister",
        "Geneviève Lapointe-Roy",
        "mna_speaking_in_french_she_said",
    ),
    # 74
    (
        (
            "Victoria Police have defended their response to a protest outside State Parliament in "
            "Melbourne on Saturday, during which officers used capsicum spray on a crowd of about 300 "
            "people.\n\n"
            "Footage posted online shows an officer spraying a woman who appeared to be walking away.\n\n"
            "\"Police were confronted by a hostile crowd, a number of whom threw bottles and other "
            "projectiles at officers. Capsicum spray was deployed to prevent further injury,\" Victoria "
            "Police said in a statement.\n\n"
            "Civil liberties lawyer Amira Haddad said the footage told \"a very different story\". \"What I "
            "see is a young woman with her back to police being sprayed in the face,\" she said.\n\n"
            "A spokesman for Police Minister Anthony Carbone said the minister had asked for a full "
            "briefing."
        ),
        "Police were confronted",
        "Victoria Police",
        "police_force_statement_by_name",
    ),
    # 75
    (
        (
            "Retiring Dunedin mayor Bernard Kilkelly says the fight over the harbour cycleway was the "
            "hardest of his nine years in office, but the one he is proudest of.\n\n"
            "In an interview with the city's daily newspaper, Kilkelly, 66, said he had received death "
            "threats over the project. Councillors had begged him to drop it. His wife, Anne, had asked "
            "him whether it was worth it.\n\n"
            "Asked whether he would consider standing for Parliament, he laughed.\n\n"
            "“Not a chance. I've spent nine years being shouted at by people I actually like. I'm not "
            "going to Wellington to be shouted at by strangers.”\n\n"
            "Deputy mayor Tania Rēweti, who is standing to succeed him, said he had “left big shoes to "
            "fill”."
        ),
        "Not a chance.",
        "Bernard Kilkelly",
        "answer_after_asked_he_laughed_no_verb",
    ),
    # 76
    (
        (
            "Gardaí investigating a shooting in Drogheda on Monday night believe the victim was targeted "
            "by a gang involved in an ongoing feud in the town.\n\n"
            "The man, aged in his 30s, is in a critical condition in hospital.\n\n"
            "Speaking at Drogheda Garda Station on Tuesday, Chief Superintendent Colm Hanratty appealed "
            "for calm. \"We will not allow a small number of criminals to hold this town to ransom,\" Chief "
            "Supt Hanratty said. \"Anyone who thinks about retaliating should know that we are watching "
            "them.\"\n\n"
            "Local TD Fergal Clinton said residents were \"terrified to let their children out\". \"People "
            "are asking me whether it is safe to walk to Mass,\" he said.\n\n"
            "The Minister for Justice said additional armed units had been deployed to the area."
        ),
        "We will not allow",
        "Colm Hanratty",
        "garda_rank_abbreviation_split_first",
    ),
    # 77
    (
        (
            "NEW DELHI: The National Green Tribunal on Friday imposed a penalty of ₹25 crore on a real "
            "estate developer, Skyline Habitats, for illegally extracting groundwater for a housing "
            "project in Gurugram.\n\n"
            "The tribunal held that the developer had drawn water from 32 borewells without permission "
            "for over four years. “Groundwater is a community resource, not private property to be "
            "exploited for profit. The polluter must pay for the damage done, and the penalty must hurt "
            "enough to deter others,” the tribunal said.\n\n"
            "Counsel for Skyline Habitats, senior advocate Rajiv Khurana, had argued that the borewells "
            "were sealed in 2018.\n\n"
            "The petitioner, retired Wing Commander Surinder Pal Singh Bedi, a resident of a neighbouring "
            "colony, said the order had come “too late for our wells”. “Ours went dry in 2016,” he said."
        ),
        "Groundwater is a community",
        "National Green Tribunal",
        "tribunal_said_body_name",
    ),
    # 78
    (
        (
            "LAGOS — Three of the leading candidates in the Lagos governorship election clashed over "
            "traffic, flooding and the state's debt in a televised debate on Sunday night.\n\n"
            "Asked by the moderator, broadcaster Funmi Adeyinka-Cole, how she would fix the gridlock "
            "around Apapa, the National Renewal Party candidate, Mrs Adaeze Okoro-Martins, said the "
            "answer was rail. \"As long as we move containers by road, Apapa will remain a car park. We "
            "must get the trucks off the road and the cargo onto trains,\" she said.\n\n"
            "Alhaji Rasheed Adebowale-Lawal of the People's Democratic Front disagreed. The former banker "
            "said the state could not afford a rail project \"while civil servants are owed arrears\".\n\n"
            "\"Let us pay workers first, then we can talk about trains that will take ten years to build,\" "
            "he said.\n\n"
            "The third candidate, Dr Kunle Ademola, said both plans ignored the waterways."
        ),
        "Let us pay workers",
        "Rasheed Adebowale-Lawal",
        "former_banker_description_then_pronoun",
    ),
    # 79
    (
        (
            "Tudor ward MCA Hassan Mwinyi Bakari was on Monday released on a cash bail of Sh100,000 after "
            "he denied assaulting a parking attendant outside the county offices in Mombasa.\n\n"
            "He appeared before Senior Principal Magistrate Jane Wairimu Mugo. The prosecution, led by "
            "Emily Kosgei, told the court that the MCA slapped the attendant, Omar Said Salim, after he "
            "was asked to pay a Sh200 parking fee.\n\n"
            "Defence lawyer Yusuf Aboubakar said his client was a victim of political persecution. “This "
            "is a matter that should have been resolved at the police station. It has been brought to "
            "court to embarrass my client,” he said.\n\n"
            "Ms Mugo directed the MCA not to contact the complainant. “Any attempt to interfere with "
            "witnesses will lead to the cancellation of your bond,” she warned.\n\n"
            "The case will be mentioned on July 8."
        ),
        "Any attempt to interfere",
        "Jane Wairimu Mugo",
        "magistrate_she_warned",
    ),
    # 80
    (
        (
            "CAPE TOWN – The Western Cape legislature was told on Thursday that 11 clinics in the "
            "province's rural districts have had no permanent doctor for more than a year.\n\n"
            "Health MEC Marlene Fredericks said the province was recruiting. \"We have advertised these "
            "posts four times. Doctors are simply not applying to work in Beaufort West or Vredendal, and "
            "we cannot force them,\" she said.\n\n"
            "Opposition MPL Lungile Mgwebi said the MEC had \"run out of excuses\". Mgwebi, who grew up in "
            "Laingsburg, said her own mother had waited five hours to see a nurse.\n\n"
            "\"The MEC tells us about adverts. My mother does not need an advert. She needs a doctor.\"\n\n"
            "Freedom Front Plus MPL Hennie Bosman said the province should offer rural doctors housing "
            "and a bonus."
        ),
        "The MEC tells us",
        "Lungile Mgwebi",
        "mpl_no_verb_after_background_sentence",
    ),
]
