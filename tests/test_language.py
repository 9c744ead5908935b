"""Word statistics: log-odds and keyness match their formulas; spans keep their offsets."""

import math
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samestory import CorpusError
from samestory.language import (
    MODALS,
    PRONOUNS,
    STOP_WORDS,
    collocations,
    concordance,
    count_words,
    keyness,
    log_odds,
    modal_profile,
    pronoun_profile,
    rates,
    sentiment,
    tokenize,
    voices,
)
from samestory.tokens import words

TERMS = st.sampled_from(["strike", "safe", "pay", "prison", "union", "unlawful", "we", "they"])
COUNTS = st.dictionaries(TERMS, st.integers(min_value=0, max_value=60), min_size=1).filter(lambda d: sum(d.values()) > 0)
TEXTS = st.text(alphabet=st.sampled_from(list("ab Zé’'-.,\n\"“”0123456789£ł")), max_size=80)


def by_formula(counts_a, counts_b, prior):
    """Monroe, Colaresi and Quinn (2008) eq. 16-22, term by term in plain Python."""
    terms = [t for t in set(counts_a) | set(counts_b) if counts_a.get(t, 0) + counts_b.get(t, 0) > 0]
    n_a, n_b, a_0 = sum(counts_a.values()), sum(counts_b.values()), sum(prior.values())
    result = {}
    for term in terms:
        y_a, y_b, a_w = counts_a.get(term, 0), counts_b.get(term, 0), prior[term]
        delta = math.log((y_a + a_w) / (n_a + a_0 - y_a - a_w)) - math.log((y_b + a_w) / (n_b + a_0 - y_b - a_w))
        variance = 1 / (y_a + a_w) + 1 / (y_b + a_w)
        result[term] = (delta, variance, delta / math.sqrt(variance))
    return result


def assert_spans(text_of, table, column):
    for row in table.itertuples(index=False):
        text = text_of(row)
        assert 0 <= row.start <= row.end <= len(text)
        assert text[row.start : row.end] == getattr(row, column)


# --- log_odds -----------------------------------------------------------------


def test_log_odds_hand_computed_example():
    # n_a = 4, n_b = 4, a_w = 1 for 3 terms so a_0 = 3.
    # strike: log(4 / (4+3-3-1)) - log(2 / (4+3-1-1)) = log(4/3) - log(2/5) = log(10/3)
    # safe:   log(2 / 5) - log(3 / 4) = log(8/15);  pay: log(1 / 6) - log(2 / 5) = log(5/12)
    scores = log_odds({"strike": 3, "safe": 1}, {"strike": 1, "safe": 2, "pay": 1}, prior=1).set_index("term")
    assert scores.loc["strike", "log_odds"] == pytest.approx(math.log(10 / 3), abs=1e-12)
    assert scores.loc["safe", "log_odds"] == pytest.approx(math.log(8 / 15), abs=1e-12)
    assert scores.loc["pay", "log_odds"] == pytest.approx(math.log(5 / 12), abs=1e-12)
    assert scores.loc["strike", "variance"] == pytest.approx(1 / 4 + 1 / 2)
    assert scores.loc["strike", "z"] == pytest.approx(math.log(10 / 3) / math.sqrt(0.75), abs=1e-12)
    assert scores.loc["pay", ["count_a", "count_b"]].tolist() == [0, 1]
    assert scores.loc["strike", "per_1000_a"] == pytest.approx(750.0)
    assert scores.index.tolist() == ["strike", "safe", "pay"]  # most typical of a first


def test_log_odds_known_table_with_given_prior_to_1e9():
    counts_a = {"prisons": 12, "safe": 7, "unlawful": 0, "violence": 3, "we": 9}
    counts_b = {"prisons": 5, "safe": 1, "unlawful": 2, "violence": 6, "we": 0}
    prior = {"prisons": 2.5, "safe": 0.75, "unlawful": 0.1, "violence": 1.2, "we": 3.0, "background": 40.0}
    expected = by_formula(counts_a, counts_b, prior)
    scores = log_odds(pd.Series(counts_a), pd.Series(counts_b), prior=pd.Series(prior)).set_index("term")
    assert set(scores.index) == set(counts_a)  # the background-only term counts in a_0 but is not a row
    for term, (delta, variance, z) in expected.items():
        assert abs(scores.loc[term, "log_odds"] - delta) < 1e-9
        assert abs(scores.loc[term, "variance"] - variance) < 1e-9
        assert abs(scores.loc[term, "z"] - z) < 1e-9


