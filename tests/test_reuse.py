"""Shared passages: found despite small edits, with exact offsets into each text."""

import random

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samestory import CorpusError
from samestory.evaluate import load_annotations
from samestory.reuse import (
    PASSAGE_COLUMNS,
    normalise_words,
    passages_in,
    reuse_pairs,
    reuse_share,
    shared_passages,
    side_by_side_html,
)

STATEMENT = (
    "Prison officers do vital and important work and we urge them to return to their duty stations, "
    "in line with their obligations to the law and the prison service."
)


def covered(spans, start, end):
    """Characters of text[start:end] inside any of the spans."""
    inside = set()
    for span_start, span_end in spans:
        inside.update(range(span_start, span_end))
    return len(inside & set(range(start, end)))


def assert_offsets(text_a, text_b, passages):
    for row in passages.itertuples(index=False):
        assert 0 <= row.a_start < row.a_end <= len(text_a)
        assert 0 <= row.b_start < row.b_end <= len(text_b)
        assert text_a[row.a_start : row.a_end] == row.a_text
        assert text_b[row.b_start : row.b_end] == row.b_text


@pytest.fixture(scope="module")
def seed_statements():
    gold = load_annotations("quotes")
    return gold[(gold["set"] == "seed") & (gold["kind"] == "statement")]


def test_every_statement_two_outlets_quote_is_covered(corpus, seed_statements):
    texts = dict(zip(corpus["article_id"], corpus["text"]))
    checked = 0
    for statement_id, rows in seed_statements.groupby("statement_id"):
        articles = sorted(rows["article_id"].unique())
        for i, first in enumerate(articles):
            for second in articles[i + 1 :]:
                passages = shared_passages(texts[first], texts[second])
                assert_offsets(texts[first], texts[second], passages)
                for article, side in ((first, "a"), (second, "b")):
                    spans = list(zip(passages[f"{side}_start"], passages[f"{side}_end"]))
                    mine = rows[rows["article_id"] == article]
                    total = (mine["end"] - mine["start"]).sum()
                    found = sum(covered(spans, s, e) for s, e in zip(mine["start"], mine["end"]))
                    assert found >= 0.8 * total, f"{statement_id} in {article}: {found}/{total}"
                    checked += 1
    assert checked >= 18  # nine statements, each in two outlets


@pytest.mark.parametrize(
    "edited",
    [
        STATEMENT.replace("Prison officers", "prison OFFICERS"),  # case
        STATEMENT.replace("vital and important", "vital, important"),  # a word dropped
        STATEMENT.replace("urge them", "ask them"),  # a word swapped
        STATEMENT.replace("their duty stations, ", "their duty stations.\n\n"),  # a paragraph split
        STATEMENT.replace("the law", "the law (as it stands)"),  # words added
    ],
)
def test_one_passage_survives_small_edits(edited):
    text_a = f'He said: "{STATEMENT}" Then he left.'
    text_b = f"Mr Stewart told us: “{edited}”"
    passages = shared_passages(text_a, text_b)
    assert_offsets(text_a, text_b, passages)
    assert len(passages) == 1
    row = passages.iloc[0]
    assert row["a_text"] == STATEMENT[:-1]  # from first word to last word, without the full stop
    assert 0.8 <= row["similarity"] <= 1.0


def test_marks_apostrophes_and_money_are_normalised():
    text_a = "He said: “It’s irresponsible, we are investing £40 million & 3,500 officers now.”"
    text_b = "Mr Stewart: \"it's irresponsible, we are investing £40m and 3500 officers now.\""
    row = shared_passages(text_a, text_b).iloc[0]
    assert row["a_text"] == "It’s irresponsible, we are investing £40 million & 3,500 officers now"
    assert row["similarity"] == 1.0


def test_normal_words_point_back_into_the_text():
    text = "A £40m walk-out & 3,500 officers’ pay"
    table = normalise_words(text)
    assert table["norm"].tolist() == ["a", "40", "million", "walk", "out", "and", "3500", "officers", "pay"]
    assert all(text[s:e] == w for s, e, w in zip(table["start"], table["end"], table["word"]))


def test_identical_texts_are_one_passage(corpus):
    text = corpus["text"].iloc[0]
    passages = shared_passages(text, text)
    assert len(passages) == 1
    row = passages.iloc[0]
    words = normalise_words(text)
    assert (row["a_start"], row["a_end"]) == (words["start"].min(), words["end"].max())
    assert (row["b_start"], row["b_end"]) == (row["a_start"], row["a_end"])
    assert row["similarity"] == 1.0 and row["words"] == len(words)


