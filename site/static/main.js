// Greenline's assessment page: the guided self-assessment, as ES modules
// by role. This one starts them: it loads every module (each wires its
// part of the page as it loads), registers the service worker and opens
// the project last edited in this browser.

import "./engine.js";
import "./form.js";
import "./problems.js";
import "./importer.js";
import "./exporter.js";
import "./plant.js";
import { state } from "./state.js";
import { start, save } from "./projects.js";

// state is exported for browser tests, which read it by importing this
// module: the page's state, not flags set on the page for them.
export { state };

// The service worker keeps the site for use with no network.
const sw = document.querySelector("script[type=module][data-sw]");
if ("serviceWorker" in navigator && sw) {
  navigator.serviceWorker.register(new URL(sw.dataset.sw, document.baseURI)).catch(() => { /* the page works without it, online */ });
}
// Keep what is typed when the page goes away mid-change.
addEventListener("pagehide", () => { if (state.rec) save(); });
start();
