"""Outputs: JSON (the article contract), JSON Schema validation and the terminal report."""
