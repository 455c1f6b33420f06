/** The rows of the yearly report, already filtered to what may be published; built by the report service. */
export interface ReportTask {
  ref: string;
  title: string;
  organisation: string | null;
  sector: string | null;
  status: string;
  dueDate: string | null;
  createdOn: string;
  completedOn: string | null;
  milestone: string | null;
  history: Array<{ on: string; kind: string; fromStatus: string | null; toStatus: string | null }>;
}

export interface ReportMilestone {
  ref: string;
  goal: string;
  title: string;
  target: number;
  progress: number;
  dueDate: string | null;
  reachedOn: string | null;
}

/** A win its author chose to share, that was celebrated in the channel and passes the privacy scan today. */
export interface ReportWin {
  cycleDate: string;
  organisation: string | null;
  sector: string | null;
  text: string;
}

export interface ReportBlocker {
  raisedOn: string;
  resolvedOn: string | null;
  daysOpen: number;
  offersOfHelp: number;
}

export interface ReportContent {
  goals: Array<{ ref: string; title: string }>;
  tasks: ReportTask[];
  milestones: ReportMilestone[];
  wins: ReportWin[];
  blockers: ReportBlocker[];
  /** Texts the privacy scan held back today, counted so the reader knows something was left out. */
  withheld: number;
}
