"""What ``cloudsetup device`` reads from its user, and how ``signin --wait`` waits.

Invoice lines are given as ``"text;quantity;unit;unit price;vat"`` with German (``2,5``,
``18,90``) or English (``2.5``, ``18.90``) decimals, the price in euros; a line that cannot be
read raises :class:`InputError` with a translatable message naming the line and the part.
"""

from __future__ import annotations

import datetime as dt
import getpass
import sys
import time
from collections.abc import Callable
from typing import Final, TextIO

from pydantic import ValidationError

from cloudsetup.localdata.csv_values import BadValueError, Kind, parse
from cloudsetup.models import DeviceSignInResult, DeviceState, InvoiceLineIn, Platform
from cloudsetup.services.text import QT_TRANSLATE_NOOP, Text

#: Seconds between two sign-ins while waiting, at least (whatever the cloud says).
MIN_POLL: Final = 1.0

#: What is wrong with each part of a line, by part.
_BAD_PART: Final = {
    "text": QT_TRANSLATE_NOOP("DeviceCommand", "Line {position}: the text is empty."),
    "unit": QT_TRANSLATE_NOOP("DeviceCommand", "Line {position}: the unit is empty."),
    "quantity": QT_TRANSLATE_NOOP(
        "DeviceCommand",
        'Line {position}: the quantity "{value}" is not a number with at most two decimals.',
    ),
    "price": QT_TRANSLATE_NOOP(
        "DeviceCommand",
        'Line {position}: the unit price "{value}" is not an amount in euros, like 18,90.',
    ),
    "vat": QT_TRANSLATE_NOOP(
        "DeviceCommand", 'Line {position}: the VAT rate "{value}" is not 19, 7 or 0.'
    ),
}


class InputError(Exception):
    """Input the command cannot use; ``message`` says what is wrong, translatable."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.english())
        self.message = message


def parse_line(text: str, position: int) -> InvoiceLineIn:
    """``"text;quantity;unit;unit price;vat"`` as invoice line ``position``."""
    parts = [part.strip() for part in text.split(";")]
    if len(parts) != 5:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "DeviceCommand",
                'Line {position} needs five parts separated by ";": text;quantity;unit;unit '
                "price;VAT rate (it has {count}).",
            ).format(position=position, count=len(parts))
        )
    words, quantity, unit, price, vat = parts
    for name, value in (("text", words), ("unit", unit)):
        if not value:
            raise InputError(_bad(position, name, value))
    values = {
        "position": position,
        "text": words,
        "unit": unit,
        "quantity_centi": _number(position, "quantity", quantity, Kind.QUANTITY),
        "unit_price_cents": _number(position, "price", price, Kind.EUROS),
        "vat_rate": _number(position, "vat", vat, Kind.RATE),
    }
    try:
        return InvoiceLineIn.model_validate(values)
    except ValidationError as exc:  # too long a text, an absurd amount
        names = ", ".join(str(error["loc"][0]) for error in exc.errors())
        raise InputError(
            QT_TRANSLATE_NOOP("DeviceCommand", "Line {position} cannot be used ({names}).").format(
                position=position, names=names
            )
        ) from None


def _number(position: int, name: str, text: str, kind: Kind) -> int:
    try:
        value = parse(kind, text)
    except BadValueError:
        raise InputError(_bad(position, name, text)) from None
    if not isinstance(value, int):  # these kinds always give one
        raise InputError(_bad(position, name, text))
    return value


def _bad(position: int, part: str, value: str) -> Text:
    return _BAD_PART[part].format(position=position, value=value)


def parse_date(text: str | None) -> dt.date:
    """``YYYY-MM-DD`` or ``TT.MM.JJJJ``; today when not given."""
    if not text:
        return dt.date.today()
    try:
        value = parse(Kind.DATE, text.strip())
    except BadValueError:
        raise InputError(
            QT_TRANSLATE_NOOP("DeviceCommand", 'The date "{value}" cannot be read.').format(
                value=text
            )
        ) from None
    return dt.date.fromisoformat(str(value))


def this_platform() -> Platform:
    """The platform of the computer this runs on."""
    if sys.platform.startswith("win"):
        return Platform.WINDOWS
    if sys.platform == "darwin":
        return Platform.MACOS
    if sys.platform.startswith("linux"):
        return Platform.LINUX
    return Platform.OTHER


def read_password(*, from_stdin: bool, prompt: str, stdin: TextIO | None = None) -> str:
    """The password from one line of stdin, or asked for without echo; never from argv."""
    if from_stdin:
        line = (stdin or sys.stdin).readline()
        return line.rstrip("\r\n")
    return getpass.getpass(prompt)


def wait_for_approval(
    sign_in: Callable[[], DeviceSignInResult],
    *,
    wait: float,
    on_pending: Callable[[DeviceSignInResult], None],
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> DeviceSignInResult:
    """Sign in, and while pending again every ``poll_after`` seconds until ``wait`` is over.

    ``on_pending`` sees every pending answer. The last answer is returned: approved, or
    still pending when the time is up.
    """
    deadline = clock() + max(wait, 0.0)
    while True:
        result = sign_in()
        if result.state is not DeviceState.PENDING:
            return result
        on_pending(result)
        left = deadline - clock()
        if left <= 0:
            return result
        sleep(min(max(float(result.poll_after), MIN_POLL), left))
