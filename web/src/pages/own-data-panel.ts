/**
 * The manage page's "Your data" and "Erase your data" (docs/privacy.md): everything held about the delegate, readable
 * here and as a JSON download; and the erasure, behind a confirmation that says what follows and that there is no undo.
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { participantName } from '../../../shared/domain/registration/registration.ts';
import { getOwnData } from '../api/public-api.ts';
import type { RegistrationData } from '../api/responses.ts';
import { saveBlob } from '../api/save-blob.ts';
import { Notice } from '../components/notice.ts';
import { problemMessage } from '../forms/problem-message.ts';
import type { MessageKey } from '../i18n/en.ts';
import { formatInstant } from '../i18n/format.ts';
import { LANGUAGE_NAMES } from '../i18n/i18n.ts';
import { useLanguage } from '../i18n/language-context.ts';

type Row = [string, string];

const DataView = ({ data }: { data: RegistrationData }) => {
  const { t, language } = useLanguage();
  const r = data.registration;
  const yesNo = (value: boolean) => t(value ? 'manage.dataYes' : 'manage.dataNo');
  const rows: Row[] = [
    [t('table.reference'), r.reference],
    [t('table.status'), t(`status.${r.status}` as MessageKey)],
    [t('table.name'), participantName(r.participant)],
    [t('field.email'), r.participant.email],
    ...(r.participant.phone ? ([[t('field.phone'), r.participant.phone]] as Row[]) : []),
    [t('field.position'), r.participant.position],
    [t('field.institution'), r.participant.institution],
    [t('field.delegation'), r.delegation],
    [t('field.role'), t(`role.${r.role}` as MessageKey)],
    [t('field.language'), LANGUAGE_NAMES[r.language]],
    [t('field.accessibility'), r.needs.accessibility || '—'],
    [t('field.dietary'), r.needs.dietary || '—'],
    [t('manage.dataConsent'), yesNo(r.consent.dataProcessing)],
    [t('manage.dataListed'), yesNo(r.consent.listInParticipants)],
    ...(r.checkInCode ? ([[t('manage.dataCheckIn'), r.checkInCode]] as Row[]) : []),
    ...(r.reason ? ([[t('manage.dataReason'), r.reason]] as Row[]) : []),
    [t('manage.dataCreated'), formatInstant(r.createdAt, language)],
    [t('manage.dataUpdated'), formatInstant(r.updatedAt, language)],
  ];
  return html`
    <div data-testid="own-data">
      <h3>${t('manage.dataRegistration')}</h3>
      <dl class="facts">${rows.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>
      <h3>${t('manage.dataHistory')}</h3>
      <ol>
        ${data.history.map(
          (h) => html`<li>
            <strong>${formatInstant(h.at, language)}</strong>: ${h.from ? `${t(`status.${h.from}` as MessageKey)} → ` : ''}${t(`status.${h.to}` as MessageKey)}
            ${' '}(${h.by.name ?? t(`manage.dataBy.${h.by.kind}` as MessageKey)})${h.reason ? ` · ${h.reason}` : ''}
          </li>`,
        )}
      </ol>
      <h3>${t('manage.dataEmails')}</h3>
      <ul>
        ${data.emails.map(
          (e) => html`<li>
            <strong>${formatInstant(e.createdAt, language)}</strong>: ${t(`emailKind.${e.kind}` as MessageKey)} (${t(`manage.dataTo.${e.recipient}` as MessageKey)}) ·
            ${e.sentAt ? t('manage.dataSent', { date: formatInstant(e.sentAt, language) }) : t('manage.dataNotSent')}
          </li>`,
        )}
      </ul>
    </div>
  `;
};

export const OwnDataPanel = ({ eventId, registrationId, token }: { eventId: string; registrationId: string; token: string }) => {
  const { t } = useLanguage();
  const [data, setData] = useState<RegistrationData | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const load = async (): Promise<RegistrationData | undefined> => {
    setBusy(true);
    try {
      const loaded = await getOwnData(eventId, registrationId, token);
      setData(loaded);
      setError(undefined);
      return loaded;
    } catch (problem) {
      setError(problemMessage(problem as Error, t));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  // Always the latest: fetched again on each download, so the file holds what is held at that moment.
  const download = async () => {
    const latest = await load();
    if (latest)
      saveBlob(new Blob([JSON.stringify(latest, null, 2)], { type: 'application/json' }), `${eventId}-${latest.registration.reference}.json`);
  };
  return html`
    <h2>${t('manage.dataTitle')}</h2>
    <p>${t('manage.dataIntro')}</p>
    <div class="actions">
      <button class="button button--secondary" type="button" data-testid="show-data" disabled=${busy} onClick=${load} aria-expanded=${data ? 'true' : 'false'}>${t('manage.dataShow')}</button>
      <button class="button button--secondary" type="button" data-testid="download-data" disabled=${busy} onClick=${download}>${t('manage.dataDownload')}</button>
    </div>
    ${error ? html`<${Notice} kind="error" live>${error}<//>` : null}
    ${data ? html`<${DataView} data=${data} />` : null}
  `;
};

/** "Erase my data", then a confirmation naming what follows; the erasure's answer is the page's to show. */
export const ErasePanel = ({ active, erase }: { active: boolean; erase: () => Promise<void> }) => {
  const { t } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  return html`
    <h2>${t('manage.eraseTitle')}</h2>
    ${
      !confirming
        ? html`<p>${t('manage.eraseIntro')}</p>
            <button class="button button--danger" type="button" data-testid="erase" onClick=${() => setConfirming(true)}>${t('manage.erase')}</button>`
        : html`
          <div class="notice notice--warning" role="group" aria-labelledby="erase-warning">
            <p id="erase-warning">${t(active ? 'manage.eraseWarningActive' : 'manage.eraseWarning')}</p>
            <div class="actions">
              <button
                class="button button--danger"
                type="button"
                data-testid="erase-confirm"
                disabled=${busy}
                ref=${(el: HTMLButtonElement | null) => el?.focus()}
                onClick=${async () => {
                  setBusy(true);
                  await erase();
                  setBusy(false);
                }}
              >
                ${t('manage.eraseConfirm')}
              </button>
              <button class="button button--secondary" type="button" onClick=${() => setConfirming(false)}>${t('manage.eraseKeep')}</button>
            </div>
          </div>
        `
    }
  `;
};
