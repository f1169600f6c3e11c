"""cloudsetup: connect a trade business's office software to its cloud.

The desktop app (wizard, settings, device approval) lives in ``wizard``/``services``/``cloud``;
the reference cloud service in ``server``; both share the contract in ``models``.
"""

__version__ = "0.1.0"
