import { DomainError } from '../../../../domain/errors.js';
import { goalRef, milestoneProgress, milestoneRef } from '../../../../domain/goals.js';
import { goalsMessage } from '../../../blocks/celebration-messages.js';
import { digestSummary } from '../../../blocks/digest-message.js';
import { escapeMrkdwn, section } from '../../../blocks/elements.js';
import { goalModal, milestoneModal } from '../../../blocks/goal-modals.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const goal: SubcommandHandler<'goal'> = async (context) => {
  const coalition = coalitionHere(context);
  if (context.intent.title === undefined) {
    context.deps.roster.requireCoordinator(coalition, context.command.user_id, 'add goals');
    await context.client.views.open({ trigger_id: context.command.trigger_id, view: goalModal(coalition.id) });
    return;
  }
  const created = context.deps.goals.addGoal(coalition, context.command.user_id, context.intent.title);
  const text = `Added *${goalRef(created)} · ${escapeMrkdwn(created.title)}*. Add milestones with \`/coalition milestone add ${goalRef(created)} "…" target:10\`.`;
  await context.reply({ text, blocks: [section(text)] });
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
    const text = `Added *${milestoneRef(created)} · ${escapeMrkdwn(created.title)}* (target ${created.target}). Link tasks with \`milestone:${milestoneRef(created)}\` when you assign them.`;
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
  const text = `${milestoneRef(outcome.milestone)} is ${state}`;
  await context.reply({ text, blocks: [section(text)] });
  await outcome.celebrate();
};

export const kudos: SubcommandHandler<'kudos'> = async (context) => {
  const { request } = context.intent;
  const coalition = coalitionHere(context);
  if (request.action === 'counts') {
    const counts = context.deps.kudos.counts(coalition, context.command.user_id);
    const lines = counts.map((row) => `• <@${row.userId}>: ${row.count}`);
    const text = `*Thank-yous received* (alphabetical; for coordinators only, never a ranking)\n${lines.join('\n') || 'None yet.'}`;
    await context.reply({ text, blocks: [section(text)] });
    return;
  }
  await context.deps.kudos.give(coalition, context.command.user_id, request.userId, request.reason);
  const text = `Posted your thank-you to <@${request.userId}> in the channel.`;
  await context.reply({ text, blocks: [section(text)] });
};

export const digest: SubcommandHandler<'digest'> = async (context) => {
  const coalition = coalitionHere(context);
  if (context.intent.preview) {
    await context.reply(digestSummary(context.deps.digests.preview(coalition, context.command.user_id)));
    return;
  }
  const posted = await context.deps.digests.postNow(coalition, context.command.user_id);
  const text = posted
    ? 'Posted this cycle’s digest to the channel.'
    : 'This cycle’s digest has already been posted; late answers join its thread as they arrive.';
  await context.reply({ text, blocks: [section(text)] });
};

export const overdueNames: SubcommandHandler<'overdue-names'> = async (context) => {
  context.deps.digests.setOverdueNames(coalitionHere(context), context.command.user_id, context.intent.on);
  const text = context.intent.on
    ? 'Digests will now name the owners of overdue tasks.'
    : 'Digests will count overdue tasks without naming anyone.';
  await context.reply({ text, blocks: [section(text)] });
};
