"""An amount typed as officers write amounts, read as the import reads them
(``importing.amounts.parse_amount``): ``1,250,000``, ``1.2억``, ``3억 5천만``. What cannot
be taken as one number is said under the field while typing: a decimal comma
(``1,5``), separators that mark no thousands, or a currency sign, whose currency is
chosen in the Currency field (the amount holds the number alone). On leaving the field
the amount understood is shown as the number stored (``1.2억`` → ``120,000,000``);
while it is typed in another form, that number is said beside it (``= 120,000,000``).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from officer_desk.domain.errors import FieldError
from officer_desk.domain.fields import Field
from officer_desk.gui.field_input import EditorHost, FieldInput
from officer_desk.gui.texts import tr
from officer_desk.importing.amounts import Amount, parse_amount


class AmountInput(FieldInput):
    """A money amount: the number typed (see the module docstring)."""

    def __init__(self, editor: EditorHost, f: Field) -> None:
        super().__init__(editor, f)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(f.label(editor.lang))
        self.edit.setPlaceholderText(tr("e.g. {example}", editor.lang).format(
            example="1,250,000"))
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.editingFinished.connect(self._tidy)
        #: the number understood, while what is typed is in another form (1.2억)
        self.said = QLabel()
        self.said.setTextFormat(Qt.TextFormat.PlainText)
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.said)
        self.said.hide()
        self.edit.textChanged.connect(self._say)

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]

    def set(self, value: Any) -> None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # a REAL column gives 540000.0 for 540,000
        self.edit.setText("" if value is None else f"{value:,}")

    def changed(self, callback: Callable[[], None]) -> None:
        self.edit.textChanged.connect(callback)

    def _read(self) -> Amount | None:
        text = self.edit.text()
        if not text.strip():
            return None
        codes = frozenset(t.code for t in self.editor.desk.vocab.terms("currency"))
        return parse_amount(text, codes)

    def get(self) -> Any:
        amount = self._read()
        if amount is None:
            return None
        if amount.problem is None and amount.currency is None and isinstance(
                amount.value, Decimal):
            return amount.value
        return self.edit.text()  # problem() says why; the services refuse it too

    def _understood(self) -> str | None:
        """The number that will be stored, written with separators (``120,000,000``);
        None when nothing, or no number, is typed."""
        value = self.get()
        if not isinstance(value, Decimal):
            return None
        return f"{int(value):,}" if value == value.to_integral_value() else f"{value:,}"

    def _say(self, _text: str = "") -> None:
        """While an amount is typed in another form (``1.2억``, ``3억 5천만``), the
        number understood is said beside it, as a date field says the day: Ctrl+S
        from the field stores nothing the officer has not seen."""
        shown = self._understood()
        text = f"= {shown}" if shown and shown != self.edit.text().strip() else ""
        self.said.setText(text)
        self.said.setVisible(bool(text))  # empty, it takes no room from the field

    def _tidy(self) -> None:
        """On leaving the field, an amount typed in another form is shown as the number
        that will be stored (``120,000,000``), as a date is shown as the day."""
        shown = self._understood()
        if shown is not None and shown != self.edit.text():
            self.edit.setText(shown)

    def problem(self) -> FieldError | None:
        amount = self._read()
        if amount is None:
            return None
        f, lang = self.field, self.editor.lang
        if amount.problem is not None:
            en, ko = amount.problem
            return FieldError(f.name, "bad_amount", f"{f.en}: {en}", f"{f.ko}: {ko}")
        if amount.currency is not None and isinstance(amount.value, Decimal):
            said = tr("{label}: write the number alone ({number:,}) and choose {code} "
                      "under Currency.", lang).format(
                label=f.label(lang), number=amount.value, code=amount.currency)
            return FieldError(f.name, "amount_currency", said, said)
        return None
