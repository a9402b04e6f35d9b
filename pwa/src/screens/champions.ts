import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { mayDelete, remove } from "../edits";
import { useForm } from "../form";
import { graphql } from "../graphql";
import { ref, type Entry } from "../outbox";
import type { Shown } from "../overlay";
import { EndorsementRow, NominationRow, type Customer, type Endorsement, type Nomination } from "../records";
import { fieldError, fieldErrors, trimBlank } from "../rules";
import { newID, save, write } from "../sync";
import { Badge, Frame, Synced, fmtDate, go, n, pendingOf, plural, say, usePending, useShowMore } from "../ui";
import { lookup, shown, useView } from "../view";
import { customersOf } from "./conversations";
import { inputOf, serverErrors, text } from "./log";
import { PersonField, SearchPick, customerLabel, findCustomers, nameOf, useServerCustomers } from "./pickers";

const Nominate = graphql(`
  mutation Nominate($input: CreateNominationInput!) { createNomination(input: $input) { ...NominationRow } }
`, [NominationRow]);
const Endorse = graphql(`
  mutation Endorse($input: CreateEndorsementInput!) { createEndorsement(input: $input) { ...EndorsementRow } }
`, [EndorsementRow]);
const Approve = graphql(`
  mutation Approve($id: ID!, $note: String) { approveNomination(id: $id, note: $note) { ...NominationRow } }
`, [NominationRow]);
const Decline = graphql(`
  mutation Decline($id: ID!, $note: String) { declineNomination(id: $id, note: $note) { ...NominationRow } }
`, [NominationRow]);

/** endorsementsOf are a nomination's endorsements as shown (those made here too). */
export const endorsementsOf = (nom: Nomination): Shown<Endorsement>[] =>
  [...shown("endorsements").values()].filter((e) => e.nominationID === nom.id || (nom.clientID && e.nominationID === ref(nom.clientID)));

/** openNominations are the nominations still open, oldest first. */
export const openNominations = (): Shown<Nomination>[] =>
  [...shown("nominations").values()].filter((x) => x.status === "OPEN").sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));

/**
 * mayEndorse tells whether me may endorse nom, as the server's rules say
 * (ent/schema/endorsement.go): an open nomination, neither of nor by them,
 * not endorsed by them yet, and not itself waiting to be sent.
 */
export const mayEndorse = (nom: Shown<Nomination>, me: string): boolean =>
  nom.status === "OPEN" && nom.nomineeID !== me && nom.nominatorID !== me && !nom.pending && !endorsementsOf(nom).some((e) => e.endorserID === me);

/** endorse queues me's endorsement of nom, with an optional comment, shown at once. */
export async function endorse(nom: Nomination, me: string, comment: string | null): Promise<void> {
  const cid = newID();
  const input = { clientID: cid, nominationID: nom.id, comment };
  const record: Endorsement = { id: ref(cid), version: 0, clientID: cid, createdAt: new Date().toISOString(), nominationID: nom.id, endorserID: me, comment };
  await write(cid, `Endorsement of ${nameOf("people", nom.nomineeID, "someone")}`, Endorse, { input }, undefined, { store: "endorsements", op: "put", record });
}

