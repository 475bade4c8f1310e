"""Media the app prepares or reads locally: image inputs and video frames (no Qt)."""
