"""Messages about the settings file (``officer_desk.settings``): what was wrong with it
when it was read, so that the window and the command line can say it in their language."""

from __future__ import annotations

SETTINGS_FILE: dict[str, tuple[str, str]] = {
    "settings.unreadable": (
        "Cannot read the settings file {path} ({error}): the default settings are used. "
        "When settings are next saved, the file as it is is kept as {kept}.",
        "설정 파일 {path}을(를) 읽을 수 없어({error}) 기본 설정을 씁니다. 다음에 설정을 "
        "저장할 때 지금의 파일은 {kept}(으)로 보관됩니다.",
    ),
    "settings.not_settings": (
        "The settings file {path} does not hold settings (a JSON object was expected): the "
        "default settings are used. When settings are next saved, the file as it is is kept "
        "as {kept}.",
        "설정 파일 {path}에 설정이 없어(JSON 객체여야 합니다) 기본 설정을 씁니다. 다음에 "
        "설정을 저장할 때 지금의 파일은 {kept}(으)로 보관됩니다.",
    ),
    "settings.wrong_values": (
        "In the settings file {path}: {problems} (the default is used instead).",
        "설정 파일 {path}: {problems} (대신 기본값을 씁니다).",
    ),
    "settings.not_a_whole_number": (
        "{name} should be a whole number of 0 or more, not {value}",
        "{name}은(는) 0 이상의 정수여야 합니다({value}은(는) 쓸 수 없습니다)",
    ),
    "settings.not_file_names": (
        "{name} should be a list of file names, not {value}",
        "{name}은(는) 파일 이름 목록이어야 합니다({value}은(는) 쓸 수 없습니다)",
    ),
    "settings.not_text": (
        "{name} should be text, not {value}",
        "{name}은(는) 글자여야 합니다({value}은(는) 쓸 수 없습니다)",
    ),
    "settings.not_a_choice": (
        "{name} should be one of {choices}, not {value}",
        "{name}은(는) {choices} 중 하나여야 합니다({value}은(는) 쓸 수 없습니다)",
    ),
}
