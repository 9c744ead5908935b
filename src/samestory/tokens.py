"""Cut article text into paragraphs, sentences and words, keeping offsets.

How do we count what an article contains? Every piece comes back with
``start`` and ``end``, character offsets into the exact text, so
``text[start:end]`` gives it back. Nothing here needs downloaded data: the
sentence splitter is nltk's Punkt algorithm, untrained, taught the
abbreviations news copy uses (``Mr``, ``Dr``, ``St`` ...), and words come
from one regular expression you can read below.
"""

import re

import pandas as pd

# A paragraph is one non-blank line, trimmed of surrounding white space
# (news sites separate paragraphs by one or by two line breaks).
PARAGRAPH_PATTERN = re.compile(r"\S(?:[^\n]*\S)?")
# Where a sentence ends, roughly: a full stop, "!" or "?" (and any closing marks) before a
# space, or a line break. For quick look-arounds; ``sentences`` is the careful splitter.
SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+|\n")
# A word is letters or digits, joined by inner hyphens or apostrophes:
# "walk-out", "it's", "Government’s"; a number keeps its commas, points and
# a glued unit: "3,500", "2.5", "40m", "7am".
WORD_PATTERN = re.compile(r"\d+(?:[.,]\d+)*[^\W\d_]*|\w+(?:[-'’]\w+)*")
# Abbreviations that end in a full stop but do not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof rev st sgt cpl capt col gen lt gov sen rep hon jr sr maj adm cmdr det supt insp cllr atty pres "
    "co corp inc ltd no nos vs etc e.g i.e u.s u.k a.m p.m jan feb mar apr jun "
    "jul aug sep sept oct nov dec smt pfc spc pvt brig amb".split()
)
# Double quotation marks of English and European news copy.
DOUBLE_QUOTE_MARKS = "\"“”„«»"
# The marks ``samestory.quotes`` reads quotations by (``‟`` too), double and single, openers and closers.
DOUBLE_OPENERS = "“„«‟"
DOUBLE_CLOSERS = "”»"
DOUBLE_MARKS = '"' + DOUBLE_OPENERS + DOUBLE_CLOSERS
SINGLE_MARKS = "'‘’‚‹›"


def paragraphs(text: str) -> pd.DataFrame:
    """List the paragraphs of a text: each non-blank line, trimmed.

    Parameters
    ----------
    text : str
        The exact article text.

    Returns
    -------
    DataFrame
        One row per paragraph: ``paragraph`` (0, 1, ...), ``start``, ``end``
        (offsets into ``text``) and ``text``.

    Examples
    --------
    >>> paragraphs("Pay rose.\\n\\n  Unions cheered. \\n")
       paragraph  start  end             text
    0          0      0    9        Pay rose.
    1          1     13   28  Unions cheered.
    """
    rows = [(m.start(), m.end(), m.group()) for m in PARAGRAPH_PATTERN.finditer(text)]
    table = pd.DataFrame(rows, columns=["start", "end", "text"])
    table.insert(0, "paragraph", range(len(table)))
    return table


def sentences(text: str) -> pd.DataFrame:
    """Split a text into sentences, never across a paragraph break.

    Uses nltk's ``PunktSentenceTokenizer`` with no trained data, taught the
    ``ABBREVIATIONS`` of this module.

    Parameters
    ----------
    text : str
        The exact article text.

    Returns
    -------
    DataFrame
        One row per sentence: ``paragraph``, ``start``, ``end`` (offsets into
        ``text``) and ``text``.

    Examples
    --------
    >>> sentences("Mr Gillan spoke. Pay rose.\\nIt fell")["text"].tolist()
    ['Mr Gillan spoke.', 'Pay rose.', 'It fell']
    """
    splitter = _sentence_splitter()
    rows = []
    for para in paragraphs(text).itertuples(index=False):
        for start, end in splitter.span_tokenize(para.text):
            rows.append((para.paragraph, para.start + start, para.start + end, para.text[start:end]))
    return pd.DataFrame(rows, columns=["paragraph", "start", "end", "text"])


def words(text: str) -> pd.DataFrame:
    """List the words of a text (see ``WORD_PATTERN``), with offsets.

    Parameters
    ----------
    text : str
        The exact article text.

    Returns
    -------
    DataFrame
        One row per word: ``start``, ``end`` (offsets into ``text``), ``word``
        (as written) and ``lower`` (lower-cased).

    Examples
    --------
    >>> words("It's a walk-out: £40m.")
       start  end      word     lower
    0      0    4      It's      it's
    1      5    6         a         a
    2      7   15  walk-out  walk-out
    3     18   21       40m       40m
    """
    rows = [(m.start(), m.end(), m.group()) for m in WORD_PATTERN.finditer(text)]
    table = pd.DataFrame(rows, columns=["start", "end", "word"])
    table["lower"] = table["word"].str.lower()
    return table


def count_parts(corpus: pd.DataFrame) -> pd.DataFrame:
    """Count words, sentences, paragraphs and quotation marks per article.

    Parameters
    ----------
    corpus : DataFrame
        A table with ``article_id``, ``outlet`` and ``text`` columns, as
        returned by ``samestory.load_corpus``.

    Returns
    -------
    DataFrame
        One row per article: ``article_id``, ``outlet``, ``characters``,
        ``words``, ``sentences``, ``paragraphs``, ``quote_marks`` (double
        marks of any style, see ``DOUBLE_QUOTE_MARKS``; single marks are left
        out because they double as apostrophes) and ``words_per_sentence``.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["Daily Example"],
    ...                        "text": ['Pay rose.\\nHe said: "Good." Then left.']})
    >>> count_parts(corpus).iloc[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'article_id': 'a', 'outlet': 'Daily Example', 'characters': 37, 'words': 7,
     'sentences': 3, 'paragraphs': 2, 'quote_marks': 2, 'words_per_sentence': 2.3}
    """
    rows = []
    for article in corpus.itertuples(index=False):
        text = article.text
        n_words, n_sentences = len(words(text)), len(sentences(text))
        rows.append(
            {
                "article_id": article.article_id,
                "outlet": article.outlet,
                "characters": len(text),
                "words": n_words,
                "sentences": n_sentences,
                "paragraphs": len(paragraphs(text)),
                "quote_marks": sum(text.count(mark) for mark in DOUBLE_QUOTE_MARKS),
                "words_per_sentence": round(n_words / n_sentences, 1) if n_sentences else 0.0,
            }
        )
    return pd.DataFrame(rows)


def _sentence_splitter():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)
