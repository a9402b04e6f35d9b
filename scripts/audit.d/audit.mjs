// Runs the GraphQL-over-HTTP spec's server audits (graphql-http's
// auditServer) against a Walker, sending a bearer token with every request
// (Walker answers an anonymous request's fields with UNAUTHENTICATED).
// Usage: node audit.mjs URL TOKEN. Prints one line per audit and exits 1 on
// any warning or error.
import { auditServer } from "graphql-http";

const [url, token] = process.argv.slice(2);
if (!url || !token) {
  console.error("usage: node audit.mjs URL TOKEN");
  process.exit(2);
}
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};
const results = await auditServer({ url, fetchFn });
let failed = 0;
for (const r of results) {
  if (r.status !== "ok") failed++;
  const detail = r.status === "ok" ? "" : ` — ${r.reason}`;
  console.log(`${r.status.toUpperCase().padEnd(5)} ${r.id} ${r.name}${detail}`);
  if (r.status !== "ok" && r.response) {
    const body = await r.response.text().catch(() => "");
    console.log(`      ${r.response.status} ${r.response.headers.get("content-type") ?? ""} ${body.slice(0, 300)}`);
  }
}
console.log(`${results.length} audits, ${failed} not ok`);
process.exit(failed ? 1 : 0);
