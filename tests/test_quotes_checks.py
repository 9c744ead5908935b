"""The self-checks of 03_quotes accept right answers and hint, without the answer, at wrong ones."""

from samestory.checks.quotes import expected_differences, wording_spans
from samestory.exercises import check


def test_union_share():
    assert check("union_share", lambda q: float((q["speaker_group"] == "union").mean()) if len(q) else 0.0)
    nan_on_empty = check("union_share", lambda q: (q["speaker_group"] == "union").mean())
    assert not nan_on_empty and "0.0" in nan_on_empty.message
    assert not check("union_share", lambda q: (q["speaker_group"] == "government").mean() if len(q) else 0.0)
    assert "number" in check("union_share", lambda q: "half").message


def test_missed_quote():
    dash = "– We will not go back, said the driver."
    assert check("missed_quote", lambda: (dash, (2, dash.index(", said"))))
    marked = 'He said "We will not go back."'
    found = check("missed_quote", lambda: (marked, (9, 29)))
    assert not found and "finds this one" in found.message
    assert "inside" in check("missed_quote", lambda: (dash, (5, 500))).message
    assert "tuple" in check("missed_quote", lambda: dash).message


def test_classify_differences_hint_does_not_give_the_answer():
    expected = expected_differences()
    assert check("classify_differences", lambda: dict(expected))
    wrong = dict(expected, c="case")
    result = check("classify_differences", lambda: wrong)
    assert not result
    assert expected["c"] not in result.message.split("Look at")[0]
    assert "keys" in check("classify_differences", lambda: {"a": "wording"}).message


def test_wording_evidence():
    spans = wording_spans()
    assert spans  # Kent and Wandsworth differ in at least one word
    start, end = spans[0]
    assert check("wording_evidence", lambda text: (start, end))
    assert not check("wording_evidence", lambda text: (0, 10))
    assert not check("wording_evidence", lambda text: (0, len(text)))  # the whole text is not evidence
