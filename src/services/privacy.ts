import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import type { PrivacyDecision } from '../db/repositories/privacy-findings.js';
import { DomainError } from '../domain/errors.js';
import type { Coalition } from '../domain/people.js';
import type { AllowList, FindingKind, Jurisdiction } from '../domain/privacy/index.js';
// Not the index: it re-exports the detector, whose names library loads apart from the start path (privacy-scanner.ts).
import { FINDING_LABELS, rewordingHint, themeRewording } from '../domain/privacy/wording.js';
import { recordAudit } from './audit.js';
import type { PrivacyScanner } from './privacy-scanner.js';

export interface ReviewContext {
  teamId: string;
  coalition: Coalition | undefined;
  userId: string;
  surface: string;
}

export interface Review {
  /** Field → kinds that must come out before anything is stored. */
  blocked: Record<string, FindingKind[]>;
  /** Field → kinds that may stay if the person says why. */
  warned: Record<string, FindingKind[]>;
  concern: boolean;
  /**
   * A disclosure or concern about one child: refused like an identifier, answered with the concern card and a
   * theme-level way to say it instead (never a copy of the text).
   */
  disclosure?: { suggestion: string };
}

export const OVERRIDE_REASONS = {
  work_contact: 'It is a published work contact',
  partner_staff: 'It names a partner’s staff member, not a child',
  not_about_a_child: 'It is not about a particular child',
} as const;
export type OverrideReason = keyof typeof OVERRIDE_REASONS;

function listKinds(kinds: FindingKind[]): string {
  const labels = [...new Set(kinds)].map((kind) => FINDING_LABELS[kind]);
  return labels.length <= 1
    ? (labels[0] ?? 'an identifying detail')
    : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** Field errors name the kind of detail and suggest a rewording; they never repeat the detail itself. */
export function blockedMessage(kinds: FindingKind[]): string {
  return `This looks like it includes ${listKinds(kinds)}, which can identify a child or family. Please take it out before sending. ${rewordingHint(kinds)}`;
}

export function warnedMessage(kinds: FindingKind[]): string {
  return `This may include ${listKinds(kinds)}. If that is fine, choose why under “Something flagged that is fine?” and send again; otherwise please take it out.`;
}

export function createPrivacyService({
  repos,
  clock,
  jurisdiction,
  scanner,
}: {
  repos: Repositories;
  clock: Clock;
  jurisdiction: Jurisdiction;
  scanner: PrivacyScanner;
}) {
  function allowListFor(coalition: Coalition | undefined): AllowList {
    if (!coalition) return { organisations: [], staffNames: [], contacts: [] };
    const people = repos.people.listByCoalition(coalition.id).filter((person) => person.active);
    return {
      organisations: repos.organisations.listByCoalition(coalition.id).map((organisation) => organisation.name),
      staffNames: people.map((person) => person.displayName),
      contacts: repos.publishedContacts.list(coalition.id),
    };
  }

  function record(
    context: ReviewContext,
    kinds: FindingKind[],
    decision: PrivacyDecision,
    reason: string | null = null,
  ): void {
    const now = clock.now();
    repos.privacyFindings.record({
      teamId: context.teamId,
      coalitionId: context.coalition?.id ?? null,
      userId: context.userId,
      surface: context.surface,
      kinds: [...new Set(kinds)],
      findingCount: kinds.length,
      decision,
      reason,
      at: now,
    });
    if (decision === 'overridden' && context.coalition) {
      recordAudit(
        repos,
        { teamId: context.teamId, coalitionId: context.coalition.id, actorUserId: context.userId, now },
        'privacy.override',
        {
          subject: context.surface,
          after: { kinds: [...new Set(kinds)], reason },
        },
      );
    }
  }

  /**
   * The allow list only ever removes findings, so text with no findings without it has none with it: most text is
   * clean, and reading the whole roster for every command and message would cost more than the scan itself.
   */
  function findingsIn(text: string, allow: () => AllowList) {
    const findings = scanner.detectIdentifyingDetails(text, { jurisdiction });
    return findings.length === 0 ? findings : scanner.detectIdentifyingDetails(text, { jurisdiction, allow: allow() });
  }

  function review(fields: Record<string, string | undefined>, context: ReviewContext): Review {
    let allowList: AllowList | undefined;
    const allow = () => {
      allowList ??= allowListFor(context.coalition);
      return allowList;
    };
    const result: Review = { blocked: {}, warned: {}, concern: false };
    for (const [field, text] of Object.entries(fields)) {
      if (!text?.trim()) continue;
      const findings = findingsIn(text, allow);
      const blocked = findings.filter((finding) => finding.level === 'block').map((finding) => finding.kind);
      const warned = findings.filter((finding) => finding.level === 'warn').map((finding) => finding.kind);
      if (blocked.length > 0) result.blocked[field] = blocked;
      else if (warned.length > 0) result.warned[field] = warned;
      if (scanner.hasConcernLanguage(text) || blocked.includes('concern_disclosure')) result.concern = true;
      if (blocked.includes('concern_disclosure') && !result.disclosure)
        result.disclosure = { suggestion: themeRewording(text) };
    }
    return result;
  }

  return {
    jurisdiction,
    review,
    record,

    /** Coordinators list the coalition's published work numbers and addresses, so they are never flagged. */
    setPublishedContact(coalition: Coalition, actorUserId: string, value: string, add: boolean): string[] {
      const clean = value.trim();
      if (!/^[+\d][\d\s().-]{5,}$/.test(clean) && !/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(clean)) {
        throw new DomainError(
          'usage',
          'Give one published work phone number or e-mail address.',
          'Example: `/coalition contact add 0800 123 4567`',
        );
      }
      const now = clock.now();
      if (add)
        repos.publishedContacts.add({
          teamId: coalition.teamId,
          coalitionId: coalition.id,
          value: clean,
          addedBy: actorUserId,
          at: now,
        });
      else repos.publishedContacts.remove(coalition.id, clean);
      recordAudit(
        repos,
        { teamId: coalition.teamId, coalitionId: coalition.id, actorUserId, now },
        add ? 'settings.contact_added' : 'settings.contact_removed',
      );
      return repos.publishedContacts.list(coalition.id);
    },

    /**
     * For free text that has no form to show field errors in (slash commands, short inputs): refuse block-level
     * findings with a DomainError, recording only the kinds. Warn-level text is allowed through.
     */
    guard(fields: Record<string, string | undefined>, context: ReviewContext): { concern: boolean } {
      const result = review(fields, context);
      const kinds = Object.values(result.blocked).flat();
      if (kinds.length > 0) {
        record(context, kinds, 'blocked');
        if (result.disclosure) {
          throw new DomainError(
            'privacy',
            `Nothing was saved or posted: this reads like a concern about a particular child. Please raise it today through your organisation’s safeguarding route; if a child is in immediate danger, call ${jurisdiction === 'us' ? '911' : '999'}.`,
            result.disclosure.suggestion,
          );
        }
        throw new DomainError(
          'privacy',
          blockedMessage(kinds),
          'Nothing was saved. If this is about a particular child, please use your organisation’s safeguarding route instead.',
        );
      }
      return { concern: result.concern };
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
