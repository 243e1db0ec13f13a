"""Run every benchmark module of this package: each `bench_*.py` has a `main()`."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    failed = []
    for module in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda m: m.name):
        if not module.name.startswith("bench_"):
            continue
        print(f"== {module.name}", flush=True)
        result = importlib.import_module(f"bench.{module.name}").main()
        if result:
            failed.append(module.name)
    if failed:
        print(f"Benchmarks missing their targets: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
