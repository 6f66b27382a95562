/* Vitrine's service worker with offline support turned off (OFFLINE = {"enabled": False}).
   It replaces the previous worker at the next visit, deletes the caches the site made on
   this device, unregisters itself and reloads open pages from the network. */
"use strict";

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil((async function () {
    const names = await caches.keys();
    await Promise.all(names.filter(function (name) {
      return name.startsWith("vitrine-");
    }).map(function (name) { return caches.delete(name); }));
    await self.registration.unregister();
    const windows = await self.clients.matchAll({type: "window"});
    windows.forEach(function (client) { client.navigate(client.url); });
  })());
});
