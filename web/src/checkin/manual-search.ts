/**
 * A damaged or forgotten badge: find the person by name, reference or desk code in the device's roster (works offline)
 * and check them in by hand.
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { useLanguage } from '../i18n/language-context.ts';
import { delegationName } from './participant-words.ts';
import { fullName, searchRoster } from './roster-search.ts';
import type { RosterEntry } from './roster-types.ts';
import { CategoryTag, timeOfDay } from './scan-result-panel.ts';

export const ManualSearch = ({ entries, onCheckIn }: { entries: readonly RosterEntry[]; onCheckIn: (registrationId: string) => void }) => {
  const { t, language } = useLanguage();
  const [query, setQuery] = useState('');
  const found = searchRoster(entries, query);
  return html`
    <section class="manual-search" aria-labelledby="manual-search-title">
      <h2 id="manual-search-title">${t('checkin.search.title')}</h2>
      <div class="field">
        <label for="checkin-search">${t('checkin.search.label')}</label>
        <span class="hint" id="checkin-search-hint">${t('checkin.search.hint')}</span>
        <input
          id="checkin-search"
          type="search"
          autocomplete="off"
          spellcheck=${false}
          aria-describedby="checkin-search-hint"
          value=${query}
          onInput=${(e: Event) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      ${query.trim().length >= 2 && found.length === 0 ? html`<p role="status">${t('checkin.search.none')}</p>` : null}
      ${
        found.length > 0
          ? html`<ul class="search-results" aria-label=${t('checkin.search.results')}>
              ${found.map(
                (entry) => html`
                  <li class="search-result">
                    <p class="search-result__name">${fullName(entry)}</p>
                    <p class="muted">
                      ${delegationName(entry, language, t)} · ${entry.reference}${entry.deskCode ? ` · ${entry.deskCode}` : ''} · <${CategoryTag} category=${entry.category} />
                    </p>
                    ${
                      entry.checkedIn
                        ? html`<p>${t('checkin.result.alreadyAt', { time: timeOfDay(entry.checkedIn.at, language), device: entry.checkedIn.device })}</p>`
                        : html`<button class="button" type="button" onClick=${() => onCheckIn(entry.registrationId)}>
                            ${t('checkin.search.checkIn', { name: fullName(entry) })}
                          </button>`
                    }
                  </li>
                `,
              )}
            </ul>`
          : null
      }
    </section>
  `;
};
