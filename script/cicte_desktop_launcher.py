"""Entry point of the PyInstaller bundle (build_installer.spec): the same as `cicte-desktop`."""

import sys

from cicte_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
