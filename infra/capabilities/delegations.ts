/** The delegations capability: focal points nominating their delegations, and the secretariat inviting them. Its routes come from functions/delegations/. */
import type { Construct } from 'constructs';
import { CapabilityFunctions, type CapabilityProps } from '../functions/capability-functions.ts';

export class Delegations extends CapabilityFunctions {
  constructor(scope: Construct, props: CapabilityProps) {
    super(scope, 'Delegations', 'delegations', props);
  }
}
