"""The name of who makes the changes (``--actor``, a case log's officer), as recorded.

It is written into every history entry and travels in sync packages to HQ: a name of
only spaces records no one, a control character (an ESC sequence, a line break) is not
a name and would reach other people's terminals, and 100,000 characters fill the history.
A name recorded otherwise than given (spaces at its ends, Unicode not composed) is said
to the person (``name_tidied``) before anything is recorded under it.
"""

from __future__ import annotations

import re
import unicodedata

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import Both, Text, say

#: The longest name recorded.
NAME_CHARS = 100

_NOT_IN_A_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")


def person_name(value: str | None) -> str | None:
    """``value`` as recorded (NFC, without surrounding spaces), or None when not given;
    a blank name, a control character or a name past ``NAME_CHARS`` is refused."""
    if value is None:
        return None
    name = unicodedata.normalize("NFC", value).strip()
    if not name:
        raise OfficerDeskError(say("person.blank"))
    bad = _NOT_IN_A_NAME.search(name)
    if bad:
        raise OfficerDeskError(say("person.control", char=f"U+{ord(bad.group()):04X}"))
    if len(name) > NAME_CHARS:
        raise OfficerDeskError(say("person.too_long", length=len(name), limit=NAME_CHARS))
    return name


def name_tidied(option: str, value: str | None) -> Text | None:
    """What to say when ``value``, given with ``option`` (``--actor``), is recorded
    otherwise than given (None: as given, not given, or refused by ``person_name``)."""
    try:
        name = person_name(value)
    except OfficerDeskError:
        return None
    if name is None or name == value:
        return None
    assert value is not None
    how = []
    if unicodedata.normalize("NFC", value) != value:
        how.append("nfc")
    if unicodedata.normalize("NFC", value).strip() != unicodedata.normalize("NFC", value):
        how.append("ends")
    steps = [say(f"tidy.{code}") for code in how]
    from officer_desk.domain.tidying import shown  # tidying imports validation: late

    return say("person.tidied", option=option, given=shown(value), stored=shown(name),
               how=Both("; ".join(s.en for s in steps), "; ".join(s.ko for s in steps)))
