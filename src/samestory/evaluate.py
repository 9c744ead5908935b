"""How well do the extractors do? Scores against the hand-checked answer keys.

The answer keys live in ``data/annotations/`` (``quotes.csv``, ``figures.csv``,
each with a README giving its schema). They cover the three bundled articles
(set ``seed``) and the Wikinews articles in ``data/devset/``: ``dev`` articles
were used while writing the rules, ``heldout`` ones were not.

Run ``python -m samestory.evaluate quotes`` or ``... figures`` to print the
scores per set. A predicted span matches a gold span when their character
Jaccard overlap is at least 0.5, one to one.
"""

import argparse
import re
import sys

import pandas as pd

from samestory._paths import DATA_DIR
from samestory.corpus import load_corpus
from samestory.corrections import speakers_to_check

ANNOTATIONS_DIR = DATA_DIR / "annotations"
DEVSET_DIR = DATA_DIR / "devset"
SET_ORDER = ["seed", "dev", "heldout"]
_TITLES = ("a ", "an ", "the ", "mr ", "mrs ", "ms ", "miss ", "dr ", "mr. ", "mrs. ", "ms. ", "dr. ")  # ("Mr. Lordi", American style)
_ARTICLES = {"a", "an", "the"}
_JOINING_WORDS = {"of", "and", "for", "&"}


def annotated_texts() -> pd.DataFrame:
    """Load every article that has an answer key: the corpus and the devset.

    Returns
    -------
    DataFrame
        ``article_id``, ``outlet`` and ``text`` of the three bundled articles
        and every devset article (``data/devset/``).

    Examples
    --------
    >>> len(annotated_texts())
    744
    """
    return pd.concat([load_corpus(), load_corpus(DEVSET_DIR)], ignore_index=True)


def load_annotations(name: str) -> pd.DataFrame:
    """Read an answer key from ``data/annotations/<name>.csv``.

    Parameters
    ----------
    name : str
        ``"quotes"`` or ``"figures"``.

    Returns
    -------
    DataFrame
        The key's rows, with ``start`` and ``end`` as integers and empty cells
        as ``""`` (``value`` as a float, NaN where empty).

    Examples
    --------
    >>> set(load_annotations("quotes")["set"]) <= {"seed", "dev", "heldout"}
    True
    """
    table = pd.read_csv(ANNOTATIONS_DIR / f"{name}.csv", dtype=str, keep_default_na=False)
    table[["start", "end"]] = table[["start", "end"]].astype(int)
    if "value" in table:
        table["value"] = pd.to_numeric(table["value"].replace("", None), errors="coerce")
    return table


def match_spans(gold: pd.DataFrame, predicted: pd.DataFrame, *, threshold: float = 0.5) -> pd.DataFrame:
    """Pair gold and predicted spans one to one by character overlap.

    Pairs are taken best first; a pair counts when the Jaccard overlap of the
    two character ranges (shared characters over characters in either) is at
    least ``threshold``. Spans only pair within the same ``article_id``.

    Parameters
    ----------
    gold, predicted : DataFrame
        Each with ``article_id``, ``start``, ``end``.
    threshold : float
        The least Jaccard overlap that counts as a match.

    Returns
    -------
    DataFrame
        One row per matched pair: ``gold`` and ``predicted`` (index labels in
        the two tables) and ``jaccard``.

    Examples
    --------
    >>> import pandas as pd
    >>> gold = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 20], "end": [10, 30]})
    >>> predicted = pd.DataFrame({"article_id": ["a"], "start": [1], "end": [10]})
    >>> match_spans(gold, predicted)
       gold  predicted  jaccard
    0     0          0      0.9
    """
    candidates = []
    for article_id, gold_rows in gold.groupby("article_id", sort=False):
        predicted_rows = predicted[predicted["article_id"] == article_id]
        for g, g_start, g_end in zip(gold_rows.index, gold_rows["start"], gold_rows["end"]):
            for p, p_start, p_end in zip(predicted_rows.index, predicted_rows["start"], predicted_rows["end"]):
                shared = min(g_end, p_end) - max(g_start, p_start)
                if shared <= 0:
                    continue
                jaccard = shared / (max(g_end, p_end) - min(g_start, p_start))
                if jaccard >= threshold:
                    candidates.append((jaccard, g, p))
    pairs, used_gold, used_predicted = [], set(), set()
    for jaccard, g, p in sorted(candidates, key=lambda c: -c[0]):
        if g not in used_gold and p not in used_predicted:
            pairs.append((g, p, round(jaccard, 4)))
            used_gold.add(g)
            used_predicted.add(p)
    return pd.DataFrame(pairs, columns=["gold", "predicted", "jaccard"])


