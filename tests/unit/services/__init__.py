"""Unit tests of the service layer, with small fakes for the cloud client and the keyring."""
