"""Timing and memory helpers shared by the benchmark scripts (run them from this folder's parent)."""

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
