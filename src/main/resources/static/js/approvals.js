// 审批 forms: a line table's 添加一行 copies the last row with the next row number and empty values;
// 删除 removes a row (the last one stays). The form then refreshes its predicted route (a change event).
// A file field sends its files to /approvals/files as soon as they are chosen and keeps a chip per
// file kept, whose hidden input is the field's value; × removes one.
(function () {
  "use strict";
  function renumber(row, index) {
    row.querySelectorAll("[name]").forEach(function (input) {
      input.name = input.name.replace(/\[\d+\]/, "[" + index + "]");
    });
    row.querySelectorAll("[data-upload-name]").forEach(function (input) {
      input.dataset.uploadName = input.dataset.uploadName.replace(/\[\d+\]/, "[" + index + "]");
    });
  }
  document.addEventListener("click", function (event) {
    var add = event.target.closest("[data-row-add]");
    var remove = event.target.closest("[data-row-remove]");
    if (!add && !remove) { return; }
    event.preventDefault();
    var table = (add || remove).closest("[data-rows]");
    var rows = table.querySelectorAll(".line-row");
    if (add) {
      var copy = rows[rows.length - 1].cloneNode(true);
      copy.querySelectorAll("input, textarea").forEach(function (input) { input.value = ""; });
      copy.querySelectorAll("select").forEach(function (select) { select.selectedIndex = 0; });
      copy.querySelectorAll(".field-error, .file-chip").forEach(function (stale) { stale.remove(); });
      renumber(copy, rows.length);
      rows[rows.length - 1].after(copy);
    } else if (rows.length > 1) {
      remove.closest(".line-row").remove();
      table.querySelectorAll(".line-row").forEach(renumber);
    }
    table.dispatchEvent(new Event("change", { bubbles: true }));
  });

  function csrfHeaders() {
    var token = document.querySelector("meta[name=_csrf]");
    var header = document.querySelector("meta[name=_csrf_header]");
    var headers = {};
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }
  document.addEventListener("change", function (event) {
    var input = event.target.closest("input[type=file][data-upload-name]");
    if (!input || !input.files.length) { return; }
    event.stopPropagation();
    var box = input.closest("[data-file-upload]");
    var data = new FormData();
    Array.prototype.forEach.call(input.files, function (file) { data.append("files", file); });
    data.append("target", input.dataset.uploadName);
    box.setAttribute("aria-busy", "true");
    box.querySelectorAll(".field-error").forEach(function (error) { error.remove(); });
    fetch("/approvals/files", { method: "POST", body: data, headers: csrfHeaders(), credentials: "same-origin" })
      .then(function (response) {
        return response.text().then(function (html) {
          if (response.ok) {
            box.querySelector(".file-chips").insertAdjacentHTML("beforeend", html);
            input.closest("form").dispatchEvent(new Event("change", { bubbles: true }));
          } else {
            box.insertAdjacentHTML("beforeend", html);
          }
        });
      })
      .catch(function () {
        box.insertAdjacentHTML("beforeend", "<p class=\"field-error\" role=\"alert\"></p>");
        box.lastElementChild.textContent = box.dataset.failed || "";
      })
      .then(function () {
        input.value = "";
        box.removeAttribute("aria-busy");
      });
  }, true);
  document.addEventListener("click", function (event) {
    var remove = event.target.closest("[data-file-remove]");
    if (!remove) { return; }
    event.preventDefault();
    var form = remove.closest("form");
    remove.closest("[data-file]").remove();
    if (form) { form.dispatchEvent(new Event("change", { bubbles: true })); }
  });
})();
