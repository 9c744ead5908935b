"""Exercises come from one source: generation, edit protection, sync, nbgrader, self-checks."""

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from samestory import exercises
from samestory.exercises import CODE_STUB, TEXT_STUB, build, check, check_sync, main, make_exercise

SOLVED_FUNCTION = "def double(x):\n    ### BEGIN SOLUTION\n    return 2 * x\n    ### END SOLUTION"


def solution_notebook():
    return new_notebook(
        cells=[
            new_markdown_cell("# Title"),
            new_code_cell(SOLVED_FUNCTION, execution_count=1),
            new_code_cell(
                '### BEGIN HIDDEN TESTS\nassert double(2) == 4\n### END HIDDEN TESTS\ncheck("double", double)'
            ),
            new_code_cell("double(21)", execution_count=3, outputs=[new_output("execute_result", {"text/plain": "42"}, execution_count=3)]),
            new_code_cell("### BEGIN SOLUTION\nanswer = 42\n### END SOLUTION"),
            new_code_cell("check('answer', answer)"),
            new_markdown_cell("### BEGIN SOLUTION\nBecause.\n### END SOLUTION"),
        ],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    )


def test_make_exercise_stubs_answers_removes_hidden_tests_and_clears_outputs():
    exercise = make_exercise(solution_notebook(), source_name="solutions/x.ipynb")
    sources = [cell.source for cell in exercise.cells]
    assert sources[1] == "def double(x):\n    " + CODE_STUB.replace("\n", "\n    ")
    assert sources[2] == 'check("double", double)'
    assert sources[4] == CODE_STUB
    assert sources[6] == TEXT_STUB
    assert all(not cell.get("outputs") and cell.get("execution_count") is None for cell in exercise.cells if cell.cell_type == "code")
    assert "BEGIN" not in nbformat.writes(exercise)
    assert exercise.metadata["samestory"]["generated_from"] == "solutions/x.ipynb"


def test_cells_that_will_raise_are_tagged_for_nbval():
    exercise = make_exercise(solution_notebook())
    tagged = ["raises-exception" in cell.metadata.get("tags", []) for cell in exercise.cells]
    # stubbed def; check(double) is safe; calling double fails; top-level stub; its name is undefined later
    assert tagged == [False, True, False, True, True, True, False]


def test_make_exercise_does_not_change_the_solution():
    solution = solution_notebook()
    before = nbformat.writes(solution)
    make_exercise(solution)
    assert nbformat.writes(solution) == before


@pytest.mark.parametrize("source", ["### BEGIN SOLUTION\nx = 1", "### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION"])
def test_broken_markers_are_reported(source):
    notebook = new_notebook(cells=[new_code_cell(source)])
    with pytest.raises(ValueError, match="cell 1"):
        make_exercise(notebook, source_name="solutions/bad.ipynb")


@pytest.fixture
def folders(tmp_path):
    solutions, exercises_dir = tmp_path / "solutions", tmp_path / "exercises"
    solutions.mkdir()
    nbformat.write(solution_notebook(), solutions / "01_x.ipynb")
    return solutions, exercises_dir


def test_build_then_rebuild_is_up_to_date(folders):
    solutions, exercises_dir = folders
    assert build(solutions, exercises_dir) == {"01_x.ipynb": "written"}
    assert build(solutions, exercises_dir) == {"01_x.ipynb": "up to date"}
    assert check_sync(solutions, exercises_dir) == []


def test_build_never_overwrites_an_edited_exercise(folders):
    solutions, exercises_dir = folders
    build(solutions, exercises_dir)
    target = exercises_dir / "01_x.ipynb"
    edited = nbformat.read(target, as_version=4)
    edited.cells[1].source = "def double(x):\n    return x + x  # my answer"
    nbformat.write(edited, target)
    text = target.read_text(encoding="utf-8")
    # the solution changes; the student's work must survive
    solution = nbformat.read(solutions / "01_x.ipynb", as_version=4)
    solution.cells[0].source = "# New title"
    nbformat.write(solution, solutions / "01_x.ipynb")
    assert build(solutions, exercises_dir) == {"01_x.ipynb": "edited, kept"}
    assert target.read_text(encoding="utf-8") == text
    assert "edited by hand" in check_sync(solutions, exercises_dir)[0]
    assert build(solutions, exercises_dir, force=True) == {"01_x.ipynb": "written"}
    assert check_sync(solutions, exercises_dir) == []


