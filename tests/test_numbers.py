"""Figures: found with exact offsets, read right, attributed, and compared across outlets."""

import math

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from samestory import CorpusError
from samestory.evaluate import DEVSET_DIR, annotated_texts, load_annotations
from samestory.numbers import (
    COLUMNS,
    FIGURE_PATTERN,
    KINDS,
    NARRATION,
    _figure_matches,
    compare_figures,
    extract_numbers,
    numbers_in,
)

NO_QUOTES = pd.DataFrame(columns=["start", "end", "speaker"])


def figures_of(text, **options):
    options.setdefault("quotes", NO_QUOTES)
    return extract_numbers(text, **options)


def one(text, **options):
    """The only figure in a short text, as a dict."""
    figures = figures_of(text, **options)
    assert len(figures) == 1, figures[["surface", "value"]]
    return figures.iloc[0].to_dict()


def assert_spans(text, figures):
    for row in figures.itertuples(index=False):
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start : row.end] == row.surface
        assert 0 <= row.context_start <= row.start and row.end <= row.context_end <= len(text)
        assert text[row.context_start : row.context_end] == row.context


# --- Offsets and columns -------------------------------------------------------------


def test_columns_and_offsets_on_every_article(corpus):
    texts = corpus["text"].tolist() + pd.concat([load_corpus_devset()])["text"].tolist()
    for text in texts:
        figures = figures_of(text)
        assert list(figures.columns) == COLUMNS
        assert set(figures["kind"]) <= set(KINDS)
        assert figures["start"].is_monotonic_increasing
        assert_spans(text, figures)


def load_corpus_devset():
    from samestory import load_corpus

    return load_corpus(DEVSET_DIR)


def test_empty_text_gives_an_empty_table_with_the_columns():
    figures = extract_numbers("", quotes=NO_QUOTES)
    assert figures.empty and list(figures.columns) == COLUMNS
    assert figures["value"].dtype == "float64" and figures["start"].dtype == "int64"


def test_text_that_is_not_a_string_is_refused_with_the_reason():
    with pytest.raises(TypeError, match="needs the article text as a str"):
        extract_numbers(None)


# --- Against the hand-checked key (seed articles) --------------------------------------


def test_seed_figures_match_the_answer_key(corpus):
    key = load_annotations("figures")
    key = key[key["set"] == "seed"]
    texts = corpus.set_index("article_id")["text"]
    for article_id, rows in key.groupby("article_id"):
        figures = figures_of(texts[article_id]).set_index(["start", "end"])
        for row in rows.itertuples():
            assert (row.start, row.end) in figures.index, f"{article_id}: missed {row.surface!r}"
            found = figures.loc[(row.start, row.end)]
            assert found["kind"] == row.kind, row.surface
            if math.isnan(row.value):
                assert math.isnan(found["value"]), row.surface
            else:
                assert found["value"] == pytest.approx(row.value, rel=0.01), row.surface
            assert found["qualifier"] == row.qualifier, row.surface
        assert len(figures) == len(rows), f"{article_id}: figures the key does not have"


# --- Reading values, on made-up sentences -----------------------------------------------


