// Form binding: every control carries the path of the value it edits
// (data-field), the cards of a list are copied from <template>s, and the
// steps are shown one at a time. An edit writes the document, saves it
// and asks for a new answer; nothing here computes a figure.

import { $, $$, form } from "./dom.js";
import { W, P, fill, locale, group, movePoint } from "./text.js";
import { state } from "./state.js";
import { getPath, setPath, make } from "./project.js";
import { save, undoable, fillProjects } from "./projects.js";
import { compute } from "./compute.js";
import { showErrors, focusField } from "./problems.js";
import { warm } from "./engine.js";
import { offered, onOffer } from "./tables.js";

// changed follows every edit: the project is saved and computed again.
export const changed = () => { save(); compute(); };

let copies = 0; // makes the ids of every copied template unique
const instantiate = (tpl, path) => {
  const n = ++copies;
  const node = document.getElementById(tpl).content.firstElementChild.cloneNode(true);
  const rename = (v) => v.split(" ").map((id) => id + "--" + n).join(" ");
  for (const el of [node, ...node.querySelectorAll("[id]")]) if (el.id) el.id = rename(el.id);
  for (const el of node.querySelectorAll("label[for]")) el.htmlFor = rename(el.htmlFor);
  for (const el of node.querySelectorAll("[aria-describedby]")) el.setAttribute("aria-describedby", rename(el.getAttribute("aria-describedby")));
  for (const el of node.querySelectorAll("[data-bind]")) el.dataset.field = path + "." + el.dataset.bind;
  for (const el of node.querySelectorAll("[data-error-for]")) el.dataset.errorFor = path + "." + el.dataset.errorFor;
  for (const el of node.querySelectorAll("input[type=radio]")) el.name = el.dataset.field + "--" + n;
  node.dataset.path = path;
  return node;
};
// A facility's region list (data-factor) chooses a row of the embedded
// grid table by its key, or a row of an association's table on offer as
// "table key"; a choice sets the facility's grid to {table, key} (or
// {country, key} where it was a default by country). A grid
// the list cannot show (another embedded table, an association's no
// longer trusted) is shown by its key, as before the list offered tables.
const gridOf = (field) => field.replace(/\.key$/, "");
const factorValue = (field) => {
  const t = getPath(state.doc, gridOf(field) + ".table");
  const k = getPath(state.doc, field) || "";
  return t && offered().some((o) => o.id === t) ? t + " " + k : k;
};
// factorOptions lists the rows of the association tables in use in a
// region list, after the embedded ones, and shows the facility's choice.
const factorOptions = (select) => {
  for (const g of select.querySelectorAll("optgroup[data-kept]")) g.remove();
  for (const t of offered()) {
    const g = document.createElement("optgroup");
    g.label = t.label;
    g.dataset.kept = t.id;
    if (t.lang) g.lang = t.lang;
    g.append(...t.rows.map((r) => {
      const o = new Option(r.name + " — " + r.value + " " + r.unit, t.id + " " + r.key);
      if (r.lang) o.lang = r.lang;
      return o;
    }));
    select.append(g);
  }
  setControl(select);
};
onOffer(() => { for (const sel of $$("select[data-factor]")) factorOptions(sel); });

