// Problems in a knowledge-base file (YAML syntax, schema, duplicate ids, contested aliases) as LSP
// diagnostics in that file, with the rule code `kb-error`.
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { KbDiagnostic } from '../analysis/index.js';
import { DIAGNOSTIC_SOURCE, lspSeverity, ruleDocumentationUrl } from './diagnostics.js';

export function kbDiagnosticsToLsp(diagnostics: ReadonlyArray<KbDiagnostic>): LspDiagnostic[] {
  return diagnostics.map((d) => ({
    range: { start: { line: d.line, character: d.character }, end: { line: d.endLine, character: d.endCharacter } },
    severity: lspSeverity(d.severity),
    source: DIAGNOSTIC_SOURCE,
    code: 'kb-error',
    codeDescription: { href: ruleDocumentationUrl('kb-error') },
    message: d.message,
  }));
}
