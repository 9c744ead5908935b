"""Eighty made-up passages for quotation attribution, written blind (seventeenth set).

Business, economy, technology, health and science news as wire services, business papers, trade press
and public broadcasters' websites run it, from US, UK, Irish, Australian, New Zealand, Singaporean,
Malaysian and South African outlets, 2005-2020.

Every passage, name, organisation and event below was invented for this file by someone who had read
only the annotation README (its "What a row is" and "Columns" sections) and the first 120 lines of the
sixteenth case file for its layout, never the tool's source, tests, benchmarks or annotated data. Real
countries, states, cities, towns and streets, and well-known bodies (the ASX, Bursa Malaysia, the
Reserve Bank of New Zealand, Bank Negara Malaysia, the South African Reserve Bank, the Central Bank of
Ireland, the Bank of England, the Office for National Statistics, the Treasury, Downing Street, Ofgem,
the Food Standards Agency, NHS England, the Department of Health and Social Care, the Royal College of
Nursing, the Royal College of Emergency Medicine, the Sleep Council, the FCA, the Health Service
Executive, HIQA, Ireland's Environmental Protection Agency, the Competition and Consumer Protection
Commission, the Workplace Relations Commission, RTÉ, RNZ, the Commerce Commission, the Ministry for
Primary Industries, the ACCC, the Federal Court, the Pharmaceutical Benefits Scheme, the Competition
Commission, the Labour Court, Eskom, the Malaysian Trades Union Congress, the Monetary Authority of
Singapore, the National Environment Agency, the Land Transport Authority, the Singapore Civil Defence
Force, Singapore's High Court and Court of Appeal, the Consumer Product Safety Commission, the FDA, the
National Association of Realtors, two city councils) appear only as background or with invented words;
the people and most organisations (Coastal Provisions, Westway Buses, Kinsale Baby, Orchid Cold Chain,
Karoo Cement, Sunmed Health, Shannon Mutual Bank, Seri Pantai Holdings, Lumen Devices, Redgum Drilling,
Norvane Semiconductor, Sahyadri Steel, Liffey Stevedores, Helix Meadow, Perdana Motor, Straits Pacific
Bank, Pennywise, Kestrel Mobile, Kagawa Motors, Lumo Mobile, Glenmorven, Persatuan Pemandu E-Hailing
Malaysia and the unions, associations and councils that answer them) are fictional, and no event is a
real one.

The passages imitate company results and profit warnings (a supermarket chain, a palm oil producer, a
regional airline, a camping retailer, a drilling contractor), takeovers and sales (a cement merger, a
pub group, a steel mill sold for £1, a snack maker, a cybersecurity startup, an accounting software
firm, a funeral operator, a Speyside distillery), strikes and pay talks (bus drivers, nurses, pilots,
dockworkers in Dublin and Fremantle, fish packers, platinum miners, grocery workers, tractor workers,
postal workers, bank staff, junior doctors, e-hailing drivers), central-bank decisions (Wellington,
Kuala Lumpur, Pretoria, Dublin) and economic data (UK inflation, US home sales, a minimum wage),
product launches and recalls (a smartwatch, a voice assistant for wards, an SUV, a home battery, car
seats, houmous, pressure cookers, inhalers, infant formula, e-scooters, eggs), research findings
(sleep and colds, a kidney drug, coffee in pregnancy, well water, a liver-cancer blood test, a
fungicide and bees, a childhood liver treatment), public-health warnings (dengue, measles, norovirus,
salmonella, lead in tap water, diarrhoea in informal settlements, A&E waiting times), court cases
between companies (a warehouse contract, a patent verdict, a feed contract, a fish-finger batter
recipe, an arbitration award, a trade-secrets trial, misleading "unlimited" data) and closures (a
village bank branch, a biscuit factory, a coal power station, an engine plant).

Three to six people or bodies speak in each passage. Names come the way business and wire copy gives
them: full name with role or age ("chief executive Joanne Pryor", "Dale Kowalski, 54, a welder"),
then surname, title and surname or given name ("Ms Pryor", "Mrs Radebe", "Mr Gill", "Ramlan", "Te
Rangi", "Ms van Rooyen", "Le Roux"), role nouns ("the chief executive", "the judge", "the minister",
"the power utility", "the 54-year-old") and pronouns. Titles and honorifics the answer leaves out
include Datuk, Datuk Seri, Tan Sri Dr, Sir, Justice, Senior Counsel, QC, Captain, Professor, Prof,
Associate Professor, Dr, Dr., Mr, Mrs and Ms. Names include Malay names addressed by the given name,
Chinese Singaporean and Malaysian names, a Sikh name, Tamil names, Nguni, Sotho and Afrikaans
names with particles (van der Westhuizen, le Roux, van Rooyen), Irish names with fadas and particles
(Máire Ní Dhonnchadha, Seán Ó Briain, Ciarán Mac Giolla), Māori names (Kerehoma Wilton, Aroha Te
Rangi, Tama Ruawai-Hohaia), hyphenated surnames, a Scandinavian name (Ingrid Sørensen) and a husband and
wife sharing a surname (Mark and Laura Hennig).

Bodies speak by name (a central bank's statement, a regulator's draft report and an inspection report
with no named author, an ASX statement, a company tweet, a union's website post, an e-hailing drivers'
association's memorandum given by its Malay name after an acronym, a hospital trust, the HSE named in
full once and then by acronym, a power utility named once and then described); unnamed people and
spokespeople are given as descriptions (Kinsale Baby spokeswoman, Ofgem spokeswoman, Downing Street
spokesman, analyst, customer, Sydney fund manager, Newcastle A&E consultant, resident, distillery
worker, person familiar with the matter). Documents with a named author take the author (a charity's
report written by a professor, an affidavit, an email to staff, an email shown in court, a journal
editorial, a Facebook post). Attribution comes after the quotation (name, role and name, long
apposition, "according to", pronoun, Australian present-tense "says", "wrote", "writes", "the report
found", "the advertisements said"), before it with a colon ("told reporters outside the depot:",
"said in a statement to the ASX:", "In an affidavit ... says:", "It added:", "Mrs Radebe said:", "he
wrote:"), around split quotations (first and second halves chosen, one split in mid-sentence, two
second halves opening in lower case), with "said that" before a lower-case quotation, at a distance (a
lede quotation attributed in the next paragraph, a role noun two paragraphs after the name, "added"
after a paragraph about someone else, a pronoun after a paragraph of figures, a pronoun that skips an
intervening speaker), with no reporting verb (after "did not dress it up.", a question, "For Hemi
Walker, ...", and a sentence of reported speech), in the first, second and third paragraphs of
unclosed runs, and by pronoun after a paragraph naming two people (resolved by sex, by "Ms"/"Mr", and
by what the quotation says). One chosen quotation holds a nested single-quoted sentence. Five quotations
have no identifiable source and take an empty speaker (a cardboard sign on a cash machine, anonymous
newspaper advertisements, stickers on lamp posts, a handwritten sign in a shop window, leaflets under
windscreen wipers), and many chosen quotations sit next to phrases quoted in the narration ("flew off
like a cork", "unlimited", "stream all you want", "Solara One", "probably from the lid", "bottom out").
Fourteen passages use curly quotation marks and apostrophes, the rest straight ones.

Each case is a tuple (passage, first_words_of_chosen_quote, speaker, label); the speaker follows the
convention of data/annotations/quotes_README.md.

First run: 60 of 80 right (0.75), on 2026-12-03 at commit 53559a5, before any rule was written from these passages."""

