"""Tests of the test infrastructure: real PostgreSQL, SMTP and browser fixtures."""
