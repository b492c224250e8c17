import assert from 'node:assert/strict';
import { escapeMarkdown, safeWebUrl, webLink } from '../../../server/src/features/markdown-escape.js';

describe('server: Markdown escaping of data', () => {
  it('escapes link, image and emphasis syntax so data renders as the characters typed', () => {
    const out = escapeMarkdown('[x](command:workbench.action.terminal.new) ![i](http://e/x.png) *a* _b_ `c`');
    assert.ok(!out.includes('](command:'), "!out.includes('](command:')");
    assert.ok(!out.includes('!['), "!out.includes('![')");
    for (const special of ['[', ']', '(', ')', '*', '_', '`', '!']) {
      for (let i = out.indexOf(special); i !== -1; i = out.indexOf(special, i + 1)) assert.equal(out[i - 1], '\\', `unescaped ${special} in ${out}`);
    }
  });

  it('turns HTML into entities and line breaks into spaces', () => {
    const out = escapeMarkdown('<img src=x onerror=alert(1)>\n# heading\n- item');
    assert.ok(!out.includes('<') && !out.includes('>'), "!out.includes('<') && !out.includes('>')");
    assert.ok(out.startsWith('&lt;img'), "out.startsWith('&lt;img')");
    assert.ok(!out.includes('\n'), "!out.includes('\\n')");
  });

  it('links only http and https URLs', () => {
    assert.equal(safeWebUrl('javascript:alert(1)'), null);
    assert.equal(safeWebUrl('command:workbench.action.terminal.new'), null);
    assert.equal(safeWebUrl('file:///etc/passwd'), null);
    assert.equal(safeWebUrl('not a url'), null);
    assert.equal(safeWebUrl('https://example.com/a b(c)'), 'https://example.com/a%20b%28c%29');
    assert.equal(webLink('site', 'javascript:alert(1)'), 'site');
    assert.equal(webLink('site', 'https://example.com'), '[site](https://example.com/)');
  });
});
