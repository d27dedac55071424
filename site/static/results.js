// Greenline's result view: paints a calculation's result, its charts and
// the printable report from the result JSON of the core, as it is. It
// computes no figure: every number shown is a string of the result (or of
// the project file), only grouped into thousands for reading. Numbers are
// turned into floats only to size bars and cells, never to show them.
//
// Everything is built with createElement and textContent: names, ids and
// sources in a project file are the user's text and never become markup.
import { say, sayParts, label } from "./words.js";
import { movePoint } from "./text.js";

const SVGNS = "http://www.w3.org/2000/svg";
const SOURCES = ["direct", "ppa", "certificates", "supplier", "grid"];
const VERIFIED = { "primary-verified": true, "two-secondary-agree": true };
let uid = 0; // ids of chart titles and patterns, unique in the page

// --- DOM ----------------------------------------------------------------

function add(e, kids) {
  for (const k of kids) {
    if (k === null || k === undefined || k === false) continue;
    if (Array.isArray(k)) add(e, k);
    else if (k instanceof Node) e.appendChild(k);
    else e.appendChild(document.createTextNode(String(k)));
  }
  return e;
}
function attrs(e, a) {
  if (a) for (const [k, v] of Object.entries(a)) if (v !== null && v !== undefined && v !== false) e.setAttribute(k, String(v));
  return e;
}
// el makes an HTML element: el("p", {class: "x"}, "text", child…).
function el(tag, a, ...kids) { return add(attrs(document.createElement(tag), a), kids); }
// sv makes an SVG element.
function sv(tag, a, ...kids) { return add(attrs(document.createElementNS(SVGNS, tag), a), kids); }

