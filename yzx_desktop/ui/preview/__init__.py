"""The preview: a finished video with its controls, and frames taken from videos."""
