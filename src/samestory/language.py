"""Which words tell the sides apart? Word statistics, measured properly.

Raw counts mislead on texts this small: a longer article uses every word more
often, and "the" beats everything. This module counts words (with offsets) and
compares two groups with the weighted log-odds ratio with an informative
Dirichlet prior of Monroe, Colaresi and Quinn (2008), "Fightin' Words"
(``log_odds``), and with corpus linguistics' log-likelihood G2 and log ratio
(``keyness``). It also shows words in context (``concordance``), finds word
pairs that go together (``collocations``, nltk's finders), profiles pronouns
and modal verbs (``pronoun_profile``, ``modal_profile``) and scores the
sentiment of each sentence with VADER (``sentiment``).

Every function takes a text, or a table with ``article_id``, ``outlet`` and
``text`` (the corpus from ``samestory.load_corpus``). A table that also has a
``start`` column holds passages that begin at that offset in their article
(the quotes from ``samestory.quotes.quotes_in``, or the voices from
``voices``): offsets then still point into the article text. ``voices`` cuts
the articles into who is speaking: the union, the government, others, and the
outlet's own narration.

The choices are visible: a word is ``samestory.tokens.WORD_PATTERN``; a term is
the word lower-cased with curly apostrophes made straight (``Government’s`` and
``government's`` count as one); stop words are the ``STOP_WORDS`` below, used
only when you pass them. Nothing needs downloaded nltk data.
"""

import math
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from samestory.corpus import require_columns
from samestory.errors import CorpusError
from samestory.tokens import sentences, words