def same_speaker(gold: str, predicted: str) -> bool:
    """Compare two speaker names as the same voice.

    Case, a leading title, articles and possessive endings do not matter,
    and an acronym is the same as the name it stands for (``WHO`` and
    ``World Health Organization``): these are ways of writing one name,
    not different speakers.

    Examples
    --------
    >>> same_speaker("Steve Gillan", "steve gillan"), same_speaker("POA spokesman", "A POA spokesman")
    (True, True)
    >>> same_speaker("head of police investigators", "head of the police's investigators")
    True
    >>> same_speaker("World Health Organization", "WHO"), same_speaker("WHO", "World Trade Organization")
    (True, False)
    >>> same_speaker("United Nations", "U.N.")
    True
    >>> same_speaker("Steve Gillan", "Gillan"), same_speaker("Mr. Lordi", "Lordi")
    (False, True)

    So is a description that names a body by its initials (``TfL official``, ``Transport for London official``):

    >>> same_speaker("TfL official", "Transport for London official"), same_speaker("CIA spokesperson", "NSA spokesperson")
    (True, False)
    """
    gold, predicted = _plain_name(gold), _plain_name(predicted)
    if gold == predicted or _acronym_of(gold, predicted) or _acronym_of(predicted, gold):
        return True
    gold_words, predicted_words = gold.split(), predicted.split()
    shared = 0  # the words the two descriptions end with ("official")
    while shared < min(len(gold_words), len(predicted_words)) - 1 and gold_words[-1 - shared] == predicted_words[-1 - shared]:
        shared += 1
    if not shared:
        return False
    gold, predicted = " ".join(gold_words[:-shared]), " ".join(predicted_words[:-shared])
    return _acronym_of(gold, predicted) or _acronym_of(predicted, gold)


def statement_speakers_right(gold: pd.DataFrame, predicted: pd.DataFrame, pairs: pd.DataFrame) -> list:
    """For each matched key statement, is the predicted speaker the key's (``same_speaker``)?

    Parameters
    ----------
    gold, predicted : DataFrame
        With ``kind`` (gold) and ``speaker`` (both), indexed as ``pairs`` refers to them.
    pairs : DataFrame
        As from ``match_spans(gold, predicted)``.

    Returns
    -------
    list of bool
        One per pair whose key row is a ``statement``, in the order of ``pairs``.

    Examples
    --------
    >>> gold = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 20], "end": [10, 30],
    ...                      "kind": ["statement", "phrase"], "speaker": ["Ann Roe", ""]})
    >>> predicted = gold.assign(speaker=["Roe", ""])
    >>> statement_speakers_right(gold, predicted, match_spans(gold, predicted))
    [False]
    """
    statements = pairs[gold.loc[pairs["gold"], "kind"].eq("statement").to_numpy()]
    return [same_speaker(gold.at[g, "speaker"], predicted.at[p, "speaker"]) for g, p in zip(statements["gold"], statements["predicted"])]


def evaluate_quotes(extract=None) -> pd.DataFrame:
    """Score a quote extractor against ``data/annotations/quotes.csv``.

    Parameters
    ----------
    extract : callable, optional
        ``extract(text) -> DataFrame`` with ``start``, ``end``, ``kind`` and
        ``speaker``. Default: ``samestory.quotes.extract_quotes``.

    Returns
    -------
    DataFrame
        One row per set that has answers (``seed``, ``dev``, ``heldout``): ``articles``,
        ``gold``, ``predicted``, ``matched``, ``precision``, ``recall``,
        ``f1`` (spans), ``kind_accuracy`` (share of matched spans whose
        ``kind``, statement or phrase, is the key's), ``statements`` (gold
        statements matched) and ``speaker_accuracy`` (share of those whose
        speaker is right).
    """
    return _quote_scores(*_key_and_predictions("quotes", extract))


