import { DomainError } from '../../../../domain/errors.js';
import { milestoneRef } from '../../../../domain/goals.js';
import { section } from '../../../blocks/elements.js';
import { milestoneModal } from '../../../blocks/goal-modals.js';
import { milestoneLabel } from '../../../blocks/labels.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const milestone: SubcommandHandler<'milestone'> = async (context) => {
  const { request } = context.intent;
  const coalition = coalitionHere(context);
  const actor = context.command.user_id;
  if (request.action === 'modal') {
    context.deps.roster.requireCoordinator(coalition, actor, 'add milestones');
    const goals = context.deps.goals.overview(coalition).map((item) => item.goal);
    if (goals.length === 0)
      throw new DomainError(
        'not_found',
        'Add a goal first: milestones belong to a goal.',
        'Example: `/coalition goal add "Every school has a named safeguarding lead"`',
      );
    await context.client.views.open({
      trigger_id: context.command.trigger_id,
      view: milestoneModal(coalition.id, goals),
    });
    return;
  }
  if (request.action === 'add') {
    const created = context.deps.goals.addMilestone(coalition, actor, {
      goalNumber: request.goalNumber,
      title: request.title,
      dueDate: request.by ?? null,
      target: request.target,
    });
    const text = `Added ${milestoneLabel(created)} (target ${created.target}). Link tasks with \`milestone:${milestoneRef(created)}\` when you assign them.`;
    await context.reply({ text, blocks: [section(text)] });
    return;
  }
  const outcome =
    request.action === 'progress'
      ? context.deps.goals.setProgress(coalition, actor, request.number, request.progress)
      : context.deps.goals.markDone(coalition, actor, request.number);
  const state =
    outcome.milestone.status === 'reached'
      ? 'reached! I am celebrating it in the channel.'
      : `at ${outcome.milestone.progress} of ${outcome.milestone.target}.`;
  const text = `${milestoneLabel(outcome.milestone)} is ${state}`;
  await context.reply({ text, blocks: [section(text)] });
  await outcome.celebrate();
};
