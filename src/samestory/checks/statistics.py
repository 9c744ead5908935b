"""Self-checks for ``05_statistics``: reading figures, and finding where outlets disagree."""

import math
import numbers

import pandas as pd

from samestory.checks import register
from samestory.corpus import load_corpus
from samestory.numbers import compare_figures, extract_numbers, numbers_in

# The three figures of the by-hand exercise, as the articles write them.
BY_HAND = ("£40m", "2:00 pm", "eight")
_MADE_UP = [
    "Pay rose by £3.5bn at 7:30 pm.",
    "About 1,250 officers, twenty-five of them new, met at 9am.",
    "It cost £12 million; nobody came.",
    "",
]


@register("normalise_by_hand")
def normalise_by_hand(answer):
    got = answer()
    if not isinstance(got, dict):
        return f"Return a dict such as {{'£40m': ..., '2:00 pm': ..., 'eight': ...}}, not a {type(got).__name__}."
    missing = [surface for surface in BY_HAND if surface not in got]
    if missing:
        return f"Your dict has no entry for {missing[0]!r}; use the three figures exactly as written: {', '.join(BY_HAND)}."
    expected = _package_values(BY_HAND)
    hints = {
        "£40m": "'m' after a sum of money means million: write the whole number of pounds.",
        "2:00 pm": "Write a time of day as hours on the 24-hour clock, as a decimal (half past seven is 7.5).",
        "eight": "A number word becomes the number it names.",
    }
    for surface in BY_HAND:
        value = got[surface]
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return f"The value for {surface!r} should be a number, not {type(value).__name__}."
        if not math.isclose(value, expected[surface], rel_tol=0.01):
            return f"{surface!r} is not right yet. {hints[surface]}"
    return None


@register("figure_value")
def figure_value(answer):
    texts = load_corpus()["text"].tolist() + _MADE_UP
    for text in texts:
        figures = extract_numbers(text)
        for surface in list(dict.fromkeys(figures["surface"])) + ["not a figure"]:
            rows = figures[figures["surface"] == surface]
            expected = None if rows.empty else rows["value"].iloc[0]
            got = answer(text, surface)
            if expected is None:
                if got is not None:
                    return f"{surface!r} is not a figure in the text: return None."
                continue
            if got is None:
                return f"{surface!r} is a figure in {text[:40]!r}..., but your function returned None."
            if isinstance(expected, float) and math.isnan(expected):
                if not (isinstance(got, float) and math.isnan(got)):
                    return f"The package gives {surface!r} no value (NaN); return that NaN as it is."
            elif not isinstance(got, (int, float)) or not math.isclose(got, expected, rel_tol=1e-9):
                return (
                    f"For {surface!r} your function returns {got!r}. Look the figure up in the `surface` column "
                    "of extract_numbers(text) and return its `value`."
                )
    return None


@register("conflicting_measures")
def conflicting_measures(answer):
    corpora = [load_corpus(), _made_up_corpus()]
    for corpus in corpora:
        figures = numbers_in(corpus)
        comparison = compare_figures(corpus, figures=figures)
        expected = sorted(comparison.loc[comparison["status"] == "differs", "measure"])
        got = answer(figures.copy())
        if not isinstance(got, list):
            return f"Return a sorted list of measures, not a {type(got).__name__}."
        if got != expected:
            if set(got) > set(expected):
                return (
                    "Your list has measures the outlets agree on, or that only one outlet cites. Keep a measure "
                    "only when two or more outlets cite it and their values are not all the same."
                )
            if set(got) < set(expected):
                return "Some conflicts are missing. Group by `measure` and compare every outlet's first value."
            return "Not yet: keep measures cited by two or more outlets whose values differ, and sort the list."
    return None


@register("conflict_span")
def conflict_span(answer):
    corpus = load_corpus()
    comparison = compare_figures(corpus)
    # The evidence is in the outlet whose figure is the odd one out: its value
    # differs from the value most outlets give for the same measure.
    odd = {}
    for _, row in comparison[comparison["status"] == "differs"].iterrows():
        values = {o: row[f"{o} value"] for o in corpus["outlet"] if row[f"{o} surface"]}
        common = pd.Series(list(values.values())).mode().iloc[0]
        odd.update({o: row[f"{o} surface"] for o, v in values.items() if v != common})
    for article in corpus.itertuples():
        span = answer(article.text)
        if article.outlet not in odd:
            if span is not None:
                return f"The {article.outlet} article agrees with another outlet: return None for it."
            continue
        if not (isinstance(span, tuple) and len(span) == 2 and all(isinstance(i, numbers.Integral) for i in span)):
            return "Return a tuple (start, end) of two integers, or None."
        start, end = span
        quoted = article.text[start:end]
        if odd[article.outlet] not in quoted:
            return "text[start:end] should contain the figure that differs, as the article writes it."
        if end - start > 200:
            return "Your span is long: give just the sentence (or clause) with the figure, at most 200 characters."
    return None


def _package_values(surfaces) -> dict:
    figures = numbers_in(load_corpus())
    return {s: figures.loc[figures["surface"] == s, "value"].iloc[0] for s in surfaces}


def _made_up_corpus() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": ["x", "y", "z"],
            "outlet": ["Daily X", "Y Post", "Z News"],
            "text": [
                "The protest began at 7am. It was called off at 1pm. They are investing £10m.",
                "The protest began at 8am. It was called off at 1pm. They are investing £10 million.",
                "It was called off at 1pm. They are investing £12m.",
            ],
        }
    )
