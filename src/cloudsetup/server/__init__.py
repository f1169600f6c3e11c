"""The reference cloud service: a FastAPI app over SQLAlchemy, with Alembic migrations.

``main.create_app`` builds the ASGI app, ``embedded.EmbeddedServer`` runs it in-process on
127.0.0.1 (the demo and the tests use it), and ``cli.main`` is the ``cloudsetup-server`` command.
"""
