// The annotations of the active article, as the server computed them. One source for the tree
// view and the status bar, so both show the same thing and the server is asked once per change.
import { Disposable, EventEmitter, languages, window, type Event, type TextEditor, type Uri } from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { DocumentAnnotationsRequest, type DocumentAnnotations, type DocumentAnnotationsParams } from '../../server/src/protocol.js';
import { isArticle } from './documents.js';

/** Diagnostics arrive in bursts while an editor types; wait for them to settle. */
const REFRESH_DELAY_MS = 300;

export interface ActiveArticle {
  uri: Uri;
  /** Undefined while the server has not answered; null when it does not take the file for an article. */
  annotations: DocumentAnnotations | null | undefined;
}

export class ActiveAnnotations implements Disposable {
  private readonly changed = new EventEmitter<ActiveArticle | undefined>();
  /** Fires with the new state; undefined when no article is active. */
  readonly onDidChange: Event<ActiveArticle | undefined> = this.changed.event;
  private current: ActiveArticle | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Drops answers to requests that a newer refresh has overtaken. */
  private generation = 0;
  private readonly subscriptions: Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions = [
      this.changed,
      window.onDidChangeActiveTextEditor((editor) => this.onActiveEditor(editor)),
      languages.onDidChangeDiagnostics((e) => {
        const uri = this.current?.uri.toString();
        if (uri !== undefined && e.uris.some((u) => u.toString() === uri)) this.schedule();
      }),
      client.onDidChangeState((e) => {
        if (e.newState === State.Running) this.schedule();
      }),
    ];
    this.onActiveEditor(window.activeTextEditor);
  }

  get article(): ActiveArticle | undefined {
    return this.current;
  }

  /** Asks the server again now (after a command that changed the article or the KB). */
  refresh(): void {
    this.schedule(0);
  }

  private onActiveEditor(editor: TextEditor | undefined): void {
    // Focus moving to a panel or the output leaves no active editor: keep showing the last article.
    if (editor === undefined) return;
    if (!isArticle(editor.document)) {
      this.set(undefined);
      return;
    }
    if (this.current?.uri.toString() === editor.document.uri.toString()) return;
    this.set({ uri: editor.document.uri, annotations: undefined });
    this.schedule(0);
  }

  private schedule(delay = REFRESH_DELAY_MS): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.fetch();
    }, delay);
  }

  private async fetch(): Promise<void> {
    const article = this.current;
    if (article === undefined || !this.client.isRunning()) return;
    const generation = ++this.generation;
    const params: DocumentAnnotationsParams = { uri: this.client.code2ProtocolConverter.asUri(article.uri) };
    let annotations: DocumentAnnotations | null | undefined;
    try {
      annotations = await this.client.sendRequest<DocumentAnnotations | null>(DocumentAnnotationsRequest, params);
    } catch (error) {
      this.client.warn(`${DocumentAnnotationsRequest} failed for ${article.uri.toString()}`, error, false);
      annotations = undefined;
    }
    if (generation !== this.generation || this.current !== article) return;
    this.set({ uri: article.uri, annotations });
  }

  private set(article: ActiveArticle | undefined): void {
    this.current = article;
    this.changed.fire(article);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    Disposable.from(...this.subscriptions).dispose();
  }
}
