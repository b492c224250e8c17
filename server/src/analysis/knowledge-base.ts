// An immutable set of entities with its compiled matcher.
import { EntityMatcher } from './entity-matcher.js';
import { tokenize } from './tokens.js';
import type { Entity } from './types.js';

export class KnowledgeBase {
  readonly entities: ReadonlyArray<Entity>;
  private readonly byId: Map<string, Entity>;
  private compiled: EntityMatcher | undefined;

  private constructor(entities: Entity[]) {
    this.entities = entities;
    this.byId = new Map(entities.map((e) => [e.id, e]));
  }

  /** Merges layers (default KB first, workspace files after): a later entry replaces an earlier one with the same id. */
  static fromLayers(layers: ReadonlyArray<ReadonlyArray<Entity>>): KnowledgeBase {
    // Walk the layers from the last: the first entry seen for an id is the one in force, and the
    // matcher keeps the first entity for a surface form, so workspace entries win over the default KB.
    const seen = new Set<string>();
    const ordered: Entity[] = [];
    for (let l = layers.length - 1; l >= 0; l--) {
      for (const e of layers[l]!) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        ordered.push(e);
      }
    }
    return new KnowledgeBase(ordered);
  }

  static empty(): KnowledgeBase {
    return new KnowledgeBase([]);
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** Compiled on first use so loading a large KB stays cheap until an article needs it. */
  get matcher(): EntityMatcher {
    this.compiled ??= new EntityMatcher(this.entities, (s) => tokenize(s));
    return this.compiled;
  }
}
