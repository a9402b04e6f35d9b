import { html } from "htm/preact";
import type { VNode } from "preact";
import { useEffect, useState } from "preact/hooks";
import { register, run } from "../api";
import { errorsOf, useForm, type Form } from "../form";
import { graphql } from "../graphql";
import type { Person } from "../records";
import { fieldErrors, trimBlank, type Errors } from "../rules";
import { persist, replica, sync } from "../sync";
import { Frame, MoreButton, PagesState, State, Synced, fmtDate, fmtTime, n, plural, usePages, useLazy, useRead, useShowMore, words } from "../ui";
import { ready, useView } from "../view";
import { text } from "./log";
import { PersonField, findPeople, nameOf } from "./pickers";
import { Webhooks } from "./webhooks";

const Passkeys = graphql(`
  query Passkeys($after: Cursor) { viewer { id passkeys(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name createdAt lastUsedAt synced } } } } }
`);
const RenamePasskey = graphql(`mutation RenamePasskey($id: ID!, $name: String!) { renamePasskey(id: $id, name: $name) { id } }`);
const DeletePasskey = graphql(`mutation DeletePasskey($id: ID!) { deletePasskey(id: $id) }`);

const Invitations = graphql(`
  query Invitations($after: Cursor) {
    invitations(first: 50, after: $after, where: { usedAtIsNil: true, revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id email role expiresAt } }
    }
  }
`);
const Tokens = graphql(`
  query Tokens($after: Cursor) {
    apiTokens(first: 50, after: $after, where: { revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name prefix scope scopes expiresAt lastUsedAt } }
    }
  }
`);
const Invite = graphql(`mutation Invite($input: CreateInvitationInput!) { createInvitation(input: $input) { url } }`);
const RevokeInvitation = graphql(`mutation RevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id } }`);
const RevokeAccess = graphql(`mutation RevokeAccess($id: ID!) { revokeAccess(leaderID: $id) { id } }`);
const RenameOrganization = graphql(`mutation RenameOrganization($name: String!) { updateOrganization(input: { name: $name }) { id name } }`);
const BackupsQuery = graphql(`query Backups { backups { database everySeconds keep nextAt files { name bytes madeAt } } }`);
const TokenScopes = graphql(`query TokenScopes { tokenScopes { name description inRead inReadWrite } }`);
const CreateToken = graphql(`mutation CreateToken($input: CreateAPITokenInput!) { createAPIToken(input: $input) { token } }`);
const RevokeToken = graphql(`mutation RevokeToken($id: ID!) { revokeAPIToken(id: $id) { id } }`);

/** act runs an online-only action (these return secrets or change access) and reports. */
export function useAct(reload: () => void): [string, (f: () => Promise<unknown>, done?: string) => Promise<void>] {
  const [msg, setMsg] = useState("");
  return [msg, async (f, done = "Done.") => {
    try {
      await f();
      setMsg(done);
      reload();
    } catch (err) {
      setMsg(err instanceof Error ? err.message : String(err));
    }
  }];
}

/**
 * useOnlineForm is a form whose action runs at once (online only): the rules
 * are checked first, and what the server refuses shows under its field.
 */
export function useOnlineForm(check: (f: FormData) => Errors, run: (f: FormData) => Promise<string>, reload: () => void) {
  const [msg, setMsg] = useState("");
  const form = useForm(check);
  const submit = form.submit(async (f) => {
    setMsg("");
    try {
      setMsg(await run(f));
      reload();
    } catch (err) {
      form.refuse(errorsOf(err));
    }
  });
  return { form, submit, msg };
}

