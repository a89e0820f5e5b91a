"""Finding a Korean TrueType font (officer_desk.fonts).

The fonts here are tiny fake files with the right magic bytes (and, where the family name
matters, a minimal ``name`` table); the machine's own fonts and fontconfig are kept out of
every test except the last, which uses Debian's NanumGothic when it is installed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

import pytest

from officer_desk import fonts
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.fonts import (
    ENV_VAR,
    FontProblem,
    KoreanFont,
    has_truetype_outlines,
    resolve_korean_font,
)

REAL_OS_CANDIDATES = fonts._os_candidates
_real_fontconfig_fonts = fonts._fontconfig_fonts  # the fixture stubs the module's own
NANUM = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
NANUM_BOLD = Path("/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf")

MAGIC = {
    "truetype": b"\x00\x01\x00\x00",
    "apple": b"true",
    "cff": b"OTTO",
    "woff": b"wOFF",
    "junk": b"%PDF",
}


def sfnt(magic: bytes = MAGIC["truetype"], family: str | None = None, at: int = 0) -> bytes:
    """A font's bytes: the header and, if ``family`` is given, a ``name`` table.

    ``at``: where the font will start in its file (table offsets count from the file's start,
    also inside a collection).
    """
    if family is None:
        return magic + b"\x00" * 60
    text = family.encode("utf-16-be")
    # name table: format, count, string offset; one record (Windows, Unicode BMP, en-US, id 1)
    name = struct.pack(">HHH", 0, 1, 6 + 12) + struct.pack(">HHHHHH", 3, 1, 0x409, 1, len(text), 0)
    name += text
    header = magic + struct.pack(">HHHH", 1, 16, 0, 0)
    record = struct.pack(">4sIII", b"name", 0, at + 12 + 16, len(name))
    return header + record + name


def collection(first_font: bytes) -> bytes:
    """A font collection (.ttc) holding one font (made with ``at=16``)."""
    return b"ttcf" + struct.pack(">III", 0x00010000, 1, 16) + first_font


def write(path: Path, data: bytes | str = "truetype") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(sfnt(MAGIC[data]) if isinstance(data, str) else data)
    return path


@pytest.fixture(autouse=True)
def no_machine_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing from this computer: no env var, no OS font folders, no fontconfig."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setattr(fonts, "_platform", lambda: "linux")
    monkeypatch.setattr(fonts, "_os_candidates", lambda platform: [])
    monkeypatch.setattr(fonts, "_fontconfig_fonts", lambda: [])


# --- has_truetype_outlines --------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (sfnt(MAGIC["truetype"]), True),
        (sfnt(MAGIC["apple"]), True),
        (sfnt(MAGIC["cff"]), False),
        (sfnt(MAGIC["woff"]), False),
        (sfnt(MAGIC["junk"]), False),
        (collection(sfnt(MAGIC["truetype"])), True),
        (collection(sfnt(MAGIC["cff"])), False),  # e.g. NotoSansCJK-Regular.ttc
        (b"ttcf\x00\x01", False),  # truncated collection
        (b"", False),
    ],
    ids=["truetype", "apple-true", "otto-cff", "woff", "junk", "ttc", "ttc-cff", "ttc-short",
         "empty"],
)
def test_has_truetype_outlines(tmp_path: Path, data: bytes, expected: bool) -> None:
    assert has_truetype_outlines(write(tmp_path / "font.bin", data)) is expected


def test_has_truetype_outlines_missing_file(tmp_path: Path) -> None:
    assert has_truetype_outlines(tmp_path / "nope.ttf") is False
    assert has_truetype_outlines(tmp_path) is False  # a folder


# --- 1: the user's setting ------------------------------------------------------------------


def test_setting_file_with_bold_sibling_and_family_from_name_table(tmp_path: Path) -> None:
    regular = write(tmp_path / "NanumGothic.ttf", sfnt(family="NanumGothic"))
    bold = write(tmp_path / "NanumGothicBold.ttf")
    font = resolve_korean_font(regular)
    assert font == KoreanFont(regular=regular, bold=bold, family="NanumGothic", source="setting")


def test_setting_as_string_without_bold_uses_file_name_as_family(tmp_path: Path) -> None:
    regular = write(tmp_path / "MyKorean.ttf")
    font = resolve_korean_font(str(regular))
    assert (font.regular, font.bold, font.family, font.source) == (
        regular, None, "MyKorean", "setting"
    )


@pytest.mark.parametrize(
    ("regular", "bold"),
    [
        ("malgun.ttf", "malgunbd.ttf"),
        ("NotoSansKR-Regular.ttf", "NotoSansKR-Bold.ttf"),
        ("NanumSquareR.ttf", "NanumSquareB.ttf"),
        ("Gulim.ttc", "Gulim-Bold.ttc"),
    ],
)
def test_bold_sibling_naming(tmp_path: Path, regular: str, bold: str) -> None:
    write(tmp_path / regular)
    write(tmp_path / bold)
    assert resolve_korean_font(tmp_path / regular).bold == tmp_path / bold


def test_bold_sibling_with_cff_outlines_is_not_used(tmp_path: Path) -> None:
    write(tmp_path / "Korean.ttf")
    write(tmp_path / "KoreanBold.ttf", "cff")
    assert resolve_korean_font(tmp_path / "Korean.ttf").bold is None


def test_setting_ttc_collection(tmp_path: Path) -> None:
    path = write(tmp_path / "Korean.ttc", collection(sfnt(family="Korean Sans", at=16)))
    font = resolve_korean_font(path)
    assert (font.regular, font.family) == (path, "Korean Sans")


def test_setting_directory_prefers_regular_nanum_gothic(tmp_path: Path) -> None:
    folder = tmp_path / "fonts"
    write(folder / "NotoSansCJK-Regular.otf", "cff")
    write(folder / "AAA-Bold.ttf")
    write(folder / "NanumBarunGothic.ttf")
    write(folder / "NanumGothicBold.ttf")
    write(folder / "NanumGothic.ttf")
    write(folder / "readme.txt", b"not a font")
    font = resolve_korean_font(folder)
    assert font.regular == folder / "NanumGothic.ttf"
    assert font.bold == folder / "NanumGothicBold.ttf"
    assert font.source == "setting"


def test_setting_directory_skips_cff_and_bold_faces(tmp_path: Path) -> None:
    write(tmp_path / "A-Bold.ttf")
    write(tmp_path / "B.otf", "cff")
    write(tmp_path / "C.ttf")
    font = resolve_korean_font(tmp_path)
    assert font.regular == tmp_path / "C.ttf"


def test_relative_setting_is_taken_from_the_config_folder(home: Path) -> None:
    regular = write(home / "config" / "fonts" / "Korean.ttf")
    assert resolve_korean_font("fonts/Korean.ttf").regular == regular
    assert resolve_korean_font(Path("fonts")).regular == regular


def test_missing_setting_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "gone" / "NanumGothic.ttf"
    with pytest.raises(FontProblem) as info:
        resolve_korean_font(missing)
    message = str(info.value)
    assert str(missing) in message
    assert "settings" in message
    assert "no such file" in message


def test_setting_that_is_not_a_font(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.ttf", b"hello, not a font at all")
    with pytest.raises(FontProblem, match="not a TrueType font file") as info:
        resolve_korean_font(path)
    assert str(path) in str(info.value)


def test_setting_woff_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FontProblem, match="web font"):
        resolve_korean_font(write(tmp_path / "Korean.woff", "woff"))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("NotoSansCJKkr-Regular.otf", sfnt(MAGIC["cff"])),
        ("NotoSansCJK-Regular.ttc", collection(sfnt(MAGIC["cff"]))),
    ],
)
def test_setting_cff_font_is_refused_with_the_reportlab_reason(
    tmp_path: Path, name: str, data: bytes
) -> None:
    path = write(tmp_path / name, data)
    with pytest.raises(FontProblem) as info:
        resolve_korean_font(path)
    message = str(info.value)
    assert str(path) in message
    assert "reportlab" in message
    assert "TrueType outlines" in message
    assert "CFF" in message
    assert "Noto Sans CJK" in message
    assert "NanumGothic" in message  # what to use instead


def test_setting_folder_with_only_cff_fonts(tmp_path: Path) -> None:
    write(tmp_path / "NotoSansCJKkr-Regular.otf", "cff")
    with pytest.raises(FontProblem, match="reportlab") as info:
        resolve_korean_font(tmp_path)
    assert str(tmp_path) in str(info.value)


def test_setting_folder_without_fonts(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(FontProblem, match=r"no TrueType font file \(\.ttf or \.ttc\)") as info:
        resolve_korean_font(tmp_path / "empty")
    assert str(tmp_path / "empty") in str(info.value)


def test_bad_setting_is_an_error_even_when_the_system_has_a_font(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = write(tmp_path / "system" / "NanumGothic.ttf")
    monkeypatch.setattr(fonts, "_os_candidates", lambda platform: [(system, None, "NanumGothic")])
    monkeypatch.setenv(ENV_VAR, str(system))
    with pytest.raises(FontProblem):
        resolve_korean_font(tmp_path / "missing.ttf")


def test_font_problem_is_a_user_error() -> None:
    assert issubclass(FontProblem, OfficerDeskError)


# --- 2: the environment variable -----------------------------------------------------------


def test_env_var_when_there_is_no_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regular = write(tmp_path / "Korean.ttf")
    monkeypatch.setenv(ENV_VAR, str(regular))
    for setting in (None, "", "  "):
        font = resolve_korean_font(setting)
        assert (font.regular, font.source) == (regular, "env")


def test_setting_wins_over_env_var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(write(tmp_path / "env" / "Env.ttf")))
    chosen = write(tmp_path / "mine" / "Mine.ttf")
    assert resolve_korean_font(chosen).regular == chosen


def test_env_var_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regular = write(tmp_path / "NanumGothic.ttf")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert resolve_korean_font().regular == regular


def test_bad_env_var_names_the_variable_and_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "NotoSansCJKkr-Regular.otf", "cff")
    monkeypatch.setenv(ENV_VAR, str(path))
    with pytest.raises(FontProblem) as info:
        resolve_korean_font()
    message = str(info.value)
    assert ENV_VAR in message
    assert str(path) in message
    assert "reportlab" in message


# --- 3: the operating system ------------------------------------------------------------


def test_os_candidates_in_order_skipping_missing_and_cff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cff = write(tmp_path / "b" / "Cff.ttf", "cff")
    good = write(tmp_path / "c" / "NanumGothic.ttf")
    later = write(tmp_path / "d" / "UnDotum.ttf")
    candidates = [
        (tmp_path / "a" / "Missing.ttf", None, "Missing"),
        (cff, None, "Cff"),
        (good, tmp_path / "c" / "NoSuchBold.ttf", "NanumGothic"),
        (later, None, "UnDotum"),
    ]
    monkeypatch.setattr(fonts, "_os_candidates", lambda platform: candidates)
    font = resolve_korean_font()
    assert font == KoreanFont(regular=good, bold=None, family="NanumGothic", source="linux")


def test_os_candidate_bold_and_known_family(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    regular = write(tmp_path / "AppleGothic.ttf")
    bold = write(tmp_path / "SomeBold.ttf")
    monkeypatch.setattr(fonts, "_platform", lambda: "macos")
    monkeypatch.setattr(fonts, "_os_candidates", lambda platform: [(regular, bold, "AppleGothic")])
    font = resolve_korean_font()
    assert font == KoreanFont(regular=regular, bold=bold, family="AppleGothic", source="macos")


def test_windows_malgun_gothic_from_windir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    windir = tmp_path / "Windows"
    regular = write(windir / "Fonts" / "malgun.ttf")
    bold = write(windir / "Fonts" / "malgunbd.ttf")
    monkeypatch.setenv("WINDIR", str(windir))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    monkeypatch.setattr(fonts, "_platform", lambda: "windows")
    monkeypatch.setattr(fonts, "_os_candidates", REAL_OS_CANDIDATES)
    font = resolve_korean_font()
    assert font == KoreanFont(regular=regular, bold=bold, family="Malgun Gothic", source="windows")


def test_real_candidate_lists() -> None:
    mac = [regular for regular, _, _ in REAL_OS_CANDIDATES("macos")]
    assert mac[:2] == [
        Path("/System/Library/Fonts/Supplemental/AppleGothic.ttf"),
        Path("/Library/Fonts/AppleGothic.ttf"),
    ]
    linux = REAL_OS_CANDIDATES("linux")
    assert linux[0] == (NANUM, NANUM_BOLD, "NanumGothic")
    for regular, bold, _ in linux:
        assert regular.suffix == ".ttf"
        assert bold is None or bold.suffix == ".ttf"


def test_fontconfig_after_known_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    otf = write(tmp_path / "TrueTypeButOtf.otf")  # fontconfig results must end .ttf/.ttc
    cff_ttc = write(tmp_path / "NotoSansCJK-Regular.ttc", collection(sfnt(MAGIC["cff"])))
    good = write(tmp_path / "UnBatang.ttf")
    monkeypatch.setattr(
        fonts, "_fontconfig_fonts", lambda: [tmp_path / "gone.ttf", otf, cff_ttc, good]
    )
    font = resolve_korean_font()
    assert (font.regular, font.source, font.family) == (good, "fc-match", "UnBatang")


def test_fontconfig_is_not_used_on_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "_platform", lambda: "windows")
    monkeypatch.setattr(fonts, "_fontconfig_fonts", lambda: [write(tmp_path / "K.ttf")])
    with pytest.raises(FontProblem):
        resolve_korean_font()


def test_fontconfig_output_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = {
        "fc-match": "/fonts/NanumGothic.ttf\naa|af|ko|ru\n",
        "fc-list": (
            "/fonts/ZFont.ttf: \n/fonts/NanumGothicBold.ttf: \n/fonts/AFontBold.ttf: \n"
            "/fonts/NanumGothic.ttf: \n/fonts/AFont.ttf: \n"
        ),
    }
    monkeypatch.setattr(fonts.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(fonts, "_run", lambda args: outputs[Path(args[0]).name])
    found = _real_fontconfig_fonts()
    assert found == [
        Path("/fonts/NanumGothic.ttf"),
        Path("/fonts/AFont.ttf"),
        Path("/fonts/ZFont.ttf"),
        Path("/fonts/AFontBold.ttf"),
        Path("/fonts/NanumGothicBold.ttf"),
    ]


def test_fontconfig_match_without_korean_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = {"fc-match": "/fonts/DejaVuSans.ttf\naa|en|ru\n", "fc-list": ""}
    monkeypatch.setattr(fonts.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(fonts, "_run", lambda args: outputs[Path(args[0]).name])
    assert _real_fontconfig_fonts() == []


def test_no_fontconfig_tools(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts.shutil, "which", lambda name: None)
    assert _real_fontconfig_fonts() == []


# --- 4: nothing found --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", ["sudo apt-get install fonts-nanum", "naver-nanum-gothic-fonts"]),
        ("macos", ["AppleGothic", "NanumGothic"]),
        ("windows", ["malgun.ttf", "NanumGothic"]),
    ],
)
def test_nothing_found_says_what_to_do(
    monkeypatch: pytest.MonkeyPatch, platform: str, expected: list[str]
) -> None:
    monkeypatch.setattr(fonts, "_platform", lambda: platform)
    with pytest.raises(FontProblem) as info:
        resolve_korean_font()
    message = str(info.value)
    assert message.startswith("No Korean TrueType font was found.")
    for text in [*expected, ENV_VAR, "reportlab", "Noto Sans CJK"]:
        assert text in message


# --- the real thing ------------------------------------------------------------------------


@pytest.mark.skipif(
    not (sys.platform.startswith("linux") and NANUM.is_file() and NANUM_BOLD.is_file()),
    reason=f"needs Linux with fonts-nanum installed ({NANUM}); run tools/ensure-system-deps",
)
def test_real_nanum_gothic(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "_os_candidates", REAL_OS_CANDIDATES)
    font = resolve_korean_font()
    assert font == KoreanFont(regular=NANUM, bold=NANUM_BOLD, family="NanumGothic", source="linux")
    assert resolve_korean_font(NANUM.parent) == KoreanFont(
        regular=NANUM, bold=NANUM_BOLD, family="NanumGothic", source="setting"
    )
    # …and reportlab can really embed it.
    ttfonts = pytest.importorskip("reportlab.pdfbase.ttfonts")
    face = ttfonts.TTFont("NanumGothic-test", str(font.regular))
    assert face.face.charToGlyph.get(ord("한"))  # the font has Hangul


# --- the fallback fonts for characters the Korean font lacks -------------------------------


def test_fallback_fonts_first_usable_of_each_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(fonts.FALLBACK_ENV_VAR, raising=False)
    cff = write(tmp_path / "a" / "Cff.ttf", "cff")
    cjk = write(tmp_path / "b" / "DroidSansFallbackFull.ttf")
    latin = write(tmp_path / "c" / "DejaVuSans.ttf")
    also = write(tmp_path / "d" / "LiberationSans-Regular.ttf")
    groups = [[tmp_path / "missing.ttf", cff, cjk], [tmp_path / "gone.ttf"], [latin, also]]
    monkeypatch.setattr(fonts, "_fallback_candidates", lambda platform: groups)
    assert fonts.resolve_fallback_fonts() == (cjk, latin)


def test_no_fallback_font_is_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fonts.FALLBACK_ENV_VAR, raising=False)
    monkeypatch.setattr(fonts, "_fallback_candidates", lambda platform: [])
    assert fonts.resolve_fallback_fonts() == ()


def test_fallback_fonts_from_env_var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = write(tmp_path / "Mine.ttc", collection(sfnt(at=16)))
    second = write(tmp_path / "Other.ttf")
    monkeypatch.setenv(fonts.FALLBACK_ENV_VAR, f"{first}{os.pathsep}{second}{os.pathsep}")
    monkeypatch.setattr(fonts, "_fallback_candidates", lambda platform: [])
    assert fonts.resolve_fallback_fonts() == (first, second)


def test_bad_fallback_env_var_names_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "NotoSansCJK.otf", "cff")
    monkeypatch.setenv(fonts.FALLBACK_ENV_VAR, str(path))
    with pytest.raises(FontProblem) as info:
        fonts.resolve_fallback_fonts()
    assert fonts.FALLBACK_ENV_VAR in str(info.value)
    assert "reportlab" in str(info.value)


def test_real_fallback_candidates_are_truetype_files() -> None:
    for platform in ("linux", "macos", "windows"):
        groups = fonts._fallback_candidates(platform)
        assert groups
        for group in groups:
            assert all(path.suffix.lower() in (".ttf", ".ttc") for path in group)


# --- the bundle's own NanumGothic (issue 16): after the setting and the OS ---------------


def bundle_fonts(monkeypatch: pytest.MonkeyPatch, folder: Path, data: str = "truetype") -> Path:
    write(folder / "NanumGothic.ttf", data)
    write(folder / "NanumGothicBold.ttf", data)
    monkeypatch.setattr(fonts, "BUNDLED_FONTS", folder)
    return folder


def test_the_bundled_font_when_the_os_has_none(tmp_path, monkeypatch):
    folder = bundle_fonts(monkeypatch, tmp_path / "bundled_fonts")
    font = resolve_korean_font()
    assert (font.regular, font.bold, font.source) == (
        folder / "NanumGothic.ttf", folder / "NanumGothicBold.ttf", "bundle")


def test_the_os_font_comes_before_the_bundled_one(tmp_path, monkeypatch):
    bundle_fonts(monkeypatch, tmp_path / "bundled_fonts")
    system = write(tmp_path / "os" / "malgun.ttf")
    monkeypatch.setattr(fonts, "_os_candidates", lambda platform: [(system, None, "Malgun")])
    assert (resolve_korean_font().regular, resolve_korean_font().source) == (system, "linux")


def test_the_setting_comes_before_the_bundled_one(tmp_path, monkeypatch):
    bundle_fonts(monkeypatch, tmp_path / "bundled_fonts")
    chosen = write(tmp_path / "mine" / "UnDotum.ttf")
    assert resolve_korean_font(str(chosen)).source == "setting"


def test_a_bundle_without_usable_fonts_is_still_nothing_found(tmp_path, monkeypatch):
    bundle_fonts(monkeypatch, tmp_path / "bundled_fonts", "cff")
    with pytest.raises(FontProblem):
        resolve_korean_font()
    monkeypatch.setattr(fonts, "BUNDLED_FONTS", tmp_path / "absent")
    with pytest.raises(FontProblem):
        resolve_korean_font()
