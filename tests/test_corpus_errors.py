"""Bad input gives a CorpusError that names the file (and line or field) and what to do."""

import pytest

from samestory import CorpusError, load_corpus


def error_for(path):
    with pytest.raises(CorpusError) as info:
        load_corpus(path)
    return str(info.value)


def test_missing_path(tmp_path):
    message = error_for(tmp_path / "nowhere")
    assert "nowhere" in message and "no such file or folder" in message


def test_empty_folder(tmp_path):
    message = error_for(tmp_path)
    assert str(tmp_path) in message and "no .txt files" in message


def test_folder_with_only_a_csv_points_to_it(write, tmp_path):
    write("table.csv", "text\nA\n")
    assert "table.csv" in error_for(tmp_path)


def test_empty_file(write):
    path = write("empty.txt", "  \n\n")
    message = error_for(path)
    assert "empty.txt" in message and "empty" in message


def test_binary_file_with_nul_bytes(write):
    path = write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    message = error_for(path)
    assert "image.txt line 3" in message and "UTF-8" in message


def test_utf16_file_is_named_as_such(write):
    path = write("u16.txt", "Pay rose.".encode("utf-16"))
    assert "UTF-16" in error_for(path)


def test_control_characters_are_not_text(write):
    path = write("ctrl.txt", "Line one\nLine \x07two")
    assert "ctrl.txt line 2" in error_for(path)


def test_undecodable_bytes_name_the_line(write):
    # 0x81 is undefined in Windows-1252 and invalid as UTF-8.
    path = write("bad.txt", b"Good line\nBad \x81 line")
    message = error_for(path)
    assert "bad.txt line 2" in message and "UTF-8" in message


@pytest.mark.parametrize(
    "header, expected",
    [
        ("---\noutlet: A\n", "never closed"),
        ("---\noutlet A\n---\n", "line 2"),
        ("---\noutlet: A\ncolour: red\n---\n", "unknown header field 'colour'"),
        ("---\noutlet: A\noutlet: B\n---\n", "given twice"),
        ("---\ndate: 14/09/18\n---\n", "write it as YYYY-MM-DD"),
        ("---\ndate: 2018-02-30\n---\n", "line 2"),
        ("---\narticle_id: two words\n---\n", "article_id"),
    ],
)
def test_malformed_header(write, header, expected):
    path = write("head.txt", header + "Some text.\n")
    message = error_for(path)
    assert "head.txt" in message and expected in message


def test_header_without_text(write):
    message = error_for(write("only.txt", "---\noutlet: A\n---\n\n"))
    assert "only.txt" in message and "no article text" in message


def test_duplicate_article_id(write, tmp_path):
    write("a.txt", "---\narticle_id: same\n---\nOne.")
    write("b.txt", "---\narticle_id: same\n---\nTwo.")
    message = error_for(tmp_path)
    assert "'same'" in message and "a.txt" in message and "b.txt" in message


def test_csv_without_text_column(write):
    message = error_for(write("t.csv", "outlet,body\nA,words\n"))
    assert "t.csv line 1" in message and "'text'" in message and "body" in message


def test_csv_with_empty_text_cell(write):
    message = error_for(write("t.csv", "outlet,text\nA,words\nB,  \n"))
    assert "t.csv line 3" in message and "row 2" in message


def test_csv_duplicate_ids_name_the_rows(write):
    message = error_for(write("t.csv", "article_id,text\nx,one\nx,two\n"))
    assert "t.csv line 3" in message and "t.csv line 2" in message


def test_csv_with_bad_date(write):
    assert "write it as YYYY-MM-DD" in error_for(write("t.csv", "date,text\n1 May,words\n"))


def test_csv_with_too_many_cells(write):
    assert "more cells" in error_for(write("t.csv", "outlet,text\nA,one,two\n"))


def test_csv_with_no_rows(write):
    assert "no rows" in error_for(write("t.csv", "outlet,text\n"))


@pytest.mark.filterwarnings("ignore::samestory.CorpusWarning")
def test_no_raw_errors_escape_on_random_bytes(write):
    import random

    rng = random.Random(7)
    for index in range(30):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200)))
        path = write(f"r{index}.txt", data)
        try:
            load_corpus(path)
        except CorpusError:
            pass
