/**
 * `npm start` keeps its data in the data folder: stop it, start it again, and everything is there,
 * tokens included. Stopping takes DynamoDB Local's Java process with it. Runs the real CLI in a child
 * process, as a developer would (a platform per process: handlers keep their first configuration).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { PlatformInfo } from '../../local/platform.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'plenary-restart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const infoFile = join(dataDir, 'platform.json');

const start = async (): Promise<{ child: ChildProcess; info: PlatformInfo }> => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts', '--data-dir', dataDir, '--port', '0', '--quiet'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  const deadline = Date.now() + 60_000;
  while (!existsSync(infoFile)) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('npm start did not come up within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, info: JSON.parse(readFileSync(infoFile, 'utf8')) as PlatformInfo };
};

/** The DynamoDB Local process serving this data folder, if any. */
const javaPids = (): string[] => {
  try {
    // `^java`: the JVM itself, not the watchdog shell around it (whose command line names the jar too).
    return execFileSync('pgrep', ['-f', `^java .*DynamoDBLocal.jar -dbPath ${join(dataDir, 'dynamodb')}`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
};

const stop = async (child: ChildProcess): Promise<number | null> => {
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill('SIGINT');
  return exited;
};

const documents = (endpoint: string) =>
  DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }));

describe('npm start on a data folder', () => {
  it('keeps the data and the signing key across a restart, and leaves no Java process behind', async () => {
    const first = await start();
    expect(javaPids()).toHaveLength(1);
    const seeded = await (await fetch(`${first.info.apiUrl}/events/sacm-7`)).json();
    const signIn = await fetch(`${first.info.baseUrl}/local/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'secretariat' }),
    });
    const { token } = (await signIn.json()) as { token: string };
    // Next year's meeting is seeded too, member states nominated by focal points, with Peru's focal point invited.
    const nextMeeting = await (await fetch(`${first.info.apiUrl}/events/sacm-8`)).json();
    expect(nextMeeting.registration).toMatchObject({ memberStates: 'focal_point', observers: 'self' });
    const invitationDeadline = Date.now() + 15_000;
    let invitations: { subject: string; body: { text?: string } }[] = [];
    while (invitations.length === 0 && Date.now() < invitationDeadline) {
      const { emails } = (await (await fetch(`${first.info.sesEndpoint}/store`)).json()) as {
        emails: { subject: string; destination: { to: string[] }; body: { text?: string } }[];
      };
      invitations = emails.filter((e) => e.destination.to.some((to) => to.includes('focal-point.pe@example.org')));
      if (invitations.length === 0) await new Promise((r) => setTimeout(r, 200));
    }
    expect(invitations).toHaveLength(1);
    expect(invitations[0]!.body.text).toMatch(/\/delegations\/sacm-8\/PE#token=/);
    const client = documents(first.info.dynamoEndpoint);
    await client.send(new PutCommand({ TableName: first.info.tableName, Item: { PK: 'TEST#restart', SK: 'NOTE', text: 'still here' } }));
    client.destroy();

    expect(await stop(first.child)).toBe(0);
    expect(javaPids()).toEqual([]);
    expect(existsSync(infoFile)).toBe(false);

    const second = await start();
    try {
      const again = documents(second.info.dynamoEndpoint);
      const { Item } = await again.send(new GetCommand({ TableName: second.info.tableName, Key: { PK: 'TEST#restart', SK: 'NOTE' } }));
      again.destroy();
      expect(Item?.text).toBe('still here');
      // The seed ran again and kept the event as it was.
      expect(await (await fetch(`${second.info.apiUrl}/events/sacm-7`)).json()).toEqual(seeded);
      expect(await (await fetch(`${second.info.apiUrl}/events/sacm-8`)).json()).toEqual(nextMeeting);
      const delegations = await fetch(`${second.info.apiUrl}/admin/events/sacm-8/delegations`, { headers: { authorization: `Bearer ${token}` } });
      const peru = ((await delegations.json()) as { items: { code: string; focalPoints: unknown[] }[] }).items.find((d) => d.code === 'PE');
      expect(peru?.focalPoints).toHaveLength(1);
      const summary = await fetch(`${second.info.apiUrl}/admin/events/sacm-7/summary`, { headers: { authorization: `Bearer ${token}` } });
      expect(summary.status).toBe(200);
    } finally {
      expect(await stop(second.child)).toBe(0);
    }
    expect(javaPids()).toEqual([]);
  });

  it('takes Java with it even when npm start is killed with SIGKILL (no exit hook runs)', async () => {
    const { child } = await start();
    expect(javaPids()).toHaveLength(1);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    // The watchdog notices within a second or two.
    const deadline = Date.now() + 15_000;
    while (javaPids().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(javaPids()).toEqual([]);
    rmSync(infoFile, { force: true });
  });
});
