import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { graphql } from "../graphql";
import { ref } from "../outbox";
import { newID, write } from "../sync";
import { Frame, go, pendingOf, usePending, useRead, words } from "../ui";

export const CustomersQuery = graphql(`
  query Customers($where: CustomerWhereInput) {
    customers(first: 100, where: $where, orderBy: [{ field: UPDATED_AT, direction: DESC }]) {
      edges { node { id name company segment } }
    }
  }
`);

export const PeopleQuery = graphql(`
  query People {
    leaders(first: 100, where: { deactivatedAtIsNil: true }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges { node { id name role champion title } }
    }
  }
`);

const CreateCustomer = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }
`);
const CreateConversation = graphql(`
  mutation CreateConversation($input: CreateConversationInput!) { createConversation(input: $input) { id } }
`);
const CreateFollowUp = graphql(`
  mutation CreateFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }
`);

const modes = ["VISIT", "CALL", "VIDEO", "FOCUS_GROUP", "INTERVIEW", "MYSTERY_SHOP", "CALL_LISTENING", "ONLINE_COMMENTS", "EVENT"] as const;
const sentiments = ["VERY_NEGATIVE", "NEGATIVE", "NEUTRAL", "POSITIVE", "VERY_POSITIVE"] as const;
type Mode = (typeof modes)[number];
type Sentiment = (typeof sentiments)[number];

interface Pick {
  id: string; // a server id, or a ref to a customer added on this device
  name: string;
}
interface FollowUp {
  action: string;
  owner: string;
  due: string;
}

/** localInput is a datetime-local value for t in the device's time zone. */
export const localInput = (t: Date): string => new Date(t.getTime() - t.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** CustomerPicker searches the customers (and those added on this device) and quick-adds one. */
export function CustomerPicker({ picked, setPicked }: { picked: Pick[]; setPicked: (p: Pick[]) => void }) {
  const [q, setQ] = useState("");
  const all = useRead(CustomersQuery, { where: null });
  const search = useRead(CustomersQuery, { where: q.trim() ? { nameContainsFold: q.trim() } : null });
  const pending = usePending();
  const term = q.trim().toLowerCase();
  const seen = new Set<string>();
  const options: Pick[] = [
    ...pendingOf(pending, "createCustomer").map((e) => ({ id: ref(e.id), name: String((e.variables.input as { name: string }).name) })),
    ...[...(search.data?.customers.edges ?? []), ...(all.data?.customers.edges ?? [])].flatMap((e) => (e?.node ? [{ id: e.node.id, name: e.node.name + (e.node.company ? ` (${e.node.company})` : "") }] : [])),
  ].filter((o) => !seen.has(o.id) && (seen.add(o.id), true) && o.name.toLowerCase().includes(term) && !picked.some((p) => p.id === o.id));
  const exact = options.some((o) => o.name.toLowerCase() === term);
  async function quickAdd() {
    const id = newID();
    const name = q.trim();
    await write(id, `New customer ${name}`, CreateCustomer, { input: { clientID: id, name } });
    setPicked([...picked, { id: ref(id), name }]);
    setQ("");
  }
  return html`<fieldset class="picker">
    <legend>Customers</legend>
    <ul class="chips" aria-label="Chosen customers">
      ${picked.map((p) => html`<li><button type="button" class="chip on" aria-label=${"Remove " + p.name} onClick=${() => setPicked(picked.filter((x) => x.id !== p.id))}>${p.name} ✕</button></li>`)}
    </ul>
    <label>Find a customer <input type="search" value=${q} onInput=${(e: Event) => setQ((e.target as HTMLInputElement).value)} placeholder="Name" autocomplete="off" /></label>
    <ul class="options" aria-label="Customers found">
      ${options.slice(0, 6).map((o) => html`<li><button type="button" class="option" onClick=${() => (setPicked([...picked, o]), setQ(""))}>${o.name}</button></li>`)}
      ${term && !exact && html`<li><button type="button" class="option add" onClick=${quickAdd}>Add “${q.trim()}” as a new customer</button></li>`}
    </ul>
  </fieldset>`;
}

export function LogConversation({ me }: { me: string }) {
  const people = useRead(PeopleQuery, {});
  const [picked, setPicked] = useState<Pick[]>([]);
  const [mode, setMode] = useState<Mode>("VISIT");
  const [sentiment, setSentiment] = useState<Sentiment | null>(null);
  const [followUps, setFollowUps] = useState<FollowUp[]>([]);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const setFollowUp = (i: number, f: Partial<FollowUp>) => setFollowUps(followUps.map((x, j) => (i === j ? { ...x, ...f } : x)));

  async function save(ev: Event) {
    ev.preventDefault();
    const f = new FormData(ev.target as HTMLFormElement);
    const when = new Date(String(f.get("when")));
    if (picked.length === 0) return setError("Choose at least one customer, or add a new one.");
    if (isNaN(when.getTime()) || when.getTime() > Date.now() + 86_400_000) return setError("When: a date and time, not in the future.");
    if (followUps.some((x) => !x.action.trim())) return setError("Each follow-up needs an action, or remove it.");
    setBusy(true);
    const id = newID();
    const minutes = Number(f.get("duration"));
    const label = `Conversation with ${picked.map((p) => p.name).join(", ")}`;
    await write(id, label, CreateConversation, {
      input: {
        clientID: id, mode, occurredAt: when.toISOString(), customerIDs: picked.map((p) => p.id),
        durationMinutes: minutes > 0 ? minutes : null, heard: String(f.get("heard") ?? "").trim() || null,
        painPoints: String(f.get("painPoints") ?? "").trim() || null, sentiment,
      },
    });
    for (const x of followUps) {
      const fid = newID();
      await write(fid, `Follow-up: ${x.action.trim()}`, CreateFollowUp, {
        input: { clientID: fid, action: x.action.trim(), ownerID: x.owner || me, dueOn: x.due ? new Date(x.due + "T12:00:00Z").toISOString() : null, conversationID: ref(id) },
      });
    }
    go("/conversations?saved=1");
  }
  return html`<${Frame} section="">
    <h1>Log a conversation</h1>
    <form onSubmit=${save} aria-label="Log a conversation" novalidate>
      <${CustomerPicker} picked=${picked} setPicked=${setPicked} />
      <fieldset><legend>How</legend>
        <div class="chips" role="radiogroup" aria-label="How">
          ${modes.map((m) => html`<button type="button" role="radio" aria-checked=${mode === m} class=${mode === m ? "chip on" : "chip"} onClick=${() => setMode(m)}>${words(m)}</button>`)}
        </div>
      </fieldset>
      <div class="row">
        <label>When <input name="when" type="datetime-local" value=${localInput(new Date())} required /></label>
        <label>Minutes <input name="duration" type="number" min="1" max="1440" inputmode="numeric" /></label>
      </div>
      <label>What we heard <textarea name="heard" rows="3" maxlength="10000"></textarea></label>
      <label>Pain points <textarea name="painPoints" rows="2" maxlength="10000"></textarea></label>
      <fieldset><legend>How did the customer feel?</legend>
        <div class="chips" role="radiogroup" aria-label="Sentiment">
          ${sentiments.map((s) => html`<button type="button" role="radio" aria-checked=${sentiment === s} class=${sentiment === s ? "chip on" : "chip"} onClick=${() => setSentiment(sentiment === s ? null : s)}>${words(s)}</button>`)}
        </div>
      </fieldset>
      <fieldset><legend>Follow-ups</legend>
        ${followUps.map((x, i) => html`<div class="followup">
          <label>Action <input value=${x.action} onInput=${(e: Event) => setFollowUp(i, { action: (e.target as HTMLInputElement).value })} /></label>
          <div class="row">
            <label>Owner <select value=${x.owner || me} onChange=${(e: Event) => setFollowUp(i, { owner: (e.target as HTMLSelectElement).value })}>
              ${(people.data?.leaders.edges ?? []).map((p) => p?.node && html`<option value=${p.node.id}>${p.node.name}</option>`)}
              ${!people.data && html`<option value=${me}>Me</option>`}
            </select></label>
            <label>Due <input type="date" value=${x.due} onInput=${(e: Event) => setFollowUp(i, { due: (e.target as HTMLInputElement).value })} /></label>
          </div>
          <button type="button" class="link" onClick=${() => setFollowUps(followUps.filter((_, j) => j !== i))}>Remove this follow-up</button>
        </div>`)}
        <button type="button" class="secondary" onClick=${() => setFollowUps([...followUps, { action: "", owner: me, due: "" }])}>Add a follow-up</button>
      </fieldset>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      <button type="submit" class="big" disabled=${busy}>Save</button>
    </form>
  </${Frame}>`;
}
