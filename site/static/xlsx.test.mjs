// Tests for xlsx.js. Run: node --test site/static/xlsx.test.mjs
// No npm packages: node:test, node:assert, node:zlib (only to build test
// archives by hand; the module itself uses DecompressionStream).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { readWorkbook, writeWorkbook } from "./xlsx.js";

const fixtures = fileURLToPath(new URL("../testdata/xlsx/", import.meta.url));
const fixture = (name) => new Uint8Array(readFileSync(fixtures + name));

// ------------------------------------------------------------ helpers

// A ZIP archive from [{name, data (string|Uint8Array), method = 8, ...overrides}].
function makeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : Buffer.from(e.data);
    const method = e.method ?? 8;
    const body = e.body ?? (method === 8 ? zlib.deflateRawSync(raw) : raw);
    const name = Buffer.from(e.name, "utf8");
    const crc = e.crc ?? zlib.crc32(raw);
    const usize = e.usize ?? raw.length;
    const flags = e.flags ?? 0;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(flags, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(body.length, 18);
    lh.writeUInt32LE(usize, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(flags, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(e.csize ?? body.length, 20);
    ch.writeUInt32LE(usize, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, body);
    centrals.push(ch, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A hand-written workbook: one sheet per entry of sheets (sheetData inner XML).
function handBook({ sheets, shared, styles, workbookPr = "" }) {
  const entries = [];
  const names = Object.keys(sheets);
  entries.push({
    name: "_rels/.rels",
    data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RT}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  });
  entries.push({
    name: "xl/workbook.xml",
    data:
      `<?xml version="1.0"?><workbook ${NS} ${RNS}>${workbookPr}<sheets>` +
      names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      "</sheets></workbook>",
  });
  let rels = names.map((n, i) => `<Relationship Id="rId${i + 1}" Type="${RT}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  if (shared) rels += `<Relationship Id="rS" Type="${RT}/sharedStrings" Target="sharedStrings.xml"/>`;
  if (styles) rels += `<Relationship Id="rT" Type="${RT}/styles" Target="/xl/styles.xml"/>`;
  entries.push({
    name: "xl/_rels/workbook.xml.rels",
    data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  });
  names.forEach((n, i) =>
    entries.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: `<worksheet ${NS}><sheetData>${sheets[n]}</sheetData></worksheet>` }),
  );
  if (shared) entries.push({ name: "xl/sharedStrings.xml", data: `<sst ${NS}>${shared}</sst>` });
  if (styles) entries.push({ name: "xl/styles.xml", data: `<styleSheet ${NS}>${styles}</styleSheet>` });
  return makeZip(entries);
}

// rejects checks that reading bytes fails with an XlsxError of code, and,
// when params is given, with exactly those parameters: the page words the
// code, so the code and its parameters are the whole answer.
async function rejects(bytes, code, params, opts) {
  await assert.rejects(readWorkbook(bytes, opts), (e) => {
    assert.equal(e.name, "XlsxError", `${e.name}: ${e.message}`);
    assert.equal(e.code, code);
    if (params !== undefined) assert.deepEqual(e.params, params);
    for (const v of Object.values(e.params)) assert.equal(typeof v, "string", "parameters are strings");
    return true;
  });
}

// ------------------------------------------------------------ third-party fixtures

test("meter.xlsx (XlsxWriter): shared strings in Chinese, dates, exact numbers, gap column", async () => {
  const { sheets } = await readWorkbook(fixture("meter.xlsx"));
  assert.deepEqual(
    sheets.map((s) => s.name),
    ["电表数据", "Notes"],
  );
  assert.deepEqual(sheets[0].rows, [
    ["开始时间", "电量(kWh)", "", "备注"],
    ["2024-01-01 00:00:00", "1234.567"],
    ["2024-01-01 01:00:00", "0.1", "", "峰"],
    ["2024-01-01 02:00:00", "12"],
    ["2024-01-01 03:00:00", "1E-05", "", "谷 & <夜>"],
    ["2024-01-01 04:00:00", "98765432.125"],
    ["2025-01-01 00:00:00", "3"], // 2024-12-31 23:59:59.6 rounds up into the new year
  ]);
  assert.deepEqual(sheets[1].rows, [
    ["Site 北厂 (main)"], // rich text runs joined
    ["TRUE", "FALSE"],
    ["#DIV/0!", "42", "ab"], // formula results: error, number, string
    ["2024-02-29 00:00:00", "1900-01-01 01:30:00", "01:30:00"], // built-in 14; hh:mm over and under one day
    ["1900-02-29 00:00:00", "1900-03-01 00:00:00", "", "", "  spaced  "], // serial 60 is Excel's phantom day
  ]);
});

test("descriptor.xlsx (zipfile, data descriptors) reads the same as meter.xlsx", async () => {
  assert.deepEqual(await readWorkbook(fixture("descriptor.xlsx")), await readWorkbook(fixture("meter.xlsx")));
});

test("libreoffice.xlsx (meter.xlsx saved again by LibreOffice Calc)", async () => {
  const lo = await readWorkbook(fixture("libreoffice.xlsx"));
  const want = await readWorkbook(fixture("meter.xlsx"));
  want.sheets[0].rows[4][1] = "1E-005"; // LibreOffice's own text for 0.00001, kept as written
  assert.deepEqual(lo, want);
});

test("openpyxl.xlsx: inline strings with character references, datetimes, empty row, formula without value", async () => {
  const { sheets } = await readWorkbook(fixture("openpyxl.xlsx").buffer); // ArrayBuffer input too
  assert.deepEqual(sheets, [
    {
      name: "Meter",
      rows: [
        ["开始时间", "电量(kWh)", "", "site"],
        ["2024-01-01 01:00:00", "1234.567", "", "  北厂  "],
        ["2024-03-31 02:00:00", "0.3"],
        [],
        ["2024-07-01 00:00:00", "", "1.234567890123457e+19"],
      ],
    },
    { name: "Empty", rows: [] },
  ]);
});

test("epoch1904.xlsx (XlsxWriter, date1904)", async () => {
  const { sheets } = await readWorkbook(fixture("epoch1904.xlsx"));
  assert.deepEqual(sheets, [
    {
      name: "Mac",
      rows: [
        ["开始时间", "电量(kWh)"],
        ["2024-01-01 01:00:00", "7.5"],
        ["1904-01-01 00:00:00"],
      ],
    },
  ]);
});

// ------------------------------------------------------------ hand-written parts

test("dates round to the nearest second from the exact decimal text", async () => {
  const cells = [
    ["45292.041666666664", "2024-01-01 01:00:00"],
    ["45292.04166666666", "2024-01-01 01:00:00"],
    ["45292.0416608796", "2024-01-01 00:59:59"], // 00:59:59.49…
    ["45292.9999999", "2024-01-02 00:00:00"],
    ["4.5292E4", "2024-01-01 00:00:00"],
    ["1", "1900-01-01 00:00:00"],
    ["59", "1900-02-28 00:00:00"],
    ["60", "1900-02-29 00:00:00"],
    ["61", "1900-03-01 00:00:00"],
    ["0.5", "1900-01-00 12:00:00"],
    ["2958465", "9999-12-31 00:00:00"],
    ["2958467", "2958467"], // past 9999: left as the number
    ["-1", "-1"],
    ["", ""],
  ];
  const row = cells.map(([v], i) => `<c r="A${i + 1}" s="1"><v>${v}</v></c>`).map((c, i) => `<row r="${i + 1}">${c}</row>`);
  const { sheets } = await readWorkbook(
    handBook({
      sheets: { S: row.join("") },
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs>',
    }),
  );
  assert.deepEqual(
    cells.map((_, i) => sheets[0].rows[i]?.[0] ?? ""), // the empty last row is dropped
    cells.map(([, want]) => want),
  );
});

test("which number formats are dates", async () => {
  const formats = [
    ['0.00\\ "kWh"', "45292.5"],
    ["[Red]0.00;[Blue]-0.00", "45292.5"],
    ['"day "0', "45292.5"],
    ["0.00E+00", "45292.5"],
    ["General", "45292.5"],
    ['yyyy"年"m"月"d"日"', "2024-01-01 12:00:00"],
    ["[$-804]yyyy/m/d h:mm", "2024-01-01 12:00:00"],
    ["mmm", "2024-01-01 12:00:00"],
    ["[h]:mm:ss", "1900-01-01 01:00:00"], // values of 45292.5 are elapsed time past a day
    ["h:mm AM/PM", "2024-01-01 12:00:00"],
  ];
  const numFmts = formats.map(([code], i) => `<numFmt numFmtId="${164 + i}" formatCode="${code.replace(/"/g, "&quot;")}"/>`).join("");
  const xfs = formats.map((_, i) => `<xf numFmtId="${164 + i}" fontId="0"/>`).join("");
  const cells = formats.map(([code], i) => `<c r="A${i + 1}" s="${i + 1}"><v>${code === "[h]:mm:ss" ? "1.0416666666666667" : "45292.5"}</v></c>`);
  const builtin = [31, 14, 22, 2, 49, 20];
  const bxfs = builtin.map((id) => `<xf numFmtId="${id}"/>`).join("");
  const bcells = builtin.map((id, i) => `<c r="B${i + 1}" s="${formats.length + 1 + i}"><v>0.25</v></c>`);
  const rows = formats.map((_, i) => `<row r="${i + 1}">${cells[i]}${bcells[i] || ""}</row>`).join("");
  const { sheets } = await readWorkbook(
    handBook({
      sheets: { S: rows },
      styles:
        `<numFmts>${numFmts}</numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>` +
        `<cellXfs><xf numFmtId="0"/>${xfs}${bxfs}</cellXfs>`,
    }),
  );
  assert.deepEqual(
    sheets[0].rows.map((r) => r[0]),
    formats.map(([, want]) => want),
  );
  assert.deepEqual(
    sheets[0].rows.slice(0, builtin.length).map((r) => r[1]),
    ["1900-01-00 06:00:00", "1900-01-00 06:00:00", "1900-01-00 06:00:00", "0.25", "0.25", "06:00:00"],
  );
});

test("XML details: entities, CDATA, prefixes, phonetic runs, _xHHHH_, cells without r, t=d", async () => {
  const shared =
    "<si><t>a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#20013;&#x6587; &unknown;</t></si>" +
    '<si><r><t xml:space="preserve">北 </t></r><r><rPr><b/></rPr><t>厂</t></r><rPh sb="0" eb="1"><t>ベイ</t></rPh><phoneticPr fontId="1"/></si>' +
    "<si><t>line_x000D_\r\nnext_x005F_x0041_</t></si>" +
    "<si><t/></si>";
  const sheet =
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>0</v></c></row>' +
    '<row r="2"><c t="inlineStr"><is><t><![CDATA[<raw> & ]]></t><t>x</t></is></c><c><v>7</v></c><c r="F2" t="str"><v>s&amp;t</v></c></row>' +
    '<row r="4"><c r="$B$4" t="d"><v>2024-01-01T01:00:00.6Z</v></c><c r="c4" t="e"><v>#N/A</v></c><c r="D4" t="b"><v>1</v></c></row>';
  const bytes = handBook({ sheets: { "A &amp; B": sheet }, shared });
  const { sheets } = await readWorkbook(bytes);
  assert.equal(sheets[0].name, "A & B");
  assert.deepEqual(sheets[0].rows, [
    ['a&b <c> "d" \'e\' 中文 &unknown;', "北 厂", "line\r\nnext_x0041_", "", 'a&b <c> "d" \'e\' 中文 &unknown;'],
    ["<raw> & x", "7", "", "", "", "s&t"],
    [],
    ["", "2024-01-01 01:00:01", "#N/A", "TRUE"],
  ]);

  // the same workbook written with namespace prefixes (x:), as some .NET writers do
  const prefixed = makeZip([
    { name: "xl/workbook.xml", data: `<x:workbook xmlns:x="urn:x" ${RNS}><x:sheets><x:sheet name="P" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>` },
    { name: "xl/_rels/workbook.xml.rels", data: `<Relationships><Relationship Id="rId1" Type="${RT}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>` },
    { name: "xl/worksheets/sheet1.xml", data: `<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>p</x:t></x:is></x:c><x:c r="C1"><x:v>1.50</x:v></x:c></x:row></x:sheetData></x:worksheet>` },
  ]);
  assert.deepEqual(await readWorkbook(prefixed), { sheets: [{ name: "P", rows: [["", "p", "1.50"]] }] });
});

// ------------------------------------------------------------ errors

test("errors by code and parameters", async (t) => {
  const meter = fixture("meter.xlsx");
  await t.test("not bytes is the caller's mistake, not the file's", () => assert.rejects(readWorkbook("PK"), TypeError));
  await t.test("empty", () => rejects(new Uint8Array(0), "xlsx.empty", {}));
  await t.test("not a zip", () => rejects(new TextEncoder().encode("time,kWh\n2024-01-01,1\n"), "xlsx.not_zip", {}));
  await t.test("xls or password-protected", () => rejects(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "xlsx.legacy", {}));
  await t.test("truncated: end of archive cut off", () => rejects(meter.subarray(0, meter.length - 30), "xlsx.truncated", {}));
  await t.test("truncated: half the file", () => rejects(meter.subarray(0, meter.length >> 1), "xlsx.truncated", {}));
  await t.test("no workbook", () => rejects(fixture("nowb.zip"), "xlsx.no_workbook", {}));
  await t.test("ods", () => rejects(makeZip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", method: 0 }]), "xlsx.ods", {}));
  await t.test("encrypted entry", () => rejects(makeZip([{ name: "xl/workbook.xml", data: "<workbook/>", flags: 1 }]), "xlsx.encrypted", {}));
  await t.test("unsupported method", () =>
    rejects(makeZip([{ name: "xl/workbook.xml", data: "<workbook/>", method: 12 }]), "xlsx.compression", { method: "12", part: "xl/workbook.xml" }),
  );
  await t.test("zip64", () => {
    const z = makeZip([{ name: "xl/workbook.xml", data: "<workbook/>" }]);
    new DataView(z.buffer).setUint16(z.length - 22 + 10, 0xffff, true);
    return rejects(z, "xlsx.zip64", {});
  });
  await t.test("several volumes", () => {
    const z = makeZip([{ name: "xl/workbook.xml", data: "<workbook/>" }]);
    new DataView(z.buffer).setUint16(z.length - 22 + 4, 1, true); // this disk's number
    return rejects(z, "xlsx.volumes", {});
  });
  await t.test("checksum", () => rejects(makeZip([{ name: "xl/workbook.xml", data: "<workbook/>", crc: 1234 }]), "xlsx.checksum", { part: "xl/workbook.xml" }));
  await t.test("corrupt deflate", () =>
    rejects(makeZip([{ name: "xl/workbook.xml", data: "<workbook/>", body: Buffer.from([0xff, 0xff, 0xff, 0xff]) }]), "xlsx.inflate", { part: "xl/workbook.xml" }),
  );
  await t.test("malformed XML", () => rejects(makeZip([{ name: "xl/workbook.xml", data: "<workbook><sheets" }]), "xlsx.xml", { part: "xl/workbook.xml" }));
  await t.test("no sheets", () => rejects(makeZip([{ name: "xl/workbook.xml", data: "<workbook/>" }]), "xlsx.no_sheets", {}));
  await t.test("missing sheet part", () =>
    rejects(makeZip([{ name: "xl/workbook.xml", data: '<workbook><sheets><sheet name="Lost" sheetId="1"/></sheets></workbook>' }]), "xlsx.sheet_missing", { sheet: "Lost" }),
  );
  await t.test("missing shared string", () =>
    rejects(handBook({ sheets: { S: '<row r="3"><c r="B3" t="s"><v>4</v></c></row>' } }), "xlsx.shared_string", { cell: "B3", sheet: "S" }),
  );
  await t.test("missing shared string of a cell without a reference", () =>
    rejects(handBook({ sheets: { S: '<row r="2"><c><v>1</v></c><c t="s"><v>4</v></c></row>' } }), "xlsx.shared_string", { cell: "B2", sheet: "S" }),
  );
  await t.test("bad cell reference", () =>
    rejects(handBook({ sheets: { S: '<row r="1"><c r="ZZZZ1"><v>1</v></c></row>' } }), "xlsx.cell_ref", { ref: "ZZZZ1", sheet: "S" }),
  );
  await t.test("bad row number", () => rejects(handBook({ sheets: { 表一: '<row r="0"><c><v>1</v></c></row>' } }), "xlsx.row_number", { row: "0", sheet: "表一" }));
  await t.test("declared size over the cap", () =>
    rejects(makeZip([{ name: "xl/workbook.xml", data: "<workbook/>", usize: 300 * 1024 * 1024 }]), "xlsx.too_big", { mb: "200" }),
  );
  await t.test("zip bomb that lies about its size", () => {
    // 26 × 8 MiB of zeros in a few hundred kilobytes, declared as 11 bytes
    const chunk = zlib.deflateRawSync(Buffer.alloc(8 << 20), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    const body = Buffer.concat([...Array(26).fill(chunk), Buffer.from([3, 0])]);
    return rejects(makeZip([{ name: "xl/workbook.xml", data: "<workbook/>", body }]), "xlsx.too_big", { mb: "200" });
  });
  await t.test("more cells than maxCells", () => rejects(fixture("meter.xlsx"), "xlsx.too_many_cells", { max: "20" }, { maxCells: 20 }));
  await t.test("a gap counts as cells", () =>
    rejects(handBook({ sheets: { S: '<row r="1"><c r="XFD1"><v>1</v></c></row>' } }), "xlsx.too_many_cells", { max: "1000" }, { maxCells: 1000 }),
  );
  await t.test("maxCells exactly enough", async () => {
    const { sheets } = await readWorkbook(fixture("epoch1904.xlsx"), { maxCells: 5 });
    assert.equal(sheets[0].rows.length, 3);
  });
});

test("never crashes: random damage to real files gives a workbook or a clear Error", async () => {
  let seed = 42;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed % n;
  };
  const originals = ["meter.xlsx", "openpyxl.xlsx", "epoch1904.xlsx"].map(fixture);
  // stored entries too, so damage reaches the XML and not only the deflate streams
  originals.push(writeWorkbook([{ name: "W", rows: [["a", 1, "2.5"], [null, "<&>"]] }]));
  let ok = 0;
  for (let i = 0; i < 400; i++) {
    const b = originals[i % originals.length].slice();
    const k = 1 + rand(8);
    for (let j = 0; j < k; j++) {
      const p = rand(b.length);
      if (rand(3) === 0) b[p] = rand(256);
      else b[p] ^= 1 << rand(8);
    }
    const input = rand(10) === 0 ? b.subarray(0, rand(b.length)) : b;
    try {
      await readWorkbook(input);
      ok++;
    } catch (e) {
      assert.equal(e.name, "XlsxError", `${e.name}: ${e.message}`);
      assert.match(e.code, /^xlsx\.[a-z_0-9]+$/);
      assert.equal(e.cause, undefined, `unforeseen failure: ${e.cause && e.cause.stack}`);
    }
  }
  assert.ok(ok < 400);
});

test("never crashes: random damage to the XML parts (with good checksums)", async () => {
  let seed = 7;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed % n;
  };
  const parts = {
    workbook: `<workbook ${NS} ${RNS}><workbookPr date1904="1"/><sheets><sheet name="S&amp;1" sheetId="1" r:id="rId1"/><sheet name="T" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    sheet:
      '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="1"><v>1</v></c><c r="D1" t="inlineStr"><is><r><t>x</t></r><rPh><t>y</t></rPh></is></c></row>' +
      '<row r="3"><c r="A3" s="1"><v>45292.041666666664</v></c><c r="B3"><f>A3*2</f><v>1.5E+3</v></c><c r="C3" t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c r="F3" t="d"><v>2024-01-01T00:00:00</v></c></row>',
    shared: '<si><t xml:space="preserve">开始时间 &#x41;</t></si><si><r><t>电量</t></r><r><t>(kWh)</t></r></si>',
    styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot; h:mm"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
  };
  const noise = ['<', '>', '"', "'", "&", "/", "=", " ", "0", "9", "A", "]]>", "<![CDATA[", "<!--", "&#x110000;", "&#0;", "<c>", "</row>", "r=\"ZZ1\"", "t=\"s\"", "E", "."];
  const mutate = (s) => {
    let t = s;
    for (let k = 1 + rand(4); k > 0; k--) {
      const p = rand(t.length + 1);
      const op = rand(3);
      if (op === 0) t = t.slice(0, p) + noise[rand(noise.length)] + t.slice(p);
      else if (op === 1) t = t.slice(0, p) + t.slice(p + 1 + rand(6));
      else t = t.slice(0, p) + t.slice(rand(t.length));
    }
    return t;
  };
  for (let i = 0; i < 600; i++) {
    const which = ["workbook", "sheet", "shared", "styles"][i % 4];
    const p = { ...parts, [which]: mutate(parts[which]) };
    const bytes = makeZip([
      { name: "xl/workbook.xml", data: p.workbook },
      { name: "xl/_rels/workbook.xml.rels", data: `<Relationships><Relationship Id="rId1" Type="${RT}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${RT}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rS" Type="${RT}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${RT}/styles" Target="styles.xml"/></Relationships>` },
      { name: "xl/worksheets/sheet1.xml", data: `<worksheet ${NS}><sheetData>${p.sheet}</sheetData></worksheet>`, method: i % 2 ? 8 : 0 },
      { name: "xl/sharedStrings.xml", data: `<sst ${NS}>${p.shared}</sst>` },
      { name: "xl/styles.xml", data: `<styleSheet ${NS}>${p.styles}</styleSheet>` },
    ]);
    try {
      const { sheets } = await readWorkbook(bytes);
      for (const s of sheets) for (const r of s.rows) for (const c of r) assert.equal(typeof c, "string");
    } catch (e) {
      assert.equal(e.name, "XlsxError", `${e.name}: ${e.message}`);
      assert.equal(e.cause, undefined, `unforeseen failure on ${which}: ${e.cause && e.cause.stack}\n${p[which]}`);
    }
  }
});

// ------------------------------------------------------------ writer

test("writeWorkbook round-trips through readWorkbook", async () => {
  const rows = [
    ["开始时间", "电量(kWh)", null, "备注"],
    ["2024-01-01 00:00:00", "1234.567", 12, "a & b <c>"],
    ["007", "-0.5", 1.5e-7, "  padded  "],
    ["12345678901234567890", "0.1000", -0, "tab\there\nnew line\r\nCRLF"],
    [true, false, "ctrl\u0001char", "literal _x0041_ stays"],
    [],
    [undefined, "", "1e5", "=SUM(A1:A2)"],
  ];
  const bytes = writeWorkbook([
    { name: "Results", rows },
    { name: "Results", rows: [["dup"]] },
    { name: "a/b:c*d?[e]\\f and a name far longer than thirty-one characters", rows: [[1]] },
    { name: "", rows: [] },
  ]);
  assert.ok(bytes instanceof Uint8Array);
  const { sheets } = await readWorkbook(bytes);
  assert.deepEqual(
    sheets.map((s) => s.name),
    ["Results", "Results (2)", "a_b_c_d__e__f and a name far lo", "Sheet4"],
  );
  assert.deepEqual(sheets[0].rows, [
    ["开始时间", "电量(kWh)", "", "备注"],
    ["2024-01-01 00:00:00", "1234.567", "12", "a & b <c>"],
    ["007", "-0.5", "1.5e-7", "  padded  "],
    ["12345678901234567890", "0.1000", "0", "tab\there\nnew line\r\nCRLF"],
    ["TRUE", "FALSE", "ctrl\u0001char", "literal _x0041_ stays"],
    [],
    ["", "", "1e5", "=SUM(A1:A2)"],
  ]);

  // exact decimal strings are numeric cells with their text kept; codes and long ids stay text
  const xml = new TextDecoder().decode(bytes);
  assert.ok(xml.includes('<c r="B2"><v>1234.567</v></c>'));
  assert.ok(xml.includes('<c r="B4"><v>0.1000</v></c>'));
  assert.ok(xml.includes('<c r="A3" t="inlineStr"><is><t>007</t></is></c>'));
  assert.ok(xml.includes('<c r="A4" t="inlineStr">'));
  assert.ok(xml.includes('<c r="C7" t="inlineStr">'), '"1e5" is not a plain decimal');
  // deterministic
  assert.deepEqual(writeWorkbook([{ name: "Results", rows }]), writeWorkbook([{ name: "Results", rows }]));
});

test("writeWorkbook refuses what Excel cannot hold", () => {
  assert.throws(() => writeWorkbook([]), /at least one sheet/);
  assert.throws(() => writeWorkbook([{ name: "x", rows: [new Array(16385).fill(1)] }]), /at most 16384/);
});

// ------------------------------------------------------------ speed

test("reads 100,000 rows × 3 columns", async () => {
  const rows = [["开始时间", "电量(kWh)", "site"]];
  for (let i = 0; i < 100_000; i++) rows.push([String(45292 + i / 24), (i * 1.25).toFixed(3), "北厂"]);
  const bytes = writeWorkbook([{ name: "big", rows }]);
  const { sheets } = await readWorkbook(bytes);
  assert.equal(sheets[0].rows.length, 100_001);
  assert.deepEqual(sheets[0].rows[100_000], [String(45292 + 99_999 / 24), (99_999 * 1.25).toFixed(3), "北厂"]);
});
