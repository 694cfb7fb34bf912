"""The standalone bundle's entry point: the same as the `parcours` command."""

import sys

from app.cli import main

sys.exit(main())
