"""Addresses on the writer's own computer (``C:\\Users\\rina\\...``, ``/home/...``, ``file:``).

They show nothing to readers and tell them the writer's user name, so no export publishes
them (``core.render``, ``core.mdsanitize``) and the check names them (``core.checks``).
Pure stdlib: the check panel imports it before Markdown loads.
"""

from __future__ import annotations

import html
import re

# A drive, a share, a home or system folder, or file:.
LOCAL_PATH = re.compile(r"^\s*(?:file:|[A-Za-z]:[\\/]|\\|~[\\/]"
                        r"|/(?:home|Users|root|tmp|mnt|media|Volumes|var|etc|private)/)",
                        re.IGNORECASE)
_ADDRESSES = re.compile(r"\]\(\s*<?([^)\s>]+)|^ {0,3}\[[^\]\n]+\]:[ \t]*<?(\S+?)>?$"
                        r"|\b(?:src|href)\s*=\s*[\"']?([^\"'\s>]+)", re.MULTILINE | re.IGNORECASE)


def local_references(body: str) -> list[tuple[int, int, str]]:
    """Return (start, end, address) of every link or picture pointing at the writer's computer.

    Exports leave them out; the check and the export summary name them so the desk can put
    the picture in or link the published page instead.
    """
    found = []
    for match in _ADDRESSES.finditer(body):
        group = next(g for g in range(1, 4) if match.group(g) is not None)
        address = match.group(group)
        if LOCAL_PATH.match(html.unescape(address)):
            found.append((match.start(group), match.end(group), address))
    return found
