// Grouping a list by a key, keeping both the groups and their members in the order met.
// (Map.groupBy does this, but not in Node 20, where the unit tests run.)

/** `items` grouped by `keyOf`: groups in the order their first member comes, members in order. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
