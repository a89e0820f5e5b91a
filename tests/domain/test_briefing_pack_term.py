"""One Korean name for the briefing pack: 업무 보고 자료, never 브리핑 자료.

The pack's own title says 업무 보고 자료 (it is what an officer reports with at a KIPO
conference: the BRIEF's "reports at KIPO conferences"), and so do the window, the docs
and most of the catalogue; the command line's help and progress line said 브리핑 자료
(and 브리핑 번호, 브리핑의 버전). Any 브리핑 coming back into Korean a person reads —
the message catalogue, the pack's words, the window's translations, the Korean docs,
the desktop entry — fails here.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from officer_desk.briefs.words import WORDS
from officer_desk.domain.messages import CATALOGUE

ROOT = Path(__file__).resolve().parents[2]
CHOSEN = "업무 보고 자료"
OTHER = "브리핑"


def _korean_texts() -> dict[str, str]:
    """Every Korean text a person reads, by where it is."""
    texts = {f"catalogue {key}": ko for key, (_, ko) in CATALOGUE.items()}
    texts |= {f"briefs.words {key}": ko for key, (_, ko) in WORDS.items()}
    tree = ET.parse(ROOT / "resources" / "officer_desk_ko.ts")
    for n, message in enumerate(tree.iter("message")):
        source, translation = message.findtext("source"), message.findtext("translation")
        texts[f"officer_desk_ko.ts #{n} {source!r}"] = translation or ""
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md")),
                *sorted((ROOT / "docs").rglob("*.txt")),
                ROOT / "packaging" / "officer-desk.desktop"]:
        texts[str(doc.relative_to(ROOT))] = doc.read_text(encoding="utf-8")
    return texts


def test_the_briefing_pack_has_one_korean_name() -> None:
    texts = _korean_texts()
    assert len(texts) > 1000  # the catalogue and the translations were read
    found = {where: text for where, text in texts.items() if OTHER in text}
    assert not found, f"{OTHER} (say {CHOSEN}) in: {sorted(found)}"
    assert CATALOGUE["brief.context"][1] == CHOSEN
    assert WORDS["title"][1] == CHOSEN
    assert any(CHOSEN in t for w, t in texts.items() if w.startswith("officer_desk_ko.ts"))
    assert CHOSEN in CATALOGUE["help.short.brief"][1]
