/**
 * JSON with object keys sorted, so equal data always hashes the same. Dates (anything with toJSON), Maps
 * and Sets are written out by value: a plain JSON.stringify of a Map would be `{}` for every Map, and two
 * different inputs would share one hash.
 */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value instanceof Map) return `{"Map":${stableJson([...value])}}`;
  if (value instanceof Set) return `{"Set":${stableJson([...value])}}`;
  if (value && typeof value === 'object') {
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return stableJson((value as { toJSON: () => unknown }).toJSON());
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
