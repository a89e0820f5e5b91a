"""The Python side of the analysis export's SQL: the edition's rules and the values plain
SQL does not say exactly.

The export copies the rows with ``INSERT … SELECT`` (``analysis_columns``); these
functions are registered on the connection for that copy, as ``analysis_*``:

- ``analysis_text(value)`` (``analysis_text_ko`` for a Korean column),
  ``analysis_company(id, 0|1)``, ``analysis_named(id)``: free text and company names as
  the stakeholder edition shows them (the briefing pack's rules, ``stakeholder_text``);
  never called for the internal edition;
- ``analysis_amount(amount, currency)``: "USD 12,000,000";
- ``analysis_quarter(day)``, ``analysis_strings(list)``, ``analysis_parties(list)``:
  only for a stored value the SQL leaves aside (a date that is not ISO, a list holding
  something other than text, a list that is not JSON).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from officer_desk.services.desk import Desk
from officer_desk.services.display import CHOICE_LABELS
from officer_desk.services.stakeholder_text import StakeholderText

__all__ = ["CHOICE_LABELS", "Edition", "amount_text", "json_list", "quarter"]


def json_list(value: Any) -> list[Any]:
    if not value:
        return []
    try:
        items = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return []
    return items if isinstance(items, list) else []


def amount_text(amount: Any, currency: Any) -> str | None:
    if amount is None:
        return None
    number = f"{amount:,.2f}".rstrip("0").rstrip(".") if isinstance(amount, float) \
        else f"{amount:,}"
    return f"{currency} {number}" if currency else number


def quarter(day: Any) -> str | None:
    if not day or len(str(day)) < 7:
        return None
    text = str(day)
    try:
        month = int(text[5:7])
    except ValueError:
        return None
    return f"{text[:4]}-Q{(month - 1) // 3 + 1}"


class Edition:
    """Text and company names as one edition of the analysis database shows them."""

    def __init__(self, desk: Desk, edition: str):
        self.desk, self.edition = desk, edition
        self.public = ({lang: StakeholderText(desk, lang) for lang in ("ko", "en")}
                       if edition == "stakeholder" else None)
        if self.public is not None:  # one letter per company in both languages
            self.public["ko"].twin = self.public["en"]
            self.public["en"].twin = self.public["ko"]
        self.labels: dict[str, tuple[str, str]] = {
            t.code: (t.label("en"), t.label("ko"))
            for t in desk.vocab.terms("counterparty_type")}

    def text(self, value: Any, lang: str = "en") -> Any:
        """Free text as the edition shows it, in a column of ``lang``."""
        if self.public is None or not value or not isinstance(value, str):
            return value
        return self.public[lang].text(value)

    def company(self, company_id: Any, i: int = 0) -> str:
        """A company's Korean (0) or English (1) name as the edition shows it."""
        if not company_id or not isinstance(company_id, str):
            return ""
        if self.public is not None:
            names = (self.public["ko"].company(company_id),
                     self.public["en"].company(company_id))
            return names[i]
        found = self.desk.conn.execute(
            "SELECT name_ko, name_en FROM companies WHERE id = ?", (company_id,)).fetchone()
        if found is None:
            return ""
        ko, en = found
        return (ko or en or "") if i == 0 else (en or ko or "")

    def named(self, company_id: str) -> bool:
        """Whether the edition names the company (registers it with the anonymiser)."""
        if self.public is None:
            return True
        self.company(company_id)
        return self.public["en"].anon.is_named(company_id)

    def line(self, record_id: Any, lang: str) -> str | None:
        """The structured line standing for a withheld record's title (stakeholder)."""
        if self.public is None or not isinstance(record_id, str):
            return None
        return self.public[lang].line(record_id) or None

    def label(self, code: Any) -> tuple[Any, Any]:
        """A counterparty type's (English, Korean) label."""
        if code is None:
            return None, None
        return self.labels.get(code, (code, code)) if isinstance(code, str) else (code, code)

    # -- values the SQL leaves aside ------------------------------------------------------
    def strings(self, value: Any) -> str | None:
        return self.text("; ".join(str(s) for s in json_list(value) if str(s).strip())) \
            or None

    def parties(self, value: Any) -> str | None:
        shown = []
        for p in json_list(value):
            if isinstance(p, dict) and p.get("name"):
                label = self.label(p.get("type"))[0]
                shown.append(f"{p['name']} — {label}" if label else str(p["name"]))
        return self.text("; ".join(shown)) or None

    def functions(self) -> dict[str, tuple[int, Callable[..., Any]]]:
        """name -> (number of arguments, function), to register on the connection."""
        return {
            "analysis_text": (1, self.text),
            "analysis_text_ko": (1, lambda value: self.text(value, "ko")),
            "analysis_company": (2, self.company),
            "analysis_named": (1, lambda cid: int(self.named(cid))),
            "analysis_line": (2, self.line),
            "analysis_amount": (2, amount_text),
            "analysis_quarter": (1, quarter),
            "analysis_strings": (1, self.strings),
            "analysis_parties": (1, self.parties),
        }
