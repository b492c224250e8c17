// Plain data exchanged by the analysis core, the CLI and the language server.
// All offsets are UTF-16 code units into the original text (as JavaScript strings index it),
// `end` exclusive. Nothing here knows about LSP or VS Code.

export type Language = 'sv' | 'en';

export type EntityKind = 'company' | 'regulator' | 'organisation' | 'person' | 'product' | 'place';
export const ENTITY_KINDS: readonly EntityKind[] = ['company', 'regulator', 'organisation', 'person', 'product', 'place'];

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type RuleCode =
  | 'unsourced-claim'
  | 'vague-attribution'
  | 'empty-source'
  | 'unknown-organisation'
  | 'inconsistent-name'
  | 'disable-without-reason'
  | 'stale-verification'
  | 'kb-error'
  | 'file-too-large'
  | 'binary-file'
  | 'analysis-failed';

export interface Span {
  start: number;
  end: number;
}

/** Where something was defined: a file and a 0-based line/character. */
export interface SourceLocation {
  uri: string;
  line: number;
  character: number;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  description?: string;
  url?: string;
  wikidata?: string;
  /** Preferred spelling per language, e.g. { sv: 'Open AI', en: 'OpenAI' }. */
  preferred?: Partial<Record<Language, string>>;
  role?: string;
  title?: string;
  /** Restricted patterns: words separated by spaces, a trailing `*` on a word matches any ending. */
  patterns: string[];
  /** Where the entry starts in its KB file (absent for entities built in code, e.g. in tests). */
  location?: SourceLocation;
}

export interface KbDiagnostic {
  uri: string;
  message: string;
  severity: Severity;
  /** 0-based line and character of the problem in the KB file. */
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface Mention extends Span {
  text: string;
  /** Entity id, or null for an organisation found by heuristics and absent from the KB. */
  entity: string | null;
  kind: EntityKind;
  /** End of the name proper, before a genitive/possessive ending (`Microsoft` in `Microsofts`). */
  nameEnd: number;
  /** Which KB surface form matched (name, alias or pattern); null for unknown organisations. */
  matched: string | null;
  /** Found through a KB pattern (a generic reference like "European competition regulators"). */
  viaPattern: boolean;
}

export type ClaimReason =
  | 'money'
  | 'percentage'
  | 'count'
  | 'ranking'
  | 'first-or-exclusive'
  | 'forecast'
  | 'undisclosed-amount';

export type SourceKindName = 'attribution' | 'quote' | 'link' | 'footnote' | 'comment' | 'front-matter';

export interface SourceRef extends Span {
  kind: SourceKindName;
  text: string;
}

export interface Claim extends Span {
  text: string;
  reasons: ClaimReason[];
  /** The words that triggered each reason, as spans into the text. */
  triggers: Array<Span & { reason: ClaimReason }>;
  sourced: boolean;
  source: SourceRef | null;
  verified: boolean;
}

export interface Diagnostic extends Span {
  code: RuleCode;
  severity: Severity;
  message: string;
  /** Extra data a quick fix needs (e.g. the preferred spelling). */
  data?: Record<string, string | number>;
}

export interface Sentence extends Span {
  /** Index of the prose block the sentence belongs to. */
  block: number;
}

export interface AnnotationComment extends Span {
  type: 'source' | 'verified' | 'disable-next-line' | 'disable-file' | 'enable' | 'other';
  /** The text after the keyword, trimmed. */
  body: string;
}

export interface FootnoteDefinition extends Span {
  label: string;
  /** Trimmed prose of the definition; empty when nothing is filled in. */
  content: string;
}

export interface AnalysisResult {
  language: Language;
  /** True when the language came from front matter rather than detection. */
  languageDeclared: boolean;
  mentions: Mention[];
  claims: Claim[];
  sentences: Sentence[];
  comments: AnnotationComment[];
  footnotes: FootnoteDefinition[];
  diagnostics: Diagnostic[];
  /** Prose blocks (paragraphs, headings, table cells) as source spans. */
  blocks: Span[];
  /** Sources listed in front matter `sources:`. */
  frontMatterSources: string[];
  /** Set when the file was not analysed at all (too large, binary). */
  skipped?: 'too-large' | 'binary';
}

export type RuleSetting = 'off' | Severity;

export interface AnalyzeOptions {
  /** `auto` detects from front matter, then from the text. */
  language?: Language | 'auto';
  /** Overrides of rule severities; `off` disables a rule. */
  rules?: Partial<Record<RuleCode, RuleSetting>>;
  /** A named attribution without a link or footnote does not count as a source. */
  requireCitation?: boolean;
  /** Files larger than this many UTF-16 code units are not analysed. Default 5 MB. */
  maxFileSize?: number;
}
