import { defineConfig } from "vite";

// The bundle goes to dist/, which pwa/embed.go embeds into the Go binary.
export default defineConfig({
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, target: "es2022" },
});