def _quote_scores(gold: pd.DataFrame, predicted: pd.DataFrame) -> pd.DataFrame:
    """``evaluate_quotes`` on a key and the predictions for its articles."""
    pairs = match_spans(gold, predicted)
    rows = []
    for set_name, set_gold, set_predicted in _by_set(gold, predicted):
        set_pairs = pairs[pairs["gold"].isin(set_gold.index)]
        same_kind = set_gold.loc[set_pairs["gold"], "kind"].to_numpy() == predicted.loc[set_pairs["predicted"], "kind"].to_numpy()
        right = statement_speakers_right(gold, predicted, set_pairs)
        rows.append(
            {
                "set": set_name,
                "articles": set_gold["article_id"].nunique(),
                **_prf(len(set_gold), len(set_predicted), len(set_pairs)),
                "kind_accuracy": round(same_kind.mean(), 3) if len(set_pairs) else float("nan"),
                "statements": len(right),
                "speaker_accuracy": round(sum(right) / len(right), 3) if right else float("nan"),
            }
        )
    return pd.DataFrame(rows)


def check_counts(gold: pd.DataFrame, predicted: pd.DataFrame, pairs: pd.DataFrame) -> dict:
    """How well ``speakers_to_check`` points at the wrong speakers of one prediction.

    A matched key statement is *checked* when its quotation is on the list
    ``samestory.corrections.speakers_to_check(predicted)`` gives (a later
    paragraph of a listed quotation counts: a fix there covers it).

    Parameters
    ----------
    gold, predicted, pairs : DataFrame
        As for ``statement_speakers_right``; ``predicted`` has the columns of
        ``extract_quotes`` and ``article_id``.

    Returns
    -------
    dict
        ``statements`` (matched key statements), ``checked`` (of them, covered
        by the list: listed, or a later paragraph of a listed quotation),
        ``wrong`` (with the wrong speaker), ``wrong_checked`` (wrong and
        covered) and ``right_unchecked`` (right and not covered).

    Examples
    --------
    >>> from samestory.quotes import extract_quotes
    >>> text = '"We will appeal," a spokesman said. Tom Hale said: "We are glad."'
    >>> predicted = extract_quotes(text).assign(article_id="a")
    >>> gold = predicted[["article_id", "start", "end", "kind"]].assign(speaker=["Ann Roe", "Tom Hale"])
    >>> check_counts(gold, predicted, match_spans(gold, predicted))
    {'statements': 2, 'checked': 1, 'wrong': 1, 'wrong_checked': 1, 'right_unchecked': 1}
    """
    listed = speakers_to_check(predicted)
    runs = predicted.loc[listed.index, ["article_id", "run_id"]].itertuples(index=False, name=None)
    on_list = set(runs)
    statements = pairs[gold.loc[pairs["gold"], "kind"].eq("statement").to_numpy()]
    right = statement_speakers_right(gold, predicted, pairs)
    checked = [(predicted.at[p, "article_id"], predicted.at[p, "run_id"]) in on_list for p in statements["predicted"]]
    return {
        "statements": len(right),
        "checked": sum(checked),
        "wrong": right.count(False),
        "wrong_checked": sum(c and not r for c, r in zip(checked, right)),
        "right_unchecked": sum(r and not c for c, r in zip(checked, right)),
    }


def evaluate_checks(extract=None) -> pd.DataFrame:
    """Score ``speakers_to_check`` per article set: how much it lists, how many wrong speakers it catches.

    Parameters
    ----------
    extract : callable, optional
        ``extract(text) -> DataFrame`` with the columns ``speakers_to_check``
        reads (``start``, ``end``, ``kind``, ``speaker``, ``speaker_mention``,
        ``attribution``, ``run_id``). Default:
        ``samestory.quotes.extract_quotes``.

    Returns
    -------
    DataFrame
        One row per set: the counts of ``check_counts`` and the shares of
        ``check_shares``. ``accuracy_after_check`` is the speaker accuracy
        there would be if every statement the list covers were checked and
        put right by hand.

    Examples
    --------
    Over all 483 annotated articles this takes several seconds::

        evaluate_checks()[["set", "checked_share", "wrong_caught", "accuracy_after_check"]]
    """
    return _check_scores(*_key_and_predictions("quotes", extract))


def _check_scores(gold: pd.DataFrame, predicted: pd.DataFrame) -> pd.DataFrame:
    """``evaluate_checks`` on a key and the predictions for its articles."""
    rows = []
    for set_name, set_gold, set_predicted in _by_set(gold, predicted):
        counts = check_counts(set_gold, set_predicted, match_spans(set_gold, set_predicted))
        rows.append({"set": set_name, **counts, **check_shares(counts)})
    return pd.DataFrame(rows)


