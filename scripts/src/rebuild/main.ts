/**
 * The rebuild service on its own: `node scripts/src/rebuild/main.ts` (npm start runs it in-process).
 * Settings from the environment (scripts/.env.example); REBUILD_SECRET is required.
 */
import { rebuildConfigFromEnv } from './config.ts';
import { createRebuildService } from './server.ts';

const config = rebuildConfigFromEnv();
if (!config.secret) {
  console.error('REBUILD_SECRET is not set: the rebuild service refuses to run without it (npm start generates one into cms/.env).');
  process.exit(1);
}
const service = await createRebuildService({
  ...config,
  initialBuild: process.argv.includes('--no-initial-build') ? undefined : 'start',
  quiet: !process.argv.includes('--verbose'),
});
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('Stopping the rebuild service…');
  await service.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
