"""YZX Video Studio: prompt-to-video desktop client for OpenAI-compatible relays."""

__version__ = "0.1.0"
APP_NAME = "YZX Video Studio"