@pytest.mark.parametrize(
    "text, surface, value, unit, kind",
    [
        ("They are investing £40m in it.", "£40m", 40_000_000, "GBP", "money"),
        ("They are investing £40 million in it.", "£40 million", 40_000_000, "GBP", "money"),
        ("A bill of £3.5bn arrived.", "£3.5bn", 3_500_000_000, "GBP", "money"),
        ("We have 3,500 new officers.", "3,500", 3_500, "officers", "count"),
        ("Over the last eight years, things changed.", "eight", 8, "years", "duration"),
        ("There were twenty-five officers.", "twenty-five", 25, "officers", "count"),
        ("He ate a dozen eggs.", "a dozen", 12, "eggs", "count"),
        ("They raised three-and-a-half million pounds.", "three-and-a-half million", 3_500_000, "GBP", "money"),
        ("Roughly one million people marched.", "one million", 1_000_000, "people", "count"),
        ("About 52% voted to leave.", "52%", 52, "percent", "percent"),
        ("Pay rose 4 per cent.", "4 per cent", 4, "percent", "percent"),
        ("It needs two-thirds of the senators.", "two-thirds", 66.67, "percent", "percent"),
        ("Yesterday we doubled the sentence.", "doubled", 2, "", "multiplier"),
        ("Prisoners are locked up for 24 hours a day.", "24", 24, "hours", "rate"),
        ("A nearly 24-hour search began.", "24", 24, "hours", "duration"),
        ("The boat was 75 ft long.", "75", 75, "feet", "count"),
        ("Riots broke out in 1990.", "1990", 1990, "year", "year"),
        ("More than 2000 officers walked out.", "2000", 2000, "officers", "count"),
        ("The mayor, Adamowicz, 53, died.", "53", 53, "years", "duration"),
    ],
)
def test_values_units_and_kinds(text, surface, value, unit, kind):
    figure = one(text)
    assert (figure["surface"], figure["unit"], figure["kind"]) == (surface, unit, kind)
    assert figure["value"] == pytest.approx(value, rel=1e-3)


@pytest.mark.parametrize(
    "text, surface, value, normalized",
    [
        ("from 7am this morning", "7am", 7.0, "T07:00"),
        ("It was called off at 1pm.", "1pm", 13.0, "T13:00"),
        ("As of 2:00 pm, it ended.", "2:00 pm", 14.0, "T14:00"),
        ("some time after 3 a.m. on Monday", "3 a.m.", 3.0, "T03:00"),
        ("The talks began at 14:00.", "14:00", 14.0, "T14:00"),
        ("It started at 1000 UTC.", "1000 UTC", 10.0, "T10:00Z"),
        ("It's 3:30 in the morning.", "3:30 in the morning", 3.5, "T03:30"),
        ("The shift ends at 12pm today.", "12pm", 12.0, "T12:00"),
        ("He left at 12am.", "12am", 0.0, "T00:00"),
    ],
)
def test_times_of_day(text, surface, value, normalized):
    figure = one(text)
    assert (figure["surface"], figure["kind"], figure["normalized"]) == (surface, "time_of_day", normalized)
    assert figure["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    "text, surface, normalized",
    [
        ("this morning (Friday, September 14) the union", "Friday, September 14", "2018-09-14"),
        ("reaching roughly 86,400 places in March 2023.", "March 2023", "2023-03"),
        ("It happened on 14 September 2018.", "14 September 2018", "2018-09-14"),
        ("It happened on October 2 2018 at dawn.", "October 2 2018", "2018-10-02"),
        ("It was signed on 2018-09-14.", "2018-09-14", "2018-09-14"),
    ],
)
def test_dates_have_no_value_and_an_iso_form(text, surface, normalized):
    figures = figures_of(text, year=2018)
    dates = figures[figures["kind"] == "date"]
    assert dates["surface"].tolist() == [surface]
    assert dates["normalized"].tolist() == [normalized]
    assert dates["value"].isna().all()


def test_a_date_without_a_year_stays_without_one_unless_a_year_is_given():
    text = "On Friday, September 14 they protested."
    assert one(text)["normalized"] == "--09-14"
    assert one(text, year=2018)["normalized"] == "2018-09-14"


@pytest.mark.parametrize(
    "text, qualifier, context",
    [
        ("forecast to rise by more than 3,000 over the next years", "more than", "more than 3,000"),
        ("reaching roughly 86,400 places in March", "roughly", "roughly 86,400 places"),
        ("told to return to work by 1pm following talks", "by", "by 1pm"),
        ("As of 2:00 pm, the protest has been called off", "as of", "As of 2:00 pm"),
        ("25 officers every day are being assaulted", "", "25 officers every day"),
        ("Thousands of prison staff took part", "unspecified", "Thousands of prison staff"),
        ("over the last eight years", "", "eight years"),
        ("both have been in operation since the 1970s", "since", "since the 1970s"),
        ("a boat (~23 m) long", "~", "~23"),
    ],
)
def test_qualifiers_and_context(text, qualifier, context):
    figure = figures_of(text).iloc[0]
    assert figure["qualifier"] == qualifier
    assert figure["context"] == context


