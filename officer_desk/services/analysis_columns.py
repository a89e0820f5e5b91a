"""The columns of the analysis database, made from the kinds' field declarations, as SQL.

Every field becomes readable columns, the same rule for every kind:

- a vocabulary code (or a fixed choice) keeps its code, with ``<field>_en`` and
  ``<field>_ko`` labels beside it (a join to the file's own ``vocabulary`` table);
- a date is ISO text (``2024-03-01``, what SQLite's date functions read); a kind with a
  period field also gets ``quarter`` (``2024-Q1``);
- an amount is a number, with ``<field>_text`` ("USD 12,000,000") when the kind has a
  currency;
- a reference to a record of one kind keeps the id (a foreign key) and adds the record's
  names (``company_id`` -> ``company_ko``, ``company_en``); a link to a record of any
  kind adds its kind and titles (``record_kind``, ``record_title_ko``, …);
- lists (tags, participants, counterparties, companies concerned) are joined with "; ";
  counterparties and companies concerned also get a table of their own, one row each;
- a yes/no is 0 or 1;
- file contents (attachments) are left out: their name, type, size and SHA-256 stay.

The sync columns (version, origin, field_versions, seen, changed, deleted) are not
written: the analysis database holds what the records say, not how they travel.

Each column is an SQL expression over the case log's row (alias ``r``, schema ``main``)
and the analysis file being written (schema ``analysis``): the export copies the rows
with one ``INSERT … SELECT`` per kind. What SQL cannot say exactly is a Python function
of ``analysis_functions`` (named ``analysis_*``): free text and company names in the
stakeholder edition, an amount with its currency, and the odd stored value the plain
SQL does not cover (a list holding something other than text, a date that is not ISO).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import RecordKind

#: Column type per field type (SQLite affinity as sqlite-utils names it).
_TYPES = {FieldType.INTEGER: int, FieldType.BOOL: int, FieldType.AMOUNT: float}

#: The characters Python's ``str.strip()`` removes (``str.isspace``), for SQL's trim().
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003"
              "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_WS = "char(" + ", ".join(str(ord(c)) for c in WHITESPACE) + ")"


@dataclass(frozen=True)
class Column:
    name: str
    type: type
    en: str
    ko: str
    #: the value, as an SQL expression over the source row ``r``
    sql: str


@dataclass
class Select:
    """What a kind's ``INSERT … SELECT`` needs besides its columns."""

    #: whether free text and company names go through the stakeholder rules
    public: bool
    joins: dict[str, str] = field(default_factory=dict)  # alias -> JOIN clause
    #: the source row ``r`` may be one the edition shows by its structured fields only
    #: (``analysis_withheld``): its text is not scrubbed, it is emptied afterwards
    withheld: bool = False

    def text(self, expr: str, lang: str = "en") -> str:
        """Free text as the edition shows it; ``lang``: the column's language (a Korean
        column says "기업 A" where an English one says "Company A")."""
        if not self.public:
            return expr
        function = "analysis_text_ko" if lang == "ko" else "analysis_text"
        if self.withheld:
            return (f"CASE WHEN r.id IN (SELECT id FROM analysis_work.withheld) THEN NULL "
                    f"ELSE {function}({expr}) END")
        return f"{function}({expr})"

    def company(self, id_expr: str, i: int, alias: str) -> str:
        """A company's Korean (0) or English (1) name as the edition shows it, ''
        for none; ``alias`` joins the case log's companies."""
        if self.public:
            return f"analysis_company({id_expr}, {i})"
        first, second = ("name_ko", "name_en") if i == 0 else ("name_en", "name_ko")
        return f"coalesce(nullif({alias}.{first}, ''), nullif({alias}.{second}, ''), '')"

    def join(self, alias: str, clause: str) -> str:
        self.joins.setdefault(alias, clause)
        return alias


def is_list(expr: str) -> str:
    """SQL: ``expr`` is stored JSON text holding a list."""
    return f"(typeof({expr}) = 'text' AND json_valid({expr}) AND json_type({expr}) = 'array')"


