// Fluent editing on the plan page (htmx). Without JavaScript every link and form still
// works as a page of its own; this only keeps keyboard focus where a user expects it.
(() => {
  "use strict";

  let focusedId = null;

  function firstField(container) {
    return (
      container.querySelector(".is-invalid") ||
      container.querySelector("input:not([type=hidden]), select, textarea, button")
    );
  }

  // Remember what had focus, so that a replaced table can give it back.
  document.addEventListener("htmx:beforeRequest", () => {
    const active = document.activeElement;
    focusedId = active && active.id ? active.id : null;
  });

  document.addEventListener("htmx:afterSettle", (event) => {
    const target = event.detail.target;
    if (!target) {
      return;
    }
    if (target.id === "process-editor") {
      if (target.querySelector("form")) {
        // The form arrived (or came back with errors): go to its first (invalid) field.
        target.scrollIntoView({ block: "start" });
        const field = firstField(target);
        if (field) {
          field.focus();
        }
      } else {
        // Saved: the form is gone; the status line says what happened.
        const status = document.getElementById("plan-status");
        if (status) {
          status.scrollIntoView({ block: "center" });
          status.focus();
        }
      }
      return;
    }
    if (target.id === "processes" && focusedId) {
      // A moved row: keep focus on its button (or the other one, at the top or bottom).
      const pk = focusedId.replace(/^(up|down)-/, "");
      const again =
        document.getElementById(focusedId) ||
        document.getElementById(`up-${pk}`) ||
        document.getElementById(`down-${pk}`);
      if (again) {
        again.focus();
      }
    }
  });

  // "Cancel" in the editor panel closes the panel instead of reloading the page.
  document.addEventListener("click", (event) => {
    const close = event.target.closest("#process-editor [data-editor-close]");
    if (!close) {
      return;
    }
    event.preventDefault();
    document.getElementById("process-editor").replaceChildren();
    const add = document.getElementById("add-process");
    if (add) {
      add.focus();
    }
  });
})();
