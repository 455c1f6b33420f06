import { milestoneProgress } from '../../../../domain/goals.js';
import { goalsMessage } from '../../../blocks/celebration-messages.js';
import { goalAddedMessage } from '../../../blocks/goal-messages.js';
import { goalModal } from '../../../blocks/goal-modals.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const goal: SubcommandHandler<'goal'> = async (context) => {
  const coalition = coalitionHere(context);
  if (context.intent.title === undefined) {
    context.deps.roster.requireCoordinator(coalition, context.command.user_id, 'add goals');
    await context.client.views.open({ trigger_id: context.command.trigger_id, view: goalModal(coalition.id) });
    return;
  }
  const created = context.deps.goals.addGoal(coalition, context.command.user_id, context.intent.title);
  await context.reply(goalAddedMessage(created));
};

export const goals: SubcommandHandler<'goals'> = async (context) => {
  const overview = context.deps.goals.overview(coalitionHere(context));
  await context.reply(
    goalsMessage(
      overview.map((item) => ({
        goal: item.goal,
        milestones: item.milestones.map((entry) => ({
          ...entry,
          current: entry.status === 'reached' ? entry.target : milestoneProgress(entry, []),
        })),
      })),
    ),
  );
};
