// Import of interval data: a CSV or XLSX file is read by the core, once,
// and what it found is shown for the user to accept, meter by meter, for a
// facility or a plant. The core names each problem of a file by code,
// row, column and meter; the page says it in its language.

import { $, $$, labelOf } from "./dom.js";
import { W, fill, locale, group } from "./text.js";
import { state } from "./state.js";
import { readMeter } from "./engine.js";
import { bindAll, changed, facilityLabel, lists } from "./form.js";
import { say } from "./words.js";

const meterFile = $("#meter-file");
const meterErr = $("#meter-file-err");
const progressBox = $("#meter-progress-box");
const progress = $("#meter-progress");
const preview = $("#meter-preview");
const xlsxPick = $("#xlsx-pick");
const unitSel = $("#xlsx-unit");
let found = null; // {name, out} of a file read but not yet accepted
let workbook = null;
let refused = null; // {name, input, cell, again} of a file refused for its unit: choosing one reads it again

// loadXLSX fetches the workbook module, only when a workbook is opened.
export const loadXLSX = () => import("./xlsx.js");

const meterError = (msg) => {
  meterErr.textContent = labelOf(meterFile) + ": " + msg;
  meterErr.hidden = false;
  meterFile.setAttribute("aria-invalid", "true");
  state.meter = "refused";
};
const resetImport = () => {
  meterErr.hidden = true;
  meterFile.removeAttribute("aria-invalid");
  preview.hidden = true;
  xlsxPick.hidden = true;
  $("#meter-accepted").hidden = true;
  found = null;
  refused = null;
};

// utf8 tells whether bytes are UTF-8; when they are not, the file is
// decoded here (GB18030, a superset of GBK, as Chinese utility exports
// often are) and its text goes to the core instead.
const utf8 = (buf) => {
  if (ascii(buf)) return true;
  try { new TextDecoder("utf-8", { fatal: true }).decode(buf); return true; } catch (_) { return false; }
};
// ascii tells whether every byte is below 0x80, as in most meter exports,
// which are then UTF-8 without a decoding to tell it: four bytes a step.
const ascii = (buf) => {
  const n = buf.byteOffset % 4 ? 0 : buf.length >> 2;
  const words = new Uint32Array(buf.buffer, buf.byteOffset, n);
  for (let i = 0; i < n; i++) if (words[i] & 0x80808080) return false;
  for (let i = n * 4; i < buf.length; i++) if (buf[i] & 0x80) return false;
  return true;
};
// decode reads UTF-16 when the file starts with its byte-order mark (as
// Excel's "Unicode text" does), else UTF-8 or GB18030.
const decode = (buf) => {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf);
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf);
  return new TextDecoder(utf8(buf) ? "utf-8" : "gb18030").decode(buf);
};
const readWithProgress = async (file) => {
  const parts = [];
  let got = 0;
  const reader = file.stream().getReader();
  progress.value = 0;
  progressBox.hidden = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    got += value.length;
    progress.value = Math.round((got / Math.max(file.size, 1)) * 90);
  }
  const buf = new Uint8Array(got);
  let at = 0;
  for (const p of parts) { buf.set(p, at); at += p.length; }
  return buf;
};

// placeOf says where in the file a problem is: the sheet's cell when the
// text was made from a sheet (cell turns the text's row and column into
// the sheet's "B7"), else the row and column, and the meter of a file of
// several.
const placeOf = (e, cell) => {
  const at = [];
  if (e.meter) at.push(fill(W.AtMeter, { meter: e.meter }));
  if (e.row && cell) at.push(fill(W.AtCell, { cell: cell(e.row, e.column || 0) }));
  else if (e.row) at.push(fill(e.column ? W.AtRowColumn : W.AtRow, { row: e.row, column: e.column }));
  return at.length ? at.join(" · ") + ": " : "";
};

// read has the core read a file, once: its bytes as they are when they
// are UTF-8 (no conversion of a large file's text on either side; they
// are handed to the engine, not copied, and gone from here after), else
// the text decoded here; with the unit chosen, for a header naming none.
// again reads the bytes anew, for a file refused for its unit.
const read = async (name, input, cell, again) => {
  progress.removeAttribute("value"); // the core reads it: no measure of progress
  const out = await readMeter(input, unitSel.value);
  progressBox.hidden = true;
  if (out.errors) {
    meterError(name + " — " + out.errors.slice(0, 8).map((e) => placeOf(e, cell) + say(e)).join(" "));
    if (out.errors.some((e) => e.code === "meter.unit_missing" || e.code === "meter.unit_unknown" || e.code === "meter.unit_conflict")) refused = { name, input, cell, again };
    return;
  }
  found = { name, out };
  showFound();
};
unitSel.addEventListener("change", async () => {
  const r = refused;
  if (!r || !unitSel.value) return;
  resetImport();
  state.meter = "reading";
  progressBox.hidden = false;
  read(r.name, r.again ? await r.again() : r.input, r.cell, r.again);
});