@pytest.mark.parametrize("other", ["", "   \n\n", "Completely different words about the weather in Spain today."])
def test_empty_or_unrelated_text_gives_no_passages(corpus, other):
    for text_a, text_b in ((corpus["text"].iloc[0], other), (other, corpus["text"].iloc[0])):
        passages = shared_passages(text_a, text_b)
        assert passages.empty
        assert list(passages.columns) == PASSAGE_COLUMNS


def test_a_repeated_paragraph_gives_one_row_per_copy():
    paragraph = "Prison officers walked out across the country over violence in jails."
    repeated = f"Intro.\n{paragraph}\nMiddle words here.\n{paragraph}\nEnd."
    passages = shared_passages(repeated, paragraph)
    assert_offsets(repeated, paragraph, passages)
    assert passages["a_start"].tolist() == [repeated.find(paragraph), repeated.rfind(paragraph)]
    assert (passages["b_text"] == paragraph[:-1]).all()
    # compared with itself, the repeating text is one passage, not three
    assert len(shared_passages(repeated, repeated)) == 1


WORDS = st.sampled_from("prison officers walk out strike the pay rose £40m 3,500 “safe” jails".split())


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, max_size=60), st.lists(WORDS, max_size=60), st.sampled_from([" ", "\n", ", ", ". "]))
def test_passages_point_back_into_both_texts(words_a, words_b, separator):
    text_a, text_b = separator.join(words_a), " ".join(words_b + words_a[5:30])
    passages = shared_passages(text_a, text_b, shingle_words=3, min_words=3)
    assert_offsets(text_a, text_b, passages)
    assert passages["similarity"].between(0, 1).all()


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_any_text_gives_sound_offsets(text_a, text_b):
    text_b += text_a
    assert_offsets(text_a, text_b, shared_passages(text_a, text_b, shingle_words=2, min_words=2))


def test_reuse_share_on_the_corpus(corpus, seed_statements):
    shares = reuse_share(corpus, quotes=seed_statements)
    assert len(shares) == 3 * 3
    assert (shares["quote_chars"] + shares["narration_chars"] == shares["chars"]).all()
    for column in ("share", "quote_share", "narration_share"):
        assert shares[column].between(0, 1).all()
    by_pair = shares.set_index(["article_id", "other"])
    for article in corpus["article_id"]:
        others = by_pair.loc[article].drop(index="any")
        assert by_pair.loc[(article, "any"), "shared_chars"] >= others["shared_chars"].max()
        assert by_pair.loc[(article, "any"), "shared_chars"] <= others["shared_chars"].sum()
    # The statements Kent shares with Wandsworth are >= 80% found, so Kent's
    # quoted characters found in Wandsworth are at least that many.
    kent = corpus.set_index("article_id").loc["kent", "text"]
    both = seed_statements[seed_statements["statement_id"].isin(
        seed_statements.loc[seed_statements["article_id"] == "wandsworth", "statement_id"])]
    in_kent = both[both["article_id"] == "kent"]
    letters = sum(sum(not c.isspace() for c in kent[s:e]) for s, e in zip(in_kent["start"], in_kent["end"]))
    assert by_pair.loc[("kent", "wandsworth"), "quote_shared_chars"] >= 0.8 * letters
    # Kent and Wandsworth share two statements' worth; Kent and Worcestershire none.
    assert by_pair.loc[("kent", "wandsworth"), "share"] > 2 * by_pair.loc[("kent", "worcestershire"), "share"]


def test_reuse_share_of_an_empty_text_is_zero():
    corpus = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"], "text": ["", "Some words here."]})
    quotes = pd.DataFrame({"article_id": [], "start": [], "end": []})
    shares = reuse_share(corpus, quotes=quotes)
    assert (shares["share"] == 0.0).all()
    assert shares.loc[shares["article_id"] == "a", "chars"].eq(0).all()


def test_bad_tables_name_the_missing_column(corpus):
    with pytest.raises(CorpusError, match="'text'"):
        reuse_pairs(corpus.drop(columns="text"))
    with pytest.raises(CorpusError, match="quotes.*'end'"):
        reuse_share(corpus, quotes=pd.DataFrame({"article_id": ["kent"], "start": [0]}))
    with pytest.raises(CorpusError, match="DataFrame"):
        passages_in(["not", "a", "table"])


