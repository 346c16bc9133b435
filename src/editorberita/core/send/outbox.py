"""The offline-first outbox: a send that fails waits, with its reason, and goes when it can.

Every failed send is kept (nothing is lost): a site that does not answer, times out or errs on
its side is tried again with back-off (``store.sends.backoff``: 30 s doubling to an hour); a
refusal that waiting will not cure (wrong password, no right, REST disabled) stays with its
reason until the user fixes it and sends again. The reason is a message (``core.messages``),
kept in the store as its code and values so the window words it in its own language. A send
is never done twice: ``Sender`` updates the stored post id, and adopts a post of ours with the
same slug that a killed send left.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from editorberita.core.domain import EditorBeritaError
from editorberita.core.messages import Message, reason_of
from editorberita.core.send.sender import Sender, SendResult
from editorberita.core.send.sites import get_site
from editorberita.core.store import sends

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore


@dataclass
class Attempt:
    """One article's send: the result, or why it waits in the outbox."""

    article_id: int
    site: str
    result: SendResult | None = None
    reason: Message | str = ""  # why it waits: the window words it (ui.messages.explain)
    transient: bool = False

    @property
    def sent(self) -> bool:
        return self.result is not None

    @property
    def error(self) -> str:
        """Return why it waits as the Indonesian sentence (the command line)."""
        return str(self.reason)


@dataclass
class FlushSummary:
    sent: list[Attempt] = field(default_factory=list)
    waiting: list[Attempt] = field(default_factory=list)


SenderFactory = Callable[["ArticleStore", str], Sender]


def _default_sender(store: ArticleStore, site: str) -> Sender:
    return Sender(store, get_site(site))


def send_or_queue(store: ArticleStore, site: str, article_id: int, status: str = "draft", *,
                  sender: Sender | None = None) -> Attempt:
    """Send now; on any failure keep the article in the outbox with the reason."""
    attempt = Attempt(article_id, site)
    if sender is None:
        get_site(site)  # an unknown site is a typing error, not something to wait for
    try:
        sender = sender or _default_sender(store, site)
        attempt.result = sender.send(article_id, status)
    except EditorBeritaError as exc:
        attempt.reason = reason_of(exc)
        attempt.transient = bool(getattr(exc, "transient", False))
        sends.enqueue(store, article_id, site, status, attempt.reason)
    return attempt


def flush(store: ArticleStore, *, due_only: bool = True,
          make_sender: SenderFactory = _default_sender,
          article_ids: Collection[int] | None = None) -> FlushSummary:
    """Try every outbox item whose back-off is over (all with ``due_only=False``; only those
    of ``article_ids`` when given: "send now" on articles chosen in the outbox view)."""
    summary = FlushSummary()
    senders: dict[str, Sender | Exception] = {}
    for item in sends.outbox(store, due_only=due_only):
        if article_ids is not None and item.article_id not in article_ids:
            continue
        if item.site not in senders:
            try:
                senders[item.site] = make_sender(store, item.site)
            except EditorBeritaError as exc:
                senders[item.site] = exc
        sender = senders[item.site]
        if isinstance(sender, Exception):
            reason = reason_of(sender)
            sends.enqueue(store, item.article_id, item.site, item.wanted_status, reason)
            summary.waiting.append(Attempt(item.article_id, item.site, reason=reason))
            continue
        attempt = send_or_queue(store, item.site, item.article_id, item.wanted_status,
                                sender=sender)
        (summary.sent if attempt.sent else summary.waiting).append(attempt)
        if attempt.transient:  # the site is away: the rest of its items wait too
            senders[item.site] = EditorBeritaError(attempt.reason)
    return summary