function PasskeyItem({ p, many, reload }: { p: { id: string; name: string; synced: boolean; createdAt: string; lastUsedAt?: string | null }; many: boolean; reload: () => void }) {
  const [msg, act] = useAct(reload);
  const rename = useOnlineForm((f) => fieldErrors("Passkey", { name: String(f.get("name") ?? "") }),
    async (f) => (await run(RenamePasskey, { id: p.id, name: trimBlank(String(f.get("name"))) }), "Passkey renamed."), reload);
  const { form } = rename;
  return html`<li>
    <form class="inline" onSubmit=${rename.submit} onInput=${form.onInput} ref=${form.ref} aria-label=${"Passkey " + p.name} novalidate>
      <label>Name <input defaultValue=${p.name} ...${form.field("name")} />${form.error("name")}</label>
      <span class="muted">${p.synced ? "Synced" : "This device only"} · added ${fmtDate(p.createdAt)}${p.lastUsedAt ? " · used " + fmtDate(p.lastUsedAt) : ""}</span>
      ${form.others()}
      <div class="actions"><button type="submit" class="secondary">Rename</button>
      ${many && html`<button type="button" class="link" onClick=${() => confirm("Delete this passkey?") && act(() => run(DeletePasskey, { id: p.id }), "Passkey deleted.")}>Delete</button>`}</div>
      ${(rename.msg || msg) && html`<p role="status">${rename.msg || msg}</p>`}
    </form></li>`;
}

/** People lists everyone of the organization, from the device's copy, found by name, email or team, to revoke access. */
const UpdatePerson = graphql(`mutation UpdatePerson($id: ID!, $input: UpdateLeaderInput!) { updateLeader(id: $id, input: $input) { id } }`);

/** PersonEdit lets an admin set a person's team and manager. */
function PersonEdit({ p, me, done }: { p: Person; me: string; done: () => void }) {
  const [manager, setManager] = useState(p.managerID ?? "");
  const edit = useOnlineForm((f) => fieldErrors("Leader", { team: text(f.get("team")) }), async (f) => {
    await run(UpdatePerson, { id: p.id, input: manager ? { team: text(f.get("team")), managerID: manager } : { team: text(f.get("team")), clearManager: true } });
    void sync();
    done();
    return "Saved.";
  }, () => {});
  const { form } = edit;
  return html`<form onSubmit=${edit.submit} onInput=${form.onInput} ref=${form.ref} aria-label=${"Edit " + p.name} novalidate>
    <label>Team <input defaultValue=${p.team ?? ""} ...${form.field("team")} />${form.error("team")}</label>
    <${PersonField} label="Manager" value=${manager} me=${me} exclude=${p.id} onChange=${setManager} invalid=${Boolean(form.errors.managerID)} describedBy=${form.errors.managerID ? "err-managerID" : undefined} />
    ${manager && html`<button type="button" class="link" onClick=${() => setManager("")}>No manager</button>`}
    ${form.error("managerID")}
    ${form.others()}
    <button type="submit">Save ${p.name}</button>
  </form>`;
}

function People({ me }: { me: string }) {
  const [q, setQ] = useState("");
  const [editing, setEditing] = useState("");
  const [msg, act] = useAct(() => void sync());
  useView();
  const found = findPeople(q, 10_000_000);
  const [limit, more] = useShowMore(found.total);
  const revoke = (p: Person) => confirm(`Revoke ${p.name}'s access now?`) && act(() => run(RevokeAccess, { id: p.id }), `Access revoked: ${p.name}.`);
  return html`<section class="card" aria-label="People">
    <h2>People</h2>
    <${Synced} what="the people" />
    <label>Find a person <input type="search" value=${q} onInput=${(e: Event) => setQ((e.target as HTMLInputElement).value)} placeholder="Name, email or team" /></label>
    <p class="muted" data-testid="people-count">${q.trim() ? `${n(found.total)} found` : `${n(found.total)} people`}${found.total > limit ? `, ${n(limit)} shown` : ""}.</p>
    <ul class="list">${found.items.slice(0, limit).map((p) => html`<li data-testid="person">${p.name} <span class="muted">${p.email} · ${words(p.role)}${p.deactivatedAt ? " · no access" : ""}</span>
      ${p.team && html` <span class="muted">· ${p.team}</span>`}${p.managerID && html` <span class="muted">· reports to ${nameOf("people", p.managerID, "someone")}</span>`}
      ${!p.deactivatedAt && p.id !== me && html` <button type="button" class="link" onClick=${() => revoke(p)}>Revoke access</button>`}
      ${!p.deactivatedAt && html` <button type="button" class="link" onClick=${() => setEditing(editing === p.id ? "" : p.id)}>${editing === p.id ? "Close" : "Team and manager"}</button>`}
      ${editing === p.id && html`<${PersonEdit} p=${p} me=${me} done=${() => setEditing("")} />`}</li>`)}</ul>
    ${more()}
    ${msg && html`<p role="status">${msg}</p>`}
  </section>`;
}

