/* Offline reading. Registers the service worker (sw.js at the site root, written by the
   offline plugin); makes "Keep for offline reading" buttons work; on the offline page,
   lists the pages saved on this device. Without JavaScript or service workers the site
   is simply online-only: the buttons stay hidden. Cache names match sw.js. */
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !("caches" in window)) {
    return;
  }
  var KEPT = "vitrine-kept";
  var PAGES = "vitrine-pages";
  var PRECACHE = "vitrine-precache-";
  var root = new URL("../../", document.currentScript.src); /* this file is theme/js/ */
  var RECORDS = root.pathname + "__vitrine-kept__";

  navigator.serviceWorker.register(new URL("sw.js", root).href).catch(function () {
    /* no service worker (private window, blocked): the site stays online-only */
  });

  function here() {
    return new URL(location.pathname, location.href).href;
  }

  /* What one page kept: a small JSON record in the kept cache, so that removing it
     leaves the pages that another kept page still needs. */
  function recordKey(page) {
    return RECORDS + "?page=" + encodeURIComponent(new URL(page).pathname);
  }

  function sameSite(url) {
    return new URL(url, location.href).origin === location.origin;
  }

  function imagesOf(doc, base) {
    return Array.prototype.map.call(doc.querySelectorAll("img[src]"), function (img) {
      return new URL(img.getAttribute("src"), base).href;
    }).filter(sameSite);
  }

  function fetchOk(url) {
    return fetch(url, {cache: "no-cache"}).then(function (response) {
      if (!response.ok || response.redirected) {
        throw new Error(url + ": " + response.status);
      }
      return response;
    });
  }

  async function keep(urls) {
    var pages = Array.from(new Set([here()].concat(urls)));
    var responses = await Promise.all(pages.map(fetchOk));
    var images = new Set(imagesOf(document, location.href));
    var parser = new DOMParser();
    for (var i = 0; i < pages.length; i += 1) {
      var text = await responses[i].clone().text();
      imagesOf(parser.parseFromString(text, "text/html"), pages[i]).forEach(function (src) {
        images.add(src);
      });
    }
    var files = Array.from(images);
    var imageResponses = await Promise.all(files.map(fetchOk));
    var cache = await caches.open(KEPT);
    await Promise.all(pages.map(function (url, index) {
      return cache.put(url, responses[index]);
    }).concat(files.map(function (url, index) {
      return cache.put(url, imageResponses[index]);
    })));
    await cache.put(recordKey(here()), new Response(JSON.stringify(pages.concat(files)), {
      headers: {"Content-Type": "application/json"}
    }));
  }

  async function forget() {
    var cache = await caches.open(KEPT);
    var key = recordKey(here());
    var record = await cache.match(key);
    var mine = record ? await record.json() : [];
    await cache.delete(key);
    var stillNeeded = new Set();
    var requests = await cache.keys();
    for (var i = 0; i < requests.length; i += 1) {
      if (new URL(requests[i].url).pathname === RECORDS) {
        (await (await cache.match(requests[i])).json()).forEach(function (url) {
          stillNeeded.add(url);
        });
      }
    }
    await Promise.all(mine.filter(function (url) {
      return !stillNeeded.has(url);
    }).map(function (url) { return cache.delete(url); }));
  }

  function setUpKeepButton(widget) {
    var keepButton = widget.querySelector("[data-keep]");
    var forgetButton = widget.querySelector("[data-forget]");
    var status = widget.querySelector("[role=status]");
    var urls = widget.dataset.urls.split(" ").filter(Boolean).map(function (url) {
      return new URL(url, location.href).href;
    });

    function show(kept, message) {
      keepButton.hidden = kept;
      forgetButton.hidden = !kept;
      keepButton.disabled = false;
      forgetButton.disabled = false;
      status.textContent = message;
    }

    keepButton.addEventListener("click", function () {
      keepButton.disabled = true;
      status.textContent = widget.dataset.working;
      keep(urls).then(function () {
        show(true, widget.dataset.saved);
        forgetButton.focus();
      }, function () {
        show(false, widget.dataset.failed);
      });
    });
    forgetButton.addEventListener("click", function () {
      forgetButton.disabled = true;
      forget().then(function () {
        show(false, widget.dataset.removed);
        keepButton.focus();
      });
    });
    caches.open(KEPT).then(function (cache) {
      return cache.match(recordKey(here()));
    }).then(function (record) {
      show(Boolean(record), record ? widget.dataset.saved : "");
      widget.hidden = false;
    });
  }

  /* The offline page: add the pages of its language saved on this device, by title. */
  async function listSavedPages(list) {
    var lang = document.documentElement.lang;
    var seen = new Set(Array.prototype.map.call(list.querySelectorAll("a"), function (a) {
      return new URL(a.href).pathname;
    }));
    var names = (await caches.keys()).filter(function (name) {
      return name === PAGES || name === KEPT || name.startsWith(PRECACHE);
    });
    var found = [];
    var parser = new DOMParser();
    for (var n = 0; n < names.length; n += 1) {
      var cache = await caches.open(names[n]);
      var requests = await cache.keys();
      for (var i = 0; i < requests.length; i += 1) {
        var url = new URL(requests[i].url);
        var page = /\/$|\.html$/.test(url.pathname);
        if (!page || seen.has(url.pathname)) {
          continue;
        }
        seen.add(url.pathname);
        var doc = parser.parseFromString(await (await cache.match(requests[i])).text(),
                                         "text/html");
        var heading = doc.querySelector("h1");
        if (doc.documentElement.lang === lang && !doc.querySelector("[data-offline-pages]")) {
          found.push({href: url.pathname, title: heading ? heading.textContent.trim() : doc.title});
        }
      }
    }
    found.sort(function (a, b) { return a.title.localeCompare(b.title); });
    found.forEach(function (page) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = page.href;
      link.textContent = page.title;
      item.appendChild(link);
      list.appendChild(item);
    });
  }

  document.querySelectorAll("[data-keep-offline]").forEach(setUpKeepButton);
  var list = document.querySelector("[data-offline-pages]");
  if (list) {
    listSavedPages(list);
  }
})();
