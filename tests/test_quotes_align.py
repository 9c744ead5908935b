"""The same statement across outlets (``samestory.alignment``), speaker groups, and word-level differences."""

import itertools

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samestory import alignment, quotes
from samestory.alignment import align_quotes, diff_html, quote_diff, statement_versions
from samestory.errors import CorpusError
from samestory.evaluate import load_annotations, match_spans
from samestory.quotes import count_voices, quotes_in, speaker_groups


def same_grouping(ids_a, ids_b):
    """Pairs that share an id in one list share one in the other, and only those."""
    wrong_merges, missed = [], []
    for i, j in itertools.combinations(range(len(ids_a)), 2):
        together_a, together_b = ids_a[i] == ids_a[j], ids_b[i] == ids_b[j]
        if together_b and not together_a:
            wrong_merges.append((i, j))
        if together_a and not together_b:
            missed.append((i, j))
    return wrong_merges, missed


def quotes_table(rows):
    return pd.DataFrame(rows, columns=["article_id", "kind", "speaker", "text"])


# ---------------------------------------------------------------- align_quotes


def test_alignment_of_the_answer_key_spans():
    gold = load_annotations("quotes")
    gold = gold[gold["set"] == "seed"].reset_index(drop=True)
    aligned = align_quotes(gold)
    assert same_grouping(gold["statement_id"].tolist(), aligned["statement_id"].tolist()) == ([], [])


def test_alignment_of_extracted_quotes(corpus):
    gold = load_annotations("quotes")
    gold = gold[gold["set"] == "seed"]
    aligned = align_quotes(quotes_in(corpus))
    pairs = match_spans(gold, aligned)
    gold_ids = gold.loc[pairs["gold"], "statement_id"].tolist()
    our_ids = aligned.loc[pairs["predicted"], "statement_id"].tolist()
    assert same_grouping(gold_ids, our_ids) == ([], [])
    # Every statement both Kent and Wandsworth print is found in both.
    shared = aligned[(aligned["outlets"] >= 2) & (aligned["kind"] == "statement")]
    assert shared.groupby("statement_id")["article_id"].nunique().min() >= 2


@pytest.mark.parametrize(
    "a, b",
    [
        ("They pay lip service to the health and safety of my members.", "They pay lip service to the Health & Safety of my members."),
        ("We are investing £40 million to improve the estate and tackle drugs.", "We are investing £40m to improve the estate and tackle drugs."),
        ("It is irresponsible to take this unlawful action now.", "It’s irresponsible to take this illegal action now."),
        ("We doubled the sentence for assault. We raised pay. We hired staff.", "We doubled the sentence for assault. We hired staff."),
    ],
)  # fmt: skip
def test_variants_of_one_statement_align(a, b):
    quotes = quotes_table([("x", "statement", "Rory Stewart", a), ("y", "statement", "Rory Stewart", b)])
    aligned = align_quotes(quotes)
    assert aligned["statement_id"].nunique() == 1
    assert aligned["outlets"].tolist() == [2, 2]


def test_a_statement_split_into_two_paragraphs_aligns_with_the_whole():
    whole = "Earlier this year we began legal action. Bedford was placed into special measures by the government."
    quotes = quotes_table(
        [
            ("x", "statement", "Steve Gillan", whole),
            ("y", "statement", "Steve Gillan", "Earlier this year we began legal action."),
            ("y", "statement", "Steve Gillan", "Bedford was placed into special measures by the government."),
        ]
    )
    assert align_quotes(quotes)["statement_id"].nunique() == 1


def test_different_statements_by_one_speaker_never_merge():
    quotes = quotes_table(
        [
            ("x", "statement", "Rory Stewart", "Prison officers do vital and important work for the country."),
            ("y", "statement", "Rory Stewart", "I am pleased that all parties reached a swift resolution."),
            ("x", "statement", "Rory Stewart", "I have demonstrated my absolute commitment to improvement."),
            ("y", "statement", "Rory Stewart", "The priority now must be constructive dialogue with staff."),
        ]
    )
    assert align_quotes(quotes)["statement_id"].nunique() == 4


def test_a_phrase_does_not_merge_with_the_statement_it_comes_from():
    quotes = quotes_table(
        [
            ("x", "phrase", "POA", "unprecedented levels of violence"),
            ("y", "statement", "POA spokesman", "The unprecedented levels of violence has been headline news."),
        ]
    )
    assert align_quotes(quotes)["statement_id"].nunique() == 2


def test_align_does_not_change_its_input():
    quotes = quotes_table([("x", "statement", "A B", "Same words here today."), ("y", "statement", "A B", "Same words here today.")])
    before = quotes.copy()
    align_quotes(quotes)
    pd.testing.assert_frame_equal(quotes, before)


