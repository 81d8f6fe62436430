"""The translators' dashboard: what is missing, out of date or unfinished in each language."""
