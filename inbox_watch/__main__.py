"""``python -m inbox_watch``: the same as the ``inbox-watch`` command."""

import sys

from inbox_watch.cli import main

sys.exit(main())
