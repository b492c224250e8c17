// Security: data never becomes active content, nothing leaves the machine, nothing from the
// workspace runs, articles are never written, and `export` strips every annotation comment.
//  - Hover cards from a hostile KB and hostile article text, rendered by three Markdown engines
//    (CommonMark, GFM with literal autolinks, markdown-it with HTML and linkify on): no HTML, no
//    image, no `command:`/`javascript:`/`mailto:` link; links only to the KB's http(s) URLs, Wikidata
//    and the definition in the KB file. Code lenses carry no command and no data.
//  - Under `strace -f`: the CLI and the server over the corpus open no AF_INET/AF_INET6 socket, run
//    no other program, open no workspace code (.js, package.json) and write nothing in the workspace.
//  - The CLI leaves every file as it was and writes reports only where --output says.
//  - `export` of every sample and corpus article, with annotation comments of every kind added,
//    gives back the article exactly.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Hover, CodeLens, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { analyze, exportClean, KnowledgeBase, type Entity } from '../../server/src/analysis/index.js';
import { parseAnnotationComments } from '../../server/src/analysis/annotation-comments.js';
import { parseBlocks } from '../../server/src/analysis/markdown-prose.js';
import { codeLenses } from '../../server/src/features/code-lens.js';
import { hover } from '../../server/src/features/hover.js';
import { DEFAULT_SETTINGS } from '../../server/src/protocol.js';
import { analyseArticle } from '../../server/src/workspace/article-analysis.js';
import { fileUri, LspSession, SERVER_BUNDLE } from '../protocol/lsp-session.js';
import { ensureServerBuilt } from '../protocol/server-bundle.js';
import { CLI, ensureBuilt } from '../unit/cli/cli-harness.js';
import { articlePaths, CORPUS, recordFigure, ROOT, samplesKb, warnCorpusAbsent } from './helpers.js';

// ---------------------------------------------------------------------------------------------
// Rendering hover Markdown the ways clients do

interface Rendered {
  engine: string;
  links: string[];
  html: string[];
  images: string[];
}

function renderAll(md: string): Rendered[] {
  const out: Rendered[] = [];
  for (const [engine, processor] of [
    ['CommonMark', unified().use(remarkParse)],
    ['GFM', unified().use(remarkParse).use(remarkGfm)],
  ] as const) {
    const r: Rendered = { engine, links: [], html: [], images: [] };
    const walk = (n: { type: string; url?: string; value?: string; children?: unknown[] }) => {
      if (n.type === 'link') r.links.push(n.url ?? '');
      if (n.type === 'definition') r.links.push(n.url ?? '');
      if (n.type === 'image' || n.type === 'imageReference') r.images.push(n.url ?? n.type);
      if (n.type === 'html') r.html.push(n.value ?? '');
      for (const c of (n.children ?? []) as Array<typeof n>) walk(c);
    };
    walk(processor.runSync(processor.parse(md)) as unknown as { type: string });
    out.push(r);
  }
  const it = new MarkdownIt({ html: true, linkify: true });
  const r: Rendered = { engine: 'markdown-it (html, linkify)', links: [], html: [], images: [] };
  const walk = (tokens: ReturnType<typeof it.parse>) => {
    for (const t of tokens) {
      if (t.type === 'link_open') r.links.push(t.attrGet('href') ?? '');
      if (t.type === 'image') r.images.push(t.attrGet('src') ?? '');
      if (t.type === 'html_inline' || t.type === 'html_block') r.html.push(t.content);
      if (t.children) walk(t.children);
    }
  };
  walk(it.parse(md, {}));
  out.push(r);
  return out;
}

/** Checks one hover's Markdown under every engine; `allowed` are the only link targets it may have. */
function checkRendered(md: string, allowed: ReadonlyArray<string | RegExp>, what: string): void {
  for (const r of renderAll(md)) {
    assert.deepEqual(r.html, [], `${what} (${r.engine}): HTML from data:\n${md}`);
    assert.deepEqual(r.images, [], `${what} (${r.engine}): an image from data:\n${md}`);
    for (const link of r.links) {
      assert.match(link, /^(https?|file):/i, `${what} (${r.engine}): a ${link.split(':')[0]}: link:\n${md}`);
      // Engines normalise a destination differently (markdown-it percent-encodes brackets).
      const plain = (u: string) => {
        try {
          return decodeURI(u);
        } catch {
          return u;
        }
      };
      assert.ok(
        allowed.some((a) => (typeof a === 'string' ? plain(a) === plain(link) : a.test(link) || a.test(plain(link)))),
        `${what} (${r.engine}): link ${link} is not one the card builds (${allowed.join(', ')}):\n${md}`,
      );
    }
  }
}

