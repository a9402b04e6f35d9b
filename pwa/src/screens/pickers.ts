// Choosing a person or a customer among all of the organization's, on the
// device, as the person types: the first matches with the count of all, so
// that nobody is out of reach however many there are.
import { html } from "htm/preact";
import type { VNode } from "preact";
import { useEffect, useState } from "preact/hooks";
import { run } from "../api";
import { graphql } from "../graphql";
import type { Shown } from "../overlay";
import { CustomerRow, normalize, type Customer, type Person, type Records, type StoreName } from "../records";
import { Index, type Found } from "../search";
import { replica } from "../sync";
import { n } from "../ui";
import { lookup, ready, shown, useView } from "../view";

const CustomerSearch = graphql(`
  query CustomerSearch($term: String!) {
    customers(first: 6, where: { or: [{ nameContainsFold: $term }, { companyContainsFold: $term }] }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount edges { node { ...CustomerRow } }
    }
  }
`, [CustomerRow]);

/**
 * useServerCustomers searches the server while the device's copy is still
 * being filled (a new phone's first seconds, or after the browser evicted
 * it), so that no customer is out of reach meanwhile; then it does nothing.
 * It waits for a pause in the typing (each search spends the person's cost
 * budget, which the fill is spending too), and keeps nothing on the device.
 */
export function useServerCustomers(term: string): Found<Customer> | null {
  const [found, setFound] = useState<{ term: string; found: Found<Customer> } | null>(null);
  const filled = ready();
  useEffect(() => {
    if (filled || !term) return;
    let live = true;
    const timer = setTimeout(() => run(CustomerSearch, { term }).then((r) => {
      const items = (r.customers.edges ?? []).flatMap((e) => (e?.node ? [normalize("customers", e.node)] : []));
      if (live) setFound({ term, found: { items, total: r.customers.totalCount } });
    }, () => {}), 150); // offline, or refused: the device's copy is all there is
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [term, filled]);
  return !filled && found?.term === term ? found.found : null;
}

type Named = { id: string; name: string };

/**
 * finder searches every record of a kind as shown: an index of the
 * replica's records (built again only when they change), with the records
 * created on this device and not yet on the server on top.
 */
function finder<S extends StoreName>(store: S, name: (r: Records[S]) => string, text?: (r: Records[S]) => string) {
  const cache: { rev?: number; index?: Index<Records[S]> } = {};
  const index = (): Index<Records[S]> => {
    const rev = replica.storeRev(store);
    if (cache.rev !== rev || !cache.index) {
      cache.index = new Index(replica.all(store).values(), name, text);
      cache.rev = rev;
    }
    return cache.index;
  };
  const find = (term: string, limit: number, keep?: (r: Shown<Records[S]>) => boolean): Found<Shown<Records[S]>> => {
    const built = index();
    const view = shown(store);
    const base = replica.all(store);
    // Records added or changed on this device: searched one by one (they are few).
    const local = (view as Map<string, unknown>) === base ? { items: [], total: 0 } : new Index([...view.values()].filter((r) => base.get(r.id) !== r), name, text).find(term, limit, keep);
    // The device's own changes hide the records they replace; none (most of the time): nothing to check.
    const changed = (view as Map<string, unknown>) !== base;
    const found = built.find(term, limit, changed || keep ? (r) => (!changed || view.get(r.id) === r) && (!keep || keep(r as Shown<Records[S]>)) : undefined);
    return { items: [...local.items, ...(found.items as Shown<Records[S]>[])].slice(0, limit), total: local.total + found.total };
  };
  return Object.assign(find, { warm: () => void index() });
}

/** customerLabel is a customer as a list shows it: name (company). */
export const customerLabel = (c: Pick<Customer, "name" | "company">): string => c.name + (c.company ? ` (${c.company})` : "");

export const findCustomers = finder("customers", (c) => c.name, customerLabel);
export const findPeople = finder("people", (p) => p.name, (p) => `${p.name} ${p.email} ${p.title ?? ""} ${p.team ?? ""}`);

// The indexes are built again while the phone is idle, once the replica is
// filled and half a second after it last changed, so that the first
// keystroke of a search does not pay for it (50,000 customers: about 150 ms),
// and a pull (its pages come a few milliseconds apart) is not held up by it.
// Not while the replica fills: each round of pages would throw the index away.
let warming: ReturnType<typeof setTimeout> | undefined;
const idle = (fn: () => void) => ("requestIdleCallback" in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 0));
replica.subscribe(() => {
  if (replica.meta?.state !== "ready") return;
  clearTimeout(warming);
  warming = setTimeout(() => idle(() => {
    findCustomers.warm();
    findPeople.warm();
  }), 500);
});

