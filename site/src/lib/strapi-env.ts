import { readFileSync } from 'node:fs';

export const defaultStrapiUrl = 'http://127.0.0.1:1337';

export function strapiUrl(): string {
  return (process.env.STRAPI_URL || defaultStrapiUrl).replace(/\/+$/, '');
}

/** The read-only API token, from STRAPI_TOKEN or from the file named by STRAPI_TOKEN_FILE. */
export function strapiToken(): string {
  const inline = process.env.STRAPI_TOKEN?.trim();
  if (inline) return inline;
  const file = process.env.STRAPI_TOKEN_FILE;
  if (file) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8').trim();
    } catch (error) {
      throw new Error(
        `Cannot read the Strapi API token from STRAPI_TOKEN_FILE=${file} (${(error as Error).message}). Start the CMS once so that it writes the token, or set STRAPI_TOKEN.`,
      );
    }
    if (!content) throw new Error(`STRAPI_TOKEN_FILE=${file} is empty: it must hold the read-only API token of the CMS.`);
    return content;
  }
  throw new Error(
    'No Strapi API token: set STRAPI_TOKEN (or STRAPI_TOKEN_FILE, a file holding it) to the read-only token created by the CMS bootstrap. `npm run build:site` at the root finds it for you.',
  );
}
