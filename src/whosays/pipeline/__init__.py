"""Pipeline stages: spaCy components registered as ``whosays_<name>``."""
