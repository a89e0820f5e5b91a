"""Messages of sync."""

from __future__ import annotations

SYNC: dict[str, tuple[str, str]] = {
}
