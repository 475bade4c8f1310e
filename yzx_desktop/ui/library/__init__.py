"""The library in the window: every prompt sent, and saved presets."""
