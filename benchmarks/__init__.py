"""Benchmarks and evaluation: ``python -m benchmarks`` prints every tracked figure."""
