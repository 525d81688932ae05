/**
 * One layout for every email. Templates describe a message as blocks of plain text; this file turns them
 * into the plain-text part and the HTML part. Every string that reaches HTML goes through `escapeHtml` here,
 * whether a translation or something a user typed, so no template can forget to escape.
 */
import type { Language } from '../domain/primitives.ts';
import { escapeHtml } from './escape-html.ts';

export type Block =
  | { kind: 'paragraph'; text: string }
  /** Label and value pairs (reference, status, dates...). */
  | { kind: 'facts'; rows: readonly (readonly [label: string, value: string])[] }
  | { kind: 'link'; label: string; url: string }
  /** Multi-line text someone typed (a journalist's message), kept as written. */
  | { kind: 'quote'; label: string; text: string }
  /** Something to show at a desk (the check-in code). */
  | { kind: 'code'; text: string };

export interface EmailBody {
  /** The event's title, shown on top. */
  heading: string;
  greeting: string;
  blocks: readonly Block[];
  footer: string;
}

/** Our links are http(s) URLs we built; anything else is a bug and must not become a clickable link. */
const safeUrl = (url: string): string => {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('Only http(s) links are allowed in emails');
  return parsed.href;
};

const textBlock = (block: Block): string => {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'facts': {
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    }
    case 'link':
      return `${block.label}:\n${safeUrl(block.url)}`;
    case 'quote':
      return `${block.label}:\n${block.text
        .split(/\r?\n/)
        .map((l) => `> ${l}`)
        .join('\n')}`;
    case 'code':
      return `    ${block.text}`;
  }
};

export const renderText = (body: EmailBody): string =>
  [body.heading, '', body.greeting, '', ...body.blocks.flatMap((b) => [textBlock(b), '']), '-- ', body.footer, ''].join('\n');

const STYLE = {
  body: 'margin:0;padding:24px;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;color:#1f2933;line-height:1.5',
  card: 'max-width:600px;margin:0 auto;background:#ffffff;padding:24px;border-radius:6px',
  heading: 'margin:0 0 16px;font-size:18px;color:#0b3d68',
  th: 'text-align:left;vertical-align:top;padding:4px 12px 4px 0;color:#52606d;font-weight:normal;white-space:nowrap',
  td: 'padding:4px 0;vertical-align:top',
  link: 'display:inline-block;padding:10px 16px;background:#0b3d68;color:#ffffff;text-decoration:none;border-radius:4px',
  quote: 'margin:0;padding:8px 12px;border-left:3px solid #cbd2d9;white-space:pre-wrap',
  code: 'font-family:Menlo,Consolas,monospace;font-size:24px;letter-spacing:2px;padding:8px 12px;background:#f0f4f8;display:inline-block',
  footer: 'margin-top:24px;font-size:12px;color:#7b8794',
};

const htmlBlock = (block: Block): string => {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'facts':
      return `<table role="presentation" cellpadding="0" cellspacing="0">${block.rows
        .map(
          ([label, value]) =>
            `<tr><th scope="row" style="${STYLE.th}">${escapeHtml(label)}</th><td style="${STYLE.td}">${escapeHtml(value)}</td></tr>`,
        )
        .join('')}</table>`;
    case 'link':
      return `<p><a href="${escapeHtml(safeUrl(block.url))}" style="${STYLE.link}">${escapeHtml(block.label)}</a></p>`;
    case 'quote':
      return `<p>${escapeHtml(block.label)}:</p><blockquote style="${STYLE.quote}">${escapeHtml(block.text)}</blockquote>`;
    case 'code':
      return `<p><span style="${STYLE.code}">${escapeHtml(block.text)}</span></p>`;
  }
};

export const renderHtml = (body: EmailBody, language: Language): string =>
  [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`,
    `<title>${escapeHtml(body.heading)}</title></head>`,
    `<body style="${STYLE.body}"><div style="${STYLE.card}">`,
    `<h1 style="${STYLE.heading}">${escapeHtml(body.heading)}</h1>`,
    `<p>${escapeHtml(body.greeting)}</p>`,
    ...body.blocks.map(htmlBlock),
    `<p style="${STYLE.footer}">${escapeHtml(body.footer)}</p>`,
    '</div></body></html>',
  ].join('\n');
