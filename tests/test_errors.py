"""The error hierarchy is documented, exported and honest."""

from __future__ import annotations

import inspect

import pytest

from whosays import errors


def test_all_lists_every_error_class() -> None:
    defined = {
        name
        for name, obj in vars(errors).items()
        if inspect.isclass(obj) and issubclass(obj, Exception) and obj.__module__ == errors.__name__
    }
    assert set(errors.__all__) == defined


@pytest.mark.parametrize("name", errors.__all__)
def test_every_error_is_documented_and_a_whosays_error(name: str) -> None:
    cls = getattr(errors, name)
    assert issubclass(cls, errors.WhosaysError)
    assert cls.__doc__


def test_ingest_error_names_the_input() -> None:
    exc = errors.EmptyInputError("articles/a.txt", "no text")
    assert str(exc) == "articles/a.txt: no text"
    assert exc.exit_code == 2
