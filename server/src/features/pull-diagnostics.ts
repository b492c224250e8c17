// Pull diagnostics (LSP 3.17): textDocument/diagnostic for one document and workspace/diagnostic for
// every article and KB file. Result ids come from a hash of the content plus the generation of the
// KB and settings, so the client's frequent re-asks are answered `unchanged` without analysis.
// Workspace reports are built in slices that leave the event loop to typing-path requests.
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic as LspDiagnostic,
  type DocumentDiagnosticReport,
  type PreviousResultId,
  type WorkspaceDocumentDiagnosticReport,
  type WorkspaceDiagnosticReport,
} from 'vscode-languageserver';
import { contentHash } from '../workspace/content-hash.js';
import { yieldToEventLoop, type NewsWorkspace } from '../workspace/news-workspace.js';
import { canonicalUri } from '../workspace/uri.js';
import { kbDiagnosticsToLsp } from './kb-diagnostics.js';

const SLICE_MS = 8;

function cancelled(): ResponseError<{ retriggerRequest: boolean }> {
  return new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true });
}

function kbReport(ws: NewsWorkspace, uri: string): { resultId: string; items: LspDiagnostic[] } {
  const items = kbDiagnosticsToLsp(ws.kbDiagnostics(uri));
  return { resultId: `${ws.instance}.kb.${contentHash(JSON.stringify(items))}`, items };
}

export async function documentDiagnostics(ws: NewsWorkspace, uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
  await ws.knowledgeBaseReady;
  if (token.isCancellationRequested) throw cancelled();
  const key = canonicalUri(uri);
  if (ws.isKnowledgeBaseFile(key)) {
    const r = kbReport(ws, key);
    if (r.resultId === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: r.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: r.resultId, items: r.items };
  }
  const a = ws.analysisOf(key);
  const rec = a ? null : ws.isArticle(key) ? await ws.record(key) : null;
  const resultId = a?.resultId ?? rec?.resultId;
  if (resultId === undefined) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  if (resultId === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items: a?.diagnostics ?? rec?.diagnostics ?? [] };
}

/**
 * Reports every article and KB file. With `report`, items are streamed as partial results and the
 * final answer is empty (the client takes the partial results as the answer).
 */
export async function workspaceDiagnostics(
  ws: NewsWorkspace,
  previous: ReadonlyArray<PreviousResultId>,
  token: CancellationToken,
  report?: (items: WorkspaceDocumentDiagnosticReport[]) => void,
): Promise<WorkspaceDiagnosticReport> {
  await ws.ready;
  const prev = new Map(previous.map((p) => [canonicalUri(p.uri), p.value]));
  const all: WorkspaceDocumentDiagnosticReport[] = [];
  let batch: WorkspaceDocumentDiagnosticReport[] = [];
  const covered = new Set<string>();
  const add = (item: WorkspaceDocumentDiagnosticReport) => {
    covered.add(item.uri);
    if (report) batch.push(item);
    else all.push(item);
  };
  const flush = () => {
    if (report && batch.length > 0) {
      report(batch);
      batch = [];
    }
  };
  let sliceStart = performance.now();
  for (const uri of ws.articleUris().sort()) {
    if (token.isCancellationRequested) throw cancelled();
    const rec = await ws.record(uri);
    if (!rec) continue;
    const version = ws.documents.get(uri)?.version ?? null;
    if (prev.get(uri) === rec.resultId) add({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version, resultId: rec.resultId });
    else add({ kind: DocumentDiagnosticReportKind.Full, uri, version, resultId: rec.resultId, items: rec.diagnostics });
    if (performance.now() - sliceStart > SLICE_MS) {
      flush();
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  for (const uri of ws.kbFiles.uris()) {
    const r = kbReport(ws, uri);
    const version = ws.documents.get(uri)?.version ?? null;
    if (prev.get(uri) === r.resultId) add({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version, resultId: r.resultId });
    else add({ kind: DocumentDiagnosticReportKind.Full, uri, version, resultId: r.resultId, items: r.items });
  }
  // Files that left the workspace (deleted, excluded): clear what the client still shows for them.
  for (const uri of ws.takeRemoved()) if (!covered.has(uri)) add({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
  for (const [uri, value] of prev) {
    if (!covered.has(uri) && value.startsWith(ws.instance + '.') && !ws.documents.has(uri)) add({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
  }
  flush();
  return { items: all };
}
