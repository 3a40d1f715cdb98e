/** The five steps, in order; each is reachable at any time. */
export const STEPS = [
  { id: 'sources', label: 'Sources', hint: 'Which sheets and files to read' },
  { id: 'mapping', label: 'Mapping', hint: 'Which column holds which field' },
  { id: 'findings', label: 'Findings', hint: 'Problems found, with their cells' },
  { id: 'impact', label: 'Impact', hint: 'What moves if something slips' },
  { id: 'report', label: 'Report', hint: 'Write the executive summary' },
] as const;

export type StepId = (typeof STEPS)[number]['id'];
