"""The OpenAPI document as the service really answers, with the links between operations.

FastAPI documents a 422 of every route with a body or parameters as its own
``HTTPValidationError`` (``detail`` a list), but :mod:`cloudsetup.server.errors` answers it
with an ``ErrorBody`` like every other error (``fields`` names the bad inputs). Clients and
the schema-based tests (``tests/server/test_api_fuzzing.py``) read the document, so it says so.

OpenAPI links say which answer names the object another operation takes (the id of a created
employee, invitation, fill job): what a client, or schemathesis' stateful run, follows.
"""

from __future__ import annotations

from typing import Any, Final

from fastapi import FastAPI

from cloudsetup.models import paths

_ERROR_BODY: Final = {"$ref": "#/components/schemas/ErrorBody"}
_FASTAPI_VALIDATION: Final = "#/components/schemas/HTTPValidationError"
_VALIDATION_DESCRIPTION: Final = (
    "validation_failed: the request is not valid; `fields` names each bad input and its reason"
)


# (method, path, status) of an answer -> (parameter, where the answer has it, operations taking it)
_LINKS: Final = (
    (
        ("post", paths.EMPLOYEES, "201"),
        "employee_id",
        "$response.body#/id",
        (
            ("get", paths.EMPLOYEE),
            ("put", paths.EMPLOYEE),
            ("delete", paths.EMPLOYEE),
            ("post", paths.EMPLOYEE_ACTIVATION),
            ("post", paths.EMPLOYEE_ACTIVATION_RESEND),
            ("put", paths.EMPLOYEE_PERMISSIONS),
            ("put", paths.EMPLOYEE_RANGE),
            ("delete", paths.EMPLOYEE_RANGE),
        ),
    ),
    (
        ("post", paths.INVITATIONS, "201"),
        "invitation_id",
        "$response.body#/id",
        (("post", paths.INVITATION_RESEND), ("post", paths.INVITATION_REVOKE)),
    ),
    (
        ("post", paths.INVITATIONS, "201"),
        "user_id",
        "$response.body#/user_id",
        (("get", paths.USER), ("put", paths.USER_ROLE), ("delete", paths.USER)),
    ),
    (
        ("post", paths.INVITATION_RESEND, "200"),
        "invitation_id",
        "$response.body#/id",
        (("post", paths.INVITATION_REVOKE),),
    ),
    (
        ("post", paths.FILL_JOBS, "201"),
        "job_id",
        "$response.body#/id",
        (
            ("get", paths.FILL_JOB),
            ("put", paths.FILL_BATCH),
            ("post", paths.FILL_COMMIT),
            ("post", paths.FILL_ABORT),
        ),
    ),
    (
        ("get", paths.DEVICES, "200"),
        "device_pk",
        "$response.body#/0/id",
        (
            ("post", paths.DEVICE_APPROVE),
            ("post", paths.DEVICE_REJECT),
            ("post", paths.DEVICE_REVOKE),
        ),
    ),
)


def _pointer(method: str, path: str) -> str:
    """The ``operationRef`` of an operation of this document (JSON pointer, RFC 6901)."""
    return "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method


def _document_links(document: dict[str, Any]) -> None:
    operations = document.get("paths", {})
    for (method, path, status), parameter, value, targets in _LINKS:
        response = operations[path][method]["responses"][status]
        links = response.setdefault("links", {})
        for target_method, target_path in targets:
            target = operations[target_path][target_method]
            links[target["operationId"]] = {
                "operationRef": _pointer(target_method, target_path),
                "parameters": {parameter: value},
            }


def _document_validation_errors(document: dict[str, Any]) -> None:
    for item in document.get("paths", {}).values():
        for operation in item.values():
            response = operation.get("responses", {}).get("422")
            if response is None:
                continue
            schema = response.get("content", {}).get("application/json", {}).get("schema", {})
            if schema.get("$ref") == _FASTAPI_VALIDATION:
                response["description"] = _VALIDATION_DESCRIPTION
                response["content"] = {"application/json": {"schema": _ERROR_BODY}}
    schemas = document.get("components", {}).get("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)


def document_error_bodies(app: FastAPI) -> None:
    """Make ``app.openapi()`` describe our 422 answers (built once, as FastAPI does)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = build()
            _document_validation_errors(document)
            _document_links(document)
        assert app.openapi_schema is not None  # noqa: S101 - FastAPI's build() sets it
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
