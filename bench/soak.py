"""The soak (`make soak`, never in CI): `python -m bench.soak --database-url URL --minutes 30`.

Gunicorn with production settings and the page cache on (bench/server.py, workers never
recycled, so what they keep is what they grow), then for the given minutes two wrk loads at
once, each with a think time per request so the load is a steady crowd rather than a flood:

- visitors: every public page of the benchmark (bench/pages.py) in turn, anonymous, from the
  page cache once warm;
- members: the same pages and the member's own pages (their account, the board's form) with a
  logged-in member's session cookie, so every request renders (the cache never serves them).

wrk runs in rounds of a minute; after each round the workers' resident memory is read. The
result: requests, responses other than 200 (counted by the script, so a redirect to the login
page counts too), error responses (wrk's non-2xx/3xx) and socket errors over the whole run,
and each worker's memory after the first round (warm) against the end: it passes with no
error and less than 10 % growth. Prints a markdown table; writes bench/results/soak-<date>.json.
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from . import wrk
from .environment import DEFAULT_DATABASE_URL, ROOT
from .measure import empty_redis, setup_django
from .run import collect_static
from .server import Server, cores, fetch

RESULTS = ROOT / "bench" / "results"
ROUND_SECONDS = 60
MAX_GROWTH = 0.10

LUA = """
local requests = {%(requests)s}
local cookie = %(cookie)s
local counter = 0
local threads = {}
setup = function(thread)
  thread:set("offset", counter)
  counter = counter + 7
  table.insert(threads, thread)
end
init = function(args)
  index = offset or 0
  not200 = 0
end
response = function(status, headers, body)
  if status ~= 200 then not200 = not200 + 1 end