# The Snowball English stop-word list (Porter, snowballstem.org,
# algorithms/english/stop.txt, BSD licence): the list nltk's
# ``stopwords.words("english")`` is based on. Snowball leaves out "will",
# "can", "may", "must" and "might" on purpose (a will, a tin can, the month of
# May), so the modal verbs we profile stay in.
STOP_WORDS = frozenset(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves
    he him his himself she her hers herself it its itself they them their
    theirs themselves what which who whom this that these those am is are was
    were be been being have has had having do does did doing would should could
    ought i'm you're he's she's it's we're they're i've you've we've they've
    i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll
    isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't
    won't wouldn't shan't shouldn't can't cannot couldn't mustn't let's that's
    who's what's here's there's when's where's why's how's a an the and but if
    or because as until while of at by for with about against between into
    through during before after above below to from up down in out on off over
    under again further then once here there when where why how all any both
    each few more most other some such no nor not only own same so than too
    very
    """.split()
)
# Personal pronouns by person, every form of each (terms are lower-cased).
PRONOUNS = {
    "I": ("i", "me", "my", "mine", "myself"),
    "we": ("we", "us", "our", "ours", "ourselves"),
    "you": ("you", "your", "yours", "yourself", "yourselves"),
    "they": ("they", "them", "their", "theirs", "themselves"),
}
# Modal verbs and their contracted and negated forms. "'d" (would or had?)
# is left out; "may" the month and "will" the noun are counted: a word list
# cannot tell them apart.
MODALS = {
    "must": ("must", "mustn't"),
    "will": ("will", "won't", "'ll"),
    "would": ("would", "wouldn't"),
    "shall": ("shall", "shan't"),
    "should": ("should", "shouldn't"),
    "can": ("can", "can't", "cannot"),
    "could": ("could", "couldn't"),
    "may": ("may",),
    "might": ("might", "mightn't"),
    "ought": ("ought",),
}
# Endings that glue onto a pronoun: "we've", "they're", "I'm", "we'll".
CONTRACTIONS = ("'ve", "'re", "'m", "'ll", "'d", "'s")
# The voices of a story, as ``voices`` labels them.
VOICES = ("union", "government", "other", "narration")
PER = 1000
_TABLE_COLUMNS = ("article_id", "outlet", "text")
_CARRIED = ("voice", "speaker", "kind")
_EMPTY_DTYPES = {
    **dict.fromkeys(["start", "end", "count", "words"], "int64"),
    **dict.fromkeys(["negative", "neutral", "positive", "compound", "per_1000", "score"], "float64"),
}


def tokenize(data, *, stop_words: Iterable[str] | None = None, keep: Iterable[str] = _CARRIED) -> pd.DataFrame:
    """List the words of a text or table, as written and as terms, with offsets.

    Parameters
    ----------
    data : str or DataFrame
        A text, or a table with ``article_id``, ``outlet`` and ``text`` (and
        ``start`` when the texts are passages of an article, see the module
        docstring).
    stop_words : iterable of str, optional
        Terms to leave out, e.g. ``STOP_WORDS``. Default: keep every word.
    keep : iterable of str
        Columns of ``data`` to copy onto each word when present (default
        ``voice``, ``speaker``, ``kind``).

    Returns
    -------
    DataFrame
        One row per word: ``article_id``, ``outlet``, the kept columns,
        ``start``, ``end`` (offsets into the article text), ``word`` (as
        written) and ``term`` (lower-cased, curly apostrophes made straight).

    Raises
    ------
    CorpusError
        When a table lacks ``article_id``, ``outlet`` or ``text``.

    Examples
    --------
    >>> tokenize("We’ll act. The union acts.", stop_words=STOP_WORDS)
      article_id outlet  start  end   word   term
    0       text             6    9    act    act
    1       text            15   20  union  union
    2       text            21   25   acts   acts
    """
    table = _as_table(data)
    keep = [c for c in keep if c in table.columns and c not in ("article_id", "outlet")]
    stop = frozenset(stop_words or ())
    parts = []
    for base, row in zip(_bases(table), table.to_dict("records")):
        found = words(row["text"])
        found["start"] += base
        found["end"] += base
        found["term"] = _terms(found["lower"])
        found = found.drop(columns="lower")
        if stop:
            found = found[~found["term"].isin(stop)]
        for column in ["article_id", "outlet", *keep][::-1]:
            found.insert(0, column, row[column])
        parts.append(found)
    columns = ["article_id", "outlet", *keep, "start", "end", "word", "term"]
    return _concat(parts, columns)


def count_words(data, *, by: str = "outlet", stop_words: Iterable[str] | None = None) -> pd.DataFrame:
    """Count each term in each group: the table of raw counts.

    Parameters
    ----------
    data : str or DataFrame
        As for ``tokenize``.
    by : str
        The column whose values are the groups: ``"outlet"``,
        ``"article_id"``, or for ``voices`` tables ``"voice"`` or ``"speaker"``.
    stop_words : iterable of str, optional
        Terms to leave out (e.g. ``STOP_WORDS``). Default: count every word.

    Returns
    -------
    DataFrame
        Indexed by ``term``, one integer column per group (in order of first
        appearance), most frequent terms first (ties alphabetical). Each
        column is a counts Series for ``log_odds`` and ``keyness``. Empty
        (no rows) when there are no words.

    Raises
    ------
    CorpusError
        When ``by`` is not a column of the table.

    Examples
    --------
    >>> import pandas as pd
    >>> texts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"],
    ...                       "text": ["Safe prisons, safe staff.", "Unlawful action."]})
    >>> count_words(texts)  # doctest: +NORMALIZE_WHITESPACE
    outlet    A  B
    term
    safe      2  0
    action    0  1
    prisons   1  0
    staff     1  0
    unlawful  0  1
    """
    table = _as_table(data)
    if by not in table.columns:
        raise CorpusError(
            f"count_words: the table has no column {by!r} to group by (columns: {', '.join(map(str, table.columns))}); "
            "use 'outlet' or 'article_id', or make a voices table with samestory.language.voices "
            "for 'voice' or 'speaker'."
        )
    found = tokenize(table, stop_words=stop_words, keep=[by])
    groups = list(dict.fromkeys(table[by]))
    counts = pd.crosstab(found["term"], found[by]) if len(found) else pd.DataFrame(index=pd.Index([], name="term"))
    counts = counts.reindex(columns=groups, fill_value=0).fillna(0).astype(int)
    counts.columns = pd.Index(groups, name=by)
    counts.index.name = "term"
    return _most_frequent_first(counts, counts.sum(axis=1))


def rates(counts, *, per: int = PER) -> pd.DataFrame:
    """Turn counts into frequencies per ``per`` words (default per 1,000).

    Parameters
    ----------
    counts : DataFrame or Series
        Counts, as from ``count_words``; each column is one group.
    per : int
        The number of words the rate is per.

    Returns
    -------
    DataFrame or Series
        The same shape: each count divided by its column's total, times
        ``per``. A column with no words gives 0.0, never NaN.

    Examples
    --------
    >>> import pandas as pd
    >>> rates(pd.Series({"safe": 2, "prisons": 1, "staff": 1}))
    safe       500.0
    prisons    250.0
    staff      250.0
    dtype: float64
    """
    totals = counts.sum()
    if isinstance(counts, pd.Series):
        return counts * (per / totals) if totals else counts * 0.0
    return counts.astype(float).mul(per).div(totals.where(totals > 0, 1), axis=1)


def log_odds(counts_a, counts_b, prior=None) -> pd.DataFrame:
    """Compare two groups' words with the weighted log-odds ratio (Fightin' Words).

    For each term w, with counts ``y_a``, ``y_b``, group sizes ``n_a``, ``n_b``
    (all words in each group), prior pseudo-counts ``a_w`` and their sum over
    the whole prior ``a_0`` (Monroe, Colaresi and Quinn 2008, eq. 16-22)::

        log_odds = log((y_a + a_w) / (n_a + a_0 - y_a - a_w))
                 - log((y_b + a_w) / (n_b + a_0 - y_b - a_w))
        variance = 1 / (y_a + a_w) + 1 / (y_b + a_w)
        z        = log_odds / sqrt(variance)

    Positive values mean the term is more typical of group a. ``|z| > 1.96``
    is the usual mark of a term that separates the groups; the prior pulls
    rare terms towards zero, so a word said once does not top the list.

    Parameters
    ----------
    counts_a, counts_b : Series or mapping
        Term counts of the two groups (e.g. two columns of ``count_words``).
    prior : Series, mapping or number, optional
        The pseudo-counts ``a_w``. A number gives every term the same one (an
        uninformative Dirichlet prior). Default: the pooled counts of both
        groups, ``a_w = y_a + y_b`` (so ``a_0 = n_a + n_b``): an informative
        prior from the texts at hand. A prior from a larger background
        corpus may list terms neither group uses; they count in ``a_0``.

    Returns
    -------
    DataFrame
        One row per term used by either group, most typical of group a first
        (by ``z``, then ``term``): ``term``, ``count_a``, ``count_b``,
        ``per_1000_a``, ``per_1000_b`` (frequency per 1,000 words), ``prior``
        (``a_w``), ``log_odds`` (delta), ``variance`` and ``z``. Swapping the
        groups flips the signs.

    Raises
    ------
    CorpusError
        When a group has no words, counts are negative, missing or not
        numbers, the prior lacks a positive pseudo-count for a term, or
        there is only one term in all (its odds cannot be compared).

    Examples
    --------
    >>> a = {"strike": 3, "safe": 1}
    >>> b = {"strike": 1, "safe": 2, "pay": 1}
    >>> log_odds(a, b, prior=1)[["term", "count_a", "count_b", "log_odds", "z"]].round(3)
         term  count_a  count_b  log_odds      z
    0  strike        3        1     1.204  1.390
    1    safe        1        2    -0.629 -0.689
    2     pay        0        1    -0.875 -0.715
    """
    y_a = _counts(counts_a, "counts_a")
    y_b = _counts(counts_b, "counts_b")
    terms = y_a.index.union(y_b.index, sort=False)
    y_a = y_a.reindex(terms, fill_value=0.0)
    y_b = y_b.reindex(terms, fill_value=0.0)
    used = (y_a + y_b) > 0  # a column of count_words lists every group's terms
    terms, y_a, y_b = terms[used.to_numpy()], y_a[used], y_b[used]
    alpha_all = _prior(prior, y_a, y_b)
    missing = terms.difference(alpha_all.index[alpha_all > 0])
    if len(missing):
        shown = ", ".join(repr(t) for t in list(missing)[:5])
        raise CorpusError(
            f"log_odds: the prior has no positive pseudo-count for {len(missing)} term(s) the groups use ({shown}); "
            "give every term a pseudo-count above 0 (a background corpus's counts plus 0.01, say), "
            "or leave prior out to use the pooled counts."
        )
    alpha = alpha_all.reindex(terms)
    alpha_0 = float(alpha_all.sum())
    if len(alpha_all.index[alpha_all > 0]) < 2:
        raise CorpusError(
            f"log_odds: only one term in all ({terms[0]!r}), so its odds cannot be compared; "
            "give each group a text with more than one different word."
        )
    n_a, n_b = float(y_a.sum()), float(y_b.sum())
    odds_a = (y_a + alpha) / (n_a + alpha_0 - y_a - alpha)
    odds_b = (y_b + alpha) / (n_b + alpha_0 - y_b - alpha)
    delta = np.log(odds_a) - np.log(odds_b)
    variance = 1.0 / (y_a + alpha) + 1.0 / (y_b + alpha)
    table = pd.DataFrame(
        {
            "term": terms.astype(str),
            "count_a": _as_int(y_a).to_numpy(),
            "count_b": _as_int(y_b).to_numpy(),
            "per_1000_a": (y_a * (PER / n_a)).to_numpy(),
            "per_1000_b": (y_b * (PER / n_b)).to_numpy(),
            "prior": alpha.to_numpy(),
            "log_odds": delta.to_numpy(),
            "variance": variance.to_numpy(),
            "z": (delta / variance.pow(0.5)).to_numpy(),
        }
    )
    return table.sort_values(["z", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)


def keyness(target, reference) -> pd.DataFrame:
    """Find the key words of a target against a reference: G2 and log ratio.

    For each term, with frequencies ``a`` (target) and ``b`` (reference) and
    corpus sizes ``c`` and ``d``, the expected frequencies are
    ``E1 = c (a + b) / (c + d)`` and ``E2 = d (a + b) / (c + d)``, and the
    log-likelihood (Rayson and Garside 2000) is
    ``G2 = 2 (a ln(a / E1) + b ln(b / E2))`` (a zero count adds 0). G2 says
    how sure we can be that the difference is not chance (above 3.84:
    p < 0.05, one degree of freedom); the log ratio (Hardie 2014) says how
    big it is: ``log2((a / c) / (b / d))``, one unit = twice as frequent, a
    zero count taken as 0.5 so it stays finite.

    Parameters
    ----------
    target, reference : Series or mapping
        Term counts, e.g. two columns of ``count_words``.

    Returns
    -------
    DataFrame
        One row per term used by either, most significant first (by ``g2``,
        then ``log_ratio``, then ``term``): ``term``, ``count_target``,
        ``count_reference``, ``per_1000_target``, ``per_1000_reference``,
        ``g2`` (never negative), ``p`` (chi-squared, one degree of freedom)
        and ``log_ratio`` (positive: more frequent in the target).

    Raises
    ------
    CorpusError
        When either side has no words or counts are negative, missing or not
        numbers.

    Examples
    --------
    >>> target = {"unlawful": 10, "prisons": 90}
    >>> reference = {"unlawful": 2, "prisons": 198}
    >>> keyness(target, reference)[["term", "count_target", "count_reference", "g2", "p", "log_ratio"]].round(3)
           term  count_target  count_reference      g2      p  log_ratio
    0  unlawful            10                2  12.781  0.000      3.322
    1   prisons            90              198   0.569  0.451     -0.138
    """
    a = _counts(target, "target")
    b = _counts(reference, "reference")
    terms = a.index.union(b.index, sort=False)
    a, b = a.reindex(terms, fill_value=0.0), b.reindex(terms, fill_value=0.0)
    used = (a + b) > 0
    terms, a, b = terms[used.to_numpy()], a[used], b[used]
    c, d = float(a.sum()), float(b.sum())
    expected_a = c * (a + b) / (c + d)
    expected_b = d * (a + b) / (c + d)
    g2 = 2 * (_x_log_x_over(a, expected_a) + _x_log_x_over(b, expected_b))
    g2 = g2.clip(lower=0.0)
    ratio = (a.where(a > 0, 0.5) / c) / (b.where(b > 0, 0.5) / d)
    table = pd.DataFrame(
        {
            "term": terms.astype(str),
            "count_target": _as_int(a).to_numpy(),
            "count_reference": _as_int(b).to_numpy(),
            "per_1000_target": (a * (PER / c)).to_numpy(),
            "per_1000_reference": (b * (PER / d)).to_numpy(),
            "g2": g2.to_numpy(),
            "p": g2.map(lambda value: math.erfc(math.sqrt(value / 2))).to_numpy(),
            "log_ratio": np.log2(ratio).to_numpy(),
        }
    )
    return table.sort_values(
        ["g2", "log_ratio", "term"], ascending=[False, False, True], kind="stable"
    ).reset_index(drop=True)


def concordance(data, word: str, *, width: int = 40) -> pd.DataFrame:
    """Show every use of a word or phrase in its context (keyword in context).

    Matching is by term: case and curly or straight apostrophes do not
    matter, and ``"safe"`` does not match ``"safety"``. A phrase of several
    words matches those terms in a row.

    Parameters
    ----------
    data : str or DataFrame
        As for ``tokenize``.
    word : str
        The word or phrase to look for.
    width : int
        Characters of context on each side.

    Returns
    -------
    DataFrame
        One row per use, in text order: ``article_id``, ``outlet``, the kept
        columns of ``tokenize``, ``start``, ``end`` (offsets of the match in
        the article text), ``left``, ``keyword`` (exactly
        ``text[start:end]``) and ``right`` (context, line breaks shown as
        spaces). Empty when the word is not used.

    Raises
    ------
    CorpusError
        When ``word`` has no letters or digits, or ``width`` is negative.

    Examples
    --------
    >>> concordance("Safe prisons. Staff are not safe.", "safe", width=8)[["start", "end", "left", "keyword", "right"]]
       start  end      left keyword     right
    0      0    4              Safe   prisons
    1     28   32  are not     safe         .
    """
    wanted = _terms(words(str(word))["lower"]).tolist()
    if not wanted:
        raise CorpusError(f"concordance: {word!r} has no word in it to look for; give a word such as 'safe'.")
    if width < 0:
        raise CorpusError(f"concordance: width is {width}; give a number of characters of context, 0 or more.")
    table = _as_table(data)
    keep = [c for c in _CARRIED if c in table.columns]
    rows = []
    for base, row in zip(_bases(table), table.to_dict("records")):
        text = row["text"]
        found = words(text)
        terms = _terms(found["lower"]).tolist()
        starts, ends = found["start"].tolist(), found["end"].tolist()
        size = len(wanted)
        for i in range(len(terms) - size + 1):
            if terms[i : i + size] == wanted:
                start, end = starts[i], ends[i + size - 1]
                rows.append(
                    {
                        **{c: row[c] for c in ("article_id", "outlet", *keep)},
                        "start": base + start,
                        "end": base + end,
                        "left": _flat(text[max(0, start - width) : start]),
                        "keyword": text[start:end],
                        "right": _flat(text[end : end + width]),
                    }
                )
    columns = ["article_id", "outlet", *keep, "start", "end", "left", "keyword", "right"]
    return pd.DataFrame(rows, columns=columns) if rows else _empty(columns)


def collocations(
    data,
    *,
    size: int = 2,
    measure: str = "likelihood_ratio",
    min_count: int = 2,
    stop_words: Iterable[str] | None = STOP_WORDS,
) -> pd.DataFrame:
    """Find words that go together more often than chance, with nltk's finders.

    Word pairs (or triples) are taken within sentences, never across them,
    and scored by one of nltk's association measures.

    Parameters
    ----------
    data : str or DataFrame
        As for ``tokenize``.
    size : int
        2 for pairs (``BigramCollocationFinder``), 3 for triples
        (``TrigramCollocationFinder``).
    measure : str
        An nltk association measure: ``"likelihood_ratio"`` (Dunning's G2,
        kind to rare words), ``"pmi"``, ``"student_t"``, ``"chi_sq"``,
        ``"raw_freq"``, ...
    min_count : int
        Leave out collocations used fewer times than this.
    stop_words : iterable of str, optional
        Leave out collocations that contain one of these (default
        ``STOP_WORDS``); ``None`` keeps them.

    Returns
    -------
    DataFrame
        One row per collocation, highest score first (ties alphabetical):
        ``collocation`` (the terms joined by spaces), ``count`` and ``score``.

    Raises
    ------
    CorpusError
        When ``size`` is not 2 or 3, or ``measure`` is not an nltk measure.

    Examples
    --------
    >>> collocations("Safe prisons now. We want safe prisons. Safe prisons!").round(2)
        collocation  count  score
    0  safe prisons      3  11.46
    """
    from nltk.collocations import (
        BigramAssocMeasures,
        BigramCollocationFinder,
        TrigramAssocMeasures,
        TrigramCollocationFinder,
    )

    if size not in (2, 3):
        raise CorpusError(f"collocations: size is {size!r}; use 2 for word pairs or 3 for triples.")
    if size == 2:
        finder_class, measures = BigramCollocationFinder, BigramAssocMeasures
    else:
        finder_class, measures = TrigramCollocationFinder, TrigramAssocMeasures
    score = getattr(measures, measure, None)
    if measure.startswith("_") or not callable(score):
        known = sorted(m for m in dir(measures) if not m.startswith("_") and callable(getattr(measures, m)))
        raise CorpusError(
            f"collocations: {measure!r} is not an nltk association measure; use one of {', '.join(known)}."
        )
    documents = []
    for row in _as_table(data).to_dict("records"):
        for sentence in sentences(row["text"])["text"]:
            documents.append(_terms(words(sentence)["lower"]).tolist())
    finder = finder_class.from_documents(documents)
    finder.apply_freq_filter(max(1, int(min_count)))
    stop = frozenset(stop_words or ())
    if stop:
        finder.apply_word_filter(lambda term: term in stop)
    if not finder.ngram_fd:
        return _empty(["collocation", "count", "score"])
    rows = [(" ".join(gram), finder.ngram_fd[gram], value) for gram, value in finder.score_ngrams(score)]
    table = pd.DataFrame(rows, columns=["collocation", "count", "score"])
    return table.sort_values(["score", "collocation"], ascending=[False, True], kind="stable").reset_index(drop=True)


def pronoun_profile(data, *, by: str | list[str] = "outlet") -> pd.DataFrame:
    """Count personal pronouns (I, we, you, they) per group, per 1,000 words.

    Every form counts for its person (``PRONOUNS``: "we", "us", "our" ...),
    and so do contractions ("we've", "they're").

    Parameters
    ----------
    data : str or DataFrame
        As for ``tokenize``.
    by : str or list of str
        The column(s) whose values are the groups, e.g. ``"voice"`` or
        ``["outlet", "voice"]``.

    Returns
    -------
    DataFrame
        One row per group and pronoun (zeros included): the ``by`` columns,
        ``pronoun``, ``count``, ``words`` (all words of the group) and
        ``per_1000``.

    Raises
    ------
    CorpusError
        When a ``by`` column is missing.

    Examples
    --------
    >>> import pandas as pd
    >>> texts = pd.DataFrame({"article_id": ["a"], "outlet": ["A"],
    ...                       "text": ["We urge them to return. We've said so."]})
    >>> pronoun_profile(texts)
      outlet pronoun  count  words  per_1000
    0      A       I      0      8       0.0
    1      A      we      2      8     250.0
    2      A     you      0      8       0.0
    3      A    they      1      8     125.0
    """
    forms = {form: person for person, all_forms in PRONOUNS.items() for form in all_forms}
    return _profile(data, by, forms, list(PRONOUNS), "pronoun", split_contractions=True)


def modal_profile(data, *, by: str | list[str] = "outlet") -> pd.DataFrame:
    """Count modal verbs (must, will, should, may ...) per group, per 1,000 words.

    Negated and contracted forms count for their verb (``MODALS``: "won't"
    for will, "we'll" for will, "can't" for can).

    Parameters
    ----------
    data : str or DataFrame
        As for ``tokenize``.
    by : str or list of str
        The column(s) whose values are the groups.

    Returns
    -------
    DataFrame
        One row per group and modal verb (zeros included): the ``by``
        columns, ``modal``, ``count``, ``words`` and ``per_1000``.

    Raises
    ------
    CorpusError
        When a ``by`` column is missing.

    Examples
    --------
    >>> profile = modal_profile("We will now be demanding. We won't stop; it must end.")
    >>> profile[profile["count"] > 0].round(2)
      outlet modal  count  words  per_1000
    0         must      1     11     90.91
    1         will      2     11    181.82
    """
    forms = {form: modal for modal, all_forms in MODALS.items() for form in all_forms}
    return _profile(data, by, forms, list(MODALS), "modal", split_contractions=False)


def sentiment(data) -> pd.DataFrame:
    """Score each sentence's sentiment with VADER's lexicon and rules.

    VADER (Hutto and Gilbert 2014, the ``vaderSentiment`` package, which
    ships its lexicon) adds up the valence of the words it knows, with rules
    for negation, "but", capitals and "!". It was built for social media: it
    cannot see irony, a negation far from its word, or what a word means in
    news ("strike", "action"); read the sentences, not only the scores.

    Parameters
    ----------
    data : str or DataFrame
        As for ``tokenize``.

    Returns
    -------
    DataFrame
        One row per sentence: ``article_id``, ``outlet``, the kept columns of
        ``tokenize``, ``start``, ``end`` (offsets into the article text),
        ``text``, ``negative``, ``neutral``, ``positive`` (shares of the
        sentence, summing to about 1) and ``compound`` (-1 most negative to
        +1 most positive).

    Examples
    --------
    >>> sentiment("It's irresponsible. I am pleased.")[["text", "compound"]]
                      text  compound
    0  It's irresponsible.   -0.4404
    1        I am pleased.    0.4404
    """
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    table = _as_table(data)
    keep = [c for c in _CARRIED if c in table.columns]
    rows = []
    for base, row in zip(_bases(table), table.to_dict("records")):
        for sentence in sentences(row["text"]).itertuples(index=False):
            scores = analyzer.polarity_scores(sentence.text)
            rows.append(
                {
                    **{c: row[c] for c in ("article_id", "outlet", *keep)},
                    "start": base + sentence.start,
                    "end": base + sentence.end,
                    "text": sentence.text,
                    "negative": scores["neg"],
                    "neutral": scores["neu"],
                    "positive": scores["pos"],
                    "compound": scores["compound"],
                }
            )
    columns = ["article_id", "outlet", *keep, "start", "end", "text", "negative", "neutral", "positive", "compound"]
    return pd.DataFrame(rows, columns=columns) if rows else _empty(columns)


def voices(corpus: pd.DataFrame, *, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Cut each article into its voices: who is speaking, quote by quote.

    Quoted words belong to their speaker's group (``union``, ``government``
    or ``other``); everything outside quotation spans is the outlet's own
    ``narration`` (the quotation marks themselves stay in it but are not
    words). Narration passages without a letter or digit are dropped.

    Parameters
    ----------
    corpus : DataFrame
        The articles: ``article_id``, ``outlet``, ``text``.
    quotes : DataFrame, optional
        Quotation spans with ``article_id``, ``start``, ``end``, ``speaker``,
        ``speaker_group`` and ``kind``. Default: ``samestory.quotes.quotes_in(corpus)``.

    Returns
    -------
    DataFrame
        One row per passage, in text order: ``article_id``, ``outlet``,
        ``voice`` (``union``, ``government``, ``other`` or ``narration``),
        ``speaker`` (``""`` for narration), ``kind`` (the quote's kind, or
        ``narration``), ``start``, ``end`` (offsets into the article text)
        and ``text`` (exactly ``text[start:end]``). Every function of this
        module takes it, and groups by ``voice`` or ``speaker``.

    Raises
    ------
    CorpusError
        When a column is missing, or a quotation span does not fit inside its
        article.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["A"],
    ...                        "text": ['He said: "Safe prisons now." Talks follow.']})
    >>> quotes = pd.DataFrame({"article_id": ["a"], "start": [10], "end": [27], "speaker": ["Gillan"],
    ...                        "speaker_group": ["union"], "kind": ["statement"]})
    >>> voices(corpus, quotes=quotes)[["voice", "speaker", "start", "end", "text"]]
           voice speaker  start  end               text
    0  narration              0   10         He said: "
    1      union  Gillan     10   27  Safe prisons now.
    2  narration             27   42    " Talks follow.
    """
    corpus = _as_table(corpus)
    if quotes is None:
        from samestory.quotes import quotes_in

        quotes = quotes_in(corpus)
    missing = [c for c in ("article_id", "start", "end", "speaker_group") if c not in quotes.columns]
    if missing:
        raise CorpusError(
            f"voices: the quotes table has no column(s) {', '.join(missing)}; "
            "pass the table from samestory.quotes.quotes_in(corpus)."
        )
    rows = []
    for article in corpus.to_dict("records"):
        text = article["text"]
        own = quotes[quotes["article_id"] == article["article_id"]].sort_values(["start", "end"], kind="stable")
        position = 0
        for quote in own.to_dict("records"):
            start, end = int(quote["start"]), int(quote["end"])
            if not 0 <= start <= end <= len(text):
                raise CorpusError(
                    f"voices: article {article['article_id']!r}: a quote spans {start}-{end}, outside the text "
                    f"(0-{len(text)}); the quotes table belongs to another corpus, make it with quotes_in(corpus)."
                )
            if start < position:  # nested or overlapping: its words are already counted
                continue
            rows.extend(_narration(article, position, start))
            group = quote.get("speaker_group")
            rows.append(
                {
                    "article_id": article["article_id"],
                    "outlet": article["outlet"],
                    "voice": group if group in VOICES[:3] else "other",
                    "speaker": _plain(quote.get("speaker")),
                    "kind": _plain(quote.get("kind")),
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                }
            )
            position = end
        rows.extend(_narration(article, position, len(text)))
    columns = ["article_id", "outlet", "voice", "speaker", "kind", "start", "end", "text"]
    return pd.DataFrame(rows, columns=columns) if rows else _empty(columns)


