import { print } from "@0no-co/graphql.web";
import type { TadaDocumentNode } from "gql.tada";

// Talking to the server: passkey ceremonies, sessions and GraphQL.

const csrf = { "X-Walker-CSRF": "1" };
let accessToken = "";

/** AuthError is a refused sign-in or registration; field is the form field a refusal names. */
export class AuthError extends Error {
  constructor(message: string, readonly field = "") {
    super(message);
  }
}

/** Registration is what a person gives to create a passkey from an invitation. */
export interface Registration {
  invitation: string;
  name: string;
  email: string;
  /** The organization's name, asked by the first-run setup link only. */
  organization?: string;
  passkeyName: string;
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(path, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body ?? {}),
  });
}

// A flag (not a secret: the session itself is an HttpOnly cookie) that this
// browser has a session, so that a first visit does not ask the server for one
// it cannot have.
const SESSION = "walker.session";

async function signedIn(res: Response): Promise<void> {
  if (!res.ok) throw new AuthError(res.status === 429 ? "Too many attempts: wait a moment." : "Sign-in failed.");
  accessToken = (await res.json()).accessToken;
  localStorage.setItem(SESSION, "1");
}

let refreshing: Promise<boolean> | null = null;

/**
 * refresh restores the session from the refresh cookie; false when there is
 * none, and it throws when the server cannot be reached. Calls made while one
 * runs share it: the refresh token rotates, and presenting a spent one twice
 * would end the session (reuse detection).
 */
export function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    if (!localStorage.getItem(SESSION)) return false;
    const res = await post("/auth/refresh", {}, csrf);
    if (!res.ok) {
      localStorage.removeItem(SESSION);
      return false;
    }
    await signedIn(res);
    return true;
  })().finally(() => (refreshing = null));
  return refreshing;
}

/** register creates a passkey from an invitation (or, signed in, adds one). */
export async function register(r: Registration): Promise<void> {
  const begin = await post("/auth/register/begin", r, accessToken ? { Authorization: `Bearer ${accessToken}` } : {});
  if (!begin.ok) {
    if (begin.status !== 400) throw new AuthError("This invitation link is not valid any more: ask your admin for a new one.");
    const err: { message?: string; extensions?: { field?: string } } | undefined = (await begin.json().catch(() => null))?.errors?.[0];
    throw new AuthError(err?.message ?? "Check the form.", err?.extensions?.field);
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
  localStorage.removeItem(SESSION);
}

/** NetworkError: the server could not be reached (offline, or it is down). */
export class NetworkError extends Error {}

/**
 * GraphQLError: the server answered with an error, its extensions.code and
 * the input field it names; for a CONFLICT of a stale edit, current is the
 * record as it is now.
 */
export class GraphQLError extends Error {
  constructor(message: string, readonly code: string, readonly status: number, readonly field = "", readonly current?: Record<string, unknown>,
    /** For RATE_LIMITED: how long (ms) until the server will take the request. */
    readonly retryAfter = 0) {
    super(message);
  }
}

/** Cost is a GraphQL answer's extensions.cost: what the request cost, and the caller's budget after it (docs/API.md). */
export interface Cost {
  requestedQueryCost: number;
  actualQueryCost?: number;
  throttleStatus?: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}

const costListeners = new Set<(c: Cost) => void>();

/** onCost calls fn with every answer's cost (the fill paces itself by the budget); it returns the unsubscribe. */
export function onCost(fn: (c: Cost) => void): () => void {
  costListeners.add(fn);
  return () => costListeners.delete(fn);
}

/**
 * waitOf is how long (ms) a refused request should wait: until its cost is
 * restored, by the budget the refusal reports (exact), or else the
 * Retry-After the server sent (whole seconds), or a second.
 */
function waitOf(res: Response, ext: { cost?: Cost; retryAfter?: number } | undefined): number {
  const c = ext?.cost;
  const th = c?.throttleStatus;
  if (c && th && th.restoreRate > 0) return Math.ceil(((c.requestedQueryCost - th.currentlyAvailable) / th.restoreRate) * 1000) + 50;
  const s = Number(ext?.retryAfter ?? res.headers.get("Retry-After"));
  return Number.isFinite(s) && s > 0 ? s * 1000 : 1000;
}

/** expiresSoon tells whether the access token is missing or ends within a minute. */
function expiresSoon(): boolean {
  try {
    const { exp } = JSON.parse(atob(accessToken.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")));
    return exp * 1000 - Date.now() < 60_000;
  } catch {
    return true;
  }
}

/**
 * send posts one GraphQL request as the signed-in person, renewing the
 * access token first when it has expired (as it may have while offline) and
 * once more if the server says it did.
 */
export async function send(query: string, variables: unknown): Promise<Record<string, unknown>> {
  for (let attempt = 0; ; attempt++) {
    if (expiresSoon()) await refresh().catch(() => false);
    let res: Response;
    try {
      res = await post("/graphql", { query, variables }, { Authorization: `Bearer ${accessToken}` });
    } catch {
      throw new NetworkError("You are offline.");
    }
    const body: {
      data?: Record<string, unknown>;
      errors?: { message: string; extensions?: { code?: string; field?: string; current?: Record<string, unknown>; cost?: Cost; retryAfter?: number } }[];
      extensions?: { cost?: Cost };
    } | null = await res.json().catch(() => null);
    const err = body?.errors?.[0];
    const cost = body?.extensions?.cost ?? err?.extensions?.cost;
    if (cost?.throttleStatus) costListeners.forEach((fn) => fn(cost));
    if (!err) {
      if (res.ok && body?.data) return body.data;
      // An answer that is not GraphQL's: a proxy or a server in trouble.
      throw res.status >= 500 || res.status === 429 ? new NetworkError("The server is busy.") : new GraphQLError("Unexpected answer.", "INTERNAL", res.status);
    }
    const code = err.extensions?.code ?? "INTERNAL";
    if (code === "UNAUTHENTICATED" && attempt === 0) {
      accessToken = "";
      continue;
    }
    throw new GraphQLError(err.message, code, res.status, err.extensions?.field, err.extensions?.current, code === "RATE_LIMITED" ? waitOf(res, err.extensions) : 0);
  }
}

/** run sends a typed operation as the signed-in person. */
export async function run<R, V>(doc: TadaDocumentNode<R, V>, variables: V): Promise<R> {
  return (await send(print(doc), variables)) as R;
}
