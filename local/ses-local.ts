/**
 * The SES emulator (aws-ses-v2-local) in-process, bound to 127.0.0.1. It can be stopped and started
 * again on the same port (fault tests); its mail store lives in the module, so restarts keep the mail.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SesLocal {
  /** The SES API endpoint for the SDK client, and the web mailbox. */
  endpoint: string;
  running(): boolean;
  stop(): Promise<void>;
  start(): Promise<void>;
}

const HOST = '127.0.0.1';

type SesServer = (config: { host: string; port: number }) => Promise<Server>;

const listen = async (port: number): Promise<Server> => {
  const module = (await import('aws-ses-v2-local')) as unknown as { default: SesServer | { default: SesServer } };
  // A CommonJS module with `exports.default`: Node's ESM loader nests it one level deeper than tsx/vite do.
  const sesServer = typeof module.default === 'function' ? module.default : module.default.default;
  return sesServer({ host: HOST, port });
};

const close = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive sockets would hold the port open.
    server.closeAllConnections();
  });

export const startSesLocal = async ({ port = 0 }: { port?: number } = {}): Promise<SesLocal> => {
  let server: Server | undefined = await listen(port);
  const boundPort = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://${HOST}:${boundPort}`,
    running: () => server !== undefined,
    stop: async () => {
      if (!server) return;
      const closing = server;
      server = undefined;
      await close(closing);
    },
    start: async () => {
      server ??= await listen(boundPort);
    },
  };
};
