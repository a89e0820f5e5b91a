"""The sync use cases: write a package, merge packages (then relink companies)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from officer_desk.services.backups import backup_before, discard, prune
from officer_desk.services.companies import link_companies
from officer_desk.services.desk import Desk
from officer_desk.sync import keys
from officer_desk.sync.merge import PackageReport, already_merged, merge_packages
from officer_desk.sync.package import PackageInfo, PackageRefused, build_package
from officer_desk.sync.package_read import package_signer
from officer_desk.sync.package_verify import check_file


def make_package(
    desk: Desk, out: str | Path, *, since_last: bool = False,
    include_posts: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    plain: bool = False,
) -> PackageInfo:
    return build_package(desk, Path(out), since_last=since_last, include_posts=include_posts,
                         progress=progress, cancel=cancel, plain=plain)


def not_package_files(paths: Sequence[str | Path]) -> dict[Path, PackageRefused]:
    """The paths that are not regular files (a folder, a named pipe, nothing), with
    why: checked by name only, before any database is opened or locked."""
    problems = {}
    for path in map(Path, paths):
        try:
            check_file(path)
        except PackageRefused as e:
            problems[path] = e
    return problems


def refused_report(path: Path, refusal: PackageRefused) -> PackageReport:
    """The report of a path refused before the merge opened it (``not_package_files``)."""
    return PackageReport(file=str(path), outcome="refused", reason=str(refusal),
                         reason_ko=refusal.message("ko"), refusal=refusal.code)


def _may_change(desk: Desk, path: Path) -> bool:
    """False when merging the package surely changes nothing: it was merged already, or
    its manifest (signature and signer, read without the content) will be refused."""
    try:
        manifest, key = package_signer(path, desk)
    except PackageRefused:
        return False
    if key.status != keys.TRUSTED:
        return False
    return not already_merged(desk, manifest["package_id"], manifest["content_sha256"])


def merge(
    desk: Desk, paths: Sequence[str | Path], *, dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[PackageReport]:
    """Merge each package on its own; afterwards link the same exporter across posts.

    A real merge (not ``dry_run``) first takes a backup (``services.backups``), unless
    no package can change anything: each was merged already or will be refused on its
    signature or signer (read from its manifest, without the records). When in the end
    no package was merged (each refused, or the merge failed or was cancelled), the
    backup holds exactly what the file holds: it is removed, and pushes no older merge
    backup out; otherwise older ones are pruned.
    """
    backup = None
    if not dry_run and any(_may_change(desk, Path(p)) for p in paths):
        backup = backup_before(desk, "merge", prune_now=False)
    try:
        reports = merge_packages(desk, paths, dry_run=dry_run, progress=progress,
                                 cancel=cancel)
    except BaseException:
        if backup is not None:
            discard(backup)
        raise
    merged = any(r.outcome == "merged" for r in reports)
    if backup is not None:
        if merged:
            prune(desk.path)
        else:
            discard(backup)
    if merged:
        link_companies(desk)
    return reports
