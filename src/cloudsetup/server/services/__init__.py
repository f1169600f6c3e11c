"""The service layer under the routes: plain functions over a SQLAlchemy session."""
