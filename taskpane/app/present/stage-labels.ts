import type { JobStage } from '../../run/protocol';

/** Each stage as the taskpane names it while the worker is at it, and how far along the run it is (0..1). */
export const STAGES: Readonly<Record<JobStage, { readonly label: string; readonly at: number }>> = {
  'read-file': { label: 'Reading the files…', at: 0 },
  detect: { label: 'Finding the tables…', at: 0.05 },
  ingest: { label: 'Reading the rows…', at: 0.15 },
  model: { label: 'Linking initiatives and dependencies…', at: 0.35 },
  analyse: { label: 'Working out dates, slack and status…', at: 0.5 },
  rules: { label: 'Checking the rules…', at: 0.7 },
  govern: { label: 'Following findings and actions…', at: 0.85 },
  view: { label: 'Listing the findings…', at: 0.95 },
  report: { label: 'Building the summary…', at: 0.3 },
  'report-rows': { label: 'Preparing the report sheets…', at: 0.7 },
};
