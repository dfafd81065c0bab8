"""``python -m cicte_desktop``: the command line (:mod:`cicte_desktop.cli`)."""

import sys

from cicte_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
