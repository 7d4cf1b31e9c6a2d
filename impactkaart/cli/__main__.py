"""`python -m impactkaart.cli`: the same command as `impactkaart`."""

import sys

from impactkaart.cli.main import main

sys.exit(main())
