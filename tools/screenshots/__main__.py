"""``python -m tools.screenshots [FOLDER] [--only main export merge]``: render the docs' screenshots."""

from __future__ import annotations

import argparse
from pathlib import Path

from tools.screenshots import DEFAULT_FOLDER, export_dialog, history, main_window, merge, plans

SETS = {"main": main_window.take, "export": export_dialog.take, "merge": merge.take, "history": history.take,
        "plans": plans.take}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots", description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER,
                        help="where the PNG files go (default: docs/screenshots)")
    parser.add_argument("--only", nargs="+", choices=sorted(SETS), default=list(SETS),
                        help="main: the main window and the overviews; export: the export dialog; "
                             "merge: the merge window, the conflicts, a review and its to-do; "
                             "history: a record's history at headquarters; plans: Add plan and the window on the "
                             "EXAMPLE plan 2026–2029")
    args = parser.parse_args(argv)
    for name in args.only:
        for shot in SETS[name](args.folder):
            print(shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
