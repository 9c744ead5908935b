"""Self-checks for ``04_language``: a log-odds by hand, the word that separates, evidence."""

import math
import numbers

import pandas as pd

from samestory.checks import register
from samestory.corpus import load_corpus
from samestory.language import count_words, log_odds, tokenize, voices

_SMALL = (
    pd.Series({"strike": 3, "safe": 1}),
    pd.Series({"strike": 1, "safe": 2, "pay": 1}),
    pd.Series({"strike": 1.0, "safe": 1.0, "pay": 1.0}),
)


@register("log_odds_by_hand")
def log_odds_by_hand(answer):
    by_voice = count_words(voices(load_corpus()), by="voice")
    union, government = by_voice["union"], by_voice["government"]
    pooled = union + government
    pooled = pooled[pooled > 0]
    background = count_words(load_corpus(), by="outlet").sum(axis=1) + 0.5
    cases = [(term, *_SMALL) for term in ("strike", "safe", "pay")]
    cases += [(term, union, government, pooled) for term in ("we", "safe", "irresponsible", "the")]
    cases += [("prisons", union, government, background)]
    for term, counts_a, counts_b, prior in cases:
        expected = log_odds(counts_a, counts_b, prior=prior).set_index("term").loc[term, "log_odds"]
        got = answer(term, counts_a, counts_b, prior)
        if not isinstance(got, (int, float)) or isinstance(got, bool):
            return f"Return one number (a float), not a {type(got).__name__}."
        if abs(got - expected) < 1e-9:
            continue
        if abs(got + expected) < 1e-9:
            return f"For {term!r} your value has the wrong sign: group a's odds come first, minus group b's."
        if _without_prior(term, counts_a, counts_b, got):
            return (
                "Add the prior: each count becomes y + a_w, and each total n + a_0 "
                "(a_0 = the sum of the whole prior)."
            )
        return (
            f"For {term!r} your value is {got:.4f}, which is not it. Check both parts: the odds of the word in a group "
            "are (y + a_w) / (n + a_0 - y - a_w), with n all the group's words and a_0 = prior.sum(); "
            "take the log of each odds and subtract."
        )
    return None


@register("most_separating_word")
def most_separating_word(answer):
    table = voices(load_corpus())
    outlets = list(dict.fromkeys(table["outlet"]))
    for outlet_a, outlet_b in [(outlets[2], outlets[0]), (outlets[0], outlets[1]), (outlets[1], outlets[2])]:
        scores = _narration_scores(table, outlet_a, outlet_b)
        best = scores.loc[scores["z"] >= scores["z"].max() - 1e-12, "term"].tolist()
        got = answer(table, outlet_a, outlet_b)
        if not isinstance(got, str):
            return f"Return the word as a string, not a {type(got).__name__}."
        if got in best:
            continue
        if got.lower() in best:
            return "Return the term as log_odds lists it: lower-case."
        pair = f"For {outlet_a!r} against {outlet_b!r} you gave {got!r}. "
        row = scores[scores["term"] == got]
        if row.empty:
            everything = log_odds(*_outlet_counts(count_words(table, by="outlet"), outlet_a, outlet_b))
            if got in set(everything["term"]):
                return pair + "Use only the narration: keep the rows whose voice is 'narration' before counting."
            return pair + "That is not a word of either outlet's narration; count the words of the narration first."
        if row["z"].iloc[0] <= -scores["z"].max() + 1e-12 or got == scores["term"].iloc[-1]:
            return pair + f"That word is the most typical of {outlet_b}: put {outlet_a} first (group a)."
        if row["count_a"].iloc[0] == scores["count_a"].max():
            return pair + "That is the most frequent word, not the most distinctive: rank by z, the largest first."
        return pair + (
            "It is not the word with the largest z. Count the words of each outlet's narration, "
            "call log_odds with the first outlet as group a, and take the top term."
        )
    return None


@register("narration_evidence")
def narration_evidence(answer):
    corpus = load_corpus()
    table = voices(corpus)
    texts = dict(zip(corpus["article_id"], corpus["text"]))
    outlets = list(dict.fromkeys(table["outlet"]))
    scores = _narration_scores(table, outlets[2], outlets[0])
    narration = table[table["voice"] == "narration"]
    for term in scores["term"].head(3):
        got = answer(table, outlets[2], term)
        if not (isinstance(got, tuple) and len(got) == 2 and all(isinstance(x, numbers.Integral) for x in got)):
            return "Return a tuple of two whole numbers, (start, end)."
        start, end = int(got[0]), int(got[1])
        article_id = narration.loc[narration["outlet"] == outlets[2], "article_id"].iloc[0]
        text = texts[article_id]
        if not 0 <= start < end <= len(text):
            return f"({start}, {end}) is not a span of the {outlets[2]} article: 0 <= start < end <= len(text)."
        if end - start > 300:
            return "Keep the evidence short: the word and a few words around it, one sentence at most (300 characters)."
        words_there = tokenize(text[start:end])["term"].tolist()
        if term not in words_there:
            return f"text[start:end] is {text[start:end]!r}; it should contain the word {term!r}."
        own = narration[narration["article_id"] == article_id]
        inside = own[(own["start"] <= start) & (own["end"] >= end)]
        if inside.empty:
            return "That passage is (partly) inside a quotation: find a use of the word in the outlet's own narration."
    return None


def _narration_scores(table, outlet_a, outlet_b):
    counts = count_words(table[table["voice"] == "narration"], by="outlet")
    return log_odds(*_outlet_counts(counts, outlet_a, outlet_b))


def _outlet_counts(counts, outlet_a, outlet_b):
    return counts[outlet_a], counts[outlet_b]


def _without_prior(term, counts_a, counts_b, got) -> bool:
    y_a, y_b = counts_a.get(term, 0), counts_b.get(term, 0)
    n_a, n_b = counts_a.sum(), counts_b.sum()
    if min(y_a, y_b) <= 0:
        return False
    plain = math.log(y_a / (n_a - y_a)) - math.log(y_b / (n_b - y_b))
    return abs(got - plain) < 1e-9
