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

  // Forms that need confirming: <form data-confirm="…">. A dismissed confirmation stops the event
  // too: htmx sends a boosted form on submit whether or not the default was prevented.
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute && event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) { event.preventDefault(); event.stopPropagation(); }
  }, true);

  // htmx: show server-rendered error pages for 4xx/5xx fragments instead of swapping nothing
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    if (status === 409 || status === 422 || status === 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  // @mentions: a textarea with data-mentions="/feed/mentions" asks for the colleagues matching the
  // word typed after "@" and lists them in its form's .mention-suggestions; picking one writes
  // "@名字 " in place of what was typed.
  var MENTION = /@([^\s@#]{0,20})$/;
  document.addEventListener("input", function (event) {
    var area = event.target;
    if (!area.matches || !area.matches("textarea[data-mentions]") || !window.htmx) { return; }
    var list = area.form && area.form.querySelector(".mention-suggestions");
    if (!list) { return; }
    var match = MENTION.exec(area.value.slice(0, area.selectionStart));
    if (!match) { list.hidden = true; return; }
    window.htmx.ajax("GET", area.getAttribute("data-mentions") + "?q=" + encodeURIComponent(match[1]),
      { target: list, swap: "innerHTML" }).then(function () { list.hidden = false; });
  });
  document.addEventListener("click", function (event) {
    var option = event.target.closest("[data-mention]");
    var area = option && option.form && option.form.querySelector("textarea[data-mentions]");
    if (!area) { return; }
    var at = area.selectionStart;
    var before = area.value.slice(0, at).replace(MENTION, "@" + option.getAttribute("data-mention") + " ");
    area.value = before + area.value.slice(at);
    area.focus();
    area.setSelectionRange(before.length, before.length);
    option.closest(".mention-suggestions").hidden = true;
  });

  // People picker (composer, "chosen people"): htmx lists the colleagues matching the search box
  // in .people-options; picking one adds a chip with a hidden userIds input (the field the server
  // binds), once per person, and sets the audience to chosen people; a chip's × removes it.
  // In the search box Enter picks the first match instead of posting, ArrowDown moves to the list.
  function pickPerson(option) {
    var picker = option.closest(".people-picker");
    var chips = picker.querySelector(".picked-people");
    var id = option.getAttribute("data-pick-id");
    if (!chips.querySelector("input[name=userIds][value='" + id + "']")) {
      var chip = document.createElement("span");
      chip.className = "chip picked";
      var name = document.createElement("span");
      name.textContent = option.getAttribute("data-pick-name");
      var input = document.createElement("input");
      input.type = "hidden"; input.name = "userIds"; input.value = id;
      var remove = document.createElement("button");
      remove.type = "button"; remove.className = "chip-remove"; remove.textContent = "\u00d7";
      remove.setAttribute("data-unpick", "");
      remove.setAttribute("aria-label", chips.getAttribute("data-remove-label"));
      chip.append(name, input, remove);
      chips.appendChild(chip);
    }
    var people = picker.closest("form").querySelector("input[name=audience][value=PEOPLE]");
    if (people) { people.checked = true; }
    var search = picker.querySelector("[data-people-search]");
    search.value = "";
    picker.querySelector(".people-options").innerHTML = "";
    search.focus();
  }
  document.addEventListener("click", function (event) {
    var option = event.target.closest("[data-pick-id]");
    if (option) { pickPerson(option); return; }
    var remove = event.target.closest("[data-unpick]");
    if (!remove) { return; }
    var picker = remove.closest(".people-picker");
    remove.closest(".chip").remove();
    if (picker) { picker.querySelector("[data-people-search]").focus(); }
  });
  document.addEventListener("keydown", function (event) {
    var search = event.target;
    if (!search.matches || !search.matches("[data-people-search]")) { return; }
    var first = search.closest(".people-picker").querySelector("[data-pick-id]");
    if (event.key === "Enter") {
      event.preventDefault();
      if (first) { pickPerson(first); }
    } else if (event.key === "ArrowDown" && first) {
      event.preventDefault();
      first.focus();
    }
  });

  // Reply buttons on comments: <button data-reply="commentId" data-reply-name="名字"> fill the comment form.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-reply]");
    var form = button && document.querySelector(".feed-comment-form");
    if (!form) { return; }
    form.querySelector("input[name=parentId]").value = button.getAttribute("data-reply");
    var area = form.querySelector("textarea");
    area.value = "@" + button.getAttribute("data-reply-name") + " " + area.value;
    area.focus();
  });
})();
