"""Timing and memory helpers shared by the benchmark scripts (run them from this folder's parent)."""

import re
import statistics
import time
import tracemalloc


def median_seconds(function, repeats: int = 5) -> float:
    """Median wall time of ``function()`` over ``repeats`` runs."""
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        function()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def peak_mib(function) -> float:
    """Peak memory Python allocated while ``function()`` ran, in MiB."""
    tracemalloc.start()
    try:
        function()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def reference_seconds(repeats: int = 5) -> float:
    """Median time of a fixed task that has nothing to do with samestory: the machine's yardstick.

    The same code can run a third slower in one hour than in another on a shared
    machine. Dividing a timing by this one, measured in the same run, gives a
    figure that stays comparable from hour to hour. The task is plain Python
    string and regular-expression work, like the extractors' own.
    """
    text = " ".join(f'"Word{i % 997}," said Person{i % 89}.' for i in range(400_000))
    pattern = re.compile(r'"([^"]*)"|\b[A-Z]\w+')

    def task():
        found = pattern.findall(text)
        return sorted(set(found)), text.lower().split()

    return median_seconds(task, repeats)
