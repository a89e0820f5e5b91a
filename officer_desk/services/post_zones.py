"""The time zone of each post, for calendar events due "at the post".

A post record has no time zone field (and this feature adds no schema change): the zone
is read from the post's city, then its jurisdiction, then its code. A city that names an
IANA zone ("Los Angeles" -> America/Los_Angeles) is found too, so a post added later
usually needs nothing here. A post whose zone cannot be told is written in Korean time
and said to be (``PostZones.guessed``): never a zone silently made up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from officer_desk.services.desk import Desk

#: KIPO's own zone: HQ's, and the one a post of unknown zone is written in.
HOME_ZONE = "Asia/Seoul"

#: The posts' cities as the seed data spells them (English and Korean).
_BY_CITY = {
    "washington, d.c.": "America/New_York", "워싱턴 d.c.": "America/New_York",
    "washington": "America/New_York",
    "beijing": "Asia/Shanghai", "베이징": "Asia/Shanghai",
    "tokyo": "Asia/Tokyo", "도쿄": "Asia/Tokyo",
    "brussels": "Europe/Brussels", "브뤼셀": "Europe/Brussels",
    "geneva": "Europe/Zurich", "제네바": "Europe/Zurich",
    "daejeon": HOME_ZONE, "대전": HOME_ZONE, "seoul": HOME_ZONE, "서울": HOME_ZONE,
}

#: Jurisdictions (and post codes) of one zone.
_BY_JURISDICTION = {
    "US": "America/New_York", "CN": "Asia/Shanghai", "JP": "Asia/Tokyo",
    "EU": "Europe/Brussels", "GVA": "Europe/Zurich", "KR": HOME_ZONE, "HQ": HOME_ZONE,
}


@cache
def _by_last_part() -> dict[str, str]:
    """IANA zones by their last part, lower-cased ("los_angeles" -> America/Los_Angeles)."""
    out: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" in name and not name.startswith(("Etc/", "SystemV/")):
            out.setdefault(name.rsplit("/", 1)[1].lower(), name)
    return out


def zone_of(code: str, city_en: str | None, city_ko: str | None,
            jurisdiction: str | None) -> str | None:
    """The IANA zone of a post, or None when nothing about it says."""
    for city in (city_en, city_ko):
        key = " ".join(str(city or "").split()).lower()
        if not key:
            continue
        if key in _BY_CITY:
            return _BY_CITY[key]
        found = _by_last_part().get(key.replace(" ", "_"))
        if found:
            return found
    for key in (jurisdiction, code):
        zone = _BY_JURISDICTION.get(str(key or "").upper())
        if zone:
            return zone
    return None


@dataclass
class PostZones:
    """Each post's zone, read once per export."""

    zones: dict[str, str]
    #: posts written in HOME_ZONE because nothing said their zone
    guessed: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, desk: Desk) -> PostZones:
        zones: dict[str, str] = {}
        for code, city_en, city_ko, jurisdiction in desk.conn.execute(
                "SELECT code, city_en, city_ko, jurisdiction FROM posts ORDER BY code"):
            zone = zone_of(code, city_en, city_ko, jurisdiction)
            if zone is not None:
                zones[code] = zone
        return cls(zones)

    def name(self, post: str) -> str:
        zone = self.zones.get(post)
        if zone is None:
            if post not in self.guessed:
                self.guessed.append(post)
            return HOME_ZONE
        return zone

    def info(self, post: str) -> ZoneInfo:
        return ZoneInfo(self.name(post))
