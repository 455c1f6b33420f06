import type { types } from '@slack/bolt';
import type { Jurisdiction } from '../../domain/privacy/index.js';
import { context, escapeMrkdwn, plainText, section } from './elements.js';

export interface ConcernCardInput {
  jurisdiction: Jurisdiction;
  /** The coalition's local children's social care front door (UK) or CPS (US) number, when a coordinator set one. */
  localContact: string | null;
}

/**
 * Where a concern about a particular child goes, in each jurisdiction's own terms (shared/research/domain.md §2
 * "Signposting", reviewed for this card). UK: the organisation's designated safeguarding lead, else the local
 * children's social care front door, the NSPCC helpline and 999. US: the organization's designated reporter or a
 * supervisor, the mandated reporter's duty, the national Childhelp hotline and 911.
 */
export function concernCardLines({ jurisdiction, localContact }: ConcernCardInput): string[] {
  const local = localContact ? escapeMrkdwn(localContact) : undefined;
  if (jurisdiction === 'us')
    return [
      'If this is about a particular child, talk today with your organization’s *designated reporter* or your supervisor.',
      'If you are a *mandated reporter*, you must report a suspicion of abuse or neglect to child protective services or law enforcement, as your state’s law requires.',
      local
        ? `Your local child protective services: *${local}*.`
        : 'Your county or state child protective services (CPS) takes reports; your supervisor will know the number.',
      'The *Childhelp National Child Abuse Hotline, 1-800-422-4453*, is a national line that can advise you and connect you with your local CPS.',
      'If a child is in immediate danger, call *911*.',
    ];
  return [
    'If this is about a particular child, raise it today with your organisation’s *designated safeguarding lead*.',
    local
      ? `No safeguarding lead of your own (a shop, a faith group, a club)? Contact the local children’s social care front door: *${local}*.`
      : 'No safeguarding lead of your own (a shop, a faith group, a club)? Contact your council’s children’s social care front door; its number is on the council’s website.',
    'You can also talk it through with the *NSPCC helpline: 0808 800 5000*.',
    'If a child is in immediate danger, call *999*.',
  ];
}

function cardView(input: ConcernCardInput, close: string, middle: types.KnownBlock[], footer: string) {
  const closing =
    input.jurisdiction === 'us'
      ? 'Reporting a concern through the right route is always the right thing to do.'
      : 'Raising a concern through the right route is always the right thing to do.';
  return {
    type: 'modal',
    title: plainText('Thank you', 24),
    close: plainText(close, 24),
    blocks: [
      section(
        `*Thank you for caring about this*\n${concernCardLines(input)
          .map((line) => `• ${line}`)
          .join('\n')}`,
      ),
      section(closing),
      ...middle,
      context(footer),
    ],
  } satisfies types.ModalView;
}

/** Shown after a check-in that mentions a concern: kind, practical, and never telling anyone not to raise it. */
export function concernCardView(input: ConcernCardInput): types.ModalView {
  return cardView(
    input,
    'Close',
    [],
    'Your check-in was saved. The coalition channel is for coalition-level updates, so details about a particular child go through those routes instead.',
  );
}

/** Shown instead of saving a check-in that tells of a concern about one child: the routes, and a theme to share. */
export function disclosureCardView(input: ConcernCardInput, suggestion: string): types.ModalView {
  return cardView(
    input,
    'Back to my check-in',
    [section(suggestion)],
    'Nothing was saved or posted. The coalition channel is for coalition-level updates, so a concern about a particular child goes through those routes; go back to reword your check-in.',
  );
}
