"""``python -m cloudsetup`` is the same as the ``cloudsetup`` command."""

import sys

from cloudsetup.cli import main

sys.exit(main())
