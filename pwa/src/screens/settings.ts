import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { register, run } from "../api";
import { graphql } from "../graphql";
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

function AdminSettings({ me }: { me: string }) {
  const r = useRead(Admin, {});
  const [msg, act] = useAct(r.reload);
  const [secret, setSecret] = useState<{ kind: string; value: string } | null>(null);
  const form = (e: Event) => (e.preventDefault(), new FormData(e.target as HTMLFormElement));
  async function invite(e: Event) {
    const f = form(e);
    await act(async () => {
      const out = await run(Invite, { input: { email: String(f.get("email")), role: String(f.get("role")) as "LEADER" } });
      setSecret({ kind: "Invitation link (send it to them; valid 7 days, once)", value: out.createInvitation.url });
    }, "Invitation created.");
  }
  async function token(e: Event) {
    const f = form(e);
    await act(async () => {
      const out = await run(CreateToken, { input: { name: String(f.get("name")), scope: String(f.get("scope")) as "READ", expiresInDays: Number(f.get("days")) } });
      setSecret({ kind: "API token (shown only now: copy it)", value: out.createAPIToken.token });
    }, "Token created.");
  }
  return html`<section class="card" aria-label="People">
      <h2>People</h2>
      <ul class="list">${r.data?.leaders.edges?.map((e) => e?.node && html`<li>${e.node.name} <span class="muted">${e.node.email} · ${words(e.node.role)}${e.node.deactivatedAt ? " · no access" : ""}</span>
        ${!e.node.deactivatedAt && e.node.id !== me && html` <button type="button" class="link" onClick=${() => confirm(`Revoke ${e.node!.name}'s access now?`) && act(() => run(RevokeAccess, { id: e.node!.id }), "Access revoked.")}>Revoke access</button>`}</li>`)}</ul>
    </section>
    <form class="card" aria-label="Invite a person" onSubmit=${invite}>
      <h2>Invite a person</h2>
      <label>Email <input name="email" type="email" required autocomplete="off" /></label>
      <label>Role <select name="role"><option value="LEADER">Leader</option><option value="MEMBER">Member</option><option value="ADMIN">Admin</option></select></label>
      <button type="submit">Create invitation link</button>
      <ul class="list">${r.data?.invitations.edges?.map((e) => e?.node && html`<li>${e.node.email ?? "setup link"} <span class="muted">${words(e.node.role)} · until ${fmtDate(e.node.expiresAt)}</span>
        <button type="button" class="link" onClick=${() => act(() => run(RevokeInvitation, { id: e.node!.id }), "Invitation revoked.")}>Revoke</button></li>`)}</ul>
    </form>
    <form class="card" aria-label="Integrator API tokens" onSubmit=${token}>
      <h2>Integrator API tokens</h2>
      <label>Name <input name="name" required placeholder="e.g. BI export" /></label>
      <div class="row">
        <label>Scope <select name="scope"><option value="READ">Read</option><option value="READ_WRITE">Read and write</option></select></label>
        <label>Days valid <input name="days" type="number" min="1" max="730" value="90" /></label>
      </div>
      <button type="submit">Create token</button>
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
      <${State} r=${r} />
      <ul class="list">${keys.map((e) => e?.node && html`<li>
        <form class="inline" onSubmit=${(ev: Event) => { ev.preventDefault(); const name = String(new FormData(ev.target as HTMLFormElement).get("name")); act(() => run(RenamePasskey, { id: e.node!.id, name }), "Passkey renamed."); }}>
          <label>Name <input name="name" value=${e.node.name} /></label>
          <span class="muted">${e.node.synced ? "Synced" : "This device only"} · added ${fmtDate(e.node.createdAt)}${e.node.lastUsedAt ? " · used " + fmtDate(e.node.lastUsedAt) : ""}</span>
          <div class="actions"><button type="submit" class="secondary">Rename</button>
          ${keys.length > 1 && html`<button type="button" class="link" onClick=${() => confirm("Delete this passkey?") && act(() => run(DeletePasskey, { id: e.node!.id }), "Passkey deleted.")}>Delete</button>`}</div>
        </form></li>`)}</ul>
      <button type="button" class="secondary" onClick=${() => act(() => register("", "", "", "Another device"), "Passkey added.")}>Add a passkey</button>
      ${msg && html`<p role="status">${msg}</p>`}
    </section>
    <div class="card">
      <button type="button" class="secondary" onClick=${() => signOut(false)}>Sign out</button>
      <button type="button" class="secondary" onClick=${() => signOut(true)}>Sign out everywhere</button>
    </div>
    ${admin && html`<${AdminSettings} me=${me} />`}
  </${Frame}>`;
}
