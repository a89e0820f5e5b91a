"""Yes-or-no questions at the terminal, in the command line's language.

``click.confirm`` speaks English whatever the run's language: it understands only
``y``/``yes``/``n``/``no`` and says ``Error: invalid input`` to anything else. In English
:func:`confirm` is ``click.confirm``, byte for byte. In Korean it asks the same question
through ``click.prompt`` (its public hooks: no prompt suffix shown by click, our own
check of the answer) and:

- still shows ``[y/N]`` (``[Y/n]`` when the default is yes): the keys typed are Latin
  letters, as in every Korean command line (apt's and dpkg's Korean questions, glibc's
  ko_KR locale all keep ``y``/``n``), and it is what a person reads as "type y or n";
- also understands the answers a Korean speaker types: ``예``/``네``, ``아니오``/
  ``아니요``/``아니``, and ``ㅛ``/``ㅜ`` — the ``y`` and ``n`` keys pressed while the
  keyboard is still in Hangul mode (the commonest slip); full-width letters as well;
- to anything else says, in Korean, which answers it takes, and asks again;
- at the end of input (Ctrl+D) or Ctrl+C ends the line first, so that the group's
  "중단했습니다." does not stick to the question.
"""

from __future__ import annotations

import unicodedata

import click

from officer_desk.domain.messages import say


def _typed(answer: str) -> str:
    """An answer as compared: NFKC (full-width letters; the jamo ㅛ becomes its
    conjoining form, the same on both sides), stripped, lower-case."""
    return unicodedata.normalize("NFKC", answer).strip().lower()


#: Answers understood in a Korean session.
KOREAN_YES = frozenset(map(_typed, ("y", "yes", "예", "네", "ㅛ")))
KOREAN_NO = frozenset(map(_typed, ("n", "no", "아니오", "아니요", "아니", "ㅜ")))


def language() -> str:
    from officer_desk.cli import app

    return app.language()


def answer_meaning(answer: str) -> bool | None:
    """True for a yes, False for a no, None for anything else (Korean session)."""
    typed = _typed(answer)
    if typed in KOREAN_YES:
        return True
    if typed in KOREAN_NO:
        return False
    return None


def confirm(text: str, *, default: bool = False, abort: bool = False) -> bool:
    """Ask ``text`` (already in the run's language); the answer, or ``click.Abort``
    when ``abort`` and the answer is no, or when input ends."""
    if language() != "ko":
        return click.confirm(text, default=default, abort=abort)
    suffix = " [Y/n]: " if default else " [y/N]: "
    while True:
        try:
            typed = click.prompt(text, default="", show_default=False,
                                 prompt_suffix=suffix)
        except click.Abort:
            click.echo()  # the question's line is left open by Ctrl+D / Ctrl+C
            raise
        meaning = default if not typed.strip() else answer_meaning(typed)
        if meaning is not None:
            break
        click.echo(say("usage.invalid_answer").message("ko"))
    if abort and not meaning:
        raise click.Abort()
    return meaning
