"""Framing: naming, voice, local angle, frame coding and agreement, on exact offsets."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samestory import CorpusError
from samestory.evaluate import load_annotations
from samestory.framing import (
    FRAME_QUESTIONS,
    FRAMES,
    FRAMES_DIR,
    SHEET_COLUMNS,
    action_naming,
    check_frame_sheet,
    coder_disagreements,
    first_and_last,
    frame_agreement,
    frame_sheet,
    load_prisons,
    local_angle,
    read_frame_sheet,
    score_frames,
    voice_share,
)
from samestory.quotes import speaker_groups
from samestory.tokens import paragraphs


@pytest.fixture(scope="module")
def gold_quotes():
    """The hand-made answer key for the three articles, with speaker groups."""
    gold = load_annotations("quotes")
    gold = gold[gold["set"] == "seed"].reset_index(drop=True)
    groups = dict(zip(speaker_groups()["speaker"], speaker_groups()["speaker_group"]))
    return gold.assign(speaker_group=[groups.get(s, "other") for s in gold["speaker"]])


@pytest.fixture(scope="module")
def sheets(corpus):
    return [read_frame_sheet(FRAMES_DIR / f"example_coder_{x}.csv", corpus=corpus) for x in "ab"]


def letters(text):
    return sum(not char.isspace() for char in text)


# -- naming ------------------------------------------------------------------


def test_naming_on_made_up_sentences():
    text = (
        "Officers staged a walkout, then a walk out, and walked out again. Unions called it industrial action; "
        'protesters joined the protest. "This strike is unlawful action," he said of the Pre-Action letter.'
    )
    corpus = pd.DataFrame({"article_id": ["x"], "outlet": ["X"], "text": [text]})
    quote_start = text.index('"') + 1
    quotes = pd.DataFrame({"article_id": ["x"], "start": [quote_start], "end": [text.rindex('"') - 1],
                           "speaker": ["Minister"], "speaker_group": ["government"]})
    naming = action_naming(corpus, quotes=quotes)
    assert naming["surface"].tolist() == [
        "walkout", "walk out", "walked out", "industrial action", "protest", "strike", "action",
    ]
    assert naming["term"].tolist() == ["walk-out"] * 3 + ["industrial action", "protest", "strike", "action"]
    assert naming["voice"].tolist() == ["narration"] * 5 + ["quotation"] * 2
    assert naming.loc[naming["voice"] == "quotation", "speaker"].eq("Minister").all()
    assert (naming["speaker_group"] == ["narration"] * 5 + ["government"] * 2).all()


def test_naming_on_the_corpus(corpus, gold_quotes):
    naming = action_naming(corpus, quotes=gold_quotes)
    texts = corpus.set_index("article_id")["text"]
    for row in naming.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.surface
    kent = naming[naming["article_id"] == "kent"]
    # Kent's first sentence says the officers "went on strike": the writer's own word
    first = kent.iloc[0]
    assert (first["term"], first["voice"]) == ("strike", "narration")
    assert first["start"] > texts["kent"].index("went on")
    # the minister calls it "unlawful action" inside his quotation
    unlawful = texts["kent"].index("unlawful action") + len("unlawful ")
    row = kent[kent["start"] == unlawful].iloc[0]
    assert (row["speaker"], row["speaker_group"]) == ("Rory Stewart", "government")
    # "Pre-Action Protocol" is not a naming of the walk-out
    assert not any(texts[a][s - 1] == "-" for a, s in zip(naming["article_id"], naming["start"]))
    assert set(naming["outlet"]) == set(corpus["outlet"])


NAMING_WORDS = st.sampled_from(["strike", "walk-out", "walk out", "protest", "action", "industrial action",
                                "Pre-Action", "protesters", "officers", "the", "£40m", "“quoted”"])


@settings(max_examples=60, deadline=None)
@given(st.lists(NAMING_WORDS, max_size=40), st.sampled_from([" ", "\n", ", "]))
def test_naming_offsets_hold_and_never_overlap(words, separator):
    text = separator.join(words)
    corpus = pd.DataFrame({"article_id": ["x"], "outlet": ["X"], "text": [text]})
    empty = pd.DataFrame({"article_id": [], "start": [], "end": [], "speaker": [], "speaker_group": []})
    naming = action_naming(corpus, quotes=empty)
    ends = -1
    for row in naming.itertuples():
        assert text[row.start : row.end] == row.surface
        assert row.start >= ends
        ends = row.end
    # every naming word is inside a found span ("strike action" is one span); no other word is
    spans = list(zip(naming["start"], naming["end"]))
    at = 0
    for word in words:
        found = any(s <= at and at + len(word) <= e for s, e in spans)
        assert found == (word in ("strike", "walk-out", "walk out", "protest", "action", "industrial action"))
        at += len(word) + len(separator)


# -- voice ---------------------------------------------------------------------


def test_voice_share_counts_each_speakers_characters(corpus, gold_quotes):
    voices = voice_share(gold_quotes, corpus)
    texts = corpus.set_index("article_id")["text"]
    for row in voices.itertuples():
        mine = gold_quotes[(gold_quotes["article_id"] == row.article_id) & (gold_quotes["speaker"] == row.speaker)]
        # the gold spans of one article never overlap, so the counts simply add up
        expected = sum(letters(texts[row.article_id][s:e]) for s, e in zip(mine["start"], mine["end"]))
        assert row.voice_chars == expected
        assert row.article_chars == letters(texts[row.article_id])
        assert row.quotes == len(mine)
        assert row.first_start == mine["start"].min()
    for article_id, rows in voices.groupby("article_id"):
        named = gold_quotes[(gold_quotes["article_id"] == article_id) & (gold_quotes["speaker"] != "")]
        first = named.loc[named["start"].idxmin(), "speaker"]
        last = named.loc[named["start"].idxmax(), "speaker"]
        assert rows.loc[rows["first_voice"], "speaker"].tolist() == [first]
        assert rows.loc[rows["last_voice"], "speaker"].tolist() == [last]


def test_voice_share_by_group_adds_up_to_the_article(corpus, gold_quotes):
    groups = voice_share(gold_quotes, corpus, by="speaker_group")
    assert len(groups) == 4 * len(corpus)
    for _, rows in groups.groupby("article_id"):
        assert rows["speaker_group"].tolist() == ["union", "government", "other", "narration"]
        assert rows["voice_chars"].sum() == rows["article_chars"].iloc[0]
        assert abs(rows["share"].sum() - 1) <= 0.02  # shares are rounded to 0.01
    speakers = voice_share(gold_quotes, corpus)
    by_hand = speakers.groupby(["article_id", "speaker_group"])["voice_chars"].sum()
    quoted = groups[groups["speaker_group"] != "narration"].set_index(["article_id", "speaker_group"])["voice_chars"]
    assert (by_hand.reindex(quoted.index, fill_value=0) == quoted).all()


def test_voice_share_of_odd_input():
    corpus = pd.DataFrame({"article_id": ["e", "n"], "outlet": ["E", "N"], "text": ["", "No quotations here."]})
    empty = pd.DataFrame({"article_id": [], "start": [], "end": [], "speaker": [], "speaker_group": []})
    groups = voice_share(empty, corpus, by="speaker_group")
    assert groups.loc[groups["article_id"] == "e", "share"].eq(0.0).all()
    narration = groups[(groups["article_id"] == "n") & (groups["speaker_group"] == "narration")]
    assert narration["share"].tolist() == [1.0]
    assert voice_share(empty, corpus).empty
    with pytest.raises(CorpusError, match="by="):
        voice_share(empty, corpus, by="outlet")
    with pytest.raises(CorpusError, match="'speaker_group'"):
        voice_share(empty.drop(columns="speaker_group"), corpus)


def test_first_and_last(corpus, gold_quotes):
    table = first_and_last(gold_quotes, corpus, min_words=5)
    texts = corpus.set_index("article_id")["text"]
    assert len(table) == 4 * len(corpus)
    for row in table.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.text
    for article_id, rows in table.groupby("article_id"):
        rows = rows.set_index("position")
        paras = paragraphs(texts[article_id])
        long = paras[paras["text"].str.split().str.len() >= 5]
        assert rows.loc["opening paragraph", "start"] == long["start"].iloc[0]
        assert rows.loc["closing paragraph", "end"] == long["end"].iloc[-1]
        named = gold_quotes[(gold_quotes["article_id"] == article_id) & (gold_quotes["speaker"] != "")]
        assert rows.loc["first quotation", "start"] == named["start"].min()
        assert rows.loc["last quotation", "voice"] == named.loc[named["start"].idxmax(), "speaker"]
    # "More on KentOnline" is a line left from the web page, not the story's opening
    kent = table[(table["article_id"] == "kent") & (table["position"] == "opening paragraph")].iloc[0]
    assert kent["text"].startswith("Prison officers") and kent["voice"] == "narration"
    closing = table[(table["article_id"] == "kent") & (table["position"] == "closing paragraph")].iloc[0]
    assert closing["voice"] == "Rory Stewart"  # a paragraph that is all his quotation


def test_first_and_last_without_quotes_or_text():
    corpus = pd.DataFrame({"article_id": ["e", "s"], "outlet": ["E", "S"], "text": ["", "Too short."]})
    empty = pd.DataFrame({"article_id": [], "start": [], "end": [], "speaker": [], "speaker_group": []})
    table = first_and_last(empty, corpus)
    assert (table["start"] == -1).all() and (table["text"] == "").all()


# -- local angle -----------------------------------------------------------------


def test_local_angle_on_the_corpus(corpus):
    angle = local_angle(corpus)
    texts = corpus.set_index("article_id")["text"]
    for row in angle.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.surface
    prisons = load_prisons().set_index("prison")
    for article_id, place in zip(corpus["article_id"], corpus["place"]):
        mine = angle[(angle["article_id"] == article_id) & (angle["kind"] == "prison")]
        for row in mine.itertuples():
            county = prisons.loc[row.place, "county"]
            town = prisons.loc[row.place, "town"]
            assert row.local == (county in place or (bool(town) and town in place))
    wandsworth = angle[angle["article_id"] == "wandsworth"].iloc[0]
    assert (wandsworth["surface"], wandsworth["local"], wandsworth["paragraph"]) == ("HMP Wandsworth", True, 0)
    assert not angle.loc[angle["place"] == "HMP Bedford", "local"].any()
    # "March 2023" is a month, not a town
    assert "March" not in angle["surface"].tolist()


def test_local_angle_with_an_edited_prison_list(write):
    path = write("prisons.csv", "prison,aliases,town,county,nation\nHMP Example,The Example,Exton,Exshire,England\n")
    corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["A"], "place": ["Exshire"],
                           "text": ["Staff at The Example and at Example Prison, Exton, walked out."]})
    angle = local_angle(corpus, prisons=load_prisons(path))
    assert angle["surface"].tolist() == ["The Example", "Example Prison", "Exton"]
    assert angle["local"].all()


@pytest.mark.parametrize(
    "content, message",
    [
        ("prison,town,county,nation\nHMP X,Y,Z,England\n", "line 1: no column 'aliases'"),
        ("prison,aliases,town,county,nation\nHMP X,,Y,,England\n", "line 2: column 'county' is empty"),
    ],
)
def test_a_bad_prison_list_says_where(write, content, message):
    with pytest.raises(CorpusError, match=message):
        load_prisons(write("prisons.csv", content))


# -- frame coding ------------------------------------------------------------------


def test_the_template_holds_the_twenty_questions():
    template = pd.read_csv(FRAMES_DIR / "coding_sheet_template.csv", dtype=str, keep_default_na=False)
    assert list(template.columns) == SHEET_COLUMNS
    assert list(zip(template["question_id"], template["frame"], template["question"])) == FRAME_QUESTIONS
    counts = template["frame"].value_counts()
    assert counts.to_dict() == {"responsibility": 5, "human_interest": 5, "conflict": 4, "morality": 3, "economic": 3}
    assert (template[["coder", "article_id", "answer", "evidence"]] == "").all().all()


def test_the_example_sheets_point_at_their_evidence(corpus, sheets):
    texts = corpus.set_index("article_id")["text"]
    for sheet in sheets:
        assert len(sheet) == 20 * len(corpus)
        given_ = sheet[sheet["evidence"] != ""]
        assert (given_["answer"] == "yes").all()
        for row in given_.itertuples():
            assert texts[row.article_id][row.evidence_start : row.evidence_end] == row.evidence


def test_scores_are_the_share_of_yes(sheets):
    scores = score_frames(pd.concat(sheets, ignore_index=True))
    assert len(scores) == 2 * 3 * len(FRAMES)
    for row in scores.itertuples():
        sheet = sheets[0] if row.coder == "coder_a" else sheets[1]
        mine = sheet[(sheet["article_id"] == row.article_id) & (sheet["frame"] == row.frame)]
        assert row.yes == (mine["answer"] == "yes").sum() and row.questions == len(mine)
        assert row.score == round(row.yes / row.questions, 2)
    assert set(scores["outlet"]) == {"KentOnline", "Wandsworth outlet", "Worcestershire outlet"}


def cohen_kappa(first, second):
    agree = sum(a == b for a, b in zip(first, second)) / len(first)
    chance = sum((first.count(v) / len(first)) * (second.count(v) / len(second)) for v in ("yes", "no"))
    return (agree - chance) / (1 - chance)


def test_agreement_of_the_example_pair(sheets):
    agreement = frame_agreement(sheets).set_index("scope")
    assert agreement.index.tolist() == ["all", *FRAMES]
    a, b = (s.sort_values(["article_id", "question_id"])["answer"].tolist() for s in sheets)
    assert agreement.loc["all", "items"] == 60
    assert agreement.loc["all", "agreement"] == round(sum(x == y for x, y in zip(a, b)) / 60, 3)
    assert agreement.loc["all", "kappa"] == pytest.approx(cohen_kappa(a, b), abs=1e-3)
    assert -1 <= agreement.loc["all", "alpha"] <= 1
    disagreements = coder_disagreements(sheets)
    assert len(disagreements) == sum(x != y for x, y in zip(a, b))
    assert (disagreements["coder_a"] != disagreements["coder_b"]).all()


def test_agreement_extremes():
    first = frame_sheet(["a", "b"], coder="A").assign(answer=["yes", "no"] * 20)
    same = frame_agreement([first, first.assign(coder="B")]).set_index("scope")
    assert (same["agreement"] == 1.0).all() and (same["kappa"] == 1.0).all()
    flipped = first.assign(coder="B", answer=first["answer"].map({"yes": "no", "no": "yes"}))
    assert frame_agreement([first, flipped]).set_index("scope").loc["all", "kappa"] < 0
    constant = frame_sheet(["a"], coder="A").assign(answer="no")
    undefined = frame_agreement([constant, constant.assign(coder="B")]).set_index("scope")
    assert undefined["kappa"].isna().all() and (undefined["agreement"] == 1.0).all()
    three = frame_agreement([first, first.assign(coder="B"), flipped.assign(coder="C")])
    assert three.loc[0, "coders"] == 3


def test_agreement_needs_two_coders_and_shared_articles(sheets):
    with pytest.raises(CorpusError, match="only coder 'coder_a'.*at least two coders"):
        frame_agreement(sheets[0])
    other = frame_sheet(["b"], coder="B").assign(answer="no")
    with pytest.raises(CorpusError, match="no article was coded by every coder"):
        frame_agreement([frame_sheet(["a"], coder="A").assign(answer="no"), other])


BAD_SHEETS = [
    (lambda s: s.assign(answer=s["answer"].where(s.index != 6, "")), "line 8, column 'answer': missing"),
    (lambda s: s.assign(answer=s["answer"].where(s.index != 6, "maybe")), "line 8, column 'answer': 'maybe'"),
    (lambda s: s.assign(article_id=s["article_id"].where(s.index != 6, "kentt")), "line 8, column 'article_id': 'kentt'"),
    (lambda s: s.assign(question_id=s["question_id"].where(s.index != 6, "q21")), "line 8, column 'question_id': 'q21'"),
    (lambda s: s.assign(coder=s["coder"].where(s.index != 6, "")), "line 8, column 'coder': empty"),
    (lambda s: s.assign(evidence=s["evidence"].where(s.index != 0, "words not in it")), "line 2, column 'evidence'"),
    (lambda s: s.drop(index=6), "no row for article 'kent' question q07 .*column 'question_id'"),
    (lambda s: pd.concat([s, s.iloc[[6]]]), "line 62, column 'question_id': coder 'coder_a' already answered q07"),
    (lambda s: s.drop(columns="answer"), "line 1: no column 'answer'"),
]


@pytest.mark.parametrize("spoil, message", BAD_SHEETS)
def test_a_bad_sheet_file_names_line_and_column(corpus, write, spoil, message):
    sheet = pd.read_csv(FRAMES_DIR / "example_coder_a.csv", dtype=str, keep_default_na=False)
    path = write("sheet.csv", spoil(sheet).to_csv(index=False))
    with pytest.raises(CorpusError, match=message):
        read_frame_sheet(path, corpus=corpus)


def test_a_bad_sheet_table_names_row_and_column(corpus):
    sheet = frame_sheet(corpus["article_id"], coder="me").assign(answer="yes")
    assert len(check_frame_sheet(sheet, corpus=corpus)) == 60
    sheet.loc[45, "answer"] = "Y"
    with pytest.raises(CorpusError, match=r"sheet row 45, column 'answer': 'Y' is not an answer; write yes or no"):
        score_frames(sheet, corpus=corpus)
    with pytest.raises(CorpusError, match="'article_id'"):
        check_frame_sheet(sheet.drop(columns="article_id"))
    # without a corpus, unknown articles cannot be told, but answers still are checked
    sheet.loc[45, "answer"] = " No "
    assert check_frame_sheet(sheet).loc[45, "answer"] == "no"


def test_the_notebook_checks_pass_right_answers_and_reject_wrong_ones(corpus):
    from samestory.exercises import check

    naming = action_naming(corpus)
    assert check("narration_share", lambda table, outlet: float(
        (table.loc[table["outlet"] == outlet, "voice"] == "narration").mean()) if (table["outlet"] == outlet).any() else 0.0)
    assert not check("narration_share", lambda table, outlet: float((table["voice"] == "narration").mean()))

    def side_share(speakers, outlet, group):
        mine = speakers[speakers["outlet"] == outlet]
        return float(mine.loc[mine["speaker_group"] == group, "voice_chars"].sum() / mine["article_chars"].iloc[0])

    assert check("side_share", side_share)
    assert not check("side_share", lambda s, o, g: float(s.loc[(s["outlet"] == o) & (s["speaker_group"] == g), "share"].mean()))
    assert check("cohen_kappa", lambda a, b: cohen_kappa(a, b) if len(set(a) | set(b)) > 1 else float("nan"))
    wrong = check("cohen_kappa", lambda a, b: sum(x == y for x, y in zip(a, b)) / len(a))
    assert not wrong and "chance" in wrong.message
    worcs = naming[(naming["article_id"] == "worcestershire")]
    narrated = worcs[(worcs["voice"] == "narration") & (worcs["term"] == "protest")].iloc[0]
    assert check("borrowed_word", lambda: (int(narrated["start"]), int(narrated["end"])))
    walkout = worcs[worcs["term"] == "walk-out"].iloc[0]
    assert not check("borrowed_word", lambda: (int(walkout["start"]), int(walkout["end"])))
    quoted = worcs[worcs["voice"] == "quotation"].iloc[0]
    hint = check("borrowed_word", lambda: (int(quoted["start"]), int(quoted["end"]))).message
    assert "inside a quotation" in hint
