"""Finding a Korean TrueType font for the window and the PDF reports.

reportlab embeds only fonts with TrueType (``glyf``) outlines; OpenType fonts with
PostScript (CFF) outlines, such as Noto Sans CJK, cannot be used. The font is taken from,
in this order:

1. the user's setting (a font file, or a folder holding one; a relative path is taken
   relative to the config folder, where ``settings.json`` lives);
2. the environment variable ``OFFICER_DESK_KOREAN_FONT`` (same rules; relative to the
   current directory);
3. the operating system: Malgun Gothic on Windows, AppleGothic on macOS, NanumGothic
   (Debian's ``fonts-nanum``) and other known Korean TrueType fonts on Linux, then
   whatever fontconfig knows of that covers Korean;
4. the fonts the bundled application carries (``make bundle``: NanumGothic, under the SIL
   Open Font License, in ``officer_desk/bundled_fonts``), for a managed PC where the
   officer cannot install a font. Absent from a source checkout.

A setting that names an unusable file is an error (``FontProblem``), not a reason to
quietly use another font; so is finding nothing at all. Both messages say what to do.

No Qt here: this module is shared by the window and the PDF reports.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from officer_desk import config
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import Text, reason, say

ENV_VAR = "OFFICER_DESK_KOREAN_FONT"

_TRUETYPE_TAGS = (b"\x00\x01\x00\x00", b"true")
_FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
_REPORTLAB_CFF = "font.why_cff"  # said when it applies (the catalogue is read then)
# Regular faces to prefer when a folder (or fontconfig) offers several fonts.
_PREFERRED = ("nanumgothic.ttf", "malgun.ttf", "applegothic.ttf", "nanumbarungothic.ttf")


class FontProblem(OfficerDeskError):
    """No usable Korean TrueType font: the message says where we looked and what to do."""


@dataclass(frozen=True)
class KoreanFont:
    regular: Path
    bold: Path | None  # None: callers fall back to the regular face
    family: str
    source: str  # "setting", "env", "windows", "macos", "linux", "fc-match" or "bundle"


#: The sources of a font installed in the operating system (its own font database has it).
SYSTEM_SOURCES = frozenset({"windows", "macos", "linux", "fc-match"})


# --- reading font files -------------------------------------------------------------------


def _outline_kind(path: Path) -> str:
    """"truetype", "cff", "webfont", "unknown" (not a font we know) or "unreadable"."""
    try:
        with open(path, "rb") as f:
            tag = f.read(4)
            if tag == b"ttcf":
                header = f.read(8)  # version, number of fonts
                if len(header) < 8 or struct.unpack(">I", header[4:])[0] < 1:
                    return "unknown"
                (first,) = struct.unpack(">I", f.read(4))
                f.seek(first)
                tag = f.read(4)
    except (OSError, struct.error):
        return "unreadable"
    if tag in _TRUETYPE_TAGS:
        return "truetype"
    if tag == b"OTTO":
        return "cff"
    if tag in (b"wOFF", b"wOF2"):
        return "webfont"
    return "unknown"


def has_truetype_outlines(path: str | Path) -> bool:
    """True if the file is a TrueType font (or a collection whose first font is one).

    Only the headers are read: ``\\x00\\x01\\x00\\x00`` or ``true`` is TrueType; ``ttcf`` is a
    collection, judged by its first font; ``OTTO`` (OpenType with CFF outlines) is not.
    """
    return _outline_kind(Path(path)) == "truetype"


def _family_name(path: Path) -> str | None:
    """The family name (name id 1) from the font's ``name`` table, if it can be read."""
    try:
        with open(path, "rb") as f:
            start = 0
            if f.read(4) == b"ttcf":
                f.seek(12)
                (start,) = struct.unpack(">I", f.read(4))
            f.seek(start + 4)
            (num_tables,) = struct.unpack(">H", f.read(2))
            f.seek(start + 12)
            records = f.read(16 * num_tables)
            name_at = None
            for i in range(num_tables):
                tag, _, offset, _ = struct.unpack(">4sIII", records[16 * i : 16 * i + 16])
                if tag == b"name":
                    name_at = offset
            if name_at is None:
                return None
            f.seek(name_at)
            _, count, strings_at = struct.unpack(">HHH", f.read(6))
            found: dict[int, str] = {}  # rank (lower is better) -> name
            for _ in range(count):
                platform, encoding, language, name_id, length, offset = struct.unpack(
                    ">HHHHHH", f.read(12)
                )
                if name_id != 1:
                    continue
                if platform == 3 and encoding in (0, 1, 10):
                    rank, codec = (0 if language == 0x0409 else 1), "utf-16-be"
                elif platform == 1 and encoding == 0:
                    rank, codec = 2, "mac_roman"
                else:
                    continue
                here = f.tell()
                f.seek(name_at + strings_at + offset)
                found.setdefault(rank, f.read(length).decode(codec, "replace"))
                f.seek(here)
    except (OSError, struct.error, ValueError):
        return None
    names = [found[r].strip() for r in sorted(found) if found[r].strip()]
    return names[0] if names else None


