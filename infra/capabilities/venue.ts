/**
 * The venue capability: the door's check-in (the roster a scanner keeps offline, recording a check-in). Its routes
 * come from the tables in functions/ (functions/venue/); they verify badges with the event's published public key
 * and are never granted the badge-signing secret.
 */
import type { Construct } from 'constructs';
import { CapabilityFunctions, type CapabilityProps } from '../functions/capability-functions.ts';

export class Venue extends CapabilityFunctions {
  constructor(scope: Construct, props: CapabilityProps) {
    super(scope, 'Venue', 'venue', props);
  }
}
