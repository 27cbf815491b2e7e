"""The `rectrack` command.

`rectrack extract` runs the extraction engine without Django (it needs no database); every other
subcommand is a Django management command (`rectrack migrate`, `rectrack load_reference`, ...).
"""
import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if len(argv) > 1 and argv[1] == "extract":
        from rectrack.extraction.cli import main as extract_main

        return extract_main(argv[2:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rectrack.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
