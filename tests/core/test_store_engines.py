"""The store on both engines (a desk file and a server desk): migrations, the version check
between two stores, editor names, edit leases, hostile text, the copy between engines."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from editorberita.core.domain import (
    Article,
    ArticleFilter,
    ConflictError,
    LeaseHeldError,
    SchemaTooNewError,
)
from editorberita.core.records import Base
from editorberita.core.store import MIGRATIONS_DIR, SCHEMA_HEAD, ArticleStore, open_store
from editorberita.core.store.dialect import alembic_include_object
from editorberita.core.store.moving import copy_desk


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    return any_store


@pytest.fixture
def desk(request: pytest.FixtureRequest, store: ArticleStore, db_path: Path) -> str | Path:
    """Return what opens the test's desk again (file path or URL with password)."""
    if store.on_server:
        return str(request.getfixturevalue("pg_url"))
    return db_path


def test_server_migrations_reach_head_and_match_the_models(pg_server) -> None:  # type: ignore[no-untyped-def]
    name = pg_server.new_database()
    try:
        store = open_store(pg_server.url(name))
        try:
            with store.engine.connect() as connection:
                context = MigrationContext.configure(
                    connection, opts={"include_object": alembic_include_object})
                assert context.get_current_revision() == SCHEMA_HEAD
                assert compare_metadata(context, Base.metadata) == []
            columns = {c["name"] for c in inspect(store.engine).get_columns("articles")}
            assert "search_vector" in columns
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            with store.engine.begin() as connection:  # down to nothing and up again
                config.attributes["connection"] = connection
                command.downgrade(config, "base")
            assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
            with store.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
            store.create_article(headline="Setelah migrasi ulang")
            assert [a.headline for a in store.search("migrasi")] == ["Setelah migrasi ulang"]
        finally:
            store.close()
    finally:
        pg_server.drop_database(name)


def test_server_desk_of_a_newer_version_is_refused(pg_url: str) -> None:
    store = open_store(pg_url)
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num='9999'")
    store.close()
    with pytest.raises(SchemaTooNewError, match="lebih baru"):
        open_store(pg_url)


def test_version_conflict_between_two_stores_on_one_desk(store: ArticleStore,
                                                         desk: str | Path) -> None:
    article = store.create_article(headline="Awal", body="satu")
    other = open_store(desk)
    try:
        theirs = other.get_article(article.id)
        other.save_article(theirs.copy(body="dari PC lain"))
        with pytest.raises(ConflictError) as caught:
            store.save_article(article.copy(body="dari PC ini"))
        assert caught.value.theirs is not None and caught.value.theirs.body == "dari PC lain"
    finally:
        other.close()


def test_saves_and_revisions_record_the_editor(store: ArticleStore) -> None:
    store.editor = "Rina"
    article = store.create_article(headline="Siapa menyimpan")
    store.save_article(article.copy(body="isi"), revision_reason="manual", manual=True)
    store.add_revision(article.id, "export")
    assert [r.editor for r in store.list_revisions(article.id)] == ["Rina", "Rina"]


def test_leases_take_heartbeat_release_and_take_over(store: ArticleStore,
                                                     desk: str | Path) -> None:
    store.editor = "Rina"
    article = store.create_article(headline="Disunting", body="teks Rina")
    lease = store.take_lease(article.id, "PC-REDAKSI-2")
    assert (lease.editor, lease.machine) == ("Rina", "PC-REDAKSI-2")
    assert store.take_lease(article.id, "PC-REDAKSI-2").since == lease.since  # ours: renewed
    other = open_store(desk)
    other.editor = "Budi"
    try:
        with pytest.raises(LeaseHeldError, match=r"Sedang disunting oleh Rina \(PC-REDAKSI-2\) "
                                                 r"sejak \d\d\.\d\d") as caught:
            other.take_lease(article.id, "PC-3")
        assert caught.value.lease.editor == "Rina"
        assert store.heartbeat_lease(article.id, "PC-REDAKSI-2").editor == "Rina"
        taken = other.take_lease(article.id, "PC-3", take_over=True)  # explicit, confirmed
        assert taken.editor == "Budi"
        kept = store.list_revisions(article.id)[0]
        assert (kept.reason, kept.editor, kept.snapshot.body) == ("take-over", "Rina",
                                                                 "teks Rina")
        with pytest.raises(LeaseHeldError, match="Budi"):  # Rina's window learns it passed
            store.heartbeat_lease(article.id, "PC-REDAKSI-2")
        assert not store.release_lease(article.id, "PC-REDAKSI-2")
        assert other.release_lease(article.id, "PC-3")
        assert store.lease_of(article.id) is None
    finally:
        other.close()


