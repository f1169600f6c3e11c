"""The HTTP layer: dependencies and thin routes over the service layer."""