type TokenScope = { name: string; description: string; inRead: boolean; inReadWrite: boolean };

/** readOf is the read scope a write scope brings with it (customers:write → customers:read), or null. */
const readOf = (scope: string): string | null => (scope.endsWith(":write") ? scope.slice(0, -":write".length) + ":read" : null);

/** sameSet tells whether a and b hold the same names. */
const sameSet = (a: Set<string>, b: string[]): boolean => a.size === b.length && b.every((x) => a.has(x));

/**
 * ScopesField chooses what a new token may do: a checkbox for each scope of
 * the server's catalog, with its description, and the two shorthands as
 * quick choices. A write scope brings its read scope (as the server has it):
 * checking one checks the other, and unchecking a read unchecks its write.
 * The boxes follow chosen on input, not on change: the form re-renders on
 * input (useForm), which would otherwise put a box back before its change.
 */
function ScopesField({ scopes, chosen, setChosen, form }: { scopes: TokenScope[]; chosen: Set<string>; setChosen: (s: Set<string>) => void; form: Form }) {
  const read = scopes.filter((s) => s.inRead).map((s) => s.name);
  const readWrite = scopes.filter((s) => s.inReadWrite).map((s) => s.name);
  const toggle = (name: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) {
      next.add(name);
      const r = readOf(name);
      if (r && scopes.some((s) => s.name === r)) next.add(r);
    } else {
      next.delete(name);
      for (const s of scopes) if (readOf(s.name) === name) next.delete(s.name);
    }
    setChosen(next);
  };
  const quick = (label: string, names: string[]) =>
    html`<button type="button" class="chip" aria-pressed=${sameSet(chosen, names) ? "true" : "false"} onClick=${() => setChosen(new Set(names))}>${label}</button>`;
  return html`<fieldset data-testid="token-scopes">
    <legend>What the token may do</legend>
    <div class="chips" role="group" aria-label="Quick choices">
      ${quick("Read everything", read)}${quick("Read and write everything", readWrite)}
      <button type="button" class="chip" onClick=${() => setChosen(new Set())}>None</button>
    </div>
    <p class="muted found" aria-live="polite">${n(chosen.size)} of ${n(scopes.length)} chosen${sameSet(chosen, read) ? " (Read)" : sameSet(chosen, readWrite) ? " (Read and write)" : ""}.</p>
    ${scopes.map((s) => html`<label class="check"><input type="checkbox" value=${s.name} checked=${chosen.has(s.name)}
      onInput=${(e: Event) => toggle(s.name, (e.target as HTMLInputElement).checked)} ...${form.field("scopes")} />
      <span><code>${s.name}</code> <span class="hint muted">${s.description}</span></span></label>`)}
    ${form.error("scopes")}
  </fieldset>`;
}

/**
 * lazyCard is a Settings card loaded the first time Settings shows it
 * (the first screen does not carry it; the service worker keeps it with the
 * app for offline use).
 */
function lazyCard(what: string, load: () => Promise<() => VNode | null>) {
  return function Card() {
    const card = useLazy(load);
    if (card.C) return html`<${card.C} />`;
    return card.error ? html`<p class="error">${what} did not load: ${card.error} <button type="button" class="link" onClick=${card.retry}>Retry</button></p>` : null;
  };
}
const Mandates = lazyCard("The mandates", () => import("./mandates").then((m) => m.Mandates));
const Reminders = lazyCard("The reminders", () => import("./reminders").then((m) => m.Reminders));

