// The project document: Greenline's project file, as the core reads it,
// plus the page's own keys (starting with "_": which input mode a
// facility uses, the step shown, the ids handed out). Every control of the
// form is bound to a path in it ("facilities[1].name"), the same path the
// core names in its problems.

import { form } from "./dom.js";

// parse splits "a.b[2].c" into ["a", "b", 2, "c"].
const parse = (path) => path.split(/\.|(?=\[)/).map((p) => (p[0] === "[" ? Number(p.slice(1, -1)) : p));
export const getPath = (obj, path) => parse(path).reduce((o, k) => (o == null ? undefined : o[k]), obj);
export const setPath = (obj, path, value) => {
  const keys = parse(path);
  let o = obj;
  keys.slice(0, -1).forEach((k, i) => {
    if (o[k] == null || typeof o[k] !== "object") o[k] = typeof keys[i + 1] === "number" ? [] : {};
    o = o[k];
  });
  o[keys[keys.length - 1]] = value;
};

export const months12 = () => Array(12).fill("");
const lastYear = () => String(new Date().getFullYear() - 1) + "-01";
const table = () => form.dataset.table;

// newItemID gives an item an id no item of the list has had before in
// this project, so that a removed facility's id never comes back to claim
// the certificates that named it.
const newItemID = (d, list, prefix) => {
  d._ids = d._ids || {};
  let n = Math.max(d._ids[prefix] || 0, list.length) + 1;
  while (list.some((x) => x.id === prefix + n)) n++;
  d._ids[prefix] = n;
  return prefix + n;
};

// defaults are what a new item starts with where the page's settings say
// (a framed calculator's region).
export const defaults = { region: "" };

// make holds a new item of each kind the form can add.
export const make = {
  facility: (d) => ({ id: newItemID(d, d.facilities, "f"), name: "", grid: { table: table(), key: defaults.region },
    electricity: { unit: "kWh", monthly: months12() }, _mode: "monthly" }),
  supply: (d) => ({ id: newItemID(d, d.supplies, "s"), name: "", kind: "direct-line", technology: "solar", unit: "kWh",
    rule: "pro-rata", surplus: "exported", users: [], _gen: "meter" }),
  solar: (d) => {
    const s = make.supply(d);
    s.kind = "microgrid";
    s._gen = "solar";
    s.solar = { capacity_kw: "", latitude: "", longitude: "", utc_offset_hours: "8", monthly_yield: months12() };
    if (d.facilities.length === 1) s.users = [{ facility: d.facilities[0].id }];
    return s;
  },
  certificate: (d) => ({ id: newItemID(d, d.certificates, "gec-"), scheme: "GEC", mwh: "", market: "CN",
    vintage: { from: d.period.start || "", to: "" }, retired_for: d.organisation || "",
    facility: d.facilities[0] ? d.facilities[0].id : "", serials: "" }),
  contract: (d) => ({ id: newItemID(d, d.contracts, "ppa-"), facility: d.facilities[0] ? d.facilities[0].id : "",
    mwh: "", technology: "wind", market: "CN", evidence: "", shape: "annual" }),
  plantShare: (d) => ({ facility: d.facilities[0] ? d.facilities[0].id : "", _src: "statement", operator: "", supply: "",
    technology: "solar", monthly: months12() }),
  product: (d) => ({ id: newItemID(d, d.products, "p"), name: "", facility: d.facilities[0] ? d.facilities[0].id : "",
    key: "mass", tonnes: "", cn: "" }),
};

// newDoc is a fresh project: one facility, last year.
export const newDoc = () => {
  const d = { format: 1, name: "", organisation: "", period: { start: lastYear() }, facilities: [], supplies: [],
    certificates: [], contracts: [], products: [], plant_shares: [], _role: "own" };
  d.facilities.push(make.facility(d));
  return d;
};

// docFromProject opens a project file for editing.
export const docFromProject = (p) => {
  const d = structuredClone(p);
  for (const k of ["facilities", "supplies", "certificates", "contracts", "products", "plant_shares"]) if (!Array.isArray(d[k])) d[k] = [];
  if (!d.period) d.period = { start: "" };
  for (const f of d.facilities) {
    const e = (f.electricity = f.electricity || { unit: "kWh" });
    if (!Array.isArray(e.monthly)) e.monthly = months12();
    f._mode = e.hourly ? "hourly" : e.annual !== undefined ? "annual" : "monthly";
    if (!f.grid) f.grid = { table: table(), key: "" };
  }
  for (const c of d.certificates) if (!c.vintage || typeof c.vintage !== "object") c.vintage = { from: "", to: "" };
  for (const s of d.supplies) {
    s._gen = s.solar ? "solar" : "meter";
    if (!Array.isArray(s.users)) s.users = [];
    if (s.solar && !Array.isArray(s.solar.monthly_yield)) s.solar.monthly_yield = months12();
    s._curtailHours = ((s.curtailment && s.curtailment.hours) || []).join("\n");
  }
  for (const ps of d.plant_shares) {
    ps._src = ps.statement ? "statement" : ps.monthly || ps.operator ? "bill" : "statement";
    if (!Array.isArray(ps.monthly)) ps.monthly = months12();
    for (const k of ["operator", "supply"]) if (ps[k] === undefined) ps[k] = "";
    if (!ps.technology) ps.technology = "solar";
  }
  // The role: as saved, or as the project shows it.
  if (!d._role) d._role = d.plant_shares.length ? "user" : d.supplies.some((s) => s.users.some((u) => u.entity)) ? "operator" : "own";
  return d;
};

const intText = (v) => (typeof v === "string" && /^-?\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : v);
const dropEmpty = (o, keys) => { for (const k of keys) if (o[k] === "" || o[k] === undefined) delete o[k]; };
const clean = (v) => {
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === "object") {
    const o = {};
    for (const [k, x] of Object.entries(v)) if (k[0] !== "_") o[k] = clean(x);
    return o;
  }
  return v;
};