CASES = [
    # 1
    (
        (
            "Coastal Provisions, the Perth-based supermarket chain, reported a 14 per cent fall in half-year "
            "profit on Tuesday, blaming a price war with larger rivals and a wet summer that kept shoppers "
            "away from its beachside stores.\n\n"
            "Net profit for the six months to December was A$41.2 million, down from A$47.9 million a year "
            "earlier, the company said in a statement to the ASX. Revenue rose 3 per cent to A$1.6 billion.\n\n"
            "\"We chose to hold prices rather than chase margin, and I'd make the same call again,\" chief "
            "executive Joanne Pryor told analysts on a conference call.\n\n"
            "Shares fell 6.1 per cent to A$3.42 by the close. An analyst at a Melbourne broking house said the "
            "result was \"messier than it needed to be\" and questioned the timing of a A$90 million store refit "
            "program.\n\n"
            "Ms Pryor said the refits would be slowed but not stopped. \"Stores that haven't been touched in "
            "ten years are the ones losing customers fastest,\" she said.\n\n"
            "The board declared an interim dividend of 8 cents a share, unchanged."
        ),
        "Stores that haven't",
        "Joanne Pryor",
        "ms_surname_then_pronoun",
    ),
    # 2
    (
        (
            "Bus drivers in Bristol will walk out for 48 hours next week after talks over pay broke down, the "
            "Passenger Transport Workers' Union said on Thursday.\n\n"
            "About 900 drivers employed by Westway Buses voted by 87 per cent for strike action after "
            "rejecting a 2.5 per cent offer. The union, which is seeking 5 per cent, said the company had not "
            "moved in six weeks.\n\n"
            "Regional organiser Carl Bignell told reporters outside the Lawrence Hill depot: \"Nobody wants to "
            "leave people standing at bus stops in the rain. But drivers have had one real pay rise in four "
            "years and they have had enough.\"\n\n"
            "Westway said its offer was \"fair and affordable\" and urged drivers to \"think again\". A company "
            "spokeswoman said contingency plans would keep some routes running, including services to "
            "Southmead Hospital.\n\n"
            "Bristol City Council said it would keep park-and-ride car parks open longer on the strike days."
        ),
        "Nobody wants to",
        "Carl Bignell",
        "before_colon_role_then_name",
    ),
    # 3
    (
        (
            "The Reserve Bank of New Zealand held its official cash rate at 1.75 per cent on Wednesday, as "
            "economists had expected, but dropped its earlier guidance that rates would rise next.\n\n"
            "\"Inflation is close to the midpoint of our target range and we expect it to stay there, but the "
            "outlook for global growth has weakened,\" the bank said in its statement. \"The next move in the "
            "cash rate could be up or down.\"\n\n"
            "The New Zealand dollar fell nearly a US cent within minutes of the announcement.\n\n"
            "Kerehoma Wilton, chief economist at Tasman Capital, said the bank had \"quietly opened the door\" "
            "to a cut. \"Twelve months ago they wouldn't have said the word cut out loud,\" he said.\n\n"
            "Exporters welcomed the weaker currency. Dairy farmer Gail Brennan, who chairs the Waikato "
            "Exporters' Forum, said every cent off the dollar was \"real money\" for her members."
        ),
        "The next move",
        "Reserve Bank of New Zealand",
        "central_bank_statement_split_second_half",
    ),
    # 4
    (
        (
            "A Cork company, Kinsale Baby, has recalled 11,000 child car seats sold in Ireland and Britain "
            "after tests found that a buckle could open under heavy force.\n\n"
            "Kinsale Baby said no injuries had been reported. The recall covers its Harbour Plus seat, sold "
            "between March 2014 and January 2015 through chemists, baby shops and its own website.\n\n"
            "“We are asking parents to stop using the seat straight away and to contact us for a free "
            "replacement,” a spokeswoman for the company said. “We are sorry for the worry this will cause, "
            "and we will do everything we can to make the exchange quick.”\n\n"
            "The Competition and Consumer Protection Commission said it had been notified of the recall and "
            "would monitor it.\n\n"
            "Deirdre Hanrahan, a mother of two from Ballincollig, said she had bought the seat because of its "
            "safety rating. “I drove my daughter to crèche in it this morning,” she said."
        ),
        "We are sorry",
        "Kinsale Baby spokeswoman",
        "unnamed_spokeswoman_split_second_half_curly",
    ),
    # 5
    (
        (
            "People who sleep fewer than six hours a night are far more likely to catch a cold after being "
            "exposed to the virus, according to a study published on Monday.\n\n"
            "A team at Hallbrook University in Leeds gave 164 healthy volunteers nasal drops containing a cold "
            "virus and then kept them in a hotel for five days, having measured their sleep with wrist "
            "monitors for the week before.\n\n"
            "\"The short sleepers were about four times as likely to develop a cold,\" said Professor Miriam "
            "Achterberg, who led the study. \"That is a bigger effect than age, stress or whether someone "
            "smoked.\"\n\n"
            "Dr Owen Blakeley, a GP in Sheffield who was not involved in the research, said the findings were "
            "\"interesting but not surprising\". \"Patients tell me they always get ill when they're run down, "
            "and now we have numbers to show them,\" he said.\n\n"
            "The Sleep Council, an industry-funded body, said it would include the findings in its advice to "
            "the public."
        ),
        "That is a",
        "Miriam Achterberg",
        "split_second_half_professor",
    ),
    # 6
    (
        (
            "Singapore's High Court has ordered a logistics firm to pay S$4.3 million to a former partner "
            "after finding that it broke an exclusive agreement over refrigerated warehouse space in Tuas.\n\n"
            "Orchid Cold Chain had argued that its contract with Meridian Fresh allowed it to take on other "
            "clients once volumes fell below an agreed level for two consecutive quarters.\n\n"
            "Justice Tan Ai Ling rejected that reading. \"The clause is not ambiguous, and no amount of "
            "commercial hindsight can make it so,\" the judge wrote in a 48-page judgment released on Friday.\n\n"
            "Meridian's managing director, Rajesh Pillai, said the company was \"relieved and vindicated\". "
            "Orchid said in a statement that it was studying the judgment and \"considering all options, "
            "including an appeal\"."
        ),
        "The clause is",
        "Tan Ai Ling",
        "judge_wrote_in_judgment",
    ),
    # 7
    (
        (
            "Shareholders in Karoo Cement voted on Monday to accept a R6.8 billion offer from its larger "
            "rival, Highveld Building Materials, ending a seven-month battle for control of the company.\n\n"
            "The offer, at R34 a share, was raised twice after Karoo's board rejected the first bid as "
            "\"opportunistic\".\n\n"
            "Highveld chief executive Pieter van der Westhuizen said the combined group would save R400 "
            "million a year by sharing kilns and trucks. Karoo chair Nomvula Dlamini, who led the resistance "
            "to the bid, said the final price reflected the company's \"true worth\".\n\n"
            "\"I fought it because the first offer was an insult to people who have held these shares for "
            "thirty years,\" she said. \"This one isn't.\"\n\n"
            "The deal still needs the approval of the Competition Commission. The Allied Construction Workers "
            "Union said it would oppose the merger unless Highveld guaranteed jobs at Karoo's plant in De Aar."
        ),
        "I fought it",
        "Nomvula Dlamini",
        "pronoun_after_two_names_by_sex",
    ),
    # 8
    (
        (
            "Nurses at eleven private hospitals in Queensland will stop work for four hours on Friday after "
            "the operator, Sunmed Health, refused to write staffing ratios into a new pay deal.\n\n"
            "Allied Nursing Federation branch secretary Kylie Farrugia says members voted 94 per cent in "
            "favour of the stoppage.\n\n"
            "“This is not about money. The pay offer is close to what we asked for. It’s about having enough "
            "of us on the floor at two in the morning when someone goes downhill.\n\n"
            "“Our members have been telling management for two years that they can’t keep patients safe on the "
            "current rosters, and they have been ignored,” she says.\n\n"
            "Sunmed Health says ratios would “lock in” costs it cannot afford. Its chief operating officer, "
            "Grant Lowther, says patient care will not suffer on Friday. “Every ward will have the staff it "
            "needs, and emergency surgery will go ahead,” he says."
        ),
        "This is not",
        "Kylie Farrugia",
        "run_first_paragraph_attribution_at_end_curly",
    ),
    # 9
    (
        (
            "The last bank branch in Ballyduff closed its doors on Friday, leaving the north Kerry village's "
            "1,200 residents a 20-minute drive from the nearest counter.\n\n"
            "By Saturday morning someone had taped a sheet of cardboard over the cash machine in the wall of "
            "the old Shannon Mutual Bank branch. \"This village was good enough for your profits for ninety "
            "years,\" it read, in black marker.\n\n"
            "Shannon Mutual said in a statement that fewer than 40 customers a week had been using the counter "
            "and that most of its customers now banked \"online or by phone\".\n\n"
            "Local councillor Máire Ní Dhonnchadha said older people had been abandoned. \"My mother is 84. She "
            "isn't going to do her banking on an app,\" she said.\n\n"
            "Tom Scanlon, who runs the village shop, said he had already been asked for cash back more times "
            "in one morning than in a normal week."
        ),
        "This village was",
        "",
        "cardboard_sign_empty",
    ),
    # 10
    (
        (
            "Malaysian palm oil producer Seri Pantai Holdings Bhd posted a third-quarter loss on Thursday, its "
            "first in eight years, as crude palm oil prices slid and a shortage of workers left fruit rotting "
            "on its estates.\n\n"
            "The group lost RM38.6 million in the three months to September, against a profit of RM52.1 "
            "million a year earlier, it said in a filing to Bursa Malaysia.\n\n"
            "Managing director Datuk Hashim Rafiq Abdullah did not dress it up. \"We have 2,000 harvesters "
            "fewer than we need, and there is no quick way to fix that.\"\n\n"
            "An analyst at a Kuala Lumpur investment bank said the company's estates were older than its "
            "rivals' and that replanting had been \"postponed once too often\".\n\n"
            "The Plantation Workers' Association said the shortage was the industry's own making. \"If the pay "
            "was better, Malaysians would do the work,\" its secretary, Gopal Krishnan, said."
        ),
        "We have 2,000",
        "Hashim Rafiq Abdullah",
        "no_verb_after_description_datuk",
    ),
    # 11
    (
        (
            "Lumen Devices unveiled its first smartwatch Tuesday in San Francisco, a $299 device that tracks "
            "heart rate and sleep and can pay for a coffee without a phone nearby.\n\n"
            "Chief executive Marcus Feld told an audience of developers that the watch would ship in October. "
            "\"People don't want another screen. They want the screen they already have to bother them less, "
            "and that's what this does,\" Feld said.\n\n"
            "Reviews were mixed. One analyst who follows the company, who asked not to be named because his "
            "firm advises it, was skeptical. \"It's a nice watch two years too late,\" he said. \"The question is "
            "who switches for it.\"\n\n"
            "Shares of Lumen rose 1.2 percent. Rival Tessera Wearables said in a statement that it \"welcomes "
            "competition\" and that its own watch had sold 4 million units."
        ),
        "It's a nice",
        "analyst",
        "unnamed_analyst_pronoun",
    ),
    # 12
    (
        (
            "The supermarket chain Fairmont has recalled its own-brand houmous from all 640 of its stores "
            "after small pieces of plastic were found in some tubs.\n\n"
            "The Food Standards Agency said the recall covered 200g tubs with use-by dates up to and including "
            "14 June.\n\n"
            "Fairmont said in a statement that it was \"extremely sorry\" and that customers could return the "
            "tubs for a full refund without a receipt.\n\n"
            "Outside its store in Croydon, one customer said she had found a sliver of blue plastic in a tub "
            "last week and had been told by staff that it was \"probably from the lid\". \"I complained and they "
            "gave me a voucher. Nobody said a word about a recall,\" she said.\n\n"
            "The supplier, Levant Kitchen of Leicester, said it had traced the problem to a damaged part on a "
            "filling machine, which has since been replaced."
        ),
        "I complained and",
        "customer",
        "unnamed_customer_after_phrase",
    ),
    # 13
    (
        (
            "Malaysia will raise the minimum wage to RM1,200 a month in 57 cities and major towns from "
            "February, Human Resources Minister Datuk Seri Ramlan Othman said on Tuesday.\n\n"
            "The Malaysian Council of Small Manufacturers said the increase would force some firms to cut "
            "jobs. “Our members are already paying more for electricity and raw materials,” its president, Lee "
            "Chong Huat, said. “Many of them will simply hire fewer people.”\n\n"
            "Ramlan said the government had consulted employers and unions for more than a year. “A worker in "
            "Kuala Lumpur cannot live on what he earned in 2016. That is the starting point for us,” he told "
            "reporters in Putrajaya.\n\n"
            "The Malaysian Trades Union Congress called the increase “too little, too late” and said it would "
            "continue to press for RM1,500."
        ),
        "A worker in",
        "Ramlan Othman",
        "malay_given_name_titles_stripped_curly",
    ),
    # 14
    (
        (
            "One in five hospital trusts in England failed to meet a basic standard for cleaning endoscopes "
            "last year, according to a report commissioned by a patients' charity.\n\n"
            "The report, written by Professor Alan Drummond, a former director of infection control at a "
            "London teaching hospital, was published by the Patients First Trust on Wednesday.\n\n"
            "\"In several trusts, staff told us they had never been trained on the machines they were using,\" "
            "the report says. \"That is not a failure of individuals but of management.\"\n\n"
            "NHS England said trusts had been reminded of their obligations and that the risk to patients "
            "remained very low. The Society of Endoscopy Nurses said its members were \"stretched to breaking "
            "point\".\n\n"
            "Patients First Trust chief executive Sandra Okoye said: \"We want every patient to be able to ask "
            "how the scope going into their body was cleaned, and get an answer.\""
        ),
        "That is not",
        "Alan Drummond",
        "report_with_named_author",
    ),
    # 15
    (
        (
            "Petrol retailers in New Zealand are earning returns well above what a competitive market would "
            "deliver, the Commerce Commission said in a draft report released on Thursday.\n\n"
            "\"Competition in the retail fuel market is not working as well as it could, and consumers are "
            "paying for that at the pump,\" the report found. It estimated that motorists had paid about $400 "
            "million a year more than necessary.\n\n"
            "Energy and Resources Minister Hone Parata said the government would wait for the final report "
            "before deciding what to do. \"Nothing is off the table,\" he said.\n\n"
            "Sandra Kerr-Whitaker, who chairs the Independent Fuel Retailers Group, said her members were "
            "small operators on thin margins. \"The big three own the terminals and the pipelines. Talk to "
            "them,\" she said."
        ),
        "Competition in the",
        "Commerce Commission",
        "draft_report_no_author",
    ),
    # 16
    (
        (
            "Mining services contractor Redgum Drilling has warned that full-year earnings will be 30 per cent "
            "below guidance after a client in Western Australia's Pilbara suspended two contracts.\n\n"
            "In a statement to the ASX on Monday, the company said: \"The suspension was unexpected and is "
            "outside the company's control. Redgum is in discussions with the client about the timing of a "
            "restart.\"\n\n"
            "Shares plunged 41 per cent to 62 cents. Redgum's managing director, Shane Mulcahy, declined "
            "interview requests.\n\n"
            "Bridget Olsen, a resources analyst at Cantle Partners, said the warning showed the risk of "
            "relying on a small number of customers. \"Two contracts were a third of their revenue. Everybody "
            "knew that, and everybody hoped it wouldn't matter,\" she said.\n\n"
            "A spokesman for the client, Ironbark Ore, said the halt reflected lower iron ore prices and was "
            "not related to Redgum's performance."
        ),
        "The suspension was",
        "Redgum Drilling",
        "asx_statement_before_colon",
    ),
    # 17
    (
        (
            "Full-page advertisements attacking a proposed tax on sugary drinks appeared in three New Zealand "
            "newspapers on Saturday, and nobody has yet said who paid for them.\n\n"
            "\"Kiwis don't need Wellington telling them what to drink,\" the advertisements said in large type "
            "above a photograph of a child holding a bottle of lemonade. None carried the name of a sponsor.\n\n"
            "The New Zealand Beverage Council said it had \"nothing to do with\" the campaign. Its chief "
            "executive, Alison Tuhiwai, said the council \"would always put our name to our views\".\n\n"
            "The Public Health Alliance, which supports the tax, called the advertisements cowardly. Its "
            "spokesman, Dr Ravi Nair, said: \"If you want to change people's minds, you should be willing to "
            "tell them who you are.\""
        ),
        "Kiwis don't need",
        "",
        "anonymous_advertisement_empty",
    ),
    # 18
    (
        (
            "A common blood pressure drug may slow the progression of a rare inherited kidney disease, "
            "according to the results of a trial run from Adelaide.\n\n"
            "Dr Sunita Raghavan, a nephrologist at the Adelaide Renal Research Centre, says the 312 patients "
            "who took the drug for three years lost kidney function about a third more slowly than those given "
            "a placebo.\n\n"
            "\"It isn't a cure, and I want to be careful about that. But for families who have watched parents "
            "go on to dialysis in their fifties, a drug that buys years matters enormously,\" Dr Raghavan "
            "says.\n\n"
            "Mark Pellegrino, chief executive of the patient group Kidney Families Australia, says the results "
            "are encouraging but the drug is not subsidised for the condition. \"At the moment a family would "
            "pay about $200 a month for it,\" he says.\n\n"
            "The drug's maker, Austral Therapeutics, says it will apply to have it listed on the "
            "Pharmaceutical Benefits Scheme."
        ),
        "It isn't a",
        "Sunita Raghavan",
        "present_tense_says_dr",
    ),
    # 19
    (
        (
            "Singapore ride-hailing company Zipp said on Monday it would cut 280 jobs, about 12 per cent of "
            "its workforce, as it pulls out of Vietnam and the Philippines.\n\n"
            "The company said in a statement that the cuts were \"difficult decisions\" and that it would focus "
            "on markets where it could be profitable.\n\n"
            "\"We grew too fast in too many places, and that is on me,\" chief executive Daniel Koh wrote in an "
            "email to staff seen by this newspaper. Staff leaving would receive two weeks' pay for every year "
            "of service.\n\n"
            "Associate Professor Yeo Kian Seng of the Singapore Institute of Commerce, who studies the gig "
            "economy, said the cuts were \"a sign the subsidy era is over\". \"Investors will no longer pay for "
            "growth at any price,\" he said."
        ),
        "We grew too",
        "Daniel Koh",
        "email_wrote_named_author",
    ),
    # 20
    (
        (
            "UK inflation rose to 3.1 per cent in November, its highest in almost six years, official figures "
            "showed on Tuesday, putting pressure on the Bank of England to raise interest rates again.\n\n"
            "The Office for National Statistics said higher prices for computer games and air fares had pushed "
            "the rate up.\n\n"
            "\"Inflation is now close to its peak,\" said Harriet Lomax, chief UK economist at Brampton "
            "Securities, \"but the squeeze on household incomes will last well into next year.\"\n\n"
            "The Retail and Distribution Union said wages were falling further behind prices. \"Workers are "
            "getting poorer every month and there's no end in sight,\" said its general secretary, Gary "
            "Moffat.\n\n"
            "A Treasury spokesman said the government was \"determined to help families with the cost of "
            "living\"."
        ),
        "Inflation is now",
        "Harriet Lomax",
        "split_first_half_analyst",
    ),
    # 21
    (
        (
            "Fergal Moriarty, the chief executive of Atlantic Regional Airways, has written to all 340 of the "
            "airline's pilots warning that further strikes could force it to close routes from Shannon and "
            "Knock.\n\n"
            "Pilots belonging to the Irish Flight Crew Association struck for 24 hours last Friday, grounding "
            "46 flights. The association is seeking a 9 per cent increase over two years.\n\n"
            "Its president, Captain Niamh Gilsenan, said the letter was \"an attempt to frighten people\". \"Our "
            "members aren't the ones putting the routes at risk,\" she said.\n\n"
            "Speaking on RTÉ radio on Monday morning, the chief executive said the airline had no money for a "
            "pay rise this year. \"I'm not going to stand here and pretend we can pay for something we can't. "
            "If the strikes go on, Knock goes first.\"\n\n"
            "The Workplace Relations Commission said it was available to both sides."
        ),
        "I'm not going",
        "Fergal Moriarty",
        "role_noun_two_paragraphs_after_name",
    ),
    # 22
    (
        (
            "Workers at Cape Reef Fisheries' processing plant in Saldanha Bay went on strike on Wednesday "
            "after wage talks collapsed for a third time.\n\n"
            "Andile Mthembu, regional secretary of the Fishing and Food Processing Workers Union, and Francois "
            "le Roux, the company's human resources director, met for six hours on Tuesday without reaching "
            "agreement. The union wants a 9 per cent increase; the company has offered 6 per cent.\n\n"
            "\"We have members who have been packing fish here for twenty years and still can't afford a taxi "
            "to work,\" he said afterwards.\n\n"
            "Le Roux said the company had lost two export contracts this year and could not pay more. \"If we "
            "price ourselves out of Europe there will be no plant to strike at,\" he said.\n\n"
            "A packer at the plant, who asked not to be named, said most of the 700 strikers were women. \"We "
            "are on our feet for ten hours a day,\" she said."
        ),
        "We have members",
        "Andile Mthembu",
        "pronoun_after_two_men_by_content",
    ),
    # 23
    (
        (
            "A federal jury in Delaware found Thursday that Norvane Semiconductor infringed two patents held "
            "by a smaller rival, Cascade Microsystems, and awarded Cascade $212 million in damages.\n\n"
            "\"This was never about the money,\" Cascade chief executive Elena Voss said outside the courthouse "
            "in Wilmington. \"It was about whether a company our size can stand up to a company their size, and "
            "today the answer is yes.\"\n\n"
            "Norvane said it would appeal. \"We respect the jury's work,\" the company said in a statement, \"but "
            "we believe the verdict is not supported by the evidence or the law.\"\n\n"
            "Howard Lim, a patent attorney in Palo Alto who was not involved in the case, said the award was "
            "large but not unusual. \"Delaware juries have been generous to patent holders for several years "
            "now,\" he said."
        ),
        "but we believe",
        "Norvane Semiconductor",
        "split_second_half_company_statement_lowercase",
    ),
    # 24
    (
        (
            "The owner of the Humberside Strip Mill has agreed to sell it to an Indian-owned group for £1, "
            "securing about 1,100 jobs at the plant in Scunthorpe, the companies announced on Friday.\n\n"
            "Its Dutch parent, Vanderkamp Metals, had been losing about £1 million a week at the site. The "
            "buyer, Sahyadri Steel, said it would invest £150 million over five years.\n\n"
            "Sahyadri's chairman, Vikram Deshpande, said:\n\n"
            "\"Scunthorpe has the skills, the port and the customers. What it has lacked is an owner willing to "
            "stay for the long term.\"\n\n"
            "Roy Hollis, national officer of the Steel and Metal Trades Confederation, said members were "
            "\"cautiously relieved\". \"We have been here before with owners who promised the earth,\" he said.\n\n"
            "Vanderkamp said the sale would allow it to concentrate on its plants in the Netherlands."
        ),
        "Scunthorpe has the",
        "Vikram Deshpande",
        "said_colon_quote_own_paragraph",
    ),
    # 25
    (
        (
            "Health officials in South Australia have told people to throw away eggs from a Barossa Valley "
            "farm after 23 people fell ill with salmonella poisoning.\n\n"
            "Dr Peter Kallis, the state's director of communicable disease control, says eggs stamped with the "
            "code GHF are affected, whatever their best-before date.\n\n"
            "\"Some people have told us, 'I cooked them, so I'm fine,' and that isn't always true if the yolks "
            "were runny,\" Dr Kallis says. \"If in doubt, throw them out.\"\n\n"
            "The farm, Greenhill Free Range, says it has stopped supplying shops and is working with "
            "authorities. Its owner, Lyn Barker, says the family is \"devastated\".\n\n"
            "A Gawler woman who spent three nights in hospital says she had eaten poached eggs at a cafe. "
            "\"I've never been so sick in my life,\" she says."
        ),
        "Some people have",
        "Peter Kallis",
        "nested_single_quote_inside_statement",
    ),
    # 26
    (
        (
            "Hearthstone Appliances is recalling about 480,000 pressure cookers sold in the United States and "
            "Canada because the lids can open while the contents are still under pressure, the company and the "
            "Consumer Product Safety Commission said Thursday.\n\n"
            "The company has received 61 reports of lids bursting open, including 17 reports of burns.\n\n"
            "Carla Mendes, a nurse from Tucson, Arizona, said her lid \"flew off like a cork\" while she was "
            "cooking beans. \"I had a burn down my arm for a month. I'd been told this model couldn't do that,\" "
            "she said.\n\n"
            "Hearthstone said consumers should \"stop using the recalled cookers immediately\" and contact it "
            "for a free replacement lid. \"Safety is our first priority,\" it said.\n\n"
            "Tom Rourke of the advocacy group Kitchen Safety Watch said the recall had come too late. \"They "
            "had complaints on file for two years,\" he said."
        ),
        "I had a",
        "Carla Mendes",
        "statement_after_phrase_in_narration",
    ),
    # 27
    (
        (
            "The board of Redbrook Inns has recommended a £1.1 billion takeover by the American private equity "
            "firm Carlow Partners, three weeks after rejecting a lower offer.\n\n"
            "Sir Geoffrey Ainsworth, Redbrook’s chairman, said the revised offer of 285p a share was “full and "
            "fair”. “We said we would not sell the company on the cheap, and we haven’t,” he said.\n\n"
            "Carlow’s managing partner, Jennifer Hsu, said the firm would keep Redbrook’s 820 pubs under their "
            "existing names and had no plans to sell any of them.\n\n"
            "Not everyone was convinced. The Tenant Publicans’ Alliance, which represents about 300 of "
            "Redbrook’s licensees, said the deal would load the company with debt. “Private equity buys pubs "
            "to sell them, not to run them,” its chairman, Frank Doyle, said."
        ),
        "We said we",
        "Geoffrey Ainsworth",
        "sir_honorific_stripped_curly",
    ),
    # 28
    (
        (
            "Cargo handlers at Dublin Port began an indefinite strike on Monday, leaving dozens of lorries "
            "queuing on the approach roads and three container ships waiting in the bay.\n\n"
            "The 230 workers, employed by Liffey Stevedores, are seeking the restoration of a pay cut imposed "
            "in 2011. Their union organiser, Declan Furlong, addressed them at the picket line:\n\n"
            "\"Eighteen months ago we were told to be patient because the company was losing money.\n\n"
            "\"Then we read in the papers that it made €14 million last year and paid a dividend.\n\n"
            "\"So we are done being patient.\"\n\n"
            "Liffey Stevedores said in a statement that the figures quoted by the union \"do not reflect the "
            "position of the Dublin operation\". The Irish Hauliers Network warned that fresh food deliveries "
            "to supermarkets would be hit within days."
        ),
        "So we are",
        "Declan Furlong",
        "continuation_third_paragraph",
    ),
    # 29
    (
        (
            "Bank Negara Malaysia kept its overnight policy rate at 3.25 per cent on Thursday, saying growth "
            "remained on track despite weaker exports.\n\n"
            "\"The current monetary policy stance remains accommodative and supportive of economic activity,\" "
            "the central bank said in its statement.\n\n"
            "Economists had expected no change. Farah Aminuddin of Selangor Capital Research and Kenneth Chew "
            "of Perak Securities both said a cut later in the year could not be ruled out.\n\n"
            "\"If exports fall for another two quarters, I think they move in the second half,\" he said. \"The "
            "ringgit is the thing holding them back.\"\n\n"
            "The Federation of Malaysian Electronics Exporters said its members had seen orders from China "
            "fall by a fifth since January."
        ),
        "If exports fall",
        "Kenneth Chew",
        "pronoun_after_woman_and_man",
    ),
    # 30
    (
        (
            "A legal fight between two of South Africa's biggest agricultural companies over a R900 million "
            "feed contract reached the High Court in Johannesburg on Tuesday.\n\n"
            "Sunveld Poultry says Goldfields Feeds cut off deliveries of maize-based feed in breach of their "
            "contract at the height of last year's drought.\n\n"
            "In an affidavit, Sunveld's chief executive, Reinhardt Kruger, says: \"Within nine days of the "
            "deliveries stopping we had no choice but to destroy birds we could no longer feed. No producer "
            "plans for that.\"\n\n"
            "Goldfields denies breaching the contract. Advocate Thuli Ngcobo, for Goldfields, told the court "
            "the drought was \"an act of God in the plainest sense\" and that the company had rationed feed "
            "fairly among all its customers.\n\n"
            "The Poultry Producers Forum said the case showed how exposed farmers were to a single supplier."
        ),
        "Within nine days",
        "Reinhardt Kruger",
        "affidavit_named_author_colon",
    ),
    # 31
    (
        (
            "Bakers at the Pemberton's factory in Merthyr Tydfil learned on Monday that the site would close "
            "next spring, ending 96 years of biscuit-making in the town.\n\n"
            "Owner Tillmann Foods said production would move to a plant in Poland. \"The site needs investment "
            "we cannot justify,\" the company said.\n\n"
            "By Wednesday stickers had appeared on lamp posts along the High Street. \"Merthyr made your money, "
            "so keep Merthyr working,\" they read, under a drawing of a biscuit with a bite taken out of it.\n\n"
            "Gethin Price, regional officer of the Food and Bakery Workers' Union, said the union would ask "
            "for a 90-day review. \"We know the figures better than they think we do,\" he said.\n\n"
            "Sandra Pugh, who has worked on the packing line for 31 years, said: \"My mother worked here. I "
            "thought my daughter might.\""
        ),
        "Merthyr made your",
        "",
        "sticker_slogan_empty",
    ),
    # 32
    (
        (
            "Harlan Foods is in advanced talks to buy the snack maker Prairie Crisp for about $2.4 billion, "
            "according to people familiar with the matter.\n\n"
            "A deal could be announced as soon as next week, one of the people said, speaking on condition of "
            "anonymity because the talks are private. \"The price is agreed. What's left is lawyers,\" the "
            "person said.\n\n"
            "A Harlan spokeswoman declined to comment. Prairie Crisp said in a statement that it \"does not "
            "comment on market rumors\".\n\n"
            "Deborah Finch, an analyst at Rowe & Kimball, said the deal would give Harlan a foothold in a part "
            "of the snack aisle it had long ignored. \"Kettle chips are growing at twice the rate of the "
            "category,\" she said."
        ),
        "The price is",
        "person familiar with the matter",
        "anonymous_source_person_familiar",
    ),
    # 33
    (
        (
            "Singapore reported 1,420 dengue cases last week, the highest weekly figure this year, and health "
            "officials warned that numbers could rise further as the wet season begins.\n\n"
            "The National Environment Agency said its officers had found mosquito breeding in more than 900 "
            "homes in the past month. “Residents should check their homes for stagnant water at least once a "
            "week,” the agency said.\n\n"
            "Associate Professor Lim Hui Shan, an infectious diseases specialist at Kallang General Hospital, "
            "said emergency departments were seeing more severe cases. “Many of the patients we admit are "
            "young adults who thought it was just a bad flu,” she said. “They waited too long.”\n\n"
            "In Tampines, where a cluster of 90 cases has been reported, retiree Goh Boon Keat, 68, said "
            "fogging had been carried out twice. “The smell is terrible but if it works, I don’t mind,” he "
            "said."
        ),
        "They waited too",
        "Lim Hui Shan",
        "split_second_half_associate_professor_curly",
    ),
    # 34
    (
        (
            "The Cambridge start-up Quillsoft has launched a voice assistant for hospital wards that lets "
            "nurses record patients' observations by speaking instead of typing.\n\n"
            "Its co-founder, Dr Priya Chandrasekaran, a former A&E doctor, said nurses at a pilot site in "
            "Norwich had saved an average of 40 minutes a shift. She said the idea came from her own "
            "frustration at spending more time at a keyboard than at bedsides.\n\n"
            "\"I'd finish a night shift and realise I'd spent half of it typing. That's not what anyone trains "
            "for.\"\n\n"
            "The Royal College of Nursing said it welcomed technology that freed up time for patients but "
            "warned that \"data protection cannot be an afterthought\".\n\n"
            "Jon Hebden, chief information officer at Wensum Valley NHS Trust, which ran the pilot, said: "
            "\"It's early days, but the feedback from the wards has been better than for anything else we've "
            "trialled.\""
        ),
        "I'd finish a",
        "Priya Chandrasekaran",
        "no_verb_after_reported_speech",
    ),
    # 35
    (
        (
            "Dockworkers at Bayside Terminals in Fremantle will stop work for 24 hours from Thursday morning, "
            "escalating a dispute over rosters that has already delayed a dozen ships.\n\n"
            "The Port Workers Union says the company wants staff to be available for shifts at 24 hours’ "
            "notice. Bayside says the rosters are standard across the industry.\n\n"
            "“The offer on the table,” Bayside’s chief executive, Russell Thorne, says, “is the best offer in "
            "the industry, and it is final.”\n\n"
            "The union’s WA secretary, Lisa Kowalczyk, says workers with children cannot plan their lives. "
            "“Nobody is asking for the moon. We are asking to know on Monday what we are doing on Friday,” she "
            "says.\n\n"
            "Exporters’ group Grain Shippers WA says each day of delay costs its members about $250,000."
        ),
        "is the best",
        "Russell Thorne",
        "split_mid_sentence_second_half_curly",
    ),
    # 36
    (
        (
            "\"If you have one of these inhalers at home, check the batch number tonight.\"\n\n"
            "Dr. Angela Whitcombe, the chief medical officer of Cardell Pharmaceuticals, gave that advice "
            "Wednesday after the company recalled about 600,000 asthma inhalers that may deliver less medicine "
            "than the label says.\n\n"
            "The Food and Drug Administration said it had classified the recall as one in which use of the "
            "product \"may cause temporary or medically reversible adverse health consequences\".\n\n"
            "Rhonda Jeffries, president of the patient group Breathe Easy Coalition, said many patients would "
            "be frightened. \"Some people can't afford a second inhaler to switch to while they wait for a "
            "replacement,\" she said.\n\n"
            "A pharmacist in Columbus, Ohio, said her phone had been ringing all day."
        ),
        "If you have",
        "Angela Whitcombe",
        "lede_quote_attribution_next_paragraph",
    ),
    # 37
    (
        (
            "Dairy co-operative Southern Pastures has cut its forecast milk price to farmers by 40 cents to "
            "$6.10 a kilogram of milk solids, blaming weak demand from China.\n\n"
            "Chair Aroha Te Rangi told farmers in Invercargill that the co-op expected prices to \"bottom out\" "
            "by autumn. \"We would rather tell you the bad news now than in May,\" she said.\n\n"
            "The Southland Dairy Farmers' Association said many of its members would make a loss this season. "
            "Its president, Brent McAlister, said banks needed to be patient.\n\n"
            "\"There are young farmers who bought in at the top of the market who won't survive a second year "
            "like this,\" he said.\n\n"
            "Te Rangi added that the co-op would pay an advance to farmers who needed it in the spring. \"Our "
            "balance sheet is strong enough to carry farmers through a bad year, and that is what a "
            "co-operative is for.\""
        ),
        "Our balance sheet",
        "Aroha Te Rangi",
        "surname_added_after_other_speaker",
    ),
    # 38
    (
        (
            "The energy supplier Brightwater Energy has been ordered to pay £10.5 million after overcharging "
            "170,000 customers on prepayment meters, the regulator Ofgem said on Monday.\n\n"
            "Ofgem said the company had failed to apply a price cap correctly for 14 months. \"Prepayment "
            "customers are often the people least able to absorb a mistake like this,\" a spokeswoman for the "
            "regulator said.\n\n"
            "Brightwater said it had \"fully co-operated\" with the investigation. Its chief executive, Nicholas "
            "Fairbairn, said: \"We got this wrong and we are putting it right. Every affected customer will be "
            "repaid with interest.\"\n\n"
            "The Fuel Poverty Action Network said the penalty should have been larger. \"Ten million is a "
            "rounding error for a company this size,\" said its director, Bernadette Quayle."
        ),
        "Prepayment customers are",
        "Ofgem spokeswoman",
        "regulator_spokeswoman_unnamed",
    ),
    # 39
    (
        (
            "Almost one in three private wells tested in the west of Ireland contained E. coli, according to a "
            "study by researchers at the Corrib Institute of Technology.\n\n"
            "“People assume that because the water comes from their own land it must be clean,” said Prof Seán "
            "Ó Briain, who led the research, “and that is exactly the assumption we want to challenge.”\n\n"
            "The Environmental Protection Agency said it would review its advice to well owners in the light "
            "of the findings.\n\n"
            "Bríd Kennelly, a farmer near Tuam, had her well tested after her son fell ill. “He was in "
            "hospital for four days. We’d been drinking that water for twenty years,” she said."
        ),
        "People assume that",
        "Seán Ó Briain",
        "split_first_half_irish_name_curly",
    ),
    # 40
    (
        (
            "Shareholders in the funeral operator Evermore Group have been urged by its board to reject a "
            "$1.50-a-share takeover bid from the US company Stonegate Memorial.\n\n"
            "Evermore's board says the offer \"materially undervalues\" the company. Chairman Ian Fitzgibbon "
            "says profits have risen in each of the last four half-years.\n\n"
            "One Sydney fund manager with a stake in Evermore, who did not want to be named, says the board is "
            "right. \"They're offering a price that made sense two years ago. The business has turned around "
            "since then.\"\n\n"
            "Stonegate says in a statement that its offer is \"compelling\" and it will not raise it. "
            "\"Shareholders have a clear choice,\" the statement says.\n\n"
            "Evermore shares closed at $1.46, below the offer price."
        ),
        "They're offering a",
        "Sydney fund manager",
        "unnamed_fund_manager_place_description",
    ),
    # 41
    (
        (
            "A dispute between two of Britain's biggest frozen food makers over the recipe for a fish finger "
            "batter reached the High Court in London on Monday.\n\n"
            "Northsea Foods claims that a former development chef took the recipe with him when he joined "
            "Coastal Kitchen in 2016, and that Coastal's rival product launched eight months later.\n\n"
            "\"This is not a case about batter. It is a case about a man who walked out of one company with its "
            "secrets on a memory stick and into another,\" Andrew Pettigrew QC, for Northsea, told the court.\n\n"
            "Helen Marwood QC, for Coastal Kitchen, said the recipe was \"flour, water, salt and a great deal "
            "of marketing\" and that any competent chef could have produced it.\n\n"
            "The former employee, Gareth Lowe, who is not a party to the case, said in a witness statement "
            "that he had \"taken nothing but experience\" from Northsea. The trial continues."
        ),
        "This is not",
        "Andrew Pettigrew",
        "qc_postnominal_stripped_told_court",
    ),
    # 42
    (
        (
            "The South African Reserve Bank raised its main lending rate by 25 basis points to 7 per cent on "
            "Thursday, surprising most economists, who had expected it to stay on hold.\n\n"
            "The bank said in its statement that the weakness of the rand posed \"a significant upside risk\" to "
            "inflation.\n\n"
            "Lerato Khumalo, an economist at Umhlanga Asset Managers, said the increase would hurt consumers "
            "already stretched by higher electricity tariffs. Annelie Pretorius of Stellenbosch Capital, "
            "however, said the bank had been right to act early.\n\n"
            "\"If they wait until inflation is out of the band, it costs more to get it back. I would rather "
            "see 25 now than 75 next year,\" she said.\n\n"
            "The National Debt Counsellors' Association said it expected more households to fall behind on "
            "their bond repayments."
        ),
        "If they wait",
        "Annelie Pretorius",
        "pronoun_after_two_women_by_content",
    ),
    # 43
    (
        (
            "Software company Arbor Logic said Monday it would buy the cybersecurity startup Vantly for $640 "
            "million in cash and stock, its largest acquisition.\n\n"
            "Vantly, founded in 2014 by two former Navy engineers, makes software that watches corporate "
            "networks for unusual behavior. Its chief executive, Rosa Ibáñez, said the company had \"found the "
            "right home\".\n\n"
            "Asked on a call with analysts whether Arbor had paid too much, chief executive Nathan Crowell "
            "laughed. \"Ask me in three years. If we'd waited, somebody else would have bought them.\"\n\n"
            "Gregory Tam, an analyst at Meridian Research, said the price was about 16 times Vantly's expected "
            "revenue. \"That's rich, but not crazy for this sector,\" he said.\n\n"
            "Arbor shares fell 3.4 percent."
        ),
        "Ask me in",
        "Nathan Crowell",
        "no_verb_after_question",
    ),
    # 44
    (
        (
            "Parents in Cork and Kerry have been urged to check their children's vaccination records after 14 "
            "cases of measles were confirmed by the Health Service Executive (HSE) in three weeks.\n\n"
            "Most of the cases are in teenagers who were not vaccinated as young children.\n\n"
            "\"Measles is not a mild illness. About one in every thousand children who catch it will develop "
            "swelling of the brain,\" the HSE said on Tuesday.\n\n"
            "Dr Caoimhe Lynch, a specialist in public health medicine, said many of the teenagers had missed "
            "their vaccinations around 2002. \"There was so much fear about the MMR then, and we are still "
            "paying for it,\" she said.\n\n"
            "A mother in Mallow whose 15-year-old son is in hospital said she had not known he was "
            "unprotected. \"I thought he'd had everything,\" she said."
        ),
        "Measles is not",
        "Health Service Executive",
        "acronym_org_fullest_name",
    ),
    # 45
    (
        (
            "Oxfordshire biotech firm Helix Meadow said on Tuesday that its experimental treatment for a rare "
            "childhood liver disease had met its main goal in a mid-stage trial, sending its shares up 38 per "
            "cent.\n\n"
            "In the trial of 48 children, levels of a toxic bile acid fell by an average of 61 per cent over "
            "six months, the company said in a press release.\n\n"
            "\"These results exceeded our expectations and give real hope to families who currently have no "
            "treatment options,\" said Dr Ingrid Sørensen, the company's chief medical officer.\n\n"
            "Analysts cautioned that the trial was small. \"It's encouraging, but forty-eight patients is "
            "forty-eight patients,\" said Marcus Quinn of Pellington Securities.\n\n"
            "The Children's Liver Trust said families would want to know how soon the treatment could be made "
            "available."
        ),
        "These results exceeded",
        "Ingrid Sørensen",
        "press_release_named_executive",
    ),
    # 46
    (
        (
            "Malaysian carmaker Perdana Motor launched its first sport utility vehicle on Wednesday, priced "
            "from RM89,800, as it tries to win back buyers it has lost to Japanese brands.\n\n"
            "Chairman Tan Sri Dr Ismail Kadir said at the launch in Shah Alam that the company had already "
            "taken 7,000 bookings. “Malaysians have told us for years that they want an SUV they can afford. "
            "Today we are giving them one,” he said.\n\n"
            "“Perdana’s problem has never been the product. It has been after-sales service,” said Chua Mei "
            "Ling, an automotive analyst at Jelutong Research.\n\n"
            "Among the crowd was Mohd Faizal Rahim, 34, a teacher from Klang, who had placed a booking. “My "
            "Perdana is eleven years old and still running. I’ll give them one more chance,” he said."
        ),
        "Malaysians have told",
        "Ismail Kadir",
        "tan_sri_dr_titles_stripped_curly",
    ),
    # 47
    (
        (
            "About 6,000 workers at 120 Sunland Markets stores in Southern California walked off the job early "
            "Sunday, the first strike at the grocery chain in 14 years.\n\n"
            "Members of Grocery and Retail Workers Union Local 880 say the company's latest contract offer "
            "would make them pay far more for health insurance.\n\n"
            "\"Sunland made $310 million last year. It can afford to keep its workers healthy,\" the union said "
            "in a post on its website.\n\n"
            "Sunland said it had offered raises of 50 cents an hour in each year of a three-year contract. "
            "\"Our offer is fair, and our stores will stay open,\" spokeswoman Dana Whitfield said.\n\n"
            "Gloria Reyes, 71, a shopper in Pasadena, said she would cross the picket line, reluctantly. \"I "
            "need my prescriptions,\" she said."
        ),
        "Sunland made $310",
        "Grocery and Retail Workers Union Local 880",
        "union_website_post",
    ),
    # 48
    (
        (
            "Straits Pacific Bank apologised on Thursday after a 14-hour outage left customers unable to use "
            "its mobile app, its cash machines or their cards.\n\n"
            "The Monetary Authority of Singapore said it was \"deeply concerned\" and had ordered the bank to "
            "report on the cause within two weeks.\n\n"
            "Chief executive Ong Pei Wen, who took over in March, appeared with chief technology officer "
            "Marcus Teo at a news conference at the bank's headquarters in Marina Bay. Ms Ong bowed to the "
            "cameras before taking questions, and Mr Teo said a faulty software update had been to blame.\n\n"
            "\"I take full responsibility. Our customers trusted us with their money and we let them down,\" she "
            "said.\n\n"
            "Lim Boon Huat, 62, who runs a drinks stall in Toa Payoh, said he had been unable to pay his "
            "supplier. \"Cash only from now on,\" he said."
        ),
        "I take full",
        "Ong Pei Wen",
        "pronoun_after_two_names_ms_marker",
    ),
    # 49
    (
        (
            "Patients in the north-east of England waited longer in emergency departments last month than at "
            "any time since records began, according to figures published on Thursday.\n\n"
            "An A&E consultant in Newcastle, who asked not to be named because she was not authorised to speak "
            "to the media, said the figures understated the problem. \"We had patients on trolleys in the "
            "corridor for 20 hours last week. I've been doing this job for 15 years and I have never seen it "
            "like this,\" she said.\n\n"
            "Dr Gwen Rafferty, vice-president of the Royal College of Emergency Medicine, said the shortage of "
            "beds was \"the single biggest cause\" of the delays.\n\n"
            "The Department of Health and Social Care said an extra £250 million had been given to hospitals "
            "for the winter. \"We recognise the pressure staff are under,\" a spokesman said."
        ),
        "We had patients",
        "Newcastle A&E consultant",
        "unnamed_doctor_place_description",
    ),
    # 50
    (
        (
            "Women who drink more than two cups of coffee a day during pregnancy are slightly more likely to "
            "have a baby with a low birthweight, a study of 59,000 Australian mothers has found.\n\n"
            "The research, led by Associate Professor Katrina Bellamy at the Murray Institute for Women's "
            "Health, was published on Wednesday in a medical journal.\n\n"
            "\"The increase in risk is small, and we don't want pregnant women panicking over a single coffee,\" "
            "Professor Bellamy says.\n\n"
            "In an editorial accompanying the study, Dr Hamish Rennick, an obstetrician in Hobart, writes that "
            "the findings \"should be read with caution\". \"Heavy coffee drinkers may differ in many other ways "
            "from those who don't, and no observational study can fully account for that,\" he writes.\n\n"
            "The Cafe Owners' Association of Australia says it has no plans to put warnings on menus."
        ),
        "Heavy coffee drinkers",
        "Hamish Rennick",
        "editorial_writes_named_author",
    ),
    # 51
    (
        (
            "Junior doctors across New Zealand will strike for 48 hours next week after talks with district "
            "health boards over rosters broke down.\n\n"
            "The Junior Doctors' Union's national secretary, Philippa Crane, said: \"We've offered to keep "
            "talking right up to the last minute. The boards have said no.\"\n\n"
            "Health Minister Tama Ruawai-Hohaia said the boards had made a reasonable offer. \"I'd urge the "
            "union to put that offer to its members. I think a lot of them would take it,\" the minister told "
            "RNZ.\n\n"
            "A spokeswoman for the district health boards said about 3,000 planned operations would be "
            "postponed.\n\n"
            "Ian Galbraith, 66, of Whanganui, whose knee replacement has been cancelled twice, said he was "
            "losing patience with both sides."
        ),
        "I'd urge the",
        "Tama Ruawai-Hohaia",
        "minister_role_noun_hyphenated_maori_name",
    ),
    # 52
    (
        (
            "About 14,000 workers at Magaliesberg Platinum's three mines near Rustenburg downed tools on "
            "Monday, demanding a minimum monthly wage of R12,500.\n\n"
            "\"We are not going back underground for promises. We have had promises since 2012,\" Bheki Ntuli, "
            "the regional chairman of the Underground Workers' Union of South Africa, told thousands of "
            "strikers at a stadium outside the town.\n\n"
            "Magaliesberg Platinum said the strike was unprotected and that it would ask the Labour Court for "
            "an interdict. \"The company's offer of an 8 per cent increase remains on the table,\" spokesperson "
            "Charmaine Botha said.\n\n"
            "Henk Visagie, a mining analyst at Pretoria Capital, said a strike of more than two weeks would "
            "wipe out the company's profit for the year. \"Platinum prices are too low for anyone to win this,\" "
            "he said."
        ),
        "We are not",
        "Bheki Ntuli",
        "quote_then_name_with_long_role",
    ),
    # 53
    (
        (
            "Sales of previously owned homes in the United States fell 4.1 percent in March to their slowest "
            "pace in 18 months, the National Association of Realtors said Monday.\n\n"
            "\"Buyers are there, but there isn't enough for them to buy at prices they can pay,\" said Carmen "
            "Delgado, chief economist at Pinewood Realty Analytics.\n\n"
            "The median price rose 6.8 percent from a year earlier to $259,400. The supply of homes for sale "
            "fell to 3.4 months.\n\n"
            "\"We haven't built enough starter homes in a decade. That doesn't get fixed in one spring,\" she "
            "said.\n\n"
            "Homebuilders have been cautious, said Paul Feeney, chief executive of Granite Ridge Homes. \"Land "
            "costs too much and so does labor, and the banks want more money down,\" he said."
        ),
        "We haven't built",
        "Carmen Delgado",
        "pronoun_after_intervening_data_paragraph",
    ),
    # 54
    (
        (
            "Dublin fintech company Pennywise has delayed the British launch of its savings app by three "
            "months after regulators asked for more information about how it protects customers' money.\n\n"
            "\"We'd rather launch late than launch wrong. Thanks to everyone on the waiting list for your "
            "patience,\" the company wrote on Twitter on Tuesday.\n\n"
            "Its co-founder, Ciarán Mac Giolla, said 40,000 people had signed up to the waiting list in "
            "Britain. \"The questions the FCA asked are fair questions, and we'll answer all of them,\" he "
            "said.\n\n"
            "Colm Breathnach, a Dublin investor who is not involved with the company, said delays of this kind "
            "were common. \"Better a quarter late than a fine,\" he said."
        ),
        "We'd rather launch",
        "Pennywise",
        "company_tweet",
    ),
    # 55
    (
        (
            "The Federal Court has ordered Sydney telco Kestrel Mobile to pay $7.5 million for misleading "
            "customers about “unlimited” data plans.\n\n"
            "Kestrel’s advertisements, which ran on television and buses in 2016 and 2017, promised customers "
            "they could “stream all you want”, but speeds were cut to a crawl once users passed 40 gigabytes a "
            "month.\n\n"
            "“Unlimited means unlimited. Businesses that say one thing in their ads and do another in the fine "
            "print will be held to account,” the Australian Competition and Consumer Commission said in a "
            "statement.\n\n"
            "Kestrel’s chief executive, Tim Baxter, says the company accepts the court’s decision and has "
            "changed its advertising.\n\n"
            "Penrith tradesman Shane Doolan says his data was throttled within a fortnight of signing up. “It "
            "was unlimited until you used it,” he says."
        ),
        "Unlimited means unlimited",
        "Australian Competition and Consumer Commission",
        "regulator_statement_next_to_ad_phrase_curly",
    ),
    # 56
    (
        (
            "Talks to end a strike by 110,000 postal workers ended without agreement on Wednesday night, and "
            "the union warned of further walkouts before Christmas.\n\n"
            "Terry Haslam, deputy general secretary of the Postal and Telecom Workers Union, said the company, "
            "Parcelpost UK, had \"walked away\" from a deal that was within reach.\n\n"
            "Parcelpost said it had offered 9 per cent over three years. \"We have made a fair offer and we "
            "remain available to talk at any time,\" a company spokeswoman said.\n\n"
            "A Downing Street spokesman said: \"The Prime Minister wants both sides back round the table. "
            "Nobody wants to see Christmas post sitting in sorting offices.\"\n\n"
            "The Marketplace Traders Association, which represents small online sellers, said some of its "
            "members had switched to courier firms."
        ),
        "The Prime Minister",
        "Downing Street spokesman",
        "downing_street_spokesman_colon",
    ),
    # 57
    (
        (
            "A Singapore property developer has lost its bid to overturn an arbitration award of S$62 million "
            "to a Japanese contractor over delays at a condominium project on Sentosa.\n\n"
            "Marina Crest Developments had argued that the arbitrator ignored evidence that the contractor, "
            "Kanazawa Construction, was responsible for the delays. The Court of Appeal dismissed the "
            "challenge on Wednesday.\n\n"
            "Senior Counsel Harjit Singh Gill, who acted for Kanazawa, said the ruling sent \"a clear signal\". "
            "\"Singapore wants to be the place where contracts are enforced, and today it showed that it is,\" "
            "Mr Gill said.\n\n"
            "Marina Crest said in a statement that it was \"disappointed\" but would pay the award. Its chief "
            "executive, Serene Chua, said the company would focus on its projects in Johor."
        ),
        "Singapore wants to",
        "Harjit Singh Gill",
        "senior_counsel_mr_surname",
    ),
    # 58
    (
        (
            "The last of the four generating units at the Tyers power station in Victoria's Latrobe Valley was "
            "switched off at 11.47pm on Friday, ending 52 years of coal-fired power at the site.\n\n"
            "Owner Gippsland Energy says about 450 workers have lost their jobs, along with about 300 "
            "contractors.\n\n"
            "In Morwell, a handwritten sign in the window of a hardware shop on Commercial Road read: \"We are "
            "closing after 40 years. Thank you for your custom.\" Next door, a bakery was advertising \"power "
            "station specials\".\n\n"
            "Jenny Moravec, the Power Industry Workers Union's Gippsland organiser, says only a third of the "
            "workers have found new jobs. \"These are people with skills, and there's nowhere here to use "
            "them,\" she says.\n\n"
            "Gippsland Energy's chief executive, Matthew Crowe, says the station was no longer economic to run."
        ),
        "We are closing",
        "",
        "shop_window_sign_empty",
    ),
    # 59
    (
        (
            "Residents of three neighborhoods in Ashford, Michigan, were told Friday not to drink their tap "
            "water after tests found lead above the federal action level in 14 homes.\n\n"
            "\"We are handing out bottled water and filters at the fire station on Main Street, starting at 8 "
            "a.m. Saturday,\" City Manager Greg Polanski said.\n\n"
            "The state's environmental regulators said the source appeared to be old lead service lines.\n\n"
            "At the fire station, one resident, who asked that her name not be used because she works for the "
            "city, said she had been complaining about cloudy water since the spring. \"They told me it was air "
            "in the pipes. I have a two-year-old. I gave it to her in her bottle,\" she said.\n\n"
            "The Michigan Safe Water Alliance said the city should have warned residents months ago."
        ),
        "They told me",
        "resident",
        "unnamed_resident_declined_name",
    ),
    # 60
    (
        (
            "About 20,000 bank employees in Malaysia will picket outside their branches during lunch hours "
            "from Monday after talks on a new collective agreement stalled, their union said.\n\n"
            "The Malaysian Bank Staff Union’s secretary-general, Solomon Arokiasamy, said the banks had "
            "offered a 4 per cent pay rise but wanted to cut overtime rates. Speaking to reporters in Petaling "
            "Jaya, he said:\n\n"
            "“The banks made record profits last year. Every one of them. And now they come to us and say "
            "times are hard.\n\n"
            "“Our members are not stupid. They can read an annual report.”\n\n"
            "The Malaysian Employers’ Council for Banking said in a statement that its offer was “competitive” "
            "and that overtime rules had to change as branches moved online."
        ),
        "Our members are",
        "Solomon Arokiasamy",
        "continuation_second_paragraph_curly",
    ),
    # 61
    (
        (
            "Canterbury infant formula maker Plains Nutrition has recalled two batches of its goat's milk "
            "formula after a routine test found a bacterium that can make babies seriously ill.\n\n"
            "Managing director Stuart Hennessy said the batches had been sold in New Zealand and exported to "
            "Vietnam and Malaysia.\n\n"
            "The Ministry for Primary Industries' director of food compliance, Rachel Ngata, said no illnesses "
            "had been reported. \"This is a precaution. Parents who have the product should take it back to the "
            "shop where they bought it,\" she said.\n\n"
            "\"We test every batch, and the system did what it is supposed to do. It caught the problem,\" he "
            "said. \"I'm sorry parents have been put through this.\"\n\n"
            "Amber Reid, a Christchurch mother of twins, said she had thrown out three tins. \"You just panic,\" "
            "she said."
        ),
        "We test every",
        "Stuart Hennessy",
        "pronoun_skips_intervening_female_speaker",
    ),
    # 62
    (
        (
            "Manchester cloud accounting company Ledgerline has agreed to be bought by its US rival Summit "
            "Books for £780 million, the latest in a run of takeovers of British tech firms by American "
            "buyers.\n\n"
            "Ledgerline’s founder and chief executive, Rachel Amadi, who started the company in her spare "
            "bedroom in 2009, said that “the business now needs a bigger platform than we can build on our "
            "own.”\n\n"
            "Summit’s chief executive, Brad Halvorsen, said the Manchester office would stay open and would "
            "become the combined company’s European headquarters.\n\n"
            "The Northern Tech Alliance said the sale was “another British success story sold before it could "
            "become a giant”.\n\n"
            "One Ledgerline engineer, who asked not to be named, said staff had been told at a meeting on "
            "Monday morning. “Everyone’s slightly in shock,” he said."
        ),
        "the business now",
        "Rachel Amadi",
        "lowercase_statement_after_said_that_curly",
    ),
    # 63
    (
        (
            "Health officials in Ekurhuleni have told residents of two informal settlements to boil their "
            "drinking water after more than 200 people, most of them children, were treated for diarrhoea in a "
            "week.\n\n"
            "\"We suspect a burst sewer pipe has contaminated a communal tap, but we are still waiting for the "
            "laboratory results,\" said Dr Farouk Essop, the district's head of communicable diseases.\n\n"
            "Municipal spokesperson Themba Mahlangu said water tankers had been sent to both settlements. \"The "
            "tankers will be there every morning until the pipe is fixed and the tests are clear,\" he said.\n\n"
            "Nomsa Radebe, 39, whose two sons were treated at a clinic in Tembisa, said the family had "
            "complained about the smell of the water for weeks. Mrs Radebe said: \"We told the councillor in "
            "January. He said somebody would come. Nobody came.\""
        ),
        "We told the",
        "Nomsa Radebe",
        "mrs_surname_before_colon",
    ),
    # 64
    (
        (
            "Jurors in the trade secrets trial between two self-driving truck companies were shown an email on "
            "Tuesday that lawyers for Longhaul AI say proves a former engineer took confidential files to his "
            "new employer.\n\n"
            "The email, sent in March 2017 by Ridgeway Autonomy co-founder Evan Marchetti to a colleague, was "
            "displayed on screens in the federal courtroom in San Jose. \"Get whatever he has before he starts. "
            "We can clean it up later,\" Marchetti wrote.\n\n"
            "Ridgeway's lawyer, Catherine Aldous, told jurors the email had been \"taken wildly out of "
            "context\". \"He was talking about a résumé and a list of references, nothing more,\" she said.\n\n"
            "Marchetti is expected to testify next week. Ridgeway said in a statement that it was confident "
            "the jury would \"see through\" Longhaul's claims."
        ),
        "Get whatever he",
        "Evan Marchetti",
        "email_shown_in_court_wrote",
    ),
    # 65
    (
        (
            "The Central Bank of Ireland has decided to leave its limits on mortgage lending unchanged, "
            "rejecting calls from builders and estate agents to loosen them for first-time buyers.\n\n"
            "Under the rules, most buyers can borrow no more than three and a half times their income.\n\n"
            "\"The rules are doing what they were designed to do. They are preventing a return to the kind of "
            "lending that caused so much harm a decade ago,\" the bank said in its annual review of the "
            "measures. It added: \"Loosening them now would push prices up, not help buyers.\"\n\n"
            "Derval Fitzpatrick, chief executive of the Irish Home Builders' Association, said the decision "
            "was \"deeply disappointing\". \"Young couples on good incomes are being locked out,\" she said.\n\n"
            "Dublin estate agent Brendan Kilcoyne said asking prices in the city had already begun to level "
            "off."
        ),
        "Loosening them now",
        "Central Bank of Ireland",
        "org_pronoun_it_added_colon",
    ),
    # 66
    (
        (
            "Wattle Air has swung to a $38 million annual loss, hit by higher fuel costs and a fare war on "
            "routes between Melbourne and regional New South Wales.\n\n"
            "Chief executive Greg Tomkins says the airline will retire four of its oldest turboprops and drop "
            "two routes. “We fly where we can make money, and at the moment there are two places where we "
            "can’t,” he says.\n\n"
            "Anneke van Rooyen, an aviation analyst at Banksia Capital, says the airline’s balance sheet can "
            "handle one bad year but not two.\n\n"
            "“They’ve got enough cash to ride this out if fuel comes back. If it doesn’t, they’ll be looking "
            "for a partner,” Ms van Rooyen says.\n\n"
            "The Australian Aviation Workers Association says it has been told that about 60 jobs will go."
        ),
        "They’ve got enough",
        "Anneke van Rooyen",
        "particle_surname_ms_curly",
    ),
    # 67
    (
        (
            "Kagawa Motors is to cut 900 jobs at its engine plant in Telford, blaming falling demand for "
            "diesel engines in Europe.\n\n"
            "The company said in a statement: \"This has been a very difficult decision. We will work closely "
            "with our employees and their representatives to keep compulsory redundancies to a minimum.\"\n\n"
            "On Friday morning, leaflets had been tucked under the windscreen wipers of cars in the plant's "
            "staff car park. \"Diesel paid your bonuses for twenty years,\" they read. Nobody at the gates would "
            "say who had left them.\n\n"
            "Kevin Darby, regional officer of the Engineering and Motor Workers' Union, said the union had "
            "been given no warning. \"We found out from the radio like everybody else,\" he said.\n\n"
            "Marian Hollis, leader of Telford and Wrekin Council, said the council would set up a jobs fair."
        ),
        "Diesel paid your",
        "",
        "anonymous_leaflet_empty",
    ),
    # 68
    (
        (
            "Singapore researchers have developed a blood test that they say can detect liver cancer up to two "
            "years earlier than current scans.\n\n"
            "The test, developed at the Institute of Molecular Diagnostics, looks for fragments of tumour DNA "
            "in the blood. In a trial of 1,200 patients with hepatitis B, it picked up 41 of 47 cancers that "
            "were later confirmed.\n\n"
            "\"For patients with hepatitis B, who are at the highest risk, this could mean catching the cancer "
            "while it can still be cut out,\" according to Dr Chandra Devi Naidu, who led the work.\n\n"
            "Professor Alvin Seah, a liver surgeon at a public hospital who was not involved in the study, "
            "said the test needed to be tried on more people. \"Early results in this field have a habit of "
            "disappearing when you test a bigger group,\" he said.\n\n"
            "The institute said it was in talks with a diagnostics company, Halcyon Bio, about bringing the "
            "test to market."
        ),
        "For patients with",
        "Chandra Devi Naidu",
        "according_to_after_quote",
    ),
    # 69
    (
        (
            "About 3,400 workers at Lakeshore Tractor's two plants in Kenosha, Wisconsin, went on strike at "
            "midnight Thursday after rejecting a contract that would have created a lower pay tier for new "
            "hires.\n\n"
            "\"We voted this down because we're not going to sell out the people who come after us,\" said Dale "
            "Kowalski, 54, a welder who has worked at the company for 31 years.\n\n"
            "The company said its offer included a 10 percent raise over six years. \"We are disappointed that "
            "the union chose to strike rather than continue talks,\" spokesman Rick Ambrose said.\n\n"
            "Sheila Marchand, president of Local 72 of the Farm Equipment Workers union, said members would "
            "picket around the clock.\n\n"
            "The 54-year-old said he had worked under a two-tier contract before. \"I've seen what it does on "
            "the floor. You have two guys doing the same job and one of them can't make rent,\" he said."
        ),
        "I've seen what",
        "Dale Kowalski",
        "age_noun_reference",
    ),
    # 70
    (
        (
            "A hospital in Cumbria has stopped routine operations for two weeks after an outbreak of norovirus "
            "closed six wards.\n\n"
            "North Pennine Hospitals NHS Foundation Trust said 74 patients and 31 staff had been affected at "
            "the Eden Valley Infirmary in Penrith.\n\n"
            "\"We know how upsetting it is to have an operation cancelled, and we will rebook every patient as "
            "soon as it is safe to do so,\" the trust said in a statement. \"We are asking people not to visit "
            "if they have had sickness or diarrhoea in the last 48 hours.\"\n\n"
            "Dr Alison Heap, the trust's director of infection prevention, said the outbreak had peaked.\n\n"
            "Gordon Fell, 71, from Appleby, had his hip replacement cancelled the day before it was due. \"I've "
            "waited 14 months. What's another two weeks, I suppose,\" he said."
        ),
        "We are asking",
        "North Pennine Hospitals NHS Foundation Trust",
        "trust_statement_second_half",
    ),
    # 71
    (
        (
            "Brisbane start-up Solara Home has launched a home battery that it says costs half as much as the "
            "leading imported models.\n\n"
            "The battery, sold as the \"Solara One\", stores 10 kilowatt-hours and will be made at a factory in "
            "Logan from next year.\n\n"
            "Co-founder Jarrah Pickering says: \"Every house in Queensland with solar panels is sending power "
            "back to the grid for almost nothing in the afternoon and buying it back at night for thirty "
            "cents. That's mad.\"\n\n"
            "Hugh Carmody, an analyst at SunMetrics, says the market is crowded. \"Price isn't the only thing. "
            "People want to know the company will still be around in ten years,\" he says.\n\n"
            "The Smart Energy Users Association says it will test the battery later this year."
        ),
        "Every house in",
        "Jarrah Pickering",
        "before_colon_present_says_next_to_product_name",
    ),
    # 72
    (
        (
            "Small brewers have warned that a planned change to beer duty relief could force as many as 400 of "
            "them to close.\n\n"
            "\"We are not asking for a handout. We are asking the Treasury not to take away the one thing that "
            "lets a small brewery compete with a multinational,\" said Margaret Oyelaran, who chairs the "
            "Independent Brewers' Guild and runs a brewery in Hackney, east London.\n\n"
            "The Treasury said the current relief was \"poorly targeted\" and that the changes would be "
            "consulted on.\n\n"
            "The British Brewing Association, which represents larger brewers, said the present system was "
            "distorting the market. Tony Keegan, landlord of the Three Tuns in Lewes, said small brewers kept "
            "his pub's bar interesting."
        ),
        "We are not",
        "Margaret Oyelaran",
        "long_apposition_after_name",
    ),
    # 73
    (
        (
            "Tourism operators in Rotorua say a government support package announced on Tuesday will keep some "
            "of them alive until international visitors return, but not all of them.\n\n"
            "The $400 million package includes grants of up to $50,000 for businesses that can show a 50 per "
            "cent fall in revenue, Tourism Minister Kiri Matheson said.\n\n"
            "For Hemi Walker, who runs a guided-walk business on the shores of Lake Rotorua, the grant will "
            "cover about three months of costs. “We went from forty bookings a day to none in a week. You "
            "can’t plan a business around that.”\n\n"
            "Gillian Fraser, who chairs the Rotorua Tourism Operators’ Network, said the package would “help "
            "the strong ones”. “I’d like to see support that lasts as long as the border is shut,” Ms Fraser "
            "said."
        ),
        "We went from",
        "Hemi Walker",
        "for_name_no_verb_curly",
    ),
    # 74
    (
        (
            "Mobile network operator Lumo Mobile says more than 1,800 of its towers were knocked off the air "
            "on Wednesday night as Eskom cut power for up to six hours at a time across Gauteng.\n\n"
            "\"Stage four load shedding is necessary to protect the grid. We apologise to South Africans for "
            "the inconvenience,\" the power utility said in a statement.\n\n"
            "Lumo's chief technology officer, Siyabonga Zulu, said batteries at many towers had been stolen. "
            "\"We replace them and within a week half of them are gone again,\" he said.\n\n"
            "The Johannesburg Chamber of Small Business said members had lost card payments for most of the "
            "evening. Pretoria bakery owner Elsabe Fourie said she had turned customers away. \"No signal, no "
            "card machine, no sale,\" she said."
        ),
        "Stage four load",
        "Eskom",
        "org_by_description_power_utility",
    ),
    # 75
    (
        (
            "Honeybee colonies exposed to low doses of a common fungicide were twice as likely to lose their "
            "queen over winter, according to a study published Wednesday by researchers at Cascade State "
            "University.\n\n"
            "The study was led by a husband-and-wife team, entomologists Mark and Laura Hennig, who tracked "
            "180 hives in Oregon's Willamette Valley over three years.\n\n"
            "\"Nobody was looking at fungicides, because they're not designed to kill insects,\" Laura Hennig "
            "said. Mark Hennig said the effect showed up only in winter, when colonies are under the most "
            "stress.\n\n"
            "\"What surprised us was how low the doses were. These are amounts you'd find in the pollen of a "
            "sprayed orchard on a normal day,\" she said.\n\n"
            "CropShield, which makes the fungicide, said in a statement that its product \"has been extensively "
            "tested and is safe for bees when used according to the label\"."
        ),
        "What surprised us",
        "Laura Hennig",
        "shared_surname_pronoun_by_sex",
    ),
    # 76
    (
        (
            "Hundreds of e-hailing drivers drove in a slow convoy around Kuala Lumpur's Dataran Merdeka on "
            "Monday to protest against a cut in fares by the ride-hailing company Laju.\n\n"
            "The protest was organised by Persatuan Pemandu E-Hailing Malaysia (PPEM), which says it "
            "represents 30,000 drivers.\n\n"
            "\"Drivers are paying for petrol, insurance and car loans. A 15 per cent fare cut means many of us "
            "will work 12 hours and take home nothing,\" the PPEM said in a memorandum handed to the company.\n\n"
            "Its president, Mohd Azlan Sulaiman, said drivers would hold a second convoy next week if the "
            "company did not respond.\n\n"
            "Laju said the cut was temporary. \"We are confident that lower fares will bring more passengers "
            "and more trips for drivers,\" spokeswoman Jasmine Lau said."
        ),
        "Drivers are paying",
        "Persatuan Pemandu E-Hailing Malaysia",
        "malay_org_acronym_memorandum",
    ),
    # 77
    (
        (
            "Glenmorven, one of the last family-owned whisky distilleries on Speyside, has been sold to a "
            "French drinks group for an undisclosed sum believed to be about £60 million.\n\n"
            "The Grant-Mackie family, which has owned the distillery since 1868, said in a statement that "
            "there was \"no one in the next generation who wants to run it\".\n\n"
            "Maison Delorme said it would keep the Glenmorven name and double production within five years. "
            "Its chief executive, Antoine Baret, said: \"We are buying a distillery, not a brand. Nothing about "
            "the way this whisky is made will change.\"\n\n"
            "In the village, the news was met with a shrug. One worker, who has been at the distillery for 22 "
            "years and did not want to be named, said staff had been told at a meeting on Monday. \"The French "
            "will have more money to spend on it than the family ever did. Ask me again in five years,\" he "
            "said."
        ),
        "The French will",
        "distillery worker",
        "unnamed_worker_description",
    ),
    # 78
    (
        (
            "A nursing home in Co Mayo has been told to improve fire safety and staffing after inspectors "
            "found that residents had been left without a nurse on duty overnight on three occasions.\n\n"
            "The Health Information and Quality Authority report, published on Thursday, said inspectors had "
            "found \"significant non-compliance\" at Ardmore House in Castlebar.\n\n"
            "\"Residents told inspectors they were well cared for by staff who knew them, but there were not "
            "always enough staff to meet their needs,\" the report said.\n\n"
            "The home's owner, Padraig Tierney, said: \"We have recruited two more nurses and the fire doors "
            "have been replaced. We accept the findings in full.\"\n\n"
            "Una Keaveney, whose father lives at the home, said she had never had a complaint about the care. "
            "\"The staff are run off their feet, that's all,\" she said."
        ),
        "Residents told inspectors",
        "Health Information and Quality Authority",
        "inspection_report_no_author",
    ),
    # 79
    (
        (
            "Shares of Pinecrest Outdoor, the camping gear retailer, fell 18 percent in after-hours trading "
            "Tuesday after the company cut its full-year sales forecast, citing a wet spring and weaker demand "
            "for tents.\n\n"
            "\"We had the wrong products in the wrong stores at the wrong time,\" chief executive Linda Park "
            "told analysts on a conference call. She said the company would close 12 of its 210 stores.\n\n"
            "Net income for the quarter ended May 31 was $14.2 million, or 31 cents a share, down from $22.8 "
            "million, or 49 cents, a year earlier.\n\n"
            "Tom Reilly of Ashgrove Research said the new forecast was worse than he had expected. \"The summer "
            "quarter is usually their best. If they're guiding down now, the back half of the year is in real "
            "trouble.\"\n\n"
            "Pinecrest said in a statement that it remained \"confident in our long-term strategy\"."
        ),
        "The summer quarter",
        "Tom Reilly",
        "no_verb_after_reported_sentence_analyst",
    ),
    # 80
    (
        (
            "Singapore’s Land Transport Authority has ordered the recall of about 3,000 electric scooters of "
            "the Zoomit brand after three fires in flats in the past two months.\n\n"
            "The authority said in a statement that tests had found the scooters’ batteries did not meet the "
            "UL2272 safety standard. Owners have been told to stop charging them at home.\n\n"
            "The distributor, Velo Asia, said it would refund buyers in full.\n\n"
            "Among those affected was Suresh Rajendran, 41, a food delivery rider whose scooter caught fire "
            "while charging in his flat in Jurong West last month. In a Facebook post, he wrote: “My son was "
            "asleep in the next room. If my wife had not smelled the smoke, I don’t want to think about what "
            "would have happened.”\n\n"
            "A Singapore Civil Defence Force spokesman said most of the fires it had attended involving such "
            "devices had started during charging."
        ),
        "My son was",
        "Suresh Rajendran",
        "facebook_post_wrote_colon_curly",
    ),
]
