/**
 * The users capability: the secretariat invites colleagues, changes their groups and removes them, through Cognito's
 * admin API on the console's user pool (each function may call only the actions its route declares, on that pool).
 */
import type { Construct } from 'constructs';
import { CapabilityFunctions, type CapabilityProps } from '../functions/capability-functions.ts';

export class Users extends CapabilityFunctions {
  constructor(scope: Construct, props: CapabilityProps) {
    super(scope, 'Users', 'users', props);
  }
}
