"""Training an optional learned attribution model on PolNeAR (built from a path, never shipped)."""
