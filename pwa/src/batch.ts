// Several typed queries in one request: filling the replica reads many pages
// (50,000 customers are 500 pages of 100), and one round trip per page is
// slow on a phone's network and spends the rate limit. batch merges queries
// (each checked against the schema by gql.tada) into one document, each
// query's variables and root fields renamed apart (q3_after, q3_customers),
// their fragments once; split gives each query its own answer back.
import { Kind, print, visit, type DefinitionNode, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionNode, type VariableDefinitionNode } from "@0no-co/graphql.web";
import type { TadaDocumentNode } from "gql.tada";

/** Part is one query of a batch with its variables. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a batch holds queries of any variables
export interface Part<R = unknown, V = any> {
  doc: TadaDocumentNode<R, V>;
  variables: V;
}

/** part makes a Part, keeping its types. */
export const part = <R, V>(doc: TadaDocumentNode<R, V>, variables: V): Part<R, V> => ({ doc, variables });

/** Batch is one request for several queries. */
export interface Batch {
  query: string;
  variables: Record<string, unknown>;
  /** The number of root fields, each of which is aliased (the server allows 30 aliases a request). */
  fields: number;
}

const operation = (doc: DocumentNode): OperationDefinitionNode => {
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!op || op.operation !== "query") throw new Error("batch: only queries can be batched");
  return op;
};

/** batch merges parts into one query. */
export function batch(parts: Part[]): Batch {
  const selections: SelectionNode[] = [];
  const vars: VariableDefinitionNode[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  const variables: Record<string, unknown> = {};
  parts.forEach((p, i) => {
    const prefix = `q${i}_`;
    const op = operation(p.doc);
    const renamed = visit(op, {
      Variable: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
    }) as OperationDefinitionNode;
    vars.push(...(renamed.variableDefinitions ?? []));
    for (const s of renamed.selectionSet.selections) {
      if (s.kind !== Kind.FIELD) throw new Error("batch: a query's root selections must be fields");
      const alias = prefix + (s.alias?.value ?? s.name.value);
      selections.push({ ...s, alias: { kind: Kind.NAME, value: alias } } as FieldNode);
    }
    for (const d of p.doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    for (const [k, v] of Object.entries((p.variables ?? {}) as Record<string, unknown>)) variables[prefix + k] = v;
  });
  const op: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: "query" as OperationDefinitionNode["operation"],
    name: { kind: Kind.NAME, value: "Batch" },
    variableDefinitions: vars,
    directives: [],
    selectionSet: { kind: Kind.SELECTION_SET, selections },
  };
  const doc: DocumentNode = { kind: Kind.DOCUMENT, definitions: [op, ...fragments.values()] as DefinitionNode[] };
  return { query: print(doc), variables, fields: selections.length };
}

/** split returns each part's answer from the batch's answer, in order. */
export function split(parts: Part[], data: Record<string, unknown>): unknown[] {
  return parts.map((_, i) => {
    const prefix = `q${i}_`;
    return Object.fromEntries(Object.entries(data).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
  });
}