def _as_table(data) -> pd.DataFrame:
    if isinstance(data, str):
        return pd.DataFrame({"article_id": ["text"], "outlet": [""], "text": [data]})
    if not isinstance(data, pd.DataFrame):
        raise CorpusError(
            f"expected a text or a table with columns {', '.join(_TABLE_COLUMNS)}, not a {type(data).__name__}; "
            "load the articles with samestory.load_corpus()."
        )
    require_columns(data, _TABLE_COLUMNS, what="table")
    bad = data["text"].map(lambda value: not isinstance(value, str))
    if bad.any():
        row = bad.to_numpy().nonzero()[0][0]
        raise CorpusError(
            f"the table's row {row} (article_id {data['article_id'].iloc[row]!r}) has no text in column 'text'; "
            "fill it with the article text or drop the row."
        )
    return data


def _bases(table: pd.DataFrame) -> list[int]:
    if "start" in table.columns:
        return [int(value) for value in table["start"]]
    return [0] * len(table)


def _terms(lower: pd.Series) -> pd.Series:
    return lower.str.replace("’", "'", regex=False).str.replace("‘", "'", regex=False)


def _counts(counts, name: str) -> pd.Series:
    if isinstance(counts, (str, bytes)) or not isinstance(counts, (pd.Series, Mapping)):
        raise CorpusError(
            f"{name}: expected term counts (a Series or dict such as {{'safe': 2}}), not a {type(counts).__name__}; "
            "make them with count_words(...)[group]."
        )
    series = pd.Series(counts, dtype=object) if isinstance(counts, Mapping) else counts
    values = pd.to_numeric(series, errors="coerce")
    bad = values.isna() | (values < 0) | ~values.map(math.isfinite)
    if len(series) and bad.any():
        term = series.index[bad.to_numpy().nonzero()[0][0]]
        raise CorpusError(
            f"{name}: the count for {term!r} is {series[term]!r}; counts must be numbers, 0 or more."
        )
    values = values.astype(float)
    values.index = values.index.map(str)
    values = values.groupby(level=0, sort=False).sum()
    if values.sum() <= 0:
        raise CorpusError(
            f"{name}: the group has no words; check the group's name and that its texts are not empty "
            "(e.g. an outlet with no government quotes)."
        )
    return values