/** nameOf names a person by id (a ref of a record made here, too). */
export const nameOf = (store: "people" | "customers", id: string | null | undefined, otherwise = ""): string => lookup(store, id)?.name ?? otherwise;

/**
 * SearchPick is a search field and the first matches as buttons, with how
 * many match; footer adds what the list offers beyond (e.g. adding a new one).
 */
export function SearchPick<T extends Named>({ label, placeholder, find, useRemote, onPick, show = (t: T) => t.name, footer, invalid, describedBy, testid, autofocus }: {
  label: string; placeholder: string; find: (term: string, limit: number) => Found<T>; onPick: (t: T) => void; show?: (t: T) => string;
  /** A search of the server, for while the device's copy is incomplete (the same hook on every render). */
  useRemote?: (term: string) => Found<T> | null;
  footer?: (term: string, found: Found<T>) => VNode | null | false; invalid?: boolean; describedBy?: string; testid?: string; autofocus?: boolean;
}) {
  const [q, setQ] = useState("");
  useView();
  const term = q.trim();
  const remote = useRemote?.(term) ?? null;
  const local = term ? find(term, 6) : null;
  const found = local && remote && remote.total > local.total
    ? { items: [...local.items, ...remote.items.filter((r) => !local.items.some((l) => l.id === r.id))].slice(0, 6), total: remote.total }
    : local;
  return html`<div class="pick" data-testid=${testid}>
    <label>${label} <input type="search" value=${q} onInput=${(e: Event) => setQ((e.target as HTMLInputElement).value)} placeholder=${placeholder} autocomplete="off"
      autofocus=${autofocus} aria-invalid=${invalid ? "true" : undefined} aria-describedby=${describedBy} /></label>
    ${found && html`<p class="muted found" aria-live="polite">${found.total === 0 ? "None found." : found.total > found.items.length ? `${n(found.total)} found: the first ${found.items.length} shown, type more to narrow.` : `${n(found.total)} found.`}</p>`}
    <ul class="options" aria-label=${label + ": found"}>
      ${found?.items.map((t) => html`<li><button type="button" class="option" onClick=${() => (onPick(t), setQ(""))}>${show(t)}</button></li>`)}
      ${found && footer?.(term, found)}
    </ul>
  </div>`;
}

/**
 * PersonField chooses one person (among the active people, all of them):
 * the one chosen shows with a way to change it; name is the form field that
 * carries the id.
 */
export function PersonField({ label, name, value, onChange, me, exclude, invalid, describedBy }: {
  label: string; name?: string; value: string; onChange: (id: string) => void; me: string; exclude?: string; invalid?: boolean; describedBy?: string;
}) {
  const [changing, setChanging] = useState(!value);
  useView();
  const chosen = value ? lookup("people", value) : undefined;
  const active = (p: Person) => !p.deactivatedAt && p.id !== exclude;
  return html`<fieldset class="person-field">
    <legend>${label}</legend>
    ${name && html`<input type="hidden" name=${name} value=${value} />`}
    ${value && html`<p class="chosen" data-testid=${"chosen-" + (name ?? label)}><strong>${chosen ? chosen.name + (value === me ? " (me)" : "") : value === me ? "Me" : "The person chosen"}</strong>
      ${!changing && html` <button type="button" class="link change" onClick=${() => setChanging(true)}>Change</button>`}</p>`}
    ${changing && html`<${SearchPick} label=${"Find " + label.toLowerCase()} placeholder="Name, email or team" find=${(t: string, l: number) => findPeople(t, l, active)}
      onPick=${(p: Person) => (onChange(p.id), setChanging(false))} show=${(p: Person) => p.name + (p.title ? ` · ${p.title}` : "")} invalid=${invalid} describedBy=${describedBy} />`}
  </fieldset>`;
}
