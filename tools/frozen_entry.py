"""Entry script for the PyInstaller bundle (the package's __main__ uses relative imports)."""

import sys

from mediation_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
