// Small progressive enhancements; every page works without them.
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
