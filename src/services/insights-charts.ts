import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ChartSpec } from '../domain/insights/index.js';

export const CHART_WIDTH = 1000;
export const CHART_HEIGHT = 560;
const FONT_FAMILY = 'DejaVu Sans';

/** The bundled font (DejaVu, see assets/fonts/LICENSE-DejaVu.txt): nothing is looked up on the system or online. */
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) =>
  fileURLToPath(new URL(`../../assets/fonts/${name}`, import.meta.url)),
);

/**
 * Okabe–Ito: told apart with the common colour-vision deficiencies. Black goes to the emphasised series; the
 * yellow comes last because it is the faintest on white. Lines also differ by marker shape, not colour alone.
 */
export const PALETTE = ['#000000', '#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442'];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect', 'emptyCircle'];

function seriesOf(spec: ChartSpec) {
  const scale = spec.unit === 'percent' ? 100 : 1;
  return spec.series.map((series, index) => ({
    name: series.name,
    type: 'line' as const,
    data: series.values.map((value) => (value === null ? '-' : Math.round(value * scale * 10) / 10)),
    symbol: SYMBOLS[index % SYMBOLS.length],
    symbolSize: series.emphasis ? 9 : 7,
    connectNulls: false,
    lineStyle: { width: series.emphasis ? 4 : 2, type: series.dashed ? ('dashed' as const) : ('solid' as const) },
    itemStyle: { color: PALETTE[index % PALETTE.length] },
  }));
}

// ECharts and resvg are loaded on first use: a process that never draws a chart never pays their memory.
// ECharts comes as its single-file CommonJS bundle, far lighter to load than its hundreds of ES modules.
const requireBundle = createRequire(import.meta.url);
const libraries = async () =>
  [requireBundle('echarts') as typeof import('echarts'), await import('@resvg/resvg-js')] as const;

/** The chart as SVG, drawn by ECharts' server-side renderer: no DOM, no browser. */
export async function chartSvg(spec: ChartSpec): Promise<string> {
  const [echarts] = await libraries();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height: CHART_HEIGHT });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: FONT_FAMILY },
      title: { text: spec.title, left: 24, top: 16, textStyle: { fontSize: 22, fontWeight: 'bold', color: '#111' } },
      legend: { top: 56, left: 24, right: 24, textStyle: { fontSize: 13, color: '#222' }, itemWidth: 28, itemGap: 32 },
      grid: { left: 72, right: 64, top: spec.series.length > 4 ? 120 : 100, bottom: 92 },
      xAxis: {
        type: 'category',
        data: spec.categories,
        axisLabel: { fontSize: 12, color: '#333', hideOverlap: true },
        boundaryGap: false,
      },
      yAxis: {
        type: 'value',
        min: 0,
        ...(spec.unit === 'percent' ? { max: 100 } : { minInterval: 1 }),
        axisLabel: { fontSize: 12, color: '#333', formatter: spec.unit === 'percent' ? '{value}%' : '{value}' },
      },
      series: seriesOf(spec),
      graphic: [
        {
          type: 'text',
          left: 24,
          bottom: 22,
          style: { text: spec.takeaway, fontSize: 16, fill: '#111', fontFamily: FONT_FAMILY },
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG of CHART_WIDTH × CHART_HEIGHT, rasterised by resvg with the bundled font. */
export async function renderChartPng(spec: ChartSpec): Promise<Buffer> {
  const [, { Resvg }] = await libraries();
  const resvg = new Resvg(await chartSvg(spec), {
    fitTo: { mode: 'width', value: CHART_WIDTH },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
