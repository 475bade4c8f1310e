"""Entry point of the frozen bundle."""

from yzx_desktop.cli import main

raise SystemExit(main())
