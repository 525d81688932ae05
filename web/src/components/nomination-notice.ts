/**
 * Whom to contact when a kind of delegation is nominated by focal points (`registration.memberStates` or
 * `.observers` set to `focal_point`): those delegates cannot register on the public form, so the event page and the
 * form say who nominates them and give the secretariat's address for questions.
 */
import { html } from 'htm/preact';
import type { PublicEvent } from '../api/responses.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { Notice } from './notice.ts';

export type DelegationKind = 'member_state' | 'observer';

/** The kinds that register themselves on the public form, in the order the form lists them. */
export const selfRegisteringKinds = (event: PublicEvent): DelegationKind[] =>
  (['member_state', 'observer'] as const).filter(
    (k) => (k === 'member_state' ? event.registration.memberStates : event.registration.observers) === 'self',
  );

export const nominatedKinds = (event: PublicEvent): DelegationKind[] =>
  (['member_state', 'observer'] as const).filter((k) => !selfRegisteringKinds(event).includes(k));

export const NominationNotice = ({ event }: { event: PublicEvent }) => {
  const { t } = useLanguage();
  const nominated = nominatedKinds(event);
  if (nominated.length === 0) return null;
  const email = event.registration.contactEmail;
  return html`
    <${Notice} kind="info">
      <div data-testid="nomination-notice">
        ${nominated.map((k) => html`<p>${t(k === 'member_state' ? 'nomination.memberStates' : 'nomination.observers')}</p>`)}
        ${email ? html`<p>${t('nomination.contact')} <a href=${`mailto:${email}`}>${email}</a>.</p>` : null}
      </div>
    <//>
  `;
};
