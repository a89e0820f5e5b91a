"""Records about a company that has not agreed to be named, told by their structure only.

In the stakeholder edition a record about such a company (a dispute of it, an
engagement concerning it, and the follow-ups, agenda and action items linked to either
or to the company itself) prints no text an officer wrote: titles, summaries, results,
notes, case numbers, courts, counterparties' names, participants, tags and amounts can
all name the company or find it in a public register. Its line is composed here from
its structured fields, in the pack's language: the kind of dispute and IP type, the
type of forum (from the kind), the stage and its date, the post, the dates and the
company's alias ("Company T").
"""

from __future__ import annotations

from collections.abc import Callable

from officer_desk.briefs.words import word
from officer_desk.domain.kinds import (
    ACTION_ITEMS,
    AGENDA_ITEMS,
    COMPANIES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
)
from officer_desk.domain.records import Record
from officer_desk.domain.vocabulary import Vocabularies

#: The type of forum a kind of dispute is heard in (a word key of ``words.py``).
FORUM_TYPE = {
    "infringement_suit": "forum_court", "itc_337": "forum_trade",
    "ptab_ipr_pgr": "forum_office", "opposition": "forum_office",
    "invalidation": "forum_office", "non_use_cancellation": "forum_office",
    "customs_detention": "forum_customs", "administrative_raid": "forum_authority",
    "online_takedown": "forum_platform", "warning_letter": "forum_private",
    "criminal_complaint": "forum_criminal", "mediation": "forum_adr",
}

#: Fields a structured line may show besides its composed title (the rest is withheld).
SHOWN_FIELDS = {
    DISPUTES.name: ("company_id", "ip_type", "dispute_kind", "stage", "stage_date",
                    "status", "outcome", "role", "technology_field", "opened_on",
                    "closed_on", "currency"),
    ENGAGEMENTS.name: ("agency", "engagement_kind", "held_on", "company_ids"),
    FOLLOW_UPS.name: ("record_id", "due_on", "done", "done_on"),
    ACTION_ITEMS.name: ("conference_id", "owner_name", "due_on", "status", "closed_on",
                        "record_id"),
    AGENDA_ITEMS.name: ("conference_id", "position", "record_id"),
}

#: The title fields (Korean, English) that get the composed line.
TITLE_FIELDS = {
    DISPUTES.name: ("title_ko", "title_en"), ENGAGEMENTS.name: ("topic_ko", "topic_en"),
    FOLLOW_UPS.name: ("description", "description"),
    ACTION_ITEMS.name: ("description_ko", "description_en"),
    AGENDA_ITEMS.name: ("title_ko", "title_en"),
}


class StructuredLines:
    """Composes the lines; ``alias(company_id)`` gives "Company T" (no facts)."""

    def __init__(self, vocab: Vocabularies, alias: Callable[[str | None], str],
                 post: Callable[[str, str], str]):
        self.vocab, self.alias, self.post = vocab, alias, post

    def _label(self, vocabulary: str, code: str | None, lang: str) -> str:
        return self.vocab.label(vocabulary, code, lang) if code else ""

    def title(self, record: Record, lang: str, target: Record | None = None) -> str:
        """The line that stands for the record's title; ``target``: the record a
        follow-up, agenda or action item is linked to (when known)."""
        kind = record.kind.name
        if kind == DISPUTES.name:
            what = self._label("dispute_kind", record["dispute_kind"], lang) or \
                word("dispute", lang)
            ip = self._label("ip_type", record["ip_type"], lang)
            head = f"{what} ({ip})" if ip else what
            company = self.alias(record["company_id"])
            return f"{head} — {company}" if company else head
        if kind == ENGAGEMENTS.name:
            what = self._label("engagement_kind", record["engagement_kind"], lang) or \
                word("engagement", lang)
            agency = self._label("agency", record["agency"], lang)
            companies = ", ".join(a for a in (self.alias(c) for c in record["company_ids"] or ())
                                  if a)
            head = word("engagement_with", lang, kind=what, agency=agency) if agency else what
            return f"{head} — {companies}" if companies else head
        if kind == COMPANIES.name:
            return self.alias(record.id)
        about = self.title(target, lang) if target is not None else ""
        key = {FOLLOW_UPS.name: "follow_up_on", ACTION_ITEMS.name: "action_on",
               AGENDA_ITEMS.name: "agenda_on"}.get(kind, "record_on")
        return word(key, lang, about=about) if about else word(key + "_bare", lang)

    def dispute_meta(self, d: Record, lang: str) -> str:
        """Forum type · stage since … · post · opened … · closed …"""
        facts = []
        forum = FORUM_TYPE.get(d["dispute_kind"] or "")
        if forum:
            facts.append(word(forum, lang))
        stage = self._label("stage", d["stage"], lang)
        if stage and d["stage_date"]:
            facts.append(word("stage_since", lang, stage=stage, date=d["stage_date"].isoformat()))
        elif stage:
            facts.append(stage)
        facts.append(self.post(d.post, lang))
        facts.append(word("opened", lang, date=d["opened_on"].isoformat()) if d["opened_on"]
                     else "")
        if d["closed_on"]:
            facts.append(word("closed_on", lang, date=d["closed_on"].isoformat()))
        return " · ".join(f for f in facts if f)
