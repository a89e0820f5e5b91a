"""The command line's help and click's own words around it, in English and Korean.

``help.*``: the help of the group (``help.cmd``), of each command (``help.cmd.<path>``),
its line in the command list (``help.short.<path>``; for a command with no short help
of its own, the first sentence of its help) and each option's
(``help.opt.<path>.<parameter>``; ``help.opt.any.<parameter>``: the text every command
with that option shares). The English side is the text the command has in its source
(``cli/help_text.py`` shows the Korean only while the two agree, and a test compares
them): change one, change the other. Option names, metavars, command names and the
examples' command lines are typed as they are and stay as they are. Braces are doubled.

``usage.*``: click's usage errors (``cli/usage_errors.py``); the English side is what
click says.
"""

from __future__ import annotations

CLI_USAGE: dict[str, tuple[str, str]] = {
    "usage.try_help": (
        "Try '{command} {option}' for help.",
        "도움말을 보려면 '{command} {option}'을(를) 실행하십시오.",
    ),
    "usage.error": ("Error: {message}", "오류: {message}"),
    "usage.no_such_command": ("No such command {name!r}.", "{name!r} 명령은 없습니다."),
    "usage.no_such_option": ("No such option {name!r}.", "{name!r} 옵션은 없습니다."),
    "usage.did_you_mean": (
        "(Did you mean one of: {possibilities}?)",
        "(비슷한 이름: {possibilities})",
    ),
    "usage.missing_argument": ("Missing argument {hint}.", "{hint} 인자를 입력하십시오."),
    "usage.missing_option": ("Missing option {hint}.", "{hint} 옵션을 지정하십시오."),
    "usage.missing_parameter": ("Missing parameter {hint}.", "{hint} 값을 입력하십시오."),
    "usage.missing_command": ("Missing command.", "명령을 입력하십시오."),
    "usage.choose_from": ("Choose from: {choices}.", "가능한 값: {choices}."),
    "usage.invalid_value": (
        "Invalid value for {hint}: {message}",
        "{hint}의 값이 올바르지 않습니다: {message}",
    ),
    "usage.invalid_value_bare": ("Invalid value: {message}", "값이 올바르지 않습니다: {message}"),
    "usage.needs_value": (
        "Option {name!r} requires an argument.",
        "{name!r} 옵션 뒤에 값을 입력하십시오.",
    ),
    "usage.needs_values": (
        "Option {name!r} requires {count} arguments.",
        "{name!r} 옵션 뒤에 값 {count}개를 입력하십시오.",
    ),
    "usage.takes_no_value": (
        "Option {name!r} does not take a value.",
        "{name!r} 옵션은 값을 받지 않습니다.",
    ),
    "usage.extra_arguments": (
        "Got unexpected extra arguments ({args})",
        "필요 없는 인자가 더 있습니다({args}).",
    ),
    "usage.not_one_of": (
        "{value} is not one of {choices}.",
        "{value}은(는) 쓸 수 없는 값입니다(가능한 값: {choices}).",
    ),
    "usage.not_in_range": (
        "{value} is not in the range {range}.",
        "{value}은(는) 허용 범위({range})를 벗어납니다.",
    ),
    "usage.not_a_number": ("{value} is not a valid integer.", "{value}은(는) 정수가 아닙니다."),
    "usage.path_missing": ("{path} does not exist.", "{path}이(가) 없습니다."),
    "usage.path_is_file": (
        "{path} is a file.",
        "{path}은(는) 파일입니다. 폴더를 지정하십시오.",
    ),
    "usage.path_is_directory": (
        "{path} is a directory.",
        "{path}은(는) 폴더입니다. 파일을 지정하십시오.",
    ),
    "usage.path_not_readable": ("{path} is not readable.", "{path}을(를) 읽을 수 없습니다."),
    "usage.path_not_writable": ("{path} is not writable.", "{path}에 쓸 수 없습니다."),
    "usage.aborted": ("Aborted!", "중단했습니다."),
    "usage.entries_differ": (
        "Error: The two entered values do not match.",
        "오류: 두 번 입력한 값이 다릅니다. 다시 입력하십시오.",
    ),
    # a yes-or-no question answered otherwise (cli/asking.py)
    "usage.invalid_answer": (
        "Error: invalid input",
        "오류: y(예) 또는 n(아니오)로 답하십시오.",
    ),
}

