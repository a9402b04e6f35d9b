import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { defineConfig, type Plugin } from "vite";

// serviceWorker emits sw.js with the app shell of this build and a version
// derived from it, so that a new build replaces the old cache.
function serviceWorker(): Plugin {
  return {
    name: "walker-service-worker",
    apply: "build",
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle).filter((f) => f !== "index.html").map((f) => `/${f}`).sort();
      const shell = ["/", ...built, "/manifest.webmanifest", "/icon.svg", "/icon-maskable.svg", "/icon-192.png", "/icon-512.png", "/icon-maskable-512.png", "/apple-touch-icon.png"];
      const contents = Object.values(bundle).map((b) => ("code" in b ? b.code : String(b.source))).join("\n");
      const version = createHash("sha256").update(shell.join("\n")).update(contents).digest("hex").slice(0, 12);
      const source = readFileSync("src/sw.js", "utf8")
        .replace("__VERSION__", version)
        .replace("__SHELL__", JSON.stringify(shell));
      this.emitFile({ type: "asset", fileName: "sw.js", source });
    },
  };
}

// The bundle goes to dist/, which pwa/embed.go embeds into the Go binary.
export default defineConfig({
  plugins: [serviceWorker()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, target: "es2022" },
});
