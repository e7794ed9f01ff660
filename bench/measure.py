"""One data set under load: `python -m bench.measure --database-url URL --output FILE`.

1. In this process, with the server's settings and no page cache: each page through Django's
   test client (core.bench.measure_page): its SQL queries (CaptureQueriesContext) and its
   median render time, warm.
2. Gunicorn (bench/server.py) with PAGE_CACHE=false, then again with PAGE_CACHE=true, each on
   an empty Redis database: per page a check that it answers 200 without a redirect, a few
   requests to warm both workers, then wrk (bench/wrk.py); the ceiling first, so every page
   is compared with the same server in the same run. The workers' memory after each run.
3. A markdown table on stdout and the figures as JSON in FILE.
"""

import argparse
import json
import os
import sys
from datetime import datetime

from . import report, wrk
from .environment import DEFAULT_DATABASE_URL, REDIS_URL, ROOT, site_environment
from .pages import CEILING
from .server import Server, cores, fetch

DRAIN_TIMEOUT = 300  # seconds


def setup_django(database_url):
    os.environ.update(site_environment(database_url, page_cache=False))
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def empty_redis():
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def dataset_figures():
    from django.db.models import Count
    from wagtail.models import Locale, Page

    from blog.models import NewsPage
    from board.models import Post
    from comments.models import Comment
    from members.models import Profile
    from municipalities.models import MunicipalityHomePage

    municipalities = MunicipalityHomePage.objects.filter(locale=Locale.get_default()).count()
    return {
        "municipalities": municipalities,
        "pages": Page.objects.count(),
        "news_per_site": round(NewsPage.objects.count() / (municipalities + 1)),
        "members": Profile.objects.count(),
        "posts": Post.objects.count(),
        "comments": Comment.objects.count(),
        "page_types": dict(Page.objects.values_list("content_type__model").annotate(n=Count("pk"))),
    }


def count_queries(client, path):
    """The SQL queries of one warm request, read from the connection's log inside the capture:
    every request starts the log anew, so measure_page's count, which reads it after one more
    request, is 0 with DEBUG off (as in production settings here)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection):
        client.get(path)
        return len(connection.queries_log)


def measure_in_process(targets, runs):
    """{key: (queries, median render ms, bytes)} through the test client, uncached."""
    from django.test import Client

    from core.bench import measure_page

    found = {}
    for target in targets:
        client = Client(HTTP_HOST=target.host)
        try:
            figures = measure_page(client, target.path, runs)
        except AssertionError as error:  # not a 200
            sys.stderr.write(f"  {target.label:<44} FAILED {error}\n")
            found[target.key] = (None, None, None)
            continue
        queries = count_queries(client, target.path)
        found[target.key] = (queries, figures.median_ms, figures.size_bytes)
        sys.stderr.write(f"  {target.label:<44} {figures.median_ms:7.1f} ms {queries:3d} queries\n")
    return found


def load_all(targets, server, options):
    """{key: wrk figures, or {"error": ...}} for every target against a running server; the
    ceiling (first) is loaded again after the pages, as its `end` (bench.report.ceiling_rate)."""
    found = {target.key: _load(target, server, options) for target in targets}
    for ceiling in (target for target in targets if target.kind == CEILING):
        again = _load(ceiling, server, options)
        if "requests_per_second" in found[ceiling.key] and "requests_per_second" in again:
            found[ceiling.key]["end"] = again
    return found


def _load(target, server, options):
    """wrk's figures for one target, or {"error": ...}."""
    try:
        # Waits too for what the workers still owe the page before (wrk's last requests
        # queue behind a slow page: connections x its time / workers).
        status, _body = fetch(server.port, target.host, target.path, timeout=DRAIN_TIMEOUT)
        if status == 200:
            for _warm in range(2 * server.workers):
                fetch(server.port, target.host, target.path, timeout=DRAIN_TIMEOUT)
    except OSError as error:
        return {"error": f"no answer ({error})"}
    if status != 200:
        return {"error": f"HTTP {status}"}
    try:
        load = wrk.load(
            f"http://127.0.0.1:{server.port}{target.path}",
            target.host,
            duration=options.duration,
            connections=options.connections,
            threads=options.threads,
        )
    except wrk.WrkError as error:
        return {"error": str(error)}
    sys.stderr.write(
        f"  {target.label:<44} {load.requests_per_second:8.1f} req/s  "
        f"p50 {load.p50_ms:6.1f} ms  p99 {load.p99_ms:6.1f} ms"
        + (f"  {load.errors} ERRORS" if load.errors else "")
        + "\n"
    )
    return load.as_dict()


