import type { types } from '@slack/bolt';
import { concernCard, type Jurisdiction } from '../../domain/privacy/index.js';
import { context, plainText, section } from './elements.js';

function cardView(jurisdiction: Jurisdiction, close: string, middle: types.KnownBlock[], footer: string) {
  const card = concernCard(jurisdiction);
  return {
    type: 'modal',
    title: plainText('Thank you', 24),
    close: plainText(close, 24),
    blocks: [
      section(`*${card.title}*\n${card.lines.map((line) => `• ${line}`).join('\n')}`),
      ...middle,
      context(footer),
    ],
  } satisfies types.ModalView;
}

/** Shown after a check-in that mentions a concern: kind, practical, and never telling anyone not to raise it. */
export function concernCardView(jurisdiction: Jurisdiction): types.ModalView {
  return cardView(
    jurisdiction,
    'Close',
    [],
    'Your check-in was saved. The coalition channel is for coalition-level updates, so details about a particular child go through those routes instead.',
  );
}

/** Shown instead of saving a check-in that tells of a concern about one child: the routes, and a theme to share. */
export function disclosureCardView(jurisdiction: Jurisdiction, suggestion: string): types.ModalView {
  return cardView(
    jurisdiction,
    'Back to my check-in',
    [section(suggestion)],
    'Nothing was saved or posted. The coalition channel is for coalition-level updates, so a concern about a particular child goes through those routes; go back to reword your check-in.',
  );
}
