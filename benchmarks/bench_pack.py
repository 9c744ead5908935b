"""Measure the pack as a student meets it: import time, notebook run time, kernel memory.

Run with ``make bench`` or ``.venv/bin/python benchmarks/bench_pack.py``
(add ``--fresh-clone`` to also time ``make test`` in a new clone with no
``.venv``). Prints a table and writes ``benchmarks/results/pack.json``.

Targets (issue 3): all notebooks and solutions run in under 60 s in total on
a 2-core machine; the heaviest kernel peaks under 300 MB; ``import
samestory`` within 1.3x of ``import pandas``.
"""

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "pack.json"
REPEATS = 7
PEAK_RSS_CELL = "import resource\nresource.getrusage(resource.RUSAGE_SELF).ru_maxrss"


def import_seconds(statement: str) -> float:
    """Median wall time of ``statement`` in a fresh interpreter."""
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(REPEATS)]
    return statistics.median(runs)


def run_notebook(path: Path, env: dict) -> dict:
    """Execute a notebook in a fresh kernel; return its wall time and the kernel's peak memory."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(PEAK_RSS_CELL))
    client = NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}})
    old_env = dict(os.environ)
    os.environ.update(env)
    try:
        start = time.perf_counter()
        client.execute()
        seconds = time.perf_counter() - start
    finally:
        os.environ.clear()
        os.environ.update(old_env)
    peak_kib = int(notebook.cells[-1].outputs[0]["data"]["text/plain"])
    return {"notebook": str(path.relative_to(ROOT)), "seconds": round(seconds, 2), "kernel_peak_mb": round(peak_kib / 1024, 1)}


def fresh_clone_make_test() -> dict:
    """Clone the committed tree, run ``make test`` with no .venv, time it."""
    with tempfile.TemporaryDirectory() as folder:
        clone = Path(folder) / "samestory"
        subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
        start = time.perf_counter()
        done = subprocess.run(["make", "test"], cwd=clone, capture_output=True, text=True)
        seconds = time.perf_counter() - start
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    return {"make_test_seconds": round(seconds, 1), "exit_code": done.returncode, "last_line": last}


def main() -> None:
    empty = ROOT / ".nltk_data_empty"
    empty.mkdir(exist_ok=True)
    env = {"NLTK_DATA": str(empty)}
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "solutions").glob("*.ipynb"))
    runs = [run_notebook(path, env) for path in notebooks]
    pandas_s = import_seconds("import pandas")
    samestory_s = import_seconds("import samestory")
    loader_s = import_seconds("from samestory import load_corpus; load_corpus")
    results = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "notebooks": runs,
        "notebooks_total_seconds": round(sum(r["seconds"] for r in runs), 1),
        "heaviest_kernel_peak_mb": max(r["kernel_peak_mb"] for r in runs),
        "import_pandas_s": round(pandas_s, 3),
        "import_samestory_s": round(samestory_s, 3),
        "import_samestory_over_pandas": round(samestory_s / pandas_s, 2),
        "load_corpus_import_over_pandas": round(loader_s / pandas_s, 2),
    }
    if "--fresh-clone" in sys.argv:
        results["fresh_clone"] = fresh_clone_make_test()
    elif RESULTS.exists():
        previous = json.loads(RESULTS.read_text(encoding="utf-8")).get("fresh_clone")
        if previous:
            results["fresh_clone"] = previous
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for run in runs:
        print(f"{run['notebook']:45} {run['seconds']:6.2f} s  {run['kernel_peak_mb']:6.1f} MB")
    for key, value in results.items():
        if key != "notebooks":
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
