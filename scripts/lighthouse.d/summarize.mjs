// Prints the category scores of a Lighthouse JSON report, the audits of those
// categories that did not fully pass, and exits 1 when a score is below its
// threshold. Usage: node summarize.mjs report.json category=min ...
import { readFileSync } from "node:fs";

const [file, ...limits] = process.argv.slice(2);
const lhr = JSON.parse(readFileSync(file, "utf8"));
const min = Object.fromEntries(limits.map((l) => l.split("=")).map(([k, v]) => [k, Number(v)]));

// The table of scores, 0-100.
const failed = [];
console.log(`\n${"category".padEnd(16)} score  minimum`);
for (const [id, cat] of Object.entries(lhr.categories)) {
  const score = Math.round((cat.score ?? 0) * 100);
  const bad = id in min && score < min[id];
  if (bad) failed.push(`${id} ${score} < ${min[id]}`);
  console.log(`${id.padEnd(16)} ${String(score).padStart(5)}  ${id in min ? String(min[id]).padStart(7) : "      -"}${bad ? "  FAIL" : ""}`);
}

// Per category, the audits scoring below 1 (informative ones left out), with
// the first few items of their details.
for (const [id, cat] of Object.entries(lhr.categories)) {
  const below = cat.auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative");
  if (below.length === 0) continue;
  console.log(`\n${id}: audits below 1`);
  for (const { ref, audit } of below) {
    const value = audit.displayValue ? ` (${audit.displayValue})` : "";
    console.log(`  ${audit.score.toFixed(2)}  ${audit.id}${value}  weight ${ref.weight}  — ${audit.title}`);
    const d = audit.details;
    const tables = d?.type === "list" ? d.items : [d]; // insights hold a list of tables
    const items = tables.flatMap((t) => (["table", "opportunity"].includes(t?.type) ? t.items : []));
    for (const item of items.slice(0, 5)) {
      const where = item.node?.snippet ?? item.url ?? item.sourceLocation?.url ?? item.source?.value ?? "";
      const ms = item.reflowTime ?? item.wastedMs;
      const why = item.node?.explanation ?? item.reason ?? item.description ?? "";
      if (where || why) console.log(`        ${String(where).slice(0, 160)}${ms ? ` ${Math.round(ms)} ms` : ""}${why ? `\n          ${String(why).replace(/\s+/g, " ").slice(0, 240)}` : ""}`);
    }
  }
}

console.log(`\nreport: ${file}`);
if (failed.length > 0) {
  console.log(`FAILED: ${failed.join(", ")}`);
  process.exit(1);
}
