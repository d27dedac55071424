// Greenline's page glue: the guided self-assessment. The project file is
// the state: every control is bound to a path in it ("facilities[1].name"),
// the same path the core names in its errors. Each change is saved in this
// browser and sent to the calculation worker; the result is painted by
// results.js. Nothing here computes a figure.
"use strict";

(() => {
  const G = window.Greenline;
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];
  const json = (id) => JSON.parse(document.getElementById(id).textContent);
  const text = json("i18n");
  const W = json("wizard-i18n");
  const resultsText = json("results-i18n");
  const script = document.currentScript;
  const form = $("#calc");
  const status = $("#status");
  const timing = (window.greenlineTiming = { start: performance.now() });
  const fill = (s, vars) => s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? vars[k] : m));
  const locale = text.lang === "zh" ? "zh-CN" : "en";
  // group writes a decimal string with its whole part grouped in the
  // page's language ("1,234.567"), exactly: no float on the way.
  const group = (v) => { const [i, f] = String(v).split("."); return BigInt(i).toLocaleString(locale) + (f ? "." + f : ""); };

  // --- the worker -------------------------------------------------------
  const worker = new Worker(form.dataset.worker);
  const pending = new Map();
  let nextID = 1;
  let ready;
  const engine = new Promise((resolve) => { ready = resolve; });
  worker.onmessage = (e) => {
    const m = e.data;
    if (m.type === "ready") {
      timing.ready = performance.now();
      status.textContent = "";
      ready();
      return;
    }
    if (m.type === "failed") { status.textContent = text.engineFailed; return; }
    const resolve = pending.get(m.id);
    pending.delete(m.id);
    timing.engine = m.ms; // time inside the engine, for the speed log
    if (resolve) resolve(m.out);
  };
  // A worker that fails settles every pending call with an error, so
  // that the page never waits for an answer that will not come.
  worker.onerror = () => {
    status.textContent = text.engineFailed;
    for (const [, resolve] of pending) resolve(JSON.stringify({ errors: [{ code: "internal", field: "", message: text.engineFailed }] }));
    pending.clear();
  };
  const call = async (op, input) => {
    await engine;
    return new Promise((resolve) => {
      const id = nextID++;
      pending.set(id, resolve);
      worker.postMessage({ id, op, input });
    });
  };

  // --- paths ------------------------------------------------------------
  // parse splits "a.b[2].c" into ["a", "b", 2, "c"].
  const parse = (path) => path.split(/\.|(?=\[)/).map((p) => (p[0] === "[" ? Number(p.slice(1, -1)) : p));
  const getPath = (obj, path) => parse(path).reduce((o, k) => (o == null ? undefined : o[k]), obj);
  const setPath = (obj, path, value) => {
    const keys = parse(path);
    let o = obj;
    keys.slice(0, -1).forEach((k, i) => {
      if (o[k] == null || typeof o[k] !== "object") o[k] = typeof keys[i + 1] === "number" ? [] : {};
      o = o[k];
    });
    o[keys[keys.length - 1]] = value;
  };

  // --- the document: a project file plus what the steps need ------------
  // Keys starting with "_" are the page's own (which input mode a facility
  // uses, the step shown, the ids handed out); projectFile drops them, and the
  // alternatives the mode does not use, so that the file holds exactly
  // what is computed.
  const months12 = () => Array(12).fill("");
  const lastYear = () => String(new Date().getFullYear() - 1) + "-01";
  // newItemID gives an item an id no item of the list has had before in
  // this project, so that a removed facility's id never comes back to
  // claim the certificates that named it.
  const newItemID = (d, list, prefix) => {
    d._ids = d._ids || {};
    let n = Math.max(d._ids[prefix] || 0, list.length) + 1;
    while (list.some((x) => x.id === prefix + n)) n++;
    d._ids[prefix] = n;
    return prefix + n;
  };
  const make = {
    facility: (d) => ({ id: newItemID(d, d.facilities, "f"), name: "", grid: { table: form.dataset.table, key: "" },
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
    product: (d) => ({ id: newItemID(d, d.products, "p"), name: "", facility: d.facilities[0] ? d.facilities[0].id : "",
      key: "mass", tonnes: "", cn: "" }),
  };
  const newDoc = () => {
    const d = { format: 1, name: "", organisation: "", period: { start: lastYear() }, facilities: [], supplies: [],
      certificates: [], contracts: [], products: [] };
    d.facilities.push(make.facility(d));
    return d;
  };

  // docFromProject opens a project file for editing.
  const docFromProject = (p) => {
    const d = JSON.parse(JSON.stringify(p));
    for (const k of ["facilities", "supplies", "certificates", "contracts", "products"]) if (!Array.isArray(d[k])) d[k] = [];
    if (!d.period) d.period = { start: "" };
    for (const f of d.facilities) {
      const e = (f.electricity = f.electricity || { unit: "kWh" });
      if (!Array.isArray(e.monthly)) e.monthly = months12();
      f._mode = e.hourly ? "hourly" : e.annual !== undefined ? "annual" : "monthly";
      if (!f.grid) f.grid = { table: form.dataset.table, key: "" };
    }
    for (const c of d.certificates) if (!c.vintage || typeof c.vintage !== "object") c.vintage = { from: "", to: "" };
    for (const s of d.supplies) {
      s._gen = s.solar ? "solar" : "meter";
      if (!Array.isArray(s.users)) s.users = [];
      if (s.solar && !Array.isArray(s.solar.monthly_yield)) s.solar.monthly_yield = months12();
    }
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

  // projectFile is the project as Greenline's file format has it.
  const projectFile = (d) => {
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
      for (const u of s.users) {
        if (s.rule !== "fixed-shares") delete u.share;
        if (s.rule !== "priority") delete u.priority;
        else u.priority = intText(u.priority === undefined ? "" : u.priority);
      }
    });
    for (const c of p.certificates) dropEmpty(c, ["retired_for", "serials", "technology"]);
    for (const c of p.contracts) if (c.shape === "annual") delete c.shape;
    for (const g of p.products) {
      dropEmpty(g, ["name", "cn"]);
      if (g.key !== "units") delete g.units;
      if (g.key !== "machine-hours") delete g.machine_hours;
      if (g.key !== "mass" && g.tonnes === "" && !g.cn) delete g.tonnes;
    }
    for (const k of ["supplies", "certificates", "contracts", "products"]) if (!p[k].length) delete p[k];
    p.options = { hourly_share: true };
    return p;
  };
  // exportText is the project file as saved, and as computed for the
  // results: with the hourly shares the heat maps draw. liveText leaves
  // them out, for the running totals the other steps show after each
  // keystroke.
  const exportText = () => JSON.stringify(projectFile(doc), null, 2) + "\n";
  const liveText = () => {
    const p = projectFile(doc);
    delete p.options;
    return JSON.stringify(p);
  };

  // --- projects ---------------------------------------------------------
  let rec = null; // {id, name, updated, doc} being edited
  let doc = null;
  let lastDeleted = null;
  const projectList = $("#project-list");
  const savedText = $("#saved-text");
  const undo = $("#undo");

  const titleOf = (r) => r.name || W.Untitled;
  const fillProjects = async () => {
    const all = await G.store.list();
    projectList.replaceChildren(...all.map((r) => {
      const o = document.createElement("option");
      o.value = r.id;
      o.textContent = r.id === rec.id ? titleOf({ name: doc.name }) : titleOf(r);
      return o;
    }));
    projectList.value = rec.id;
  };
  const open = async (r) => {
    rec = r;
    doc = r.doc;
    G.store.setCurrent(r.id);
    document.body.dataset.project = r.id; // lets tests wait for a switch
    touched.clear();
    // Nothing of the project left is shown for this one.
    errors = [];
    last = painted = null;
    generation++;
    $(".live").hidden = true;
    $("#result-view").replaceChildren();
    $("#report").replaceChildren();
    $("#result-json").textContent = "";
    showStep(doc._step || "company", false);
    await fillProjects();
    compute();
  };
  const create = async (d, name) => {
    d.name = name === undefined ? d.name : name;
    const r = { id: G.store.newID(), name: d.name, doc: d };
    await G.store.put(r);
    await open(r);
  };

  // save keeps the project after every change; the newest save wins.
  let saveTimer = 0;
  const save = () => {
    rec.name = doc.name;
    rec.doc = doc;
    clearTimeout(saveTimer);
    const done = G.store.put(rec).then(() => {
      saveTimer = setTimeout(() => {
        savedText.textContent = W.Saved + " · " + new Date().toLocaleTimeString(locale);
      }, 0);
      document.body.dataset.saved = String(Number(document.body.dataset.saved || 0) + 1);
    }, (err) => {
      savedText.textContent = fill(W.SaveFailed, { reason: err && err.message ? err.message : String(err) });
      announce(savedText.textContent);
    });
    return done;
  };

  projectList.addEventListener("change", async () => {
    await save();
    const r = await G.store.get(projectList.value);
    if (r) await open(r);
  });
  $("#project-new").addEventListener("click", async () => { await save(); await create(newDoc(), ""); });
  $("#project-duplicate").addEventListener("click", async () => {
    await save();
    const d = JSON.parse(JSON.stringify(doc));
    await create(d, fill(W.CopyOf, { name: titleOf(rec) }));
  });
  const renameBox = $("#rename-box");
  const renameTo = $("#rename-to");
  $("#project-rename").addEventListener("click", () => {
    renameBox.hidden = false;
    renameTo.value = doc.name || "";
    renameTo.focus();
  });
  const rename = (refocus) => {
    if (renameBox.hidden) return;
    renameBox.hidden = true;
    doc.name = renameTo.value.trim();
    bindAll();
    save().then(fillProjects);
    if (refocus) $("#project-rename").focus();
  };
  renameTo.addEventListener("keydown", (e) => {
    if (e.key === "Enter") { e.preventDefault(); rename(true); }
    if (e.key === "Escape") { renameBox.hidden = true; $("#project-rename").focus(); }
  });
  renameTo.addEventListener("blur", () => rename(false));
  // undoable shows what was just removed with a button that brings it
  // back, until the next removal.
  const undoLine = $("#undo-line");
  const announcer = $("#announce");
  const announce = (m) => { announcer.textContent = ""; setTimeout(() => { announcer.textContent = m; }, 50); };
  const undoable = (message, back) => {
    lastDeleted = back;
    $("#undo-text").textContent = message;
    undoLine.hidden = false;
    announce(message);
  };
  $("#project-delete").addEventListener("click", async () => {
    const gone = { ...rec, doc: JSON.parse(JSON.stringify(doc)) };
    await G.store.remove(rec.id);
    const rest = await G.store.list();
    const next = rest.length ? await G.store.get(rest[0].id) : null;
    if (next) await open(next); else await create(newDoc(), "");
    undoable(fill(W.Deleted, { name: titleOf(gone) }), async () => {
      await save();
      await G.store.put(gone);
      await open(gone);
      projectList.focus();
    });
    undo.focus();
  });
  undo.addEventListener("click", async () => {
    const back = lastDeleted;
    lastDeleted = null;
    undoLine.hidden = true;
    if (back) await back();
  });

  // Opening a project file adds it as a new project.
  const fileError = $("#project-file-err");
  $("#project-file").addEventListener("change", async (e) => {
    const file = e.target.files[0];
    e.target.value = "";
    fileError.hidden = true;
    if (!file) return;
    let d;
    try {
      if (file.size > 32 << 20) throw new Error(W.TooLarge);
      let p;
      try { p = JSON.parse(await file.text()); } catch (err) { throw new Error(text.lang === "en" ? err.message : W.NotJSON); }
      if (!p || typeof p !== "object" || p.format !== 1 || !Array.isArray(p.facilities)) throw new Error(W.NotProject);
      d = docFromProject(p);
    } catch (err) {
      fileError.textContent = W.ImportFailed + " (" + file.name + "): " + err.message;
      fileError.hidden = false;
      return;
    }
    await save();
    await create(d);
  });

  // --- binding ----------------------------------------------------------
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
  const setControl = (el) => {
    const v = getPath(doc, el.dataset.field);
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
      const v = String(getPath(doc, (card ? card.dataset.path + "." : "") + key));
      el.hidden = not ? v === want : v !== want;
    }
  };
  const facilityLabel = (f, i) => W.Facility + " " + (i + 1) + (f.name ? ": " + f.name : "");
  const facilityOptions = (select) => {
    const v = getPath(doc, select.dataset.field);
    select.replaceChildren(...doc.facilities.map((f, i) => new Option(facilityLabel(f, i), f.id)));
    select.value = v;
  };
  const numberOf = (s) => { try { return BigInt(s); } catch (_) { return null; } };
  const kWh = (values) => {
    // Sums kWh strings with 3 decimals exactly, in Wh.
    let wh = 0n;
    for (const v of values) {
      const [i, f = ""] = String(v).split(".");
      const n = numberOf(i + (f + "000").slice(0, 3));
      if (n !== null) wh += n;
    }
    const s = wh.toString().padStart(4, "0");
    return group(s.slice(0, -3) + "." + s.slice(-3));
  };
  const seriesNote = (el, series) => {
    el.textContent = series && series.values && series.values.length
      ? fill(W.SeriesFrom, { hours: series.values.length.toLocaleString(locale), start: doc.period.start || "", total: kWh(series.values), source: series.meter || "—" })
      : W.NoSeries;
  };
  const monthLabels = (root) => {
    // The months of the period, labelled by year and month.
    const m = /^(\d{4})-(\d{2})$/.exec(doc.period.start || "");
    if (!m) return;
    $$(".months", root).forEach((box) => {
      $$("label", box).forEach((l, i) => {
        const d = new Date(Number(m[1]), Number(m[2]) - 1 + i, 1);
        l.textContent = d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0");
      });
    });
  };

  const renderUsers = (card, s, si) => {
    const box = $("[data-users]", card);
    box.replaceChildren(...doc.facilities.map((f, fi) => {
      const k = s.users.findIndex((u) => u.facility === f.id);
      const row = instantiate("tpl-user", `supplies[${si}].users[${k < 0 ? s.users.length : k}]`);
      row.dataset.path = `supplies[${si}]`; // data-when reads the supply's rule
      const check = $("[data-user-draws]", row);
      check.checked = k >= 0;
      check.dataset.facility = f.id;
      check.id = "draws--" + copies;
      $("label.check", row).htmlFor = check.id;
      $("[data-user-name]", row).textContent = facilityLabel(f, fi);
      for (const el of $$("[data-bind]", row)) {
        el.closest(".field").hidden = k < 0;
        if (k >= 0) setControl(el);
      }
      return row;
    }));
  };

  const lists = {
    facilities: { items: () => doc.facilities, tpl: "tpl-facility", path: "facilities", title: facilityLabel },
    electricity: { items: () => doc.facilities, tpl: "tpl-electricity", path: "facilities", title: facilityLabel },
    supplies: { items: () => doc.supplies, tpl: "tpl-supply", path: "supplies", title: (s, i) => W.Plant + " " + (i + 1) + (s.name ? ": " + s.name : "") },
    certificates: { items: () => doc.certificates, tpl: "tpl-certificate", path: "certificates", title: (c, i) => W.CertHeading + " " + (i + 1) },
    contracts: { items: () => doc.contracts, tpl: "tpl-contract", path: "contracts", title: (c, i) => W.PPAHeading + " " + (i + 1) },
    products: { items: () => doc.products, tpl: "tpl-product", path: "products", title: (g, i) => W.ProductName + " " + (i + 1) + (g.name ? ": " + g.name : "") },
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
      if (name === "supplies") renderUsers(card, item, i);
      for (const el of card.querySelectorAll("[data-field]")) if (!el.closest(".user")) setControl(el);
      for (const el of card.querySelectorAll("[data-series]")) seriesNote(el, name === "electricity" ? item.electricity.hourly : item.generation);
      applyWhen(card);
      monthLabels(card);
      return card;
    }));
  };
  const bindAll = () => {
    for (const el of $$("section.step > .field [data-field], section.step > .field input[data-bind]")) setControl(el);
    for (const name of Object.keys(lists)) renderList(name);
  };
  for (const el of $$("section.step > .field [data-bind]")) el.dataset.field = el.dataset.bind;

  const valueOf = (el) => (el.type === "checkbox" ? el.checked : el.value);
  const onEdit = (e) => {
    const el = e.target;
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
    timing.editAt = performance.now();
    setPath(doc, el.dataset.field, valueOf(el));
    const card = el.closest(".card");
    if (card) {
      applyWhen(card);
      const l = lists[card.dataset.list];
      if (l) $("[data-title]", card).textContent = l.title(l.items()[card.dataset.index], Number(card.dataset.index));
    }
    if (el.dataset.field === "name") fillProjects();
    changed();
  };
  form.addEventListener("input", onEdit);
  // A field shows its error once the user has left it.
  // (A change without an input event before it, as from a script, is
  // taken as an edit too.)
  form.addEventListener("change", (e) => {
    const el = e.target;
    if (el.type === "file") return;
    if (el.dataset.field) touched.add(el.dataset.field);
    if (el.dataset.field && el.type !== "file" && !(el.type === "radio" && !el.checked) &&
      getPath(doc, el.dataset.field) !== valueOf(el)) onEdit(e);
    else showErrors();
  });

  form.addEventListener("click", (e) => {
    const add = e.target.closest("[data-add]");
    if (add) {
      const kind = add.dataset.add;
      const list = { facility: "facilities", supply: "supplies", solar: "supplies", certificate: "certificates", contract: "contracts", product: "products" }[kind];
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
      const before = JSON.stringify(doc);
      const [gone] = doc[list].splice(Number(card.dataset.index), 1);
      if (list === "facilities") {
        // What named the facility names none now, and says so.
        for (const s of doc.supplies) s.users = s.users.filter((u) => u.facility !== gone.id);
        for (const k of ["certificates", "contracts", "products"]) for (const x of doc[k]) if (x.facility === gone.id) x.facility = "";
      }
      renderList(name);
      if (list === "facilities") renderList("electricity");
      if (addButton) addButton.focus();
      undoable(fill(W.Removed, { name: title }), () => {
        Object.assign(doc, JSON.parse(before));
        bindAll();
        changed();
      });
      changed();
      return;
    }
    const go = e.target.closest("[data-goto]");
    if (go) {
      const section = go.closest("section.step");
      if (section) for (const el of $$("[data-field]", section)) touched.add(el.dataset.field);
      showStep(go.dataset.goto, true);
    }
  });
  $$(".steps [data-goto]").forEach((b) => b.addEventListener("click", () => showStep(b.dataset.goto, true)));

  // --- steps ------------------------------------------------------------
  const steps = $$("section.step");
  let warmed = false; // the engine's meter reader, warmed up once the import is shown
  let current = "company";
  const showStep = (id, focus) => {
    if (!steps.some((s) => s.dataset.step === id)) id = "company";
    current = id;
    if (doc) doc._step = id;
    for (const s of steps) s.hidden = s.dataset.step !== id;
    for (const b of $$(".steps [data-goto]")) {
      if (b.dataset.goto === id) b.setAttribute("aria-current", "step"); else b.removeAttribute("aria-current");
    }
    const slot = $(`section[data-step="${id}"] [data-import-slot]`);
    if (slot) {
      slot.append($("fieldset.import"));
      if (!warmed) {
        warmed = true;
        call("warm", "").then((ms) => { timing.warm = Number(ms); });
      }
    }
    if (doc) bindAll();
    showErrors();
    if (id === "results" && doc) compute();
    if (focus) {
      $(`#step-${id}`).focus();
      if (doc) save();
    }
  };

  // --- errors -----------------------------------------------------------
  const touched = new Set();
  let errors = [];
  const message = (e) => (text.lang === "en" && e.message ? e.message : text.codes[e.code] || e.message);
  const labelOf = (input) => {
    const l = input.id && $(`label[for="${CSS.escape(input.id)}"]`);
    return l ? l.textContent.trim() : "";
  };
  // where finds the control an error is about, or the card it belongs to.
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
  const showErrors = () => {
    for (const p of $$(".error[data-error-for]", form)) { p.hidden = true; p.textContent = ""; }
    for (const el of $$("[aria-invalid]", form)) el.removeAttribute("aria-invalid");
    for (const b of $$(".steps [data-goto]")) {
      b.classList.remove("has-errors");
      $("[data-err]", b).textContent = "";
    }
    const list = $("#problems ul");
    const items = [];
    for (const e of errors) {
      const el = where(e.field);
      const slot = e.field && $(`.error[data-error-for="${CSS.escape(e.field)}"]`, form);
      const section = el && el.closest("section.step");
      if (section) {
        const b = $(`.steps [data-goto="${section.dataset.step}"]`);
        b.classList.add("has-errors");
        $("[data-err]", b).textContent = " (" + W.HasProblems + ")";
      }
      if (slot && el && touched.has(e.field)) {
        slot.textContent = (slot.textContent ? slot.textContent + " " : labelOf(el) + ": ") + message(e);
        slot.hidden = false;
        el.setAttribute("aria-invalid", "true");
      }
      // In the list, a problem is named by its card and its field's
      // label, not by its path.
      const li = document.createElement("li");
      const card = el && el.closest(".card");
      const label = el && el.matches("[data-field]") ? labelOf(el) : "";
      const title = card ? $("[data-title]", card).textContent : "";
      const where2 = [title, label].filter(Boolean).join(" · ");
      li.append((where2 || e.field) + ": " + message(e) + " ");
      if (section) {
        const b = document.createElement("button");
        b.type = "button";
        b.className = "link";
        b.textContent = W.GoTo;
        b.addEventListener("click", () => {
          touched.add(e.field);
          showStep(section.dataset.step, false);
          const target = where(e.field);
          (target.matches("[data-field]") ? target : target.querySelector("input, select") || target).focus();
        });
        li.append(b);
      }
      items.push(li);
    }
    list.replaceChildren(...items);
    $("#problems").hidden = !items.length;
    $("#stale").hidden = !(items.length && painted);
  };

  // --- computing --------------------------------------------------------
  let busy = false;
  let again = false;
  let last = null; // {input, out, result} of the last project without errors
  let painted = null;
  let calcs = 0;
  let generation = 0; // counts project switches: an answer for another project is dropped
  const compute = async () => {
    if (busy) { again = true; return; }
    busy = true;
    document.body.dataset.busy = "1";
    const started = performance.now();
    const full = current === "results";
    const input = full ? exportText() : liveText();
    const gen = generation;
    if (full) status.textContent = W.Computing;
    const out = await call("calc", input);
    if (full) status.textContent = "";
    if (gen !== generation) { busy = false; compute(); return; }
    let r;
    try { r = JSON.parse(out); } catch (_) { r = { errors: [{ code: "internal", field: "", message: out.slice(0, 200) }] }; }
    timing.lastResult = performance.now() - started; // the calculation, answer read; painting is timing.paint
    errors = r.errors || [];
    if (!r.errors) {
      last = { input, out, result: r, full };
      // The running totals, on every step.
      $("#live-location").textContent = group(r.location_based.value) + " " + r.location_based.unit;
      $("#live-market").textContent = group(r.market_based.value) + " " + r.market_based.unit;
      $(".live").hidden = false;
      if (timing.editAt) { timing.editToResult = performance.now() - timing.editAt; timing.editAt = 0; }
    }
    window.greenlineLast = { input, out };
    showErrors();
    if (current === "results") await paint();
    calcs++;
    document.body.dataset.computed = String(calcs); // lets tests wait for an answer
    busy = false;
    if (again) { again = false; compute(); return; }
    document.body.dataset.busy = "0";
  };
  const changed = () => { save(); compute(); };

  const sha256 = async (s) => {
    const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(s));
    return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, "0")).join("");
  };
  const paint = async () => {
    if (!last || !last.full || painted === last) return;
    const started = performance.now();
    const shown = last;
    const meta = { inputHash: await sha256(shown.input), appVersion: script.dataset.version, generated: new Date().toISOString().slice(0, 10) };
    const project = JSON.parse(shown.input);
    const view = $("#result-view");
    view.replaceChildren();
    G.results.render(view, { result: shown.result, project, text: resultsText, meta });
    G.results.report($("#report"), { result: shown.result, project, text: resultsText, meta });
    $("#result-json").textContent = shown.out;
    painted = shown;
    timing.paint = performance.now() - started;
    document.body.dataset.painted = String(Number(document.body.dataset.painted || 0) + 1);
  };

  // --- exports ----------------------------------------------------------
  const download = (name, data, type) => {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([data], { type }));
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  };
  const baseName = () => (doc.name || doc.organisation || "greenline").replace(/[\\/:*?"<>|\s]+/g, "-");
  $("#export-json").addEventListener("click", () => download(baseName() + ".json", exportText(), "application/json"));
  $("#print").addEventListener("click", () => window.print());
  const resultCSV = () => call("csv", last ? last.input : exportText());
  $("#export-csv").addEventListener("click", async () => download(baseName() + "-results.csv", await resultCSV(), "text/csv"));
  // csvRows reads the core's CSV (RFC 4180 quoting) into rows of cells.
  const csvRows = (s) => {
    const rows = [];
    let row = [], cell = "", quoted = false;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (quoted) {
        if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ",") { row.push(cell); cell = ""; } else if (c === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; } else if (c !== "\r") cell += c;
    }
    if (cell || row.length) { row.push(cell); rows.push(row); }
    return rows;
  };
  const xlsx = () => import(new URL(script.dataset.xlsx, document.baseURI).href);
  $("#export-xlsx").addEventListener("click", async () => {
    const [mod, csv] = await Promise.all([xlsx(), resultCSV()]);
    download(baseName() + "-results.xlsx", mod.writeWorkbook([{ name: "Greenline", rows: csvRows(csv) }]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });

  // --- meter data -------------------------------------------------------
  const meterFile = $("#meter-file");
  const meterErr = $("#meter-file-err");
  const progressBox = $("#meter-progress-box");
  const progress = $("#meter-progress");
  const preview = $("#meter-preview");
  const xlsxPick = $("#xlsx-pick");
  let found = null; // {name, out} of a file read but not yet accepted
  let workbook = null;
  const meterError = (msg) => {
    meterErr.textContent = labelOf(meterFile) + ": " + msg;
    meterErr.hidden = false;
    meterFile.setAttribute("aria-invalid", "true");
    document.body.dataset.meter = "refused";
  };
  const resetImport = () => {
    meterErr.hidden = true;
    meterFile.removeAttribute("aria-invalid");
    preview.hidden = true;
    xlsxPick.hidden = true;
    $("#meter-accepted").hidden = true;
    found = null;
  };
  // decode reads UTF-16 when the file starts with its byte-order mark (as
  // Excel's "Unicode text" does), else UTF-8, and falls back to GB18030 (a
  // superset of GBK, as Chinese utility exports often are) when the bytes
  // are not UTF-8.
  const decode = (buf) => {
    if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf);
    if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf);
    try { return new TextDecoder("utf-8", { fatal: true }).decode(buf); } catch (_) { return new TextDecoder("gb18030").decode(buf); }
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
  // readMeter has the core read CSV text. cell, when the text was made from
  // a sheet, turns the text's row and column into the sheet's ("B7").
  // readMeter has the core read a file: its bytes as they are when they
  // may be UTF-8 (no conversion of a large file's text on either side),
  // else, or when the core finds they are not UTF-8, the text decoded here.
  const readMeter = async (name, input, cell) => {
    progress.removeAttribute("value"); // the core reads it: no measure of progress
    const unit = $("#xlsx-unit").value;
    const t0 = performance.now();
    const answer = await call("meter", input);
    const t1 = performance.now();
    let out = JSON.parse(answer);
    timing.meterParts = { core: t1 - t0, engine: timing.engine, parse: performance.now() - t1 };
    const has = (code) => out.errors && out.errors.some((x) => x.code === code);
    // (A header in ASCII over rows of GBK shows as a meter name that is not
    // UTF-8; decoding then is harmless when the bytes were UTF-8 after all.)
    if (typeof input !== "string" && (has("meter.encoding") || has("meter.id"))) {
      input = decode(input);
      out = JSON.parse(await call("meter", input));
    }
    if (has("meter.unit")) {
      const prefix = "#unit=" + unit + "\n";
      if (typeof input === "string") input = prefix + input;
      else {
        const head = new TextEncoder().encode(prefix);
        const both = new Uint8Array(head.length + input.length);
        both.set(head);
        both.set(input, head.length);
        input = both;
      }
      out = JSON.parse(await call("meter", input));
    }
    progressBox.hidden = true;
    if (out.errors) {
      const place = (f) => f.replace(/^row (\d+)(?:, column (\d+))?/, (_, r, c) => {
        if (cell) return (text.lang === "zh" ? "单元格 " : "cell ") + cell(Number(r), Number(c || 0));
        return text.lang === "zh" ? `第${r}行` + (c ? `第${c}列` : "") : _;
      });
      // In Chinese the message is the code's; the meter it is about, in a
      // file of several, is kept from the core's English.
      const meterOf = (x) => { const m = /^meter "((?:[^"\\]|\\.)*)"/.exec(x.message || ""); return m && text.lang === "zh" ? "电表 " + m[1] + "：" : ""; };
      meterError(name + " — " + out.errors.slice(0, 8).map((x) => (x.field ? place(x.field) + ": " : "") + meterOf(x) + message(x)).join(" "));
      return;
    }
    found = { name, out };
    showFound();
  };
  const meters = (out) => out.meters || [{ id: "", start: out.start, hourly: out.hourly, rows: out.summary.rows, total_wh: out.summary.total_wh, first: out.summary.first, last: out.summary.last }];
  const when = (t) => (t || "").slice(0, 16).replace("T", " ");
  const whText = (wh) => { try { return group(String(BigInt(wh) / 1000n)); } catch (_) { return String(wh); } };
  const showFound = () => {
    const s = found.out.summary;
    const header = s.header || [];
    $("#meter-found").textContent = fill(W.Detected, { rows: s.rows.toLocaleString(locale), step: s.step_minutes,
      time: header[s.time_column - 1] || "", value: header[s.value_column - 1] || "", unit: s.unit, first: when(s.first), last: when(s.last), total: whText(s.total_wh) });
    const ms = meters(found.out);
    const targets = [["", W.Skip], ...doc.facilities.map((f, i) => ["f:" + i, facilityLabel(f, i)]),
      ...doc.supplies.map((x, i) => ["s:" + i, lists.supplies.title(x, i)])];
    const byName = (m, i) => {
      const f = doc.facilities.findIndex((x) => m.id && (x.id === m.id || x.name === m.id));
      if (f >= 0) return "f:" + f;
      const s = doc.supplies.findIndex((x) => m.id && (x.id === m.id || x.name === m.id));
      if (s >= 0) return "s:" + s;
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
    document.body.dataset.meter = "read";
    timing.meterRead = performance.now() - timing.meterStart;
    $("#meter-accept").focus();
  };
  meterFile.addEventListener("change", async (e) => {
    const file = e.target.files[0];
    e.target.value = ""; // choosing a file again, even the same one, reads it again
    if (!file) return;
    timing.meterStart = performance.now();
    resetImport();
    document.body.dataset.meter = "reading";
    if (file.size > 40 << 20) { meterError(fill(W.TooBig, { size: (file.size / 1048576).toFixed(1) })); return; }
    const bytes = await readWithProgress(file);
    timing.meterReadFile = performance.now() - timing.meterStart;
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    if (zip || /\.xlsx$/i.test(file.name)) {
      try {
        const mod = await xlsx();
        workbook = { name: file.name, book: await mod.readWorkbook(bytes) };
      } catch (err) {
        progressBox.hidden = true;
        meterError(W.XLSXFailed + " (" + file.name + "): " + err.message);
        return;
      }
      progressBox.hidden = true;
      pickSheet();
      return;
    }
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    await readMeter(file.name, utf16 ? decode(bytes) : bytes);
  });

  // XLSX: the user picks the sheet and the two columns; the page writes
  // them as CSV for the same reader.
  const sheetSel = $("#xlsx-sheet");
  // The header is the first row naming at least two columns: a title
  // line above it is passed over.
  const headerRow = (rows) => rows.findIndex((r) => r.filter((c) => c !== "").length >= 2);
  const pickSheet = () => {
    sheetSel.replaceChildren(...workbook.book.sheets.map((s, i) => new Option(s.name, String(i))));
    pickColumns();
    xlsxPick.hidden = false;
    document.body.dataset.meter = "sheet";
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
    const rows = workbook.book.sheets[Number(sheetSel.value) || 0].rows;
    const t = Number($("#xlsx-time").value), v = Number($("#xlsx-value").value);
    const q = (c) => (/[",;\t\n]/.test(c) ? '"' + c.replace(/"/g, '""') + '"' : c);
    const h = Math.max(headerRow(rows), 0);
    const lines = ["Start,Energy"];
    for (const r of rows.slice(h + 1)) lines.push(q(r[t] || "") + "," + q(r[v] || ""));
    const letter = (i) => (i >= 26 ? letter(Math.floor(i / 26) - 1) : "") + String.fromCharCode(65 + (i % 26));
    // Row r of the text is row h + r of the sheet; its column 1 is the
    // time column, 2 the energy column.
    const cell = (r, c) => (c ? letter(c === 1 ? t : v) : "") + String(h + r);
    xlsxPick.hidden = true;
    progressBox.hidden = false;
    await readMeter(workbook.name + " · " + workbook.book.sheets[Number(sheetSel.value) || 0].name, lines.join("\n") + "\n", cell);
  });

  $("#meter-cancel").addEventListener("click", () => { resetImport(); meterFile.focus(); });
  $("#meter-accept").addEventListener("click", () => {
    const ms = meters(found.out);
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
      const source = (m.id ? m.id + " · " : "") + found.name.slice(0, 150);
      m.hourly.meter = source; // the series names its meter: the page and the report read it there
      if (kind === "f") {
        const f = doc.facilities[Number(n)];
        f.electricity.hourly = m.hourly;
        f._mode = "hourly";
      } else if (kind === "s") {
        const s = doc.supplies[Number(n)];
        s.generation = m.hourly;
        s.unit = "kWh";
        s._gen = "meter";
      }
    });
    resetImport();
    $("#meter-accepted").hidden = false;
    bindAll();
    changed();
    meterFile.focus();
  });

  // --- start ------------------------------------------------------------
  // The service worker keeps the site for use with no network.
  if ("serviceWorker" in navigator && script.dataset.sw) {
    navigator.serviceWorker.register(new URL(script.dataset.sw, document.baseURI)).catch(() => { /* the page works without it, online */ });
  }
  // Keep what is typed when the page goes away mid-change.
  addEventListener("pagehide", () => { if (rec) save(); });
  (async () => {
    await G.store.open();
    let r = null;
    const id = G.store.current();
    if (id) r = await G.store.get(id);
    if (!r) {
      const all = await G.store.list();
      if (all.length) r = await G.store.get(all[0].id);
    }
    if (r) await open(r); else await create(newDoc(), "");
    document.body.dataset.ready = "1";
  })();
})();
