"""Benchmarks: `python -m bench` (or `make bench`) runs every `bench_*.py` module's `main()`.

Benchmarks are measurements, not tests: they are not part of pytest and they print
figures. Each `main()` returns 0, or 1 when what it measured breaks a rule it checks
(errors, lost updates) or it could not run.
"""
