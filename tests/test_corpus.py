"""load_corpus reads the bundled articles and the user's own, keeping text exact."""

from pathlib import Path

import pandas as pd
import pytest

import samestory
from samestory.corpus import COLUMNS, load_corpus

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEED_FILES = {
    "kent": "000_4d9fefc1bd4995fc.txt",
    "wandsworth": "001_0dd2859d04c4e03f.txt",
    "worcestershire": "002_21240d0dc007ecc9.txt",
}


def test_default_corpus_has_the_three_articles_with_metadata(corpus):
    assert corpus["article_id"].tolist() == ["kent", "wandsworth", "worcestershire"]
    assert list(corpus.columns[: len(COLUMNS)]) == COLUMNS
    assert (corpus["date"] == "2018-09-14").all()
    assert corpus["outlet"].is_unique
    assert corpus["place"].str.len().gt(0).all()


@pytest.mark.skipif(not SEEDS.exists(), reason="the shared seeds are not beside this checkout")
@pytest.mark.parametrize("article_id", sorted(SEED_FILES))
def test_text_is_exactly_the_seed_text(corpus, article_id):
    seed = (SEEDS / SEED_FILES[article_id]).read_bytes().decode("utf-8")
    text = corpus.set_index("article_id").loc[article_id, "text"]
    assert text == seed


def test_wandsworth_keeps_the_outlets_own_error(corpus):
    text = corpus.set_index("article_id").loc["wandsworth", "text"]
    assert text.startswith("Police officers at HMP Wandsworth")


def test_importable_from_package_top():
    assert samestory.load_corpus is load_corpus
    assert issubclass(samestory.CorpusError, ValueError)


def test_folder_without_headers_falls_back_to_file_name(write, tmp_path):
    write("b_paper.txt", "Second text.\n")
    write("a_paper.txt", "First text.")
    write("notes.md", "not an article")
    corpus = load_corpus(tmp_path)
    assert corpus["article_id"].tolist() == ["a_paper", "b_paper"]
    assert corpus["outlet"].tolist() == ["a_paper", "b_paper"]
    assert corpus["text"].tolist() == ["First text.", "Second text.\n"]
    assert (corpus["date"] == "").all()


def test_single_file_with_header(write):
    path = write("x.txt", "---\noutlet: The Example\ndate: 2020-01-02\narticle_id: ex1\n---\nBody.\n")
    corpus = load_corpus(path)
    assert corpus.loc[0, ["article_id", "outlet", "date", "text"]].tolist() == ["ex1", "The Example", "2020-01-02", "Body.\n"]


def test_line_endings_and_bom_are_normalised_but_nothing_else(write):
    path = write("crlf.txt", "\ufeff  Pay rose.\r\n\r\n“Good,” he said.\rEnd  ".encode("utf-8"))
    text = load_corpus(path).loc[0, "text"]
    assert text == "  Pay rose.\n\n“Good,” he said.\nEnd  "


def test_csv_with_text_column(write):
    path = write("papers.csv", 'outlet,text,author\nDaily A,"Line one,\nline two",Ann\nDaily B,Other,Bob\n')
    corpus = load_corpus(path)
    assert corpus["article_id"].tolist() == ["papers_001", "papers_002"]
    assert corpus["text"].tolist() == ["Line one,\nline two", "Other"]
    assert corpus["author"].tolist() == ["Ann", "Bob"]


def test_sorting_is_stable_and_does_not_touch_input(write, tmp_path):
    path = write("t.csv", "article_id,text\nb,one\na,two\n")
    corpus = load_corpus(path)
    assert corpus["article_id"].tolist() == ["a", "b"]
    assert isinstance(corpus, pd.DataFrame) and corpus.index.tolist() == [0, 1]


def test_latin1_file_is_read_with_a_warning_naming_it(write):
    path = write("old.txt", "Cost £40m and “more”.".encode("cp1252"))
    with pytest.warns(samestory.CorpusWarning, match="old.txt"):
        corpus = load_corpus(path)
    assert corpus.loc[0, "text"] == "Cost £40m and “more”."
