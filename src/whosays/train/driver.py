"""``whosays train polnear``: convert PolNeAR, write the config and run ``spacy train``.

Layout of the output folder (never part of the package: PolNeAR has no licence)::

    <output>/corpus/train.spacy, dev.spacy   parsed articles, roles as entities
    <output>/config.cfg                      the training config used
    <output>/model-best, model-last          spaCy pipelines (pass one to --attribution-model)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import spacy

from whosays.errors import ModelError
from whosays.eval.polnear import load_split
from whosays.nlp import DEFAULT_MODEL
from whosays.train.config import training_config
from whosays.train.convert import ConversionStats, to_docbin

__all__ = ["TrainingRun", "convert_polnear", "limit_threads", "train_polnear"]

BASE_STAGES = ("tok2vec", "tagger", "parser")
THREAD_VARIABLES = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
)


@dataclass(frozen=True)
class TrainingRun:
    """Where a training run wrote its corpus, config and models."""

    output: Path
    train_stats: ConversionStats | None
    dev_stats: ConversionStats | None

    @property
    def best_model(self) -> Path:
        """The pipeline with the best dev score."""
        return self.output / "model-best"


def limit_threads(threads: int) -> None:
    """Ask the numeric libraries (and the processes they start) to use ``threads`` threads."""
    for name in THREAD_VARIABLES:
        os.environ[name] = str(threads)
    try:
        import torch  # type: ignore[import-not-found]
    except ImportError:
        return
    torch.set_num_threads(threads)


def _base_parser(base_model: str) -> spacy.language.Language:
    try:
        nlp = spacy.load(base_model)
    except OSError as exc:
        raise ModelError(f"base spaCy pipeline {base_model!r} is not installed") from exc
    for name in nlp.pipe_names:
        if name not in BASE_STAGES:
            nlp.disable_pipe(name)
    return nlp


def convert_polnear(
    data: Path,
    corpus: Path,
    *,
    base_model: str = DEFAULT_MODEL,
    limit: int | None = None,
    force: bool = False,
) -> dict[str, ConversionStats | None]:
    """Write ``train.spacy`` (paragraph chunks) and ``dev.spacy`` (whole articles) under ``corpus``.

    Existing files are kept unless ``force``; ``limit`` keeps the first articles
    of each split (quick trials and tests).
    """
    nlp = _base_parser(base_model)
    stats: dict[str, ConversionStats | None] = {}
    for split, chunk_words in (("train", 300), ("dev", None)):
        target = corpus / f"{split}.spacy"
        if target.exists() and not force:
            stats[split] = None
            continue
        docs = load_split(data, split)[:limit]
        stats[split] = to_docbin(nlp, docs, target, chunk_words=chunk_words)
    return stats


def train_polnear(
    data: Path,
    output: Path,
    *,
    max_steps: int = 2000,
    eval_frequency: int = 200,
    base_model: str = DEFAULT_MODEL,
    limit: int | None = None,
    force: bool = False,
) -> TrainingRun:
    """Convert PolNeAR train/dev under ``output`` and train the attribution model there."""
    from spacy.cli.train import train

    corpus = output / "corpus"
    stats = convert_polnear(data, corpus, base_model=base_model, limit=limit, force=force)
    config_path = output / "config.cfg"
    training_config(base_model).to_disk(config_path)
    overrides = {
        "paths.train": str(corpus / "train.spacy"),
        "paths.dev": str(corpus / "dev.spacy"),
        "training.max_steps": max_steps,
        "training.eval_frequency": eval_frequency,
    }
    train(config_path, output, overrides=overrides)
    return TrainingRun(output, stats["train"], stats["dev"])
