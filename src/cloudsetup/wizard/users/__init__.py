"""Users and roles in the GUI: the "Benutzer & Rollen" section, its table and dialogs."""
