import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { register, run } from "../api";
import { errorsOf, useForm } from "../form";
import { graphql } from "../graphql";
import { fieldErrors, trimBlank, type Errors } from "../rules";
import { Frame, State, fmtDate, useRead, words } from "../ui";

const Passkeys = graphql(`
  query Passkeys { viewer { id passkeys(first: 20) { edges { node { id name createdAt lastUsedAt synced } } } } }
`);
const RenamePasskey = graphql(`mutation RenamePasskey($id: ID!, $name: String!) { renamePasskey(id: $id, name: $name) { id } }`);
const DeletePasskey = graphql(`mutation DeletePasskey($id: ID!) { deletePasskey(id: $id) }`);

const Admin = graphql(`
  query Admin {
    leaders(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { edges { node { id name email role deactivatedAt } } }
    invitations(first: 50, where: { usedAtIsNil: true, revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      edges { node { id email role expiresAt } }
    }
    apiTokens(first: 50, where: { revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      edges { node { id name prefix scope expiresAt lastUsedAt } }
    }
  }
`);
const Invite = graphql(`mutation Invite($input: CreateInvitationInput!) { createInvitation(input: $input) { url } }`);
const RevokeInvitation = graphql(`mutation RevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id } }`);
const RevokeAccess = graphql(`mutation RevokeAccess($id: ID!) { revokeAccess(leaderID: $id) { id } }`);
const CreateToken = graphql(`mutation CreateToken($input: CreateAPITokenInput!) { createAPIToken(input: $input) { token } }`);
const RevokeToken = graphql(`mutation RevokeToken($id: ID!) { revokeAPIToken(id: $id) { id } }`);

