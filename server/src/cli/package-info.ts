// Name, version and repository of the package, inlined into the bundle by esbuild.
import pkg from '../../../package.json' with { type: 'json' };

export const TOOL_NAME = 'news-annotator';
export const VERSION: string = pkg.version;

/** https URL of the repository, without `git+` or `.git`. */
export const REPOSITORY_URL: string = String(pkg.repository?.url ?? '')
  .replace(/^git\+/, '')
  .replace(/\.git$/, '');

/** Where a rule is documented: docs/rules/<code>.md in the repository. */
export function ruleHelpUri(code: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${code}.md`;
}
