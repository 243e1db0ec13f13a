"""Benchmarks: `python -m bench` (or `make bench`) runs the `main()` of every bench_*.py."""
