import { html } from 'htm/preact';
import type { ComponentChildren } from 'preact';

/** A message box; `role="status"` for news the reader should hear without losing their place. */
export const Notice = ({
  kind = 'info',
  children,
  live = false,
}: {
  kind?: 'info' | 'success' | 'warning' | 'error';
  children: ComponentChildren;
  live?: boolean;
}) => html`<div class=${`notice notice--${kind}`} role=${live ? (kind === 'error' ? 'alert' : 'status') : undefined}>${children}</div>`;
