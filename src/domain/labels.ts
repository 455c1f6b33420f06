/**
 * An id with its title, for messages written in services (DomainError text is shown as Slack mrkdwn): the title
 * is a person's words, so `&`, `<` and `>` are escaped and it can neither ping nor link.
 */
export function titledRef(ref: string, title: string): string {
  const safe = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `${ref} · ${safe}`;
}
