"""Every notebook is a well-formed lesson: anatomy, saved executed, nothing downloaded.

nbval (run by pytest on notebooks/, solutions/ and exercises/) checks that
they run and give the saved outputs; these tests check the rest of the promise.
"""

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
LESSONS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "solutions").glob("*.ipynb"))
ALL = LESSONS + sorted((ROOT / "exercises").glob("*.ipynb"))


def names(paths):
    return [str(p.relative_to(ROOT)) for p in paths]


@pytest.mark.parametrize("path", LESSONS, ids=names(LESSONS))
def test_opens_with_objectives_time_prerequisites_and_ends_with_takeaways(path):
    notebook = nbformat.read(path, as_version=4)
    markdown = [cell.source for cell in notebook.cells if cell.cell_type == "markdown"]
    opening = "\n".join(markdown[:2])
    assert opening.lstrip().startswith("# "), "a notebook opens with its title"
    for part in ("Learning objectives", "Time", "Prerequisites"):
        assert f"**{part}" in opening, f"the opening names its {part}"
    assert "Takeaways" in markdown[-1] or "Takeaways" in markdown[-2]


@pytest.mark.parametrize("path", LESSONS, ids=names(LESSONS))
def test_saved_executed_without_errors(path):
    notebook = nbformat.read(path, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code" and cell.source.strip()]
    assert code and all(cell.execution_count for cell in code), "saved with every code cell run"
    counts = [cell.execution_count for cell in code]
    assert counts == sorted(counts), "run top to bottom"
    assert not [o for cell in code for o in cell.outputs if o.output_type == "error"]


@pytest.mark.parametrize("path", ALL, ids=names(ALL))
def test_no_installs_downloads_or_notebook_only_helpers(path):
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        assert not re.search(r"nltk\.download|pip install|^\s*[!%]", cell.source, re.MULTILINE), cell.source
        assert "import *" not in cell.source


@pytest.mark.parametrize("path", sorted((ROOT / "notebooks").glob("*.ipynb")), ids=names(sorted((ROOT / "notebooks").glob("*.ipynb"))))
def test_lessons_define_no_functions(path):
    """Logic lives in the package: lessons call it (solutions define the student's functions)."""
    notebook = nbformat.read(path, as_version=4)
    defs = [cell.source for cell in notebook.cells if cell.cell_type == "code" and re.search(r"^\s*def ", cell.source, re.MULTILINE)]
    allowed = "00_start_here.ipynb"  # shows what an exercise answer looks like
    assert not defs or path.name == allowed, defs


def test_every_lesson_has_its_exercise_pair():
    lessons = {p.name for p in (ROOT / "notebooks").glob("*.ipynb")} - {"00_start_here.ipynb"}
    assert lessons == {p.name for p in (ROOT / "solutions").glob("*.ipynb")}
    assert lessons == {p.name for p in (ROOT / "exercises").glob("*.ipynb")}


def test_links_between_notebooks_point_at_files_that_exist():
    for path in ALL:
        notebook = nbformat.read(path, as_version=4)
        for cell in notebook.cells:
            if cell.cell_type == "markdown":
                for target in re.findall(r"\]\(([^)#]+\.ipynb)\)", cell.source):
                    assert (path.parent / target).exists(), f"{path.name} links to missing {target}"