// kWhEnds are the decimals of a kWh figure by its last three digits of
// watt-hours: ".000" to ".999".
const kWhEnds = Array.from({ length: 1000 }, (_, f) => "." + String(f).padStart(3, "0"));
// hourlyOf is meter i of a file read as the project keeps it: kWh with
// three decimals as text, as the core writes them (1500 Wh → "1.500"),
// made from the whole watt-hours the core handed over, only for a meter
// the user takes.
const hourlyOf = (out, i) => {
  let at = 0;
  for (let k = 0; k < i; k++) at += out.meters[k].hours;
  const values = [];
  for (const wh of out.hours.subarray(at, at + out.meters[i].hours)) {
    const k = Math.floor(wh / 1000);
    values.push(k + kWhEnds[wh - k * 1000]);
  }
  return { step_minutes: 60, values };
};
const when = (t) => (t || "").slice(0, 16).replace("T", " ");
const whText = (wh) => { try { return group(String((BigInt(wh) + 500n) / 1000n)); } catch (_) { return String(wh); } };
const showFound = () => {
  const t0 = performance.now();
  const s = found.out.summary;
  const header = s.header || [];
  const doc = state.doc;
  $("#meter-found").textContent = fill(W.Detected, { rows: s.rows.toLocaleString(locale), step: s.step_minutes,
    time: header[s.time_column - 1] || "", value: header[s.value_column - 1] || "", unit: s.unit, first: when(s.first), last: when(s.last), total: whText(s.total_wh) });
  const ms = found.out.meters;
  const targets = [["", W.Skip], ...doc.facilities.map((f, i) => ["f:" + i, facilityLabel(f, i)]),
    ...doc.supplies.map((x, i) => ["s:" + i, lists.supplies.title(x, i)])];
  const byName = (m, i) => {
    const f = doc.facilities.findIndex((x) => m.id && (x.id === m.id || x.name === m.id));
    if (f >= 0) return "f:" + f;
    const k = doc.supplies.findIndex((x) => m.id && (x.id === m.id || x.name === m.id));
    if (k >= 0) return "s:" + k;
    return i < doc.facilities.length ? "f:" + i : "";
  };
  $("tbody", preview).replaceChildren(...ms.map((m, i) => {
    const row = document.getElementById("tpl-meter-row").content.firstElementChild.cloneNode(true);
    $("[data-meter-id]", row).textContent = m.id || found.name;
    $("[data-meter-summary]", row).textContent = fill(W.MeterRow, { rows: m.rows.toLocaleString(locale), first: when(m.first), last: when(m.last), total: whText(m.total_wh) });
    const sel = $("select", row);
    sel.id = "m-use-" + i;
    $("label", row).htmlFor = sel.id;
    sel.replaceChildren(...targets.map(([v, l]) => new Option(l, v)));
    sel.value = byName(m, i);
    return row;
  }));
  preview.hidden = false;
  state.meter = "read";
  state.timing.meterShow = performance.now() - t0; // the preview painted
  state.timing.meterRead = performance.now() - state.timing.meterStart;
  $("#meter-accept").focus();
};

