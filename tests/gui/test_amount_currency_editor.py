"""An amount typed without a currency is refused under the Currency field, in the
window's language, until the currency is chosen (issue s27, 4). Typed by keys."""

from __future__ import annotations

import pytest
from key_typing import type_text
from PySide6.QtCore import Qt
from test_editor import _fill_new_dispute, disputes, make

from officer_desk.domain.kinds import DISPUTES
from officer_desk.services import records

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)

SAID = {
    "en": "Currency: Amount claimed is given without a currency; choose the currency it "
          "is in",
    "ko": "통화: 청구 금액에 통화가 없습니다. 어느 통화인지 선택하십시오",
}


def _save_by_keys(qtbot, w) -> None:
    qtbot.keyClick(w.inputs["title_ko"].widget, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_an_amount_without_a_currency_is_refused_under_the_currency(
        qtbot, desk, company, problems, discard_unsaved, lang):
    w = make(qtbot, desk, DISPUTES, lang=lang)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    _fill_new_dispute(qtbot, w, company)
    amount = w.inputs["claimed_amount"].edit
    amount.setFocus()
    type_text(amount, "3억 5천만")
    qtbot.keyClick(amount, Qt.Key.Key_Tab)
    _save_by_keys(qtbot, w)
    assert disputes(desk) == []  # nothing stored
    error = w.errors["currency"]
    assert not error.isHidden()
    assert error.text() == SAID[lang]
    assert amount.text() == "350,000,000"  # what was typed is kept, as understood
    # choosing the currency by keys and saving again stores both
    currency = w.inputs["currency"].widget
    currency.setFocus()
    for _ in range(currency.count()):  # down the list, as a person would
        if currency.currentData() == "KRW":
            break
        qtbot.keyClick(currency, Qt.Key.Key_Down)
    assert currency.currentData() == "KRW"
    _save_by_keys(qtbot, w)
    (saved,) = disputes(desk)
    assert saved.values["claimed_amount"] == 350_000_000
    assert saved.values["currency"] == "KRW"
    assert records.get(desk, saved.id)["currency"] == "KRW"


def test_an_old_record_without_a_currency_can_still_have_its_summary_edited(
        qtbot, desk, dispute, problems, discard_unsaved):
    """Stored before the rule (here: by the repository, as an earlier program did), the record
    keeps being accepted: only a change of its amount or currency asks for one."""
    desk.repo.update(records.get(desk, dispute.id), {"claimed_amount": 350_000_000.0})
    w = make(qtbot, desk, DISPUTES, records.get(desk, dispute.id), lang="ko")
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    summary = w.inputs["summary"].widget
    summary.setFocus()
    qtbot.keyClick(summary, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(summary, " 추가")
    _save_by_keys(qtbot, w)
    assert w.errors["currency"].isHidden()
    assert records.get(desk, dispute.id)["summary"].endswith(" 추가")
    assert records.get(desk, dispute.id)["claimed_amount"] == 350_000_000
