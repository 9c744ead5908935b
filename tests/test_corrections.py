"""Speaker corrections: a lecturer's own fixes reach every table built by quotes_in."""

import pandas as pd
import pytest

from samestory.corrections import CHECK_REASONS, correct_speakers, speaker_corrections, speakers_to_check
from samestory.errors import CorpusError
from samestory.quotes import extract_quotes, quotes_in

TEXT = (
    'Ann Roe said: "We will wait."\n\n'
    '"The union is wrong," said Tom Hale. "The rota has been agreed.\n\n'
    '"Every prison is safe.\n\n'
    '"We expect officers back by noon."'
)


@pytest.fixture
def one_article():
    return pd.DataFrame({"article_id": ["a"], "outlet": ["Daily Example"], "text": [TEXT]})


def start_of(quotes, words):
    return int(quotes.loc[quotes["text"].str.startswith(words), "start"].iloc[0])


def test_the_pack_table_is_there_and_empty():
    table = speaker_corrections()
    assert table.empty
    assert list(table.columns) == ["article_id", "start", "speaker", "note", "line"]


def test_a_fix_changes_the_speaker_and_its_group(write, corpus):
    quotes = quotes_in(corpus)
    row = quotes[quotes["kind"].eq("statement") & quotes["speaker_group"].eq("government")].iloc[0]
    path = write("fixes.csv", f"article_id,start,speaker,note\n{row.article_id},{row.start},Steve Gillan,test\n")
    fixed = quotes_in(corpus, corrections=path)
    changed = fixed[fixed["corrected"]]
    run = quotes[(quotes["article_id"] == row.article_id) & (quotes["run_id"] == row.run_id)]
    assert changed.index.tolist() == run.index.tolist()  # the quotation and the paragraphs that go on with it
    assert set(changed["speaker"]) == {"Steve Gillan"}
    assert set(changed["speaker_group"]) == {"union"}  # the group follows the fixed speaker
    rest = fixed[~fixed["corrected"]].drop(columns="corrected")
    assert rest.equals(quotes[~fixed["corrected"]].drop(columns="corrected"))  # nothing else moved


def test_without_corrections_nothing_is_marked(corpus):
    assert not quotes_in(corpus)["corrected"].any()


def test_a_fix_runs_on_through_the_paragraphs_of_its_quotation(one_article):
    quotes = quotes_in(one_article)
    run = quotes[quotes["run_id"] == quotes.loc[quotes["text"].str.startswith("The rota"), "run_id"].iloc[0]]
    assert len(run) == 3  # the rota sentence, and two paragraphs that go on with it
    fixes = pd.DataFrame({"article_id": ["a"], "start": [start_of(quotes, "The rota")], "speaker": ["Eva Stone"]})
    fixed = quotes_in(one_article, corrections=fixes)
    assert fixed.loc[run.index, "speaker"].tolist() == ["Eva Stone"] * 3
    assert fixed.loc[fixed["text"].str.startswith("The union"), "speaker"].tolist() == ["Tom Hale"]  # another quotation


def test_a_later_paragraph_with_its_own_fix_keeps_it(one_article):
    quotes = quotes_in(one_article)
    fixes = pd.DataFrame(
        {
            "article_id": ["a", "a"],
            "start": [start_of(quotes, "The rota"), start_of(quotes, "Every prison")],
            "speaker": ["Eva Stone", "Jo Bell"],
        }
    )
    fixed = quotes_in(one_article, corrections=fixes).set_index("text")
    assert fixed.loc["The rota has been agreed.", "speaker"] == "Eva Stone"
    assert fixed.loc["Every prison is safe.", "speaker"] == "Jo Bell"
    assert fixed.loc["We expect officers back by noon.", "speaker"] == "Jo Bell"


def test_an_empty_speaker_means_nobody(one_article, write):
    quotes = quotes_in(one_article)
    path = write("fixes.csv", f'article_id,start,speaker,note\na,{start_of(quotes, "We will wait")},,"the writer\'s own words"\n')
    fixed = quotes_in(one_article, corrections=path)
    row = fixed[fixed["text"].str.startswith("We will wait")].iloc[0]
    assert (row.speaker, row.corrected, row.speaker_group) == ("", True, "other")


@pytest.mark.parametrize(
    "content, message",
    [
        ("article_id,speaker,note\na,X,\n", "fixes.csv line 1: no column 'start'"),
        ("article_id,start,speaker,note\n,5,X,\n", "fixes.csv line 2: column 'article_id' is empty"),
        ("article_id,start,speaker,note\na,5a,X,\n", "fixes.csv line 2: column 'start' is '5a'; write the whole number"),
        ("article_id,start,speaker,note\na,-3,X,\n", "line 2: column 'start' is '-3'"),
        ("article_id,start,speaker,note\na,,X,\n", "line 2: column 'start' is ''"),
        ("article_id,start,speaker,note\na,5,X,\na,5,Y,\n", "line 3: the quotation at a 5 is already fixed on line 2"),
        ("article_id,start,speaker,note\na,5\n", "line 2: the row stops before column 'speaker'"),
        ("article_id,start,speaker,note\na,4\u00b2,X,\n", "line 2: column 'start' is '4\u00b2'"),
        ("article_id,start,speaker,note\na,99999999999999999999999,X,\n", "line 2: column 'start' is '9+'"),
        ("", "fixes.csv: the file is empty; the speaker corrections table needs at least a header line: article_id,start,speaker"),
        ("\n\n", "the file is empty"),
    ],
)
def test_bad_correction_files_name_the_line(write, content, message):
    path = write("fixes.csv", content)
    with pytest.raises(CorpusError, match=message):
        speaker_corrections(path)


