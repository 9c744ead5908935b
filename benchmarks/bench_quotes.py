"""How fast is samestory.quotes? Target (issue 4): quotes from 1,000 ordinary articles in under 5 s.

Run: ``NLTK_DATA=.nltk_data_empty .venv/bin/python benchmarks/bench_quotes.py``.
Prints the figures and writes ``benchmarks/results/quotes.json``: medians of
several repeats (seconds), the ratio to the target, and peak memory
(tracemalloc, MiB). Nothing here is asserted: tests check behaviour, this
script measures.

"Ordinary articles" are made from the three bundled articles and the six
development articles (``data/devset/01`` to ``06``; the held-out ones are not
used anywhere in writing or tuning the rules): each synthetic article takes
one of them, shuffles its paragraphs, switches straight and curly marks at
random and swaps a speaker's name, with a fixed seed, so the 1,000 articles
are different texts of ordinary length (about 3,000 characters).

Timings:

- ``extract_quotes`` on the 1,000 texts (the issue's target);
- ``quotes_in`` on a 1,000-row corpus table (adds speaker groups), with
  one process and with ``processes=2`` (this machine has two cores; the
  time includes starting the processes);
- how time grows with the number of articles (250, 500, 1,000);
- one very long paragraph (200,000 characters) and ``align_quotes`` on the
  quotations of the three bundled articles.

The machine's speed drifts from hour to hour (the same code has measured
3.0 s one morning and 4.6 s that afternoon), so the run also times a fixed
yardstick task (``measure.reference_seconds``) before and after, and reports
``extract_quotes`` in yardstick units: that figure compares across runs,
the seconds compare with the target.
"""

import json
import platform
import random
from pathlib import Path

import pandas as pd

from measure import median_seconds, peak_mib, reference_seconds
from samestory import load_corpus
from samestory._paths import DATA_DIR
from samestory.alignment import align_quotes
from samestory.quotes import extract_quotes, quotes_in

RESULTS = Path(__file__).parent / "results" / "quotes.json"
ARTICLES = 1_000
REPEATS = 5
TARGET_SECONDS = 5.0
SEED = 4
NAMES = ["Ann Roe", "Sam Patel", "Jo Bell", "Tom Hale", "Eva Stone", "Ravi Shah"]


def source_texts() -> list:
    corpus = load_corpus()["text"].tolist()
    devset = sorted((DATA_DIR / "devset").glob("0[1-6]_*.txt"))
    return corpus + [path.read_text(encoding="utf-8") for path in devset]


def synthetic_articles(count: int, seed: int = SEED) -> list:
    """``count`` varied articles of ordinary length, the same for the same seed."""
    rng = random.Random(seed)
    sources = source_texts()
    articles = []
    for _ in range(count):
        lines = [line for line in rng.choice(sources).split("\n") if line.strip()]
        head, rest = lines[:2], lines[2:]
        rng.shuffle(rest)
        text = "\n\n".join(head + rest)
        if rng.random() < 0.5:
            text = text.replace("“", '"').replace("”", '"')
        text = text.replace("Gillan", rng.choice(NAMES).split()[1])
        articles.append(text)
    return articles


def main() -> dict:
    articles = synthetic_articles(ARTICLES)
    extract_quotes(articles[0])  # warm up imports and caches
    corpus = pd.DataFrame(
        {"article_id": [f"a{i:04d}" for i in range(ARTICLES)], "outlet": "Synthetic", "text": articles}
    )
    reference_before = reference_seconds()
    extract_all = median_seconds(lambda: [extract_quotes(text) for text in articles])
    reference = (reference_before + reference_seconds()) / 2
    quotes_all = median_seconds(lambda: quotes_in(corpus))
    quotes_two = median_seconds(lambda: quotes_in(corpus, processes=2))
    quotes_found = sum(len(extract_quotes(text)) for text in articles)
    scaling = {
        str(n): round(median_seconds(lambda n=n: [extract_quotes(text) for text in articles[:n]], repeats=3), 3)
        for n in (250, 500, 1000)
    }
    long_text = 'Ann Roe said "we will not go back" and left. ' * 4_400
    bundled = quotes_in(load_corpus())
    results = {
        "target": f"extract_quotes on {ARTICLES:,} ordinary articles in under {TARGET_SECONDS} s",
        "articles": ARTICLES,
        "mean_characters": round(sum(map(len, articles)) / ARTICLES),
        "quotations_found": quotes_found,
        "extract_quotes_seconds": round(extract_all, 3),
        "ratio_to_target": round(extract_all / TARGET_SECONDS, 3),
        "per_article_ms": round(1000 * extract_all / ARTICLES, 2),
        "reference_seconds": round(reference, 4),
        "extract_quotes_in_reference_units": round(extract_all / reference, 1),
        "quotes_in_seconds": round(quotes_all, 3),
        "quotes_in_two_processes_seconds": round(quotes_two, 3),
        "two_processes_ratio_to_target": round(quotes_two / TARGET_SECONDS, 3),
        "two_processes_speed_up": round(quotes_all / quotes_two, 2),
        "scaling_seconds": scaling,
        "peak_memory_mib_1000_articles": peak_mib(lambda: quotes_in(corpus)),
        "long_paragraph_characters": len(long_text),
        "long_paragraph_seconds": round(median_seconds(lambda: extract_quotes(long_text), repeats=3), 3),
        "align_quotes_bundled_seconds": round(median_seconds(lambda: align_quotes(bundled)), 4),
        "repeats": REPEATS,
        "python": platform.python_version(),
        "pandas": pd.__version__,
        "machine": f"{platform.machine()}, {platform.system()}",
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    for key, value in main().items():
        print(f"{key}: {value}")
    print(f"written to {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}")
