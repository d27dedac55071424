// Greenline's project store: every project lives in this browser's
// IndexedDB, whole, and nowhere else. When IndexedDB is unavailable (some
// private windows), projects live in localStorage, which holds less.
"use strict";

(() => {
  const G = (window.Greenline = window.Greenline || {});
  const dbName = "greenline";
  const storeName = "projects";
  const currentKey = "greenline.current";

  const req = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

  // idb keeps records in IndexedDB.
  const idb = (db) => {
    const tx = (mode) => db.transaction(storeName, mode).objectStore(storeName);
    return {
      all: () => req(tx("readonly").getAll()),
      get: (id) => req(tx("readonly").get(id)),
      put: (rec) => req(tx("readwrite").put(rec)),
      remove: (id) => req(tx("readwrite").delete(id)),
    };
  };

  // local keeps records in localStorage, one key per project.
  const local = () => {
    const key = (id) => "greenline.project." + id;
    const read = (k) => { try { return JSON.parse(localStorage.getItem(k)); } catch (_) { return null; } };
    return {
      all: async () => Object.keys(localStorage).filter((k) => k.startsWith("greenline.project.")).map(read).filter(Boolean),
      get: async (id) => read(key(id)),
      put: async (rec) => localStorage.setItem(key(rec.id), JSON.stringify(rec)),
      remove: async (id) => localStorage.removeItem(key(id)),
    };
  };

  const open = () => new Promise((resolve) => {
    let r;
    try { r = indexedDB.open(dbName, 1); } catch (_) { resolve(local()); return; }
    r.onupgradeneeded = () => r.result.createObjectStore(storeName, { keyPath: "id" });
    r.onsuccess = () => resolve(idb(r.result));
    r.onerror = () => resolve(local());
  });

  let backend = null;
  // writing serialises saves: the newest record of a project wins, and a
  // save never overtakes an earlier one.
  let writing = Promise.resolve();

  G.store = {
    async open() { backend = await open(); },
    // list gives every project, newest change first, without its content.
    async list() {
      const all = await backend.all();
      return all.map(({ id, name, updated }) => ({ id, name, updated })).sort((a, b) => b.updated - a.updated);
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
})();
