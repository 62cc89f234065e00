"""whosays: who says so? Attribution, speakers, sources and time for every statement in news.

>>> import whosays
>>> article = whosays.analyze('"We will win," Jane Roe said.')  # doctest: +SKIP
>>> article.quotes[0].speaker.name  # doctest: +SKIP
'Jane Roe'
"""

from __future__ import annotations

from whosays.api import analyze, analyze_inputs
from whosays.errors import WhosaysError
from whosays.records import Article, ArticleInput, Entity, Quote, Sentence, Speaker, Timex

__version__ = "0.1.0"

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