def test_statement_versions_side_by_side(corpus):
    versions = statement_versions(align_quotes(quotes_in(corpus)))
    assert set(versions["speaker"]) == {"Steve Gillan", "Rory Stewart"}
    gillan = versions[versions["KentOnline"].str.startswith("Earlier this year")].iloc[0]
    assert "\n" in gillan["KentOnline"]  # Kent prints it as two paragraphs
    assert "\n" not in gillan["Wandsworth outlet"]


# ---------------------------------------------------------------- quote_diff


@pytest.mark.parametrize(
    "a, b, kind, a_text, b_text",
    [
        ("take this unlawful action", "take this illegal action", "wording", "unlawful", "illegal"),
        ("investing £40 million to", "investing £40m to", "number_format", "40 million", "40m"),
        ("the health and safety of", "the Health and Safety of", "case", "health", "Health"),
        ("the same - to see", "the same – to see", "punctuation", "-", "–"),
        ("health and safety", "health & safety", "punctuation", "and", "&"),
        ("my members, their rights", "my members their rights", "punctuation", ",", ""),
        ("We act. We stay. We win.", "We act. We win.", "omission", "We stay.", ""),
        ("ease the burden.\nWe are taking", "ease the burden. We are taking", "split", "\n", ""),
    ],
)
def test_quote_diff_kinds(a, b, kind, a_text, b_text):
    diff = quote_diff(a, b)
    assert kind in diff["kind"].tolist(), diff
    row = diff[diff["kind"] == kind].iloc[0]
    assert (row["a_text"], row["b_text"]) == (a_text, b_text)


def test_identical_versions_have_no_differences():
    assert quote_diff("Same words.", "Same words.").empty
    assert quote_diff("", "").empty


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab AB,.£4m\n&–-", max_size=40), st.text(alphabet="ab AB,.£4m\n&–-", max_size=40))
def test_property_diff_offsets(a, b):
    for row in quote_diff(a, b).itertuples():
        assert a[row.a_start : row.a_end] == row.a_text
        assert b[row.b_start : row.b_end] == row.b_text
        assert row.kind in {"wording", "number_format", "case", "punctuation", "omission", "split"}


def test_diff_html_escapes():
    page = diff_html("<b>we</b> act", "<b>We</b> act", a_label="<i>A</i>")
    assert "<b>" not in page and "<i>" not in page
    assert "&lt;b&gt;" in page and "case" in page


# ---------------------------------------------------------------- speaker groups and counts


def test_speaker_groups_cover_the_bundled_speakers(corpus):
    groups = speaker_groups()
    assert set(groups["speaker_group"]) <= {"union", "government", "other"}
    named = {s for s in quotes_in(corpus)["speaker"] if s}
    listed = set(groups["speaker"])
    assert named <= listed, named - listed


def test_unknown_speakers_are_other():
    corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["O"], "text": ['Zed Quill said: "Hello there."']})
    assert quotes_in(corpus)["speaker_group"].tolist() == ["other"]
    custom = pd.DataFrame({"speaker": ["zed quill"], "speaker_group": ["union"], "note": [""]})
    assert quotes_in(corpus, groups=custom)["speaker_group"].tolist() == ["union"]


@pytest.mark.parametrize(
    "content, where",
    [
        ("speaker,group,note\nA,union,\n", "line 1: no column 'speaker_group'"),
        ("speaker,speaker_group,note\nA,union,\n,government,\n", "line 3: column 'speaker'"),
        ("speaker,speaker_group,note\nA,unions,\n", "line 2: column 'speaker_group' is 'unions'"),
        ("speaker,speaker_group,note\nA,union,\na,other,\n", "line 3: speaker 'a' is already listed on line 2"),
    ],
)
def test_bad_speaker_group_files(write, content, where):
    path = write("groups.csv", content)
    with pytest.raises(CorpusError, match=where):
        speaker_groups(path)


def test_missing_speaker_group_file(tmp_path):
    with pytest.raises(CorpusError, match="nothing.csv: no such file"):
        speaker_groups(tmp_path / "nothing.csv")


def test_count_voices_shares_add_up(corpus):
    counts = count_voices(quotes_in(corpus), by="speaker_group")
    assert counts.groupby("outlet")["share"].sum().round(2).eq(1.0).all()
    assert set(counts.columns) == {"outlet", "speaker_group", "quotes", "statements", "words", "share"}


@pytest.mark.parametrize("name", ["align_quotes", "quote_diff", "statement_versions", "statement_differences", "diff_html"])
def test_alignment_functions_are_still_importable_from_quotes(name):
    assert getattr(quotes, name) is getattr(alignment, name)
