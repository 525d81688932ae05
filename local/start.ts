/**
 * `npm start`: the whole platform on this machine, in one command.
 *   npm start                 data kept in .data/ (a restart loses nothing)
 *   npm start -- --memory     a throw-away in-memory store
 *   PORT=3123 npm start       another port (default 3000)
 * Ctrl-C stops everything it started, DynamoDB Local's Java process included.
 */
import { parseArgs } from 'node:util';
import { startPlatform, type Platform } from './platform.ts';
import { createLocalAuth, LOCAL_USERS, signInLocalUser, type LocalUserName } from './local-auth.ts';

const { values } = parseArgs({
  options: {
    memory: { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    'no-seed': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 3000);
const started = Date.now();

const banner = async (platform: Platform, memory: boolean): Promise<string> => {
  const auth = await createLocalAuth(platform.authKeyFile);
  const users = await Promise.all(
    (Object.keys(LOCAL_USERS) as LocalUserName[]).map(async (user) => {
      const { token, groups } = await signInLocalUser(auth, user);
      return `  ${user} (groups: ${groups.join(', ')}), token valid 8 h:\n    ${token}`;
    }),
  );
  return [
    '',
    `Plenary is running (${((Date.now() - started) / 1000).toFixed(1)} s, ${memory ? 'in-memory store: nothing is kept' : `data in ${values['data-dir'] ?? '.data/'}`})`,
    '',
    `  Site         ${platform.baseUrl}/`,
    `  API          ${platform.apiUrl}  (docs: ${platform.apiUrl}/openapi.json)`,
    `  Sample event ${platform.apiUrl}/events/sacm-7`,
    `  Next meeting ${platform.apiUrl}/events/sacm-8  (member states nominated by focal points; Peru's invitation is in the mailbox)`,
    `  Mailbox      ${platform.sesUrl}  (every email sent, via the SES emulator)`,
    `  DynamoDB     ${platform.dynamoEndpoint}  table ${platform.tableName}`,
    `  S3 (s3rver)  ${platform.s3Endpoint}  bucket ${platform.documentsBucket}  (notes verbales)`,
    '',
    'Sign in (admin routes need `Authorization: Bearer <token>`):',
    ...users,
    `  or: curl -s -X POST ${platform.baseUrl}/local/sign-in -H 'content-type: application/json' -d '{"user":"secretariat"}'`,
    '',
    `Dev routes: GET /local/users, POST /local/sign-in, POST /local/streams/drain, POST /local/ses/stop, POST /local/ses/start,`,
    `            POST /local/schedules/run, GET /local/streams/dead-letters, GET /local/mailbox, GET /local/event-item`,
    '',
    'Ctrl-C to stop.',
    '',
  ].join('\n');
};

const main = async (): Promise<void> => {
  const platform = await startPlatform({
    port,
    memory: values.memory,
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    seed: !values['no-seed'],
    seedNextMeeting: !values['no-seed'],
    quiet: values.quiet,
  });
  console.log(await banner(platform, values.memory));

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the platform...`);
    platform
      .stop()
      .then(() => {
        console.log('Stopped.');
        process.exit(0);
      })
      .catch((error: Error) => {
        console.error(`Stopping failed: ${error.message}`);
        process.exit(1);
      });
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => shutdown(signal));
};

main().catch((error: Error) => {
  console.error(`The platform did not start: ${error.message}`);
  process.exit(1);
});
