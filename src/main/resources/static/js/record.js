// Record pages (components/record-*.jte): tabs that keep the page in step, the "更多" menu and
// bottom sheets. No inline handlers (CSP); htmx does the requests.
(function () {
  "use strict";

  // A tab's request: mark it open, and point the panel at it, so a page restored from history
  // (which loads the panel again) reloads this tab, not the one the page was first opened on.
  document.addEventListener("htmx:beforeRequest", function (event) {
    var tab = event.target.closest && event.target.closest(".record-tabs a[data-tab]");
    if (!tab) { return; }
    tab.closest(".record-tabs").querySelectorAll("a[data-tab]").forEach(function (other) {
      var open = other === tab;
      other.classList.toggle("active", open);
      other.setAttribute("aria-selected", open ? "true" : "false");
    });
    var panel = document.getElementById("record-tab");
    if (panel) {
      panel.setAttribute("data-tab", tab.getAttribute("data-tab"));
      panel.setAttribute("hx-get", tab.getAttribute("hx-get"));
      if (tab.hasAttribute("hx-select")) {
        panel.setAttribute("hx-select", tab.getAttribute("hx-select"));
      } else {
        panel.removeAttribute("hx-select");
      }
    }
    tab.scrollIntoView({ block: "nearest", inline: "nearest" });
  });

  // "更多": one menu open at a time; a tap outside closes it.
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details.record-more[open]").forEach(function (menu) {
      if (!menu.contains(event.target)) { menu.removeAttribute("open"); }
    });
    // a menu item that opens a <details> on the page (编辑 on a post)
    var opener = event.target.closest("[data-open]");
    var target = opener && document.getElementById(opener.getAttribute("data-open"));
    if (target) {
      event.preventDefault();
      target.open = true;
      target.scrollIntoView({ block: "start" });
      var field = target.querySelector("textarea, input:not([type=hidden])");
      if (field) { field.focus(); }
    }
  });

  // Bottom sheets: data-sheet-open="<id>" opens the <dialog>, loading its content the first time.
  function load(sheet) {
    sheet.setAttribute("data-loaded", "");
    var context = { target: sheet.querySelector(".sheet-body"), swap: "innerHTML" };
    if (sheet.getAttribute("data-sheet-select")) { context.select = sheet.getAttribute("data-sheet-select"); }
    return window.htmx.ajax("GET", sheet.getAttribute("data-sheet-url"), context);
  }
  function openSheet(sheet) {
    if (!sheet.open) { sheet.showModal(); }
    if (!sheet.hasAttribute("data-loaded") && window.htmx) {
      load(sheet).then(function () { focusFirst(sheet); });
    } else {
      focusFirst(sheet);
    }
  }
  // a sheet whose form must work offline is loaded while the network is there
  function preload(root) {
    if (!window.htmx || !navigator.onLine) { return; }
    root.querySelectorAll("dialog.sheet[data-sheet-preload]:not([data-loaded])").forEach(load);
  }
  document.addEventListener("htmx:load", function (event) { preload(event.target); });
  document.addEventListener("DOMContentLoaded", function () { preload(document); });
  function focusFirst(sheet) {
    var field = sheet.querySelector(".sheet-body textarea, .sheet-body input:not([type=hidden]):not([type=radio])");
    if (field) { field.focus({ preventScroll: true }); }
  }
  document.addEventListener("click", function (event) {
    var opener = event.target.closest("[data-sheet-open]");
    var sheet = opener && document.getElementById(opener.getAttribute("data-sheet-open"));
    if (sheet && typeof sheet.showModal === "function") {
      // before htmx's boost sees the link: without script the link opens the form's own page
      event.preventDefault();
      event.stopPropagation();
      openSheet(sheet);
      return;
    }
    if (event.target.closest("[data-sheet-close]")) {
      event.target.closest("dialog").close();
      return;
    }
    // a tap on the backdrop (outside the sheet's box) closes it
    if (event.target.matches && event.target.matches("dialog.sheet[open]")) {
      var box = event.target.getBoundingClientRect();
      if (event.clientY < box.top || event.clientY > box.bottom || event.clientX < box.left || event.clientX > box.right) {
        event.target.close();
      }
    }
  }, true);

  // A form in a sheet that saved (200): close the sheet, say so, and show the tab the entry is on,
  // reloaded, with the tabs in view, so the new entry is at the top without scrolling.
  // A refusal (422/409) is swapped into the sheet by htmx and the sheet stays open.
  function saved(sheet) {
    if (!sheet.open) { return; }
    sheet.close();
    var done = sheet.getAttribute("data-sheet-done");
    if (done) { document.dispatchEvent(new CustomEvent("toast", { detail: { value: done } })); }
    var tab = document.querySelector(".record-tabs a[data-tab='" + sheet.getAttribute("data-sheet-refresh") + "']");
    if (tab) {
      tab.click();
      var tabs = tab.closest(".record-tabs");
      var top = tabs.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight * 0.6) { tabs.scrollIntoView({ block: "start" }); }
    }
  }
  // a follow-up kept on the phone offline (offline.js) closes its sheet; once sent, its tab is reloaded
  document.addEventListener("offline:kept", function (event) {
    var sheet = event.target.closest && event.target.closest("dialog.sheet");
    if (sheet && sheet.open) { sheet.close(); }
  });
  document.addEventListener("offline:sent", function (event) {
    var sheet = event.target.closest && event.target.closest("dialog.sheet");
    var tab = sheet && document.querySelector(".record-tabs a[data-tab='" + sheet.getAttribute("data-sheet-refresh") + "']");
    if (tab) { tab.click(); }
  });
  // the answer replaces the form, so this is asked before the swap, of the target still on the page
  document.addEventListener("htmx:beforeSwap", function (event) {
    // detail.elt is the element the event is on; the element that asked is requestConfig.elt
    var form = event.detail.requestConfig && event.detail.requestConfig.elt;
    var sheet = event.target.closest && event.target.closest("dialog.sheet");
    if (!sheet || !sheet.open || !form || form.tagName !== "FORM" || event.detail.xhr.status !== 200) { return; }
    window.setTimeout(function () { saved(sheet); }, 0);
  });
})();
