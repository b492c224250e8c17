// `news-annotator check` on the seed article in its three formats. Expectations come from reading
// the article (issue 2, "What an editor expects"), located in its text by search, not from output.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, lineCol, runCli, tempDir } from './cli-harness.js';

const SAMPLE = 'samples/microsoft-mistral.sv.md';

interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface JsonFile {
  path: string;
  language: string | null;
  mentions: Array<{ start: number; end: number; text: string; entity: string | null; kind: string }>;
  claims: Array<{ start: number; end: number; text: string; reasons: string[]; sourced: boolean; source: { start: number; end: number; text: string } | null }>;
  diagnostics: JsonDiagnostic[];
}

function at(text: string, needle: string): number {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `the sample contains "${needle}"`);
  return i;
}

describe('CLI check: formats on the seed article', function () {
  let text: string;
  let json: { version: number; files: JsonFile[] };
  let file: JsonFile;

  before(() => {
    text = readFileSync(join(ROOT, SAMPLE), 'utf8');
    const r = runCli(['check', '--format', 'json', '--max-warnings', '-1', SAMPLE]);
    assert.equal(r.code, 0, r.stderr);
    json = JSON.parse(r.stdout);
    file = json.files.find((f) => f.path === SAMPLE)!;
  });

  describe('json', () => {
    it('has version 1 and one file object with exactly the fields of issue 2', () => {
      assert.equal(json.version, 1);
      assert.deepEqual(Object.keys(json).sort(), ['files', 'version']);
      assert.ok(file, 'the sample is reported under its relative path');
      assert.deepEqual(Object.keys(file).sort(), ['claims', 'diagnostics', 'language', 'mentions', 'path']);
      assert.equal(file.language, 'sv');
      for (const m of file.mentions) assert.deepEqual(Object.keys(m).sort(), ['end', 'entity', 'kind', 'start', 'text']);
      for (const c of file.claims) assert.deepEqual(Object.keys(c).sort(), ['end', 'reasons', 'source', 'sourced', 'start', 'text']);
      for (const d of file.diagnostics) assert.deepEqual(Object.keys(d).sort(), ['code', 'end', 'message', 'range', 'severity', 'start']);
    });

    it('gives UTF-16 offsets into the file and 0-based LSP ranges that agree with them', () => {
      for (const m of file.mentions) assert.equal(text.slice(m.start, m.end), m.text);
      for (const c of file.claims) assert.equal(text.slice(c.start, c.end), c.text);
      for (const d of file.diagnostics) {
        const s = lineCol(text, d.start);
        const e = lineCol(text, d.end);
        assert.deepEqual(d.range, { start: { line: s.line - 1, character: s.col - 1 }, end: { line: e.line - 1, character: e.col - 1 } });
      }
    });

    it('finds Microsoft (with the genitive Microsofts), Open AI, Brad Smith and the regulators with their kinds', () => {
      const mentionAt = (needle: string, from = 0) => {
        const i = text.indexOf(needle, from);
        return file.mentions.find((m) => m.start <= i && i < m.end);
      };
      const microsofts = mentionAt('Microsofts historiska');
      assert.equal(microsofts?.text, 'Microsofts');
      assert.equal(microsofts?.kind, 'company');
      assert.equal(mentionAt('Open AI', at(text, '---\n\n'))?.kind, 'company');
      assert.equal(mentionAt('Brad Smith')?.kind, 'person');
      assert.equal(mentionAt('konkurrenslagstiftarnas')?.kind, 'regulator');
      const openAiCount = text.slice(at(text, '---\n\n')).split('Open AI').length - 1;
      const body = at(text, '---\n\n');
      assert.equal(file.mentions.filter((m) => m.start > body && m.text.startsWith('Open AI')).length, openAiCount, 'every Open AI in the body');
    });

    it('flags the three unsourced claims and leaves the two sourced ones alone', () => {
      const unsourced = file.diagnostics.filter((d) => d.code === 'unsourced-claim');
      const covers = (needle: string) => unsourced.some((d) => d.start <= at(text, needle) && at(text, needle) < d.end);
      assert.ok(covers('miljarder dollar investerade och exklusiva rättigheter'));
      assert.ok(covers('Storleken på investeringen är ännu okänd'));
      assert.ok(covers('en av världens största tech-företag'));
      assert.ok(!covers('meddelade Microsoft nyligen'));
      assert.ok(!covers('Brad Smith, understryker'));
    });

    it('follows --lang over the front matter', () => {
      const r = runCli(['check', '--format', 'json', '--lang', 'en', '--max-warnings', '-1', SAMPLE]);
      assert.equal(JSON.parse(r.stdout).files[0].language, 'en');
    });

    it('flags the vague attributions', () => {
      const vague = file.diagnostics.filter((d) => d.code === 'vague-attribution').map((d) => d.start);
      for (const needle of ['ofta kallas', 'anses vara', 'förväntas']) assert.ok(vague.includes(at(text, needle)), needle);
    });
  });

  describe('text', () => {
    let out: string;
    before(() => {
      const r = runCli(['check', '--max-warnings', '-1', SAMPLE]);
      assert.equal(r.code, 0, r.stderr);
      out = r.stdout;
    });

    it('prints compiler-style lines with 1-based line and column', () => {
      for (const [needle, code] of [
        ['Under en lång tid har Microsoft', 'unsourced-claim'],
        ['Storleken på investeringen', 'unsourced-claim'],
        ['ofta kallas', 'vague-attribution'],
        ['förväntas', 'vague-attribution'],
      ] as const) {
        const { line, col } = lineCol(text, at(text, needle));
        assert.match(out, new RegExp(`^${SAMPLE.replace(/\./g, '\\.')}:${line}:${col}: warning ${code} \\S`, 'm'), needle);
      }
    });

    it('prints each finding on one line, and no hints', () => {
      const findings = out.split('\n').filter((l) => l.startsWith(SAMPLE + ':'));
      const expected = file.diagnostics.filter((d) => d.severity !== 'hint');
      assert.equal(findings.length, expected.length);
    });

    it('ends with the editor report: language, mentions by entity, claims and how many are unsourced', () => {
      const report = out.slice(out.indexOf(`\n${SAMPLE}\n`));
      assert.match(report, /Language: Swedish/);
      const microsoftCount = file.mentions.filter((m) => m.entity !== null && m.text.startsWith('Microsoft') && !m.text.startsWith('Microsoft Azure')).length;
      assert.match(report, new RegExp(`Mentions: ${file.mentions.filter((m) => m.entity).length} — .*Microsoft ${microsoftCount}\\b`));
      const unsourced = file.claims.filter((c) => !c.sourced).length;
      assert.ok(unsourced >= 3);
      assert.match(report, new RegExp(`Claims: ${file.claims.length}, of which ${unsourced} unsourced`));
      assert.match(report, /UNSOURCED .*"Storleken på investeringen/);
      assert.match(report, /1 article checked: 0 errors, \d+ warnings/);
    });
  });

  describe('sarif', () => {
    // The fields GitHub code scanning requires of an upload (SARIF 2.1.0 subset it documents).
    // any: parsed SARIF JSON, whose fields the tests below check one by one.
    let sarif: any;
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; repository: { url: string } };
    before(() => {
      const r = runCli(['check', '--format', 'sarif', '--max-warnings', '-1', SAMPLE]);
      assert.equal(r.code, 0, r.stderr);
      sarif = JSON.parse(r.stdout);
    });

    it('is SARIF 2.1.0 with one run whose driver names the tool and lists documented rules', () => {
      assert.equal(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif-2\.1\.0/);
      assert.equal(sarif.runs.length, 1);
      const driver = sarif.runs[0].tool.driver;
      assert.equal(driver.name, 'news-annotator');
      assert.equal(driver.version, pkg.version);
      const repo = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
      assert.ok(driver.rules.length >= 8);
      const ids = new Set<string>();
      for (const rule of driver.rules) {
        assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
        ids.add(rule.id);
        assert.equal(typeof rule.shortDescription.text, 'string');
        assert.ok(rule.shortDescription.text.length > 0);
        assert.equal(rule.helpUri, `${repo}/blob/main/docs/rules/${rule.id}.md`);
      }
      assert.equal(ids.size, driver.rules.length, 'rule ids are unique');
      for (const id of ids) assert.ok(existsSync(join(ROOT, 'docs', 'rules', `${id}.md`)), `docs/rules/${id}.md exists for the helpUri`);
      for (const id of ['unsourced-claim', 'vague-attribution', 'empty-source', 'kb-error']) assert.ok(ids.has(id), id);
    });

    it('has results with ruleId, level, message and a relative 1-based region', () => {
      const run = sarif.runs[0];
      const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
      assert.ok(run.results.length > 0);
      for (const res of run.results) {
        assert.ok(ruleIds.includes(res.ruleId));
        assert.equal(ruleIds[res.ruleIndex], res.ruleId);
        assert.ok(['error', 'warning', 'note', 'none'].includes(res.level));
        assert.ok(res.message.text.length > 0);
        const loc = res.locations[0].physicalLocation;
        assert.equal(loc.artifactLocation.uri, SAMPLE);
        assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
        const reg = loc.region;
        for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(reg[k]) && reg[k] >= 1, k);
        assert.ok(reg.endLine > reg.startLine || (reg.endLine === reg.startLine && reg.endColumn >= reg.startColumn));
      }
      assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
    });

    it('locates the unsourced investment sentence where it is in the article', () => {
      const { line, col } = lineCol(text, at(text, 'Storleken på investeringen'));
      const hit = sarif.runs[0].results.find((r: { ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }> }) => {
        const reg = r.locations[0]!.physicalLocation.region;
        return r.ruleId === 'unsourced-claim' && reg.startLine === line && reg.startColumn === col;
      });
      assert.ok(hit);
      assert.equal(hit.level, 'warning');
    });

    it('has the same findings as the JSON, less the hints', () => {
      assert.equal(sarif.runs[0].results.length, file.diagnostics.filter((d) => d.severity !== 'hint').length);
    });
  });
});

