// Problems: the core names each problem by code, place and parameters;
// this module says it in the page's language beside the control it is
// about, marks the steps that have problems, and lists them all on the
// results step with a button to each.

import { $, $$, form, labelOf } from "./dom.js";
import { W, fill, locale } from "./text.js";
import { state } from "./state.js";
import { showStep } from "./form.js";
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
  const nm = namer(resultsText, state.doc);
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
    const place = [title, label].filter(Boolean).join(" · ");
    li.append((place ? place + ": " : "") + said + " ");
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
