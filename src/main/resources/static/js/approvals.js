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
  // sends files for a field; the chips answered go into chips (replacing those there when one only may stay)
  function send(box, files, target, chips, replace) {
    var data = new FormData();
    files.forEach(function (file) { data.append("files", file.blob || file, file.name); });
    data.append("target", target);
    box.setAttribute("aria-busy", "true");
    box.querySelectorAll(".field-error").forEach(function (error) { error.remove(); });
    return fetch("/approvals/files", { method: "POST", body: data, headers: csrfHeaders(), credentials: "same-origin" })
      .then(function (response) {
        return response.text().then(function (html) {
          if (response.ok) {
            if (replace) { chips.innerHTML = ""; }
            chips.insertAdjacentHTML("beforeend", html);
            var form = box.closest("form");
            if (form) { form.dispatchEvent(new Event("change", { bubbles: true })); }
          } else {
            box.insertAdjacentHTML("beforeend", html);
          }
        });
      })
      .catch(function () {
        box.insertAdjacentHTML("beforeend", "<p class=\"field-error\" role=\"alert\"></p>");
        box.lastElementChild.textContent = box.dataset.failed || "";
      })
      .then(function () { box.removeAttribute("aria-busy"); });
  }
  document.addEventListener("change", function (event) {
    var input = event.target.closest("input[type=file][data-upload-name]");
    if (!input || !input.files.length) { return; }
    event.stopPropagation();
    var box = input.closest("[data-file-upload]");
    send(box, Array.prototype.slice.call(input.files), input.dataset.uploadName, box.querySelector(".file-chips"), false)
      .then(function () { input.value = ""; });
  }, true);

  // the handwritten signature: drawn with a finger or a mouse, sent as a PNG when confirmed
  function pad(canvas) {
    if (!canvas.dataset.ready) {
      var ratio = window.devicePixelRatio || 1;
      canvas.width = canvas.clientWidth * ratio;
      canvas.height = canvas.clientHeight * ratio;
      var context = canvas.getContext("2d");
      context.scale(ratio, ratio);
      context.lineWidth = 2.5;
      context.lineCap = "round";
      context.strokeStyle = "#111";
      canvas.dataset.ready = "true";
    }
    return canvas.getContext("2d");
  }
  function point(canvas, event) {
    var box = canvas.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }
  document.addEventListener("pointerdown", function (event) {
    var canvas = event.target.closest("[data-signature-pad] canvas");
    if (!canvas) { return; }
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    var context = pad(canvas);
    var at = point(canvas, event);
    context.beginPath();
    context.moveTo(at.x, at.y);
    canvas.dataset.drawing = "true";
    canvas.dataset.signed = "true";
  });
  document.addEventListener("pointermove", function (event) {
    var canvas = event.target.closest("[data-signature-pad] canvas");
    if (!canvas || canvas.dataset.drawing !== "true") { return; }
    var context = pad(canvas);
    var at = point(canvas, event);
    context.lineTo(at.x, at.y);
    context.stroke();
  });
  document.addEventListener("pointerup", function (event) {
    var canvas = event.target.closest("[data-signature-pad] canvas");
    if (canvas) { canvas.dataset.drawing = "false"; }
  });
  document.addEventListener("click", function (event) {
    var clear = event.target.closest("[data-signature-clear]");
    var save = event.target.closest("[data-signature-save]");
    if (!clear && !save) { return; }
    event.preventDefault();
    var box = (clear || save).closest("[data-signature-pad]");
    var canvas = box.querySelector("canvas");
    var chips = box.querySelector("[data-signature-chips]");
    if (clear) {
      pad(canvas).clearRect(0, 0, canvas.width, canvas.height);
      canvas.dataset.signed = "";
      chips.innerHTML = "";
      return;
    }
    if (canvas.dataset.signed !== "true") { return; }
    canvas.toBlob(function (blob) {
      send(box, [{ blob: blob, name: "signature.png" }], "signature", chips, true);
    }, "image/png");
  });
  document.addEventListener("click", function (event) {
    var remove = event.target.closest("[data-file-remove]");
    if (!remove) { return; }
    event.preventDefault();
    var form = remove.closest("form");
    remove.closest("[data-file]").remove();
    if (form) { form.dispatchEvent(new Event("change", { bubbles: true })); }
  });
})();