@settings(max_examples=60, deadline=None)
@given(COUNTS, COUNTS, st.floats(min_value=0.01, max_value=50))
def test_log_odds_matches_formula_and_flips_sign(counts_a, counts_b, alpha):
    # a number gives the same pseudo-count to every term either group uses
    prior = {t: alpha for t in set(counts_a) | set(counts_b) if counts_a.get(t, 0) + counts_b.get(t, 0) > 0}
    if len(prior) < 2:
        with pytest.raises(CorpusError):
            log_odds(counts_a, counts_b, prior=alpha)
        return
    scores = log_odds(counts_a, counts_b, prior=alpha).set_index("term")
    swapped = log_odds(counts_b, counts_a, prior=alpha).set_index("term")
    for term, (delta, _, z) in by_formula(counts_a, counts_b, prior).items():
        assert abs(scores.loc[term, "log_odds"] - delta) < 1e-9
        assert abs(scores.loc[term, "z"] - z) < 1e-9
        assert abs(swapped.loc[term, "z"] + scores.loc[term, "z"]) < 1e-9
    assert not scores.isna().any().any()


@settings(max_examples=60, deadline=None)
@given(COUNTS, COUNTS)
def test_log_odds_default_prior_is_pooled_counts_and_never_nan(counts_a, counts_b):
    pooled = {t: counts_a.get(t, 0) + counts_b.get(t, 0) for t in set(counts_a) | set(counts_b)}
    if sum(v > 0 for v in pooled.values()) < 2:
        with pytest.raises(CorpusError, match="only one term"):
            log_odds(counts_a, counts_b)
        return
    default = log_odds(counts_a, counts_b)
    explicit = log_odds(counts_a, counts_b, prior=pooled)
    pd.testing.assert_frame_equal(default, explicit)
    assert not default.isna().any().any()
    assert set(default["term"]) == {t for t, v in pooled.items() if v > 0}


def test_log_odds_zero_counts_and_a_group_of_one_word():
    scores = log_odds({"strike": 1}, {"safe": 3, "prisons": 2}).set_index("term")
    assert scores.loc["strike", "z"] > 0 > scores.loc["safe", "z"]
    assert scores.loc["safe", "count_a"] == 0
    assert not scores.isna().any().any()


def test_log_odds_on_two_outlets(corpus):
    counts = count_words(corpus)
    scores = log_odds(counts["KentOnline"], counts["Worcestershire outlet"])
    kent_only = scores[(scores["count_a"] > 0) & (scores["count_b"] == 0)]
    worcs_only = scores[(scores["count_a"] == 0) & (scores["count_b"] > 0)]
    assert (kent_only["z"] > 0).all() and (worcs_only["z"] < 0).all()
    assert scores["z"].is_monotonic_decreasing
    assert scores["count_a"].sum() == len(words(corpus.loc[0, "text"]))


@pytest.mark.parametrize(
    "counts_a, counts_b, prior, message",
    [
        ({}, {"safe": 1}, None, "no words"),
        ({"safe": 0}, {"safe": 1, "pay": 2}, None, "no words"),
        ({"safe": 2}, {"safe": 1}, None, "only one term"),
        ({"safe": -1, "pay": 3}, {"safe": 1}, None, "0 or more"),
        ({"safe": float("nan"), "pay": 3}, {"safe": 1}, None, "0 or more"),
        ({"safe": "many"}, {"safe": 1}, None, "0 or more"),
        ("safe prisons", {"safe": 1}, None, "expected term counts"),
        ({"safe": 2, "pay": 1}, {"safe": 1}, {"safe": 1}, "no positive pseudo-count"),
        ({"safe": 2, "pay": 1}, {"safe": 1}, -1, "positive pseudo-count"),
        ({"safe": 2, "pay": 1}, {"safe": 1}, {"safe": 1, "pay": -2}, "negative"),
    ],
)
def test_log_odds_bad_input_gives_a_clear_error(counts_a, counts_b, prior, message):
    with pytest.raises(CorpusError, match=message):
        log_odds(counts_a, counts_b, prior=prior)


