"""The vocabularies a database holds, read from its ``vocab_terms`` rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from officer_desk.domain.kinds import VOCAB_TERMS
from officer_desk.domain.vocabulary import Term, Vocabularies, seed_terms

if TYPE_CHECKING:
    from officer_desk.storage.repository import Repository


def read_vocabularies(repo: Repository, *, with_deleted: bool = False) -> Vocabularies:
    """The terms of this database (``with_deleted``: the deleted ones too).

    What a person types is checked against the terms not deleted. A record that was
    made elsewhere (the HQ merge) may keep a code of a term HQ deleted after the record
    was made: the term is still a row here (a tombstone), and refusing the record would
    refuse its post's every package for a change HQ made.
    """
    _, names = seed_terms()
    terms = [
        Term(
            vocabulary=r["vocabulary"], code=r["code"], ko=r["label_ko"] or "",
            en=r["label_en"] or "", position=r["position"] or 0, active=bool(r["active"]),
            version_tag=r["version_tag"], jurisdiction=r["jurisdiction"],
        )
        for r in (rec.values for rec in repo.rows(
            VOCAB_TERMS, "" if with_deleted else "WHERE deleted = 0"))
    ]
    return Vocabularies(terms, names)
