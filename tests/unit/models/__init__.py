"""Unit tests of the shared API contract: identifiers, models and the domain-data parser."""