def test_log_odds_empty_group_from_count_words_names_the_problem():
    counts = count_words(pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"], "text": ["Pay rose.", "!!! ..."]}))
    with pytest.raises(CorpusError, match="counts_b: the group has no words"):
        log_odds(counts["A"], counts["B"])


# --- keyness ------------------------------------------------------------------


def test_keyness_hand_computed_g2_and_log_ratio():
    # a = 10 of c = 100, b = 2 of d = 200: E1 = 100 * 12 / 300 = 4, E2 = 8.
    table = keyness({"unlawful": 10, "prisons": 90}, {"unlawful": 2, "prisons": 198}).set_index("term")
    assert table.loc["unlawful", "g2"] == pytest.approx(2 * (10 * math.log(10 / 4) + 2 * math.log(2 / 8)), abs=1e-12)
    assert table.loc["unlawful", "log_ratio"] == pytest.approx(math.log2(10), abs=1e-12)
    assert table.loc["unlawful", "p"] == pytest.approx(math.erfc(math.sqrt(table.loc["unlawful", "g2"] / 2)))
    assert table.loc["unlawful", "per_1000_reference"] == pytest.approx(10.0)


def test_keyness_zero_count_stays_finite_and_swap_flips_log_ratio():
    target, reference = {"illegal": 4, "prisons": 6}, {"unlawful": 3, "prisons": 7}
    table = keyness(target, reference).set_index("term")
    swapped = keyness(reference, target).set_index("term")
    assert table.loc["illegal", "log_ratio"] == pytest.approx(math.log2((4 / 10) / (0.5 / 10)))
    assert table.loc["illegal", "g2"] == pytest.approx(2 * 4 * math.log(4 / 2))
    pd.testing.assert_series_equal(table["g2"], swapped.loc[table.index, "g2"])
    pd.testing.assert_series_equal(table["log_ratio"], -swapped.loc[table.index, "log_ratio"])
    assert not table.isna().any().any()
    # 3.84 is the 5% critical value of chi-squared with one degree of freedom
    assert math.erfc(math.sqrt(3.841459 / 2)) == pytest.approx(0.05, abs=1e-6)


def test_keyness_empty_side_is_an_error():
    with pytest.raises(CorpusError, match="reference: the group has no words"):
        keyness({"safe": 1}, {})


# --- counting -------------------------------------------------------------------


def test_count_words_totals_match_the_word_tokenizer(corpus):
    counts = count_words(corpus)
    assert counts.columns.tolist() == corpus["outlet"].tolist()
    for outlet, text in zip(corpus["outlet"], corpus["text"]):
        assert counts[outlet].sum() == len(words(text))
    # curly and straight apostrophes make one term; case is folded
    assert "government's" in counts.index and "government’s" not in counts.index
    totals = counts.sum(axis=1)
    assert totals.is_monotonic_decreasing
    assert totals.index[0] == "the"


def test_count_words_drops_the_stop_words_given():
    counts = count_words("We urge them to return to the prisons.", stop_words=STOP_WORDS)
    assert counts.index.tolist() == ["prisons", "return", "urge"]
    assert count_words("We urge them.", stop_words=["urge"]).index.tolist() == ["them", "we"]


def test_count_words_bad_group_column(corpus):
    with pytest.raises(CorpusError, match="no column 'voice'"):
        count_words(corpus, by="voice")


def test_tables_without_text_give_a_clear_error(corpus):
    with pytest.raises(CorpusError, match="no column"):
        count_words(corpus.drop(columns="text"))
    with pytest.raises(CorpusError, match="has no text"):
        tokenize(pd.DataFrame({"article_id": ["a"], "outlet": ["A"], "text": [None]}))
    with pytest.raises(CorpusError, match="not a list"):
        tokenize(["Pay rose."])


def test_rates_sum_to_per_and_empty_column_is_zero():
    counts = pd.DataFrame({"A": [3, 1], "B": [0, 0]}, index=["safe", "pay"])
    table = rates(counts)
    assert table["A"].sum() == pytest.approx(1000.0)
    assert table["B"].tolist() == [0.0, 0.0]
    assert rates(pd.Series({"safe": 1, "pay": 3}), per=100).tolist() == [25.0, 75.0]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("!!! ... ---", []),
        ("12 34, 3,500!", ["12", "3,500", "34"]),
        ("Gdańsk’s mayor. ŻÓŁĆ", ["gdańsk's", "mayor", "żółć"]),
        ("strike", ["strike"]),
    ],
)
def test_odd_texts_count_sensibly(text, expected):
    counts = count_words(text)
    assert sorted(counts.index) == expected
    assert not counts.isna().any().any()
    assert pronoun_profile(text)["per_1000"].notna().all()
    assert modal_profile(text)["per_1000"].notna().all()


@settings(max_examples=80, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=500))
def test_tokenize_offsets_point_into_the_article(text, offset):
    article = "x" * offset + text
    passage = pd.DataFrame({"article_id": ["a"], "outlet": ["A"], "start": [offset], "text": [text]})
    table = tokenize(passage)
    assert_spans(lambda row: article, table, "word")
    assert (table["term"] == table["word"].str.lower().str.replace("’", "'")).all()


# --- concordance ----------------------------------------------------------------


