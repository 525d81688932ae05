/** The platform capability: health and the OpenAPI document. Its routes and workers come from the tables in functions/. */
import type { Construct } from 'constructs';
import { CapabilityFunctions, type CapabilityProps } from '../functions/capability-functions.ts';

export class Platform extends CapabilityFunctions {
  constructor(scope: Construct, props: CapabilityProps) {
    super(scope, 'Platform', 'platform', props);
  }
}