def synthetic_corpus(n_articles, copies, *, seed):
    """Random-word articles; ``copies`` pairs share a 60-word passage."""
    rng = random.Random(seed)
    vocabulary = [f"w{k}" for k in range(3000)]
    texts = [" ".join(rng.choices(vocabulary, k=120)) for _ in range(n_articles)]
    pairs = set()
    while len(pairs) < copies:
        a, b = sorted(rng.sample(range(n_articles), 2))
        if not {a, b} & {x for pair in pairs for x in pair}:
            pairs.add((a, b))
    for a, b in pairs:
        texts[b] += ". " + " ".join(texts[a].split()[20:80])
    ids = [f"art{k:03d}" for k in range(n_articles)]
    corpus = pd.DataFrame({"article_id": ids, "outlet": ["Synthetic"] * n_articles, "text": texts})
    return corpus, {(ids[a], ids[b]) for a, b in pairs}


def test_reuse_pairs_finds_the_planted_copies_and_agrees_with_all_pairs():
    corpus, planted = synthetic_corpus(40, 4, seed=7)
    pairs = reuse_pairs(corpus, min_chars=50)
    assert set(zip(pairs["article_a"], pairs["article_b"])) == planted
    brute = passages_in(corpus)
    for row in pairs.itertuples():
        mine = brute[(brute["article_a"] == row.article_a) & (brute["article_b"] == row.article_b)]
        text = corpus.set_index("article_id").loc[row.article_a, "text"]
        letters = sum(sum(not c.isspace() for c in text[s:e]) for s, e in zip(mine["a_start"], mine["a_end"]))
        assert row.shared_chars <= letters
        assert 0 < row.share_a <= 1 and 0 < row.share_b <= 1


def test_reuse_pairs_on_the_corpus_and_on_odd_corpora(corpus):
    pairs = reuse_pairs(corpus, min_chars=1)
    assert {("kent", "wandsworth"), ("wandsworth", "worcestershire")} <= set(zip(pairs["article_a"], pairs["article_b"]))
    strict = reuse_pairs(corpus, min_chars=1000)
    assert set(zip(strict["article_a"], strict["article_b"])) == {("kent", "wandsworth")}
    assert reuse_pairs(corpus.iloc[:0]).empty
    assert reuse_pairs(corpus.iloc[:1]).empty
    same = pd.concat([corpus.iloc[:1], corpus.iloc[:1].assign(article_id="copy")], ignore_index=True)
    row = reuse_pairs(same).iloc[0]
    assert row["share_a"] == row["share_b"] > 0.99


def test_side_by_side_escapes_every_piece_of_text():
    evil = 'Officers <script>alert("x")</script> walked out & said "pay rose" at seven this morning.'
    corpus = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "outlet": ["A <b>& Co</b>", "B"],
            "text": [evil, 'Officers walked out & said "pay rose" at seven this morning.'],
        }
    )
    page = side_by_side_html(corpus)
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page and "A &lt;b&gt;&amp; Co&lt;/b&gt;" in page
    assert "&amp; said &quot;pay rose&quot;" in page
    assert page.count("<mark") >= 2  # the shared words are marked in both columns


def test_reuse_share_splits_by_the_quotes_the_package_finds(corpus):
    shares = reuse_share(corpus).set_index(["article_id", "other"])
    assert (shares["quote_chars"] > 0).all()
    kent = shares.loc[("kent", "wandsworth")]
    # what Kent and Wandsworth share is mostly the statements they both quote
    assert kent["quote_shared_chars"] > kent["narration_shared_chars"]


def test_the_notebook_checks_pass_right_answers_and_reject_wrong_ones(corpus):
    from samestory.exercises import check
    from samestory.tokens import words

    texts = corpus.set_index("article_id")["text"]

    def shingles(text, size):
        lower = words(text)["lower"].tolist()
        return {tuple(lower[i : i + size]) for i in range(len(lower) - size + 1)}

    assert check("shingles", shingles)
    assert not check("shingles", lambda text, size: {tuple(text.split()[i : i + size]) for i in range(len(text.split()))})
    assert not check("overlap", lambda a, b: len(shingles(a, 5) & shingles(b, 5)))
    assert not check("shared_share", lambda a, b: 0.5)
    kent = texts["kent"]
    wrong = kent.find("doubled")
    assert not check("changed_word", lambda: (wrong, wrong + len("doubled")))
    right = kent.find("unlawful")
    assert check("changed_word", lambda: (right, right + len("unlawful")))
    hint = check("changed_word", lambda: (right - 1, right + len("unlawful"))).message
    assert "one word" in hint and "unlawful" in hint
