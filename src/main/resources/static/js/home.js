// 工作台: the 发动态 quick action leads to /feed#composer, where the composer's text gets the focus,
// whether the feed was opened by a full load or by a boosted link.
(function () {
  "use strict";

  function focusComposer() {
    if (window.location.hash !== "#composer") { return; }
    var composer = document.getElementById("composer");
    var text = composer && composer.querySelector("textarea");
    if (!text) { return; }
    composer.scrollIntoView({ block: "start" });
    text.focus({ preventScroll: true });
    // once: later swaps on the feed (likes, 加载更多) leave the focus where the user put it
    window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
  }

  document.addEventListener("DOMContentLoaded", focusComposer);
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.detail && event.detail.elt === document.body) { window.setTimeout(focusComposer, 0); }
  });
})();
