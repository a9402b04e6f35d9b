// Bringing the replica up to date. The first time (and after RESYNC_REQUIRED,
// an eviction, or another person signing in) it is filled: the change log's
// cursor is taken first, then the lists are read, many pages a request; from
// then on it follows the log from the cursor, applying each change once by
// (id, version). The cursor is written with the records, in one transaction.
// The server charges each person's requests to a budget of cost points
// (docs/API.md): the fill paces its rounds by what the answers say is left,
// and a request refused for the budget (429) waits as long as the server says
// and is sent again, so that no page is lost or skipped.
import { print } from "@0no-co/graphql.web";
import { applyAll, stale, type Change, type Scope, type Step } from "./apply";
import { batch, part, split, type Part } from "./batch";
import { GraphQLError, type Cost } from "./api";
import { graphql } from "./graphql";
import { PAGE, lists, ranges, within, type List } from "./lists";
import { ConversationRow, ConversationWhole, CommitmentRow, CustomerRow, DecisionRow, EndorsementRow, FollowUpRow, NominationRow, PersonRow, PlanRow, ReviewRow, entityOf, normalize, storeNames, type Rec } from "./records";
import type { Meta, Replica } from "./replica";

/** Send posts one GraphQL request and returns its data (api.send). */
export type Send = (query: string, variables: unknown) => Promise<Record<string, unknown>>;

export const CursorQuery = graphql(`query ChangesCursor { changesCursor }`);

export const ChangesQuery = graphql(`
  query Changes($after: String, $entities: [ChangeEntity!]) {
    changes(after: $after, first: 100, entities: $entities) {
      edges { node { entity operation id version node {
        __typename ...CustomerRow ...PersonRow ...ConversationRow ...FollowUpRow ...DecisionRow ...NominationRow ...EndorsementRow ...ReviewRow ...CommitmentRow ...PlanRow
      } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`, [CustomerRow, PersonRow, ConversationRow, FollowUpRow, DecisionRow, NominationRow, EndorsementRow, ReviewRow, CommitmentRow, PlanRow]);

export const WholeConversation = graphql(`
  query WholeConversation($id: ID!) { node(id: $id) { __typename ...ConversationWhole } }
`, [ConversationWhole]);

/** The server's limits on one request (docs/API.md §10), with room to spare. */
const BUDGET = { cost: 9000, fields: 28 };

const entities = storeNames.map((s) => entityOf[s]);

/** scopeKey names a working set: whose, and with which role. */
export const scopeKey = (s: Scope): string => `${s.me}:${s.admin ? "admin" : "member"}:${KINDS}`;

/** KINDS is the version of what the replica keeps: raised when a kind is added (plans: 2), so that a replica filled before is filled again. */
const KINDS = 2;

/** Progress is how far a fill is: records read of those to read. */
export interface Progress {
  read: number;
  total: number;
}

