/** What every stored entity's item has in common (the key design itself: docs/data-model.md). */

export type Item = Record<string, unknown>;

/** The attributes the adapters add around a domain value: its keys, its index keys and its kind. */
const KEY_ATTRIBUTES = ['PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'type'] as const;

/**
 * The domain value an item holds: the item without the attributes the adapter added. Only for items an entity
 * module wrote from that very value (`...value` beside its keys), which is why the cast is sound.
 */
export const valueOf = <T>(item: Item): T => {
  const value: Item = { ...item };
  for (const name of KEY_ATTRIBUTES) delete value[name];
  return value as T;
};
