"""``python -m fleet_facade``: the same command line as ``fleet-facade``."""

import sys

from fleet_facade.cli import main

sys.exit(main())
