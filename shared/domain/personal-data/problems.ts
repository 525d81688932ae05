/** The personal-data routes' own problems. */
import { Conflict } from '../errors.ts';

export class AlreadyErased extends Conflict {
  constructor() {
    super('already-erased', 'Already erased', 'The personal data of this record has already been erased.');
  }
}
