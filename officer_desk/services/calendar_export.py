"""Deadlines as an iCalendar (RFC 5545) file, for the officer's own calendar.

One event per follow-up or action item (``calendar_items``): its UID is the record's id
(so importing the file again, or a calendar subscribed to it, updates the event rather
than adding a second one), its SEQUENCE the highest change counter of what it shows, and
DTSTAMP the moment of the export. An event starts at 09:00 on the due day in the post's
time zone (``post_zones``; the zone is written into the file as a VTIMEZONE) and has a
reminder at 09:00 the day before. Done, dropped and deleted deadlines are written as
cancelled events, so a calendar that had them marks them cancelled instead of keeping a
deadline that no longer is.

The stakeholder edition applies the briefing pack's rules (``stakeholder_text``): no
deadline that is internal, or of a record or conference that is internal; a linked
record that is internal is not named; companies that have not agreed to be named are
"Company A"; and the file is refused if a protected name survived.

``icalendar`` is imported here only: the window imports this module when the menu entry
is used, not when it starts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from officer_desk import out_file
from officer_desk.domain.dates import FIRST_DAY, LAST_DAY
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import KINDS_BY_NAME
from officer_desk.domain.messages import Text, kind_name, reason, say
from officer_desk.services.calendar_items import (
    DELETED,
    DONE,
    DROPPED,
    CalendarItem,
    CalendarScope,
    Owner,
    read_items,
)
from officer_desk.services.desk import Desk
from officer_desk.services.post_zones import PostZones
from officer_desk.services.stakeholder_text import StakeholderText, is_public

EDITIONS = ("internal", "stakeholder")
#: When an event starts on its due day (the post's time) and how long it lasts.
START = dt.time(9, 0)
LENGTH = dt.timedelta(minutes=30)
#: The reminder: this long before the start.
REMINDER = dt.timedelta(days=1)
PRODID = "-//Officer Desk//Deadlines//EN"


def uid_of(record_id: str, edition: str = "internal") -> str:
    """The event's UID: the same record gives the same UID in every export (of one
    edition: the two editions are two calendars)."""
    return f"{record_id}@officer-desk" if edition == "internal" else \
        f"{record_id}.{edition}@officer-desk"


@dataclass
class CalendarResult:
    path: Path
    events: int = 0
    open: int = 0
    cancelled: int = 0
    #: what a person should know (a post of unknown time zone)
    notices: list[Text] = field(default_factory=list)

    def summary(self) -> Text:
        return say("calendar.wrote", count=self.events, path=self.path, open=self.open,
                   cancelled=self.cancelled)


def check_out_path(desk: Desk, out: Path, *, key: str = "calendar") -> None:
    """Refuse writing over the case log itself, or "into" a folder."""
    if out.is_dir():
        raise OfficerDeskError(say(f"{key}.out_is_folder", path=out))
    try:
        same = out.exists() and out.resolve() == Path(desk.path).resolve()
    except OSError:
        same = False
    if same:
        raise OfficerDeskError(say(f"{key}.out_is_database", path=out))


def _check_scope(desk: Desk, scope: CalendarScope, edition: str) -> CalendarScope:
    if edition not in EDITIONS:
        raise OfficerDeskError(say("calendar.bad_edition", edition=edition))
    if scope.days is not None and scope.days < 0:
        raise OfficerDeskError(say("calendar.negative_days", days=scope.days))
    posts = tuple(dict.fromkeys(p.strip().upper() for p in scope.posts if p.strip()))
    known = desk.post_codes()
    unknown = [p for p in posts if p not in known]
    if unknown:
        raise OfficerDeskError(say("calendar.unknown_posts", posts=", ".join(unknown),
                                   known=", ".join(known)))
    return CalendarScope(posts=posts, mine=scope.mine, days=scope.days, today=scope.today)


class _Events:
    """Makes the events of one file."""

    def __init__(self, desk: Desk, lang: str, edition: str, stamp: dt.datetime):
        self.desk, self.lang, self.edition, self.stamp = desk, lang, edition, stamp
        self.zones = PostZones.of(desk)
        self.public = StakeholderText(desk, lang) if edition == "stakeholder" else None
        self.texts: list[tuple[tuple[str, str], str]] = []
        self._properties: dict[tuple[str, Any], Any] = {}

    def shown(self, item: CalendarItem) -> bool:
        """Whether the edition may show the deadline at all."""
        if self.public is None:
            return True
        owner = item.record if item.kind == "follow_ups" else item.conference
        return is_public(item.sensitivity) and (owner is None or is_public(owner.sensitivity))

    def _text(self, value: str) -> str:
        value = " ".join(value.split())
        return self.public.text(value) if self.public is not None else value

    def _about(self, item: CalendarItem) -> Owner | None:
        """The record the event names: the linked record (if the edition may show it),
        else an action item's conference."""
        record = item.record
        if record is not None and (self.public is None or is_public(record.sensitivity)):
            return record
        return item.conference

    def _owner_title(self, owner: Owner) -> str:
        if self.public is not None and owner.kind == "companies":
            return self.public.company(owner.id)
        if self.public is not None and self.public.withheld(owner.id):
            return self.public.line(owner.id)
        return self._text(owner.title(self.lang))

    def _withheld(self, item: CalendarItem) -> bool:
        """Whether the deadline is about a company the edition may not name (its record
        is): then, as in the briefing pack, no text an officer wrote about it is shown
        — not its description, not its record's title — only the structured line."""
        record = item.record
        return self.public is not None and record is not None and \
            is_public(record.sensitivity) and self.public.withheld(record.id)

    def summary(self, item: CalendarItem) -> str:
        if self.public is not None and item.state == DELETED:
            # a deleted deadline's event only cancels the one a subscriber has: the
            # stakeholder edition hands out none of the text an officer deleted
            label = KINDS_BY_NAME[item.kind].label(self.lang)
            return say("calendar.state_deleted", summary=label).message(self.lang)
        about = self._about(item)
        if self._withheld(item):
            text = self._owner_title(item.record)
        else:
            text = self._text(item.description(self.lang))
            if about is not None:
                title = self._owner_title(about)
                if title:
                    text = say("calendar.about", text=text, about=title).message(self.lang)
        key = "calendar.follow_up" if item.kind == "follow_ups" else "calendar.action_item"
        out = say(key, text=text).message(self.lang)
        state = {DONE: "calendar.state_done", DROPPED: "calendar.state_dropped",
                 DELETED: "calendar.state_deleted"}.get(item.state)
        return say(state, summary=out).message(self.lang) if state else out

    def description(self, item: CalendarItem, zone: str) -> str:
        kind = KINDS_BY_NAME[item.kind]
        lines = [say("calendar.line_id", kind=kind_name(kind), id=item.id)]
        about = self._about(item)
        if about is not None and about.kind in KINDS_BY_NAME:
            lines.append(say("calendar.line_owner", kind=kind_name(KINDS_BY_NAME[about.kind]),
                             id=about.id, title=self._owner_title(about)))
        lines.append(say("calendar.line_post", post=item.post))
        lines.append(say("calendar.line_due", due=item.due_on.isoformat(), zone=zone))
        if item.owner_name:
            lines.append(say("calendar.line_owner_name", name=self._text(item.owner_name)))
        lines.append(say(f"calendar.line_state_{item.state}"))
        return "\n".join(line.message(self.lang) for line in lines)

    def _shared(self, name: str, value: Any, key: Any = None) -> Any:
        """The property ``name`` of ``value`` as ``icalendar`` makes it (``add`` on a
        scratch component), made once and given to every event that has it: most of
        an event's properties repeat (the export's DTSTAMP, a due day's start and end
        at a post, the status, the categories, the reminder's trigger), and making
        them again for each of 20,000 events was a third of the export's time. An
        event then ``add``s the finished property, which ``icalendar`` takes as it is;
        the file's bytes are the same."""
        from icalendar import Event

        cache_key = (name, value if key is None else key)
        found = self._properties.get(cache_key)
        if found is None:
            scratch = Event()
            scratch.add(name, value)
            found = scratch[name]
            # a date-time or duration as the type it is written as (``vDDDTypes``
            # makes that type again each time the file is written)
            to_type = getattr(found, "to_property_type", None)
            found = self._properties[cache_key] = to_type() if to_type else found
        return found

    @staticmethod
    def _where(item: CalendarItem, part: str) -> tuple[str, str]:
        """Where a refusal found a text: the event's title or description, with the
        record it comes from (a file of thousands of events is no help)."""
        kind = KINDS_BY_NAME[item.kind]
        due, rid = item.due_on.isoformat(), item.id[:8]
        what_ko = "제목" if part == "title" else "설명"
        return (f"the {part} of the event of {kind.label('en').lower()} {rid} (due {due})",
                f"{kind.label('ko')} {rid}({due} 기한) 일정의 {what_ko}")

    def event(self, item: CalendarItem):  # -> icalendar.Event
        from icalendar import Alarm, Event

        zone = self.zones.name(item.post)
        summary = self.summary(item)
        description = self.description(item, zone)
        self.texts += [(self._where(item, "title"), summary),
                       (self._where(item, "description"), description)]
        when = (item.due_on, item.post)
        start = dt.datetime.combine(item.due_on, START, tzinfo=self.zones.info(item.post))
        shared = self._shared
        event = Event()
        event.add("uid", uid_of(item.id, self.edition))
        event.add("dtstamp", shared("dtstamp", self.stamp))
        event.add("sequence", shared("sequence", item.sequence))
        event.add("dtstart", shared("dtstart", start, when))
        event.add("dtend", shared("dtend", start + LENGTH, when))
        event.add("summary", summary)
        event.add("description", description)
        event.add("status", shared("status", "CANCELLED" if item.cancelled else "CONFIRMED"))
        event.add("transp", shared("transp", "TRANSPARENT"))
        event.add("categories", shared(
            "categories", [KINDS_BY_NAME[item.kind].label(self.lang), item.post],
            (item.kind, item.post)))
        modified = _utc(item.updated_at)
        if modified is not None:
            event.add("last-modified", modified)
        if not item.cancelled:
            alarm = Alarm()
            alarm.add("action", shared("action", "DISPLAY"))
            alarm.add("trigger", shared("trigger", -REMINDER))
            alarm.add("description", say("calendar.reminder", summary=summary).message(
                self.lang))
            event.add_component(alarm)
        return event


