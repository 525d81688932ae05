/**
 * The address of the client a request came from, for the rate limits of public writes.
 *
 * In AWS the HTTP API is reached through CloudFront, so `requestContext.http.sourceIp` is a CloudFront edge
 * server, shared by everyone near it. A CloudFront Function on `/api/*` (infra/web.ts) writes the viewer's own
 * address into `X-Plenary-Viewer-Address`, replacing whatever a caller sent under that name. (CloudFront's own
 * `CloudFront-Viewer-Address` is not forwarded by the managed "all viewer headers except Host" policy the API
 * needs.) The header is trusted because the API functions refuse any request without CloudFront's secret origin
 * header (shared/http/origin.ts); without it the connection's address is the client. The local gateway stands in
 * for CloudFront: it sets the header from the socket, and keeps a caller's only when started for tests
 * (local/api-gateway.ts).
 */
import { isIP } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export const VIEWER_ADDRESS_HEADER = 'x-plenary-viewer-address';

/** `203.0.113.7` as it is; `203.0.113.7:443` -> `203.0.113.7`; `2001:db8::1:443` -> `2001:db8::1`; `[2001:db8::1]:443` -> `2001:db8::1`. */
export const addressOfViewerHeader = (value: string): string | undefined => {
  const text = value.trim();
  if (isIP(text)) return text;
  const colon = text.lastIndexOf(':');
  if (colon < 0 || !/^\d{1,5}$/.test(text.slice(colon + 1))) return undefined;
  const address = text.slice(0, colon).replace(/^\[(.*)\]$/, '$1');
  return isIP(address) ? address : undefined;
};

export const clientAddressOf = (event: Pick<APIGatewayProxyEventV2, 'headers' | 'requestContext'>): string => {
  const viewer = event.headers?.[VIEWER_ADDRESS_HEADER];
  return (viewer && addressOfViewerHeader(viewer)) || (event.requestContext.http?.sourceIp ?? 'unknown');
};
