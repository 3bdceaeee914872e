// 审批 forms: a line table's 添加一行 copies the last row with the next row number and empty values;
// 删除 removes a row (the last one stays). The form then refreshes its predicted route (a change event).
(function () {
  "use strict";
  function renumber(row, index) {
    row.querySelectorAll("[name]").forEach(function (input) {
      input.name = input.name.replace(/\[\d+\]/, "[" + index + "]");
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
      copy.querySelectorAll(".field-error").forEach(function (error) { error.remove(); });
      renumber(copy, rows.length);
      rows[rows.length - 1].after(copy);
    } else if (rows.length > 1) {
      remove.closest(".line-row").remove();
      table.querySelectorAll(".line-row").forEach(renumber);
    }
    table.dispatchEvent(new Event("change", { bubbles: true }));
  });
})();
