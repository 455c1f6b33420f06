import { milestoneAddedMessage, milestoneProgressMessage } from '../../../blocks/goal-messages.js';
import { milestoneModal } from '../../../blocks/goal-modals.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const milestone: SubcommandHandler<'milestone'> = async (context) => {
  const { request } = context.intent;
  const coalition = coalitionHere(context);
  const actor = context.command.user_id;
  if (request.action === 'modal') {
    const goals = context.deps.goals.goalsForNewMilestone(coalition, actor);
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
    await context.reply(milestoneAddedMessage(created));
    return;
  }
  const outcome =
    request.action === 'progress'
      ? context.deps.goals.setProgress(coalition, actor, request.number, request.progress)
      : context.deps.goals.markDone(coalition, actor, request.number);
  await context.reply(milestoneProgressMessage(outcome.milestone));
  await outcome.celebrate();
};
