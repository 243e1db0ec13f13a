"""`python -m bench [name …]`: run the benchmarks (all, or those named: `load` = bench_load)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def available() -> list[str]:
    modules = pkgutil.iter_modules([str(Path(__file__).parent)])
    return sorted(module.name for module in modules if module.name.startswith("bench_"))


def main(argv: list[str]) -> int:
    names = available()
    wanted = [name if name.startswith("bench_") else f"bench_{name}" for name in argv] or names
    if unknown := [name for name in wanted if name not in names]:
        print(f"Unknown benchmark(s): {', '.join(unknown)}. Available: {', '.join(names)}")
        return 2
    status = 0
    for name in wanted:
        print(f"\n== {name}", flush=True)
        started = time.monotonic()
        # Each benchmark sees a command line of its own (some read sys.argv themselves).
        sys.argv = [f"bench/{name}.py"]
        result = importlib.import_module(f"bench.{name}").main() or 0
        print(
            f"== {name}: {'ok' if result == 0 else 'FAILED'} in {time.monotonic() - started:.0f} s"
        )
        status = max(status, result)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
