"""The dashboard's disputes read apart (as the window reads them, on a connection of
its own meanwhile) give the same figures as read in one go, and every post's figures
add up to the whole."""

from __future__ import annotations

import datetime as dt

import pytest

from officer_desk.services.dashboard import dashboard, dispute_rows
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import init_desk, open_desk

TODAY = dt.date(2025, 6, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("dash") / "demo.sqlite"
    desk = init_desk(path, hq=True, demo=True)
    generate_demo(desk, records=500, seed=11, today=TODAY)
    yield desk
    desk.close()


def test_disputes_read_on_another_connection_give_the_same_figures(demo):
    other = open_desk(demo.path, readonly=True)
    try:
        apart = dashboard(demo, today=TODAY, disputes=lambda: dispute_rows(other))
    finally:
        other.close()
    together = dashboard(demo, today=TODAY)
    assert apart.as_dict() == together.as_dict()
    open_count = demo.conn.execute(
        "SELECT count(*) FROM disputes WHERE deleted = 0 AND status = 'open'").fetchone()[0]
    assert together.disputes_open == open_count > 0
    assert sum(together.open_by_ip_type.values()) == open_count


def test_the_posts_figures_add_up_to_the_whole(demo):
    whole = dashboard(demo, today=TODAY)
    posts = [p for (p,) in demo.conn.execute("SELECT DISTINCT post FROM disputes")]
    assert len(posts) > 1
    parts = [dashboard(demo, today=TODAY, posts=(p,)) for p in posts]
    assert sum(p.disputes_open for p in parts) == whole.disputes_open
    assert sum(p.disputes_closed for p in parts) == whole.disputes_closed
    for part, post in zip(parts, posts, strict=True):
        assert part.open_by_post == ({post: part.disputes_open} if part.disputes_open else {})
