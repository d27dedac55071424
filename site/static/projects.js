// The projects of this browser: the list, new, duplicate, rename, delete
// with undo, opening a project file, and saving after every change.

import { $, announce, form } from "./dom.js";
import { W, fill, locale } from "./text.js";
import { state } from "./state.js";
import { store } from "./store.js";
import { newDoc, docFromProject } from "./project.js";
import { bindAll, showStep } from "./form.js";
import { compute, forget } from "./compute.js";
import { check } from "./engine.js";
import { say } from "./words.js";
import { fieldPlace, withPaths } from "./problems.js";

const projectList = $("#project-list");
const savedText = $("#saved-text");
const undo = $("#undo");
const undoLine = $("#undo-line");
let lastDeleted = null;

export const titleOf = (r) => r.name || W.Untitled;

export const fillProjects = async () => {
  const all = await store.list();
  projectList.replaceChildren(...all.map((r) => {
    const o = document.createElement("option");
    o.value = r.id;
    o.textContent = r.id === state.rec.id ? titleOf({ name: state.doc.name }) : titleOf(r);
    return o;
  }));
  projectList.value = state.rec.id;
};

// open shows a stored project, and nothing of the one before, if no other
// tab has it open.
export const open = async (r) => {
  const mine = await hold(r.id);
  await show(r, mine);
  setElsewhere(!mine);
  if (!mine) { announce(W.OpenElsewhere); waitFor(r.id); }
};

// show shows a stored project; held says this tab edits it.
const show = async (r, held) => {
  state.rec = r;
  state.doc = r.doc;
  if (!Array.isArray(state.doc.plant_shares)) state.doc.plant_shares = []; // kept before plant shares existed
  if (held) store.setCurrent(r.id);
  state.touched.clear();
  state.left.clear();
  forget();
  showStep(state.doc._step || "company", false);
  await fillProjects();
  compute();
};

const create = async (d, name) => {
  d.name = name === undefined ? d.name : name;
  const r = { id: store.newID(), name: d.name, doc: d };
  await store.put(r).catch(storageFailed);
  await open(r);
};

// Saving. A change is written once the typing pauses (a year of hourly
// data for 100 meters is tens of megabytes: not rewritten on every
// keystroke), at the latest after maxWait, and at once when the page is
// hidden or closed, so that no change is lost with the tab. flush writes
// now; the newest write wins.
const pause = 600; // ms without a change before the project is written
const maxWait = 5000;
let saveTimer = 0;
let firstPending = 0;
const saveProblem = $("#save-problem");

// storageFailed says at once that the browser refused to keep the
// project, keeps it in this tab and offers its file.
const storageFailed = (err) => {
  const name = err && err.name;
  $("#save-problem-text").textContent = name === "QuotaExceededError" ? W.StorageFull
    : name === "SecurityError" || name === "InvalidStateError" || name === "refused" ? W.StorageRefused
    : W.SaveFailed; // never the browser's own words, which are in its language, not the page's
  savedText.textContent = "";
  if (saveProblem.hidden) announce($("#save-problem-text").textContent);
  saveProblem.hidden = false;
  state.unsaved = true;
};

// channel tells the other tabs of this browser a project's last state
// as a tab closes: the tab that takes the project over may otherwise read
// the store before the closing tab's last write has reached it.
const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel("greenline.projects") : null;

let inflight = 0; // writes not yet done

export const flush = (last = false) => {
  clearTimeout(saveTimer);
  saveTimer = 0;
  firstPending = 0;
  const { rec, doc } = state;
  if (!rec || state.elsewhere) return Promise.resolve();
  rec.name = doc.name;
  rec.doc = doc;
  if (last) {
    store.rescue(rec);
    if (channel) channel.postMessage({ id: rec.id, name: rec.name, doc, updated: Date.now() });
  }
  inflight++;
  return store.put(rec).finally(() => { inflight--; }).then(() => {
    savedText.textContent = W.Saved + " · " + new Date().toLocaleTimeString(locale);
    saveProblem.hidden = true;
    state.unsaved = false;
    state.saves++;
  }, storageFailed);
};