def _looks_bold(path: Path) -> bool:
    stem = path.stem.lower()
    return any(w in stem for w in ("bold", "heavy", "black")) or stem.endswith("bd")


def _preference(path: Path) -> tuple[int, bool, str]:
    """Sort key: the preferred faces in their order, then regular before bold, then by name."""
    name = path.name.lower()
    rank = _PREFERRED.index(name) if name in _PREFERRED else len(_PREFERRED)
    return rank, _looks_bold(path), str(path).lower()


def _bold_sibling(regular: Path) -> Path | None:
    """The bold face next to ``regular`` by the usual naming (…Bold, …-Bold, …bd, …R/…B)."""
    try:
        siblings = {p.name.lower(): p for p in regular.parent.iterdir() if p.is_file()}
    except OSError:
        return None
    stem, suffix = regular.stem, regular.suffix.lower()
    base = stem
    for ending in ("-Regular", "_Regular", " Regular", "Regular"):
        if stem.lower().endswith(ending.lower()):
            base = stem[: -len(ending)]
            break
    names = [f"{base}{sep}bold" for sep in ("", "-", "_", " ")] + [f"{stem}bd"]
    if stem.endswith("R"):  # NanumSquareR -> NanumSquareB
        names.append(f"{stem[:-1]}B")
    for name in names:
        candidate = siblings.get(name.lower() + suffix)
        if candidate and candidate != regular and has_truetype_outlines(candidate):
            return candidate
    return None


def _font(regular: Path, source: str, *, bold: Path | None = None, family: str = "") -> KoreanFont:
    if bold is not None and not (bold.is_file() and has_truetype_outlines(bold)):
        bold = None
    if bold is None:
        bold = _bold_sibling(regular)
    name = _family_name(regular) or family or regular.stem
    return KoreanFont(regular=regular, bold=bold, family=name, source=source)


# --- 1 and 2: a path the user gave -------------------------------------------------------


def _why_unusable(path: Path) -> Text | None:
    """None if ``path`` is a usable TrueType font file, else why not (for a message)."""
    kind = _outline_kind(path)
    if kind == "truetype":
        return None
    if kind == "cff":
        return say(_REPORTLAB_CFF)
    if kind == "webfont":
        return say("font.why_webfont")
    if kind == "unreadable":
        return say("font.why_unreadable")
    return say("font.why_not_truetype")


def _from_user_path(path: Path, source: str, origin: Text) -> KoreanFont:
    def problem(why: Text) -> FontProblem:
        return FontProblem(say("font.unusable", origin=origin, path=path, why=why))

    if not path.exists():
        raise problem(say("font.why_missing"))
    if path.is_file():
        why = _why_unusable(path)
        if why:
            raise problem(why)
        return _font(path, source)
    try:
        files = sorted(
            (p for p in path.iterdir() if p.suffix.lower() in _FONT_SUFFIXES and p.is_file()),
            key=_preference,
        )
    except OSError as exc:
        raise problem(say("font.why_folder_unreadable", detail=reason(exc))) from exc
    for candidate in files:
        if has_truetype_outlines(candidate):
            return _font(candidate, source)
    if any(_outline_kind(p) == "cff" for p in files):
        raise problem(say("font.why_folder_only_cff", why=say(_REPORTLAB_CFF)))
    raise problem(say("font.why_folder_empty"))


