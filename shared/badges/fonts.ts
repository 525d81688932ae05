/**
 * The badge fonts' bytes, read once per process. Noto Sans (regular and bold: Latin with diacritics, Cyrillic,
 * Greek) and Noto Sans Arabic, from the @expo-google-fonts packages.
 *
 * Where they are:
 * - in a Lambda bundle, in `fonts/` next to the bundle's index.mjs: infra copies them there for the functions that
 *   make badges (infra/functions/plenary-function.ts, `afterBundling`), as esbuild bundles code, not font files;
 * - anywhere else (tsx on the local platform, vitest), in node_modules, resolved like a module from this file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Each font by role: the package path it comes from and the file name it has in a bundle's `fonts/`. */
export const BADGE_FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  arabic: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
} as const;
export type BadgeFontRole = keyof typeof BADGE_FONT_FILES;

/** The folder, next to the bundle, that infra copies the fonts into. */
export const BUNDLED_FONTS_DIR = 'fonts';

export const bundledFileName = (role: BadgeFontRole): string => BADGE_FONT_FILES[role].split('/').pop()!;

const locate = (role: BadgeFontRole): string => {
  // In a bundle, import.meta.dirname is the bundle's folder (/var/task); from source it is shared/badges.
  const bundled = join(import.meta.dirname, BUNDLED_FONTS_DIR, bundledFileName(role));
  if (existsSync(bundled)) return bundled;
  return createRequire(import.meta.url).resolve(BADGE_FONT_FILES[role]);
};

const cache = new Map<BadgeFontRole, Uint8Array>();

export const badgeFontBytes = (role: BadgeFontRole): Uint8Array => {
  let bytes = cache.get(role);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(locate(role)));
    cache.set(role, bytes);
  }
  return bytes;
};
