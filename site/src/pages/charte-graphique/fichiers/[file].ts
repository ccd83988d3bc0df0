import type { File } from '@dk20000/shared';
import type { APIRoute, GetStaticPaths } from 'astro';
import { brandFiles } from '../../../lib/brand';
import { getSingle } from '../../../lib/entries';

/**
 * /charte-graphique/fichiers/<file>: the brand's logos, kit and font files, copied from the CMS media at build time,
 * so that the brand page's downloads come from the site itself (the CMS is not a public server).
 */
export const getStaticPaths = (async () => {
  const files = brandFiles((await getSingle('brand', 'fr'))?.data);
  return files.map(({ href, file }) => ({ params: { file: href.slice('/charte-graphique/fichiers/'.length) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file } = props as { file: File };
  const response = await fetch(file.url);
  if (!response.ok) throw new Error(`Brand file ${file.url}: HTTP ${response.status}`);
  return new Response(await response.arrayBuffer(), { headers: { 'Content-Type': file.mime } });
};
