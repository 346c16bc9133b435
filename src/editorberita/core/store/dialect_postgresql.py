"""Everything the store says only to PostgreSQL: ``tsvector`` search over ``unaccent`` with the
``simple`` configuration (migration 0006), insert-or-ignore, the desk's write lock and the
consistency check of a server desk. ``dialect_sqlite`` sits beside it for a desk file.

Indonesian roots ("mengungsi" finds "pengungsian"): a desk file keeps a root index filled by
``core.stemmer`` on every write; PostgreSQL cannot call it, so a server desk expands the query
instead (``root_query``): each typed word is ORed with the forms of its root
(``stemmer.derived_forms``), and exact matches rank first by ts_rank, matches by the root only
after them, newest first -- the desk file's order. No schema change, nothing on the server.
A listing first asks which of the forms the desk holds (``written_forms``) and searches those:
PostgreSQL would guess an OR of 160 words common and read every article for a word none holds.
Where a server desk finds less or otherwise than a desk file:

- a form outside ``derived_forms``: a bound form before another prefix ("antarkecamatan"), a
  third affix layer, or a rare form past the first ``stemmer.MAX_FORMS`` of its root (99.2 % of
  the derived words of tests/data are within, ``tests/benchmarks/bench_server_roots.py``);
- ``word*`` is a prefix of written words only; a desk file also tries it on roots ("bangu*"
  finds "pembangunan" there);
- a hyphenated word ("bertanya-tanya") is one root on a desk file; here PostgreSQL's parser
  keeps it and its parts, which match exactly.

A phrase searches exact words on both.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ARRAY,
    Engine,
    Select,
    Subquery,
    Text,
    bindparam,
    case,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Executable

from editorberita.core.records import ArticleRecord
from editorberita.core.store.search import editor_terms

# The desk's LISTEN/NOTIFY channel (``core.store.live`` listens on it).
CHANNEL = "editorberita_desk"
NOTIFY_MAX_IDS = 200  # a payload stays far below PostgreSQL's 8,000 bytes


def change_payload(what: str, ids: Sequence[int]) -> str:
    """Return the JSON a change notification carries: what, ids (or "many"), send time."""
    listed = list(ids)
    return json.dumps({"what": what, "ids": listed if len(listed) <= NOTIFY_MAX_IDS else "many",
                       "at": time.time()})


# One advisory lock number for the desk's find-then-create writes (rubrics, tags, slugs).
WRITE_LOCK_KEY = 0x45424B  # "EBK"
SEARCH_VECTOR: ColumnElement[Any] = literal_column("articles.search_vector")
# As on SQLite (``dialect_sqlite.RANK_WINDOW``): a term found in most of the desk is ranked
# within its newest matches only; ts_rank reads each match's vector, so the window is smaller.
RANK_WINDOW = 2000
# What reading one match costs, relative to reading its vector (~7 kB, TOASTed) to test it:
# the GIN index hands a bitmap of matches whose rows are visited for their ids without the
# vector, except a phrase, which the index cannot check (measured on 100,000 articles).
BITMAP_ROW_COST = 0.3
PHRASE_ROW_COST = 1.0
_SAFE_WORD = re.compile(r"[^\W_]+")


def ts_query(typed: str) -> str | None:
    """Turn what an editor typed into a ``to_tsquery`` text: words ANDed, "phrases" with
    ``<->``, ``word*`` as ``'word':*``. Only letters and digits are ever quoted in, so
    operators, quotes or SQL typed by the user cannot break out. None: nothing to search."""
    terms = []
    for words, prefix in editor_terms(typed):
        quoted = [f"'{w.lower()}'" for w in words]
        if prefix:
            quoted[-1] += ":*"
        terms.append(quoted[0] if len(quoted) == 1 else "(" + " <-> ".join(quoted) + ")")
    return " & ".join(terms) if terms else None


# Roots (see the module's docstring): "mengungsi" is searched as ('mengungsi' | 'ungsi' |
# 'pengungsian' | ...); the rank puts exact matches first, as ``dialect_sqlite`` does.
STEM_RANK_AFTER = 1000.0  # a root-only match ranks after every exact one (-ts_rank <= 0)


@lru_cache(maxsize=256)
def root_terms(match: str) -> tuple[tuple[str, ...], ...] | None:
    """Return, per term of ``match`` (a ``ts_query`` text), the words to search: the typed word
    and the forms of its root, or the term alone (a prefix, a word with no known root). None
    when nothing expands or ``match`` holds a phrase (searched as exact words on both engines).
    """
    from editorberita.core.stemmer import default_stemmer, derived_forms

    stemmer = default_stemmer()
    terms: list[tuple[str, ...]] = []
    for term in match.split(" & "):
        if term.startswith("("):
            return None
        word = term.strip("'")
        if term.endswith(":*") or not (forms := derived_forms(stemmer.stem(word)))[1:]:
            terms.append((term,))
            continue
        # Forms come from the dictionary: letters only, nothing that can close the quote.
        terms.append((f"'{word}'", *(f"'{f}'" for f in forms
                                     if f != word and _SAFE_WORD.fullmatch(f))))
    return tuple(terms) if any(len(words) > 1 for words in terms) else None


def root_query(match: str, written: Collection[str] | None = None) -> str | None:
    """Return ``match`` with each word ORed with the forms of its root (only those in
    ``written``, when given: the words the desk holds); None when nothing changes."""
    terms = root_terms(match)
    if terms is None:
        return None
    ored = []
    for words in terms:
        kept = [words[0], *(w for w in words[1:] if written is None or w[1:-1] in written)]
        ored.append(kept[0] if len(kept) == 1 else "(" + " | ".join(kept) + ")")
    text = " & ".join(ored)
    return None if text == match else text


def _tsquery(match: str, name: str = "match") -> ColumnElement[Any]:
    """The query as a constant in the SQL, not a parameter: psycopg prepares a statement run
    five times, and PostgreSQL then plans it once for any query (a generic plan). A plan that
    cannot see the query cannot tell "ba*" (the whole desk) from a rare word: measured on
    100,000 articles, 130-250 ms instead of 45. ``ts_query`` and ``root_query`` quote only
    letters and digits, and SQLAlchemy renders the constant as a quoted literal."""
    return func.to_tsquery(literal_column("'simple'::regconfig"),
                           func.eb_unaccent(bindparam(name, match, literal_execute=True)))


def written_forms(session: Session, match: str) -> set[str]:
    """Return which forms of the roots in ``match`` the desk holds (one GIN look-up each,
    1-4 ms for a root's 160). PostgreSQL guesses an OR of 160 words far too common and scans
    every article for a word no article holds (0.8 s at 20,000); the words written are few and
    have statistics, so the search asks for those only."""
    forms = sorted({w[1:-1] for words in root_terms(match) or () for w in words[1:]})
    form: ColumnElement[str] = literal_column("form")
    one = func.to_tsquery(literal_column("'simple'::regconfig"),
                          func.eb_unaccent(func.quote_literal(form)))
    held = (select(form).select_from(func.unnest(bindparam("forms", forms, type_=ARRAY(Text)))
                                     .alias("form"))
            .where(select(ArticleRecord.id).where(SEARCH_VECTOR.op("@@")(one)).exists()))
    return set(session.scalars(held))


def finding_query(session: Session, match: str) -> str:
    """Return the tsquery text that finds the articles of a search: ``match`` with each word
    ORed with the forms of its root that the desk holds (``written_forms``), or ``match``
    itself when no word has a root with other forms (a prefix, a phrase, an unknown word)."""
    if root_query(match) is None:
        return match
    return root_query(match, written_forms(session, match)) or match


def hits_rank(vector: ColumnElement[Any], article_id: ColumnElement[Any], match: str,
              finding: str) -> ColumnElement[Any]:
    """Return the rank of a hit (lower is better): exact matches by ts_rank first, then the
    matches by root only, newest first -- the order ``dialect_sqlite`` gives."""
    exact = _tsquery(match)
    if finding == match:
        return -func.ts_rank(vector, exact)
    return case((vector.op("@@")(exact), -func.ts_rank(vector, exact)),
                else_=STEM_RANK_AFTER - article_id / 1e12)


class PostgresqlDialect:
    """The store's PostgreSQL-only SQL (see ``core.store.dialect.Dialect``)."""

    name = "postgresql"

    def lock_for_write(self, session: Session) -> None:
        """Serialise the desk's find-then-create writes on one transaction advisory lock."""
        session.execute(select(func.pg_advisory_xact_lock(WRITE_LOCK_KEY)))

    def insert_ignore(self, table: Any, values: dict[str, object],
                      index_elements: list[str]) -> Executable:
        """INSERT ... ON CONFLICT DO NOTHING on the unique key ``index_elements``."""
        return (pg_insert(table).values(**values)
                .on_conflict_do_nothing(index_elements=index_elements))

    def search_match(self, typed: str) -> str | None:
        """Return the tsquery text for what the editor typed."""
        return ts_query(typed)

    def ranked(self, session: Session, match: str) -> Subquery:
        """Return ``hits(id, rank)``: the newest ``RANK_WINDOW`` + 1 matches (by id, creation
        order) of the words or their roots (``finding_query``), ranked by ``hits_rank``.

        One statement, on the path ``newest_first_by_key`` picks; ts_rank reads the vectors
        of the window's rows only."""
        finding = finding_query(session, match)
        newest: ColumnElement[Any] = ArticleRecord.__table__.c.id
        if not newest_first_by_key(session, finding):
            newest = newest + 0  # not the primary key's order; nor every row's vector either:
            session.execute(text("SELECT set_config('enable_seqscan', 'off', true)"))
        window = (select(ArticleRecord.id.label("id"), SEARCH_VECTOR.label("vector"))
                  .where(SEARCH_VECTOR.op("@@")(_tsquery(finding, "finding")))
                  .order_by(newest.desc()).limit(RANK_WINDOW + 1)
                  .subquery("window"))
        rank = hits_rank(window.c.vector, window.c.id, match, finding).label("rank")
        # Ordered here as the caller orders (rank, then newest): the planner then joins the
        # articles to the first page of hits only, not to the whole window.
        return (select(window.c.id.label("id"), rank)
                .order_by(rank, window.c.id.desc()).subquery("hits"))

    def matching_ids(self, session: Session, match: str) -> Any:
        """Return the ids of the articles whose vector matches ``match`` or its roots.

        From the GIN index's bitmap, never by testing rows one by one (the table or the
        primary key read in full): the planner takes a term in most of the desk for cheap to
        test row by row, not counting the vector each row reads (counting "pemerintah" in
        100,000 articles: 1,030 ms row by row, 150 from the bitmap). For this transaction."""
        return self.matching_sides(session, match)[0]

    def matching_sides(self, session: Session, match: str) -> list[Select[Any]]:
        """Return the one SELECT of ``matching_ids``, on the same bitmap path: joined to the
        articles again (``id IN``), a capped count would hash every live row first."""
        finding = finding_query(session, match)
        session.execute(text("SELECT set_config('enable_seqscan', 'off', true), "
                             "set_config('enable_indexscan', 'off', true)"))
        return [select(ArticleRecord.id).where(
            SEARCH_VECTOR.op("@@")(_tsquery(finding, "finding")))]

    def now(self, session: Session) -> datetime:
        """The server's clock: PCs whose clocks disagree still agree on a lease's age."""
        moment: datetime = session.execute(select(func.now())).scalar_one()
        return moment.astimezone(UTC)

    def notify(self, session: Session, what: str, ids: Sequence[int]) -> None:
        """NOTIFY the desk's channel in the transaction: listeners hear it on commit only."""
        session.execute(select(func.pg_notify(CHANNEL, change_payload(what, ids))))

    def rebuild_search_index(self, engine: Engine) -> None:
        """The vector is a generated column: after a bulk load only VACUUM ANALYZE (the
        planner's statistics, and the visibility map that lets counts read indexes only)."""
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE articles"))

    def integrity_problems(self, engine: Engine, db_path: Path) -> list[str]:
        """Return the server desk's own consistency findings (the server keeps its pages)."""
        return consistency_problems(engine)


def newest_first_by_key(session: Session, match: str) -> bool:
    """Whether the newest matches of ``match`` are best found by reading the primary key
    backwards, testing each row's vector (a term in much of the desk: it stops after the
    window), rather than from the GIN index's bitmap of every match, sorted (a rarer term).

    The planner cannot choose well by itself: it does not count reading the vector, and a
    word in 12 % of 100,000 articles read backwards cost 240 ms against 60 from the index.
    So it is asked only for its estimate of the matches (its statistics know prefixes and
    phrases), and the two costs are weighed here."""
    literal = "'" + match.replace("'", "''") + "'"  # ts_query quoted letters and digits only
    plan = session.connection().exec_driver_sql(
        "EXPLAIN (FORMAT JSON) SELECT id FROM articles WHERE search_vector @@ "
        f"to_tsquery('simple'::regconfig, eb_unaccent({literal})) "
        "UNION ALL SELECT id FROM articles").scalar_one()
    try:
        parts = (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plans"]
        matches, rows = (max(1.0, float(part["Plan Rows"])) for part in parts)
    except (KeyError, IndexError, TypeError, ValueError):  # another server's plan shape
        return True  # the planner chooses, as it did before
    if matches <= RANK_WINDOW + 1:
        return False
    read_backwards = (RANK_WINDOW + 1) * rows / matches
    return read_backwards < matches * (PHRASE_ROW_COST if "<->" in match else BITMAP_ROW_COST)


def schema_version(engine: Engine) -> str | None:
    """Return the Alembic revision of a server desk, or None for an empty database."""
    from sqlalchemy import text

    with engine.connect() as connection:
        if connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def consistency_problems(engine: Engine) -> list[str]:
    """Return what is inconsistent in a server desk (empty when sound): the rubric tree,
    values only another program writes, pictures whose bytes do not match their hash."""
    from sqlalchemy import text

    from editorberita.core.domain import Status, Zone

    problems: list[str] = []
    version = schema_version(engine)
    statuses = tuple(s.value for s in Status)
    zones = tuple(z.value for z in Zone)
    checks = {
        "artikel dengan status tidak sah": (
            "SELECT count(*) FROM articles WHERE NOT (status = ANY(:statuses))"),
        "artikel dengan zona waktu tidak sah": (
            "SELECT count(*) FROM articles WHERE NOT (zone = ANY(:zones))"),
        "artikel di rubrik yang tidak ada": (
            "SELECT count(*) FROM articles a WHERE a.category_id IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM categories c WHERE c.id = a.category_id)"),
        "gambar yang isinya tidak cocok dengan sidiknya": (
            "SELECT count(*) FROM assets WHERE encode(sha256(data), 'hex') != sha256"),
        "artikel tanpa indeks pencarian": (
            "SELECT count(*) FROM articles WHERE search_vector IS NULL"),
        "rubrik yang melingkar": (
            "WITH RECURSIVE up(id, parent_id, depth) AS ("
            " SELECT id, parent_id, 1 FROM categories UNION ALL"
            " SELECT up.id, c.parent_id, up.depth + 1 FROM up JOIN categories c"
            " ON c.id = up.parent_id WHERE up.depth < 100)"
            " SELECT count(DISTINCT id) FROM up WHERE depth >= 100"),
    }
    if version is None:
        return problems
    with engine.connect() as connection:
        for label, sql in checks.items():
            found = connection.execute(text(sql), {"statuses": list(statuses),
                                                   "zones": list(zones)}).scalar() or 0
            if found:
                problems.append(f"{found} {label}")
    return problems


POSTGRESQL = PostgresqlDialect()
