/** The notifications capability: sending the outbox's emails and handling SES bounces and complaints. Its routes and workers come from the tables in functions/. */
import type { Construct } from 'constructs';
import { CapabilityFunctions, type CapabilityProps } from '../functions/capability-functions.ts';

export class Notifications extends CapabilityFunctions {
  constructor(scope: Construct, props: CapabilityProps) {
    super(scope, 'Notifications', 'notifications', props);
  }
}
