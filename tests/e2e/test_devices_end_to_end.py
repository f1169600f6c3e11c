"""A new phone from its sign-in to its first invoice in the office database, all real parts.

The office is the real GUI (the sync panel and the device-approval dialog, offscreen) on the
real services and a real SQLite office database, filled into the reference cloud over HTTP.
The phone is ``cloudsetup device``, the phone app's stand-in, as a real process. Nothing in
between is faked: what the admin clicks goes over HTTP to the cloud, what the phone sends comes
back into the office database through the office sync.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cloudsetup.localdata import OfficeDatabase
from cloudsetup.models import DeviceState, Employee
from cloudsetup.models.fill import Collection
from cloudsetup.models.money import invoice_totals, line_total_cents
from cloudsetup.wizard.devices.approval_dialog import DeviceApprovalDialog
from cloudsetup.wizard.sync.sync_panel import SyncPanel
from gui.device_world import PASSWORD, PREFIX, DeviceWorld
from gui.wizard_pages import WAIT_MS
from support.phone_cli import PENDING_EXIT, PhoneCli, no_traceback

_CODE = re.compile(r"Verification code: ([A-Z0-9]{6})")


def _phone(world: DeviceWorld, employee: Employee, tmp_path: Path) -> PhoneCli:
    return PhoneCli(
        state_dir=tmp_path / "phone",
        server_url=world.server.url,
        domain=world.tenant.domain,
        email=employee.email,
        password=PASSWORD,
        name="Max' Pixel",
    )


def _office_invoice(
    office_db: Path, number: str
) -> tuple[dict[str, object], list[dict[str, object]]]:
    """The invoice with ``number`` in the office database and its lines (by position)."""
    with OfficeDatabase(office_db) as office:
        invoices = [
            (record_id, data)
            for record_id, data in office.iter_records(Collection.INVOICES)
            if data["number"] == number
        ]
        assert len(invoices) == 1, f"{len(invoices)} invoices numbered {number}"
        invoice_id, invoice = invoices[0]
        lines = sorted(
            (
                data
                for _id, data in office.iter_records(Collection.INVOICE_LINES)
                if data["invoice_id"] == invoice_id
            ),
            key=lambda line: int(str(line["position"])),
        )
    return invoice, lines


def _sync_and_wait(qtbot: QtBot, panel: SyncPanel) -> None:
    with qtbot.waitSignal(panel.runner.succeeded, timeout=WAIT_MS):
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)


def test_new_phone_is_approved_after_a_sync_pulls_data_and_its_invoice_reaches_the_office(
    qtbot: QtBot, world: DeviceWorld, tmp_path: Path
) -> None:
    max_ = world.confirmed("Max Maler")
    world.allow_invoices(max_)
    world.fill()
    phone = _phone(world, max_, tmp_path)

    # The phone signs in: it waits for the office and shows its code.
    pending = phone.sign_in()
    no_traceback(pending)
    assert pending.returncode == PENDING_EXIT, pending.stderr
    match = _CODE.search(pending.stdout)
    assert match is not None, pending.stdout
    code = match.group(1)

    # The office syncs; the dialog opens by itself and lists the phone with the same code.
    runner = world.runner()
    approvals = world.approvals(runner)
    window = QWidget()  # the panel in a window of its own, as the settings window holds it
    window.setMinimumSize(620, 320)
    panel = SyncPanel(runner, approvals)
    QVBoxLayout(window).addWidget(panel)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: runner.overview is not None, timeout=WAIT_MS)
    with qtbot.waitSignal(approvals.dialog_opened, timeout=WAIT_MS) as opened:
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, DeviceApprovalDialog)
    qtbot.waitUntil(lambda: dialog.row_for("Max' Pixel") is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.approval_allowed, timeout=WAIT_MS)
    row = dialog.row_for("Max' Pixel")
    assert row is not None
    assert row.employee_label.text() == "Max Maler"
    assert row.code_label.text().replace(" ", "") == code

    # The admin approves; the row goes, the cloud holds the device as approved.
    assert row.approve_button.isEnabled()
    qtbot.mouseClick(row.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.row_for("Max' Pixel") is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    [device] = world.devices.list(employee_id=max_.id)
    assert device.state is DeviceState.APPROVED
    dialog.reject()

    # The phone asks again, gets its token and pulls the company data.
    approved = phone.sign_in()
    assert approved.returncode == 0, approved.stderr
    pulled = phone.run("pull")
    assert pulled.returncode == 0, pulled.stderr
    no_traceback(pulled)
    device_json = json.loads((phone.state_dir / "device.json").read_text(encoding="utf-8"))
    assert device_json["cursor"], "the phone keeps where its pull ended"
    with OfficeDatabase(world.office_db) as office:
        customers = office.count(Collection.CUSTOMERS)
        customer_id, _data = next(office.iter_records(Collection.CUSTOMERS))
    assert re.search(rf"^Customers: {customers} ", pulled.stdout, re.MULTILINE), pulled.stdout

    # It writes an invoice with the first number of Max's range.
    number = f"{PREFIX}1"
    pushed = phone.run(
        "push-invoice",
        "--customer",
        customer_id,
        "--number",
        number,
        "--date",
        "2026-03-16",
        "--line",
        "Wand streichen;12,5;m²;18,90;19",
        "--line",
        "Anfahrt;1;Pauschale;35,00;19",
    )
    no_traceback(pushed)
    assert pushed.returncode == 0, pushed.stderr
    assert number in pushed.stdout

    # The office syncs again: the invoice is in the office database, exactly once.
    _sync_and_wait(qtbot, panel)
    invoice, lines = _office_invoice(world.office_db, number)
    totals = [line_total_cents(1250, 1890), line_total_cents(100, 3500)]
    net, vat, gross = invoice_totals((total, 19) for total in totals)
    assert invoice["customer_id"] == customer_id
    assert invoice["date"] == "2026-03-16"
    assert (invoice["net_cents"], invoice["vat_cents"], invoice["gross_cents"]) == (net, vat, gross)
    assert [line["text"] for line in lines] == ["Wand streichen", "Anfahrt"]
    assert [line["line_total_cents"] for line in lines] == totals
    assert runner.overview is not None
    assert runner.overview.everything_synced

    # A further sync changes nothing: the invoice is not fetched twice, nor echoed back.
    _sync_and_wait(qtbot, panel)
    _office_invoice(world.office_db, number)
    assert panel.panel.message_label.text() == "Synchronisiert: Es hatte sich nichts geändert."
