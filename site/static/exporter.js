// Exports: the project file, and the result as CSV and XLSX, for people.
// The tables are built here from the result already computed (no second
// calculation, no text read back), with headers in the page's language
// and a header block saying what they are: company, period, when, app
// and table versions, and the hash of the input computed.

import { $, download } from "./dom.js";
import { W, fill, resultsText as t } from "./text.js";
import { state } from "./state.js";
import { projectFile, fileText } from "./project.js";
import { meta } from "./compute.js";
import { factorsUsed, periodOf, namer } from "./results.js";
import { loadXLSX } from "./importer.js";
import { label, say } from "./words.js";
import { sources } from "./tables.js";

// fileName is "<company>-<period>-greenline.<ext>", with what a file
// name cannot hold replaced.
export const fileName = (p, ext) => {
  const parts = [p.organisation || p.name, p.period && p.period.start, "greenline"].filter(Boolean);
  return parts.join("-").replace(/[\\/:*?"<>|\s]+/g, "-") + "." + ext;
};

const pct = (s) => (s && s.percent !== undefined ? s.percent : "");

// headerBlock is the rows saying what the tables are.
const headerBlock = async (shown) => {
  const r = t.report;
  const m = await meta(shown);
  const p = shown.project;
  const per = periodOf(p);
  const rows = [[r.title], [r.organisation, p.organisation || ""], [r.project, p.name || ""],
    [r.period, per ? per.from + " – " + per.to : ""], [r.generated, shown.at.toISOString().slice(0, 16).replace("T", " ") + " UTC"],
    [r.appVersion, m.appVersion], [r.tableVersions, sources(factorsUsed(shown.result).tables).map((x) => x.text).join("; ")], [r.inputHash, m.inputHash]];
  if (state.errors.length) rows.push([W.StaleMark, fill(W.StaleSince, { time: shown.at.toLocaleString(t.locale) })]);
  return rows;
};

// parts are the tables of a result, one per part: the organisation, its
// facilities, their months, the users of each shared supply, the products
// and their CBAM lines. Each is {name, rows}, its first row the header.
export const parts = (result, project) => {
  const fig = (f) => (f ? [f.value, f.unit] : ["", ""]);
  const nm = namer(t, project, result);
  const facility = nm;
  const out = [];
  out.push({ name: t.orgHeading, rows: [[t.exportFigure, t.exportValue, t.exportUnit, t.exact],
    [t.scope1, ...fig(result.scope1), result.scope1 && result.scope1.exact],
    [t.locationBased, ...fig(result.location_based), result.location_based.exact],
    [t.marketBased, ...fig(result.market_based), result.market_based.exact]] });
  out.push({ name: t.facilitiesHeading, rows: [[t.colFacility, t.electricity, t.exportUnit, t.scope1, t.locationBased, t.marketBased, t.exportUnit, t.hourlyMatched + " %", t.annual + " %"],
    ...(result.facilities || []).map((f) => [nm(f.id), ...fig(f.energy), f.scope1 ? f.scope1.value : "", f.location_based.value, f.market_based.value, f.market_based.unit,
      f.matching ? pct(f.matching.hourly) : "", f.matching ? pct(f.matching.annual) : ""])] });
  const months = [[t.colFacility, t.month, t.load, ...["direct", "ppa", "certificates", "supplier", "grid"].map((k) => t.sources[k]), t.exportUnit]];
  for (const f of result.facilities || []) {
    for (const m of f.monthly || []) months.push([nm(f.id), m.month, m.load, m.direct, m.ppa, m.certificates, m.supplier, m.grid, "kWh"]);
  }
  if (months.length > 1) out.push({ name: t.exportMonths, rows: months });
  if ((result.supplies || []).length) {
    const rows = [[t.supply, t.colFacility, t.load, t.green, t.residual, t.exportUnit, t.hourlyMatched + " %"]];
    for (const s of result.supplies) {
      for (const u of s.users || []) rows.push([nm(s.id), facility(u.facility), u.load.value, u.green.value, u.residual.value, u.green.unit, pct(u.hourly_matched)]);
      rows.push([nm(s.id), t.generation, s.generation.value, "", "", s.generation.unit, ""]);
      rows.push([nm(s.id), t.surplus + " · " + label("surplus", s.surplus_fate), s.surplus.value, "", "", s.surplus.unit, ""]);
    }
    out.push({ name: t.suppliesHeading, rows });
  }
  const ps = result.products || [];
  if (ps.length) {
    const inten = (i, k) => (i ? [i[k], i.unit] : ["", ""]);
    out.push({ name: t.productsHeading, rows: [[t.product, t.colFacility, t.productShare, t.electricity, t.locationBased, t.marketBased, t.exportUnit,
      t.perUnit + " — " + t.locationBased, t.perUnit + " — " + t.marketBased, t.exportUnit, t.perTonne + " — " + t.locationBased, t.perTonne + " — " + t.marketBased, t.exportUnit],
    ...ps.map((p) => [nm(p.id), facility(p.facility), p.share.value, p.electricity.value, p.location_based.value, p.market_based.value, p.market_based.unit,
      ...inten(p.per_unit, "location_based").slice(0, 1), ...inten(p.per_unit, "market_based"),
      ...inten(p.per_tonne, "location_based").slice(0, 1), ...inten(p.per_tonne, "market_based")])] });
    const cb = ps.filter((p) => p.cbam);
    if (cb.length) {
      out.push({ name: t.cbamHeading, rows: [[t.product, t.cn, t.coverage, t.activity + " (t)", t.seeDirect, t.seeIndirect, t.see, t.exportUnit],
        ...cb.map((p) => [nm(p.id), p.cbam.cn, label("coverage", p.cbam.coverage), p.cbam.activity_tonnes, p.cbam.see_direct, p.cbam.see_indirect, p.cbam.see, "tCO2e/t"])] });
    }
  }
  // The trace of every figure, step by step.
  const trace = [[t.exportFigure, t.exportStep, t.exportWhat, t.inputs, t.result, t.exportUnit]];
  const sym = (n) => label("quantity", n) === n ? nm(n) : label("quantity", n);
  const steps = (name, f) => (f && f.trace || []).forEach((s, i) => trace.push([name, i + 1, s.code ? say(s, nm) : "",
    (s.inputs || []).map((q) => (q.name ? sym(q.name) + " = " : "") + q.value + (q.unit ? " " + q.unit : "")).join("; "),
    s.result ? s.result.value : "", s.result ? s.result.unit : ""]));
  steps(t.scope1, result.scope1);
  steps(t.locationBased, result.location_based);
  steps(t.marketBased, result.market_based);
  for (const f of result.facilities || []) for (const k of ["scope1", "location_based", "market_based"]) steps(nm(f.id) + " — " + t[k === "scope1" ? "scope1" : k === "location_based" ? "locationBased" : "marketBased"], f[k]);
  for (const p of ps) {
    for (const k of ["location_based", "market_based"]) steps(nm(p.id) + " — " + t[k === "location_based" ? "locationBased" : "marketBased"], p[k]);
    if (p.cbam) steps(nm(p.id) + " — " + t.see, p.cbam);
  }
  if (trace.length > 1) out.push({ name: t.exportTrace, rows: trace });
  return out;
};

// csvText writes rows as CSV (RFC 4180), with a byte-order mark so that
// spreadsheet programs read Chinese text as UTF-8.
const csvText = (rows) => "\ufeff" + rows.map((r) => r.map((c) => {
  const s = c === undefined || c === null ? "" : String(c);
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}).join(",")).join("\r\n") + "\r\n";

// shown is the result to export: the last computed without problems. With
// none, saving is refused with the reason.
const shown = () => {
  $("#export-refused").hidden = !!state.last;
  return state.last;
};

$("#export-json").addEventListener("click", () => {
  const p = projectFile(state.doc);
  download(fileName(p, "json"), fileText(p), "application/json");
});
$("#print").addEventListener("click", () => { if (shown()) window.print(); });
$("#export-csv").addEventListener("click", async () => {
  const s = shown();
  if (!s) return;
  const rows = await headerBlock(s);
  for (const part of parts(s.result, s.project)) rows.push([], [part.name], ...part.rows);
  download(fileName(s.project, "csv"), csvText(rows), "text/csv;charset=utf-8");
});
$("#export-xlsx").addEventListener("click", async () => {
  const s = shown();
  if (!s) return;
  const [mod, head] = await Promise.all([loadXLSX(), headerBlock(s)]);
  const sheets = parts(s.result, s.project);
  sheets[0] = { name: sheets[0].name, rows: [...head, [], ...sheets[0].rows] };
  download(fileName(s.project, "xlsx"), mod.writeWorkbook(sheets), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
});
