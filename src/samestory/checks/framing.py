"""Self-checks for ``06_framing``: naming by voice, share of voice, kappa, a borrowed word."""

import math

import pandas as pd

from samestory.checks import register
from samestory.corpus import load_corpus
from samestory.framing import FRAMES_DIR, action_naming, read_frame_sheet, voice_share


def _corpus_naming():
    corpus = load_corpus()
    return corpus, action_naming(corpus)


def _number(got) -> bool:
    return isinstance(got, (int, float)) and not isinstance(got, bool)


@register("narration_share")
def narration_share(answer):
    corpus, naming = _corpus_naming()
    made_up = pd.DataFrame({"outlet": ["X", "X", "X", "Y"], "voice": ["narration", "quotation", "quotation", "quotation"]})
    cases = [(naming, outlet) for outlet in corpus["outlet"]] + [(made_up, "X"), (made_up, "Y"), (made_up, "Z")]
    for table, outlet in cases:
        mine = table[table["outlet"] == outlet]
        expected = (mine["voice"] == "narration").mean() if len(mine) else 0.0
        got = answer(table, outlet)
        if not _number(got):
            return f"Return a number from 0 to 1, not a {type(got).__name__}."
        if abs(got - expected) > 1e-9:
            if not len(mine):
                return f"An outlet with no namings ({outlet!r} here) should give 0.0, without dividing by zero."
            return (
                f"For {outlet!r} your share is {got:.3f}, which is not right. Keep only that outlet's rows, "
                "then take the share whose voice is 'narration'."
            )
    return None


@register("side_share")
def side_share(answer):
    corpus = load_corpus()
    from samestory.quotes import quotes_in

    quotes = quotes_in(corpus)
    speakers = voice_share(quotes, corpus)
    groups = voice_share(quotes, corpus, by="speaker_group").set_index(["outlet", "speaker_group"])
    for outlet in corpus["outlet"]:
        for group in ("union", "government", "other"):
            row = groups.loc[(outlet, group)]
            expected = row["voice_chars"] / row["article_chars"] if row["article_chars"] else 0.0
            got = answer(speakers, outlet, group)
            if not _number(got):
                return f"Return a number from 0 to 1, not a {type(got).__name__}."
            if abs(got - expected) > 0.005:
                return (
                    f"For {outlet!r} and {group!r} your share is {got:.3f}, which is not right. Add up "
                    "voice_chars over that outlet's speakers in the group, and divide by the article's "
                    "article_chars (once, not once per speaker)."
                )
    return None


def _kappa(first: list, second: list) -> float:
    from nltk.metrics.agreement import AnnotationTask

    if len(set(first) | set(second)) < 2:
        return math.nan
    data = [("a", i, x) for i, x in enumerate(first)] + [("b", i, x) for i, x in enumerate(second)]
    return AnnotationTask(data=data).kappa()


@register("cohen_kappa")
def cohen_kappa(answer):
    sheets = [read_frame_sheet(FRAMES_DIR / f"example_coder_{x}.csv") for x in "ab"]
    first, second = (s.sort_values(["article_id", "question_id"])["answer"].tolist() for s in sheets)
    cases = [
        (["yes", "no", "yes", "no"], ["yes", "no", "yes", "no"]),
        (["yes", "no", "yes", "no"], ["no", "yes", "no", "yes"]),
        (["yes", "yes", "no", "no", "yes"], ["yes", "no", "no", "yes", "yes"]),
        (["yes", "yes", "yes"], ["yes", "yes", "yes"]),
        (first, second),
    ]
    for a, b in cases:
        expected = _kappa(a, b)
        got = answer(list(a), list(b))
        if not _number(got):
            return f"Return a number (a float), not a {type(got).__name__}."
        if math.isnan(expected):
            if not math.isnan(got):
                return (
                    "When both coders give one same answer throughout, chance agreement is 1 and kappa is "
                    "undefined: return float('nan') (check for it before you divide)."
                )
            continue
        if math.isnan(got) or abs(got - expected) > 1e-6:
            if a == b:
                return "Two coders who agree on every item (with both answers used) have a kappa of 1."
            return (
                f"For {a[:5]}... and {b[:5]}... your kappa is {got:.3f}, which is not right. Observed "
                "agreement p_o is the share of items answered the same; chance agreement p_e is "
                "P(A says yes)·P(B says yes) + P(A says no)·P(B says no); kappa = (p_o - p_e) / (1 - p_e)."
            )
    return None


@register("borrowed_word")
def borrowed_word(answer):
    corpus, naming = _corpus_naming()
    text = corpus.set_index("article_id").loc["worcestershire", "text"]
    mine = naming[naming["article_id"] == "worcestershire"]
    union_terms = set(mine.loc[mine["speaker_group"] == "union", "term"])
    narrated = mine[mine["voice"] == "narration"]
    right = {(s, e) for s, e, t in zip(narrated["start"], narrated["end"], narrated["term"]) if t in union_terms}
    got = answer()
    if not isinstance(got, tuple) or len(got) != 2 or not all(isinstance(x, int) for x in got):
        return "Return a tuple of two whole numbers (start, end), offsets into the Worcestershire text."
    start, end = got
    if not 0 <= start < end <= len(text):
        return f"(start, end) must lie inside the Worcestershire text: 0 <= start < end <= {len(text)}."
    if (start, end) in right:
        return None
    shown = text[start:end]
    row = mine[(mine["start"] == start) & (mine["end"] == end)]
    if row.empty:
        return (
            f"Your span gives {shown[:40]!r}, which is not one naming word of action_naming(corpus): "
            "give the span of the word alone (its start and end columns)."
        )
    if row["voice"].iloc[0] != "narration":
        return f"{shown!r} there is inside a quotation. Find the writer's own use of the word, in narration."
    return f"{shown!r} is the writer's word, but no union speaker uses the term {row['term'].iloc[0]!r} in this article."
