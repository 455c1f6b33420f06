import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import {
  allCharts,
  type ChartSpec,
  computeInsights,
  type Insights,
  type Period,
  participationChart,
  twelveMonthsTo,
} from '../domain/insights/index.js';
import { localDate } from '../domain/local-time.js';
import type { Coalition } from '../domain/people.js';
import type { AppLogger } from '../logger.js';
import { renderChartPng } from './insights-charts.js';
import { gatherInsightsInput } from './insights-data.js';
import type { InsightFiles, OutgoingFile } from './insights-ports.js';
import type { RosterService } from './roster.js';

export interface HomeCharts {
  insights: Insights;
  charts: Array<{ spec: ChartSpec; fileId: string }>;
}

interface Deps {
  repos: Repositories;
  roster: RosterService;
  files: InsightFiles;
  clock: Clock;
  logger: AppLogger;
}

export const chartFile = (spec: ChartSpec, png: Buffer): OutgoingFile => ({
  filename: `chart-${spec.id}.png`,
  title: spec.title,
  content: png,
  altText: `${spec.title}. ${spec.takeaway}`,
});

export function createInsightsService({ repos, roster, files, clock, logger }: Deps) {
  /**
   * The charts on each coordinator's Home: uploaded once per cycle, then shown by file id. The file ids are kept in
   * the database, so a restart shows the same files; this process also keeps the computed figures in memory.
   */
  const homeCache = new Map<number, { cycleId: number; value: HomeCharts }>();

  /** The period asked for, or the twelve months to today on the coalition's calendar. */
  function compute(coalition: Coalition, period?: Period): Insights {
    const now = clock.now();
    const chosen = period ?? twelveMonthsTo(localDate(now, coalition.timezone));
    return computeInsights(gatherInsightsInput(repos, coalition, chosen, now).input);
  }

  /** This cycle's chart files as uploaded before (by this process or an earlier one), or none if any is missing. */
  function storedCharts(coalition: Coalition, cycleId: number, insights: Insights): HomeCharts['charts'] | undefined {
    const fileOf = new Map(
      repos.homeChartFiles.forCycle(coalition.id, cycleId).map((file) => [file.chartId, file.fileId]),
    );
    const charts = allCharts(insights).map((spec) => ({ spec, fileId: fileOf.get(spec.id) }));
    return charts.every((chart) => chart.fileId) ? (charts as HomeCharts['charts']) : undefined;
  }

  async function uploadCharts(coalition: Coalition, cycleId: number, insights: Insights) {
    const charts = [];
    for (const spec of allCharts(insights))
      charts.push({ spec, fileId: await files.uploadImage(chartFile(spec, await renderChartPng(spec))) });
    repos.homeChartFiles.replace(
      { teamId: coalition.teamId, coalitionId: coalition.id, cycleId, uploadedAt: clock.now() },
      charts.map(({ spec, fileId }) => ({ chartId: spec.id, fileId })),
    );
    return charts;
  }

  /** For the coordinator's Home; undefined before the first cycle or when uploading fails (Home still shows). */
  async function homeCharts(coalition: Coalition): Promise<HomeCharts | undefined> {
    const latest = repos.cycles.latest(coalition.id);
    if (!latest) return undefined;
    const cached = homeCache.get(coalition.id);
    if (cached?.cycleId === latest.id) return cached.value;
    try {
      const insights = compute(coalition);
      const charts =
        storedCharts(coalition, latest.id, insights) ?? (await uploadCharts(coalition, latest.id, insights));
      const value = { insights, charts };
      homeCache.set(coalition.id, { cycleId: latest.id, value });
      return value;
    } catch (error) {
      logger.warn({ err: (error as Error).message, coalitionId: coalition.id }, 'could not upload Home charts');
      return undefined;
    }
  }

  async function monthlyChart(cycleId: number): Promise<void> {
    const cycle = repos.cycles.findById(cycleId);
    const digest = repos.digests.forCycle(cycleId);
    const coalition = cycle && repos.coalitions.findById(cycle.coalitionId);
    if (!cycle || !digest?.ts || !coalition) return;
    const month = cycle.cycleDate.slice(0, 7);
    const earlier = repos.insights.cyclesBetween(coalition.id, `${month}-01`, cycle.cycleDate);
    if (earlier.some((other) => other.id !== cycle.id && repos.digests.forCycle(other.id)?.ts)) return;
    const spec = participationChart(compute(coalition));
    await files.postInThread({
      channelId: digest.channelId,
      threadTs: digest.ts,
      files: [chartFile(spec, await renderChartPng(spec))],
      message: `This month’s participation: ${spec.takeaway}`,
    });
  }

  return {
    compute,

    /** `/coalition insights [from..to]`: the charts and their takeaways, by DM to the coordinator who asked. */
    async sendByDm(input: { coalition: Coalition; userId: string; period?: Period }): Promise<Insights> {
      roster.requireCoordinator(input.coalition, input.userId, 'see the coalition’s insights');
      const insights = compute(input.coalition, input.period);
      const charts = allCharts(insights);
      await files.sendToUser({
        userId: input.userId,
        files: await Promise.all(charts.map(async (spec) => chartFile(spec, await renderChartPng(spec)))),
        message: [`*Insights for ${insights.coalitionName}*`, ...charts.map((spec) => `• ${spec.takeaway}`)].join('\n'),
      });
      return insights;
    },

    homeCharts,

    async homeChartsFor(coalitions: Coalition[]): Promise<Map<number, HomeCharts>> {
      const found = new Map<number, HomeCharts>();
      for (const coalition of coalitions) {
        const charts = await homeCharts(coalition);
        if (charts) found.set(coalition.id, charts);
      }
      return found;
    },

    /** The first digest of each calendar month gets the participation chart in its thread. */
    async afterDigest(cycleId: number): Promise<void> {
      // The digest is already out; a chart that cannot be added must not make the close run again.
      await monthlyChart(cycleId).catch((error: unknown) =>
        logger.warn({ err: (error as Error).message, cycleId }, 'no chart in the digest'),
      );
    },
  };
}

export type InsightsService = ReturnType<typeof createInsightsService>;
