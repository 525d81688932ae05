/** `/events/:eventId/press`: a journalist's inquiry, checked with the API's own schema before it is sent. */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { INQUIRY_TOPICS } from '../../../shared/domain/event-config.ts';
import type { Language } from '../../../shared/domain/primitives.ts';
import { HONEYPOT_FIELD, InquiryBody } from '../../../shared/domain/press/inquiry.ts';
import { sendInquiry } from '../api/public-api.ts';
import type { PublicEvent } from '../api/responses.ts';
import { ErrorSummary } from '../components/error-summary.ts';
import { Fieldset, SelectField, TextArea, TextField } from '../components/form-fields.ts';
import { LoadFailed } from '../components/loading.ts';
import { usePageTitle } from '../components/page-title.ts';
import { countryOptions } from '../forms/countries.ts';
import { validate } from '../forms/field-errors.ts';
import { useIdempotencyKey } from '../forms/idempotency-key.ts';
import { browserTimeZone, localToOffsetIso } from '../forms/local-date-time.ts';
import { useFormErrors } from '../forms/use-form-errors.ts';
import { useSubmit } from '../forms/use-submit.ts';
import type { MessageKey } from '../i18n/en.ts';
import { LANGUAGE_NAMES } from '../i18n/i18n.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { navigate } from '../router/router.ts';
import { eventTitleIn } from './event-page.ts';
import { useEvent } from './use-event.ts';

interface InquiryValues {
  name: string;
  email: string;
  phone: string;
  outlet: string;
  country: string;
  topic: string;
  language: Language;
  subject: string;
  message: string;
  deadline: string;
  honeypot: string;
}

const toInquiryBody = (v: InquiryValues) => ({
  journalist: {
    name: v.name,
    email: v.email,
    ...(v.phone.trim() ? { phone: v.phone } : {}),
    outlet: v.outlet,
    ...(v.country ? { country: v.country } : {}),
  },
  topic: v.topic,
  language: v.language,
  subject: v.subject,
  message: v.message,
  ...(v.deadline ? { deadline: localToOffsetIso(v.deadline) } : {}),
  ...(v.honeypot ? { [HONEYPOT_FIELD]: v.honeypot } : {}),
});

