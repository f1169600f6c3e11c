"""The Qt desktop UI: the setup wizard, its pages, the settings window and the worker helper.

Qt only: the wizard talks to the cloud through :mod:`cloudsetup.services`, never through
httpx, a database or the keyring directly (import-linter keeps it so). Entry points for the
composition roots: :func:`cloudsetup.wizard.launcher.run_gui` and
:func:`cloudsetup.wizard.screenshots.render_screenshots`. Nothing is imported here, so
``cloudsetup --help`` works without loading Qt.
"""
