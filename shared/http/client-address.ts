/**
 * The address of the client a request came from, for the rate limits of public writes.
 *
 * In AWS the HTTP API is reached only through CloudFront, so `requestContext.http.sourceIp` is a CloudFront
 * edge server, shared by everyone near it; the viewer's own address is in `CloudFront-Viewer-Address`
 * (`<ip>:<port>`), which CloudFront sets itself. This trusts that header only because nothing but CloudFront
 * can reach the API (the stack disables the HTTP API's default execute-api endpoint); without the header the
 * connection's address is the client. The local gateway stands in for CloudFront: it sets the header from
 * the socket, and keeps a caller's only when started for tests (local/api-gateway.ts).
 */
import { isIP } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export const VIEWER_ADDRESS_HEADER = 'cloudfront-viewer-address';

/** `203.0.113.7:443` -> `203.0.113.7`; `2001:db8::1:443` -> `2001:db8::1`; `[2001:db8::1]:443` -> `2001:db8::1`. */
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
