"""A tiny WordPress stand-in on 127.0.0.1 replaying responses recorded from WordPress 6.1
(Debian's package, the fixture of tests/wpsite.py): fast tests for every error path.

``FakeWordPress(routes)`` serves ``routes[(METHOD, path)]`` — a ``Reply`` or a function of the
request returning one; the query string is handed to the function. Everything else is the
recorded ``rest_no_route`` 404. ``requests`` lists what was asked, for the assertions.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

# Recorded from the real site (tests/wpsite.py), trimmed to the fields the client reads.
NOT_LOGGED_IN = {"code": "rest_not_logged_in", "message": "You are not currently logged in.",
                 "data": {"status": 401}}
INCORRECT_PASSWORD = {"code": "incorrect_password",
                      "message": "The provided password is an invalid application password.",
                      "data": {"status": 401}}
CANNOT_CREATE_TERM = {"code": "rest_cannot_create",
                      "message": "Sorry, you are not allowed to create terms in this taxonomy.",
                      "data": {"status": 403}}
NO_ROUTE = {"code": "rest_no_route",
            "message": "No route was found matching the URL and request method.",
            "data": {"status": 404}}
ADMIN = {"id": 1, "name": "redaksi", "capabilities": {
    "publish_posts": True, "manage_categories": True, "upload_files": True,
    "edit_posts": True}}


@dataclass
class Reply:
    status: int = 200
    body: object = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None
    delay: float = 0.0


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


Route = Reply | Callable[[Request], Reply]


class FakeWordPress:
    """Serve recorded answers on 127.0.0.1 until ``close()``."""

    def __init__(self, routes: dict[tuple[str, str], Route], *, link: bool = True) -> None:
        self.routes = routes
        self.requests: list[Request] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _serve(self) -> None:
                parts = urlsplit(self.path)
                query = parse_qs(parts.query)
                length = int(self.headers.get("Content-Length") or 0)
                request = Request(self.command, parts.path, query,
                                  {k.lower(): v for k, v in self.headers.items()},
                                  self.rfile.read(length) if length else b"")
                path = parts.path
                if "rest_route" in query:  # the plain-permalink form of the same route
                    path = "/wp-json" + query["rest_route"][0]
                fake.requests.append(request)
                route = fake.routes.get((self.command, path))
                if route is None and self.command == "HEAD" and path == "/":
                    headers = ({"Link": f'<http://127.0.0.1:{fake.port}/wp-json/>; '
                                        'rel="https://api.w.org/"'} if link else {})
                    route = Reply(200, None, headers, raw=b"")
                if route is None:
                    route = Reply(404, NO_ROUTE)
                reply = route(request) if callable(route) else route
                if reply.delay:
                    time.sleep(reply.delay)
                data = reply.raw if reply.raw is not None else json.dumps(reply.body).encode()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json; charset=UTF-8")
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(data)
                except OSError:
                    pass

            do_GET = do_POST = do_HEAD = _serve

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = int(self.server.server_address[1])
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def paged(items: list[dict[str, object]]) -> Callable[[Request], Reply]:
    """Return a list route that pages like WordPress (per_page <= 100, X-WP-TotalPages)."""
    def reply(request: Request) -> Reply:
        if "slug" in request.query:
            wanted = request.query["slug"][0]
            return Reply(200, [i for i in items if i["slug"] == wanted])
        per_page = min(100, int(request.query.get("per_page", ["10"])[0]))
        page = int(request.query.get("page", ["1"])[0])
        pages = max(1, -(-len(items) // per_page))
        if page > pages:
            return Reply(400, {"code": "rest_post_invalid_page_number", "data": {"status": 400}})
        return Reply(200, items[(page - 1) * per_page:page * per_page],
                     {"X-WP-Total": str(len(items)), "X-WP-TotalPages": str(pages)})
    return reply
