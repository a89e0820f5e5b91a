"""The HWPX's file properties are the pack's (issue s28): the blank document python-hwpx
starts from gave every pack its author ("synthetic-fixture-author"), its dates
(2025-09-17) and the language "ko", an English pack too. Read back from the package's
``Contents/content.hpf`` with an XML parser."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
import zipfile

import pytest
from brief_fixture import GENERATED_AT
from test_stakeholder_names import _pack

OPF = "{http://www.idpf.org/2007/opf/}"


def _properties(result) -> dict[str, str]:
    path = next(f.path for f in result.files if f.format == "hwpx")
    with zipfile.ZipFile(path) as z:
        metadata = ET.fromstring(z.read("Contents/content.hpf")).find(f"{OPF}metadata")
    found = {el.get("name"): el.text or "" for el in metadata.findall(f"{OPF}meta")}
    found["language"] = metadata.findtext(f"{OPF}language") or ""
    found["title"] = metadata.findtext(f"{OPF}title") or ""
    return found


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_hwpx_properties_are_the_packs(brief, tmp_path, lang):
    found = _properties(_pack(brief, tmp_path / lang, "stakeholder", lang))
    stamp = GENERATED_AT.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert found["CreatedDate"] == found["ModifiedDate"] == stamp
    assert "synthetic" not in found.get("lastsaveby", "")
    assert "2025" not in found.get("date", "")
    assert found["language"] == ("ko" if lang == "ko" else "")
    assert found["title"] and found["creator"]
    assert found["subject"].endswith("2026-2 · 버전 1" if lang == "ko" else "No. 2026-2 v1")
