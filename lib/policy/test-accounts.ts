// PURE. Test accounts: addresses under the domains reserved for testing and documentation
// (RFC 2606, RFC 6761: .test, .invalid, .example, .localhost, example.com/.net/.org). They exist
// on every server that ran a test and must never be offered as a story's author.

/** A POSIX regular expression (PostgreSQL ~*) and a JavaScript one: keep them the same text. */
export const TEST_ADDRESS_PATTERN = '@([^@]*\\.)?(test|invalid|example|localhost)$|@([^@]*\\.)?example\\.(com|net|org)$';

export function isTestAddress(email: string): boolean {
  return new RegExp(TEST_ADDRESS_PATTERN, 'i').test(email.trim());
}
