import { initialValues } from './render/initial-values.js';
import { asArray, isObject, type Json, str } from './render/text.js';

// Turns what a person chose in the page (plain strings per block and action) into exactly what Slack sends:
// `view.state.values` on submit, and one `actions[]` entry for an interactive element.

export type Chosen = Record<string, Record<string, string[]>>;

function optionList(element: Json): Json[] {
  const groups = asArray(element.option_groups).flatMap((group) => asArray(group.options));
  return [...asArray(element.options), ...groups];
}

function pickOptions(element: Json, values: string[]): Json[] {
  const options = optionList(element);
  return values
    .map((value) => options.find((option) => str(option.value) === value))
    .filter((option): option is Json => option !== undefined);
}

/** The typed value of one element, in Slack's shape for its type. */
export function elementValue(element: Json, values: string[]): Json {
  const type = str(element.type);
  const first = values.find((value) => value !== '') ?? null;
  if (type === 'checkboxes' || type === 'multi_static_select' || type === 'multi_external_select')
    return { type, selected_options: pickOptions(element, values) };
  if (type === 'radio_buttons' || type === 'static_select' || type === 'external_select' || type === 'overflow')
    return { type, selected_option: pickOptions(element, first === null ? [] : [first])[0] ?? null };
  if (type === 'users_select') return { type, selected_user: first };
  if (type === 'multi_users_select') return { type, selected_users: values };
  if (type === 'conversations_select') return { type, selected_conversation: first };
  if (type === 'multi_conversations_select') return { type, selected_conversations: values };
  if (type === 'channels_select') return { type, selected_channel: first };
  if (type === 'multi_channels_select') return { type, selected_channels: values };
  if (type === 'datepicker') return { type, selected_date: first };
  if (type === 'timepicker') return { type, selected_time: first };
  if (type === 'datetimepicker') return { type, selected_date_time: first === null ? null : Number(first) };
  return { type, value: first };
}

/** Every input block's value, as `view.state.values`: what was chosen, else the element's initial value. */
export function stateValues(blocks: unknown, chosen: Chosen): Record<string, Record<string, Json>> {
  const values: Record<string, Record<string, Json>> = {};
  for (const block of asArray(blocks)) {
    if (block.type !== 'input' || !isObject(block.element)) continue;
    const blockId = str(block.block_id);
    const actionId = str(block.element.action_id);
    const picked = chosen[blockId]?.[actionId] ?? initialValues(block.element);
    values[blockId] = { [actionId]: elementValue(block.element, picked) };
  }
  return values;
}

function elementsOf(block: Json): Json[] {
  return [...asArray(block.elements), block.accessory, block.element].filter(isObject);
}

/** The element a person used, found by block id (when known) and action id. */
export function findElement(
  blocks: unknown,
  blockId: string,
  actionId: string,
): { block: Json; element: Json } | undefined {
  for (const [index, block] of asArray(blocks).entries()) {
    const id = str(block.block_id) || `block-${index}`;
    if (blockId && id !== blockId) continue;
    const element = elementsOf(block).find((candidate) => str(candidate.action_id) === actionId);
    if (element) return { block, element };
  }
  return undefined;
}

/** One `actions[]` entry for block_actions. */
export function actionPayload(element: Json, blockId: string, values: string[]): Json {
  const base = { action_id: str(element.action_id), block_id: blockId, type: str(element.type) };
  if (element.type === 'button') return { ...base, ...(element.value === undefined ? {} : { value: element.value }) };
  return { ...base, ...elementValue(element, values) };
}