meterFile.addEventListener("change", async (e) => {
  const file = e.target.files[0];
  e.target.value = ""; // choosing a file again, even the same one, reads it again
  if (!file) return;
  state.timing.meterStart = performance.now();
  resetImport();
  state.meter = "reading";
  if (file.size > 40 << 20) { meterError(fill(W.TooBig, { size: (file.size / 1048576).toFixed(1) })); return; }
  const bytes = await readWithProgress(file);
  state.timing.meterReadFile = performance.now() - state.timing.meterStart;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (zip || /\.xlsx$/i.test(file.name)) {
    try {
      const mod = await loadXLSX();
      workbook = { name: file.name, book: await mod.readWorkbook(bytes) };
    } catch (err) {
      progressBox.hidden = true;
      meterError(W.XLSXFailed + " (" + file.name + "): " + say(err)); // an XlsxError: a code with params
      return;
    }
    progressBox.hidden = true;
    pickSheet();
    return;
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const t0 = performance.now();
  const input = utf16 || !utf8(bytes) ? decode(bytes) : bytes;
  state.timing.meterCheck = performance.now() - t0; // the encoding told, and a file not UTF-8 decoded
  await read(file.name, input, undefined, input === bytes ? async () => new Uint8Array(await file.arrayBuffer()) : undefined);
});

// XLSX: the user picks the sheet and the two columns; the page writes
// them as CSV for the same reader.
const sheetSel = $("#xlsx-sheet");
// The header is the first row naming at least two columns: a title line
// above it is passed over.
const headerRow = (rows) => rows.findIndex((r) => r.filter((c) => c !== "").length >= 2);
const pickSheet = () => {
  sheetSel.replaceChildren(...workbook.book.sheets.map((s, i) => new Option(s.name, String(i))));
  pickColumns();
  xlsxPick.hidden = false;
  state.meter = "sheet";
  sheetSel.focus();
};
const pickColumns = () => {
  const rows = workbook.book.sheets[Number(sheetSel.value) || 0].rows;
  const h = rows[Math.max(headerRow(rows), 0)] || [];
  const opts = () => h.map((c, i) => new Option((c || "—") + " (" + (i + 1) + ")", String(i)));
  $("#xlsx-time").replaceChildren(...opts());
  $("#xlsx-value").replaceChildren(...opts());
  $("#xlsx-value").value = String(Math.min(1, h.length - 1));
};
sheetSel.addEventListener("change", pickColumns);
$("#xlsx-read").addEventListener("click", async () => {
  const sheet = workbook.book.sheets[Number(sheetSel.value) || 0];
  const rows = sheet.rows;
  const t = Number($("#xlsx-time").value), v = Number($("#xlsx-value").value);
  const q = (c) => (/[",;\t\n]/.test(c) ? '"' + c.replace(/"/g, '""') + '"' : c);
  const h = Math.max(headerRow(rows), 0);
  // The header keeps the sheet's name of the energy column, and so its unit.
  const lines = ["Start," + q(rows[h][v] || "Energy")];
  for (const r of rows.slice(h + 1)) lines.push(q(r[t] || "") + "," + q(r[v] || ""));
  const letter = (i) => (i >= 26 ? letter(Math.floor(i / 26) - 1) : "") + String.fromCharCode(65 + (i % 26));
  // Row r of the text is row h + r of the sheet; its column 1 is the time
  // column, 2 the energy column.
  const cell = (r, c) => (c ? letter(c === 1 ? t : v) : "") + String(h + r);
  xlsxPick.hidden = true;
  progressBox.hidden = false;
  await read(workbook.name + " · " + sheet.name, lines.join("\n") + "\n", cell);
});

$("#meter-cancel").addEventListener("click", () => { resetImport(); meterFile.focus(); });
$("#meter-accept").addEventListener("click", () => {
  const t0 = performance.now();
  const doc = state.doc;
  const ms = found.out.meters;
  const uses = $$("tbody select", preview).map((s) => s.value);
  const start = ms.map((m, i) => (uses[i] ? m.start.slice(0, 7) : "")).find(Boolean);
  // Until readings are entered, the period is the file's; after, a file
  // for another period is refused rather than moving the bills.
  const entered = doc.facilities.some((f) => f.electricity.annual || (f.electricity.monthly || []).some((v) => v !== "") || f.electricity.hourly) ||
    doc.supplies.some((x) => x.generation || x.solar);
  if (start && doc.period.start && start !== doc.period.start && entered) {
    meterError(fill(W.PeriodMismatch, { start, period: doc.period.start }));
    return;
  }
  if (start) doc.period.start = start;
  ms.forEach((m, i) => {
    const [kind, n] = uses[i].split(":");
    if (!kind) return;
    const hourly = hourlyOf(found.out, i);
    hourly.meter = (m.id ? m.id + " · " : "") + found.name.slice(0, 150); // the series names its meter: the page and the report read it there
    if (kind === "f") {
      const f = doc.facilities[Number(n)];
      f.electricity.hourly = hourly;
      f._mode = "hourly";
    } else if (kind === "s") {
      const s = doc.supplies[Number(n)];
      s.generation = hourly;
      s.unit = "kWh";
      s._gen = "meter";
    }
  });
  state.timing.meterAccept = performance.now() - t0; // the series made and put into the project
  resetImport();
  $("#meter-accepted").hidden = false;
  bindAll();
  changed();
  meterFile.focus();
});
