"""whosays: who says so? Attribution, speakers, sources and time for every statement in news.

>>> import whosays
>>> article = whosays.analyze('"We will win," Jane Roe said.')  # doctest: +SKIP
>>> article.quotes[0].speaker.name  # doctest: +SKIP
'Jane Roe'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from whosays.errors import WhosaysError
from whosays.records import Article, ArticleInput, Entity, Quote, Sentence, Speaker, Timex

if TYPE_CHECKING:
    from whosays.api import analyze, analyze_inputs

__version__ = "0.1.0"

# The analysis entry points import spaCy (seconds); load them on first use so that
# commands that only read the store start fast.
_LAZY = {"analyze", "analyze_inputs"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from whosays import api

        return getattr(api, name)
    raise AttributeError(f"module 'whosays' has no attribute {name!r}")


__all__ = [
    "Article",
    "ArticleInput",
    "Entity",
    "Quote",
    "Sentence",
    "Speaker",
    "Timex",
    "WhosaysError",
    "__version__",
    "analyze",
    "analyze_inputs",
]
