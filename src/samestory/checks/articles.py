"""Self-checks for ``01_three_articles``: paragraphs, quotation marks, offsets."""

from samestory.checks import register
from samestory.corpus import load_corpus
from samestory.tokens import DOUBLE_QUOTE_MARKS, paragraphs

CURLY_DOUBLE = "“”"
_EXAMPLES = ["", "One line only", "First.\n\nSecond.\n", "  \n\nA\nB\n\n\nC  \n"]


@register("count_paragraphs")
def count_paragraphs(answer):
    texts = _EXAMPLES + load_corpus()["text"].tolist()
    for text in texts:
        got, expected = answer(text), len(paragraphs(text))
        if got != expected:
            shown = text if len(text) < 40 else text[:37] + "..."
            side = "too many" if got > expected else "too few"
            return (
                f"For the text {shown!r} your function gives {got!r}, {side}. "
                "A paragraph is a line with something other than white space on it: blank lines do not count."
            )
    return None


@register("curly_share")
def curly_share(answer):
    texts = ['"Straight" and “curly”', "No marks at all", "“Curly only”"] + load_corpus()["text"].tolist()
    for text in texts:
        marks = [c for c in text if c in DOUBLE_QUOTE_MARKS]
        expected = sum(c in CURLY_DOUBLE for c in marks) / len(marks) if marks else 0.0
        got = answer(text)
        if not isinstance(got, (int, float)):
            return f"Return a number between 0 and 1, not a {type(got).__name__}."
        if abs(got - expected) > 1e-9:
            if not marks:
                return "For a text with no double quotation marks, return 0.0 (and avoid dividing by zero)."
            return (
                f"For {text[:40]!r} your share is {got:.3f}, which is not right. "
                "Count only double marks (straight \" and curly “ ”), and divide the curly ones by all of them."
            )
    return None


@register("find_phrase")
def find_phrase(answer):
    corpus = load_corpus()
    cases = [("Pay rose. Pay fell.", "Pay fell"), ("Pay rose.", "pay"), ("abc", "zzz")]
    cases += [(text, "Police officers") for text in corpus["text"]]
    for text, phrase in cases:
        found = text.find(phrase)
        expected = None if found < 0 else (found, found + len(phrase))
        got = answer(text, phrase)
        if got is not None and not isinstance(got, tuple):
            return f"Return a tuple (start, end) or None, not a {type(got).__name__}."
        if got != expected:
            if expected is None:
                return f"{phrase!r} is not in the text (the search is case-sensitive): return None."
            if got is None:
                return f"{phrase!r} is in the text, but your function returned None."
            if text[got[0] : got[1]] != phrase:
                return "text[start:end] should give the phrase back exactly: check that end = start + len(phrase)."
            return "Return the first place the phrase occurs."
    return None
