"""The errors and warnings samestory gives when its input is not what it needs.

Every message says where (file, line, field or row), what is wrong and what
to do about it, so that a student can fix the input without reading a
traceback.
"""


class CorpusError(ValueError):
    """Bad input data: a file, a header field, a CSV cell or a table.

    Examples
    --------
    >>> raise CorpusError("articles/kent.txt line 3: header field 'date' is '14/09/18'; "
    ...                   "write it as YYYY-MM-DD, e.g. 2018-09-14.")
    Traceback (most recent call last):
    ...
    samestory.errors.CorpusError: articles/kent.txt line 3: header field 'date' is '14/09/18'; write it as YYYY-MM-DD, e.g. 2018-09-14.
    """


class CorpusWarning(UserWarning):
    """Input that samestory could read, but not as it should be (e.g. not UTF-8)."""
