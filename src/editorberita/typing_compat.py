"""``@override`` without loading typing_extensions at start-up (it costs ~10 ms to import).

Type checkers see ``typing_extensions.override``; at run time this is the same marker function
(``typing.override`` arrives with Python 3.12). May import the standard library only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from typing_extensions import override
else:
    _F = TypeVar("_F")

    def override(method: _F) -> _F:
        """Mark a method as overriding its base class's (checked by type checkers)."""
        method.__override__ = True  # as typing_extensions does, for introspection
        return method

__all__ = ["override"]
