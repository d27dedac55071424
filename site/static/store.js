// Greenline's project store: every project lives in this browser's
// IndexedDB, whole, and nowhere else. When IndexedDB is unavailable (some
// private windows), projects live in localStorage, which holds less.
const dbName = "greenline";
const storeName = "projects"; // whole records, by id
const metaName = "meta"; // {id, name, updated} of each, for the list
const currentKey = "greenline.current";

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

// Version 2 added the list of small records beside the whole ones.
const open = () => new Promise((resolve) => {
  let r;
  try { r = indexedDB.open(dbName, 2); } catch (_) { resolve(local()); return; }
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
  r.onerror = () => resolve(local());
});

let backend = null;
// writing serialises saves: the newest record of a project wins, and a
// save never overtakes an earlier one.
let writing = Promise.resolve();

// store is the project store the page uses.
export const store = {
  async open() { backend = await open(); },
  // list gives every project, newest change first, without its content.
  async list() {
    return (await backend.all()).sort((a, b) => b.updated - a.updated);
  },
  get: (id) => backend.get(id),
  put(rec) {
    const copy = { ...rec, updated: Date.now() };
    writing = writing.then(() => backend.put(copy), () => backend.put(copy));
    return writing;
  },
  remove(id) {
    writing = writing.then(() => backend.remove(id), () => backend.remove(id));
    return writing;
  },
  newID: () => "p" + Date.now().toString(36) + Math.random().toString(36).slice(2, 8),
  current: () => { try { return localStorage.getItem(currentKey); } catch (_) { return null; } },
  setCurrent: (id) => { try { localStorage.setItem(currentKey, id); } catch (_) { /* private mode */ } },
};
