"""The first-name table (``data/first_names.csv``) and the rule that reads it (``samestory.first_names``)."""

import pytest

from samestory.errors import CorpusError
from samestory.first_names import (
    CLEAR_RATIO,
    FIRST_NAMES_PATH,
    MIN_BIRTHS,
    first_name_gender,
    first_name_genders,
    name_gender,
)
from samestory.quotes import extract_quotes

HEADER = "first_name,uk_female,uk_male,us_female,us_male\n"


def test_the_bundled_table_is_the_birth_registers():
    genders = first_name_genders()
    assert FIRST_NAMES_PATH.stat().st_size > 400_000  # the whole table, not a sample
    assert len(genders) > 20_000
    assert {name: genders.get(name, "") for name in ["aoife", "niamh", "declan", "seamus", "gemma", "colin"]} == {
        "aoife": "f", "niamh": "f", "declan": "m", "seamus": "m", "gemma": "f", "colin": "m",
    }  # fmt: skip
    # names both girls and boys are given, or one country gives to girls and the other to boys, decide nothing
    assert not {"kim", "jean", "ashley", "robin", "leslie", "jordan"} & set(genders)


@pytest.mark.parametrize(
    "counts, gender",
    [
        ([(CLEAR_RATIO * 50, 50), (0, 0)], "f"),  # clear in one country, not counted in the other
        ([(CLEAR_RATIO * 50 - 1, 50), (0, 0)], ""),  # just short of clear
        ([(50, CLEAR_RATIO * 50), (300, 400)], "m"),  # clear in one, leaning the same way in the other
        ([(50, CLEAR_RATIO * 50), (400, 300)], ""),  # clear in one, leaning the other way in the other
        ([(MIN_BIRTHS - 1, 0), (0, 0)], ""),  # too rare to count anywhere
        ([(MIN_BIRTHS, 0), (MIN_BIRTHS - 1, MIN_BIRTHS - 1)], "f"),  # a country below MIN_BIRTHS says nothing
    ],
)
def test_name_gender_rule(counts, gender):
    assert name_gender(counts) == gender


@pytest.mark.parametrize(
    "name, gender",
    [
        ("Mary Holt", "f"),
        ("Tom Price", "m"),
        ("Seán Cronin", "m"),  # accents read as the plain letters
        ("Mary-Kate Dunne", "f"),  # a hyphenated first name by its first part
        ("Smith", ""),  # one word has no first name
        ("NISA spokesperson", ""),  # a description
        ("General Assembly", ""),  # a title that is also a given name
        ("King Charles", ""),
        ("Hope Not Hate", ""),  # a body's name
        ("Kim Jong Un", ""),  # a name both have
        ("Neil and Tracey Harding", ""),  # two people
    ],
)
def test_first_name_gender(name, gender):
    assert first_name_gender(name) == gender


def test_the_text_outranks_the_first_name():
    # Andrea is mostly a girl's name in both registers; "Mr" and the only person named say otherwise.
    text = 'Mr Andrea Rossi met Ana Ruiz. "We lost," he said.'
    assert extract_quotes(text)["speaker"].tolist() == ["Andrea Rossi"]
    text = 'Mary Holt met Tom Price. "We lost," she said.'
    assert extract_quotes(text)["speaker"].tolist() == ["Mary Holt"]


def test_a_lecturer_can_read_a_table_of_their_own(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text(HEADER + "Oisín,0,250,0,0\nSaoirse,250,0,0,0\n", encoding="utf-8")
    assert first_name_genders(path) == {"oisín": "m", "saoirse": "f"}
    path.write_text(HEADER + "Oisín,0,250,0,0\nSaoirse,x,0,0,0\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="line 3"):  # an edit is read again, not served from a cache
        first_name_genders(path)


def test_changing_a_table_read_does_not_change_the_rules():
    genders = first_name_genders()
    genders["mary"] = "m"
    assert first_name_gender("Mary Holt") == "f"


@pytest.mark.parametrize(
    "body, words",
    [
        ("Mary,1,2,3\n", ["line 2", "us_male"]),  # a row cut short
        ("Mary,ten,0,0,0\n", ["line 2", "uk_female", "'ten'"]),
        ("Mary,-5,0,0,0\n", ["line 2", "uk_female", "'-5'"]),
        ("Mary,1.5,0,0,0\n", ["line 2", "uk_female"]),
        ("Mary,\"1,200\",0,0,0\n", ["line 2", "uk_female", "digits only"]),
        (",10,0,0,0\n", ["line 2", "first_name", "empty"]),
        ("Mary,10,0,0,0\nMARY,0,10,0,0\n", ["line 3", "'MARY'", "line 2", "case is ignored"]),
    ],
)
def test_a_bad_table_names_the_line_and_column(tmp_path, body, words):
    path = tmp_path / "names.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(CorpusError) as error:
        first_name_genders(path)
    message = str(error.value)
    assert str(path) in message
    for word in words:
        assert word in message


def test_a_missing_table_or_column_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="names.csv"):
        first_name_genders(tmp_path / "names.csv")
    path = tmp_path / "short.csv"
    path.write_text("first_name,uk_female,uk_male,us_female\nMary,1,0,0\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="us_male"):
        first_name_genders(path)
