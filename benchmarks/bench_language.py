"""How fast is samestory.language? Target: log_odds on two 50,000-token groups in under 0.2 s.

Run: ``NLTK_DATA=.nltk_data_empty .venv/bin/python benchmarks/bench_language.py``.
Prints the figures and writes ``benchmarks/results/language.json``: medians of
several repeats (seconds), the ratio to the target, and peak memory
(tracemalloc, MiB). Nothing here is asserted: tests check behaviour, this
script measures.
"""

import json
import platform
import random
from pathlib import Path

import pandas as pd

from measure import median_seconds, peak_mib
from samestory import load_corpus
from samestory.language import collocations, concordance, count_words, keyness, log_odds, sentiment, tokenize

RESULTS = Path(__file__).parent / "results" / "language.json"
TOKENS = 50_000
VOCABULARY = 8_000
REPEATS = 5  # measure.median_seconds default
TARGET_SECONDS = 0.2


def zipf_counts(seed: int) -> pd.Series:
    """Term counts of a TOKENS-word group with a Zipf-like vocabulary (seeded)."""
    rng = random.Random(seed)
    terms = [f"w{i}" for i in range(VOCABULARY)]
    weights = [1 / (rank + 1) for rank in range(VOCABULARY)]
    return pd.Series(rng.choices(terms, weights=weights, k=TOKENS)).value_counts()


def main() -> dict:
    counts_a, counts_b = zipf_counts(1), zipf_counts(2)
    corpus = load_corpus()
    # a 50,000-word text table: the three articles repeated
    words_per_copy = int(count_words(corpus).to_numpy().sum())
    copies = TOKENS // words_per_copy + 1
    big = pd.concat([corpus] * copies, ignore_index=True).assign(article_id=lambda t: [f"a{i}" for i in range(len(t))])
    figures = {
        "log_odds_50k_vs_50k_seconds": median_seconds(lambda: log_odds(counts_a, counts_b)),
        "log_odds_50k_vs_50k_uniform_prior_seconds": median_seconds(lambda: log_odds(counts_a, counts_b, prior=0.01)),
        "log_odds_terms": int(len(counts_a.index.union(counts_b.index))),
        "keyness_50k_vs_50k_seconds": median_seconds(lambda: keyness(counts_a, counts_b)),
        "log_odds_peak_memory_mib": peak_mib(lambda: log_odds(counts_a, counts_b)),
        "count_words_corpus_seconds": median_seconds(lambda: count_words(corpus)),
        "count_words_50k_words_seconds": median_seconds(lambda: count_words(big), repeats=3),
        "count_words_50k_words_actual_words": int(count_words(big).to_numpy().sum()),
        "count_words_50k_peak_memory_mib": peak_mib(lambda: count_words(big)),
        "tokenize_corpus_seconds": median_seconds(lambda: tokenize(corpus)),
        "concordance_corpus_seconds": median_seconds(lambda: concordance(corpus, "safe")),
        "collocations_corpus_seconds": median_seconds(lambda: collocations(corpus)),
        "sentiment_corpus_seconds": median_seconds(lambda: sentiment(corpus), repeats=3),
    }
    figures["log_odds_ratio_to_target"] = figures["log_odds_50k_vs_50k_seconds"] / TARGET_SECONDS
    result = {
        "target": f"log_odds on two {TOKENS:,}-token groups in under {TARGET_SECONDS} s",
        "repeats": REPEATS,
        "python": platform.python_version(),
        "pandas": pd.__version__,
        "figures": {key: round(value, 6) if isinstance(value, float) else value for key, value in figures.items()},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    outcome = main()
    print(outcome["target"])
    for name, value in outcome["figures"].items():
        print(f"  {name:45s} {value}")
    print(f"written to {RESULTS}")
