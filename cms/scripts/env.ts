import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A fresh random secret (16 bytes, base64). */
export const randomSecret = (): string => randomBytes(16).toString('base64');

/** The secrets Strapi refuses to start without, and how to make each. */
export const STRAPI_SECRETS: Readonly<Record<string, () => string>> = {
  APP_KEYS: () => `${randomSecret()},${randomSecret()}`,
  API_TOKEN_SALT: randomSecret,
  ADMIN_JWT_SECRET: randomSecret,
  TRANSFER_TOKEN_SALT: randomSecret,
  JWT_SECRET: randomSecret,
  ENCRYPTION_KEY: randomSecret,
};

/** A fresh random secret safe in a URL (24 bytes, hex). */
export const hexSecret = (): string => randomBytes(24).toString('hex');

/** Secrets Strapi shares with the services of npm start (hex: the preview one travels in a query string). */
export const SERVICE_SECRETS: Readonly<Record<string, () => string>> = {
  // Strapi's webhook header and admin proxy ↔ the rebuild service.
  REBUILD_SECRET: hexSecret,
  // Strapi's preview links ↔ the preview server.
  PREVIEW_SECRET: hexSecret,
};

/** The KEY=value lines of a .env file (no expansion; comments and blank lines skipped). */
export function parseEnv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) values[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

/**
 * cms/.env keeps this machine's secrets across restarts: the keys of `wanted` that it lacks are
 * generated and appended (existing values are never changed). It is created on first use and never
 * committed. Returns every value the file holds afterwards.
 */
export function ensureCmsEnv(cmsDir: string, wanted: Readonly<Record<string, () => string>> = STRAPI_SECRETS): Record<string, string> {
  const file = join(cmsDir, '.env');
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const present = parseEnv(existing);
  const missing = Object.keys(wanted).filter((key) => !(key in present));
  if (missing.length === 0) return present;
  const lines = missing.map((key) => `${key}=${wanted[key]()}`);
  writeFileSync(file, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`, { mode: 0o600 });
  console.log(`cms/.env: generated ${missing.join(', ')}`);
  return parseEnv(readFileSync(file, 'utf8'));
}
