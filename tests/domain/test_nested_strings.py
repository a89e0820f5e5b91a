"""``strings_in`` finds every text of a nested value, and nothing else."""

from dataclasses import dataclass

from officer_desk.domain.nested_strings import strings_in


@dataclass
class Row:
    title: str
    count: int
    tags: tuple[str, ...]


def test_every_text_at_any_depth_keys_included():
    value = {"a": [1, "b", ("c", {"d": None})], 2: {"e"}, "f": Row("g", 3, ("h",)),
             "class": Row}
    assert sorted(strings_in(value)) == ["a", "b", "c", "class", "d", "e", "f", "g", "h"]
