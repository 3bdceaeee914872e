// Hutong's service worker, served by web.shell.OfflineController at /sw.js with scope /.
// The app shell (CSS, JS, icons, webjars, the manifest and the 离线 page) is cached when the worker
// installs and refreshed in the background; pages come from the network first, and a page opened
// before is shown from this phone when the network is gone. Writes are never touched here: the page
// keeps follow-ups written offline itself (static/js/offline.js) and sends them when it is online.
"use strict";

const VERSION = "__VERSION__";
const SHELL = "hutong-shell-" + VERSION;
const PAGES = "hutong-pages";
const META = "hutong-meta";
const OFFLINE = "/offline";
const MAX_PAGES = 40;
const CORE = ["/manifest.webmanifest", "/icons/hutong.svg", "/icons/hutong-192.png", "/icons/hutong-512.png"];
const ASSET = /^\/(css|js|icons|webjars)\/|^\/manifest\.webmanifest$/;
const NOT_PAGES = /^\/(login|logout|offline|sw\.js|api|platform|notifications\/stream|actuator)(\/|$)/;

// the shell: what the 离线 page links to (the same head as every page) and the icons
async function cacheShell() {
  const cache = await caches.open(SHELL);
  const offline = await fetch(new Request(OFFLINE, { credentials: "same-origin", cache: "reload" }));
  if (!offline.ok) { throw new Error("the offline page did not load: " + offline.status); }
  const html = await offline.clone().text();
  await cache.put(OFFLINE, offline);
  const linked = Array.from(html.matchAll(/(?:href|src)="(\/(?:css|js|icons|webjars)\/[^"]+)"/g), (match) => match[1]);
  const urls = Array.from(new Set(CORE.concat(linked)));
  await cache.addAll(urls.map((url) => new Request(url, { credentials: "same-origin", cache: "reload" })));
}

self.addEventListener("install", (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith("hutong-shell-") && name !== SHELL)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

// shell files: from the cache at once, refreshed from the network for next time
async function asset(event, request) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(request, { ignoreVary: true });
  const fresh = fetch(request.url, { credentials: "same-origin", cache: "no-cache" }).then((response) => {
    if (response.ok) { return cache.put(request.url, response.clone()).then(() => response); }
    return response;
  });
  if (cached) {
    event.waitUntil(fresh.catch(() => undefined));
    return cached;
  }
  return fresh;
}

function isPage(request) {
  return request.mode === "navigate" || request.headers.get("HX-Boosted") === "true"
    || request.headers.get("HX-History-Restore-Request") === "true";
}

async function keep(request, response) {
  const type = response.headers.get("Content-Type") || "";
  const landed = new URL(response.url || request.url);
  if (response.status !== 200 || !type.startsWith("text/html") || NOT_PAGES.test(landed.pathname)) { return; }
  const cache = await caches.open(PAGES);
  await cache.put(request.url, response);
  const keys = await cache.keys();
  for (let i = 0; i < keys.length - MAX_PAGES; i++) { await cache.delete(keys[i]); }
}

// pages: the network first; offline the copy kept from the last visit, else the 离线 page for a
// navigation, and a network error for htmx (offline.js then says 离线 and stays on the page)
async function page(event, request) {
  try {
    const response = await fetch(request);
    event.waitUntil(keep(request, response.clone()).catch(() => undefined));
    return response;
  } catch (offline) {
    const kept = await caches.match(request.url, { cacheName: PAGES, ignoreVary: true });
    if (kept) { return kept; }
    if (request.mode === "navigate") {
      const fallback = await caches.match(OFFLINE, { cacheName: SHELL });
      if (fallback) { return fallback; }
    }
    return Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  // a form sent (sign-in, sign-out, any write) goes to the network untouched: a worker in the way
  // could only turn a failed or half-sent write into the 离线 page at the form's address
  if (request.method !== "GET") { return; }
  if (ASSET.test(url.pathname)) {
    event.respondWith(asset(event, request));
  } else if (isPage(request) && !NOT_PAGES.test(url.pathname)) {
    event.respondWith(page(event, request));
  } else if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE, { cacheName: SHELL })
      .then((fallback) => fallback || Response.error())));
  }
});

// from the pages: who is signed in (another person's pages are dropped), the language of the 离线
// page, and signing out (the kept pages are dropped)
async function remembered(key) {
  const meta = await caches.open(META);
  const value = await meta.match(key);
  return value ? value.text() : null;
}
async function remember(key, value) {
  const meta = await caches.open(META);
  await meta.put(key, new Response(value));
}
async function signedIn(user, lang) {
  if (user && (await remembered("/meta/user")) !== user) {
    await caches.delete(PAGES);
    await remember("/meta/user", user);
  }
  if (lang && (await remembered("/meta/lang")) !== lang) {
    const offline = await fetch(new Request(OFFLINE, { credentials: "same-origin", cache: "reload" }));
    if (offline.ok) {
      await (await caches.open(SHELL)).put(OFFLINE, offline);
      await remember("/meta/lang", lang);
    }
  }
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "page") {
    event.waitUntil(signedIn(data.user, data.lang).catch(() => undefined));
  } else if (data.type === "signout") {
    event.waitUntil(Promise.all([caches.delete(PAGES), caches.delete(META)]));
  }
});