def parties_clean(expr: str) -> str:
    """SQL: a list of counterparties that plain SQL reads exactly (each an object whose
    name and type are text or absent); any other stored value goes to Python."""
    return (f"({is_list(expr)} AND NOT EXISTS (SELECT 1 FROM json_each({expr}) WHERE "
            "type <> 'object' OR "
            "coalesce(json_type(value, '$.name'), 'null') NOT IN ('text', 'null') OR "
            "coalesce(json_type(value, '$.type'), 'null') NOT IN ('text', 'null')))")


def columns_of(kind: RecordKind, sel: Select) -> list[Column]:
    """The analysis table's columns for ``kind`` (``id`` and ``post`` first)."""
    out = [Column("id", str, "Id", "ID", "r.id"), Column("post", str, "Post", "공관", "r.post")]
    for f in kind.fields:
        out += _field_columns(kind, f, sel)
    if kind.period_field:
        p = f"r.{kind.period_field}"
        out.append(Column(
            "quarter", str, f"Quarter ({kind.field(kind.period_field).en})",
            f"분기({kind.field(kind.period_field).ko})",
            f"CASE WHEN {p} IS NULL THEN NULL WHEN typeof({p}) = 'text' AND {p} GLOB "
            f"'[0-9][0-9][0-9][0-9]-[01][0-9]*' AND substr({p}, 6, 2) BETWEEN '01' AND '12' "
            f"THEN substr({p}, 1, 4) || '-Q' || ((CAST(substr({p}, 6, 2) AS INTEGER) + 2) / 3) "
            f"ELSE analysis_quarter({p}) END"))
    out += [Column("created_at", str, "Created (UTC)", "작성 시각(UTC)", "r.created_at"),
            Column("updated_at", str, "Last changed (UTC)", "최종 변경 시각(UTC)",
                   "r.updated_at")]
    return out


def _base(name: str) -> str:
    return name[:-3] if name.endswith("_id") else name


