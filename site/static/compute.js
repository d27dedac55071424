// Computing: after each change the project is sent to the engine; the
// answer's problems go to the form and its figures to the running total,
// and, on the results step, to the result view and the report.

import { $ } from "./dom.js";
import { W, group, resultsText } from "./text.js";
import { state } from "./state.js";
import { projectFile, fileText } from "./project.js";
import { calculate, onChange, mark } from "./tables.js";
import { showErrors } from "./problems.js";
import * as results from "./results.js";
import * as plant from "./plant.js";

const status = $("#status");
const live = $(".live");
let again = false;

// forget drops everything shown of the project before a switch.
export const forget = () => {
  state.errors = [];
  state.last = state.painted = null;
  state.generation++;
  live.hidden = true;
  $("#result-view").replaceChildren();
  $("#report").replaceChildren();
  $("#result-json").textContent = "";
};

// compute asks for the answer to the project as it is now; calls made
// while one is under way are folded into one more after it.
export const compute = async () => {
  if (state.busy) { again = true; return; }
  state.busy = true;
  const started = performance.now();
  const full = state.current === "results";
  const project = projectFile(state.doc, full);
  const input = full ? fileText(project) : JSON.stringify(project);
  const gen = state.generation;
  // The edit this calculation answers, if any: an answer to an input from
  // before the edit is not the edit's answer.
  const editAt = state.timing.editAt;
  state.timing.editAt = 0;
  if (full) status.textContent = W.Computing;
  const { out, answer } = await calculate(input);
  if (full) status.textContent = "";
  if (gen !== state.generation) { state.busy = false; compute(); return; }
  state.timing.lastResult = performance.now() - started; // the calculation, answer read; painting is timing.paint
  state.errors = answer.errors || [];
  // Problems of optional fields block only what depends on them: the
  // core computes the rest and names them on the line they belong to.
  state.warnings = answer.errors ? [] : (answer.products || []).map((p) => p.cbam_problem).filter(Boolean);
  if (!answer.errors) {
    state.last = { project, input, out, result: answer, full, at: new Date() };
    // The running totals, on every step.
    $("#live-location").textContent = group(answer.location_based.value) + " " + answer.location_based.unit;
    $("#live-market").textContent = group(answer.market_based.value) + " " + answer.market_based.unit;
    live.hidden = false;
    if (editAt) state.timing.editToResult = performance.now() - editAt;
  }
  state.answer = { input, out }; // the last exchange with the core, errors or not
  showErrors();
  plant.shown();
  if (!state.timing.firstAnswer) state.timing.firstAnswer = performance.now(); // the opened project's first answer shown
  if (state.current === "results") await paint();
  state.calcs++;
  state.busy = false;
  if (again) { again = false; compute(); }
};

const sha256 = async (s) => {
  const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(s));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, "0")).join("");
};

// meta is what the report and the exports say of a result: when, from
// which input, by which version of the app.
export const meta = async (shown) => ({
  inputHash: await sha256(shown.input),
  appVersion: $("script[type=module][data-version]").dataset.version,
  generated: shown.at.toISOString().slice(0, 10),
});

// A table picked up from the Worker, or a key trusted, computes again.
onChange(() => compute());

const paint = async () => {
  const shown = state.last;
  if (!shown || !shown.full || state.painted === shown) return;
  const started = performance.now();
  const args = { result: shown.result, project: shown.project, text: resultsText, meta: await meta(shown) };
  const view = $("#result-view");
  view.replaceChildren();
  results.render(view, { ...args, heading: false }); // the step's heading says it
  results.report($("#report"), args);
  plant.paint(shown.result, shown.project);
  const used = results.factorsUsed(shown.result).tables;
  mark(view, used);
  mark($("#report"), used);
  $("#result-json").textContent = shown.out;
  state.painted = shown;
  state.timing.paint = performance.now() - started;
  state.paints++;
};
