import { spawn } from 'node:child_process';

/**
 * Child processes of the build, each the leader of its own process group: when a step ends (or is
 * aborted, or this process exits) the whole group is killed, so no grandchild (esbuild, sharp
 * workers, Pagefind's native binary…) outlives the build.
 */
const activeGroups = new Set<number>();

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

process.once('exit', () => {
  for (const pid of activeGroups) killGroup(pid, 'SIGKILL');
});

/** Process groups of the build steps running now (for tests and diagnostics). */
export function runningGroups(): number[] {
  return [...activeGroups];
}

export class StepError extends Error {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly output: string;
  readonly aborted: boolean;

  constructor(message: string, details: { code: number | null; signal: NodeJS.Signals | null; output: string; aborted: boolean }) {
    super(message);
    this.name = 'StepError';
    this.code = details.code;
    this.signal = details.signal;
    this.output = details.output;
    this.aborted = details.aborted;
  }
}

export interface RunStepOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Keep the output (returned and in errors) instead of also printing it on this terminal. */
  quiet?: boolean;
  signal?: AbortSignal;
  /** Characters of output kept for error messages and logs. */
  keep?: number;
}

/** Runs one build step in its own process group; resolves with its (tail of) output, rejects with a StepError. */
export function runStep(command: string, args: string[], options: RunStepOptions): Promise<string> {
  const keep = options.keep ?? 64_000;
  return new Promise((resolvePromise, reject) => {
    if (options.signal?.aborted) {
      reject(new StepError(`${command} not started: the build was aborted`, { code: null, signal: null, output: '', aborted: true }));
      return;
    }
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv | undefined,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pid = child.pid;
    if (pid !== undefined) activeGroups.add(pid);
    let output = '';
    const collect = (chunk: Buffer, stream: NodeJS.WriteStream) => {
      output += chunk.toString();
      if (output.length > keep * 2) output = output.slice(-keep);
      if (!options.quiet) stream.write(chunk);
    };
    child.stdout.on('data', (chunk: Buffer) => collect(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => collect(chunk, process.stderr));

    let aborted = false;
    let forceTimer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      aborted = true;
      if (pid === undefined) return;
      killGroup(pid, 'SIGTERM');
      forceTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), 3000);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });

    let finished = false;
    const finish = (code: number | null, signal: NodeJS.Signals | null, spawnError?: Error) => {
      if (finished) return;
      finished = true;
      options.signal?.removeEventListener('abort', onAbort);
      clearTimeout(forceTimer);
      if (pid !== undefined) {
        // Whatever the leader left behind dies with it.
        killGroup(pid, 'SIGKILL');
        activeGroups.delete(pid);
      }
      output = output.slice(-keep);
      if (!spawnError && code === 0 && !aborted) {
        resolvePromise(output);
        return;
      }
      const what = [command, ...args].join(' ');
      const why = spawnError
        ? `could not start (${spawnError.message})`
        : aborted
          ? 'was aborted'
          : `failed with ${code === null ? `signal ${signal}` : `code ${code}`}`;
      reject(new StepError(`${what} ${why}\n${output.slice(-4000)}`, { code, signal, output, aborted }));
    };
    child.once('error', (error) => finish(null, null, error));
    // Not 'close': a grandchild holding the pipes open would keep it from ever firing. Once the
    // leader has exited its group is killed, then the last output is read.
    child.once('exit', (code, signal) => {
      if (pid !== undefined) killGroup(pid, 'SIGKILL');
      const done = () => finish(code, signal);
      const timer = setTimeout(done, 1000);
      child.once('close', () => {
        clearTimeout(timer);
        done();
      });
    });
  });
}
