"""Why the system or a library refused, in English and Korean.

An ``OSError``'s ``strerror`` ("No such file or directory") is in the language of the
operating system, and a library's exception text ("database disk image is malformed",
"File is not a zip file") in English; a message that shows either (``… 파일을 쓸 수
없습니다: {detail}``) gives it through :func:`officer_desk.domain.messages.reason`,
which looks the error up here: an ``OSError`` by its ``errno`` (or Windows' ``winerror``),
anything else by the words its library is known to say. What is not here is shown as the
system or the library says it, as the message's detail.

The English side is worded as the C library and the libraries word it, so English output
reads as it did.
"""

from __future__ import annotations

import errno

#: errno -> message id
ERRNO_KEYS: dict[int, str] = {
    errno.ENOENT: "reason.enoent",
    errno.EACCES: "reason.eacces",
    errno.EPERM: "reason.eperm",
    errno.ENOSPC: "reason.enospc",
    errno.EROFS: "reason.erofs",
    errno.EISDIR: "reason.eisdir",
    errno.ENOTDIR: "reason.enotdir",
    errno.EEXIST: "reason.eexist",
    errno.EBUSY: "reason.ebusy",
    errno.ETXTBSY: "reason.etxtbsy",
    errno.ENAMETOOLONG: "reason.enametoolong",
    errno.EMFILE: "reason.emfile",
    errno.ENFILE: "reason.emfile",
    errno.EIO: "reason.eio",
    errno.ELOOP: "reason.eloop",
    errno.EXDEV: "reason.exdev",
    errno.ENOTEMPTY: "reason.enotempty",
    errno.EFBIG: "reason.efbig",
    errno.EINVAL: "reason.einval",
    errno.ENXIO: "reason.enxio",
    errno.ENODEV: "reason.enxio",
}
# not every system has these
for _name, _key in (("EDQUOT", "reason.edquot"), ("ESTALE", "reason.estale")):
    if hasattr(errno, _name):
        ERRNO_KEYS[getattr(errno, _name)] = _key

#: Windows' own error number (``OSError.winerror``) -> message id: another program
#: holds the file open (32) or locks part of it (33).
WINERROR_KEYS: dict[int, str] = {32: "reason.sharing_violation", 33: "reason.lock_violation"}

#: (exception class name or "" for any, words its text holds, lowercased) -> message id;
#: the first that matches says it.
LIBRARY_WORDS: tuple[tuple[str, str, str], ...] = (
    # gzip
    ("", "compressed file ended before the end-of-stream marker", "reason.gzip_truncated"),
    ("", "not a gzipped file", "reason.not_gzip"),
    ("", "crc check failed", "reason.gzip_crc"),
    ("", "incorrect length of data produced", "reason.gzip_crc"),
    ("error", "while decompressing data", "reason.gzip_damaged"),
    # a stream that ends early (zipfile, lzma: often with no words at all)
    ("eoferror", "", "reason.cut_short"),
    # sqlite
    ("", "database disk image is malformed", "reason.sqlite_malformed"),
    ("", "file is not a database", "reason.sqlite_not_database"),
    ("", "file is encrypted or is not a database", "reason.sqlite_not_database"),
    ("", "database is locked", "reason.sqlite_locked"),
    ("", "database table is locked", "reason.sqlite_locked"),
    ("", "database or disk is full", "reason.enospc"),
    ("", "attempt to write a readonly database", "reason.sqlite_read_only"),
    ("", "unable to open database file", "reason.sqlite_cannot_open"),
    ("", "disk i/o error", "reason.eio"),
    # zipfile (an .xlsx, a sync package)
    ("", "file is not a zip file", "reason.not_zip"),
    ("", "bad magic number for", "reason.zip_damaged"),
    ("", "truncated file header", "reason.zip_damaged"),
    ("", "bad crc-32 for file", "reason.zip_damaged"),
    ("", "bad offset for central directory", "reason.zip_damaged"),
    ("", "truncated central directory", "reason.zip_damaged"),
    ("", "corrupt extra field", "reason.zip_damaged"),
    ("", "overlapped entries", "reason.zip_damaged"),
    ("", "zipfiles that span multiple disks", "reason.zip_damaged"),
    # a member's name in its local header differs from the directory's (a flipped bit)
    ("", "file name in directory", "reason.zip_damaged"),
    # XML inside a workbook or an HWPX document (expat, lxml)
    ("", "no element found", "reason.xml_damaged"),
    ("", "not well-formed", "reason.xml_damaged"),
    ("", "unclosed token", "reason.xml_damaged"),
    ("", "premature end of data", "reason.xml_damaged"),
    ("", "start tag expected", "reason.xml_damaged"),
    ("", "document is empty", "reason.xml_damaged"),
    # openpyxl
    ("", "does not support the old .xls file format", "reason.old_xls"),
    ("invalidfileexception", "does not support", "reason.not_workbook"),
    # cryptography: a tag or a signature that does not match says nothing at all
    ("invalidtag", "", "reason.crypto_tag"),
    ("invalidsignature", "", "reason.crypto_signature"),
    ("", "could not deserialize key data", "reason.crypto_key"),
    # age (pyrage)
    ("decrypterror", "no matching keys found", "reason.age_no_key"),
    ("decrypterror", "failed to fill whole buffer", "reason.cut_short"),
    ("decrypterror", "unknown age format", "reason.age_not_age"),
    ("decrypterror", "decryption error", "reason.age_damaged"),
    ("", "invalid bech32 encoding", "reason.age_bad_key_text"),
    ("valueerror", "not exactly one age-secret-key line", "reason.age_identity_lines"),
    # Python's own readers
    ("unicodedecodeerror", "", "reason.not_utf8"),
    ("recursionerror", "", "reason.too_deep"),
    ("error", "new-line character seen in unquoted field", "reason.csv_newline"),
    ("error", "line contains nul", "reason.csv_nul"),
    ("error", "unexpected end of data", "reason.cut_short"),
)

