"""The URL paths of the cloud API, in one place for the server's routes and the client."""

from __future__ import annotations

from typing import Final

API_PREFIX: Final = "/api/v1"

HEALTH: Final = f"{API_PREFIX}/health"
AUTH_LOGIN: Final = f"{API_PREFIX}/auth/login"
AUTH_REFRESH: Final = f"{API_PREFIX}/auth/refresh"
AUTH_LOGOUT: Final = f"{API_PREFIX}/auth/logout"
ME: Final = f"{API_PREFIX}/me"
TENANT: Final = f"{API_PREFIX}/tenant"

EMPLOYEES: Final = f"{API_PREFIX}/employees"
EMPLOYEE: Final = f"{API_PREFIX}/employees/{{employee_id}}"
EMPLOYEE_ACTIVATION: Final = f"{API_PREFIX}/employees/{{employee_id}}/activation"
EMPLOYEE_ACTIVATION_RESEND: Final = f"{API_PREFIX}/employees/{{employee_id}}/activation/resend"
EMPLOYEE_PERMISSIONS: Final = f"{API_PREFIX}/employees/{{employee_id}}/permissions"
EMPLOYEE_RANGE: Final = f"{API_PREFIX}/employees/{{employee_id}}/range"
RANGES: Final = f"{API_PREFIX}/ranges"
OFFICE_RANGE: Final = f"{API_PREFIX}/ranges/office"
RANGE_SUGGESTION: Final = f"{API_PREFIX}/ranges/suggestion"

# The consent pages are HTML for the employee's browser, outside the JSON API.
CONSENT_PAGE: Final = "/consent/{token}"
CONSENT_RENEW: Final = "/consent/{token}/renew"

FILL_JOBS: Final = f"{API_PREFIX}/fill/jobs"
FILL_JOB: Final = f"{API_PREFIX}/fill/jobs/{{job_id}}"
FILL_BATCH: Final = f"{API_PREFIX}/fill/jobs/{{job_id}}/batches/{{seq}}"
FILL_COMMIT: Final = f"{API_PREFIX}/fill/jobs/{{job_id}}/commit"
FILL_ABORT: Final = f"{API_PREFIX}/fill/jobs/{{job_id}}/abort"
FILL_STATUS: Final = f"{API_PREFIX}/fill/status"

# Devices: the admin's side (list, approve, reject, revoke) ...
DEVICES: Final = f"{API_PREFIX}/devices"
DEVICE: Final = f"{API_PREFIX}/devices/{{device_pk}}"
DEVICE_APPROVE: Final = f"{API_PREFIX}/devices/{{device_pk}}/approve"
DEVICE_REJECT: Final = f"{API_PREFIX}/devices/{{device_pk}}/reject"
DEVICE_REVOKE: Final = f"{API_PREFIX}/devices/{{device_pk}}/revoke"
# ... and the device's own side (its sign-in, then calls with its device token).
DEVICE_SIGNIN: Final = f"{API_PREFIX}/device/signin"
DEVICE_ME: Final = f"{API_PREFIX}/device/me"
DEVICE_RECORDS: Final = f"{API_PREFIX}/device/records"
DEVICE_INVOICES: Final = f"{API_PREFIX}/device/invoices"

# The office sync after the fill.
SYNC_STATUS: Final = f"{API_PREFIX}/sync/status"
SYNC_CHANGES: Final = f"{API_PREFIX}/sync/changes"
SYNC_INBOX: Final = f"{API_PREFIX}/sync/inbox"

# Admin users and roles, invitations, the partner's handover (issue 6) ...
USERS: Final = f"{API_PREFIX}/users"
USER: Final = f"{API_PREFIX}/users/{{user_id}}"
USER_ROLE: Final = f"{API_PREFIX}/users/{{user_id}}/role"
INVITATIONS: Final = f"{API_PREFIX}/invitations"
INVITATION_RESEND: Final = f"{API_PREFIX}/invitations/{{invitation_id}}/resend"
INVITATION_REVOKE: Final = f"{API_PREFIX}/invitations/{{invitation_id}}/revoke"
HANDOVER: Final = f"{API_PREFIX}/handover"
# ... the notification recipients and the audit log.
NOTIFICATION_RECIPIENTS: Final = f"{API_PREFIX}/notifications/recipients"
AUDIT: Final = f"{API_PREFIX}/audit"
# The invitation page (HTML, like the consent page): the invited person sets his access there.
INVITATION_PAGE: Final = "/invitation/{token}"
