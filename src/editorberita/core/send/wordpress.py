"""A small WordPress REST API client (``/wp-json/wp/v2``) on the standard library's http.client.

What it relies on, from WordPress's own REST server: the API root is announced by a
``Link: <…/wp-json/>; rel="https://api.w.org/"`` header on every front-end page (and the
``?rest_route=`` form works on sites without pretty permalinks); Application Passwords
authenticate with HTTP Basic; a list answers at most 100 items a page and says how many pages
there are in ``X-WP-TotalPages``; an error is JSON ``{"code", "message", "data": {"status"}}``.

Errors become ``SendError`` with a message (a code of ``core.messages``; the window words it,
the command line prints its Indonesian sentence) and ``transient`` telling the outbox whether
waiting can help. Never follows a redirect with the password (only discovery does,
without it).
"""

from __future__ import annotations

import base64
import http.client
import json
import re
import ssl
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode, urljoin, urlsplit

from editorberita.core.messages import Message, message
from editorberita.core.send.sites import LOOPBACK, SiteError, SiteProfile, site_label

TIMEOUT_S = 30.0
PER_PAGE = 100  # the REST API's largest page
MAX_PAGES = 200  # 20 000 terms: a bound against a server that never stops paging
MAX_REDIRECTS = 5
MAX_BODY = 64 * 1024 * 1024
USER_AGENT = "EditorBerita (+https://github.com/)"
_LINK = re.compile(r'<([^>]+)>\s*;\s*rel="?https://api\.w\.org/"?')
# Codes WordPress answers when a request arrives without credentials: after we sent them, the
# server dropped the Authorization header on the way (Apache + CGI/FastCGI does by default).
_ANONYMOUS_CODES = frozenset({"rest_not_logged_in", "rest_cannot_create", "rest_forbidden",
                              "rest_cannot_edit", "rest_forbidden_context", "rest_cannot_view"})
_BAD_LOGIN_CODES = frozenset({"incorrect_password", "invalid_username", "invalid_email",
                              "application_passwords_disabled",
                              "application_passwords_disabled_for_user"})


class SendError(SiteError):
    """A site refused or could not be reached; ``transient``: trying later may work."""

    def __init__(self, said: Message | str, *, transient: bool = False, status: int = 0,
                 code: str = "") -> None:
        super().__init__(said)
        self.transient = transient
        self.status = status
        self.code = code


@dataclass
class Response:
    """One HTTP answer, the body parsed as JSON when it is JSON."""

    status: int
    headers: dict[str, str]
    body: bytes
    data: Any = field(default=None)

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


def _parse(status: int, headers: dict[str, str], body: bytes) -> Response:
    data = None
    if body:
        try:
            data = json.loads(body.decode("utf-8-sig"))
        except ValueError:
            data = None
    return Response(status, headers, body, data)


