import type { webApi } from '@slack/bolt';
import type { FileSender } from '../services/ports.js';
import { escapeMrkdwn, plainTextSafe, safeFileName } from './blocks/escape.js';
import type { DirectMessages } from './direct-messages.js';

type WebClient = webApi.WebClient;

/** filesUploadV2 runs Slack's external upload flow (get URL, upload bytes, complete) into the person's DM. */
export function createFileSender({ client, dms }: { client: WebClient; dms: DirectMessages }): FileSender {
  return {
    async sendToUser({ userId, filename, title, content, message }) {
      const dm = await dms.openDm(userId);
      if (!dm) throw new Error('cannot open a DM with this user');
      await client.filesUploadV2({
        channel_id: dm,
        filename: safeFileName(filename),
        title: plainTextSafe(title),
        content,
        initial_comment: escapeMrkdwn(message),
      });
    },
  };
}
