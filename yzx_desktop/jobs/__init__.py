"""Job store and engine: create → poll → download, persisted in SQLite (no Qt)."""
