"""A benchmark database with its data set, made once: `python -m bench.prepare --database-url
URL --municipalities N --scale S` creates the PostgreSQL database when it is missing,
migrates it and runs generate_dataset, which leaves a data set of N municipalities in place
(--keep-existing) and refuses a database that holds anything else."""

import argparse
import subprocess
import sys
import time

import environ
import psycopg2
from psycopg2 import sql

from .environment import DEFAULT_DATABASE_URL, ROOT, manage, site_environment


def ensure_database(url):
    """Create the database of `url` when the server has none by that name; True if it did."""
    config = environ.Env.db_url_config(url)
    if "postgresql" not in config["ENGINE"]:
        raise SystemExit(f"The benchmark needs PostgreSQL, not {config['ENGINE']}")
    server = psycopg2.connect(
        dbname="postgres",
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
    )
    server.autocommit = True
    try:
        with server.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]])
            if cursor.fetchone():
                return False
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
            return True
    finally:
        server.close()


def prepare(url, municipalities, scale):
    if ensure_database(url):
        name = environ.Env.db_url_config(url)["NAME"]
        sys.stdout.write(f"Database {name} aangemaakt.\n")
        sys.stdout.flush()
    environment = site_environment(url)
    subprocess.run(manage("migrate", "--noinput", "-v", "0"), env=environment, cwd=ROOT, check=True)
    started = time.perf_counter()
    subprocess.run(
        manage(
            "generate_dataset",
            "--municipalities",
            str(municipalities),
            "--scale",
            str(scale),
            "--keep-existing",
        ),
        env=environment,
        cwd=ROOT,
        check=True,
    )
    return time.perf_counter() - started


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--municipalities", type=int, default=342)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    try:
        prepare(args.database_url, args.municipalities, args.scale)
    except subprocess.CalledProcessError as error:
        sys.exit(error.returncode)


if __name__ == "__main__":
    main()
