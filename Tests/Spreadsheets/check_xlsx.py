#!/usr/bin/env python3
"""Opens each xlsx workbook with openpyxl and checks it against the CSV written beside it.

Usage: check_xlsx.py FILE.csv FILE.xlsx [FILE.csv FILE.xlsx ...]

For every pair: the same number of rows (header included) and, cell by cell, the CSV's text
after the spreadsheet guard is undone (one leading ' before = + - @ TAB CR, see docs/formats.md),
with numbers stored as numbers, dates as dates and empty cells empty. The header row must be
frozen. Prints one line per pair and "N passed, N failed" last; exits 1 on any failure.
"""
import csv
import datetime
import io
import sys

import openpyxl

FORMULA_START = "=+-@\t\r"


def restored(text):
    stripped = text.lstrip("'")
    if text.startswith("'") and stripped[:1] and stripped[0] in FORMULA_START:
        return text[1:]
    return text


def same(field, cell):
    if field == "":
        return cell is None, "empty"
    if isinstance(cell, bool):
        return False, "boolean"
    if isinstance(cell, (int, float)):
        try:
            return abs(float(field) - float(cell)) < 1e-9, "number"
        except ValueError:
            return False, "number for text"
    if isinstance(cell, datetime.datetime):
        return cell.date().isoformat() == field, "date"
    if isinstance(cell, str):
        try:
            float(field)
            numeric = not field.startswith("'")
        except ValueError:
            numeric = False
        return (cell == restored(field) and not numeric), "text"
    return False, type(cell).__name__


def check(csv_path, xlsx_path):
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(io.StringIO(handle.read())))
    book = openpyxl.load_workbook(xlsx_path)
    sheet = book.worksheets[0]
    problems = []
    if sheet.freeze_panes != "A2":
        problems.append(f"header row not frozen ({sheet.freeze_panes})")
    cells = [list(row) for row in sheet.iter_rows(values_only=True)]
    if len(cells) != len(rows):
        problems.append(f"{len(cells)} rows in the workbook, {len(rows)} in the CSV")
    typed = 0
    for number, (fields, values) in enumerate(zip(rows, cells), start=1):
        values = values + [None] * (len(fields) - len(values))
        for column, field in enumerate(fields):
            ok, kind = same(field, values[column])
            if number > 1 and kind in ("number", "date") and ok:
                typed += 1
            if not ok:
                problems.append(f"row {number} column {rows[0][column]}: CSV {field!r}, workbook {values[column]!r} ({kind})")
    for problem in problems[:10]:
        print(f"  {xlsx_path}: {problem}")
    print(f"{'ok' if not problems else 'FAILED'}: {xlsx_path} ({len(rows)} rows, {typed} typed number/date cells)")
    return not problems


def main(arguments):
    if len(arguments) % 2 or not arguments:
        print(__doc__)
        return 2
    results = [check(arguments[i], arguments[i + 1]) for i in range(0, len(arguments), 2)]
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
