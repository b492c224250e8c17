// Settings as the client sends them (workspace/configuration, section `newsAnnotator`), checked
// value by value: a wrong type in one setting falls back to that setting's default and never
// breaks the others.
import type { AnalyzeOptions, RuleCode, RuleSetting } from '../analysis/index.js';
import { RULES } from '../analysis/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../protocol.js';

const RULE_SETTINGS = new Set(['off', 'error', 'warning', 'information', 'hint']);

function stringList(v: unknown, fallback: string[]): string[] {
  if (typeof v === 'string' && v.trim() !== '') return [v];
  if (Array.isArray(v)) {
    const list = v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    return list.length > 0 || v.length === 0 ? list : fallback;
  }
  return fallback;
}

/** Merges raw settings over the defaults, keeping only well-typed values. */
export function normaliseSettings(raw: unknown): Settings {
  const r = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const d = DEFAULT_SETTINGS;
  const articles = stringList(r.articles, d.articles);
  const rules: Record<string, string> = {};
  if (r.rules !== null && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
    for (const [code, value] of Object.entries(r.rules as Record<string, unknown>)) {
      if (code in RULES && typeof value === 'string' && RULE_SETTINGS.has(value)) rules[code] = value;
    }
  }
  const maxFileSize = typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize > 0 ? Math.floor(r.maxFileSize) : d.maxFileSize;
  return {
    articles: articles.length > 0 ? articles : d.articles,
    exclude: stringList(r.exclude, d.exclude),
    entityFiles: stringList(r.entityFiles, d.entityFiles),
    useDefaultEntities: typeof r.useDefaultEntities === 'boolean' ? r.useDefaultEntities : d.useDefaultEntities,
    language: r.language === 'sv' || r.language === 'en' || r.language === 'auto' ? r.language : d.language,
    requireCitation: typeof r.requireCitation === 'boolean' ? r.requireCitation : d.requireCitation,
    maxFileSize,
    rules,
  };
}

export function analyzeOptions(settings: Settings): AnalyzeOptions {
  return {
    language: settings.language,
    requireCitation: settings.requireCitation,
    maxFileSize: settings.maxFileSize,
    rules: settings.rules as Partial<Record<RuleCode, RuleSetting>>,
  };
}

const optionsCache = new WeakMap<Settings, AnalyzeOptions>();

/**
 * The analyze options of a settings object, the same object every time: the core's incremental
 * analysis reuses its blocks only while the options object is unchanged.
 */
export function analyzeOptionsFor(settings: Settings): AnalyzeOptions {
  let o = optionsCache.get(settings);
  if (!o) optionsCache.set(settings, (o = analyzeOptions(settings)));
  return o;
}

/** A stable key of everything in the settings that changes analysis results. */
export function settingsKey(settings: Settings): string {
  return JSON.stringify(settings);
}
