"""``cloudsetup device``: the phone app's stand-in for the demo and the tests.

``signin`` signs the device in (pending until the office approves it, with the verification
code the approval dialog shows too; ``--wait`` keeps asking); ``status`` says who the device is
and what it holds; ``pull`` fetches what changed since the last pull into the device's copy;
``push-invoice`` sends an invoice written "on the device"; ``reset`` empties the copy so the
next pull starts from the beginning. The state is in ``--state-dir`` (see
:mod:`cloudsetup.device_store`); the device token goes to the OS keyring, or only when asked
for with ``--token-file`` to a file only the user can read.

Exit codes: 0 done (``signin``: approved); 1 failed (the message says why and what to do); 2
input that cannot be used; 3 not signed in or not approved yet; 4 no keyring for the token
(give ``--token-file``); 5 still waiting for the approval; 130 cancelled.
"""

from __future__ import annotations

import argparse
import platform
import sys
import uuid
from collections.abc import Callable
from typing import Final

from cloudsetup.cloud import CloudError, DeviceClient, NotSignedIn
from cloudsetup.command_support import Output
from cloudsetup.device_input import (
    InputError,
    parse_date,
    parse_line,
    read_password,
    this_platform,
    wait_for_approval,
)
from cloudsetup.device_store import (
    DeviceConfig,
    DeviceFolder,
    FileTokenStore,
    KeyringTokenStore,
    StateFolderError,
    TokenStore,
)
from cloudsetup.models import (
    DeviceInvoiceIn,
    DeviceSignIn,
    DeviceSignInResult,
    DeviceState,
    IdentifierError,
    Platform,
    check_domain,
    check_email,
    check_server_url,
)
from cloudsetup.models.devices import check_device_name
from cloudsetup.services.errors import user_error_from
from cloudsetup.services.fill_progress import COLLECTION_LABELS
from cloudsetup.services.secrets import SecretStoreUnavailable
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_NOT_SIGNED_IN: Final = 3
EXIT_NO_KEYRING: Final = 4
EXIT_PENDING: Final = 5
EXIT_CANCELLED: Final = 130


class _Stop(Exception):  # noqa: N818 - ends a command with its exit code after its message
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def run_device_command(args: argparse.Namespace, output: Output) -> int:
    """Run ``cloudsetup device <action>``; returns the exit code (see the module docstring)."""
    command = _Command(args, output)
    try:
        return command.run()
    except _Stop as stop:
        return stop.code
    except KeyboardInterrupt:
        print(output.tr(_CANCELLED), file=sys.stderr)
        return EXIT_CANCELLED
    except Exception as exc:  # a last line of defence: one line, never a traceback
        output.error(exc, sys.stderr)
        return EXIT_FAILED