const setControl = (el) => {
  let v = el.hasAttribute("data-factor") ? factorValue(el.dataset.field) : getPath(state.doc, el.dataset.field);
  if (el.hasAttribute("data-percent") && v !== undefined && v !== null && v !== "") v = movePoint(v, 2);
  if (el.type === "radio") el.checked = v === el.value;
  else if (el.type === "checkbox") el.checked = v === true;
  else if (el.tagName === "SELECT" && (v === undefined || v === null)) el.selectedIndex = 0;
  else if (el.type !== "file") el.value = v === undefined || v === null ? "" : String(v);
};
// applyWhen shows the parts of a card its choices call for:
// data-when="_mode=annual", "rule!=priority".
const applyWhen = (root) => {
  for (const el of root.querySelectorAll("[data-when]")) {
    const card = el.closest("[data-path]");
    const [, key, not, want] = el.dataset.when.match(/^([\w.]+)(!?)=(.*)$/);
    const v = String(getPath(state.doc, (card ? card.dataset.path + "." : "") + key));
    el.hidden = not ? v === want : v !== want;
  }
};
export const facilityLabel = (f, i) => W.Facility + " " + (i + 1) + (f.name ? ": " + f.name : "");
const facilityOptions = (select) => {
  const v = getPath(state.doc, select.dataset.field);
  select.replaceChildren(...state.doc.facilities.map((f, i) => new Option(facilityLabel(f, i), f.id)));
  select.value = v;
};
const numberOf = (s) => { try { return BigInt(s); } catch (_) { return null; } };
// kWh sums kWh strings with 3 decimals exactly, in Wh, and writes the
// sum in whole kWh.
const kWh = (values) => {
  let wh = 0n;
  for (const v of values) {
    const [i, f = ""] = String(v).split(".");
    const n = numberOf(i + (f + "000").slice(0, 3));
    if (n !== null) wh += n;
  }
  return group(String((wh + 500n) / 1000n));
};
const seriesNote = (el, series) => {
  el.textContent = series && series.values && series.values.length
    ? fill(W.SeriesFrom, { hours: series.values.length.toLocaleString(locale), start: state.doc.period.start || "", total: kWh(series.values), source: series.meter || "—" })
    : W.NoSeries;
};
// monthLabels names the months of the period by year and month.
const monthLabels = (root) => {
  const m = /^(\d{4})-(\d{2})$/.exec(state.doc.period.start || "");
  if (!m) return;
  $$(".months", root).forEach((box) => {
    $$("label", box).forEach((l, i) => {
      const d = new Date(Number(m[1]), Number(m[2]) - 1 + i, 1);
      l.textContent = d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0");
    });
  });
};

// hasHours tells whether a facility's electricity has hours: meter data,
// or bills with an operating pattern to estimate them.
const hasHours = (f) => (f._mode === "hourly" ? !!(f.electricity.hourly && f.electricity.hourly.values.length)
  : !!(f.electricity.profile && f.electricity.profile.shifts));

const renderUsers = (card, s, si) => {
  const box = $("[data-users]", card);
  box.replaceChildren(...state.doc.facilities.map((f, fi) => {
    const k = s.users.findIndex((u) => u.facility === f.id);
    const row = instantiate("tpl-user", `supplies[${si}].users[${k < 0 ? s.users.length : k}]`);
    row.dataset.path = `supplies[${si}]`; // data-when reads the supply's rule
    const check = $("[data-user-draws]", row);
    check.checked = k >= 0;
    check.dataset.facility = f.id;
    check.id = "draws--" + copies;
    $("label.check", row).htmlFor = check.id;
    $("[data-user-name]", row).textContent = facilityLabel(f, fi);
    // A plant is shared hour by hour: a user with no hours is told so,
    // with the way to the field that gives them.
    const needs = $("[data-needs-hours]", row);
    needs.hidden = k < 0 || hasHours(f);
    $("[data-needs-text]", needs).textContent = fill(W.NeedsHours, { facility: facilityLabel(f, fi) });
    $("[data-focus-field]", needs).dataset.focusField = `facilities[${fi}].electricity.profile.shifts`;
    $("[data-focus-field]", needs).hidden = f._mode === "hourly";
    for (const el of $$("[data-bind]", row)) {
      el.closest(".field").hidden = k < 0;
      if (k >= 0) setControl(el);
    }
    return row;
  }));
};

