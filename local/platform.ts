/**
 * The local platform in one call: DynamoDB Local (persisted or in memory), the table, the sample event,
 * the SES emulator, the HTTP server (API, dev routes, web pages), the stream reader and the schedules.
 * `npm start` (local/start.ts) and the integration tests' global setup both use it.
 *
 * One platform per process: handlers read their configuration from process.env when first imported,
 * so the variables are set here before any handler or adapter module is loaded (dynamic imports below).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { ensureTable } from './create-table.ts';
import { enforceDeclaredDynamoDbAccess } from './dynamodb-permissions.ts';
import { startDynamoLocal } from './dynamo-local.ts';
import { createLocalAuth } from './local-auth.ts';
import { seedNextSampleEvent, seedSampleEvent } from './seed.ts';
import { createPlatformServer } from './server.ts';
import { loadS3Local } from './s3-local.ts';
import { startSesLocal } from './ses-local.ts';
import { createStaticSite } from './static-site.ts';
import type { DeadLetter, StreamWorker } from './stream-consumer.ts';
import { createStreamReader } from './stream-reader.ts';
import { startSchedules, streamWorkersOf } from './worker-bindings.ts';
import { systemClock } from '../shared/domain/clock.ts';

export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '..', '.data');
export const LOCAL_TABLE_NAME = 'plenary-local';
export const LOCAL_DOCUMENTS_BUCKET = 'plenary-documents-local';
const REGION = 'eu-west-1';
const FAKE_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export interface PlatformOptions {
  /** HTTP port of the site and API; 0 picks a free one. Default 3000. */
  port?: number;
  host?: string;
  /** Where DynamoDB Local, the auth key and the local user list persist. Default `.data/`. Ignored with `memory`. */
  dataDir?: string;
  /** A throw-away in-memory store and user list, and a fresh signing key. */
  memory?: boolean;
  /** Store the sample event if it is missing. Default true. */
  seed?: boolean;
  /** Also store `sacm-8` (focal points) with an invitation for Peru's focal point, once the mailer runs. Default false (`npm start` sets it). */
  seedNextMeeting?: boolean;
  quiet?: boolean;
  /** Extra stream workers beside functions/workers.ts (tests). */
  extraStreamWorkers?: StreamWorker[];
  /** How often scheduled workers run locally. Default 60 s. */
  scheduleIntervalMs?: number;
  streamPollMs?: number;
  streamMaxRetries?: number;
  streamBackoffMs?: number;
  /**
   * Tests only: the gateway keeps the X-Plenary-Viewer-Address a caller sends, so tests can act as many
   * clients. Never set by `npm start`: there, as behind CloudFront, the header comes from the connection.
   */
  trustViewerAddress?: boolean;
}

/** What clients of the platform need to know: plain data, safe to pass between processes. */
export interface PlatformInfo {
  baseUrl: string;
  apiUrl: string;
  dynamoEndpoint: string;
  tableName: string;
  sesEndpoint: string;
  /** The SES emulator's web mailbox. */
  sesUrl: string;
  authKeyFile: string;
  /** The S3 stand-in (s3rver) and its documents bucket. */
  s3Endpoint: string;
  documentsBucket: string;
}

export interface Platform extends PlatformInfo {
  deadLetters: readonly DeadLetter[];
  drainStreams(): Promise<void>;
  stop(): Promise<void>;
}

const setProcessEnv = (vars: Record<string, string>): void => {
  for (const [name, value] of Object.entries(vars)) process.env[name] = value;
};