class _Command:
    def __init__(self, args: argparse.Namespace, output: Output) -> None:
        self.args = args
        self.out = output
        self.folder = DeviceFolder(args.state_dir)

    def run(self) -> int:
        action = self.args.device_action
        try:
            if action == "signin":
                return self.sign_in()
            config = self.config()
            if action == "status":
                return self.status(config)
            if action == "pull":
                return self.pull(config)
            if action == "push-invoice":
                return self.push_invoice(config)
            return self.reset(config)
        except CloudError as exc:
            self.out.error(user_error_from(exc), sys.stderr)
            return EXIT_FAILED
        except NotSignedIn:
            self.say(_NOT_APPROVED, error=True)
            return EXIT_NOT_SIGNED_IN
        except InputError as exc:
            print(self.out.tr(exc.message), file=sys.stderr)
            return EXIT_USAGE
        except StateFolderError as exc:
            self.say(_STATE_BROKEN.format(reason=str(exc)), error=True)
            return EXIT_FAILED

    def say(self, text: Text, *, error: bool = False) -> None:
        print(self.out.tr(text), file=sys.stderr if error else sys.stdout, flush=True)

    # -- state -------------------------------------------------------------------------------

    def config(self) -> DeviceConfig:
        config = self.folder.load()
        if config is None:
            self.say(_NO_STATE.format(path=str(self.folder.path)), error=True)
            raise _Stop(EXIT_NOT_SIGNED_IN)
        return config

    def tokens(self, config: DeviceConfig) -> TokenStore:
        """The token store, checked: without a usable keyring the command stops here."""
        store: TokenStore
        if self.args.token_file is not None:
            store = FileTokenStore(self.args.token_file)
        else:
            store = KeyringTokenStore(config)
        try:
            store.get()
        except SecretStoreUnavailable as exc:
            self.say(
                _NO_KEYRING.format(reason=self.out.tr(exc.to_user_error().message)), error=True
            )
            raise _Stop(EXIT_NO_KEYRING) from exc
        return store

    def client(self, config: DeviceConfig, tokens: TokenStore | None = None) -> DeviceClient:
        token = tokens.get() if tokens is not None else None
        return DeviceClient(config.server_url, ca_file=self.args.ca_file, device_token=token)

    # -- signin ------------------------------------------------------------------------------

    def sign_in(self) -> int:
        config = self._signin_config()
        tokens = self.tokens(config)
        password = read_password(
            from_stdin=self.args.password_stdin,
            prompt=self.out.tr(QT_TRANSLATE_NOOP("DeviceCommand", "Password: ")),
        )
        if not password:
            self.say(QT_TRANSLATE_NOOP("DeviceCommand", "The password is empty."), error=True)
            return EXIT_USAGE
        self.folder.save(config)  # the device id stays the same from the first try on
        request = DeviceSignIn.model_construct(
            domain=config.domain,
            email=config.email,
            password=password,
            device_id=config.device_id,
            device_name=config.name,
            platform=config.platform,
        )
        shown: set[str] = set()

        def pending(result: DeviceSignInResult) -> None:
            if result.verification_code not in shown:
                shown.add(result.verification_code)
                self.say(_PENDING.format(code=result.verification_code))

        with DeviceClient(config.server_url, ca_file=self.args.ca_file) as client:
            result = wait_for_approval(
                lambda: client.sign_in(request), wait=self.args.wait or 0, on_pending=pending
            )
        if result.state is not DeviceState.APPROVED or not result.device_token:
            return EXIT_PENDING
        tokens.set(result.device_token)
        self.say(_APPROVED.format(employee=result.employee_name, company=result.company))
        return EXIT_OK

    def _signin_config(self) -> DeviceConfig:
        args = self.args
        stored = self.folder.load()
        default_name = f"cloudsetup {platform.node() or 'device'}"[:80]
        known = (stored.server_url, stored.domain, stored.email) if stored else ("", "", "")
        server = self._checked("--server", check_server_url, args.server, known[0])
        domain = self._checked("--domain", check_domain, args.domain, known[1])
        email = self._checked("--email", check_email, args.email, known[2])
        name = self._checked(
            "--name", check_device_name, args.name, stored.name if stored else default_name
        )
        chosen = Platform(args.platform) if args.platform else None
        if stored is not None and (stored.server_url, stored.domain, stored.email) == (
            server,
            domain,
            email,
        ):
            return stored.model_copy(update={"name": name, "platform": chosen or stored.platform})
        # A first sign-in, or another account: the same device, an empty copy.
        device_id = stored.device_id if stored is not None else str(uuid.uuid4())
        with self.folder.records() as records:
            records.clear()
        return DeviceConfig(
            server_url=server,
            domain=domain,
            email=email,
            device_id=device_id,
            name=name,
            platform=chosen or this_platform(),
        )

    def _checked(
        self, option: str, check: Callable[[str], str], given: str | None, stored: str | None
    ) -> str:
        """``given`` (else what the state folder holds) as ``check`` accepts it."""
        try:
            return check(given or stored or "")
        except IdentifierError as exc:
            self.say(_BAD_SIGNIN.format(option=option, reason=str(exc)), error=True)
            raise _Stop(EXIT_USAGE) from None

    # -- status, pull, reset -----------------------------------------------------------------

    def status(self, config: DeviceConfig) -> int:
        tr = self.out.tr
        self.say(_WHO.format(name=config.name, email=config.email, domain=config.domain))
        tokens = self.tokens(config)
        with self.client(config, tokens) as client:
            me = client.me()
        yes, no = tr(_YES), tr(_NO)
        self.say(
            _STATUS.format(
                employee=me.employee_name,
                company=me.company,
                invoices=yes if me.may_create_invoices else no,
                filled=yes if me.filled else no,
            )
        )
        self._print_counts(config, {})
        return EXIT_OK

    def pull(self, config: DeviceConfig) -> int:
        tokens = self.tokens(config)
        received: dict[str, tuple[int, int]] = {}
        with self.client(config, tokens) as client, self.folder.records() as records:
            if self.args.reset:
                records.clear()
                config = config.model_copy(update={"cursor": None})
            for _ in range(100_000):
                page = client.pull(cursor=config.cursor, limit=self.args.limit)
                if page.reset:
                    received.clear()
                records.apply(page)
                for change in page.changes:
                    done = received.get(change.collection.value, (0, 0))
                    received[change.collection.value] = (
                        (done[0], done[1] + 1) if change.deleted else (done[0] + 1, done[1])
                    )
                config = config.model_copy(update={"cursor": page.cursor})
                self.folder.save(config)
                if not page.more:
                    break
        self._print_counts(config, received)
        return EXIT_OK

    def reset(self, config: DeviceConfig) -> int:
        with self.folder.records() as records:
            records.clear()
        self.folder.save(config.model_copy(update={"cursor": None}))
        self.say(
            QT_TRANSLATE_NOOP(
                "DeviceCommand", "The local copy is empty; the next pull fetches everything again."
            )
        )
        return EXIT_OK

    def _print_counts(self, config: DeviceConfig, received: dict[str, tuple[int, int]]) -> None:
        with self.folder.records() as records:
            counts = records.counts()
        for collection, held in counts.items():
            label = self.out.tr(COLLECTION_LABELS[collection])
            written, deleted = received.get(collection.value, (0, 0))
            self.say(
                _COUNT.format(
                    label=label,
                    held=self.out.number(held),
                    received=self.out.number(written),
                    deleted=self.out.number(deleted),
                )
            )

    # -- push-invoice ------------------------------------------------------------------------

    def push_invoice(self, config: DeviceConfig) -> int:
        args = self.args
        lines = [parse_line(text, position) for position, text in enumerate(args.line, 1)]
        fields = {
            "number": args.number.strip(),
            "date": parse_date(args.date).isoformat(),
            "customer_id": args.customer,
            "project_id": args.project,
            "lines": [line.model_dump(mode="json") for line in lines],
        }
        unsent = config.unsent.get(fields["number"])
        same = unsent is not None and {k: v for k, v in unsent.items() if k != "id"} == fields
        invoice_id = str(unsent["id"]) if same and unsent else str(uuid.uuid4())
        try:
            invoice = DeviceInvoiceIn.model_validate({"id": invoice_id, **fields})
        except ValueError as exc:
            self.say(_BAD_INVOICE.format(reason=str(exc).splitlines()[0]), error=True)
            return EXIT_USAGE
        tokens = self.tokens(config)
        # Kept until the cloud confirms it: sent again, it is the same invoice, not a second.
        config.unsent[invoice.number] = invoice.model_dump(mode="json")
        self.folder.save(config)
        with self.client(config, tokens) as client:
            accepted = client.push_invoice(invoice)
        config.unsent.pop(invoice.number, None)
        self.folder.save(config)
        net, vat, gross = invoice.totals()
        money = self.out.money
        self.say(
            _ACCEPTED.format(
                number=accepted.number,
                net=money(net),
                vat=money(vat),
                gross=money(gross),
                lines=len(invoice.lines),
            )
        )
        return EXIT_OK


