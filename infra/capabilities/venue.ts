/**
 * The venue capability: what happens at the conference itself (issue 13): printing badges whose QR codes carry
 * signed check-in codes, and checking participants in at the door. Its routes come from functions/venue/.
 */
import type { Construct } from 'constructs';
import { CapabilityFunctions, type CapabilityProps } from '../functions/capability-functions.ts';

export class Venue extends CapabilityFunctions {
  constructor(scope: Construct, props: CapabilityProps) {
    super(scope, 'Venue', 'venue', props);
  }
}
