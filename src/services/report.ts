import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import {
  allCharts,
  computeInsights,
  dataDictionary,
  type Period,
  reportCsvFiles,
  reportDocument,
  reportingYear,
  reportMarkdown,
} from '../domain/insights/index.js';
import { localDate } from '../domain/local-time.js';
import type { Coalition } from '../domain/people.js';
import { chartFile } from './insights.js';
import { renderChartPng } from './insights-charts.js';
import { gatherInsightsInput } from './insights-data.js';
import type { InsightFiles, OutgoingFile } from './insights-ports.js';
import type { PrivacyService } from './privacy.js';
import { gatherReportContent } from './report-content.js';
import { reportPdf } from './report-pdf.js';
import type { RosterService } from './roster.js';

interface Deps {
  repos: Repositories;
  roster: RosterService;
  privacy: PrivacyService;
  files: InsightFiles;
  clock: Clock;
}

export interface BuiltReport {
  document: OutgoingFile[];
  data: OutgoingFile[];
}

export function createReportService({ repos, roster, privacy, files, clock }: Deps) {
  /** Coalitions whose report is being built right now: a second request is told so rather than queued. */
  const building = new Set<number>();

  /** Everything in the report, as files: the document (PDF, Markdown, charts) and the data (CSVs, dictionary). */
  async function build(coalition: Coalition, period: Period, requestedBy: string): Promise<BuiltReport> {
    const now = clock.now();
    const facts = gatherInsightsInput(repos, coalition, period, now);
    const insights = computeInsights(facts.input);
    const content = gatherReportContent(repos, privacy, coalition, facts, period, requestedBy);
    const charts = await Promise.all(
      allCharts(insights).map(async (spec) => ({ spec, png: await renderChartPng(spec) })),
    );
    const document = reportDocument(insights, content);
    const csvs = reportCsvFiles(insights, content);
    const stem = `${coalition.name.replace(/[^\w-]+/g, '-').toLowerCase()}-${period.fromDate}-to-${period.toDate}`;
    return {
      document: [
        { filename: `${stem}.pdf`, title: document.title, content: await reportPdf(document, charts, now) },
        {
          filename: `${stem}.md`,
          title: `${document.title} (Markdown)`,
          content: reportMarkdown(
            document,
            charts.map((chart) => chart.spec),
          ),
        },
        ...charts.map((chart) => chartFile(chart.spec, chart.png)),
      ],
      data: [
        ...csvs.map((csv) => ({ filename: csv.filename, title: csv.filename, content: csv.content })),
        { filename: 'data-dictionary.md', title: 'Data dictionary', content: dataDictionary(csvs) },
      ],
    };
  }

  return {
    build,
    isBuilding: (coalitionId: number) => building.has(coalitionId),

    /** The reporting year (April to March) that today falls in, on the coalition's calendar. */
    defaultPeriod(coalition: Coalition): Period {
      return reportingYear(localDate(clock.now(), coalition.timezone));
    },

    /**
     * Starts the report for a coordinator. Returns undefined when one is already being built for this coalition;
     * otherwise a promise that settles once the files are in the coordinator's DM.
     */
    start(input: { coalition: Coalition; userId: string; period: Period }): Promise<void> | undefined {
      roster.requireCoordinator(input.coalition, input.userId, 'build the yearly report');
      if (building.has(input.coalition.id)) return undefined;
      building.add(input.coalition.id);
      return (async () => {
        try {
          const report = await build(input.coalition, input.period, input.userId);
          await files.sendToUser({
            userId: input.userId,
            files: report.document,
            message: `Your report for ${input.period.fromDate} to ${input.period.toDate}: the document as PDF and Markdown, with its charts.`,
          });
          await files.sendToUser({
            userId: input.userId,
            files: report.data,
            message:
              'The data behind it, as CSV files, with a data dictionary. Groups of fewer than 3 people are masked.',
          });
        } finally {
          building.delete(input.coalition.id);
        }
      })();
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