/** scopesWords says what a token may do, as the list shows it. */
const scopesWords = (t: { scope: string; scopes?: readonly string[] | null }): string =>
  t.scope === "READ" ? "Read everything" : t.scope === "READ_WRITE" ? "Read and write everything" : (t.scopes ?? []).join(", ") || "nothing";

/** Organization lets an admin rename the organization. */
function Organization({ org, renamed }: { org: string; renamed: (name: string) => void }) {
  const rename = useOnlineForm((f) => fieldErrors("Organization", { name: String(f.get("name") ?? "") }), async (f) => {
    const out = await run(RenameOrganization, { name: trimBlank(String(f.get("name"))) });
    renamed(out.updateOrganization.name);
    return "Organization renamed.";
  }, () => {});
  const { form } = rename;
  return html`<form class="card" aria-label="Organization" onSubmit=${rename.submit} onInput=${form.onInput} ref=${form.ref} novalidate>
    <h2>Organization</h2>
    <label>Name <input required autocomplete="organization" defaultValue=${org} ...${form.field("name")} />${form.error("name")}</label>
    ${form.others()}
    <button type="submit">Rename</button>
    ${rename.msg && html`<p role="status">${rename.msg}</p>`}
  </form>`;
}

function AdminSettings({ me }: { me: string }) {
  const invitations = usePages(Invitations, {}, (r) => r.invitations);
  const tokens = usePages(Tokens, {}, (r) => r.apiTokens);
  const reload = () => (invitations.reload(), tokens.reload());
  const [msg, act] = useAct(reload);
  const [secret, setSecret] = useState<{ kind: string; value: string } | null>(null);
  const invite = useOnlineForm((f) => fieldErrors("Invitation", { email: String(f.get("email") ?? "") }), async (f) => {
    const out = await run(Invite, { input: { email: trimBlank(String(f.get("email"))), role: String(f.get("role")) as "LEADER" } });
    setSecret({ kind: "Invitation link (send it to them; valid 7 days, once)", value: out.createInvitation.url });
    return "Invitation created.";
  }, reload);
  const catalog = useRead(TokenScopes, {});
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const token = useOnlineForm((f) => {
    const errors = fieldErrors("APIToken", { name: String(f.get("name") ?? "") });
    const days = Number(f.get("expiresInDays"));
    if (!Number.isInteger(days) || days < 1 || days > 730) errors.expiresInDays = "must be between 1 and 730";
    if (!f.getAll("scopes").length) errors.scopes = "choose at least one scope";
    return errors;
  }, async (f) => {
    const scopes = f.getAll("scopes").map(String);
    const out = await run(CreateToken, { input: { name: trimBlank(String(f.get("name"))), scopes, expiresInDays: Number(f.get("expiresInDays")) } });
    setSecret({ kind: "API token (shown only now: copy it)", value: out.createAPIToken.token });
    setChosen(new Set());
    return "Token created.";
  }, reload);
  const i = invite.form;
  const t = token.form;
  return html`<${People} me=${me} />
    <form class="card" aria-label="Invite a person" onSubmit=${invite.submit} onInput=${i.onInput} ref=${i.ref} novalidate>
      <h2>Invite a person</h2>
      <label>Email <input type="email" required autocomplete="off" ...${i.field("email")} />${i.error("email")}</label>
      <label>Role <select name="role"><option value="LEADER">Leader</option><option value="MEMBER">Member</option><option value="ADMIN">Admin</option></select></label>
      ${i.others()}
      <button type="submit">Create invitation link</button>
      ${invite.msg && html`<p role="status">${invite.msg}</p>`}
      <${PagesState} p=${invitations} what="the invitations" count=${(shown: number, total: number) => `${plural(total, "open invitation")}${total > shown ? `, ${n(shown)} shown` : ""}.`} />
      <ul class="list">${invitations.items.map((x) => html`<li>${x.email ?? "setup link"} <span class="muted">${words(x.role)} · until ${fmtDate(x.expiresAt)}</span>
        <button type="button" class="link" onClick=${() => act(() => run(RevokeInvitation, { id: x.id }), "Invitation revoked.")}>Revoke</button></li>`)}</ul>
      <${MoreButton} p=${invitations} />
    </form>
    <form class="card" aria-label="Integrator API tokens" onSubmit=${token.submit} onInput=${t.onInput} ref=${t.ref} novalidate>
      <h2>Integrator API tokens</h2>
      <label>Name <input required placeholder="e.g. BI export" ...${t.field("name")} />${t.error("name")}</label>
      <label>Days valid <input type="number" min="1" max="730" defaultValue="90" ...${t.field("expiresInDays")} />${t.error("expiresInDays")}</label>
      ${catalog.data ? html`<${ScopesField} scopes=${catalog.data.tokenScopes} chosen=${chosen} setChosen=${setChosen} form=${t} />` : html`<${State} r=${catalog} what="the scopes a token can have" />`}
      ${t.others()}
      <button type="submit">Create token</button>
      ${token.msg && html`<p role="status">${token.msg}</p>`}
      <${PagesState} p=${tokens} what="the API tokens" count=${(shown: number, total: number) => `${plural(total, "token")}${total > shown ? `, ${n(shown)} shown` : ""}.`} />
      <ul class="list">${tokens.items.map((x) => html`<li data-testid="token">${x.name} <span class="muted">${x.prefix}…${x.expiresAt ? " · until " + fmtDate(x.expiresAt) : ""}${x.lastUsedAt ? " · used " + fmtDate(x.lastUsedAt) : ""}</span>
        <span class="scopes" data-testid="token-scopes-shown"><span class="sr-only">May: </span>${scopesWords(x)}</span>
        <button type="button" class="link" onClick=${() => act(() => run(RevokeToken, { id: x.id }), "Token revoked.")}>Revoke</button></li>`)}</ul>
      <${MoreButton} p=${tokens} />
    </form>
    ${secret && html`<div class="card secret" role="status"><strong>${secret.kind}</strong><code data-testid="secret">${secret.value}</code>
      <button type="button" class="secondary" onClick=${() => navigator.clipboard?.writeText(secret.value)}>Copy</button></div>`}
    ${msg && html`<p role="status">${msg}</p>`}`;
}

