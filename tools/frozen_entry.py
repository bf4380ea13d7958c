"""Entry script for the PyInstaller bundle (the package's __main__ uses relative imports)."""

import multiprocessing
import sys

from mediation_desk.__main__ import main

if __name__ == "__main__":
    # The demo generator builds rows in spawned worker processes; in a frozen app those
    # re-run this executable, and freeze_support() turns them into the workers.
    multiprocessing.freeze_support()
    sys.exit(main())
