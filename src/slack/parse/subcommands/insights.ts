import { parseDateRange } from '../../../domain/cycles.js';
import type { SubcommandTable } from './subcommand.js';

/** A date range when the text is one, the raw text when it is not (so validation names the field), else nothing. */
function periodFrom(rest: string): { period?: unknown } {
  const text = rest.trim();
  if (!text) return {};
  return { period: parseDateRange(text) ?? text };
}

/** Insights and the yearly report. */
export const INSIGHTS_SUBCOMMANDS: SubcommandTable<'insights' | 'report'> = {
  insights: {
    usage: '/coalition insights [from..to]',
    example: '/coalition insights 2026-09-01..2026-11-30',
    summary: 'charts of participation, milestones and blockers, sent to you privately',
    coordinatorOnly: true,
    build: (_tokens, rest) => periodFrom(rest),
  },
  report: {
    usage: '/coalition report [from..to]',
    example: '/coalition report 2026-04-01..2027-03-31',
    summary: 'the yearly report: a PDF and Markdown document with charts, and the data as CSV files, by DM',
    coordinatorOnly: true,
    build: (_tokens, rest) => periodFrom(rest),
  },
};