class WordPressClient:
    """Speaks to one site as one user (``password`` is an Application Password)."""

    def __init__(self, profile: SiteProfile, password: str, *, timeout: float = TIMEOUT_S) -> None:
        profile.check()
        self.profile = profile
        self.timeout = timeout
        token = base64.b64encode(f"{profile.user}:{password}".encode()).decode("ascii")
        self._auth = f"Basic {token}"
        self.api_root = profile.api_root
        self.site = profile.name

    # ------------------------------------------------------------------ transport

    def _connection(self, url: str) -> http.client.HTTPConnection:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.scheme == "https":
            context = ssl.create_default_context()
            return http.client.HTTPSConnection(host, parts.port, timeout=self.timeout,
                                               context=context)
        if parts.scheme == "http" and (self.profile.local and host in LOOPBACK):
            return http.client.HTTPConnection(host, parts.port, timeout=self.timeout)
        raise SendError(message("send.not_https", site=site_label(self.site, True),
                                address=f"{parts.scheme}://{host}"))

    def raw(self, method: str, url: str, *, body: bytes | None = None,
            headers: dict[str, str] | None = None, auth: bool = True) -> Response:
        """Send one request and return the answer; network trouble raises SendError."""
        parts = urlsplit(url)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        sent = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if auth:
            sent["Authorization"] = self._auth
        sent.update(headers or {})
        connection = self._connection(url)
        try:
            connection.request(method, target, body=body, headers=sent)
            answer = connection.getresponse()
            data = answer.read(MAX_BODY + 1)
            result = _parse(answer.status, {k.lower(): v for k, v in answer.getheaders()},
                            data[:MAX_BODY])
        except ssl.SSLCertVerificationError as exc:
            raise SendError(message("send.tls_invalid", site=site_label(self.site),
                                    detail=str(exc.verify_message)), code="tls") from exc
        except ssl.SSLError as exc:
            raise SendError(message("send.tls_failed", site=site_label(self.site),
                                    detail=str(exc.reason or exc)), code="tls") from exc
        except TimeoutError as exc:
            raise SendError(message("send.timeout", site=site_label(self.site, True),
                                    seconds=round(self.timeout)),
                            transient=True, code="timeout") from exc
        except (OSError, http.client.HTTPException) as exc:
            raise SendError(message("send.unreachable", site=site_label(self.site, True),
                                    detail=str(exc)),
                            transient=True, code="unreachable") from exc
        finally:
            connection.close()
        return result

    # ------------------------------------------------------------------ discovery

    def discover(self) -> str:
        """Find the API root from the site's Link header; fall back to ``?rest_route=/``."""
        url = self.profile.url
        for _ in range(MAX_REDIRECTS):
            answer = self.raw("HEAD", url, auth=False)
            if answer.status in (301, 302, 303, 307, 308) and answer.header("location"):
                url = urljoin(url, answer.header("location"))
                continue
            break
        found = _LINK.search(answer.header("link"))
        if found is None and answer.status == 405:  # a server that refuses HEAD
            found = _LINK.search(self.raw("GET", url, auth=False).header("link"))
        if found:
            root = urljoin(url, found.group(1))
        else:
            root = urljoin(url.rstrip("/") + "/", "?rest_route=/")
            probe = self.raw("GET", root, auth=False)
            if probe.status >= 400 or not isinstance(probe.data, dict) \
                    or "routes" not in probe.data:
                raise SendError(message("send.no_rest_api", url=self.profile.url),
                                status=probe.status, code="rest_disabled")
        self.api_root = root
        return root

    def url(self, route: str, query: dict[str, object] | None = None) -> str:
        """Return the address of a REST route (``/wp/v2/posts``) under the API root."""
        if not self.api_root:
            self.discover()
        params = urlencode({k: v for k, v in (query or {}).items()}, doseq=True)
        if "rest_route=" in self.api_root:
            base = self.api_root.split("?", 1)[0]
            full = f"{base}?rest_route={quote(route, safe='/')}"
            return f"{full}&{params}" if params else full
        full = self.api_root.rstrip("/") + route
        return f"{full}?{params}" if params else full

    # ------------------------------------------------------------------ requests

    def request(self, method: str, route: str, *, query: dict[str, object] | None = None,
                json_body: object = None, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Response:
        """Call a route and return the answer; an error status raises SendError."""
        sent = dict(headers or {})
        if json_body is not None:
            body = json.dumps(json_body, ensure_ascii=False).encode("utf-8")
            sent["Content-Type"] = "application/json; charset=utf-8"
        answer = self.raw(method, self.url(route, query), body=body, headers=sent)
        if answer.status >= 400:
            raise self.error(answer, route)
        if answer.status >= 300:  # never followed: the password would go along
            raise SendError(message("send.redirected", site=site_label(self.site, True),
                                    route=route,
                                    target=answer.header("location")
                                    or message("send.elsewhere")),
                            status=answer.status, code="redirect")
        return answer

    def error(self, answer: Response, route: str) -> SendError:
        """Turn an error answer into a message (what the site said goes along)."""
        site, at = site_label(self.site, True), site_label(self.site)
        data = answer.data if isinstance(answer.data, dict) else {}
        code = str(data.get("code", ""))
        words = str(data.get("message", "")).strip()
        said: Message | str = message("send.site_said", text=words) if words else ""
        status = answer.status
        user = self.profile.user
        if status == 401 and code in _ANONYMOUS_CODES:
            # WordPress answers the same to a request whose Authorization header the server
            # dropped and (as 6.1 does for the REST API) to a wrong Application Password.
            text = message("send.auth_dropped", site=site, user=user, said=said)
        elif status == 401:
            text = message("send.login_refused", site=site, user=user, said=said)
        elif status == 403:
            text = message("send.forbidden", site=at, user=user, said=said)
        elif status == 404 and (code == "rest_no_route" or not data):
            text = message("send.no_route", site=at, route=route, said=said)
        elif status == 413:
            text = message("send.too_large", site=site, said=said)
        elif status >= 500:
            text = message("send.server_error", site=site, status=str(status), said=said)
        else:
            detail = f"{status}, {code}" if code else str(status)
            text = message("send.refused", site=site, detail=detail, said=said)
        return SendError(text, transient=status >= 500 or status == 429, status=status,
                         code=code or str(status))

    def get_all(self, route: str, query: dict[str, object] | None = None) -> list[dict[str, Any]]:
        """Return every item of a list route, page after page (100 a page)."""
        items: list[dict[str, Any]] = []
        page = 1
        while page <= MAX_PAGES:
            answer = self.request("GET", route,
                                  query={**(query or {}), "per_page": PER_PAGE, "page": page})
            batch = answer.data if isinstance(answer.data, list) else []
            items.extend(b for b in batch if isinstance(b, dict))
            try:
                pages = int(answer.header("x-wp-totalpages") or 1)
            except ValueError:
                pages = 1
            if page >= pages or not batch:
                break
            page += 1
        return items

    def me(self) -> dict[str, Any]:
        """Return the logged-in user with capabilities (checks the password too)."""
        answer = self.request("GET", "/wp/v2/users/me", query={"context": "edit"})
        return answer.data if isinstance(answer.data, dict) else {}

    def can(self, user: dict[str, Any], capability: str) -> bool:
        caps = user.get("capabilities")
        return bool(isinstance(caps, dict) and caps.get(capability))
