"""``tidy_changes`` (what the command line and the editor show before storing) says a
change exactly when validation (``clean_value``, what is stored) changes a value: the
two are written apart, and a change one of them missed would be stored unseen."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import COMPANIES, DISPUTES, FOLLOW_UPS, TREND_NOTES
from officer_desk.domain.tidying import tidy_changes
from officer_desk.domain.validation import clean_value
from officer_desk.domain.vocabulary import seed_vocabularies

VOCAB = seed_vocabularies()
TYPES = (FieldType.TEXT, FieldType.LONGTEXT, FieldType.URL, FieldType.STRINGS)
FIELDS = [(k, f) for k in (COMPANIES, DISPUTES, FOLLOW_UPS, TREND_NOTES) for f in k.fields
          if f.type in TYPES and not f.vocab]

#: pieces officers paste: spaces, tabs, line breaks, a decomposed Hangul syllable,
#: a separator, digits of a registration number
PIECES = st.sampled_from([" ", "  ", "\t", "\n", "\r\n", "a", "B", "한", "\u1100\u1161",
                          "é", "e\u0301", ";", "-", "123", "45", "67891", "x y"])
TEXTS = st.lists(PIECES, max_size=8).map("".join)
VALUES = st.one_of(TEXTS, st.lists(TEXTS, max_size=4))


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(FIELDS), VALUES)
def test_a_change_is_said_exactly_when_validation_makes_it(field, value):
    kind, f = field
    if isinstance(value, list) and f.type is not FieldType.STRINGS:
        value = " ".join(value)
    cleaned, error = clean_value(f, value, VOCAB)
    if error is not None or cleaned is None:
        return  # refused, or nothing stored: said otherwise
    found = tidy_changes(kind, {f.name: value})
    as_given = value if not isinstance(value, str) or f.type is not FieldType.STRINGS \
        else None
    if found:
        assert found[0].stored == cleaned, (value, found[0], cleaned)
    elif as_given is not None:
        assert cleaned == as_given, (f.name, value, cleaned)