const InquiryForm = ({ event }: { event: PublicEvent }) => {
  const { t, language } = useLanguage();
  const [values, setValues] = useState<InquiryValues>(() => ({
    name: '',
    email: '',
    phone: '',
    outlet: '',
    country: '',
    topic: '',
    language: event.languages.includes(language) ? language : event.defaultLanguage,
    subject: '',
    message: '',
    deadline: '',
    honeypot: '',
  }));
  const [languageTouched, setLanguageTouched] = useState(false);
  useEffect(() => {
    if (!languageTouched && event.languages.includes(language)) setValues((v) => ({ ...v, language }));
  }, [language, languageTouched, event.languages]);
  const errors = useFormErrors(t);
  const { sending, submit: submitWith } = useSubmit(errors);
  const keyFor = useIdempotencyKey();
  const set =
    <K extends keyof InquiryValues>(name: K) =>
    (value: InquiryValues[K]) =>
      setValues((v) => ({ ...v, [name]: value }));
  const err = (path: string) => errors.fields[path];
  const labels: Record<string, string> = {
    'journalist.name': t('press.name'),
    'journalist.email': t('field.email'),
    'journalist.phone': t('field.phone'),
    'journalist.outlet': t('press.outlet'),
    'journalist.country': t('press.country'),
    topic: t('press.topic'),
    language: t('press.language'),
    subject: t('press.subject'),
    message: t('press.message'),
    deadline: t('press.deadline'),
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const body = toInquiryBody(values);
    const checked = validate(InquiryBody, body);
    const late =
      values.deadline && Date.parse(localToOffsetIso(values.deadline)) <= Date.now() ? [{ path: 'deadline', message: 'Must be in the future' }] : [];
    await submitWith({
      problems: [...(checked.ok ? [] : checked.errors), ...late],
      send: () => sendInquiry(event.id, body, keyFor(body)),
      done: (receipt) => navigate(`/events/${encodeURIComponent(event.id)}/press/sent`, { state: { receipt } }),
    });
  };

  return html`
    <${ErrorSummary} errors=${errors.fields} general=${errors.general} labels=${labels} attempt=${errors.attempt} />
    <form novalidate onSubmit=${submit}>
      <p class="muted">${t('form.required')}</p>
      <${Fieldset} legend=${t('press.you')}>
        <${TextField} path="journalist.name" label=${t('press.name')} error=${err('journalist.name')} value=${values.name} onValue=${set('name')} autocomplete="name" spellcheck=${false} />
        <${TextField} path="journalist.email" type="email" label=${t('field.email')} error=${err('journalist.email')} value=${values.email} onValue=${set('email')} autocomplete="email" spellcheck=${false} />
        <${TextField} path="journalist.phone" type="tel" label=${t('field.phone')} hint=${t('field.phoneHint')} optional error=${err('journalist.phone')} value=${values.phone} onValue=${set('phone')} autocomplete="tel" />
        <${TextField} path="journalist.outlet" label=${t('press.outlet')} error=${err('journalist.outlet')} value=${values.outlet} onValue=${set('outlet')} autocomplete="organization" />
        <${SelectField} path="journalist.country" label=${t('press.country')} optional error=${err('journalist.country')} value=${values.country} onValue=${set('country')} placeholder=${t('form.choose')} options=${countryOptions(language)} />
      <//>
      <${Fieldset} legend=${t('press.inquiry')}>
        <${SelectField}
          path="topic"
          label=${t('press.topic')}
          error=${err('topic')}
          value=${values.topic}
          onValue=${set('topic')}
          placeholder=${t('form.choose')}
          options=${INQUIRY_TOPICS.map((topic) => ({ value: topic, label: t(`topic.${topic}` as MessageKey) }))}
        />
        <${SelectField}
          path="language"
          label=${t('press.language')}
          error=${err('language')}
          value=${values.language}
          onValue=${(l: Language) => {
            setLanguageTouched(true);
            set('language')(l);
          }}
          options=${event.languages.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }))}
        />
        <${TextField} path="subject" label=${t('press.subject')} error=${err('subject')} value=${values.subject} onValue=${set('subject')} />
        <${TextArea} path="message" label=${t('press.message')} error=${err('message')} value=${values.message} onValue=${set('message')} />
        <${TextField}
          path="deadline"
          type="datetime-local"
          label=${t('press.deadline')}
          hint=${t('press.deadlineHint', { zone: browserTimeZone() })}
          optional
          error=${err('deadline')}
          value=${values.deadline}
          onValue=${set('deadline')}
        />
        <div class="honeypot" aria-hidden="true">
          <label for="f-website">${t('press.honeypot')}</label>
          <input id="f-website" name=${HONEYPOT_FIELD} type="text" tabindex="-1" autocomplete="off" value=${values.honeypot} onInput=${(e: Event) => set('honeypot')((e.currentTarget as HTMLInputElement).value)} />
        </div>
      <//>
      <div class="actions">
        <button class="button" type="submit" disabled=${sending}>${sending ? t('form.sending') : t('press.submit')}</button>
      </div>
    </form>
  `;
};

export const PressInquiryPage = ({ eventId }: { eventId: string }) => {
  const { t, language } = useLanguage();
  const event = useEvent(eventId);
  const e = event.data;
  usePageTitle(t('press.title'));
  return html`
    <h1 tabindex="-1">${t('press.title')}</h1>
    ${e ? html`<p class="lead">${eventTitleIn(e, language)}</p><p>${t('press.intro')}</p>` : null}
    ${event.error ? html`<${LoadFailed} problem=${event.error} />` : null}
    ${e ? html`<${InquiryForm} event=${e} />` : null}
    <p class="back-link"><a href=${`/events/${encodeURIComponent(eventId)}`}>${t('site.backToEvent')}</a></p>
  `;
};
