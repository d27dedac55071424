// The factor tables from the Worker, on the page (docs/worker.md): starts
// the factor source (factorsource.js) with the embedded table versions,
// computes with the tables kept from an earlier visit at once, refreshes
// from the Worker in the background, says what it picked up or refused
// and why, lets the user trust an association's key, and marks each
// result and report with the table versions used and where each came
// from. Nothing here waits for the network: a calculation waits only for
// the tables kept in this browser.

import { $ } from "./dom.js";
import { fill } from "./text.js";
import { calculate as engineCalculate } from "./engine.js";
import { factorSource } from "./factorsource.js";
import { csvRows } from "./csv.js";

const cfg = JSON.parse($("#tables-i18n").textContent);
const T = cfg.text;
const trustKey = "greenline-trusted-keys";
const status = $("#factor-status");

const ref = (t) => t.id + "@" + t.version;
const trusted = () => {
  try { return JSON.parse(localStorage.getItem(trustKey)) || []; } catch (_) { return []; }
};
const setTrusted = (keys) => { try { localStorage.setItem(trustKey, JSON.stringify(keys)); } catch (_) { /* private mode: this visit only */ } };

let source = null;
let kept = [];         // every table kept (checked) so far
let refused = [];      // the last refresh's refusals, and the bridge's
const dropped = new Set(); // refs the engine could not load
let news = [];         // what the status line says
let changed = () => {};
let offer = () => {};

// inUse are the kept tables the engine computes with: an association's
// only while its key is trusted.
const inUse = () => {
  const keys = trusted(); // read and parsed once, not once a table
  return kept.filter((t) => !dropped.has(ref(t)) && (!t.key_id || keys.includes(t.key_id)));
};

// word turns a refusal into a sentence of the page's language.
const word = (r) => {
  const params = { ...r.params, id: r.id, version: r.version };
  // A reason is a code too (factorsource.js), worded with the refusal's
  // parameters ({status} of reason.http).
  if (cfg.codes[params.reason]) params.reason = fill(cfg.codes[params.reason], params);
  if (cfg.codes[r.code] && r.code.startsWith("factor.")) return fill(cfg.codes[r.code], params);
  return fill(T.refused, { id: r.id, version: r.version, reason: cfg.codes[r.code] || r.code });
};

const say = () => {
  if (!status) return;
  status.textContent = news.join(" ");
  status.hidden = news.length === 0;
};

const paintBox = () => {
  offer();
  const keptLine = $("#factor-kept");
  if (!keptLine) return;
  const list = inUse().map((t) => fill(T.line, { id: t.id, version: t.version, source: fill(T.fromWorker, { url: cfg.source }) }));
  keptLine.textContent = fill(T.kept, { list: list.join("; ") || T.none });
  // The association tables on offer: those refused for want of trust,
  // and those kept, each with its key's control.
  const offers = [...refused.filter((r) => r.code === "factor.untrusted").map((r) => ({ id: r.id, version: r.version, key_id: r.params.key_id })),
    ...kept.filter((t) => t.key_id)];
  $("#factor-offers").replaceChildren(...offers.map((o) => {
    const on = trusted().includes(o.key_id);
    const li = document.createElement("li");
    li.dataset.table = ref(o);
    const b = document.createElement("button");
    b.type = "button";
    b.className = "secondary";
    b.dataset.key = o.key_id;
    b.setAttribute("aria-pressed", String(on));
    b.textContent = on ? T.untrust : T.trust;
    b.addEventListener("click", () => trust(o.key_id, !on));
    li.append(fill(T.offered, { id: o.id, version: o.version, key_id: o.key_id }) + (on ? " — " + T.trusted : "") + " ", b);
    return li;
  }));
  $("#factor-refusals").replaceChildren(...refused.filter((r) => r.code !== "factor.untrusted").map((r) => {
    const li = document.createElement("li");
    li.dataset.code = r.code;
    li.textContent = word(r);
    return li;
  }));
};

// refresh asks the Worker in the background; when it answers, the page
// says what it picked up or refused and computes again if the tables
// changed.
const refresh = () => source.refresh().then(({ tables, refused: r }) => {
  const before = new Set(inUse().map(ref));
  kept = tables;
  refused = r;
  const fresh = inUse().filter((t) => !before.has(ref(t)));
  news = [...fresh.map((t) => fill(T.pickedUp, { id: t.id, version: t.version, url: cfg.source })),
    ...r.filter((x) => x.code !== "factor.untrusted").map(word)];
  say();
  paintBox();
  if (fresh.length) changed();
});

const start = () => {
  source = factorSource({ url: cfg.source, embedded: cfg.embedded, trusted: trusted() });
  const ready = source.ready().then((k) => { kept = k; paintBox(); }, () => {});
  ready.then(refresh); // never awaited by a calculation
  return ready;
};

