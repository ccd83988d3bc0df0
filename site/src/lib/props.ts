import type { z } from 'astro/zod';

/** Validates a component's props at build time and fails the build with the component's name. */
export function checkProps<S extends z.ZodType>(component: string, schema: S, props: unknown): z.output<S> {
  const result = schema.safeParse(props);
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(props)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`<${component}> received invalid props — ${details}`);
  }
  return result.data;
}
