/**
 * Serves the web pages: web/dist when it is built (unknown paths fall back to index.html, as the SPA
 * expects), otherwise a placeholder page. Only GET and HEAD; never a path outside the folder.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  // Compiled as it streams in only when served as application/wasm (the check-in app's QR reader).
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export const WEB_DIST = resolve(import.meta.dirname, '..', 'web', 'dist');
const PLACEHOLDER = resolve(import.meta.dirname, 'placeholder');

const fileIn = (root: string, urlPath: string): string | undefined => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
};

const send = (req: IncomingMessage, res: ServerResponse, file: string, status = 200): void => {
  res.statusCode = status;
  res.setHeader('Content-Type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Content-Length', statSync(file).size);
  // Hashed assets never change; pages are always revalidated.
  res.setHeader('Cache-Control', file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
};

export const createStaticSite = ({ root = WEB_DIST }: { root?: string } = {}) => {
  const built = existsSync(join(root, 'index.html'));
  const folder = built ? root : PLACEHOLDER;
  const index = join(folder, 'index.html');
  return {
    built,
    handle(req: IncomingMessage, res: ServerResponse): void {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.statusCode = 405;
        res.setHeader('Allow', 'GET, HEAD');
        res.end();
        return;
      }
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const file = fileIn(folder, path === '/' ? '/index.html' : path);
      if (file) return send(req, res, file);
      // A missing asset is a real 404; any other path is a page the SPA routes itself.
      if (extname(path) !== '' && extname(path) !== '.html') {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end('Not found');
        return;
      }
      send(req, res, index);
    },
  };
};
