import { z } from 'zod';

/**
 * The least Bolt needs to route an interaction without throwing (it reads `user.id` and `view` before any
 * middleware runs), plus what our form listeners read. Anything less is answered at the door.
 */
const user = z.object({ id: z.string().min(1) });
const interaction = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('block_actions'),
    user,
    actions: z.array(z.object({ action_id: z.string().min(1) })).min(1),
  }),
  z.object({
    type: z.literal('view_submission'),
    user,
    view: z.object({ callback_id: z.string(), state: z.object({ values: z.record(z.string(), z.unknown()) }) }),
  }),
  z.object({ type: z.literal('view_closed'), user, view: z.object({ callback_id: z.string() }) }),
  z.object({ type: z.enum(['shortcut', 'message_action', 'block_suggestion', 'interactive_message']), user }),
]);

const INTERACTIVE_TYPES = new Set(['block_actions', 'view_submission', 'view_closed', 'shortcut', 'message_action']);

export type BodyKind = 'interaction' | 'view' | 'other';

export interface BodyFacts {
  kind: BodyKind;
  type: string;
  /** action_id or callback_id: what a warning about it should name (never the payload's text). */
  id: string | undefined;
  responseUrl: string | undefined;
  /** The first input block of a submitted form, where a field error can be shown. */
  firstInputBlock: string | undefined;
}

type Loose = Record<string, unknown> | undefined;

function firstInputBlock(view: Loose): string | undefined {
  const blocks = Array.isArray(view?.blocks) ? (view.blocks as Loose[]) : [];
  const input = blocks.find((block) => block?.type === 'input' && typeof block.block_id === 'string');
  return input?.block_id as string | undefined;
}

/** What the guard needs to answer a body, read defensively: any field may be missing. */
export function factsOf(body: unknown): BodyFacts {
  const loose = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const type = typeof loose.type === 'string' ? loose.type : typeof loose.command === 'string' ? 'command' : '';
  const view = (typeof loose.view === 'object' && loose.view !== null ? loose.view : undefined) as Loose;
  const actions = Array.isArray(loose.actions) ? (loose.actions as Loose[]) : [];
  const actionId = actions[0]?.action_id;
  const callbackId = view?.callback_id;
  const id = typeof actionId === 'string' ? actionId : typeof callbackId === 'string' ? callbackId : undefined;
  const kind: BodyKind =
    type === 'view_submission' || type === 'view_closed'
      ? 'view'
      : INTERACTIVE_TYPES.has(type)
        ? 'interaction'
        : 'other';
  const responseUrl = typeof loose.response_url === 'string' ? loose.response_url : undefined;
  return { kind, type, id, responseUrl, firstInputBlock: firstInputBlock(view) };
}

/** True when Bolt and our listeners can read this body; only interactions are checked here. */
export function isReadableInteraction(body: unknown): boolean {
  const type = (body as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || (!INTERACTIVE_TYPES.has(type) && type !== 'block_suggestion')) return true;
  return interaction.safeParse(body).success;
}
