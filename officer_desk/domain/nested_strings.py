"""Every text inside a nested value: the briefing pack's manifest checks each one for
protected names, the demo's brands avoid every word of the demo's texts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def strings_in(value: Any) -> Iterator[str]:
    """Every ``str`` in ``value``: itself, a dict's keys and values, the items of a list,
    tuple or set, a dataclass instance's fields; nested to any depth."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_in(key)
            yield from strings_in(item)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from strings_in(item)
    elif hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
        for name in value.__dataclass_fields__:
            yield from strings_in(getattr(value, name))
