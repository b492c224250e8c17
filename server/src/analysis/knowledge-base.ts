import type { Entity } from './types.js';

/** An immutable set of entities with a compiled matcher. Later layers override earlier ones by id. */
export class KnowledgeBase {
  static fromLayers(layers: ReadonlyArray<ReadonlyArray<Entity>>): KnowledgeBase {
    void layers;
    throw new Error('not implemented yet');
  }
  readonly entities: ReadonlyArray<Entity> = [];
  get(id: string): Entity | undefined {
    void id;
    return undefined;
  }
}
