"""Exercises made from one source, and self-checks that give a student feedback.

How does a lecturer keep exercises and answers in step? The answers live in
``solutions/`` between nbgrader's own markers::

    def count_paragraphs(text):
        ### BEGIN SOLUTION
        return len(text.split())
        ### END SOLUTION

``python -m samestory.exercises build`` writes ``exercises/`` from them: each
answer becomes ``raise NotImplementedError()`` under a ``# YOUR CODE HERE``
prompt (nbgrader's stub), ``### BEGIN HIDDEN TESTS`` regions are removed and
outputs are cleared, exactly as nbgrader's ``ClearSolutions`` and
``ClearHiddenTests`` do, so the same solutions also work with nbgrader.

Build never overwrites an exercise that someone edited after it was made:
each exercise records a fingerprint of its cells, and a notebook whose cells
no longer match it is left alone (``--force`` overwrites it).
``python -m samestory.exercises check`` exits non-zero naming every exercise
that is out of step with its solution.

In a notebook, ``check("name", answer)`` says whether an answer is right and,
if not, gives a hint, never the answer.
"""

import argparse
import ast
import copy
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from samestory._paths import PROJECT_ROOT

BEGIN_SOLUTION = "BEGIN SOLUTION"
END_SOLUTION = "END SOLUTION"
BEGIN_HIDDEN_TESTS = "BEGIN HIDDEN TESTS"
END_HIDDEN_TESTS = "END HIDDEN TESTS"
CODE_STUB = "# YOUR CODE HERE\nraise NotImplementedError()"
TEXT_STUB = "YOUR ANSWER HERE"
METADATA_KEY = "samestory"
SOLUTIONS_DIR = PROJECT_ROOT / "solutions"
EXERCISES_DIR = PROJECT_ROOT / "exercises"


@dataclass(frozen=True)
class CheckResult:
    """What ``check`` found: whether the answer is right, and a hint if not."""

    name: str
    passed: bool
    message: str

    def __repr__(self) -> str:
        mark = "✔ Correct" if self.passed else "✘ Not yet"
        return f"{mark} ({self.name}). {self.message}"

    def __bool__(self) -> bool:
        return self.passed


def check(name: str, answer) -> CheckResult:
    """Check a student's answer and give feedback without giving it away.

    Parameters
    ----------
    name : str
        The exercise name, as written in the notebook (e.g. ``"count_paragraphs"``).
    answer : object
        The student's answer: usually the function they wrote.

    Returns
    -------
    CheckResult
        Shows as ``✔ Correct ...`` or ``✘ Not yet ...`` with a hint; it is
        truthy when the answer is right.

    Raises
    ------
    ValueError
        When no exercise has that name.

    Examples
    --------
    >>> check("count_paragraphs", lambda text: len(text.splitlines()))
    ✘ Not yet (count_paragraphs). ...
    """
    from samestory import checks

    checker = checks.get(name)
    try:
        hint = checker(answer)
    except NotImplementedError:
        hint = "The answer still says `raise NotImplementedError()`: replace that line with your code and run the cell again."
    except Exception as err:  # a student's code may fail in any way; say how, not where
        hint = f"Your answer raised {type(err).__name__}: {err}. Read the task again and try it on a short example."
    if hint is None:
        return CheckResult(name, True, "Well done.")
    return CheckResult(name, False, hint)


