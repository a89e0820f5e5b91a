"""What an editor says about its values: what is wrong under each field while typing,
the services' refusals at Save, and values put as they will be stored (``tidying``).

A mixin of ``RecordEditor``, which owns the widgets named below.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QLabel, QScrollArea

from officer_desk.domain.errors import FieldError, OfficerDeskError, ValidationError
from officer_desk.domain.kinds import RecordKind
from officer_desk.domain.messages import Both
from officer_desk.domain.records import Record
from officer_desk.domain.tidying import Tidied, tidy_changes
from officer_desk.gui.field_input import FieldInput
from officer_desk.gui.texts import tr
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk


class EditorFeedback:
    """Says under the editor's fields, and above them, what is wrong or was changed."""

    kind: RecordKind
    lang: str
    desk: Desk
    record: Record | None
    inputs: dict[str, FieldInput]
    errors: dict[str, QLabel]
    tidied: dict[str, QLabel]
    problem: QLabel
    scroll: QScrollArea
    changed_values: Callable[[], dict[str, Any]]

    def clear_errors(self) -> None:
        self.problem.hide()
        self.problem.clear()
        for label in self.errors.values():
            label.clear()
            label.hide()

    def _check_as_typed(self, name: str) -> None:
        """While typing: what is wrong with the value already (a date that names no
        day, text too long) is said under it; anything said there before goes."""
        self.tidied[name].hide()  # said of what was there before
        problem = self.inputs[name].problem()
        label = self.errors[name]
        label.setText(problem.message(self.lang) if problem else "")
        label.setVisible(problem is not None)

    def tidy(self, names: Iterable[str]) -> list[Tidied]:
        """Put each named field's value as the services will store it (spaces at the
        ends left out, an item given twice kept once …) and say under it what changed
        and why; the changes made (none: every value is stored as it is shown)."""
        given = {n: v for n in names if self.inputs[n].editable
                 and (v := self.inputs[n].get()) is not None}
        found = tidy_changes(self.kind, given)
        for t in found:
            f = self.kind.field(t.field)
            self.inputs[t.field].set(t.stored)  # hides what was said under it
            note = self.tidied[t.field]
            note.setText(t.text(Both(f.en, f.ko)).message(self.lang))
            note.show()
        return found

    def _tidy_on_leaving(self, name: str) -> None:
        """Leaving a one-line field (Tab, a click elsewhere) shows its value as it will
        be stored. Enter stays in the field and saves: ``save`` shows it then."""
        if not self.inputs[name].focus_widgets()[0].hasFocus():
            self.tidy([name])

    def problems(self) -> list[FieldError]:
        """What the inputs already know to be wrong, before the services are asked."""
        return [p for i in self.inputs.values() if (p := i.problem()) is not None]

    def _service_problems(self, known: list[FieldError]) -> list[FieldError]:
        """What the services would refuse in the fields not already known to be wrong
        (a required field left empty, a value refused): said with those at the same
        Save, not only at the next one after the known ones are put right."""
        wrong = {p.field for p in known}
        data = {k: v for k, v in self.changed_values().items() if k not in wrong}
        try:
            found = record_service.problems(
                self.desk, self.kind, data, self.record.id if self.record else None)
        except OfficerDeskError:  # not permitted, gone …: Save says it once it can
            return []
        return [e for e in found if e.field not in wrong]

    def show_errors(self, error: ValidationError) -> None:
        self.clear_errors()
        elsewhere = []
        for name, errs in error.by_field().items():
            text = "\n".join(e.message(self.lang) for e in errs)
            if name in self.errors:
                self.errors[name].setText(text)
                self.errors[name].show()
            else:
                elsewhere.append(text)
        if elsewhere:
            self.problem.setText("\n".join(elsewhere))
            self.problem.show()
        first = next((n for n in self.inputs if self.errors[n].text()), None)
        if first and self.inputs[first].focus_widgets():
            self.inputs[first].focus_widgets()[0].setFocus()
            # setFocus does not scroll: the field and what is said under it are shown
            self.scroll.ensureWidgetVisible(self.errors[first])
            self.scroll.ensureWidgetVisible(self.inputs[first].focus_widgets()[0])

    def _say_tidied(self, refused: list[FieldError]) -> None:
        """Say that values were put as they will be stored, with what the services
        would refuse besides; the first field refused (else the first tidied) gets
        the focus."""
        if refused:
            self.show_errors(ValidationError(refused))
        else:
            self.clear_errors()
        said = [tr("Some values are now shown as they will be stored, with what changed "
                   "under them. Check them and save again.", self.lang)]
        if refused and not self.problem.isHidden() and self.problem.text():
            said.append(self.problem.text())  # refused where no field shows it
        self.problem.setText("\n".join(said))
        self.problem.show()
        if refused:
            return  # show_errors gave the focus to the first field refused
        first = next(n for n in self.inputs if not self.tidied[n].isHidden())
        if self.inputs[first].focus_widgets():
            self.inputs[first].focus_widgets()[0].setFocus()
