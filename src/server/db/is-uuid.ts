// Ids in URLs are checked for the uuid shape before a query, so a malformed one is "not found", not a SQL error.
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
