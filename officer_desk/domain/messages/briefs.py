"""Messages of briefs."""

from __future__ import annotations

BRIEFS: dict[str, tuple[str, str]] = {
}
