import { html } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import { AuthError, login, register } from "../api";

function errorText(e: unknown): string {
  if (e instanceof AuthError) return e.message;
  if (e instanceof DOMException && e.name === "NotAllowedError") return "The passkey request was cancelled.";
  return "Something went wrong. Try again.";
}

export function Invite({ token, done }: { token: string; done: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const setup = new URLSearchParams(location.search).has("setup");
  async function submit(e: Event) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    setBusy(true);
    setError("");
    try {
      await register(token, String(f.get("name") ?? ""), String(f.get("email") ?? ""), String(f.get("passkeyName") ?? ""));
      history.replaceState(null, "", "/");
      done();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }
  return html`<h1>Welcome to Walker</h1>
    <p class="muted">You were invited. Walker has no passwords: create a passkey on this device to sign in.</p>
    <form onSubmit=${submit} aria-label="Create a passkey">
      <label>Your name <input name="name" autocomplete="name" /></label>
      ${setup && html`<label>Your email <input name="email" type="email" autocomplete="email" required /></label>`}
      <label>Name this passkey <input name="passkeyName" value="This phone" /></label>
      ${error && html`<p class="error" role="alert">${error}</p>`}
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