def test_a_range_gives_two_figures():
    figures = figures_of("He served from 2008 until 2016, and between three and four years later left.")
    assert figures["surface"].tolist() == ["2008", "2016", "three", "four"]
    assert figures["qualifier"].tolist()[:2] == ["from", "until"]
    assert figures["value"].tolist() == [2008, 2016, 3, 4]


def test_vague_magnitudes_have_no_value():
    figures = figures_of("Hundreds of people came, then tens of thousands; millions watched.")
    assert figures["surface"].tolist() == ["Hundreds", "tens of thousands", "millions"]
    assert figures["value"].isna().all()
    assert (figures["qualifier"] == "unspecified").all()


@pytest.mark.parametrize(
    "text",
    [
        "He was confident a deal is a deal.",
        "One woman said no-one had called; someone else did.",
        "It may be the consequence.",
        "Queen Elizabeth II met the First Minister.",
        "They want to revoke Article 50 by resolution 2259.",
        "A spokesman for 10 Downing Street spoke about COVID-19 and H1N1.",
        "He was the third president; one of the five demands was met.",  # "five" counts, not "one"
        "The Tenure of Office Act of 1867 was repealed.",
        "TVN24 reported it on oe24.at.",
        "A single step, several speakers, many people.",
        "The Group of Five met; she was no Goody Two-Shoes.",  # capitalised number words inside names
    ],
)
def test_words_that_are_not_figures(text):
    surfaces = figures_of(text)["surface"].tolist()
    assert surfaces == (["five"] if "five" in text else [])


@pytest.mark.parametrize(
    "text, surface",
    [("Cherry and all but one of the petitioners", "one"), ("The vote failed by one vote.", "one")],
)
def test_one_when_it_really_counts(text, surface):
    figure = one(text)
    assert (figure["surface"], figure["value"]) == (surface, 1.0)


# --- Bad input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface",
    [("1,00,000 people", "1,00,000"), ("version 3.5.6 of it", None), ("at 12:75 pm", "12:75 pm"), ("3.5.6", "3.5.6")],
)
def test_malformed_numbers_get_no_value(text, surface):
    figures = figures_of(text)
    if surface is None:  # "version 3.5.6" is an identifier, not a figure
        assert figures.empty
    else:
        assert figures["surface"].tolist() == [surface]
        assert figures["value"].isna().all()
        assert figures["normalized"].tolist() == [""]


@pytest.mark.parametrize("text", ["£", "£ and $ and %", "am pm", ":", ",.", "a.m.", "%"])
def test_signs_without_numbers_are_not_figures(text):
    assert figures_of(text).empty


def test_huge_numbers_give_no_nonsense_value():
    text = "It cost £" + "9" * 400 + " and " + "1" + "0" * 5000 + " people came."
    figures = figures_of(text)
    assert len(figures) == 2
    assert figures["value"].isna().all()
    assert_spans(text, figures)


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("She won Ohio's 18 electoral votes to Senator Bram Lowe's 214.", ["18", "214"]),  # a possessive owns the figure
        ("the Space Agency's 2031 probe", ["2031"]),
        ("Riverside beat Eastfield 43–5 and Lakeside drew with Norton 12–12.", ["43", "5", "12", "12"]),  # scores
        ("Route 66 and Apollo 11", []),  # names with digits stay names
    ],
)
def test_digits_after_a_capitalised_word(text, surfaces):
    assert figures_of(text)["surface"].tolist() == surfaces


def test_numbers_glued_to_words_are_names_not_figures():
    assert figures_of("abc123def and x9 and 2019-nCoV and SARS-CoV-2").empty
    # ... but units and scale words may be glued on.
    assert figures_of("a 5km run and 40m people")["value"].tolist() == [5, 40_000_000]