@pytest.mark.parametrize("word", ["unlawful", "illegal", "irresponsible", "safe", "violence"])
def test_concordance_finds_every_use_of_the_telling_words(corpus, word):
    lines = concordance(corpus, word, width=30)
    texts = dict(zip(corpus["article_id"], corpus["text"]))
    assert_spans(lambda row: texts[row.article_id], lines, "keyword")
    for article_id, text in texts.items():
        expected = len(re.findall(rf"(?<!\w)(?<!\w[-'’]){word}(?!\w)(?![-'’]\w)", text, flags=re.IGNORECASE))
        assert (lines["article_id"] == article_id).sum() == expected
    assert (lines["left"].str.len() <= 30).all() and not lines["left"].str.contains("\n").any()


def test_concordance_unlawful_and_illegal_split_the_outlets(corpus):
    assert concordance(corpus, "unlawful")["article_id"].tolist() == ["kent"]
    assert concordance(corpus, "illegal")["article_id"].tolist() == ["wandsworth"]


def test_concordance_phrase_case_and_apostrophes():
    text = "Safe prisons now.\nWe want SAFE   prisons, not safety. It’s safe."
    lines = concordance(text, "safe prisons", width=5)
    assert lines["keyword"].tolist() == ["Safe prisons", "SAFE   prisons"]
    assert lines["right"].tolist() == [" now.", ", not"]
    assert lines.loc[1, "left"] == "want "
    assert concordance(text, "it's")["keyword"].tolist() == ["It’s"]
    assert concordance(text, "safe")["keyword"].tolist() == ["Safe", "SAFE", "safe"]


def test_concordance_empty_results_and_bad_words():
    assert concordance("Pay rose.", "strike").empty
    assert concordance("", "strike").columns.tolist()[-3:] == ["left", "keyword", "right"]
    with pytest.raises(CorpusError, match="no word"):
        concordance("Pay rose.", "  !! ")
    with pytest.raises(CorpusError, match="width"):
        concordance("Pay rose.", "pay", width=-1)


@settings(max_examples=60, deadline=None)
@given(TEXTS, st.sampled_from(["a", "ab", "zé", "0", "b a"]))
def test_concordance_offsets_property(text, word):
    lines = concordance(text, word, width=7)
    assert_spans(lambda row: text, lines, "keyword")


# --- collocations, profiles, sentiment ------------------------------------------


def test_collocations_in_the_corpus(corpus):
    pairs = collocations(corpus)
    assert {"prison officers", "safe prisons", "steve gillan"} <= set(pairs.head(10)["collocation"])
    assert (pairs["count"] >= 2).all()
    assert not any(set(c.split()) & STOP_WORDS for c in pairs["collocation"])
    assert pairs["score"].is_monotonic_decreasing
    triples = collocations(corpus, size=3, measure="raw_freq")
    assert "provide safe prisons" in set(triples["collocation"])


def test_collocations_never_cross_a_sentence():
    pairs = collocations("We act. Safe prisons. We act. Safe prisons.", stop_words=None, min_count=1)
    assert "act safe" not in set(pairs["collocation"])
    assert collocations("", min_count=1).empty
    with pytest.raises(CorpusError, match="association measure"):
        collocations("Pay rose.", measure="magic")
    with pytest.raises(CorpusError, match="size"):
        collocations("Pay rose.", size=4)


def test_pronoun_profile_counts_every_form_and_contraction():
    text = "We urge them to return. We've said our piece; they’re not listening to you or me."
    profile = pronoun_profile(text).set_index("pronoun")
    assert profile["count"].to_dict() == {"I": 1, "we": 3, "you": 1, "they": 2}
    assert (profile["words"] == len(words(text))).all()
    assert profile.index.tolist() == list(PRONOUNS)


def test_modal_profile_counts_negations_and_contractions():
    text = "We will now be demanding. We'll not stop; it won't end and they can't, so it must. May came."
    profile = modal_profile(text).set_index("modal")
    assert profile.loc[["will", "can", "must", "may"], "count"].tolist() == [3, 1, 1, 1]
    assert profile.index.tolist() == list(MODALS)


def test_profiles_by_outlet_on_the_corpus(corpus):
    profile = pronoun_profile(corpus, by="outlet")
    assert len(profile) == len(corpus) * len(PRONOUNS)
    kent = profile[profile["outlet"] == "KentOnline"].set_index("pronoun")
    kent_words = words(corpus.loc[0, "text"])["lower"].str.replace("’", "'")
    assert kent.loc["we", "count"] == kent_words.isin(["we", "us", "our", "ours", "ourselves", "we've", "we're", "we'll"]).sum()
    with pytest.raises(CorpusError, match="voice"):
        modal_profile(corpus, by=["outlet", "voice"])


