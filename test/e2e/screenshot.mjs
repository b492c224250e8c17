// Drives the workbench page (opened by offline-code.mjs with the extension loaded and samples/ as
// the workspace) to the state the README shows: the seed article open with its highlights and
// squiggles, the Problems panel listing its findings, and the hover card on "Microsofts".
// Everything is done as a user would (keyboard and mouse), so the picture is of the real product.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const ARTICLE = 'microsoft-mistral.sv.md';
const HOVER_WORD = 'Microsofts';

export async function takeScreenshot(page, file, log, failureFile) {
  try {
    await arrange(page, log);
  } catch (error) {
    // Keep what the page looked like when it went wrong: it says more than the timeout.
    if (failureFile) {
      mkdirSync(dirname(failureFile), { recursive: true });
      await page.screenshot({ path: failureFile }).catch(() => {});
      log(`the page at the failure: ${failureFile}`);
    }
    throw error;
  }
  mkdirSync(dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}

async function arrange(page, log) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  log('workbench ready');

  // Open the article through Quick Open.
  await page.keyboard.press('Control+P');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ timeout: 15_000 });
  await quickInput.fill(ARTICLE);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: ARTICLE }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  const editor = page.locator('.editor-instance .monaco-editor .view-lines');
  await editor.filter({ hasText: HOVER_WORD }).waitFor({ timeout: 30_000 });
  log('article open');

  // The extension's own view in the Explorer (entities and claims of the active article), when
  // it is contributed: expand it.
  const view = page.locator('.pane-header', { hasText: 'News Annotator' }).first();
  if ((await view.count()) > 0 && (await view.getAttribute('aria-expanded')) !== 'true') {
    await view.click();
  }

  // The language server's findings: wait for squiggles, then give semantic tokens a moment more.
  await page
    .locator('.editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-info')
    .first()
    .waitFor({ state: 'attached', timeout: 60_000 });
  await page.waitForTimeout(2000);
  log('diagnostics shown');

  // Problems panel.
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 15_000 });
  // Show only this article's findings (the panel lists every article of the workspace).
  const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
  await filter.fill(`**/${ARTICLE}`);
  await page.locator('.markers-panel .monaco-list-row', { hasText: ARTICLE }).first().waitFor({ timeout: 15_000 });
  // Focus back on the editor, as a writer would have it.
  await page.keyboard.press('Control+1');
  await page.waitForTimeout(500);
  log('problems panel open');

  // Hover card on the first "Microsofts": find where that word is drawn and rest the mouse there.
  const point = await page.evaluate((word) => {
    const root = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!root) return undefined;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const rect = range.getBoundingClientRect();
      found.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    }
    // Lines are rendered out of document order; the top-most one is the first occurrence.
    found.sort((a, b) => a.y - b.y);
    return found[0];
  }, HOVER_WORD);
  if (!point) throw new Error(`"${HOVER_WORD}" is not visible in the editor`);
  await page.mouse.move(point.x - 20, point.y);
  await page.mouse.move(point.x, point.y, { steps: 5 });
  await page.locator('.monaco-hover:not(.hidden)', { hasText: /Microsoft/ }).first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(700);
  log('hover card shown');
}