# --- 3: the operating system ------------------------------------------------------------


def _platform() -> str:
    """"windows", "macos" or "linux" (anything else is treated like Linux)."""
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


Candidate = tuple[Path, Path | None, str]  # regular, bold, family


def _os_candidates(platform: str) -> list[Candidate]:
    """Known places of Korean TrueType fonts, best first."""
    home = Path.home()
    if platform == "windows":
        fonts = Path(os.environ.get("WINDIR") or r"C:\Windows") / "Fonts"
        user = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        user_fonts = user / "Microsoft" / "Windows" / "Fonts"
        return [
            (fonts / "malgun.ttf", fonts / "malgunbd.ttf", "Malgun Gothic"),
            (fonts / "NanumGothic.ttf", fonts / "NanumGothicBold.ttf", "NanumGothic"),
            (user_fonts / "NanumGothic.ttf", user_fonts / "NanumGothicBold.ttf", "NanumGothic"),
        ]
    if platform == "macos":
        folders = [Path("/Library/Fonts"), home / "Library" / "Fonts"]
        return [
            (Path("/System/Library/Fonts/Supplemental/AppleGothic.ttf"), None, "AppleGothic"),
            (Path("/Library/Fonts/AppleGothic.ttf"), None, "AppleGothic"),
        ] + [(d / "NanumGothic.ttf", d / "NanumGothicBold.ttf", "NanumGothic") for d in folders]
    nanum_folders = [
        Path("/usr/share/fonts/truetype/nanum"),  # Debian/Ubuntu fonts-nanum
        Path("/usr/share/fonts/naver-nanum"),  # Fedora
        Path("/usr/share/fonts/naver-nanum-gothic-fonts"),
        Path("/usr/share/fonts/nanum"),
        Path("/usr/share/fonts/TTF"),  # Arch
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
    ]
    unfonts = Path("/usr/share/fonts/truetype/unfonts-core")
    return [
        (d / "NanumGothic.ttf", d / "NanumGothicBold.ttf", "NanumGothic") for d in nanum_folders
    ] + [
        (unfonts / "UnDotum.ttf", unfonts / "UnDotumBold.ttf", "UnDotum"),
        (Path("/usr/share/fonts/truetype/baekmuk/dotum.ttf"), None, "Baekmuk Dotum"),
    ]


def _run(args: list[str]) -> str:
    import subprocess  # only when fontconfig is asked: not on every window's start

    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=15, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout if done.returncode == 0 else ""


def _fontconfig_fonts() -> list[Path]:
    """Font files fontconfig offers for Korean, best first (fc-match's choice leads)."""
    found: list[Path] = []
    fc_match, fc_list = shutil.which("fc-match"), shutil.which("fc-list")
    if fc_match:
        # fc-match always answers, with a Latin font if need be: keep it only if it covers ko.
        out = _run([fc_match, "-f", "%{file}\n%{lang}\n", "NanumGothic:lang=ko"]).split("\n")
        if len(out) >= 2 and out[0] and "ko" in out[1].split("|"):
            found.append(Path(out[0]))
    if fc_list:
        listed = [
            Path(line.strip().rstrip(":"))
            for line in _run([fc_list, ":lang=ko", "file"]).splitlines()
            if line.strip()
        ]
        found += sorted(set(listed), key=_preference)
    return list(dict.fromkeys(found))


def _from_system(platform: str) -> KoreanFont | None:
    for regular, bold, family in _os_candidates(platform):
        if regular.is_file() and has_truetype_outlines(regular):
            return _font(regular, platform, bold=bold, family=family)
    if platform == "windows":
        return None
    for path in _fontconfig_fonts():
        if (
            path.suffix.lower() in (".ttf", ".ttc")
            and path.is_file()
            and has_truetype_outlines(path)
        ):
            return _font(path, "fc-match")
    return None


#: Where the bundle (packaging/officer-desk.spec) puts NanumGothic; absent from a checkout.
BUNDLED_FONTS = Path(__file__).resolve().parent / "bundled_fonts"


