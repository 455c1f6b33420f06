import { describe, expect, it } from 'vitest';
import { allCharts, computeInsights } from '../../../../src/domain/insights/index.js';
import { insightsHomeBlocks } from '../../../../src/slack/blocks/insights-messages.js';
import { sampleHistory } from '../../domain/insights/history.js';

const insights = computeInsights(sampleHistory());
const charts = allCharts(insights).map((spec, index) => ({ spec, fileId: `F0CHART${index}` }));

describe('insightsHomeBlocks', () => {
  it('shows the figures as text, then each chart as a slack_file image with its takeaway as alt text', () => {
    const blocks = insightsHomeBlocks({ insights, charts });
    const text = JSON.stringify(blocks);
    expect(text).toContain('Check-ins answered:* 71%');
    const images = blocks.filter((block) => block.type === 'image');
    expect(images).toEqual(
      charts.map((chart) => ({
        type: 'image',
        slack_file: { id: chart.fileId },
        alt_text: `${chart.spec.title}. ${chart.spec.takeaway}`,
        title: { type: 'plain_text', text: chart.spec.title },
      })),
    );
    for (const chart of charts) expect(text).toContain(chart.spec.takeaway);
  });

  it('adds nothing when there are no charts yet', () => {
    expect(insightsHomeBlocks(undefined)).toEqual([]);
  });
});