const HOSTILE = [
  '[x](command:workbench.action.terminal.new)',
  '<img src=x onerror=alert(1)>',
  '[y](javascript:alert(1))',
  '<script>alert(1)</script>',
  '![i](https://evil.example/i.png)',
  '<https://evil.example/auto>',
  '<command:workbench.action.terminal.new>',
  '[ref][r]\n\n[r]: command:workbench.action.terminal.new',
  '# heading\n```js\nrequire("child_process")\n```',
  'www.evil.example https://evil.example/p mailto:x@evil.example x@evil.example',
  '&lt;b&gt; &#60;b&#62; \\[esc\\] `code` *em* __strong__ ~~del~~',
  '[link](<command:x>) [l2](command:x "title") [l3]( javascript:alert(1) )',
].join(' ');

function hostileEntities(): Entity[] {
  const loc = (dir: string) => ({ uri: 'file://' + dir.split('/').map(encodeURIComponent).join('/') + '/entities.yaml', line: 4, character: 0 });
  return [
    {
      id: 'evil',
      name: 'Evil Corp',
      kind: 'company',
      aliases: ['[a](command:x)', '<b>bold</b>', 'EvilCo'],
      patterns: [],
      description: HOSTILE,
      role: '<img src=x onerror=alert(2)>',
      title: '[t](command:workbench.action.reloadWindow)',
      preferred: { sv: '[p](command:x)', en: 'Evil Corp' },
      url: 'javascript:alert(1)',
      wikidata: 'Q1) [x](command:y',
      location: loc('/tmp/x](command:evil)'),
    },
    { id: 'datacorp', name: 'Data Corp', kind: 'company', aliases: [], patterns: [], description: 'x', url: 'data:text/html,<script>alert(1)</script>', wikidata: 'Q42', location: loc('/tmp/ws') },
    { id: 'cmdcorp', name: 'Cmd Corp', kind: 'company', aliases: [], patterns: [], url: 'command:workbench.action.terminal.new', location: loc('/tmp/ws dir') },
    { id: 'okcorp', name: 'Ok Corp', kind: 'company', aliases: [], patterns: [], url: 'https://ok.example/a (b)"c\'<d>', wikidata: 'Q2283', location: loc('/tmp/ws') },
  ];
}

