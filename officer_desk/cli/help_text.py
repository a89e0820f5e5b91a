"""The command line's help in the language of the command line (issue 13).

click writes the help itself; these subclasses, hung on click's documented extension
points (``Context.formatter_class``, ``Group.command_class``/``group_class`` and the
``format_*`` methods of a command), give it our words:

- the help texts of the group, of each command and of each option come from the
  catalogue (``domain.messages.cli_help``), keyed by the command's path:
  ``help.cmd.<path>`` (the command's help; the group's path is empty),
  ``help.short.<path>`` (its line in the command list), ``help.opt.<path>.<name>``
  (an option, by its parameter name; ``help.opt.any.<name>`` is the text shared by
  every command with that option; a ``-`` in a name is written ``_``). An entry is
  used only while its English is the text the command has in its source: a changed
  English text shows (in both languages) until its Korean is written again, and a
  test lists it;
- click's own words (``Usage:``, ``Options:``, ``Commands:``, ``[default: …]``) are the
  formatter's and the ``format_*`` methods'.

In English nothing changes: click formats the source's texts as it always has.
Option names, metavars, command names and examples stay as they are typed.
"""

from __future__ import annotations

import inspect
import shutil
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import click

from officer_desk.domain.messages import CATALOGUE

#: The narrowest Korean help click's default terminal width is taken down to.
KOREAN_MIN_WIDTH = 30

#: The narrowest help column of an option list in Korean (the option's name gives way).
MIN_HELP_COLUMNS = 20

#: click's headings and usage prefix, in Korean.
KOREAN_WORDS = {
    "usage": "사용법: ",
    "options": "옵션",
    "commands": "명령",
    "arguments": "인자",
    "default": "기본값: {default}",
    "required": "필수",
    "env var": "환경 변수: {var}",
}


def command_path(ctx: click.Context) -> str:
    """The names of the commands below the program, dot-separated (``keys.show``,
    ``recovery_key``; empty for the program itself)."""
    names = []
    while ctx.parent is not None:
        names.append((ctx.info_name or "").replace("-", "_"))
        ctx = ctx.parent
    return ".".join(reversed(names))


def _key(kind: str, path: str, name: str | None = None) -> str:
    key = f"help.{kind}" + (f".{path}" if path else "")
    return f"{key}.{name}" if name is not None else key


def catalogue_text(key: str, english: str | None, lang: str) -> str | None:
    """The catalogue's text ``key`` in ``lang`` while its English is ``english`` (the
    source's text; None: trust the catalogue's); None when there is none."""
    entry = CATALOGUE.get(key)
    if entry is None:
        return None
    en, ko = (text.format() for text in entry)  # the catalogue's braces are doubled
    if english is not None and inspect.cleandoc(english) != inspect.cleandoc(en):
        return None  # the source changed: the Korean no longer says the same
    return ko if lang == "ko" else en


def option_help(path: str, param: click.Parameter, lang: str, *, name: str | None = None
                ) -> str | None:
    """An option's help in ``lang`` (None: as the source has it); ``name``: the
    catalogue's name for it, when not its parameter name (the help option)."""
    english = getattr(param, "help", None)
    name = name or param.name
    if not english or name is None:
        return None
    for owner in (path, "any"):
        text = catalogue_text(_key("opt", owner, name), english, lang)
        if text is not None:
            return text
    return None


def root_language(ctx: click.Context | None) -> str | None:
    """The language decided for the run (``DeskContext``), None when not decided."""
    if ctx is None:
        return None
    return getattr(ctx.find_root(), "language", None)


