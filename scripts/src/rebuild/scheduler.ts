import type { BuildTrigger } from '../lib/releases.ts';

/** Priority of the triggers a build covers, for the one it is recorded under. */
const PRIORITY: BuildTrigger[] = ['manual', 'start', 'cli', 'webhook', 'reconcile'];

interface Window {
  firstAt: number;
  lastAt: number;
  triggers: Set<BuildTrigger>;
  /** « Publier le site maintenant »: no quiet window. */
  immediate: boolean;
}

export interface SchedulerOptions {
  /** Quiet window: a build starts once no signal came for this long… */
  debounceMs: number;
  /** …or this long after the first pending signal, whichever comes first. */
  maxWaitMs: number;
  /** Runs one build; the scheduler never calls it again before it settles. */
  run(trigger: BuildTrigger): Promise<unknown>;
  /** Called when a build starts or ends, or the pending state changes. */
  onChange?(): void;
  now?(): number;
}

/**
 * Debounces build signals (a quiet window and a maximum wait) and runs at most one build at a
 * time; signals that arrive during a build cause exactly one more build after it.
 */
export class BuildScheduler {
  readonly #options: SchedulerOptions;
  #window: Window | undefined;
  /** Signals received during the running build. */
  #next: Window | undefined;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #runningSince: number | undefined;
  #stopped = false;
  #idleWaiters: Array<() => void> = [];
  /** Builds started so far. */
  builds = 0;

  constructor(options: SchedulerOptions) {
    this.#options = options;
  }

  #now() {
    return this.#options.now?.() ?? Date.now();
  }

  get building(): boolean {
    return this.#running !== undefined;
  }

  get buildStartedAt(): number | undefined {
    return this.#runningSince;
  }

  /** A build is waiting: a quiet window is open, or signals came during the running build. */
  get pending(): boolean {
    return this.#window !== undefined || this.#next !== undefined;
  }

  /** A signal (a webhook, a reconciliation tick): debounced. */
  signal(trigger: BuildTrigger): void {
    this.#add(trigger, false);
  }

  /** A build as soon as possible (after the running one, if any), without the quiet window. */
  now(trigger: BuildTrigger): void {
    this.#add(trigger, true);
  }

  #add(trigger: BuildTrigger, immediate: boolean) {
    if (this.#stopped) return;
    const at = this.#now();
    if (this.#running) {
      this.#next ??= { firstAt: at, lastAt: at, triggers: new Set(), immediate: false };
      this.#next.lastAt = at;
      this.#next.triggers.add(trigger);
      this.#next.immediate ||= immediate;
    } else {
      this.#window ??= { firstAt: at, lastAt: at, triggers: new Set(), immediate: false };
      this.#window.lastAt = at;
      this.#window.triggers.add(trigger);
      this.#window.immediate ||= immediate;
      this.#schedule();
    }
    this.#options.onChange?.();
  }

  #schedule() {
    clearTimeout(this.#timer);
    const window = this.#window;
    if (!window) return;
    const fireAt = window.immediate
      ? this.#now()
      : Math.min(window.lastAt + this.#options.debounceMs, window.firstAt + this.#options.maxWaitMs);
    this.#timer = setTimeout(() => this.#fire(), Math.max(0, fireAt - this.#now()));
  }

  #fire() {
    clearTimeout(this.#timer);
    const window = this.#window;
    if (!window || this.#running || this.#stopped) return;
    this.#window = undefined;
    const trigger = PRIORITY.find((t) => window.triggers.has(t)) ?? 'webhook';
    this.builds += 1;
    this.#runningSince = this.#now();
    this.#running = (async () => {
      try {
        await this.#options.run(trigger);
      } catch {
        // the build reports its own failures
      }
    })().finally(() => {
      this.#running = undefined;
      this.#runningSince = undefined;
      if (this.#next && !this.#stopped) {
        // Signals during the build: one more build, still debounced from their own times.
        this.#window = this.#next;
        this.#next = undefined;
        this.#schedule();
      }
      this.#options.onChange?.();
      if (!this.building && !this.pending) for (const resolve of this.#idleWaiters.splice(0)) resolve();
    });
    this.#options.onChange?.();
  }

  /** Resolves once no build runs and none is pending. */
  idle(): Promise<void> {
    if (!this.building && !this.pending) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** No more builds; resolves when the running one (if any) has settled. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#window = undefined;
    this.#next = undefined;
    await this.#running;
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }
}
