"""The whosays error hierarchy.

The library raises these typed errors with a message that names what was wrong;
the CLI maps each class to an exit code and prints the message on one line.
"""

from __future__ import annotations

__all__ = [
    "BatchError",
    "BinaryInputError",
    "EmptyInputError",
    "EncodingError",
    "EvaluationDataError",
    "IngestError",
    "InputTooLargeError",
    "InvalidInputError",
    "ModelError",
    "StoreError",
    "WhosaysError",
]


class WhosaysError(Exception):
    """Base class of every error whosays raises on purpose."""

    exit_code = 1


class IngestError(WhosaysError):
    """An input could not be read as an article.

    ``origin`` names the input (a path, ``path:line`` or ``<stdin>``).
    """

    exit_code = 2

    def __init__(self, origin: str, reason: str) -> None:
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")


class EmptyInputError(IngestError):
    """The input holds no text (or only whitespace)."""


class BinaryInputError(IngestError):
    """The input looks like a binary file, not text or HTML."""


class EncodingError(IngestError):
    """The input's bytes are not in an encoding whosays can detect."""


class InputTooLargeError(IngestError):
    """The input's text is larger than the limit (5 MB by default)."""


class InvalidInputError(IngestError):
    """The input is malformed (a JSONL line that is not an object, a missing field...)."""


class ModelError(WhosaysError):
    """The spaCy pipeline named by ``--model`` is not installed or cannot be loaded."""

    exit_code = 3


class EvaluationDataError(WhosaysError):
    """An evaluation data path is missing or not in the expected layout."""

    exit_code = 4


class StoreError(WhosaysError):
    """The DuckDB store or an export could not be opened, read or written."""

    exit_code = 5


class BatchError(WhosaysError):
    """A batch run cannot go on (a worker process died, the Dask scheduler is unreachable).

    Finished shards stay recorded: running the same command again resumes the run.
    """

    exit_code = 6