// save keeps the project after a change: soon, not at once (see flush).
export const save = () => {
  if (!state.rec || state.elsewhere) return;
  takenAt = 0;
  const now = Date.now();
  if (!firstPending) firstPending = now;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(flush, Math.max(0, Math.min(pause, firstPending + maxWait - now)));
};
const pending = () => saveTimer !== 0;
// As the page goes, a change not yet written, or one whose write is not
// yet done, is written again, and rescued (see store.rescue).
addEventListener("pagehide", () => { if (pending() || inflight) flush(true); });
document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden" && pending()) flush(); });
$("#save-download").addEventListener("click", () => $("#export-json").click());
$("#edit-copy").addEventListener("click", () => $("#project-duplicate").click());

// One tab edits a project at a time: the tab holding its Web Lock. A
// second tab that opens it is told the project is open elsewhere and
// shows it without letting it be changed (the form is inert), so that
// neither tab's edits overwrite the other's; it offers to edit a copy,
// and takes the project over, re-read from the store, once the other tab
// lets it go.
let releaseLock = () => {};
let closing = null; // the last state of this project another tab sent as it closed
let takenAt = 0; // when this tab took the project over, until its first change
let stopWaiting = () => {};
const elsewhere = $("#elsewhere");
const lockName = (id) => "greenline.project." + id;
const hold = (id) => new Promise((resolve) => {
  releaseLock();
  stopWaiting();
  if (!navigator.locks) { resolve(true); return; }
  navigator.locks.request(lockName(id), { ifAvailable: true }, (lock) => {
    resolve(!!lock);
    if (lock) return new Promise((r) => { releaseLock = r; });
  }).catch(() => { /* the page went away before the answer: nothing to hold */ });
});
const setElsewhere = (on) => {
  state.elsewhere = on;
  elsewhere.hidden = !on;
  form.inert = on;
  for (const b of ["#project-rename", "#project-delete"]) $(b).disabled = on;
};
if (channel) {
  channel.onmessage = (e) => {
    const r = e.data;
    if (!state.rec || r.id !== state.rec.id) return;
    if (state.elsewhere) { closing = r; return; }
    // Just taken over, not yet changed here: the closing tab's last state,
    // come after the lock, is the project's.
    if (takenAt && Date.now() - takenAt < 5000 && !pending()) show(r, true).then(() => flush());
  };
}

// waitFor takes the project over when the tab that has it lets it go.
const waitFor = (id) => {
  const ctl = new AbortController();
  stopWaiting = () => ctl.abort();
  navigator.locks.request(lockName(id), { signal: ctl.signal }, async () => {
    stopWaiting = () => {};
    if (!state.rec || state.rec.id !== id) return;
    const stored = await store.get(id);
    const sent = closing && closing.id === id && (!stored || closing.updated > stored.updated);
    const r = sent ? closing : stored;
    if (r) await show(r, true);
    setElsewhere(false);
    takenAt = Date.now();
    if (sent) flush();
    announce(W.NowEditable);
    return new Promise((r) => { releaseLock = r; });
  }).catch(() => { /* aborted: another project was opened */ });
};

// undoable shows what was just removed with a button that brings it back,
// until the next removal.
export const undoable = (message, back) => {
  lastDeleted = back;
  $("#undo-text").textContent = message;
  undoLine.hidden = false;
  announce(message);
};

