"""Async client for OpenAI-compatible video relays (no Qt): client, errors, normalising."""
