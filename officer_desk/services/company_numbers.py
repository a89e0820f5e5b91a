"""One business registration number, one company record per post.

Two records of one exporter at one post split its disputes between them, and the
number stops naming one company. So a number already held by a live company of the
same post is refused when a company is added or changed (``add``, the editor, the
import). Companies of *different* posts may share a number: that is how HQ links them
(``services.companies``). Deleted companies do not hold their number.
"""

from __future__ import annotations

import re
from typing import Any

from officer_desk.domain.errors import FieldError
from officer_desk.domain.validation import field_error
from officer_desk.services.desk import Desk

_LABEL = ("Business registration no.", "사업자등록번호")


def brn_digits(brn: Any) -> str:
    return re.sub(r"\D", "", str(brn or ""))


def formatted(digits: str) -> str:
    """The number as validation stores it (123-45-67891)."""
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}" if len(digits) == 10 else digits


def brn_holder(desk: Desk, post: str, brn: Any, *, other_than: str | None = None
               ) -> tuple[str, str | None, str | None] | None:
    """(id, Korean name, English name) of the live company of ``post`` holding ``brn``,
    other than the record ``other_than``; None when there is none."""
    digits = brn_digits(brn)
    if not digits:
        return None
    row = desk.conn.execute(
        "SELECT id, name_ko, name_en FROM companies WHERE post = ? AND deleted = 0 "
        "AND brn IN (?, ?) AND id != ? ORDER BY created_at, id LIMIT 1",
        (post, formatted(digits), digits, other_than or ""),
    ).fetchone()
    return (row[0], row[1], row[2]) if row else None


def company_words(cid: str, name_ko: str | None, name_en: str | None) -> tuple[str, str]:
    """A company as a message names it, in English and Korean: its name and short id."""
    en = name_en or name_ko or ""
    ko = name_ko or name_en or ""
    return f"'{en}' (id {cid[:8]})", f"'{ko}'(ID {cid[:8]})"


def brn_taken(brn: Any, holder: tuple[str, str | None, str | None]) -> FieldError:
    """The error for ``brn`` already held by ``holder`` (from ``brn_holder``)."""
    return field_error("brn", "brn_taken", *_LABEL, value=formatted(brn_digits(brn)),
                       company=company_words(*holder))
