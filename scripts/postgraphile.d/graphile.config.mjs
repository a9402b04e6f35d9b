// PostGraphile 5 over a Walker PostgreSQL database, configured as a production
// deployment would be: the Amber preset, no GraphiQL, no watch mode, no
// websockets, no explain and no schema export, so that a request costs
// parsing, planning (cached per operation) and SQL, nothing else.
// Env: DATABASE_URL (postgres://...), PORT; it listens on 127.0.0.1.
import "postgraphile";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  // PostGraphile hides relations whose foreign key has no index; Walker's
  // follow_ups.conversation_id has none, yet Walker serves
  // Conversation.followUps, so the peer must serve it too. (Without that
  // index PostGraphile scans follow_ups once per conversation, Walker once.)
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      // Like Walker on PostgreSQL (server/store: 20 open, 20 idle, kept):
      // at most 20 connections, never closed for being idle.
      poolConfig: { max: 20, idleTimeoutMillis: 0 },
      // No LISTEN connection: the benchmark uses no subscriptions.
      pubsub: false,
    }),
  ],
  grafserv: {
    host: "127.0.0.1",
    port: Number(process.env.PORT || 5678),
    graphqlPath: "/graphql",
    graphiql: false,
    watch: false,
    websockets: false,
  },
  grafast: { explain: false },
};

export default preset;
