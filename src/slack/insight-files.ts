import type { webApi } from '@slack/bolt';
import type { InsightFiles, OutgoingFile } from '../services/insights-ports.js';
import type { DirectMessages } from './direct-messages.js';

type WebClient = webApi.WebClient;

const toUpload = (file: OutgoingFile) => ({
  file: typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content,
  filename: file.filename,
  title: file.title,
  ...(file.altText ? { alt_text: file.altText.slice(0, 1000) } : {}),
});

/** Charts and report files go through Slack's external upload flow (files.uploadV2), several at once. */
export function createInsightFiles({ client, dms }: { client: WebClient; dms: DirectMessages }): InsightFiles {
  return {
    async sendToUser({ userId, files, message }) {
      const dm = await dms.openDm(userId);
      if (!dm) throw new Error('cannot open a DM with this user');
      await client.filesUploadV2({ channel_id: dm, initial_comment: message, file_uploads: files.map(toUpload) });
    },
    async uploadImage(file) {
      const result = (await client.filesUploadV2(toUpload(file))) as {
        files?: Array<{ files?: Array<{ id?: string }> }>;
      };
      const id = result.files?.[0]?.files?.[0]?.id;
      if (!id) throw new Error('upload returned no file id');
      return id;
    },
    async postInThread({ channelId, threadTs, files, message }) {
      await client.filesUploadV2({
        channel_id: channelId,
        thread_ts: threadTs,
        initial_comment: message,
        file_uploads: files.map(toUpload),
      });
    },
  };
}
