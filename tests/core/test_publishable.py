"""An empty article cannot be marked ready or published (issue 12)."""

from __future__ import annotations

import pytest

from editorberita.core.domain import Article, Status
from editorberita.core.publishable import missing_for_status


@pytest.mark.parametrize("status", [Status.READY, Status.PUBLISHED, "ready"])
def test_an_empty_article_lacks_headline_and_body_for_going_out(status) -> None:  # type: ignore[no-untyped-def]
    assert missing_for_status(Article(), status) == ["headline", "body"]
    assert missing_for_status(Article(headline="Banjir", body="  \n"), status) == ["body"]
    assert missing_for_status(Article(headline=" ", body="Isi."), status) == ["headline"]
    assert missing_for_status(Article(headline="Banjir", body="Isi."), status) == []


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.CORRECTED,
                                    Status.WITHDRAWN])
def test_other_statuses_need_nothing(status: Status) -> None:
    assert missing_for_status(Article(), status) == []
