"""Where the ontology and the named queries live, in a source checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """``ontology`` or ``queries``: bundled as ``kg/_data/NAME`` in wheels, at the repository root in a checkout."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"industry-kg resource folder {name!r} is missing from the installation")
