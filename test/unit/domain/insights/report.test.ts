import { describe, expect, it } from 'vitest';
import {
  allCharts,
  computeInsights,
  csvCell,
  dataDictionary,
  type ReportContent,
  reportCsvFiles,
  reportDocument,
  reportMarkdown,
} from '../../../../src/domain/insights/index.js';
import { sampleHistory } from './history.js';

const insights = computeInsights(sampleHistory());
const content: ReportContent = {
  goals: [{ ref: 'G-1', title: 'Every school has a named safeguarding lead' }],
  tasks: [
    {
      ref: 'T-1',
      title: '=HYPERLINK("x")',
      organisation: 'St Mary’s, Primary',
      sector: 'education',
      status: 'done',
      dueDate: '2026-09-30',
      createdOn: '2026-09-01',
      completedOn: '2026-09-28',
      milestone: 'M-1',
      history: [{ on: '2026-09-28', kind: 'status', fromStatus: 'on_track', toStatus: 'done' }],
    },
  ],
  milestones: [
    { ref: 'M-1', goal: 'G', title: 'Leads named', target: 20, progress: 20, dueDate: null, reachedOn: '2026-09-25' },
  ],
  wins: [
    { cycleDate: '2026-10-05', organisation: 'Northside Police', sector: 'police', text: 'Assemblies in 5 schools' },
  ],
  blockers: [{ raisedOn: '2026-09-07', resolvedOn: '2026-09-21', daysOpen: 14, offersOfHelp: 2 }],
  withheld: 1,
};
const files = reportCsvFiles(insights, content);
const csv = (name: string) => files.find((file) => file.filename === name)?.content ?? '';

describe('the report CSV bundle', () => {
  it('has participation, tasks with history, milestones, wins and blockers', () => {
    expect(files.map((file) => file.filename)).toEqual([
      'participation.csv',
      'tasks.csv',
      'task_history.csv',
      'milestones.csv',
      'wins.csv',
      'blockers.csv',
    ]);
    expect(csv('task_history.csv')).toContain('T-1,2026-09-28,status,on_track,done');
    expect(csv('blockers.csv').split('\r\n')[1]).toBe('2026-09-07,2026-09-21,14,2');
  });

  it('writes "fewer than 3" for a small sector, never its numbers', () => {
    const police = csv('participation.csv')
      .split('\r\n')
      .filter((line) => line.includes(',Police,'));
    expect(police.length).toBeGreaterThan(0);
    for (const line of police) expect(line.endsWith('fewer than 3,fewer than 3,fewer than 3')).toBe(true);
    expect(csv('participation.csv')).toContain('2026-09-21,All partners,7,8,0.875');
  });

  it('quotes commas and disarms spreadsheet formulas', () => {
    expect(csv('tasks.csv')).toContain(`"'=HYPERLINK(""x"")","St Mary’s, Primary"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
  });

  it('comes with a data dictionary naming every file and column', () => {
    const dictionary = dataDictionary(files);
    for (const file of files) {
      expect(dictionary).toContain(`## ${file.filename}`);
      for (const [column] of file.columns) expect(dictionary).toContain(`| ${column} |`);
    }
  });
});

describe('the report document', () => {
  const document = reportDocument(insights, content);
  const markdown = reportMarkdown(document, allCharts(insights));

  it('says what the coalition set out to do, did, who took part, its wins and what is open', () => {
    expect(document.sections.map((section) => section.heading)).toEqual([
      'What we set out to do',
      'What we did',
      'Who took part',
      'Wins',
      'What is still open',
      'Left out',
    ]);
    expect(markdown).toContain('![');
    expect(markdown).toContain('(chart-participation.png)');
    expect(markdown).toContain('Assemblies in 5 schools (Northside Police)');
  });

  it('shows small sectors in words, and lists sectors without ranking them', () => {
    expect(markdown).toContain('Police: fewer than 3');
    const order = ['Health', 'Police', 'Education', 'Youth voice'].map((label) => markdown.indexOf(`- ${label}:`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('escapes Markdown in text that came from people', () => {
    const tricky = reportMarkdown(
      reportDocument(insights, { ...content, goals: [{ ref: 'G-2', title: '[click](http://x) *now*' }] }),
      [],
    );
    expect(tricky).toContain('\\[click\\](http://x) \\*now\\*');
  });
});