function NominationItem({ nom, me, admin }: { nom: Shown<Nomination>; me: string; admin: boolean }) {
  const [why, setWhy] = useState("");
  const [problem, setProblem] = useState("");
  const endorsements = endorsementsOf(nom);
  const mine = endorsements.find((e) => e.endorserID === me);
  const nominee = nameOf("people", nom.nomineeID, "Someone");
  const acted = Boolean(nom.pending);
  async function endorseIt() {
    const p = fieldError("Endorsement", "comment", why);
    setProblem(p);
    if (p) return document.getElementById("why-" + nom.id)?.focus();
    await endorse(nom, me, text(why));
  }
  async function decide(approve: boolean) {
    const status = approve ? "APPROVED" : "DECLINED";
    const effect = { store: "nominations" as const, op: "patch" as const, id: nom.id, fields: { status } };
    if (approve) await write(newID(), `Approve ${nominee}`, Approve, { id: nom.id, note: null }, undefined, effect);
    else await write(newID(), `Decline ${nominee}`, Decline, { id: nom.id, note: null }, undefined, effect);
  }
  async function withdraw(e: Shown<Endorsement>) {
    const undo = await remove("endorsements", e, `endorsement of ${nominee}`);
    say("Endorsement withdrawn.", { label: "Undo", run: undo });
  }
  async function del() {
    const undo = await remove("nominations", nom, `nomination of ${nominee}`);
    say("Nomination deleted.", { label: "Undo", run: undo });
  }
  const customer = nom.customerID ? nameOf("customers", nom.customerID) : "";
  return html`<li class="nomination" data-testid="nomination">
    <strong>${nominee}</strong> <span class="muted">nominated by ${nameOf("people", nom.nominatorID, "someone")}, ${fmtDate(nom.createdAt)}</span>
    ${nom.pending && html` <${Badge} e=${nom.pending} />`}
    ${nom.refused && html`<p class="error">Not done: ${nom.refused.error} <a href="#/pending">Waiting to sync</a></p>`}
    <p>${nom.story}${customer ? html` <span class="muted">(for ${customer})</span>` : ""}</p>
    <p class="muted">${plural(endorsements.length, "endorsement")}${endorsements.length ? ": " + endorsements.map((e) => nameOf("people", e.endorserID, "someone")).join(", ") : ""}</p>
    <div class="actions">
      ${mayEndorse(nom, me) && html`<label>Why you endorse (optional) <input id=${"why-" + nom.id} value=${why}
        onInput=${(ev: Event) => (setWhy((ev.target as HTMLInputElement).value), setProblem(""))}
        aria-invalid=${problem ? "true" : undefined} aria-describedby=${problem ? "err-why-" + nom.id : undefined} />
        ${problem && html`<span class="field-error" id=${"err-why-" + nom.id}>${problem}</span>`}</label><button type="button" class="secondary" onClick=${endorseIt}>Endorse ${nominee}</button>`}
      ${mine && html`${mine.pending && html`<${Badge} e=${mine.pending} />`}<button type="button" class="link" onClick=${() => withdraw(mine)}>Withdraw my endorsement</button>`}
      ${admin && !acted && html`<button type="button" onClick=${() => decide(true)}>Approve</button>
        <button type="button" class="secondary" onClick=${() => decide(false)}>Decline</button>`}
      ${mayDelete("nominations", nom, me, admin) && html`<button type="button" class="link" onClick=${del}>Delete the nomination</button>`}
    </div>
  </li>`;
}