_CANCELLED: Final = QT_TRANSLATE_NOOP("DeviceCommand", "Cancelled.")
_NO_STATE: Final = QT_TRANSLATE_NOOP(
    "DeviceCommand",
    'No device has signed in with the state folder {path} yet. Run "cloudsetup device signin" '
    "first.",
)
_STATE_BROKEN: Final = QT_TRANSLATE_NOOP(
    "DeviceCommand", "The state of this device cannot be used: {reason}"
)
_NOT_APPROVED: Final = QT_TRANSLATE_NOOP(
    "DeviceCommand",
    'This device has not been approved yet. Run "cloudsetup device signin" once the office '
    "has approved it.",
)
_NO_KEYRING: Final = QT_TRANSLATE_NOOP(
    "DeviceCommand",
    "{reason} The device token cannot be kept safely. Give --token-file FILE to keep it in a "
    "file that only you can read.",
)
_BAD_SIGNIN: Final = QT_TRANSLATE_NOOP(
    "DeviceCommand", "{option} cannot be used: {reason}. Give it, or sign in once with it."
)
_BAD_INVOICE: Final = QT_TRANSLATE_NOOP("DeviceCommand", "The invoice cannot be used: {reason}")
_PENDING: Final = QT_TRANSLATE_NOOP(
    "DeviceCommand",
    "Waiting for the office to approve this device. Verification code: {code} (the office "
    'sees the same code under "Allow new devices").',
)
_APPROVED: Final = QT_TRANSLATE_NOOP(
    "DeviceCommand", "This device is approved: {employee} at {company}."
)
_WHO: Final = QT_TRANSLATE_NOOP("DeviceCommand", 'Device "{name}" of {email} at {domain}')
_STATUS: Final = QT_TRANSLATE_NOOP(
    "DeviceCommand",
    "Approved for {employee} at {company}; may write invoices: {invoices}; the cloud holds "
    "data: {filled}",
)
_YES: Final = QT_TRANSLATE_NOOP("DeviceCommand", "yes")
_NO: Final = QT_TRANSLATE_NOOP("DeviceCommand", "no")
_COUNT: Final = QT_TRANSLATE_NOOP(
    "DeviceCommand", "{label}: {held} (received {received}, deleted {deleted})"
)
_ACCEPTED: Final = QT_TRANSLATE_NOOP(
    "DeviceCommand",
    "Invoice {number} accepted: net {net}, VAT {vat}, gross {gross} ({lines} lines).",
)