// lists are the repeated cards of the form, each bound to a list of the
// document.
export const lists = {
  facilities: { items: () => state.doc.facilities, tpl: "tpl-facility", path: "facilities", title: facilityLabel },
  electricity: { items: () => state.doc.facilities, tpl: "tpl-electricity", path: "facilities", title: facilityLabel },
  supplies: { items: () => state.doc.supplies, tpl: "tpl-supply", path: "supplies", title: (s, i) => W.Plant + " " + (i + 1) + (s.name ? ": " + s.name : "") },
  certificates: { items: () => state.doc.certificates, tpl: "tpl-certificate", path: "certificates", title: (c, i) => W.CertHeading + " " + (i + 1) },
  contracts: { items: () => state.doc.contracts, tpl: "tpl-contract", path: "contracts", title: (c, i) => W.PPAHeading + " " + (i + 1) },
  products: { items: () => state.doc.products, tpl: "tpl-product", path: "products", title: (g, i) => W.ProductName + " " + (i + 1) + (g.name ? ": " + g.name : "") },
  plant_shares: { items: () => state.doc.plant_shares, tpl: "tpl-plant-share", path: "plant_shares", title: (ps, i) => P.ShareTitle + " " + (i + 1) },
};
const renderList = (name) => {
  const l = lists[name];
  const box = $(`[data-list="${name}"]`);
  box.replaceChildren(...l.items().map((item, i) => {
    const card = instantiate(l.tpl, `${l.path}[${i}]`);
    card.dataset.list = name;
    card.dataset.index = i;
    $("[data-title]", card).textContent = l.title(item, i);
    for (const sel of card.querySelectorAll("select[data-bind=facility]")) facilityOptions(sel);
    for (const sel of card.querySelectorAll("select[data-factor]")) factorOptions(sel);
    if (name === "supplies") renderUsers(card, item, i);
    for (const el of card.querySelectorAll("[data-field]")) if (!el.closest(".user")) setControl(el);
    for (const el of card.querySelectorAll("[data-series]")) seriesNote(el, name === "electricity" ? item.electricity.hourly : item.generation);
    applyWhen(card);
    monthLabels(card);
    return card;
  }));
};

// bindAll shows the document in every control and card.
export const bindAll = () => {
  for (const el of $$("section.step > .field [data-field], section.step > .field input[data-bind]")) setControl(el);
  for (const name of Object.keys(lists)) renderList(name);
  applyWhen(form);
};
for (const el of $$("section.step > .field [data-bind]")) el.dataset.field = el.dataset.bind;

const valueOf = (el) => (el.type === "checkbox" ? el.checked : el.hasAttribute("data-percent") && el.value.trim() !== "" ? movePoint(el.value, -2) : el.value);
const onEdit = (e) => {
  const el = e.target;
  const doc = state.doc;
  if (el.matches("[data-user-draws]")) {
    const card = el.closest(".card");
    const si = Number(card.dataset.index);
    const s = doc.supplies[si];
    if (el.checked) s.users.push({ facility: el.dataset.facility });
    else s.users = s.users.filter((u) => u.facility !== el.dataset.facility);
    renderUsers(card, s, si);
    applyWhen(card);
    $(`[data-user-draws][data-facility="${CSS.escape(el.dataset.facility)}"]`, card).focus();
    changed();
    return;
  }
  if (!el.dataset.field || el.type === "file") return;
  if (el.type === "radio" && !el.checked) return;
  state.timing.editAt = performance.now();
  if (el.hasAttribute("data-factor")) {
    // The choice replaces the grid (a custom factor beside a table is
    // refused); a default by country stays one for an embedded row.
    const was = getPath(doc, gridOf(el.dataset.field)) || {};
    const [table, key] = el.value.includes(" ") ? el.value.split(" ") : [form.dataset.table, el.value];
    setPath(doc, gridOf(el.dataset.field), table === form.dataset.table && was.country && !was.table ? { country: was.country, key } : { table, key });
  } else setPath(doc, el.dataset.field, valueOf(el));
  const card = el.closest(".card");
  if (!card) applyWhen(form);
  if (card) {
    applyWhen(card);
    const l = lists[card.dataset.list];
    if (l) $("[data-title]", card).textContent = l.title(l.items()[card.dataset.index], Number(card.dataset.index));
  }
  if (el.dataset.field === "name") fillProjects();
  changed();
};
form.addEventListener("input", onEdit);
// A field shows its problem once the user has left it. (A change without
// an input event before it, as from a script, is taken as an edit too.)
form.addEventListener("change", (e) => {
  const el = e.target;
  if (el.type === "file") return;
  if (el.dataset.field) state.touched.add(el.dataset.field);
  const now = () => (el.hasAttribute("data-factor") ? factorValue(el.dataset.field) : getPath(state.doc, el.dataset.field));
  if (el.dataset.field && !(el.type === "radio" && !el.checked) && now() !== valueOf(el)) onEdit(e);
  else showErrors();
});

