// Forms: the first invalid field comes into view, the 省/市/区县 picker sheet, photo previews.
// No inline handlers (CSP): everything listens on the document, so swapped-in forms work too.
(function () {
  "use strict";

  // After a validation error: the first invalid field (or the form's own error) is scrolled into
  // view and focused, on a page load and after htmx swaps a form in.
  var INVALID = ".field.invalid, fieldset.invalid, .alert-error[role=alert]";
  var CONTROL = "input:not([type=hidden]), select, textarea, button";

  function focusFirstInvalid(root) {
    var first = root && root.querySelector && root.querySelector(INVALID);
    if (!first) { return; }
    var control = first.matches(CONTROL) ? first : first.querySelector(CONTROL);
    (control || first).scrollIntoView({ block: "center" });
    if (control) { control.focus({ preventScroll: true }); }
  }

  function afterLayout(fn) {
    // after other handlers (the shell's scroll to top) have run
    window.requestAnimationFrame(function () { window.setTimeout(fn, 0); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    afterLayout(function () { focusFirstInvalid(document.querySelector("main") || document.body); });
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    var root = event.detail && event.detail.elt;
    if (root && root.querySelector && root.querySelector(INVALID)) {
      afterLayout(function () { focusFirstInvalid(root); });
    }
  });

  // The region picker (components/region-picker.jte): a button opens a sheet of three columns;
  // a province loads its cities, a city its counties; the last level (or 完成) writes the codes
  // into the hidden inputs and the names onto the button. Closing otherwise changes nothing.
  function picker(el) { return el.closest("[data-region-picker]"); }
  function column(root, level) { return root.querySelector("[data-region-column=" + level + "]"); }
  function value(root, level) { return root.querySelector("[data-region-value=" + level + "]"); }
  function chosen(root, level) { return column(root, level).querySelector("[aria-selected=true]"); }

  function fill(list, html, selectedCode) {
    var select = document.createElement("select");
    select.innerHTML = html;
    list.textContent = "";
    Array.prototype.forEach.call(select.options, function (option) {
      if (!option.value) { return; }
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.setAttribute("role", "option");
      button.setAttribute("data-code", option.value);
      button.setAttribute("aria-selected", option.value === selectedCode ? "true" : "false");
      button.textContent = option.textContent;
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  function load(root, level, parentCode, selectedCode) {
    var list = column(root, level);
    list.textContent = "";
    if (!parentCode) { return Promise.resolve(0); }
    var url = level === "city"
      ? root.getAttribute("data-cities") + "?province=" + encodeURIComponent(parentCode)
      : root.getAttribute("data-counties") + "?city=" + encodeURIComponent(parentCode);
    list.setAttribute("aria-busy", "true");
    return fetch(url, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (html) {
        fill(list, html, selectedCode);
        list.removeAttribute("aria-busy");
        return list.children.length;
      })
      .catch(function () { list.removeAttribute("aria-busy"); return 0; });
  }

  function select(list, button) {
    list.querySelectorAll("[aria-selected=true]").forEach(function (b) { b.setAttribute("aria-selected", "false"); });
    if (button) { button.setAttribute("aria-selected", "true"); }
  }

  function commit(root) {
    var names = [];
    ["province", "city", "county"].forEach(function (level) {
      var button = chosen(root, level);
      var input = value(root, level);
      var code = button ? button.getAttribute("data-code") : "";
      if (input.value !== code) {
        input.value = code;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      }
      var name = button ? button.textContent.trim() : "";
      if (name && names.indexOf(name) < 0) { names.push(name); }
    });
    var text = root.querySelector("[data-region-text]");
    text.textContent = names.length ? names.join(" ") : text.getAttribute("data-placeholder");
    text.classList.toggle("muted", names.length === 0);
    root.setAttribute("data-committed", "true");
    root.querySelector("dialog").close();
  }

  // back to what the hidden inputs hold, after the sheet was closed without choosing
  function restore(root) {
    var province = value(root, "province").value;
    var city = value(root, "city").value;
    var county = value(root, "county").value;
    var shownProvince = chosen(root, "province");
    var shownCity = chosen(root, "city");
    var shownCounty = chosen(root, "county");
    var same = (shownProvince ? shownProvince.getAttribute("data-code") : "") === province
      && (shownCity ? shownCity.getAttribute("data-code") : "") === city
      && (shownCounty ? shownCounty.getAttribute("data-code") : "") === county;
    if (same) { return; }
    select(column(root, "province"), column(root, "province").querySelector("[data-code='" + province + "']"));
    load(root, "city", province, city).then(function () { return load(root, "county", city, county); });
  }

  document.addEventListener("click", function (event) {
    var open = event.target.closest(".region-picker-value");
    if (open && picker(open)) {
      var root = picker(open);
      var sheet = root.querySelector("dialog");
      root.removeAttribute("data-committed");
      sheet.showModal();
      ["province", "city", "county"].forEach(function (level) {
        var button = chosen(root, level);
        if (button) { button.scrollIntoView({ block: "center" }); }
      });
      return;
    }
    var option = event.target.closest("[data-region-column] [data-code]");
    if (option && picker(option)) {
      var at = picker(option);
      var list = option.closest("[data-region-column]");
      var level = list.getAttribute("data-region-column");
      select(list, option);
      var code = option.getAttribute("data-code");
      if (level === "province") {
        column(at, "county").textContent = "";
        load(at, "city", code, null).then(function (count) { if (count === 0) { commit(at); } });
      }
      else if (level === "city") {
        load(at, "county", code, null).then(function (count) { if (count === 0) { commit(at); } });
      }
      else {
        commit(at);
      }
      return;
    }
    var done = event.target.closest("[data-region-done]");
    if (done && picker(done)) { commit(picker(done)); return; }
    var clear = event.target.closest("[data-region-clear]");
    if (clear && picker(clear)) {
      var cleared = picker(clear);
      select(column(cleared, "province"), null);
      column(cleared, "city").textContent = "";
      column(cleared, "county").textContent = "";
      commit(cleared);
      return;
    }
    // a tap on the backdrop (outside the sheet's box) closes it
    if (event.target.matches && event.target.matches("dialog.region-sheet")) { event.target.close(); }
  });

  document.addEventListener("close", function (event) {
    var root = event.target.matches && event.target.matches("dialog.region-sheet") && picker(event.target);
    if (root && root.getAttribute("data-committed") !== "true") { restore(root); }
    if (root) { root.querySelector(".region-picker-value").focus({ preventScroll: true }); }
  }, true);

  // Photos chosen for a post (<input type=file data-image-preview>) show as thumbnails, each with a
  // remove button that takes that photo out of the input before anything is sent.
  function previews(input) {
    var box = input.parentElement.querySelector(".image-previews");
    if (!box) { return; }
    box.textContent = "";
    Array.prototype.forEach.call(input.files, function (file, index) {
      var item = document.createElement("li");
      item.className = "image-preview";
      var image = document.createElement("img");
      image.alt = file.name;
      item.appendChild(image);
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "image-remove";
      remove.setAttribute("data-image-remove", String(index));
      remove.setAttribute("aria-label", box.getAttribute("data-remove-label") + " " + file.name);
      remove.textContent = "×";
      item.appendChild(remove);
      box.appendChild(item);
      if (file.type.indexOf("image/") === 0) {
        // data: URLs, which the CSP allows for images (blob: it does not)
        var reader = new FileReader();
        reader.onload = function () { image.src = reader.result; };
        reader.readAsDataURL(file);
      }
    });
    box.hidden = input.files.length === 0;
  }

  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("input[type=file][data-image-preview]")) {
      previews(event.target);
    }
  });

  document.addEventListener("click", function (event) {
    var remove = event.target.closest("[data-image-remove]");
    if (!remove) { return; }
    var input = remove.closest(".field").querySelector("input[type=file][data-image-preview]");
    var index = Number(remove.getAttribute("data-image-remove"));
    if (window.DataTransfer) {
      var kept = new DataTransfer();
      Array.prototype.forEach.call(input.files, function (file, i) { if (i !== index) { kept.items.add(file); } });
      input.files = kept.files;
    }
    else {
      input.value = "";
    }
    previews(input);
  });
})();
