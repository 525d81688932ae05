/**
 * The participant's fields and the language for emails, shared by the registration form (a delegate about
 * themselves) and the focal point's nominate form (about someone else: the browser must not offer the focal point's
 * own name, email or phone, so autocomplete is off there).
 */
import { html } from 'htm/preact';
import type { Language } from '../../../shared/domain/primitives.ts';
import type { PublicEvent } from '../api/responses.ts';
import { SelectField, TextField } from '../components/form-fields.ts';
import type { MessageKey } from '../i18n/en.ts';
import { LANGUAGE_NAMES } from '../i18n/i18n.ts';
import { useLanguage } from '../i18n/language-context.ts';
import type { RegistrationValues } from './registration-form-model.ts';

type Setter = <K extends keyof RegistrationValues>(name: K) => (value: RegistrationValues[K]) => void;

const AUTOCOMPLETE_ABOUT_ONESELF = {
  title: 'honorific-prefix',
  givenName: 'given-name',
  familyName: 'family-name',
  email: 'email',
  phone: 'tel',
  position: 'organization-title',
  institution: 'organization',
} as const;

export const ParticipantFields = ({
  event,
  values,
  set,
  err,
  about,
  emailHint,
  showsMinistry,
  typesInstitution,
  onLanguage,
}: {
  event: PublicEvent;
  values: RegistrationValues;
  set: Setter;
  err: (path: string) => string | undefined;
  /** `self`: the reader's own details (the browser may fill them in); `other`: someone else's. */
  about: 'self' | 'other';
  emailHint: string;
  showsMinistry: boolean;
  typesInstitution: boolean;
  onLanguage: (language: Language) => void;
}) => {
  const { t } = useLanguage();
  const auto = (field: keyof typeof AUTOCOMPLETE_ABOUT_ONESELF) => (about === 'self' ? AUTOCOMPLETE_ABOUT_ONESELF[field] : 'off');
  return html`
    <${TextField} path="participant.title" label=${t('field.title')} hint=${t('field.titleHint')} optional error=${err('participant.title')} value=${values.title} onValue=${set('title')} autocomplete=${auto('title')} />
    <${TextField} path="participant.givenName" label=${t('field.givenName')} error=${err('participant.givenName')} value=${values.givenName} onValue=${set('givenName')} autocomplete=${auto('givenName')} spellcheck=${false} />
    <${TextField} path="participant.familyName" label=${t('field.familyName')} error=${err('participant.familyName')} value=${values.familyName} onValue=${set('familyName')} autocomplete=${auto('familyName')} spellcheck=${false} />
    <${TextField} path="participant.email" type="email" label=${t('field.email')} hint=${emailHint} error=${err('participant.email')} value=${values.email} onValue=${set('email')} autocomplete=${auto('email')} spellcheck=${false} />
    <${TextField} path="participant.phone" type="tel" label=${t('field.phone')} hint=${t('field.phoneHint')} optional error=${err('participant.phone')} value=${values.phone} onValue=${set('phone')} autocomplete=${auto('phone')} />
    <${TextField} path="participant.position" label=${t('field.position')} error=${err('participant.position')} value=${values.position} onValue=${set('position')} autocomplete=${auto('position')} />
    ${
      showsMinistry
        ? html`<${SelectField}
            path=${typesInstitution ? 'ministry' : 'participant.institution'}
            label=${t('field.ministry')}
            error=${typesInstitution ? undefined : err('participant.institution')}
            value=${values.ministry}
            onValue=${set('ministry')}
            placeholder=${t('form.choose')}
            options=${event.ministries.map((m) => ({ value: m, label: t(`ministry.${m}` as MessageKey) ?? m }))}
          />`
        : null
    }
    ${
      typesInstitution
        ? html`<${TextField} path="participant.institution" label=${t('field.institution')} error=${err('participant.institution')} value=${values.institution} onValue=${set('institution')} autocomplete=${auto('institution')} />`
        : null
    }
    <${SelectField}
      path="language"
      label=${t('field.language')}
      error=${err('language')}
      value=${values.language}
      onValue=${onLanguage}
      options=${event.languages.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }))}
    />
  `;
};
