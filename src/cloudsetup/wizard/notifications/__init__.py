"""The notification recipients in the GUI: the one-address-a-line editor and its section."""
