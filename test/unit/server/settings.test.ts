import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../../server/src/protocol.js';
import { isArticleFile, isKnowledgeBaseFile } from '../../../server/src/workspace/article-globs.js';
import { analyzeOptions, normaliseSettings } from '../../../server/src/workspace/settings.js';

describe('server: settings and article globs', () => {
  it('keeps well-typed settings and falls back per setting otherwise', () => {
    const s = normaliseSettings({ articles: 'news/**/*.md', requireCitation: 'yes', maxFileSize: -1, language: 'sv', rules: { 'unknown-organisation': 'off', 'no-such-rule': 'error', 'vague-attribution': 'loud' } });
    assert.deepEqual(s.articles, ['news/**/*.md']);
    assert.equal(s.requireCitation, false);
    assert.equal(s.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.equal(s.language, 'sv');
    assert.deepEqual(s.rules, { 'unknown-organisation': 'off' });
    assert.deepEqual(normaliseSettings(null), DEFAULT_SETTINGS);
    assert.deepEqual(analyzeOptions(s), { language: 'sv', requireCitation: false, maxFileSize: DEFAULT_SETTINGS.maxFileSize, rules: { 'unknown-organisation': 'off' } });
  });

  it('skips node_modules, hidden folders, README/CHANGELOG/LICENSE and docs/ by default', () => {
    const f = 'file:///ws';
    const yes = ['a.md', 'news/2024/story.md', 'samples/microsoft-mistral.sv.md'];
    const no = ['node_modules/x/a.md', '.github/a.md', 'news/.drafts/a.md', 'README.md', 'sub/CHANGELOG.md', 'LICENSE.md', 'docs/rules/a.md', 'a.txt', 'entities.yaml'];
    for (const p of yes) assert.equal(isArticleFile(`${f}/${p}`, f, DEFAULT_SETTINGS), true, p);
    for (const p of no) assert.equal(isArticleFile(`${f}/${p}`, f, DEFAULT_SETTINGS), false, p);
    assert.equal(isArticleFile('file:///elsewhere/x.md', null, DEFAULT_SETTINGS), true, 'a lone file outside every folder');
  });

  it('recognises KB files by name and by the entityFiles setting', () => {
    const s = { ...DEFAULT_SETTINGS, entityFiles: ['kb/*.yaml'] };
    assert.equal(isKnowledgeBaseFile('file:///ws/a/entities.yml', 'file:///ws', s), true);
    assert.equal(isKnowledgeBaseFile('file:///ws/kb/companies.yaml', 'file:///ws', s), true);
    assert.equal(isKnowledgeBaseFile('file:///ws/other.yaml', 'file:///ws', s), false);
  });
});