def _utc(text: str) -> dt.datetime | None:
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def calendar_bytes(desk: Desk, scope: CalendarScope | None = None, *, lang: str = "ko",
                   edition: str = "internal", stamp: dt.datetime | None = None
                   ) -> tuple[bytes, CalendarResult]:
    """The calendar file's bytes and what it holds (its ``path`` is left empty)."""
    from icalendar import Calendar

    scope = _check_scope(desk, scope or CalendarScope(), edition)
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    events = _Events(desk, lang, edition, stamp)
    result = CalendarResult(Path())
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    scope_name = (", ".join(scope.posts) if scope.posts else desk.home_post if scope.mine
                  else say("calendar.all_posts").message(lang))
    name_key = "calendar.name" if edition == "internal" else "calendar.name_stakeholder"
    calendar.add("x-wr-calname", say(name_key, scope=scope_name).message(lang))
    first, last = dt.date(1970, 1, 1), dt.date(2038, 1, 1)
    zones: set[str] = set()
    for item in read_items(desk, scope):
        if not events.shown(item):
            continue
        if not FIRST_DAY <= item.due_on <= LAST_DAY:  # stored before dates were bounded
            raise OfficerDeskError(say(
                "calendar.due_out_of_range", kind=kind_name(KINDS_BY_NAME[item.kind]),
                id=item.id[:8], due=item.due_on.isoformat(), first=FIRST_DAY.year,
                last=LAST_DAY.year))
        first, last = min(first, item.due_on), max(last, item.due_on + dt.timedelta(days=1))
        zones.add(events.zones.name(item.post))
        calendar.add_component(events.event(item))
        result.events += 1
        if item.cancelled:
            result.cancelled += 1
        else:
            result.open += 1
    if events.public is not None:
        events.public.check(events.texts)
    _add_timezones(calendar, zones, first, last)
    result.notices = [say("calendar.zone_guessed", post=p) for p in events.zones.guessed]
    return calendar.to_ical(), result


