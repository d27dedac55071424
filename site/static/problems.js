// Problems: the core names each problem by code, place and parameters;
// this module says it in the page's language beside the control it is
// about, marks the steps that have problems, and lists them all on the
// results step with a button to each.

import { $, $$, form, labelOf } from "./dom.js";
import { W, fill, locale } from "./text.js";
import { state } from "./state.js";
import { showStep, lists } from "./form.js";
import { say, sayPercent } from "./words.js";
import { namer } from "./results.js";
import { resultsText } from "./text.js";

// where finds the control a problem is about, or the card it belongs to.
const where = (field) => {
  if (!field) return null;
  let f = field;
  while (f) {
    const el = $(`[data-field="${CSS.escape(f)}"]`, form) || $(`[data-path="${CSS.escape(f)}"]`, form);
    if (el) return el;
    const up = f.replace(/(\.[^.[\]]*|\[\d+\])$/, "");
    if (up === f) break; // a top-level name: nothing above it
    f = up;
  }
  return null;
};

// place joins the parts naming where a problem is: a card's title and a
// field's label ("Facility 1 · Annual use").
const place = (...parts) => parts.filter(Boolean).join(" · ");

// labelIn is the label of the control bound to rel in the card templates
// tpls, or, with no templates, of the step's own control (the company,
// the period); "" when no control is bound to it.
const labelIn = (tpls, rel) => {
  if (!tpls) {
    const el = $(`section.step > .field [data-field="${CSS.escape(rel)}"]`, form);
    return el ? labelOf(el) : "";
  }
  for (const id of tpls) {
    const c = document.getElementById(id).content;
    const el = c.querySelector(`[data-bind="${CSS.escape(rel)}"]`);
    const l = el && el.id && c.querySelector(`label[for="${CSS.escape(el.id)}"]`);
    if (l) return l.textContent.trim();
  }
  return "";
};

// fieldPlace names a field of a project that is not open (a file refused
// on opening) as the results step's list names one: by its card and its
// label ("Facility 1 · Annual use"), the card's template standing in for
// the card. A part with no control is said by its word (W.Places: "ID",
// "User 2"), and a part with neither is left out: never the raw path.
// project is the file as read, for the items' names, or null.
export const fieldPlace = (field, project) => {
  const segs = String(field || "").split(".").filter(Boolean).map((s) => {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(s) || [s, s, ""];
    const i = /\[(\d+)\]/.exec(m[2]);
    return { name: m[1], at: i ? Number(i[1]) : -1, raw: s };
  });
  const parts = [];
  let tpls = null;
  let k = 0;
  const top = segs[0] && Object.values(lists).filter((l) => l.path === segs[0].name);
  if (top && top.length && segs[0].at >= 0) {
    const item = project && Array.isArray(project[segs[0].name]) ? project[segs[0].name][segs[0].at] : null;
    parts.push(top[0].title(item && typeof item === "object" ? item : {}, segs[0].at));
    tpls = top.map((l) => l.tpl);
    k = 1;
  }
  while (k < segs.length) {
    // the longest run of parts from k that a control is bound to
    let j = segs.length;
    let label = "";
    while (j > k && !(label = labelIn(tpls, segs.slice(k, j).map((s) => s.raw).join(".")))) j--;
    if (label) {
      parts.push(label);
      k = j;
      continue;
    }
    const { name, at } = segs[k];
    const word = W.Places[name];
    if (word) parts.push(at >= 0 ? word + " " + (at + 1) : word);
    if (name === "users") tpls = ["tpl-user"]; // a supply's user has its own template
    k++;
  }
  return place(...parts);
};

// itemPath is a parameter naming another item by its path, as
// id.duplicate's and certificate.serials' {other} do ("facilities[0]").
const itemPath = /^[a-z_]+\[\d+\](?:\.[a-z_]+\[\d+\])*$/;

