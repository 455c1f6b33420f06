/**
 * Slack's Block Kit limits (shared/research/slack-platform.md §2), as pure checks. Each problem reads like Slack's:
 * "must be less than 3001 characters [json-pointer:/blocks/0/text/text]" (Slack prefixes "[ERROR] " in
 * response_metadata.messages).
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const textOf = (value: unknown): unknown => (isObject(value) ? value.text : undefined);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const MESSAGE_BLOCK_LIMIT = 50;
export const VIEW_BLOCK_LIMIT = 100;
/** Current docs allow 150 for an option value (@slack/types still says 75). */
const OPTION_LIMITS = { text: 75, value: 150, description: 75, url: 3000 };
const OPTIONS_PER_ELEMENT: Record<string, number> = {
  static_select: 100,
  multi_static_select: 100,
  checkboxes: 10,
  radio_buttons: 10,
  overflow: 5,
};

function createChecker(problems: string[]) {
  const report = (what: string, pointer: string) => problems.push(`${what} [json-pointer:${pointer}]`);
  return {
    report,
    maxChars(value: unknown, limit: number, pointer: string) {
      if (typeof value === 'string' && value.length > limit)
        report(`must be less than ${limit + 1} characters`, pointer);
    },
    maxItems(value: unknown, limit: number, pointer: string) {
      if (Array.isArray(value) && value.length > limit) report(`no more than ${limit} items allowed`, pointer);
    },
    required(value: unknown, field: string, pointer: string) {
      if (value === undefined || value === null) report(`missing required field: ${field}`, pointer);
    },
    /** Text objects that Slack only accepts as plain_text (headers, buttons, labels, modal titles). */
    plainText(value: unknown, pointer: string) {
      if (isObject(value) && value.type !== 'plain_text') report('must be a valid enum value', `${pointer}/type`);
    },
  };
}
type Checker = ReturnType<typeof createChecker>;

function checkOption(option: unknown, at: string, check: Checker): void {
  if (!isObject(option)) return;
  check.maxChars(textOf(option.text), OPTION_LIMITS.text, `${at}/text/text`);
  check.maxChars(option.value, OPTION_LIMITS.value, `${at}/value`);
  check.maxChars(textOf(option.description), OPTION_LIMITS.description, `${at}/description/text`);
  check.maxChars(option.url, OPTION_LIMITS.url, `${at}/url`);
}

function checkOptions(element: Json, at: string, check: Checker): void {
  const limit = OPTIONS_PER_ELEMENT[String(element.type)] ?? 100;
  check.maxItems(element.options, limit, `${at}/options`);
  for (const [index, option] of listOf(element.options).entries()) checkOption(option, `${at}/options/${index}`, check);
  check.maxItems(element.option_groups, 100, `${at}/option_groups`);
  for (const [g, group] of listOf(element.option_groups).entries()) {
    if (!isObject(group)) continue;
    check.maxChars(textOf(group.label), 75, `${at}/option_groups/${g}/label/text`);
    check.maxItems(group.options, 100, `${at}/option_groups/${g}/options`);
    for (const [index, option] of listOf(group.options).entries())
      checkOption(option, `${at}/option_groups/${g}/options/${index}`, check);
  }
}

function checkElement(element: unknown, at: string, check: Checker): void {
  if (!isObject(element)) return;
  check.maxChars(element.action_id, 255, `${at}/action_id`);
  check.maxChars(textOf(element.placeholder), 150, `${at}/placeholder/text`);
  if (element.type === 'button') {
    check.required(element.text, 'text', at);
    check.plainText(element.text, `${at}/text`);
    check.maxChars(textOf(element.text), 75, `${at}/text/text`);
    check.maxChars(element.value, 2000, `${at}/value`);
    check.maxChars(element.url, 3000, `${at}/url`);
    check.maxChars(element.accessibility_label, 75, `${at}/accessibility_label`);
  }
  if (element.type === 'plain_text_input') {
    if (Number(element.max_length) > 3000) check.report('must be less than or equal to 3000', `${at}/max_length`);
    if (Number(element.min_length) > 3000) check.report('must be less than or equal to 3000', `${at}/min_length`);
  }
  if (element.options !== undefined || element.option_groups !== undefined) checkOptions(element, at, check);
}

function checkUniqueActionIds(elements: unknown[], at: string, check: Checker): void {
  const seen = new Set<unknown>();
  for (const [index, element] of elements.entries()) {
    const actionId = isObject(element) ? element.action_id : undefined;
    if (actionId === undefined) continue;
    if (seen.has(actionId)) check.report('action_id must be unique within the block', `${at}/elements/${index}`);
    seen.add(actionId);
  }
}

