/** A file the insights and report services hand to Slack. */
export interface OutgoingFile {
  filename: string;
  title: string;
  content: Buffer | string;
  /** For images: what the chart says, for screen readers. */
  altText?: string;
}

/** Uploads for insights and reports; implemented in slack/insight-files.ts. */
export interface InsightFiles {
  /** Uploads the files into the person's DM, with a message. */
  sendToUser(input: { userId: string; files: OutgoingFile[]; message: string }): Promise<void>;
  /** Uploads an image shared in no channel, for `slack_file` image blocks; returns its file id. */
  uploadImage(file: OutgoingFile): Promise<string>;
  /** Posts the files as a reply in a thread. */
  postInThread(input: { channelId: string; threadTs: string; files: OutgoingFile[]; message: string }): Promise<void>;
}
