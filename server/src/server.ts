// Wires the LSP connection to the workspace model and the feature modules. No analysis and no
// feature logic lives here: each handler finds the document's analysis and calls one feature.
// Every handler is guarded: a failure is logged and answered with an empty result, never a crash.
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  RequestType,
  RequestType0,
  ResponseError,
  type CancellationToken,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver';
import { ENTITY_KINDS, exportClean } from './analysis/index.js';
import { codeActions, needsKbTarget } from './features/code-actions.js';
import { codeLenses } from './features/code-lens.js';
import { completeEntityNames, completeKbFile } from './features/completion.js';
import { definition } from './features/definition.js';
import { documentAnnotations } from './features/document-annotations.js';
import { hover } from './features/hover.js';
import { kbDiagnosticsToLsp } from './features/kb-diagnostics.js';
import { documentDiagnostics, workspaceDiagnostics } from './features/pull-diagnostics.js';
import { DiagnosticsPusher } from './features/push-diagnostics.js';
import { addEntityEdit } from './features/quick-fixes/add-entity.js';
import type { EditCapabilities } from './features/quick-fixes/edits.js';
import { countMentions, entityAtKbLine, references, referenceTarget } from './features/references.js';
import { encodeSemanticTokens, SemanticTokensCache } from './features/semantic-tokens.js';
import { clientPullsDiagnostics, initializeResult } from './features/server-capabilities.js';
import { workspaceSymbols } from './features/workspace-symbols.js';
import {
  DocumentAnnotationsRequest,
  ExportCleanRequest,
  KnowledgeBaseFilesRequest,
  ServerCommands,
  type AddEntityArgs,
  type DocumentAnnotations,
  type DocumentAnnotationsParams,
  type ExportCleanParams,
  type ExportCleanResult,
  type KnowledgeBaseFilesResult,
} from './protocol.js';
import type { FileAccess } from './workspace/file-access.js';
import { knowledgeBaseTarget } from './workspace/knowledge-base-target.js';
import type { ArticleAnalysis } from './workspace/article-analysis.js';
import { mentionCountOf } from './workspace/article-record.js';
import { NewsWorkspace } from './workspace/news-workspace.js';
import { canonicalUri } from './workspace/uri.js';

interface ClientFeatures {
  pull: boolean;
  diagnosticsRefresh: boolean;
  semanticTokensRefresh: boolean;
  codeLensRefresh: boolean;
  configuration: boolean;
  watchedFilesRegistration: boolean;
  configurationRegistration: boolean;
  markdown: boolean;
  linkSupport: boolean;
  edits: EditCapabilities;
  applyEdit: boolean;
}

function clientFeatures(params: InitializeParams): ClientFeatures {
  const c = params.capabilities;
  return {
    pull: clientPullsDiagnostics(params),
    diagnosticsRefresh: c.workspace?.diagnostics?.refreshSupport === true,
    semanticTokensRefresh: c.workspace?.semanticTokens?.refreshSupport === true,
    codeLensRefresh: c.workspace?.codeLens?.refreshSupport === true,
    configuration: c.workspace?.configuration === true,
    watchedFilesRegistration: c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    configurationRegistration: c.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    markdown: c.textDocument?.hover?.contentFormat?.includes('markdown') ?? false,
    linkSupport: c.textDocument?.definition?.linkSupport === true,
    edits: {
      documentChanges: c.workspace?.workspaceEdit?.documentChanges === true,
      snippets: c.workspace?.workspaceEdit?.snippetEditSupport === true,
      createFiles: c.workspace?.workspaceEdit?.resourceOperations?.includes('create') ?? false,
    },
    applyEdit: c.workspace?.applyEdit === true,
  };
}