def _from_bundle() -> KoreanFont | None:
    regular, bold = BUNDLED_FONTS / "NanumGothic.ttf", BUNDLED_FONTS / "NanumGothicBold.ttf"
    if regular.is_file() and has_truetype_outlines(regular):
        return _font(regular, "bundle", bold=bold, family="NanumGothic")
    return None


def _nothing_found(platform: str) -> FontProblem:
    if platform == "windows":
        fonts = Path(os.environ.get("WINDIR") or r"C:\Windows") / "Fonts"
        how = say("font.how_windows", path=fonts / "malgun.ttf")
    elif platform == "macos":
        how = say("font.how_macos")
    else:
        how = say("font.how_linux")
    return FontProblem(say("font.none_found", how=how, variable=ENV_VAR))


# --- all together --------------------------------------------------------------------------


def resolve_korean_font(setting: str | Path | None = None) -> KoreanFont:
    """The Korean font to use; raises ``FontProblem`` (with what to do) if there is none."""
    if setting is not None and str(setting).strip():
        path = Path(str(setting).strip()).expanduser()
        if not path.is_absolute():
            path = config.config_dir() / path
        return _from_user_path(path, "setting", say("font.origin_settings"))
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return _from_user_path(Path(env).expanduser().absolute(), "env",
                               say("font.origin_env", variable=ENV_VAR))
    platform = _platform()
    font = _from_system(platform) or _from_bundle()
    if font is None:
        raise _nothing_found(platform)
    return font


# --- fallbacks for the characters the Korean font lacks --------------------------------------

FALLBACK_ENV_VAR = "OFFICER_DESK_FALLBACK_FONTS"


def _fallback_candidates(platform: str) -> list[list[Path]]:
    """Groups of TrueType fonts, one font used per group: wide CJK coverage (simplified
    Chinese, rare Hanja), then Latin, Greek and Cyrillic letters Korean fonts lack
    (e.g. the Turkish "Ş" of a company name)."""
    if platform == "windows":
        fonts = Path(os.environ.get("WINDIR") or r"C:\Windows") / "Fonts"
        return [[fonts / "simsun.ttc", fonts / "msyh.ttc", fonts / "mingliub.ttc"],
                [fonts / "arial.ttf", fonts / "segoeui.ttf"]]
    if platform == "macos":
        return [[Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
                 Path("/Library/Fonts/Arial Unicode.ttf")]]
    return [
        [
            Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),  # Debian
            Path("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf"),  # Fedora
            Path("/usr/share/fonts/TTF/DroidSansFallbackFull.ttf"),  # Arch
            Path("/usr/share/fonts/truetype/arphic/uming.ttc"),  # fonts-arphic-uming
        ],
        [
            Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),  # Debian fonts-dejavu-core
            Path("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf"),  # Fedora
            Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),  # Arch
            Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
        ],
    ]


def resolve_fallback_fonts() -> tuple[Path, ...]:
    """TrueType fonts for characters the Korean font lacks, in the order to try them.

    Taken from ``OFFICER_DESK_FALLBACK_FONTS`` (font files separated by ``os.pathsep``),
    else from known places (Debian's ``fonts-droid-fallback`` and ``fonts-dejavu-core``
    on Linux, SimSun and Arial on Windows, Arial Unicode on macOS). Empty when there are
    none: the PDF then shows the characters no font has as a visible replacement mark.
    A variable naming an unusable file is an error (``FontProblem``), as for the Korean
    font.
    """
    env = os.environ.get(FALLBACK_ENV_VAR, "").strip()
    if env:
        found = []
        for part in (p.strip() for p in env.split(os.pathsep)):
            if not part:
                continue
            path = Path(part).expanduser().absolute()
            why = _why_unusable(path) if path.is_file() else say("font.why_no_file")
            if why:
                raise FontProblem(say("font.fallback_unusable", variable=FALLBACK_ENV_VAR,
                                      path=path, why=why))
            found.append(path)
        return tuple(found)
    chosen = []
    for group in _fallback_candidates(_platform()):
        usable = [path for path in group if path.is_file() and has_truetype_outlines(path)]
        if usable:
            chosen.append(usable[0])
    return tuple(chosen)
