"""Speaker accuracy on each fresh set with the code of the day it was new.

A fresh set is a batch of articles (Wikinews; in 1003-1088 Global Voices posts; in 1100-1452 Voice of America
stories; from 1500 on NASA news features) that helpers annotated blind,
measured once on the committed code before anyone read its errors; most
sets then joined ``dev`` so that their errors could be studied. This script
replays those first measurements from the git history: for each set it checks
out the commit it was first measured at (``FRESH_SETS`` below, copied from
the project's measurement log; the README's history table gives the same
sets) into a temporary git worktree, runs that commit's ``extract_quotes`` on the set's articles as
stored today, and scores it against today's answer key. Pooled over all sets,
this is the figure the README calls the honest estimate for unseen articles.

Run from a clone with its history: ``.venv/bin/python benchmarks/first_contact.py``.
It prints one row per set and the pooled figure, and writes
``benchmarks/results/first_contact.json``. It takes about a minute.

The standing held-out sets (``heldout`` in the key) are included with their
first-measurement commits; no error of theirs is printed.

Each row also says how well today's ``speakers_to_check`` would have
pointed at that day's wrong speakers (``check_counts``): it reads only the
columns the old table has (``speaker_mention``, ``attribution``, ``run_id``),
so it shows where the rules of each day were unsure.

Scores can differ a little from the ones logged on the day: a few key rows
were fixed later on a second reader's word, and ``same_speaker`` learnt to
treat more spellings of one name as one (titles, acronyms).
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from samestory.evaluate import check_counts, check_shares, load_annotations, match_spans, statement_speakers_right  # noqa: E402

# Each fresh set: the commit it was first measured at, and its article numbers.
# (117-140 was logged by time only; 5b358af is the last commit before that time.)
FRESH_SETS = [
    ("5b358af", [(117, 140)]),
    ("ba5e31a", [(141, 163)]),
    ("1aca333", [(164, 187)]),
    ("1bcb902", [(188, 209)]),
    ("9a87df6", [(210, 233)]),
    ("1696a7a", [(234, 246)]),
    ("6adf2f2", [(247, 274)]),
    ("7c10f8c", [(275, 296)]),
    ("2b1c1f5", [(297, 306)]),
    ("1c3a890", [(307, 329), (331, 336)]),
    ("ddc0a46", [(340, 365)]),
    ("ab9abe8", [(400, 412), (430, 444)]),
    ("fa88341", [(450, 457), (470, 475)]),
    ("f7cec96", [(480, 485)]),
    ("a19bb29", [(486, 524)]),
    ("de8e4b0", [(534, 558)]),
    ("0bca16d", [(560, 572)]),
    ("3a44f09", [(580, 626)]),
    ("0cecf64", [(640, 662)]),
    ("21dc069", [(680, 680)]),
    ("89fe8d6", [(700, 744)]),
    ("9c40910", [(760, 781)]),
    ("f8c792d", [(790, 791)]),
    ("8be7b00", [(800, 802), (810, 812), (820, 820)]),
    ("2f05667", [(830, 830), (840, 843), (850, 852)]),
    ("c49a65a", [(900, 900), (910, 913)]),
    ("ea65edb", [(920, 927), (930, 937), (940, 947)]),
    ("a2b9122", [(950, 955), (960, 967)]),
    ("ccda940", [(970, 993)]),
    ("0708827", [(1003, 1033)]),  # Global Voices posts (b0adc6f stored them with the same code)
    ("e7d3b24", [(1040, 1056)]),  # Global Voices, second round
    ("c8c7732", [(1060, 1088)]),  # Global Voices, third round
    ("27a355a", [(1100, 1197)]),  # Voice of America stories
    ("e6c17ef", [(1230, 1337)]),  # Voice of America, second round
    ("4da4816", [(1360, 1452)]),  # Voice of America, third round
    ("24855a7", [(1500, 1537)]),  # NASA news features
    ("791f52f", [(1560, 1597)]),  # NASA, second round
    ("0a257b8", [(1620, 1717)]),  # NASA, third round
    ("90d0a36", [(1740, 1837)]),  # NASA, fourth round
]

# Run inside the old commit's tree: that commit's extract_quotes on each article.
_RUN = """
import json, sys
import pandas as pd
sys.path.insert(0, sys.argv[1] + "/src")
from samestory.quotes import extract_quotes
tables = []
for article_id, path in json.loads(sys.argv[2]):
    table = extract_quotes(open(path, encoding="utf-8").read())
    table = table[["start", "end", "kind", "speaker", "speaker_mention", "attribution", "run_id"]]
    table.insert(0, "article_id", article_id)
    tables.append(table)
