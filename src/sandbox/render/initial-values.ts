import { isObject, type Json, str } from './text.js';

/** What an element starts with, as strings: initial option(s) by value, user/conversation ids, text, date, time. */
export function initialValues(element: Json): string[] {
  const options = [element.initial_option, ...(Array.isArray(element.initial_options) ? element.initial_options : [])]
    .filter(isObject)
    .map((option) => str(option.value));
  const single = [
    element.initial_user,
    element.initial_conversation,
    element.initial_channel,
    element.initial_value,
    element.initial_date,
    element.initial_time,
  ].filter((value): value is string => typeof value === 'string');
  const lists = [element.initial_users, element.initial_conversations, element.initial_channels].flatMap((list) =>
    Array.isArray(list) ? list.map(String) : [],
  );
  const dateTime = typeof element.initial_date_time === 'number' ? [String(element.initial_date_time)] : [];
  return [...options, ...single, ...lists, ...dateTime];
}