export function Champions({ me, admin }: { me: string; admin: boolean }) {
  useView();
  const pending = usePending();
  const refused = [...pendingOf(pending, "createNomination"), ...pendingOf(pending, "createEndorsement")].filter((e) => e.status === "attention");
  const open = openNominations();
  const champions = [...shown("people").values()].filter((p) => p.champion && !p.deactivatedAt).sort((a, b) => a.name.localeCompare(b.name));
  const [openLimit, moreOpen] = useShowMore(open.length, 20);
  const [champLimit, moreChampions] = useShowMore(champions.length);
  return html`<${Frame} section="champions">
    <h1>Champions</h1>
    <a class="button big" href="#/champions/nominate">Nominate a champion</a>
    ${refused.length > 0 && html`<ul class="list" aria-label="Not saved">${refused.map((e) => html`<li class="pending">${e.label} <${Badge} e=${e} /> <a href=${"#/pending/" + encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    <${Synced} what="the champions" />
    <h2>Open nominations</h2>
    <p class="muted">${n(open.length)} open.</p>
    <ul class="list">${open.slice(0, openLimit).map((x) => html`<${NominationItem} key=${x.id} nom=${x} me=${me} admin=${admin} />`)}</ul>
    ${moreOpen()}
    <h2>Champions</h2>
    ${champions.length === 0 ? html`<p class="muted">No champions yet: nominate someone who put a customer first.</p>` : html`<p class="muted">${plural(champions.length, "champion")}.</p>`}
    <ul class="list" data-testid="champions">
      ${champions.slice(0, champLimit).map((p) => html`<li>★ <strong>${p.name}</strong>${p.title ? html` <span class="muted">${p.title}</span>` : ""}</li>`)}
    </ul>
    ${moreChampions()}
  </${Frame}>`;
}

/** CustomerField chooses one customer, optionally, among all of the organization's. */
function CustomerField({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  useView();
  const c = value ? lookup("customers", value) : undefined;
  return html`<fieldset><legend>For which customer (optional)</legend>
    <input type="hidden" name="customerID" value=${value} />
    ${value ? html`<p class="chosen"><strong>${c ? customerLabel(c) : "The customer chosen"}</strong> <button type="button" class="link" onClick=${() => onChange("")}>Remove</button></p>`
      : html`<${SearchPick} label="Find the customer" placeholder="Name or company" find=${findCustomers} useRemote=${useServerCustomers} show=${customerLabel} onPick=${(x: Customer) => onChange(x.id)} />`}
  </fieldset>`;
}

export function NominateForm({ me, fix, prefill }: { me: string; fix?: Entry; prefill?: Record<string, string> }) {
  const initial = fix ? inputOf(fix) : { ...(prefill ?? {}) };
  const [nominee, setNominee] = useState(String(initial.nomineeID ?? ""));
  const [customer, setCustomer] = useState(String(initial.customerID ?? ""));
  useView();
  const convs = [...shown("conversations").values()].filter((c) => !c.pending).sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  const read = (f: FormData) => ({
    nomineeID: nominee, story: trimBlank(String(f.get("story") ?? "")),
    customerID: customer || null, conversationID: String(f.get("conversationID") || "") || null,
  });
  const form = useForm((f) => {
    const input = read(f);
    const errors = fieldErrors("Nomination", { story: input.story });
    if (!input.nomineeID) errors.nomineeID = "Choose whom you nominate.";
    return errors;
  }, serverErrors(fix));
  const submit = form.submit(async (f) => {
    const input = read(f);
    const name = nameOf("people", input.nomineeID, "a peer");
    const id = fix?.id ?? newID();
    const record: Nomination = { id: ref(id), version: 0, clientID: id, createdAt: new Date().toISOString(), status: "OPEN", nominatorID: me, ...input };
    await save(fix, id, `Nomination of ${name}`, Nominate, { input: { clientID: id, ...input } }, undefined, { store: "nominations", op: "put", record });
    go(fix ? "/pending" : "/champions");
  });
  const chosen = (k: string, v: string) => initial[k] === v;
  return html`<${Frame} section=${fix ? "more" : "champions"}>
    <h1>${fix ? "Fix: nominate a champion" : "Nominate a champion"}</h1>
    ${fix && html`<p class="muted">The server did not take this nomination. Change it, then send it again.</p>`}
    <form onSubmit=${submit} onInput=${form.onInput} ref=${form.ref} aria-label="Nominate a champion" novalidate>
      <${Synced} what="the people" />
      <${PersonField} label="Who" name="nomineeID" value=${nominee} me=${me} exclude=${me} onChange=${(v: string) => (setNominee(v), form.onInput({ target: { name: "nomineeID" } } as unknown as Event))}
        invalid=${Boolean(form.errors.nomineeID)} describedBy=${form.errors.nomineeID ? "err-nomineeID" : undefined} />
      ${form.error("nomineeID")}
      <label>What they did <textarea rows="4" required defaultValue=${String(initial.story ?? "")} ...${form.field("story")}></textarea>${form.error("story")}</label>
      <${CustomerField} value=${customer} onChange=${setCustomer} />
      ${form.error("customerID")}
      <label>Evidence: a conversation (optional) <select ...${form.field("conversationID")}>
        <option value="">—</option>
        ${initial.conversationID && !convs.slice(0, 30).some((c) => c.id === initial.conversationID) &&
          html`<option value=${String(initial.conversationID)} selected>The conversation behind the win</option>`}
        ${convs.slice(0, 30).map((c) => html`<option value=${c.id} selected=${chosen("conversationID", c.id)}>${customersOf(c)} · ${nameOf("people", c.leaderID)} · ${fmtDate(c.occurredAt)}</option>`)}
      </select>${convs.length > 30 ? html`<span class="muted hint">The 30 most recent of the ${n(convs.length)} on this device.</span>` : ""}${form.error("conversationID")}</label>
      ${form.others()}
      <button type="submit" class="big">${fix ? "Send again" : "Nominate"}</button>
    </form>
  </${Frame}>`;
}

/** EndorsementForm is an endorsement opened again to fix its comment. */
export function EndorsementForm({ fix, me }: { fix: Entry; me: string }) {
  const initial = inputOf(fix) as { nominationID: string; comment?: string };
  const form = useForm((f) => fieldErrors("Endorsement", { comment: String(f.get("comment") ?? "") }), serverErrors(fix));
  const submit = form.submit(async (f) => {
    const input = { ...initial, clientID: fix.id, comment: text(f.get("comment")) };
    const record: Endorsement = { id: ref(fix.id), version: 0, clientID: fix.id, createdAt: new Date(fix.createdAt).toISOString(), nominationID: initial.nominationID, endorserID: me, comment: input.comment };
    await save(fix, fix.id, fix.label, Endorse, { input }, undefined, { store: "endorsements", op: "put", record });
    go("/pending");
  });
  return html`<${Frame} section="more">
    <h1>Fix: ${fix.label}</h1>
    <form onSubmit=${submit} onInput=${form.onInput} ref=${form.ref} aria-label="Endorsement" novalidate>
      <label>Why you endorse (optional) <textarea rows="3" defaultValue=${String(initial.comment ?? "")} ...${form.field("comment")}></textarea>${form.error("comment")}</label>
      ${form.others()}
      <button type="submit" class="big">Send again</button>
    </form>
  </${Frame}>`;
}
