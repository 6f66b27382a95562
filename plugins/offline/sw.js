/* Vitrine's service worker, written into the site by plugins/offline at each build.
   The build replaces the CONFIG line with this build's version, precache manifest and
   settings; everything else is this file as it is.

   - Shell (CSS, JS, icons, manifest, offline pages, a few listings, the search index):
     cached at install from the precache manifest, each file under its content revision,
     so a file unchanged since the last build is copied from the old cache, not fetched.
     Served cache-first; the query string is ignored (Pagefind adds ?ts=…).
   - Pages: network first; after CONFIG.timeout ms or without network, the copy saved on
     this device (visited, kept for offline, or precached), marked so the page says
     "prices as of"; else the offline page of the URL's language.
   - Fingerprinted files (a content hash in the name): cache first.
   - Images: stale-while-revalidate, at most CONFIG.images kept.
   - Old caches are deleted when a new version activates. */
"use strict";

const CONFIG = null; /* replaced at build time */

const PREFIX = "vitrine-";
const PRECACHE = PREFIX + "precache-" + CONFIG.version;
const PAGES = PREFIX + "pages";
const IMAGES = PREFIX + "images";
const ASSETS = PREFIX + "assets";
const KEPT = PREFIX + "kept"; /* filled by theme/js/offline.js ("Keep for offline") */
const CURRENT = [PRECACHE, PAGES, IMAGES, ASSETS, KEPT];
const FINGERPRINTED = /[.-][0-9a-f]{8,}\.[a-z0-9]+$/;
const IMAGE = /\.(avif|gif|jpe?g|png|svg|webp)$/;

/* The cache key of a precached file: its URL and revision. */
const precacheKeys = new Map(CONFIG.precache.map(function (entry) {
  return [entry.url, entry.url + "?__revision=" + entry.revision];
}));

async function precacheEntry(cache, url, key) {
  const previous = await caches.match(key);
  if (previous) {
    return cache.put(key, previous);
  }
  const response = await fetch(url, {cache: "no-cache"});
  if (!response.ok) {
    throw new Error("precache: " + url + " answered " + response.status);
  }
  return cache.put(key, response);
}

self.addEventListener("install", function (event) {
  event.waitUntil((async function () {
    const cache = await caches.open(PRECACHE);
    await Promise.all(Array.from(precacheKeys, function (pair) {
      return precacheEntry(cache, pair[0], pair[1]);
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", function (event) {
  event.waitUntil((async function () {
    const names = await caches.keys();
    await Promise.all(names.filter(function (name) {
      return name.startsWith(PREFIX) && !CURRENT.includes(name);
    }).map(function (name) { return caches.delete(name); }));
    await self.clients.claim();
  })());
});

function offlinePage(url) {
  const match = CONFIG.offline.find(function (pair) {
    return url.pathname.startsWith(pair[0]);
  });
  return caches.match(precacheKeys.get(match[1]));
}

/* A saved page, with a mark on <html> that shows its "prices as of" notice. */
async function savedCopy(response) {
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete("Content-Length");
  return new Response(text.replace("<html", "<html data-from-cache"), {
    status: response.status, statusText: response.statusText, headers: headers
  });
}

async function remember(request, response) {
  const copies = [caches.open(PAGES).then(function (cache) {
    return cache.put(request, response.clone());
  })];
  const kept = await caches.open(KEPT);
  if (await kept.match(request)) {
    copies.push(kept.put(request, response.clone())); /* keep the kept copy fresh */
  }
  return Promise.all(copies);
}

/* The freshest copy on the device: the last one fetched while online, else the one kept
   for offline reading, else this version's precache. The query string is ignored, so
   that /search/?q=… opens the saved search page. */
async function savedPage(request, url) {
  for (const name of [PAGES, KEPT]) {
    const cache = await caches.open(name);
    const found = await cache.match(request, {ignoreSearch: true});
    if (found) {
      return found;
    }
  }
  const key = precacheKeys.get(url.pathname);
  return key ? caches.match(key) : undefined;
}

async function page(event) {
  const request = event.request;
  const url = new URL(request.url);
  const network = fetch(request).then(function (response) {
    if (response.ok && !response.redirected) {
      event.waitUntil(remember(request, response.clone()));
    }
    return response;
  });
  network.catch(function () { return null; }); /* handled below */
  const timeout = new Promise(function (resolve) {
    setTimeout(resolve, CONFIG.timeout, null);
  });
  try {
    const first = await Promise.race([network, timeout]);
    if (first) {
      return first;
    }
  } catch (error) {
    /* no network: a saved copy below */
  }
  const saved = await savedPage(request, url);
  if (saved) {
    return savedCopy(saved);
  }
  try {
    return await network;
  } catch (error) {
    return offlinePage(url);
  }
}

async function fromPrecache(request, key) {
  return (await caches.match(key)) || fetch(request);
}

async function cacheFirst(request, name) {
  const cached = await caches.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(name);
    await cache.put(request, response.clone());
  }
  return response;
}

async function trim(cache, limit) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - limit)).map(function (key) {
    return cache.delete(key);
  }));
}

async function staleWhileRevalidate(event) {
  const request = event.request;
  const cached = await caches.match(request);
  const refresh = fetch(request).then(async function (response) {
    if (response.ok) {
      const cache = await caches.open(IMAGES);
      await cache.put(request, response.clone());
      await trim(cache, CONFIG.images);
    }
    return response;
  });
  if (cached) {
    event.waitUntil(refresh.catch(function () { return null; }));
    return cached;
  }
  return refresh;
}

async function networkThenSaved(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const saved = await caches.match(request);
    if (saved) {
      return saved;
    }
    throw error;
  }
}

self.addEventListener("fetch", function (event) {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(page(event));
    return;
  }
  const key = precacheKeys.get(url.pathname);
  if (key) {
    event.respondWith(fromPrecache(request, key));
  } else if (FINGERPRINTED.test(url.pathname)) {
    event.respondWith(cacheFirst(request, ASSETS));
  } else if (request.destination === "image" || IMAGE.test(url.pathname)) {
    event.respondWith(staleWhileRevalidate(event));
  } else {
    event.respondWith(networkThenSaved(request));
  }
});