/** Rejects requests whose params lack what the method needs (answered InvalidParams, not a crash). */
function requireDocument(params: unknown, needs: 'document' | 'position' | 'range'): void {
  const p = params as { textDocument?: { uri?: unknown }; position?: { line?: unknown; character?: unknown }; range?: { start?: unknown; end?: unknown } } | null;
  const isPos = (x: unknown) => {
    const q = x as { line?: unknown; character?: unknown } | null | undefined;
    return Number.isInteger(q?.line) && Number.isInteger(q?.character);
  };
  if (typeof p?.textDocument?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri must be a string');
  if (needs === 'position' && !isPos(p.position)) throw new ResponseError(ErrorCodes.InvalidParams, 'position must have integer line and character');
  if (needs === 'range' && !(isPos(p.range?.start) && isPos(p.range?.end))) throw new ResponseError(ErrorCodes.InvalidParams, 'range must have a start and an end position');
}

export interface ServerOptions {
  /** Server version reported in serverInfo. */
  version?: string;
}

/** Registers everything on a connection, including `initialize` (for in-process use and tests). */
export function startServer(connection: Connection, io: FileAccess, options: ServerOptions = {}): void {
  connection.onInitialize((params) => {
    attachServer(connection, io, params);
    return initializeResult(params, options.version);
  });
}

/**
 * Registers every handler but `initialize` and configures the server for the client that sent
 * `params`. server-main answers `initialize` itself and loads this module afterwards, so the
 * analysis code is not loaded before the client has its answer.
 */
export function attachServer(connection: Connection, io: FileAccess, params: InitializeParams): NewsWorkspace {
  const log = (message: string) => connection.console.log(message);
  const features: ClientFeatures = clientFeatures(params);
  // Settings for clients without workspace/configuration: initializationOptions, then didChangeConfiguration.
  let pushedSettings: unknown = (params.initializationOptions as { settings?: unknown } | null | undefined)?.settings;
  const ws = new NewsWorkspace(io, {
    log,
    fetchSettings: async (scopes) => {
      if (!features.configuration) return scopes.map(() => pushedSettings);
      return connection.workspace.getConfiguration(scopes.map((s) => (s === null ? { section: 'newsAnnotator' } : { scopeUri: s, section: 'newsAnnotator' })));
    },
  });
  const supportsFolders = params.capabilities.workspace?.workspaceFolders === true;
  ws.setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
  const tokens = new SemanticTokensCache();
  const pusher = new DiagnosticsPusher(
    (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics }),
    { current: (uri) => ws.analysisOf(uri) },
  );

  /** Runs a handler; a failure is logged and answered with `fallback`. Cancellation is honoured. */
  async function guard<T>(name: string, token: CancellationToken | undefined, fallback: T, fn: () => T | Promise<T>): Promise<T> {
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    try {
      return await fn();
    } catch (err) {
      if (err instanceof ResponseError) throw err;
      log(`${name} failed: ${(err as Error)?.stack ?? String(err)}`);
      return fallback;
    }
  }

  // ---- refreshes ------------------------------------------------------------------------------

  let refreshTimer: NodeJS.Timeout | undefined;
  function refreshClient(): void {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      const ignore = (err: unknown) => log(`refresh failed: ${String(err)}`);
      if (features.pull && features.diagnosticsRefresh) connection.languages.diagnostics.refresh().catch(ignore);
      if (features.semanticTokensRefresh) connection.languages.semanticTokens.refresh().catch(ignore);
      if (features.codeLensRefresh) connection.sendRequest('workspace/codeLens/refresh').catch(ignore);
    }, 50);
  }

  function publishKbDiagnostics(uri: string): void {
    const version = ws.documents.get(uri)?.version;
    connection.sendDiagnostics({ uri, version, diagnostics: kbDiagnosticsToLsp(ws.kbDiagnostics(uri)) });
  }

  function pushAll(): void {
    for (const doc of ws.documents.all()) if (ws.isArticle(doc.uri, doc.languageId)) pusher.documentChanged(doc.uri);
    for (const uri of ws.kbFiles.uris()) publishKbDiagnostics(uri);
    for (const uri of ws.takeRemoved()) pusher.clear(uri);
    void ws.indexAll().catch((err) => log(`indexing failed: ${String(err)}`));
  }

  ws.onRecordUpdated = (rec) => {
    if (!features.pull && !ws.documents.has(rec.uri)) pusher.publish(rec.uri, null, rec.resultId, rec.diagnostics);
  };

  ws.onChange((change) => {
    switch (change.kind) {
      case 'analysis-inputs':
        if (features.pull) refreshClient();
        else pushAll();
        break;
      case 'kb-file':
        if (features.pull) refreshClient();
        else publishKbDiagnostics(change.uri);
        break;
      case 'articles':
        if (features.pull) refreshClient();
        else pushAll();
        break;
    }
  });

  // ---- lifecycle ------------------------------------------------------------------------------

  connection.onInitialized(() => {
    if (features.watchedFilesRegistration) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/entities.{yaml,yml}' }],
        })
        .catch((err) => log(`could not watch files: ${String(err)}`));
    }
    if (features.configurationRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsAnnotator' }).catch(() => undefined);
    }
    if (supportsFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const current = new Set(ws.folders);
        for (const r of e.removed) current.delete(canonicalUri(r.uri).replace(/\/$/, ''));
        for (const a of e.added) current.add(a.uri);
        void ws.foldersChanged([...current]);
      });
    }
    void ws.start().then(() => {
      if (!features.pull) pushAll();
    });
  });

  /** Runs a notification handler; a failure (e.g. malformed params) is logged, never thrown. */
  function safely<P>(name: string, fn: (params: P) => void | Promise<void>): (params: P) => void {
    return (params) => {
      try {
        const r = fn(params);
        if (r) r.catch((err: unknown) => log(`${name} failed: ${(err as Error)?.stack ?? String(err)}`));
      } catch (err) {
        log(`${name} failed: ${(err as Error)?.stack ?? String(err)}`);
      }
    };
  }

  connection.onDidChangeConfiguration(
    safely('didChangeConfiguration', (params) => {
      const s = (params.settings as { newsAnnotator?: unknown } | null | undefined)?.newsAnnotator;
      if (s !== undefined) pushedSettings = s;
      return ws.settingsChanged();
    }),
  );

  connection.onDidChangeWatchedFiles(safely('didChangeWatchedFiles', (params) => ws.filesChanged(params.changes)));

  // ---- documents ------------------------------------------------------------------------------

  connection.onDidOpenTextDocument(
    safely('didOpen', ({ textDocument: d }) => {
      if (typeof d.text !== 'string') throw new Error('didOpen without text');
      ws.didOpen(d.uri, d.languageId, d.version, d.text);
      if (!features.pull && ws.isArticle(d.uri, d.languageId)) pusher.documentChanged(canonicalUri(d.uri));
    }),
  );
  connection.onDidChangeTextDocument(
    safely('didChange', ({ textDocument: d, contentChanges }) => {
      const doc = ws.didChange(d.uri, d.version, contentChanges);
      if (doc && !features.pull && ws.isArticle(doc.uri, doc.languageId)) pusher.documentChanged(doc.uri);
    }),
  );
  connection.onDidCloseTextDocument(
    safely('didClose', async ({ textDocument: d }) => {
      const uri = canonicalUri(d.uri);
      tokens.forget(uri);
      pusher.documentClosed(uri);
      await ws.didClose(uri);
      if (!features.pull) pushAll();
    }),
  );

  // ---- diagnostics ----------------------------------------------------------------------------

  connection.languages.diagnostics.on((params, token) =>
    guard('textDocument/diagnostic', token, { kind: 'full', items: [] } as const, () => {
      requireDocument(params, 'document');
      return documentDiagnostics(ws, params.textDocument.uri, params.previousResultId, token);
    }),
  );
  connection.languages.diagnostics.onWorkspace((params, token, _work, progress) =>
    guard('workspace/diagnostic', token, { items: [] }, () =>
      workspaceDiagnostics(ws, params.previousResultIds, token, progress ? (items) => progress.report({ items }) : undefined),
    ),
  );

  // ---- article features -----------------------------------------------------------------------

  async function analysis(uri: string) {
    await ws.knowledgeBaseReady;
    return ws.analysisOf(uri);
  }

  /** Mentions across the workspace: the other articles' records plus this article's current analysis. */
  function workspaceCounter(a: ArticleAnalysis) {
    return (key: string) => {
      const others = ws.otherRecords(a.uri);
      if (others === null) return null;
      const here = mentionCountOf(a.result.mentions, key);
      const elsewhere = countMentions(key, others);
      return { mentions: elsewhere.mentions + here, articles: elsewhere.articles + (here > 0 ? 1 : 0) };
    };
  }

  connection.onHover((params, token) =>
    guard('hover', token, null, async () => {
      requireDocument(params, 'position');
      const a = await analysis(params.textDocument.uri);
      if (!a) return null;
      const result = hover(a, params.position, { markdown: features.markdown, workspaceCount: workspaceCounter(a) });
      if (ws.otherRecords(a.uri) === null) void ws.indexAll().catch((err) => log(`indexing failed: ${String(err)}`));
      return result;
    }),
  );

  connection.onDefinition((params, token) =>
    guard('definition', token, null, async () => {
      requireDocument(params, 'position');
      const a = await analysis(params.textDocument.uri);
      return a ? definition(a, params.position, features.linkSupport) : null;
    }),
  );

  connection.onReferences((params, token) =>
    guard('references', token, [], async () => {
      requireDocument(params, 'position');
      await ws.knowledgeBaseReady;
      const uri = canonicalUri(params.textDocument.uri);
      let target: ReturnType<typeof referenceTarget> = null;
      if (ws.isKnowledgeBaseFile(uri)) {
        const entity = entityAtKbLine(ws.kbFiles.all, uri, params.position.line);
        if (entity) target = { key: entity.id, entity };
      } else {
        const a = ws.analysisOf(uri);
        if (a) target = referenceTarget(a, params.position);
      }
      if (!target) return [];
      await ws.indexAll();
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      return references(target.key, target.entity, ws.allRecords(), params.context.includeDeclaration);
    }),
  );

  connection.onWorkspaceSymbol((params, token) =>
    guard('workspace/symbol', token, [], async () => {
      await ws.knowledgeBaseReady;
      ws.flushKbEdits();
      return workspaceSymbols(ws.kbFiles.all, params.query);
    }),
  );

  connection.onCompletion((params, token) =>
    guard('completion', token, null, async () => {
      requireDocument(params, 'position');
      await ws.knowledgeBaseReady;
      const doc = ws.documents.get(params.textDocument.uri);
      if (!doc) return null;
      const { line, character } = params.position;
      const linePrefix = doc.getText({ start: { line, character: 0 }, end: { line, character } });
      if (ws.isKnowledgeBaseFile(doc.uri)) return completeKbFile(linePrefix, params.position);
      const a = ws.analysisOf(doc.uri);
      if (!a) return null;
      const mentioned = new Set(a.result.mentions.map((m) => m.entity).filter((e): e is string => e !== null));
      return completeEntityNames({ kb: a.kb, language: a.result.language, linePrefix, position: params.position, mentioned });
    }),
  );

  connection.onCodeAction((params, token) =>
    guard('codeAction', token, [], async () => {
      requireDocument(params, 'range');
      const a = await analysis(params.textDocument.uri);
      if (!a) return [];
      const kbTarget = needsKbTarget(a, params.range) ? await knowledgeBaseTarget(ws, io, a.uri) : null;
      if (token.isCancellationRequested) return [];
      return codeActions(a, {
        range: params.range,
        only: params.context.only,
        caps: features.edits,
        kbTarget,
        idTaken: (id) => a.kb.get(id) !== undefined,
        today: new Date(),
      });
    }),
  );

  connection.onCodeLens((params, token) =>
    guard('codeLens', token, [], async () => {
      requireDocument(params, 'document');
      const a = await analysis(params.textDocument.uri);
      return a ? codeLenses(a) : [];
    }),
  );

  connection.languages.semanticTokens.on((params, token) =>
    guard('semanticTokens/full', token, { data: [] }, async () => {
      requireDocument(params, 'document');
      const a = await analysis(params.textDocument.uri);
      return a ? tokens.full(a.uri, encodeSemanticTokens(a)) : { data: [] };
    }),
  );
  connection.languages.semanticTokens.onDelta((params, token) =>
    guard('semanticTokens/full/delta', token, { data: [] }, async () => {
      requireDocument(params, 'document');
      const a = await analysis(params.textDocument.uri);
      return a ? tokens.delta(a.uri, params.previousResultId, encodeSemanticTokens(a)) : { data: [] };
    }),
  );
  connection.languages.semanticTokens.onRange((params, token) =>
    guard('semanticTokens/range', token, { data: [] }, async () => {
      requireDocument(params, 'range');
      const a = await analysis(params.textDocument.uri);
      return a ? { data: encodeSemanticTokens(a, params.range) } : { data: [] };
    }),
  );

  // ---- custom requests and commands -----------------------------------------------------------

  connection.onRequest(new RequestType<DocumentAnnotationsParams, DocumentAnnotations | null, void>(DocumentAnnotationsRequest), (params, token) =>
    guard(DocumentAnnotationsRequest, token, null, async () => {
      if (typeof params?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'uri must be a string');
      const a = await ws.analysisOfAny(params.uri);
      return a ? documentAnnotations(a, params.uri) : null;
    }),
  );

  connection.onRequest(new RequestType<ExportCleanParams, ExportCleanResult | null, void>(ExportCleanRequest), (params, token) =>
    guard(ExportCleanRequest, token, null, async (): Promise<ExportCleanResult | null> => {
      if (typeof params?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'uri must be a string');
      const text = await ws.textOf(params.uri);
      return text === null ? null : { text: exportClean(text) };
    }),
  );

  connection.onRequest(new RequestType0<KnowledgeBaseFilesResult, void>(KnowledgeBaseFilesRequest), (token) =>
    guard(KnowledgeBaseFilesRequest, token, { uris: [] }, async (): Promise<KnowledgeBaseFilesResult> => {
      await ws.knowledgeBaseReady;
      const def = ws.kbFiles.defaultFileUri;
      return { uris: [...ws.kbFiles.uris(), ...(def ? [def] : [])] };
    }),
  );

  connection.onExecuteCommand((params, token) =>
    guard(params.command, token, null, async () => {
      if (params.command === ServerCommands.checkAll) {
        await ws.rescan();
        await ws.indexAll();
        return { articles: ws.articleUris().length };
      }
      if (params.command === ServerCommands.addEntity) {
        const args = params.arguments?.[0] as Partial<AddEntityArgs> | undefined;
        if (!args || typeof args.uri !== 'string' || typeof args.name !== 'string' || args.name.trim() === '') {
          throw new ResponseError(-32602, 'addEntity expects [{ uri, name, kind }]');
        }
        const kind = typeof args.kind === 'string' && (ENTITY_KINDS as readonly string[]).includes(args.kind) ? args.kind : 'company';
        await ws.knowledgeBaseReady;
        const target = await knowledgeBaseTarget(ws, io, canonicalUri(args.uri));
        if (!target) return { applied: false, reason: 'no workspace folder to hold entities.yaml' };
        const kb = ws.kbFor(args.uri);
        const edit = addEntityEdit(target, args.name.replace(/\s+/g, ' ').trim(), kind, (id) => kb.get(id) !== undefined, features.edits);
        if (!edit) return { applied: false, reason: `${target.uri} is not a YAML list this server can append to` };
        if (!features.applyEdit) return { applied: false, reason: 'the client cannot apply workspace edits' };
        const result = await connection.workspace.applyEdit({ label: `Add ${args.name} to the knowledge base`, edit });
        return { applied: result.applied, uri: target.uri };
      }
      throw new ResponseError(-32601, `unknown command ${params.command}`);
    }),
  );

  return ws;
}
