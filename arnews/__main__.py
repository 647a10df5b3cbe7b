"""``python -m arnews``: the command line (see :mod:`arnews.cli`)."""

from arnews.cli import main

raise SystemExit(main())
