"""The office data that is uploaded to the cloud: a documented SQLite office database.

Plain Python and sqlite3, no Qt and no network. The schema is documented in
``docs/office-database.md``; :func:`generate_demo_data` writes realistic German demo data of
any size, :func:`import_csv_folder` reads a folder of CSV exports.
"""

from cloudsetup.localdata.csv_import import (
    CsvFolderError,
    CsvFolderProblem,
    CsvFolderResult,
    import_csv_folder,
)
from cloudsetup.localdata.database import OfficeDatabase
from cloudsetup.localdata.demo_data import generate_demo_data, plan_counts
from cloudsetup.localdata.errors import OfficeDataError, RecordRefusedError

__all__ = [
    "CsvFolderError",
    "CsvFolderProblem",
    "CsvFolderResult",
    "OfficeDataError",
    "OfficeDatabase",
    "RecordRefusedError",
    "generate_demo_data",
    "import_csv_folder",
    "plan_counts",
]