def make_exercise(solution, *, source_name: str = "") -> "nbformat.NotebookNode":
    """Make the exercise version of a solution notebook.

    Parameters
    ----------
    solution : NotebookNode
        A notebook whose answers sit between ``### BEGIN SOLUTION`` and
        ``### END SOLUTION``.
    source_name : str
        Where the solution lives, recorded in the exercise's metadata.

    Returns
    -------
    NotebookNode
        A new notebook: answers replaced by ``CODE_STUB`` (code) or
        ``TEXT_STUB`` (text), hidden tests removed, outputs cleared, and a
        fingerprint of the cells in ``metadata["samestory"]``. Code cells that
        will raise until the student answers are tagged ``raises-exception``
        for nbval: the stubbed cells, and later cells that use what they
        define (other than passing a function to ``check``, which reports a
        missing answer itself).

    Raises
    ------
    ValueError
        When a solution region is not closed or is nested.

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
    ...     "def double(x):\\n    ### BEGIN SOLUTION\\n    return 2 * x\\n    ### END SOLUTION")])
    >>> print(make_exercise(nb).cells[0].source)
    def double(x):
        # YOUR CODE HERE
        raise NotImplementedError()
    """
    exercise = copy.deepcopy(solution)
    unanswered = {}  # name -> True if only calling it fails (a stubbed function body)
    for index, cell in enumerate(exercise.cells):
        where = f"{source_name or 'notebook'} cell {index + 1}"
        stub = CODE_STUB if cell.cell_type == "code" else TEXT_STUB
        answer = cell.source
        source, stubbed = _replace_regions(answer, BEGIN_SOLUTION, END_SOLUTION, stub, where)
        source, _ = _replace_regions(source, BEGIN_HIDDEN_TESTS, END_HIDDEN_TESTS, None, where)
        cell.source = source
        if cell.cell_type != "code":
            continue
        cell.outputs = []
        cell.execution_count = None
        cell.metadata.pop("execution", None)  # run timestamps would change the file on every run
        if stubbed or _uses_unanswered(source, unanswered):
            tags = cell.metadata.setdefault("tags", [])
            if "raises-exception" not in tags:
                tags.append("raises-exception")
        if stubbed:
            unanswered.update(_defined_names(answer))
    exercise.metadata.pop("celltoolbar", None)
    exercise.metadata[METADATA_KEY] = {
        "generated_from": source_name,
        "note": "Made by `python -m samestory.exercises build`; edit the solution instead.",
        "cells_sha256": cells_fingerprint(exercise),
    }
    return exercise


def cells_fingerprint(notebook) -> str:
    """Fingerprint a notebook's cells: type, source and tags, not outputs.

    Running a notebook leaves its fingerprint unchanged; editing a cell's
    text changes it.

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    >>> len(cells_fingerprint(nb))
    64
    """
    cells = [
        [cell.cell_type, cell.source, sorted(cell.get("metadata", {}).get("tags", []))]
        for cell in notebook.cells
    ]
    return hashlib.sha256(json.dumps(cells, ensure_ascii=False).encode("utf-8")).hexdigest()


def build(
    solutions_dir: Path = SOLUTIONS_DIR, exercises_dir: Path = EXERCISES_DIR, *, force: bool = False
) -> dict:
    """Write an exercise for every solution notebook, sparing edited ones.

    Parameters
    ----------
    solutions_dir, exercises_dir : Path
        Where the solutions are read and the exercises written.
    force : bool
        Overwrite exercises that someone edited.

    Returns
    -------
    dict
        ``{exercise file name: what happened}``, one of ``"written"``,
        ``"up to date"`` or ``"edited, kept"``.
    """
    exercises_dir.mkdir(parents=True, exist_ok=True)
    outcome = {}
    for name, wanted in _expected_exercises(solutions_dir).items():
        target = exercises_dir / name
        if target.exists():
            current = target.read_text(encoding="utf-8")
            if current == wanted:
                outcome[name] = "up to date"
                continue
            if _was_edited(current) and not force:
                outcome[name] = "edited, kept"
                continue
        target.write_text(wanted, encoding="utf-8")
        outcome[name] = "written"
    return outcome


def check_sync(solutions_dir: Path = SOLUTIONS_DIR, exercises_dir: Path = EXERCISES_DIR) -> list[str]:
    """List every way ``exercises/`` is out of step with ``solutions/``.

    Returns
    -------
    list of str
        One line per problem; empty when all exercises are in sync.
    """
    problems = []
    expected = _expected_exercises(solutions_dir)
    for name, wanted in expected.items():
        target = exercises_dir / name
        if not target.exists():
            problems.append(f"{target}: missing; run `python -m samestory.exercises build`.")
        elif target.read_text(encoding="utf-8") != wanted:
            reason = "edited by hand" if _was_edited(target.read_text(encoding="utf-8")) else "older than its solution"
            problems.append(
                f"{target}: out of sync with {solutions_dir / name} ({reason}); "
                "run `python -m samestory.exercises build` (add --force to replace an edited one)."
            )
    for target in sorted(exercises_dir.glob("*.ipynb")):
        if target.name not in expected:
            problems.append(f"{target}: has no solution in {solutions_dir}; remove it or add the solution.")
    return problems