def _add_timezones(calendar: Any, zones: set[str], first: dt.date, last: dt.date) -> None:
    """A VTIMEZONE of each zone the events' times are in, before the events (as
    ``Calendar.add_missing_timezones`` places them). Named here, from the posts' zones:
    that method finds them by reading every property of every event again, a quarter
    of the time of a calendar of 20,000 deadlines."""
    from icalendar import Timezone

    for at, tzid in enumerate(sorted(zones)):
        calendar.subcomponents.insert(at, Timezone.from_tzid(
            tzid, first_date=first, last_date=last))


def write_calendar(desk: Desk, out: str | Path, scope: CalendarScope | None = None, *,
                   lang: str = "ko", edition: str = "internal",
                   stamp: dt.datetime | None = None) -> CalendarResult:
    """Write the deadlines of ``scope`` to ``out``, whole or not at all (a calendar
    subscribed to the file never reads half of it)."""
    out = Path(out)
    check_out_path(desk, out)
    data, result = calendar_bytes(desk, scope, lang=lang, edition=edition, stamp=stamp)
    try:
        write_whole(out, data)
    except OSError as e:  # a folder that cannot be made, a full disk, no permission
        raise OfficerDeskError(say("calendar.cannot_write", path=out,
                                   detail=reason(e))) from e
    result.path = out
    return result


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` as ``path``'s file, whole or not at all (``out_file``)."""
    out_file.write_whole(path, data, cannot="calendar.cannot_write")
