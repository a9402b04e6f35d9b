import { print } from "@0no-co/graphql.web";
import type { TadaDocumentNode } from "gql.tada";

// Talking to the server: passkey ceremonies, sessions and GraphQL.

const csrf = { "X-Walker-CSRF": "1" };
let accessToken = "";

export class AuthError extends Error {}

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(path, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body ?? {}),
  });
}

async function signedIn(res: Response): Promise<void> {
  if (!res.ok) throw new AuthError(res.status === 429 ? "Too many attempts: wait a moment." : "Sign-in failed.");
  accessToken = (await res.json()).accessToken;
}

/** refresh restores the session from the refresh cookie; false when there is none. */
export async function refresh(): Promise<boolean> {
  const res = await post("/auth/refresh", {}, csrf);
  if (!res.ok) return false;
  await signedIn(res);
  return true;
}

/** register creates a passkey from an invitation (or, signed in, adds one). */
export async function register(invitation: string, name: string, email: string, passkeyName: string): Promise<void> {
  const begin = await post("/auth/register/begin", { invitation, name, email, passkeyName },
    accessToken ? { Authorization: `Bearer ${accessToken}` } : {});
  if (!begin.ok) {
    const msg = begin.status === 400 ? ((await begin.json()).errors?.[0]?.message ?? "Check the form.") :
      "This invitation link is not valid any more: ask your admin for a new one.";
    throw new AuthError(msg);
  }
  const options = await begin.json();
  const cred = (await navigator.credentials.create({
    publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options.publicKey),
  })) as PublicKeyCredential | null;
  if (!cred) throw new AuthError("No passkey was created.");
  await signedIn(await post("/auth/register/finish", cred.toJSON()));
}

/** login signs in with a passkey; conditional uses the browser's autofill. */
export async function login(signal?: AbortSignal, conditional = false): Promise<void> {
  const begin = await post("/auth/login/begin", {});
  if (!begin.ok) throw new AuthError("Sign-in is not available right now.");
  const options = await begin.json();
  const cred = (await navigator.credentials.get({
    publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options.publicKey),
    mediation: conditional ? "conditional" : "optional",
    signal,
  })) as PublicKeyCredential | null;
  if (!cred) throw new AuthError("No passkey was chosen.");
  await signedIn(await post("/auth/login/finish", cred.toJSON()));
}

export async function logout(everywhere = false): Promise<void> {
  if (everywhere) {
    await post("/auth/logout-everywhere", {}, { Authorization: `Bearer ${accessToken}` });
  }
  await post("/auth/logout", {}, csrf);
  accessToken = "";
}

/** run sends a typed operation as the signed-in person. */
export async function run<R, V>(doc: TadaDocumentNode<R, V>, variables: V): Promise<R> {
  const res = await post("/graphql", { query: print(doc), variables }, { Authorization: `Bearer ${accessToken}` });
  const body = await res.json();
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data as R;
}
