// Words: the page's own wording of the core's answers. The core names
// every problem, reason, note and trace step by a code with named
// parameters, and every choice by a machine id; this module says them in
// the page's language from the page's tables (site/i18n_codes.go, in the
// page as the data block "codes-i18n"). It never reads the core's English.

import { fill, group, text, movePoint } from "./text.js";

const data = JSON.parse(document.getElementById("codes-i18n").textContent);

// label is the page's label of an enum value of a kind ("technology",
// "solar"), or the value as it is when the page has none.
export const label = (kind, id) => (data.enums[kind] && data.enums[kind][id]) || id;

// Parameters that name an item of the project, by id or by name.
const named = new Set(["id", "other", "supply", "facility", "product"]);

// param is a parameter's value as the page shows it: an enum's label, an
// item's name, a number grouped (except a value the user typed, shown as
// typed).
const param = (k, v, nm) => {
  const kind = data.param_enums[k];
  if (kind) return label(kind, v);
  if (k === "key" && text.regions && text.regions[v]) return text.regions[v];
  if (named.has(k) && nm) return nm(v);
  if (k !== "value" && /^-?\d{5,}(\.\d+)?$/.test(String(v))) return group(v);
  return v;
};

// Parameters quoting a source in its own language (a CN description, a
// citation): sayParts keeps them apart, to be marked as quotations.
const quoted = new Set(["description", "citation"]);

// sayParts is say as a list of strings and {quote} parts, for a page
// that marks the quoted sources with their language.
export const sayParts = (x, nm) => {
  const tpl = data.codes[x.code];
  if (tpl === undefined) return [data.codes.internal];
  const params = x.params || {};
  return String(tpl).split(/(\{\w+\})/).filter((s) => s !== "").map((s) => {
    const k = s[0] === "{" ? s.slice(1, -1) : null;
    if (k === null || !(k in params)) return s;
    return quoted.has(k) ? { quote: params[k] } : String(param(k, params[k], nm));
  });
};

// say is a coded answer (a problem, a reason, a note, a trace step) in the
// page's language; nm names the project's items by their ids.
export const say = (x, nm) => {
  const tpl = data.codes[x.code];
  if (tpl === undefined) return data.codes.internal;
  const p = {};
  for (const [k, v] of Object.entries(x.params || {})) p[k] = param(k, v, nm);
  return fill(tpl, p);
};

// Numbers of a share's problem, which the core gives as fractions.
const fractions = ["value", "min", "max", "sum"];

// sayPercent is say for a problem of a share the user types as a
// percentage: its numbers are said as percentages too, and the sum of the
// shares by the page's own wording (percent is it, with {sum}).
export const sayPercent = (x, nm, percent) => {
  const params = { ...(x.params || {}) };
  for (const k of fractions) if (k in params && /^-?\d+(\.\d+)?$/.test(params[k])) params[k] = movePoint(params[k], 2) + " %";
  if (x.code === "supply.shares_sum") return fill(percent, { sum: params.sum });
  return say({ ...x, params }, nm);
};
