/** The registration capability: delegates registering and the secretariat managing them. Its routes and workers come from the tables in functions/. */
import type { Construct } from 'constructs';
import { CapabilityFunctions, type CapabilityProps } from '../functions/capability-functions.ts';

export class Registration extends CapabilityFunctions {
  constructor(scope: Construct, props: CapabilityProps) {
    super(scope, 'Registration', 'registration', props);
  }
}
