/**
 * What lists call the accredited journalists' group (delegation PRESS), where a delegation's name would stand: the
 * participants CSV and the console's lists. In the four languages, as delegation names are.
 */
import type { Language } from '../primitives.ts';

export const PRESS_SECTION_NAMES: Record<Language, string> = { es: 'Prensa', pt: 'Imprensa', en: 'Press', nl: 'Pers' };
