import type { RenderContext } from './context.js';
import { attrs, domId, escapeHtml, safeUrl } from './html.js';
import { initialValues } from './initial-values.js';
import { asArray, isObject, type Json, str, textHtml, textPlain } from './text.js';

/** Where an element sits: its block, whether it is a form field (input block) and what labels it. */
export interface ElementPlace {
  ctx: RenderContext;
  blockId: string;
  /** In an input block its value is sent on submit; elsewhere a change is an action sent at once. */
  inInput: boolean;
  /** DOM id for the control, so a label can point at it. */
  controlId: string;
  /** Ids of the hint and error texts, for aria-describedby. */
  describedBy?: string;
  /** What the person chose or typed before (kept after field errors), instead of the initial value. */
  kept?: string[];
  /** An accessible name when no visible label names the control (accessories, actions). */
  ariaLabel?: string;
  /** The id of the visible label, for controls a `<label for>` cannot name (groups of choices). */
  labelledBy?: string;
  /** The app answered with a field error for this block. */
  invalid?: boolean;
}

function common(element: Json, place: ElementPlace, extra: Record<string, string | boolean | undefined> = {}) {
  return attrs({
    id: place.controlId,
    'data-bk': place.inInput && element.dispatch_action !== true ? 'input' : 'action',
    'data-type': str(element.type),
    'data-action-id': str(element.action_id),
    'data-block-id': place.blockId,
    'aria-describedby': place.describedBy,
    'aria-label': place.ariaLabel,
    'aria-labelledby': place.labelledBy,
    'aria-invalid': place.invalid ? 'true' : undefined,
    ...extra,
  });
}

function confirmDialog(confirm: unknown, id: string, ctx: RenderContext): string {
  if (!isObject(confirm)) return '';
  const title = textPlain(confirm.title) || 'Are you sure?';
  const style = confirm.style === 'danger' ? ' bk-danger' : ' bk-primary';
  return (
    `<div class="bk-confirm" role="alertdialog" aria-modal="true"${attrs({ id, 'aria-labelledby': `${id}-t`, hidden: true })}>` +
    `<h3${attrs({ id: `${id}-t` })}>${escapeHtml(title)}</h3><div class="bk-confirm-text">${textHtml(confirm.text, ctx)}</div>` +
    `<div class="bk-confirm-buttons"><button type="button" class="bk-button" data-confirm-answer="no">${escapeHtml(textPlain(confirm.deny) || 'Cancel')}</button>` +
    `<button type="button" class="bk-button${style}" data-confirm-answer="yes">${escapeHtml(textPlain(confirm.confirm) || 'Yes')}</button></div></div>`
  );
}

export function buttonHtml(element: Json, place: ElementPlace): string {
  const style = element.style === 'primary' || element.style === 'danger' ? ` bk-${element.style}` : '';
  const confirmId = isObject(element.confirm) ? `${place.controlId}-confirm` : undefined;
  const url = typeof element.url === 'string' ? safeUrl(element.url) : undefined;
  const open = `<button type="button" class="bk-button${style}"${common(
    element,
    { ...place, inInput: false },
    {
      'data-value': str(element.value) || undefined,
      'data-url': url,
      'data-confirm': confirmId,
      'aria-label': place.ariaLabel ?? (textPlain(element.accessibility_label) || undefined),
    },
  )}>`;
  return `${open}${textHtml(element.text, place.ctx)}</button>${confirmId ? confirmDialog(element.confirm, confirmId, place.ctx) : ''}`;
}

interface Option {
  value: string;
  label: string;
}

function optionsOf(element: Json): Array<{ group?: string; options: Option[] }> {
  const toOption = (option: Json): Option => ({ value: str(option.value), label: textPlain(option.text) });
  const groups = asArray(element.option_groups);
  if (groups.length > 0)
    return groups.map((group) => ({ group: textPlain(group.label), options: asArray(group.options).map(toOption) }));
  return [{ options: asArray(element.options).map(toOption) }];
}

/** What is chosen now: what the person kept, else what the element starts with. */
function chosenValues(element: Json, place: ElementPlace): string[] {
  return place.kept ?? initialValues(element);
}

function selectOptions(element: Json, ctx: RenderContext): Array<{ group?: string; options: Option[] }> {
  const type = str(element.type);
  if (/users_select$/.test(type)) return [{ options: [...ctx.users].map(([value, label]) => ({ value, label })) }];
  if (/(conversations|channels)_select$/.test(type))
    return [{ options: [...ctx.channels].map(([value, label]) => ({ value, label: `#${label}` })) }];
  return optionsOf(element);
}

