/** Request parts the delegate's routes read. */
import * as z from 'zod/mini';

/**
 * The delegate's routes take no query parameters. `?token=` in particular is refused (400, `query.token`), with a
 * right token or a wrong one and before anything is looked up: a URL lands in CloudFront's, API Gateway's and any
 * proxy's logs, so a client that puts the token there must hear so at once rather than get a misleading 404.
 */
export const ManageQuery = z.strictObject({});
