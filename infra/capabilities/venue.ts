/**
 * The venue capability: the conference itself (issue 13). Printing badges, whose QR codes carry check-in codes signed
 * with the event's key (only those functions read the badge-signing secret), and the door's check-in (the roster a
 * scanner keeps offline, recording a check-in), which verifies badges with the event's published public key and is
 * never granted the secret. Its routes come from the tables in functions/ (functions/venue/).
 */
import type { Construct } from 'constructs';
import { CapabilityFunctions, type CapabilityProps } from '../functions/capability-functions.ts';

export class Venue extends CapabilityFunctions {
  constructor(scope: Construct, props: CapabilityProps) {
    super(scope, 'Venue', 'venue', props);
  }
}
