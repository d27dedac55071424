// embed.js: the <greenline-calculator> element, for partners' pages. It
// frames the hosted calculator with the element's settings, sizes the
// frame to its content, and passes on what the frame says, as DOM events,
// accepting messages only from the calculator's origin and its own frame.
//
//   <script src="https://CALCULATOR/embed.js" defer></script>
//   <greenline-calculator lang="zh" name="…" accent="#6b2c91"></greenline-calculator>
//
// Attributes: lang (en, zh), region (grid key for a new facility), steps
// (comma-separated step ids), name and logo (the association's), accent
// (#rrggbb, refused below WCAG AA contrast). The factor tables are the
// calculator's own, with those of the service it was built to trust (go
// run ./build -factor-source), whose page policy allows no other. Messages,
// protocol version 1: ready, resize, result-summary (see the embed page).
"use strict";

(() => {
  const script = document.currentScript;
  if (!script || customElements.get("greenline-calculator")) return;
  const base = new URL(".", script.src); // the calculator's site root
  const VERSION = 1;

  // contrast is the WCAG 2 contrast ratio of two #rrggbb colours.
  const contrast = (a, b) => {
    const lum = (hex) => {
      const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  class GreenlineCalculator extends HTMLElement {
    connectedCallback() {
      if (this.frame) return;
      const attr = (n) => (this.getAttribute(n) || "").trim();
      let lang = attr("lang");
      if (lang !== "en" && lang !== "zh") lang = /^zh\b/i.test(document.documentElement.lang) ? "zh" : "en";
      const q = new URLSearchParams({ embed: "1", host: location.origin });
      for (const n of ["region", "steps", "name"]) if (attr(n)) q.set(n, attr(n));
      const accent = attr("accent");
      if (accent) {
        const ok = /^#[0-9a-f]{6}$/i.test(accent) && contrast(accent, "#ffffff") >= 4.5 && contrast(accent, "#fbfcfb") >= 4.5;
        if (ok) q.set("accent", accent);
        else {
          this.dataset.accentRefused = "";
          console.warn("greenline-calculator: accent " + accent + " refused: it needs a 4.5:1 contrast with white (WCAG AA); the calculator keeps its own colour");
        }
      }
      const root = this.shadowRoot || this.attachShadow({ mode: "open" });
      this.style.display = "block";
      if (attr("name") || attr("logo")) {
        const head = document.createElement("p");
        head.style.display = "flex";
        head.style.alignItems = "center";
        head.style.gap = "0.5em";
        head.style.fontWeight = "700";
        if (attr("logo")) {
          const img = document.createElement("img");
          img.src = new URL(attr("logo"), document.baseURI).href;
          img.alt = "";
          img.height = 32;
          head.append(img);
        }
        head.append(document.createTextNode(attr("name")));
        root.append(head);
      }
      const frame = document.createElement("iframe");
      frame.src = new URL(lang + "/?" + q, base).href;
      frame.title = attr("name") ? "Greenline — " + attr("name") : "Greenline";
      frame.style.display = "block";
      frame.style.width = "100%";
      frame.style.border = "0";
      frame.style.height = "40rem";
      root.append(frame);
      this.frame = frame;
      this.listener = (e) => {
        if (e.origin !== base.origin || e.source !== frame.contentWindow) return;
        const m = e.data;
        if (!m || typeof m !== "object" || m.greenline !== VERSION) return;
        if (m.type === "resize") {
          const h = Number(m.height);
          if (!Number.isFinite(h) || h < 0) return;
          frame.style.height = Math.min(Math.ceil(h), 100000) + "px";
        } else if (m.type !== "ready" && m.type !== "result-summary") return;
        this.dispatchEvent(new CustomEvent("greenline-" + m.type, { detail: m }));
      };
      window.addEventListener("message", this.listener);
    }

    disconnectedCallback() {
      if (this.listener) window.removeEventListener("message", this.listener);
      this.frame = null;
      if (this.shadowRoot) this.shadowRoot.replaceChildren();
    }
  }
  customElements.define("greenline-calculator", GreenlineCalculator);
})();
