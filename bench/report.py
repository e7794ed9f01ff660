"""The benchmark's markdown: one table per data set, and the listings' latency at the largest
size against the smallest. Every page's requests per second are shown as a share of the
ceiling's in the same mode (the mean of its run before and after the pages); a share below the
page's target is marked ✗ (a benchmark prints its figures, it does not fail on them)."""

from .pages import CACHED_TARGET, CEILING, HOME, LISTING, UNCACHED_TARGET

RSS_TARGET_MB = 200
RENDER_TARGET_MS = 20
P50_RATIO_TARGET = 1.25
MODES = ("uncached", "cached")


def ceiling_rate(ceiling):
    """The ceiling's requests per second in one mode: the mean of its run before the pages and
    its run after them (`end`, bench.measure), so that a machine slowing down or speeding up
    during the runs weighs on the first and the last pages alike."""
    if not ceiling or "requests_per_second" not in ceiling:
        return None
    rates = [ceiling["requests_per_second"]]
    if (ceiling.get("end") or {}).get("requests_per_second"):
        rates.append(ceiling["end"]["requests_per_second"])
    return sum(rates) / len(rates)


def _ceiling_row(run):
    return next(row for row in run["rows"] if row["kind"] == CEILING)


def share(run, row, mode):
    """The row's requests per second as a share of the ceiling's, or None."""
    ceiling = ceiling_rate(_ceiling_row(run).get(mode))
    load = row.get(mode)
    if not (load and ceiling and "requests_per_second" in load):
        return None
    return load["requests_per_second"] / ceiling


def target(row, mode):
    if row["kind"] == CEILING:
        return None
    return CACHED_TARGET if mode == "cached" else UNCACHED_TARGET[row["kind"]]


def _load_cells(run, row, mode):
    load = row.get(mode)
    if load is None:
        return ["–", "–"] + (["–", "–"] if mode == "uncached" else [])
    if "error" in load or load.get("errors"):
        problem = load.get("error") or f"{load['errors']} errors"
        return [f"FAILED ({problem})", ""] + (["", ""] if mode == "uncached" else [])
    fraction = share(run, row, mode)
    wanted = target(row, mode)
    mark = "" if wanted is None or fraction is None or fraction >= wanted else " ✗"
    cells = [f"{load['requests_per_second']:,.0f}", f"{fraction:.1%}{mark}"]
    if mode == "uncached":
        cells += [f"{load['p50_ms']:.0f}", f"{load['p99_ms']:.0f}"]
    return cells


def table(run):
    rows = [
        "| page | uncached req/s | % of ceiling | p50 ms | p99 ms | cached req/s "
        "| % of ceiling | queries | render ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in run["rows"]:
        cells = [row["label"]]
        cells += _load_cells(run, row, "uncached")
        cells += _load_cells(run, row, "cached")
        if row["queries"] is None:
            cells += ["FAILED", ""]
        else:
            cells += [str(row["queries"]), f"{row['render_ms']:.1f}"]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def summary(run):
    """The lines under the table: the ceiling's drift, memory, render times and the targets
    missed."""
    lines = []
    ceiling_row = _ceiling_row(run)
    for mode in MODES:
        ceiling = ceiling_row.get(mode) or {}
        if (ceiling.get("end") or {}).get("requests_per_second"):
            lines.append(
                f"Ceiling, {mode}: {ceiling['requests_per_second']:,.0f} req/s before the pages "
                f"and {ceiling['end']['requests_per_second']:,.0f} after; shares are of the mean"
            )
    for mode in MODES:
        sizes = run["rss_mb"].get(mode)
        if sizes:
            listed = ", ".join(f"{size:.0f}" for size in sizes)
            mark = "" if max(sizes) < RSS_TARGET_MB else " ✗"
            lines.append(
                f"Worker RSS after the {mode} run: {listed} MB (target below "
                f"{RSS_TARGET_MB} MB){mark}"
            )
    renders = [
        row
        for row in run["rows"]
        if row["kind"] in (HOME, LISTING) and row["render_ms"] is not None
    ]
    if renders:
        slowest = max(renders, key=lambda row: row["render_ms"])
        mark = "" if slowest["render_ms"] <= RENDER_TARGET_MS else " ✗"
        lines.append(
            "Median render (in-process, warm, uncached) of home pages and listings: at most "
            f"{slowest['render_ms']:.1f} ms ({slowest['label']}; target {RENDER_TARGET_MS} ms)"
            f"{mark}"
        )
    missed = [
        f"{row['label']} ({mode}: {fraction:.1%} < {target(row, mode):.0%})"
        for row in run["rows"]
        for mode in MODES
        if target(row, mode) is not None
        and (fraction := share(run, row, mode)) is not None
        and fraction < target(row, mode)
    ]
    lines.append("Targets missed: " + ("; ".join(missed) if missed else "none"))
    # The page cache's middleware also works on routes it does not cache (the ceiling is one),
    # so the cached run's ceiling may sit below its cached pages: against the uncached ceiling.
    top = ceiling_rate(ceiling_row.get("uncached"))
    if top:
        shares = [
            f"{row['label']} {row['cached']['requests_per_second'] / top:.0%}"
            for row in run["rows"]
            if row["kind"] != CEILING and (row.get("cached") or {}).get("requests_per_second")
        ]
        if shares:
            lines.append("Cached, as a share of the uncached run's ceiling: " + "; ".join(shares))
    return "\n".join(lines)


def comparison(small, large):
    """{key: figures} of the listings' p50 latency (uncached) at both sizes."""
    small_rows = {row["key"]: row for row in small["rows"]}
    found = {}
    for row in large["rows"]:
        other = small_rows.get(row["key"])
        if row["kind"] != LISTING or other is None:
            continue
        try:
            p50_large, p50_small = row["uncached"]["p50_ms"], other["uncached"]["p50_ms"]
        except (KeyError, TypeError):
            continue  # failed at one of the sizes
        found[row["key"]] = {
            "label": row["label"],
            "p50_ms": {
                str(small["municipalities"]): p50_small,
                str(large["municipalities"]): p50_large,
            },
            "ratio": p50_large / p50_small if p50_small else None,
            "render_ms": {
                str(small["municipalities"]): other["render_ms"],
                str(large["municipalities"]): row["render_ms"],
            },
        }
    return found


def comparison_table(small, large, found):
    a, b = small["municipalities"], large["municipalities"]
    rows = [
        f"| listing | p50 ms at {a} | p50 ms at {b} | ratio (target ≤ {P50_RATIO_TARGET}) "
        f"| render ms at {a} | render ms at {b} |",
        "|---|---:|---:|---:|---:|---:|",
    ]

    def ms(value):
        return "–" if value is None else f"{value:.1f}"

    for figures in found.values():
        ratio = figures["ratio"]
        mark = "" if ratio is not None and ratio <= P50_RATIO_TARGET else " ✗"
        rows.append(
            f"| {figures['label']} | {figures['p50_ms'][str(a)]:.0f} | "
            f"{figures['p50_ms'][str(b)]:.0f} | {ratio:.2f}{mark} | "
            f"{ms(figures['render_ms'][str(a)])} | {ms(figures['render_ms'][str(b)])} |"
        )
    return "\n".join(rows)
