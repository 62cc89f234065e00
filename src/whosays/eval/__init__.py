"""Evaluation of whosays against public data sets, each given by path (never shipped)."""
