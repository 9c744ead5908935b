"""The self-checks behind ``samestory.exercises.check``, one module per notebook.

A check is a function that takes the student's answer and returns ``None``
when it is right, or a hint (never the answer) when it is not. Register one
with ``@register("name")``; every module in this package is loaded when a
check is first asked for, so a new notebook's checks need only a new module.
"""

import importlib
import pkgutil

_CHECKS = {}


def register(name: str):
    """Register the decorated function as the check called ``name``."""

    def decorate(function):
        _CHECKS[name] = function
        return function

    return decorate


def get(name: str):
    """Return the check called ``name``.

    Raises
    ------
    ValueError
        When there is no such check; the message lists the known names.
    """
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    if name not in _CHECKS:
        known = ", ".join(sorted(_CHECKS))
        raise ValueError(f"no exercise called {name!r}; the exercises are: {known}.")
    return _CHECKS[name]
