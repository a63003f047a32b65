/**
 * A version function for VersionedCache.get whose first reading is one the caller already
 * made (the gap context reads the region's versions together with its settings, in one
 * statement); later readings (the check after computing) go to the database as before.
 */
export function knownFirst(
  known: string | undefined,
  read: () => Promise<string>,
): () => Promise<string> {
  let first = known;
  return () => {
    if (first === undefined) return read();
    const value = first;
    first = undefined;
    return Promise.resolve(value);
  };
}
