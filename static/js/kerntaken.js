// Small progressive enhancements; every page works without them.
(() => {
  "use strict";

  // ---- Busy states ---------------------------------------------------------------------
  // Whatever is working says so: the region being replaced (htmx) or the form being sent
  // gets aria-busy, and after a short moment the live region #busy-status (announced by
  // screen readers, shown as a small label) says "Working…". A form that is being sent
  // refuses a second submit, so a double click never sends the same step twice.
  const SHOW_AFTER_MS = 200;
  let busyCount = 0;
  let busyTimer = null;

  function liveRegion() {
    return document.getElementById("busy-status");
  }

  function say(text, busy) {
    const region = liveRegion();
    if (!region) {
      return;
    }
    region.textContent = text;
    region.classList.toggle("is-busy", busy);
  }

  function startBusy(element) {
    if (element) {
      element.setAttribute("aria-busy", "true");
    }
    busyCount += 1;
    if (busyTimer === null) {
      busyTimer = window.setTimeout(() => {
        const region = liveRegion();
        if (busyCount > 0 && region) {
          say(region.dataset.busyText, true);
        }
      }, SHOW_AFTER_MS);
    }
  }

  function endBusy(element, message) {
    if (element) {
      element.removeAttribute("aria-busy");
    }
    busyCount = Math.max(0, busyCount - 1);
    if (busyCount === 0) {
      window.clearTimeout(busyTimer);
      busyTimer = null;
      say(message || "", false);
    }
  }

  function submitterOf(form, event) {
    return event.submitter || form.querySelector("button[type=submit], button:not([type])");
  }

  // Capture phase: runs before htmx's own submit handler on the form.
  document.addEventListener(
    "submit",
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || form.method !== "post") {
        return;
      }
      if (form.dataset.sending === "true") {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      form.dataset.sending = "true";
      const button = submitterOf(form, event);
      if (button) {
        // Not `disabled`: a disabled submitter would drop its name and value from the POST.
        button.setAttribute("aria-disabled", "true");
        form.sendingButton = button;
      }
      if (!isHtmx(form)) {
        startBusy(form);
      }
    },
    true,
  );

  function isHtmx(form) {
    return form.matches("[hx-post], [data-hx-post], [hx-get], [data-hx-get]");
  }

  function release(form) {
    delete form.dataset.sending;
    if (form.sendingButton) {
      form.sendingButton.removeAttribute("aria-disabled");
      form.sendingButton = null;
    }
  }

  // Back to a page from the browser's cache: nothing is being sent any more.
  window.addEventListener("pageshow", () => {
    for (const form of document.querySelectorAll("form[data-sending]")) {
      release(form);
      form.removeAttribute("aria-busy");
    }
    busyCount = 0;
    say("", false);
  });

  // htmx: the target of every request is busy until its answer is in place.
  const targets = new WeakMap();
  document.addEventListener("htmx:beforeRequest", (event) => {
    const target = event.detail.target;
    targets.set(event.detail.xhr, target && target.id ? target.id : null);
    startBusy(target);
  });
  document.addEventListener("htmx:afterRequest", (event) => {
    const id = targets.get(event.detail.xhr);
    const target = (id && document.getElementById(id)) || event.detail.target;
    const form = event.detail.elt && event.detail.elt.closest && event.detail.elt.closest("form");
    if (form) {
      release(form);
    }
    if (event.detail.target) {
      event.detail.target.removeAttribute("aria-busy");
    }
    const failed = !event.detail.successful && liveRegion();
    endBusy(target, failed ? liveRegion().dataset.failedText : "");
  });

  // ---- Focus and announcement after an htmx swap ---------------------------------------
  // Focus goes to the first field to correct; else, where the element that had the focus
  // was replaced, to the message of the new content or to the new content itself. Its
  // message is announced.
  let swappedId = null;
  document.addEventListener("htmx:beforeSwap", (event) => {
    const target = event.detail.target;
    swappedId = target && target.id ? target.id : null;
  });
  document.addEventListener("htmx:afterSettle", () => {
    const id = swappedId;
    window.setTimeout(() => {
      const region = id && document.getElementById(id);
      if (!region) {
        return;
      }
      const message = region.querySelector("[role=status], [role=alert]");
      if (message && message.textContent.trim() && !liveRegion().textContent) {
        say(message.textContent.trim(), false);
      }
      // A refused form: its first field to correct, even where htmx kept the focus on
      // the button that was pressed.
      const invalid = region.querySelector(".is-invalid");
      if (invalid) {
        invalid.focus();
        return;
      }
      const active = document.activeElement;
      if (active && active !== document.body && document.contains(active)) {
        return;
      }
      const place = message || region;
      if (!place.hasAttribute("tabindex")) {
        place.setAttribute("tabindex", "-1");
      }
      place.focus();
    }, 0);
  });

  document.addEventListener("DOMContentLoaded", () => {
    // Buttons that ask for a confirmation before a weighty POST: data-confirm="question".
    document.body.addEventListener("click", (event) => {
      const button = event.target.closest("[data-confirm]");
      if (button && !window.confirm(button.dataset.confirm)) {
        event.preventDefault();
      }
    });
    // Mark the current page in the main navigation.
    for (const link of document.querySelectorAll(".site-nav a.nav-link")) {
      if (link.getAttribute("href") === window.location.pathname) {
        link.setAttribute("aria-current", "page");
      }
    }
  });
})();