def check_shares(counts: dict) -> dict:
    """Shares from the counts of ``check_counts``, rounded to 3 places (NaN where nothing to divide by).

    ``checked_share``: statements covered by the list; ``wrong_caught``: wrong
    speakers covered; ``accuracy_unchecked``: speaker accuracy of the
    statements not covered; ``accuracy_after_check``: speaker accuracy once
    the covered statements are checked and put right by hand.

    Examples
    --------
    >>> check_shares({"statements": 10, "checked": 2, "wrong": 3, "wrong_checked": 2, "right_unchecked": 7})
    {'checked_share': 0.2, 'wrong_caught': 0.667, 'accuracy_unchecked': 0.875, 'accuracy_after_check': 0.9}
    """
    statements, unchecked = counts["statements"], counts["statements"] - counts["checked"]
    return {
        "checked_share": _share(counts["checked"], statements),
        "wrong_caught": _share(counts["wrong_checked"], counts["wrong"]),
        "accuracy_unchecked": _share(counts["right_unchecked"], unchecked),
        "accuracy_after_check": _share(counts["right_unchecked"] + counts["checked"], statements),
    }


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else float("nan")


def evaluate_figures(extract=None) -> pd.DataFrame:
    """Score a figure extractor against ``data/annotations/figures.csv``.

    Parameters
    ----------
    extract : callable, optional
        ``extract(text) -> DataFrame`` with ``start``, ``end`` and ``value``.
        Default: ``samestory.numbers.extract_numbers``.

    Returns
    -------
    DataFrame
        One row per set that has answers: ``articles``, ``gold``, ``predicted``, ``matched``,
        ``precision`` (predictions that match any gold figure), ``recall``
        (of the explicit gold figures), ``f1``, and ``value_accuracy`` (share of
        matched gold figures with a value whose predicted value is within 1%).
    """
    gold, predicted = _key_and_predictions("figures", extract)
    pairs = match_spans(gold, predicted)
    explicit = gold["explicit"].str.lower().eq("true")
    rows = []
    for set_name, set_gold, set_predicted in _by_set(gold, predicted):
        set_pairs = pairs[pairs["gold"].isin(set_gold.index)]
        explicit_matched = set_pairs["gold"].map(explicit).sum()
        valued = set_pairs[gold.loc[set_pairs["gold"], "value"].notna().to_numpy()]
        right = [
            abs(predicted.at[p, "value"] - gold.at[g, "value"]) <= 0.01 * abs(gold.at[g, "value"])
            for g, p in zip(valued["gold"], valued["predicted"])
        ]
        precision = len(set_pairs) / len(set_predicted) if len(set_predicted) else 0.0
        recall = explicit_matched / explicit[set_gold.index].sum() if len(set_gold) else 0.0
        rows.append(
            {
                "set": set_name,
                "articles": set_gold["article_id"].nunique(),
                "gold": len(set_gold),
                "predicted": len(set_predicted),
                "matched": len(set_pairs),
                "precision": round(precision, 3),
                "recall": round(recall, 3),
                "f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
                "value_accuracy": round(sum(right) / len(right), 3) if right else float("nan"),
            }
        )
    return pd.DataFrame(rows)


