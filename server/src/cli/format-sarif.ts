// SARIF 2.1.0 for GitHub code scanning: one run, the rule catalogue as the driver's rules,
// locations relative to %SRCROOT% (the working directory) with 1-based lines and UTF-16 columns.
import { pathToFileURL } from 'node:url';
import { RULES, type Severity } from '../analysis/index.js';
import { displayColumn, type FileReport } from './file-report.js';
import { REPOSITORY_URL, TOOL_NAME, VERSION, ruleHelpUri } from './package-info.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function buildSarif(reports: readonly FileReport[], cwd: string) {
  const rules = Object.values(RULES).map((r) => ({
    id: r.code,
    name: r.code.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title },
    helpUri: ruleHelpUri(r.code),
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
  }));
  const ruleIndex = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  const results = [];
  for (const f of reports) {
    if (f.readError) continue;
    // Inside the working directory: a relative uri against %SRCROOT%; elsewhere an absolute file uri.
    const inside = !f.path.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(f.path);
    const artifactLocation = inside ? { uri: relativeUri(f.path), uriBaseId: '%SRCROOT%' } : { uri: pathToFileURL(f.absolutePath).href };
    for (const d of f.diagnostics) {
      // Hints (unknown organisations) stay out of code scanning, as they stay out of the Problems panel.
      if (d.severity === 'hint') continue;
      results.push({
        ruleId: d.code,
        ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code)! } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: {
                startLine: d.range.start.line + 1,
                startColumn: displayColumn(f, d.range.start),
                endLine: d.range.end.line + 1,
                endColumn: displayColumn(f, d.range.end),
              },
            },
          },
        ],
      });
    }
  }
  const root = pathToFileURL(cwd).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: VERSION, informationUri: REPOSITORY_URL, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : root + '/' } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(reports: readonly FileReport[], cwd: string): string {
  return JSON.stringify(buildSarif(reports, cwd), null, 2) + '\n';
}