/** rounds packs parts into requests within the budget; one part over it goes alone. */
function rounds<T extends { cost: number; fields: number }>(items: T[], budget = BUDGET): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let cost = 0;
  let fields = 0;
  for (const it of items) {
    if (cur.length && (cost + it.cost > budget.cost || fields + it.fields > budget.fields)) {
      out.push(cur);
      cur = [];
      cost = fields = 0;
    }
    cur.push(it);
    cost += it.cost;
    fields += it.fields;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** ask sends parts as one request (or fewer at a time when the server finds it too costly) and returns their answers. */
async function ask(send: Send, parts: Part[]): Promise<Record<string, unknown>[]> {
  const b = batch(parts);
  try {
    return split(parts, await send(b.query, b.variables)) as Record<string, unknown>[];
  } catch (err) {
    if (!(err instanceof GraphQLError && err.code === "COST_LIMIT") || parts.length === 1) throw err;
    const half = Math.ceil(parts.length / 2);
    return [...(await ask(send, parts.slice(0, half))), ...(await ask(send, parts.slice(half)))];
  }
}

/** Sleep waits ms milliseconds. */
export type Sleep = (ms: number) => Promise<void>;
const pause: Sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** How often one request refused for the budget is sent again before the pull gives up (and the next sync starts over). */
const PATIENCE = 20;
/** The longest one wait for the budget, whatever the server says. */
const LONGEST_WAIT = 60_000;
/** The share of the budget a fill leaves for the screens' own reads. */
const RESERVE = 0.1;

interface Chain {
  list: List;
  where: Record<string, unknown> | null;
  after: string | null;
}

/** Puller fills the replica and keeps it current; one pull runs at a time. */
export class Puller {
  private running: Promise<void> | null = null;
  private again = false;
  progress: Progress | null = null;
  private listeners = new Set<() => void>();
  /** The person's budget as the last answer told it, and when (performance.now()). */
  private budget: { available: number; max: number; rate: number; at: number } | null = null;
  /** How long the running fill waited for the budget, and how many of its requests were refused for it. */
  private waited = { ms: 0, refused: 0 };

  constructor(private replica: Replica, private send: Send, private sleep: Sleep = pause) {}

  /** spent tells the puller what an answer cost and what is left of the budget (api.onCost). */
  spent(c: Cost): void {
    const th = c.throttleStatus;
    if (th) this.budget = { available: th.currentlyAvailable, max: th.maximumAvailable, rate: th.restoreRate, at: performance.now() };
  }

  private async wait(ms: number): Promise<void> {
    this.waited.ms += ms;
    await this.sleep(ms);
  }

  /** room waits until the budget, as last known, holds cost and the reserve. */
  private async room(cost: number): Promise<void> {
    const b = this.budget;
    if (!b || b.rate <= 0) return;
    const need = Math.min(b.max, cost + b.max * RESERVE);
    const now = Math.min(b.max, b.available + (b.rate * (performance.now() - b.at)) / 1000);
    if (now < need) await this.wait(Math.min(LONGEST_WAIT, Math.ceil(((need - now) / b.rate) * 1000)));
  }

  /** post sends a request, again after the wait the server asks for when the budget refuses it. */
  private post: Send = async (query, variables) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.send(query, variables);
      } catch (err) {
        if (!(err instanceof GraphQLError && err.code === "RATE_LIMITED") || attempt >= PATIENCE) throw err;
        this.waited.refused++;
        await this.wait(Math.min(LONGEST_WAIT, err.retryAfter || 1000));
      }
    }
  };

  onProgress(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private report(p: Progress | null): void {
    this.progress = p;
    this.listeners.forEach((fn) => fn());
  }

  /** pull brings the replica up to date for scope: filled when it is not (for that scope), else from the log. */
  pull(scope: () => Scope): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      const began = performance.now();
      let n = 0;
      do {
        this.again = false;
        try {
          n += await this.once(scope());
        } catch (err) {
          if (!this.again) throw err; // asked again meanwhile (the replica was evicted under it): go round
        }
      } while (this.again);
      // pulled is the last time changes came, for Settings: a pull that found none says only when it looked.
      const pulled = n ? { pulled: { changes: n, ms: Math.round(performance.now() - began) } } : {};
      if (this.replica.meta) await this.replica.write([], { syncedAt: Date.now(), ...pulled });
    })().finally(() => (this.running = null));
    return this.running;
  }

  /** once fills or follows, and returns how many changes of the log it applied. */
  private async once(scope: Scope): Promise<number> {
    await this.replica.load();
    const m = this.replica.meta;
    if (!m || m.state !== "ready" || m.scope !== scopeKey(scope)) return this.fill(scope);
    try {
      return await this.follow(scope);
    } catch (err) {
      if (!(err instanceof GraphQLError && err.code === "RESYNC_REQUIRED")) throw err;
      return this.fill(scope); // fell behind what the server keeps: read the lists again
    }
  }

  /** fill reads the working set anew: the cursor first, then every list. */
  async fill(scope: Scope): Promise<number> {
    const began = performance.now();
    this.waited = { ms: 0, refused: 0 };
    const cursor = String((await this.post(print(CursorQuery), {})).changesCursor);
    const meta: Meta = {
      state: "filling", scope: scopeKey(scope), cursor, filledAt: 0, fillMs: 0, syncedAt: 0, pulled: { changes: 0, ms: 0 }, budget: { waitedMs: 0, refused: 0 },
    };
    await this.replica.clear(meta);
    // Where the fill's time goes (ms): for the benchmarks and Settings' figures.
    const phases = { start: performance.now() - began, bounds: 0, pages: 0, writes: 0, complete: 0, rounds: 0 };
    let t = performance.now();
    const lap = () => {
      const now = performance.now();
      const d = now - t;
      t = now;
      return d;
    };
    // How much each list holds, and its ids' spread, to read it as chains side by side.
    const bounds = await ask(this.post, lists.map((l) => part(l.bounds, { where: l.where(scope) as never })));
    const chains: Chain[] = [];
    let total = 0;
    lists.forEach((l, i) => {
      const b = bounds[i] as { low: { totalCount: number; edges: { node: { id: string } }[] }; high: { edges: { node: { id: string } }[] } };
      const n = b.low.totalCount;
      if (!n || !b.low.edges[0] || !b.high.edges[0]) return;
      total += n;
      for (const r of ranges(b.low.edges[0].node.id, b.high.edges[0].node.id, n)) chains.push({ list: l, where: within(l.where(scope), r), after: null });
    });
    phases.bounds = lap();
    let read = 0;
    this.report({ read, total });
    // Round after round, each chain's next page; a round's records are
    // written while the next round is read.
    let active = chains;
    let writing: Promise<void> = Promise.resolve();
    while (active.length) {
      const round = rounds(active.map((c) => ({ c, cost: c.list.cost, fields: 1 })))[0].map((x) => x.c);
      lap();
      await this.room(round.reduce((sum, c) => sum + c.list.cost, 0));
      const answers = await ask(this.post, round.map((c) => part(c.list.page, { after: c.after, where: c.where as never })));
      phases.pages += lap();
      phases.rounds++;
      const steps: Step[] = [];
      round.forEach((c, i) => {
        const conn = Object.values(answers[i])[0] as { edges: ({ cursor: string; node: Record<string, unknown> | null } | null)[] | null };
        const edges = conn.edges ?? [];
        for (const e of edges) if (e?.node) steps.push({ kind: "put", store: c.list.store, record: normalize(c.list.store, e.node) });
        c.after = edges.length === PAGE ? (edges[PAGE - 1]?.cursor ?? null) : null;
      });
      await writing;
      phases.writes += lap(); // the records turned into steps, and the wait for the last round's write
      writing = this.replica.write(steps);
      read += steps.length;
      this.report({ read, total: Math.max(total, read) });
      const finished = new Set(round.filter((c) => c.after === null)); // a page of fewer than 100 was the last
      active = active.filter((c) => !finished.has(c));
    }
    lap();
    await writing;
    phases.writes += lap();
    await this.complete();
    phases.complete = lap();
    const now = Date.now();
    const ms = (x: number) => Math.round(x);
    await this.replica.write([], {
      state: "ready", filledAt: now, fillMs: Math.round(performance.now() - began), syncedAt: now, budget: { waitedMs: this.waited.ms, refused: this.waited.refused },
      phases: { start: ms(phases.start), bounds: ms(phases.bounds), pages: ms(phases.pages), writes: ms(phases.writes), complete: ms(phases.complete), rounds: phases.rounds },
    });
    this.report(null);
    return this.follow(scope); // what changed while the lists were read
  }

  /** follow applies the changes after the replica's cursor, page by page, and returns how many came. */
  async follow(scope: Scope): Promise<number> {
    let n = 0;
    for (;;) {
      const cursor = this.replica.meta!.cursor;
      const data = (await this.post(print(ChangesQuery), { after: cursor, entities })) as {
        changes: { edges: { node: Change }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
      const changes = data.changes.edges.map((e) => e.node);
      n += changes.length;
      const steps = applyAll(changes, scope, this.replica);
      await this.replica.write(steps, { cursor: data.changes.pageInfo.endCursor });
      if (steps.length) await this.complete();
      if (!data.changes.pageInfo.hasNextPage) break;
    }
    await this.prune(scope);
    return n;
  }

  /** complete reads again whole the conversations that have more customers than a page brings. */
  private async complete(): Promise<void> {
    const partial = [...this.replica.all("conversations").values()].filter((c) => c.partial);
    for (let i = 0; i < partial.length; i += 5) {
      const answers = await ask(this.post, partial.slice(i, i + 5).map((c) => part(WholeConversation, { id: c.id })));
      const steps: Step[] = answers.flatMap((a) => {
        const node = a.node as Record<string, unknown> | null;
        if (!node) return [];
        const { partial: _, ...record } = normalize("conversations", node) as Rec & { partial?: boolean };
        return [{ kind: "put" as const, store: "conversations" as const, record }];
      });
      await this.replica.write(steps);
    }
  }

  /** prune drops what left the working set with time (conversations older than a year). */
  private async prune(scope: Scope): Promise<void> {
    const r = this.replica;
    const steps = stale(scope, { conversations: r.all("conversations").values(), followUps: r.all("followUps").values() }, r)
      .map(([store, id]): Step => ({ kind: "delete", store, id, version: 0 }));
    if (steps.length) await r.write(steps);
  }
}
