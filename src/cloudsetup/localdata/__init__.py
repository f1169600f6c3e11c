"""The office data that is uploaded to the cloud: a documented SQLite office database.

Plain Python and sqlite3, no Qt and no network. See ``docs/office-database.md``.
"""

from cloudsetup.localdata.csv_import import CsvFolderProblem, CsvFolderResult, import_csv_folder
from cloudsetup.localdata.database import OfficeDatabase
from cloudsetup.localdata.demo_data import generate_demo_data, plan_counts

__all__ = [
    "CsvFolderProblem",
    "CsvFolderResult",
    "OfficeDatabase",
    "generate_demo_data",
    "import_csv_folder",
    "plan_counts",
]
