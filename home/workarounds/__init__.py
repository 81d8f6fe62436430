"""Workarounds for upstream gaps, one module each; every module's docstring says when it can go."""
