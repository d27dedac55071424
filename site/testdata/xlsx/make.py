#!/usr/bin/python3
"""Makes the XLSX fixtures read by site/static/xlsx.test.mjs.

The fixtures come from real third-party writers, not from Greenline's own
writer, so the reader is tested against files it did not make:

  XlsxWriter 3.0.2  (Debian: apt-get install python3-xlsxwriter)
      shared strings, rich text, date/time number formats, formulas with
      cached results, 1904 date system
  openpyxl 3.0.9    (Debian: apt-get install python3-openpyxl)
      inline strings (openpyxl writes every string inline), datetimes
  Python's zipfile  re-zips a workbook to a non-seekable stream, which
      writes data descriptors (flag bit 3) after each entry
  LibreOffice 7.4   (Debian: apt-get install libreoffice-calc-nogui)
      re-saves meter.xlsx as libreoffice.xlsx; skipped when soffice is
      missing (the committed libreoffice.xlsx is then kept)

Run from anywhere:  /usr/bin/python3 site/testdata/xlsx/make.py
The expected values in the test are written by hand from what Excel or
LibreOffice shows for these cells, not copied from this script's output.
"""
import datetime as dt
import io
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


def meter_xlsxwriter():
    """meter.xlsx: hourly meter data, Chinese shared-string header, a gap column."""
    wb = xlsxwriter.Workbook(path("meter.xlsx"))
    ws = wb.add_worksheet("电表数据")
    stamp = wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    ws.write_string(0, 0, "开始时间")
    ws.write_string(0, 1, "电量(kWh)")
    # column C (index 2) left empty on purpose: the gap
    ws.write_string(0, 3, "备注")
    start = dt.datetime(2024, 1, 1, 0, 0, 0)
    energies = [1234.567, 0.1, 12, 1e-05, 98765432.125]
    notes = ["", "峰", "", "谷 & <夜>", ""]
    for i, e in enumerate(energies):
        ws.write_datetime(1 + i, 0, start + dt.timedelta(hours=i), stamp)
        ws.write_number(1 + i, 1, e)
        if notes[i]:
            ws.write_string(1 + i, 3, notes[i])
    # the brief's worst case: one hour after midnight, 2024-12-31 23:59:59.6
    ws.write_datetime(6, 0, dt.datetime(2024, 12, 31, 23, 59, 59, 600000), stamp)
    ws.write_number(6, 1, 3)

    ws2 = wb.add_worksheet("Notes")
    bold = wb.add_format({"bold": True})
    day = wb.add_format({"num_format": 14})           # built-in m/d/yyyy
    clock = wb.add_format({"num_format": "hh:mm"})     # time only
    ws2.write_rich_string(0, 0, "Site ", bold, "北厂", " (main)")
    ws2.write_boolean(1, 0, True)
    ws2.write_boolean(1, 1, False)
    ws2.write_formula(2, 0, "=1/0", None, "#DIV/0!")
    ws2.write_formula(2, 1, "=2*21", None, 42)
    ws2.write_formula(2, 2, '="a"&"b"', None, "ab")
    ws2.write_datetime(3, 0, dt.datetime(2024, 2, 29), day)
    ws2.write_number(3, 1, 1.0625, clock)                             # 25:30, past one day
    ws2.write_number(3, 2, 0.0625, clock)                             # 01:30 of day 0
    ws2.write_number(4, 0, 60, day)                                    # Excel's 1900-02-29
    ws2.write_number(4, 1, 61, day)
    ws2.write_string(4, 4, "  spaced  ")
    wb.close()


def epoch1904_xlsxwriter():
    """epoch1904.xlsx: the 1904 date system (old Mac Excel)."""
    wb = xlsxwriter.Workbook(path("epoch1904.xlsx"), {"date_1904": True})
    ws = wb.add_worksheet("Mac")
    stamp = wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    ws.write_string(0, 0, "开始时间")
    ws.write_string(0, 1, "电量(kWh)")
    ws.write_datetime(1, 0, dt.datetime(2024, 1, 1, 1, 0, 0), stamp)
    ws.write_number(1, 1, 7.5)
    ws.write_number(2, 0, 0, stamp)  # 1904-01-01 00:00:00
    wb.close()


def inline_openpyxl():
    """openpyxl.xlsx: inline strings, datetimes, a gap column, a formula without cached value."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Meter"
    ws["A1"] = "开始时间"
    ws["B1"] = "电量(kWh)"
    ws["D1"] = "site"
    ws["A2"] = dt.datetime(2024, 1, 1, 1, 0, 0)
    ws["B2"] = 1234.567
    ws["D2"] = "  北厂  "
    ws["A3"] = dt.datetime(2024, 3, 31, 2, 0, 0)
    ws["B3"] = 0.30000000000000004  # written with %.16g as 0.3
    ws["A5"] = dt.date(2024, 7, 1)
    ws["B5"] = "=B2+B3"
    ws["C5"] = 12345678901234567890
    wb.create_sheet("Empty")
    wb.save(path("openpyxl.xlsx"))


class NoSeek(io.RawIOBase):
    """A write-only stream without seek(), so zipfile writes data descriptors."""

    def __init__(self, sink):
        self.sink = sink

    def writable(self):
        return True

    def write(self, b):
        self.sink.write(b)
        return len(b)


def descriptors():
    """descriptor.xlsx: meter.xlsx re-zipped with data descriptors after each entry."""
    sink = io.BytesIO()
    with zipfile.ZipFile(path("meter.xlsx")) as src, zipfile.ZipFile(NoSeek(sink), "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
    with open(path("descriptor.xlsx"), "wb") as f:
        f.write(sink.getvalue())


def not_a_workbook():
    """nowb.zip: a valid ZIP with no workbook in it."""
    with zipfile.ZipFile(path("nowb.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("hello.txt", "hello, not a spreadsheet\n")


def libreoffice_resave():
    """libreoffice.xlsx: meter.xlsx opened and saved again by LibreOffice Calc."""
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: libreoffice.xlsx left as it is")
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [soffice, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, path("meter.xlsx")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "HOME": tmp},
        )
        shutil.move(os.path.join(tmp, "meter.xlsx"), path("libreoffice.xlsx"))


if __name__ == "__main__":
    meter_xlsxwriter()
    epoch1904_xlsxwriter()
    inline_openpyxl()
    descriptors()
    not_a_workbook()
    libreoffice_resave()
