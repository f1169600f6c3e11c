"""Helpers shared by the test folders (imported as ``support``; ``tests/`` is on sys.path)."""
