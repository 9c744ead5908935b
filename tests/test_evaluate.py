"""The scoring against the answer keys: matching rules and held-out hygiene."""

import pandas as pd

from samestory import evaluate
from samestory._paths import DATA_DIR
from samestory.evaluate import annotated_texts, check_counts, check_shares, errors, evaluate_quotes, load_annotations, match_spans


def test_matching_is_one_to_one_and_needs_half_overlap():
    gold = pd.DataFrame({"article_id": ["a", "a", "b"], "start": [0, 10, 0], "end": [10, 20, 10]})
    predicted = pd.DataFrame({"article_id": ["a", "a", "a"], "start": [0, 1, 14], "end": [10, 10, 30]})
    pairs = match_spans(gold, predicted)
    # (0,10) takes the exact prediction; (1,10) cannot match it too; (14,30) overlaps (10,20) by 6/20 < 0.5
    assert pairs[["gold", "predicted"]].values.tolist() == [[0, 0]]


def test_a_perfect_extractor_scores_one():
    gold = load_annotations("quotes")
    article_of = {text: article_id for article_id, text in annotated_texts().set_index("article_id")["text"].items()}

    def from_key(text):
        rows = gold[gold["article_id"] == article_of[text]]
        return rows[["start", "end", "kind", "speaker"]].reset_index(drop=True)

    scores = evaluate_quotes(from_key)
    assert (scores[["precision", "recall", "f1", "kind_accuracy", "speaker_accuracy"]] == 1.0).all().all()


def test_errors_hide_held_out_rows_unless_asked(monkeypatch):
    def nothing(text):
        return pd.DataFrame({"start": pd.Series(dtype=int), "end": pd.Series(dtype=int), "kind": [], "speaker": []})

    # The key may have no held-out article between two fresh sets, so one dev article stands in for one.
    key = load_annotations("quotes")
    held = key["article_id"] == key.loc[key["set"] == "dev", "article_id"].iloc[-1]
    monkeypatch.setattr(evaluate, "load_annotations", lambda name: key.assign(set=key["set"].mask(held, "heldout")))
    listed = errors("quotes", nothing)
    assert set(listed["set"]) == {"seed", "dev"} and (listed["error"] == "missed").all()
    assert set(errors("quotes", nothing, sets=("heldout",))["set"]) == {"heldout"}



def test_every_development_article_is_credited():
    sources = (DATA_DIR / "devset" / "SOURCES.md").read_text(encoding="utf-8")
    articles = sorted(p.name for p in (DATA_DIR / "devset").glob("*.txt"))
    assert articles and [name for name in articles if f"| {name} |" not in sources] == []


def test_check_counts_cover_the_later_paragraphs_of_a_listed_quotation():
    from samestory.quotes import extract_quotes

    text = 'A spokesman said: "We will wait.\n\n"The rota is agreed."\n\nTom Hale said: "No."'
    predicted = extract_quotes(text).assign(article_id="a")
    gold = predicted[["article_id", "start", "end", "kind"]].assign(speaker=["Ann Roe", "Ann Roe", "Tom Hale"])
    counts = check_counts(gold, predicted, match_spans(gold, predicted))
    # both paragraphs of the spokesman's quotation are wrong, and both are covered by the one listed row
    assert counts == {"statements": 3, "checked": 2, "wrong": 2, "wrong_checked": 2, "right_unchecked": 1}
    assert check_shares(counts) == {"checked_share": 0.667, "wrong_caught": 1.0, "accuracy_unchecked": 1.0, "accuracy_after_check": 1.0}


def test_check_shares_with_nothing_to_divide_by_are_nan():
    shares = check_shares({"statements": 2, "checked": 2, "wrong": 0, "wrong_checked": 0, "right_unchecked": 0})
    assert shares["checked_share"] == 1.0 and shares["accuracy_after_check"] == 1.0
    assert shares["wrong_caught"] != shares["wrong_caught"] and shares["accuracy_unchecked"] != shares["accuracy_unchecked"]


def test_evaluate_checks_scores_every_set_with_a_key(monkeypatch):
    from samestory.quotes import extract_quotes

    texts = annotated_texts().set_index("article_id")["text"]
    gold = load_annotations("quotes")
    small = gold[gold["article_id"].isin(gold.groupby("set")["article_id"].first())]  # one article per set
    monkeypatch.setattr(evaluate, "load_annotations", lambda name: small)
    table = evaluate.evaluate_checks()
    assert table["set"].tolist() == [s for s in evaluate.SET_ORDER if s in set(small["set"])]
    for row in table.itertuples():
        one = small[small["set"] == row.set]
        predicted = extract_quotes(texts[one["article_id"].iloc[0]]).assign(article_id=one["article_id"].iloc[0])
        counts = check_counts(one, predicted, match_spans(one, predicted))
        assert {key: getattr(row, key) for key in counts} == counts
        assert counts["statements"] <= one["kind"].eq("statement").sum()
