// Small helpers over the page's DOM, shared by the modules.

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];

// form is the assessment's form; every bound control is inside it.
export const form = $("#calc");

// labelOf is the text of the label of a control.
export const labelOf = (input) => {
  const l = input.id && $(`label[for="${CSS.escape(input.id)}"]`);
  return l ? l.textContent.trim() : "";
};

// announce says a message to screen readers through the live region.
const announcer = $("#announce");
export const announce = (m) => { announcer.textContent = ""; setTimeout(() => { announcer.textContent = m; }, 50); };

// download hands data to the browser as a file named name.
export const download = (name, data, type) => {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([data], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
};