def _prior(prior, y_a: pd.Series, y_b: pd.Series) -> pd.Series:
    if prior is None:
        return y_a + y_b
    if isinstance(prior, (int, float)) and not isinstance(prior, bool):
        if not (math.isfinite(prior) and prior > 0):
            raise CorpusError(f"log_odds: the prior is {prior!r}; give a positive pseudo-count such as 0.01.")
        return pd.Series(float(prior), index=y_a.index)
    alpha = pd.to_numeric(pd.Series(prior, dtype=object) if isinstance(prior, Mapping) else prior, errors="coerce")
    if not isinstance(alpha, pd.Series):
        raise CorpusError(
            f"log_odds: the prior is a {type(prior).__name__}; give a number, or a Series of pseudo-counts by term."
        )
    alpha = alpha.astype(float)
    alpha.index = alpha.index.map(str)
    if alpha.isna().any() or (alpha < 0).any() or not alpha.map(math.isfinite).all():
        raise CorpusError(
            "log_odds: the prior has pseudo-counts that are missing, negative or infinite; give numbers, 0 or more."
        )
    return alpha.groupby(level=0, sort=False).sum()


def _x_log_x_over(x: pd.Series, expected: pd.Series) -> pd.Series:
    # x ln(x / E), taking 0 ln 0 as 0
    used = x > 0
    return (x * np.log(x.where(used, 1.0) / expected.where(used, 1.0))).where(used, 0.0)


