import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { allCharts, type ChartSpec, computeInsights } from '../../../src/domain/insights/index.js';
import { CHART_HEIGHT, CHART_WIDTH, chartSvg, PALETTE, renderChartPng } from '../../../src/services/insights-charts.js';
import { sampleHistory } from '../domain/insights/history.js';

const REFERENCES = new URL('../../fixtures/charts/', import.meta.url);
// Anti-aliasing differs slightly between resvg builds; a real change in the chart moves far more pixels than this.
const MAX_DIFFERENT_PIXELS = 0.005 * CHART_WIDTH * CHART_HEIGHT;

function differingPixels(actual: Buffer, expected: Buffer): number {
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(expected);
  return pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
}

const charts = allCharts(computeInsights(sampleHistory()));

describe('charts rendered to PNG', () => {
  it.each(charts.map((spec) => [spec.id, spec] as const))(
    '%s has the right size and matches its reference',
    async (id, spec) => {
      const png = await renderChartPng(spec);
      const image = PNG.sync.read(png);
      expect([image.width, image.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
      const reference = new URL(`${id}.png`, REFERENCES);
      // To accept a deliberate change: UPDATE_CHART_REFERENCES=1 npx vitest run test/unit/services/insights-charts.test.ts
      if (process.env.UPDATE_CHART_REFERENCES) writeFileSync(reference, png);
      expect(existsSync(reference), `no reference image ${id}.png`).toBe(true);
      expect(differingPixels(png, readFileSync(reference))).toBeLessThanOrEqual(MAX_DIFFERENT_PIXELS);
    },
  );

  it('notices a chart whose data changed', async () => {
    const [participation] = charts as [ChartSpec];
    const changed = {
      ...participation,
      series: participation.series.map((series) => ({ ...series, values: series.values.map(() => 0.2) })),
    };
    const reference = readFileSync(new URL('participation.png', REFERENCES));
    expect(differingPixels(await renderChartPng(changed), reference)).toBeGreaterThan(MAX_DIFFERENT_PIXELS);
  });

  it('draws with the colour-blind-safe palette, titles and the takeaway as text', async () => {
    for (const spec of charts) {
      const svg = await chartSvg(spec);
      expect(svg).toContain(spec.title);
      expect(svg).toContain(spec.takeaway.replace(/'/g, '&#39;').slice(0, 30));
      for (const colour of PALETTE.slice(0, spec.series.length))
        expect(svg.toLowerCase()).toContain(colour.toLowerCase());
    }
  });
});

describe('an empty chart', () => {
  it('still renders at full size with its title and takeaway', async () => {
    const empty: ChartSpec = {
      id: 'blockers',
      title: 'Blockers',
      takeaway: 'None yet.',
      categories: [],
      series: [],
      unit: 'count',
    };
    const image = PNG.sync.read(await renderChartPng(empty));
    expect([image.width, image.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
  });
});
