/**
 * The console's badge downloads: one registration's badge (registration detail) and a delegation's or a category's
 * badges for printing (participants page), each in the chosen size. Each PDF is fetched with the signed-in user's
 * token and saved as a file; a problem (too many badges, none to print) is shown next to the choice it is about.
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { PARTICIPANT_CATEGORIES } from '../../../shared/domain/badges/category.ts';
import { ApiProblem } from '../api/http-client.ts';
import { fetchBadge, fetchBadges, type BadgeSize } from '../api/badge-downloads.ts';
import { saveBlob } from '../api/save-blob.ts';
import { RadioGroup, SelectField } from '../components/form-fields.ts';
import { problemMessage } from '../forms/problem-message.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/i18n.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { signInAgainIfExpired } from './console-frame.ts';

const badgeProblem = (error: unknown, t: Translate): string | undefined => {
  if (signInAgainIfExpired(error)) return undefined;
  if (error instanceof ApiProblem && error.slug === 'too-many-badges') return t('badges.tooMany');
  if (error instanceof ApiProblem && error.status === 404) return t('badges.none');
  return problemMessage(error as Error, t);
};

const SizeChoice = ({ path, value, onValue }: { path: string; value: BadgeSize; onValue: (size: BadgeSize) => void }) => {
  const { t } = useLanguage();
  return html`<${RadioGroup}
    path=${path}
    label=${t('badges.size')}
    value=${value}
    onValue=${(v: string) => onValue(v as BadgeSize)}
    options=${[
      { value: 'a6', label: t('badges.sizeA6') },
      { value: 'cr80', label: t('badges.sizeCard') },
    ]}
  />`;
};

/** Runs a download, keeping its problem (shown beside the control) and a busy flag (no double request). */
const useDownload = () => {
  const { t } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const run = async (fetchPdf: () => Promise<Blob>, fileName: string) => {
    setBusy(true);
    setProblem(undefined);
    try {
      saveBlob(await fetchPdf(), fileName);
    } catch (error) {
      setProblem(badgeProblem(error, t));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run };
};

/** One confirmed registration's badge, for the registration detail page. */
export const RegistrationBadge = ({ eventId, id, reference, token }: { eventId: string; id: string; reference: string; token: string }) => {
  const { t } = useLanguage();
  const [size, setSize] = useState<BadgeSize>('a6');
  const { busy, problem, run } = useDownload();
  return html`
    <section aria-labelledby="badge-heading" class="badge-download">
      <h2 id="badge-heading">${t('badges.one')}</h2>
      <${SizeChoice} path="badge.size" value=${size} onValue=${setSize} />
      ${problem ? html`<p class="field-error" role="alert">${problem}</p>` : null}
      <div class="actions">
        <button class="button button--secondary" type="button" disabled=${busy} onClick=${() => run(() => fetchBadge(eventId, id, token, size), `badge-${reference}-${size}.pdf`)}>
          ${t('badges.one')}
        </button>
      </div>
    </section>
  `;
};

/** A delegation's or a category's badges, for the participants page. */
export const BadgePrintPanel = ({
  eventId,
  token,
  delegations,
}: {
  eventId: string;
  token: string;
  delegations: { code: string; name: string }[];
}) => {
  const { t } = useLanguage();
  const [size, setSize] = useState<BadgeSize>('a6');
  const [delegation, setDelegation] = useState(delegations[0]?.code ?? '');
  const [category, setCategory] = useState<string>(PARTICIPANT_CATEGORIES[0]);
  const byDelegation = useDownload();
  const byCategory = useDownload();
  return html`
    <section aria-labelledby="badges-heading" class="badge-print">
      <h2 id="badges-heading">${t('badges.print')}</h2>
      <p class="hint">${t('badges.printIntro')}</p>
      <${SizeChoice} path="badges.size" value=${size} onValue=${setSize} />
      <div class="badge-print__choice">
        <${SelectField}
          path="badges.delegation"
          label=${t('badges.delegation')}
          value=${delegation}
          onValue=${setDelegation}
          error=${byDelegation.problem}
          options=${delegations.map((d) => ({ value: d.code, label: d.name }))}
        />
        <button
          class="button button--secondary"
          type="button"
          disabled=${byDelegation.busy || !delegation}
          onClick=${() => byDelegation.run(() => fetchBadges(eventId, token, { delegation, size }), `badges-${eventId}-${delegation}-${size}.pdf`)}
        >
          ${t('badges.printDelegation')}
        </button>
      </div>
      <div class="badge-print__choice">
        <${SelectField}
          path="badges.category"
          label=${t('badges.category')}
          value=${category}
          onValue=${setCategory}
          error=${byCategory.problem}
          options=${PARTICIPANT_CATEGORIES.map((c) => ({ value: c, label: t(`badges.category.${c}` as MessageKey) }))}
        />
        <button
          class="button button--secondary"
          type="button"
          disabled=${byCategory.busy}
          onClick=${() => byCategory.run(() => fetchBadges(eventId, token, { category, size }), `badges-${eventId}-${category}-${size}.pdf`)}
        >
          ${t('badges.printCategory')}
        </button>
      </div>
    </section>
  `;
};
