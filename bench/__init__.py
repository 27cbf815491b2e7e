"""Benchmarks: each bench/bench_*.py prints lines ``BENCH <name> <value> <unit>``."""
