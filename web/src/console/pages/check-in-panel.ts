/**
 * The dashboard's check-in part: who has arrived at the venue against who is expected (confirmed), by category and
 * by delegation, with the time of the figures shown (the dashboard refreshes them itself).
 */
import { html } from 'htm/preact';
import type { EventSummary } from '../../api/responses.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useLanguage } from '../../i18n/language-context.ts';

type CheckIn = EventSummary['checkIn'];

const Meter = ({ value, max, label }: { value: number; max: number; label: string }) =>
  html`<span class="meter" role="img" aria-label=${label}><span style=${{ width: `${max ? Math.min(100, (value / max) * 100) : 0}%` }}></span></span>`;

export const CheckedInCard = ({ checkIn }: { checkIn: CheckIn }) => {
  const { t } = useLanguage();
  const figure = t('checkInDashboard.checkedInOf', { checkedIn: checkIn.checkedIn, expected: checkIn.expected });
  return html`
    <li class="card" data-testid="checked-in">
      <h2>${t('checkInDashboard.checkedIn')}</h2>
      <span class="stat">${figure}</span>
      <${Meter} value=${checkIn.checkedIn} max=${checkIn.expected} label=${figure} />
      <a href="#check-in">${t('checkInDashboard.title')}</a>
    </li>
  `;
};

export const CheckInPanel = ({
  checkIn,
  delegationName,
  updatedAt,
  stale,
}: {
  checkIn: CheckIn;
  delegationName: (code: string) => string;
  /** When these figures were read. */
  updatedAt: Date;
  /** The last refresh failed: these figures are older than they should be. */
  stale: boolean;
}) => {
  const { t, language } = useLanguage();
  const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(updatedAt);
  const categoryName = (category: string) => t(`checkInDashboard.category.${category}` as MessageKey);
  const row = (label: string, code: string | undefined, checkedIn: number, expected: number) => html`
    <tr>
      <th scope="row">${label}${code ? html` <span class="muted">(${code})</span>` : null}</th>
      <td class="number">${checkedIn}<${Meter} value=${checkedIn} max=${expected} label=${`${checkedIn} / ${expected}`} /></td>
      <td class="number">${expected}</td>
    </tr>
  `;
  const head = (first: string) =>
    html`<thead>
      <tr>
        <th scope="col">${first}</th>
        <th scope="col" class="number">${t('checkInDashboard.checkedIn')}</th>
        <th scope="col" class="number">${t('checkInDashboard.expected')}</th>
      </tr>
    </thead>`;
  return html`
    <section aria-labelledby="check-in" data-testid="check-in">
      <h2 id="check-in" tabindex="-1">${t('checkInDashboard.title')}</h2>
      <p class="muted" data-testid="check-in-updated">
        ${stale ? t('checkInDashboard.refreshFailed', { time }) : t('checkInDashboard.updatedAt', { time })}
      </p>
      <h3 id="check-in-by-category">${t('checkInDashboard.byCategory')}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="check-in-by-category">
        <table>
          ${head(t('checkInDashboard.category'))}
          <tbody>
            ${checkIn.byCategory.map((c) => row(categoryName(c.category), undefined, c.checkedIn, c.expected))}
          </tbody>
        </table>
      </div>
      <h3 id="check-in-by-delegation">${t('checkInDashboard.byDelegation')}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="check-in-by-delegation">
        <table>
          ${head(t('table.delegation'))}
          <tbody>
            ${checkIn.byDelegation.map((d) => row(delegationName(d.code), d.code, d.checkedIn, d.expected))}
          </tbody>
        </table>
      </div>
    </section>
  `;
};
