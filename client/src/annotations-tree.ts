// The "News Annotator" view in the Explorer: the active article's entities (grouped, with counts)
// and its claims with their status. Every leaf opens its place in the article.
import {
  EventEmitter,
  MarkdownString,
  ThemeColor,
  ThemeIcon,
  TreeItem,
  TreeItemCollapsibleState,
  window,
  type Disposable,
  type Event,
  type TreeDataProvider,
  type TreeView,
  type Uri,
} from 'vscode';
import type { AnnotatedClaim, AnnotatedMention, ClaimStatus, DocumentAnnotations } from '../../server/src/protocol.js';
import type { ActiveAnnotations, ActiveArticle } from './active-annotations.js';
import { toRange } from './ranges.js';

export const ANNOTATIONS_VIEW_ID = 'newsAnnotator.annotations';

type Node =
  | { type: 'section'; section: 'entities' | 'claims'; annotations: DocumentAnnotations }
  | { type: 'entity'; key: string; name: string; kind: string; known: boolean; mentions: AnnotatedMention[] }
  | { type: 'mention'; mention: AnnotatedMention }
  | { type: 'claim'; claim: AnnotatedClaim };

const CLAIM_ICONS: Record<ClaimStatus, ThemeIcon> = {
  unsourced: new ThemeIcon('warning', new ThemeColor('problemsWarningIcon.foreground')),
  sourced: new ThemeIcon('check'),
  verified: new ThemeIcon('verified-filled', new ThemeColor('testing.iconPassed')),
};

const KIND_ICONS: Record<string, string> = {
  company: 'symbol-class',
  regulator: 'law',
  organisation: 'organization',
  person: 'person',
  product: 'package',
  place: 'location',
};

/** Tree labels are one line; long claims are cut at a word boundary. */
function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max / 2 ? cut : max)}…`;
}

function groupMentions(mentions: AnnotatedMention[]): Extract<Node, { type: 'entity' }>[] {
  const groups = new Map<string, Extract<Node, { type: 'entity' }>>();
  for (const mention of mentions) {
    // Unknown organisations have no id: group them by what the article calls them.
    const key = mention.entity ?? `?${mention.name.toLocaleLowerCase()}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { type: 'entity', key, name: mention.name, kind: mention.kind, known: mention.entity !== null, mentions: [] };
      groups.set(key, group);
    }
    group.mentions.push(mention);
  }
  return [...groups.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

export class AnnotationsTree implements TreeDataProvider<Node>, Disposable {
  private readonly changed = new EventEmitter<void>();
  readonly onDidChangeTreeData: Event<void> = this.changed.event;
  private readonly view: TreeView<Node>;
  private readonly subscription: Disposable;

  constructor(private readonly source: ActiveAnnotations) {
    this.view = window.createTreeView(ANNOTATIONS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscription = source.onDidChange((article) => this.update(article));
    this.update(source.article);
  }

  private update(article: ActiveArticle | undefined): void {
    if (article === undefined) {
      this.view.message = 'Open a Markdown article to see its entities and claims.';
      this.view.description = undefined;
    } else if (article.annotations === undefined) {
      this.view.message = 'Waiting for the News Annotator server…';
      this.view.description = undefined;
    } else if (article.annotations === null) {
      this.view.message = 'This file is not checked as an article (see the newsAnnotator.articles and newsAnnotator.exclude settings).';
      this.view.description = undefined;
    } else {
      const { mentions, claims } = article.annotations;
      this.view.message = mentions.length + claims.length === 0 ? 'No entities or checkable claims in this article.' : undefined;
      this.view.description = article.uri.path.split('/').pop();
    }
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (node === undefined) {
      const annotations = this.source.article?.annotations;
      if (annotations === undefined || annotations === null) return [];
      return [
        { type: 'section', section: 'entities', annotations },
        { type: 'section', section: 'claims', annotations },
      ];
    }
    switch (node.type) {
      case 'section':
        return node.section === 'entities'
          ? groupMentions(node.annotations.mentions)
          : node.annotations.claims.map((claim) => ({ type: 'claim', claim }));
      case 'entity':
        return node.mentions.map((mention) => ({ type: 'mention', mention }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): TreeItem {
    const uri = this.source.article?.uri;
    switch (node.type) {
      case 'section':
        return sectionItem(node);
      case 'entity': {
        const item = new TreeItem(node.name, TreeItemCollapsibleState.Collapsed);
        // A stable id keeps a group expanded across refreshes while the editor types.
        item.id = `entity:${node.key}`;
        item.description = `${node.known ? node.kind : `unknown ${node.kind}`} · ${node.mentions.length}×`;
        item.iconPath = new ThemeIcon(node.known ? (KIND_ICONS[node.kind] ?? 'symbol-misc') : 'question');
        item.contextValue = node.known ? 'entity' : 'unknownEntity';
        if (uri !== undefined && node.mentions[0] !== undefined) item.command = reveal(uri, node.mentions[0]);
        return item;
      }
      case 'mention': {
        const { mention } = node;
        const item = new TreeItem(mention.text, TreeItemCollapsibleState.None);
        item.description = `line ${mention.range.start.line + 1}`;
        if (uri !== undefined) item.command = reveal(uri, mention);
        return item;
      }
      case 'claim': {
        const { claim } = node;
        const item = new TreeItem(oneLine(claim.text), TreeItemCollapsibleState.None);
        item.description = `${claim.status} · line ${claim.range.start.line + 1}`;
        item.iconPath = CLAIM_ICONS[claim.status];
        const tooltip = new MarkdownString();
        tooltip.appendText(claim.text);
        if (claim.reasons.length > 0) tooltip.appendMarkdown('\n\n---\n\n').appendText(`${claim.status}: ${claim.reasons.join('; ')}`);
        item.tooltip = tooltip;
        item.contextValue = `claim.${claim.status}`;
        if (uri !== undefined) item.command = reveal(uri, claim);
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.view.dispose();
    this.changed.dispose();
  }
}

function sectionItem(node: Extract<Node, { type: 'section' }>): TreeItem {
  if (node.section === 'entities') {
    const { mentions } = node.annotations;
    const item = new TreeItem('Entities', TreeItemCollapsibleState.Expanded);
    item.id = 'section:entities';
    item.description = `${groupMentions(mentions).length} · ${mentions.length} mentions`;
    item.iconPath = new ThemeIcon('symbol-class');
    return item;
  }
  const { claims } = node.annotations;
  const unsourced = claims.filter((c) => c.status === 'unsourced').length;
  const item = new TreeItem('Claims', TreeItemCollapsibleState.Expanded);
  item.id = 'section:claims';
  item.description = `${claims.length} · ${unsourced} unsourced`;
  item.iconPath = new ThemeIcon('quote');
  return item;
}

/** `vscode.open` with a selection selects the range in the article's editor. */
function reveal(uri: Uri, target: { range: AnnotatedMention['range'] }): TreeItem['command'] {
  return { command: 'vscode.open', title: 'Reveal in Article', arguments: [uri, { selection: toRange(target.range) }] };
}
