// Ids that reach a Postgres uuid column must be checked first: a malformed one makes the query
// itself fail ("invalid input syntax for type uuid"), which would surface as a 500 instead of
// the "not found" a person can act on.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