def test_a_missing_correction_file(tmp_path, one_article):
    with pytest.raises(CorpusError, match="nothing.csv: no such file"):
        quotes_in(one_article, corrections=tmp_path / "nothing.csv")
    with pytest.raises(CorpusError, match="is a folder, not a file"):
        quotes_in(one_article, corrections=tmp_path)


def test_a_table_read_with_pandas_is_checked_like_the_file(write, one_article):
    quotes = quotes_in(one_article)
    wait = start_of(quotes, "We will wait")
    path = write("fixes.csv", f"article_id,start,speaker,note\na,{wait},,the writer's own words\n")
    by_pandas = quotes_in(one_article, corrections=pd.read_csv(path))  # pandas reads the empty speaker as NaN
    assert by_pandas.equals(quotes_in(one_article, corrections=path))
    assert by_pandas.loc[by_pandas["start"] == wait, "speaker"].tolist() == [""]


@pytest.mark.parametrize(
    "table, message",
    [
        ({"article_id": ["a"], "start": [5]}, r"fixes: no column 'speaker' \(columns found: article_id, start\)"),
        ({"article_id": ["a", "a"], "start": [5, 5], "speaker": ["X", "Y"]}, "fixes row 2: the quotation at a 5 is already fixed on row 1"),
        ({"article_id": ["a"], "start": [None], "speaker": ["X"]}, "fixes row 1: column 'start' is ''"),
        ({"article_id": ["a"], "start": ["five"], "speaker": ["X"]}, "fixes row 1: column 'start' is 'five'"),
        ({"article_id": [None], "start": [5], "speaker": ["X"]}, "fixes row 1: column 'article_id' is empty"),
        (  # a table that looks read already (it has file lines) is checked too
            {"article_id": ["a", "a"], "start": [5, 5], "speaker": ["X", "Y"], "line": [2, 3]},
            "fixes line 3: the quotation at a 5 is already fixed on line 2",
        ),
    ],
)
def test_bad_tables_name_the_row(one_article, table, message):
    with pytest.raises(CorpusError, match=message):
        correct_speakers(quotes_in(one_article), pd.DataFrame(table), source="fixes")


def test_a_fix_for_an_unknown_article_is_an_error(write, one_article):
    path = write("fixes.csv", "article_id,start,speaker,note\nb,15,X,\n")
    with pytest.raises(CorpusError, match=r"fixes.csv line 2: no quotation in an article 'b' \(articles with quotations: a\)"):
        quotes_in(one_article, corrections=path)


def test_a_fix_where_no_quotation_starts_lists_the_nearest(write, one_article):
    quotes = quotes_in(one_article)
    near = start_of(quotes, "We will wait")
    path = write("fixes.csv", f"article_id,start,speaker,note\na,{near + 1},X,\n")
    with pytest.raises(CorpusError, match=rf"line 2: no quotation of 'a' starts at {near + 1} \(the nearest start there: {near}, "):
        quotes_in(one_article, corrections=path)


def test_a_failed_correction_changes_nothing(one_article):
    quotes = quotes_in(one_article)
    before = quotes.copy()
    fixes = pd.DataFrame({"article_id": ["a", "a"], "start": [start_of(quotes, "The rota"), 999], "speaker": ["X", "Y"]})
    with pytest.raises(CorpusError, match="row 2: no quotation"):
        correct_speakers(quotes, fixes)
    assert quotes.equals(before)


# ---------------------------------------------------------------- where to look first

CHECK_TEXT = (
    '"We will appeal," a spokesman said.\n\n'
    'The judge, Eva Stone, spoke next. "It was a fair trial."\n\n'
    '"Nobody saw it coming."\n\n'
    'Tom Hale said: "We are glad. The wait was long.\n\n'
    '"Now we rest." It was a "hard" year, he said.'
)


def checks_for(text):
    return speakers_to_check(quotes_in(pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "text": [text]})))


