// Renders the JSON of `npm run bench -- --json` (bench-results/bench.json, or the path given) as the
// Markdown table of docs/performance.md: node bench/to-markdown.mjs [file]
import { readFileSync } from 'node:fs';
const j = JSON.parse(readFileSync(process.argv[2] ?? 'bench-results/bench.json', 'utf8'));
const f = (v, unit) => v === undefined || v === null || Number.isNaN(v) ? '' : unit === 'MB' ? `${v.toFixed(0)} MB` : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 100 ? `${v.toFixed(0)} ms` : v >= 10 ? `${v.toFixed(1)} ms` : `${v.toFixed(2)} ms`;
const m = j.machine;
console.log(`Run of ${m.date.slice(0, 16).replace('T', ' ')} UTC: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; load average at start ${m.loadAverage}.\n`);
console.log('| scenario | measure | median | p95 | baseline (median) | ratio | MB/s | target | met |');
console.log('| --- | --- | ---: | ---: | --- | ---: | ---: | --- | --- |');
for (const s of j.scenarios) for (const r of s.rows) {
  const what = r.what + (r.note ? ` (${r.note})` : '');
  console.log(`| ${r.scenario} | ${what.replace(/\|/g, '\\|')} | ${f(r.median, r.unit)} | ${f(r.p95, r.unit)} | ${r.baseline ? `${r.baseline.what} ${f(r.baseline.median, r.unit)}` : ''} | ${r.ratio !== undefined ? r.ratio.toFixed(2) + '×' : ''} | ${r.mbPerSecond !== undefined ? r.mbPerSecond.toFixed(2) : ''} | ${r.target ? r.target.text.replace(/\|/g, '\\|') : ''} | ${r.target ? (r.target.met ? 'yes' : '**no**') : ''} |`);
}
