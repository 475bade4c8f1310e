"""The status bar: job counts, the connection, tray notifications."""
