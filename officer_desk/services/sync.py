"""The sync use cases: write a package, merge packages (then relink companies)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from officer_desk.services.backups import backup_before
from officer_desk.services.companies import link_companies
from officer_desk.services.desk import Desk
from officer_desk.sync.merge import PackageReport, merge_packages
from officer_desk.sync.package import PackageInfo, build_package


def make_package(
    desk: Desk, out: str | Path, *, since_last: bool = False,
    include_posts: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> PackageInfo:
    return build_package(desk, Path(out), since_last=since_last, include_posts=include_posts,
                         progress=progress, cancel=cancel)


def merge(
    desk: Desk, paths: Sequence[str | Path], *, dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[PackageReport]:
    """Merge each package on its own; afterwards link the same exporter across posts.

    A real merge (not ``dry_run``) first takes a backup (``services.backups``).
    """
    if not dry_run and paths:
        backup_before(desk, "merge")
    reports = merge_packages(desk, paths, dry_run=dry_run, progress=progress, cancel=cancel)
    if any(r.outcome == "merged" for r in reports):
        link_companies(desk)
    return reports
