"""Version stamps: who changed a field of a record, when, and what they had seen.

A field's stamp is ``[counter, installation]`` or, since schema 7,
``[counter, installation, context]``: ``context`` maps each *other* installation to
the highest counter of its changes to this record that the author's copy had seen
when it made the change (the record's ``seen`` vector at that moment, without the
author's own entry, which is implied: an installation has seen its own earlier
changes). A stamp without a context was made by an earlier program; what its author
had seen is then not known.

The context is what makes "the author of this change had seen that one" exact. The
record's ``seen`` vector cannot say it: it is record-wide and grows with every merge,
so a copy can know of a change that one of its fields was edited *before* hearing of.
The Lamport counters cannot say it either: a change ``(c, i)`` can only have seen
changes with smaller counters, but a smaller counter does not mean it was seen.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

Stamp = tuple[int, str]  # (Lamport counter, installation id), compared as a pair
CREATED = "*"

#: The installation that stamps the seeded reference data (posts, vocabularies): the
#: same id and stamp in every database, so that merging seed data changes nothing.
SEED_INSTALLATION = "00000000-0000-4000-8000-000000005eed"


def new_stamp(counter: int, installation: str, seen_before: Mapping[str, int]) -> list[Any]:
    """The stamp of a change made now by ``installation`` on a copy whose ``seen``
    vector (before this change) is ``seen_before``."""
    context = {i: int(c) for i, c in sorted(seen_before.items()) if i != installation}
    return [counter, installation, context]


def key(raw: list[Any] | tuple[Any, ...]) -> Stamp:
    """The ``(counter, installation)`` a raw stamp is ordered by."""
    return int(raw[0]), str(raw[1])


def context(raw: list[Any] | tuple[Any, ...]) -> dict[str, int] | None:
    """What the change's author had seen (None: not recorded, an older stamp)."""
    if len(raw) > 2 and isinstance(raw[2], dict):
        return raw[2]
    return None


def knew(raw: list[Any] | tuple[Any, ...], other: Stamp,
         fallback_seen: Mapping[str, int] | None = None) -> bool:
    """Had the author of the change stamped ``raw`` seen the change stamped ``other``?

    Its own earlier changes, yes. Another installation's change, when its context says
    so. A stamp without a context is judged by ``fallback_seen`` (the ``seen`` vector
    of the copy that carries it, as earlier programs did), or not at all.
    """
    counter, installation = key(raw)
    if other[1] == installation:
        return other[0] <= counter
    ctx = context(raw)
    if ctx is None:
        return fallback_seen is not None and fallback_seen.get(other[1], 0) >= other[0]
    return ctx.get(other[1], 0) >= other[0]


def as_json(raw: list[Any] | tuple[Any, ...]) -> str:
    """A raw stamp as compact JSON with sorted context (the same text everywhere)."""
    return json.dumps(list(raw), ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def raw_of(field_versions: Mapping[str, Any], name: str) -> list[Any]:
    """The raw stamp of a field (the creation stamp for a field never changed)."""
    return list(field_versions.get(name) or field_versions[CREATED])