def test_a_stale_lease_passes_without_asking(store: ArticleStore, desk: str | Path) -> None:
    store.editor = "Rina"
    article = store.create_article(headline="Ditinggal")
    store.take_lease(article.id, "PC-1")
    other = open_store(desk)
    other.editor = "Budi"
    try:
        with pytest.raises(LeaseHeldError):
            other.take_lease(article.id, "PC-2")
        # Rina's PC stopped heartbeating: with a zero staleness the lease has gone stale
        assert other.take_lease(article.id, "PC-2", stale_after=timedelta(0)).editor == "Budi"
        assert store.list_revisions(article.id)[0].editor == "Rina"
    finally:
        other.close()


HOSTILE = ["'; DROP TABLE articles; --", 'x" OR 1=1 --', "NEAR(a b) AND c*", "a & !b | c:*",
           "$$; SELECT pg_sleep(10); $$", "\\'\\\"", "%_%", "Robert'); DELETE FROM categories;"]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_in_every_field_is_kept_and_searchable(store: ArticleStore,
                                                            text: str) -> None:
    rubric = store.create_category(f"Rubrik {text}")
    article = store.create_article(Article(headline=f"Judul {text}", body=f"Isi {text}",
                                           lead=text, byline=text, tags=[text],
                                           category_id=rubric.id, editor_note=text))
    again = store.get_article(article.id)
    assert (again.headline, again.body, again.lead, again.tags) == (
        f"Judul {text}", f"Isi {text}", text, [text])
    assert store.find_category(f"Rubrik {text}") is not None
    store.search(text)
    store.count_articles(ArticleFilter(search=text))
    assert store.search("judul")[0].id == article.id
    assert store.count_articles() == 1 and len(store.list_categories()) == 1


def test_copy_between_engines_keeps_every_row(store: ArticleStore, tmp_path: Path) -> None:
    rubric = store.create_category("Samarinda")
    child = store.create_category("Sempaja", parent_id=rubric.id)
    asset = store.add_asset(b"\x89PNG fake bytes", "image/png", caption="Banjir")
    article = store.create_article(Article(headline="Banjir", body=f"![x](asset:{asset.id})",
                                           tags=["cuaca"], category_id=child.id,
                                           featured_asset_id=asset.id))
    store.save_article(article.copy(body="lagi"), revision_reason="manual", manual=True)
    store.record_export(article.id, "html", "/tmp/x.html", "ab" * 32)
    store.add_desk_words(["Kaltim", "Sempaja"])
    store.trash_articles([store.create_article(headline="Sampah").id])
    target = open_store(tmp_path / "salinan.sqlite3")
    try:
        report = copy_desk(store, target)
        assert report.counts["articles"] == 2 and report.counts["revisions"] == 1
        assert target.search("banjir")[0].id == article.id
        assert target.desk_words() == ["Kaltim", "Sempaja"]
        assert target.asset_data(asset.id) == b"\x89PNG fake bytes"
        assert target.create_article(headline="Baru").id == 3  # ids go on after the copy
    finally:
        target.close()


def test_a_pushed_server_desk_numbers_new_rows_after_the_copied_ones(
        db_path: Path, pg_url: str) -> None:
    local = open_store(db_path)
    server = open_store(pg_url)
    try:
        for n in range(3):
            local.create_article(headline=f"Lokal {n}")
        local.create_category("Samarinda")
        copy_desk(local, server)
        assert server.create_article(headline="Baru di server").id == 4
        assert server.create_category("Balikpapan").id == 2
        assert [a.headline for a in server.search("lokal")][:1] == ["Lokal 2"]
    finally:
        local.close()
        server.close()


def test_server_refusals_are_typed_errors(pg_server, pg_template: str) -> None:  # type: ignore[no-untyped-def]
    from editorberita.core.domain import (
        MissingServerDatabaseError,
        NoRightsError,
        ServerLoginError,
        ServerUnreachableError,
    )
    from tests.pgserver import _free_port

    with pytest.raises(ServerUnreachableError):
        open_store(pg_server.url(pg_template, port=_free_port()))
    with pytest.raises(ServerLoginError):
        open_store(pg_server.url(pg_template, password="salah"))
    with pytest.raises(MissingServerDatabaseError):
        open_store(pg_server.url("tidak_ada"))
    pg_server.sql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tamu') "
                  "THEN CREATE ROLE tamu LOGIN PASSWORD 'tamu'; END IF; END $$")
    with pytest.raises(NoRightsError):  # may log in, may not read the desk's tables
        open_store(pg_server.url(pg_template, user="tamu", password="tamu")).list_articles()


