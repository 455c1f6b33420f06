import type { RenderContext } from './context.js';
import { controlId, type ElementPlace, elementHtml, imageElementHtml } from './elements.js';
import { attrs, escapeHtml, safeUrl } from './html.js';
import { richTextHtml } from './rich-text.js';
import { asArray, isObject, type Json, str, textHtml, textPlain } from './text.js';

/** What a surface adds to its blocks: field errors from the app, and what the person typed before them. */
export interface BlockOptions {
  ctx: RenderContext;
  errors?: Record<string, string>;
  /** Kept values by block id, then action id. */
  kept?: Record<string, Record<string, string[]>>;
}

type BlockRenderer = (block: Json, blockId: string, options: BlockOptions) => string;

function place(element: Json, blockId: string, options: BlockOptions, extra: Partial<ElementPlace> = {}): ElementPlace {
  const actionId = str(element.action_id);
  return {
    ctx: options.ctx,
    blockId,
    inInput: false,
    controlId: controlId(options.ctx, blockId, actionId),
    ...extra,
  };
}

function section(block: Json, blockId: string, options: BlockOptions): string {
  const { ctx } = options;
  const text = block.text === undefined ? '' : `<div class="bk-text">${textHtml(block.text, ctx)}</div>`;
  const fields = asArray(block.fields);
  const fieldsHtml =
    fields.length > 0
      ? `<div class="bk-fields">${fields.map((field) => `<div class="bk-field">${textHtml(field, ctx)}</div>`).join('')}</div>`
      : '';
  const accessory = isObject(block.accessory)
    ? `<div class="bk-accessory">${
        block.accessory.type === 'image'
          ? imageElementHtml(block.accessory)
          : elementHtml(
              block.accessory,
              place(block.accessory, blockId, options, {
                ariaLabel:
                  block.accessory.type === 'button' ? undefined : textPlain(block.text).slice(0, 80) || undefined,
              }),
            )
      }</div>`
    : '';
  return `<div class="bk-section-body">${text}${fieldsHtml}</div>${accessory}`;
}

function input(block: Json, blockId: string, options: BlockOptions): string {
  const element = isObject(block.element) ? block.element : {};
  const actionId = str(element.action_id);
  const id = controlId(options.ctx, blockId, actionId);
  const error = options.errors?.[blockId];
  const hintId = block.hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const grouped = element.type === 'checkboxes' || element.type === 'radio_buttons';
  const labelTag = grouped ? 'span' : 'label';
  const optional = block.optional === true ? ' <span class="bk-optional">(optional)</span>' : '';
  const label = `<${labelTag} class="bk-label"${attrs({ id: `${id}-label`, for: grouped ? undefined : id })}>${textHtml(block.label, options.ctx)}${optional}</${labelTag}>`;
  const control = elementHtml(
    element,
    place(element, blockId, options, {
      inInput: true,
      describedBy: [errorId, hintId].filter(Boolean).join(' ') || undefined,
      kept: options.kept?.[blockId]?.[actionId],
      labelledBy: grouped ? `${id}-label` : undefined,
      invalid: error !== undefined,
    }),
  );
  const hint = hintId ? `<div class="bk-hint"${attrs({ id: hintId })}>${textHtml(block.hint, options.ctx)}</div>` : '';
  const errorHtml = errorId
    ? `<div class="bk-error"${attrs({ id: errorId, role: 'alert' })}>${escapeHtml(error)}</div>`
    : '';
  return `${label}${control}${errorHtml}${hint}`;
}

function actions(block: Json, blockId: string, options: BlockOptions): string {
  const elements = asArray(block.elements).map((element) =>
    elementHtml(
      element,
      place(element, blockId, options, {
        ariaLabel: element.type === 'button' ? undefined : textPlain(element.placeholder) || undefined,
      }),
    ),
  );
  return `<div class="bk-actions-row" role="group">${elements.join('')}</div>`;
}

function contextBlock(block: Json, _blockId: string, { ctx }: BlockOptions): string {
  return asArray(block.elements)
    .map((element) =>
      element.type === 'image'
        ? imageElementHtml(element)
        : `<span class="bk-context-text">${textHtml(element, ctx)}</span>`,
    )
    .join('');
}

function image(block: Json, _blockId: string, { ctx }: BlockOptions): string {
  const src = safeUrl(str(block.image_url));
  const caption = block.title === undefined ? '' : `<figcaption>${textHtml(block.title, ctx)}</figcaption>`;
  const img = src
    ? `<img${attrs({ src, alt: str(block.alt_text), loading: 'lazy' })}>`
    : `<span class="bk-image-missing">${escapeHtml(str(block.alt_text))}</span>`;
  return `<figure>${img}${caption}</figure>`;
}

const BLOCKS: Record<string, BlockRenderer> = {
  section,
  input,
  actions,
  context: contextBlock,
  image,
  header: (block, _id, { ctx }) => `<h3 class="bk-header-text">${textHtml(block.text, ctx)}</h3>`,
  divider: () => '<hr>',
  rich_text: (block, _id, { ctx }) => richTextHtml(block, ctx),
};

/** One block as HTML; an unknown type shows as a labelled placeholder rather than vanishing. */
export function blockHtml(block: unknown, index: number, options: BlockOptions): string {
  if (!isObject(block)) return '';
  const type = str(block.type);
  const blockId = str(block.block_id) || `block-${index}`;
  const render = BLOCKS[type];
  const body = render
    ? render(block, blockId, options)
    : `<span class="bk-unknown" role="note">Unsupported block: ${escapeHtml(type || 'unknown')}</span>`;
  const invalid = options.errors?.[blockId] !== undefined ? ' bk-invalid' : '';
  return `<div class="bk-block bk-${escapeHtml(type || 'unknown')}${invalid}"${attrs({ 'data-block-id': blockId })}>${body}</div>`;
}

export function blocksHtml(blocks: unknown, options: BlockOptions): string {
  return (Array.isArray(blocks) ? blocks : []).map((block, index) => blockHtml(block, index, options)).join('');
}
