// Webhooks, for admins in Settings: the endpoints that receive the
// organization's changes (docs/API.md §18), their state, recent deliveries,
// and the actions on them. Online only, like the rest of the admin settings:
// these answer secrets or change what leaves the organization.
import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { run } from "../api";
import { graphql } from "../graphql";
import { fieldErrors, trimBlank } from "../rules";
import { MoreButton, PagesState, State, fmtTime, n, plural, usePages, useRead } from "../ui";
import { useAct, useOnlineForm } from "./settings";

const Endpoints = graphql(`
  query WebhookEndpoints($after: Cursor) {
    webhookEndpoints(first: 20, after: $after, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id url description changeTypes enabled disabledReason
        delivery { attempts failingSince nextAttemptAt }
        deliveries(last: 5) { edges { node { id eventType kind status responseStatus error createdAt } } } } }
    }
  }
`);
const EventTypes = graphql(`query WebhookEventTypes { webhookEventTypes { name description } }`);
const CreateEndpoint = graphql(`mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`);
const UpdateEndpoint = graphql(`mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { id } }`);
const DeleteEndpoint = graphql(`mutation DeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }`);
const Rotate = graphql(`mutation RotateWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`);
const SendTest = graphql(`mutation SendTestWebhook($id: ID!) { sendTestWebhook(endpointID: $id) { id } }`);
const Redeliver = graphql(`mutation RedeliverWebhook($id: ID!) { redeliverWebhook(deliveryID: $id) { id } }`);

/** stateOf says in words where an endpoint stands. */
function stateOf(e: { enabled: boolean; disabledReason?: string | null; delivery: { attempts: number; failingSince?: string | null; nextAttemptAt?: string | null } }): string {
  if (!e.enabled) return e.disabledReason ? `Disabled by Walker: ${e.disabledReason}.` : "Paused.";
  if (e.delivery.failingSince) {
    return `Failing since ${fmtTime(e.delivery.failingSince)} (${n(e.delivery.attempts)} attempts)` +
      (e.delivery.nextAttemptAt ? `; next try ${fmtTime(e.delivery.nextAttemptAt)}.` : ".");
  }
  return "Active: every change is delivered.";
}

/** Webhooks lists the organization's webhook endpoints and adds them. */
export function Webhooks() {
  const list = usePages(Endpoints, {}, (r) => r.webhookEndpoints);
  const types = useRead(EventTypes, {});
  const [msg, act] = useAct(list.reload);
  const [secret, setSecret] = useState("");
  const create = useOnlineForm((f) => fieldErrors("WebhookEndpoint", { url: String(f.get("url") ?? ""), description: String(f.get("description") ?? "") }), async (f) => {
    const changeTypes = f.getAll("changeTypes").map(String);
    const description = trimBlank(String(f.get("description") ?? ""));
    const out = await run(CreateEndpoint, { input: { url: trimBlank(String(f.get("url"))), description: description || undefined, changeTypes } });
    setSecret(out.createWebhookEndpoint.secret);
    return "Endpoint added: it receives the changes made from now on.";
  }, list.reload);
  const c = create.form;
  const wildcards = (types.data?.webhookEventTypes ?? []).filter((t) => t.name.endsWith(".*"));
  return html`<form class="card" aria-label="Webhooks" onSubmit=${create.submit} onInput=${c.onInput} ref=${c.ref} novalidate>
    <h2>Webhooks</h2>
    <p class="muted">Walker sends every change, signed (Standard Webhooks), to these addresses, in order, retrying until it is delivered.</p>
    <label>URL <input type="url" required placeholder="https://…" autocomplete="off" ...${c.field("url")} />${c.error("url")}</label>
    <label>Description <input placeholder="e.g. CRM sync" ...${c.field("description")} />${c.error("description")}</label>
    <fieldset data-testid="webhook-types">
      <legend>What it receives (none chosen: every change)</legend>
      ${types.data ? wildcards.map((t) => html`<label class="check"><input type="checkbox" value=${t.name} ...${c.field("changeTypes")} />
        <span><code>${t.name}</code> <span class="hint muted">${t.description}</span></span></label>`) : html`<${State} r=${types} what="the event types" />`}
      ${c.error("changeTypes")}
    </fieldset>
    ${c.others()}
    <button type="submit">Add endpoint</button>
    ${create.msg && html`<p role="status">${create.msg}</p>`}
    ${secret && html`<div class="secret" role="status"><strong>Signing secret (shown only now: copy it)</strong><code data-testid="webhook-secret">${secret}</code>
      <button type="button" class="secondary" onClick=${() => navigator.clipboard?.writeText(secret)}>Copy</button></div>`}
    <${PagesState} p=${list} what="the webhook endpoints" count=${(shown: number, total: number) => `${plural(total, "endpoint")}${total > shown ? `, ${n(shown)} shown` : ""}.`} />
    <ul class="list">${list.items.map((e) => html`<li data-testid="webhook">
      <strong>${e.url}</strong>${e.description && html` <span class="muted">${e.description}</span>`}
      <p data-testid="webhook-state" class=${e.enabled && !e.delivery.failingSince ? "muted" : "field-error"}>${stateOf(e)}</p>
      <p class="muted">${e.changeTypes?.length ? e.changeTypes.join(", ") : "Every change"}</p>
      <ul class="list">${(e.deliveries.edges ?? []).flatMap((x) => (x?.node ? [x.node] : [])).map((d) => html`<li data-testid="webhook-delivery">${d.eventType}
        <span class="muted">${d.status === "SUCCEEDED" ? "delivered" : d.status === "PENDING" ? "waiting" : "failed"}${d.responseStatus ? ` (${d.responseStatus})` : ""}${d.error ? `: ${d.error}` : ""} · ${fmtTime(d.createdAt)}</span>
        ${d.status !== "PENDING" && html`<button type="button" class="link" onClick=${() => act(() => run(Redeliver, { id: d.id }), "Sent again.")}>Send again</button>`}</li>`)}</ul>
      <button type="button" class="link" onClick=${() => act(() => run(SendTest, { id: e.id }), "Test event sent.")}>Send a test event</button>
      <button type="button" class="link" onClick=${() => act(() => run(UpdateEndpoint, { id: e.id, input: { enabled: !e.enabled } }), e.enabled ? "Paused." : "Resumed: it goes on from where it stopped.")}>${e.enabled ? "Pause" : e.disabledReason ? "Enable again" : "Resume"}</button>
      <button type="button" class="link" onClick=${() => act(async () => setSecret((await run(Rotate, { id: e.id })).rotateWebhookSecret.secret), "New secret: the old one signs too for 24 hours.")}>New secret</button>
      <button type="button" class="link" onClick=${() => act(() => run(DeleteEndpoint, { id: e.id }), "Endpoint removed.")}>Remove</button>
    </li>`)}</ul>
    <${MoreButton} p=${list} />
    ${msg && html`<p role="status">${msg}</p>`}
  </form>`;
}
