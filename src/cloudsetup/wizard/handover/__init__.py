"""The partner's handover assistant "Für Kunden vorbereiten / Übergabe" (seed 003)."""
