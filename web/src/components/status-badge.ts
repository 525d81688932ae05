import { html } from 'htm/preact';

/** A status in words (never colour alone), styled by its code. */
export const StatusBadge = ({ code, label }: { code: string; label: string }) => html`<span class=${`status status--${code}`}>${label}</span>`;
