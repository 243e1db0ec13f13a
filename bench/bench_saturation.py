"""Saturation: how many requests per second the busiest pages carry, without think time.

1. creates the PostgreSQL database kerntaken_bench_sat (dropping a leftover one),
   migrates it, loads the demo round and collects the static files;
2. starts gunicorn on 127.0.0.1 (BENCH_SAT_WORKERS sync workers, default 5);
3. signs the demo users in through the sign-in form (their session cookies);
4. drives each page in turn for BENCH_SAT_DURATION s (default 10) with
   BENCH_SAT_CONNECTIONS connections (default 20) and no think time — `wrk` when it is
   installed (as root the benchmark installs Debian's package), else a threaded
   http.client loop (slower: it competes with the server for the CPUs) — and prints
   req/s, p50 and p99 per page and the ratio to the Django admin's changelist of
   processes, measured in the same run; a static file shows the server's ceiling;
5. stops gunicorn and drops the database, whatever happened.

Targets (issue 16): every page (the follow-up overview and the dossier too) at ≥ 3× the
admin changelist's throughput with p99 under 150 ms; the plan page and the search at
≥ 250 req/s. On a shared machine these are
figures, not failures: the run fails only when a page answers anything but 200.
The load average is printed beside the figures. CACHE_URL (Redis) is passed on.
Settings: BENCH_POSTGRES (default postgres://postgres@127.0.0.1:5432), BENCH_SAT_*.
"""

from __future__ import annotations

import http.client
import http.cookiejar
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

from bench import bench_load as load

ROOT = load.ROOT
OUT = load.OUT
DATABASE = "kerntaken_bench_sat"
POSTGRES = load.POSTGRES
DURATION = int(os.environ.get("BENCH_SAT_DURATION", "10"))
CONNECTIONS = int(os.environ.get("BENCH_SAT_CONNECTIONS", "20"))
WORKERS = int(os.environ.get("BENCH_SAT_WORKERS", "5"))
PASSWORD = "kerntaken"  # noqa: S105 - the documented password of the demo users
RATIO_TARGET, P99_TARGET_MS, BUSIEST_TARGET_RPS = 3.0, 150, 250
# (label, URL name in the description, signed in as): the admin's changelist is the baseline.
PAGES = [
    ("a static file (the server's ceiling)", "static", None),
    ("public round page", "public_round", None),
    ("coordinator's round overview", "round_overview", "coordinator"),
    ("editor's plan page", "plan_page", "editor"),
    ("viewer's process search", "search", "viewer"),
    ("coordinator's follow-up overview", "followup_overview", "coordinator"),
    ("a process's dossier (coordinator)", "dossier", "coordinator"),
    ("Django admin changelist of processes", "admin_changelist", "admin"),
]
BUSIEST = {"plan_page", "search"}


def describe_site() -> None:
    """Print (JSON) the address of each page. Run in a subprocess with the bench's database."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kerntaken.settings")
    django.setup()
    from django.templatetags.static import static
    from django.urls import reverse

    from followup.models import FollowUpTrack, ReportingPeriod
    from plans.models import Plan

    plan = Plan.objects.get(round__slug="2014-2015", domain__editors__username="editor")
    # The period being reported on (the demo's open one) and a followed-up process.
    period = ReportingPeriod.objects.order_by("-reference_date", "-pk").first()
    tracked = FollowUpTrack.objects.order_by("pk").first()
    print(
        json.dumps(
            {
                "static": static("css/kerntaken.css"),
                "public_round": reverse("publication:public_round", kwargs={"slug": "2014-2015"}),
                "round_overview": reverse("reviews:round_overview"),
                "plan_page": reverse("plans:plan_detail", kwargs={"pk": plan.pk}),
                "plan_processes": plan.processes.count(),
                "search": reverse("processes:process_search"),
                "followup_overview": reverse("followup:period_overview", kwargs={"pk": period.pk}),
                "dossier": reverse("followup:process_dossier", kwargs={"pk": tracked.process_id}),
                "admin_changelist": reverse("admin:processes_coreprocess_changelist"),
            }
        )
    )


# ---- signing in --------------------------------------------------------------------------


def sign_in(base_url: str, username: str) -> str:
    """The session cookie of a demo user, signed in through the sign-in form."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login = f"{base_url}/accounts/login/"
    with opener.open(login, timeout=30) as answer:
        page = answer.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    if token is None:
        raise RuntimeError("the sign-in page has no CSRF token")
    form = {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token.group(1)}
    with opener.open(login, urllib.parse.urlencode(form).encode(), timeout=30) as answer:
        answer.read()
    session = next((c.value for c in jar if c.name == "sessionid"), None)
    if session is None:
        raise RuntimeError(f"{username} could not sign in")
    return f"sessionid={session}"


def check(base_url: str, path: str, cookie: str | None) -> int:
    """The status of one GET, redirects not followed (a sign-in redirect is a failure)."""
    parts = urllib.parse.urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


# ---- load generators ---------------------------------------------------------------------


def ensure_wrk() -> str | None:
    if shutil.which("wrk"):
        return shutil.which("wrk")
    if os.geteuid() == 0:
        env = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
        for command in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "wrk"]):
            subprocess.run(command, env=env, capture_output=True, check=False)  # noqa: S603
    return shutil.which("wrk")


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def with_wrk(wrk: str, url: str, cookie: str | None) -> dict:
    command = [wrk, "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}s", "--latency", url]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    percentile = dict(re.findall(r"^ +(50|99)(?:\.0+)?% +(\S+) *$", output, re.MULTILINE))
    if set(percentile) != {"50", "99"}:
        raise RuntimeError(f"could not read wrk's answer:\n{output}")
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)$", output, re.MULTILINE)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _ms(percentile["50"]),
        "p99": _ms(percentile["99"]),
        "errors": int(errors.group(1)) if errors else 0,
        "note": socket_errors.group(1) if socket_errors else "",
    }


