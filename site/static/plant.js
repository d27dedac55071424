// The shared plant, from both sides (发改能源〔2026〕688号). The operator
// (the responsible unit) sees, on the results step, each user's figures,
// the plant's checks against the notices and the allocation statements:
// issued by the core, downloaded one by one or as a ZIP, or printed. A
// user loads its statement into a plant share on the green step; the core
// checks it, and its refusals are said at the file's field. Nothing here
// computes a figure or checks a statement: the core does.

import { $, $$, form, download, announce } from "./dom.js";
import { P, fill, group, movePoint, resultsText } from "./text.js";
import { state } from "./state.js";
import { projectFile, fileText } from "./project.js";
import { issueStatements } from "./engine.js";
import { say, label } from "./words.js";
import { namer, el, table } from "./results.js";
import { changed } from "./form.js";

// --- the user's statement --------------------------------------------------

// refused holds, by plant share, what the page itself refused of the last
// file chosen (not JSON): the core never saw it.
const refused = new Map();

form.addEventListener("change", async (e) => {
  const input = e.target.closest("[data-statement-file]");
  if (!input || !input.files.length) return;
  const card = input.closest(".card");
  const i = Number(card.dataset.index);
  let st = null;
  try { st = JSON.parse(await input.files[0].text()); } catch (_) { st = null; }
  state.touched.add(`plant_shares[${i}].statement`);
  if (!st || typeof st !== "object" || Array.isArray(st)) {
    refused.set(i, true);
    shown();
    return;
  }
  refused.delete(i);
  state.doc.plant_shares[i].statement = st;
  changed();
});

// shown says, after each answer of the core, what each plant share's
// statement is, or why it is refused, at its field.
export const shown = () => {
  const nm = namer(resultsText, state.doc);
  for (const card of $$('[data-list="plant_shares"] > .card')) {
    const i = Number(card.dataset.index);
    const ps = state.doc.plant_shares[i];
    if (!ps) continue;
    const at = `plant_shares[${i}]`;
    const errs = state.errors.filter((e) => e.field === at || e.field === at + ".statement" || e.field.startsWith(at + ".statement."));
    const slot = $("[data-statement-err]", card);
    const file = $("[data-statement-file]", card);
    const says = refused.get(i) ? [P.NotStatement]
      : state.touched.has(at + ".statement") || state.left.has("green") ? errs.map((e) => say(e, nm)) : [];
    slot.textContent = says.length ? P.StatementFile + ": " + says.join(" ") : "";
    slot.hidden = !says.length;
    if (says.length) file.setAttribute("aria-invalid", "true"); else file.removeAttribute("aria-invalid");
    const st = ps.statement;
    $("[data-statement-read]", card).textContent = st && st.user && !says.length
      ? fill(P.StatementRead, { hash: String(st.statement_sha256 || "").slice(0, 16) + "…", operator: st.operator && st.operator.name,
        user: st.user.name, green: group((st.annual && st.annual.green) || "0"), supply: (st.supply && (st.supply.name || st.supply.id)) || "" })
      : "";
  }
};

// --- the operator's results -------------------------------------------------

// figureOf is a check's figure in the page's language: a percentage, or
// the check's own note (the figure with its unit, said by its code).
const figureOf = (c) => (c.unit === "%" || !c.metric ? c.figure + " %"
  : say({ code: "policy." + c.metric, params: { figure: c.figure, threshold: c.threshold, unit: c.unit, comparator: c.comparator } }));

const checkRows = (s) => {
  const rows = [];
  const line = (metric, figure, c) => rows.push(el("tr", { "data-metric": metric, "data-met": String(c.met) },
    el("th", { scope: "row" }, label("metric", metric)),
    el("td", null, figure),
    el("td", null, c.comparator + " " + c.threshold),
    el("td", { class: c.met ? "gl-met" : "gl-failed" }, c.met ? P.Pass : P.Fail),
    el("td", null, [c.in_force ? P.InForce : fill(P.NotInForce, { date: c.applies_from || "" }),
      c.overridden ? " · " + P.Overridden : "", c.target ? " · " + P.Target : ""].join("")),
    el("td", null, el("span", { class: "gl-citation" }, c.policy || ""), el("br"), el("span", { class: "gl-clause gl-citation" }, c.clause || ""))));
  for (const r of s.ratios || []) for (const c of r.checks || []) line(r.metric, r.share.percent + " %", c);
  for (const c of s.checks || []) line(c.metric, figureOf(c), c);
  return rows;
};

