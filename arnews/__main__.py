"""``python -m arnews``: the command line (see :mod:`arnews.cli`)."""

from arnews.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