def with_threads(url: str, cookie: str | None) -> dict:
    """The fallback without wrk: CONNECTIONS threads, each a keep-alive connection."""
    parts = urllib.parse.urlsplit(url)
    headers = {"Cookie": cookie} if cookie else {}
    timings: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + DURATION

    def worker() -> None:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine, failed = [], 0
        while time.monotonic() < deadline:
            started = time.monotonic()
            connection.request("GET", parts.path, headers=headers)
            response = connection.getresponse()
            response.read()
            mine.append((time.monotonic() - started) * 1000)
            failed += response.status != 200
        connection.close()
        with lock:
            timings.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=worker) for _ in range(CONNECTIONS)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    timings.sort()
    return {
        "rps": len(timings) / (time.monotonic() - started),
        "p50": timings[len(timings) // 2],
        "p99": timings[min(len(timings) - 1, int(len(timings) * 0.99))],
        "errors": errors[0],
        "note": "",
    }


# ---- the benchmark -----------------------------------------------------------------------


def report(results: dict[str, dict], site: dict, generator: str) -> int:
    admin = results["admin_changelist"]["rps"]
    print(
        f"\n{generator}, {CONNECTIONS} connections, {DURATION} s per page, gunicorn with "
        f"{WORKERS} sync workers, {os.cpu_count()} CPUs; the plan page has "
        f"{site['plan_processes']} processes\n"
    )
    print(f"{'page':<40} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'× admin':>8} {'load':>5}")
    missed = []
    for label, name, _user in PAGES:
        r = results[name]
        ratio = r["rps"] / admin if admin else 0
        print(
            f"{label:<40} {r['rps']:>7.0f} {r['p50']:>7.1f} {r['p99']:>7.1f} "
            f"{ratio:>8.1f} {r['load']:>5.1f}" + (f"  {r['errors']} ERRORS" if r["errors"] else "")
        )
        if name in ("static", "admin_changelist"):
            continue
        if ratio < RATIO_TARGET:
            missed.append(f"{label}: {ratio:.1f}× the admin (target {RATIO_TARGET:.0f}×)")
        if r["p99"] >= P99_TARGET_MS:
            missed.append(f"{label}: p99 {r['p99']:.0f} ms (target < {P99_TARGET_MS} ms)")
        if name in BUSIEST and r["rps"] < BUSIEST_TARGET_RPS:
            missed.append(f"{label}: {r['rps']:.0f} req/s (target ≥ {BUSIEST_TARGET_RPS})")
    print("targets: " + ("all met" if not missed else "MISSED – " + "; ".join(missed)))
    # Wrong answers fail the run; slow ones on a busy machine are figures.
    return 1 if any(r["errors"] for r in results.values()) else 0


def main() -> int:
    if urllib.parse.urlsplit(POSTGRES).hostname not in load.LOOPBACK:
        print("bench_saturation only talks to loopback addresses")
        return 1
    try:
        load.admin_connection().close()
    except Exception as error:  # reported: the benchmark cannot run
        print(f"PostgreSQL is not reachable at {POSTGRES}: {error}")
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    port = load.free_port()
    env = load.environment(port) | {"DATABASE_URL": f"{POSTGRES}/{DATABASE}"}
    base_url = f"http://127.0.0.1:{port}"
    server = None
    drop = f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)'
    try:
        print(f"database {DATABASE}: migrate, load_demo, collectstatic …", flush=True)
        load.admin_sql(drop, f'CREATE DATABASE "{DATABASE}"')
        python = sys.executable
        load.run([python, "manage.py", "migrate", "--noinput", "-v", "0"], env)
        load.run([python, "manage.py", "load_demo", "-v", "0"], env)
        load.run([python, "manage.py", "collectstatic", "--noinput", "-v", "0"], env)
        describe = "import bench.bench_saturation as b; b.describe_site()"
        site = json.loads(load.run([python, "-c", describe], env))

        cache = env.get("CACHE_URL") or "each worker's own memory (locmem)"
        print(f"gunicorn on {base_url}, {WORKERS} workers, cache: {cache} …", flush=True)
        with open(OUT / "gunicorn-saturation.log", "w") as log:
            server = subprocess.Popen(
                [python, "-m", "gunicorn", "kerntaken.wsgi:application",
                 "--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS), "--timeout", "60"],
                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        load.wait_until_up(f"{base_url}/accounts/login/", server)
        cookies = {user: sign_in(base_url, user) for _l, _n, user in PAGES if user}
        wrk = ensure_wrk()
        generator = "wrk" if wrk else "a threaded http.client loop (wrk is not installed)"
        print(f"load generator: {generator}", flush=True)
        results = {}
        for label, name, user in PAGES:
            url, cookie = base_url + site[name], cookies.get(user)
            status = check(base_url, site[name], cookie)
            if status != 200:
                raise RuntimeError(f"{label} answered {status}, not 200: {url}")
            for _ in range(20):  # warm up: each worker's connection and caches
                check(base_url, site[name], cookie)
            print(f"  {label} …", flush=True)
            results[name] = with_wrk(wrk, url, cookie) if wrk else with_threads(url, cookie)
            results[name]["load"] = os.getloadavg()[0]
        return report(results, site, generator)
    except (RuntimeError, OSError, subprocess.SubprocessError) as error:
        print(f"bench_saturation could not complete: {error}")
        return 1
    finally:
        load.stop(server)
        try:
            load.admin_sql(drop)
        except Exception as error:  # reported: the figures stand
            print(f"could not drop {DATABASE}: {error}")


if __name__ == "__main__":
    sys.exit(main())
