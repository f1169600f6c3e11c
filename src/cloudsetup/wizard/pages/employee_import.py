"""The CSV import of page 2: a preview of the rows and the problems, then a summary.

The file is read by :meth:`EmployeeService.read_csv` on a worker (the page does that); this
dialog only shows what was read: the employees that can be imported, and every line that
cannot, with its line number and the reason, so the admin can fix the file or go on without.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cloudsetup.services.csv_import import CsvImport, CsvProblem
from cloudsetup.services.employees import ImportResult
from cloudsetup.wizard.messages import describe, translate
from cloudsetup.wizard.pages.dialogs import size_by_content


def problem_text(problem: CsvProblem) -> str:
    """``Line 4 (e-mail): The e-mail address is not valid.`` in the UI language."""
    message = translate(problem.message)
    if problem.field:
        return QCoreApplication.translate(
            "EmployeeImport", "Line {line} ({field}): {message}"
        ).format(line=problem.line, field=_field_name(problem.field), message=message)
    return QCoreApplication.translate("EmployeeImport", "Line {line}: {message}").format(
        line=problem.line, message=message
    )


def _field_name(field: str) -> str:
    names = {
        "name": QCoreApplication.translate("EmployeeImport", "name"),
        "email": QCoreApplication.translate("EmployeeImport", "e-mail"),
        "is_owner": QCoreApplication.translate("EmployeeImport", "boss/owner"),
        "employee_number": QCoreApplication.translate("EmployeeImport", "employee no."),
        "mobile": QCoreApplication.translate("EmployeeImport", "mobile"),
        "language": QCoreApplication.translate("EmployeeImport", "language"),
    }
    return names.get(field, field)


def summary_text(result: ImportResult) -> tuple[str, str | None]:
    """The message and the details (``None`` when nothing failed) after an import."""
    message = QCoreApplication.translate(
        "EmployeeImport",
        "Import finished: {added} added, {skipped} already present, {failed} failed.",
    ).format(added=len(result.added), skipped=len(result.skipped), failed=len(result.failed))
    if not result.failed:
        return message, None
    lines = []
    for entry, error in result.failed:
        text, _hint = describe(error)
        lines.append(f"{entry.name} <{entry.email}>: {text}")
    return message, "\n".join(lines)


class ImportPreviewDialog(QDialog):
    """What the file holds; "Import" adds the good rows, the bad lines are listed apart."""

    def __init__(self, data: CsvImport, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import employees"))
        self.data = data

        intro = QLabel(
            self.tr("{file}: {good} employee(s) can be imported.").format(
                file=file_name, good=len(data.entries)
            )
        )
        intro.setObjectName("importIntro")
        intro.setWordWrap(True)
        self.table = QTableWidget(len(data.entries), 3)
        self.table.setObjectName("importRows")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("E-mail"), self.tr("Boss/owner")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(data.entries):
            self.table.setItem(row, 0, QTableWidgetItem(entry.name))
            self.table.setItem(row, 1, QTableWidgetItem(entry.email))
            self.table.setItem(row, 2, QTableWidgetItem(self.tr("yes") if entry.is_owner else ""))

        self.problems_label = QLabel(
            self.tr("These lines cannot be imported; fix them in the file and import it again:")
        )
        self.problems_label.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.addItems([problem_text(problem) for problem in data.problems])
        self.problems_label.setVisible(bool(data.problems))
        self.problems.setVisible(bool(data.problems))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(bool(data.entries))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        size_by_content(self, 620)
        self.resize(620, 440)
