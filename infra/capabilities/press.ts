/** The press capability: press inquiries and their routing. Its routes and workers come from the tables in functions/. */
import type { Construct } from 'constructs';
import { CapabilityFunctions, type CapabilityProps } from '../functions/capability-functions.ts';

export class Press extends CapabilityFunctions {
  constructor(scope: Construct, props: CapabilityProps) {
    super(scope, 'Press', 'press', props);
  }
}
