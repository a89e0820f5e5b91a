"""JSON a person gives (``add``, ``update``, an export read back in), read strictly.

``json.loads`` keeps the last of two values given for one name (``{"title_ko": "a",
"title_ko": "b"}`` is ``b``): the first is dropped without a word. And a text nested a
few thousand levels deep ends in a RecursionError. Both are refused here with a message.
"""

from __future__ import annotations

import json
from typing import Any

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import say


def _once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise OfficerDeskError(say("json.duplicate_key", key=key))
        out[key] = value
    return out


def loads_strict(text: str) -> Any:
    """The value in ``text``; a name given twice in an object, or nesting too deep for
    the reader, is an OfficerDeskError. A syntax error stays a ``json.JSONDecodeError``
    for the caller's own message (it names the line)."""
    try:
        return json.loads(text, object_pairs_hook=_once)
    except RecursionError as e:
        raise OfficerDeskError(say("json.too_deep")) from e
