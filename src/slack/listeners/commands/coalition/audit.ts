import { auditMessage } from '../../../blocks/audit-message.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const audit: SubcommandHandler<'audit'> = async (context) => {
  const coalition = coalitionHere(context);
  context.deps.roster.requireCoordinator(coalition, context.command.user_id, 'see the audit log');
  await context.reply(auditMessage(context.deps.audit.recent(coalition), coalition.timezone));
};
