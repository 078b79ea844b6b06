"""``python -m desktop [FILE]`` opens the desktop app."""

import sys

from desktop.app import main

sys.exit(main())
