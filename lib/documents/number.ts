// PURE. Numbers and symbols of official documents, in the state style ("42/2022/NĐ-CP") and the
// Party style ("45-NQ/TW", "247-QĐ/TW"). Readers type them every which way ("45/NQ-TW", "nq 45",
// "45 nq tw"), so both the stored document and the query become the same key: folded tokens,
// numbers first in their order, then letter groups in theirs ("45-nq-tw", "42-2022-nd-cp").
import { foldVietnamese } from '../search/fold';

export const MAX_NUMBER_SYMBOL_LENGTH = 60;

const TOKEN = /[0-9]+|[a-z]+/g;

function tokens(text: string): string[] {
  return foldVietnamese(text).match(TOKEN) ?? [];
}

/** "45-NQ/TW" -> "45-nq-tw"; "" when there is no number at all. */
export function numberKey(numberSymbol: string): string {
  const all = tokens(numberSymbol);
  const numbers = all.filter((t) => /^[0-9]/.test(t)).map((t) => String(Number(t)));
  const letters = all.filter((t) => /^[a-z]/.test(t));
  if (numbers.length === 0) return '';
  return [...numbers, ...letters].join('-');
}

/** Whether a printed number carries its year ("42/2022/NĐ-CP" does, "45-NQ/TW" does not). */
export function keyHasYear(key: string): boolean {
  return key.split('-').some((t) => /^(19|20)[0-9]{2}$/.test(t));
}

/**
 * One document per value: the number key, the year of issue when the symbol has none (Party
 * resolutions are numbered again each term: 45-NQ/TW of 2019 and of 2023 are different documents),
 * and the folded issuer.
 */
export function uniqueDocumentKey(numberSymbol: string, issuedOn: string, issuer: string): string {
  const key = numberKey(numberSymbol);
  const year = keyHasYear(key) ? '' : `@${issuedOn.slice(0, 4)}`;
  return `${key}${year}|${foldVietnamese(issuer).replace(/\s+/g, ' ').trim()}`;
}

/** A query that looks like a number and symbol: a number and at most three short letter groups. */
export interface NumberQuery {
  /** The first number: the document's own number. */
  first: string;
  /** Every other token the document's key must contain. */
  rest: string[];
}

export function parseNumberQuery(query: string): NumberQuery | null {
  const text = query.trim();
  if (text.length === 0 || text.length > MAX_NUMBER_SYMBOL_LENGTH) return null;
  // Only digits, letters and the separators people use in numbers.
  if (!/^[\p{L}\p{M}0-9\s/.\-–]+$/u.test(text)) return null;
  const all = tokens(text);
  const numbers = all.filter((t) => /^[0-9]/.test(t)).map((t) => String(Number(t)));
  const letters = all.filter((t) => /^[a-z]/.test(t));
  if (numbers.length === 0 || numbers.length > 2 || letters.length > 3 || letters.some((l) => l.length > 5)) return null;
  return { first: numbers[0]!, rest: [...numbers.slice(1), ...letters] };
}

/** Whether a stored key answers a number query (the same test the database runs). */
export function keyMatches(key: string, query: NumberQuery): boolean {
  const parts = key.split('-');
  if (parts[0] !== query.first) return false;
  return query.rest.every((t) => parts.slice(1).includes(t));
}