export function selectHtml(element: Json, place: ElementPlace): string {
  const multiple = str(element.type).startsWith('multi_');
  const chosen = new Set(chosenValues(element, place));
  const placeholder = textPlain(element.placeholder) || 'Select an item';
  const option = (o: Option) =>
    `<option${attrs({ value: o.value, selected: chosen.has(o.value) })}>${escapeHtml(o.label)}</option>`;
  const body = selectOptions(element, place.ctx)
    .map((group) =>
      group.group === undefined
        ? group.options.map(option).join('')
        : `<optgroup${attrs({ label: group.group })}>${group.options.map(option).join('')}</optgroup>`,
    )
    .join('');
  const first = multiple
    ? ''
    : `<option value=""${chosen.size === 0 ? ' selected' : ''}>${escapeHtml(placeholder)}</option>`;
  return `<select class="bk-select"${common(element, place, { multiple })}>${first}${body}</select>`;
}

export function overflowHtml(element: Json, place: ElementPlace): string {
  const options = optionsOf(element).flatMap((group) => group.options);
  const items = options.map((o) => `<option${attrs({ value: o.value })}>${escapeHtml(o.label)}</option>`).join('');
  const label = place.ariaLabel ?? 'More actions';
  return `<select class="bk-overflow"${common(element, { ...place, inInput: false, ariaLabel: label })}><option value="">⋯</option>${items}</select>`;
}

function choiceListHtml(element: Json, place: ElementPlace, kind: 'checkbox' | 'radio'): string {
  const chosen = new Set(chosenValues(element, place));
  const options = asArray(element.options);
  const items = options.map((option, index) => {
    const id = `${place.controlId}-${index}`;
    const description = isObject(option.description)
      ? `<span class="bk-choice-description">${textHtml(option.description, place.ctx)}</span>`
      : '';
    const input = `<input${attrs({ type: kind, id, name: place.controlId, value: str(option.value), checked: chosen.has(str(option.value)) })}>`;
    return `<div class="bk-choice">${input}<label${attrs({ for: id })}>${textHtml(option.text, place.ctx)}${description}</label></div>`;
  });
  return `<div class="bk-choices" role="${kind === 'radio' ? 'radiogroup' : 'group'}"${common(element, place)}>${items.join('')}</div>`;
}

function textInputHtml(element: Json, place: ElementPlace): string {
  const type = str(element.type);
  const value = place.kept?.[0] ?? str(element.initial_value);
  const shared = {
    placeholder: textPlain(element.placeholder) || undefined,
    minlength: typeof element.min_length === 'number' ? String(element.min_length) : undefined,
    maxlength: typeof element.max_length === 'number' ? String(element.max_length) : undefined,
  };
  if (type === 'plain_text_input' && element.multiline === true)
    return `<textarea class="bk-textarea" rows="4"${common(element, place, shared)}>${escapeHtml(value)}</textarea>`;
  const inputType = { email_text_input: 'email', url_text_input: 'url', number_input: 'number' }[type] ?? 'text';
  const numeric =
    type === 'number_input'
      ? {
          min: str(element.min_value) || undefined,
          max: str(element.max_value) || undefined,
          step: element.is_decimal_allowed === true ? 'any' : '1',
        }
      : {};
  return `<input class="bk-textinput"${common(element, place, { type: inputType, value, ...shared, ...numeric })}>`;
}

function pickerHtml(element: Json, place: ElementPlace, type: 'date' | 'time' | 'datetime-local'): string {
  const initial =
    type === 'date'
      ? str(element.initial_date)
      : type === 'time'
        ? str(element.initial_time)
        : typeof element.initial_date_time === 'number'
          ? new Date(element.initial_date_time * 1000).toISOString().slice(0, 16)
          : '';
  return `<input class="bk-picker"${common(element, place, { type, value: place.kept?.[0] ?? initial })}>`;
}

export function imageElementHtml(element: Json): string {
  const src = safeUrl(str(element.image_url));
  const alt = str(element.alt_text);
  return src
    ? `<img class="bk-image-element"${attrs({ src, alt })}>`
    : `<span class="bk-image-missing">${escapeHtml(alt)}</span>`;
}

const RENDERERS: Record<string, (element: Json, place: ElementPlace) => string> = {
  button: buttonHtml,
  overflow: overflowHtml,
  checkboxes: (element, place) => choiceListHtml(element, place, 'checkbox'),
  radio_buttons: (element, place) => choiceListHtml(element, place, 'radio'),
  plain_text_input: textInputHtml,
  email_text_input: textInputHtml,
  url_text_input: textInputHtml,
  number_input: textInputHtml,
  datepicker: (element, place) => pickerHtml(element, place, 'date'),
  timepicker: (element, place) => pickerHtml(element, place, 'time'),
  datetimepicker: (element, place) => pickerHtml(element, place, 'datetime-local'),
  image: imageElementHtml,
};

/** Any interactive element; selects of every kind share one renderer; unknown ones are labelled, never dropped. */
export function elementHtml(element: unknown, place: ElementPlace): string {
  if (!isObject(element)) return '';
  const type = str(element.type);
  const render = RENDERERS[type] ?? (/select$/.test(type) ? selectHtml : undefined);
  if (render) return render(element, place);
  return `<span class="bk-unknown" role="note">Unsupported element: ${escapeHtml(type || 'unknown')}</span>`;
}

export const controlId = (ctx: RenderContext, blockId: string, actionId: string) =>
  domId(ctx.idPrefix, blockId, actionId);
