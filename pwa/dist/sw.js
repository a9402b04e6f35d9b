// Walker's service worker. The build (vite.config.ts) fills in the version and
// the app shell's files. The shell is precached on install (install waits for
// it), old caches go on activate, navigations get the shell so the app opens
// with no network, and writes (POST) never touch the cache.
const VERSION = "d08ebd180bfc";
const SHELL = ["/","/assets/index-uYeCga9e.css","/assets/index-u_wnaJoc.js","/assets/modulepreload-polyfill-P2Xu9kJm.js","/manifest.webmanifest","/icon.svg","/icon-maskable.svg","/icon-192.png","/icon-512.png","/icon-maskable-512.png","/apple-touch-icon.png"];
const CACHE = `walker-shell-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("walker-shell-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    event.respondWith(caches.match("/", { cacheName: CACHE }).then((shell) => shell || fetch(req)));
    return;
  }
  if (SHELL.includes(url.pathname)) {
    event.respondWith(caches.match(req, { cacheName: CACHE }).then((hit) => hit || fetch(req)));
  }
});