figure_texts = st.lists(
    st.sampled_from(list("0123456789,.:-£$%~ ampAPM\n\"“”") + ["one ", "twenty", "-five", " million",
                    " thousands", "September ", "Friday, ", "a dozen", " per cent", "1990", "7am"]),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(figure_texts)
def test_any_text_gives_spans_inside_it(text):
    figures = figures_of(text)
    assert_spans(text, figures)
    assert set(figures["kind"]) <= set(KINDS)
    assert all(math.isnan(v) or math.isfinite(v) for v in figures["value"])
    assert not ((figures["start"].shift(-1) < figures["end"]).fillna(False)).any(), "figures overlap"


def plain_scan(text):
    return [(m.span(), m.lastgroup) for m in FIGURE_PATTERN.finditer(text)]


def fast_scan(text):
    return [(m.span(), m.lastgroup) for m in _figure_matches(text)]


def test_the_fast_scan_finds_what_the_pattern_finds_on_real_text(corpus):
    texts = list(corpus["text"]) + [path.read_text(encoding="utf-8") for path in sorted(DEVSET_DIR.glob("*.txt"))]
    for text in texts:
        assert fast_scan(text) == plain_scan(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(figure_texts, st.text(max_size=80)))
def test_the_fast_scan_finds_what_the_pattern_finds_on_any_text(text):
    assert fast_scan(text) == plain_scan(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
@example("À-0")  # a letter outside A-Z glued to a figure by a hyphen (hypothesis found it)
@example("Ævar-19 and Ørsted-2")
def test_any_unicode_text_is_handled(text):
    # The default: quotations found by samestory.quotes (when it is there) for attribution.
    figures = extract_numbers(text)
    assert_spans(text, figures)
    assert set(figures["inside_quote"]) <= {True, False}
    assert (figures["attributed_to"] != "").all()


# --- Attribution -----------------------------------------------------------------------


def test_a_figure_inside_a_quotation_belongs_to_its_speaker():
    text = 'Mr Stewart said: "We have 3,500 new officers." The protest ended at 1pm.'
    start = text.index("We have")
    quotes = pd.DataFrame({"start": [start], "end": [text.index('."') + 1], "speaker": ["Rory Stewart"]})
    figures = extract_numbers(text, quotes=quotes)
    assert figures["attributed_to"].tolist() == ["Rory Stewart", NARRATION]
    assert figures["inside_quote"].tolist() == [True, False]


def test_reported_speech_is_attributed_to_the_reporter():
    text = (
        "The Ministry of Justice said it doubled the prison sentence on Thursday. "
        "The population is forecast by the Ministry of Justice to rise by more than 3,000. "
        "Thousands of staff took part."
    )
    figures = figures_of(text)
    assert figures["attributed_to"].tolist() == ["Ministry of Justice", "Ministry of Justice", NARRATION]
    assert not figures["inside_quote"].any()


def test_attribution_on_the_corpus_uses_the_quotes_module(corpus):
    pytest.importorskip("samestory.quotes")
    figures = numbers_in(corpus)
    kent = figures[figures["article_id"] == "kent"].set_index("surface")
    assert kent.loc["£40 million", "inside_quote"]
    assert "Stewart" in kent.loc["£40 million", "attributed_to"]
    assert kent.loc["1pm", "attributed_to"] == NARRATION


# --- Whole corpus: numbers_in and compare_figures -----------------------------------------


def test_the_default_attribution_agrees_with_a_full_quote_table():
    # The default finds speakers only for quotations with a figure in them
    # (it is faster); what it says must be what the full table says.
    from samestory.quotes import extract_quotes

    for text in annotated_texts()["text"]:
        default = extract_numbers(text)
        full = extract_numbers(text, quotes=extract_quotes(text))
        pd.testing.assert_frame_equal(default.drop(columns="attributed_to"), full.drop(columns="attributed_to"))
        inside = default["inside_quote"]
        assert default.loc[inside, "attributed_to"].tolist() == full.loc[inside, "attributed_to"].tolist()


def test_reported_speech_names_are_written_out_from_the_names_the_text_gives():
    text = "The fire was first reported by the coastguard. Lena Ortiz, a captain, led the search. Captain Ortiz said 24 people were rescued."
    figures = extract_numbers(text)
    assert figures.set_index("surface").loc["24", "attributed_to"] == "Lena Ortiz"


def test_numbers_in_keeps_article_and_outlet(corpus):
    figures = numbers_in(corpus, quotes=NO_QUOTES.assign(article_id=[]))
    assert list(figures.columns[:2]) == ["article_id", "outlet"]
    assert list(figures.columns[2:]) == COLUMNS + ["measure"]
    assert set(figures["article_id"]) == set(corpus["article_id"])
    assert (figures["measure"] != "").all()
    # The corpus date gives the year to a date written without one.
    assert "2018-09-14" in figures["normalized"].tolist()


def test_numbers_in_names_a_missing_column():
    with pytest.raises(CorpusError, match="no column 'outlet'"):
        numbers_in(pd.DataFrame({"article_id": ["a"], "text": ["7am"]}))


def test_numbers_in_an_empty_corpus():
    empty = pd.DataFrame({"article_id": [], "outlet": [], "text": []})
    assert numbers_in(empty).empty


def test_compare_flags_the_call_off_time_and_agrees_on_the_money(corpus):
    comparison = compare_figures(corpus)
    by_wandsworth = comparison.set_index("Wandsworth outlet surface")
    call_off = by_wandsworth.loc["2:00 pm"]
    assert call_off["status"] == "differs"
    assert (call_off["KentOnline surface"], call_off["Worcestershire outlet surface"]) == ("1pm", "1pm")
    money = by_wandsworth.loc["£40m"]
    assert (money["KentOnline surface"], money["status"]) == ("£40 million", "agree")
    assert money["KentOnline value"] == money["Wandsworth outlet value"] == 40_000_000
    start = by_wandsworth.loc["7:00 am"]
    assert (start["KentOnline surface"], start["status"]) == ("7am", "agree")


def test_compare_statuses(corpus):
    comparison = compare_figures(corpus)
    outlets = corpus["outlet"].tolist()
    allowed = {"agree", "differs"} | {f"only in {o}" for o in outlets}
    assert set(comparison["status"]) <= allowed
    for _, row in comparison.iterrows():
        cited = [o for o in outlets if row[f"{o} surface"]]
        assert len(cited) == row["outlets"]
        if row["outlets"] == 1:
            assert row["status"] == f"only in {cited[0]}"
    assert comparison["measure"].is_unique


def test_compare_on_made_up_articles_lines_up_the_same_fact():
    corpus = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "outlet": ["A", "B", "C"],
            "text": [
                "We have 200 new nurses. The strike began at 7am and ended at noon.",
                "Now 210 new nurses work here. The strike began at 7:00 am.",
                "The strike began at 8am. It cost £2 million.",
            ],
        }
    )
    comparison = compare_figures(corpus).set_index("measure")
    assert comparison.loc["new nurses", "status"] == "differs"
    assert comparison.loc["start time", ["A surface", "B surface", "C surface"]].tolist() == ["7am", "7:00 am", "8am"]
    assert comparison.loc["start time", "status"] == "differs"
    assert comparison.loc["money: cost", "status"] == "only in C"


def test_compare_does_not_change_its_input(corpus):
    before = corpus.copy()
    compare_figures(corpus)
    pd.testing.assert_frame_equal(corpus, before)


def test_plot_of_figures_cited(corpus):
    from samestory.plots import plot_figures_cited

    comparison = compare_figures(corpus)
    ax = plot_figures_cited(comparison)
    labels = [t.get_text() for t in ax.texts]
    assert "2:00 pm" in labels and "differs" in labels
    assert ax.get_title(loc="left").startswith("1 figure differs")
    assert [t.get_text() for t in ax.get_xticklabels()] == corpus["outlet"].tolist()
