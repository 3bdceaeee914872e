// Hutong's only script besides htmx: small behaviours that need no inline handlers (CSP).
(function () {
  "use strict";

  // A server response may ask for a toast: HX-Trigger: {"toast": "已保存"}
  document.addEventListener("toast", function (event) {
    var box = document.getElementById("toast");
    if (!box || !event.detail || !event.detail.value) { return; }
    box.textContent = event.detail.value;
    box.classList.add("show");
    window.setTimeout(function () { box.classList.remove("show"); }, 3000);
  });

  // Copy buttons: <button data-copy="#id">
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) { return; }
    var source = document.querySelector(button.getAttribute("data-copy"));
    if (source && navigator.clipboard) {
      navigator.clipboard.writeText(source.textContent.trim());
      button.classList.add("copied");
    }
  });

  // Forms that need confirming: <form data-confirm="…">
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute && event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) { event.preventDefault(); }
  }, true);

  // htmx: show server-rendered error pages for 4xx/5xx fragments instead of swapping nothing
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    if (status === 409 || status === 422 || status === 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
})();
