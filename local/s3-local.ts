/**
 * The local stand-in for S3: s3rver in-process on 127.0.0.1, with the documents bucket and its CORS rule for the
 * site's origin (a focal point's browser POSTs the note verbale straight to it, as it would to S3). Objects persist
 * under a folder (`.data/s3`); in memory mode a temporary folder, removed at stop.
 *
 * s3rver checks no signature and no POST policy condition (size range, content type, key): whatever it stores
 * is judged by the server afterwards (shared/domain/documents/check-note-verbale.ts), as in AWS.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  httpServer?: Server;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;
interface S3rverAccounts {
  DUMMY_ACCOUNT: { createKeyPair(accessKeyId: string, secretAccessKey: string): void };
}

export interface S3Local {
  endpoint: string;
  bucket: string;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';

/** The browser's POST of the form and its GET of a presigned link, from the site's pages only. */
const corsRule = (origins: readonly string[]) =>
  [
    '<CORSConfiguration><CORSRule>',
    ...origins.map((origin) => `<AllowedOrigin>${origin}</AllowedOrigin>`),
    '<AllowedMethod>POST</AllowedMethod><AllowedMethod>GET</AllowedMethod>',
    '<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds>',
    '</CORSRule></CORSConfiguration>',
  ].join('');

export interface S3LocalOptions {
  /** Where objects persist; a temporary folder (removed at stop) when absent. */
  dataDir?: string;
  bucket: string;
  /** The site's origins, allowed by the bucket's CORS rule. */
  siteOrigins: readonly string[];
  /** The platform's fake credentials, which s3rver must know to answer signed requests. */
  credentials: { accessKeyId: string; secretAccessKey: string };
}

/**
 * Loads s3rver (about 0.3 s of synchronous require: koa and friends) a moment after being called, so that the
 * platform can load it while DynamoDB Local's JVM starts, and start it later, once the site's origin is known.
 */
export const loadS3Local = async (): Promise<(options: S3LocalOptions) => Promise<S3Local>> => {
  // Let the callers' child processes spawn first: this blocks the event loop while it loads.
  await new Promise((resolve) => setTimeout(resolve, 25));
  const require = createRequire(import.meta.url);
  const S3rver = require('s3rver') as S3rverClass;
  const accounts = require('s3rver/lib/models/account.js') as S3rverAccounts;
  return (options) => startS3rver(S3rver, accounts, options);
};

const startS3rver = async (
  S3rver: S3rverClass,
  accounts: S3rverAccounts,
  { dataDir, bucket, siteOrigins, credentials }: S3LocalOptions,
): Promise<S3Local> => {
  accounts.DUMMY_ACCOUNT.createKeyPair(credentials.accessKeyId, credentials.secretAccessKey);
  const directory = dataDir ?? mkdtempSync(join(tmpdir(), 'plenary-s3-'));
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    port: 0,
    address: HOST,
    directory,
    silent: true,
    // Bucket-style subdomains need DNS; clients use path-style URLs (http://127.0.0.1:<port>/<bucket>/<key>).
    vhostBuckets: false,
    // Created when missing; its CORS rule is written anew on every start (the site's port may differ).
    configureBuckets: [{ name: bucket, configs: [corsRule(siteOrigins)] }],
  });
  const { port } = await server.run();
  return {
    endpoint: `http://${HOST}:${port}`,
    bucket,
    stop: async () => {
      const closing = server.close();
      // Keep-alive sockets of SDK clients would hold the port open.
      server.httpServer?.closeAllConnections();
      await closing;
      if (!dataDir) rmSync(directory, { recursive: true, force: true });
    },
  };
};
