"""Self-checks for ``03_quotes``: shares of voice, a quotation the rule misses, differences."""

import pandas as pd

from samestory.checks import register
from samestory.corpus import load_corpus
from samestory.alignment import align_quotes, quote_diff
from samestory.quotes import extract_quotes, quotes_in

KINDS = ("wording", "number_format", "case", "punctuation", "omission", "split")
# The three differences of exercise 3: the same words in two outlets' versions.
DIFFERENCES = {
    "a": ("kent", "wandsworth", "to take this "),
    "b": ("kent", "wandsworth", "are investing "),
    "c": ("wandsworth", "worcestershire", "our aims are the same "),
}


@register("union_share")
def union_share(answer):
    corpus = load_corpus()
    quotes = quotes_in(corpus)
    cases = [quotes] + [quotes[quotes["outlet"] == outlet] for outlet in corpus["outlet"]]
    cases.append(quotes.iloc[0:0])
    for table in cases:
        expected = float((table["speaker_group"] == "union").mean()) if len(table) else 0.0
        got = answer(table.copy())
        if not isinstance(got, (int, float)):
            return f"Return a number between 0 and 1, not a {type(got).__name__}."
        if got != got or abs(got - expected) > 1e-9:  # got != got: NaN
            if not len(table):
                return "For a table with no quotations, return 0.0 (and avoid dividing by zero)."
            outlets = ", ".join(sorted(set(table["outlet"])))
            return (
                f"For the quotations of {outlets} your share is {got:.3f}, which is not right. "
                "Count the rows whose speaker_group is 'union' and divide by all rows."
            )
    return None


@register("missed_quote")
def missed_quote(answer):
    got = answer()
    if not (isinstance(got, tuple) and len(got) == 2 and isinstance(got[0], str) and isinstance(got[1], tuple)):
        return "Return a tuple (sentence, (start, end)): your sentence as a string, and the span of the quoted words."
    text, span = got
    if len(span) != 2 or not all(isinstance(x, int) for x in span):
        return "The span must be two whole numbers (start, end)."
    start, end = span
    if not 0 <= start < end <= len(text):
        return f"The span ({start}, {end}) does not lie inside your sentence of {len(text)} characters."
    if not any(ch.isalpha() for ch in text[start:end]):
        return f"text[{start}:{end}] is {text[start:end]!r}: the span should cover the quoted words."
    if any(text.strip() == article.strip() for article in load_corpus()["text"]):
        return "Write a new sentence of your own, not one of the articles."
    found = extract_quotes(text)
    for row in found.itertuples(index=False):
        shared = min(end, row.end) - max(start, row.start)
        if shared > 0 and shared / (max(end, row.end) - min(start, row.start)) >= 0.5:
            return (
                f"The rule finds this one: it returns {row.text!r} ({row.kind}). "
                "Think of a way news copy marks a quotation that is not a pair of quotation marks on one line."
            )
    return None


@register("classify_differences")
def classify_differences(answer):
    got = answer()
    if not isinstance(got, dict) or set(got) != set(DIFFERENCES):
        return f"Return a dict with the keys {sorted(DIFFERENCES)}, each mapped to one kind of difference."
    expected = expected_differences()
    for key in sorted(DIFFERENCES):
        if got[key] not in KINDS:
            return f"{got[key]!r} (for {key}) is not one of the kinds: {', '.join(KINDS)}."
        if got[key] != expected[key]:
            return (
                f"Difference {key} is not {got[key]!r}. Look at what changed: the words and their meaning, "
                "how a number is written, capital letters, marks, a missing part, or a new paragraph?"
            )
    return None


@register("wording_evidence")
def wording_evidence(answer):
    kent = load_corpus().set_index("article_id").loc["kent", "text"]
    got = answer(kent)
    if not (isinstance(got, tuple) and len(got) == 2 and all(isinstance(x, int) for x in got)):
        return "Return a tuple (start, end) of offsets into the Kent text."
    start, end = got
    if not 0 <= start < end <= len(kent):
        return f"({start}, {end}) is not a span inside the Kent text (it has {len(kent)} characters)."
    spans = wording_spans()
    if any(start <= s and e <= end and end - start <= 2 * (e - s) + 10 for s, e in spans):
        return None
    shown = kent[start:end]
    return (
        f"kent[{start}:{end}] is {shown!r}. Point at the word Kent uses where another outlet uses a different "
        "word with a different legal meaning, and keep the span short (the word, or a few words around it)."
    )


def expected_differences() -> dict:
    """The kind ``quote_diff`` gives each difference of exercise 3."""
    texts = load_corpus().set_index("article_id")["text"]
    expected = {}
    for key, (first, second, lead) in DIFFERENCES.items():
        a, b = (_after(texts[first], lead), _after(texts[second], lead))
        kinds = quote_diff(a, b)["kind"].tolist()
        expected[key] = kinds[0] if kinds else "none"
    return expected


def wording_spans() -> list:
    """Offsets in the Kent text of every ``wording`` difference with another outlet."""
    corpus = load_corpus()
    aligned = align_quotes(quotes_in(corpus))
    kent = aligned[aligned["article_id"] == "kent"]
    spans = []
    for row in kent.itertuples(index=False):
        others = aligned[(aligned["statement_id"] == row.statement_id) & (aligned["article_id"] != "kent")]
        for other in others["text"]:
            diff = quote_diff(row.text, other)
            for d in diff[diff["kind"] == "wording"].itertuples(index=False):
                spans.append((row.start + d.a_start, row.start + d.a_end))
    return spans


def _after(text: str, lead: str, *, words: int = 4) -> str:
    """The few words of ``text`` from ``lead`` on: one difference, in context."""
    start = text.index(lead)
    return " ".join(text[start:].split()[: len(lead.split()) + words])


def differences_table() -> pd.DataFrame:
    """Exercise 3's three pairs of versions, as shown to the student."""
    corpus = load_corpus().set_index("article_id")
    rows = []
    for key, (first, second, lead) in DIFFERENCES.items():
        rows.append(
            {
                "difference": key,
                "outlet_1": corpus.at[first, "outlet"],
                "version_1": _after(corpus.at[first, "text"], lead),
                "outlet_2": corpus.at[second, "outlet"],
                "version_2": _after(corpus.at[second, "text"], lead),
            }
        )
    return pd.DataFrame(rows)
