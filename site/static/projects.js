// The projects of this browser: the list, new, duplicate, rename, delete
// with undo, opening a project file, and saving after every change.

import { $, announce } from "./dom.js";
import { W, text, fill, locale } from "./text.js";
import { state } from "./state.js";
import { store } from "./store.js";
import { newDoc, docFromProject } from "./project.js";
import { bindAll, showStep } from "./form.js";
import { compute, forget } from "./compute.js";

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

// open shows a stored project, and nothing of the one before.
export const open = async (r) => {
  state.rec = r;
  state.doc = r.doc;
  if (!Array.isArray(state.doc.plant_shares)) state.doc.plant_shares = []; // kept before plant shares existed
  store.setCurrent(r.id);
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
  await store.put(r);
  await open(r);
};

// save keeps the project after every change; the newest save wins.
let saveTimer = 0;
export const save = () => {
  const { rec, doc } = state;
  rec.name = doc.name;
  rec.doc = doc;
  clearTimeout(saveTimer);
  return store.put(rec).then(() => {
    saveTimer = setTimeout(() => {
      savedText.textContent = W.Saved + " · " + new Date().toLocaleTimeString(locale);
    }, 0);
    state.saves++;
  }, (err) => {
    savedText.textContent = fill(W.SaveFailed, { reason: err && err.message ? err.message : String(err) });
    announce(savedText.textContent);
  });
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
  await save();
  const r = await store.get(projectList.value);
  if (r) await open(r);
});
$("#project-new").addEventListener("click", async () => { await save(); await create(newDoc(), ""); });
$("#project-duplicate").addEventListener("click", async () => {
  await save();
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
  save().then(fillProjects);
  if (refocus) $("#project-rename").focus();
};
renameTo.addEventListener("keydown", (e) => {
  if (e.key === "Enter") { e.preventDefault(); rename(true); }
  if (e.key === "Escape") { renameBox.hidden = true; $("#project-rename").focus(); }
});
renameTo.addEventListener("blur", () => rename(false));
$("#project-delete").addEventListener("click", async () => {
  const gone = { ...state.rec, doc: structuredClone(state.doc) };
  await store.remove(state.rec.id);
  const rest = await store.list();
  const next = rest.length ? await store.get(rest[0].id) : null;
  if (next) await open(next); else await create(newDoc(), "");
  undoable(fill(W.Deleted, { name: titleOf(gone) }), async () => {
    await save();
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

// start opens the project last edited in this browser, or a new one.
export const start = async () => {
  await store.open();
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
