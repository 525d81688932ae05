/** Names this device once ("door 2"): every check-in it records carries the name, so staff can tell doors apart. */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { TextField } from '../components/form-fields.ts';
import { fieldId } from '../forms/field-errors.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { DEVICE_NAME_MAX, saveDeviceName } from './device-name.ts';

export const DeviceNameForm = ({ current, onSaved }: { current: string | undefined; onSaved: (name: string) => void }) => {
  const { t } = useLanguage();
  const [name, setName] = useState(current ?? '');
  const [error, setError] = useState<string | undefined>();
  const submit = (e: Event) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > DEVICE_NAME_MAX) {
      setError(t('checkin.device.invalid', { max: DEVICE_NAME_MAX }));
      // The problem is next to the field; take the reader there.
      document.getElementById(fieldId('device'))?.focus();
      return;
    }
    saveDeviceName(trimmed);
    onSaved(trimmed);
  };
  return html`
    <form class="device-name" onSubmit=${submit} novalidate>
      <${TextField}
        path="device"
        label=${t('checkin.device.label')}
        hint=${t('checkin.device.hint')}
        error=${error}
        value=${name}
        onValue=${setName}
        autocomplete="off"
      />
      <div class="actions"><button class="button" type="submit">${t('checkin.device.save')}</button></div>
    </form>
  `;
};
