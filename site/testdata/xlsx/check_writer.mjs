// One-off check that third-party readers open what writeWorkbook writes and
// read the same values. Not part of `node --test`: it needs openpyxl
// (apt-get install python3-openpyxl) and, optionally, LibreOffice
// (apt-get install libreoffice-calc-nogui).
//
//   node site/testdata/xlsx/check_writer.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbook, readWorkbook } from "../../static/xlsx.js";

const sheets = [
  {
    name: "Results",
    rows: [
      ["开始时间", "电量(kWh)", null, "备注"],
      ["2024-01-01 00:00:00", "1234.567", 12, "a & b <c> \"q\""],
      ["007", "-0.5", 1.5e-7, "  padded  "],
      ["12345678901234567890", "0.1000", 0.30000000000000004, "two\nlines"],
      [true, false, "ctrl\u0001char", "literal _x0041_ stays"],
    ],
  },
  { name: "Results", rows: [["dup"]] },
  { name: "a/b:c*d?[e]\\f and a name far longer than thirty-one characters", rows: [[1, "x"]] },
];
const dir = mkdtempSync(join(tmpdir(), "xlsx-check-"));
const file = join(dir, "out.xlsx");
writeFileSync(file, writeWorkbook(sheets));
const mine = await readWorkbook(readFileSync(file));

// openpyxl: values as Python sees them, with the type of each cell
const py = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        rows.append([[c.coordinate, c.data_type, c.value if not isinstance(c.value, float) else repr(c.value)] for c in row if c.value is not None])
    out.append({"name": ws.title, "rows": rows})
print(json.dumps(out, ensure_ascii=False))
`;
const got = JSON.parse(execFileSync("/usr/bin/python3", ["-c", py, file], { encoding: "utf8" }));
console.log("openpyxl", JSON.stringify(got, null, 0));
let bad = 0;
for (let s = 0; s < got.length; s++) {
  if (got[s].name !== mine.sheets[s].name) bad++, console.log("name differs", got[s].name, mine.sheets[s].name);
  for (const row of got[s].rows) {
    for (const [coord, type, value] of row) {
      const m = /^([A-Z]+)(\d+)$/.exec(coord);
      const col = [...m[1]].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const want = mine.sheets[s].rows[Number(m[2]) - 1][col];
      const seen = type === "b" ? (value ? "TRUE" : "FALSE") : String(value);
      // openpyxl turns numbers into int/float: compare numerically for those
      const same = type === "n" ? Number(seen) === Number(want) : seen === want;
      // openpyxl 3.0.9 leaves SpreadsheetML's _xHHHH_ escapes undecoded in
      // inline strings (Excel and LibreOffice decode them): known, not ours
      const known = !same && seen.replace(/_x([0-9A-F]{4})_/g, (_, h) => String.fromCharCode(parseInt(h, 16))) === want;
      if (known) console.log("known openpyxl difference", coord, JSON.stringify(seen), JSON.stringify(want));
      else if (!same) bad++, console.log("differs", got[s].name, coord, type, JSON.stringify(seen), JSON.stringify(want));
    }
  }
}

// LibreOffice, when installed: convert each sheet to CSV and show it
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);
if (soffice) {
  execFileSync(soffice, ["--headless", "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', "--outdir", dir, file], { stdio: "ignore", env: { ...process.env, HOME: dir } });
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".csv")).sort()) {
    console.log(`LibreOffice ${f}:\n` + readFileSync(join(dir, f), "utf8"));
  }
} else console.log("LibreOffice not installed: skipped");
console.log(bad === 0 ? "OK: openpyxl reads the same values" : `${bad} differences`);
process.exit(bad === 0 ? 0 : 1);
