// Recordline's service worker: once the app has been opened over http(s), it opens again
// with no network. VERSION is replaced at build time by a hash of the app's files, so a
// new build installs a new worker, which takes over at once and deletes the old cache.
const VERSION = '__RECORDLINE_VERSION__';
const CACHE = `recordline-${VERSION}`;
const FILES = [
  './', './index.html', './recordline-web.js', './recordline-web_bg.wasm', './base.css', './app.css',
  './timeline.css', './library.css', './print.css', './manifest.webmanifest', './icon.svg', './recordline.html',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('recordline-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  // Only the app's own files; a record asked for by `src` goes to the network as usual.
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.pathname.replace(/^.*\//, './');
  if (!FILES.includes(path) && !url.pathname.endsWith('/')) return;
  event.respondWith(caches.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request)));
});
