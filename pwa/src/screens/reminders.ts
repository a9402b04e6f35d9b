import { html } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import { GraphQLError, run } from "../api";
import { graphql } from "../graphql";
import { standalone, State, useRead } from "../ui";

// Reminders by Web Push (docs/API.md §19): this device's push subscription,
// sent to the server with a weekday and hour in the person's time zone;
// the service worker (sw.js) shows what the server pushes.

const RemindersQuery = graphql(`query Reminders { reminders { publicKey maxDevices devices { id endpoint weekday hour timeZone lastSentAt } } }`);
const Subscribe = graphql(`mutation SubscribeToReminders($input: SubscribeToRemindersInput!) { subscribeToReminders(input: $input) { id } }`);
const Unsubscribe = graphql(`mutation UnsubscribeFromReminders($endpoint: String!) { unsubscribeFromReminders(endpoint: $endpoint) }`);

const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;
type Weekday = (typeof WEEKDAYS)[number];

/** dayWords names a weekday for people ("Fridays"), or every day. */
const dayWords = (d: Weekday | null | undefined): string => (d ? d.charAt(0) + d.slice(1).toLowerCase() + "s" : "Every day");
const hourWords = (h: number): string => `${String(h).padStart(2, "0")}:00`;

/** support says whether this browser can get reminders: yes, only once installed (iOS), or not at all. */
export function support(): "ok" | "ios" | "none" {
  const ios = /iphone|ipad|ipod/i.test(navigator.userAgent) || (navigator.platform === "MacIntel" && navigator.maxTouchPoints > 1);
  if (ios && !standalone()) return "ios"; // Safari offers Web Push to Home Screen apps only
  return "serviceWorker" in navigator && "PushManager" in window && "Notification" in window ? "ok" : "none";
}

/** keyBytes decodes the server's base64url VAPID key for PushManager.subscribe. */
export function keyBytes(b64url: string): Uint8Array<ArrayBuffer> {
  const b64 = b64url.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (b64url.length % 4)) % 4);
  const raw = atob(b64);
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

async function pushManager(): Promise<PushManager> {
  return (await navigator.serviceWorker.ready).pushManager;
}

/** Reminders is the Settings card that turns reminders on and off for this device and says when they come. */
export function Reminders() {
  const can = support();
  const r = useRead(RemindersQuery, {});
  const [sub, setSub] = useState<PushSubscription | null | undefined>(undefined);
  const [day, setDay] = useState<Weekday | "">("");
  const [hour, setHour] = useState(9);
  const [msg, setMsg] = useState("");
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (can === "ok") pushManager().then((pm) => pm.getSubscription()).then(setSub, () => setSub(null));
  }, []);
  const data = r.data?.reminders;
  const mine = data && sub ? data.devices.find((d) => d.endpoint === sub.endpoint) : undefined;
  useEffect(() => {
    if (mine) (setDay(mine.weekday ?? ""), setHour(mine.hour));
  }, [mine?.id]);
  if (can === "ios") {
    return html`<section class="card" aria-label="Reminders" data-testid="reminders">
      <h2>Reminders</h2>
      <p data-testid="reminders-ios">On iPhone and iPad, reminders need Walker added to the Home Screen: in Safari, tap <strong>Share</strong>, then <strong>Add to Home Screen</strong>, and open Walker from there.</p></section>`;
  }
  if (can === "none") {
    return html`<section class="card" aria-label="Reminders" data-testid="reminders">
      <h2>Reminders</h2><p data-testid="reminders-unsupported">This browser cannot get reminders (it has no Web Push).</p></section>`;
  }
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  async function act(f: () => Promise<string>) {
    setBusy(true);
    setMsg("");
    try {
      setMsg(await f());
      r.reload();
    } catch (err) {
      setMsg(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  const send = (s: PushSubscription) => {
    const keys = s.toJSON().keys ?? {};
    return run(Subscribe, { input: { endpoint: s.endpoint, p256dh: keys.p256dh ?? "", auth: keys.auth ?? "", weekday: day || null, hour, timeZone: zone } });
  };
  const turnOn = () => act(async () => {
    if ((await Notification.requestPermission()) !== "granted") return "Notifications are blocked for Walker: allow them in the browser's settings for this site, then try again.";
    const pm = await pushManager();
    let s = (await pm.getSubscription()) ?? (await pm.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(data!.publicKey) }));
    try {
      await send(s);
    } catch (err) {
      if (!(err instanceof GraphQLError && err.code === "CONFLICT" && err.message.includes("another person"))) throw err;
      // The browser's subscription was made for someone else signed in here before: a new one is this person's.
      await s.unsubscribe();
      s = await pm.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(data!.publicKey) });
      await send(s);
    }
    setSub(s);
    return `Reminders on: ${dayWords(day || null).toLowerCase()} at ${hourWords(hour)}.`;
  });
  const save = () => act(async () => (await send(sub!), `Reminders now come ${dayWords(day || null).toLowerCase()} at ${hourWords(hour)}.`));
  const turnOff = () => act(async () => {
    await run(Unsubscribe, { endpoint: sub!.endpoint });
    await sub!.unsubscribe();
    setSub(null);
    return "Reminders off for this device.";
  });
  const others = data ? data.devices.length - (mine ? 1 : 0) : 0;
  return html`<section class="card" aria-label="Reminders" data-testid="reminders">
    <h2>Reminders</h2>
    <p>Walker can remind you on this device when a commitment falls behind, when follow-ups are due tomorrow${" "}and, for admins, when nominations wait for approval.</p>
    <${State} r=${r} what="your reminders" />
    ${data && html`
      <p data-testid="reminders-state">${mine ? `On for this device: ${dayWords(mine.weekday).toLowerCase()} at ${hourWords(mine.hour)} (${mine.timeZone}).` : "Off for this device."}${others > 0 ? ` ${others} other ${others === 1 ? "device gets" : "devices get"} them.` : ""}</p>
      <label>Day <select value=${day} onChange=${(e: Event) => setDay((e.target as HTMLSelectElement).value as Weekday | "")}>
        <option value="">Every day</option>
        ${WEEKDAYS.map((d) => html`<option value=${d}>${dayWords(d).slice(0, -1)}</option>`)}
      </select></label>
      <label>Hour <select value=${String(hour)} onChange=${(e: Event) => setHour(Number((e.target as HTMLSelectElement).value))}>
        ${Array.from({ length: 24 }, (_, h) => html`<option value=${String(h)}>${hourWords(h)}</option>`)}
      </select></label>
      <p class="muted">In your time zone, ${zone}.</p>
      <div class="actions">
        ${mine
          ? html`<button type="button" disabled=${busy} onClick=${save}>Save</button>
            <button type="button" class="secondary" disabled=${busy} onClick=${turnOff}>Turn off for this device</button>`
          : html`<button type="button" disabled=${busy || sub === undefined} onClick=${turnOn}>Turn on for this device</button>`}
      </div>`}
    ${msg && html`<p role="status">${msg}</p>`}
  </section>`;
}