pd.concat(tables).to_csv(sys.argv[3], index=False)
"""


def article_number(article_id: str) -> int:
    """``"700_germany-usa-u17-world-cup"`` -> 700 (-1 for the seed articles)."""
    head = article_id.split("_", 1)[0]
    return int(head) if head.isdigit() else -1


def predictions_at(commit: str, articles: list, workdir: Path) -> pd.DataFrame:
    """``extract_quotes`` of ``commit`` on ``articles`` (ids), from a worktree of that commit."""
    tree = workdir / commit
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(tree), commit], check=True, capture_output=True)
    try:
        out = workdir / f"{commit}.csv"
        paths = [(a, str(ROOT / "data" / "devset" / f"{a}.txt")) for a in articles]
        subprocess.run([sys.executable, "-c", _RUN, str(tree), json.dumps(paths), str(out)], check=True)
        return pd.read_csv(out, keep_default_na=False)
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True, capture_output=True)


def speaker_score(gold: pd.DataFrame, predicted: pd.DataFrame) -> tuple:
    """(right, statements, check counts): matched key statements whose speaker the prediction has right."""
    gold, predicted = gold.reset_index(drop=True), predicted.reset_index(drop=True)
    pairs = match_spans(gold, predicted)
    right = statement_speakers_right(gold, predicted, pairs)
    return sum(right), len(right), check_counts(gold, predicted, pairs)


def main() -> int:
    gold = load_annotations("quotes")
    numbers = gold["article_id"].map(article_number)
    rows, check_tallies = [], []
    with tempfile.TemporaryDirectory() as workdir:
        for commit, ranges in FRESH_SETS:
            in_set = pd.Series(False, index=gold.index)
            for low, high in ranges:
                in_set |= numbers.between(low, high)
            key = gold[in_set]
            predicted = predictions_at(commit, sorted(key["article_id"].unique()), Path(workdir))
            right, total, checks = speaker_score(key, predicted)
            check_tallies.append(checks)
            rows.append(
                {
                    "articles": " + ".join(f"{low}-{high}" if low != high else str(low) for low, high in ranges),
                    "commit": commit,
                    "set_today": "/".join(sorted(key["set"].unique())),
                    "statements": total,
                    "right": right,
                    "speaker_accuracy": round(right / total, 3) if total else None,
                    "checked": checks["checked"],
                    "wrong_checked": checks["wrong_checked"],
                }
            )
            print(rows[-1], flush=True)
    table = pd.DataFrame(rows)
    pooled = {"statements": int(table["statements"].sum()), "right": int(table["right"].sum())}
    pooled["speaker_accuracy"] = round(pooled["right"] / pooled["statements"], 3)
    # How well speakers_to_check would have pointed at each day's wrong speakers, over all sets.
    counts = {key: sum(tally[key] for tally in check_tallies) for key in check_tallies[0]}
    pooled["speakers_to_check"] = {**counts, **check_shares(counts)}
    print(table.to_string(index=False))
    print("pooled:", pooled)
    results = ROOT / "benchmarks" / "results" / "first_contact.json"
    results.write_text(json.dumps({"sets": rows, "pooled": pooled}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
