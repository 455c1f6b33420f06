import type { IntentKind } from '../../../parse/command.js';
import { assign } from './assign.js';
import { audit } from './audit.js';
import { away } from './away.js';
import { checkin } from './checkin.js';
import { contact } from './contact.js';
import { digest, overdueNames } from './digest.js';
import { done } from './done.js';
import { erase } from './erase.js';
import { goal, goals } from './goal.js';
import type { SubcommandHandler } from './handler.js';
import { help } from './help.js';
import { insights } from './insights.js';
import { kudos } from './kudos.js';
import { milestone } from './milestone.js';
import { mydata } from './mydata.js';
import { partner } from './partner.js';
import { partners } from './partners.js';
import { profile } from './profile.js';
import { question, questions } from './questions.js';
import { reassign } from './reassign.js';
import { report } from './report.js';
import { role } from './role.js';
import { schedule } from './schedule.js';
import { setup } from './setup.js';
import { task, tasks } from './tasks-list.js';
import { watch } from './watch.js';

export const SUBCOMMAND_HANDLERS: { [K in IntentKind]: SubcommandHandler<K> } = {
  help,
  setup,
  partner,
  role,
  profile,
  partners,
  schedule,
  checkin,
  away,
  questions,
  question,
  assign,
  tasks,
  task,
  done,
  reassign,
  watch,
  audit,
  mydata,
  erase,
  goal,
  goals,
  milestone,
  kudos,
  digest,
  'overdue-names': overdueNames,
  contact,
  insights,
  report,
};
