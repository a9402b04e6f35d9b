// Walker's service worker. The build (vite.config.ts) fills in the version and
// the app shell's files. The shell is precached on install (install waits for
// it), old caches go on activate, navigations to the app's pages get the
// shell so the app opens with no network (other pages, such as GraphiQL, go
// to the server), and writes (POST) never touch the cache.
const VERSION = "0b879b8f5b0b";
const SHELL = ["/","/assets/index-BV2HvLTa.css","/assets/index-DcSrSQJp.js","/assets/modulepreload-polyfill-P2Xu9kJm.js","/manifest.webmanifest","/icon.svg","/icon-maskable.svg","/icon-192.png","/icon-512.png","/icon-maskable-512.png","/apple-touch-icon.png"];
const CACHE = `walker-shell-${VERSION}`;
// The app's pages: its root (routes are in the hash) and invitation links.
const APP_PAGE = /^\/(index\.html)?$|^\/invite\//;

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
    if (!APP_PAGE.test(url.pathname)) return;
    event.respondWith(caches.match("/", { cacheName: CACHE }).then((shell) => shell || fetch(req)));
    return;
  }
  if (SHELL.includes(url.pathname)) {
    event.respondWith(caches.match(req, { cacheName: CACHE }).then((hit) => hit || fetch(req)));
  }
});
