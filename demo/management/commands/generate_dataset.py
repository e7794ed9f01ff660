import time

from django.core.management.base import BaseCommand, CommandError

from demo import dataset


def dutch_number(number):
    """12.345, as Dutch writes it."""
    return f"{number:,}".replace(",", ".")


class ProgressBar(dataset.Progress):
    """One line per step, redrawn in place (\\r) on a terminal; on a log only the finished
    line. Django's own output wrapper, no extra package."""

    WIDTH = 30

    def __init__(self, stdout):
        self.stdout = stdout
        self.live = stdout.isatty()

    def start(self, label, total):
        self.label, self.total, self.done = label, max(total, 1), 0
        self.started = self.drawn = time.perf_counter()
        self.draw()

    def advance(self, units=1):
        self.done += units
        now = time.perf_counter()
        if now - self.drawn >= 0.2:
            self.drawn = now
            self.draw()

    def finish(self):
        self.done = self.total
        self.draw(final=True)

    def draw(self, final=False):
        if not (self.live or final):
            return
        share = min(self.done / self.total, 1)
        filled = round(share * self.WIDTH)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        seconds = time.perf_counter() - self.started
        line = (
            f"{self.label:<22} [{bar}] {dutch_number(self.done):>7}/"
            f"{dutch_number(self.total):<7} {share:4.0%} {seconds:6.0f} s"
        )
        self.stdout.write(("\r" if self.live else "") + line, ending="\n" if final else "")
        self.stdout.flush()


class Command(BaseCommand):
    help = (
        "Build a national-size data set for the benchmark: the national site and up to all "
        "342 Dutch municipalities as sites, each with news, blog posts, practice examples, "
        "events (a third weekly), bulletin-board posts, comments and members (demo/dataset.py). "
        "Refuses a database that already holds a data set or the demo, unless --replace."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--municipalities",
            type=int,
            default=dataset.COUNTRY_SIZE,
            help=f"how many municipalities (1 to {dataset.COUNTRY_SIZE}; default all)",
        )
        parser.add_argument(
            "--scale",
            type=float,
            default=1.0,
            help="share of the content per site: 1 is "
            + ", ".join(f"{number} {kind}" for kind, number in dataset.PER_SITE.items())
            + "; 0.1 for a quick run",
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help="empty the database first (every table, as manage.py flush does)",
        )
        parser.add_argument(
            "--keep-existing",
            action="store_true",
            help="leave a data set of this size and scale in place and stop without error "
            "(what `make bench` uses); another one is refused all the same",
        )

    def handle(self, *args, municipalities, scale, replace, keep_existing, verbosity, **options):
        found = dataset.existing()
        if found is not None:
            summary = (
                f"{found.municipalities} gemeenten, {dutch_number(found.pages)} pagina's, "
                f"{dutch_number(found.members)} leden"
            )
            if keep_existing and found.matches(municipalities, scale):
                if verbosity:
                    self.stdout.write(f"De database heeft al deze dataset ({summary}).")
                return
            if not replace:
                raise CommandError(
                    f"De database heeft al een {'andere ' if keep_existing else ''}dataset of "
                    f"demo ({summary}). Kies een lege database, of --replace om alles te wissen "
                    "en opnieuw te beginnen."
                )
            if verbosity:
                self.stdout.write(f"Alles wissen ({summary})...")
            dataset.clear()
        progress = ProgressBar(self.stdout) if verbosity else dataset.Progress()
        try:
            report = dataset.generate(municipalities, scale, progress)
        except dataset.DatasetError as error:
            raise CommandError(str(error)) from error
        if report.problems:
            raise CommandError(f"De paginaboom klopt niet: {report.problems!r}")
        if verbosity:
            counts = ", ".join(f"{dutch_number(n)} {kind}" for kind, n in report.counts.items())
            per_site = ", ".join(
                f"{n} {dataset.LABELS[kind]}" for kind, n in report.per_site.items()
            )
            self.stdout.write(
                self.style.SUCCESS(f"Dataset klaar in {report.total_seconds:.0f} s: {counts}.")
            )
            self.stdout.write(f"Per site: {per_site}.")
