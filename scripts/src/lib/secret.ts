import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a received secret (header or query parameter) with the expected one in constant time, whatever their
 * lengths: both are hashed to digests of equal length first. False when either is missing or empty.
 */
export function secretMatches(given: string | string[] | null | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length === 0 || expected.length === 0) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
