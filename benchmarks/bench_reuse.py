"""How does ``reuse_pairs`` scale? 200 against 2,000 synthetic articles.

Each synthetic article has about 300 words drawn (seeded) from a 5,000-word
made-up vocabulary with Zipf-like frequencies, cut into sentences and
paragraphs. One article in ten reprints a 40-120 word passage of an earlier
one with small edits (case, a dropped word, a swapped word), so reuse is
sparse, as in a news archive. The target: the 2,000 run takes at most 12
times as long as the 200 run.

Run: ``.venv/bin/python benchmarks/bench_reuse.py``. It prints the figures
and writes ``benchmarks/results/reuse.json``. Time is the median of several
runs; peak memory is measured in a separate run with ``tracemalloc``.
"""

import json
import platform
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import pandas as pd

from samestory.reuse import reuse_pairs

SIZES = (200, 2000)
REPEATS = {200: 15, 2000: 5}
WORDS_PER_ARTICLE = 300
REUSE_RATE = 0.1
TARGET_RATIO = 12.0
SEED = 2018
RESULTS = Path(__file__).parent / "results" / "reuse.json"


def make_vocabulary(rng: random.Random, size: int = 5000) -> list:
    syllables = ["pa", "ro", "ki", "ne", "su", "ta", "mi", "lo", "de", "va", "sh", "gr", "en", "ul", "or"]
    words = set()
    while len(words) < size:
        words.add("".join(rng.choices(syllables, k=rng.randint(1, 4))))
    return sorted(words)


def synthetic_corpus(n_articles: int, *, seed: int = SEED) -> tuple[pd.DataFrame, int]:
    """Seeded articles; returns the corpus and the number of planted copies."""
    rng = random.Random(seed)
    vocabulary = make_vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    bodies = []
    copies = 0
    for number in range(n_articles):
        words = rng.choices(vocabulary, weights=weights, k=WORDS_PER_ARTICLE)
        if number > 0 and rng.random() < REUSE_RATE:
            source = bodies[rng.randrange(number)]
            length = rng.randint(40, 120)
            start = rng.randrange(0, len(source) - length)
            passage = list(source[start : start + length])
            passage[rng.randrange(length)] = rng.choice(vocabulary)  # a swapped word
            del passage[rng.randrange(length - 1)]  # a dropped word
            passage[0] = passage[0].upper()
            at = rng.randrange(0, WORDS_PER_ARTICLE - length)
            words[at : at + len(passage)] = passage
            copies += 1
        bodies.append(words)
    texts = [_layout(words, rng) for words in bodies]
    corpus = pd.DataFrame(
        {
            "article_id": [f"synthetic_{k:05d}" for k in range(n_articles)],
            "outlet": [f"Outlet {k % 25}" for k in range(n_articles)],
            "text": texts,
        }
    )
    return corpus, copies


def _layout(words: list, rng: random.Random) -> str:
    pieces, sentence = [], 0
    for word in words:
        pieces.append(word)
        sentence += 1
        if sentence > 8 and rng.random() < 0.15:
            pieces[-1] += "." if rng.random() < 0.8 else ".\n\n"
            sentence = 0
    return " ".join(pieces).replace("\n\n ", "\n\n") + "."


def time_runs(corpus: pd.DataFrame, repeats: int) -> tuple[list, pd.DataFrame]:
    seconds = []
    for _ in range(repeats):
        began = time.perf_counter()
        pairs = reuse_pairs(corpus)
        seconds.append(time.perf_counter() - began)
    return seconds, pairs


def peak_memory(corpus: pd.DataFrame) -> float:
    tracemalloc.start()
    reuse_pairs(corpus)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> dict:
    results = {
        "function": "samestory.reuse.reuse_pairs (defaults: min_chars=200, shingle_words=5)",
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "words_per_article": WORDS_PER_ARTICLE,
        "reuse_rate": REUSE_RATE,
        "seed": SEED,
        "runs": {},
    }
    for size in SIZES:
        corpus, copies = synthetic_corpus(size)
        seconds, pairs = time_runs(corpus, REPEATS[size])
        results["runs"][str(size)] = {
            "articles": size,
            "mean_words": round(corpus["text"].str.split().str.len().mean(), 1),
            "planted_copies": copies,
            "pairs_found": len(pairs),
            "repeats": len(seconds),
            "median_seconds": round(statistics.median(seconds), 4),
            "min_seconds": round(min(seconds), 4),
            "peak_memory_mib": round(peak_memory(corpus), 2),
        }
    small, large = (results["runs"][str(size)] for size in SIZES)
    ratio = large["median_seconds"] / small["median_seconds"]
    results["time_ratio_2000_vs_200"] = round(ratio, 2)
    # the fastest runs are the least disturbed by other work on the machine
    results["time_ratio_2000_vs_200_fastest"] = round(large["min_seconds"] / small["min_seconds"], 2)
    results["memory_ratio_2000_vs_200"] = round(large["peak_memory_mib"] / small["peak_memory_mib"], 2)
    results["target_time_ratio"] = TARGET_RATIO
    results["meets_target"] = ratio <= TARGET_RATIO
    return results


if __name__ == "__main__":
    figures = main()
    for size, run in figures["runs"].items():
        print(
            f"{size:>5} articles: median {run['median_seconds']:.3f} s over {run['repeats']} runs, "
            f"peak memory {run['peak_memory_mib']:.1f} MiB, {run['pairs_found']} pairs found "
            f"({run['planted_copies']} copies planted)"
        )
    print(
        f"time ratio 2000/200: {figures['time_ratio_2000_vs_200']:.2f} of medians, "
        f"{figures['time_ratio_2000_vs_200_fastest']:.2f} of fastest runs (target <= {TARGET_RATIO:g}); "
        f"memory ratio: {figures['memory_ratio_2000_vs_200']:.2f}"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"written {RESULTS.relative_to(Path(__file__).parent.parent)}")