// projectFile is the document as Greenline's file format has it: without
// the page's keys and the alternatives the modes chosen do not use, so
// that the file holds exactly what is computed. full asks for the hourly
// shares the result's heat maps draw; the running totals the other steps
// show after each keystroke leave them out.
export const projectFile = (d, full = true) => {
  const p = clean(d);
  dropEmpty(p, ["name", "organisation"]);
  if (!p.period || !p.period.start) delete p.period;
  p.facilities.forEach((f, i) => {
    const mode = d.facilities[i]._mode;
    const e = f.electricity;
    dropEmpty(f, ["name"]);
    if (mode !== "annual") delete e.annual;
    if (mode !== "monthly") delete e.monthly;
    if (mode === "hourly") { delete e.profile; e.unit = "kWh"; } else delete e.hourly;
    if (mode === "hourly" && !e.hourly) e.hourly = { step_minutes: 60, values: [] };
    if (e.profile) {
      if (!e.profile.shifts) delete e.profile;
      else {
        e.profile.shifts = intText(e.profile.shifts);
        if (!e.profile.days) e.profile.days = "mon-fri";
      }
    }
  });
  p.supplies.forEach((s, i) => {
    const gen = d.supplies[i]._gen;
    dropEmpty(s, ["name"]);
    if (gen === "solar") delete s.generation; else delete s.solar;
    if (gen !== "solar" && !s.generation) s.generation = { step_minutes: 60, values: [] };
    if (s.solar) s.solar.utc_offset_hours = intText(s.solar.utc_offset_hours);
    if (s.rule !== "fixed-shares") delete s.reoffer;
    else if (!s.reoffer) delete s.reoffer;
    dropEmpty(s, ["export_cap"]);
    const c = s.curtailment;
    if (c && c.daily && !String(c.daily.from || "").trim() && !String(c.daily.to || "").trim()) delete c.daily;
    const hours = String(d.supplies[i]._curtailHours || "").split(/\s+/).filter(Boolean);
    if (hours.length) s.curtailment = { ...(s.curtailment || {}), hours };
    if (s.curtailment && !s.curtailment.daily && !s.curtailment.hours) delete s.curtailment;
    for (const u of s.users) {
      dropEmpty(u, ["entity", "uscc"]);
      if (s.rule !== "fixed-shares") delete u.share;
      if (s.rule !== "priority") delete u.priority;
      else u.priority = intText(u.priority === undefined ? "" : u.priority);
    }
  });
  // A plant share is the operator's statement, or the figures of its
  // bill: the file holds the one chosen.
  p.plant_shares.forEach((ps, i) => {
    if (d.plant_shares[i]._src === "statement") {
      for (const k of ["operator", "supply", "technology", "monthly", "factor"]) delete ps[k];
    } else delete ps.statement;
  });
  for (const c of p.certificates) dropEmpty(c, ["retired_for", "serials", "technology"]);
  for (const c of p.contracts) if (c.shape === "annual") delete c.shape;
  for (const g of p.products) {
    dropEmpty(g, ["name", "cn"]);
    if (g.key !== "units") delete g.units;
    if (g.key !== "machine-hours") delete g.machine_hours;
    if (g.key !== "mass" && g.tonnes === "" && !g.cn) delete g.tonnes;
  }
  for (const k of ["supplies", "certificates", "contracts", "products", "plant_shares"]) if (!p[k].length) delete p[k];
  if (full) p.options = { hourly_share: true };
  return p;
};

// fileText is a project file as saved: indented, ending in a new line.
export const fileText = (p) => JSON.stringify(p, null, 2) + "\n";
