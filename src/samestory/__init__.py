"""samestory: same story, three papers.

A teaching pack for comparing how news outlets cover the same event. The
modules each answer one question:

- ``samestory.corpus``: load articles into a table (``load_corpus``).
- ``samestory.tokens``: cut text into paragraphs, sentences and words, with offsets.
- ``samestory.quotes``: find quotations, their speakers and kinds (``extract_quotes``,
  ``quotes_in``); ``samestory.speakers`` holds the rules that name who spoke.
- ``samestory.corrections``: your own fixes to the speakers, and which speakers to check
  first (``speakers_to_check``).
- ``samestory.alignment``: the same statement across outlets and how the versions
  differ, word by word (``align_quotes``, ``quote_diff``).
- ``samestory.numbers``: every figure cited, its value and who cites it; where outlets
  disagree (``extract_numbers``, ``compare_figures``).
- ``samestory.language``: which words set the voices apart (log-odds, keyness,
  concordance, pronouns and modals, sentiment).
- ``samestory.reuse``: shared passages between articles; how much of each is the same copy.
- ``samestory.framing``: naming of the action, share of voice, local angle, frame coding
  and intercoder agreement.
- ``samestory.plots``: one colour-blind-safe style for every figure.
- ``samestory.exercises``: build exercises from solutions; ``check`` answers.
- ``samestory.evaluate``: scores of the extractors against the hand-checked answer keys.

Heavy parts (matplotlib, nbformat, nltk) are imported only when used, so
``import samestory`` stays quick.
"""

from samestory.errors import CorpusError, CorpusWarning

__all__ = ["CorpusError", "CorpusWarning", "load_corpus", "__version__"]
__version__ = "0.1.0"


def __getattr__(name):
    # ``from samestory import load_corpus`` works without importing pandas
    # until it is asked for.
    if name == "load_corpus":
        from samestory.corpus import load_corpus

        return load_corpus
    raise AttributeError(f"module 'samestory' has no attribute {name!r}")
