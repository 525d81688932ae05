/** To the journalist: the accreditation they asked for is declined, with the press officer's reason. */
import { greetPerson, questionsTo, secretariatAddress } from './common.ts';
import type { Template } from './template.ts';

export const mediaDeclined: Template<'media-declined'> = (context) => {
  const { t, data, entry, title } = context;
  return {
    subject: t('mediaDeclined.subject', { event: title }),
    greeting: greetPerson(context, data.journalistName),
    blocks: [
      { kind: 'paragraph', text: t('mediaDeclined.intro') },
      { kind: 'facts', rows: [[t('label.reference'), entry.reference]] },
      { kind: 'quote', label: t('label.reason'), text: data.reason },
      { kind: 'paragraph', text: t('mediaDeclined.closing') },
      questionsTo(context),
    ],
    replyTo: secretariatAddress(context),
  };
};
