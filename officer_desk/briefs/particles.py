"""Korean particles after a replaced name: chosen by how the replacement is read.

A Korean particle has one form after a final consonant and another after a vowel:
"한빛은" but "기업 A는" (A is read 에이). When the stakeholder edition replaces a name
with "기업 A" (or "Company A", or "[사건번호 비공개]"), the particle that directly
follows the name in the officer's text is changed to the form that fits the
replacement as it is read aloud:

- a Hangul syllable by its final consonant (받침): none → 는/가/를/와/로; ㄹ → 은/이/을/과
  but 로; any other → 은/이/을/과/으로;
- a Latin letter by its Korean name: L 엘 and R 알 end in ㄹ; M 엠 and N 엔 in a
  consonant; every other letter (A 에이, B 비, F 에프, S 에스, X 엑스 …) in a vowel;
- a digit by its Korean reading (1 일, 7 칠, 8 팔: ㄹ; 0 영, 3 삼, 6 육: consonant);
- closing brackets and quotes are skipped ("[사건번호 비공개]는": by 개).

Only a particle written directly after the name is changed (``한빛 은`` is left alone),
and only when the rest of that word is particles.
"""

from __future__ import annotations

from collections.abc import Callable

VOWEL, RIEUL, CONSONANT = "vowel", "rieul", "consonant"

#: (after a consonant, after a vowel) forms of each particle that has two.
_PAIRS = (
    ("은", "는"), ("이", "가"), ("을", "를"), ("과", "와"), ("으로", "로"),
    ("으로서", "로서"), ("으로써", "로써"), ("이나", "나"), ("이랑", "랑"), ("이며", "며"),
    ("이고", "고"), ("이다", "다"), ("이었다", "였다"), ("이라는", "라는"),
    ("이라고", "라고"), ("이라", "라"), ("이야", "야"), ("이든", "든"), ("이든지", "든지"),
    ("이나마", "나마"), ("이면", "면"), ("이에요", "예요"),
)
#: particle -> (consonant form, vowel form)
_FORMS: dict[str, tuple[str, str]] = {p: pair for pair in _PAIRS for p in pair}
#: longest first: "이나" before "이", "으로서" before "으로"
_BY_LENGTH = sorted(_FORMS, key=len, reverse=True)

#: Korean names of the Latin letters that end in a consonant.
_LETTERS = {"l": RIEUL, "r": RIEUL, "m": CONSONANT, "n": CONSONANT}
_DIGITS = {"0": CONSONANT, "1": RIEUL, "3": CONSONANT, "6": CONSONANT, "7": RIEUL,
           "8": RIEUL}
_CLOSING = ")]}」』〉》>»\"'”’ "


def final_sound(text: str) -> str | None:
    """How ``text`` ends when read aloud in Korean: VOWEL, RIEUL (ㄹ) or CONSONANT;
    None when that cannot be told (a symbol, Han characters)."""
    text = text.rstrip(_CLOSING)
    if not text:
        return None
    char = text[-1]
    if "\uac00" <= char <= "\ud7a3":
        final = (ord(char) - 0xAC00) % 28
        return VOWEL if final == 0 else RIEUL if final == 8 else CONSONANT
    low = char.lower()
    if "a" <= low <= "z":
        return _LETTERS.get(low, VOWEL)
    if "0" <= char <= "9":
        return _DIGITS.get(char, VOWEL)
    return None


def fitted(particle: str, sound: str) -> str:
    """The form of ``particle`` that follows a word ending in ``sound``."""
    consonant, vowel = _FORMS[particle]
    if sound == VOWEL:
        return vowel
    if sound == RIEUL and consonant.startswith("으로"):
        return vowel  # 로, 로서, 로써 after ㄹ
    return consonant


def refit(replacement: str, after: str, is_particles: Callable[[str], bool]
          ) -> tuple[int, str] | None:
    """When ``after`` (the rest of the word that follows a replaced name) begins with a
    particle whose form does not fit ``replacement``: (how many characters of ``after``
    it takes, the fitting form); else None. ``is_particles`` says whether what follows
    the particle is particles too (so that "이" of "이탈리아" is never taken)."""
    if not after:
        return None
    sound = final_sound(replacement)
    if sound is None:
        return None
    for particle in _BY_LENGTH:
        if after.startswith(particle) and is_particles(after[len(particle):]):
            form = fitted(particle, sound)
            return None if form == particle else (len(particle), form)
    return None