projectList.addEventListener("change", async () => {
  await flush();
  const r = await store.get(projectList.value);
  if (r) await open(r);
});
$("#project-new").addEventListener("click", async () => { await flush(); await create(newDoc(), ""); });
$("#project-duplicate").addEventListener("click", async () => {
  await flush();
  await create(structuredClone(state.doc), fill(W.CopyOf, { name: titleOf(state.rec) }));
});
const renameBox = $("#rename-box");
const renameTo = $("#rename-to");
$("#project-rename").addEventListener("click", () => {
  renameBox.hidden = false;
  renameTo.value = state.doc.name || "";
  renameTo.focus();
});
const rename = (refocus) => {
  if (renameBox.hidden) return;
  renameBox.hidden = true;
  state.doc.name = renameTo.value.trim();
  bindAll();
  flush().then(fillProjects);
  if (refocus) $("#project-rename").focus();
};
renameTo.addEventListener("keydown", (e) => {
  if (e.key === "Enter") { e.preventDefault(); rename(true); }
  if (e.key === "Escape") { renameBox.hidden = true; $("#project-rename").focus(); }
});
renameTo.addEventListener("blur", () => rename(false));
$("#project-delete").addEventListener("click", async () => {
  clearTimeout(saveTimer);
  saveTimer = 0;
  firstPending = 0;
  const gone = { ...state.rec, doc: structuredClone(state.doc) };
  await store.remove(state.rec.id);
  const rest = await store.list();
  const next = rest.length ? await store.get(rest[0].id) : null;
  if (next) await open(next); else await create(newDoc(), "");
  undoable(fill(W.Deleted, { name: titleOf(gone) }), async () => {
    await flush();
    await store.put(gone);
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

// Opening a project file adds it as a new project: it never replaces or
// changes another. The core checks the file first; a file it cannot read
// (not JSON, a newer format, a key twice, an id that is not an id) is
// refused with its problems in the page's language, each with its place.
const fileError = $("#project-file-err");
const refuses = (e) => /^(input|id)\./.test(e.code) || e.code === "internal";
// refused is a refusal said in the page's language; any other error
// (the browser could not read the file) is said as the core's
// input.unreadable, never by the browser's English message.
const refused = (text) => Object.assign(new Error(text), { said: true });
// refusal says a refused file's problems, each at its place in the user's
// words ("Facility 1 · ID"), as the results step names a field, but with
// nothing to go to: the file is not open.
const refusal = (bad, input) => {
  let p = null;
  try { p = JSON.parse(input); } catch (_) { /* not JSON: its problem says so */ }
  const nm = withPaths(null, p);
  const said = bad.slice(0, 5).map((x) => {
    const at = fieldPlace(x.field, p);
    return (at ? at + ": " : "") + say(x, nm);
  });
  if (bad.length > 5) said.push(say({ code: "more", params: { count: String(bad.length - 5) } }));
  return said.join(" ");
};
$("#project-file").addEventListener("change", async (e) => {
  const file = e.target.files[0];
  e.target.value = "";
  fileError.hidden = true;
  if (!file) return;
  let d;
  try {
    if (file.size > 32 << 20) throw refused(W.TooLarge);
    const input = await file.text();
    const bad = ((await check(input)).errors || []).filter(refuses);
    if (bad.length) throw refused(refusal(bad, input));
    const p = JSON.parse(input);
    if (!p || typeof p !== "object" || !Array.isArray(p.facilities)) throw refused(W.NotProject);
    d = docFromProject(p);
  } catch (err) {
    fileError.textContent = W.ImportFailed + " (" + file.name + "): " + (err.said ? err.message : say({ code: "input.unreadable" }));
    fileError.hidden = false;
    state.fileRefused = (state.fileRefused || 0) + 1;
    return;
  }
  if (pending()) await flush();
  await create(d);
});

// start opens the project last edited in this browser, or a new one.
export const start = async () => {
  await store.open();
  if (store.refused) storageFailed({ name: "refused" });
  let r = null;
  const id = store.current();
  if (id) r = await store.get(id);
  if (!r) {
    const all = await store.list();
    if (all.length) r = await store.get(all[0].id);
  }
  if (r) await open(r); else await create(newDoc(), "");
  state.ready = true;
};
