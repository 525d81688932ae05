/**
 * What the door shows after a scan, in a live region (a screen reader hears it) and told apart by a symbol and a word,
 * not by colour alone: ✓ checked in, ! already checked in (when, at which device), ✕ refused (why).
 */
import { html } from 'htm/preact';
import { CATEGORY_COLOURS } from '../../../shared/domain/badges/category.ts';
import type { Language } from '../../../shared/domain/primitives.ts';
import { useLanguage } from '../i18n/language-context.ts';
import type { Translate } from '../i18n/i18n.ts';
import { categoryWord, delegationName, roleWord } from './participant-words.ts';
import { fullName } from './roster-search.ts';
import type { RosterEntry } from './roster-types.ts';
import type { ScanResult } from './use-checkin.ts';

/** "08:41", or "29 Nov, 08:41" when it was not today. */
export const timeOfDay = (iso: string, language: Language, now = new Date()): string => {
  const at = new Date(iso);
  const sameDay = at.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(
    language,
    sameDay ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  ).format(at);
};

export const CategoryTag = ({ category }: { category: RosterEntry['category'] }) => {
  const { t } = useLanguage();
  const colours = CATEGORY_COLOURS[category];
  return html`<span class="category-tag" style=${{ background: colours.background, color: colours.text }}>${categoryWord(category, t)}</span>`;
};

const Who = ({ entry }: { entry: RosterEntry }) => {
  const { t, language } = useLanguage();
  return html`
    <p class="scan-result__name">${fullName(entry)}</p>
    <p class="scan-result__details">
      ${delegationName(entry, language, t)} · ${roleWord(entry.role, t)} · <${CategoryTag} category=${entry.category} />
    </p>
  `;
};

const refusalText = (reason: string, t: Translate): string => t(`checkin.refused.${reason as 'forged'}`);

const Verdict = ({ result }: { result: ScanResult }) => {
  const { t, language } = useLanguage();
  const { verdict, state } = result;
  if (verdict.kind === 'refused')
    return html`
      <div class="scan-result scan-result--refused" data-verdict="refused" data-reason=${verdict.reason}>
        <p class="scan-result__headline"><span class="scan-result__symbol" aria-hidden="true">✕</span> ${t('checkin.result.refused')}</p>
        <p class="scan-result__why">${refusalText(verdict.reason, t)}</p>
      </div>
    `;
  if (verdict.kind === 'already')
    return html`
      <div class="scan-result scan-result--already" data-verdict="already">
        <p class="scan-result__headline"><span class="scan-result__symbol" aria-hidden="true">!</span> ${t('checkin.result.already')}</p>
        <p class="scan-result__why">${t('checkin.result.alreadyAt', { time: timeOfDay(verdict.checkedIn.at, language), device: verdict.checkedIn.device })}</p>
        <${Who} entry=${verdict.entry} />
      </div>
    `;
  return html`
    <div class="scan-result scan-result--admitted" data-verdict="admitted" data-state=${state}>
      <p class="scan-result__headline"><span class="scan-result__symbol" aria-hidden="true">✓</span> ${t('checkin.result.admitted')}</p>
      ${state === 'checking' ? html`<p class="scan-result__why">${t('checkin.result.checking')}</p>` : null}
      ${state === 'queued' ? html`<p class="scan-result__why">${t('checkin.result.queued')}</p>` : null}
      <${Who} entry=${verdict.entry} />
    </div>
  `;
};

/** Always in the page (a live region must exist before its news), empty until the first scan. */
export const ScanResultPanel = ({ result }: { result: ScanResult | undefined }) => {
  const { t } = useLanguage();
  return html`
    <section class="scan-result-panel" aria-labelledby="scan-result-title">
      <h2 id="scan-result-title" class="visually-hidden">${t('checkin.result.title')}</h2>
      <div aria-live="assertive" aria-atomic="true" data-testid="scan-result">
        ${result ? html`<${Verdict} key=${result.serial} result=${result} />` : html`<p class="muted">${t('checkin.result.none')}</p>`}
      </div>
    </section>
  `;
};
