/** The events capability: reading published events. Its routes and workers come from the tables in functions/. */
import type { Construct } from 'constructs';
import { CapabilityFunctions, type CapabilityProps } from '../functions/capability-functions.ts';

export class Events extends CapabilityFunctions {
  constructor(scope: Construct, props: CapabilityProps) {
    super(scope, 'Events', 'events', props);
  }
}
