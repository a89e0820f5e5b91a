"""Sheets like the ones officers keep, made here with openpyxl and csv.

The main one is a Korean disputes register: a merged title row, a two-row header (a
group label merged over its columns, a row-number header merged down), blank lines,
dates typed every which way, and a totals row at the bottom.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl

HANBIT_BRN = "123-45-67891"  # a valid registration number (the check digit is right)

HEADER = ["번호", "사건명", "접수일", "권리", "분쟁유형", "단계", "회사명", "사업자등록번호",
          "상대방", "사건번호", "청구금액", "비고"]

#: Good rows of the register: mixed date forms, labels in Korean and English.
GOOD_ROWS: list[list[Any]] = [
    [1, "한빛배터리 v. Voltaic 특허침해소송", dt.datetime(2024, 3, 1), "특허", "침해소송",
     "제소", "(주)한빛배터리", HANBIT_BRN, "Voltaic Licensing LLC [NPE]", "2:24-cv-00123",
     "US$12,000,000", "현지 대리인 선임"],
    [2, "Sejin cosmetics trademark squatting", "2024.03.05", "Trademark", "opposition",
     "intake", "Sejin Cosmetics Co., Ltd.", None, "Guangzhou Beauty Trading [상표 무단선점자]",
     None, None, None],
    [3, "모던가구 디자인 모방품 세관 통관보류", "2024/3/7", "디자인", "세관 통관보류",
     "결정·판결", "모던가구", None, "위조품 판매상", "CBP-2024-77", None, None],
    [4, "한빛배터리 ITC 337조 조사", "24.3.1", "patent", "ITC 337", "개시 결정",
     "한빛배터리 주식회사", None, None, "337-TA-1400", None, None],
    [5, "온라인 쇼핑몰 위조 화장품", "2024. 3. 12.", "상표권", "온라인 게시물 삭제 요청",
     "접수", "Sejin Cosmetics", None, None, None, None, None],
    [6, "Quantum lab trade secret", 45366, "trade secret", "criminal complaint",
     "Evidence / discovery", "큐원랩", None, "former employee", "CR-88", "", None],
]


def register(path: Path, rows: Sequence[Sequence[Any]] = GOOD_ROWS, *,
             sheet: str = "분쟁현황", extra_sheet: bool = True) -> Path:
    """The disputes register as a workbook (a notes sheet first when ``extra_sheet``)."""
    book = openpyxl.Workbook()
    if extra_sheet:
        notes = book.active
        notes.title = "안내"
        notes.append(["이 파일은 2024년 미국 분쟁 현황입니다"])
        ws = book.create_sheet(sheet)
    else:
        ws = book.active
        ws.title = sheet
    ws.append(["2024년 주미국대사관 지식재산 분쟁 현황"])
    ws.merge_cells("A1:L1")
    ws.append(["번호", "사건 정보", None, None, None, None, "기업", None, "상대", None, None,
               None])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:F2")
    ws.merge_cells("G2:H2")
    ws.append([None, *HEADER[1:]])
    for i, values in enumerate(rows):
        ws.append(list(values))
        if i == 1:
            ws.append([])  # a blank line between blocks
            ws.append([None] * 5)
    ws.append(["합계", None, None, None, None, None, None, None, None, None,
               "=SUM(K4:K12)", None])
    book.save(path)
    return path


def simple_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(list(header))
    for values in rows:
        ws.append(list(values))
    book.save(path)
    return path


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[Any]], *, delimiter: str = ",",
              encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for values in rows:
        writer.writerow(["" if v is None else v for v in values])
    return out.getvalue().encode(encoding)


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]],
              **kw: Any) -> Path:
    path.write_bytes(csv_bytes(header, rows, **kw))
    return path


#: One row with a date that does not exist (for the command-line tests).
BAD_ROWS_FOR_CLI: list[list[Any]] = [
    [7, "날짜가 틀린 사건", "2024-13-45", "특허", "침해소송", "접수", "(주)한빛배터리", None,
     None, None, None, None],
]
