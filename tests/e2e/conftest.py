"""End-to-end tests drive the real GUI against the real cloud.

They share the GUI tests' fixtures (offscreen Qt, any Qt warning fails, workers drained, an
in-memory keyring and the real SetupService); importing them here makes them apply here too.
"""

from gui.conftest import (  # noqa: F401 - fixtures are found by name
    _drain_workers,
    _fail_on_qt_warnings,
    _gui_thread_gc,
    _isolated_cache,
    config_dir,
    german,
    memory_keyring,
    service,
    world,
)