// fill replaces {name} in a template by vars[name]; the result is only
// ever used as text.
function fill(tpl, vars) {
  return String(tpl).replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

// --- numbers, as strings ------------------------------------------------

// A view holds what one rendering needs: the texts and how the page's
// language groups digits.
function newView(text, opts) {
  const locale = text.locale || text.lang || "en";
  let group = ",", decimal = ".";
  try {
    for (const p of new Intl.NumberFormat(locale).formatToParts(1234567.5)) {
      if (p.type === "group") group = p.value;
      if (p.type === "decimal") decimal = p.value;
    }
  } catch (e) { /* keep the defaults */ }
  return Object.assign({ t: text, locale, group, decimal, trace: true, nm: (id) => id }, opts || {});
}

// namer names every item of a project by the name its user gave it, or,
// unnamed, by its kind and place ("Facility 2"): never by its id, which
// is the page's or the file's, not the reader's.
function namer(t, project, result) {
  const names = new Map();
  const lists = { facilities: "facility", supplies: "supply", certificates: "certificate", contracts: "contract", products: "product" };
  for (const src of [result || {}, project || {}]) {
    for (const [list, kind] of Object.entries(lists)) {
      (src[list] || []).forEach((x, i) => {
        if (x && x.id !== undefined && (!names.has(x.id) || x.name)) names.set(x.id, x.name || fill(t.unnamed[kind], { n: i + 1 }));
      });
    }
  }
  return (id) => (names.has(id) ? names.get(id) : id);
}

// num groups the integer part of a decimal string in thousands; anything
// that is not a plain decimal is shown as given.
function num(v, s) {
  if (s === undefined || s === null) return "";
  s = String(s);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return s === "n/a" ? v.t.notAvailable : s;
  const int = m[2].replace(/\B(?=(\d{3})+(?!\d))/g, v.group);
  return m[1] + int + (m[3] !== undefined ? v.decimal + m[3] : "");
}
function pct(v, s) { return s === "n/a" ? v.t.notAvailable : num(v, s) + " %"; }
// width maps a percentage string to 0…1 for drawing only.
function frac(s) {
  const x = parseFloat(s);
  return isFinite(x) ? Math.max(0, Math.min(1, x / 100)) : 0;
}
function isZero(s) { return /^-?0*(\.0*)?$/.test(String(s || "0")); }

// whole rounds a decimal string to a whole number, half away from zero,
// on its digits.
function whole(s) {
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(String(s));
  if (!m) return s;
  let n = BigInt(m[2]);
  if ((m[3] || "0")[0] >= "5") n += 1n;
  return (n === 0n ? "" : m[1]) + n.toString();
}

// qty shows a quantity: energy in whole kWh, with the exact value a click
// away (the button shows it in place of the rounded one); anything else
// as the core gives it, which is already rounded for reading.
function qty(v, q, cls) {
  if (!q) return el("span", { class: "gl-qty" }, v.t.none);
  const round = q.unit === "kWh" && String(q.value).includes(".");
  const value = round
    ? el("button", { type: "button", class: "gl-value gl-round", "data-exact": num(v, q.value), "data-round": num(v, whole(q.value)), title: v.t.exact + ": " + num(v, q.value) + " kWh" }, num(v, whole(q.value)))
    : el("span", { class: "gl-value" }, num(v, q.value));
  return el("span", { class: "gl-qty " + (cls || ""), "data-value": q.value, "data-unit": q.unit || "" },
    value, q.unit ? " " : null, q.unit ? el("span", { class: "gl-unit" }, q.unit) : null);
}

// showExact swaps a rounded energy for its exact value and back.
function showExact(e) {
  const b = e.target.closest(".gl-round");
  if (!b) return;
  const exact = b.getAttribute("aria-pressed") !== "true";
  b.setAttribute("aria-pressed", String(exact));
  b.textContent = exact ? b.dataset.exact : b.dataset.round;
}

function monthLabel(v, ym, long) {
  const m = /^(\d{4})-(\d{2})$/.exec(ym || "");
  if (!m) return ym || "";
  try {
    return new Intl.DateTimeFormat(v.locale, { month: long ? "long" : "short", year: long ? "numeric" : undefined, timeZone: "UTC" })
      .format(new Date(Date.UTC(+m[1], +m[2] - 1, 1)));
  } catch (e) { return ym; }
}
function level(v, l) { return (v.t.levels && v.t.levels[l]) || l || v.t.none; }

// said is a coded answer as nodes: its quoted sources are marked as
// quotations in their own language (English, in the tables Greenline
// reads), everything else is in the page's.
function said(v, x) {
  return sayParts(x, v.nm).map((p) => (typeof p === "string" ? p : el("q", { class: "gl-citation", lang: "en" }, p.quote)));
}

// --- flags and help -------------------------------------------------------

function flagBadges(v, flags) {
  if (!flags || !flags.length) return null;
  return el("span", { class: "gl-flags" }, flags.map((f) =>
    el("span", { class: "gl-flag gl-flag-" + f, title: v.t.flags[f + "Help"] || "", "data-flag": f }, "⚠ ", v.t.flags[f] || f)));
}
function flagHelp(v, flags) {
  if (!flags || !flags.length) return null;
  return el("ul", { class: "gl-flag-help" }, flags.map((f) =>
    el("li", null, el("strong", null, "⚠ ", v.t.flags[f] || f), ": ", v.t.flags[f + "Help"] || "")));
}
function help(text) { return el("p", { class: "gl-help" }, el("span", { class: "gl-help-mark", "aria-hidden": "true" }, "i"), text); }

// --- figures and their traces --------------------------------------------

// figure shows one Figure (value + unit), its flags and, on the screen,
// its trace behind a <details>.
function figure(v, fig, label, id, tag, name) {
  const box = el(tag || "div", { class: "gl-figure", "data-figure": id, "data-value": fig.value, "data-unit": fig.unit });
  if (label) add(box, [el("span", { class: "gl-figure-label" }, label)]);
  add(box, [el("span", { class: "gl-figure-value" }, el("span", { class: "gl-value" }, num(v, fig.value)), " ", el("span", { class: "gl-unit" }, fig.unit)),
    flagBadges(v, fig.flags)]);
  if (v.trace) add(box, [traceDetails(v, fig.trace, label || name || fig.value + " " + fig.unit, fig.exact, fig.unit, fig.flags)]);
  return box;
}

function traceDetails(v, steps, label, exact, unit, flags) {
  const t = v.t;
  const d = el("details", { class: "gl-trace" }, el("summary", null, fill(t.traceSummary, { figure: label })));
  if (exact !== undefined) add(d, [el("p", { class: "gl-exact" }, t.exact + ": ", el("span", { "data-exact": exact }, num(v, exact)), unit ? " " + unit : "")]);
  add(d, [flagHelp(v, flags)]);
  const ol = el("ol", { class: "gl-steps" });
  for (const s of steps || []) ol.appendChild(step(v, s));
  add(d, [ol]);
  return d;
}

function step(v, s) {
  const t = v.t;
  const dl = el("dl", { class: "gl-dl" });
  const row = (k, ...val) => add(dl, [el("dt", null, k), el("dd", null, ...val)]);
  // The formula is the core's, in English: it is shown on the English
  // page only; the Chinese one shows the step, its inputs and result.
  if (s.formula && t.lang === "en") row(t.formula, el("code", { class: "gl-formula" }, s.formula));
  const sym = (n) => label("quantity", n) === n ? v.nm(n) : label("quantity", n);
  if (s.inputs && s.inputs.length) {
    row(t.inputs, el("ul", { class: "gl-inputs" }, s.inputs.map((q) =>
      // A hash (a statement's project file) is no quantity: it may break.
      el("li", null, q.name ? sym(q.name) + " = " : "", !q.unit && /^[0-9a-f]{64}$/.test(q.value) ? el("code", { class: "gl-hash" }, q.value) : qty(v, q)))));
  }
  if (s.factor) row(t.factor, factorBlock(v, s.factor));
  if (s.result) row(t.result, s.result.name ? sym(s.result.name) + " = " : "", qty(v, s.result));
  return el("li", { class: "gl-step", "data-code": s.code || "" }, el("p", { class: "gl-what" }, s.code ? say(s, v.nm) : s.what), dl);
}

function verification(v, l) {
  return el("span", { class: "gl-level gl-level-" + (l || "none") }, level(v, l),
    VERIFIED[l] ? null : el("strong", { class: "gl-unverified" }, " (" + v.t.unverified + ")"));
}

function factorBlock(v, f) {
  const t = v.t;
  const dl = el("dl", { class: "gl-dl gl-factor", "data-table": f.table, "data-key": f.key });
  const row = (k, ...val) => add(dl, [el("dt", null, k), el("dd", null, ...val)]);
  row(t.table, f.table);
  row(t.factorName, (t.lang === "zh" && f.name_zh) ? f.name_zh : f.name_en);
  row(t.published, qty(v, f.published));
  row(t.used, qty(v, f.used));
  row(t.citation, el("span", { class: "gl-citation" }, f.citation));
  row(t.verification, verification(v, f.verification));
  if (f.reason) row(t.reason, said(v, f.reason));
  if (f.custom) add(dl, [el("dd", { class: "gl-flag-note" }, flagBadges(v, ["custom-factor"]))]);
  return dl;
}

// --- reasons of the Quality Criteria -----------------------------------

function reasonList(v, reasons) {
  const t = v.t;
  return el("ul", { class: "gl-reasons" }, (reasons || []).map((r) => {
    const kind = r.status || "note";
    const word = { met: "✓ " + t.reasonMet, failed: "✗ " + t.reasonFailed, disclosed: "! " + t.reasonDisclosed, note: "· " + t.reasonNote }[kind];
    return el("li", { class: "gl-reason gl-reason-" + kind, "data-code": r.code }, el("strong", null, word + ": "), said(v, r));
  }));
}

// --- tables -------------------------------------------------------------

function table(caption, head, rows, cls) {
  const tb = el("table", { class: "gl-table " + (cls || "") });
  if (caption) tb.appendChild(el("caption", null, caption));
  tb.appendChild(el("thead", null, el("tr", null, head.map((h) => el("th", { scope: "col" }, h)))));
  const body = el("tbody");
  for (const r of rows) body.appendChild(r);
  tb.appendChild(body);
  return el("div", { class: "gl-table-wrap" }, tb);
}
// tr builds a row; the first cell is a row header.
function tr(a, head, ...cells) {
  return el("tr", a, el("th", { scope: "row" }, head), cells.map((c) =>
    c && c.nodeName === "TD" ? c : el("td", null, c)));
}
function td(cls, ...kids) { return el("td", { class: cls }, ...kids); }

// --- charts -------------------------------------------------------------

// chart wraps an SVG drawing with its accessible name and description.
function chart(kind, title, desc, w, h, extra) {
  const id = "gl-c" + (++uid);
  const s = sv("svg", Object.assign({ class: "gl-chart gl-chart-" + kind, "data-chart": kind, viewBox: "0 0 " + w + " " + h,
    role: "img", "aria-label": title, "aria-describedby": id + "-d", preserveAspectRatio: "xMinYMin meet" }, extra || {}));
  s.appendChild(sv("title", { id: id + "-t" }, title));
  s.appendChild(sv("desc", { id: id + "-d" }, desc));
  return s;
}
// alt is a chart's text alternative: behind a <details> on the screen,
// open in the report, where nothing can be expanded.
function alt(v, tbl) {
  if (!v.trace) return el("div", { class: "gl-alt" }, tbl);
  return el("details", { class: "gl-alt" }, el("summary", null, v.t.tableAlt), tbl);
}
function legend(v, items) {
  return el("ul", { class: "gl-legend", "aria-label": v.t.legend }, items.map(([cls, label]) =>
    el("li", null, el("span", { class: "gl-swatch " + cls, "aria-hidden": "true" }), label)));
}

// (a) a facility's monthly electricity, stacked by source.
function monthlyChart(v, f) {
  const t = v.t;
  const name = v.nm(f.id);
  const months = f.monthly;
  const W = 640, H = 280, L = 16, R = 8, T = 22, B = 34;
  const max = Math.max(...months.map((m) => parseFloat(m.load) || 0), 0);
  const peak = months.reduce((a, m) => ((parseFloat(m.load) || 0) > (parseFloat(a.load) || 0) ? m : a), months[0]);
  const svg = chart("monthly", fill(t.monthlyCaption, { facility: name }), fill(t.monthlyDesc, { facility: name }), W, H, { "data-facility": f.id });
  const plotH = H - T - B, slot = (W - L - R) / months.length, bw = slot * 0.64;
  const y = (x) => T + plotH - (max > 0 ? (x / max) * plotH : 0);
  svg.appendChild(sv("line", { class: "gl-axis", x1: L, x2: W - R, y1: T + plotH, y2: T + plotH }));
  if (max > 0) {
    svg.appendChild(sv("line", { class: "gl-gridline", x1: L, x2: W - R, y1: T, y2: T }));
    svg.appendChild(sv("text", { class: "gl-tick", x: L, y: T - 6 }, num(v, peak.load) + " kWh (" + monthLabel(v, peak.month) + ")"));
  }
  months.forEach((m, i) => {
    const x = L + i * slot + (slot - bw) / 2;
    const g = sv("g", { class: "gl-month", "data-month": m.month, "data-load": m.load });
    let acc = 0;
    for (const src of SOURCES) {
      const val = m[src] === undefined ? "0.000" : m[src];
      const h = max > 0 ? ((parseFloat(val) || 0) / max) * plotH : 0;
      const r = sv("rect", { class: "gl-seg gl-src-" + src, x: x.toFixed(2), width: bw.toFixed(2),
        y: (y(acc) - h).toFixed(2), height: h.toFixed(2), "data-month": m.month, "data-source": src, "data-kwh": val });
      r.appendChild(sv("title", null, monthLabel(v, m.month, true) + " — " + t.sources[src] + ": " + num(v, val) + " kWh"));
      g.appendChild(r);
      acc += parseFloat(val) || 0;
    }
    g.appendChild(sv("text", { class: "gl-tick", x: (x + bw / 2).toFixed(2), y: H - B + 16, "text-anchor": "middle" }, monthLabel(v, m.month)));
    svg.appendChild(g);
  });
  const rows = months.map((m) => tr({ "data-month": m.month }, monthLabel(v, m.month, true),
    ...SOURCES.map((s) => td("gl-num", num(v, m[s] === undefined ? "0.000" : m[s]))), td("gl-num gl-total", num(v, m.load))));
  return el("figure", { class: "gl-figure-chart" },
    el("figcaption", null, fill(t.monthlyCaption, { facility: name })),
    svg,
    legend(v, SOURCES.map((s) => ["gl-src-" + s, t.sources[s]])),
    alt(v, table(fill(t.monthlyCaption, { facility: name }), [t.month, ...SOURCES.map((s) => t.sources[s]), t.load], rows, "gl-monthly-table")));
}

// The colour bands of the heat map, in permille of the hour's load.
const BANDS = [
  { cls: "gl-b0", test: (p) => p === 0, en: "0 %", zh: "0%" },
  { cls: "gl-b1", test: (p) => p > 0 && p < 250, en: "above 0 %, below 25 %", zh: "0%以上，不足25%" },
  { cls: "gl-b2", test: (p) => p >= 250 && p < 500, en: "25 % to below 50 %", zh: "25%至不足50%" },
  { cls: "gl-b3", test: (p) => p >= 500 && p < 750, en: "50 % to below 75 %", zh: "50%至不足75%" },
  { cls: "gl-b4", test: (p) => p >= 750 && p < 1000, en: "75 % to below 100 %", zh: "75%至不足100%" },
  { cls: "gl-b5", test: (p) => p >= 1000, en: "100 %", zh: "100%" },
];
function bandOf(p) {
  if (p < 0) return -1;
  for (let i = 0; i < BANDS.length; i++) if (BANDS[i].test(p)) return i;
  return BANDS.length - 1;
}

// (b) a facility's hourly matched share: 24 rows × the days of the period.
function heatMap(v, f) {
  const t = v.t;
  const hs = f.hourly_share;
  const name = v.nm(f.id);
  const n = hs.permille.length, days = Math.ceil(n / 24);
  const cw = 2, ch = 8, L = 40, T = 6, B = 22;
  const W = L + days * cw + 4, H = T + 24 * ch + B;
  const svg = chart("heatmap", fill(t.heatCaption, { facility: name }), fill(t.heatDesc, { facility: name, days: String(days) }), W, H,
    { "data-facility": f.id, "data-days": days, "data-start": hs.start });
  const pid = "gl-hatch" + (++uid);
  svg.appendChild(sv("defs", null, sv("pattern", { id: pid, width: 4, height: 4, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
    sv("rect", { width: 4, height: 4, class: "gl-noload-bg" }), sv("line", { x1: 0, y1: 0, x2: 0, y2: 4, class: "gl-noload-line" }))));
  // One path per band, one square per hour in it: a year is 8,784
  // squares, and as many elements would take the page seconds to draw.
  const cells = sv("g", { class: "gl-cells", "shape-rendering": "crispEdges" });
  const paths = Array.from({ length: BANDS.length + 1 }, () => []);
  for (let h = 0; h < days * 24; h++) {
    const b = bandOf(h < n ? hs.permille[h] : -1);
    paths[b < 0 ? BANDS.length : b].push("M" + (L + Math.floor(h / 24) * cw) + " " + (T + (h % 24) * ch) + "h" + cw + "v" + ch + "h-" + cw + "z");
  }
  const counts = paths.slice(0, BANDS.length).map((d) => d.length);
  const noLoad = paths[BANDS.length].length;
  paths.forEach((d, b) => {
    if (!d.length) return;
    const noload = b === BANDS.length;
    cells.appendChild(sv("path", { d: d.join(""), "data-band": noload ? "none" : b, "data-hours": d.length,
      class: noload ? "gl-noload" : BANDS[b].cls, fill: noload ? "url(#" + pid + ")" : null }));
  });
  svg.appendChild(cells);
  for (const hr of [0, 6, 12, 18]) {
    svg.appendChild(sv("text", { class: "gl-tick", x: L - 4, y: T + hr * ch + ch, "text-anchor": "end" }, String(hr).padStart(2, "0") + ":00"));
  }
  // month ticks, from the start date, by whole days
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(hs.start || "");
  if (m) {
    const t0 = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    for (let d = 0; d < days; d++) {
      const date = new Date(t0 + d * 86400000);
      if (date.getUTCDate() === 1 || d === 0) {
        const ym = date.getUTCFullYear() + "-" + String(date.getUTCMonth() + 1).padStart(2, "0");
        svg.appendChild(sv("line", { class: "gl-axis", x1: L + d * cw, x2: L + d * cw, y1: T + 24 * ch, y2: T + 24 * ch + 4 }));
        svg.appendChild(sv("text", { class: "gl-tick", x: L + d * cw + 1, y: H - 6 }, monthLabel(v, ym)));
      }
    }
  }
  const bandName = (b) => (t.lang === "zh" ? BANDS[b].zh : BANDS[b].en);
  const scale = el("div", { class: "gl-scale" }, el("p", { class: "gl-scale-label" }, t.scaleLabel),
    legend(v, [...BANDS.map((b, i) => [b.cls, bandName(i)]), ["gl-noload", t.noLoad]]));
  const rows = BANDS.map((b, i) => tr(null, bandName(i), td("gl-num", num(v, String(counts[i])))));
  rows.push(tr(null, t.noLoad, td("gl-num", num(v, String(noLoad)))));
  return el("figure", { class: "gl-figure-chart gl-heat" },
    el("figcaption", null, fill(t.heatCaption, { facility: name }), flagBadges(v, hs.flags)),
    // Scrolled sideways on a phone: reachable by keyboard, and named.
    el("div", { class: "gl-scroll", tabindex: "0", role: "region", "aria-label": fill(t.heatCaption, { facility: name }) }, svg),
    scale,
    alt(v, table(fill(t.bandsCaption, { facility: name }), [t.band, t.hours], rows)));
}

// (c) hourly against annual matching, for facilities and supplies.
function matchingChart(v, result) {
  const t = v.t;
  const groups = [];
  for (const f of result.facilities || []) {
    if (!f.matching) continue;
    const bars = [["hourly", t.hourly, f.matching.hourly.percent], ["annual", t.annual, f.matching.annual.percent]];
    if (f.matching.cfe) bars.push(["cfe", t.cfe, f.matching.cfe.percent]);
    groups.push({ label: v.nm(f.id), id: "facility:" + f.id, bars, flags: f.matching.flags });
  }
  for (const s of result.supplies || []) {
    groups.push({ label: t.supply + ": " + v.nm(s.id), id: "supply:" + s.id,
      bars: [["hourly", t.hourly, s.matching.hourly.percent], ["annual", t.annual, s.matching.annual.percent]], flags: s.flags });
  }
  if (!groups.length) return null;
  const W = 640, L = 190, R = 70, bh = 14, gap = 4;
  let y = 8;
  const parts = [];
  for (const g of groups) {
    parts.push(sv("text", { class: "gl-group", x: 0, y: y + 11 }, g.label));
    y += 18;
    for (const [k, label, p] of g.bars) {
      const w = frac(p) * (W - L - R);
      parts.push(sv("text", { class: "gl-tick", x: L - 6, y: y + bh - 3, "text-anchor": "end" }, label));
      parts.push(sv("rect", { class: "gl-track", x: L, y, width: W - L - R, height: bh }));
      parts.push(sv("rect", { class: "gl-bar gl-m-" + k, x: L, y, width: w.toFixed(2), height: bh, "data-match": g.id + ":" + k, "data-percent": p }));
      parts.push(sv("text", { class: "gl-bar-label", x: L + w + 4, y: y + bh - 3 }, pct(v, p)));
      y += bh + gap;
    }
    y += 8;
  }
  const svg = chart("matching", t.matchingHeading, t.matchingDesc, W, y);
  add(svg, parts);
  const rows = [];
  for (const g of groups) for (const [k, label, p] of g.bars) rows.push(tr(null, g.label + " — " + label, td("gl-num", pct(v, p))));
  return el("figure", { class: "gl-figure-chart" }, el("figcaption", null, t.matchingHeading), svg,
    legend(v, [["gl-m-hourly", t.hourly], ["gl-m-annual", t.annual]].concat(groups.some((g) => g.bars.length > 2) ? [["gl-m-cfe", t.cfe]] : [])),
    alt(v, table(t.matchingHeading, [t.colMetric, t.colShare], rows)));
}

function comparator(v, c) { return (v.t.comparators && v.t.comparators[c]) || c; }
function standingShort(v, c) { return c.target ? v.t.targetShort : c.in_force ? v.t.inForceShort : v.t.notInForceShort; }
function standing(v, c) {
  if (c.target) return fill(v.t.target, { date: c.applies_from });
  return c.in_force ? v.t.inForce : fill(v.t.notInForce, { date: c.applies_from });
}

// (d) a supply's policy ratios against each threshold.
function ratiosChart(v, s) {
  const t = v.t;
  const name = v.nm(s.id);
  const W = 640, L = 8, R = 8, bw = W - L - R, bh = 16;
  const parts = [];
  let y = 6;
  for (const r of s.ratios || []) {
    const label = t.metrics[r.metric] || r.metric;
    parts.push(sv("text", { class: "gl-group", x: L, y: y + 11 }, label + ": " + pct(v, r.share.percent)));
    y += 16;
    const w = frac(r.share.percent) * bw;
    parts.push(sv("rect", { class: "gl-track", x: L, y, width: bw, height: bh }));
    parts.push(sv("rect", { class: "gl-bar gl-ratio", x: L, y, width: w.toFixed(2), height: bh, "data-percent": r.share.percent }));
    for (const c of r.checks || []) {
      const x = L + frac(c.threshold) * bw;
      parts.push(sv("line", { class: "gl-threshold " + (c.met ? "gl-met" : "gl-notmet"), x1: x.toFixed(2), x2: x.toFixed(2), y1: y - 3, y2: y + bh + 3 }));
    }
    y += bh + 4;
    (r.checks || []).forEach((c) => {
      parts.push(sv("text", { class: "gl-check " + (c.met ? "gl-met" : "gl-notmet"), x: L + 8, y: y + 11 },
        comparator(v, c.comparator) + " " + num(v, c.threshold) + " % — " + (c.met ? t.met : t.notMet) + " (" + standingShort(v, c) + ")"));
      y += 15;
    });
    y += 10;
  }
  const svg = chart("ratios", fill(t.ratiosCaption, { supply: name }), t.ratiosDesc, W, y, { "data-supply": s.id });
  add(svg, parts);
  const rows = [];
  for (const r of s.ratios || []) {
    (r.checks || []).forEach((c, i) => {
      rows.push(tr({ "data-check": s.id + "/" + r.metric + "/" + i, "data-met": String(c.met) }, t.metrics[r.metric] || r.metric,
        td("gl-num", pct(v, r.share.percent)),
        td("gl-num", comparator(v, c.comparator) + " " + num(v, c.threshold) + " %"),
        td("gl-result " + (c.met ? "gl-met" : "gl-notmet"), c.met ? t.met : t.notMet),
        td("gl-standing", standing(v, c)),
        td("gl-policy", el("span", { class: "gl-citation" }, c.policy), el("br"), el("span", { class: "gl-clause gl-citation" }, c.clause), el("br"), verification(v, c.verification))));
    });
    if (!(r.checks || []).length) {
      rows.push(tr(null, t.metrics[r.metric] || r.metric, td("gl-num", pct(v, r.share.percent)), t.none, t.none, t.none, t.none));
    }
  }
  return el("figure", { class: "gl-figure-chart" }, el("figcaption", null, fill(t.ratiosCaption, { supply: name })), svg,
    table(fill(t.ratiosCaption, { supply: name }), [t.colMetric, t.colShare, t.colThreshold, t.colResult, t.colStanding, t.colPolicy], rows, "gl-ratios-table"));
}

// --- sections -------------------------------------------------------------

function section(cls, h, title, ...kids) {
  return el("section", { class: "gl-section " + cls }, el(h, null, title), ...kids);
}

function orgSection(v, result) {
  const t = v.t;
  const cards = el("div", { class: "gl-cards" },
    figure(v, result.location_based, t.locationBased, "org:location_based"),
    figure(v, result.market_based, t.marketBased, "org:market_based"),
    isZero(result.scope1 && result.scope1.exact) ? null : figure(v, result.scope1, t.scope1, "org:scope1"));
  return section("gl-org", "h3", t.orgHeading, cards, el("p", { class: "gl-note" }, t.dualNote), help(t.helpLocation), help(t.helpMarket));
}

// instrumentsTable lists the instruments in the order applied: one row
// of figures each, then a row with the Quality Criteria under it.
function instrumentsTable(v, f) {
  const t = v.t;
  const rows = [];
  for (const i of f.instruments || []) {
    const hid = "gl-i" + (++uid);
    rows.push(el("tr", { "data-instrument": i.kind + ":" + (i.id || ""), "data-accepted": String(i.accepted), class: "gl-instr" },
      el("th", { scope: "row", id: hid }, t.kinds[i.kind] || i.kind, i.id ? [el("br"), el("span", { class: "gl-ref" }, v.nm(i.id))] : null),
      td("gl-status " + (i.accepted ? "gl-ok" : "gl-no"), i.accepted ? "✓ " + t.accepted : "✗ " + t.refused),
      td("gl-num", qty(v, i.offered)), td("gl-num", qty(v, i.covered)), td("gl-num", qty(v, i.factor)), td("gl-num", qty(v, i.emissions))));
    rows.push(el("tr", { class: "gl-reasons-row" }, el("td", { colspan: 6, headers: hid }, el("span", { class: "gl-reasons-label" }, t.colCriteria + ":"), reasonList(v, i.reasons))));
  }
  return table(fill(t.instrumentsCaption, { facility: v.nm(f.id) }),
    [t.colInstrument, t.colStatus, t.colOffered, t.colCovered, t.colFactor, t.colEmissions], rows, "gl-instruments");
}

function facilitySection(v, result, f, h) {
  const t = v.t;
  const id = "facility:" + f.id;
  const s = el("section", { class: "gl-facility", "data-facility": f.id }, el(h, null, v.nm(f.id)),
    el("p", { class: "gl-energy" }, t.energy + ": ", qty(v, f.energy)),
    el("div", { class: "gl-cards" },
      figure(v, f.location_based, t.locationBased, id + ":location_based"),
      figure(v, f.market_based, t.marketBased, id + ":market_based"),
      isZero(f.scope1 && f.scope1.exact) ? null : figure(v, f.scope1, t.scope1, id + ":scope1")));
  if (f.matching) {
    const m = f.matching;
    add(s, [el("p", { class: "gl-matching" }, t.hourly + ": ", el("strong", { "data-match": id + ":hourly" }, pct(v, m.hourly.percent)),
      t.listSep, t.annual + ": ", el("strong", { "data-match": id + ":annual" }, pct(v, m.annual.percent)),
      m.cfe ? [t.listSep, t.cfe + ": ", el("strong", null, pct(v, m.cfe.percent)), " (" + m.cfe.grid_source + ")"] : null,
      flagBadges(v, m.flags))]);
  }
  add(s, [instrumentsTable(v, f)]);
  if ((f.instruments || []).some((i) => i.kind === "residual-mix")) add(s, [help(t.helpResidualMix)]);
  if (f.monthly && f.monthly.length) add(s, [monthlyChart(v, f)]);
  if (f.hourly_share && f.hourly_share.permille && f.hourly_share.permille.length) add(s, [heatMap(v, f)]);
  return s;
}

function supplySection(v, result, sp, h) {
  const t = v.t;
  const allocFig = { value: sp.allocated.value, unit: sp.allocated.unit, exact: sp.allocated.value, flags: sp.flags, trace: sp.trace };
  const dl = el("dl", { class: "gl-dl" },
    el("dt", null, t.generation), el("dd", null, qty(v, sp.generation)),
    el("dt", null, t.allocated), el("dd", null, figure(v, allocFig, null, "supply:" + sp.id + ":allocated", "div", t.allocated)),
    el("dt", null, t.surplus), el("dd", null, qty(v, sp.surplus), " (" + (sp.surplus_fate === "curtailed" ? t.surplusCurtailed : t.surplusExported) + ")"),
    el("dt", null, t.rule), el("dd", null, (t.rules[sp.rule] || sp.rule)));
  const users = (sp.users || []).map((u) => tr({ "data-user": u.facility }, v.nm(u.facility),
    td("gl-num", qty(v, u.load)), td("gl-num", qty(v, u.green)), td("gl-num", qty(v, u.residual)), td("gl-num", pct(v, u.hourly_matched.percent))));
  return el("section", { class: "gl-supply", "data-supply": sp.id }, el(h, null, v.nm(sp.id)), flagBadges(v, sp.flags), dl,
    table(fill(t.usersCaption, { supply: v.nm(sp.id) }), [t.colFacility, t.load, t.green, t.residual, t.hourlyMatched], users, "gl-users"),
    el("h" + (+h.slice(1) + 1), { class: "gl-sub" }, t.ratiosHeading), help(t.helpRatios), ratiosChart(v, sp));
}

function productsSection(v, result, h) {
  const t = v.t;
  const ps = result.products || [];
  if (!ps.length) return null;
  const inten = (i, k) => (i ? el("span", { "data-value": i[k] }, num(v, i[k]), " ", el("span", { class: "gl-unit" }, i.unit)) : t.notAvailable);
  const rows = ps.map((p) => tr({ "data-product": p.id }, v.nm(p.id),
    v.nm(p.facility),
    td("gl-num", el("span", { "data-value": p.share.value }, num(v, p.share.value))),
    td("gl-num", qty(v, p.electricity)),
    td("gl-num", figure(v, p.location_based, null, "product:" + p.id + ":location_based", "div", v.nm(p.id) + " — " + t.locationBased)),
    td("gl-num", figure(v, p.market_based, null, "product:" + p.id + ":market_based", "div", v.nm(p.id) + " — " + t.marketBased)),
    td("gl-num", inten(p.per_unit, "location_based")), td("gl-num", inten(p.per_unit, "market_based")),
    td("gl-num", inten(p.per_tonne, "location_based")), td("gl-num", inten(p.per_tonne, "market_based"), flagBadges(v, p.per_tonne && p.per_tonne.flags))));
  const lb = t.locationBased, mb = t.marketBased;
  const out = section("gl-products", h, t.productsHeading,
    table(t.productsHeading, [t.product, t.colFacility, t.productShare, t.electricity, lb, mb, t.perUnit + " — " + lb, t.perUnit + " — " + mb, t.perTonne + " — " + lb, t.perTonne + " — " + mb], rows, "gl-products-table"));
  const cb = ps.filter((p) => p.cbam || p.cbam_problem);
  if (cb.length) {
    const sub = "h" + (+h.slice(1) + 1);
    add(out, [el(sub, null, t.cbamHeading), help(t.helpCertCBAM)]);
    for (const p of cb) {
      // A CN code the core could not read: this line has no CBAM figures.
      if (!p.cbam) add(out, [el("p", { class: "gl-note gl-cbam-problem", "data-cbam": p.id }, v.nm(p.id) + ": ", say(p.cbam_problem, v.nm))]);
      else add(out, [cbamBlock(v, p, "h" + (+sub.slice(1) + 1))]);
    }
  }
  return out;
}

function cbamBlock(v, p, h) {
  const t = v.t;
  const c = p.cbam;
  const row = (dl, k, ...val) => add(dl, [el("dt", null, k), el("dd", null, ...val)]);
  const dl = el("dl", { class: "gl-dl" });
  row(dl, t.coverage, el("strong", null, label("coverage", c.coverage)));
  row(dl, t.classification, said(v, c.classification));
  row(dl, t.activity, num(v, c.activity_tonnes) + " t");
  row(dl, t.direct, qty(v, c.direct));
  row(dl, t.indirect, qty(v, c.indirect));
  row(dl, t.precursors, qty(v, c.precursors));
  row(dl, t.seeDirect, el("span", { "data-value": c.see_direct }, num(v, c.see_direct)), " tCO2e/t");
  row(dl, t.seeIndirect, el("span", { "data-value": c.see_indirect }, num(v, c.see_indirect)), " tCO2e/t");
  const see = { value: c.see, unit: "tCO2e/t", flags: c.flags, trace: c.trace };
  row(dl, t.see, figure(v, see, null, "cbam:" + p.id + ":see", "div", t.see));
  row(dl, t.indirectBasis, (c.indirect_basis || []).map((n) => say(n, v.nm)).join(" "));
  return el("section", { class: "gl-cbam", "data-cbam": p.id }, el(h, null, v.nm(p.id) + " — " + t.cn + " " + c.cn),
    c.direct_only ? el("p", { class: "gl-note" }, t.directOnly) : null, dl,
    c.notes && c.notes.length ? [el("p", { class: "gl-notes-label" }, t.notes), el("ul", { class: "gl-notes" }, c.notes.map((n) => el("li", { "data-code": n.code }, said(v, n))))] : null);
}

// flagsLegend explains every flag that appears anywhere in the result.
function flagsUsed(result) {
  const seen = [];
  const walk = (o) => {
    if (Array.isArray(o)) { o.forEach(walk); return; }
    if (o && typeof o === "object") {
      for (const [k, x] of Object.entries(o)) {
        if (k === "flags" && Array.isArray(x)) for (const f of x) { if (!seen.includes(f)) seen.push(f); }
        else if (k !== "permille" && k !== "hours") walk(x);
      }
    }
  };
  walk(result);
  return seen;
}

function resultsBody(v, result, h2) {
  const t = v.t;
  const h3 = "h" + (+h2.slice(1) + 1), h4 = "h" + (+h2.slice(1) + 2);
  const flags = flagsUsed(result);
  const out = [];
  if (flags.length) out.push(el("div", { class: "gl-flag-legend", role: "note" }, flagHelp(v, flags)));
  out.push(orgSection(v, result));
  const fac = section("gl-facilities", h3, t.facilitiesHeading);
  for (const f of result.facilities || []) fac.appendChild(facilitySection(v, result, f, h4));
  out.push(fac);
  if ((result.supplies || []).length) {
    const sup = section("gl-supplies", h3, t.suppliesHeading);
    for (const s of result.supplies) sup.appendChild(supplySection(v, result, s, h4));
    out.push(sup);
  }
  const mc = matchingChart(v, result);
  if (mc) out.push(section("gl-matching-section", h3, t.matchingHeading, help(t.helpHourly), mc));
  out.push(productsSection(v, result, h3));
  return out;
}

function clear(c) { while (c.firstChild) c.removeChild(c.firstChild); }

function render(container, args) {
  const { result, text } = args;
  const v = newView(text, { nm: namer(text, args.project, result) });
  clear(container);
  container.onclick = showExact;
  container.classList.add("gl-results");
  container.setAttribute("lang", text.lang === "zh" ? "zh-Hans" : "en");
  // A page whose own heading already says "Results" asks for none.
  add(container, [args.heading === false ? null : el("h2", { class: "gl-heading" }, text.heading), resultsBody(v, result, "h2")]);
  return container;
}

// --- the report -----------------------------------------------------------

// factorsUsed lists every distinct factor in the traces, in order of
// appearance, and the table versions named anywhere in the result.
function factorsUsed(result) {
  const list = [], seen = new Set(), tables = [], residual = [];
  const addTable = (s) => { if (s && !tables.includes(s)) tables.push(s); };
  const walk = (o) => {
    if (Array.isArray(o)) { o.forEach(walk); return; }
    if (!o || typeof o !== "object") return;
    if (o.factor && typeof o.factor === "object" && o.factor.table !== undefined && o.factor.citation !== undefined) {
      const f = o.factor;
      const k = f.table + "|" + f.key + "|" + f.used.value + "|" + f.citation;
      if (!seen.has(k)) { seen.add(k); list.push(f); }
      if (f.table && !f.custom) addTable(f.table);
    }
    if (o.kind === "residual-mix" && Array.isArray(o.reasons)) {
      for (const r of o.reasons) {
        const k = "residual|" + r.code + JSON.stringify(r.params || {});
        if (!seen.has(k)) { seen.add(k); residual.push(r); }
      }
    }
    for (const [k, x] of Object.entries(o)) {
      if (k === "reasons" && Array.isArray(x)) {
        for (const r of x) if (r && r.params && r.params.table) addTable(r.params.table);
      } else if (k !== "permille" && k !== "hours") walk(x);
    }
  };
  walk(result);
  return { list, tables, residual };
}

function periodOf(project) {
  const m = /^(\d{4})-(\d{2})$/.exec((project.period && project.period.start) || "");
  if (!m) return null;
  const y = +m[1], mo = +m[2];
  const end = mo === 1 ? [y, 12] : [y + 1, mo - 1];
  return { from: m[1] + "-" + m[2], to: end[0] + "-" + String(end[1]).padStart(2, "0") };
}

function gridText(v, f) {
  const g = f.grid || {};
  const r = v.t.report;
  if (g.custom) return fill(r.customFactor, { value: g.custom.value, unit: g.custom.unit, source: g.custom.source }) + (g.country ? " (" + g.country + ")" : "");
  if (g.table) return g.table + " · " + v.region(g.key);
  return (g.country || "") + " / " + (g.key || "") + " (" + r.defaultFactor + ")";
}
function readingsText(v, f) {
  const e = f.electricity || {};
  const r = v.t.report;
  let s = r.unknown;
  if (e.hourly) s = fill(r.readHourly, { count: num(v, String((e.hourly.values || []).length)), step: e.hourly.step_minutes });
  else if (e.monthly) s = fill(r.readMonthly, { unit: e.unit });
  else if (e.annual !== undefined) s = fill(r.readAnnual, { value: num(v, e.annual), unit: e.unit });
  if (e.profile) s += v.t.listSep + r.profile;
  return s;
}

function inputsSection(v, project, h) {
  const t = v.t, r = t.report;
  const sub = "h" + (+h.slice(1) + 1);
  const out = section("gl-inputs", h, r.inputsHeading);
  const facName = v.nm;
  add(out, [table(r.facilitiesCaption, [t.colFacility, r.gridFactor, r.readings, r.supplierFactor],
    (project.facilities || []).map((f) => tr(null, v.nm(f.id), gridText(v, f), readingsText(v, f),
      f.supplier_factor ? fill(r.customFactor, { value: f.supplier_factor.value, unit: f.supplier_factor.unit, source: f.supplier_factor.source }) : t.none)))]);
  if ((project.supplies || []).length) {
    add(out, [table(r.suppliesCaption, [t.supply, r.kind, r.technology, t.rule, t.surplus, t.generation, r.users],
      project.supplies.map((s) => tr(null, v.nm(s.id), label("supply_kind", s.kind), label("technology", s.technology), label("rule", s.rule),
        s.surplus === "curtailed" ? t.surplusCurtailed : t.surplusExported,
        s.solar ? r.solarEstimate : r.metered,
        el("ul", { class: "gl-plain" }, (s.users || []).map((u) => el("li", null, facName(u.facility),
          u.share ? " — " + num(v, movePoint(u.share, 2)) + " %" : "", u.priority ? " — #" + u.priority : "")))))) ]);
  }
  if ((project.certificates || []).length) {
    add(out, [table(r.certificatesCaption, [t.colReference, r.scheme, r.mwh, r.market, r.vintage, r.serials, r.retiredFor, t.colFacility],
      project.certificates.map((c) => tr(null, v.nm(c.id), label("scheme", c.scheme), td("gl-num", num(v, c.mwh)), c.market,
        c.vintage ? c.vintage.from + " – " + c.vintage.to : r.unknown, c.serials || r.unknown, c.retired_for || r.unknown, facName(c.facility))))]);
  }
  if ((project.contracts || []).length) {
    add(out, [table(r.contractsCaption, [t.colReference, t.colFacility, r.mwh, r.technology, r.market, r.shape, r.evidence],
      project.contracts.map((c) => tr(null, v.nm(c.id), facName(c.facility), td("gl-num", num(v, c.mwh)), label("technology", c.technology), c.market,
        label("shape", c.shape || "annual"), c.evidence || r.unknown)))]);
  }
  if ((project.products || []).length) {
    add(out, [table(r.productsCaption, [t.product, t.colFacility, r.allocationKey, t.cn],
      project.products.map((p) => tr(null, v.nm(p.id), facName(p.facility), label("key", p.key), p.cn || t.none)))]);
  }
  void sub;
  return out;
}

function citationsSection(v, used, h) {
  const t = v.t, r = t.report;
  const rows = used.list.map((f) => tr({ "data-factor": f.table + " " + f.key }, f.table,
    (t.lang === "zh" && f.name_zh) ? f.name_zh : f.name_en, td("gl-num", qty(v, f.used)),
    td("gl-citation", f.citation), verification(v, f.verification)));
  for (const note of used.residual) {
    rows.push(tr({ "data-factor": "residual-mix" }, t.kinds["residual-mix"], t.kinds["residual-mix"], t.none, td("gl-citation", said(v, note)), t.none));
  }
  return section("gl-citations", h, r.citationsHeading,
    table(r.citationsCaption, [t.table, t.factorName, t.used, t.citation, t.verification], rows, "gl-citations-table"));
}

function checklist(v, project, result, h) {
  const t = v.t, r = t.report;
  const fname = v.nm;
  const items = [], missing = [];
  for (const c of project.certificates || []) {
    items.push(fill(r.checkCert, { id: v.nm(c.id), serials: c.serials || r.unknown, retired: c.retired_for || r.unknown }));
    if (!c.serials) missing.push(fill(r.missingSerials, { id: v.nm(c.id) }));
    if (!c.retired_for) missing.push(fill(r.missingRetired, { id: v.nm(c.id) }));
  }
  for (const c of project.contracts || []) {
    items.push(fill(r.checkContract, { id: v.nm(c.id), evidence: c.evidence || r.unknown }));
    if (!c.evidence) missing.push(fill(r.missingEvidence, { id: v.nm(c.id) }));
  }
  for (const f of project.facilities || []) {
    const e = f.electricity || {};
    const name = v.nm(f.id);
    if (e.hourly) {
      items.push(fill(e.hourly.meter ? r.checkMeterNamed : r.checkMeter, { facility: name, meter: e.hourly.meter || "", count: num(v, String((e.hourly.values || []).length)) }));
      if (!e.hourly.meter) missing.push(fill(r.missingMeter, { facility: name }));
    }
    else if (e.profile) items.push(fill(r.checkEstimate, { facility: name }));
    else if (e.monthly) items.push(fill(r.checkBills, { facility: name }));
    else items.push(fill(r.checkAnnual, { facility: name }));
    if (e.profile) missing.push(fill(r.missingEstimate, { facility: name }));
  }
  for (const s of project.supplies || []) {
    items.push(fill(r.checkGeneration, { supply: v.nm(s.id) }) + (s.generation && s.generation.meter ? " (" + s.generation.meter + ")" : ""));
    if (s.solar) missing.push(fill(r.missingSolar, { supply: v.nm(s.id) }));
  }
  for (const f of result.facilities || []) {
    for (const i of f.instruments || []) {
      if (i.accepted) continue;
      const failed = (i.reasons || []).filter((x) => x.status === "failed");
      missing.push(fill(r.missingRefused, { kind: t.kinds[i.kind] || i.kind, id: i.id ? v.nm(i.id) : "", facility: fname(f.id),
        reasons: (failed.length ? failed : i.reasons || []).map((x) => say(x, v.nm)).join(t.listSep) }));
    }
  }
  const rows = items.map((x) => el("tr", null, el("td", null, x), el("td", { class: "gl-box" }, el("span", { "aria-hidden": "true" }, "☐"))));
  return section("gl-checklist", h, r.checklistHeading, el("p", null, r.checklistIntro),
    el("div", { class: "gl-table-wrap" }, el("table", { class: "gl-table" }, el("caption", null, r.checklistCaption),
      el("thead", null, el("tr", null, el("th", { scope: "col" }, r.item), el("th", { scope: "col" }, r.done))), el("tbody", null, rows))),
    el("h" + (+h.slice(1) + 1), null, r.missingHeading),
    missing.length ? el("ul", { class: "gl-missing" }, missing.map((m) => el("li", null, m))) : el("p", null, r.nothingMissing));
}

// flaggedFigures lists every figure that carries a flag, by where it is.
function flaggedSection(v, result, h) {
  const t = v.t, r = t.report;
  const items = [];
  const put = (label, fig) => { if (fig && fig.flags && fig.flags.length) items.push([label, fig]); };
  put(t.locationBased, result.location_based);
  put(t.marketBased, result.market_based);
  put(t.scope1, result.scope1);
  for (const f of result.facilities || []) {
    const n = v.nm(f.id);
    put(n + " — " + t.locationBased, f.location_based);
    put(n + " — " + t.marketBased, f.market_based);
    put(n + " — " + t.scope1, f.scope1);
  }
  for (const s of result.supplies || []) put(v.nm(s.id) + " — " + t.allocated, { value: s.allocated.value, unit: s.allocated.unit, flags: s.flags });
  for (const p of result.products || []) {
    const n = v.nm(p.id);
    put(n + " — " + t.locationBased, p.location_based);
    put(n + " — " + t.marketBased, p.market_based);
    if (p.cbam) put(n + " — " + t.see, { value: p.cbam.see, unit: "tCO2e/t", flags: p.cbam.flags });
  }
  const flags = flagsUsed(result);
  return section("gl-flagged", h, r.flagsHeading,
    items.length ? [flagHelp(v, flags), el("ul", { class: "gl-flagged-list" }, items.map(([label, fig]) =>
      el("li", null, fill(r.flaggedFigure, { figure: label + " (" + num(v, fig.value) + " " + fig.unit + ")", flag: fig.flags.map((f) => t.flags[f] || f).join(", ") }))))]
      : el("p", null, r.noFlags));
}

function report(container, args) {
  const { result, project, text } = args;
  const meta = args.meta || {};
  const used = factorsUsed(result);
  // region names a grid by the name of its factor in the page's language.
  const region = (key) => {
    const f = used.list.find((x) => x.key === key);
    return f ? ((text.lang === "zh" && f.name_zh) ? f.name_zh : f.name_en) : key;
  };
  const v = newView(text, { trace: false, nm: namer(text, project, result), region });
  const t = text, r = text.report;
  clear(container);
  container.onclick = showExact;
  container.classList.add("gl-report");
  container.setAttribute("lang", t.lang === "zh" ? "zh-Hans" : "en");
  container.setAttribute("aria-label", r.reportLabel);
  const per = periodOf(project || {});
  const tables = (meta.tables && meta.tables.length) ? meta.tables : used.tables;
  const head = el("header", { class: "gl-report-head" }, el("h2", { class: "gl-report-title" }, r.title),
    el("dl", { class: "gl-dl" },
      el("dt", null, r.organisation), el("dd", { "data-slot": "organisation" }, (project && project.organisation) || r.unknown),
      project && project.name ? [el("dt", null, r.project), el("dd", null, project.name)] : null,
      el("dt", null, r.period), el("dd", null, per ? fill(r.periodValue, { from: monthLabel(v, per.from, true), to: monthLabel(v, per.to, true) }) : r.unknown),
      el("dt", null, r.generated), el("dd", null, meta.generated || r.unknown)));
  const results = section("gl-report-results", "h3", r.resultsHeading, resultsBody(v, result, "h3"));
  const integrity = section("gl-integrity", "h3", r.integrityHeading,
    el("dl", { class: "gl-dl" },
      el("dt", null, r.inputHash), el("dd", null, el("code", { class: "gl-hash", "data-hash": meta.inputHash || "" }, meta.inputHash || r.unknown)),
      el("dt", null, r.appVersion), el("dd", { "data-slot": "app-version" }, meta.appVersion || r.unknown),
      el("dt", null, r.tableVersions), el("dd", null, el("ul", { class: "gl-plain gl-table-versions" }, tables.map((x) => el("li", null, x))))),
    el("p", { class: "gl-help" }, r.hashHow));
  add(container, [head, inputsSection(v, project || {}, "h3"), results,
    citationsSection(v, used, "h3"), checklist(v, project || {}, result, "h3"), flaggedSection(v, result, "h3"), integrity]);
  return container;
}

export { render, report, factorsUsed, periodOf, newView, num, namer, el, table };
