/** What Decap hands a preview template, and the entry's fields as plain objects. */
export interface PreviewProps {
  entry: { getIn(path: string[]): unknown; get(key: string): unknown };
  widgetFor(name: string): unknown;
  getAsset(path: string): { toString(): string } | undefined;
}

/** The entry's front matter and body as plain JavaScript (Decap keeps them as Immutable maps). */
export function entryData<T>(props: PreviewProps): T & { body?: string } {
  const data = props.entry.getIn(['data']) as { toJS?: () => unknown } | undefined;
  return (data?.toJS?.() ?? {}) as T & { body?: string };
}
