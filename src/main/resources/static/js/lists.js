// Lists (components/list-search, filter-dates, filter-department): the 筛选 sheet, its count of
// active filters, date presets, and tidy addresses (empty filters are not sent, so the address bar
// reads /customers?scope=TEAM&q=电力 rather than a row of empty parameters).
(function () {
  "use strict";

  function filled(control) {
    if (control.disabled || !control.name) { return false; }
    if (control.type === "checkbox" || control.type === "radio") { return control.checked; }
    return control.value !== "";
  }

  // How many filter groups of the sheet hold a value; the 筛选 button shows it.
  function count(form) {
    var badge = form.querySelector("[data-filter-count]");
    if (!badge) { return; }
    var active = 0;
    form.querySelectorAll(".filter-sheet [data-filter-group]").forEach(function (group) {
      var controls = group.querySelectorAll("input, select");
      for (var i = 0; i < controls.length; i++) {
        if (controls[i].type !== "button" && filled(controls[i])) { active++; return; }
      }
    });
    badge.textContent = String(active);
    badge.hidden = active === 0;
  }

  function readout(group) {
    var out = group.querySelector("[data-range-readout]");
    if (!out) { return; }
    var from = group.querySelector("[data-range=from]").value;
    var to = group.querySelector("[data-range=to]").value;
    out.textContent = from || to ? (from || "…") + " ~ " + (to || "…") : "";
    group.querySelectorAll("[data-range-from]").forEach(function (chip) {
      var chosen = chip.getAttribute("data-range-from") === from && chip.getAttribute("data-range-to") === to;
      chip.classList.toggle("active", chosen);
      chip.setAttribute("aria-pressed", chosen ? "true" : "false");
    });
  }

  // A page head's 更多: secondary links folded away on phones (shown inline from 1024 px).
  document.addEventListener("click", function (event) {
    var toggle = event.target.closest("[data-more-toggle]");
    document.querySelectorAll(".page-more-menu:not([hidden])").forEach(function (menu) {
      if (!toggle || menu !== toggle.nextElementSibling) {
        menu.hidden = true;
        menu.previousElementSibling.setAttribute("aria-expanded", "false");
      }
    });
    if (toggle) {
      var menu = toggle.nextElementSibling;
      menu.hidden = !menu.hidden;
      toggle.setAttribute("aria-expanded", menu.hidden ? "false" : "true");
    }
  });

  document.addEventListener("click", function (event) {
    var open = event.target.closest("[data-filter-open]");
    if (open) {
      var sheet = open.form && open.form.querySelector("dialog.filter-sheet");
      if (sheet && !sheet.open) { sheet.showModal(); }
      return;
    }
    var done = event.target.closest("[data-filter-close]");
    if (done) {
      var dialog = done.closest("dialog");
      if (dialog && dialog.open) { dialog.close(); }
      return; // the button also submits: the list shows the chosen filters
    }
    // a tap on the dimmed page around the sheet closes it
    if (event.target.matches && event.target.matches("dialog.filter-sheet[open]")) {
      event.target.close();
      return;
    }
    var preset = event.target.closest("[data-range-from]");
    if (preset) {
      var group = preset.closest(".filter-dates");
      var from = group.querySelector("[data-range=from]");
      var to = group.querySelector("[data-range=to]");
      var again = preset.classList.contains("active"); // a second tap clears the range
      from.value = again ? "" : preset.getAttribute("data-range-from");
      to.value = again ? "" : preset.getAttribute("data-range-to");
      readout(group);
      to.dispatchEvent(new Event("change", { bubbles: true }));
    }
  });

  document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("form.list-search");
    if (!form) { return; }
    var group = event.target.closest(".filter-dates");
    if (group) { readout(group); }
    count(form);
  });

  // The search box searches as the user types. Its "change", fired again when it loses focus (a tap
  // on one of the results), must not send the same search once more: that answer would arrive after
  // the tapped record's page and put the list's address back in the address bar.
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches && target.matches("form.list-search input[type=search]")) { event.stopPropagation(); }
  }, true);

  // The search sends only what narrows the list.
  document.addEventListener("htmx:configRequest", function (event) {
    var form = event.detail.elt;
    var data = event.detail.formData;
    if (!form.matches || !form.matches("form.list-search") || !data || !data.forEach) { return; }
    var empty = [];
    data.forEach(function (value, name) { if (value === "") { empty.push(name); } });
    empty.forEach(function (name) { data.delete(name); });
  });

  // htmx keeps the page's markup for "back": write what was typed and chosen into it, so the
  // restored page shows the search and filters its results were found with.
  document.addEventListener("htmx:beforeHistorySave", function () {
    document.querySelectorAll("form.list-search input, form.list-search select").forEach(function (control) {
      if (control.tagName === "SELECT") {
        control.querySelectorAll("option").forEach(function (option) {
          if (option.selected) { option.setAttribute("selected", ""); } else { option.removeAttribute("selected"); }
        });
      } else if (control.type !== "hidden" && control.type !== "button") {
        control.setAttribute("value", control.value);
      }
    });
  });
  // a sheet that was open when the page was kept comes back closed
  document.addEventListener("htmx:historyRestore", function () {
    document.querySelectorAll("dialog.filter-sheet[open]").forEach(function (sheet) { sheet.close(); });
    init(document);
  });

  function init(root) {
    (root.querySelectorAll ? root : document).querySelectorAll("form.list-search").forEach(count);
  }
  document.addEventListener("DOMContentLoaded", function () { init(document); });
  document.addEventListener("htmx:load", function (event) { init(event.detail.elt); });
})();
