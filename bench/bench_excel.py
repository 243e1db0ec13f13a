"""Excel benchmarks (issue 6): export speed against bare openpyxl, export memory, import time.

    python -m bench.bench_excel [--strict]      (also run by `python -m bench` / `make bench`)

1. Volume data: `generate_volume --rounds 4 --processes 200000` (50,000 per round) in a
   database of its own (`bench/out/bench_excel.sqlite3`, or BENCH_DATABASE_URL), made once
   and reused.
2. Export speed: `write_workbook` of one round's 50,000 processes (query included) beside
   a bare openpyxl write-only loop writing the same cells (the values, number formats,
   alignments and row heights read back from the export) in the same run; alternated
   three times, the fastest run of each compared (the least disturbed by other work on
   the machine). Target: ratio ≤ 1.25.
3. Export memory: the peak RSS growth of a fresh process exporting 50,000 and 200,000
   rows. Target: growth under 150 MB, and flat between the two.
4. Import: 2,000 new rows validated (`preview_import`) and applied (`apply_import`, through
   the services) into a draft plan. Target: under 5 s.

Every measurement runs in a child process of its own (`--step …`), so that each starts
from the same state, memory is measured cleanly, and the parent never sets up Django.
Wall-clock and CPU time are both reported: on a shared machine CPU time is the steadier.
Results go to stdout and to bench/out/bench_excel.json.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
ROUNDS = 4
# BENCH_EXCEL_PROCESSES=2000 checks that the bench works, quickly (its own database).
PROCESSES = int(os.environ.get("BENCH_EXCEL_PROCESSES", 200_000))
ROUND_ROWS = PROCESSES // ROUNDS
IMPORT_ROWS = 2_000
REPEATS = 3
TARGETS = {"ratio": 1.25, "memory_mb": 150.0, "import_s": 5.0}


# ---- the parent: runs the steps and reports -----------------------------------------------


def _environment() -> dict[str, str]:
    OUT.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "kerntaken.settings")
    env.setdefault("SECRET_KEY", "bench-only-not-secret")
    env.setdefault("ALLOWED_HOSTS", "127.0.0.1")
    env["DEBUG"] = "0"  # no query log growing with the rows
    name = "bench_excel.sqlite3" if PROCESSES == 200_000 else f"bench_excel-{PROCESSES}.sqlite3"
    env["DATABASE_URL"] = env.get("BENCH_DATABASE_URL", f"sqlite:///{OUT / name}")
    return env


def _step(name: str, *args: str) -> dict:
    command = [sys.executable, "-m", "bench.bench_excel", "--step", name, *args]
    result = subprocess.run(
        command, cwd=ROOT, env=_environment(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"bench step {name} failed")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--step" in argv:
        return _child(argv[argv.index("--step") + 1 :])
    print(f"Volume data: {ROUNDS} rounds, {PROCESSES:,} processes …", flush=True)
    setup = _step("setup")
    print(f"  {setup['message']}", flush=True)

    speed = _step("speed")
    print(
        f"Export of {speed['rows']:,} processes: {speed['export_wall']:.2f} s "
        f"(CPU {speed['export_cpu']:.2f} s); bare openpyxl, same cells: "
        f"{speed['bare_wall']:.2f} s (CPU {speed['bare_cpu']:.2f} s)\n"
        f"  ratio {speed['ratio_wall']:.2f} wall, {speed['ratio_cpu']:.2f} CPU "
        f"(target ≤ {TARGETS['ratio']})",
        flush=True,
    )

    memory = {rows: _step("memory", str(rows)) for rows in (ROUND_ROWS, PROCESSES)}
    for found in memory.values():
        print(
            f"Export memory at {found['rows']:,} rows: peak RSS {found['peak_mb']:.1f} MB, "
            f"growth {found['growth_mb']:.1f} MB during the export ({found['wall']:.1f} s)",
            flush=True,
        )
    small, large = memory[ROUND_ROWS]["growth_mb"], memory[PROCESSES]["growth_mb"]
    print(
        f"  growth from {ROUND_ROWS:,} to {PROCESSES:,} rows: {large - small:+.1f} MB "
        f"(target: under {TARGETS['memory_mb']:.0f} MB and flat)",
        flush=True,
    )

    imported = _step("import")
    print(
        f"Import of {imported['rows']:,} rows: validated in {imported['validate_s']:.2f} s, "
        f"applied in {imported['apply_s']:.2f} s, total {imported['total_s']:.2f} s "
        f"(CPU {imported['total_cpu']:.2f} s; target < {TARGETS['import_s']:.0f} s)",
        flush=True,
    )

    met = {
        "ratio": speed["ratio_cpu"] <= TARGETS["ratio"],
        "memory": max(small, large) < TARGETS["memory_mb"] and abs(large - small) < 50,
        "import": imported["total_s"] < TARGETS["import_s"],
    }
    report = {"speed": speed, "memory": memory, "import": imported, "targets_met": met}
    (OUT / "bench_excel.json").write_text(json.dumps(report, indent=2))
    print("Targets met: " + ", ".join(f"{k} {'yes' if v else 'NO'}" for k, v in met.items()))
    return 0 if all(met.values()) or "--strict" not in argv else 1


# ---- the children: one measurement each --------------------------------------------------


def _child(args: list[str]) -> int:
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    name, rest = args[0], args[1:]
    result = {"setup": _setup, "speed": _speed, "memory": _memory, "import": _import}[name](*rest)
    print(json.dumps(result))
    return 0


def _setup() -> dict:
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    output = io.StringIO()
    call_command("generate_volume", rounds=ROUNDS, processes=PROCESSES, stdout=output)
    return {"message": output.getvalue().strip()}


def _round_processes():
    from processes.models import CoreProcess

    return CoreProcess.objects.filter(plan__round__slug="volume-1").order_by(
        "plan__domain__position", "position", "code"
    )


def _timed(function) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - wall, time.process_time() - cpu


def _speed() -> dict:
    import tempfile

    from openpyxl import Workbook, load_workbook
    from openpyxl.cell import WriteOnlyCell

    from exchange.exports import write_workbook
    from plans.models import Round

    round_ = Round.objects.get(slug="volume-1")
    processes = _round_processes()
    with tempfile.TemporaryDirectory() as directory:
        exported = Path(directory) / "export.xlsx"
        write_workbook(exported, processes, round=round_)  # warm-up, and the cells to copy
        sheets = []
        heights = _row_heights(exported)
        workbook = load_workbook(exported, read_only=True)
        for number, sheet in enumerate(workbook.worksheets):
            rows = [[_cell_as_written(cell) for cell in row] for row in sheet.iter_rows()]
            sheets.append((sheet.title, rows, heights[number]))
        workbook.close()
        rows = len(sheets[1][1]) - 1

        def export() -> None:
            write_workbook(Path(directory) / "timed.xlsx", processes, round=round_)

        def bare() -> None:
            book = Workbook(write_only=True)
            for title, content, row_heights in sheets:
                sheet = book.create_sheet(title)
                for number, row in enumerate(content, start=1):
                    values = []
                    for value, number_format, alignment in row:
                        if value is not None and (alignment or number_format != "General"):
                            value = WriteOnlyCell(sheet, value=value)
                            value.number_format = number_format
                            if alignment:
                                value.alignment = alignment
                        values.append(value)
                    if number in row_heights:
                        sheet.row_dimensions[number].height = row_heights[number]
                    sheet.append(values)
            book.save(Path(directory) / "bare.xlsx")

        exports, bares = [], []
        for _ in range(REPEATS):
            exports.append(_timed(export))
            bares.append(_timed(bare))
    export_wall = min(t[0] for t in exports)
    export_cpu = min(t[1] for t in exports)
    bare_wall = min(t[0] for t in bares)
    bare_cpu = min(t[1] for t in bares)
    return {
        "rows": rows,
        "export_wall": export_wall,
        "export_cpu": export_cpu,
        "bare_wall": bare_wall,
        "bare_cpu": bare_cpu,
        "ratio_wall": export_wall / bare_wall,
        "ratio_cpu": export_cpu / bare_cpu,
    }


def _cell_as_written(cell) -> tuple:
    """A read-only cell's value, number format and alignment (None when the default)."""
    value = getattr(cell, "value", None)
    if value is None:
        return None, "General", None
    alignment = cell.alignment
    styled = alignment.wrap_text or alignment.vertical
    return value, cell.number_format or "General", alignment if styled else None


