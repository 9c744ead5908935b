"""Quotations: spans, kinds and speakers, on the real corpus and on made-up sentences."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samestory.evaluate import annotated_texts, evaluate_quotes, load_annotations, match_spans
from samestory.quotes import QUOTE_COLUMNS, extract_quotes, highlight_html, quote_speakers, quotes_in


def assert_offsets(text, table):
    """Every span, mention and cue gives its own text back."""
    for row in table.itertuples(index=False):
        assert 0 <= row.start <= row.end <= len(text)
        assert text[row.start : row.end] == row.text
        assert text[row.mention_start : row.mention_end] == row.speaker_mention
        assert text[row.cue_start : row.cue_end] == row.cue
        assert "\n" not in row.text


def one(text, words):
    """The row whose text starts with ``words``."""
    table = extract_quotes(text)
    rows = table[table["text"].str.startswith(words)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]


# ---------------------------------------------------------------- the corpus


def test_offsets_on_every_annotated_article():
    for text in annotated_texts()["text"]:
        assert_offsets(text, extract_quotes(text))


def test_quote_speakers_gives_what_extract_quotes_gives():
    for text in annotated_texts()["text"]:
        table = extract_quotes(text)
        quotes, people = quote_speakers(text)
        assert quotes == list(zip(table["start"], table["end"], table["speaker"]))
        assert all(len(name.split()) >= 2 for name in people)
        # Asking for some quotations only: those get the same speaker, the others none.
        wanted = [start for start in table["start"][::2]]
        some, _ = quote_speakers(text, wanted=wanted)
        assert [s for _, _, s in some] == [sp if start in wanted else "" for start, sp in zip(table["start"], table["speaker"])]


def test_meets_the_targets_on_the_three_articles():
    scores = evaluate_quotes().set_index("set")
    assert scores.loc["seed", "f1"] >= 0.97
    assert scores.loc["seed", "speaker_accuracy"] >= 0.90


def test_every_seed_statement_has_the_right_speaker(corpus):
    gold = load_annotations("quotes")
    gold = gold[(gold["set"] == "seed") & (gold["kind"] == "statement")]
    predicted = quotes_in(corpus)
    pairs = match_spans(gold, predicted)
    assert len(pairs) == len(gold)
    wrong = [
        (gold.at[g, "text"][:40], gold.at[g, "speaker"], predicted.at[p, "speaker"])
        for g, p in zip(pairs["gold"], pairs["predicted"])
        if gold.at[g, "speaker"] != predicted.at[p, "speaker"]
    ]
    assert wrong == []


def test_continued_paragraph_convention_in_kent(corpus):
    text = corpus.set_index("article_id").loc["kent", "text"]
    quotes = extract_quotes(text)
    gillan = quotes[quotes["speaker"] == "Steve Gillan"]
    # Four paragraphs, three left open, the last closed, all one quotation.
    assert gillan["continued"].tolist() == [True, True, True, False]
    assert gillan["run_id"].nunique() == 1
    assert gillan["paragraph"].diff().dropna().eq(1).all()
    assert gillan["attribution"].tolist() == ["before", "run", "run", "run"]
    # The opening marks mix straight and curly, as published.
    assert set(gillan["open_mark"]) == {'"', "“"}


def test_mr_and_pronouns_become_full_names(corpus):
    text = corpus.set_index("article_id").loc["worcestershire", "text"]
    assert one(text, "I agree with those")["speaker"] == "David Gauke"  # "He told reporters:"
    assert one(text, "I agree with those")["speaker_mention"] == "He"
    assert one(text, "I am pleased")["speaker"] == "Rory Stewart"  # "Mr Stewart said ..."
    assert one(text, "The protest can't")["speaker"] == "Steve Gillan"  # '," he said.'
    assert one(text, "The unprecedented")["speaker"] == "POA spokesman"
    nested = one(text, "And so while")
    assert "'no-one should ever protest" in nested["text"]  # a single quote inside is not a row


def test_apostrophes_are_not_quotation_marks(corpus):
    for text in corpus["text"]:
        for row in extract_quotes(text).itertuples():
            assert not row.text.startswith(("s ", "s.", "ve ")), row.text


def test_phrases_and_statements_in_worcestershire(corpus):
    text = corpus.set_index("article_id").loc["worcestershire", "text"]
    quotes = extract_quotes(text).set_index("text")
    assert quotes.loc["wrong", "kind"] == "phrase"
    assert quotes.loc["wrong", "speaker"] == "David Gauke"
    assert quotes.loc["wrong", "cue"] == "branded"
    assert quotes.loc["steadily", "speaker"] == "Ministry of Justice"
    assert quotes.loc["dangerous lack of control", "speaker"] == ""


# ---------------------------------------------------------------- made-up sentences


@pytest.mark.parametrize(
    "text, words, speaker, attribution",
    [
        ('Union leader Jo Bell said: "We will strike."', "We will", "Jo Bell", "before"),
        ('"We will strike," said union leader Jo Bell.', "We will", "Jo Bell", "after"),
        ('"We will strike," Jo Bell, the union leader, told reporters.', "We will", "Jo Bell", "after"),
        ('Jo Bell tweeted: "Out we go."', "Out we", "Jo Bell", "before"),
        ('Jo Bell branded the offer "an insult".', "an insult", "Jo Bell", "before"),
        ('Jo Bell warned the talks were "close to collapse".', "close to", "Jo Bell", "before"),
        ('Jo Bell insisted: "No deal."', "No deal", "Jo Bell", "before"),
        ('Jo Bell urged members to "stand firm".', "stand firm", "Jo Bell", "before"),
        ('The deal is "dead", according to Jo Bell.', "dead", "Jo Bell", "after"),
        ('Minister Sam Ray, who met the union, said, "Talks went well."', "Talks", "Sam Ray", "before"),
        ('A Home Office spokeswoman said: "We do not comment."', "We do", "Home Office spokeswoman", "before"),
        ('One nurse said: "We are tired."', "We are", "nurse", "before"),
        ('"I am tired," said a nurse using the pseudonym Ann.', "I am", "Ann", "after"),
    ],
)
def test_attribution_patterns(text, words, speaker, attribution):
    row = one(text, words)
    assert row["speaker"] == speaker
    assert row["attribution"] == attribution
    assert_offsets(text, extract_quotes(text))


def test_split_quote_and_pronoun():
    text = 'Captain Ann Roe led the search. "It is never easy," she said. "We know this is hard."'
    quotes = extract_quotes(text)
    assert quotes["speaker"].tolist() == ["Ann Roe", "Ann Roe"]
    assert quotes["kind"].tolist() == ["statement", "statement"]
    assert quotes["attribution"].tolist() == ["after", "split"]
    assert quotes["speaker_mention"].tolist() == ["she", "she"]


def test_pronoun_takes_the_most_recent_compatible_speaker():
    text = (
        'Mr Tom Hale said the plan was "fine".\n'
        'Ms Eva Stone said it was "reckless". "We will fight it," she said.\n'
        '"It will pass," he said.'
    )
    speakers = extract_quotes(text).set_index("text")["speaker"]
    assert speakers["We will fight it,"] == "Eva Stone"
    assert speakers["It will pass,"] == "Tom Hale"


def test_continuation_paragraphs_inherit_their_run():
    text = 'Ann Roe said: "First part.\n\n"Second part.\n\n"Third part."\n\nIt rained.'
    quotes = extract_quotes(text)
    assert quotes["speaker"].tolist() == ["Ann Roe"] * 3
    assert quotes["continued"].tolist() == [True, True, False]
    assert quotes["run_id"].tolist() == [0, 0, 0]
    assert quotes["paragraph"].tolist() == [0, 1, 2]


def test_apostrophes_and_single_quotes():
    text = "The drivers' union called it 'a disgrace'. It's the ’90s again at Fishmongers' Hall."
    quotes = extract_quotes(text)
    assert quotes["text"].tolist() == ["a disgrace"]
    assert quotes.loc[0, "open_mark"] == "'"


def test_single_quotes_inside_double_are_part_of_the_quotation():
    text = "He said: \"They call it 'reform' but it is not.\""
    assert extract_quotes(text)["text"].tolist() == ["They call it 'reform' but it is not."]


def test_european_marks():
    text = "Il a dit : « Nous partons ». Er sagte: „Wir bleiben.“ Then: «Yes»."
    assert extract_quotes(text)["text"].tolist() == ["Nous partons", "Wir bleiben.", "Yes"]


def test_bracketed_insertions_stay_inside():
    text = 'She said "[the union] will not back down".'
    assert extract_quotes(text)["text"].tolist() == ["[the union] will not back down"]


def test_block_quotation_with_credit_line():
    text = "The dispatcher asked:\n\n Are they locked inside? [...] Is anyone hurt?\n\n – Coast Guard dispatcher, CNN\n\nIt ended."
    quotes = extract_quotes(text)
    assert quotes["text"].tolist() == ["Are they locked inside? [...] Is anyone hurt?"]
    assert quotes.loc[0, "speaker"] == "Coast Guard dispatcher"
    assert quotes.loc[0, "attribution"] == "credit"
    assert extract_quotes(text, block_quotes=False).empty


def test_labels_at_the_start_of_a_caption_are_phrases():
    text = '"Revoke article 50" poster at the march. Image: A. Person.'
    assert extract_quotes(text)["kind"].tolist() == ["phrase"]


def test_a_stray_space_after_the_opening_mark_still_opens():
    text = 'Rebels posed as traders. " I was given clothes to look like a merchant," said Tom Hale.'
    quotes = extract_quotes(text)
    assert quotes["text"].tolist() == ["I was given clothes to look like a merchant,"]
    assert quotes.loc[0, "speaker"] == "Tom Hale"


def test_wiki_italic_marks_are_not_quotation_marks():
    text = "Under the title ''Encouraging People to Contribute'', Google announced a tool."
    assert extract_quotes(text).empty


def test_whole_sentences_after_according_to_are_a_statement():
    text = 'According to the proposed definition, "A planet is a celestial body that has sufficient mass."'
    assert extract_quotes(text)["kind"].tolist() == ["statement"]


def test_a_cut_sentence_standing_alone_is_a_statement():
    text = 'Ana Ruiz agrees that firms must act. "...companies need to respond with grace, even under scrutiny."'
    assert extract_quotes(text)["kind"].tolist() == ["statement"]


@pytest.mark.parametrize(
    "text",
    [
        'The minister said that "the trend is slowing and the worst is behind us."',
        'Ana Ruiz added "there could be a second wave in the autumn".',
        'The city was quiet on Monday.\n\n" The shelling must stop now, before more children die," said Tom Hale.',
        'The mayor put it plainly: " The shelling must stop now, before more children die."',
        'Her lawyer told the BBC after the verdict "My client is relieved that this is over at last."',
        'The coach told her "You are the best player on this team."',
        'The governor told CNN Turk that "villages made of mud brick were flattened in minutes."',
        'Tom Hale refused to sign, saying "I will not put my name to this deal."',
        'According to police, "the road will reopen on Monday."',
        'According to Ann Roe, a councillor, "the road will reopen on Monday," the BBC reported.',
        '"It sounded like a bomb going off," as one neighbour described it.',
        'Ann Roe said:\n\n"We will fight this all the way"',
    ],
)
def test_a_whole_sentence_after_a_reporting_verb_is_a_statement(text):
    # in lower case right after "said that" or "added", or opened by a mark with a space after it
    assert extract_quotes(text)["kind"].tolist() == ["statement"]


@pytest.mark.parametrize(
    "text",
    [
        'The rovers dug a trench informally called "Baby Bear Two Is Here".',
        'Crowds chanted slogans like "Down with the regime, down with the army!"',
        'A crackdown on protesters, he said, "will not make legitimate calls for reform go away."',
        'Ana Ruiz said the plan was "a disgrace".',
        'Tom Hale said the "NO PETS, NO CHILDREN, NO EXCEPTIONS" sign was taken down.',
        'Protesters held a banner that read "Cameron and Wen: human rights before trade."',
        'Ana Ruiz attacked what she calls "the worst trade deal in our history."',
        'A crackdown on protesters, Ana Ruiz said, "will not make legitimate calls for reform go away."',
        'The minister said that "the trend is slowing and the worst is behind us"  and left.',
        'According to police, the driver was "very lucky to be alive."',
        'Lord Hale decided, according to the summary, "that the advice was not reviewable on the normal grounds."',
        '"Tomato terrorism," as Morozov jokingly called it, claimed several victims that summer.',
    ],
)
def test_names_labels_and_words_inside_the_writers_sentence_are_phrases(text):
    assert extract_quotes(text)["kind"].tolist() == ["phrase"]


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n ", "No quotation marks here.", '"', "'", "\"\"\"\"", '" " "', "«", "»»", "„", "“”", "'''",
     'He said "yes and she said "no". Then "never', "It's the drivers' 'union", "\n\n“\n”\n"],
)  # fmt: skip
def test_odd_input_gives_a_table_not_an_error(text):
    quotes = extract_quotes(text)
    assert list(quotes.columns) == QUOTE_COLUMNS
    assert_offsets(text, quotes)


def test_empty_text_gives_the_columns_with_their_types():
    quotes = extract_quotes("")
    assert quotes.empty
    assert quotes["start"].dtype == "int64"
    assert quotes["continued"].dtype == bool


def test_text_that_lost_its_paragraph_breaks_reads_a_reopened_quotation_as_a_run():
    # copied from a web page as one line: the second opening mark is where a paragraph began
    text = "Ann Roe spoke on Friday. “We will not give up. We never have,” she said. “Our members deserve better. “We will fight for every job.” The union disagreed."
    quotes = extract_quotes(text)
    assert quotes["text"].tolist() == ["We will not give up. We never have,", "Our members deserve better.", "We will fight for every job."]
    assert quotes["speaker"].tolist() == ["Ann Roe"] * 3
    assert quotes["continued"].tolist() == [False, True, False]
    assert quotes["run_id"].tolist() == [0, 1, 1]
    assert quotes["paragraph"].tolist() == [0, 0, 0]  # the text's own paragraphs
    straight = 'Ann Roe said: "First part of it. "Second part." Then the talks ended.'
    assert extract_quotes(straight)["text"].tolist() == ["First part of it.", "Second part."]


def test_a_quotation_opening_with_a_capital_after_an_abbreviation_starts_a_sentence():
    text = 'A general expects a launch as a "Christmas gift" to the U.S. "What I expect is a long-range missile," said Gen. Ann Roe.'
    quotes = extract_quotes(text)
    assert quotes["kind"].tolist() == ["phrase", "statement"]
    assert quotes.loc[1, "speaker"] == "Ann Roe"


def test_a_curly_single_mark_spaced_on_both_sides_closes_an_open_quotation():
    # a subhead run into the text, as text copied from a web page may have it
    text = "They were deported. ‘We are very concerned ’ In a statement, the agency said it was worried about the men's fate."
    assert extract_quotes(text)["text"].tolist() == ["We are very concerned"]
    # (but a spaced apostrophe inside a single-quoted statement does not close it)
    assert extract_quotes("‘The workers ’ union is angry,’ said Ann Roe.")["text"].tolist() == ["The workers ’ union is angry,"]


def test_a_quotation_inside_a_quotation_is_not_a_lost_paragraph_break():
    text = 'Ann Roe said: "He told me "go home" and I went," at the hearing.'
    assert extract_quotes(text)["text"].tolist() == ['He told me "go home" and I went,']
    # (a sentence inside the quotation that opens with one: read nested, every quotation closes)
    for text, words in (
        ('"It was awful. "Titanic" is still my favourite film," said Jo Kim.', 'It was awful. "Titanic" is still my favourite film,'),
        ('"We won\'t go. "Never," we said," said Ali Hassan, a farmer in Sindh.', 'We won\'t go. "Never," we said,'),
        ("“We are tired. “Normal” does not exist any more,” said Dr Amal Saad.", "We are tired. “Normal” does not exist any more,"),
    ):
        quotes = extract_quotes(text)
        assert quotes["text"].tolist() == [words]
        assert quotes.loc[0, "kind"] == "statement" and quotes.loc[0, "speaker"] != ""


def test_a_nickname_after_a_title_is_not_a_new_sentence():
    for text in ('Dr. "Mike" Ryan said the virus was spreading.', 'J.R. "Bob" Dobbs said it.', 'Lt. Col. "Ollie" North testified.'):
        assert extract_quotes(text)["kind"].tolist() == ["phrase"]


def test_a_quote_that_never_closes_runs_to_its_paragraph_end():
    text = 'He said: "This goes on and on\nNext paragraph without a mark.'
    quotes = extract_quotes(text)
    assert quotes["text"].tolist() == ["This goes on and on"]
    assert quotes.loc[0, "continued"]


def test_a_quote_left_open_in_the_last_paragraph_ends_the_reading():
    text = 'Ann Roe spoke first.\n\nShe said: "We will stay until the end'
    quotes = extract_quotes(text)
    assert quotes["text"].tolist() == ["We will stay until the end"]
    assert quotes.loc[0, "speaker"] == "Ann Roe"


def test_the_opening_paragraphs_of_a_quotation_take_the_speaker_its_last_paragraph_names():
    text = '"We are not asking for special treatment.\n\n"We want the same bus as everyone," said Ann Roe.'
    quotes = extract_quotes(text)
    assert quotes["speaker"].tolist() == ["Ann Roe", "Ann Roe"]
    assert quotes["run_id"].nunique() == 1


def test_a_quotation_alone_takes_the_source_the_next_paragraph_names():
    text = '"We lost everything."\n\nThose were the words of Ann Roe, whose stall burned down.'
    assert extract_quotes(text).loc[0, "speaker"] == "Ann Roe"


def test_unbalanced_marks_degrade_to_the_best_reading():
    text = 'A "stray mark. Then Ann Roe said: "Fine." And a stray close" here.'
    quotes = extract_quotes(text)
    assert_offsets(text, quotes)
    assert len(quotes) >= 1


def test_a_stray_space_before_a_closing_mark_still_closes_it():
    text = 'Ibok said, "Troops will be paid next week. " Chad agreed. Allami said, "Chad welcomes the deal."'
    quotes = extract_quotes(text)
    assert quotes["text"].tolist() == ["Troops will be paid next week.", "Chad welcomes the deal."]
    assert quotes["speaker"].tolist() == ["Ibok", "Allami"]


def test_very_long_paragraph_gives_every_quotation():
    sentence = 'Ann Roe said "we will not go" and left. '
    text = sentence * 5000  # one paragraph of 200,000 characters (benchmarks/bench_quotes.py times it)
    quotes = extract_quotes(text)
    assert len(quotes) == 5000
    assert (quotes["speaker"] == "Ann Roe").all()


alphabet = st.sampled_from(list("ab AB.,:;-\n'\"“”‘’«»„") + ["said", "Mr", " he", "Ann Roe", "told", " – ", "[...]"])


@settings(max_examples=300, deadline=None)
@given(st.lists(alphabet, max_size=60).map("".join))
def test_property_spans_lie_inside_the_text(text):
    quotes = extract_quotes(text)
    assert_offsets(text, quotes)
    assert quotes["start"].is_monotonic_increasing
    assert set(quotes["kind"]) <= {"statement", "phrase"}


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_property_any_unicode_text(text):
    assert_offsets(text, extract_quotes(text))


# ---------------------------------------------------------------- corpus table and HTML


def test_quotes_in_keeps_article_and_outlet(corpus):
    quotes = quotes_in(corpus)
    assert list(quotes.columns[:2]) == ["article_id", "outlet"]
    assert set(quotes["article_id"]) == set(corpus["article_id"])
    assert set(quotes["speaker_group"]) <= {"union", "government", "other"}
    groups = quotes.drop_duplicates("speaker").set_index("speaker")["speaker_group"]
    assert groups["Steve Gillan"] == "union"
    assert groups["Rory Stewart"] == "government"
    assert groups[""] == "other"


def test_quotes_in_with_an_empty_corpus():
    empty = pd.DataFrame({"article_id": [], "outlet": [], "text": []})
    quotes = quotes_in(empty)
    assert quotes.empty
    assert "speaker_group" in quotes.columns


def test_tables_without_rows_have_the_column_types_of_tables_with_rows(corpus):
    with_rows = quotes_in(corpus).dtypes
    assert quotes_in(corpus.iloc[:0]).dtypes.equals(with_rows)
    no_quotes = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "X"], "text": ["", "No quotation here."]})
    assert quotes_in(no_quotes).dtypes.equals(with_rows)
    # one article without quotations among others changes no column's type
    assert quotes_in(pd.concat([corpus, no_quotes], ignore_index=True)).dtypes.equals(with_rows)
    assert extract_quotes("").dtypes.equals(extract_quotes(corpus["text"].iloc[0]).dtypes)


def test_quotes_in_with_two_processes_gives_the_same_table(corpus):
    # the bundled articles twice over, so each process gets more than one article to read
    doubled = pd.concat([corpus, corpus.assign(article_id=corpus["article_id"] + "-again")], ignore_index=True)
    one_by_one = quotes_in(doubled)
    side_by_side = quotes_in(doubled, processes=2)
    pd.testing.assert_frame_equal(side_by_side, one_by_one)
    assert one_by_one["article_id"].str.endswith("-again").sum() * 2 == len(one_by_one)


@pytest.mark.parametrize("processes", [0, -1, 1.5, "2", True])
def test_quotes_in_says_what_processes_must_be(corpus, processes):
    with pytest.raises(ValueError, match="processes must be a whole number of 1 or more"):
        quotes_in(corpus, processes=processes)


def test_highlight_escapes_article_text():
    text = 'Ann <b>Roe</b> & co said: "<script>alert(1)</script> is fine."'
    html_text = highlight_html(text, extract_quotes(text))
    assert "<script>" not in html_text and "<b>" not in html_text
    assert "&lt;script&gt;" in html_text and "&amp; co" in html_text
    assert html_text.count("<mark") == 1


def test_a_quotation_after_a_connective_that_opens_the_sentence_is_a_statement():
    text = 'Ali Wyne spoke. "China is the main rival," he said. But "President Trump is the most prominent dissenter."'
    quotes = extract_quotes(text)
    assert quotes["kind"].tolist() == ["statement", "statement"]
    # (a connective before a phrase inside the sentence leaves it a phrase)
    assert extract_quotes('But the "deal" fell through, he said.')["kind"].tolist() == ["phrase"]
