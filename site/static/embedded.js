// The calculator framed by a partner's site (a trade association's page,
// through embed.js): the frame's side of the embedding protocol, version 1.
//
// The settings come in the address (?embed=1&host=…&lang…), read here and
// checked: the host must be the site itself or one of the partners the
// site was built for (embed.json), and, where the browser says who frames
// the page, the one that does. Only then does the frame talk, and only to
// that origin: "ready" once, "resize" when its height changes, and
// "result-summary" only when the user has pressed "share", seen exactly
// what will be sent (the two Scope 2 totals, the period, the regions;
// never an input) and confirmed. The frame listens to no message at all.

import { $, $$ } from "./dom.js";
import { text, fill, group } from "./text.js";
import { state } from "./state.js";
import { defaults } from "./project.js";
import { showStep } from "./form.js";

const VERSION = 1;
const params = new URLSearchParams(location.search);
const host = params.get("host") || "";
const name = (params.get("name") || "").slice(0, 120);
document.documentElement.classList.add("embedded");

// contrast is the WCAG 2 contrast ratio of two #rrggbb colours.
export const contrast = (a, b) => {
  const lum = (hex) => {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

// An accent is used for buttons with white text and for text on the
// page's background: it must reach WCAG AA (4.5:1) against both.
const accent = params.get("accent") || "";
if (/^#[0-9a-f]{6}$/i.test(accent) && contrast(accent, "#ffffff") >= 4.5 && contrast(accent, "#fbfcfb") >= 4.5) {
  document.documentElement.style.setProperty("--green", accent);
}

// The region a new facility starts with, when the page offers it.
const region = params.get("region") || "";
const offered = (doc) => doc.querySelector(`option[value="${CSS.escape(region)}"]`);
if (region && (offered(document) || $$("template").some((t) => offered(t.content)))) defaults.region = region;

// The steps shown; results always are. A step's buttons that lead to a
// hidden one lead to the next shown one that way instead.
const all = $$("section.step").map((s) => s.dataset.step);
const wanted = (params.get("steps") || "").split(",").map((s) => s.trim()).filter((s) => all.includes(s));
if (wanted.length) {
  const shown = all.filter((s) => s === "results" || wanted.includes(s));
  const label = (id) => $(`.steps [data-goto="${id}"]`).childNodes[1].textContent.trim();
  for (const b of $$("[data-goto]")) {
    const id = b.dataset.goto;
    if (shown.includes(id)) continue;
    if (b.closest(".steps")) { b.closest("li").hidden = true; continue; }
    const section = b.closest("section.step");
    if (!section) continue;
    const from = section.dataset.step;
    const way = all.indexOf(id) > all.indexOf(from) ? 1 : -1;
    let i = all.indexOf(id);
    while (i >= 0 && i < all.length && !shown.includes(all[i])) i += way;
    if (i < 0 || i >= all.length) { b.hidden = true; continue; }
    b.textContent = b.textContent.replace(label(id), label(all[i]));
    b.dataset.goto = all[i];
  }
  // A step left out that comes up (a new project starts on the first
  // step) gives way to the first step shown.
  const off = $$("section.step").filter((s) => !shown.includes(s.dataset.step));
  new MutationObserver(() => {
    if (off.some((s) => !s.hidden)) showStep(shown[0], false);
  }).observe($("#calc"), { subtree: true, attributes: true, attributeFilter: ["hidden"] });
  if (off.some((s) => !s.hidden)) showStep(shown[0], false);
}

// partners is the list the site was built with.
const partners = fetch(new URL("../../embed.json", import.meta.url))
  .then((r) => r.json()).then((c) => c.partners || []).catch(() => []);

partners.then((list) => {
  const framer = location.ancestorOrigins && location.ancestorOrigins.length ? location.ancestorOrigins[0] : host;
  const allowed = window.parent !== window && host !== "" && framer === host &&
    (host === location.origin || list.includes(host));
  if (!allowed) return;
  const send = (m) => window.parent.postMessage({ greenline: VERSION, ...m }, host);
  send({ type: "ready", lang: text.lang });

  // The frame's height, whenever it changes: the body's, since the
  // document's own is at least the frame's and would never shrink.
  let last = 0;
  new ResizeObserver(() => {
    const h = Math.ceil(document.body.getBoundingClientRect().height);
    if (h !== last) { last = h; send({ type: "resize", height: h }); }
  }).observe(document.body);

  if (name) share(send);
});

// share offers to send the association the summary of the result shown.
const share = (send) => {
  const box = $("div.share");
  if (!box) return;
  const open = $("#share-open");
  const preview = $("#share-preview");
  const status = $("#share-status");
  for (const el of [open, $("#share-send"), $("p", preview)]) el.textContent = fill(el.textContent, { name });
  let summary = null;
  const close = () => { preview.hidden = true; open.setAttribute("aria-expanded", "false"); };
  // Shown once a result is painted; a new answer closes the preview.
  new MutationObserver(() => {
    box.hidden = !state.last || !$("#result-view").hasChildNodes();
    close();
  }).observe($("#result-view"), { childList: true });
  open.addEventListener("click", () => {
    const { project, result } = state.last;
    summary = {
      period: project.period ? { ...project.period } : {},
      regions: [...new Set((project.facilities || []).map((f) => f.grid && f.grid.key).filter(Boolean))],
      location_based: { value: result.location_based.value, unit: result.location_based.unit },
      market_based: { value: result.market_based.value, unit: result.market_based.unit },
    };
    $("[data-share=period]").textContent = summary.period.start || "—";
    $("[data-share=regions]").textContent = summary.regions.join(", ") || "—";
    $("[data-share=location]").textContent = group(summary.location_based.value) + " " + summary.location_based.unit;
    $("[data-share=market]").textContent = group(summary.market_based.value) + " " + summary.market_based.unit;
    status.textContent = "";
    preview.hidden = false;
    open.setAttribute("aria-expanded", "true");
    $("#share-send").focus();
  });
  $("#share-cancel").addEventListener("click", () => { close(); open.focus(); });
  $("#share-send").addEventListener("click", () => {
    if (!summary) return;
    send({ type: "result-summary", summary });
    summary = null;
    close();
    status.textContent = fill(status.dataset.sent, { name });
    open.focus();
  });
};
