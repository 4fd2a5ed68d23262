"""``python -m persianews`` runs the command line."""

import sys

from persianews.cli import main

sys.exit(main())
