// Vitest global setup of the integration project: refuse to run against a database that is not a
// throwaway test database, so a stray DATABASE_URL can never point the tests at real content.
export default function requireTestDatabase(): void {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Integration tests need a database: run them with `npm test` or `npm run test:integration`.');
  const name = new URL(url).pathname.slice(1);
  if (!name.startsWith('portal_test_')) {
    throw new Error(`Refusing to run integration tests against "${name}": only portal_test_* databases made by the test runner.`);
  }
}
