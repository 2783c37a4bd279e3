// Service worker for the Local Therapy Decision Aid. Generated into dist/ by scripts/postbuild.py,
// which fills in VERSION and PRECACHE from the real build output (Trunk hashes file names, so a
// hand-written list would go stale).
//
// Cache-first for every file of the app; a new version installs in the background and waits: it
// takes over only when every tab of the aid is closed, or when the app asks for it after End
// session ({type: "skip-waiting"}). {type: "status"} answers how many precached files are present.
'use strict';

const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `lta-${VERSION}`;
const SCOPE = new URL(self.registration.scope);
const urlOf = (path) => new URL(path, SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map(urlOf))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('lta-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Navigations (any hash route, or ./) are answered with the app's page.
    const key = request.mode === 'navigate' ? urlOf('index.html') : request;
    const cached = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    if (cached) return cached;
    return fetch(request);
  })());
});

self.addEventListener('message', (event) => {
  const message = event.data || {};
  if (message.type === 'skip-waiting') {
    self.skipWaiting();
  } else if (message.type === 'status' && event.ports[0]) {
    event.waitUntil((async () => {
      const cache = await caches.open(CACHE);
      let missing = 0;
      for (const path of PRECACHE) {
        if (!(await cache.match(urlOf(path)))) missing += 1;
      }
      event.ports[0].postMessage({ version: VERSION, total: PRECACHE.length, missing });
    })());
  }
});
