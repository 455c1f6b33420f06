import type { IntentKind } from '../../../parse/command.js';
import { away } from './away.js';
import { checkin } from './checkin.js';
import { digest, goal, goals, kudos, milestone, overdueNames } from './goals.js';
import type { SubcommandHandler } from './handler.js';
import { help } from './help.js';
import { partner } from './partner.js';
import { partners } from './partners.js';
import { audit, contact, erase, mydata, watch } from './privacy.js';
import { profile } from './profile.js';
import { question, questions } from './questions.js';
import { role } from './role.js';
import { schedule } from './schedule.js';
import { setup } from './setup.js';
import { assign, done, reassign, task, tasks } from './tasks.js';

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
};
