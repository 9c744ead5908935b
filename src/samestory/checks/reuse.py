"""Self-checks for ``02_reuse``: shingles, overlap, the shared share, a changed word."""

import difflib

import pandas as pd

from samestory.checks import register
from samestory.corpus import load_corpus
from samestory.reuse import normalise_words, reuse_share, shared_passages
from samestory.tokens import words

_EXAMPLES = [
    "",
    "Too short.",
    "One two three four five.",
    "Pay rose, pay rose, pay rose and rose again today.",
    "Prison officers walked out. PRISON OFFICERS walked out!",
]


def _shingles(text: str, size: int) -> set:
    lower = words(text)["lower"].tolist()
    return {tuple(lower[i : i + size]) for i in range(len(lower) - size + 1)}


def _shown(text: str) -> str:
    return repr(text if len(text) < 40 else text[:37] + "...")


@register("shingles")
def shingles(answer):
    texts = _EXAMPLES + load_corpus()["text"].tolist()
    for size in (5, 2):
        for text in texts:
            got, expected = answer(text, size), _shingles(text, size)
            if not isinstance(got, set):
                return f"Return a set (of tuples of words), not a {type(got).__name__}."
            if got == expected:
                continue
            if any(not isinstance(item, tuple) for item in got):
                return "Each shingle should be a tuple of words, e.g. ('prison', 'officers', 'walked', 'out', 'today')."
            if len(expected) == 0:
                return f"For {_shown(text)} with size={size} there is no shingle: the text has fewer words than that."
            if {tuple(w.lower() for w in s) for s in got} == expected:
                return "Lower-case the words first, so that 'Prison' and 'prison' match."
            if len(got) > len(expected):
                return (
                    f"For {_shown(text)} (size={size}) you have too many shingles. Use the words of "
                    "samestory.tokens.words(text)['lower'], which leave out punctuation."
                )
            return (
                f"For {_shown(text)} (size={size}) some shingles are missing. There is one starting at "
                "every word, up to the last one that still has size words after it."
            )
    return None


@register("overlap")
def overlap(answer):
    corpus = load_corpus()
    pairs = [("", ""), ("Pay rose by a lot today.", ""), (_EXAMPLES[4], _EXAMPLES[4])]
    pairs += [(a, b) for a in corpus["text"] for b in corpus["text"]]
    for text_a, text_b in pairs:
        first, second = _shingles(text_a, 5), _shingles(text_b, 5)
        union = first | second
        expected = len(first & second) / len(union) if union else 0.0
        got = answer(text_a, text_b)
        if not isinstance(got, (int, float)):
            return f"Return a number from 0 to 1, not a {type(got).__name__}."
        if abs(got - expected) > 1e-9:
            if not union:
                return "When neither text has a shingle, return 0.0 (and avoid dividing by zero)."
            if text_a == text_b:
                return "A text compared with itself should give 1.0: shared shingles over all shingles."
            return (
                f"For {_shown(text_a)} and {_shown(text_b)} your overlap is {got:.3f}, which is not right. "
                "Divide the shingles the two texts share by the shingles found in either (sets: & and |)."
            )
    return None


@register("shared_share")
def shared_share(answer):
    corpus = load_corpus()
    texts = corpus.set_index("article_id")["text"]
    cases = [("Pay rose.", "Rain fell."), ("Prison officers walked out at seven today.", "  ")]
    cases += [(texts[a], texts[b]) for a in texts.index for b in texts.index if a != b]
    cases += [(texts.iloc[0], texts.iloc[0])]
    no_quotes = pd.DataFrame({"article_id": [], "start": [], "end": []})
    for text_a, text_b in cases:
        pair = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"], "text": [text_a, text_b]})
        shares = reuse_share(pair, quotes=no_quotes)
        expected = shares.loc[(shares["article_id"] == "a") & (shares["other"] == "b"), "share"].iloc[0]
        got = answer(text_a, text_b)
        if not isinstance(got, (int, float)):
            return f"Return a number from 0 to 1, not a {type(got).__name__}."
        if abs(got - expected) > 0.0015:
            if text_a == text_b:
                return "A text compared with itself: every character that is not white space is shared, so 1.0."
            if not text_a.strip() or not text_b.strip() or expected == 0:
                return f"For {_shown(text_a)} and {_shown(text_b)} nothing is shared: return 0.0."
            return (
                f"For {_shown(text_a)} your share is {got:.3f}, which is not right. Count the characters of "
                "text_a that are not white space (char.isspace()) and lie inside a passage "
                "(a_start to a_end), each character once, and divide by all such characters of text_a."
            )
    return None


def _changed_words(text_a: str, text_b: str) -> set:
    """Spans in ``text_a`` of words a shared passage prints differently in ``text_b``."""
    spans = set()
    for row in shared_passages(text_a, text_b).itertuples(index=False):
        mine, theirs = normalise_words(row.a_text), normalise_words(row.b_text)
        matcher = difflib.SequenceMatcher(None, mine["norm"].tolist(), theirs["norm"].tolist(), autojunk=False)
        for tag, i1, i2, _, _ in matcher.get_opcodes():
            if tag in ("replace", "delete"):
                for start, end in zip(mine["start"][i1:i2], mine["end"][i1:i2]):
                    spans.add((row.a_start + int(start), row.a_start + int(end)))
    return spans


@register("changed_word")
def changed_word(answer):
    texts = load_corpus().set_index("article_id")["text"]
    kent, wandsworth = texts["kent"], texts["wandsworth"]
    got = answer()
    if not isinstance(got, tuple) or len(got) != 2 or not all(isinstance(x, int) for x in got):
        return "Return a tuple of two whole numbers (start, end), offsets into the Kent text."
    start, end = got
    if not 0 <= start < end <= len(kent):
        return f"(start, end) must lie inside the Kent text: 0 <= start < end <= {len(kent)}."
    if (start, end) in _changed_words(kent, wandsworth):
        return None
    shown = kent[start:end]
    if shown != shown.strip() or not shown.strip() or " " in shown:
        return f"Your span gives {shown[:40]!r}: point at one word alone, without spaces around it."
    inside = shared_passages(kent, wandsworth)
    if not ((inside["a_start"] <= start) & (end <= inside["a_end"])).any():
        return f"{shown[:40]!r} is not inside a passage Kent shares with Wandsworth; look in the ministers' statement."
    return f"{shown[:40]!r} is printed the same way in Wandsworth (after normalising). Look for a word that differs."
