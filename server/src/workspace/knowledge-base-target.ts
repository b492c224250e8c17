// Which KB file a new entity goes into: the nearest KB file that applies to the article (so the
// new entry takes effect there), or a new entities.yaml at the root of its workspace folder.
// Open editor contents win over the file on disk.
import type { KbTarget } from '../features/quick-fixes/add-entity.js';
import type { FileAccess } from './file-access.js';
import type { NewsWorkspace } from './news-workspace.js';
import { dirname, isInside, joinUri } from './uri.js';

export async function knowledgeBaseTarget(ws: NewsWorkspace, io: FileAccess, articleUri: string): Promise<KbTarget | null> {
  const folder = ws.folderOf(articleUri) ?? (articleUri.startsWith('file:') ? dirname(articleUri) : null);
  if (folder === null) return null;
  const applicable = ws.kbFilesFor(articleUri).filter((u) => isInside(u, folder) && /\/entities\.ya?ml$/i.test(u));
  const uri = applicable[applicable.length - 1] ?? joinUri(folder, 'entities.yaml');
  const doc = ws.documents.get(uri);
  if (doc) return { uri, text: doc.getText(), version: doc.version };
  const outcome = await io.read(uri, 64 * 1024 * 1024);
  if (outcome.kind === 'text') return { uri, text: outcome.text, version: null };
  if (outcome.kind === 'missing') return { uri, text: null, version: null };
  return null;
}
