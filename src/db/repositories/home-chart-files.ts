import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { homeChartFiles } from '../schema.js';

export interface StoredChartFile {
  chartId: string;
  fileId: string;
}

/** Which Slack file shows each Home chart for a coalition's latest cycle. */
export function createHomeChartFileRepository({ db }: { db: Db }) {
  return {
    forCycle(coalitionId: number, cycleId: number): StoredChartFile[] {
      return db
        .select({ chartId: homeChartFiles.chartId, fileId: homeChartFiles.fileId })
        .from(homeChartFiles)
        .where(and(eq(homeChartFiles.coalitionId, coalitionId), eq(homeChartFiles.cycleId, cycleId)))
        .all();
    },
    /** This cycle's files replace every earlier cycle's: Home only ever shows the latest. */
    replace(
      input: { teamId: string; coalitionId: number; cycleId: number; uploadedAt: Date },
      files: StoredChartFile[],
    ): void {
      db.transaction((tx) => {
        tx.delete(homeChartFiles).where(eq(homeChartFiles.coalitionId, input.coalitionId)).run();
        for (const file of files)
          tx.insert(homeChartFiles)
            .values({ ...input, ...file })
            .run();
      });
    },
  };
}

export type HomeChartFileRepository = ReturnType<typeof createHomeChartFileRepository>;
