"""What the live preview shows: an article rendered as segments (head, body blocks, tail).

Standard library only: start-up shows a saved rendering of the last article before Markdown is
imported (``core.quickread``), while ``core.incremental`` makes them as the editor types.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """The HTML of one source block, or of the header/footer (lines -1) around the body."""

    html: str
    first_line: int
    last_line: int


@dataclass(frozen=True)
class Rendering:
    """An article rendered as segments whose concatenation is the export fragment."""

    head: str
    body: tuple[Segment, ...]
    tail: str
    incremental: bool

    @property
    def html(self) -> str:
        """Return the whole fragment, equal to ``render_article_fragment``."""
        return self.head + "\n".join(s.html for s in self.body) + self.tail

    def to_json(self) -> str:
        """Return the rendering as JSON (``from_json`` reads it back)."""
        return json.dumps({"head": self.head, "tail": self.tail,
                           "incremental": self.incremental,
                           "body": [[s.html, s.first_line, s.last_line] for s in self.body]},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Rendering:
        """Read a rendering written by ``to_json``; raises ValueError on anything else."""
        try:
            data = json.loads(text)
            body = tuple(Segment(str(html), int(first), int(last))
                         for html, first, last in data["body"])
            return cls(str(data["head"]), body, str(data["tail"]), bool(data["incremental"]))
        except (KeyError, TypeError) as exc:
            raise ValueError(f"not a saved rendering: {exc}") from exc