def measure(options):
    setup_django(options.database_url)
    from django.db import connections

    from .pages import targets

    found = targets()
    # The ceiling first: each page is read against it.
    found.sort(key=lambda target: target.kind != CEILING)
    empty_redis()
    sys.stderr.write(f"In-process, {options.runs} renders per page (uncached):\n")
    in_process = measure_in_process(found, options.runs)
    run = {
        "date": datetime.now().isoformat(timespec="seconds"),
        **dataset_figures(),
        # Other work on the machine takes cores from the server and wrk: figures taken under
        # load read low (the ceiling too).
        "machine": {"cores": cores(), "load_average_before": os.getloadavg()},
        "server": {"workers": options.workers, "worker_class": "sync"},
        "wrk": {
            "threads": options.threads,
            "connections": options.connections,
            "duration_s": options.duration,
        },
        "queries_counted": "in-process, Django test client, CaptureQueriesContext",
        "rss_mb": {},
    }
    connections.close_all()
    loads = {}
    for mode in options.modes:
        empty_redis()
        sys.stderr.write(f"gunicorn, {mode}:\n")
        environment = site_environment(options.database_url, page_cache=mode == "cached")
        log = ROOT / "bench" / "results" / "gunicorn.log"
        with Server(environment, workers=options.workers, log_path=log) as server:
            loads[mode] = load_all(found, server, options)
            run["rss_mb"][mode] = sorted(server.worker_rss_mb().values())
    run["machine"]["load_average_after"] = os.getloadavg()
    run["rows"] = [
        {
            **target.as_dict(),
            "queries": in_process[target.key][0],
            "render_ms": in_process[target.key][1],
            "size_bytes": in_process[target.key][2],
            **{mode: loads[mode].get(target.key) for mode in options.modes},
        }
        for target in found
    ]
    return run


def failed_rows(run):
    return sorted(
        {
            row["key"]
            for row in run["rows"]
            for mode in report.MODES
            if row["queries"] is None
            or (row.get(mode) and ("error" in row[mode] or row[mode].get("errors")))
        }
    )


def options_parser():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--output", help="where to write the figures (JSON)")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--workers", type=int, default=cores(), help="gunicorn workers (default: one per core)"
    )
    parser.add_argument("--runs", type=int, default=20, help="in-process renders per page")
    parser.add_argument("--modes", nargs="+", choices=report.MODES, default=list(report.MODES))
    return parser


def main(argv=None):
    if not wrk.available():
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    options = options_parser().parse_args(argv)
    run = measure(options)
    load = run["machine"]["load_average_before"][0], run["machine"]["load_average_after"][0]
    sys.stdout.write(
        f"\n### {run['municipalities']} municipalities, {run['pages']:,} pages "
        f"({run['news_per_site']} news items per site)\n\n"
        f"{run['machine']['cores']} cores, load average {load[0]:.1f} before and "
        f"{load[1]:.1f} after; gunicorn {options.workers} sync workers; wrk -t{options.threads} "
        f"-c{options.connections} -d{options.duration}s.\n\n"
        f"{report.table(run)}\n\n{report.summary(run)}\n"
    )
    if options.output:
        with open(options.output, "w", encoding="utf-8") as file:
            json.dump(run, file, indent=2, ensure_ascii=False)
    if failed_rows(run):
        sys.stderr.write(f"Failed: {', '.join(failed_rows(run))}\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
