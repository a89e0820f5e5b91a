"""The command line's own words around the services' messages (prefixes, summaries)."""

from __future__ import annotations

CLI: dict[str, tuple[str, str]] = {
    "cli.error": ("error: {message}", "오류: {message}"),
    "cli.notice": ("notice: {message}", "알림: {message}"),
    "cli.warning_no_backup": (
        "warning: no automatic backup: {message}",
        "경고: 자동 백업을 하지 못했습니다: {message}",
    ),
    "cli.invalid_head": (
        "error: {context} ({count:,} problem(s)):",
        "오류: {context} (문제 {count:,}건):",
    ),
    "cli.invalid_default": ("the input is not valid", "입력한 내용이 올바르지 않습니다"),
    "cli.more": ("  … and {count:,} more", "  … 그 밖에 {count:,}건"),
    "cli.internal_error": (
        "internal error: {summary}; details in {path}",
        "내부 오류: {summary}. 자세한 내용은 {path}에 있습니다",
    ),
    "cli.internal_error_no_log": (
        "internal error: {summary}; could not write the log ({detail})",
        "내부 오류: {summary}. 기록 파일을 쓰지 못했습니다({detail})",
    ),
    "cli.not_a_date": (
        "{value!r} is not a date (use YYYY-MM-DD)",
        "{value!r}은(는) 날짜가 아닙니다(YYYY-MM-DD 형식)",
    ),
    "cli.not_record_id": (
        "{text!r} is not a record id (ids look like 3f2c9a1e-…)",
        "{text!r}은(는) 기록 ID가 아닙니다(ID 예: 3f2c9a1e-…)",
    ),
    "cli.id_too_short": (
        "{text!r} is too short: give at least the first {count} characters of the id",
        "{text!r}은(는) 너무 짧습니다. ID의 앞 {count}자 이상을 입력하십시오",
    ),
    "cli.no_id_prefix": (
        "no record with an id starting {prefix}",
        "ID가 {prefix}(으)로 시작하는 기록이 없습니다",
    ),
    "cli.ambiguous_id": (
        "{prefix} is the start of more than one record id: {shown}; give more characters",
        "{prefix}(으)로 시작하는 기록 ID가 여럿입니다: {shown}. 더 길게 입력하십시오",
    ),
    # -- merge -------------------------------------------------------------------------
    "cli.merge_refused": ("refused {name}: {reason}", "{name} 거부: {reason}"),
    "cli.merge_refused_record": ("  refused record: {reason}", "  거부된 기록: {reason}"),
    "cli.merge_trust_hint": (
        "  to trust the key: {command}",
        "  키를 신뢰하려면: {command}",
    ),
    "cli.merge_superseded": (
        "{count:,} conflict(s) closed: a later change in the packages had seen both values",
        "충돌 {count:,}건을 닫았습니다: 패키지의 나중 변경이 두 값을 모두 보았습니다",
    ),
    "cli.older_copy_hint": (
        "  the fingerprint of this computer's key: {command}",
        "  이 컴퓨터 키의 지문: {command}",
    ),
    "cli.set_up_hint": (
        "  to set it up: {command}",
        "  준비하려면: {command}",
    ),
}
