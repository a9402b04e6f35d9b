import { html } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import { AuthError, login, register } from "../api";
import { useForm } from "../form";
import { fieldError, trimBlank } from "../rules";

function errorText(e: unknown): string {
  if (e instanceof AuthError) return e.message;
  if (e instanceof DOMException && e.name === "NotAllowedError") return "The passkey request was cancelled.";
  return "Something went wrong. Try again.";
}

export function Invite({ token, done }: { token: string; done: () => void }) {
  const [busy, setBusy] = useState(false);
  const setup = new URLSearchParams(location.search).has("setup");
  const read = (f: FormData) => ({
    name: trimBlank(String(f.get("name") ?? "")), email: trimBlank(String(f.get("email") ?? "")),
    organization: trimBlank(String(f.get("organization") ?? "")), passkeyName: trimBlank(String(f.get("passkeyName") ?? "")),
  });
  // Checked on the phone first, with the server's rules, so that no passkey
  // is made for a form the server would refuse.
  const form = useForm((f) => {
    const r = read(f);
    // Each field of the form, with the entity and field whose rule it follows.
    const checks: [string, string, string, string][] = [["name", "Leader", "name", r.name], ["passkeyName", "Passkey", "name", r.passkeyName]];
    if (setup) checks.push(["organization", "Organization", "name", r.organization], ["email", "Leader", "email", r.email]);
    return Object.fromEntries(checks.map(([k, entity, field, v]) => [k, fieldError(entity, field, v)]).filter(([, e]) => e));
  });
  const submit = form.submit(async (f) => {
    const r = read(f);
    setBusy(true);
    try {
      await register({ invitation: token, name: r.name, email: setup ? r.email : "", ...(setup ? { organization: r.organization } : {}), passkeyName: r.passkeyName });
      history.replaceState(null, "", "/");
      done();
    } catch (err) {
      form.refuse(err instanceof AuthError ? { [err.field]: err.message } : { "": errorText(err) });
    } finally {
      setBusy(false);
    }
  });
  return html`<h1>${setup ? "Set up Walker" : "Welcome to Walker"}</h1>
    <p class="muted">${setup ? "You are the first admin. Name your organization and say who you are." : "You were invited."} Walker has no passwords: create a passkey on this device to sign in.</p>
    <form onSubmit=${submit} onInput=${form.onInput} ref=${form.ref} aria-label="Create a passkey" novalidate>
      ${setup && html`<label>Organization <input autocomplete="organization" required ...${form.field("organization")} />${form.error("organization")}</label>`}
      <label>Your name <input autocomplete="name" required ...${form.field("name")} />${form.error("name")}</label>
      ${setup && html`<label>Your email <input type="email" autocomplete="email" required ...${form.field("email")} />${form.error("email")}</label>`}
      <label>Name this passkey <input defaultValue="This phone" required ...${form.field("passkeyName")} />${form.error("passkeyName")}</label>
      ${form.others()}
      <button type="submit" disabled=${busy}>Create a passkey</button>
    </form>`;
}

export function SignIn({ done }: { done: () => void }) {
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const [autofill] = useState(() => new AbortController());
  useEffect(() => {
    // Passkey autofill where the browser offers it.
    PublicKeyCredential.isConditionalMediationAvailable?.().then((ok) => {
      if (ok) login(autofill.signal, true).then(done, () => {});
    });
    return () => autofill.abort();
  }, []);
  async function click() {
    autofill.abort();
    setBusy(true);
    setError("");
    try {
      await login();
      done();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }
  return html`<h1>Walker</h1>
    <p class="muted">Show whether you walk the talk: log the customers you meet, in seconds.</p>
    <div class="card">
      <label>Email <input name="username" autocomplete="username webauthn" placeholder="Use your passkey" /></label>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      <button type="button" onClick=${click} disabled=${busy}>Sign in with a passkey</button>
    </div>`;
}