CLI_HELP: dict[str, tuple[str, str]] = {
    # -- shared by several commands ----------------------------------------------
    "help.opt.any.as_json": (
        'Print JSON instead of a table.',
        '표 대신 JSON으로 출력합니다.',
    ),
    "help.opt.any.lang": (
        'Language of titles and labels (ko: Korean, en: English); default: the language '
        'of the command line (officer-desk --lang).',
        '제목과 항목 이름의 언어(ko: 한국어, en: 영어). 기본값은 명령줄의 '
        '언어(officer-desk --lang)입니다.',
    ),
    "help.opt.any.posts": (
        'Only these posts (repeat, or comma-separated).',
        '이 공관들의 것만(여러 번 쓰거나 쉼표로 구분).',
    ),
    "help.opt.any.yes": (
        'Do not ask for confirmation.',
        '확인을 묻지 않습니다.',
    ),
    "help.opt.any.help": (
        'Show this message and exit.',
        '이 도움말을 보여 주고 끝냅니다.',
    ),
    # -- officer-desk ------------------------------------------------------------
    "help.cmd": (
        "Officer Desk: the case log of Korea's overseas patent officers.\n"
        '\n'
        'Log disputes, engagements with local authorities, trend notes, companies,\n'
        'conferences and follow-ups in a local SQLite file, fully offline; find them, '
        'watch\n'
        'deadlines and export them. Each command takes the database file (DB) first.\n'
        '\n'
        'Run without a command, it opens your database (or the demo database) and shows\n'
        'an overview.',
        'Officer Desk: 해외 특허 주재관의 사건 기록부입니다.\n'
        '\n'
        '분쟁, 현지 당국과의 협의, 동향, 기업, 회의, 후속 조치를 인터넷 연결 없이 로컬 '
        'SQLite 파일에 기록하고, 찾아보고, 기한을 챙기고, 내보냅니다. 모든 명령은 '
        '데이터베이스 파일(DB)을 맨 먼저 받습니다.\n'
        '\n'
        '명령 없이 실행하면 사용하던 데이터베이스(없으면 데모 데이터베이스)를 열어 '
        '개요를 보여 줍니다.',
    ),
    "help.epilog": (
        '\b\n'
        'Examples:\n'
        '  officer-desk init us.sqlite --post US --officer 김영희\n'
        '  officer-desk add us.sqlite dispute --json dispute.json\n'
        '  officer-desk list us.sqlite disputes --where stage=filed\n'
        '  officer-desk search us.sqlite 한빛\n'
        '  officer-desk deadlines us.sqlite --days 30\n'
        '\n'
        'Run any command with --help for its options and an example.',
        '\b\n'
        '예:\n'
        '  officer-desk init us.sqlite --post US --officer 김영희\n'
        '  officer-desk add us.sqlite dispute --json dispute.json\n'
        '  officer-desk list us.sqlite disputes --where stage=filed\n'
        '  officer-desk search us.sqlite 한빛\n'
        '  officer-desk deadlines us.sqlite --days 30\n'
        '\n'
        '각 명령의 옵션과 예는 그 명령에 --help를 붙여 실행하면 볼 수 있습니다.',
    ),
    "help.opt.lang": (
        'Language of messages, notices and summaries (ko: Korean, en: English); default: '
        "the language in the settings, else the system's (LANG).",
        '메시지, 알림, 요약의 언어(ko: 한국어, en: 영어). 기본값은 설정의 언어, 설정이 '
        '없으면 시스템 언어(LANG)입니다.',
    ),
    "help.opt.actor": (
        "Who is making the changes (recorded in each record's history); default: the "
        'officer the database was set up for.',
        '변경하는 사람(각 기록의 이력에 남습니다). 기본값은 데이터베이스를 만들 때 '
        '지정한 담당관입니다.',
    ),
    "help.opt.version": (
        'Show the version, the data folder, the database schema and the licences of the '
        'bundled components, and exit.',
        '버전, 데이터 폴더, 데이터베이스 구조 버전, 함께 배포된 구성 요소의 라이선스를 '
        '보여 주고 끝냅니다.',
    ),
    # -- gui ---------------------------------------------------------------------
    "help.short.gui": (
        'Open the desk window on a database.',
        '데이터베이스를 데스크 창으로 엽니다.',
    ),
    "help.cmd.gui": (
        'Open the desk window on DB: dashboard, lists of every kind of record with\n'
        "search as you type, filters and each record's fields and history. Without DB "
        'it\n'
        'opens the database you opened last; on a first start (or when that file is '
        'gone)\n'
        'the welcome screen offers a new case log, Open… and the demo database.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk gui us.sqlite\n'
        '  officer-desk gui --lang en\n'
        '  officer-desk gui us.sqlite --screenshot window.png',
        'DB를 데스크 창으로 엽니다. 대시보드, 입력하는 대로 찾아 주는 검색과 필터가 있는 '
        '종류별 기록 목록, 기록마다 필드와 이력을 볼 수 있습니다. DB를 주지 않으면 '
        '마지막으로 연 데이터베이스를 엽니다. 처음 실행할 때(또는 그 파일이 없어졌을 '
        '때)는 시작 화면에서 새 사건 기록부, 열기…, 데모 데이터베이스를 고를 수 '
        '있습니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk gui us.sqlite\n'
        '  officer-desk gui --lang en\n'
        '  officer-desk gui us.sqlite --screenshot window.png',
    ),
    "help.opt.gui.lang": (
        "Language of the window (default: the system's).",
        '창의 언어(기본값: 시스템 언어).',
    ),
    "help.opt.gui.screenshot": (
        'Save a picture of the window once it is first painted to PNG, then quit (smoke '
        'tests, benchmarks, pictures for the documentation).',
        '창이 처음 그려지면 그 모습을 PNG 파일로 저장하고 끝냅니다(기본 동작 점검, 성능 '
        '측정, 설명서의 그림용).',
    ),
    # -- init --------------------------------------------------------------------
    "help.short.init": (
        'Create a new case log for a post or for HQ.',
        '공관 또는 본청의 새 사건 기록부를 만듭니다.',
    ),
    "help.cmd.init": (
        'Create a new, empty case log for a post (or for HQ).\n'
        '\n'
        'The file gets the posts and vocabularies (IP types, dispute kinds, stages, …) '
        'and\n'
        "remembers which post it belongs to: records made in it are that post's. The "
        'file\n'
        'must not exist yet.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk init us.sqlite --post US --officer 김영희\n'
        '  officer-desk init hq.sqlite --hq\n'
        '  officer-desk init laptop.sqlite --post US --encrypt',
        '공관(또는 본청)의 비어 있는 새 사건 기록부를 만듭니다.\n'
        '\n'
        '파일에는 공관 목록과 용어(권리 종류, 분쟁 유형, 단계 …)가 들어가고, 파일은 '
        '자신이 어느 공관의 것인지 기억합니다. 그 파일에서 만든 기록은 그 공관의 기록이 '
        '됩니다. 같은 이름의 파일이 이미 있으면 안 됩니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk init us.sqlite --post US --officer 김영희\n'
        '  officer-desk init hq.sqlite --hq\n'
        '  officer-desk init laptop.sqlite --post US --encrypt',
    ),
    "help.opt.init.post": (
        'The post this database is for (US, CN, JP, EU, GVA).',
        '이 데이터베이스를 쓰는 공관(US, CN, JP, EU, GVA).',
    ),
    "help.opt.init.hq": (
        "Set up the HQ database (merges every post's data).",
        '본청 데이터베이스로 만듭니다(모든 공관의 자료를 병합합니다).',
    ),
    "help.opt.init.officer": (
        'The officer using it (default: your login).',
        '이 데이터베이스를 쓰는 담당관(기본값: 로그인 이름).',
    ),
    "help.opt.init.encrypt": (
        'Encrypt the file with a passphrase (asked twice, or OFFICER_DESK_PASSPHRASE); '
        'recommended on a laptop. A lost passphrase cannot be recovered.',
        '파일을 암호로 암호화합니다(두 번 묻거나 OFFICER_DESK_PASSPHRASE에서 읽습니다). '
        '노트북이라면 권장합니다. 잃어버린 암호는 되찾을 수 없습니다.',
    ),
    # -- add ---------------------------------------------------------------------
    "help.short.add": (
        'Add records from a JSON file or standard input.',
        'JSON 파일이나 표준 입력에서 기록을 추가합니다.',
    ),
    "help.cmd.add": (
        'Add records of a kind from JSON: one object, a list of objects, or an export.\n'
        '\n'
        'KIND is a kind (dispute, company, follow-up, …; see officer-desk fields) or '
        '"all"\n'
        'to take every kind from a file made by officer-desk export. Every record is '
        'checked\n'
        'first: if any has a problem, nothing is added and each problem is listed. '
        'Field\n'
        'names and codes are those of officer-desk fields KIND.\n'
        '\n'
        'A value that would be stored otherwise than given (an item given twice in a '
        'list,\n'
        'a line break in a one-line text, Unicode not in composed form, a post\'s code in\n'
        'small letters …) is shown with what would be stored, and nothing is added '
        'unless\n'
        '--accept-changes is given. Spaces at the ends of a one-line text and a date or\n'
        'registration number in another form are stored in their standard form and '
        'said.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk add us.sqlite dispute --json dispute.json\n'
        '  echo \'{{"name_ko": "(주)한빛배터리", "size": "sme"}}\' \\\n'
        '    | officer-desk add us.sqlite company --json -\n'
        '  officer-desk add hq.sqlite all --json us-export.json',
        'JSON에서 한 종류의 기록을 추가합니다. JSON은 객체 하나, 객체 목록, 또는 내보낸 '
        '파일입니다.\n'
        '\n'
        'KIND는 기록 종류(dispute, company, follow-up …; officer-desk fields 참조)이며, '
        'officer-desk export로 만든 파일의 모든 종류를 가져오려면 "all"을 씁니다. 모든 '
        '기록을 먼저 검사해, 하나라도 문제가 있으면 아무것도 추가하지 않고 문제를 '
        '하나하나 보여 줍니다. 필드 이름과 코드는 officer-desk fields KIND가 보여 주는 '
        '것과 같습니다.\n'
        '\n'
        '적힌 것과 다르게 저장될 값(목록에 두 번 적힌 항목, 한 줄 텍스트 안의 줄바꿈, '
        '조합형이 아닌 유니코드, 소문자로 적힌 공관 코드 …)이 있으면 저장될 값을 보여 '
        '주고, --accept-changes를 붙이지 않는 한 아무것도 추가하지 않습니다. 한 줄 '
        '텍스트 앞뒤의 공백과 다른 형식으로 적힌 날짜·사업자등록번호는 표준 형식으로 '
        '저장하고 그 사실을 알립니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk add us.sqlite dispute --json dispute.json\n'
        '  echo \'{{"name_ko": "(주)한빛배터리", "size": "sme"}}\' \\\n'
        '    | officer-desk add us.sqlite company --json -\n'
        '  officer-desk add hq.sqlite all --json us-export.json',
    ),
    "help.opt.add.source": (
        'JSON file to read (- for standard input).',
        '읽을 JSON 파일(표준 입력은 -).',
    ),
    "help.opt.add.accept_changes": (
        'Store values that would be stored otherwise than given (a repeated tag '
        'kept once, line breaks in a one-line text made spaces, …) as the refusal '
        'without it shows them.',
        '적힌 것과 다르게 저장될 값(두 번 적힌 태그는 한 번만, 한 줄 텍스트의 '
        '줄바꿈은 공백으로 …)을 이 옵션 없이 거부할 때 보여 준 대로 저장합니다.',
    ),
    # -- update ------------------------------------------------------------------
    "help.short.update": (
        "Change a record's fields from JSON.",
        'JSON으로 기록의 필드를 바꿉니다.',
    ),
    "help.cmd.update": (
        'Change fields of a record: give a JSON object of field names and new values.\n'
        '\n'
        'Fields left out keep their values; null clears a field. ID may be the first 8 '
        'or\n'
        "more characters of the id. The change is recorded in the record's history. A "
        'value\n'
        'that would be stored otherwise than given is refused as add refuses it, unless\n'
        '--accept-changes is given.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  echo \'{{"stage": "filed", "stage_date": "2025-03-04"}}\' \\\n'
        '    | officer-desk update us.sqlite 3f2c9a1e --json -',
        '기록의 필드를 바꿉니다. 필드 이름과 새 값을 담은 JSON 객체를 주십시오.\n'
        '\n'
        '빠진 필드는 값이 그대로이고, null은 필드를 비웁니다. ID는 기록 ID의 앞 8자 '
        '이상만 써도 됩니다. 변경 내용은 기록의 이력에 남습니다. 적힌 것과 다르게 '
        '저장될 값은 add와 같이 거부하며, --accept-changes를 붙이면 저장합니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  echo \'{{"stage": "filed", "stage_date": "2025-03-04"}}\' \\\n'
        '    | officer-desk update us.sqlite 3f2c9a1e --json -',
    ),
    "help.opt.update.source": (
        'JSON object of the fields to change (- for standard input).',
        '바꿀 필드를 담은 JSON 객체(표준 입력은 -).',
    ),
    "help.opt.update.accept_changes": (
        'Store values that would be stored otherwise than given (a repeated tag '
        'kept once, line breaks in a one-line text made spaces, …) as the refusal '
        'without it shows them.',
        '적힌 것과 다르게 저장될 값(두 번 적힌 태그는 한 번만, 한 줄 텍스트의 '
        '줄바꿈은 공백으로 …)을 이 옵션 없이 거부할 때 보여 준 대로 저장합니다.',
    ),
    # -- attach ------------------------------------------------------------------
    "help.short.attach": (
        'Store a document with a record.',
        '기록에 문서를 첨부해 보관합니다.',
    ),
    "help.cmd.attach": (
        'Store a document (up to 25 MB) in the database, attached to a record.\n'
        '\n'
        "The file's content is kept in the database, so it travels with it; show ID "
        'lists\n'
        "a record's attachments.\n"
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk attach us.sqlite 3f2c9a1e 소장_2024가합12345.pdf --description '
        '"소장 사본"',
        '문서(25MB까지)를 기록에 첨부해 데이터베이스에 보관합니다.\n'
        '\n'
        '파일 내용이 데이터베이스 안에 저장되므로 데이터베이스와 함께 옮겨집니다. 기록의 '
        '첨부 목록은 show ID로 봅니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk attach us.sqlite 3f2c9a1e 소장_2024가합12345.pdf --description '
        '"소장 사본"',
    ),
    "help.opt.attach.description": (
        'What the document is.',
        '어떤 문서인지에 대한 설명.',
    ),
    "help.opt.attach.sensitivity": (
        'Default: that of the record it is attached to.',
        '기본값: 첨부할 기록의 공개 범위와 같습니다.',
    ),
    # -- delete ------------------------------------------------------------------
    "help.short.delete": (
        'Delete a record (undelete brings it back).',
        '기록을 삭제합니다(undelete로 되살릴 수 있습니다).',
    ),
    "help.cmd.delete": (
        'Delete a record (undelete brings it back: nothing is ever removed for good).\n'
        '\n'
        'The record disappears from lists, searches and deadlines; list --deleted shows\n'
        'deleted records and undelete brings one back. ID may be a prefix of 8+ '
        'characters.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk delete us.sqlite 3f2c9a1e',
        '기록을 삭제합니다(undelete로 되살릴 수 있습니다. 아무것도 영구히 지우지 '
        '않습니다).\n'
        '\n'
        '삭제한 기록은 목록, 검색, 기한에서 사라집니다. 삭제한 기록은 list --deleted로 '
        '보고 undelete로 되살립니다. ID는 앞 8자 이상만 써도 됩니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk delete us.sqlite 3f2c9a1e',
    ),
    # -- undelete ----------------------------------------------------------------
    "help.short.undelete": (
        'Bring back a deleted record.',
        '삭제한 기록을 되살립니다.',
    ),
    "help.cmd.undelete": (
        'Bring back a deleted record.\n'
        '\n'
        'ID may be a prefix of 8+ characters (list DB KIND --deleted shows deleted '
        'records).\n'
        '(To put back a whole database from a backup, see restore.)\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk undelete us.sqlite 3f2c9a1e',
        '삭제한 기록을 되살립니다.\n'
        '\n'
        'ID는 앞 8자 이상만 써도 됩니다(삭제한 기록은 list DB KIND --deleted로 봅니다). '
        '(데이터베이스 전체를 백업에서 되돌리려면 restore를 보십시오.)\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk undelete us.sqlite 3f2c9a1e',
    ),
    # -- list --------------------------------------------------------------------
    "help.short.list": (
        'List records of a kind, filtered and sorted.',
        '한 종류의 기록을 걸러서 정렬해 보여 줍니다.',
    ),
    "help.cmd.list": (
        'List records of one kind, filtered and sorted.\n'
        '\n'
        'Shows a table with the first 8 characters of each id (enough for show, update '
        'and\n'
        'the other commands), the post, the title and the kind\'s main fields, then "N '
        'of\n'
        'TOTAL". Field names for --where and --sort are those of officer-desk fields '
        'KIND;\n'
        'vocabulary values may be given as codes or as labels.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk list us.sqlite disputes --where stage=filed --where '
        'ip_type=patent\n'
        '  officer-desk list hq.sqlite disputes --post US,CN --from 2024-01-01 --sort '
        '-opened_on\n'
        '  officer-desk list us.sqlite companies --search 배터리 --lang en --json',
        '한 종류의 기록을 걸러서 정렬해 보여 줍니다.\n'
        '\n'
        '각 기록 ID의 앞 8자(show, update 등 다른 명령에 쓰기에 충분합니다), 공관, 제목, '
        '그 종류의 주요 필드를 표로 보여 주고, 끝에 "전체 중 몇 건"을 보여 줍니다. '
        '--where와 --sort에 쓰는 필드 이름은 officer-desk fields KIND가 보여 주는 것과 '
        '같고, 용어 값은 코드로도 표시 이름으로도 줄 수 있습니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk list us.sqlite disputes --where stage=filed --where '
        'ip_type=patent\n'
        '  officer-desk list hq.sqlite disputes --post US,CN --from 2024-01-01 --sort '
        '-opened_on\n'
        '  officer-desk list us.sqlite companies --search 배터리 --lang en --json',
    ),
    "help.opt.list.where": (
        'Only records whose FIELD is VALUE (a code or its label); repeat for more '
        'conditions; the same field twice means either value.',
        'FIELD가 VALUE(코드 또는 표시 이름)인 기록만. 조건을 더하려면 되풀이하고, 같은 '
        '필드를 두 번 쓰면 둘 중 어느 값이든 됩니다.',
    ),
    "help.opt.list.text": (
        'Only records containing TEXT.',
        'TEXT가 들어 있는 기록만.',
    ),
    "help.opt.list.posts": (
        "Only these posts' records (repeat, or comma-separated).",
        '이 공관들의 기록만(여러 번 쓰거나 쉼표로 구분).',
    ),
    "help.opt.list.date_from": (
        "From this date (on the kind's main date, e.g. a dispute's opening).",
        '이 날짜부터(그 종류의 주 날짜 기준. 예: 분쟁의 접수일).',
    ),
    "help.opt.list.date_to": (
        'Up to this date, inclusive.',
        '이 날짜까지(이 날짜 포함).',
    ),
    "help.opt.list.sort": (
        "Sort by FIELD; -FIELD for descending (default: the kind's usual order).",
        'FIELD로 정렬합니다. 내림차순은 -FIELD(기본값: 그 종류의 보통 순서).',
    ),
    "help.opt.list.limit": (
        'At most this many records (0: all).',
        '최대 기록 수(0: 전부).',
    ),
    "help.opt.list.offset": (
        'Skip this many first.',
        '앞에서 건너뛸 기록 수.',
    ),
    "help.opt.list.deleted": (
        'List deleted records instead (the bin).',
        '삭제한 기록(휴지통)을 대신 보여 줍니다.',
    ),
    # -- show --------------------------------------------------------------------
    "help.short.show": (
        'Show a record, what is linked to it, its history.',
        '기록 하나와 연결된 기록, 이력을 보여 줍니다.',
    ),
    "help.cmd.show": (
        'Show one record: every field, what is linked to it, and its latest history.\n'
        '\n'
        'ID may be the whole id or its first 8 or more characters (as lists print '
        'them).\n'
        'Linked records are listed under it: follow-ups, attachments, and for a company '
        'its\n'
        'disputes and engagements.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk show us.sqlite 3f2c9a1e\n'
        '  officer-desk show us.sqlite 3f2c9a1e --lang en --json',
        '기록 하나의 모든 필드, 연결된 기록, 최근 이력을 보여 줍니다.\n'
        '\n'
        'ID는 전체 ID나 그 앞 8자 이상(목록에 나오는 그대로)입니다. 연결된 기록(후속 '
        '조치, 첨부, 기업이라면 그 기업의 분쟁과 협의)이 아래에 나옵니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk show us.sqlite 3f2c9a1e\n'
        '  officer-desk show us.sqlite 3f2c9a1e --lang en --json',
    ),
    # -- history -----------------------------------------------------------------
    "help.short.history": (
        'Every change made to a record.',
        '기록에 있었던 모든 변경을 보여 줍니다.',
    ),
    "help.cmd.history": (
        'Show every change made to a record: when, by whom, which field, old and new '
        'value.\n'
        '\n'
        'ID may be a prefix of 8+ characters.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk history us.sqlite 3f2c9a1e',
        '기록에 있었던 모든 변경(언제, 누가, 어느 필드를, 이전 값과 새 값)을 보여 '
        '줍니다.\n'
        '\n'
        'ID는 앞 8자 이상만 써도 됩니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk history us.sqlite 3f2c9a1e',
    ),
    # -- search ------------------------------------------------------------------
    "help.short.search": (
        'Full-text search across every kind of record.',
        '모든 종류의 기록에서 전문 검색을 합니다.',
    ),
    "help.cmd.search": (
        'Find records of any kind containing every word of QUERY, best match first.\n'
        '\n'
        'Searches titles, names, case numbers, summaries, notes, counterparties and '
        'tags, in\n'
        'Korean and English; parts of words match too (한빛 finds (주)한빛배터리). Put '
        'a\n'
        'phrase in double quotes to find it as one piece. Nothing you type is treated '
        'as\n'
        'a search operator: C++, AND and (주) are searched as written.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk search us.sqlite 한빛\n'
        '  officer-desk search us.sqlite "2024가합-12345" --kind disputes\n'
        '  officer-desk search hq.sqlite "Voltaic Licensing" --lang en --json',
        'QUERY의 모든 단어가 들어 있는 기록을 종류에 상관없이 찾아, 가장 잘 맞는 것부터 '
        '보여 줍니다.\n'
        '\n'
        '제목, 이름, 사건 번호, 요약, 메모, 상대방, 태그를 한국어와 영어로 찾으며, '
        '단어의 일부도 찾습니다(한빛으로 (주)한빛배터리를 찾습니다). 구절을 한 덩어리로 '
        '찾으려면 큰따옴표로 묶으십시오. 입력한 어떤 것도 검색 연산자로 다루지 않습니다. '
        'C++, AND, (주)도 쓴 그대로 찾습니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk search us.sqlite 한빛\n'
        '  officer-desk search us.sqlite "2024가합-12345" --kind disputes\n'
        '  officer-desk search hq.sqlite "Voltaic Licensing" --lang en --json',
    ),
    "help.opt.search.kinds": (
        'Only records of this kind (repeat for several).',
        '이 종류의 기록만(여러 종류는 되풀이).',
    ),
    "help.opt.search.limit": (
        'At most this many results.',
        '최대 결과 수.',
    ),
    # -- deadlines ---------------------------------------------------------------
    "help.short.deadlines": (
        'Overdue and upcoming follow-ups and action items.',
        '기한이 지났거나 다가오는 후속 조치와 조치 사항을 보여 줍니다.',
    ),
    "help.cmd.deadlines": (
        'Upcoming deadlines: open follow-ups and conference action items by due date.\n'
        '\n'
        'Overdue ones come first, then those due within --days days. Each line names '
        'the\n'
        'record the deadline belongs to; show ID (the id column) opens the deadline '
        'itself.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk deadlines us.sqlite\n'
        '  officer-desk deadlines hq.sqlite --days 90 --post US,CN --limit 20',
        '다가오는 기한: 끝나지 않은 후속 조치와 회의의 조치 사항을 기한 순으로 보여 '
        '줍니다.\n'
        '\n'
        '기한이 지난 것이 먼저, 이어서 --days일 안에 기한이 오는 것이 나옵니다. 줄마다 '
        '그 기한이 속한 기록을 밝히며, show ID(ID 열)로 기한 자체를 엽니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk deadlines us.sqlite\n'
        '  officer-desk deadlines hq.sqlite --days 90 --post US,CN --limit 20',
    ),
    "help.opt.deadlines.days": (
        'Show what is due in this many days from today.',
        '오늘부터 이 일수 안에 기한이 오는 것을 보여 줍니다.',
    ),
    "help.opt.deadlines.no_overdue": (
        'Leave out deadlines already past.',
        '이미 기한이 지난 것은 빼고 보여 줍니다.',
    ),
    "help.opt.deadlines.today": (
        'Count from this date instead of today.',
        '오늘 대신 이 날짜부터 셉니다.',
    ),
    "help.opt.deadlines.limit": (
        'Show at most this many of each group (0: all).',
        '묶음마다 보여 줄 최대 건수(0: 전부).',
    ),
    # -- calendar ----------------------------------------------------------------
    "help.short.calendar": (
        'Write deadlines as an iCalendar (.ics) file.',
        '기한을 iCalendar(.ics) 파일로 씁니다.',
    ),
    "help.cmd.calendar": (
        'Write follow-ups and action items as iCalendar (RFC 5545) events, for Outlook,\n'
        'Google Calendar, Apple Calendar or Thunderbird.\n'
        '\n'
        "Each event keeps its record's id as its UID: import the file again (or "
        'subscribe a\n'
        'calendar to it) and the events are updated, not duplicated. An event starts at '
        '09:00\n'
        "on the due day in the post's time zone, with a reminder the day before; its "
        'title\n'
        "is in the chosen language and its description holds the record's id. Done, "
        'dropped\n'
        'and deleted deadlines are written as cancelled events.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk calendar us.sqlite --out deadlines.ics --mine\n'
        '  officer-desk calendar hq.sqlite --out us-cn.ics --posts US,CN --days 90 '
        '--lang en\n'
        '  officer-desk calendar hq.sqlite --out public.ics --edition stakeholder',
        '후속 조치와 조치 사항을 iCalendar(RFC 5545) 일정으로 씁니다. Outlook, Google '
        '캘린더, Apple 캘린더, Thunderbird에서 쓸 수 있습니다.\n'
        '\n'
        '일정마다 기록의 ID를 UID로 가지므로, 파일을 다시 가져오거나 캘린더에서 이 '
        '파일을 구독하면 일정이 중복되지 않고 갱신됩니다. 일정은 기한일 09:00(공관의 '
        '시간대)에 시작하고 하루 전에 알림이 오며, 제목은 고른 언어로, 설명에는 기록의 '
        'ID가 들어갑니다. 완료했거나 취소했거나 삭제한 기한은 취소된 일정으로 씁니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk calendar us.sqlite --out deadlines.ics --mine\n'
        '  officer-desk calendar hq.sqlite --out us-cn.ics --posts US,CN --days 90 '
        '--lang en\n'
        '  officer-desk calendar hq.sqlite --out public.ics --edition stakeholder',
    ),
    "help.opt.calendar.out": (
        'The .ics file to write (replaced whole if it exists).',
        '쓸 .ics 파일(이미 있으면 통째로 바꿉니다).',
    ),
    "help.opt.calendar.posts": (
        "Only these posts' deadlines (repeat, or comma-separated).",
        '이 공관들의 기한만(여러 번 쓰거나 쉼표로 구분).',
    ),
    "help.opt.calendar.mine": (
        "Only this case log's post's deadlines.",
        '이 사건 기록부의 공관 기한만.',
    ),
    "help.opt.calendar.days": (
        'Only deadlines due at most N days from today (earlier ones included).',
        '오늘부터 N일 안에 기한이 오는 것만(이미 지난 것 포함).',
    ),
    "help.opt.calendar.edition": (
        'stakeholder: no internal records, companies not agreeing to be named anonymised '
        "(as the briefing pack's stakeholder edition).",
        'stakeholder: 내부용 기록은 빼고, 이름 공개에 동의하지 않은 기업은 익명으로 '
        '씁니다(업무 보고 자료의 이해관계자용과 같습니다).',
    ),
    "help.opt.calendar.today": (
        'Count --days from this date instead of today.',
        '오늘 대신 이 날짜부터 --days를 셉니다.',
    ),
    # -- dashboard ---------------------------------------------------------------
    "help.short.dashboard": (
        'Counts of disputes, engagements, notes, deadlines.',
        '분쟁, 협의, 동향, 기한의 건수를 보여 줍니다.',
    ),
    "help.cmd.dashboard": (
        'The numbers to look at first: disputes by post, IP type, kind and technology\n'
        'field, engagements, trend notes, and deadlines overdue and due in 30/60/90 '
        'days.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk dashboard hq.sqlite\n'
        '  officer-desk dashboard hq.sqlite --post US --lang en --json',
        '먼저 볼 숫자들: 공관, 권리 종류, 분쟁 유형, 기술 분야별 분쟁, 협의, 동향, '
        '그리고 기한이 지난 것과 30/60/90일 안에 오는 기한.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk dashboard hq.sqlite\n'
        '  officer-desk dashboard hq.sqlite --post US --lang en --json',
    ),
    "help.opt.dashboard.today": (
        'Count deadlines from this date instead of today.',
        '오늘 대신 이 날짜부터 기한을 셉니다.',
    ),
    # -- brief -------------------------------------------------------------------
    "help.short.brief": (
        'Write a briefing pack (PDF, Excel, manifest) for a conference.',
        '회의용 업무 보고 자료(PDF, Excel, 매니페스트)를 씁니다.',
    ),
    "help.cmd.brief": (
        'Write a briefing pack: the PDF, the Excel workbook and its manifest (the\n'
        'selection, edition, record counts and the SHA-256 of each file).\n'
        '\n'
        'The PDF holds what a conference needs: the period since the previous conference '
        'of\n'
        'its series, the disputes that changed in it (new, moved stage, closed), the\n'
        'deadlines of the next 60 days, the open action items; the workbook holds every\n'
        'selected record. The internal edition (HQ) is marked internal on every page. '
        'The\n'
        'stakeholder edition (KPAA, KINPA, companies, the public) leaves out every '
        'record\n'
        'marked internal, shows companies as "Company A — SME, secondary batteries" '
        'unless\n'
        'they agreed to be named and prints a record about such a company by its '
        'structured\n'
        'fields only; it is refused while any text would still name one. A pack with '
        'the\n'
        'same number and version already in the folder is replaced only with --replace.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk brief hq.sqlite --out briefs/ --conference 3f2c9a1e\n'
        '  officer-desk brief hq.sqlite --out briefs/ --conference 3f2c9a1e \\\n'
        '      --edition stakeholder --lang en --format pdf\n'
        '  officer-desk brief us.sqlite --out briefs/ --from 2026-01-01 --to 2026-03-31 '
        '--posts US',
        '업무 보고 자료를 씁니다. PDF, Excel 통합 문서, 그리고 그 매니페스트(고른 범위, 판, '
        '기록 수, 파일마다 SHA-256)입니다.\n'
        '\n'
        'PDF에는 회의에 필요한 것이 들어갑니다. 같은 계열의 이전 회의 이후 기간, 그 '
        '기간에 바뀐 분쟁(새 분쟁, 단계 변경, 종결), 앞으로 60일의 기한, 끝나지 않은 '
        '조치 사항입니다. 통합 문서에는 고른 기록이 모두 들어갑니다. 내부용(본청)은 모든 '
        '쪽에 내부용 표시가 붙습니다. 이해관계자용(변리사회, 지식재산협회, 기업, 일반)은 '
        '내부용으로 표시한 기록을 모두 빼고, 이름 공개에 동의하지 않은 기업은 "기업 A — '
        '중소기업, 이차전지"처럼 보여 주며, 그런 기업에 관한 기록은 구조화된 필드만 '
        '씁니다. 본문에 그런 기업의 이름이 남아 있으면 만들지 않습니다. 번호와 버전이 '
        '같은 자료가 폴더에 이미 있으면 --replace를 줄 때만 바꿉니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk brief hq.sqlite --out briefs/ --conference 3f2c9a1e\n'
        '  officer-desk brief hq.sqlite --out briefs/ --conference 3f2c9a1e \\\n'
        '      --edition stakeholder --lang en --format pdf\n'
        '  officer-desk brief us.sqlite --out briefs/ --from 2026-01-01 --to 2026-03-31 '
        '--posts US',
    ),
    "help.opt.brief.out_dir": (
        'Folder to write the pack into (created if missing).',
        '자료를 쓸 폴더(없으면 만듭니다).',
    ),
    "help.opt.brief.conference": (
        'The conference the pack is for (its agenda and action items; without '
        '--from/--to the period runs from the previous conference to it).',
        '자료를 쓸 회의(그 안건과 조치 사항. --from/--to가 없으면 기간은 이전 회의부터 '
        '이 회의까지입니다).',
    ),
    "help.opt.brief.date_from": (
        'First day of the period.',
        '기간의 첫날.',
    ),
    "help.opt.brief.date_to": (
        'Last day of the period.',
        '기간의 마지막 날.',
    ),
    "help.opt.brief.posts": (
        'Only these posts (default: all).',
        '이 공관들만(기본값: 전부).',
    ),
    "help.opt.brief.kinds": (
        'Only these record kinds (disputes, engagements, trend_notes, companies, '
        'action_items, follow_ups; default: all).',
        '이 기록 종류만(disputes, engagements, trend_notes, companies, action_items, '
        'follow_ups. 기본값: 전부).',
    ),
    "help.opt.brief.technology": (
        'Only records of these technology fields (codes, see `fields`).',
        '이 기술 분야의 기록만(코드. `fields` 참조).',
    ),
    "help.opt.brief.tags": (
        'Only records with any of these tags.',
        '이 태그 가운데 하나라도 있는 기록만.',
    ),
    "help.opt.brief.edition": (
        'internal: everything, marked internal; stakeholder: no internal record, '
        'companies anonymised unless they agreed to be named.',
        'internal: 모든 기록, 내부용 표시. stakeholder: 내부용 기록은 빼고, 이름 공개에 '
        '동의하지 않은 기업은 익명으로.',
    ),
    "help.opt.brief.lang": (
        'Language of the pack.',
        '자료의 언어.',
    ),
    "help.opt.brief.formats": (
        'Which files to write: the PDF, the workbook and the 한글 (HWPX) document.',
        '쓸 파일: PDF, 통합 문서, 한글(HWPX) 문서.',
    ),
    "help.opt.brief.brief_number": (
        "Brief number (default: the conference's, else 1).",
        '보고 번호(기본값: 회의의 번호, 없으면 1).',
    ),
    "help.opt.brief.version": (
        'Version of the brief.',
        '업무 보고 자료의 버전.',
    ),
    "help.opt.brief.distribution": (
        'Who receives the pack (printed in the control block).',
        '자료를 받는 곳(관리 정보란에 인쇄됩니다).',
    ),
    "help.opt.brief.today": (
        'Count deadlines from this day (default: today).',
        '이날부터 기한을 셉니다(기본값: 오늘).',
    ),
    "help.opt.brief.dry_run": (
        'Write nothing: say what the pack would hold (records per sheet, what the PDF '
        'lists, about how many pages, records shown by their structured line only) and '
        'whether the stakeholder edition would be refused.',
        '아무것도 쓰지 않고, 자료에 무엇이 들어갈지(시트별 기록 수, PDF에 나올 것, '
        '대략의 쪽수, 구조화된 줄로만 보여 줄 기록)와 이해관계자용이 거부될지를 알려 '
        '줍니다.',
    ),
    "help.opt.brief.replace": (
        'Replace a pack with the same number, version, edition and language already in '
        'the folder (without it, such a pack is refused).',
        '번호, 버전, 판, 언어가 같은 자료가 폴더에 이미 있으면 바꿉니다(이 옵션이 없으면 '
        '거부합니다).',
    ),
    # -- export ------------------------------------------------------------------
    "help.short.export": (
        'Write records out as JSON, CSV or an analysis database.',
        '기록을 JSON, CSV 또는 분석용 데이터베이스로 내보냅니다.',
    ),
    "help.cmd.export": (
        'Write records out as JSON (everything, to re-import or archive), CSV, or an\n'
        'analysis database (SQLite).\n'
        '\n'
        'JSON holds every field of every record (attachments included, as base64) and can\n'
        'be read back with add DB all --json FILE. CSV is one table per kind, UTF-8 with a\n'
        'byte-order mark when written to a file so that Excel shows Korean correctly;\n'
        'attachment content is left out of CSV. With --out FOLDER and no --kind, one CSV\n'
        'per kind is written into FOLDER. XLSX (--out FILE) is one Excel workbook with a\n'
        'sheet per kind (or only --kind). A CSV or XLSX export corrected in Excel goes back\n'
        'in with import DB FILE --kind KIND: each row finds its record by the id column, so\n'
        'only the cells you changed change. SQLite (--out FILE) is a clean database for\n'
        'analysts: one table per kind with labels beside codes, views and full-text search\n'
        '(docs/analysis.md).\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk export us.sqlite --out us-export.json\n'
        '  officer-desk export us.sqlite --format csv --kind disputes > disputes.csv\n'
        '  officer-desk export us.sqlite --format csv --out csv/\n'
        '  officer-desk export us.sqlite --format xlsx --kind disputes --out 분쟁.xlsx\n'
        '  officer-desk export hq.sqlite --format sqlite --out analysis.sqlite',
        '기록을 JSON(다시 가져오거나 보관할 모든 것), CSV, 또는 분석용 '
        '데이터베이스(SQLite)로 씁니다.\n'
        '\n'
        'JSON에는 모든 기록의 모든 필드(첨부는 base64로)가 들어가며 add DB all --json FILE로 '
        '다시 읽을 수 있습니다. CSV는 '
        '종류마다 표 하나이고, 파일로 쓸 때는 Excel에서 한글이 제대로 보이도록 UTF-8 BOM을 '
        '붙입니다. CSV에는 첨부 내용이 들어가지 않습니다. '
        '--out FOLDER를 주고 --kind를 주지 않으면 종류마다 CSV 하나를 FOLDER에 씁니다. '
        'XLSX(--out FILE)는 종류마다(또는 '
        '--kind만) 시트 하나인 Excel 통합 문서입니다. Excel에서 고친 CSV나 XLSX는 import DB '
        'FILE --kind KIND로 다시 '
        '가져옵니다. 행마다 id 열로 기록을 찾으므로 고친 칸만 바뀝니다. SQLite(--out FILE)는 '
        '분석하는 사람을 위한 깔끔한 데이터베이스로, '
        '종류마다 표 하나에 코드 옆에 표시 이름이 있고, 뷰와 전문 검색이 '
        '있습니다(docs/analysis.md).\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk export us.sqlite --out us-export.json\n'
        '  officer-desk export us.sqlite --format csv --kind disputes > disputes.csv\n'
        '  officer-desk export us.sqlite --format csv --out csv/\n'
        '  officer-desk export us.sqlite --format xlsx --kind disputes --out 분쟁.xlsx\n'
        '  officer-desk export hq.sqlite --format sqlite --out analysis.sqlite',
    ),
    "help.opt.export.fmt": (
        'json keeps everything; csv and xlsx are for spreadsheets (import reads them back); '
        'sqlite is a database for analysts (Datasette, DB Browser, sqlite-utils).',
        'json은 모든 것을 담고, csv와 xlsx는 스프레드시트용이며(import로 다시 읽습니다), '
        'sqlite는 분석용 '
        '데이터베이스입니다(Datasette, DB Browser, sqlite-utils).',
    ),
    "help.opt.export.kind": (
        'Only this kind (required for CSV to standard output).',
        '이 종류만(CSV를 표준 출력으로 쓸 때는 꼭 필요합니다).',
    ),
    "help.opt.export.out": (
        'File to write (a folder for CSV of every kind); default: standard output.',
        '쓸 파일(모든 종류의 CSV는 폴더). 기본값: 표준 출력.',
    ),
    "help.opt.export.include_deleted": (
        'Include deleted records.',
        '삭제한 기록도 넣습니다.',
    ),
    "help.opt.export.edition": (
        'sqlite only: stakeholder leaves out internal records and anonymises companies '
        'that have not agreed to be named (default: internal).',
        'sqlite에만 해당: stakeholder는 내부용 기록을 빼고 이름 공개에 동의하지 않은 '
        '기업을 익명으로 씁니다(기본값: internal).',
    ),
    # -- import ------------------------------------------------------------------
    "help.short.import": (
        'Import an Excel (XLSX) or CSV sheet of records.',
        'Excel(XLSX)이나 CSV 시트의 기록을 가져옵니다.',
    ),
    "help.cmd.import": (
        'Import the rows of an XLSX or CSV file (UTF-8, UTF-8 with BOM, UTF-16 with BOM\n'
        'as Excel\'s "Unicode text" is, or CP949 with --encoding cp949) as records of KIND.\n'
        'Columns are matched to fields by their headers, in Korean or English\n'
        '(회사명, 사건명, 접수일, 권리, 단계 …); a title row, a two-row header,\n'
        'blank lines and a totals row are handled.\n'
        '\n'
        'Every row is checked first and every problem is printed with its row, column and\n'
        'reason. While any row is rejected nothing is imported, unless --skip-invalid: then\n'
        'the good rows are imported and the rejected ones are written to a file you can\n'
        'correct and import again. Everything is imported in one transaction. Importing the\n'
        'same sheet again creates no duplicates: rows already imported are left alone, or\n'
        'updated with the cells that changed (empty cells never erase anything).\n'
        '\n'
        'Exit status 0 when every row was (or, with --dry-run, would be) imported, 1 when any\n'
        'row was rejected.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk import us.sqlite 분쟁현황.xlsx --kind disputes --dry-run\n'
        '  officer-desk import us.sqlite 분쟁현황.xlsx --kind disputes --save-mapping 분쟁.json\n'
        '  officer-desk import us.sqlite cases.csv --kind disputes --mapping 분쟁.json '
        '--skip-invalid',
        'XLSX나 CSV 파일(UTF-8, BOM 있는 UTF-8, Excel의 "유니코드 텍스트"처럼 BOM 있는 '
        'UTF-16, --encoding '
        'cp949를 주면 CP949)의 행을 KIND 기록으로 가져옵니다. 열은 한국어나 영어 '
        '머리글(회사명, 사건명, 접수일, 권리, 단계 …)로 필드에 '
        '맞춥니다. 제목 행, 두 줄 머리글, 빈 줄, 합계 행도 처리합니다.\n'
        '\n'
        '모든 행을 먼저 검사해 문제마다 행, 열, 이유를 보여 줍니다. 거부된 행이 하나라도 '
        '있으면 아무것도 가져오지 않습니다. --skip-invalid를 '
        '주면 올바른 행만 가져오고, 거부된 행은 고쳐서 다시 가져올 수 있도록 파일에 씁니다. '
        '모두 한 트랜잭션으로 가져옵니다. 같은 시트를 다시 가져와도 '
        '중복이 생기지 않습니다. 이미 가져온 행은 그대로 두거나, 바뀐 칸만 반영합니다(빈 '
        '칸은 아무것도 지우지 않습니다).\n'
        '\n'
        '모든 행을 가져왔으면(--dry-run이면 가져올 수 있으면) 종료 상태 0, 거부된 행이 '
        '있으면 1입니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk import us.sqlite 분쟁현황.xlsx --kind disputes --dry-run\n'
        '  officer-desk import us.sqlite 분쟁현황.xlsx --kind disputes --save-mapping 분쟁.json\n'
        '  officer-desk import us.sqlite cases.csv --kind disputes --mapping 분쟁.json '
        '--skip-invalid',
    ),
    "help.opt.import.kind_name": (
        'What the rows are: disputes, companies, engagements, trend_notes or '
        'conferences.',
        '행이 무엇인지: disputes, companies, engagements, trend_notes, conferences 중 '
        '하나.',
    ),
    "help.opt.import.sheet": (
        'The sheet of a workbook (default: the first sheet with a table).',
        '통합 문서의 시트(기본값: 표가 있는 첫 시트).',
    ),
    "help.opt.import.mapping_file": (
        'A mapping file (JSON: header -> field) saved earlier with --save-mapping.',
        '전에 --save-mapping으로 저장한 열 대응 파일(JSON: 머리글 -> 필드).',
    ),
    "help.opt.import.save_to": (
        'Write the mapping of columns to fields used here to this file.',
        '이번에 쓴 열과 필드의 대응을 이 파일에 저장합니다.',
    ),
    "help.opt.import.dry_run": (
        'Check every row and show what would happen; write nothing.',
        '모든 행을 검사해 어떻게 될지 보여 주기만 하고, 아무것도 쓰지 않습니다.',
    ),
    "help.opt.import.skip_invalid": (
        'Import the good rows and write the rejected ones, with their reasons, to a file '
        'to correct and import again.',
        '올바른 행은 가져오고, 거부된 행은 이유와 함께 파일에 써서 고친 뒤 다시 가져올 '
        '수 있게 합니다.',
    ),
    "help.opt.import.encoding": (
        'Import a CSV file that is not UTF-8 as CP949 (Korean Windows), after --dry-run showed '
        'it read so; without it such a file is refused.',
        'UTF-8이 아닌 CSV 파일을 CP949(한국어 Windows)로 가져옵니다. --dry-run에서 그렇게 '
        '읽은 것을 확인한 뒤에 쓰십시오. 주지 '
        '않으면 그런 파일은 거부됩니다.',
    ),
    "help.opt.import.rejected_file": (
        "Where --skip-invalid writes the rejected rows (default: FILE's name with "
        '.rejected before the extension).',
        '--skip-invalid가 거부된 행을 쓸 파일(기본값: FILE의 이름에서 확장자 앞에 '
        '.rejected를 붙인 것).',
    ),
    # -- package -----------------------------------------------------------------
    "help.short.package": (
        "Write an encrypted, signed sync package of this database's records.",
        '이 데이터베이스 기록의 암호화·서명된 동기화 패키지를 씁니다.',
    ),
    "help.cmd.package": (
        "Write a sync package: this post's records with their version metadata, signed\n"
        "with this installation's key, for HQ (or the post's other computer) to merge.\n"
        '\n'
        'The records are encrypted (age) to the installations that may read them and '
        'whose\n'
        "keys are trusted here: a post's package to HQ's installations and the post's "
        'other\n'
        "computers, HQ's to the posts it is for. Trust their key cards or packages "
        'first\n'
        '(`officer-desk keys DB trust FILE`). --plain writes a signed-only package.\n'
        '\n'
        'OUT is a folder (the file gets a name with the post and time) or a file name. '
        'The\n'
        'package is a consistent snapshot; the signing and decryption keys never leave '
        'this\n'
        'computer.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk package us.sqlite ~/Sync/to-HQ/\n'
        '  officer-desk package us.sqlite us-week47.odpkg --since-last\n'
        '  officer-desk package hq.sqlite to-posts/ --posts US,CN',
        '동기화 패키지를 씁니다. 이 공관의 기록과 그 버전 정보를 이 설치의 키로 서명한 '
        '것으로, 본청(또는 공관의 다른 컴퓨터)이 병합합니다.\n'
        '\n'
        '기록은 읽어도 되는 설치 가운데 여기서 키를 신뢰하는 설치에게만 열리도록 '
        '암호화(age)합니다. 공관의 패키지는 본청의 설치와 그 공관의 다른 컴퓨터에게, '
        '본청의 패키지는 받을 공관에게 암호화됩니다. 먼저 그들의 키 카드나 패키지를 '
        '신뢰하십시오(`officer-desk keys DB trust FILE`). --plain은 서명만 한 패키지를 '
        '씁니다.\n'
        '\n'
        'OUT은 폴더(공관과 시각이 들어간 이름의 파일이 생깁니다)나 파일 이름입니다. '
        '패키지는 한 시점의 일관된 사본이며, 서명 키와 복호화 키는 이 컴퓨터를 떠나지 '
        '않습니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk package us.sqlite ~/Sync/to-HQ/\n'
        '  officer-desk package us.sqlite us-week47.odpkg --since-last\n'
        '  officer-desk package hq.sqlite to-posts/ --posts US,CN',
    ),
    "help.opt.package.plain": (
        'Not encrypted, signed only: anyone who finds the file can read it.',
        '암호화하지 않고 서명만 합니다. 파일을 손에 넣은 누구나 읽을 수 있습니다.',
    ),
    "help.opt.package.since_last": (
        'Only what changed since the last package (default: everything).',
        '지난 패키지 이후 바뀐 것만(기본값: 전부).',
    ),
    "help.opt.package.include_posts": (
        "HQ only: also send these posts' records (read-only at the receiver).",
        '본청만: 이 공관들의 기록도 보냅니다(받는 쪽에서는 읽기 전용).',
    ),
    # -- merge -------------------------------------------------------------------
    "help.short.merge": (
        'Verify and merge sync packages into this database.',
        '동기화 패키지를 검증해 이 데이터베이스에 병합합니다.',
    ),
    "help.cmd.merge": (
        'Verify each package (signature, trusted key, hash, schema) and merge it, each '
        'in\n'
        'one transaction. Prints per package what was added, updated, unchanged, '
        'deleted,\n'
        'the conflicts kept for a person, and anything refused with the reason.\n'
        '\n'
        'A package already merged is recognised and changes nothing. A path that is not '
        'a\n'
        'regular file (a folder, a named pipe) is refused before the database is '
        'opened.\n'
        'Exit status 0 when every package merged, 1 when any package or record in one '
        'was\n'
        'refused.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk merge hq.sqlite inbox/US-*.odpkg inbox/CN-*.odpkg\n'
        '  officer-desk merge hq.sqlite us-week47.odpkg --dry-run',
        '패키지마다 검증(서명, 신뢰하는 키, 해시, 데이터 구조)하고, 각각 한 트랜잭션으로 '
        '병합합니다. 패키지마다 추가, 수정, 그대로, 삭제된 것, 사람이 정하도록 남긴 '
        '충돌, 그리고 거부한 것과 그 이유를 보여 줍니다.\n'
        '\n'
        '이미 병합한 패키지는 알아보고 아무것도 바꾸지 않습니다. 일반 파일이 아닌 '
        '경로(폴더, 이름 있는 파이프)는 데이터베이스를 열기 전에 거부합니다. 모든 '
        '패키지를 병합했으면 종료 상태 0, 패키지나 그 안의 기록이 하나라도 거부되었으면 '
        '1입니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk merge hq.sqlite inbox/US-*.odpkg inbox/CN-*.odpkg\n'
        '  officer-desk merge hq.sqlite us-week47.odpkg --dry-run',
    ),
    "help.opt.merge.dry_run": (
        'Verify and show what would change; change nothing.',
        '검증하고 무엇이 바뀔지 보여 주기만 하고, 아무것도 바꾸지 않습니다.',
    ),
    # -- conflicts ---------------------------------------------------------------
    "help.short.conflicts": (
        'Values the merge kept for a person to decide.',
        '병합이 사람이 정하도록 남긴 값을 다룹니다.',
    ),
    "help.cmd.conflicts": (
        "When two computers changed the same field without seeing each other's change,\n"
        'the merge applies one (the same one everywhere) and keeps the other here. List\n'
        "them and keep ours (this database's value before the merge) or theirs (the\n"
        "package's).\n"
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk conflicts hq.sqlite list\n'
        '  officer-desk conflicts us.sqlite resolve 3f2c9a1e --keep theirs',
        '두 컴퓨터가 서로의 변경을 보지 못한 채 같은 필드를 바꾸면, 병합은 한쪽 값을 '
        '적용하고(어디서나 같은 쪽) 다른 쪽 값은 여기에 남깁니다. 그 목록을 보고 우리 '
        '값(병합 전 이 데이터베이스의 값)이나 상대 값(패키지의 값)을 고르십시오.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk conflicts hq.sqlite list\n'
        '  officer-desk conflicts us.sqlite resolve 3f2c9a1e --keep theirs',
    ),
    # -- conflicts list ----------------------------------------------------------
    "help.short.conflicts.list": (
        'The open conflicts (with --all, resolved ones too), both values side by side.',
        '미해결 충돌(--all이면 해결한 것도)과 두 값을 보여 줍니다.',
    ),
    "help.cmd.conflicts.list": (
        'The open conflicts (with --all, resolved ones too), both values side by side.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk conflicts us.sqlite list',
        '미해결 충돌(--all이면 해결한 것도)과 두 값을 나란히 보여 줍니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk conflicts us.sqlite list',
    ),
    "help.opt.conflicts.list.include_resolved": (
        'Resolved ones too.',
        '해결한 것도 보여 줍니다.',
    ),
    # -- conflicts resolve -------------------------------------------------------
    "help.short.conflicts.resolve": (
        'Settle a conflict.',
        '충돌을 해결합니다.',
    ),
    "help.cmd.conflicts.resolve": (
        'Settle a conflict. Keeping the side the merge did not apply, or values of your\n'
        'own (both sides combined, say), is an ordinary edit: checked like any edit, in '
        'the\n'
        "record's history, sent on in the next package. Keeping the applied side stamps "
        'it\n'
        'anew, so the decision reaches the other computers too.\n'
        '\n'
        'If the record changed after the conflict was found, the command refuses and '
        'shows\n'
        'the current value; look at the record, and add --force to settle it anyway.\n'
        '\n'
        '\b\n'
        'Examples:\n'
        '  officer-desk conflicts us.sqlite resolve 3f2c9a1e --keep ours\n'
        '  officer-desk conflicts us.sqlite resolve 3f2c9a1e --keep edited --set '
        '"summary=…"',
        '충돌을 해결합니다. 병합이 적용하지 않은 쪽이나 직접 정한 값(예: 두 값을 합친 '
        '것)을 남기는 것은 보통의 수정과 같습니다. 다른 수정처럼 검사하고, 기록의 이력에 '
        '남으며, 다음 패키지로 전해집니다. 적용된 쪽을 남기면 그 값에 새로 도장을 찍어, '
        '그 결정이 다른 컴퓨터에도 전해집니다.\n'
        '\n'
        '충돌이 발견된 뒤 기록이 바뀌었으면 명령은 거부하고 지금 값을 보여 줍니다. '
        '기록을 살펴본 뒤 그래도 해결하려면 --force를 붙이십시오.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk conflicts us.sqlite resolve 3f2c9a1e --keep ours\n'
        '  officer-desk conflicts us.sqlite resolve 3f2c9a1e --keep edited --set '
        '"summary=…"',
    ),
    "help.opt.conflicts.resolve.keep": (
        "ours: this database's value before the merge; theirs: the package's; edited: "
        'the values given with --set.',
        'ours: 병합 전 이 데이터베이스의 값, theirs: 패키지의 값, edited: --set으로 준 '
        '값.',
    ),
    "help.opt.conflicts.resolve.assignments": (
        'With --keep edited: a value to keep (repeat for several fields).',
        '--keep edited와 함께: 남길 값(여러 필드는 되풀이).',
    ),
    "help.opt.conflicts.resolve.force": (
        'Settle it even though the record changed after the conflict was found (the '
        'later value is replaced).',
        '충돌이 발견된 뒤 기록이 바뀌었어도 해결합니다(나중에 바뀐 값을 덮어씁니다).',
    ),
    "help.opt.conflicts.resolve.accept_changes": (
        'With --keep edited: store values that would be stored otherwise than given '
        '(spaces at the ends aside) as the refusal without it shows them.',
        '--keep edited와 함께: 적힌 것과 다르게 저장될 값(앞뒤 공백은 제외)을 이 옵션 '
        '없이 거부할 때 보여 준 대로 저장합니다.',
    ),
    # -- keys --------------------------------------------------------------------
    "help.short.keys": (
        "Keys: this computer's keys, key cards and the keys trusted here.",
        '키: 이 컴퓨터의 키, 키 카드, 여기서 신뢰하는 키를 다룹니다.',
    ),
    "help.cmd.keys": (
        "Show this installation's signing key, and manage the keys of the installations\n"
        'whose packages this database accepts. Compare fingerprints over the phone '
        'before\n'
        'trusting a key.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk keys hq.sqlite show\n'
        '  officer-desk keys hq.sqlite trust inbox/US-20251121.odpkg\n'
        '  officer-desk keys hq.sqlite list',
        '이 설치의 서명 키를 보여 주고, 이 데이터베이스가 패키지를 받아들이는 설치들의 '
        '키를 관리합니다. 키를 신뢰하기 전에 전화로 지문을 맞춰 보십시오.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk keys hq.sqlite show\n'
        '  officer-desk keys hq.sqlite trust inbox/US-20251121.odpkg\n'
        '  officer-desk keys hq.sqlite list',
    ),
    # -- keys export -------------------------------------------------------------
    "help.short.keys.export": (
        "Write this installation's key card (its public signing and encryption keys, "
        'signed) for HQ or the...',
        '이 설치의 키 카드를 씁니다.',
    ),
    "help.cmd.keys.export": (
        "Write this installation's key card (its public signing and encryption keys,\n"
        "signed) for HQ or the post's other computer to trust, so that packages can be\n"
        'encrypted for each other. It holds nothing secret; it can go by e-mail.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk keys us.sqlite export us-office.odkey',
        '이 설치의 키 카드(공개 서명 키와 공개 암호화 키에 서명한 것)를 씁니다. 본청이나 '
        '공관의 다른 컴퓨터가 이것을 신뢰하면 서로에게 패키지를 암호화해 보낼 수 '
        '있습니다. 비밀은 들어 있지 않으므로 전자우편으로 보내도 됩니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk keys us.sqlite export us-office.odkey',
    ),
    # -- keys list ---------------------------------------------------------------
    "help.short.keys.list": (
        'The keys this database trusts (or revoked), with their post and officer, and '
        'whether packages...',
        '이 데이터베이스가 신뢰하는(또는 폐기한) 키를 보여 줍니다.',
    ),
    "help.cmd.keys.list": (
        'The keys this database trusts (or revoked), with their post and officer, and\n'
        'whether packages written here are encrypted to them ("encrypt to": yes when the '
        'key\n'
        'came with an encryption key, from a key card or a package).\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk keys hq.sqlite list',
        '이 데이터베이스가 신뢰하는(또는 폐기한) 키와 그 공관, 담당관, 그리고 여기서 '
        '쓰는 패키지를 그 키에게 암호화하는지("암호화 대상": 키 카드나 패키지로 암호화 '
        '키를 함께 받았으면 예)를 보여 줍니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk keys hq.sqlite list',
    ),
    # -- keys revoke -------------------------------------------------------------
    "help.short.keys.revoke": (
        'Stop accepting packages signed by a key (a lost laptop, a departed officer).',
        '키가 서명한 패키지를 더는 받지 않습니다.',
    ),
    "help.cmd.keys.revoke": (
        'Stop accepting packages signed by a key (a lost laptop, a departed officer).\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk keys hq.sqlite revoke K7QD-2MXA-4PZE-QN3B-77FA',
        '키가 서명한 패키지를 더는 받아들이지 않습니다(노트북 분실, 담당관 이임).\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk keys hq.sqlite revoke K7QD-2MXA-4PZE-QN3B-77FA',
    ),
    # -- keys show ---------------------------------------------------------------
    "help.short.keys.show": (
        "This installation's own key: read its fingerprint to HQ (or the post) over the "
        'phone so they can...',
        '이 설치의 키와 지문을 보여 줍니다.',
    ),
    "help.cmd.keys.show": (
        "This installation's own key: read its fingerprint to HQ (or the post) over the\n"
        'phone so they can check it before trusting your packages.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk keys us.sqlite show',
        '이 설치의 키를 보여 줍니다. 본청(또는 공관)이 여러분의 패키지를 신뢰하기 전에 '
        '확인할 수 있도록 전화로 지문을 읽어 주십시오.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk keys us.sqlite show',
    ),
    # -- keys trust --------------------------------------------------------------
    "help.short.keys.trust": (
        'Trust the key of a key card (`keys export`) or the key that signed a package, '
        'for the post and...',
        '키 카드나 패키지의 키를 신뢰합니다.',
    ),
    "help.cmd.keys.trust": (
        'Trust the key of a key card (`keys export`) or the key that signed a package,\n'
        'for the post and installation it names, with its encryption key: the packages\n'
        'written here are encrypted to it from then on. Check the fingerprint with the\n'
        'sender by phone first (they see it with `officer-desk keys show`).\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk keys hq.sqlite trust inbox/US-20251121.odpkg\n'
        '  officer-desk keys hq.sqlite trust us-office.odkey\n'
        '  officer-desk keys hq.sqlite trust us.odpkg --fingerprint K7QD-2MXA-… --yes',
        '키 카드(`keys export`)의 키나 패키지에 서명한 키를, 그것이 밝히는 공관과 설치의 '
        '키로 암호화 키와 함께 신뢰합니다. 그때부터 여기서 쓰는 패키지는 그 키에게 '
        '암호화됩니다. 먼저 보낸 사람과 전화로 지문을 맞춰 보십시오(보낸 사람은 '
        '`officer-desk keys show`로 지문을 봅니다).\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk keys hq.sqlite trust inbox/US-20251121.odpkg\n'
        '  officer-desk keys hq.sqlite trust us-office.odkey\n'
        '  officer-desk keys hq.sqlite trust us.odpkg --fingerprint K7QD-2MXA-… --yes',
    ),
    "help.opt.keys.trust.expected": (
        'The fingerprint the sender read to you; trusted only if it matches.',
        '보낸 사람이 읽어 준 지문. 일치할 때만 신뢰합니다.',
    ),
    # -- backup ------------------------------------------------------------------
    "help.short.backup": (
        "Back up the database now (SQLite's online backup).",
        '지금 데이터베이스를 백업합니다(SQLite 온라인 백업).',
    ),
    "help.cmd.backup": (
        'Write a complete, consistent copy of the database, even while the window has '
        'it\n'
        'open. Manual backups are never deleted by the rolling clean-up of automatic '
        'ones.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk backup us.sqlite\n'
        '  officer-desk backup us.sqlite --to /media/usb/officer-desk',
        '데이터베이스의 완전하고 일관된 사본을 씁니다. 창에서 열어 둔 동안에도 됩니다. '
        '수동 백업은 자동 백업을 정리할 때 지우지 않습니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk backup us.sqlite\n'
        '  officer-desk backup us.sqlite --to /media/usb/officer-desk',
    ),
    "help.opt.backup.to_dir": (
        "Folder for the backup (default: the DB's backup folder, <name>-backups).",
        '백업을 둘 폴더(기본값: DB의 백업 폴더 <이름>-backups).',
    ),
    # -- backups -----------------------------------------------------------------
    "help.short.backups": (
        "List the database's backups with their record counts.",
        '데이터베이스의 백업과 기록 수를 보여 줍니다.',
    ),
    "help.cmd.backups": (
        "List the backups in the database's backup folder, newest first: when (UTC), "
        'why\n'
        '(start, daily, migration, merge, import, before-restore, manual), size and the\n'
        'records each holds.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk backups us.sqlite',
        '데이터베이스의 백업 폴더에 있는 백업을 최신순으로 보여 줍니다. 시각(UTC), '
        '사유(시작, 매일, 구조 변경, 병합, 가져오기, 복원 전, 수동), 크기, 담긴 기록.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk backups us.sqlite',
    ),
    # -- restore -----------------------------------------------------------------
    "help.short.restore": (
        'Replace the database with one of its backups.',
        '데이터베이스를 백업 가운데 하나로 바꿉니다.',
    ),
    "help.cmd.restore": (
        'Put BACKUP in place of DB. The backup is checked first: it must match the\n'
        'manifest written with it (size, sha256, post, installation, record counts), '
        'or,\n'
        'made by an earlier version without one ("unverified"), pass SQLite\'s '
        'integrity\n'
        'check; it must be an Officer Desk database not from a newer version. A backup '
        'of\n'
        'another post or of HQ is refused unless --force. The current file is itself '
        'backed\n'
        'up (reason before-restore) before it is replaced, so a restore can be undone.\n'
        '\n'
        'Close Officer Desk on this database first. The restored database gets a new\n'
        'installation id (its change counter went back in time); HQ is asked to trust '
        'its\n'
        'new signing key with the next package.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk backups us.sqlite\n'
        '  officer-desk restore us.sqlite '
        'us-backups/us-20261121T071500000000Z-daily.sqlite.gz',
        'BACKUP을 DB 자리에 놓습니다. 백업을 먼저 검사합니다. 함께 쓴 매니페스트(크기, '
        'sha256, 공관, 설치, 기록 수)와 맞아야 하고, 매니페스트 없이 이전 버전이 만든 '
        '백업("미확인")이라면 SQLite 무결성 검사를 통과해야 합니다. 또 더 새 버전이 만든 '
        '것이 아닌 Officer Desk 데이터베이스여야 합니다. 다른 공관이나 본청의 백업은 '
        '--force 없이는 거부합니다. 지금 파일은 바꾸기 전에 그 자체를 백업하므로(사유: '
        '복원 전) 복원을 되돌릴 수 있습니다.\n'
        '\n'
        '먼저 이 데이터베이스를 연 Officer Desk를 닫으십시오. 복원한 데이터베이스는 새 '
        '설치 ID를 받습니다(변경 번호가 과거로 돌아갔기 때문입니다). 다음 패키지 때 '
        '본청에 새 서명 키를 신뢰해 달라고 요청하게 됩니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk backups us.sqlite\n'
        '  officer-desk restore us.sqlite '
        'us-backups/us-20261121T071500000000Z-daily.sqlite.gz',
    ),
    "help.opt.restore.force": (
        "Restore a backup of another post (or HQ) over this post's file.",
        '다른 공관(또는 본청)의 백업을 이 공관의 파일 자리에 복원합니다.',
    ),
    # -- encrypt -----------------------------------------------------------------
    "help.short.encrypt": (
        'Encrypt a case log with a passphrase (SQLCipher).',
        '사건 기록부를 암호로 암호화합니다(SQLCipher).',
    ),
    "help.cmd.encrypt": (
        'Encrypt the case log DB: a backup of the file first, then an encrypted copy,\n'
        'checked, put in its place. The passphrase is asked twice (or taken from\n'
        'OFFICER_DESK_PASSPHRASE). A lost passphrase cannot be recovered.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk encrypt us.sqlite',
        '사건 기록부 DB를 암호화합니다. 먼저 파일을 백업하고, 암호화한 사본을 만들어 '
        '검사한 뒤 그 자리에 놓습니다. 암호는 두 번 묻습니다(또는 '
        'OFFICER_DESK_PASSPHRASE에서 읽습니다). 잃어버린 암호는 되찾을 수 없습니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk encrypt us.sqlite',
    ),
    "help.opt.encrypt.remove_plain_backups": (
        'Delete the backups made before encrypting (they hold the data unencrypted), '
        'once the encrypted file checked out.',
        '암호화한 파일의 검사가 끝나면, 암호화 전에 만든 백업(암호화되지 않은 자료가 '
        '들어 있습니다)을 지웁니다.',
    ),
    # -- decrypt -----------------------------------------------------------------
    "help.short.decrypt": (
        'Turn an encrypted case log back into a plain file.',
        '암호화한 사건 기록부를 일반 파일로 되돌립니다.',
    ),
    "help.cmd.decrypt": (
        'Decrypt the case log DB into a plain SQLite file (after a backup of the\n'
        'encrypted file). Its passphrase is asked first.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk decrypt us.sqlite',
        '암호화한 사건 기록부 DB를 일반 SQLite 파일로 복호화합니다(암호화된 파일을 먼저 '
        '백업합니다). 먼저 암호를 묻습니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk decrypt us.sqlite',
    ),
    # -- passphrase --------------------------------------------------------------
    "help.short.passphrase": (
        "Change an encrypted case log's passphrase.",
        '암호화한 사건 기록부의 암호를 바꿉니다.',
    ),
    "help.cmd.passphrase": (
        'Change the passphrase of the encrypted case log DB: the current one is asked\n'
        'first, then the new one twice (for scripts: OFFICER_DESK_PASSPHRASE holds the\n'
        'current one, OFFICER_DESK_NEW_PASSPHRASE the new one). Backups made before keep '
        'the\n'
        'old passphrase.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk passphrase us.sqlite',
        '암호화한 사건 기록부 DB의 암호를 바꿉니다. 지금 암호를 먼저 묻고, 새 암호를 두 '
        '번 묻습니다(스크립트에서는 OFFICER_DESK_PASSPHRASE에 지금 암호를, '
        'OFFICER_DESK_NEW_PASSPHRASE에 새 암호를 둡니다). 전에 만든 백업은 이전 암호 '
        '그대로입니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk passphrase us.sqlite',
    ),
    # -- recovery-key ------------------------------------------------------------
    "help.short.recovery_key": (
        "Print an encrypted log's recovery key.",
        '암호화한 기록부의 복구 키를 출력합니다.',
    ),
    "help.cmd.recovery_key": (
        'Print the recovery key of the encrypted case log DB (its passphrase is asked\n'
        'first). Typed where the passphrase is asked, it opens the log and its backups\n'
        'made until the passphrase is next changed. Print it and keep it in a safe '
        'place:\n'
        'whoever has it can read the log.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk recovery-key us.sqlite',
        '암호화한 사건 기록부 DB의 복구 키를 출력합니다(먼저 암호를 묻습니다). 암호를 '
        '묻는 곳에 복구 키를 입력하면, 다음에 암호를 바꿀 때까지 기록부와 그동안 만든 '
        '백업을 열 수 있습니다. 인쇄해서 안전한 곳에 보관하십시오. 복구 키를 가진 사람은 '
        '누구나 기록부를 읽을 수 있습니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk recovery-key us.sqlite',
    ),
    # -- fields ------------------------------------------------------------------
    "help.short.fields": (
        'Record kinds, their fields and accepted codes.',
        '기록 종류와 그 필드, 쓸 수 있는 코드를 보여 줍니다.',
    ),
    "help.cmd.fields": (
        'The record kinds and, for a KIND, its fields and the codes they accept.\n'
        '\n'
        'Without KIND, lists the kinds with their short names. With KIND, prints each '
        "field's\n"
        'name (as used in JSON for add and update, and in --where and --sort), type, '
        'whether\n'
        'it is required, the vocabulary or choices it takes, its English and Korean '
        'labels,\n'
        'and then every code of those vocabularies with its labels.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk fields\n'
        '  officer-desk fields dispute\n'
        '  officer-desk fields dispute --json',
        '기록 종류들, 그리고 KIND를 주면 그 종류의 필드와 필드가 받는 코드를 보여 '
        '줍니다.\n'
        '\n'
        'KIND가 없으면 종류와 그 짧은 이름을 보여 줍니다. KIND를 주면 필드마다 '
        '이름(add와 update의 JSON, --where와 --sort에 쓰는 이름), 형식, 필수 여부, 받는 '
        '용어나 선택지, 영어와 한국어 이름을 보여 주고, 이어서 그 용어들의 코드와 이름을 '
        '모두 보여 줍니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk fields\n'
        '  officer-desk fields dispute\n'
        '  officer-desk fields dispute --json',
    ),
    "help.opt.fields.db": (
        'Show the vocabulary codes as this database has them (HQ can edit them).',
        '이 데이터베이스에 있는 그대로의 용어 코드를 보여 줍니다(본청은 용어를 고칠 수 '
        '있습니다).',
    ),
    # -- check -------------------------------------------------------------------
    "help.short.check": (
        'Check the file and its links; exit 1 on problems.',
        '파일과 기록 간 연결을 검사합니다. 문제가 있으면 종료 상태 1.',
    ),
    "help.cmd.check": (
        "Check the file's integrity and that its records hang together.\n"
        '\n'
        "Runs SQLite's integrity and foreign-key checks, looks for links to records that "
        'do\n'
        "not exist, compares the search index with the records and each record's values\n"
        'with its last stamped change in the history (a value changed by another '
        'program\n'
        'never syncs). Exits with status 1 if anything is wrong. --repair rebuilds the\n'
        'search index first; values that disagree with their stamps are only reported: '
        'set\n'
        'the right value with officer-desk update, which stamps it.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk check us.sqlite\n'
        '  officer-desk check us.sqlite --repair',
        '파일의 무결성과 기록들이 서로 맞는지 검사합니다.\n'
        '\n'
        'SQLite의 무결성 검사와 외래 키 검사를 하고, 없는 기록을 가리키는 연결을 찾고, '
        '검색 색인을 기록과 대조하고, 기록마다 값을 이력에 마지막으로 도장 찍힌 변경과 '
        '대조합니다(다른 프로그램이 바꾼 값은 동기화되지 않습니다). 잘못된 것이 있으면 '
        '종료 상태 1로 끝납니다. --repair는 먼저 검색 색인을 다시 만듭니다. 도장과 맞지 '
        '않는 값은 알리기만 하므로, officer-desk update로 올바른 값을 '
        '넣으십시오(update가 도장을 찍습니다).\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk check us.sqlite\n'
        '  officer-desk check us.sqlite --repair',
    ),
    "help.opt.check.repair": (
        'Rebuild the search index before checking.',
        '검사하기 전에 검색 색인을 다시 만듭니다.',
    ),
    # -- demo --------------------------------------------------------------------
    "help.short.demo": (
        'Make or fill a demo database with made-up records.',
        '가상 기록으로 데모 데이터베이스를 만들거나 채웁니다.',
    ),
    "help.cmd.demo": (
        'Fill a demo database with realistic made-up records, for trying things out.\n'
        '\n'
        'Creates DB as an HQ demo database if it does not exist yet. Demo data is only '
        'ever\n'
        'added to a demo database, never to a real case log. The data is invented: '
        'companies,\n'
        'disputes, engagements, trend notes, conferences and follow-ups at every post.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk demo demo.sqlite --records 20000\n'
        '  officer-desk demo demo.sqlite --posts US,CN --records 500 --seed 7 --today '
        '2025-06-30',
        '써 보기 위한 데모 데이터베이스를 실제와 비슷한 가상 기록으로 채웁니다.\n'
        '\n'
        'DB가 아직 없으면 본청 데모 데이터베이스로 만듭니다. 데모 자료는 데모 '
        '데이터베이스에만 추가하며, 실제 사건 기록부에는 절대 추가하지 않습니다. 자료는 '
        '모두 지어낸 것입니다. 모든 공관의 기업, 분쟁, 협의, 동향, 회의, 후속 '
        '조치입니다.\n'
        '\n'
        '\b\n'
        '예:\n'
        '  officer-desk demo demo.sqlite --records 20000\n'
        '  officer-desk demo demo.sqlite --posts US,CN --records 500 --seed 7 --today '
        '2025-06-30',
    ),
    "help.opt.demo.posts": (
        'Posts to make records for, comma-separated.',
        '기록을 만들 공관(쉼표로 구분).',
    ),
    "help.opt.demo.records": (
        'About how many records to make (at most 1,000,000).',
        '만들 기록의 대략적인 수(최대 1,000,000).',
    ),
    "help.opt.demo.seed": (
        'Random seed: the same seed gives the same data.',
        '난수 시드. 같은 시드는 같은 자료를 만듭니다.',
    ),
    "help.opt.demo.today": (
        'The date the data is built around (default: today).',
        '자료의 기준이 되는 날짜(기본값: 오늘).',
    ),
}
