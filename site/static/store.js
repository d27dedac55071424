// Greenline's project store: every project lives in this browser's
// IndexedDB, whole, and nowhere else. When IndexedDB is unavailable (some
// private windows), projects live in localStorage, which holds less; when
// the browser refuses both, they live in this tab's memory only, and
// store.refused says so.
const dbName = "greenline";
const storeName = "projects"; // whole records, by id
const metaName = "meta"; // {id, name, updated} of each, for the list
const currentKey = "greenline.current";
const rescueKey = "greenline.closing"; // the last state of a project, written as its page closed

const req = (r) => new Promise((resolve, reject) => {
  r.onsuccess = () => resolve(r.result);
  r.onerror = () => reject(r.error);
});
const done = (tx) => new Promise((resolve, reject) => {
  tx.oncomplete = () => resolve();
  tx.onerror = tx.onabort = () => reject(tx.error);
});
const metaOf = ({ id, name, updated }) => ({ id, name, updated });

// idb keeps records in IndexedDB; listing reads only the small records.
const idb = (db) => ({
  all: () => req(db.transaction(metaName, "readonly").objectStore(metaName).getAll()),
  get: (id) => req(db.transaction(storeName, "readonly").objectStore(storeName).get(id)),
  put: (rec) => {
    const tx = db.transaction([storeName, metaName], "readwrite");
    tx.objectStore(storeName).put(rec);
    tx.objectStore(metaName).put(metaOf(rec));
    return done(tx);
  },
  remove: (id) => {
    const tx = db.transaction([storeName, metaName], "readwrite");
    tx.objectStore(storeName).delete(id);
    tx.objectStore(metaName).delete(id);
    return done(tx);
  },
});

// local keeps records in localStorage, one key per project.
const local = () => {
  const key = (id) => "greenline.project." + id;
  const read = (k) => { try { return JSON.parse(localStorage.getItem(k)); } catch (_) { return null; } };
  return {
    all: async () => Object.keys(localStorage).filter((k) => k.startsWith("greenline.project.")).map(read).filter(Boolean).map(metaOf),
    get: async (id) => read(key(id)),
    put: async (rec) => localStorage.setItem(key(rec.id), JSON.stringify(rec)),
    remove: async (id) => localStorage.removeItem(key(id)),
  };
};

// memory keeps records in this tab only.
const memory = () => {
  const m = new Map();
  return {
    all: async () => [...m.values()].map(metaOf),
    get: async (id) => m.get(id) || null,
    put: async (rec) => { m.set(rec.id, rec); throw Object.assign(new Error("storage refused"), { name: "refused" }); },
    remove: async (id) => { m.delete(id); },
    refused: true,
  };
};

// fallback is localStorage if the browser lets the page use it.
const fallback = () => {
  try {
    localStorage.setItem("greenline.probe", "1");
    localStorage.removeItem("greenline.probe");
    return local();
  } catch (_) {
    return memory();
  }
};

// Version 2 added the list of small records beside the whole ones.
const open = () => new Promise((resolve) => {
  let r;
  try { r = indexedDB.open(dbName, 2); } catch (_) { resolve(fallback()); return; }
  r.onupgradeneeded = (e) => {
    const db = r.result;
    if (e.oldVersion < 1) db.createObjectStore(storeName, { keyPath: "id" });
    const meta = db.createObjectStore(metaName, { keyPath: "id" });
    if (e.oldVersion >= 1) {
      r.transaction.objectStore(storeName).openCursor().onsuccess = (c) => {
        const cur = c.target.result;
        if (cur) { meta.put(metaOf(cur.value)); cur.continue(); }
      };
    }
  };
  r.onsuccess = () => resolve(idb(r.result));
  r.onerror = () => resolve(fallback());
});

let backend = null;

// recover moves a project rescued as a page closed into the store, if it
// is newer than the stored one.
const recover = async () => {
  let r = null;
  try { r = JSON.parse(localStorage.getItem(rescueKey)); } catch (_) { return; }
  if (!r || !r.id) return;
  try {
    const stored = await backend.get(r.id);
    if (!stored || !(stored.updated >= r.updated)) await backend.put(r);
    localStorage.removeItem(rescueKey);
  } catch (_) { /* kept for the next page */ }
};

// store is the project store the page uses.
export const store = {
  async open() {
    backend = await open();
    await recover();
  },
  // rescue writes a project, synchronously, where the next page finds it:
  // a write to IndexedDB made as the page closes may be cut off with the
  // page, one to localStorage is done when it returns. Projects too large
  // for localStorage rely on the IndexedDB write alone.
  rescue(rec) {
    try {
      const text = JSON.stringify({ ...rec, updated: Date.now() });
      if (text.length < 2e6) localStorage.setItem(rescueKey, text);
    } catch (_) { /* full, or refused: the IndexedDB write stands alone */ }
  },
  // refused is true when the browser keeps nothing: projects live in this
  // tab only.
  get refused() { return !!(backend && backend.refused); },
  // list gives every project, newest change first, without its content.
  async list() {
    return (await backend.all()).sort((a, b) => b.updated - a.updated);
  },
  get: (id) => backend.get(id),
  // put writes a record at once: IndexedDB runs the writes in the order
  // they were made, so the newest wins, and a write made as the page
  // closes is handed to the browser before it goes (a write waiting for
  // an earlier one to finish would be lost with the page).
  put: (rec) => backend.put({ ...rec, updated: Date.now() }),
  remove: (id) => backend.remove(id),
  newID: () => "p" + Date.now().toString(36) + Math.random().toString(36).slice(2, 8),
  current: () => { try { return localStorage.getItem(currentKey); } catch (_) { return null; } },
  setCurrent: (id) => { try { localStorage.setItem(currentKey, id); } catch (_) { /* private mode */ } },
};