REASONS: dict[str, tuple[str, str]] = {
    "reason.enoent": ("No such file or directory", "그런 파일이나 폴더가 없습니다"),
    "reason.eacces": ("Permission denied", "접근 권한이 없습니다"),
    "reason.eperm": ("Operation not permitted", "허용되지 않은 작업입니다"),
    "reason.enospc": ("No space left on device", "디스크에 남은 공간이 없습니다"),
    "reason.edquot": ("Disk quota exceeded", "디스크 할당량을 다 썼습니다"),
    "reason.erofs": ("Read-only file system", "읽기 전용 파일 시스템입니다"),
    "reason.eisdir": ("Is a directory", "파일이 아니라 폴더입니다"),
    "reason.enotdir": ("Not a directory", "경로 중간의 이름이 폴더가 아니라 파일입니다"),
    "reason.eexist": ("File exists", "같은 이름의 파일이나 폴더가 이미 있습니다"),
    "reason.ebusy": ("Device or resource busy", "다른 프로그램이 사용 중입니다"),
    "reason.etxtbsy": ("Text file busy", "실행 중인 프로그램이 사용 중인 파일입니다"),
    "reason.enametoolong": ("File name too long", "파일 이름이 너무 깁니다"),
    "reason.emfile": (
        "Too many open files",
        "열린 파일이 너무 많습니다. 다른 프로그램을 닫고 다시 해 보십시오",
    ),
    "reason.eio": (
        "Input/output error",
        "입출력 오류입니다. 디스크나 USB 장치에 문제가 있을 수 있습니다",
    ),
    "reason.eloop": (
        "Too many levels of symbolic links",
        "심볼릭 링크가 너무 많이 이어지거나 서로를 가리킵니다",
    ),
    "reason.exdev": ("Invalid cross-device link", "다른 디스크로는 옮길 수 없습니다"),
    "reason.enotempty": ("Directory not empty", "폴더가 비어 있지 않습니다"),
    "reason.efbig": ("File too large", "파일이 너무 큽니다"),
    "reason.einval": ("Invalid argument", "이 파일이나 장치에는 할 수 없는 작업입니다"),
    "reason.enxio": ("No such device or address", "그런 장치가 없습니다"),
    "reason.estale": (
        "Stale file handle",
        "네트워크 폴더의 파일이 다른 곳에서 바뀌었거나 지워졌습니다",
    ),
    "reason.sharing_violation": (
        "The process cannot access the file because it is being used by another process",
        "다른 프로그램이 이 파일을 열어 두고 있습니다. 그 프로그램을 닫고 다시 해 보십시오",
    ),
    "reason.lock_violation": (
        "The process cannot access the file because another process has locked a "
        "portion of the file",
        "다른 프로그램이 이 파일의 일부를 잠가 두었습니다. 그 프로그램을 닫고 다시 해 "
        "보십시오",
    ),
    "reason.gzip_truncated": (
        "Compressed file ended before the end-of-stream marker was reached",
        "압축 파일이 끝까지 있지 않고 중간에 잘렸습니다",
    ),
    "reason.not_gzip": ("not a gzip-compressed file", "gzip으로 압축된 파일이 아닙니다"),
    "reason.gzip_crc": (
        "the compressed data's check sum does not match",
        "압축된 내용의 검사 값이 맞지 않습니다(손상됨)",
    ),
    "reason.gzip_damaged": (
        "the compressed data is damaged",
        "압축된 내용이 손상되었습니다",
    ),
    "reason.sqlite_malformed": (
        "database disk image is malformed",
        "데이터베이스 파일의 내부 구조가 깨졌습니다",
    ),
    "reason.sqlite_not_database": (
        "file is not a database",
        "데이터베이스 파일이 아닙니다",
    ),
    "reason.sqlite_locked": (
        "database is locked",
        "다른 프로그램이 데이터베이스를 쓰는 중이라 잠겨 있습니다",
    ),
    "reason.sqlite_read_only": (
        "attempt to write a readonly database",
        "읽기 전용 데이터베이스에 쓰려고 했습니다",
    ),
    "reason.sqlite_cannot_open": (
        "unable to open database file",
        "데이터베이스 파일을 열 수 없습니다",
    ),
    "reason.cut_short": (
        "the data ends before it should: the file was cut short",
        "내용이 끝나야 할 곳보다 먼저 끝납니다. 파일이 중간에 잘렸습니다",
    ),
    "reason.age_no_key": (
        "No matching keys found",
        "이 컴퓨터의 키로 열 수 있게 암호화되지 않았습니다",
    ),
    "reason.age_not_age": (
        "not age-encrypted data",
        "age로 암호화된 내용이 아닙니다",
    ),
    "reason.age_damaged": (
        "decryption error: the encrypted data is damaged",
        "복호화 오류: 암호화된 내용이 손상되었습니다",
    ),
    "reason.age_bad_key_text": (
        "invalid Bech32 encoding: the key text is mistyped or cut short",
        "키 글자가 올바르지 않습니다(Bech32 형식 오류). 잘못 입력했거나 잘렸습니다",
    ),
    "reason.age_identity_lines": (
        "the file must hold exactly one AGE-SECRET-KEY line",
        "파일에 AGE-SECRET-KEY 줄이 정확히 하나 있어야 합니다",
    ),
    "reason.not_utf8": ("not UTF-8 text", "UTF-8 글자가 아닙니다"),
    "reason.too_deep": ("nested too deeply", "너무 깊게 중첩되어 있습니다"),
    "reason.csv_newline": (
        "a line break inside a field that is not in quotes",
        "따옴표로 감싸지 않은 칸 안에 줄바꿈이 있습니다",
    ),
    "reason.csv_nul": ("the line holds a NUL character", "줄에 NUL 문자가 있습니다"),
    "reason.json_at": (
        "{problem} at line {line}, column {column}",
        "{line}행 {column}열: {problem}",
    ),
    "reason.not_manifest": (
        "it is not a backup manifest of this program's format",
        "이 프로그램 형식의 백업 매니페스트가 아닙니다",
    ),
    "reason.card_too_large": (
        "larger than {limit:,} bytes",
        "{limit:,}바이트보다 큽니다",
    ),
    "reason.card_not_two_lines": ("not two lines", "두 줄로 되어 있지 않습니다"),
    "reason.card_fields": ("not the fields of a key card", "키 카드의 항목이 아닙니다"),
    "reason.card_format": (
        "format {format!r} {version!r}",
        "형식이 다릅니다: {format!r} {version!r}",
    ),
    "reason.card_malformed": (
        "post, installation or officer malformed",
        "공관, 설치 ID 또는 담당관 값이 올바르지 않습니다",
    ),
    "reason.not_zip": ("File is not a zip file", "ZIP 파일이 아닙니다"),
    "reason.zip_damaged": (
        "the ZIP archive is damaged or cut short",
        "ZIP 파일이 손상되었거나 중간에 잘렸습니다",
    ),
    "reason.xml_damaged": (
        "its XML is damaged or cut short",
        "안의 XML이 손상되었거나 중간에 잘렸습니다",
    ),
    "reason.old_xls": (
        "an old Excel 97-2003 workbook (.xls); save it as .xlsx in Excel first",
        "예전 Excel 97-2003 통합 문서(.xls)입니다. Excel에서 .xlsx로 저장한 뒤 다시 "
        "해 보십시오",
    ),
    "reason.not_workbook": (
        "not an Excel workbook (.xlsx)",
        "Excel 통합 문서(.xlsx)가 아닙니다",
    ),
    "reason.crypto_tag": (
        "the encrypted data does not match its authentication tag: it is damaged or "
        "the key is not the one it was encrypted with",
        "암호화된 내용이 인증 값과 맞지 않습니다. 손상되었거나 암호화할 때와 다른 키입니다",
    ),
    "reason.crypto_signature": (
        "the signature does not match",
        "서명이 맞지 않습니다",
    ),
    "reason.crypto_key": (
        "the key cannot be read: it is damaged or not a key of this kind",
        "키를 읽을 수 없습니다. 손상되었거나 이런 종류의 키가 아닙니다",
    ),
}