class DeskFormatter(click.HelpFormatter):
    """click's formatter in a language: the usage prefix, and in Korean paragraphs
    wrapped by the columns a terminal gives Hangul (two per syllable)."""

    def __init__(self, *args: Any, lang: str = "en", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lang = lang

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if self.lang != "ko":
            super().write_usage(prog, args, prefix)
            return
        # click's layout, measured in columns (click counts "사용법: " as 5, not 8)
        from officer_desk.cli.output import width, wrap

        if prefix is None:
            prefix = KOREAN_WORDS["usage"]
        lead = f"{' ' * max(self.current_indent - width(prefix), 0)}{prefix}{prog} "
        text_width = self.width - self.current_indent
        if text_width >= width(lead) + 20:  # the arguments fit right of the prefix
            indent = " " * width(lead)
            lines = wrap(args, text_width - width(lead))
            self.write(f"{lead}{lines[0]}".rstrip() + "\n")
        else:  # the prefix is too long: the arguments go below it
            if width(lead.rstrip()) > text_width:  # and the command below "사용법:"
                self.write(lead[:-len(prog) - 1].rstrip() + "\n")
                lead = f"{' ' * (self.current_indent + 2)}{prog}"
            self.write(lead.rstrip() + "\n")
            indent = " " * (max(self.current_indent, width(prefix)) + 4)
            lines = ["", *wrap(args, text_width - len(indent))]
        for line in lines[1:]:
            self.write(f"{indent}{line}".rstrip() + "\n")

    def write_text(self, text: str) -> None:
        if self.lang != "ko":
            super().write_text(text)
            return
        indent = " " * self.current_indent
        for line in _wrapped(text, self.width - self.current_indent):
            self.write(f"{indent}{line}".rstrip() + "\n")

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30,
                 col_spacing: int = 2) -> None:
        if self.lang != "ko":
            super().write_dl(rows, col_max, col_spacing)
            return
        from officer_desk.cli.output import width

        rows = list(rows)
        # click gives the help column at least 10 columns, past a narrow terminal's
        # edge: here the first column gives way so that the help keeps MIN_HELP_COLUMNS
        first_col = min(max((width(first) for first, _ in rows), default=0), col_max,
                        max(self.width - self.current_indent - col_spacing
                            - MIN_HELP_COLUMNS, 0))
        first_col += col_spacing
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - width(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = [line.rstrip() for line in
                     _wrapped(second, self.width - self.current_indent - first_col)]
            self.write(f"{lines[0]}\n" if lines else "\n")
            for line in lines[1:]:
                self.write(f"{'':>{first_col + self.current_indent}}{line}".rstrip() + "\n")


def _wrapped(text: str, columns: int) -> list[str]:
    """``text``'s paragraphs wrapped to ``columns`` display columns; a paragraph that
    starts with click's ``\\b`` line is kept as written (examples)."""
    from officer_desk.cli.output import wrap

    out: list[str] = []
    for n, paragraph in enumerate(_paragraphs(text)):
        if n:
            out.append("")
        if paragraph and paragraph[0].strip() == "\b":
            out.extend(paragraph[1:])
        else:
            out.extend(wrap(" ".join(line.strip() for line in paragraph), columns))
    return out


def _paragraphs(text: str) -> Iterator[list[str]]:
    paragraph: list[str] = []
    for line in text.splitlines():
        if line.strip():
            paragraph.append(line)
        elif paragraph:
            yield paragraph
            paragraph = []
    if paragraph:
        yield paragraph


class DeskContext(click.Context):
    """A context that knows the run's language before click parses anything (the
    ``--help`` and usage errors are written while parsing) and formats in it."""

    formatter_class = DeskFormatter

    def __init__(self, *args: Any, language: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.language = language

    def make_formatter(self) -> click.HelpFormatter:
        lang = root_language(self) or "en"
        width = self.terminal_width
        if width is None and lang == "ko":
            # click's own choice, except its floor of 50 columns: a narrower terminal
            # (COLUMNS=40) would break every Korean line a second time, mid-word
            columns = shutil.get_terminal_size().columns
            width = max(min(columns, self.max_content_width or 80) - 2, KOREAN_MIN_WIDTH)
        return DeskFormatter(width=width, max_width=self.max_content_width, lang=lang)


class HelpInLanguage(click.Command):
    """A command whose help reads in the run's language."""

    context_class = DeskContext

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = root_language(ctx) or "en"
        text = catalogue_text(_key("cmd", command_path(ctx)), self.help, lang)
        if lang != "ko" or text is None:
            super().format_help_text(ctx, formatter)
            return
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(inspect.cleandoc(text).partition("\f")[0])

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = root_language(ctx) or "en"
        if lang != "ko":
            super().format_options(ctx, formatter)
            return
        path = command_path(ctx)
        rows = [row for row in (_option_row(ctx, path, p) for p in self.get_params(ctx)
                                if not isinstance(p, click.Argument)) if row]
        if rows:
            with formatter.section(KOREAN_WORDS["options"]):
                formatter.write_dl(rows)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = root_language(ctx) or "en"
        text = catalogue_text(_key("epilog", command_path(ctx)), self.epilog, lang)
        if lang != "ko" or not self.epilog or text is None:
            super().format_epilog(ctx, formatter)
            return
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(inspect.cleandoc(text))

    def short_help_in(self, path: str, lang: str, limit: int = 45) -> str:
        """The command's line in its group's command list."""
        text = catalogue_text(_key("short", path), self.short_help, lang)
        return text if text is not None else self.get_short_help_str(limit)


def _option_row(ctx: click.Context, path: str, param: click.Parameter
                ) -> tuple[str, str] | None:
    record = param.get_help_record(ctx)
    if record is None:
        return None
    is_help = param is ctx.command.get_help_option(ctx)
    help_text = option_help(path, param, "ko", name="help" if is_help else None)
    if help_text is None:
        return record  # not translated (a test lists it): as click writes it
    extras = []
    describe = getattr(param, "get_help_extra", None)
    extra = describe(ctx) if describe is not None else {}
    if "envvars" in extra:
        extras.append(KOREAN_WORDS["env var"].format(var=", ".join(extra["envvars"])))
    if "default" in extra:
        extras.append(KOREAN_WORDS["default"].format(default=extra["default"]))
    if "range" in extra:
        extras.append(extra["range"])
    if "required" in extra:
        extras.append(KOREAN_WORDS["required"])
    if extras:
        help_text = f"{help_text}  [{'; '.join(extras)}]"
    return record[0], help_text


def command_rows(group: click.Group, ctx: click.Context, names: Sequence[str],
                 lang: str, limit: int) -> list[tuple[str, str]]:
    """The command list's rows: each command's line from the catalogue, or (a command
    it has no line for) from the command, which is imported for it."""
    path = command_path(ctx)
    rows = []
    for name in names:
        sub_path = f"{path}.{name}" if path else name
        sub_path = sub_path.replace("-", "_")
        command = group.commands.get(name)
        if command is None:
            line = catalogue_text(_key("short", sub_path), None, lang)
            if line is not None:
                rows.append((name, line))
                continue
            command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        if isinstance(command, HelpInLanguage):
            rows.append((name, command.short_help_in(sub_path, lang, limit)))
        else:
            rows.append((name, command.get_short_help_str(limit)))
    return rows


class DeskCommand(HelpInLanguage):
    """Every command of the command line (``DeskGroup.command_class``)."""


class DeskSubgroup(HelpInLanguage, click.Group):
    """A group of commands below the program (``keys``, ``conflicts``)."""

    command_class = DeskCommand

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = root_language(ctx) or "en"
        if lang != "ko":
            super().format_commands(ctx, formatter)
            return
        write_commands(formatter, command_rows(self, ctx, self.list_commands(ctx), lang, 45),
                       lang)


def write_commands(formatter: click.HelpFormatter, rows: list[tuple[str, str]],
                   lang: str) -> None:
    if rows:
        with formatter.section(KOREAN_WORDS["commands"] if lang == "ko" else "Commands"):
            formatter.write_dl(rows)
