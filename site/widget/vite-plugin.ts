import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

/** Import id of the widget's bundled code (a string), read by the /widget/v1/programme.js endpoint. */
export const WIDGET_MODULE = 'virtual:dk-programme-widget';
const resolved = `\0${WIDGET_MODULE}`;
const entry = fileURLToPath(new URL('./src/programme.ts', import.meta.url));

/** The partner widget's source (site/widget/src/), bundled and minified once per build into one classic script. */
export async function bundleWidget(): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs).map((input) => resolve(input)) };
}

/** Vite plugin: `import code from 'virtual:dk-programme-widget'` gives the bundled widget; its sources are watched. */
export function widgetPlugin(): Plugin {
  return {
    name: 'dk20000:widget',
    resolveId: (id) => (id === WIDGET_MODULE ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      const { code, inputs } = await bundleWidget();
      for (const input of inputs) this.addWatchFile(input);
      return `export default ${JSON.stringify(code)};`;
    },
  };
}
