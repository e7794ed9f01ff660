#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    # Development settings unless the environment says otherwise; production and
    # tests always name theirs explicitly.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
