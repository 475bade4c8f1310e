"""Dialogs: settings, first run, job details, about, the connection test."""
