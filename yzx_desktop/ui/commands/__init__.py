"""Job commands (one QObject, async slots) and the actions built from them."""
