"""Paragraphs, sentences and words come back with exact offsets."""

from hypothesis import given
from hypothesis import strategies as st

from samestory.tokens import count_parts, paragraphs, sentences, words


def assert_offsets(text, table, column="text"):
    for row in table.itertuples(index=False):
        assert 0 <= row.start <= row.end <= len(text)
        assert text[row.start : row.end] == getattr(row, column)


def test_offsets_on_the_corpus(corpus):
    for text in corpus["text"]:
        assert_offsets(text, paragraphs(text))
        assert_offsets(text, sentences(text))
        assert_offsets(text, words(text), column="word")


def test_paragraphs_single_and_double_line_breaks(corpus):
    counts = {row.article_id: len(paragraphs(row.text)) for row in corpus.itertuples()}
    assert counts["kent"] == sum(1 for line in corpus.loc[0, "text"].split("\n") if line.strip())
    # Wandsworth's last paragraph starts with a non-breaking space: it is trimmed.
    last = paragraphs(corpus.loc[1, "text"]).iloc[-1]
    assert last["text"].startswith("“I have demonstrated")


def test_sentences_respect_abbreviations_and_paragraphs():
    text = 'Mr Gillan said: "We act. They listen."\nA headline without a stop\nDr Jones agreed.'
    assert sentences(text)["text"].tolist() == [
        'Mr Gillan said: "We act.',
        'They listen."',
        "A headline without a stop",
        "Dr Jones agreed.",
    ]


def test_words_keep_numbers_and_hyphens_whole():
    assert words("3,500 officers; a walk-out at 7am, it’s £40m")["word"].tolist() == [
        "3,500", "officers", "a", "walk-out", "at", "7am", "it’s", "40m",
    ]


def test_count_parts_on_the_corpus(corpus):
    counts = count_parts(corpus)
    assert counts["article_id"].tolist() == corpus["article_id"].tolist()
    assert (counts["words"] > 300).all()
    kent = corpus.loc[0, "text"]
    assert counts.loc[0, "quote_marks"] == kent.count('"') + kent.count("“") + kent.count("”")


def test_count_parts_on_empty_text():
    import pandas as pd

    row = count_parts(pd.DataFrame({"article_id": ["e"], "outlet": ["E"], "text": [""]})).iloc[0]
    assert (row["words"], row["sentences"], row["paragraphs"], row["words_per_sentence"]) == (0, 0, 0, 0.0)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_offsets_hold_for_any_text(text):
    assert_offsets(text, paragraphs(text))
    assert_offsets(text, sentences(text))
    assert_offsets(text, words(text), column="word")