def main(argv=None) -> int:
    """Run ``build`` or ``check`` from the command line; return the exit code."""
    parser = argparse.ArgumentParser(prog="python -m samestory.exercises", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["build", "check"])
    parser.add_argument("--solutions", type=Path, default=SOLUTIONS_DIR)
    parser.add_argument("--exercises", type=Path, default=EXERCISES_DIR)
    parser.add_argument("--force", action="store_true", help="overwrite exercises that were edited by hand")
    args = parser.parse_args(argv)
    if args.command == "build":
        outcome = build(args.solutions, args.exercises, force=args.force)
        for name, what in outcome.items():
            print(f"{args.exercises / name}: {what}")
        kept = [name for name, what in outcome.items() if what == "edited, kept"]
        if kept:
            print(f"{len(kept)} edited exercise(s) kept; use --force to overwrite them.", file=sys.stderr)
        return 1 if kept else 0
    problems = check_sync(args.solutions, args.exercises)
    for line in problems:
        print(line, file=sys.stderr)
    if not problems:
        print(f"All exercises in {args.exercises} are in sync with {args.solutions}.")
    return 1 if problems else 0


def _expected_exercises(solutions_dir: Path) -> dict:
    import nbformat

    expected = {}
    for path in sorted(Path(solutions_dir).glob("*.ipynb")):
        solution = nbformat.read(path, as_version=4)
        exercise = make_exercise(solution, source_name=f"solutions/{path.name}")
        expected[path.name] = nbformat.writes(exercise) + "\n"
    return expected


def _was_edited(text: str) -> bool:
    import nbformat

    try:
        notebook = nbformat.reads(text, as_version=4)
    except Exception:  # not even a notebook any more: someone edited it
        return True
    recorded = notebook.metadata.get(METADATA_KEY, {}).get("cells_sha256")
    return recorded != cells_fingerprint(notebook)


def _defined_names(answer: str) -> dict:
    """Names a solution cell defines, each mapped to True when it is a
    function whose answer sits in its body (it exists, but calling it fails)
    and False when the answer is at the top level (the name never exists)."""
    try:
        tree = ast.parse(answer)
    except SyntaxError:
        return {}
    top_level_answer = any(
        BEGIN_SOLUTION in line and not line[: len(line) - len(line.lstrip())]
        for line in answer.split("\n")
    )
    names = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] = not top_level_answer
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        names[name.id] = False
    return names


def _uses_unanswered(source: str, unanswered: dict) -> bool:
    """Whether running ``source`` fails while the names in ``unanswered``
    are unanswered. Handing a stubbed function to ``check(...)`` is safe."""
    if not unanswered:
        return False
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    handed_to_check = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "check":
            handed_to_check.update(id(arg) for arg in node.args if isinstance(arg, ast.Name))
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in unanswered:
            if not (unanswered[node.id] and id(node) in handed_to_check):
                return True
    return False


def _replace_regions(source: str, begin: str, end: str, stub: str | None, where: str) -> tuple[str, bool]:
    """Replace each begin...end region of ``source`` by ``stub`` (None: remove).

    Works line by line as nbgrader does: the marker lines go, and the stub
    takes the indentation of the begin line.
    """
    kept, inside, replaced = [], False, False
    for line in source.split("\n"):
        if begin in line:
            if inside:
                raise ValueError(f"{where}: '{begin}' inside another; close the first with '{end}'.")
            inside, replaced = True, True
            if stub is not None:
                indent = re.match(r"\s*", line).group(0)
                kept.extend(indent + stub_line for stub_line in stub.split("\n"))
        elif end in line:
            inside = False
        elif not inside:
            kept.append(line)
    if inside:
        raise ValueError(f"{where}: '{begin}' is never closed; add a line with '### {end}'.")
    return "\n".join(kept), replaced


if __name__ == "__main__":
    sys.exit(main())