def test_running_an_exercise_is_not_an_edit(folders):
    solutions, exercises_dir = folders
    build(solutions, exercises_dir)
    target = exercises_dir / "01_x.ipynb"
    ran = nbformat.read(target, as_version=4)
    ran.cells[3].outputs = [new_output("stream", name="stdout", text="hello")]
    nbformat.write(ran, target)
    solution = nbformat.read(solutions / "01_x.ipynb", as_version=4)
    solution.cells[0].source = "# New title"
    nbformat.write(solution, solutions / "01_x.ipynb")
    assert build(solutions, exercises_dir) == {"01_x.ipynb": "written"}


def test_check_sync_names_missing_stale_and_orphan_exercises(folders):
    solutions, exercises_dir = folders
    assert "missing" in check_sync(solutions, exercises_dir)[0]
    build(solutions, exercises_dir)
    solution = nbformat.read(solutions / "01_x.ipynb", as_version=4)
    solution.cells[0].source = "# Changed"
    nbformat.write(solution, solutions / "01_x.ipynb")
    nbformat.write(new_notebook(), exercises_dir / "99_orphan.ipynb")
    problems = check_sync(solutions, exercises_dir)
    assert len(problems) == 2
    assert "older than its solution" in problems[0] and "01_x.ipynb" in problems[0]
    assert "99_orphan.ipynb" in problems[1]


def test_command_line_exit_codes(folders, capsys):
    solutions, exercises_dir = folders
    args = ["--solutions", str(solutions), "--exercises", str(exercises_dir)]
    assert main(["check", *args]) == 1
    assert "missing" in capsys.readouterr().err
    assert main(["build", *args]) == 0
    assert main(["check", *args]) == 0


def test_the_packs_exercises_are_in_sync_with_its_solutions():
    assert exercises.SOLUTIONS_DIR.is_dir() and list(exercises.SOLUTIONS_DIR.glob("*.ipynb"))
    assert check_sync() == []


def test_our_exercises_equal_what_nbgrader_makes():
    """Compatibility: nbgrader's own preprocessors give the same cells."""
    nbgrader = pytest.importorskip("nbgrader.preprocessors", reason="install the 'grading' extra")
    clear_solutions = nbgrader.ClearSolutions(enforce_metadata=False, code_stub={"python": CODE_STUB}, text_stub=TEXT_STUB)
    clear_hidden = nbgrader.ClearHiddenTests(enforce_metadata=False)
    for path in sorted(exercises.SOLUTIONS_DIR.glob("*.ipynb")) + ["made-up"]:
        solution = solution_notebook() if path == "made-up" else nbformat.read(path, as_version=4)
        ours = make_exercise(solution)
        theirs, resources = clear_solutions.preprocess(nbformat.from_dict(solution), {})
        theirs, _ = clear_hidden.preprocess(theirs, resources)
        assert [(c.cell_type, c.source) for c in ours.cells] == [(c.cell_type, c.source) for c in theirs.cells], path


def test_check_passes_a_right_answer_and_hints_at_a_wrong_one():
    right = check("count_paragraphs", lambda text: sum(1 for line in text.split("\n") if line.strip()))
    assert right.passed and repr(right).startswith("✔ Correct")
    wrong = check("count_paragraphs", lambda text: len(text.split("\n")))
    assert not wrong and repr(wrong).startswith("✘ Not yet") and "blank lines" in wrong.message


def test_check_never_prints_the_answer(corpus):
    from samestory.tokens import paragraphs

    wrong = check("count_paragraphs", lambda text: 0 if len(text) < 200 else 1)
    expected_counts = {str(len(paragraphs(text))) for text in corpus["text"]}
    assert not any(f" {count}" in wrong.message for count in expected_counts - {"0", "1"})


def test_check_explains_an_unanswered_or_crashing_answer():
    def unanswered(text):
        raise NotImplementedError()

    assert "raise NotImplementedError()" in check("count_paragraphs", unanswered).message
    crashed = check("curly_share", lambda text: 1 / 0)
    assert not crashed and "ZeroDivisionError" in crashed.message


def test_check_with_an_unknown_name_lists_the_known_ones():
    with pytest.raises(ValueError, match="count_paragraphs"):
        check("no_such_exercise", None)
