"""The command line's own words around the services' messages (prefixes, summaries)."""

from __future__ import annotations

CLI: dict[str, tuple[str, str]] = {
    "cli.error": ("error: {message}", "오류: {message}"),
    "cli.no_screen": (
        "there is no screen to show the window on (neither DISPLAY nor WAYLAND_DISPLAY "
        "is set: an SSH session without X forwarding, a server). Work from the command "
        "line instead: 'officer-desk' alone prints the overview of your case log and "
        "'officer-desk --help' lists the commands; on a desktop, start it from the "
        "desktop's own terminal or menu",
        "창을 띄울 화면이 없습니다(DISPLAY도 WAYLAND_DISPLAY도 설정되어 있지 않습니다. X "
        "전달 없이 SSH로 접속했거나 서버에서 실행한 경우입니다). 대신 명령줄에서 "
        "작업하십시오. 'officer-desk'만 입력하면 업무 기록의 개요를, 'officer-desk "
        "--help'는 명령 목록을 보여 줍니다. 데스크톱에서는 데스크톱의 터미널이나 메뉴에서 "
        "실행하십시오",
    ),
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
    "cli.period_reversed": (
        "--to {end} is before --from {start}: no day is in that period",
        "--to {end}이(가) --from {start}보다 앞섭니다. 그 사이에 드는 날이 없습니다",
    ),
    "cli.date_out_of_range": (
        "{value} is outside the years {first} to {last}",
        "{value}은(는) {first}년~{last}년 밖의 날짜입니다",
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
    # -- import ------------------------------------------------------------------------
    "cli.import_mapping_saved": ("mapping saved to {path}", "열 대응을 {path}에 저장했습니다"),
    "cli.import_dry_run": ("dry run: nothing was written", "시험 실행: 아무것도 쓰지 않았습니다"),
    "cli.import_refused": (
        "nothing imported: {rows} rejected. Correct them and run again, or import the other "
        "rows with --skip-invalid (the rejected ones go to {file})",
        "가져오지 않았습니다: 거부된 행 {rows}. 고친 뒤 다시 실행하거나, --skip-invalid로 "
        "나머지 행만 가져오십시오(거부된 행은 {file}에 저장됩니다)",
    ),
    "cli.import_done": (
        "imported: {created:,} created, {updated:,} updated, {unchanged:,} unchanged",
        "가져왔습니다: 새로 만듦 {created:,}건, 바뀜 {updated:,}건, 그대로 {unchanged:,}건",
    ),
    "cli.import_companies": (
        ", {count:,} companies created",
        ", 새 기업 {count:,}곳",
    ),
    "cli.import_backup": ("backup before the import: {path}", "가져오기 전 백업: {path}"),
    "cli.import_rejected_written": (
        "{rows} written to {path}; correct them there and import that file",
        "거부된 행 {rows}을 {path}에 저장했습니다. 그 파일에서 고친 뒤 가져오십시오",
    ),
    "cli.rows": ("{rows}", "{rows}행"),
    # -- package and merge -------------------------------------------------------------
    "cli.package_wrote": (
        "wrote {path} ({records}, signed by {fingerprint})",
        "{path}을(를) 만들었습니다({records}, 서명 키 {fingerprint})",
    ),
    "cli.open_conflicts": (
        "{conflicts} to look at: {command}",
        "살펴볼 충돌 {conflicts}: {command}",
    ),
    # -- refusals of the command line itself ----------------------------------------------
    "cli.confirm_yes": (
        "confirm with --yes (no terminal to ask on)",
        "--yes로 확인하십시오(물어볼 터미널이 없습니다)",
    ),
    "cli.confirm_yes_or_fingerprint": (
        "confirm with --yes or --fingerprint (no terminal to ask on)",
        "--yes 또는 --fingerprint로 확인하십시오(물어볼 터미널이 없습니다)",
    ),
    "cli.wrong_fingerprint": (
        "the fingerprint you gave ({fingerprint}) is not the package's; nothing trusted",
        "입력한 지문({fingerprint})이 패키지의 지문과 다릅니다. 아무 키도 신뢰하지 않았습니다",
    ),
    "cli.set_needs_edited": (
        "--set goes with --keep edited",
        "--set은 --keep edited와 함께 씁니다",
    ),
    "cli.set_syntax": (
        "--set takes FIELD=VALUE, not {item!r}",
        "--set에는 FIELD=VALUE 형식을 씁니다({item!r}이 아님)",
    ),
    "cli.edited_needs_set": (
        "--keep edited needs the values to keep: --set FIELD=VALUE",
        "--keep edited에는 유지할 값이 필요합니다: --set FIELD=VALUE",
    ),
    "cli.force_hint": (
        "{message} To settle it anyway (replacing the current value), add --force.",
        "{message} 그래도 정리하려면(지금 값을 바꿈) --force를 붙이십시오.",
    ),
    "cli.not_demo": (
        "{path} is a real case log, not a demo database; demo data goes only into a "
        "database made by {command} (choose a new file name)",
        "{path}은(는) 실제 사건 기록부이며 예시용 데이터베이스가 아닙니다. 예시 자료는 "
        "{command}로 만든 데이터베이스에만 넣습니다(새 파일 이름을 고르십시오)",
    ),
    "cli.bad_json": (
        "not valid JSON: {detail} at line {line}",
        "올바른 JSON이 아닙니다: {line}행 ({detail})",
    ),
    "cli.json_not_object": (
        "expected a JSON object of field names and values",
        "항목 이름과 값으로 된 JSON 객체여야 합니다",
    ),
    "cli.plan_head": (
        "{name} ({where}): header row {row}, {rows}",
        "{name} ({where}): 머리글 {row}행, {rows}",
    ),
    "cli.plan_sheet": ("sheet {sheet!r}", "시트 {sheet!r}"),
    "cli.plan_csv": ("{encoding}, delimiter {delimiter!r}", "{encoding}, 구분자 {delimiter!r}"),
    "cli.plan_columns": ("column|header|field|how", "열|머리글|항목|방법"),
    "cli.plan_how_file": ("file", "매핑 파일"),
    "cli.plan_how_auto": ("auto", "자동"),
    "cli.plan_how_ignored": ("ignored", "무시"),
    "cli.plan_how_unknown": ("unknown", "알 수 없음"),
    "cli.created": (
        "created {path} for {role} (officer: {officer})",
        "{path}을(를) {role}용으로 만들었습니다(담당관: {officer})",
    ),
    "cli.role_hq": ("HQ", "본청"),
    "cli.role_post": ("post {post}", "{post} 공관"),
    "cli.plan_note": ("  note: {message}", "  참고: {message}"),
    "cli.plan_skipped": ("  skipped row {row}: {message}", "  건너뛴 {row}행: {message}"),
    "cli.plan_new_companies": (
        "  new companies ({count:,}): {names}",
        "  새 기업 ({count:,}곳): {names}",
    ),
    "cli.plan_changes": ("{count} to change:", "바꿀 값 {count}건:"),
    "cli.plan_change": ("  row {row} ({record}): {field}: {old} → {new}",
                        "  {row}행 ({record}): {field}: {old} → {new}"),
    "cli.plan_change_empty": ("(empty)", "(빈 값)"),
    "cli.plan_notes": ("{count}", "참고 {count}건"),
    "cli.plan_problems": ("{count}", "문제 {count}건"),
    "cli.first_run_demo": (
        "first run: creating the demo database ({count:,} made-up records)…",
        "처음 실행: 데모 데이터베이스를 만듭니다(가상 기록 {count:,}건)…",
    ),
    "cli.overview_demo": ("DEMO DATABASE — not for real cases: {path}",
                          "데모 데이터베이스 — 실제 사건용이 아닙니다: {path}"),
    "cli.overview_database": ("database: {path} ({role})", "데이터베이스: {path} ({role})"),
    "cli.overview_hq": ("HQ", "본청"),
    "cli.overview_post": ("post {post}", "{post} 공관"),
    "cli.overview_disputes": ("Disputes: {open:,} open, {closed:,} closed; {others}",
                              "분쟁: 진행 중 {open:,}건, 종결 {closed:,}건; {others}"),
    "cli.overview_overdue": ("Overdue ({count:,}):", "기한 지남({count:,}건):"),
    "cli.overview_next_30": ("Next 30 days ({count:,}):", "30일 이내({count:,}건):"),
    "cli.overview_no_window": ("No window yet: use the commands below on {path}.",
                               "창을 열 수 없습니다. {path}에 아래 명령을 쓰십시오."),
    "cli.brief_progress": ("writing the briefing pack", "업무 보고 자료를 쓰는 중"),
    "cli.brief_dry_run": ("Nothing written (--dry-run).", "아무것도 쓰지 않았습니다(--dry-run)."),
    "cli.brief_wrote": ("wrote {path}", "썼습니다: {path}"),
    "cli.brief_internal": ("Internal edition", "내부용"),
    "cli.brief_stakeholder": ("Stakeholder edition", "이해관계자용"),
}
