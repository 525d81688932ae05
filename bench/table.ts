/** Markdown tables and the results files the benchmarks leave in bench/results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Cell = string | number;

/** Integers as they are; else two decimals under 10, one above, none from 10,000 up: enough to compare, few enough to read. */
const formatNumber = (n: number): string => {
  if (!Number.isFinite(n)) return '—';
  if (Number.isInteger(n)) return String(n);
  return n.toFixed(Math.abs(n) < 10 ? 2 : Math.abs(n) < 10_000 ? 1 : 0);
};

const formatCell = (cell: Cell): string => (typeof cell === 'number' ? formatNumber(cell) : cell.replaceAll('|', '\\|'));

/** A GitHub-flavoured Markdown table; numeric columns (per `numeric`) are right-aligned. */
export const markdownTable = (headers: readonly string[], rows: readonly (readonly Cell[])[], numeric: readonly boolean[] = []): string => {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map((_, i) => (numeric[i] ? '---:' : '---'))), ...rows.map((row) => line(row.map(formatCell)))].join('\n');
};

export const RESULTS_DIR = resolve(import.meta.dirname, 'results');

/**
 * Writes `<name>.md` and `<name>.json` under bench/results/ and returns the Markdown path. A quick run
 * (`BENCH_QUICK=1`, a check that the bench works) writes `<name>-quick.*` instead, never over a real run's figures.
 */
export const writeResults = (fullName: string, markdown: string, data: unknown): string => {
  const name = process.env.BENCH_QUICK === '1' ? `${fullName}-quick` : fullName;
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = resolve(RESULTS_DIR, `${name}.md`);
  writeFileSync(path, `${markdown.trimEnd()}\n`);
  writeFileSync(resolve(RESULTS_DIR, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
  return path;
};