/** act runs an online-only action (these return secrets or change access) and reports. */
function useAct(reload: () => void): [string, (f: () => Promise<unknown>, done?: string) => Promise<void>] {
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
function useOnlineForm(check: (f: FormData) => Errors, run: (f: FormData) => Promise<string>, reload: () => void) {
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

function AdminSettings({ me }: { me: string }) {
  const r = useRead(Admin, {});
  const [msg, act] = useAct(r.reload);
  const [secret, setSecret] = useState<{ kind: string; value: string } | null>(null);
  const invite = useOnlineForm((f) => fieldErrors("Invitation", { email: String(f.get("email") ?? "") }), async (f) => {
    const out = await run(Invite, { input: { email: trimBlank(String(f.get("email"))), role: String(f.get("role")) as "LEADER" } });
    setSecret({ kind: "Invitation link (send it to them; valid 7 days, once)", value: out.createInvitation.url });
    return "Invitation created.";
  }, r.reload);
  const token = useOnlineForm((f) => {
    const errors = fieldErrors("APIToken", { name: String(f.get("name") ?? "") });
    const days = Number(f.get("expiresInDays"));
    if (!Number.isInteger(days) || days < 1 || days > 730) errors.expiresInDays = "must be between 1 and 730";
    return errors;
  }, async (f) => {
    const out = await run(CreateToken, { input: { name: trimBlank(String(f.get("name"))), scope: String(f.get("scope")) as "READ", expiresInDays: Number(f.get("expiresInDays")) } });
    setSecret({ kind: "API token (shown only now: copy it)", value: out.createAPIToken.token });
    return "Token created.";
  }, r.reload);
  const i = invite.form;
  const t = token.form;
  return html`<section class="card" aria-label="People">
      <h2>People</h2>
      <${State} r=${r} what="the people, invitations and tokens" />
      <ul class="list">${r.data?.leaders.edges?.map((e) => e?.node && html`<li>${e.node.name} <span class="muted">${e.node.email} · ${words(e.node.role)}${e.node.deactivatedAt ? " · no access" : ""}</span>
        ${!e.node.deactivatedAt && e.node.id !== me && html` <button type="button" class="link" onClick=${() => confirm(`Revoke ${e.node!.name}'s access now?`) && act(() => run(RevokeAccess, { id: e.node!.id }), "Access revoked.")}>Revoke access</button>`}</li>`)}</ul>
    </section>
    <form class="card" aria-label="Invite a person" onSubmit=${invite.submit} onInput=${i.onInput} ref=${i.ref} novalidate>
      <h2>Invite a person</h2>
      <label>Email <input type="email" required autocomplete="off" ...${i.field("email")} />${i.error("email")}</label>
      <label>Role <select name="role"><option value="LEADER">Leader</option><option value="MEMBER">Member</option><option value="ADMIN">Admin</option></select></label>
      ${i.others()}
      <button type="submit">Create invitation link</button>
      ${invite.msg && html`<p role="status">${invite.msg}</p>`}
      <ul class="list">${r.data?.invitations.edges?.map((e) => e?.node && html`<li>${e.node.email ?? "setup link"} <span class="muted">${words(e.node.role)} · until ${fmtDate(e.node.expiresAt)}</span>
        <button type="button" class="link" onClick=${() => act(() => run(RevokeInvitation, { id: e.node!.id }), "Invitation revoked.")}>Revoke</button></li>`)}</ul>
    </form>
    <form class="card" aria-label="Integrator API tokens" onSubmit=${token.submit} onInput=${t.onInput} ref=${t.ref} novalidate>
      <h2>Integrator API tokens</h2>
      <label>Name <input required placeholder="e.g. BI export" ...${t.field("name")} />${t.error("name")}</label>
      <div class="row">
        <label>Scope <select name="scope"><option value="READ">Read</option><option value="READ_WRITE">Read and write</option></select></label>
        <label>Days valid <input type="number" min="1" max="730" defaultValue="90" ...${t.field("expiresInDays")} />${t.error("expiresInDays")}</label>
      </div>
      ${t.others()}
      <button type="submit">Create token</button>
      ${token.msg && html`<p role="status">${token.msg}</p>`}
      <ul class="list">${r.data?.apiTokens.edges?.map((e) => e?.node && html`<li>${e.node.name} <span class="muted">${e.node.prefix}… · ${words(e.node.scope)}${e.node.expiresAt ? " · until " + fmtDate(e.node.expiresAt) : ""}${e.node.lastUsedAt ? " · used " + fmtDate(e.node.lastUsedAt) : ""}</span>
        <button type="button" class="link" onClick=${() => act(() => run(RevokeToken, { id: e.node!.id }), "Token revoked.")}>Revoke</button></li>`)}</ul>
    </form>
    ${secret && html`<div class="card secret" role="status"><strong>${secret.kind}</strong><code data-testid="secret">${secret.value}</code>
      <button type="button" class="secondary" onClick=${() => navigator.clipboard?.writeText(secret.value)}>Copy</button></div>`}
    ${msg && html`<p role="status">${msg}</p>`}`;
}

export function Settings({ me, admin, email, org, signOut }: { me: string; admin: boolean; email: string; org: string; signOut: (everywhere: boolean) => void }) {
  const r = useRead(Passkeys, {});
  const [msg, act] = useAct(r.reload);
  const keys = r.data?.viewer.passkeys.edges ?? [];
  return html`<${Frame} section="more">
    <h1>Settings</h1>
    <p data-testid="account">Signed in to <strong>${org}</strong> as ${email}.</p>
    <section class="card" aria-label="My passkeys">
      <h2>My passkeys</h2>
      <${State} r=${r} what="your passkeys" />
      <ul class="list">${keys.map((e) => e?.node && html`<${PasskeyItem} key=${e.node.id} p=${e.node} many=${keys.length > 1} reload=${r.reload} />`)}</ul>
      <button type="button" class="secondary" onClick=${() => act(() => register({ invitation: "", name: "", email: "", passkeyName: "Another device" }), "Passkey added.")}>Add a passkey</button>
      ${msg && html`<p role="status">${msg}</p>`}
    </section>
    <div class="card">
      <button type="button" class="secondary" onClick=${() => signOut(false)}>Sign out</button>
      <button type="button" class="secondary" onClick=${() => signOut(true)}>Sign out everywhere</button>
    </div>
    ${admin && html`<${AdminSettings} me=${me} />`}
  </${Frame}>`;
}
