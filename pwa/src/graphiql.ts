// GraphiQL for integrators, built with the app's toolchain and served by
// Walker itself, so that it runs under the same strict Content-Security-Policy
// as every page (no CDN, no inline script or style). GraphiQL 3 is the last
// line on CodeMirror 5, which injects no <style> elements and needs no eval.
import { GraphiQL, type GraphiQLProps } from "graphiql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import "@graphiql/react/dist/style.css";
import "graphiql/src/style.css";
import "./graphiql.css";

/** fetcher posts to Walker's API with the headers typed in the headers editor. */
const fetcher: GraphiQLProps["fetcher"] = async (params, opts) => {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "Content-Type": "application/json", ...opts?.headers },
    body: JSON.stringify(params),
  });
  return res.json();
};

const defaultQuery = `# Walker's GraphQL API. Put your token in Headers below:
#   {"Authorization": "Bearer wk_..."}
# then run this query with the ▶ button (or Ctrl-Enter).
{
  viewer { name }
}
`;

createRoot(document.getElementById("graphiql")!).render(
  createElement(GraphiQL, {
    fetcher,
    defaultQuery,
    defaultHeaders: `{"Authorization": "Bearer wk_..."}`,
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: "headers",
    shouldPersistHeaders: false,
  }),
);
