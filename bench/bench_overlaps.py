"""Overlap analysis benchmark (issue 15): wall time and peak memory at 5,000 and 50,000
processes, and how the time grows between them.

    python -m bench.bench_overlaps      (also run by `python -m bench` / `make bench`)
    BENCH_OVERLAP_SIZES=5000 python -m bench.bench_overlaps     (a quick check)

Per size, two measurements, each in a child process of its own (so that its peak memory
is its own):

1. The round: `generate_volume --rounds 1 --processes N` in a database of its own
   (`bench/out/bench_overlaps-N.sqlite3`, or BENCH_DATABASE_URL), made once and reused;
   then `run_analysis` of that round, from reading the processes to saving the pairs.
   The volume's texts repeat the demo's (its titles differ only by a number), so most
   texts are alike: the hard case for the number of pairs, the easy one for the search.
   Baseline in the same child: reading the round's texts alone (one query).
2. Distinct texts: `find_pairs` (no database) over N texts drawn from the demo's
   vocabulary with Zipf weights, every one different: the hard case for the search.

Targets: 50,000 processes under 60 s and 1 GB (peak RSS of the child), and a time that
does not grow with the square: from 5,000 to 50,000 (×10) the time may grow ×100 at
worst; the exponent log(t50k/t5k)/log(10) must stay well under 2.
Results go to stdout and bench/out/bench_overlaps.json.
"""

from __future__ import annotations

import json
import math
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SIZES = [int(n) for n in os.environ.get("BENCH_OVERLAP_SIZES", "5000,50000").split(",")]
TARGETS = {"seconds": 60.0, "memory_mb": 1024.0, "exponent": 1.5}


def _environment(size: int) -> dict[str, str]:
    OUT.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "kerntaken.settings")
    env.setdefault("SECRET_KEY", "bench-only-not-secret")
    env.setdefault("ALLOWED_HOSTS", "127.0.0.1")
    env["DEBUG"] = "0"  # no query log growing with the rows
    default = f"sqlite:///{OUT / f'bench_overlaps-{size}.sqlite3'}"
    env["DATABASE_URL"] = env.get("BENCH_DATABASE_URL", default)
    return env


def _step(name: str, size: int) -> dict:
    command = [sys.executable, "-m", "bench.bench_overlaps", "--step", name, str(size)]
    result = subprocess.run(
        command, cwd=ROOT, env=_environment(size), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"bench step {name} {size} failed")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _exponent(small: dict, large: dict, key: str) -> float:
    ratio = large[key] / max(small[key], 1e-9)
    return math.log(ratio) / math.log(large["size"] / small["size"])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--step" in argv:
        return _child(argv[argv.index("--step") + 1 :])
    report: dict = {"round": {}, "distinct": {}}
    for size in SIZES:
        print(f"Volume data: one round of {size:,} processes …", flush=True)
        print(f"  {_step('setup', size)['message']}", flush=True)
        found = report["round"][size] = _step("round", size)
        print(
            f"Analysis of the round at {size:,}: {found['wall']:.1f} s wall "
            f"(CPU {found['cpu']:.1f} s), peak RSS {found['peak_mb']:.0f} MB, "
            f"{found['pairs']:,} pairs; reading the texts alone {found['read_wall']:.2f} s "
            f"(analysis ÷ read: {found['wall'] / max(found['read_wall'], 1e-9):.0f}×)",
            flush=True,
        )
        distinct = report["distinct"][size] = _step("distinct", size)
        print(
            f"Distinct texts at {size:,}: find_pairs {distinct['wall']:.1f} s wall "
            f"(CPU {distinct['cpu']:.1f} s), peak RSS {distinct['peak_mb']:.0f} MB, "
            f"{distinct['pairs']:,} pairs",
            flush=True,
        )
    met = {}
    if len(SIZES) > 1:
        small, large = SIZES[0], SIZES[-1]
        for kind in ("round", "distinct"):
            exponent = _exponent(report[kind][small], report[kind][large], "cpu")
            report[kind]["exponent"] = exponent
            print(
                f"Growth of the {kind} analysis from {small:,} to {large:,}: CPU time "
                f"×{report[kind][large]['cpu'] / max(report[kind][small]['cpu'], 1e-9):.1f} "
                f"for ×{large / small:.3g} processes, exponent {exponent:.2f} "
                f"(1 = linear, 2 = the square; target ≤ {TARGETS['exponent']})",
                flush=True,
            )
            met[f"{kind} growth"] = exponent <= TARGETS["exponent"]
        biggest = report["round"][large]
        met["time"] = biggest["wall"] < TARGETS["seconds"]
        met["memory"] = biggest["peak_mb"] < TARGETS["memory_mb"]
    report["targets_met"] = met
    (OUT / "bench_overlaps.json").write_text(json.dumps(report, indent=2))
    if met:
        print("Targets met: " + ", ".join(f"{k} {'yes' if v else 'NO'}" for k, v in met.items()))
    return 0 if all(met.values()) or "--strict" not in argv else 1


# ---- the children: one measurement each --------------------------------------------------


def _child(args: list[str]) -> int:
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    name, size = args[0], int(args[1])
    result = {"setup": _setup, "round": _round, "distinct": _distinct}[name](size)
    print(json.dumps(result))
    return 0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _setup(size: int) -> dict:
    import io

    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    output = io.StringIO()
    call_command("generate_volume", rounds=1, processes=size, stdout=output)
    return {"message": output.getvalue().strip()}


def _round(size: int) -> dict:
    from insight import overlaps
    from insight.models import OverlapRun
    from plans.models import Round

    round_ = Round.objects.get(slug="volume-1")
    run = OverlapRun.objects.create(round=round_)
    started = time.perf_counter()
    texts = overlaps._texts(run)
    read_wall = time.perf_counter() - started
    del texts
    cpu, started = _cpu(), time.perf_counter()
    run = overlaps.run_analysis(run)
    return {
        "size": size,
        "processes": run.process_count,
        "pairs": run.pair_count,
        "wall": time.perf_counter() - started,
        "cpu": _cpu() - cpu,
        "read_wall": read_wall,
        "peak_mb": _peak_mb(),
    }


def _distinct(size: int) -> dict:
    import random

    from demo import dataset
    from insight import overlaps

    words = sorted(
        {
            word
            for domain in dataset.load()["domains"]
            for text in dataset.process_texts(domain["code"])
            for word in (text["title"] + " " + text["description"]).split()
            if word.isalpha()
        }
    )
    rng = random.Random(2015)  # noqa: S311 - test data
    weights = [1 / rank for rank in range(1, len(words) + 1)]  # Zipf: a few words are common
    axes = ["service_delivery", "regulation", "enforcement", "permits", "subsidies", "other"]
    texts = [
        overlaps.Text(
            id=n,
            domain=n % 13,
            axis=axes[n % 6],
            title=" ".join(rng.choices(words, weights, k=6)),
            description=" ".join(rng.choices(words, weights, k=18)),
        )
        for n in range(1, size + 1)
    ]
    cpu, started = _cpu(), time.perf_counter()
    found = overlaps.find_pairs(texts)
    return {
        "size": size,
        "pairs": len(found),
        "wall": time.perf_counter() - started,
        "cpu": _cpu() - cpu,
        "peak_mb": _peak_mb(),
    }


if __name__ == "__main__":
    sys.exit(main())