def _row_heights(path: Path) -> list[dict[int, float]]:
    """{row number: height} of each sheet of a workbook (read-only mode does not give them)."""
    import re
    import zipfile

    heights = []
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        for name in sorted(names, key=lambda n: int(re.sub(r"\D", "", n))):
            xml = archive.read(name).decode()
            found = re.findall(r'<row r="(\d+)" ht="([\d.]+)"', xml)
            heights.append({int(row): float(height) for row, height in found})
    return heights


def _rss_peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _memory(rows: str) -> dict:
    import tempfile

    from exchange.exports import write_workbook
    from processes.models import CoreProcess

    processes = CoreProcess.objects.filter(plan__round__slug__startswith="volume-").order_by(
        "plan__round__slug", "plan__domain__position", "position", "code"
    )
    if int(rows) == ROUND_ROWS:
        processes = _round_processes()
    with tempfile.TemporaryDirectory() as directory:
        # Warm up imports and caches on a few rows, so that only the rows' cost remains.
        write_workbook(Path(directory) / "warm.xlsx", processes.filter(pk__in=[0]))
        before = _rss_peak_mb()
        wall, _cpu = _timed(lambda: write_workbook(Path(directory) / "big.xlsx", processes))
        after = _rss_peak_mb()
    return {"rows": processes.count(), "peak_mb": after, "growth_mb": after - before, "wall": wall}


