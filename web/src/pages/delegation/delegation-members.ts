/**
 * The members a delegation's focal points nominated, with their status now and whether they gave their consent;
 * a nominee still `nominated` can be withdrawn after a confirmation (focus moves to the confirming button, and back
 * to the row's button on "Keep").
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DelegationMember } from '../../api/delegation-api.ts';
import { StatusBadge } from '../../components/status-badge.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useLanguage } from '../../i18n/language-context.ts';

/** `withdraw` absent: the list is with the secretariat (submitted or accredited), so nobody can be withdrawn. */
const MemberRow = ({ member, withdraw }: { member: DelegationMember; withdraw: ((m: DelegationMember) => Promise<void>) | undefined }) => {
  const { t } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) askRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const promptId = `withdraw-${member.id}`;
  return html`
    <tr data-member=${member.id}>
      <th scope="row">${member.name}<br /><span class="muted">${member.email}</span></th>
      <td>${t(`role.${member.role}` as MessageKey)}</td>
      <td><${StatusBadge} code=${member.status} label=${t(`status.${member.status}` as MessageKey)} /></td>
      <td>${member.consentGiven ? t('delegation.consentGiven') : t('delegation.consentNotGiven')}</td>
      <td>
        ${
          member.status !== 'nominated' || !withdraw
            ? null
            : confirming
              ? html`<div role="group" aria-labelledby=${promptId}>
                  <p id=${promptId}>${t('delegation.confirmWithdraw', { name: member.name })}</p>
                  <div class="actions actions--inline">
                    <button
                      ref=${confirmRef}
                      class="button button--danger button--small"
                      type="button"
                      disabled=${busy}
                      onClick=${async () => {
                        setBusy(true);
                        await withdraw?.(member);
                        setBusy(false);
                        setConfirming(false);
                      }}
                    >
                      ${t('delegation.confirm')}
                    </button>
                    <button class="button button--secondary button--small" type="button" onClick=${() => setConfirming(false)}>${t('delegation.keep')}</button>
                  </div>
                </div>`
              : html`<button
                  ref=${askRef}
                  class="button button--secondary button--small"
                  type="button"
                  aria-label=${t('delegation.withdrawLabel', { name: member.name })}
                  onClick=${() => setConfirming(true)}
                >
                  ${t('delegation.withdraw')}
                </button>`
        }
      </td>
    </tr>
  `;
};

export const DelegationMembers = ({
  members,
  withdraw,
}: {
  members: DelegationMember[];
  withdraw: ((m: DelegationMember) => Promise<void>) | undefined;
}) => {
  const { t } = useLanguage();
  if (!members.length) return html`<p>${t('delegation.noMembers')}</p>`;
  return html`
    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="members-caption">
      <table>
        <caption id="members-caption">${t('delegation.members')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('table.name')}</th>
            <th scope="col">${t('field.role')}</th>
            <th scope="col">${t('received.status')}</th>
            <th scope="col">${t('delegation.consent')}</th>
            <th scope="col">${t('delegation.actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${members.map((m) => html`<${MemberRow} key=${`${m.id}:${m.status}`} member=${m} withdraw=${withdraw} />`)}
        </tbody>
      </table>
    </div>
  `;
};