export const startPlatform = async (options: PlatformOptions = {}): Promise<Platform> => {
  const { port = 3000, host = '127.0.0.1', memory = false, seed = true, quiet = false } = options;
  const log = quiet ? () => undefined : (line: string) => console.log(line);
  const dataDir = memory ? undefined : resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  // In memory mode the fresh key still goes to a file, so tests in other processes can sign tokens.
  const keyDir = dataDir ?? mkdtempSync(join(tmpdir(), 'plenary-auth-'));
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const authKeyFile = join(keyDir, 'local-auth-key.json');

  const cleanups: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (error) {
        log(`[platform] stopping: ${(error as Error).message}`);
      }
    }
  };
  if (!dataDir) cleanups.push(() => rmSync(keyDir, { recursive: true, force: true }));

  try {
    const [dynamo, ses, startS3Local, { enforceDeclaredS3Access }] = await Promise.all([
      startDynamoLocal(dataDir ? { dataDir: join(dataDir, 'dynamodb') } : {}),
      startSesLocal(),
      // Loaded while Java starts; started once the site's origin (its CORS rule) is known, below.
      loadS3Local(),
      // Loads the S3 client (~0.1 s) while Java starts, too.
      import('./s3-permissions.ts'),
    ]);
    cleanups.push(
      () => dynamo.stop(),
      () => ses.stop(),
    );

    setProcessEnv({
      TABLE_NAME: LOCAL_TABLE_NAME,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      SES_ENDPOINT: ses.endpoint,
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: FAKE_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: FAKE_CREDENTIALS.secretAccessKey,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...(quiet && !process.env.POWERTOOLS_LOG_LEVEL ? { POWERTOOLS_LOG_LEVEL: 'WARN' } : {}),
      // Metrics are CloudWatch EMF lines on stdout, meant for CloudWatch; locally the sweep's log line says the same.
      ...(process.env.POWERTOOLS_METRICS_DISABLED === undefined ? { POWERTOOLS_METRICS_DISABLED: 'true' } : {}),
    });
    // As IAM does in AWS: each function's DynamoDB calls must be ones its route or worker declares (refusals are always printed).
    enforceDeclaredDynamoDbAccess();
    enforceDeclaredS3Access();
    const { env } = await import('../shared/adapters/env.ts');
    if (env.dynamoEndpoint !== dynamo.endpoint) {
      throw new Error(
        'startPlatform: shared/adapters/env.ts was loaded before the environment was set (a static import reaching an adapter, or a second platform in this process)',
      );
    }
    // Loaded only now: dev routes and the gateway may (through what others add) reach adapters.
    const [{ createApiGateway }, { devRoutes }] = await Promise.all([import('./api-gateway.ts'), import('./dev-routes.ts')]);

    const client = new DynamoDBClient({ region: REGION, endpoint: dynamo.endpoint, credentials: FAKE_CREDENTIALS });
    cleanups.push(() => client.destroy());
    const table = await ensureTable(client, LOCAL_TABLE_NAME);
    if (seed) {
      const { dynamoEventStore } = await import('../shared/adapters/events-store.ts');
      const outcome = await seedSampleEvent({ events: dynamoEventStore(LOCAL_TABLE_NAME), clock: systemClock });
      log(`[seed] sample event sacm-7: ${outcome}`);
    }

    const [{ routes }, { workers }, { routeFacts }, { version }] = await Promise.all([
      import('../functions/routes.ts'),
      import('../functions/workers.ts'),
      import('../functions/route-facts.ts'),
      import('../shared/adapters/version.ts'),
    ]);
    // What infra bakes into the bundles of the OpenAPI and catch-all functions; here they run in this process.
    setProcessEnv({ ...routeFacts(routes, version) });
    const streamsClient = new DynamoDBStreamsClient({ region: REGION, endpoint: dynamo.endpoint, credentials: FAKE_CREDENTIALS });
    cleanups.push(() => streamsClient.destroy());
    const reader = createStreamReader({
      streams: streamsClient,
      streamArn: table.streamArn,
      workers: [...streamWorkersOf(workers), ...(options.extraStreamWorkers ?? [])],
      // A table that existed before holds records earlier runs already handled.
      startAt: table.created ? 'TRIM_HORIZON' : 'LATEST',
      region: REGION,
      log,
      ...(options.streamPollMs ? { pollMs: options.streamPollMs } : {}),
      ...(options.streamMaxRetries !== undefined ? { maxRetries: options.streamMaxRetries } : {}),
      ...(options.streamBackoffMs ? { backoffMs: options.streamBackoffMs } : {}),
    });
    reader.start();
    cleanups.push(() => reader.stop());
    const schedules = startSchedules(workers, { intervalMs: options.scheduleIntervalMs ?? 60_000, region: REGION, log });
    cleanups.push(() => schedules.stop());

    const auth = await createLocalAuth(authKeyFile);
    // The local sign-in's user list stands in for Cognito's user pool, for the sign-in page and the colleague routes alike.
    const [{ openLocalUserList }, { localUserDirectory }, { installUserDirectory }] = await Promise.all([
      import('./local-users.ts'),
      import('./local-user-directory.ts'),
      import('../shared/adapters/user-directory.ts'),
    ]);
    const users = openLocalUserList(dataDir ? join(dataDir, 'local-users.json') : undefined);
    installUserDirectory(localUserDirectory(users));
    const sesUrl = `${ses.endpoint}/`;
    const server = createPlatformServer({
      api: createApiGateway({ routes, auth, trustViewerAddress: options.trustViewerAddress ?? false }),
      dev: { routes: devRoutes, context: { auth, users, streams: reader, ses, sesUrl, schedules } },
      site: createStaticSite().handle,
    });
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolveListen());
    });
    cleanups.push(
      () =>
        new Promise<void>((resolveClose) => {
          server.close(() => resolveClose());
          server.closeAllConnections();
        }),
    );
    const sitePort = (server.address() as AddressInfo).port;
    const baseUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${sitePort}`;
    const s3 = await startS3Local({
      ...(dataDir ? { dataDir: join(dataDir, 's3') } : {}),
      bucket: LOCAL_DOCUMENTS_BUCKET,
      // The site as `npm start` prints it, and as `localhost` (both reach it).
      siteOrigins: [...new Set([baseUrl, `http://localhost:${sitePort}`])],
      credentials: FAKE_CREDENTIALS,
    });
    cleanups.push(() => s3.stop());
    // Read on use by shared/adapters/env.ts, so handlers already loaded see them too.
    setProcessEnv({ PUBLIC_BASE_URL: baseUrl, S3_ENDPOINT: s3.endpoint, DOCUMENTS_BUCKET: s3.bucket });
    if (seed && options.seedNextMeeting) {
      // Now that the mailer reads the stream and links have their base, so the invitation is mailed.
      const outcome = await seedNextMeetingEvent();
      log(`[seed] next meeting sacm-8 (focal points): ${outcome}`);
    }

    const info: PlatformInfo = {
      baseUrl,
      apiUrl: `${baseUrl}/api`,
      dynamoEndpoint: dynamo.endpoint,
      tableName: LOCAL_TABLE_NAME,
      sesEndpoint: ses.endpoint,
      sesUrl,
      authKeyFile,
      s3Endpoint: s3.endpoint,
      documentsBucket: s3.bucket,
    };
    if (dataDir) {
      // Lets `npm run seed` and other processes find the running platform.
      const infoFile = join(dataDir, 'platform.json');
      writeFileSync(infoFile, JSON.stringify({ ...info, pid: process.pid }, null, 2));
      cleanups.push(() => rmSync(infoFile, { force: true }));
    }
    return { ...info, deadLetters: reader.deadLetters, drainStreams: () => reader.drain(), stop };
  } catch (error) {
    await stop();
    throw error;
  }
};

/** `sacm-8` and its focal point invitation, through the adapters the functions use (loaded once the environment is set). */
const seedNextMeetingEvent = async () => {
  const [{ dynamoEventStore }, { dynamoFocalPointStore }, { delegationToken }, { makeFocalPoints }, { systemIds }] = await Promise.all([
    import('../shared/adapters/events-store.ts'),
    import('../shared/adapters/focal-points-store.ts'),
    import('../shared/adapters/manage-link-key.ts'),
    import('../shared/domain/delegations/focal-point-use-cases.ts'),
    import('../shared/domain/ids.ts'),
  ]);
  const events = dynamoEventStore(LOCAL_TABLE_NAME);
  const focalPoints = makeFocalPoints({
    events,
    store: dynamoFocalPointStore(LOCAL_TABLE_NAME),
    tokens: { tokenFor: delegationToken },
    clock: systemClock,
    ids: systemIds(),
  });
  return seedNextSampleEvent({ events, focalPoints, clock: systemClock });
};