def _as_int(values: pd.Series) -> pd.Series:
    return values.astype("int64") if (values == values.round()).all() else values


def _profile(data, by, forms: dict, order: list, name: str, *, split_contractions: bool) -> pd.DataFrame:
    table = _as_table(data)
    by = [by] if isinstance(by, str) else list(by)
    missing = [c for c in by if c not in table.columns]
    if missing:
        raise CorpusError(
            f"{name} profile: the table has no column(s) {', '.join(missing)} to group by; "
            "use 'outlet', or a voices table (samestory.language.voices) for 'voice' and 'speaker'."
        )
    found = tokenize(table, keep=by)
    found[name] = found["term"].map(lambda term: _form_of(term, forms, split_contractions))
    groups = table[by].drop_duplicates()
    totals = found.groupby(by, sort=False).size().rename("words")
    counts = found.dropna(subset=[name]).groupby([*by, name], sort=False).size().rename("count")
    rows = []
    for group in groups.itertuples(index=False):
        key = tuple(group)
        key_one = key[0] if len(key) == 1 else key
        size = int(totals.get(key_one, 0))
        for item in order:
            count = int(counts.get((*key, item), 0))
            per_1000 = count * PER / size if size else 0.0
            rows.append({**dict(zip(by, key)), name: item, "count": count, "words": size, "per_1000": per_1000})
    return pd.DataFrame(rows, columns=[*by, name, "count", "words", "per_1000"])