// trust records the user's choice about a key, then asks the Worker again.
const trust = (keyID, on) => {
  const keys = trusted().filter((k) => k !== keyID);
  setTrusted(on ? [...keys, keyID] : keys);
  source = factorSource({ url: cfg.source, embedded: cfg.embedded, trusted: trusted() });
  paintBox();
  changed();
  refresh();
};

const loaded = cfg.source ? start() : Promise.resolve();

// onChange sets what to do when the tables in use change (compute again).
export const onChange = (f) => { changed = f; };

// onOffer sets what to do when the association tables on offer change
// (the facilities' region lists show their rows).
export const onOffer = (f) => { offer = f; };

// offered are the association tables in use (their key trusted), for a
// facility to take a row of: [{id, version, label, lang, rows: [{key,
// name, value, unit, lang}]}], names and titles in the page's language
// (lang "en" where a Chinese page has only the English), each table in
// its newest version. Embedded tables' newer versions are not among them:
// the embedded rows are listed already, and a facility that names the
// table gets the newest version anyway. A table that cannot be read is
// left out (the engine refuses it, and says why, when it computes).
let offerCache = { key: null, tables: [] };
export const offered = () => {
  const use = newest(inUse().filter((t) => t.key_id));
  const key = use.map(ref).join(" ");
  if (offerCache.key !== key) offerCache = { key, tables: use.flatMap(rowsOf) };
  return offerCache.tables;
};

// rowsOf reads one kept table for the region lists: [] if it cannot.
const rowsOf = (t) => {
  try {
    const zh = document.documentElement.lang.startsWith("zh");
    const inLang = (text) => (zh && text.zh ? [text.zh, ""] : [text.en, zh ? "en" : ""]);
    const [title, lang] = inLang(JSON.parse(t.manifest).tables[0].title);
    const [head, ...rows] = csvRows(t.csv);
    const col = (name) => head.indexOf(name);
    return [{
      id: t.id, version: t.version, lang, label: fill(T.group, { title, id: t.id, version: t.version }),
      rows: rows.filter((r) => r.length === head.length).map((r) => {
        const [name, lang] = inLang({ en: r[col("name_en")], zh: r[col("name_zh")] });
        return { key: r[col("key")], name, lang, value: r[col("value")], unit: r[col("unit")] };
      }),
    }];
  } catch (_) {
    return [];
  }
};

// newest keeps the newest version of each table, the one the engine
// computes with when a facility names the table.
const newest = (tables) => tables.filter((t) => !tables.some((u) => u.id === t.id && u.version > t.version));


// calculate computes a project file with the embedded tables and those in
// use; a kept table the engine refuses is dropped, said, and the project
// computed again without it.
export const calculate = async (input) => {
  await loaded; // this browser's own storage, not the network
  for (;;) {
    const use = inUse();
    const r = await engineCalculate(input, use.map((t) => ({ manifest: t.manifest, csv: t.csv, signature: t.signature })));
    const e = r.answer.errors && r.answer.errors[0];
    const i = e && e.code === "factor.kept_invalid" ? Number((/\[(\d+)\]/.exec(e.field) || [])[1]) : NaN;
    if (!(i >= 0 && i < use.length)) return r;
    const t = use[i];
    dropped.add(ref(t));
    const bad = { id: t.id, version: t.version, code: e.code, params: e.params || {} };
    refused = [...refused, bad];
    news = [...news, word(bad)];
    say();
    paintBox();
  }
};

// sources lists the table versions a result used ("id@version", as its
// traces name them), each with where it came from.
export const sources = (refs) => refs.map((r) => {
  const t = inUse().find((k) => ref(k) === r);
  const [id, version] = r.split("@");
  const source = t ? fill(T.fromWorker, { url: cfg.source }) : T.embedded;
  // The fuel factors are a data file of Greenline's own with no version:
  // its trace names it without "@".
  const text = version === undefined ? fill(T.dataLine, { id, source }) : fill(T.line, { id, version, source });
  return { id, version: version || "", worker: !!t, text };
});

// mark adds the tables a result used, and their sources, to a result
// view or report.
export const mark = (container, refs) => {
  const box = document.createElement("section");
  box.className = "gl-sources";
  const h = document.createElement("h3");
  h.textContent = T.used;
  const ul = document.createElement("ul");
  for (const s of sources(refs)) {
    const li = document.createElement("li");
    li.dataset.table = s.version ? s.id + "@" + s.version : s.id;
    li.dataset.source = s.worker ? "worker" : "embedded";
    li.textContent = s.text;
    ul.append(li);
  }
  box.append(h, ul);
  container.append(box);
};