def test_an_import_stops_when_the_server_goes_away(db_path: Path) -> None:
    import psycopg

    from editorberita.core.store import database_trouble

    gone = psycopg.OperationalError("connection to server at 127.0.0.1 failed")
    assert "tidak bisa dihubungi" in (database_trouble(db_path, gone) or "")
    assert database_trouble(db_path, ValueError("bukan soal basis data")) is None


def test_a_server_desk_tells_listeners_what_changed_on_commit(pg_url: str) -> None:
    import threading

    from editorberita.core.store.live import Change, DeskListener

    heard: list[Change] = []
    listener = DeskListener(pg_url, heard.append)
    thread = threading.Thread(target=listener.run, daemon=True)
    thread.start()
    assert listener.ready.wait(10)
    store = open_store(pg_url)
    try:
        rubric = store.create_category("Samarinda")
        article = store.create_article(headline="Baru")
        store.save_article(article.copy(body="disimpan"))
        store.move_articles([article.id], rubric.id)
        store.take_lease(article.id, "PC-1")
        store.trash_articles([article.id])
        with pytest.raises(ConflictError):  # a refused save tells nobody anything
            store.save_article(article.copy(body="basi"))
        deadline = time.monotonic() + 10
        while len(heard) < 6 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        store.close()
        listener.stop()
        thread.join(5)
    assert [(c.what, c.ids) for c in heard] == [
        ("rubrics", (rubric.id,)), ("articles", (article.id,)), ("articles", (article.id,)),
        ("articles", (article.id,)), ("leases", (article.id,)), ("articles", (article.id,))]
    assert all(c.heard_at - c.sent_at < 5 for c in heard)


def test_server_desk_urls_hide_the_password_and_keep_tls(tmp_path: Path) -> None:
    from editorberita.core.store.server import (
        desk_location,
        display_url,
        engine_url,
        is_server_url,
        stand_in_path,
    )

    url = "postgresql://rina:rahasia@10.0.0.5:5433/redaksi?sslmode=require"
    assert is_server_url(url) and is_server_url("postgres://h/d")
    assert not is_server_url(str(tmp_path / "postgresql.sqlite3")) and not is_server_url(None)
    assert display_url(url) == "postgresql://rina@10.0.0.5:5433/redaksi?sslmode=require"
    assert engine_url(url).query["sslmode"] == "require"  # TLS as the desk's URL says
    assert engine_url(url).drivername == "postgresql+psycopg"
    assert stand_in_path(url).name == "10.0.0.5-5433-redaksi.sqlite3"
    assert desk_location(url) == url
    assert desk_location(tmp_path / "a.sqlite3") == tmp_path / "a.sqlite3"


def test_two_editors_opening_a_new_server_desk_at_once_migrate_it_once(pg_server) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import ThreadPoolExecutor

    name = pg_server.new_database()
    try:
        with ThreadPoolExecutor(3) as pool:
            stores = list(pool.map(lambda _i: open_store(pg_server.url(name)), range(3)))
        for store in stores:
            assert store.count_articles() == 0
            store.close()
    finally:
        pg_server.drop_database(name)


def test_test_connection_says_what_is_wrong(pg_server, pg_template: str) -> None:  # type: ignore[no-untyped-def]
    from editorberita.core.domain import ServerLoginError, ServerUnreachableError
    from editorberita.core.store.server import check_connection
    from tests.pgserver import _free_port

    check_connection(pg_server.url(pg_template))  # fine: returns quietly
    with pytest.raises(ServerLoginError):
        check_connection(pg_server.url(pg_template, password="salah"))
    with pytest.raises(ServerUnreachableError):
        check_connection(pg_server.url(pg_template, port=_free_port()))


def test_a_pc_whose_clock_runs_ahead_does_not_take_a_fresh_lease(
        pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Leases age by the server's clock: a PC ten minutes ahead must still be told "held"."""
    from datetime import UTC, datetime

    from editorberita.core.store import leases

    rina = open_store(pg_url)
    rina.editor = "Rina"
    budi = open_store(pg_url)
    budi.editor = "Budi"
    try:
        article = rina.create_article(headline="Jam berbeda")
        rina.take_lease(article.id, "PC-1")
        ahead = datetime.now(UTC) + timedelta(minutes=10)
        monkeypatch.setattr(leases, "utcnow", lambda: ahead)  # Budi's PC clock
        with pytest.raises(LeaseHeldError):
            budi.take_lease(article.id, "PC-2")
    finally:
        rina.close()
        budi.close()
