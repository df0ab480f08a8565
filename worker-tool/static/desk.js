// The desk's only script (served by the desk itself; the page's CSP allows nothing else).
// Without it every page still works: a plan can be pasted, and the browser can print.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // A chosen plan file's text goes into the box it names; nothing is sent until a button is pressed.
  for (const input of document.querySelectorAll("input[type=file][data-fills]")) {
    input.closest("[data-file-group]").hidden = false;
    input.addEventListener("change", async () => {
      const file = input.files[0];
      if (file) {
        document.getElementById(input.dataset.fills).value = await file.text();
      }
    });
  }
  for (const button of document.querySelectorAll("button[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
});
