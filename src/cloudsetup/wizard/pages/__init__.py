"""The wizard's pages: page 1 (credentials) and the steps 2–4 that come next."""
