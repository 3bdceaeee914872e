// Navigation between pages (hx-boost): a new page shows from its top, a page that comes back from
// history shows where it was left (the card that was tapped in view), and the top bar's back arrow
// (layout/shell.jte, data-back) returns to the page's parent, through history when it was opened
// before, so a list comes back with its filters and its scroll.
(function () {
  "use strict";

  if ("scrollRestoration" in history) { history.scrollRestoration = "manual"; }

  var KEY = "hutong.nav";
  var MAX = 50;
  var OUTSIDE = /^\/(login|logout|platform)(\/|$|\?)/;

  function here() { return location.pathname + location.search; }
  function pathOf(url) { return String(url).split("#")[0].split("?")[0]; }

  // The pages of this tab, oldest first, where we are, and per page where it was left:
  // { stack: ["/customers?q=", "/customers/42"], at: 1, spots: { "/customers?q=": { y: 2900, link: "/customers/42" } } }
  function load() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(KEY));
      if (saved && Array.isArray(saved.stack) && typeof saved.at === "number") {
        saved.spots = saved.spots || {};
        return saved;
      }
    } catch (ignored) { /* private mode or a broken value: start again */ }
    return { stack: [], at: -1, spots: {} };
  }
  var state = load();
  function save() {
    try { window.sessionStorage.setItem(KEY, JSON.stringify(state)); } catch (ignored) { /* full: forget */ }
  }

  // a new page after the current one (a link, a redirect): what came after it is gone
  function visit(url) {
    state.stack = state.stack.slice(0, state.at + 1);
    state.stack.push(url);
    while (state.stack.length > MAX) { state.stack.shift(); }
    state.at = state.stack.length - 1;
    var kept = {};
    state.stack.forEach(function (page) { if (state.spots[page]) { kept[page] = state.spots[page]; } });
    state.spots = kept;
    save();
  }
  // back or forward: the nearest matching page, looking backwards first
  function arrived(url) {
    if (state.stack[state.at] === url) { return; }
    for (var i = state.at - 1; i >= 0; i--) {
      if (state.stack[i] === url) { state.at = i; save(); return; }
    }
    for (var j = state.at + 1; j < state.stack.length; j++) {
      if (state.stack[j] === url) { state.at = j; save(); return; }
    }
    visit(url);
  }

  var entry = window.performance && performance.getEntriesByType ? performance.getEntriesByType("navigation")[0] : null;
  var how = entry ? entry.type : "navigate";
  if (how === "back_forward") { arrived(here()); }
  else if (how !== "reload" || state.stack[state.at] !== here()) { visit(here()); }

  document.addEventListener("htmx:pushedIntoHistory", function () { visit(here()); });
  document.addEventListener("htmx:replacedInHistory", function () { state.stack[state.at] = here(); save(); });
  window.addEventListener("popstate", function () { arrived(here()); });

  // where a page was left: its scroll and the link that was tapped on it
  var tapped = null;
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("main a[href]");
    tapped = link ? link.getAttribute("href") : tapped;
  }, true);
  document.addEventListener("htmx:beforeHistorySave", function (event) {
    state.spots[event.detail.path] = { y: window.scrollY, link: tapped };
    tapped = null;
    save();
  });

  function inView(element) {
    var box = element.getBoundingClientRect();
    var top = document.querySelector(".topbar");
    var bottom = document.querySelector(".tabbar");
    var min = top ? top.getBoundingClientRect().bottom : 0;
    var max = bottom && bottom.offsetParent ? bottom.getBoundingClientRect().top : window.innerHeight;
    return box.bottom > min && box.top < max;
  }
  function linkOn(href) {
    var links = document.querySelectorAll("main a[href]");
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute("href") === href && links[i].getClientRects().length) { return links[i]; }
    }
    return null;
  }

  // a page left by a full load (a plain link or form) and come back to with the browser's back
  window.addEventListener("pagehide", function () {
    state.spots[here()] = { y: window.scrollY, link: tapped };
    save();
  });
  if (how === "back_forward" && state.spots[here()]) {
    var left = state.spots[here()];
    window.addEventListener("load", function () {
      var link = left.link ? linkOn(left.link) : null;
      if (link) { link.scrollIntoView({ block: "center" }); } else { window.scrollTo(0, left.y); }
    });
  }

  // history: htmx puts back the page it kept, with its scroll (or asks the server when it kept none);
  // then the card that was tapped is brought into view if it is not
  document.addEventListener("htmx:historyRestore", function (event) {
    var path = event.detail.path;
    var spot = state.spots[path];
    var fromServer = event.detail.cacheMiss;
    window.setTimeout(function () {
      if (!spot) { if (fromServer) { window.scrollTo(0, 0); } return; }
      var link = spot.link ? linkOn(spot.link) : null;
      if (fromServer && !link) { window.scrollTo(0, spot.y); }
      if (link && !inView(link)) { link.scrollIntoView({ block: "center" }); }
    }, 0);
  });

  // a new page from a boosted link or form shows from its top (a field a script focused stays in view)
  document.addEventListener("htmx:afterSwap", function (event) {
    var detail = event.detail;
    if (!detail || !detail.boosted || event.target !== document.body) { return; }
    var anchor = detail.pathInfo && detail.pathInfo.anchor;
    if (anchor) { return; }
    window.scrollTo(0, 0);
    var focused = document.activeElement;
    var main = document.querySelector("main");
    if (focused && focused !== document.body && main && main.contains(focused)) {
      focused.scrollIntoView({ block: "center" });
    }
  });

  // pages htmx kept are as they were before a change was saved: after a write, ask the server again
  document.addEventListener("htmx:afterRequest", function (event) {
    var detail = event.detail;
    var verb = detail && detail.requestConfig && detail.requestConfig.verb;
    if (!detail || !detail.successful || !verb || verb.toLowerCase() === "get") { return; }
    try { window.sessionStorage.removeItem("htmx-history-cache"); } catch (ignored) { /* nothing kept */ }
  });

  // the top bar's back arrow: to the parent page through history when it is there, else by its link
  function stepsBack(arrow) {
    if (arrow.getAttribute("data-back") === "history") {
      var previous = state.stack[state.at - 1];
      return previous && !OUTSIDE.test(previous) ? 1 : 0;
    }
    var parent = pathOf(new URL(arrow.href, location.href).pathname);
    for (var i = state.at - 1; i >= 0; i--) {
      if (OUTSIDE.test(state.stack[i])) { return 0; }
      if (pathOf(state.stack[i]) === parent) { return state.at - i; }
    }
    return 0;
  }
  document.addEventListener("click", function (event) {
    var arrow = event.target.closest && event.target.closest("a[data-back]");
    if (!arrow || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button) { return; }
    var steps = stepsBack(arrow);
    if (steps === 0) { return; }
    event.preventDefault();
    event.stopPropagation();
    var from = here();
    history.go(-steps);
    // history shorter than we thought (another tab, a cleared session): follow the link instead
    window.setTimeout(function () {
      if (here() === from) { window.location.assign(arrow.href); }
    }, 700);
  }, true);
})();