// paint shows the shared plants of an operator's project and the evidence
// of a user's: figures per user, the checks, the facilities' evidence; the
// evidence also at the end of the printed report.
export const paint = (result, project) => {
  const view = $("#plant-view");
  view.replaceChildren();
  const byID = new Map((result.facilities || []).map((f) => [f.id, f]));
  for (const s of result.supplies || []) {
    const sp = (project.supplies || []).find((x) => x.id === s.id);
    if (!sp || !(sp.users.some((u) => u.entity) || (s.checks || []).length)) continue;
    const name = sp.name || s.id;
    const users = (s.users || []).map((u) => {
      const pu = sp.users.find((x) => x.facility === u.facility) || {};
      const f = byID.get(u.facility) || {};
      return el("tr", { "data-user": u.facility },
        el("th", { scope: "row" }, pu.entity || project.organisation || u.facility),
        el("td", null, pu.uscc || "—"),
        el("td", null, group(u.green.value)),
        el("td", null, group(u.load.value)),
        el("td", { "data-market": u.facility }, f.market_based ? group(f.market_based.value) : "—"),
        el("td", null, f.location_based ? group(f.location_based.value) : "—"));
    });
    view.append(el("section", { class: "plant", "data-supply": s.id },
      el("h3", null, P.Heading + ": " + name),
      table(fill(P.UsersCaption, { supply: name }), [P.ColUser, P.ColUSCC, P.ColGreen, P.ColLoad, P.ColMarket, P.ColLocation], users, "plant-users"),
      table(fill(P.ChecksCaption, { supply: name }), [P.ColCheck, P.ColFigure, P.ColThreshold, P.ColResult, P.ColInForce, P.ColClause], checkRows(s), "plant-checks")));
  }
  const nm = namer(resultsText, project, result);
  for (const f of result.facilities || []) {
    if (!(f.evidence || []).length) continue;
    view.append(el("section", { class: "evidence", "data-facility": f.id },
      el("h3", null, fill(P.EvidenceHeading, { facility: f.name || f.id })),
      el("ul", null, f.evidence.map((n) => el("li", { "data-code": n.code, "data-hash": (n.params && n.params.statement_sha256) || "" }, say(n, nm))))));
  }
  // The printed report ends with the evidence (a statement's hash).
  const report = $("#report");
  const evidence = $$(".evidence", view);
  if (report.firstChild && evidence.length) report.append(el("div", { class: "plant-report" }, evidence.map((c) => c.cloneNode(true))));
};

// --- statements ----------------------------------------------------------

// issued is the last answer of the statements op: {statements: [...]}.
let issued = null;
const status = $("#statements-status");
const list = $("#statements-list");

$("#statements-issue").addEventListener("click", async () => {
  status.textContent = P.Issuing;
  const t0 = performance.now();
  const answer = await issueStatements(fileText(projectFile(state.doc)));
  state.timing.statements = performance.now() - t0;
  issued = answer.errors ? null : answer;
  $("#statements-zip").hidden = !issued;
  if (!issued) {
    const nm = namer(resultsText, state.doc);
    status.textContent = answer.errors.map((e) => say(e, nm)).join(" ");
    list.replaceChildren();
    return;
  }
  status.textContent = fill(P.IssuedCount, { count: issued.statements.length });
  announce(status.textContent);
  list.replaceChildren(table(P.StatementsHeading, [P.ColUser, P.ColFile, P.ColGreen, P.ColHash, ""],
    issued.statements.map((s, i) => el("tr", { "data-statement": s.name },
      el("th", { scope: "row" }, s.user),
      el("td", null, s.name),
      el("td", null, group(s.green)),
      el("td", { class: "gl-hash" }, el("code", null, s.sha256.slice(0, 16) + "…")),
      el("td", null,
        el("button", { type: "button", class: "secondary", "data-download": i, "aria-label": P.Download + " " + s.name }, P.Download), " ",
        el("button", { type: "button", class: "secondary", "data-print": i, "aria-label": P.Print + ": " + s.user }, P.Print)))), "statements"));
  state.issued = issued;
});

