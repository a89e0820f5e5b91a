"""Messages of importing."""

from __future__ import annotations

IMPORTING: dict[str, tuple[str, str]] = {
}
