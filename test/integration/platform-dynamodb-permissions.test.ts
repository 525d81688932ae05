/**
 * The local platform checks each function's DynamoDB calls against its declared access, as IAM does in AWS
 * (local/dynamodb-permissions.ts). Here against the real DynamoDB Local: allowed calls reach it, refused ones
 * never do, transactions are checked element by element, and idempotency records only under their own key.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeleteItemCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiGateway } from '../../local/api-gateway.ts';
import { AccessDenied, enforceDeclaredDynamoDbAccess, runAs } from '../../local/dynamodb-permissions.ts';
import { createLocalAuth } from '../../local/local-auth.ts';
import { streamWorkersOf } from '../../local/worker-bindings.ts';
import type { FunctionAccess as RouteAccess } from '../../shared/function-access.ts';
import type { Route } from '../../shared/http/route-spec.ts';
import { uniqueEventId } from '../support/api.ts';

const { dynamoEndpoint, tableName } = inject('platform');
const dynamo = new DynamoDBClient({ endpoint: dynamoEndpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
const documents = DynamoDBDocumentClient.from(dynamo);
const refusals: string[] = [];

beforeAll(() => enforceDeclaredDynamoDbAccess((line) => refusals.push(line)));

const as = <T>(access: RouteAccess, call: () => Promise<T>) => runAs({ name: 'test-function', access }, call);
const itemAt = async (PK: string) => (await documents.send(new GetCommand({ TableName: tableName, Key: { PK, SK: 'X' } }))).Item;

describe('local IAM on DynamoDB calls', () => {
  it('lets a declared action through and refuses an undeclared one before it reaches DynamoDB', async () => {
    const pk = `TEST#${uniqueEventId()}`;
    await expect(
      as({ dynamodb: ['PutItem', 'GetItem'] }, () => documents.send(new PutCommand({ TableName: tableName, Item: { PK: pk, SK: 'X' } }))),
    ).resolves.toBeDefined();
    await expect(as({ dynamodb: ['GetItem'] }, () => documents.send(new ScanCommand({ TableName: tableName, Limit: 1 })))).rejects.toThrow(
      AccessDenied,
    );
    await expect(
      as({ dynamodb: ['GetItem'] }, () => documents.send(new PutCommand({ TableName: tableName, Item: { PK: `${pk}-2`, SK: 'X' } }))),
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining('test-function is not authorized to perform dynamodb:PutItem'),
    });
    expect(await itemAt(`${pk}-2`)).toBeUndefined();
    expect(refusals.at(-1)).toContain('dynamodb:PutItem');
  });

  it('checks each element of a transaction as IAM does, and refuses the whole transaction for one', async () => {
    const pk = `TEST#${uniqueEventId()}`;
    const transaction = () =>
      documents.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tableName, Item: { PK: pk, SK: 'X' } } },
            { Delete: { TableName: tableName, Key: { PK: `${pk}-old`, SK: 'X' } } },
          ],
        }),
      );
    await expect(as({ dynamodb: ['PutItem'] }, transaction)).rejects.toThrow(/dynamodb:DeleteItem/);
    expect(await itemAt(pk)).toBeUndefined();
    await expect(as({ dynamodb: ['PutItem', 'DeleteItem'] }, transaction)).resolves.toBeDefined();
    expect(await itemAt(pk)).toBeDefined();
  });

  it("allows the idempotency layer its calls on its own operation's records only (the plain client, as Powertools uses it)", async () => {
    const key = (pk: string) => ({ PK: { S: pk }, SK: { S: 'X' } });
    const access: RouteAccess = { dynamodb: ['GetItem'], idempotency: 'op-a' };
    await expect(as(access, () => dynamo.send(new DeleteItemCommand({ TableName: tableName, Key: key('IDEMPOTENCY#op-a') })))).resolves.toBeDefined();
    await expect(as(access, () => dynamo.send(new DeleteItemCommand({ TableName: tableName, Key: key('IDEMPOTENCY#op-b') })))).rejects.toThrow(
      AccessDenied,
    );
    await expect(as(access, () => dynamo.send(new DeleteItemCommand({ TableName: tableName, Key: key('EVENT#x') })))).rejects.toThrow(AccessDenied);
    await expect(as(access, () => dynamo.send(new GetItemCommand({ TableName: tableName, Key: key('EVENT#x') })))).resolves.toBeDefined();
  });

  it("does not check calls that are no function's (the platform's own setup, tests arranging data)", async () => {
    await expect(documents.send(new ScanCommand({ TableName: tableName, Limit: 1 }))).resolves.toBeDefined();
  });
});

describe('the local gateway and workers run each function as itself', () => {
  const scanner = (access: RouteAccess): Route => ({
    method: 'GET',
    path: '/api/test/scan',
    handler: '../test/integration/fixtures/scan-table',
    auth: 'public',
    capability: 'platform',
    access,
    openapi: { operationId: 'testScan', summary: 'test', tags: ['test'], responses: { 200: { description: 'ok' } } },
  });
  let servers: Server[] = [];
  const serve = async (access: RouteAccess) => {
    const gateway = createApiGateway({ routes: [scanner(access)], auth: await createLocalAuth() });
    // node:http does not await its listener; the gateway answers every error itself (a 500 problem).
    const server = createServer((req, res) => void gateway(req, res));
    servers.push(server);
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/test/scan`;
  };
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((closed) => s.close(closed))));
    servers = [];
  });

  it('a route whose function calls an action its access does not declare fails, as in AWS; declared, it works', async () => {
    expect((await fetch(await serve({ dynamodb: ['GetItem'] }))).status).toBe(500);
    expect(refusals.at(-1)).toContain('../test/integration/fixtures/scan-table is not authorized to perform dynamodb:Scan');
    expect((await fetch(await serve({ dynamodb: ['Scan'] }))).status).toBe(200);
  });

  it('a stream worker runs as itself too', async () => {
    const [worker] = streamWorkersOf([
      { name: 'test-scanner', handler: '../test/integration/fixtures/scan-table', capability: 'platform', trigger: 'outbox-stream', access: {} },
    ]);
    await expect(worker!.handle({ Records: [] })).rejects.toThrow(/test-scanner is not authorized to perform dynamodb:Scan/);
  });
});
