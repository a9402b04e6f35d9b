// Typed GraphQL operations: gql.tada reads the schema the server publishes
// (docs/schema.graphql, kept identical to the served one by a golden test) and
// types every operation; `npm run build` checks them first, so a schema change
// breaks the app's build, not the user.
import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

export const graphql = initGraphQLTada<{
  introspection: introspection;
  // Fragments describe the records the replica keeps; their fields are read
  // where the record is, not through readFragment.
  disableMasking: true;
  scalars: { Time: string; UUID: string; ID: string; Cursor: string };
}>();

export type { ResultOf, VariablesOf } from "gql.tada";
