/**
 * The delegations capability: focal points nominating their delegation, the note verbale, and the secretariat's
 * accreditation (issue 12). Its routes and workers come from the tables in functions/ (functions/delegations/);
 * the documents bucket they use is stateful and made once by the stack (infra/documents.ts), like the table.
 */
import type { Construct } from 'constructs';
import { CapabilityFunctions, type CapabilityProps } from '../functions/capability-functions.ts';

export class Delegations extends CapabilityFunctions {
  constructor(scope: Construct, props: CapabilityProps) {
    super(scope, 'Delegations', 'delegations', props);
  }
}