def test_sentiment_per_sentence(corpus):
    scores = sentiment(corpus)
    texts = dict(zip(corpus["article_id"], corpus["text"]))
    assert_spans(lambda row: texts[row.article_id], scores, "text")
    assert scores["compound"].between(-1, 1).all() and not scores.isna().any().any()
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    assert scores["compound"].tolist() == [vader.polarity_scores(t)["compound"] for t in scores["text"]]
    assert sentiment("It’s irresponsible.")["compound"].iloc[0] < 0
    assert sentiment("I am pleased.")["compound"].iloc[0] > 0
    assert sentiment("").empty and sentiment("12 34, £5")["compound"].tolist() == [0.0]


# --- voices ---------------------------------------------------------------------


def made_up_voices():
    corpus = pd.DataFrame(
        {"article_id": ["a"], "outlet": ["A"], "text": ['Union said: "We act." Minister: "Stop." End.']}
    )
    text = corpus.loc[0, "text"]
    quotes = pd.DataFrame(
        {
            "article_id": ["a", "a", "a"],
            "start": [text.index("We"), text.index("Stop"), text.index("act")],
            "end": [text.index('."') + 1, text.index("Stop") + 5, text.index("act") + 3],
            "speaker": ["Gillan", "Stewart", "Gillan"],
            "speaker_group": ["union", "government", "union"],
            "kind": ["statement", "statement", "phrase"],
        }
    )
    return corpus, quotes


def test_voices_split_quotes_from_narration():
    corpus, quotes = made_up_voices()
    table = voices(corpus, quotes=quotes)
    text = corpus.loc[0, "text"]
    assert_spans(lambda row: text, table, "text")
    assert table["voice"].tolist() == ["narration", "union", "narration", "government", "narration"]
    assert table.loc[table["voice"] == "union", "text"].tolist() == ["We act."]  # the nested quote is not counted twice
    counts = count_words(table, by="voice")
    assert counts.sum().to_dict() == {"narration": 4, "union": 2, "government": 1}
    assert counts.sum().sum() == len(words(text))


def test_voices_bad_quotes():
    corpus, quotes = made_up_voices()
    with pytest.raises(CorpusError, match="outside the text"):
        voices(corpus, quotes=quotes.assign(end=500))
    with pytest.raises(CorpusError, match="speaker_group"):
        voices(corpus, quotes=quotes.drop(columns="speaker_group"))
    none = voices(corpus, quotes=quotes.iloc[:0])
    assert none["voice"].tolist() == ["narration"] and none.loc[0, "text"] == corpus.loc[0, "text"]


def test_voices_on_the_corpus_cover_every_word(corpus):
    pytest.importorskip("samestory.quotes")
    table = voices(corpus)
    texts = dict(zip(corpus["article_id"], corpus["text"]))
    assert_spans(lambda row: texts[row.article_id], table, "text")
    assert set(table["voice"]) <= {"union", "government", "other", "narration"}
    assert {"union", "government", "narration"} <= set(table["voice"])
    for article_id, text in texts.items():
        rows = table[table["article_id"] == article_id]
        assert (rows["start"].to_numpy()[1:] >= rows["end"].to_numpy()[:-1]).all()  # in order, no overlap
        assert len(tokenize(rows)) == len(words(text))  # every word belongs to exactly one voice
    counts = count_words(table, by="voice")
    assert counts.loc["irresponsible", "union"] == 0 and counts.loc["irresponsible", "government"] > 0


# --- the Fightin' Words plot ------------------------------------------------------


def test_plot_log_odds_labels_both_sides_and_states_the_title():
    import matplotlib

    matplotlib.use("Agg")
    from samestory.plots import GROUP_COLOURS, plot_log_odds

    scores = log_odds({"strike": 30, "safe": 2, "pay": 5, "we": 9}, {"strike": 2, "safe": 25, "pay": 5, "they": 8})
    ax = plot_log_odds(scores, names=("union", "government"), title="The union says strike", labels=1)
    texts = [t.get_text() for t in ax.texts]
    assert ax.get_title(loc="left") == "The union says strike"
    assert scores["term"].iloc[0] in texts and scores["term"].iloc[-1] in texts
    assert len(texts) == 2
    colours = {tuple(c.get_facecolor()[0][:3]) for c in ax.collections if len(c.get_offsets())}
    assert tuple(matplotlib.colors.to_rgb(GROUP_COLOURS["union"])) in colours
    assert "union" in ax.get_ylabel() and "log scale" in ax.get_xlabel()
    matplotlib.pyplot.close(ax.figure)