/** megabytes formats bytes as MB. */
const mb = (b: number | undefined): string => (b === undefined ? "?" : (b / 1e6).toFixed(1) + " MB");

/** age says how long ago t was, roughly, in words. */
export function age(t: string, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - new Date(t).getTime()) / 1000));
  const unit = (k: number, one: string) => `${k} ${one}${k === 1 ? "" : "s"} ago`;
  if (s < 90) return unit(s, "second");
  if (s < 90 * 60) return unit(Math.round(s / 60), "minute");
  if (s < 36 * 3600) return unit(Math.round(s / 3600), "hour");
  return unit(Math.round(s / 86400), "day");
}

/** every says a schedule's period in words. */
const every = (s: number): string => (s % 86400 === 0 ? plural(s / 86400, "day") : s % 3600 === 0 ? plural(s / 3600, "hour") : plural(Math.round(s / 60), "minute"));

/** Backups shows admins where the database's backups stand: the schedule, and each file with its size and age. */
function Backups() {
  const r = useRead(BackupsQuery, {});
  const b = r.data?.backups;
  return html`<section class="card" aria-label="Backups" data-testid="backups">
    <h2>Backups</h2>
    <${State} r=${r} what="the backups" />
    ${b && b.database === "POSTGRESQL" && html`<p>Walker runs on PostgreSQL: its backups are pg_dump's job (see the operations guide).</p>`}
    ${b && b.database === "SQLITE" && html`<p data-testid="backup-schedule">${b.everySeconds
      ? `A backup is made every ${every(b.everySeconds)}; the newest ${b.keep} are kept.${b.nextAt ? ` Next: ${fmtTime(b.nextAt)}.` : ""}`
      : "No backups are scheduled (WALKER_BACKUP_EVERY). walker backup makes one at any time."}</p>
      ${b.files.length === 0 ? html`<p class="muted">No backups yet.</p>` : html`<ul class="list">${b.files.map((f) => html`<li data-testid="backup">${f.name} <span class="muted">${mb(f.bytes)} · ${age(f.madeAt)}</span></li>`)}</ul>`}`}
  </section>`;
}

/** Storage says what this device keeps for Walker, how much room it takes, and whether the browser keeps it for good. */
function Storage() {
  useView();
  const [est, setEst] = useState<{ usage?: number; quota?: number; persisted: boolean } | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    (async () => {
      const e = await navigator.storage?.estimate?.().catch(() => undefined);
      setEst({ usage: e?.usage, quota: e?.quota, persisted: (await navigator.storage?.persisted?.().catch(() => false)) ?? false });
    })();
  }, [replica.rev, tick]);
  const m = replica.meta;
  const c = replica.counts();
  const kept: [string, number][] = [["customers", c.customers], ["people", c.people], ["conversations", c.conversations], ["follow-ups", c.followUps],
    ["decisions", c.decisions], ["nominations", c.nominations], ["endorsements", c.endorsements], ["feedback reviews", c.reviews], ["commitments", c.commitments]];
  return html`<section class="card" aria-label="This device" data-testid="storage">
    <h2>This device</h2>
    <p data-testid="storage-use">Walker keeps ${mb(est?.usage)} on this device${est?.quota ? ` (the browser allows ${mb(est.quota)})` : ""}.
      ${est && (est.persisted ? " The browser keeps it for good." : " The browser may clear it when space runs out; Walker then gets it again.")}</p>
    ${!est?.persisted && html`<button type="button" class="secondary" onClick=${async () => (await persist(), setTick(tick + 1))}>Keep Walker's data on this device</button>`}
    ${ready() && m && html`<p class="muted" data-testid="replica-counts">${kept.map(([what, k]) => `${n(k)} ${what}`).join(", ")}.</p>
      <p class="muted">Filled in ${(m.fillMs / 1000).toFixed(1)} s on ${fmtTime(m.filledAt)}; up to date as of ${fmtTime(m.syncedAt)}${m.pulled.changes ? ` (${n(m.pulled.changes)} changes in ${m.pulled.ms} ms)` : ""}.</p>`}
  </section>`;
}

export function Settings({ me, admin, email, org, signOut, renamed }: { me: string; admin: boolean; email: string; org: string; signOut: (everywhere: boolean) => void; renamed: (name: string) => void }) {
  const r = usePages(Passkeys, {}, (d) => d.viewer.passkeys);
  const [msg, act] = useAct(r.reload);
  const keys = r.items;
  return html`<${Frame} section="more">
    <h1>Settings</h1>
    <p data-testid="account">Signed in to <strong>${org}</strong> as ${email}.</p>
    <section class="card" aria-label="My passkeys">
      <h2>My passkeys</h2>
      <${PagesState} p=${r} what="your passkeys" count=${(shown: number, total: number) => `${plural(total, "passkey")}${total > shown ? `, ${n(shown)} shown` : ""}.`} />
      <ul class="list">${keys.map((p) => html`<${PasskeyItem} key=${p.id} p=${p} many=${r.total > 1} reload=${r.reload} />`)}</ul>
      <${MoreButton} p=${r} />
      <button type="button" class="secondary" onClick=${() => act(() => register({ invitation: "", name: "", email: "", passkeyName: "Another device" }), "Passkey added.")}>Add a passkey</button>
      ${msg && html`<p role="status">${msg}</p>`}
    </section>
    <div class="card">
      <button type="button" class="secondary" onClick=${() => signOut(false)}>Sign out</button>
      <button type="button" class="secondary" onClick=${() => signOut(true)}>Sign out everywhere</button>
    </div>
    <${Reminders} />
    <${Storage} />
    ${admin && html`<${Organization} org=${org} renamed=${renamed} />`}
    ${admin && html`<${AdminSettings} me=${me} />`}
    ${admin && html`<${Mandates} />`}
    ${admin && html`<${Webhooks} />`}
    ${admin && html`<${Backups} />`}
  </${Frame}>`;
}