def _field_columns(kind: RecordKind, f: Field, sel: Select) -> list[Column]:
    n, r = f.name, f"r.{f.name}"
    if f.type is FieldType.BLOB:
        return []
    if f.type in (FieldType.VOCAB, FieldType.CHOICE):
        # a code the vocabulary does not know is shown as it is
        if f.type is FieldType.CHOICE:
            v = sel.join(f"v_{n}", f"LEFT JOIN analysis_work.choices AS v_{n} "
                                   f"ON v_{n}.code = {r}")
        else:
            v = sel.join(f"v_{n}", f"LEFT JOIN analysis.vocabulary AS v_{n} ON "
                                   f"v_{n}.vocabulary = '{f.vocab}' AND v_{n}.code = {r}")
        return [Column(n, str, f"{f.en} (code)", f"{f.ko}(코드)", r),
                Column(f"{n}_en", str, f.en, f"{f.ko}(영문)", f"coalesce({v}.label_en, {r})"),
                Column(f"{n}_ko", str, f"{f.en} (Korean)", f.ko,
                       f"coalesce({v}.label_ko, {r})")]
    if f.type in (FieldType.REF, FieldType.LINK):
        # a record the file does not hold is not referred to (its name stays, as the
        # edition shows it): the foreign key never points nowhere
        base = _base(n)
        k = sel.join(f"k_{n}", f"LEFT JOIN analysis.records AS k_{n} ON k_{n}.id = {r}")
        own = Column(n, str, f.en, f.ko, f"{k}.id")
        if f.type is FieldType.LINK:
            def title(i: int) -> str:
                col = f"{k}.title_{'ko' if i == 0 else 'en'}"
                return f"CASE WHEN {k}.kind = 'companies' THEN nullif({col}, '') ELSE {col} END"
            return [own,
                    Column(f"{base}_kind", str, f"{f.en}: kind", f"{f.ko} 종류", f"{k}.kind"),
                    Column(f"{base}_title_ko", str, f"{f.en}: title (Korean)",
                           f"{f.ko} 제목(한글)", title(0)),
                    Column(f"{base}_title_en", str, f"{f.en}: title (English)",
                           f"{f.ko} 제목(영문)", title(1))]
        if f.ref == "companies":
            c = sel.join(f"c_{n}", f"LEFT JOIN main.companies AS c_{n} ON c_{n}.id = {r}")
            names = [f"nullif({sel.company(r, i, c)}, '')" for i in (0, 1)]
        else:
            names = [f"{k}.title_ko", f"{k}.title_en"]
        return [own,
                Column(f"{base}_ko", str, f"{f.en} (Korean name)", f"{f.ko} 이름(한글)",
                       names[0]),
                Column(f"{base}_en", str, f"{f.en} (English name)", f"{f.ko} 이름(영문)",
                       names[1])]
    if f.type is FieldType.REFS:
        base = _base(n).removesuffix("_ids")

        def names(i: int) -> str:
            if f.ref == "companies":
                name = sel.company("j.value", i, "c")
                source = f"json_each({r}) AS j LEFT JOIN main.companies AS c ON c.id = j.value"
            else:
                name = f"coalesce(t.title_{'ko' if i == 0 else 'en'}, '')"
                source = f"json_each({r}) AS j LEFT JOIN analysis.records AS t ON t.id = j.value"
            return (f"CASE WHEN {is_list(r)} THEN (SELECT nullif(group_concat(nm, '; '), '') "
                    f"FROM (SELECT {name} AS nm FROM {source} WHERE j.type = 'text') "
                    f"WHERE nm <> '') END")
        return [Column(f"{base}_ko", str, f"{f.en} (Korean names)", f"{f.ko}(한글)", names(0)),
                Column(f"{base}_en", str, f"{f.en} (English names)", f"{f.ko}(영문)", names(1))]
    if f.type is FieldType.STRINGS:
        plain = (f"{is_list(r)} AND NOT EXISTS (SELECT 1 FROM json_each({r}) "
                 f"WHERE type NOT IN ('text', 'integer'))")
        joined = (f"(SELECT group_concat(value, '; ') FROM json_each({r}) "
                  f"WHERE trim(value, {_WS}) <> '')")
        return [Column(n, str, f.en, f.ko,
                       f"CASE WHEN {r} IS NULL OR {r} = '' THEN NULL WHEN {plain} THEN "
                       f"nullif({sel.text(joined)}, '') ELSE analysis_strings({r}) END")]
    if f.type is FieldType.PARTIES:
        joined = (
            "(SELECT group_concat(CASE WHEN lab <> '' THEN nm || ' — ' || lab ELSE nm END, "
            "'; ') FROM (SELECT json_extract(j.value, '$.name') AS nm, "
            "coalesce(t.label_en, json_extract(j.value, '$.type')) AS lab "
            f"FROM json_each({r}) AS j LEFT JOIN analysis.vocabulary AS t ON "
            "t.vocabulary = 'counterparty_type' AND t.code = json_extract(j.value, '$.type')) "
            "WHERE nm <> '')")
        return [Column(n, str, f.en, f.ko,
                       f"CASE WHEN {r} IS NULL OR {r} = '' THEN NULL "
                       f"WHEN {parties_clean(r)} THEN nullif({sel.text(joined)}, '') "
                       f"ELSE analysis_parties({r}) END")]
    if f.type is FieldType.AMOUNT:
        cols = [Column(n, float, f.en, f.ko, r)]
        if kind.has_field("currency"):
            cols.append(Column(f"{n}_text", str, f"{f.en} with currency",
                               f"{f.ko}(통화 포함)",
                               f"CASE WHEN {r} IS NULL THEN NULL "
                               f"ELSE analysis_amount({r}, r.currency) END"))
        return cols
    if f.type in _TYPES or f.type is FieldType.DATE:
        return [Column(n, _TYPES.get(f.type, str), f.en, f.ko, r)]
    return [Column(n, str, f.en, f.ko, sel.text(r, "ko" if n.endswith("_ko") else "en"))]