const kinds = { plantShare: "plant_shares", facility: "facilities", supply: "supplies", solar: "supplies", certificate: "certificates", contract: "contracts", product: "products" };
form.addEventListener("click", (e) => {
  const doc = state.doc;
  const add = e.target.closest("[data-add]");
  if (add) {
    const kind = add.dataset.add;
    const list = kinds[kind];
    doc[list].push(make[kind](doc));
    renderList(list);
    if (list === "facilities") renderList("electricity");
    const cards = $$(`[data-list="${list}"] > .card`);
    const first = cards[cards.length - 1].querySelector("input:not([type=radio]), select");
    if (first) first.focus();
    changed();
    return;
  }
  const remove = e.target.closest("[data-remove]");
  if (remove) {
    const card = remove.closest(".card");
    const name = card.dataset.list;
    const list = lists[name].path;
    const title = $("[data-title]", card).textContent;
    // Focus goes to the list's own "Add" button, found before the card
    // leaves the page.
    let addButton = null;
    for (let el = $(`div.cards[data-list="${name}"]`); el && !addButton; el = el.nextElementSibling) addButton = el.querySelector("[data-add]");
    const before = structuredClone(doc);
    const [gone] = doc[list].splice(Number(card.dataset.index), 1);
    if (list === "facilities") {
      // What named the facility names none now, and says so.
      for (const s of doc.supplies) s.users = s.users.filter((u) => u.facility !== gone.id);
      for (const k of ["certificates", "contracts", "products", "plant_shares"]) for (const x of doc[k]) if (x.facility === gone.id) x.facility = "";
    }
    renderList(name);
    if (list === "facilities") renderList("electricity");
    if (addButton) addButton.focus();
    undoable(fill(W.Removed, { name: title }), () => {
      Object.assign(state.doc, before);
      bindAll();
      changed();
    });
    changed();
    return;
  }
  const to = e.target.closest("[data-focus-field]");
  if (to) {
    showStep("electricity", false);
    focusField(to.dataset.focusField);
    return;
  }
  if (e.target.closest("[data-focus-import]")) {
    showStep("electricity", false);
    $("#meter-file").focus();
    return;
  }
  const go = e.target.closest("[data-goto]");
  if (go) {
    const section = go.closest("section.step");
    if (section) {
      for (const el of $$("[data-field]", section)) state.touched.add(el.dataset.field);
      state.left.add(section.dataset.step);
    }
    showStep(go.dataset.goto, true);
  }
});
$$(".steps [data-goto]").forEach((b) => b.addEventListener("click", () => showStep(b.dataset.goto, true)));

// --- steps ---------------------------------------------------------------
const steps = $$("section.step");
let warmed = false; // the engine's meter reader, warmed up once the import is shown

// showStep shows one step, moving the import box into it when it has a
// place for one.
export const showStep = (id, focus) => {
  if (!steps.some((s) => s.dataset.step === id)) id = "company";
  state.current = id;
  if (state.doc) state.doc._step = id;
  for (const s of steps) s.hidden = s.dataset.step !== id;
  for (const b of $$(".steps [data-goto]")) {
    if (b.dataset.goto === id) b.setAttribute("aria-current", "step"); else b.removeAttribute("aria-current");
  }
  const slot = $(`section[data-step="${id}"] [data-import-slot]`);
  if (slot) {
    slot.append($("fieldset.import"));
    if (!warmed) {
      warmed = true;
      warm().then((ms) => { state.timing.warm = ms; });
    }
  }
  if (state.doc) bindAll();
  showErrors();
  if (id === "results" && state.doc) compute();
  if (focus) {
    $(`#step-${id}`).focus();
    if (state.doc) save();
  }
};