def errors(name: str, extract=None, *, sets=("seed", "dev")) -> pd.DataFrame:
    """List what an extractor missed and what it found that the key lacks.

    Parameters
    ----------
    name : str
        ``"quotes"`` or ``"figures"``.
    extract : callable, optional
        As for ``evaluate_quotes`` / ``evaluate_figures``.
    sets : tuple of str
        Which article sets to list. Held-out errors are left out by default:
        reading them would make the held-out articles no longer unseen.

    Returns
    -------
    DataFrame
        ``article_id``, ``set``, ``error``, ``start``, ``end`` and ``text``
        of each span that went wrong. ``error`` is ``missed`` (in the key,
        not found), ``extra`` (found, not in the key) or, for quotes,
        ``speaker`` (a statement found with the wrong speaker; then
        ``gold_speaker`` and ``predicted_speaker`` say who, and are ``""``
        on the other rows).
    """
    gold, predicted = _key_and_predictions(name, extract)
    pairs = match_spans(gold, predicted)
    texts = annotated_texts().set_index("article_id")["text"]
    set_of = gold.drop_duplicates("article_id").set_index("article_id")["set"]
    missed = gold.drop(index=pairs["gold"]).assign(error="missed")
    extra = predicted.drop(index=pairs["predicted"]).assign(error="extra")
    wrong = []
    if name == "quotes":
        for g, p in zip(pairs["gold"], pairs["predicted"]):
            if gold.at[g, "kind"] == "statement" and not same_speaker(gold.at[g, "speaker"], predicted.at[p, "speaker"]):
                wrong.append({"article_id": gold.at[g, "article_id"], "error": "speaker", "start": gold.at[g, "start"],
                              "end": gold.at[g, "end"], "gold_speaker": gold.at[g, "speaker"],
                              "predicted_speaker": predicted.at[p, "speaker"]})
    columns = ["article_id", "error", "start", "end"] + (["gold_speaker", "predicted_speaker"] if name == "quotes" else [])
    table = pd.concat([missed, extra, pd.DataFrame(wrong, columns=columns)], ignore_index=True)[columns]
    table = table.fillna({"gold_speaker": "", "predicted_speaker": ""}) if name == "quotes" else table
    table["set"] = table["article_id"].map(set_of)
    table = table[table["set"].isin(sets)].copy()
    table["text"] = [texts[a][s:e] for a, s, e in zip(table["article_id"], table["start"], table["end"])]
    return table.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def main(argv=None) -> int:
    """Print the scores of one extractor per article set."""
    parser = argparse.ArgumentParser(prog="python -m samestory.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=["quotes", "figures"])
    parser.add_argument("--errors", action="store_true", help="also list missed and extra spans")
    parser.add_argument(
        "--set",
        action="append",
        choices=SET_ORDER,
        help="with --errors: which sets to list (default seed and dev; held-out errors only if asked for)",
    )
    args = parser.parse_args(argv)
    if args.what == "quotes":
        gold, predicted = _key_and_predictions("quotes")  # extracted once for both tables
        print(_quote_scores(gold, predicted).to_string(index=False))
        print("\nKey statements covered by the list of samestory.corrections.speakers_to_check:")
        print(_check_scores(gold, predicted).to_string(index=False))
    else:
        print(evaluate_figures().to_string(index=False))
    if args.errors:
        print()
        print(errors(args.what, sets=tuple(args.set or ("seed", "dev"))).to_string(index=False))
    return 0


def _default_extractor(name: str):
    """The pack's own extractor for an answer key: quotes or figures."""
    if name == "quotes":
        from samestory.quotes import extract_quotes

        return extract_quotes
    from samestory.numbers import extract_numbers

    return extract_numbers


def _key_and_predictions(name: str, extract=None) -> tuple:
    """The answer key ``name`` and an extractor's predictions for its articles (default: the pack's own)."""
    gold = load_annotations(name)
    return gold, _predict(extract or _default_extractor(name), gold)


def _by_set(gold: pd.DataFrame, predicted: pd.DataFrame):
    """Yield ``(set name, its key rows, its predicted rows)`` for each set that has a key, in ``SET_ORDER``."""
    for set_name in SET_ORDER:
        set_gold = gold[gold["set"] == set_name]
        if not set_gold.empty:  # a set can have no key at present (between two held-out sets, say)
            yield set_name, set_gold, predicted[predicted["article_id"].isin(set_gold["article_id"])]


def _predict(extract, gold: pd.DataFrame) -> pd.DataFrame:
    texts = annotated_texts().set_index("article_id")["text"]
    tables = []
    for article_id in gold["article_id"].unique():
        table = extract(texts[article_id]).copy()
        table.insert(0, "article_id", article_id)
        tables.append(table)
    return pd.concat(tables, ignore_index=True)


def _prf(n_gold: int, n_predicted: int, n_matched: int) -> dict:
    precision = n_matched / n_predicted if n_predicted else 0.0
    recall = n_matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": n_gold,
        "predicted": n_predicted,
        "matched": n_matched,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }


def _plain_name(name: str) -> str:
    name = " ".join(str(name).lower().split())
    for title in _TITLES:
        if name.startswith(title):
            name = name[len(title) :]
    words = [re.sub(r"['’]s$", "", word) for word in name.split() if word not in _ARTICLES]
    return " ".join(words)


def _acronym_of(short: str, name: str) -> bool:
    """Is ``short`` (one word) the initials of ``name``'s words, small joining words left out or not (``tfl``)?"""
    words = [w for w in name.split() if w not in _JOINING_WORDS]
    short = short.replace(".", "")  # "U.N." is "UN"
    initials = {"".join(w[0] for w in words), "".join(w[0] for w in name.split())}
    return " " not in short and len(words) >= 2 and short in initials


if __name__ == "__main__":
    sys.exit(main())
