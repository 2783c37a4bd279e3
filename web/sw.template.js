// Service worker for the Local Therapy Decision Aid. Generated into dist/ by xtask/src/postbuild.rs,
// which fills in VERSION and PRECACHE from the real build output (Trunk hashes file names, so a
// hand-written list would go stale).
//
// Cache-first for every file of the app; a new version installs in the background and waits: it
// takes over only when every tab of the aid is closed, or when the app asks for it after End
// session ({type: "skip-waiting"}). {type: "status"} answers how many precached files are present
// ({version, total, missing}) and, when some are missing (the browser evicted them, or someone
// cleared them), fetches them again in the background, so the next reload is ready again.
'use strict';

const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const PREFIX = 'lta-';
const SCOPE = new URL(self.registration.scope);
// Each site on this origin keeps its own caches: the aid at the root has `lta-<version>`, a site in
// a folder (the study edition in study/, a project page) `lta-<folders>-<version>`, so that one
// site's new version removes only its own old caches, never another's.
const SITE = SCOPE.pathname.split('/').filter(Boolean).map((part) => `${part}-`).join('');
const CACHE = `${PREFIX}${SITE}${VERSION}`;
const OLD_VERSION = new RegExp(`^${PREFIX}${SITE.replace(/[^a-z0-9-]/gi, '\\$&')}[0-9a-f]{12}$`);
const urlOf = (path) => new URL(path, SCOPE).href;
const PRECACHED = new Set(PRECACHE.map(urlOf));
const INDEX = urlOf('index.html');

// Always from the server, never from the browser's HTTP cache: GitHub Pages lets browsers keep
// files for 10 minutes, and a stale index.html would point at the previous build's files.
const fresh = (url) => new Request(url, { cache: 'reload', credentials: 'same-origin' });

async function precache(cache, urls) {
  await Promise.all(urls.map(async (url) => {
    let response = await fetch(fresh(url));
    if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
    // A redirected response cannot answer a navigation: keep its body, drop the redirect.
    if (response.redirected) {
      response = new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
    }
    await cache.put(url, response);
  }));
}

self.addEventListener('install', (event) => {
  // Where the browser supports it (Chromium's static routing), files are answered straight from
  // this version's cache (a miss goes to the network) without running this worker. Besides being
  // faster, this keeps the running version idle, so that a waiting update can take over at once
  // after End session: Chromium holds an activation until the old worker has no work, and a request
  // arriving at that moment (the favicon, fetched again when the page's route changes) could hold it
  // for minutes. Navigations still come to the fetch handler below.
  if (typeof event.addRoutes === 'function') {
    event.waitUntil(
      event.addRoutes([{ condition: { not: { requestMode: 'navigate' } }, source: { cacheName: CACHE } }]).catch(() => {}),
    );
  }
  // All or nothing: if one file fails, this version is not installed (and is retried later).
  event.waitUntil(caches.open(CACHE).then((cache) => precache(cache, [...PRECACHED])));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // Only now, when this version takes over, are the previous versions' caches removed.
    for (const key of await caches.keys()) {
      if (OLD_VERSION.test(key) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    if (request.mode === 'navigate') {
      // The app's page ("./", "index.html", any ?query; routes live in the #hash), from the cache.
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      // Another page of the site (not part of the app): the network, else the app itself.
      try {
        return await fetch(request);
      } catch (error) {
        const page = await cache.match(INDEX);
        if (page) return page;
        throw error;
      }
    }
    const cached = await cache.match(request);
    return cached || fetch(request);
  })());
});

self.addEventListener('message', (event) => {
  const message = event.data || {};
  if (message.type === 'skip-waiting') {
    self.skipWaiting();
  } else if (message.type === 'status' && event.ports[0]) {
    event.waitUntil((async () => {
      const cache = await caches.open(CACHE);
      const absent = [];
      for (const url of PRECACHED) {
        if (!(await cache.match(url))) absent.push(url);
      }
      event.ports[0].postMessage({ version: VERSION, total: PRECACHED.size, missing: absent.length });
      // Repair: fetch what is missing again (fails quietly offline; the warning stays until then).
      await Promise.all(absent.map((url) => precache(cache, [url]).catch(() => {})));
    })());
  }
});
