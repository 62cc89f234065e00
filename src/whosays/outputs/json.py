"""The article contract as JSON, and its validation against the shipped JSON Schema."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

from whosays.records import Article


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of the article contract (``schema_version`` "1")."""
    text = resources.files("whosays.outputs").joinpath("article.schema.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


def validation_errors(data: dict[str, Any]) -> list[str]:
    """Every way ``data`` breaks the schema or the offsets, as readable lines (empty if valid)."""
    errors = [
        f"{'/'.join(str(p) for p in e.absolute_path) or '<root>'}: {e.message}"
        for e in _validator().iter_errors(data)
    ]
    return errors or _offset_errors(data)


def _offset_errors(data: dict[str, Any]) -> list[str]:
    text = data["text"]
    errors = []
    for path, span in _spans(data):
        if not 0 <= span["start"] <= span["end"] <= len(text):
            errors.append(f"{path}: offsets {span['start']}..{span['end']} outside the text")
        elif "text" in span and text[span["start"] : span["end"]] != span["text"]:
            errors.append(f"{path}: text does not match the offsets")
    return errors


def _spans(data: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    for key in ("quotes", "timexes", "sentences"):
        for i, item in enumerate(data[key]):
            found.append((f"{key}/{i}", item))
            for sub in ("cue",):
                if item.get(sub):
                    found.append((f"{key}/{i}/{sub}", item[sub]))
    for i, quote in enumerate(data["quotes"]):
        if quote["speaker"]["mention"]:
            found.append((f"quotes/{i}/speaker/mention", quote["speaker"]["mention"]))
    for i, entity in enumerate(data["entities"]):
        found.extend((f"entities/{i}/mentions/{j}", m) for j, m in enumerate(entity["mentions"]))
    return found


def to_json(article: Article, *, indent: int | None = 2) -> str:
    """The article contract of ``article`` as a JSON string."""
    return article.to_json(indent=indent)
