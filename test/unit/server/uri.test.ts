import assert from 'node:assert/strict';
import { canonicalUri, isInside, relativePath } from '../../../server/src/workspace/uri.js';

describe('server: file URIs', () => {
  it('spells a file URI one way whatever the client sent', () => {
    assert.equal(canonicalUri('file:///ws/a%20b/%C3%A4.md'), canonicalUri('file:///ws/a b/ä.md'));
    assert.equal(canonicalUri('untitled:Untitled-1'), 'untitled:Untitled-1');
  });

  it('tells folders from files that share a prefix', () => {
    assert.equal(isInside('file:///ws/news/a.md', 'file:///ws/news'), true);
    assert.equal(isInside('file:///ws/newsroom/a.md', 'file:///ws/news'), false);
    assert.equal(relativePath('file:///ws', 'file:///ws/news/a.md'), 'news/a.md');
    assert.equal(relativePath('file:///ws', 'file:///other/a.md'), null);
  });
});
