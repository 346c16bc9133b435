"""Every error path of a send, in Indonesian, against a fake replaying WordPress's recorded
answers (tests/core/send/fakewp.py), and paging past 100 categories. Fast: no real site."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from editorberita.core.send import outbox
from editorberita.core.send.sender import Sender
from editorberita.core.send.sites import SiteError, SiteProfile
from editorberita.core.send.wordpress import SendError, WordPressClient
from editorberita.core.store import ArticleStore, sends
from tests.core.send import fakewp
from tests.core.send.fakewp import ADMIN, FakeWordPress, Reply
from tests.core.send.helpers import local_profile, story

POST = {"id": 77, "link": "http://127.0.0.1/?p=77", "status": "draft", "slug": "x"}


@pytest.fixture
def fake() -> Iterator[FakeWordPress]:
    site = FakeWordPress({("GET", "/wp-json/wp/v2/users/me"): Reply(200, ADMIN)})
    yield site
    site.close()


def _client(fake: FakeWordPress, timeout: float = 5.0) -> WordPressClient:
    return WordPressClient(local_profile(fake.url), "abcd efgh ijkl mnop qrst uvwx",
                           timeout=timeout)


def _error(call) -> SendError:  # type: ignore[no-untyped-def]
    with pytest.raises(SendError) as caught:
        call()
    return caught.value


def test_wrong_password_401_says_check_the_application_password(fake: FakeWordPress) -> None:
    fake.routes[("GET", "/wp-json/wp/v2/users/me")] = Reply(401, fakewp.INCORRECT_PASSWORD)
    error = _error(_client(fake).me)
    assert error.status == 401 and not error.transient
    assert "menolak nama pengguna “redaksi” atau kata sandi aplikasinya" in str(error)


def test_anonymous_401_names_the_stripped_authorization_header(fake: FakeWordPress) -> None:
    fake.routes[("GET", "/wp-json/wp/v2/users/me")] = Reply(401, fakewp.NOT_LOGGED_IN)
    client = _client(fake)
    error = _error(client.me)
    assert "membuang header Authorization" in str(error) and "Apache" in str(error)
    assert fake.requests[-1].headers["authorization"].startswith("Basic ")


def test_403_on_a_missing_rubric_names_it(fake: FakeWordPress, store: ArticleStore) -> None:
    article = story(store, slug="a", rubric="Seputar Kaltim/Samarinda", tags=(), pictures=False)
    fake.routes[("GET", "/wp-json/wp/v2/categories")] = fakewp.paged([])
    fake.routes[("POST", "/wp-json/wp/v2/categories")] = Reply(403, fakewp.CANNOT_CREATE_TERM)
    client = _client(fake)
    error = _error(lambda: Sender(store, client.profile, client).send(article.id))
    assert error.status == 403
    assert "Rubrik “Seputar Kaltim / Samarinda” belum ada di Situs Kaltim" in str(error)
    assert not any(r.path == "/wp-json/wp/v2/posts" for r in fake.requests)  # nothing half-made


def test_rest_disabled_404_is_named(fake: FakeWordPress) -> None:
    fake.routes[("GET", "/wp-json/wp/v2/users/me")] = Reply(
        404, raw=b"<html><body>Not Found</body></html>")
    error = _error(_client(fake).me)
    assert error.status == 404 and "REST API mungkin dimatikan" in str(error)


def test_no_link_header_and_no_rest_route_is_rest_disabled() -> None:
    site = FakeWordPress({}, link=False)
    try:
        error = _error(_client(site).discover)
        assert "REST API WordPress tidak ditemukan" in str(error)
    finally:
        site.close()


def test_plain_permalinks_use_the_rest_route_fallback() -> None:
    site = FakeWordPress({("GET", "/wp-json/"): Reply(200, {"routes": {"/wp/v2/posts": {}}}),
                          ("GET", "/wp-json/wp/v2/users/me"): Reply(200, ADMIN)}, link=False)
    try:
        client = _client(site)
        assert client.discover() == f"{site.url}?rest_route=/"
        assert client.me()["name"] == "redaksi"
        assert site.requests[-1].query["rest_route"] == ["/wp/v2/users/me"]
    finally:
        site.close()


def test_413_picture_too_big(fake: FakeWordPress, store: ArticleStore) -> None:
    article = story(store, slug="b", rubric="", tags=())
    fake.routes[("GET", "/wp-json/wp/v2/media")] = Reply(200, [])
    fake.routes[("POST", "/wp-json/wp/v2/media")] = Reply(
        413, raw=b"<html><h1>413 Request Entity Too Large</h1></html>")
    client = _client(fake)
    error = _error(lambda: Sender(store, client.profile, client).send(article.id))
    assert error.status == 413 and "terlalu besar" in str(error)
    attempt = outbox.send_or_queue(store, "Situs Kaltim", article.id,
                                   sender=Sender(store, client.profile, client))
    assert not attempt.sent and [o.last_error for o in sends.outbox(store)] == [attempt.error]


def test_timeout_is_transient_and_queued(fake: FakeWordPress, store: ArticleStore) -> None:
    article = story(store, slug="c", rubric="", tags=(), pictures=False)
    fake.routes[("GET", "/wp-json/wp/v2/users/me")] = Reply(200, ADMIN, delay=1.5)
    client = _client(fake, timeout=0.3)
    attempt = outbox.send_or_queue(store, "Situs Kaltim", article.id,
                                   sender=Sender(store, client.profile, client))
    assert attempt.transient and "tidak menjawab dalam" in attempt.error
    (item,) = sends.outbox(store)
    assert item.attempts == 1 and item.next_try_at > item.queued_at
    assert outbox.flush(store).waiting == []  # backing off: not tried again at once


def test_server_error_is_transient(fake: FakeWordPress) -> None:
    fake.routes[("GET", "/wp-json/wp/v2/users/me")] = Reply(502, raw=b"Bad Gateway")
    error = _error(_client(fake).me)
    assert error.transient and "sedang bermasalah" in str(error)


def test_tls_error_is_named_and_the_password_not_sent(fake: FakeWordPress) -> None:
    # Speaking TLS to a server that does not: the handshake fails before any header leaves.
    profile = SiteProfile("Situs Kaltim", f"https://127.0.0.1:{fake.port}/", "redaksi",
                          api_root=f"https://127.0.0.1:{fake.port}/wp-json/")
    client = WordPressClient(profile, "rahasia", timeout=3)
    error = _error(client.me)
    assert "TLS" in str(error) and error.code == "tls"
    assert not any("authorization" in r.headers for r in fake.requests)


def test_unreachable_site_is_transient() -> None:
    site = FakeWordPress({})
    url = site.url
    site.close()
    error = _error(WordPressClient(local_profile(url), "x").me)
    assert error.transient and "tidak bisa dihubungi" in str(error)


def test_categories_are_read_past_the_first_100(fake: FakeWordPress,
                                                store: ArticleStore) -> None:
    terms = [{"id": n, "name": f"Rubrik {n}", "slug": f"rubrik-{n}", "parent": 0}
             for n in range(1, 251)]
    terms.append({"id": 999, "name": "Seputar Kaltim", "slug": "seputar-kaltim", "parent": 0})
    fake.routes[("GET", "/wp-json/wp/v2/categories")] = fakewp.paged(terms)
    fake.routes[("GET", "/wp-json/wp/v2/posts")] = Reply(200, [])
    fake.routes[("POST", "/wp-json/wp/v2/posts")] = lambda r: Reply(201, POST)
    article = story(store, slug="d", tags=(), pictures=False)
    client = _client(fake)
    result = Sender(store, client.profile, client).send(article.id)
    assert result.post_id == 77
    pages = [r.query["page"][0] for r in fake.requests if r.path.endswith("/categories")]
    assert pages == ["1", "2", "3"]
    assert not any(r.method == "POST" and r.path.endswith("/categories") for r in fake.requests)
    import json
    sent = json.loads(next(r.body for r in fake.requests
                           if r.method == "POST" and r.path.endswith("/posts")))
    assert sent["categories"] == [999] and sent["status"] == "draft"


def test_profiles_refuse_a_password_in_clear() -> None:
    with pytest.raises(SiteError, match="http:// tanpa enkripsi"):
        SiteProfile("Situs", "http://example.org/", "redaksi").check()
    with pytest.raises(SiteError, match="bukan komputer ini"):
        SiteProfile("Situs", "http://example.org/", "redaksi", local=True).check()
    SiteProfile("Situs", "http://127.0.0.1:8080/", "redaksi", local=True).check()


def test_an_untrusted_certificate_stops_before_the_password_leaves(
        tmp_path, fake: FakeWordPress) -> None:  # type: ignore[no-untyped-def]
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl tidak terpasang: sertifikat uji tidak bisa dibuat")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    fake.server.socket = context.wrap_socket(fake.server.socket, server_side=True)
    profile = SiteProfile("Situs Kaltim", f"https://127.0.0.1:{fake.port}/", "redaksi",
                          api_root=f"https://127.0.0.1:{fake.port}/wp-json/")
    error = _error(WordPressClient(profile, "rahasia", timeout=3).me)
    assert "Sertifikat TLS" in str(error) and "tidak sah" in str(error)
    assert fake.requests == []  # nothing, let alone the Authorization header, was read


def test_a_redirected_api_call_is_not_followed_with_the_password(fake: FakeWordPress) -> None:
    fake.routes[("GET", "/wp-json/wp/v2/users/me")] = Reply(
        301, raw=b"", headers={"Location": "https://www.example.org/wp-json/wp/v2/users/me"})
    error = _error(_client(fake).me)
    assert error.code == "redirect" and "https://www.example.org/" in str(error)
    assert [r.path for r in fake.requests if r.method == "GET"] == ["/wp-json/wp/v2/users/me"]


def test_an_unknown_site_is_named_and_nothing_is_queued(store: ArticleStore) -> None:
    article = story(store, slug="e", rubric="", tags=(), pictures=False)
    with pytest.raises(SiteError, match="tidak dikenal"):
        outbox.send_or_queue(store, "Tak Ada", article.id)
    assert sends.outbox(store) == []
