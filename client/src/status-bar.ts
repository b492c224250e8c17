// Mentions and unsourced claims of the active article, in the status bar.
import { StatusBarAlignment, window, type Disposable, type StatusBarItem } from 'vscode';
import type { ActiveAnnotations, ActiveArticle } from './active-annotations.js';

export const PROBLEMS_PANEL_COMMAND = 'workbench.actions.view.problems';

export class AnnotationsStatusBar implements Disposable {
  private readonly item: StatusBarItem;
  private readonly subscription: Disposable;

  constructor(source: ActiveAnnotations) {
    this.item = window.createStatusBarItem('newsAnnotator.status', StatusBarAlignment.Left, 50);
    this.item.name = 'News Annotator';
    // VS Code offers extensions no way to set the Problems filter; with the article active, its
    // "Show Active File Only" filter is one click away in the panel.
    this.item.command = PROBLEMS_PANEL_COMMAND;
    this.subscription = source.onDidChange((article) => this.update(article));
    this.update(source.article);
  }

  private update(article: ActiveArticle | undefined): void {
    const annotations = article?.annotations;
    if (annotations === undefined || annotations === null) {
      this.item.hide();
      return;
    }
    const mentions = annotations.mentions.length;
    const unsourced = annotations.claims.filter((c) => c.status === 'unsourced').length;
    this.item.text = `$(symbol-class) ${mentions} $(warning) ${unsourced}`;
    this.item.tooltip =
      `News Annotator: ${mentions} ${mentions === 1 ? 'mention' : 'mentions'}, ` +
      `${unsourced} unsourced ${unsourced === 1 ? 'claim' : 'claims'} in this article. Click to open the Problems panel.`;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
