// Problems: the core names each problem by code, place and parameters;
// this module says it in the page's language beside the control it is
// about, marks the steps that have problems, and lists them all on the
// results step with a button to each.

import { $, $$, form, labelOf } from "./dom.js";
import { W } from "./text.js";
import { state } from "./state.js";
import { showStep } from "./form.js";
import { say } from "./words.js";

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
  for (const e of state.errors) {
    const el = where(e.field);
    const slot = e.field && $(`.error[data-error-for="${CSS.escape(e.field)}"]`, form);
    const section = el && el.closest("section.step");
    if (section) {
      const b = $(`.steps [data-goto="${section.dataset.step}"]`);
      b.classList.add("has-errors");
      $("[data-err]", b).textContent = " (" + W.HasProblems + ")";
    }
    if (slot && el && state.touched.has(e.field)) {
      slot.textContent = (slot.textContent ? slot.textContent + " " : labelOf(el) + ": ") + say(e);
      slot.hidden = false;
      el.setAttribute("aria-invalid", "true");
    }
    // In the list, a problem is named by its card and its field's label,
    // not by its path.
    const li = document.createElement("li");
    const card = el && el.closest(".card");
    const label = el && el.matches("[data-field]") ? labelOf(el) : "";
    const title = card ? $("[data-title]", card).textContent : "";
    const place = [title, label].filter(Boolean).join(" · ");
    li.append((place ? place + ": " : "") + say(e) + " ");
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
  $("#stale").hidden = !(items.length && state.painted);
};