def _form_of(term: str, forms: dict, split_contractions: bool):
    if term in forms:
        return forms[term]
    for ending in CONTRACTIONS:
        if term.endswith(ending) and len(term) > len(ending):
            if split_contractions:
                return forms.get(term[: -len(ending)])
            return forms.get(ending)
    return None


def _narration(article: dict, start: int, end: int) -> list[dict]:
    text = article["text"]
    piece = text[start:end]
    stripped = piece.strip()
    if not any(char.isalnum() for char in stripped):
        return []
    start += len(piece) - len(piece.lstrip())
    end = start + len(stripped)
    return [
        {
            "article_id": article["article_id"],
            "outlet": article["outlet"],
            "voice": "narration",
            "speaker": "",
            "kind": "narration",
            "start": start,
            "end": end,
            "text": text[start:end],
        }
    ]


def _plain(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)


def _flat(text: str) -> str:
    return text.replace("\n", " ")


def _most_frequent_first(counts: pd.DataFrame, totals: pd.Series) -> pd.DataFrame:
    order = pd.DataFrame({"total": totals.to_numpy(), "term": counts.index.astype(str)})
    order = order.sort_values(["total", "term"], ascending=[False, True], kind="stable").index
    return counts.iloc[order]


def _concat(parts: list, columns: list) -> pd.DataFrame:
    parts = [part for part in parts if len(part)]
    if not parts:
        return _empty(columns)
    return pd.concat(parts, ignore_index=True)[columns]


def _empty(columns: list) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=_EMPTY_DTYPES.get(c, "str")) for c in columns})
