"""The invitation of an admin user: its mail and the page where he sets up his access."""