// withPaths is a namer (see say) that also names an item given by its
// path, as fieldPlace does: by its card's title, not the path.
export const withPaths = (nm, project) => (v) => (itemPath.test(v) ? fieldPlace(v, project) : nm ? nm(v) : v);

// focusField shows the step of a field and puts the focus on it.
export const focusField = (field) => {
  const el = where(field);
  const section = el && el.closest("section.step");
  if (!section) return;
  state.touched.add(field);
  showStep(section.dataset.step, false);
  const target = where(field);
  (target.matches("[data-field]") ? target : target.querySelector("input, select") || target).focus();
};

export const showErrors = () => {
  for (const p of $$(".error[data-error-for]", form)) { p.hidden = true; p.textContent = ""; }
  for (const el of $$("[aria-invalid]", form)) el.removeAttribute("aria-invalid");
  for (const b of $$(".steps [data-goto]")) {
    b.classList.remove("has-errors");
    $("[data-err]", b).textContent = "";
  }
  const items = [];
  const nm = withPaths(namer(resultsText, state.doc), state.doc);
  const warnings = new Set(state.warnings);
  for (const e of [...state.errors, ...state.warnings]) {
    const el = where(e.field);
    // A share is typed as a percentage: its problem is said in percent.
    const said = (el && el.hasAttribute("data-percent")) || e.code === "supply.shares_sum" ? sayPercent(e, nm, W.SharesSum) : say(e, nm);
    const slot = e.field && $(`.error[data-error-for="${CSS.escape(e.field)}"]`, form);
    const section = el && el.closest("section.step");
    // A step is marked once the user has been through the field: a fresh
    // project shows no marks before anything is typed.
    if (section && (state.touched.has(e.field) || state.left.has(section.dataset.step))) {
      const b = $(`.steps [data-goto="${section.dataset.step}"]`);
      b.classList.add("has-errors");
      $("[data-err]", b).textContent = " (" + W.HasProblems + ")";
    }
    if (slot && el && state.touched.has(e.field)) {
      slot.textContent = (slot.textContent ? slot.textContent + " " : labelOf(el) + ": ") + said;
      slot.hidden = false;
      el.setAttribute("aria-invalid", "true");
    }
    // A warning is said at its field and in the result, not listed as
    // something that keeps the results from being computed.
    if (warnings.has(e)) continue;
    // In the list, a problem is named by its card and its field's label,
    // not by its path.
    const li = document.createElement("li");
    const card = el && el.closest(".card");
    const label = el && el.matches("[data-field]") ? labelOf(el) : "";
    const title = card ? $("[data-title]", card).textContent : "";
    const at = place(title, label);
    li.append((at ? at + ": " : "") + said + " ");
    if (section) {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "link";
      b.textContent = W.GoTo;
      b.addEventListener("click", () => focusField(e.field));
      li.append(b);
    }
    items.push(li);
  }
  $("#problems ul").replaceChildren(...items);
  $("#problems").hidden = !items.length;
  markStale(state.errors.length > 0);
};

// markStale says, while the project has problems, that what is shown,
// printed and saved is the last result without problems, and from when:
// beside the running total, above the result, and at the top of the
// printed report.
const markStale = (stale) => {
  const last = state.last;
  const on = stale && !!last;
  const when = last ? last.at.toLocaleTimeString(locale) : "";
  $("#live-stale").hidden = !on;
  $("#live-stale").textContent = W.StaleMark + (on ? " · " + when : "");
  $("#stale").hidden = !on;
  $("#stale").textContent = on ? fill(W.StaleSince, { time: last.at.toLocaleString(locale) }) : W.Stale;
  const report = $("#report");
  let mark = $(".gl-stale", report);
  if (on && report.firstChild) {
    if (!mark) { mark = document.createElement("p"); mark.className = "gl-stale"; report.prepend(mark); }
    mark.textContent = W.StaleMark + ": " + fill(W.StaleSince, { time: last.at.toLocaleString(locale) });
  } else if (mark) mark.remove();
  if (!stale || last) $("#export-refused").hidden = true;
};
