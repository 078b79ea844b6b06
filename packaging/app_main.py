"""The standalone app's entry (PyInstaller): the desktop app, or ``--smoke-test FOLDER``."""

import sys

from desktop.app import main

sys.exit(main())
