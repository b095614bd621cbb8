"""The confidence below which a flag is not reported. A module of its own so
that the commands can show it as their default (`audit check --help`)
without loading the pipeline."""

DEFAULT_MIN_CONFIDENCE = 0.35
