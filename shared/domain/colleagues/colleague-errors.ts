/** The colleague routes' own refusals (409 problems). */
import { Conflict } from '../errors.ts';

export class ColleagueExists extends Conflict {
  constructor() {
    super('user-exists', 'Already a colleague', 'An account with this email exists; change its groups instead.');
  }
}

export class CannotRemoveYourself extends Conflict {
  constructor() {
    super('cannot-remove-yourself', 'You cannot remove your own account', 'Ask another secretariat officer to remove it.');
  }
}

export class CannotLeaveSecretariat extends Conflict {
  constructor() {
    super(
      'cannot-leave-secretariat',
      'You cannot leave the secretariat group',
      'Keep `secretariat` among your own groups; another secretariat officer can change them.',
    );
  }
}