describe('CLI check: a file with a byte-order mark', () => {
  it('counts the BOM in offsets and JSON ranges, and not in the columns people and viewers see', () => {
    const { dir, cleanup } = tempDir();
    try {
      const article = '\ufeffVinsten ökade med 40 procent i fjol.\n\nOmsättningen steg med 12 procent.\n';
      writeFileSync(join(dir, 'bom.md'), article);
      const json = JSON.parse(runCli(['check', '--format', 'json', '--lang', 'sv', '--max-warnings', '-1', 'bom.md'], { cwd: dir }).stdout);
      const first = json.files[0].diagnostics.find((d: JsonDiagnostic) => d.code === 'unsourced-claim' && d.range.start.line === 0) as JsonDiagnostic;
      assert.ok(first, 'the first sentence is an unsourced claim');
      assert.equal(first.start, 1, 'offset 0 is the BOM');
      assert.equal(article.slice(first.start, first.start + 7), 'Vinsten');
      assert.equal(first.range.start.character, 1);
      const text = runCli(['check', '--lang', 'sv', '--max-warnings', '-1', 'bom.md'], { cwd: dir }).stdout;
      assert.match(text, /^bom\.md:1:1: warning unsourced-claim /m);
      assert.match(text, /^bom\.md:3:1: warning unsourced-claim /m, 'later lines are unaffected');
      const sarif = JSON.parse(runCli(['check', '--format', 'sarif', '--lang', 'sv', '--max-warnings', '-1', 'bom.md'], { cwd: dir }).stdout);
      const region = sarif.runs[0].results[0].locations[0].physicalLocation.region;
      assert.deepEqual([region.startLine, region.startColumn], [1, 1]);
    } finally {
      cleanup();
    }
  });
});