$("#statements-zip").addEventListener("click", async () => {
  if (!issued) return;
  const { zipStored } = await import("./xlsx.js");
  const zip = zipStored(issued.statements.map((s) => ({ name: s.name, data: s.bytes })));
  const base = (state.doc.name || state.doc.organisation || "statements").replace(/[\\/:*?"<>|\s]+/g, "-");
  download(base + "-statements.zip", zip, "application/zip");
});

list.addEventListener("click", (e) => {
  const d = e.target.closest("[data-download]");
  if (d) {
    const s = issued.statements[Number(d.dataset.download)];
    download(s.name, s.bytes, "application/json");
    return;
  }
  const p = e.target.closest("[data-print]");
  if (p) printStatement(JSON.parse(new TextDecoder().decode(issued.statements[Number(p.dataset.print)].bytes)));
});

// --- the printable statement (A4) ----------------------------------------

const esc = (s) => String(s === undefined || s === null ? "" : s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

// statementSheet lays a statement's page out on A4. It is given to the
// print frame as a constructed style sheet: the frame's document inherits
// the page's Content-Security-Policy, under which a <style> element or a
// style attribute in it would be refused.
const statementSheet = `@page{size:A4;margin:16mm}body{font:10pt/1.4 system-ui,"Noto Sans CJK SC",sans-serif;color:#000;max-width:178mm;margin:0 auto}
h1{font-size:16pt;margin:0 0 4pt}dl{display:grid;grid-template-columns:max-content 1fr;gap:2pt 10pt}dt{font-weight:600}dd{margin:0}
table{border-collapse:collapse;width:100%;margin:6pt 0}th,td{border-bottom:0.5pt solid #999;padding:2pt 4pt;text-align:left}td{text-align:right}
caption{text-align:left;font-weight:600;padding:4pt 0}code{font-size:8pt;word-break:break-all}.note{font-size:8.5pt}`;

// statementPage is a statement as a page of its own, in the page's
// language, to print on A4 with statementSheet.
const statementPage = (st) => {
  const lang = document.documentElement.lang;
  const dl = (pairs) => "<dl>" + pairs.filter((p) => p[1] !== "").map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join("") + "</dl>";
  const kwh = (v) => esc(group(v)) + " kWh";
  const sup = st.supply || {};
  const rule = st.rule || {};
  const ruleText = label("rule", rule.name) + (rule.share ? " · " + movePoint(rule.share, 2) + " %" : "") + (rule.priority ? " · #" + rule.priority : "");
  const months = (st.monthly || []).map((m) => `<tr><th scope="row">${esc(m.month)}</th><td>${esc(group(m.green))}</td><td>${esc(group(m.load))}</td></tr>`).join("");
  const checks = ((st.plant && st.plant.checks) || []).map((c) => `<tr><th scope="row">${esc(label("metric", c.metric))}</th><td>${esc(figureOf(c))}</td><td>${esc(c.comparator)} ${esc(c.threshold)}</td><td>${esc(c.met ? P.Pass : P.Fail)}</td><td>${esc(c.in_force ? P.InForce : P.NotYet)}</td></tr>`).join("");
  const pl = st.plant || {};
  return `<!doctype html><html lang="${esc(lang)}"><head><meta charset="utf-8"><title>${esc(P.Title)} · ${esc(st.user && st.user.name)}</title>
</head><body>
<h1>${esc(P.Title)}</h1><p>${esc(P.Intro)}</p>
${dl([[P.OperatorLabel, esc(st.operator && st.operator.name)], [P.UserLabel, esc(st.user && st.user.name) + (st.user && st.user.uscc ? " (" + esc(st.user.uscc) + ")" : "")],
    [P.SupplyLabel, esc([sup.name || sup.id, label("technology", sup.technology), sup.location].filter(Boolean).join(" · "))],
    [P.Factor, sup.factor ? esc(sup.factor.value + " " + sup.factor.unit) : ""],
    [P.PeriodLabel, esc(fill(P.Hours, { hours: group(String((st.period && st.period.hours) || "")), first: (st.period && st.period.first_hour) || "" }))],
    [P.RuleLabel, esc(ruleText)]])}
<table><caption>${esc(P.MonthlyCaption)}</caption><thead><tr><th scope="col">${esc(P.ColMonth)}</th><th scope="col">${esc(P.ColGreen)}</th><th scope="col">${esc(P.ColLoad)}</th></tr></thead><tbody>${months}</tbody>
<tfoot><tr><th scope="row">${esc(P.AnnualLabel)}</th><td>${esc(group(st.annual.green))}</td><td>${esc(group(st.annual.load))}</td></tr></tfoot></table>
${dl([[P.Residual, kwh(st.annual.residual)]])}
<h2>${esc(P.PlantLabel)}</h2>
${dl([[P.Generation, kwh(pl.generation)], [P.Allocated, kwh(pl.allocated)], [P.Surplus, kwh(pl.surplus) + " (" + esc(label("surplus", pl.surplus_fate)) + ")"], [P.Users, esc(pl.users)], [P.Entities, esc(pl.entities)]])}
<table><thead><tr><th scope="col">${esc(P.ColCheck)}</th><th scope="col">${esc(P.ColFigure)}</th><th scope="col">${esc(P.ColThreshold)}</th><th scope="col">${esc(P.ColResult)}</th><th scope="col">${esc(P.ColInForce)}</th></tr></thead><tbody>${checks}</tbody></table>
${dl([[P.StatementHash, "<code>" + esc(st.statement_sha256) + "</code>"], [P.ProjectHash, "<code>" + esc(st.project_sha256) + "</code>"]])}
<p class="note">${esc(P.HashNote)}</p></body></html>`;
};

// printStatement prints a statement's page from a frame of its own, so
// that the assessment's page and report stay as they are.
const printStatement = (st) => {
  const html = statementPage(st);
  state.statementPage = html; // what was printed, for the browser tests
  const old = $("iframe.statement-print");
  if (old) old.remove();
  const frame = el("iframe", { class: "statement-print", title: P.Title, tabindex: "-1", "aria-hidden": "true" });
  frame.style.cssText = "position:fixed;right:0;bottom:0;width:0;height:0;border:0"; // the style object, which the policy allows
  frame.srcdoc = html;
  frame.addEventListener("load", () => {
    const sheet = new frame.contentWindow.CSSStyleSheet();
    sheet.replaceSync(statementSheet);
    frame.contentDocument.adoptedStyleSheets = [sheet];
    frame.contentWindow.print();
  }, { once: true });
  document.body.append(frame);
};
