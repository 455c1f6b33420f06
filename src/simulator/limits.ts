/** Slack's Block Kit limits (shared/research/slack-platform.md §2). Returns "[ERROR] … [json-pointer:…]" lines. */
type Json = Record<string, unknown>;

const text = (value: unknown): string =>
  typeof value === 'object' && value !== null ? String((value as Json).text ?? '') : '';

function checkBlock(block: Json, pointer: string, problems: string[]): void {
  const over = (what: unknown, limit: number, path: string) => {
    if (typeof what === 'string' && what.length > limit)
      problems.push(`[ERROR] must be less than ${limit + 1} characters [json-pointer:${pointer}${path}]`);
  };
  const tooMany = (list: unknown, limit: number, path: string) => {
    if (Array.isArray(list) && list.length > limit)
      problems.push(`[ERROR] must have no more than ${limit} items [json-pointer:${pointer}${path}]`);
  };
  switch (block.type) {
    case 'section':
      over(text(block.text), 3000, '/text/text');
      tooMany(block.fields, 10, '/fields');
      for (const [index, field] of (Array.isArray(block.fields) ? block.fields : []).entries()) {
        over(text(field), 2000, `/fields/${index}/text`);
      }
      break;
    case 'header':
      over(text(block.text), 150, '/text/text');
      break;
    case 'context':
      tooMany(block.elements, 10, '/elements');
      break;
    case 'actions':
      tooMany(block.elements, 25, '/elements');
      break;
    case 'input':
      over(text(block.label), 2000, '/label/text');
      over(text(block.hint), 2000, '/hint/text');
      break;
  }
  const elements = Array.isArray(block.elements)
    ? (block.elements as Json[])
    : block.accessory
      ? [block.accessory as Json]
      : block.element
        ? [block.element as Json]
        : [];
  for (const [index, element] of elements.entries()) {
    if (element.type === 'button') over(text(element.text), 75, `/elements/${index}/text/text`);
    const options = Array.isArray(element.options) ? (element.options as Json[]) : [];
    for (const [o, option] of options.entries())
      over(text(option.text), 75, `/elements/${index}/options/${o}/text/text`);
  }
}

export function messageProblems(blocks: unknown): string[] {
  if (blocks === undefined) return [];
  if (!Array.isArray(blocks)) return ['[ERROR] blocks must be an array [json-pointer:/blocks]'];
  const problems: string[] = [];
  if (blocks.length > 50) problems.push('[ERROR] no more than 50 items allowed [json-pointer:/blocks]');
  for (const [index, block] of blocks.entries()) checkBlock(block as Json, `/blocks/${index}`, problems);
  return problems;
}

export function viewProblems(view: unknown): string[] {
  if (typeof view !== 'object' || view === null) return ['[ERROR] view is required [json-pointer:/view]'];
  const modal = view as Json;
  const problems: string[] = [];
  for (const field of ['title', 'submit', 'close']) {
    if (text(modal[field]).length > 24)
      problems.push(`[ERROR] must be less than 25 characters [json-pointer:/view/${field}/text]`);
  }
  if (typeof modal.private_metadata === 'string' && modal.private_metadata.length > 3000) {
    problems.push('[ERROR] must be less than 3001 characters [json-pointer:/view/private_metadata]');
  }
  const blocks = Array.isArray(modal.blocks) ? (modal.blocks as Json[]) : [];
  if (blocks.length > 100) problems.push('[ERROR] no more than 100 items allowed [json-pointer:/view/blocks]');
  for (const [index, block] of blocks.entries()) checkBlock(block, `/view/blocks/${index}`, problems);
  return problems;
}
