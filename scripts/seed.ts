/**
 * `npm run seed [-- --reset]`: stores the sample event (sacm-7) and next year's meeting (sacm-8, member states nominated
 * by focal points, with an invitation for Peru's focal point) if they are missing; `--reset` overwrites them (fresh dates). Safe to run again. Targets the running `npm start` platform (found through
 * .data/platform.json), or the table named by TABLE_NAME (and DYNAMODB_ENDPOINT) when set.
 * `npm start` seeds by itself; this script is for a reset, or for a table in AWS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../local/platform.ts';
import { seedNextSampleEvent, seedSampleEvent } from '../local/seed.ts';
import { systemClock } from '../shared/domain/clock.ts';

const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false }, 'data-dir': { type: 'string' } } });

const pointAtRunningPlatform = (): void => {
  if (process.env.TABLE_NAME) return;
  const infoFile = join(values['data-dir'] ?? DEFAULT_DATA_DIR, 'platform.json');
  if (!existsSync(infoFile)) {
    throw new Error('No running platform found: start it with `npm start` (or set TABLE_NAME to seed a table in AWS).');
  }
  const info = JSON.parse(readFileSync(infoFile, 'utf8')) as { tableName: string; dynamoEndpoint: string };
  Object.assign(process.env, {
    TABLE_NAME: info.tableName,
    DYNAMODB_ENDPOINT: info.dynamoEndpoint,
    AWS_REGION: process.env.AWS_REGION ?? 'eu-west-1',
  });
};

const main = async (): Promise<void> => {
  pointAtRunningPlatform();
  // Imported only now: the adapter reads its endpoint from the environment when first loaded.
  const { dynamoEventStore } = await import('../shared/adapters/events-store.ts');
  const outcome = await seedSampleEvent({ events: dynamoEventStore(), clock: systemClock, reset: values.reset });
  console.log(
    `sample event sacm-7: ${outcome}${outcome === 'kept' ? ' (already there; --reset to overwrite)' : ''} in table ${process.env.TABLE_NAME}`,
  );
  const [{ dynamoFocalPointStore }, { delegationToken }, { makeFocalPoints }, { systemIds }] = await Promise.all([
    import('../shared/adapters/focal-points-store.ts'),
    import('../shared/adapters/manage-link-key.ts'),
    import('../shared/domain/delegations/focal-point-use-cases.ts'),
    import('../shared/domain/ids.ts'),
  ]);
  const events = dynamoEventStore();
  const focalPoints = makeFocalPoints({
    events,
    store: dynamoFocalPointStore(),
    tokens: { tokenFor: delegationToken },
    clock: systemClock,
    ids: systemIds(),
  });
  const next = await seedNextSampleEvent({ events, focalPoints, clock: systemClock, reset: values.reset });
  console.log(`next meeting sacm-8 (focal points): ${next}${next === 'kept' ? ' (already there; --reset to overwrite)' : ''}`);
};

main().catch((error: Error) => {
  console.error(`Seeding failed: ${error.message}`);
  process.exit(1);
});
