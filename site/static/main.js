// Greenline's assessment page: the guided self-assessment, as ES modules
// by role. This one starts them: it loads every module (each wires its
// part of the page as it loads) and opens the project last edited in this
// browser. The service worker is registered by update.js, on every page.

import "./engine.js";
import "./form.js";
import "./problems.js";
import "./importer.js";
import "./exporter.js";
import "./plant.js";
import { state } from "./state.js";
import { start } from "./projects.js";

// state is exported for browser tests, which read it by importing this
// module: the page's state, not flags set on the page for them.
export { state };

// Framed by a partner's site: the frame's side of the embedding.
// Loaded before the first project opens, so that its settings (the
// region of a new facility) hold for it.
if (new URLSearchParams(location.search).has("embed")) await import("./embedded.js");
start();
