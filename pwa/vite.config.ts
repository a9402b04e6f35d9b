import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type Rollup } from "vite";

/** reachable lists the files an entry loads: its chunk, the chunks it imports, their CSS and assets. */
function reachable(bundle: Rollup.OutputBundle, entry: string): Set<string> {
  const out = new Set<string>();
  const visit = (file: string) => {
    const b = bundle[file];
    if (!b || out.has(file)) return;
    out.add(file);
    if (b.type !== "chunk") return;
    [...b.imports, ...b.dynamicImports, ...(b.viteMetadata?.importedCss ?? []), ...(b.viteMetadata?.importedAssets ?? [])].forEach(visit);
  };
  Object.values(bundle).forEach((b) => b.type === "chunk" && b.isEntry && b.name === entry && visit(b.fileName));
  return out;
}

// serviceWorker emits sw.js with the app shell of this build and a version
// derived from it, so that a new build replaces the old cache. The shell is
// the app's entry and what it loads: GraphiQL (the second entry, for
// integrators at a desk) stays out of it, so a phone never downloads it.
function serviceWorker(): Plugin {
  return {
    name: "walker-service-worker",
    apply: "build",
    generateBundle(_options, bundle) {
      const app = reachable(bundle, "index");
      const built = [...app].map((f) => `/${f}`).sort();
      const shell = ["/", ...built, "/manifest.webmanifest", "/icon.svg", "/icon-maskable.svg", "/icon-192.png", "/icon-512.png", "/icon-maskable-512.png", "/apple-touch-icon.png"];
      const contents = [...app, "index.html"].flatMap((f) => (bundle[f] ? [bundle[f]] : [])).map((b) => (b.type === "chunk" ? b.code : String(b.source))).join("\n");
      const version = createHash("sha256").update(shell.join("\n")).update(contents).digest("hex").slice(0, 12);
      const source = readFileSync("src/sw.js", "utf8")
        .replace("__VERSION__", version)
        .replace("__SHELL__", JSON.stringify(shell));
      this.emitFile({ type: "asset", fileName: "sw.js", source });
    },
  };
}

// The bundle goes to dist/, which pwa/embed.go embeds into the Go binary:
// the app (index.html) and GraphiQL (graphiql.html). Nothing is inlined as a
// data: URL, which the pages' Content-Security-Policy refuses.
export default defineConfig({
  plugins: [serviceWorker()],
  // GraphiQL's dialogs would add a <style> element, which the CSP refuses.
  resolve: { alias: { "react-style-singleton": fileURLToPath(new URL("src/style-singleton.ts", import.meta.url)) } },
  build: {
    outDir: "dist", emptyOutDir: true, sourcemap: false, target: "es2022", assetsInlineLimit: 0,
    rollupOptions: {
      input: { index: "index.html", graphiql: "graphiql.html" },
      // React libraries' "use client" lines mean nothing in a bundle.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
    // GraphiQL (React, CodeMirror) is one large chunk, loaded only at a desk.
    chunkSizeWarningLimit: 900,
  },
});
