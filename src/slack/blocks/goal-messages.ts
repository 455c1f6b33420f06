import { type Goal, goalRef, type Milestone, milestoneRef } from '../../domain/goals.js';
import { type SlackMessage, section } from './elements.js';
import { goalLabel, milestoneLabel } from './labels.js';

const said = (text: string): SlackMessage => ({ text, blocks: [section(text)] });

/** A goal just added, with the next step: its milestones. */
export function goalAddedMessage(goal: Goal): SlackMessage {
  return said(
    `Added ${goalLabel(goal)}. Add milestones with \`/coalition milestone add ${goalRef(goal)} "…" target:10\`.`,
  );
}

/** A milestone just added, with how tasks count towards it. */
export function milestoneAddedMessage(milestone: Milestone): SlackMessage {
  return said(
    `Added ${milestoneLabel(milestone)} (target ${milestone.target}). Link tasks with \`milestone:${milestoneRef(milestone)}\` when you assign them.`,
  );
}

/** Where a milestone stands after a coordinator moved it on. */
export function milestoneProgressMessage(milestone: Milestone): SlackMessage {
  const state =
    milestone.status === 'reached'
      ? 'reached! I am celebrating it in the channel.'
      : `at ${milestone.progress} of ${milestone.target}.`;
  return said(`${milestoneLabel(milestone)} is ${state}`);
}
