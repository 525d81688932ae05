/**
 * The invitation a new colleague receives, in the console's four languages at once (the inviting officer does not
 * know which the colleague reads). In AWS it is the user pool's invitation template (infra/auth.ts), where Cognito
 * fills `{username}` and `{####}` (the temporary password); locally the local directory sends it to the SES emulator
 * with the local sign-in's words instead of a password.
 */
import { escapeHtml } from './escape-html.ts';

export const INVITATION_SUBJECT = 'Plenary: invitación · convite · invitation · uitnodiging';

interface Lines {
  lang: string;
  invited: string;
  signIn: string;
  credentials: string;
}

const LINES: Lines[] = [
  {
    lang: 'es',
    invited: 'Un colega de la Secretaría le ha dado acceso a la consola de Plenary.',
    signIn: 'Inicie sesión en',
    credentials: 'Usuario: {username} · contraseña temporal: {password} (válida tres días; la cambiará al entrar).',
  },
  {
    lang: 'pt',
    invited: 'Um colega da Secretaria deu-lhe acesso à consola do Plenary.',
    signIn: 'Inicie sessão em',
    credentials: 'Utilizador: {username} · palavra-passe temporária: {password} (válida três dias; irá alterá-la ao entrar).',
  },
  {
    lang: 'en',
    invited: 'A colleague at the Secretariat has given you access to the Plenary console.',
    signIn: 'Sign in at',
    credentials: 'Username: {username} · temporary password: {password} (valid three days; you will change it when you sign in).',
  },
  {
    lang: 'nl',
    invited: 'Een collega van het secretariaat heeft u toegang gegeven tot de Plenary-console.',
    signIn: 'Meld u aan op',
    credentials: 'Gebruikersnaam: {username} · tijdelijk wachtwoord: {password} (drie dagen geldig; u wijzigt het bij het aanmelden).',
  },
];

/**
 * The HTML body. `credentials`: Cognito's placeholders (`{username}`, `{####}`), or undefined locally, where a colleague
 * signs in by choosing their name.
 */
export const invitationHtml = (signInUrl: string, credentials?: { username: string; password: string }): string =>
  LINES.map(
    (l) =>
      `<p lang="${l.lang}">${escapeHtml(l.invited)}<br>${escapeHtml(l.signIn)} <a href="${escapeHtml(signInUrl)}">${escapeHtml(signInUrl)}</a>` +
      (credentials
        ? `<br>${escapeHtml(l.credentials).replace('{username}', credentials.username).replace('{password}', credentials.password)}`
        : '') +
      '</p>',
  ).join('\n');

/** The same in plain text (the local mailbox shows it). */
export const invitationText = (signInUrl: string): string => LINES.map((l) => `${l.invited}\n${l.signIn} ${signInUrl}`).join('\n\n');
