"""The one script an exported page may carry: its JSON-LD (core.jsonld). Safety checks take
it out (after checking it is inert JSON) and then look for any other script."""

from __future__ import annotations

import json
import re

_JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>\n?', re.DOTALL)


def without_jsonld(page: str) -> str:
    """Return the page without its JSON-LD block, which must be JSON with no "<" in it."""
    blocks = _JSONLD.findall(page)
    assert len(blocks) <= 1, "more than one JSON-LD block"
    for block in blocks:
        assert "<" not in block and ">" not in block, block
        json.loads(block)
    return _JSONLD.sub("", page)
