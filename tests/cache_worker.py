"""A stand-in for one gunicorn worker in tests/test_cache_shared.py: a long-lived process with
the production settings that reads one JSON command a line and answers one JSON line.

    {"get": [key parts], "scope": "...", "source": "/path"}  -> cached value (built from the file)
    {"bump": ["scope", ...]}                                   -> "ok"
"""

import json
import sys
from pathlib import Path

import django


def main():
    django.setup()
    from core.cache import bump, cached

    for line in sys.stdin:
        command = json.loads(line)
        if "bump" in command:
            bump(*command["bump"])
            answer = "ok"
        else:
            source = Path(command["source"])
            answer = cached(tuple(command["get"]), source.read_text, scope=command["scope"])
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
