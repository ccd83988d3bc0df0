import { readdirSync, readFileSync } from 'node:fs';

/*
 * Peak memory of this process's children, sampled from /proc (Linux): resident set size (RSS) of
 * each descendant process, grouped by what it is (the CMS, Astro, Pagefind, other build steps).
 * A group's figure is the peak of the sum of its processes' RSS at one instant.
 */

export type ProcessGroup = 'cms' | 'astro' | 'pagefind' | 'other';

function classify(cmdline: string): ProcessGroup | undefined {
  if (/strapi(\.js)? start/.test(cmdline)) return 'cms';
  if (cmdline.includes('astro-build.ts') || /astro(\.mjs)? build/.test(cmdline)) return 'astro';
  if (cmdline.includes('pagefind')) return 'pagefind';
  return undefined;
}

interface Proc {
  pid: number;
  ppid: number;
  rssBytes: number;
  cmdline: string;
}

function readProcs(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const statm = readFileSync(`/proc/${name}/statm`, 'utf8').split(' ');
      out.push({
        pid: Number(name),
        ppid: Number(fields[1]),
        rssBytes: Number(statm[1]) * 4096,
        cmdline: readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' '),
      });
    } catch {
      // the process ended while we read it
    }
  }
  return out;
}

/** Current RSS of the descendants of `root`, summed per group. */
export function sampleGroups(root = process.pid): Record<ProcessGroup, number> {
  const procs = readProcs();
  const children = new Map<number, Proc[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const totals: Record<ProcessGroup, number> = { cms: 0, astro: 0, pagefind: 0, other: 0 };
  const walk = (pid: number, inherited: ProcessGroup | undefined) => {
    for (const child of children.get(pid) ?? []) {
      const group = classify(child.cmdline) ?? inherited ?? 'other';
      totals[group] += child.rssBytes;
      walk(child.pid, group);
    }
  };
  walk(root, undefined);
  return totals;
}

/** Samples every `intervalMs` until stopped; `peak()` gives the highest sums seen since the last reset. */
export class MemorySampler {
  private timer: NodeJS.Timeout | undefined;
  private peaks: Record<ProcessGroup | 'build', number> = { cms: 0, astro: 0, pagefind: 0, other: 0, build: 0 };
  private readonly intervalMs: number;

  constructor(intervalMs = 100) {
    this.intervalMs = intervalMs;
  }

  start(): this {
    if (process.platform !== 'linux') return this;
    const tick = () => {
      const now = sampleGroups();
      for (const group of ['cms', 'astro', 'pagefind', 'other'] as const) this.peaks[group] = Math.max(this.peaks[group], now[group]);
      this.peaks.build = Math.max(this.peaks.build, now.astro + now.pagefind + now.other);
    };
    tick();
    this.timer = setInterval(tick, this.intervalMs);
    this.timer.unref();
    return this;
  }

  /** Peaks in bytes: per group, and `build` = Astro + Pagefind + other build steps at the same instant. */
  peak(): Record<ProcessGroup | 'build', number> {
    return { ...this.peaks };
  }

  reset(): void {
    this.peaks = { cms: 0, astro: 0, pagefind: 0, other: 0, build: 0 };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
