"""Entry point of the frozen app: `fayan` with no arguments opens the window, else the CLI.

``multiprocessing.freeze_support()`` must run first: the import pipeline parses files in
``spawn`` child processes, which re-run this executable.
"""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from core.cli import main

    sys.exit(main())
