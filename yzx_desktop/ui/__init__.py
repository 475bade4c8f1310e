"""The Qt studio window (PySide6 + qasync). Only this package imports Qt."""
