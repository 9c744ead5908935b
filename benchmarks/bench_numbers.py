"""How fast is samestory.numbers? Target (issue 5): 1,000 ordinary articles in under 2 s.

Run: ``NLTK_DATA=.nltk_data_empty .venv/bin/python benchmarks/bench_numbers.py``.
Prints the figures and writes ``benchmarks/results/numbers.json``: medians of
several repeats (seconds), the ratio to the target, and peak memory
(tracemalloc, MiB). Nothing here is asserted: tests check behaviour, this
script measures.

"Ordinary articles" are the three bundled articles, about 3,300 characters
each, taken in turn 1,000 times. Three timings:

- ``extract_numbers`` alone (``quotes`` given as an empty table: figures,
  values, units, qualifiers, context, reported speech);
- ``extract_numbers`` as a student calls it, which also finds the
  quotations with ``samestory.quotes`` to attribute figures inside them
  (and, for comparison, ``quote_speakers`` alone on the same texts, with
  every quotation's speaker: the most the default can add);
- ``numbers_in`` on the same 1,000 articles, which adds what each figure
  measures, and ``compare_figures`` on them.
"""

import json
import platform
from pathlib import Path

import pandas as pd

from measure import median_seconds, peak_mib
from samestory import load_corpus
from samestory.numbers import compare_figures, extract_numbers, numbers_in

RESULTS = Path(__file__).parent / "results" / "numbers.json"
ARTICLES = 1_000
REPEATS = 5
TARGET_SECONDS = 2.0


def main() -> dict:
    corpus = load_corpus()
    texts = [corpus["text"].iloc[i % len(corpus)] for i in range(ARTICLES)]
    big = pd.DataFrame(
        {
            "article_id": [f"a{i:04d}" for i in range(ARTICLES)],
            "outlet": [corpus["outlet"].iloc[i % len(corpus)] for i in range(ARTICLES)],
            "date": "2018-09-14",
            "text": texts,
        }
    )
    no_quotes = pd.DataFrame(columns=["start", "end", "speaker"])
    extract_numbers(texts[0])  # warm up: imports and compiled patterns

    def figures_only():
        for text in texts:
            extract_numbers(text, quotes=no_quotes)

    def with_quotes():
        for text in texts:
            extract_numbers(text)

    def quotes_only():
        from samestory.quotes import quote_speakers

        for text in texts:
            quote_speakers(text)

    def whole_corpus():
        figures = numbers_in(big)
        compare_figures(big, figures=figures)

    results = {
        "articles": ARTICLES,
        "characters_per_article": round(sum(map(len, texts)) / ARTICLES),
        "repeats": REPEATS,
        "target_seconds": TARGET_SECONDS,
        "extract_numbers_seconds": median_seconds(figures_only),
        "extract_numbers_with_quotes_seconds": median_seconds(with_quotes),
        "of_which_quote_speakers_seconds": median_seconds(quotes_only),
        "numbers_in_and_compare_seconds": median_seconds(whole_corpus, repeats=3),
        "peak_memory_mib_extract_numbers": round(peak_mib(figures_only), 2),
        "peak_memory_mib_numbers_in": round(peak_mib(whole_corpus), 2),
        "python": platform.python_version(),
        "pandas": pd.__version__,
        "machine": platform.machine(),
    }
    for key in ("extract_numbers_seconds", "extract_numbers_with_quotes_seconds", "of_which_quote_speakers_seconds",
                "numbers_in_and_compare_seconds"):
        results[key] = round(results[key], 3)
        results[key.replace("_seconds", "_ratio_to_target")] = round(results[key] / TARGET_SECONDS, 2)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    for name, value in main().items():
        print(f"{name:45} {value}")
    print(f"written to {RESULTS}")
