// Walker's service worker. The build (vite.config.ts) fills in the version and
// the app shell's files. The shell is precached on install (install waits for
// it), old caches go on activate, navigations to the app's pages get the
// shell so the app opens with no network (other pages, such as GraphiQL, go
// to the server), and writes (POST) never touch the cache. Reminders pushed
// by the server are shown, and a click opens their screen (at the end).
const VERSION = "b6bbc46c2504";
const SHELL = ["/","/assets/index-8kl_x9HV.js","/assets/index-D04BPuWw.css","/assets/mandates-BG7y4H7I.js","/assets/preload-helper-BzputcT5.js","/assets/reminders-BIjL3OsR.js","/assets/review-B9MOx616.js","/assets/ui-De55XYkP.js","/manifest.webmanifest","/icon.svg","/icon-maskable.svg","/icon-192.png","/icon-512.png","/icon-maskable-512.png","/apple-touch-icon.png"];
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

// Reminders (server/push): a push shows its notification; a click opens the
// app's screen it names, in a window of Walker already open or a new one.
self.addEventListener("push", (event) => {
  let n = {};
  try {
    n = event.data ? event.data.json() : {};
  } catch {
    n = { body: event.data ? event.data.text() : "" };
  }
  event.waitUntil(self.registration.showNotification(n.title || "Walker", {
    body: n.body || "", tag: n.tag || "walker-reminder", icon: "/icon-192.png", data: { url: screenOf(n.url) },
  }));
});

// screenOf keeps a notification's link to the app's own screens (/#/...).
const screenOf = (url) => (typeof url === "string" && url.startsWith("/#/") ? url : "/#/");

// openScreen is what a click on a notification does.
async function openScreen(notification) {
  notification.close();
  const url = new URL(screenOf(notification.data && notification.data.url), self.location.origin).href;
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((c) => new URL(c.url).origin === self.location.origin);
  if (!open) return self.clients.openWindow(url);
  const shown = await open.navigate(url).catch(() => null);
  return (shown || open).focus().catch(() => undefined); // focusing needs the click's activation
}

self.addEventListener("notificationclick", (event) => event.waitUntil(openScreen(event.notification)));

// A click, asked for by a page of Walker's: headless browsers (the browser
// test) cannot click a notification, so the test clicks it this way, through
// the same openScreen.
self.addEventListener("message", (event) => {
  if (!event.data || event.data.type !== "walker:click-notification") return;
  event.waitUntil(self.registration.getNotifications({ tag: event.data.tag }).then((shown) => shown[0] && openScreen(shown[0])));
});
