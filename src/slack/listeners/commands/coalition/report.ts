import { reportBuildingMessage, reportBusyMessage } from '../../../blocks/insights-messages.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

/** Answers at once, then builds; the files arrive by DM when ready. A second request meanwhile is told so. */
export const report: SubcommandHandler<'report'> = async (context) => {
  const coalition = coalitionHere(context);
  const period = context.intent.period ?? context.deps.report.defaultPeriod(coalition);
  const building = context.deps.report.start({ coalition, userId: context.command.user_id, period });
  if (!building) {
    await context.reply(reportBusyMessage());
    return;
  }
  await context.reply(reportBuildingMessage(period));
  await building;
};