describe('reliability: security', function () {
  this.timeout(300000);

  describe('hover cards and code lenses escape data', () => {
    const kb = KnowledgeBase.fromLayers([hostileEntities()]);
    const text = [
      'Evil Corp said revenue rose 12% to $2bn. Data Corp och Cmd Corp och Ok Corp sade samma sak.',
      '',
      // Unknown organisations whose names span Markdown: the card quotes the article's raw text.
      'The deal with Acme ![i](x.png) Data AB and Nordvik **<b>Evil</b>** Holding AB was the largest ever.',
      '',
      'Beta `x` [y](command:z) Gamma Inc was said to be the first [ever](javascript:alert(1)) to reach €1.3 billion.',
    ].join('\n');
    const a = analyseArticle({ uri: 'file:///tmp/ws/article.md', version: 1, text, kb, settings: DEFAULT_SETTINGS, epoch: 't', instance: 't' });

    it('renders no HTML, no image and no link but the ones the card builds, in three Markdown engines', () => {
      let cards = 0;
      const offsets = new Set<number>();
      for (const m of a.result.mentions) offsets.add(m.start + 1);
      for (const c of a.result.claims) offsets.add(c.start + 1);
      for (const off of offsets) {
        const h = hover(a, a.lines.positionAt(off), { workspaceCount: () => ({ mentions: 3, articles: 2 }), markdown: true });
        if (!h) continue;
        const md = (h.contents as { value: string }).value;
        cards++;
        checkRendered(md, ['https://www.wikidata.org/wiki/Q42', 'https://www.wikidata.org/wiki/Q2283', /^https:\/\/ok\.example\/a%20%28b%29%22c%27%3Cd%3E$/, /^file:\/\/\/tmp\//], `hover at ${off}`);
      }
      const unknown = a.result.mentions.filter((m) => m.entity === null).map((m) => text.slice(m.start, m.nameEnd));
      assert.ok(unknown.some((u) => u.includes('![i](x.png)')), `an unknown organisation spanning an image: ${unknown.join(' | ')}`);
      assert.ok(cards >= 7, `only ${cards} cards`);
      recordFigure('security: hover cards rendered by 3 engines with no active content', cards);
    });

    it('shows the hostile text as the characters typed (escaped, not dropped)', () => {
      const m = a.result.mentions.find((x) => x.entity === 'evil')!;
      const md = (hover(a, a.lines.positionAt(m.start + 1), { workspaceCount: () => null, markdown: true })!.contents as { value: string }).value;
      const shown = unified().use(remarkParse).parse(md);
      const texts: string[] = [];
      const walk = (n: { type: string; value?: string; children?: unknown[] }) => {
        if (n.type === 'text' || n.type === 'inlineCode') texts.push(n.value ?? '');
        for (const c of (n.children ?? []) as Array<typeof n>) walk(c);
      };
      walk(shown as unknown as { type: string });
      const visible = texts.join('').replace(/\u2060/g, '');
      for (const piece of ['[x](command:workbench.action.terminal.new)', '<img src=x onerror=alert(1)>', '[y](javascript:alert(1))', 'x@evil.example', '[a](command:x)', '[t](command:workbench.action.reloadWindow)']) {
        assert.ok(visible.includes(piece), `"${piece}" is shown as text: ${visible}`);
      }
    });

    it('gives code lenses no command and no data', () => {
      const lenses: CodeLens[] = codeLenses(a);
      assert.equal(lenses.length, 1);
      assert.equal(lenses[0]!.command?.command, '');
      assert.equal(lenses[0]!.command?.arguments, undefined);
      assert.match(lenses[0]!.command!.title, /^\d+ mentions? of \d+ entit(y|ies)( · \d+ unknown organisations?)? · \d+ unsourced claims?$/);
    });

    it('over LSP: a hostile KB file in the workspace gives the same safe card', async () => {
      ensureServerBuilt();
      const dir = mkdtempSync(path.join(tmpdir(), 'na-sec-hover-'));
      const yaml = [
        '- id: evil',
        '  name: Evil Corp',
        '  kind: company',
        `  description: ${JSON.stringify(HOSTILE)}`,
        `  aliases: ${JSON.stringify(['[a](command:x)', '<b>bold</b>'])}`,
        `  role: ${JSON.stringify('<img src=x onerror=alert(2)>')}`,
        '  url: https://evil.example/(x)[y](command:z)',
        '  wikidata: Q5',
        '',
      ].join('\n');
      writeFileSync(path.join(dir, 'entities.yaml'), yaml);
      writeFileSync(path.join(dir, 'a.md'), 'Evil Corp said revenue rose 12%.\n');
      const s = await LspSession.start({ folders: [dir] });
      try {
        const uri = await s.open(path.join(dir, 'a.md'));
        const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
        assert.ok(h, 'a card');
        const md = (h.contents as { value: string }).value;
        assert.match(md, /Evil Corp/);
        checkRendered(md, ['https://www.wikidata.org/wiki/Q5', 'https://evil.example/%28x%29[y]%28command:z%29', new RegExp(`^${fileUri(path.join(dir, 'entities.yaml')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#L1$`)], 'LSP hover');
        const lenses = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
        for (const l of lenses) assert.ok(!l.command?.command, `code lens command ${l.command?.command}`);
      } finally {
        await s.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('export strips every annotation comment and nothing else', () => {
    warnCorpusAbsent('export');
    const { samples, corpus } = articlePaths();
    const COMMENTS = ['<!-- source: Anna Andersson, CFO, interview 2024-03-01 (confidential) -->', '<!-- källa: anonym källa på bolaget -->', '<!-- verified: J. Editor, 2024-03-01 -->', '<!-- verifierad: K. Redaktör, 2024-03-02, #0badf00d -->', '<!-- news-annotator-disable-next-line unsourced-claim -- checked by the desk -->', '<!--news-annotator-disable vague-attribution-->', '<!--   Source:   TT   -->'];

    /** The article with annotation comments after sentences (inline) and on lines of their own. */
    function annotate(text: string, seed: number): string {
      const r = analyze(text, samplesKb());
      const inserts: Array<[number, string]> = [];
      r.sentences.forEach((s, i) => {
        if (i % 2 === 0) inserts.push([s.end, ' ' + COMMENTS[(i + seed) % COMMENTS.length]!]);
      });
      // Own-line comments before some blocks (a whole line, with its line break).
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      r.blocks.forEach((b, i) => {
        if (i % 3 === 1) {
          const lineStart = Math.max(text.lastIndexOf('\n', b.start - 1) + 1, 0);
          if (lineStart === b.start) inserts.push([lineStart, COMMENTS[(i + seed + 3) % COMMENTS.length]! + eol]);
        }
      });
      inserts.sort((x, y) => y[0] - x[0]);
      let out = text;
      for (const [at, s] of inserts) out = out.slice(0, at) + s + out.slice(at);
      return out;
    }

    const ourComments = (t: string) => parseBlocks(t).reduce((n, b) => n + b.comments.length, 0);

    for (const [label, files] of [
      ['samples/', samples],
      ['../shared/corpus/', corpus],
    ] as const) {
      it(`gives back exactly every article of ${label} once annotated (${files.length} articles)`, function () {
        if (files.length === 0) {
          console.warn(`\n  !!! SKIPPED: no articles in ${label} (absent on this machine) !!!\n`);
          this.skip();
        }
        let comments = 0;
        files.forEach((f, k) => {
          const original = readFileSync(f, 'utf8');
          for (const variant of [original, original.replace(/\r?\n/g, '\r\n')]) {
            const annotated = annotate(variant, k);
            const added = ourComments(annotated) - ourComments(variant);
            assert.ok(added > 0, `${f}: comments were added`);
            comments += added;
            const out = exportClean(annotated);
            assert.equal(ourComments(out), 0, `${f}: no annotation comment left`);
            assert.ok(!/<!--\s*(source|källa|verified|verifierad|news-annotator)/i.test(out), `${f}: nothing of a comment left`);
            assert.equal(out, exportClean(variant), `${f}: export gives back the article`);
            assert.equal(out, variant.includes('<!--') ? exportClean(variant) : variant);
          }
        });
        recordFigure(`security: annotation comments stripped by export (${label})`, comments);
      });
    }

    it('keeps comments that are article content: inside code blocks and inline code', () => {
      const text = 'Text.\n\n```html\n<!-- source: shown in a code sample -->\n```\n\nInline `<!-- source: x -->` stays.\n';
      assert.equal(exportClean(text), text);
      assert.equal(parseAnnotationComments(text, 0, text.length).length, 2, 'the scanner alone would see two');
    });

    it('the CLI export prints the same, and refuses to write over the article', () => {
      ensureBuilt();
      const dir = mkdtempSync(path.join(tmpdir(), 'na-sec-export-'));
      try {
        for (const f of [...samples, ...corpus.slice(0, 3)]) {
          const annotated = annotate(readFileSync(f, 'utf8'), 1);
          const p = path.join(dir, path.basename(f));
          writeFileSync(p, annotated);
          const r = spawnSync(process.execPath, [CLI, 'export', p], { encoding: 'utf8' });
          assert.equal(r.status, 0, r.stderr);
          assert.equal(r.stdout, exportClean(annotated));
          assert.equal(ourComments(r.stdout), 0);
          const self = spawnSync(process.execPath, [CLI, 'export', p, '--output', p], { encoding: 'utf8' });
          assert.equal(self.status, 2);
          assert.equal(readFileSync(p, 'utf8'), annotated, 'the article is untouched');
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('the CLI never writes articles; reports go only where asked', () => {
    /** path → sha256 and mtime of every file under dir. */
    function snapshot(dir: string): Map<string, string> {
      const out = new Map<string, string>();
      for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        const p = path.join(dir, f);
        const st = statSync(p);
        if (st.isFile()) out.set(f, `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${st.mtimeMs}`);
      }
      return out;
    }

    it('leaves every file as it was, for every format, and writes --output and nothing else', () => {
      ensureBuilt();
      const dir = mkdtempSync(path.join(tmpdir(), 'na-sec-write-'));
      try {
        cpSync(path.join(ROOT, 'samples'), dir, { recursive: true });
        writeFileSync(path.join(dir, 'annotated.md'), 'Bolaget tjänade 5 miljoner kronor. <!-- source: -->\n\nX sade 12%.[^1]\n\n[^1]: \n');
        const before = snapshot(dir);
        const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
        for (const format of ['text', 'json', 'sarif']) {
          const r = run(['check', '--format', format, '--max-warnings', '-1', '.']);
          assert.equal(r.status, 0, r.stderr);
          assert.deepEqual(snapshot(dir), before, `check --format ${format} changed files`);
        }
        for (const f of [...before.keys()].filter((f) => f.endsWith('.md'))) run(['export', f]);
        assert.deepEqual(snapshot(dir), before, 'export changed files');
        const r = run(['check', '--format', 'sarif', '--output', 'report.sarif', '.']);
        assert.ok(r.status === 0 || r.status === 1, r.stderr);
        const after = snapshot(dir);
        assert.deepEqual([...after.keys()].filter((k) => !before.has(k)), ['report.sarif']);
        after.delete('report.sarif');
        assert.deepEqual(after, before);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('no network, no code from the workspace, no writes: under strace', () => {
    const straceWorks = (() => {
      const r = spawnSync('strace', ['-f', '-e', 'trace=network', '-o', '/dev/null', 'true'], { encoding: 'utf8' });
      return r.status === 0;
    })();
    if (!straceWorks) {
      console.warn('\n  !!! SKIPPED: strace is missing or cannot trace here (apt-get install strace; CI installs it via .ci/e2e-setup.sh). The no-network tests did not run. !!!\n');
    }

    /** A workspace with traps: code that would leave a marker if anything ran or required it. */
    function trapWorkspace(): { dir: string; marker: string } {
      const dir = mkdtempSync(path.join(tmpdir(), 'na-sec-trap-'));
      const marker = path.join(dir, 'TRAP-SPRUNG');
      const js = `require('fs').writeFileSync(${JSON.stringify(marker)}, __filename);\n`;
      cpSync(path.join(ROOT, 'samples'), dir, { recursive: true });
      writeFileSync(path.join(dir, 'entities.js'), js);
      writeFileSync(path.join(dir, 'news-annotator.config.js'), js);
      writeFileSync(path.join(dir, 'index.mjs'), js.replace("require('fs')", 'await import("fs").then((m) => m)'));
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'trap', main: 'entities.js', scripts: { postinstall: 'node entities.js' } }));
      mkdirSync(path.join(dir, 'node_modules', 'remark-parse'), { recursive: true });
      writeFileSync(path.join(dir, 'node_modules', 'remark-parse', 'index.js'), js);
      writeFileSync(path.join(dir, 'node_modules', 'remark-parse', 'package.json'), JSON.stringify({ name: 'remark-parse', main: 'index.js' }));
      mkdirSync(path.join(dir, '.vscode'));
      writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'newsAnnotator.entityFiles': ['entities.js'] }));
      mkdirSync(path.join(dir, 'sub'));
      // YAML tags that some loaders turn into code.
      writeFileSync(path.join(dir, 'sub', 'entities.yaml'), `- id: trap\n  name: !!js/function "function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'yaml') }"\n  kind: company\n- !!python/object/apply:os.system ["touch ${marker}"]\n`);
      writeFileSync(path.join(dir, 'sub', 'article.md'), 'Trap Corp sade att vinsten blev 5 miljoner kronor.\n');
      return { dir, marker };
    }

    interface Trace {
      inet: string[];
      execs: string[];
      codeOpens: string[];
      writes: string[];
      /** Markdown files read inside the watched folder: proof the run looked at it. */
      articlesRead: number;
      lines: number;
    }

    /** Reads an strace -f log: sockets of the Internet families, programs run, files opened. */
    function readTrace(file: string, workspace: string): Trace {
      const t: Trace = { inet: [], execs: [], codeOpens: [], writes: [], articlesRead: 0, lines: 0 };
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line) continue;
        t.lines++;
        if (/\bAF_INET6?\b/.test(line) && /\b(socket|connect|bind|sendto|sendmsg)\(/.test(line)) t.inet.push(line);
        if (/\bexecve\(/.test(line) && !/= -1 /.test(line)) t.execs.push(line);
        const open = /\bopen(?:at)?\((?:AT_FDCWD|\d+), "([^"]+)", ([A-Z_|]+)/.exec(line);
        if (open && !/= -1 /.test(line)) {
          const [, file, flags] = open;
          const inside = path.resolve(file!).startsWith(workspace + path.sep);
          if (inside && /\.(c|m)?js$|package\.json$/.test(file!)) t.codeOpens.push(line);
          if (inside && /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC/.test(flags!)) t.writes.push(line);
          if (inside && file!.endsWith('.md')) t.articlesRead++;
        }
      }
      return t;
    }

    /** What a traced run may do under a watched folder: read articles, and nothing else. */
    function assertContained(t: Trace, watched: string): void {
      assert.deepEqual(t.inet, [], 'Internet sockets');
      assert.equal(t.execs.length, 1, `programs run: ${t.execs.join('\n')}`);
      assert.deepEqual(t.codeOpens, [], 'workspace code opened');
      assert.deepEqual(t.writes, [], 'files opened for writing in the workspace or the corpus');
      assert.ok(t.articlesRead >= 3, `${watched}: only ${t.articlesRead} articles read under the trace`);
    }

    function traced(args: string[], cwd: string, log: string, input?: string): ReturnType<typeof spawnSync> {
      return spawnSync('strace', ['-f', '-qq', '-e', 'trace=network,execve,open,openat,creat', '-o', log, process.execPath, ...args], {
        cwd,
        input,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        timeout: 240000,
      });
    }

    it('the CLI over the corpus and a trapped workspace: no Internet socket, no other program, no workspace code, no writes', function () {
      if (!straceWorks) this.skip();
      ensureBuilt();
      warnCorpusAbsent('no network (CLI)');
      const { dir, marker } = trapWorkspace();
      const log = path.join(tmpdir(), `na-strace-cli-${process.pid}.log`);
      try {
        const targets = [dir, ...(existsSync(CORPUS) ? [path.join(CORPUS, 'en'), path.join(CORPUS, 'sv')] : [])];
        // --jobs 2: the worker threads are traced too.
        const r = traced([CLI, 'check', '--format', 'json', '--jobs', '2', '--max-warnings', '-1', ...targets], dir, log);
        // 1: the trapped KB's YAML tags are reported as errors.
        assert.equal(r.status, 1, String(r.stderr).slice(-2000));
        assert.match(String(r.stderr), /unknown tag/);
        const files = JSON.parse(String(r.stdout)).files as unknown[];
        assert.ok(files.length >= 3, 'articles were checked');
        for (const watched of [dir, ...(existsSync(CORPUS) ? [CORPUS] : [])]) {
          assertContained(readTrace(log, watched), watched);
        }
        assert.ok(!existsSync(marker), 'a trap was sprung');
        const t = readTrace(log, dir);
        recordFigure('security: CLI under strace (syscalls traced, articles checked, Internet sockets)', `${t.lines}, ${files.length}, 0`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        rmSync(log, { force: true });
      }
    });

    it('the language server over the corpus and a trapped workspace: no Internet socket, no other program, no workspace code, no writes', async function () {
      if (!straceWorks) this.skip();
      ensureServerBuilt();
      warnCorpusAbsent('no network (server)');
      const { dir, marker } = trapWorkspace();
      const log = path.join(tmpdir(), `na-strace-ls-${process.pid}.log`);
      // The server under strace, driven by a scripted stdio session: initialize with the trapped
      // workspace and the corpus as folders, a workspace report, a hover, a quick fix, shutdown.
      const folders = [dir, ...(existsSync(CORPUS) ? [CORPUS] : [])];
      const frame = (o: object) => {
        const b = Buffer.from(JSON.stringify(o));
        return `Content-Length: ${b.length}\r\n\r\n${b.toString()}`;
      };
      const script = path.join(tmpdir(), `na-strace-ls-${process.pid}.mjs`);
      writeFileSync(
        script,
        `import { spawn } from 'node:child_process';
const child = spawn('strace', ['-f', '-qq', '-e', 'trace=network,execve,open,openat,creat', '-o', ${JSON.stringify(log)}, process.execPath, ${JSON.stringify(SERVER_BUNDLE)}, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
let out = '';
child.stdout.on('data', (d) => { out += d; });
const send = (s) => child.stdin.write(s);
const waitFor = (needle) => new Promise((resolve, reject) => { const t0 = Date.now(); const iv = setInterval(() => { if (out.includes(needle)) { clearInterval(iv); resolve(); } else if (Date.now() - t0 > 180000) { clearInterval(iv); reject(new Error('timeout ' + needle)); } }, 20); });
send(${JSON.stringify(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: fileUri(dir), workspaceFolders: folders.map((f) => ({ uri: fileUri(f), name: path.basename(f) })), capabilities: { workspace: { configuration: false }, textDocument: { diagnostic: {}, hover: { contentFormat: ['markdown'] } } } } }))});
await waitFor('"id":1');
send(${JSON.stringify(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }))});
send(${JSON.stringify(frame({ jsonrpc: '2.0', id: 2, method: 'workspace/diagnostic', params: { previousResultIds: [] } }))});
await waitFor('"id":2');
send(${JSON.stringify(frame({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: fileUri(path.join(dir, 'microsoft-mistral.sv.md')), languageId: 'markdown', version: 1, text: readFileSync(path.join(ROOT, 'samples', 'microsoft-mistral.sv.md'), 'utf8') } } }))});
send(${JSON.stringify(frame({ jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: { textDocument: { uri: fileUri(path.join(dir, 'microsoft-mistral.sv.md')) }, position: { line: 2, character: 5 } } }))});
await waitFor('"id":3');
send(${JSON.stringify(frame({ jsonrpc: '2.0', id: 4, method: 'shutdown' }))});
await waitFor('"id":4');
send(${JSON.stringify(frame({ jsonrpc: '2.0', method: 'exit' }))});
child.on('exit', (code) => { process.stdout.write(JSON.stringify({ code, report: out.length })); });
`,
      );
      try {
        const r = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 240000 });
        assert.equal(r.status, 0, r.stderr);
        const result = JSON.parse(r.stdout) as { code: number; report: number };
        assert.equal(result.code, 0, 'the server exited cleanly');
        for (const watched of folders) {
          assertContained(readTrace(log, watched), watched);
        }
        assert.ok(!existsSync(marker), 'a trap was sprung');
        recordFigure('security: server under strace (syscalls traced, Internet sockets)', `${readTrace(log, dir).lines}, 0`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        rmSync(log, { force: true });
        rmSync(script, { force: true });
      }
    });

    it('the server sees the trapped workspace as data only: the YAML tags are errors, not code', async function () {
      ensureServerBuilt();
      const { dir, marker } = trapWorkspace();
      const s = await LspSession.start({ folders: [dir] });
      try {
        const report = await s.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
        const kb = report.items.find((i) => i.uri === fileUri(path.join(dir, 'sub', 'entities.yaml')));
        assert.ok(kb && kb.kind === 'full' && kb.items.some((d) => d.severity === 1), `the tagged KB is reported: ${JSON.stringify(kb)}`);
        assert.ok(!existsSync(marker));
      } finally {
        await s.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('declares how it behaves in an untrusted workspace', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { capabilities?: { untrustedWorkspaces?: { supported?: unknown; restrictedConfigurations?: string[]; description?: string } } };
    const u = pkg.capabilities?.untrustedWorkspaces;
    assert.ok(u, 'capabilities.untrustedWorkspaces is declared');
    assert.ok(u.supported === true || u.supported === 'limited', `supported: ${String(u.supported)}`);
    assert.ok(u.description && u.description.length > 20);
  });
});
