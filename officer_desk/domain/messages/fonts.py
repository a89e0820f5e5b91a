"""Messages about the Korean font the briefing pack's PDF embeds (the settings dialog
shows them too)."""

from __future__ import annotations

FONTS: dict[str, tuple[str, str]] = {
    "font.unusable": (
        "The Korean font {origin} ({path}) cannot be used: {why}.",
        "{origin} 한글 글꼴({path})을(를) 쓸 수 없습니다: {why}.",
    ),
    "font.origin_settings": ("chosen in the settings", "설정에서 고른"),
    "font.origin_env": ("named by {variable}", "{variable}에 지정된"),
    "font.fallback_unusable": (
        "The fallback font named by {variable} ({path}) cannot be used: {why}.",
        "{variable}에 지정된 대체 글꼴({path})을(를) 쓸 수 없습니다: {why}.",
    ),
    "font.why_cff": (
        "it has PostScript (CFF) outlines, and the PDF library (reportlab) can embed only "
        "fonts with TrueType outlines; Noto Sans CJK / Source Han Sans (.otf, and their .ttc "
        "collections) are fonts of this kind. Use a TrueType font such as NanumGothic.ttf "
        "(Debian/Ubuntu package fonts-nanum), Malgun Gothic (malgun.ttf) or AppleGothic.ttf",
        "PostScript(CFF) 윤곽선 글꼴인데, PDF 라이브러리(reportlab)는 TrueType 윤곽선 글꼴만 "
        "넣을 수 있습니다. Noto Sans CJK / Source Han Sans(.otf와 그 .ttc 모음)가 이런 "
        "글꼴입니다. NanumGothic.ttf(Debian/Ubuntu 패키지 fonts-nanum), 맑은 고딕(malgun.ttf), "
        "AppleGothic.ttf 같은 TrueType 글꼴을 쓰십시오",
    ),
    "font.why_webfont": (
        "it is a web font (WOFF); use the TrueType (.ttf) file instead",
        "웹 글꼴(WOFF)입니다. TrueType(.ttf) 파일을 쓰십시오",
    ),
    "font.why_unreadable": ("it cannot be read", "읽을 수 없습니다"),
    "font.why_not_truetype": (
        "it is not a TrueType font file (.ttf or .ttc)",
        "TrueType 글꼴 파일(.ttf 또는 .ttc)이 아닙니다",
    ),
    "font.why_missing": ("there is no such file or folder", "그런 파일이나 폴더가 없습니다"),
    "font.why_no_file": ("there is no such file", "그런 파일이 없습니다"),
    "font.why_folder_unreadable": (
        "the folder cannot be read ({detail})",
        "폴더를 읽을 수 없습니다({detail})",
    ),
    "font.why_folder_only_cff": (
        "the folder holds only fonts that cannot be used: {why}",
        "폴더에 쓸 수 없는 글꼴만 있습니다: {why}",
    ),
    "font.why_folder_empty": (
        "the folder holds no TrueType font file (.ttf or .ttc)",
        "폴더에 TrueType 글꼴 파일(.ttf 또는 .ttc)이 없습니다",
    ),
    "font.none_found": (
        "No Korean TrueType font was found. {how} Or choose a Korean .ttf font file in the "
        "settings, or set the environment variable {variable} to one. (Noto Sans CJK .otf "
        "fonts cannot be used: the PDF library, reportlab, embeds only fonts with TrueType "
        "outlines.)",
        "한글 TrueType 글꼴을 찾지 못했습니다. {how} 또는 설정에서 한글 .ttf 글꼴 파일을 "
        "고르거나 환경 변수 {variable}에 지정하십시오. (Noto Sans CJK .otf 글꼴은 쓸 수 "
        "없습니다: PDF 라이브러리 reportlab은 TrueType 윤곽선 글꼴만 넣습니다.)",
    ),
    "font.how_windows": (
        "Malgun Gothic ({path}) is missing, although Windows normally includes it: add it "
        "under Settings > Apps > Optional features (Korean Supplemental Fonts), or install "
        "NanumGothic.",
        "Windows에 보통 들어 있는 맑은 고딕({path})이 없습니다. 설정 > 앱 > 선택적 기능(한국어 "
        "추가 글꼴)에서 추가하거나 나눔고딕을 설치하십시오.",
    ),
    "font.how_macos": (
        "AppleGothic (/System/Library/Fonts/Supplemental/AppleGothic.ttf) is missing, "
        "although macOS normally includes it: install NanumGothic.ttf (for example 'brew "
        "install --cask font-nanum-gothic') into ~/Library/Fonts.",
        "macOS에 보통 들어 있는 AppleGothic(/System/Library/Fonts/Supplemental/"
        "AppleGothic.ttf)이 없습니다. NanumGothic.ttf를 ~/Library/Fonts에 설치하십시오(예: "
        "'brew install --cask font-nanum-gothic').",
    ),
    "font.how_linux": (
        "Install NanumGothic: on Debian/Ubuntu 'sudo apt-get install fonts-nanum', on Fedora "
        "'sudo dnf install naver-nanum-gothic-fonts'.",
        "나눔고딕을 설치하십시오: Debian/Ubuntu에서는 'sudo apt-get install fonts-nanum', "
        "Fedora에서는 'sudo dnf install naver-nanum-gothic-fonts'.",
    ),
}
