import { afterEach, describe, expect, it, vi } from "vitest";
import { AuthError, register } from "../src/api";

afterEach(() => vi.unstubAllGlobals());

describe("register", () => {
  it("sends the organization and reports a refusal under the field the server names", async () => {
    const sent: unknown[] = [];
    vi.stubGlobal("fetch", async (_: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify({ errors: [{ message: "is already taken", extensions: { code: "BAD_USER_INPUT", field: "email" } }] }), { status: 400 });
    });
    const r = { invitation: "wi_x", name: "Fay", email: "fay@bakery.example", organization: "Fay's Bakery", passkeyName: "This phone" };
    const err = await register(r).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthError);
    expect([(err as AuthError).message, (err as AuthError).field]).toEqual(["is already taken", "email"]);
    expect(sent).toEqual([r]);
  });

  it("says an invitation that is not valid any more is so, under no field", async () => {
    vi.stubGlobal("fetch", async () => new Response("{}", { status: 401 }));
    const err = (await register({ invitation: "wi_x", name: "Fay", email: "", passkeyName: "p" }).catch((e: unknown) => e)) as AuthError;
    expect([err.field, err.message]).toEqual(["", "This invitation link is not valid any more: ask your admin for a new one."]);
  });
});
