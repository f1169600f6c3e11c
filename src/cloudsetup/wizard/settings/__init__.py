"""The "Cloudabgleich" settings window: a side list of sections, each loading and saving alone.

:mod:`.window` is the frame, :mod:`.section` the small interface every section follows,
:mod:`.sections` the one list of the sections in their order (add a section there), and
:mod:`.context` what the sections share (the connection, the sync runner, the folders).
"""