end
done = function(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("not200") end
  io.write(string.format("Not 200: %%d\\n", total))
end
request = function()
  index = index %% #requests + 1
  local each = requests[index]
  wrk.headers["Host"] = each[1]
  if cookie ~= "" then wrk.headers["Cookie"] = cookie end
  return wrk.format("GET", each[2])
end
delay = function()
  return %(think_ms)d
end
"""


def lua_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def script(requests, *, cookie="", think_ms):
    body = ", ".join(f"{{{lua_string(host)}, {lua_string(path)}}}" for host, path in requests)
    return LUA % {"requests": body, "cookie": lua_string(cookie), "think_ms": think_ms}


def not_200(output):
    """The responses that were not a 200, redirects included (the script's own count)."""
    found = re.search(r"^Not 200: (\d+)$", output, re.MULTILINE)
    if found is None:
        raise wrk.WrkError(f"No count of responses other than 200 in:\n{output}")
    return int(found.group(1))


def member_session():
    """A logged-in session of a verified member of the data set: (cookie header, the member's
    own pages)."""
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.urls import reverse

    address = EmailAddress.objects.filter(verified=True, user__is_staff=False).first()
    if address is None:
        raise SystemExit("No verified member in the benchmark database: run generate_dataset.")
    user = address.user
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    own = [reverse("account_email"), reverse("member_profile")]
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}", own


def run(database_url, *, minutes, workers, think_ms, connections):
    collect_static(database_url)
    setup_django(database_url)
    from bench.pages import CEILING, targets

    pages = [(t.host, t.path) for t in targets() if t.kind != CEILING]
    cookie, own = member_session()
    national_host = pages[0][0]
    member_pages = pages + [(national_host, path) for path in own]
    empty_redis()

    from bench.environment import site_environment

    log = ROOT / "bench" / "results" / "soak-gunicorn.log"
    log.parent.mkdir(exist_ok=True)
    rounds, memory = [], []
    with (
        tempfile.TemporaryDirectory() as scripts,
        Server(
            site_environment(database_url, page_cache=True), workers=workers, log_path=log
        ) as server,
    ):
        visitors = Path(scripts) / "visitors.lua"
        visitors.write_text(script(pages, think_ms=think_ms))
        members = Path(scripts) / "members.lua"
        members.write_text(script(member_pages, cookie=cookie, think_ms=think_ms))
        # Every request must be a 200: wrk counts a redirect (a lost session sent to the
        # login page) as a success.
        for host, path in pages:
            status, _body = fetch(server.port, host, path)
            if status != 200:
                raise SystemExit(f"{host}{path} answered {status}")
        for path in own:
            status, body = fetch(server.port, national_host, path, headers={"Cookie": cookie})
            if status != 200 or b'action="/accounts/logout/"' not in body:
                raise SystemExit(f"{path} as the member answered {status}, not logged in")
        url = f"http://127.0.0.1:{server.port}/"
        started = time.monotonic()
        for number in range(minutes):
            loads = {
                name: subprocess.Popen(
                    wrk.command_line(
                        url,
                        None,
                        duration=ROUND_SECONDS,
                        connections=connections,
                        threads=1,
                        timeout=30,
                        script=lua,
                    ),
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                for name, lua in (("visitors", visitors), ("members", members))
            }
            figures = {}
            for name, process in loads.items():
                out, err = process.communicate(timeout=ROUND_SECONDS + 120)
                if process.returncode != 0:
                    raise SystemExit(f"wrk failed: {err or out}")
                figures[name] = {**wrk.parse(out).as_dict(), "not_200": not_200(out)}
            rss = server.worker_rss_mb()
            rounds.append({"round": number + 1, **figures})
            memory.append(rss)
            sys.stdout.write(
                f"round {number + 1}/{minutes}: "
                + ", ".join(
                    f"{name} {f['requests']} req ({f['not_200']} not 200)"
                    for name, f in figures.items()
                )
                + f"; workers {', '.join(f'{mb:.0f}' for mb in rss.values())} MB\n"
            )
            sys.stdout.flush()
        elapsed = time.monotonic() - started
    return summarise(rounds, memory, elapsed, think_ms=think_ms, connections=connections)


def summarise(rounds, memory, elapsed, *, think_ms, connections):
    totals = {}
    for name in ("visitors", "members"):
        totals[name] = {
            "requests": sum(r[name]["requests"] for r in rounds),
            "non_2xx_3xx": sum(r[name]["non_2xx_3xx"] for r in rounds),
            "not_200": sum(r[name]["not_200"] for r in rounds),
            "socket_errors": sum(sum(r[name]["socket_errors"].values()) for r in rounds),
            "p99_ms_worst": max(r[name]["p99_ms"] for r in rounds),
        }
    warm, last = memory[0], memory[-1]
    growth = {pid: (last[pid] - warm[pid]) / warm[pid] for pid in warm if pid in last}
    errors = sum(t["not_200"] + t["socket_errors"] for t in totals.values())
    return {
        "minutes": len(rounds),
        "seconds": round(elapsed),
        "think_ms": think_ms,
        "connections_each": connections,
        "totals": totals,
        "errors": errors,
        "rss_warm_mb": {str(pid): round(mb, 1) for pid, mb in warm.items()},
        "rss_end_mb": {str(pid): round(mb, 1) for pid, mb in last.items()},
        "rss_growth": {str(pid): round(g, 4) for pid, g in growth.items()},
        "passed": errors == 0 and bool(growth) and max(growth.values()) < MAX_GROWTH,
        "rounds": rounds,
        "rss_by_round_mb": [{str(p): round(mb, 1) for p, mb in m.items()} for m in memory],
    }


def table(result):
    lines = [
        "| Traffic | Requests | Not 200 | Error responses | Socket errors | Worst p99 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, total in result["totals"].items():
        lines.append(
            f"| {name} | {total['requests']:,} | {total['not_200']} | {total['non_2xx_3xx']} | "
            f"{total['socket_errors']} | {total['p99_ms_worst']:.0f} ms |"
        )
    lines += [
        "",
        "| Worker | RSS after round 1 | RSS at the end | Growth |",
        "|---|---:|---:|---:|",
    ]
    for pid, warm in result["rss_warm_mb"].items():
        end = result["rss_end_mb"].get(pid)
        growth = result["rss_growth"].get(pid)
        lines.append(f"| {pid} | {warm:.0f} MB | {end:.0f} MB | {growth:+.1%} |")
    verdict = "passed" if result["passed"] else "FAILED"
    lines += ["", f"{result['minutes']} minutes: {verdict} (no errors, growth under 10 %)."]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--minutes", type=int, default=30)
    parser.add_argument("--workers", type=int, default=cores())
    parser.add_argument("--think-ms", type=int, default=50, help="pause per request")
    parser.add_argument("--connections", type=int, default=4, help="per kind of traffic")
    options = parser.parse_args(argv)
    if not wrk.available():
        raise SystemExit("wrk is not installed (apt-get install wrk)")
    result = run(
        options.database_url,
        minutes=options.minutes,
        workers=options.workers,
        think_ms=options.think_ms,
        connections=options.connections,
    )
    sys.stdout.write("\n" + table(result) + "\n")
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"soak-{datetime.now():%Y-%m-%d-%H%M}.json"
    path.write_text(json.dumps(result, indent=2), encoding="utf-8")
    sys.stdout.write(f"\nWritten to {path.relative_to(ROOT)}\n")
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