def _import() -> dict:
    import tempfile

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from openpyxl import Workbook

    from exchange.columns import columns
    from exchange.import_files import read_upload
    from exchange.imports import apply_import, validate_rows
    from kerntaken.permissions import Role
    from plans.models import Plan, PolicyDomain, Round

    domain = PolicyDomain.objects.get(code="OV")
    editor, _ = get_user_model().objects.get_or_create(username="bench-editor")
    editor.groups.add(Group.objects.get_or_create(name=Role.EDITOR)[0])
    domain.editors.add(editor)
    round_, _ = Round.objects.get_or_create(
        slug="bench-import",
        defaults={
            "name": "Benchmark import",
            "start_date": "2200-01-01",
            "submission_deadline": "2200-06-30",
        },
    )
    plan, _ = Plan.objects.get_or_create(domain=domain, round=round_)
    plan.processes.all().delete()
    entities = list(domain.entities.values_list("acronym", flat=True))
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Kernprocessen"
    sheet.append([str(column.header) for column in columns()])
    assessments = ["Behouden in huidige vorm", "Optimalisatie aangewezen", "Vatbaar voor afbouw"]
    for number in range(1, IMPORT_ROWS + 1):
        values = {
            "entity": entities[number % len(entities)],
            "code": f"B-{number:05d}",
            "title": f"Kernproces {number} uit de benchmark",
            "description": "Beschrijving van het kernproces, zoals een administratie ze schrijft.",
            "axis": "Eigen dienstverlening",
            "assessment": assessments[number % 3],
            "motivation": "" if number % 3 == 0 else "Motivering van de beoordeling.",
            "fte": f"{number % 40},5",
            "budget": number * 10,
        }
        sheet.append([values.get(column.key) for column in columns()])
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "import.xlsx"
        workbook.save(path)
        # As the web does it: the upload is read and validated (the preview), then the
        # apply validates the same rows again under the plan's lock and writes them.
        wall, cpu = time.perf_counter(), time.process_time()
        sheet = read_upload(path)
        preview = validate_rows(plan, sheet)
        validated = time.perf_counter() - wall
        assert preview.is_valid, preview.problems[:3]
        apply_import(plan=plan, by=editor, sheet=sheet, fingerprint=preview.fingerprint)
        total, total_cpu = time.perf_counter() - wall, time.process_time() - cpu
    written = plan.processes.count()
    assert written == IMPORT_ROWS, written
    return {
        "rows": written,
        "validate_s": validated,
        "apply_s": total - validated,
        "total_s": total,
        "total_cpu": total_cpu,
    }


if __name__ == "__main__":
    sys.exit(main())
