"""The command line's help and click's own words around it, in English and Korean.

``help.*``: the help of the group (``help.cmd``), of each command (``help.cmd.<path>``),
its line in the command list (``help.short.<path>``) and each option's
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
        "사용법은 '{command} {option}'(으)로 볼 수 있습니다.",
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
}

CLI_HELP: dict[str, tuple[str, str]] = {
    # -- shared by several commands ----------------------------------------
    'help.opt.any.as_json': (
        'Print JSON instead of a table.',
        "TODO",
    ),
    'help.opt.any.lang': (
        'Language of titles and labels (ko: Korean, en: English); default: the language of '
        'the command line (officer-desk --lang).',
        "TODO",
    ),
    'help.opt.any.posts': (
        'Only these posts (repeat, or comma-separated).',
        "TODO",
    ),
    'help.opt.any.yes': (
        'Do not ask for confirmation.',
        "TODO",
    ),
    'help.opt.any.help': (
        'Show this message and exit.',
        "TODO",
    ),
    # -- officer-desk ----------------------------------------
    'help.cmd': (
        "Officer Desk: the case log of Korea's overseas patent officers.\n"
        '\n'
        'Log disputes, engagements with local authorities, trend notes, companies,\n'
        'conferences and follow-ups in a local SQLite file, fully offline; find them, watch\n'
        'deadlines and export them. Each command takes the database file (DB) first.\n'
        '\n'
        'Run without a command, it opens your database (or the demo database) and shows\n'
        'an overview.',
        "TODO",
    ),
    'help.epilog': (
        '\b\n'
        'Examples:\n'
        '  officer-desk init us.sqlite --post US --officer 김영희\n'
        '  officer-desk add us.sqlite dispute --json dispute.json\n'
        '  officer-desk list us.sqlite disputes --where stage=filed\n'
        '  officer-desk search us.sqlite 한빛\n'
        '  officer-desk deadlines us.sqlite --days 30\n'
        '\n'
        'Run any command with --help for its options and an example.',
        "TODO",
    ),
    'help.opt.lang': (
        'Language of messages, notices and summaries (ko: Korean, en: English); default: the '
        "language in the settings, else the system's (LANG).",
        "TODO",
    ),
    'help.opt.actor': (
        "Who is making the changes (recorded in each record's history); default: the officer "
        'the database was set up for.',
        "TODO",
    ),
    'help.opt.version': (
        'Show the version, the data folder, the database schema and the licences of the '
        'bundled components, and exit.',
        "TODO",
    ),
    # -- gui ----------------------------------------
    'help.short.gui': (
        'Open the desk window on a database.',
        "TODO",
    ),
    'help.cmd.gui': (
        'Open the desk window on DB: dashboard, lists of every kind of record with\n'
        "search as you type, filters and each record's fields and history. Without DB it\n"
        'opens the database you opened last; on a first start (or when that file is gone)\n'
        'the welcome screen offers a new case log, Open… and the demo database.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk gui us.sqlite\n'
        '  officer-desk gui --lang en\n'
        '  officer-desk gui us.sqlite --screenshot window.png',
        "TODO",
    ),
    'help.opt.gui.lang': (
        "Language of the window (default: the system's).",
        "TODO",
    ),
    'help.opt.gui.screenshot': (
        'Save a picture of the window once it is first painted to PNG, then quit (smoke '
        'tests, benchmarks, pictures for the documentation).',
        "TODO",
    ),
    # -- init ----------------------------------------
    'help.short.init': (
        'Create a new case log for a post or for HQ.',
        "TODO",
    ),
    'help.cmd.init': (
        'Create a new, empty case log for a post (or for HQ).\n'
        '\n'
        'The file gets the posts and vocabularies (IP types, dispute kinds, stages, …) and\n'
        "remembers which post it belongs to: records made in it are that post's. The file\n"
        'must not exist yet.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk init us.sqlite --post US --officer 김영희\n'
        '  officer-desk init hq.sqlite --hq\n'
        '  officer-desk init laptop.sqlite --post US --encrypt',
        "TODO",
    ),
    'help.opt.init.post': (
        'The post this database is for (US, CN, JP, EU, GVA).',
        "TODO",
    ),
    'help.opt.init.hq': (
        "Set up the HQ database (merges every post's data).",
        "TODO",
    ),
    'help.opt.init.officer': (
        'The officer using it (default: your login).',
        "TODO",
    ),
    'help.opt.init.encrypt': (
        'Encrypt the file with a passphrase (asked twice, or OFFICER_DESK_PASSPHRASE); '
        'recommended on a laptop. A lost passphrase cannot be recovered.',
        "TODO",
    ),
    # -- add ----------------------------------------
    'help.short.add': (
        'Add records from a JSON file or standard input.',
        "TODO",
    ),
    'help.cmd.add': (
        'Add records of a kind from JSON: one object, a list of objects, or an export.\n'
        '\n'
        'KIND is a kind (dispute, company, follow-up, …; see officer-desk fields) or "all"\n'
        'to take every kind from a file made by officer-desk export. Every record is checked\n'
        'first: if any has a problem, nothing is added and each problem is listed. Field\n'
        'names and codes are those of officer-desk fields KIND.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk add us.sqlite dispute --json dispute.json\n'
        '  echo \'{{"name_ko": "(주)한빛배터리", "size": "sme"}}\' \\\n'
        '    | officer-desk add us.sqlite company --json -\n'
        '  officer-desk add hq.sqlite all --json us-export.json',
        "TODO",
    ),
    'help.opt.add.source': (
        'JSON file to read (- for standard input).',
        "TODO",
    ),
    # -- update ----------------------------------------
    'help.short.update': (
        "Change a record's fields from JSON.",
        "TODO",
    ),
    'help.cmd.update': (
        'Change fields of a record: give a JSON object of field names and new values.\n'
        '\n'
        'Fields left out keep their values; null clears a field. ID may be the first 8 or\n'
        "more characters of the id. The change is recorded in the record's history.\n"
        '\n'
        '\b\n'
        'Example:\n'
        '  echo \'{{"stage": "filed", "stage_date": "2025-03-04"}}\' \\\n'
        '    | officer-desk update us.sqlite 3f2c9a1e --json -',
        "TODO",
    ),
    'help.opt.update.source': (
        'JSON object of the fields to change (- for standard input).',
        "TODO",
    ),
    # -- attach ----------------------------------------
    'help.short.attach': (
        'Store a document with a record.',
        "TODO",
    ),
    'help.cmd.attach': (
        'Store a document (up to 25 MB) in the database, attached to a record.\n'
        '\n'
        "The file's content is kept in the database, so it travels with it; show ID lists\n"
        "a record's attachments.\n"
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk attach us.sqlite 3f2c9a1e 소장_2024가합12345.pdf --description "소장 사본"',
        "TODO",
    ),
    'help.opt.attach.description': (
        'What the document is.',
        "TODO",
    ),
    'help.opt.attach.sensitivity': (
        'Default: that of the record it is attached to.',
        "TODO",
    ),
    # -- delete ----------------------------------------
    'help.short.delete': (
        'Delete a record (undelete brings it back).',
        "TODO",
    ),
    'help.cmd.delete': (
        'Delete a record (undelete brings it back: nothing is ever removed for good).\n'
        '\n'
        'The record disappears from lists, searches and deadlines; list --deleted shows\n'
        'deleted records and undelete brings one back. ID may be a prefix of 8+ characters.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk delete us.sqlite 3f2c9a1e',
        "TODO",
    ),
    # -- undelete ----------------------------------------
    'help.short.undelete': (
        'Bring back a deleted record.',
        "TODO",
    ),
    'help.cmd.undelete': (
        'Bring back a deleted record.\n'
        '\n'
        'ID may be a prefix of 8+ characters (list DB KIND --deleted shows deleted records).\n'
        '(To put back a whole database from a backup, see restore.)\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk undelete us.sqlite 3f2c9a1e',
        "TODO",
    ),
    # -- list ----------------------------------------
    'help.short.list': (
        'List records of a kind, filtered and sorted.',
        "TODO",
    ),
    'help.cmd.list': (
        'List records of one kind, filtered and sorted.\n'
        '\n'
        'Shows a table with the first 8 characters of each id (enough for show, update and\n'
        'the other commands), the post, the title and the kind\'s main fields, then "N of\n'
        'TOTAL". Field names for --where and --sort are those of officer-desk fields KIND;\n'
        'vocabulary values may be given as codes or as labels.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk list us.sqlite disputes --where stage=filed --where ip_type=patent\n'
        '  officer-desk list hq.sqlite disputes --post US,CN --from 2024-01-01 --sort '
        '-opened_on\n'
        '  officer-desk list us.sqlite companies --search 배터리 --lang en --json',
        "TODO",
    ),
    'help.opt.list.where': (
        'Only records whose FIELD is VALUE (a code or its label); repeat for more '
        'conditions; the same field twice means either value.',
        "TODO",
    ),
    'help.opt.list.text': (
        'Only records containing TEXT.',
        "TODO",
    ),
    'help.opt.list.posts': (
        "Only these posts' records (repeat, or comma-separated).",
        "TODO",
    ),
    'help.opt.list.date_from': (
        "From this date (on the kind's main date, e.g. a dispute's opening).",
        "TODO",
    ),
    'help.opt.list.date_to': (
        'Up to this date, inclusive.',
        "TODO",
    ),
    'help.opt.list.sort': (
        "Sort by FIELD; -FIELD for descending (default: the kind's usual order).",
        "TODO",
    ),
    'help.opt.list.limit': (
        'At most this many records (0: all).',
        "TODO",
    ),
    'help.opt.list.offset': (
        'Skip this many first.',
        "TODO",
    ),
    'help.opt.list.deleted': (
        'List deleted records instead (the bin).',
        "TODO",
    ),
    # -- show ----------------------------------------
    'help.short.show': (
        'Show a record, what is linked to it, its history.',
        "TODO",
    ),
    'help.cmd.show': (
        'Show one record: every field, what is linked to it, and its latest history.\n'
        '\n'
        'ID may be the whole id or its first 8 or more characters (as lists print them).\n'
        'Linked records are listed under it: follow-ups, attachments, and for a company its\n'
        'disputes and engagements.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk show us.sqlite 3f2c9a1e\n'
        '  officer-desk show us.sqlite 3f2c9a1e --lang en --json',
        "TODO",
    ),
    # -- history ----------------------------------------
    'help.short.history': (
        'Every change made to a record.',
        "TODO",
    ),
    'help.cmd.history': (
        'Show every change made to a record: when, by whom, which field, old and new value.\n'
        '\n'
        'ID may be a prefix of 8+ characters.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk history us.sqlite 3f2c9a1e',
        "TODO",
    ),
    # -- search ----------------------------------------
    'help.short.search': (
        'Full-text search across every kind of record.',
        "TODO",
    ),
    'help.cmd.search': (
        'Find records of any kind containing every word of QUERY, best match first.\n'
        '\n'
        'Searches titles, names, case numbers, summaries, notes, counterparties and tags, in\n'
        'Korean and English; parts of words match too (한빛 finds (주)한빛배터리). Put a\n'
        'phrase in double quotes to find it as one piece. Nothing you type is treated as\n'
        'a search operator: C++, AND and (주) are searched as written.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk search us.sqlite 한빛\n'
        '  officer-desk search us.sqlite "2024가합-12345" --kind disputes\n'
        '  officer-desk search hq.sqlite "Voltaic Licensing" --lang en --json',
        "TODO",
    ),
    'help.opt.search.kinds': (
        'Only records of this kind (repeat for several).',
        "TODO",
    ),
    'help.opt.search.limit': (
        'At most this many results.',
        "TODO",
    ),
    # -- deadlines ----------------------------------------
    'help.short.deadlines': (
        'Overdue and upcoming follow-ups and action items.',
        "TODO",
    ),
    'help.cmd.deadlines': (
        'Upcoming deadlines: open follow-ups and conference action items by due date.\n'
        '\n'
        'Overdue ones come first, then those due within --days days. Each line names the\n'
        'record the deadline belongs to; show ID (the id column) opens the deadline itself.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk deadlines us.sqlite\n'
        '  officer-desk deadlines hq.sqlite --days 90 --post US,CN --limit 20',
        "TODO",
    ),
    'help.opt.deadlines.days': (
        'Show what is due in this many days from today.',
        "TODO",
    ),
    'help.opt.deadlines.no_overdue': (
        'Leave out deadlines already past.',
        "TODO",
    ),
    'help.opt.deadlines.today': (
        'Count from this date instead of today.',
        "TODO",
    ),
    'help.opt.deadlines.limit': (
        'Show at most this many of each group (0: all).',
        "TODO",
    ),
    # -- calendar ----------------------------------------
    'help.short.calendar': (
        'Write deadlines as an iCalendar (.ics) file.',
        "TODO",
    ),
    'help.cmd.calendar': (
        'Write follow-ups and action items as iCalendar (RFC 5545) events, for Outlook,\n'
        'Google Calendar, Apple Calendar or Thunderbird.\n'
        '\n'
        "Each event keeps its record's id as its UID: import the file again (or subscribe a\n"
        'calendar to it) and the events are updated, not duplicated. An event starts at '
        '09:00\n'
        "on the due day in the post's time zone, with a reminder the day before; its title\n"
        "is in the chosen language and its description holds the record's id. Done, dropped\n"
        'and deleted deadlines are written as cancelled events.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk calendar us.sqlite --out deadlines.ics --mine\n'
        '  officer-desk calendar hq.sqlite --out us-cn.ics --posts US,CN --days 90 --lang en\n'
        '  officer-desk calendar hq.sqlite --out public.ics --edition stakeholder',
        "TODO",
    ),
    'help.opt.calendar.out': (
        'The .ics file to write (replaced whole if it exists).',
        "TODO",
    ),
    'help.opt.calendar.posts': (
        "Only these posts' deadlines (repeat, or comma-separated).",
        "TODO",
    ),
    'help.opt.calendar.mine': (
        "Only this case log's post's deadlines.",
        "TODO",
    ),
    'help.opt.calendar.days': (
        'Only deadlines due at most N days from today (earlier ones included).',
        "TODO",
    ),
    'help.opt.calendar.edition': (
        'stakeholder: no internal records, companies not agreeing to be named anonymised (as '
        "the briefing pack's stakeholder edition).",
        "TODO",
    ),
    'help.opt.calendar.today': (
        'Count --days from this date instead of today.',
        "TODO",
    ),
    # -- dashboard ----------------------------------------
    'help.short.dashboard': (
        'Counts of disputes, engagements, notes, deadlines.',
        "TODO",
    ),
    'help.cmd.dashboard': (
        'The numbers to look at first: disputes by post, IP type, kind and technology\n'
        'field, engagements, trend notes, and deadlines overdue and due in 30/60/90 days.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk dashboard hq.sqlite\n'
        '  officer-desk dashboard hq.sqlite --post US --lang en --json',
        "TODO",
    ),
    'help.opt.dashboard.today': (
        'Count deadlines from this date instead of today.',
        "TODO",
    ),
    # -- brief ----------------------------------------
    'help.short.brief': (
        'Write a briefing pack (PDF, Excel, manifest) for a conference.',
        "TODO",
    ),
    'help.cmd.brief': (
        'Write a briefing pack: the PDF, the Excel workbook and its manifest (the\n'
        'selection, edition, record counts and the SHA-256 of each file).\n'
        '\n'
        'The PDF holds what a conference needs: the period since the previous conference of\n'
        'its series, the disputes that changed in it (new, moved stage, closed), the\n'
        'deadlines of the next 60 days, the open action items; the workbook holds every\n'
        'selected record. The internal edition (HQ) is marked internal on every page. The\n'
        'stakeholder edition (KPAA, KINPA, companies, the public) leaves out every record\n'
        'marked internal, shows companies as "Company A — SME, secondary batteries" unless\n'
        'they agreed to be named and prints a record about such a company by its structured\n'
        'fields only; it is refused while any text would still name one. A pack with the\n'
        'same number and version already in the folder is replaced only with --replace.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk brief hq.sqlite --out briefs/ --conference 3f2c9a1e\n'
        '  officer-desk brief hq.sqlite --out briefs/ --conference 3f2c9a1e \\\n'
        '      --edition stakeholder --lang en --format pdf\n'
        '  officer-desk brief us.sqlite --out briefs/ --from 2026-01-01 --to 2026-03-31 '
        '--posts US',
        "TODO",
    ),
    'help.opt.brief.out_dir': (
        'Folder to write the pack into (created if missing).',
        "TODO",
    ),
    'help.opt.brief.conference': (
        'The conference the pack is for (its agenda and action items; without --from/--to '
        'the period runs from the previous conference to it).',
        "TODO",
    ),
    'help.opt.brief.date_from': (
        'First day of the period.',
        "TODO",
    ),
    'help.opt.brief.date_to': (
        'Last day of the period.',
        "TODO",
    ),
    'help.opt.brief.posts': (
        'Only these posts (default: all).',
        "TODO",
    ),
    'help.opt.brief.kinds': (
        'Only these record kinds (disputes, engagements, trend_notes, companies, '
        'action_items, follow_ups; default: all).',
        "TODO",
    ),
    'help.opt.brief.technology': (
        'Only records of these technology fields (codes, see `fields`).',
        "TODO",
    ),
    'help.opt.brief.tags': (
        'Only records with any of these tags.',
        "TODO",
    ),
    'help.opt.brief.edition': (
        'internal: everything, marked internal; stakeholder: no internal record, companies '
        'anonymised unless they agreed to be named.',
        "TODO",
    ),
    'help.opt.brief.lang': (
        'Language of the pack.',
        "TODO",
    ),
    'help.opt.brief.formats': (
        'Which files to write: the PDF, the workbook and the 한글 (HWPX) document.',
        "TODO",
    ),
    'help.opt.brief.brief_number': (
        "Brief number (default: the conference's, else 1).",
        "TODO",
    ),
    'help.opt.brief.version': (
        'Version of the brief.',
        "TODO",
    ),
    'help.opt.brief.distribution': (
        'Who receives the pack (printed in the control block).',
        "TODO",
    ),
    'help.opt.brief.today': (
        'Count deadlines from this day (default: today).',
        "TODO",
    ),
    'help.opt.brief.dry_run': (
        'Write nothing: say what the pack would hold (records per sheet, what the PDF lists, '
        'about how many pages, records shown by their structured line only) and whether the '
        'stakeholder edition would be refused.',
        "TODO",
    ),
    'help.opt.brief.replace': (
        'Replace a pack with the same number, version, edition and language already in the '
        'folder (without it, such a pack is refused).',
        "TODO",
    ),
    # -- export ----------------------------------------
    'help.short.export': (
        'Write records out as JSON, CSV or an analysis database.',
        "TODO",
    ),
    'help.cmd.export': (
        'Write records out as JSON (everything, to re-import or archive), CSV, or an\n'
        'analysis database (SQLite).\n'
        '\n'
        'JSON holds every field of every record (attachments included, as base64) and can\n'
        'be read back with add DB all --json FILE. CSV is one table per kind, UTF-8 with a\n'
        'byte-order mark when written to a file so that Excel shows Korean correctly;\n'
        'attachment content is left out of CSV. With --out FOLDER and no --kind, one CSV\n'
        'per kind is written into FOLDER. SQLite (--out FILE) is a clean database for\n'
        'analysts: one table per kind with labels beside codes, views and full-text search\n'
        '(docs/analysis.md).\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk export us.sqlite --out us-export.json\n'
        '  officer-desk export us.sqlite --format csv --kind disputes > disputes.csv\n'
        '  officer-desk export us.sqlite --format csv --out csv/\n'
        '  officer-desk export hq.sqlite --format sqlite --out analysis.sqlite',
        "TODO",
    ),
    'help.opt.export.fmt': (
        'json keeps everything; csv is for spreadsheets; sqlite is a database for analysts '
        '(Datasette, DB Browser, sqlite-utils).',
        "TODO",
    ),
    'help.opt.export.kind': (
        'Only this kind (required for CSV to standard output).',
        "TODO",
    ),
    'help.opt.export.out': (
        'File to write (a folder for CSV of every kind); default: standard output.',
        "TODO",
    ),
    'help.opt.export.include_deleted': (
        'Include deleted records.',
        "TODO",
    ),
    'help.opt.export.edition': (
        'sqlite only: stakeholder leaves out internal records and anonymises companies that '
        'have not agreed to be named (default: internal).',
        "TODO",
    ),
    # -- import ----------------------------------------
    'help.short.import': (
        'Import an Excel (XLSX) or CSV sheet of records.',
        "TODO",
    ),
    'help.cmd.import': (
        'Import the rows of an XLSX or CSV file (UTF-8, UTF-8 with BOM or CP949) as\n'
        'records of KIND. Columns are matched to fields by their headers, in Korean or\n'
        'English (회사명, 사건명, 접수일, 권리, 단계 …); a title row, a two-row header,\n'
        'blank lines and a totals row are handled.\n'
        '\n'
        'Every row is checked first and every problem is printed with its row, column and\n'
        'reason. While any row is rejected nothing is imported, unless --skip-invalid: then\n'
        'the good rows are imported and the rejected ones are written to a file you can\n'
        'correct and import again. Everything is imported in one transaction. Importing the\n'
        'same sheet again creates no duplicates: rows already imported are left alone, or\n'
        'updated with the cells that changed (empty cells never erase anything).\n'
        '\n'
        'Exit status 0 when every row was (or, with --dry-run, would be) imported, 1 when '
        'any\n'
        'row was rejected.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk import us.sqlite 분쟁현황.xlsx --kind disputes --dry-run\n'
        '  officer-desk import us.sqlite 분쟁현황.xlsx --kind disputes --save-mapping 분쟁.json\n'
        '  officer-desk import us.sqlite cases.csv --kind disputes --mapping 분쟁.json '
        '--skip-invalid',
        "TODO",
    ),
    'help.opt.import.kind_name': (
        'What the rows are: disputes, companies, engagements, trend_notes or conferences.',
        "TODO",
    ),
    'help.opt.import.sheet': (
        'The sheet of a workbook (default: the first sheet with a table).',
        "TODO",
    ),
    'help.opt.import.mapping_file': (
        'A mapping file (JSON: header -> field) saved earlier with --save-mapping.',
        "TODO",
    ),
    'help.opt.import.save_to': (
        'Write the mapping of columns to fields used here to this file.',
        "TODO",
    ),
    'help.opt.import.dry_run': (
        'Check every row and show what would happen; write nothing.',
        "TODO",
    ),
    'help.opt.import.skip_invalid': (
        'Import the good rows and write the rejected ones, with their reasons, to a file to '
        'correct and import again.',
        "TODO",
    ),
    'help.opt.import.rejected_file': (
        "Where --skip-invalid writes the rejected rows (default: FILE's name with .rejected "
        'before the extension).',
        "TODO",
    ),
    # -- package ----------------------------------------
    'help.short.package': (
        "Write an encrypted, signed sync package of this database's records.",
        "TODO",
    ),
    'help.cmd.package': (
        "Write a sync package: this post's records with their version metadata, signed\n"
        "with this installation's key, for HQ (or the post's other computer) to merge.\n"
        '\n'
        'The records are encrypted (age) to the installations that may read them and whose\n'
        "keys are trusted here: a post's package to HQ's installations and the post's other\n"
        "computers, HQ's to the posts it is for. Trust their key cards or packages first\n"
        '(`officer-desk keys DB trust FILE`). --plain writes a signed-only package.\n'
        '\n'
        'OUT is a folder (the file gets a name with the post and time) or a file name. The\n'
        'package is a consistent snapshot; the signing and decryption keys never leave this\n'
        'computer.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk package us.sqlite ~/Sync/to-HQ/\n'
        '  officer-desk package us.sqlite us-week47.odpkg --since-last\n'
        '  officer-desk package hq.sqlite to-posts/ --posts US,CN',
        "TODO",
    ),
    'help.opt.package.plain': (
        'Not encrypted, signed only: anyone who finds the file can read it.',
        "TODO",
    ),
    'help.opt.package.since_last': (
        'Only what changed since the last package (default: everything).',
        "TODO",
    ),
    'help.opt.package.include_posts': (
        "HQ only: also send these posts' records (read-only at the receiver).",
        "TODO",
    ),
    # -- merge ----------------------------------------
    'help.short.merge': (
        'Verify and merge sync packages into this database.',
        "TODO",
    ),
    'help.cmd.merge': (
        'Verify each package (signature, trusted key, hash, schema) and merge it, each in\n'
        'one transaction. Prints per package what was added, updated, unchanged, deleted,\n'
        'the conflicts kept for a person, and anything refused with the reason.\n'
        '\n'
        'A package already merged is recognised and changes nothing. A path that is not a\n'
        'regular file (a folder, a named pipe) is refused before the database is opened.\n'
        'Exit status 0 when every package merged, 1 when any package or record in one was\n'
        'refused.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk merge hq.sqlite inbox/US-*.odpkg inbox/CN-*.odpkg\n'
        '  officer-desk merge hq.sqlite us-week47.odpkg --dry-run',
        "TODO",
    ),
    'help.opt.merge.dry_run': (
        'Verify and show what would change; change nothing.',
        "TODO",
    ),
    # -- conflicts ----------------------------------------
    'help.short.conflicts': (
        'Values the merge kept for a person to decide.',
        "TODO",
    ),
    'help.cmd.conflicts': (
        "When two computers changed the same field without seeing each other's change,\n"
        'the merge applies one (the same one everywhere) and keeps the other here. List\n'
        "them and keep ours (this database's value before the merge) or theirs (the\n"
        "package's).\n"
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk conflicts hq.sqlite list\n'
        '  officer-desk conflicts us.sqlite resolve 3f2c9a1e --keep theirs',
        "TODO",
    ),
    # -- conflicts list ----------------------------------------
    'help.cmd.conflicts.list': (
        'The open conflicts (with --all, resolved ones too), both values side by side.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk conflicts us.sqlite list',
        "TODO",
    ),
    'help.opt.conflicts.list.include_resolved': (
        'Resolved ones too.',
        "TODO",
    ),
    # -- conflicts resolve ----------------------------------------
    'help.cmd.conflicts.resolve': (
        'Settle a conflict. Keeping the side the merge did not apply, or values of your\n'
        'own (both sides combined, say), is an ordinary edit: checked like any edit, in the\n'
        "record's history, sent on in the next package. Keeping the applied side stamps it\n"
        'anew, so the decision reaches the other computers too.\n'
        '\n'
        'If the record changed after the conflict was found, the command refuses and shows\n'
        'the current value; look at the record, and add --force to settle it anyway.\n'
        '\n'
        '\b\n'
        'Examples:\n'
        '  officer-desk conflicts us.sqlite resolve 3f2c9a1e --keep ours\n'
        '  officer-desk conflicts us.sqlite resolve 3f2c9a1e --keep edited --set "summary=…"',
        "TODO",
    ),
    'help.opt.conflicts.resolve.keep': (
        "ours: this database's value before the merge; theirs: the package's; edited: the "
        'values given with --set.',
        "TODO",
    ),
    'help.opt.conflicts.resolve.assignments': (
        'With --keep edited: a value to keep (repeat for several fields).',
        "TODO",
    ),
    'help.opt.conflicts.resolve.force': (
        'Settle it even though the record changed after the conflict was found (the later '
        'value is replaced).',
        "TODO",
    ),
    # -- keys ----------------------------------------
    'help.short.keys': (
        "Keys: this computer's keys, key cards and the keys trusted here.",
        "TODO",
    ),
    'help.cmd.keys': (
        "Show this installation's signing key, and manage the keys of the installations\n"
        'whose packages this database accepts. Compare fingerprints over the phone before\n'
        'trusting a key.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk keys hq.sqlite show\n'
        '  officer-desk keys hq.sqlite trust inbox/US-20251121.odpkg\n'
        '  officer-desk keys hq.sqlite list',
        "TODO",
    ),
    # -- keys export ----------------------------------------
    'help.cmd.keys.export': (
        "Write this installation's key card (its public signing and encryption keys,\n"
        "signed) for HQ or the post's other computer to trust, so that packages can be\n"
        'encrypted for each other. It holds nothing secret; it can go by e-mail.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk keys us.sqlite export us-office.odkey',
        "TODO",
    ),
    # -- keys list ----------------------------------------
    'help.cmd.keys.list': (
        'The keys this database trusts (or revoked), with their post and officer, and\n'
        'whether packages written here are encrypted to them ("encrypt to": yes when the key\n'
        'came with an encryption key, from a key card or a package).\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk keys hq.sqlite list',
        "TODO",
    ),
    # -- keys revoke ----------------------------------------
    'help.cmd.keys.revoke': (
        'Stop accepting packages signed by a key (a lost laptop, a departed officer).\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk keys hq.sqlite revoke K7QD-2MXA-4PZE-QN3B-77FA',
        "TODO",
    ),
    # -- keys show ----------------------------------------
    'help.cmd.keys.show': (
        "This installation's own key: read its fingerprint to HQ (or the post) over the\n"
        'phone so they can check it before trusting your packages.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk keys us.sqlite show',
        "TODO",
    ),
    # -- keys trust ----------------------------------------
    'help.cmd.keys.trust': (
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
        "TODO",
    ),
    'help.opt.keys.trust.expected': (
        'The fingerprint the sender read to you; trusted only if it matches.',
        "TODO",
    ),
    # -- backup ----------------------------------------
    'help.short.backup': (
        "Back up the database now (SQLite's online backup).",
        "TODO",
    ),
    'help.cmd.backup': (
        'Write a complete, consistent copy of the database, even while the window has it\n'
        'open. Manual backups are never deleted by the rolling clean-up of automatic ones.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk backup us.sqlite\n'
        '  officer-desk backup us.sqlite --to /media/usb/officer-desk',
        "TODO",
    ),
    'help.opt.backup.to_dir': (
        "Folder for the backup (default: the DB's backup folder, <name>-backups).",
        "TODO",
    ),
    # -- backups ----------------------------------------
    'help.short.backups': (
        "List the database's backups with their record counts.",
        "TODO",
    ),
    'help.cmd.backups': (
        "List the backups in the database's backup folder, newest first: when (UTC), why\n"
        '(start, daily, migration, merge, import, before-restore, manual), size and the\n'
        'records each holds.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk backups us.sqlite',
        "TODO",
    ),
    # -- restore ----------------------------------------
    'help.short.restore': (
        'Replace the database with one of its backups.',
        "TODO",
    ),
    'help.cmd.restore': (
        'Put BACKUP in place of DB. The backup is checked first: it must match the\n'
        'manifest written with it (size, sha256, post, installation, record counts), or,\n'
        'made by an earlier version without one ("unverified"), pass SQLite\'s integrity\n'
        'check; it must be an Officer Desk database not from a newer version. A backup of\n'
        'another post or of HQ is refused unless --force. The current file is itself backed\n'
        'up (reason before-restore) before it is replaced, so a restore can be undone.\n'
        '\n'
        'Close Officer Desk on this database first. The restored database gets a new\n'
        'installation id (its change counter went back in time); HQ is asked to trust its\n'
        'new signing key with the next package.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk backups us.sqlite\n'
        '  officer-desk restore us.sqlite '
        'us-backups/us-20261121T071500000000Z-daily.sqlite.gz',
        "TODO",
    ),
    'help.opt.restore.force': (
        "Restore a backup of another post (or HQ) over this post's file.",
        "TODO",
    ),
    # -- encrypt ----------------------------------------
    'help.short.encrypt': (
        'Encrypt a case log with a passphrase (SQLCipher).',
        "TODO",
    ),
    'help.cmd.encrypt': (
        'Encrypt the case log DB: a backup of the file first, then an encrypted copy,\n'
        'checked, put in its place. The passphrase is asked twice (or taken from\n'
        'OFFICER_DESK_PASSPHRASE). A lost passphrase cannot be recovered.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk encrypt us.sqlite',
        "TODO",
    ),
    'help.opt.encrypt.remove_plain_backups': (
        'Delete the backups made before encrypting (they hold the data unencrypted), once '
        'the encrypted file checked out.',
        "TODO",
    ),
    # -- decrypt ----------------------------------------
    'help.short.decrypt': (
        'Turn an encrypted case log back into a plain file.',
        "TODO",
    ),
    'help.cmd.decrypt': (
        'Decrypt the case log DB into a plain SQLite file (after a backup of the\n'
        'encrypted file). Its passphrase is asked first.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk decrypt us.sqlite',
        "TODO",
    ),
    # -- passphrase ----------------------------------------
    'help.short.passphrase': (
        "Change an encrypted case log's passphrase.",
        "TODO",
    ),
    'help.cmd.passphrase': (
        'Change the passphrase of the encrypted case log DB: the current one is asked\n'
        'first, then the new one twice (for scripts: OFFICER_DESK_PASSPHRASE holds the\n'
        'current one, OFFICER_DESK_NEW_PASSPHRASE the new one). Backups made before keep the\n'
        'old passphrase.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk passphrase us.sqlite',
        "TODO",
    ),
    # -- recovery-key ----------------------------------------
    'help.short.recovery_key': (
        "Print an encrypted log's recovery key.",
        "TODO",
    ),
    'help.cmd.recovery_key': (
        'Print the recovery key of the encrypted case log DB (its passphrase is asked\n'
        'first). Typed where the passphrase is asked, it opens the log and its backups\n'
        'made until the passphrase is next changed. Print it and keep it in a safe place:\n'
        'whoever has it can read the log.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk recovery-key us.sqlite',
        "TODO",
    ),
    # -- fields ----------------------------------------
    'help.short.fields': (
        'Record kinds, their fields and accepted codes.',
        "TODO",
    ),
    'help.cmd.fields': (
        'The record kinds and, for a KIND, its fields and the codes they accept.\n'
        '\n'
        'Without KIND, lists the kinds with their short names. With KIND, prints each '
        "field's\n"
        'name (as used in JSON for add and update, and in --where and --sort), type, whether\n'
        'it is required, the vocabulary or choices it takes, its English and Korean labels,\n'
        'and then every code of those vocabularies with its labels.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk fields\n'
        '  officer-desk fields dispute\n'
        '  officer-desk fields dispute --json',
        "TODO",
    ),
    'help.opt.fields.db': (
        'Show the vocabulary codes as this database has them (HQ can edit them).',
        "TODO",
    ),
    # -- check ----------------------------------------
    'help.short.check': (
        'Check the file and its links; exit 1 on problems.',
        "TODO",
    ),
    'help.cmd.check': (
        "Check the file's integrity and that its records hang together.\n"
        '\n'
        "Runs SQLite's integrity and foreign-key checks, looks for links to records that do\n"
        "not exist, compares the search index with the records and each record's values\n"
        'with its last stamped change in the history (a value changed by another program\n'
        'never syncs). Exits with status 1 if anything is wrong. --repair rebuilds the\n'
        'search index first; values that disagree with their stamps are only reported: set\n'
        'the right value with officer-desk update, which stamps it.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk check us.sqlite\n'
        '  officer-desk check us.sqlite --repair',
        "TODO",
    ),
    'help.opt.check.repair': (
        'Rebuild the search index before checking.',
        "TODO",
    ),
    # -- demo ----------------------------------------
    'help.short.demo': (
        'Make or fill a demo database with made-up records.',
        "TODO",
    ),
    'help.cmd.demo': (
        'Fill a demo database with realistic made-up records, for trying things out.\n'
        '\n'
        'Creates DB as an HQ demo database if it does not exist yet. Demo data is only ever\n'
        'added to a demo database, never to a real case log. The data is invented: '
        'companies,\n'
        'disputes, engagements, trend notes, conferences and follow-ups at every post.\n'
        '\n'
        '\b\n'
        'Example:\n'
        '  officer-desk demo demo.sqlite --records 20000\n'
        '  officer-desk demo demo.sqlite --posts US,CN --records 500 --seed 7 --today '
        '2025-06-30',
        "TODO",
    ),
    'help.opt.demo.posts': (
        'Posts to make records for, comma-separated.',
        "TODO",
    ),
    'help.opt.demo.records': (
        'About how many records to make.',
        "TODO",
    ),
    'help.opt.demo.seed': (
        'Random seed: the same seed gives the same data.',
        "TODO",
    ),
    'help.opt.demo.today': (
        'The date the data is built around (default: today).',
        "TODO",
    ),
}
