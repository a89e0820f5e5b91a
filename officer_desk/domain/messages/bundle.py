"""Messages about the program itself: ``officer-desk --version``, Help → About, and a
database written by a newer program than this one (issue 16, the bundled app)."""

from __future__ import annotations

BUNDLE: dict[str, tuple[str, str]] = {
    "about.title": ("Officer Desk version {version}", "Officer Desk 버전 {version}"),
    "about.tagline": (
        "The case log of Korea's overseas patent officers.",
        "해외 특허 주재관의 사건 기록 프로그램입니다.",
    ),
    "about.schema": (
        "Database schema: {latest} (this program opens schemas 1 to {latest}; an older "
        "database is upgraded, after a backup)",
        "데이터베이스 스키마: {latest} (스키마 1~{latest}을(를) 열 수 있으며, 이전 스키마의 "
        "데이터베이스는 백업한 뒤 업그레이드합니다)",
    ),
    "about.database": (
        "Open database: {path} (schema {schema})",
        "열린 데이터베이스: {path} (스키마 {schema})",
    ),
    "about.data_folder": ("Data folder: {path}", "데이터 폴더: {path}"),
    "about.settings_folder": ("Settings folder: {path}", "설정 폴더: {path}"),
    "about.build_bundle": (
        "Installed as the bundled application in {path}",
        "번들 응용 프로그램으로 설치됨: {path}",
    ),
    "about.build_source": (
        "Running from the Python package in {path}",
        "파이썬 패키지에서 실행 중: {path}",
    ),
    "about.font": (
        "Korean font for PDFs: {path} (found in: {source})",
        "PDF용 한글 글꼴: {path} (찾은 곳: {source})",
    ),
    "about.no_font": ("Korean font for PDFs: none. {problem}", "PDF용 한글 글꼴: 없음. {problem}"),
    "about.components": (
        "Components and their licences:",
        "구성 요소와 라이선스:",
    ),
    "about.component": ("  {name} {version}: licence {licence}",
                        "  {name} {version}: 라이선스 {licence}"),
    "about.public_domain": ("public domain", "퍼블릭 도메인"),
    "about.font_bundled": (
        "bundled, for PDFs on a PC without a Korean font",
        "PDF용으로 함께 배포됨(한글 글꼴이 없는 PC용)",
    ),
    "about.font_not_bundled": (
        "not bundled; the font found on this computer is used",
        "함께 배포되지 않음. 이 컴퓨터에 있는 글꼴을 사용",
    ),
    "about.licence_files": (
        "The licence texts are in {path}",
        "라이선스 전문은 {path}에 있습니다",
    ),
    "about.licence_docs": (
        "The licences are listed in docs/install.md",
        "라이선스 목록은 docs/install.md에 있습니다",
    ),
    "desk.too_new_needs": (
        "{path} was written by a newer version of Officer Desk (schema {schema}; this is "
        "Officer Desk {version}, which reads schemas up to {latest}). Install Officer Desk "
        "{needed} or later to open it. The file was not changed.",
        "{path}은(는) 더 새로운 Officer Desk가 쓴 파일입니다(스키마 {schema}. 이 프로그램은 "
        "Officer Desk {version}(으)로 스키마 {latest}까지 읽습니다). 이 파일을 열려면 Officer "
        "Desk {needed} 이상을 설치하십시오. 파일은 바뀌지 않았습니다.",
    ),
}
