// Run with: node --test site/static/csv.test.mjs (make test does).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { csvRows } from "./csv.js";

const root = new URL("../../", import.meta.url);

test("a factor table as committed: a header and a row per factor", () => {
  const rows = csvRows(readFileSync(new URL("worker/testdata/store/example-park-2025/1/example-park-2025.csv", root), "utf8"));
  assert.deepEqual(rows[0], ["key", "name_en", "name_zh", "value", "unit", "notes"]);
  assert.deepEqual(rows.slice(1).map((r) => [r[0], r[2], r[3]]),
    [["example-park-east", "示例园区东区电网（测试数据）", "0.4000"], ["example-park-west", "示例园区西区电网（测试数据）", "0.2500"]]);
});

test("quotes, commas, doubled quotes and line breaks inside a field; CRLF lines", () => {
  assert.deepEqual(csvRows('key,name_en\r\na,"Park ""East"", zone 1"\r\nb,"two\r\nlines"\r\nc,last'),
    [["key", "name_en"], ["a", 'Park "East", zone 1'], ["b", "two\nlines"], ["c", "last"]]);
});

test("empty fields and a final line break", () => {
  assert.deepEqual(csvRows("a,,c\n,,\n"), [["a", "", "c"], ["", "", ""]]);
});
