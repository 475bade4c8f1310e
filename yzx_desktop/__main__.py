"""Allow ``python -m yzx_desktop``."""

from yzx_desktop.cli import main

raise SystemExit(main())
