// Offline: the service worker (/sw.js), the 离线 bar, and follow-ups written without a network.
// A follow-up form marked data-offline-capture (customers/followup/panel.jte) is sent by htmx as
// usual, with an Idempotency-Key; when the request cannot reach the server, exactly what was sent is
// kept on this phone (IndexedDB) as 待同步, and sent again with the same key when the network is
// back, so the server records it once however often it is sent. A refusal (the customer was moved
// to the pool, a date is no longer valid) or a conflict stays on the phone with the server's reason
// until the user retries or deletes it: nothing is dropped without being asked.
(function () {
  "use strict";

  var DB = "hutong-offline";
  var STORE = "outbox";
  var FORM = "form[data-offline-capture]";
  var RETRY_EVERY = 30000;

  // ---- the service worker, told who is signed in and in which language -------------------------
  function tellWorker(message) {
    if (!("serviceWorker" in navigator)) { return; }
    navigator.serviceWorker.ready.then(function (registration) {
      if (registration.active) { registration.active.postMessage(message); }
    });
  }
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () { /* no worker: online only */ });
    tellWorker({ type: "page", user: currentUser(), lang: document.documentElement.lang });
  }

  function currentUser() { return document.body ? document.body.getAttribute("data-user") : null; }
  function text(name, value) {
    var texts = document.getElementById("offline-texts");
    var words = texts ? texts.getAttribute("data-" + name) || "" : "";
    return value === undefined ? words : words.replace("{0}", value);
  }
  function toast(message) {
    if (message) { document.dispatchEvent(new CustomEvent("toast", { detail: { value: message } })); }
  }

  // ---- the outbox in IndexedDB ----------------------------------------------------------------------
  var opening = null;
  function database() {
    if (!opening) {
      opening = new Promise(function (resolve, reject) {
        if (!window.indexedDB) { reject(new Error("no IndexedDB")); return; }
        var request = window.indexedDB.open(DB, 1);
        request.onupgradeneeded = function () { request.result.createObjectStore(STORE, { keyPath: "key" }); };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }
    return opening;
  }
  function withStore(mode, work) {
    return database().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(STORE, mode);
        var request = work(transaction.objectStore(STORE));
        transaction.oncomplete = function () { resolve(request ? request.result : undefined); };
        transaction.onerror = function () { reject(transaction.error); };
        transaction.onabort = function () { reject(transaction.error); };
      });
    });
  }
  function mine() {
    var user = currentUser();
    return withStore("readonly", function (store) { return store.getAll(); }).then(function (items) {
      return (items || []).filter(function (item) { return item.user === user; })
        .sort(function (a, b) { return a.capturedAt < b.capturedAt ? 1 : -1; });
    }).catch(function () { return []; });
  }
  function keep(item) { return withStore("readwrite", function (store) { return store.put(item); }); }
  function drop(key) { return withStore("readwrite", function (store) { return store["delete"](key); }); }

  function newKey() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }

  // now in the enterprise's zone, as the form's datetime-local writes it (2026-12-03T14:05)
  function localNow(zone) {
    var parts = {};
    try {
      new Intl.DateTimeFormat("en-GB", { timeZone: zone || undefined, hourCycle: "h23", year: "numeric",
        month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(new Date())
        .forEach(function (part) { parts[part.type] = part.value; });
    } catch (unknownZone) {
      return localNow(null);
    }
    return parts.year + "-" + parts.month + "-" + parts.day + "T" + parts.hour + ":" + parts.minute;
  }

  // ---- capture: every follow-up request carries a key; one that cannot be sent is kept ----------
  var inFlight = {};
  document.addEventListener("htmx:configRequest", function (event) {
    var form = event.detail.elt;
    if (!form.matches || !form.matches(FORM) || event.detail.verb !== "post") { return; }
    var key = newKey();
    event.detail.headers["Idempotency-Key"] = key;
    event.detail.hutongKey = key;
    var data = event.detail.formData;
    // written offline: the time it was written, not the time it reaches the server
    if (!navigator.onLine && form.querySelector("[name=occurredAt]") && !data.get("occurredAt")) {
      data.set("occurredAt", localNow(form.getAttribute("data-offline-zone")));
    }
    var chosen = form.querySelector("input[name=type]:checked");
    var label = chosen && chosen.closest("label");
    var next = data.get("nextFollowUpOn");
    inFlight[key] = {
      key: key,
      user: currentUser(),
      url: event.detail.path,
      subject: form.getAttribute("data-offline-capture"),
      subjectUrl: String(event.detail.path).replace(/\/follow-ups$/, ""),
      entries: Array.from(data.entries()),
      type: data.get("type") || "",
      typeLabel: label ? label.textContent.trim() : "",
      content: String(data.get("content") || ""),
      occurredAt: String(data.get("occurredAt") || ""),
      next: typeof next === "string" ? next : "",
      capturedAt: new Date().toISOString(),
      state: "pending",
      reason: null
    };
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var key = event.detail.requestConfig && event.detail.requestConfig.hutongKey;
    if (key && event.detail.xhr && event.detail.xhr.status !== 0) { delete inFlight[key]; }
  });
  function keptOnPhone(event) {
    var key = event.detail.requestConfig && event.detail.requestConfig.hutongKey;
    var item = key && inFlight[key];
    if (!item) { return false; }
    delete inFlight[key];
    keep(item).then(function () {
      var form = (event.detail.requestConfig && event.detail.requestConfig.elt) || event.target;
      if (form && form.reset) { form.reset(); }
      if (form && form.dispatchEvent) { form.dispatchEvent(new CustomEvent("offline:kept", { bubbles: true })); }
      toast(text("saved"));
      render();
    }, function () {
      // the phone cannot keep it either: leave the form filled in and say so
      toast(text("submit"));
    });
    return true;
  }

  // ---- 离线 where nothing could be done ----------------------------------------------------------
  function unreachable(event) {
    if (keptOnPhone(event)) { return; }
    var verb = event.detail.requestConfig && event.detail.requestConfig.verb;
    toast(verb && verb !== "get" ? text("submit") : text("navigation"));
    render();
  }
  document.addEventListener("htmx:sendError", unreachable);
  document.addEventListener("htmx:timeout", unreachable);

  // ---- sending what is kept -----------------------------------------------------------------------
  var syncing = false;
  var sendingKey = null;

  function csrf(html) {
    var source = html ? new DOMParser().parseFromString(html, "text/html") : document;
    var token = source.querySelector("meta[name=_csrf]");
    var header = source.querySelector("meta[name=_csrf_header]");
    return token && header ? { header: header.getAttribute("content"), token: token.getAttribute("content") } : null;
  }
  var token = null;

  function post(item) {
    var body = new FormData();
    item.entries.forEach(function (entry) { body.append(entry[0], entry[1]); });
    var headers = { "Idempotency-Key": item.key, "HX-Request": "true", "Accept": "text/html" };
    token = token || csrf();
    if (token) { headers[token.header] = token.token; }
    return fetch(item.url, { method: "POST", body: body, headers: headers, credentials: "same-origin", redirect: "manual" });
  }
  // a fresh session's token (a new session after remember-me, or the same): from the 离线 page
  function freshToken() {
    return fetch("/offline", { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.text(); })
      .then(function (html) { return csrf(html); }, function () { return null; });
  }

  // the server's reason, in the user's language: field errors of the form, or the error page's text
  function reasonIn(response) {
    return response.text().then(function (body) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("json") >= 0) {
        try { return JSON.parse(body).detail || text("reason"); } catch (notJson) { return text("reason"); }
      }
      var page = new DOMParser().parseFromString(body, "text/html");
      var said = Array.prototype.map.call(page.querySelectorAll(".alert-error, .field-error"),
        function (node) { return node.textContent.trim(); }).filter(Boolean);
      if (!said.length) {
        var detail = page.querySelector(".error-page h1 + p, main p");
        if (detail) { said.push(detail.textContent.trim()); }
      }
      return said.length ? said.join("；") : text("reason");
    }, function () { return text("reason"); });
  }

  function showSaved(item, html) {
    var form = document.querySelector(FORM + "[action='" + item.url + "']");
    var typing = form && form.querySelector("[name=content]");
    if (!form || !window.htmx || (typing && typing.value.trim())) { return; }
    var target = form.getAttribute("hx-target");
    if (target && target.indexOf("closest ") === 0) {
      // a form in a sheet (components/record-sheet.jte): its page reloads the tab the entry is on
      form.dispatchEvent(new CustomEvent("offline:sent", { bubbles: true }));
    } else if (target && document.querySelector(target)) {
      window.htmx.swap(target, html, { swapStyle: form.getAttribute("hx-swap") || "outerHTML" });
    }
  }

  // one item: "sent", "later" (no network, server trouble, still running) or "stop" (signed out)
  function send(item, retried) {
    return post(item).then(function (response) {
      if (response.type === "opaqueredirect" || response.status === 401) {
        item.state = "signin";
        return keep(item).then(function () { return "stop"; });
      }
      if (response.status === 403 && !retried) {
        return freshToken().then(function (fresh) {
          if (fresh && (!token || fresh.token !== token.token)) { token = fresh; return send(item, true); }
          return refuse(item, response, "refused");
        });
      }
      if (response.ok) {
        return response.text().then(function (html) {
          return drop(item.key).then(function () { showSaved(item, html); return "sent"; });
        });
      }
      if (response.status >= 500 || (response.status === 409 && response.headers.get("Retry-After"))) {
        return "later";
      }
      return refuse(item, response, response.status === 409 ? "conflict" : "refused");
    }, function () { return "later"; });
  }
  function refuse(item, response, state) {
    return reasonIn(response).then(function (reason) {
      item.state = state;
      item.reason = reason;
      return keep(item).then(function () { return "kept"; });
    });
  }

  function syncAll() {
    if (syncing || !navigator.onLine || !currentUser()) { return Promise.resolve(); }
    syncing = true;
    var sent = 0;
    return mine().then(function (items) {
      var due = items.filter(function (item) { return item.state === "pending" || item.state === "signin"; }).reverse();
      function next(i) {
        if (i >= due.length) { return null; }
        sendingKey = due[i].key;
        render();
        return send(due[i], false).then(function (outcome) {
          if (outcome === "sent") { sent++; }
          return outcome === "stop" || outcome === "later" ? null : next(i + 1);
        });
      }
      return next(0);
    }).then(function () {
      if (sent) { toast(text("synced", sent)); }
    }, function () { /* kept for the next try */ }).then(function () {
      syncing = false;
      sendingKey = null;
      render();
    });
  }
  function sync() {
    if (navigator.locks && navigator.locks.request) {
      // one tab at a time; the others find nothing left to send
      return navigator.locks.request("hutong-outbox", syncAll);
    }
    return syncAll();
  }

  // ---- what the user sees: the bar, and the kept follow-ups above the timeline ------------------
  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content !== undefined) { node.textContent = content; }
    return node;
  }
  function button(label, action, key, danger) {
    var node = element("button", "button small" + (danger ? " danger" : ""), label);
    node.type = "button";
    node.setAttribute("data-offline-" + action, key);
    return node;
  }
  function stateOf(item) { return item.key === sendingKey ? "sending" : item.state; }
  function entry(item) {
    var li = element("li", "offline-entry");
    li.setAttribute("data-offline-key", item.key);
    var head = element("div", "timeline-head");
    var icon = element("span", "follow-up-icon type-" + item.type.replace(/[^A-Z_]/g, ""));
    head.append(icon, element("span", "primary", item.typeLabel || item.type),
      element("span", "badge offline-" + stateOf(item), text(stateOf(item))));
    li.appendChild(head);
    var when = (item.occurredAt || item.capturedAt.slice(0, 16)).replace("T", " ");
    var meta = text("captured-at", when) + (item.next ? " · " + text("next", item.next) : "");
    li.appendChild(element("p", "meta", meta));
    li.appendChild(element("p", "offline-content", item.content));
    var files = item.entries.filter(function (pair) { return pair[1] instanceof Blob && pair[1].size > 0; })
      .map(function (pair) { return pair[1].name; });
    if (files.length) { li.appendChild(element("p", "meta offline-files", files.join(" · "))); }
    if (item.reason && item.state !== "pending") { li.appendChild(element("p", "offline-reason", item.reason)); }
    var actions = element("div", "row-actions");
    if (item.state !== "pending" && stateOf(item) !== "sending") { actions.appendChild(button(text("retry"), "retry", item.key)); }
    actions.appendChild(button(text("copy"), "copy", item.key));
    actions.appendChild(button(text("discard"), "discard", item.key, true));
    li.appendChild(actions);
    return li;
  }
  function showOutboxes(items) {
    document.querySelectorAll("[data-offline-outbox]").forEach(function (box) { box.remove(); });
    document.querySelectorAll(FORM).forEach(function (form) {
      var here = items.filter(function (item) { return item.url === form.getAttribute("action"); });
      if (!here.length) { return; }
      var box = element("div", "offline-outbox");
      box.setAttribute("data-offline-outbox", "");
      box.appendChild(element("h3", null, text("heading")));
      var list = element("ol");
      here.forEach(function (item) { list.appendChild(entry(item)); });
      box.appendChild(list);
      var slot = document.querySelector("[data-offline-pending]");
      if (slot) { slot.appendChild(box); } else { form.insertAdjacentElement("afterend", box); }
    });
  }
  function showBar(items) {
    var bar = document.getElementById("offline-bar");
    document.documentElement.classList.toggle("is-offline", !navigator.onLine);
    if (!bar) { return; }
    bar.textContent = "";
    var problems = items.filter(function (item) { return item.state !== "pending"; });
    var parts = [];
    if (!navigator.onLine) { parts.push(text("banner")); }
    if (problems.length) { parts.push(text("outbox-problem", problems.length)); }
    else if (items.length) { parts.push(text("outbox", items.length)); }
    bar.hidden = parts.length === 0;
    bar.classList.toggle("problem", problems.length > 0);
    if (bar.hidden) { return; }
    bar.appendChild(element("span", "offline-dot"));
    bar.appendChild(element("span", null, parts.join(" · ")));
    var first = problems[0] || items[0];
    if (first && !document.querySelector(FORM + "[action='" + first.url + "']")) {
      var link = element("a", null, text("outbox-view") + (first.subject ? " · " + first.subject : ""));
      link.href = first.subjectUrl;
      bar.appendChild(link);
    }
  }
  var showing = null;
  function render() {
    showing = mine().then(function (items) { showOutboxes(items); showBar(items); return items; });
    return showing;
  }

  function find(key) {
    return mine().then(function (items) { return items.filter(function (item) { return item.key === key; })[0]; });
  }
  document.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest("[data-offline-retry], [data-offline-copy], [data-offline-discard], [data-reload]");
    if (!target) { return; }
    if (target.hasAttribute("data-reload")) { event.preventDefault(); window.location.reload(); return; }
    var key = target.getAttribute("data-offline-retry") || target.getAttribute("data-offline-copy")
      || target.getAttribute("data-offline-discard");
    find(key).then(function (item) {
      if (!item) { return render(); }
      if (target.hasAttribute("data-offline-copy")) {
        if (navigator.clipboard) { navigator.clipboard.writeText(item.content).then(function () { toast(text("copied")); }); }
        return null;
      }
      if (target.hasAttribute("data-offline-discard")) {
        if (!window.confirm(text("discard-confirm"))) { return null; }
        return drop(item.key).then(render);
      }
      item.state = "pending";
      item.reason = null;
      return keep(item).then(render).then(sync);
    });
  });

  // offline, a form other than a follow-up is not sent: say so at once and keep what was typed
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (navigator.onLine || !form.matches || form.matches(FORM) || !document.getElementById("offline-texts")) { return; }
    event.preventDefault();
    event.stopPropagation();
    toast(text("submit"));
    render();
  }, true);

  // signing out with follow-ups still on the phone: ask first; the kept pages go either way
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.getAttribute || new URL(form.action, location.href).pathname !== "/logout") { return; }
    if (form.hasAttribute("data-offline-asked")) { tellWorker({ type: "signout" }); return; }
    event.preventDefault();
    event.stopPropagation();
    mine().then(function (items) {
      if (items.length && !window.confirm(text("logout-confirm"))) { return; }
      form.setAttribute("data-offline-asked", "");
      tellWorker({ type: "signout" });
      form.requestSubmit ? form.requestSubmit() : form.submit();
    });
  }, true);

  window.addEventListener("online", function () { render(); sync(); });
  window.addEventListener("offline", render);
  document.addEventListener("visibilitychange", function () { if (!document.hidden) { sync(); } });
  document.addEventListener("htmx:afterSettle", function (event) {
    var settled = event.target;
    if (settled === document.body || (settled.querySelector && settled.querySelector(FORM))) { render(); }
  });
  window.setInterval(function () { if (navigator.onLine) { sync(); } }, RETRY_EVERY);
  render();
  sync();
})();