def test_each_reason_is_given_and_a_named_speaker_is_left_out():
    listed = checks_for(CHECK_TEXT)
    reasons = dict(zip(listed["text"], listed["reason"]))
    assert reasons["We will appeal,"] == "described, not named"
    assert reasons["It was a fair trial."] == "named in an earlier sentence"
    assert reasons["Nobody saw it coming."] == "named in an earlier sentence"  # a paragraph of its own, no cue
    assert "We are glad. The wait was long." not in reasons  # named in its own sentence
    assert set(listed["reason"]) <= set(CHECK_REASONS.values())
    assert list(listed.columns) == ["article_id", "start", "end", "text", "speaker", "speaker_mention", "reason"]


def test_a_statement_with_no_speaker_is_listed():
    listed = speakers_to_check(extract_quotes('The sign read: "Closed for good. Thank you all."\n\n"Nobody knows why."'))
    assert "no speaker found" in set(listed["reason"])
    assert (listed["speaker"] == "").all()


def test_phrases_and_later_paragraphs_of_a_run_are_left_out():
    quotes = quotes_in(pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "text": [
        'A spokesman said: "We will wait.\n\n"The rota is agreed."\n\nIt was a "hard" year, the spokesman said.'
    ]}))
    listed = speakers_to_check(quotes)
    first = quotes[quotes["kind"].eq("statement")].iloc[0]
    assert quotes.loc[quotes["run_id"].eq(first.run_id) & quotes["kind"].eq("statement")].shape[0] == 2  # one run, two paragraphs
    assert listed.index.tolist() == [first.name]


def test_rows_corrected_by_hand_are_left_out():
    text = '"We will appeal," a spokesman said.'
    corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "text": [text]})
    quotes = quotes_in(corpus)
    assert len(speakers_to_check(quotes)) == 1
    fixed = quotes_in(corpus, corrections=pd.DataFrame({"article_id": ["a"], "start": [1], "speaker": ["Tom Hale"]}))
    assert speakers_to_check(fixed).empty


def test_the_list_keeps_the_two_articles_apart():
    # run_id restarts at 0 in every article: the first paragraph of each article's run is listed
    corpus = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "text": ['"We will appeal," a spokesman said.'] * 2})
    assert speakers_to_check(quotes_in(corpus))["article_id"].tolist() == ["a", "b"]


def test_an_empty_table_lists_nothing_and_a_wrong_table_is_named():
    assert speakers_to_check(extract_quotes("No quotations here.")).empty
    with pytest.raises(CorpusError, match="quotes_in or extract_quotes"):
        speakers_to_check(pd.DataFrame({"start": [1], "speaker": ["Ann Roe"]}))


def test_the_list_is_the_first_columns_of_a_corrections_file(tmp_path):
    corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "text": ['"We will appeal," a spokesman said.']})
    listed = speakers_to_check(quotes_in(corpus))
    path = tmp_path / "fixes.csv"
    listed.assign(speaker="Tom Hale").rename(columns={"reason": "note"})[["article_id", "start", "speaker", "note"]].to_csv(path, index=False)
    fixed = quotes_in(corpus, corrections=path)
    assert fixed.loc[fixed["corrected"], "speaker"].tolist() == ["Tom Hale"]


def test_a_lower_case_role_before_the_name_is_not_a_description():
    listed = speakers_to_check(extract_quotes('"Return to work," prisons minister Rory Stewart said.'))
    assert listed.empty
    listed = speakers_to_check(extract_quotes('"Return to work," the prisons minister said.'))
    assert listed["reason"].tolist() == ["described, not named"]


def test_a_table_read_back_from_a_file_gives_the_same_list(tmp_path):
    quotes = quotes_in(pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "text": [CHECK_TEXT + '\n\nThe sign: "Closed."']}))
    path = tmp_path / "quotes.csv"
    quotes.to_csv(path, index=False)
    expected = speakers_to_check(quotes)
    assert "no speaker found" in set(expected["reason"])
    for read_back in (pd.read_csv(path), pd.read_csv(path, dtype=str, keep_default_na=False)):
        got = speakers_to_check(read_back.astype({"start": int, "run_id": int}))
        assert got["start"].tolist() == expected["start"].tolist()
        assert got["reason"].tolist() == expected["reason"].tolist()


def test_a_corrected_column_read_as_text_still_leaves_fixed_rows_out():
    quotes = extract_quotes('"We will appeal," a spokesman said. "No," a guard said.')
    for values in (["True", "False"], ["true", None], [True, False]):
        listed = speakers_to_check(quotes.assign(corrected=values))
        assert listed["start"].tolist() == [quotes["start"].iloc[1]]


def test_the_first_paragraph_is_listed_however_the_table_is_sorted():
    quotes = extract_quotes('A spokesman said: "We will wait.\n\n"The rota is agreed."')
    assert quotes["run_id"].nunique() == 1 and len(quotes) == 2
    backwards = quotes.sort_values("start", ascending=False)
    assert speakers_to_check(backwards)["start"].tolist() == [quotes["start"].min()]


def test_a_blank_speaker_is_no_speaker():
    quotes = extract_quotes('"We will appeal," a spokesman said.').assign(speaker="   ")
    assert speakers_to_check(quotes)["reason"].tolist() == ["no speaker found"]
