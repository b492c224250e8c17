// Quick fixes for the diagnostics under the cursor or selection: on an unsourced claim "Add source
// footnote", "Add source comment" and "Mark as verified" (also on vague attribution); on an unknown
// organisation "Add to entities.yaml as company / regulator"; on a non-preferred name "Use
// preferred spelling". Every fix only inserts text, except the spelling fix, which replaces the name.
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import type { Span } from '../analysis/index.js';
import type { ArticleAnalysis } from '../workspace/article-analysis.js';
import { addEntityAction, type KbTarget } from './quick-fixes/add-entity.js';
import { addSourceComment } from './quick-fixes/add-source-comment.js';
import { addSourceFootnote } from './quick-fixes/add-source-footnote.js';
import type { EditCapabilities } from './quick-fixes/edits.js';
import { markVerified } from './quick-fixes/mark-verified.js';
import { usePreferredSpelling } from './quick-fixes/preferred-spelling.js';

export interface CodeActionInput {
  range: Range;
  /** `context.only` of the request. */
  only?: string[];
  caps: EditCapabilities;
  /** Where an unknown organisation would be added; null when no KB file can take it. */
  kbTarget: KbTarget | null;
  /** Whether an entity id is already in use. */
  idTaken(id: string): boolean;
  today: Date;
}

export function wantsQuickFixes(only: string[] | undefined): boolean {
  return !only || only.some((k) => k === '' || k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + '.'));
}

/** Indexes of the article's diagnostics that touch `range`. */
export function diagnosticsInRange(a: ArticleAnalysis, range: Range): number[] {
  const from = a.lines.offsetAt(range.start);
  const to = a.lines.offsetAt(range.end);
  const out: number[] = [];
  a.result.diagnostics.forEach((d, i) => {
    if (d.start <= to && d.end >= from) out.push(i);
  });
  return out;
}

function sentenceAround(a: ArticleAnalysis, offset: number): Span | undefined {
  return a.result.sentences.find((s) => s.start <= offset && offset < s.end);
}

export function needsKbTarget(a: ArticleAnalysis, range: Range): boolean {
  return diagnosticsInRange(a, range).some((i) => a.result.diagnostics[i]!.code === 'unknown-organisation');
}

export function codeActions(a: ArticleAnalysis, input: CodeActionInput): CodeAction[] {
  if (!wantsQuickFixes(input.only)) return [];
  const out: CodeAction[] = [];
  const verifiedSentences = new Set<number>();
  for (const i of diagnosticsInRange(a, input.range)) {
    const d = a.result.diagnostics[i]!;
    const lsp = a.diagnostics[i];
    const attach = (action: CodeAction | null) => {
      if (!action) return;
      if (lsp) action.diagnostics = [lsp];
      out.push(action);
    };
    switch (d.code) {
      case 'unsourced-claim': {
        const claim = a.result.claims.find((c) => c.start === d.start) ?? sentenceAround(a, d.start);
        if (!claim) break;
        attach(addSourceFootnote(a, claim, input.caps));
        attach(addSourceComment(a, claim, input.caps));
        if (!verifiedSentences.has(claim.start)) {
          verifiedSentences.add(claim.start);
          attach(markVerified(a, claim, input.caps, input.today));
        }
        break;
      }
      case 'vague-attribution': {
        const sentence = sentenceAround(a, d.start);
        if (!sentence || verifiedSentences.has(sentence.start)) break;
        verifiedSentences.add(sentence.start);
        attach(markVerified(a, sentence, input.caps, input.today));
        break;
      }
      case 'unknown-organisation': {
        if (!input.kbTarget) break;
        const name = a.text.slice(d.start, d.end).replace(/\s+/g, ' ').trim();
        attach(addEntityAction(input.kbTarget, name, 'company', input.idTaken, input.caps));
        attach(addEntityAction(input.kbTarget, name, 'regulator', input.idTaken, input.caps));
        break;
      }
      case 'inconsistent-name': {
        const preferred = d.data?.preferred;
        if (typeof preferred === 'string' && preferred !== '') attach(usePreferredSpelling(a, d, preferred, input.caps));
        break;
      }
      default:
        break;
    }
  }
  return out;
}