const BLOCK_RULES: Record<string, (block: Json, at: string, check: Checker) => void> = {
  section(block, at, check) {
    if (block.text === undefined && block.fields === undefined) check.report('must provide either text or fields', at);
    check.maxChars(textOf(block.text), 3000, `${at}/text/text`);
    check.maxItems(block.fields, 10, `${at}/fields`);
    for (const [index, field] of listOf(block.fields).entries())
      check.maxChars(textOf(field), 2000, `${at}/fields/${index}/text`);
    checkElement(block.accessory, `${at}/accessory`, check);
  },
  header(block, at, check) {
    check.required(block.text, 'text', at);
    check.plainText(block.text, `${at}/text`);
    check.maxChars(textOf(block.text), 150, `${at}/text/text`);
  },
  context(block, at, check) {
    check.required(block.elements, 'elements', at);
    check.maxItems(block.elements, 10, `${at}/elements`);
  },
  actions(block, at, check) {
    check.required(block.elements, 'elements', at);
    check.maxItems(block.elements, 25, `${at}/elements`);
    checkUniqueActionIds(listOf(block.elements), at, check);
    for (const [index, element] of listOf(block.elements).entries())
      checkElement(element, `${at}/elements/${index}`, check);
  },
  input(block, at, check) {
    check.required(block.label, 'label', at);
    check.plainText(block.label, `${at}/label`);
    check.maxChars(textOf(block.label), 2000, `${at}/label/text`);
    check.maxChars(textOf(block.hint), 2000, `${at}/hint/text`);
    check.required(block.element, 'element', at);
    checkElement(block.element, `${at}/element`, check);
  },
  image(block, at, check) {
    check.required(block.alt_text, 'alt_text', at);
    check.maxChars(block.alt_text, 2000, `${at}/alt_text`);
    check.maxChars(textOf(block.title), 2000, `${at}/title/text`);
    check.maxChars(block.image_url, 3000, `${at}/image_url`);
  },
  markdown(block, at, check) {
    check.maxChars(block.text, 12000, `${at}/text`);
  },
};

function checkBlocks(blocks: unknown, limit: number, at: string, check: Checker): void {
  if (!Array.isArray(blocks)) {
    check.report('must be an array', at);
    return;
  }
  check.maxItems(blocks, limit, at);
  const blockIds = new Set<unknown>();
  for (const [index, block] of blocks.entries()) {
    const pointer = `${at}/${index}`;
    if (!isObject(block) || typeof block.type !== 'string') {
      check.report('missing required field: type', pointer);
      continue;
    }
    check.maxChars(block.block_id, 255, `${pointer}/block_id`);
    if (block.block_id !== undefined && blockIds.has(block.block_id))
      check.report('block_id must be unique', `${pointer}/block_id`);
    blockIds.add(block.block_id);
    BLOCK_RULES[block.type]?.(block, pointer, check);
  }
}

/** Problems with a message's `blocks` (chat.postMessage / postEphemeral / update, response_url). */
export function messageProblems(blocks: unknown): string[] {
  if (blocks === undefined) return [];
  const problems: string[] = [];
  checkBlocks(blocks, MESSAGE_BLOCK_LIMIT, '/blocks', createChecker(problems));
  return problems;
}

/** Problems with a modal or Home tab `view` (views.open / push / update / publish). */
export function viewProblems(view: unknown): string[] {
  const problems: string[] = [];
  const check = createChecker(problems);
  if (!isObject(view)) {
    check.report('missing required field: view', '/view');
    return problems;
  }
  if (view.type !== 'modal' && view.type !== 'home') check.report('must be a valid enum value', '/view/type');
  if (view.type === 'modal') check.required(view.title, 'title', '/view');
  for (const field of ['title', 'submit', 'close']) {
    check.plainText(view[field], `/view/${field}`);
    check.maxChars(textOf(view[field]), 24, `/view/${field}/text`);
  }
  const hasInput = listOf(view.blocks).some((block) => isObject(block) && block.type === 'input');
  if (view.type === 'modal' && hasInput && view.submit === undefined)
    check.report('must provide submit when the view has input blocks', '/view/submit');
  check.maxChars(view.private_metadata, 3000, '/view/private_metadata');
  check.maxChars(view.callback_id, 255, '/view/callback_id');
  check.maxChars(view.external_id, 255, '/view/external_id');
  checkBlocks(view.blocks, VIEW_BLOCK_LIMIT, '/view/blocks', check);
  return problems;
}
