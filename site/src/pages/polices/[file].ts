import type { APIRoute, GetStaticPaths } from 'astro';
import { getSingle } from '../../lib/entries';
import { buildTheme, type ThemeFontFile } from '../../lib/theme';

const MIME: Record<ThemeFontFile['format'], string> = { woff2: 'font/woff2', woff: 'font/woff', truetype: 'font/ttf' };

/**
 * /polices/<family>-<version>.<ext>: the brand's font files, copied from the CMS media at build time so that pages
 * never ask a third party for a font (site/src/lib/theme.ts names them and writes their @font-face).
 */
export const getStaticPaths = (async () => {
  const theme = buildTheme((await getSingle('brand', 'fr'))?.data);
  return theme.fontFiles.map((file) => ({ params: { file: file.href.slice('/polices/'.length) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file } = props as { file: ThemeFontFile };
  const response = await fetch(file.source);
  if (!response.ok) throw new Error(`Font file ${file.source}: HTTP ${response.status}`);
  return new Response(await response.arrayBuffer(), { headers: { 'Content-Type': MIME[file.format] } });
};
