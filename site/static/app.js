// Greenline's page glue: collects the form into a project, sends it to the
// calculation worker, shows errors at their fields and paints the result.
// It computes nothing itself.
"use strict";

(() => {
  const form = document.getElementById("calc");
  const text = JSON.parse(document.getElementById("i18n").textContent);
  const status = document.getElementById("status");
  const button = document.getElementById("calculate");
  const resultBox = document.getElementById("result");
  const draftKey = "greenline.draft.v1";
  const timing = (window.greenlineTiming = { start: performance.now() });

  // --- the worker -------------------------------------------------------
  const worker = new Worker(form.dataset.worker);
  const pending = new Map();
  let nextID = 1;
  let calcs = 0; // calculations answered since the page loaded
  worker.onmessage = (e) => {
    const m = e.data;
    if (m.type === "ready") {
      timing.ready = performance.now();
      button.disabled = false;
      status.textContent = "";
      return;
    }
    if (m.type === "failed") {
      status.textContent = text.engineFailed;
      return;
    }
    const resolve = pending.get(m.id);
    pending.delete(m.id);
    if (resolve) resolve(m.out);
  };
  worker.onerror = () => { status.textContent = text.engineFailed; };
  const call = (op, input) => new Promise((resolve) => {
    const id = nextID++;
    pending.set(id, resolve);
    worker.postMessage({ id, op, input });
  });

  // --- the form ---------------------------------------------------------
  const monthInputs = [...form.querySelectorAll("#monthly-block input")];
  const mode = () => form.elements.mode.value;
  const showMode = () => {
    document.getElementById("annual-block").hidden = mode() !== "annual";
    document.getElementById("monthly-block").hidden = mode() !== "monthly";
    document.getElementById("meter-block").hidden = mode() !== "meter";
  };

  // --- meter data: read in the browser, parsed by the core ----------------
  let meter = null; // {start, hourly, summary} once a file is accepted
  const preview = document.getElementById("meter-preview");
  const showPreview = () => {
    if (!meter) { preview.textContent = ""; return; }
    const s = meter.summary;
    preview.textContent = text.meterPreview.replace("{rows}", s.rows).replace("{step}", s.step_minutes)
      .replace("{first}", s.first.slice(0, 16).replace("T", " ")).replace("{last}", s.last.slice(0, 16).replace("T", " "))
      .replace("{total}", (Number(BigInt(s.total_wh) / 1000n)).toLocaleString(text.lang === "zh" ? "zh-CN" : "en"));
  };
  // decode reads UTF-8, and falls back to GB18030 (a superset of GBK, as
  // Chinese utility exports often are) when the bytes are not UTF-8.
  const decode = (buf) => {
    try { return new TextDecoder("utf-8", { fatal: true }).decode(buf); } catch (_) { return new TextDecoder("gb18030").decode(buf); }
  };
  document.getElementById("meter").addEventListener("change", async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    clearErrors();
    meter = null;
    showPreview();
    const csv = decode(await file.arrayBuffer());
    e.target.value = ""; // so that choosing a file again, even the same one, reads it again
    // The header names the unit as a rule; only when it does not is the
    // unit chosen on the page used.
    let out = JSON.parse(await call("meter", csv));
    if (out.errors && out.errors.some((x) => x.code === "meter.unit")) {
      out = JSON.parse(await call("meter", "#unit=" + form.elements.unit.value + "\n" + csv));
    }
    if (out.errors) {
      // Each problem keeps its place in the file: "row 3, column 2" (第3行第2列).
      const place = (f) => (text.lang === "zh" ? f.replace(/^row (\d+)(?:, column (\d+))?$/, (_, r, c) => `第${r}行` + (c ? `第${c}列` : "")) : f);
      showErrors(out.errors.slice(0, 8).map((x) => ({ code: "", field: "meter", message: (x.field ? place(x.field) + ": " : "") + message(x) })));
    } else {
      meter = out;
      showPreview();
    }
    document.body.dataset.meter = out.errors ? "refused" : "read";
    save();
  });

  // project turns the form into a project file; values go as typed.
  const project = () => {
    const electricity = { unit: form.elements.unit.value };
    let period;
    if (mode() === "monthly") electricity.monthly = monthInputs.map((i) => i.value);
    else if (mode() === "meter") {
      electricity.unit = "kWh"; // the core returns the series in kWh
      electricity.hourly = meter ? meter.hourly : { step_minutes: 60, values: [] };
      period = { start: meter ? meter.start.slice(0, 7) : "" };
    } else electricity.annual = form.elements.annual.value;
    return {
      format: 1,
      period,
      facilities: [{
        id: "facility-1",
        name: form.elements.name.value,
        grid: { table: form.elements.region.dataset.table, key: form.elements.region.value },
        electricity,
      }],
    };
  };

  // --- autosave: every change is kept in this browser only ---------------
  const save = () => {
    const d = { mode: mode(), unit: form.elements.unit.value, region: form.elements.region.value,
      name: form.elements.name.value, annual: form.elements.annual.value,
      monthly: monthInputs.map((i) => i.value), meter };
    try { localStorage.setItem(draftKey, JSON.stringify(d)); } catch (_) { /* storage full or disabled */ }
  };
  const restore = () => {
    let d;
    try { d = JSON.parse(localStorage.getItem(draftKey) || "null"); } catch (_) { d = null; }
    if (!d || typeof d !== "object") return;
    const set = (el, v) => { if (typeof v === "string") el.value = v; };
    set(form.elements.unit, d.unit);
    set(form.elements.region, d.region);
    set(form.elements.name, d.name);
    set(form.elements.annual, d.annual);
    if (Array.isArray(d.monthly)) monthInputs.forEach((el, i) => set(el, d.monthly[i]));
    if (d.meter && typeof d.meter === "object") { meter = d.meter; showPreview(); }
    for (const r of form.elements.mode) r.checked = r.value === d.mode;
    if (!mode()) form.elements.mode[0].checked = true;
    showMode();
  };

  // --- errors -----------------------------------------------------------
  const clearErrors = () => {
    for (const p of form.querySelectorAll(".error")) { p.hidden = true; p.textContent = ""; }
    for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  };
  const message = (e) => (text.lang === "en" && e.message ? e.message : text.codes[e.code] || e.message);
  const showErrors = (errors) => {
    let first = null;
    const general = [];
    for (const e of errors) {
      const slot = form.querySelector(`[data-error-for="${CSS.escape(e.field)}"]`);
      const input = form.querySelector(`[data-field="${CSS.escape(e.field)}"]`);
      if (!slot || !input) { general.push(message(e)); continue; }
      const label = form.querySelector(`label[for="${input.id}"]`);
      slot.textContent = (label ? label.textContent + ": " : "") + message(e);
      slot.hidden = false;
      input.setAttribute("aria-invalid", "true");
      first = first || input;
    }
    if (general.length) {
      const box = document.getElementById("form-error");
      box.textContent = general.join(" ");
      box.hidden = false;
    }
    if (first) first.focus();
  };

  // --- the result -------------------------------------------------------
  const paint = (out, r) => {
    const f = r.facilities[0];
    const steps = f.location_based.trace;
    const factor = steps[1].factor;
    const view = document.getElementById("result-template").content.cloneNode(true);
    const fill = (slot, value) => { view.querySelector(`[data-slot="${slot}"]`).textContent = value; };
    const region = form.elements.region.selectedOptions[0];
    fill("value", r.location_based.value);
    fill("unit", r.location_based.unit);
    fill("energy", f.energy.value);
    fill("factor", factor.used.value);
    fill("factor-unit", factor.used.unit);
    fill("region", region ? region.textContent : factor.key);
    fill("formula", `${f.energy.value} kWh × ${factor.used.value} ${factor.used.unit} ÷ 1000 = ${f.location_based.exact} ${f.location_based.unit}`);
    fill("exact", `${r.location_based.exact} ${r.location_based.unit}`);
    fill("table", `${factor.table} · ${factor.key}`);
    fill("citation", factor.citation);
    fill("verification", text.levels[factor.verification] || factor.verification);
    const rest = f.instruments.find((i) => i.kind === "residual-mix" || i.kind === "grid-average");
    fill("mb-value", r.market_based.value);
    fill("mb-unit", r.market_based.unit);
    fill("mb-factor", rest ? rest.factor.value : "");
    fill("mb-factor-unit", rest ? rest.factor.unit : "");
    fill("mb-reason", rest ? rest.reasons.join(" ") : "");
    fill("json", out);
    resultBox.replaceChildren(view);
    resultBox.hidden = false;
  };

  const submit = async (e) => {
    e.preventDefault();
    if (button.disabled) return;
    save();
    clearErrors();
    const input = JSON.stringify(project());
    const started = performance.now();
    const out = await call("calc", input);
    window.greenlineLast = { input, out };
    let r;
    try { r = JSON.parse(out); } catch (_) { r = { errors: [{ code: "internal", field: "", message: out.slice(0, 200) }] }; }
    if (r.errors) {
      resultBox.hidden = true;
      showErrors(r.errors);
    } else {
      paint(out, r);
      resultBox.focus();
    }
    timing.lastResult = performance.now() - started;
    if (timing.firstResult === undefined) timing.firstResult = performance.now();
    calcs++;
    document.body.dataset.computed = String(calcs); // lets tests wait for an answer
  };

  form.addEventListener("submit", submit);
  form.addEventListener("change", (e) => { if (e.target.name === "mode") showMode(); save(); });
  form.addEventListener("input", save);
  restore();
})();
