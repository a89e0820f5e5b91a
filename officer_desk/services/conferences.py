"""Conferences: their agenda, and action items that carry over until closed."""

from __future__ import annotations

from dataclasses import dataclass

from officer_desk.domain.errors import NotFound
from officer_desk.domain.kinds import ACTION_ITEMS, AGENDA_ITEMS, CONFERENCES
from officer_desk.domain.messages import say
from officer_desk.domain.records import Record
from officer_desk.services.deadlines import OPEN_ACTION_STATUSES
from officer_desk.services.desk import Desk


@dataclass
class ConferenceView:
    conference: Record
    agenda: list[Record]
    #: action items raised at this conference
    raised: list[Record]
    #: still-open action items raised at earlier conferences
    carried_over: list[Record]
    #: the records the agenda links to, by id (missing or deleted ones left out)
    linked: dict[str, Record]


def conference_view(desk: Desk, conference_id: str) -> ConferenceView:
    conference = desk.repo.get(CONFERENCES, conference_id)
    if conference is None:
        raise NotFound(say("conference.not_found", id=conference_id))
    agenda = list(desk.repo.rows(
        AGENDA_ITEMS, "WHERE conference_id = ? AND deleted = 0 ORDER BY position, id",
        (conference_id,),
    ))
    raised = list(desk.repo.rows(
        ACTION_ITEMS, "WHERE conference_id = ? AND deleted = 0 ORDER BY due_on IS NULL, due_on, id",
        (conference_id,),
    ))
    marks = ", ".join("?" for _ in OPEN_ACTION_STATUSES)
    carried = list(desk.repo.rows(
        ACTION_ITEMS,
        f"WHERE deleted = 0 AND status IN ({marks}) AND conference_id IN ("
        "SELECT id FROM conferences WHERE deleted = 0 AND (held_on < ? OR "
        "(held_on = ? AND id < ?))) ORDER BY due_on IS NULL, due_on, id",
        (*OPEN_ACTION_STATUSES, conference["held_on"].isoformat(),
         conference["held_on"].isoformat(), conference.id),
    ))
    linked = {}
    for item in agenda:
        target_id = item["record_id"]
        if target_id:
            target = desk.repo.get(None, target_id, with_blobs=False)
            if target is not None and not target.deleted:
                linked[target_id] = target
    return ConferenceView(conference, agenda, raised, carried, linked)
