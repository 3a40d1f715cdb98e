import type { AnyField, TableKind } from '../types';

/**
 * Header synonyms per table kind and field (DESIGN.md's starting list, extended with what real
 * trackers use). Compared after normaliseHeader: lower case, punctuation as spaces.
 */
export const SYNONYMS: Readonly<Record<TableKind, Readonly<Partial<Record<AnyField, readonly string[]>>>>> = {
  initiatives: {
    id: ['id', 'ref', 'reference', 'key', 'initiative id', 'project id', '#', 'no', 'id number', 'project ref', 'project reference', 'initiative ref', 'code', 'project code', 'task id', 'item id', 'wbs'],
    name: ['name', 'initiative', 'project', 'title', 'description', 'initiative name', 'project name', 'programme', 'program', 'task', 'task name', 'workstream', 'summary'],
    department: ['department', 'dept', 'function', 'team', 'business unit', 'bu', 'directorate', 'division', 'business area', 'owning department', 'org', 'organisation', 'organization'],
    owner: ['owner', 'lead', 'accountable', 'responsible', 'pm', 'project manager', 'sponsor', 'sro', 'senior responsible owner', 'assigned to', 'assignee', 'project lead', 'initiative owner', 'manager', 'coordinator'],
    status: ['status', 'rag', 'health', 'state', 'delivery confidence', 'rag status', 'overall status', 'overall rag', 'current status', 'dca', 'delivery confidence assessment', 'confidence'],
    start: ['start', 'start date', 'begin', 'planned start', 'baseline start', 'start on', 'kick off', 'kickoff', 'begin date', 'from date'],
    due: ['due', 'finish', 'end', 'due date', 'target date', 'deadline', 'go live', 'end date', 'finish date', 'planned finish', 'planned end', 'completion date', 'delivery date', 'target completion', 'go live date', 'baseline finish', 'due by'],
    percentComplete: ['% complete', 'progress', 'percent done', 'percent complete', '% done', 'pct complete', 'completion', '% progress', 'complete %', 'done %', 'percentage complete'],
    lastUpdated: ['last updated', 'updated', 'status date', 'as of', 'as at', 'last update', 'update date', 'date updated', 'last modified', 'modified', 'reporting date', 'last reviewed', 'updated on'],
    dependsOn: ['depends on', 'dependencies', 'predecessors', 'blocked by', 'upstream', 'dependency', 'dependent on', 'depends', 'predecessor', 'prerequisites', 'waiting on', 'needs'],
    kpi: ['kpi', 'kpis', 'metric', 'metrics', 'objective', 'key result', 'key results', 'okr', 'okrs', 'measure', 'linked kpis'],
    pillar: ['pillar', 'strategic objective', 'theme', 'goal', 'strategic pillar', 'strategic theme', 'priority', 'strategic priority', 'outcome'],
    budget: ['budget', 'baseline cost', 'approved budget', 'whole life cost', 'whole life costs', 'cost', 'budget cost', 'capex', 'approved cost', 'baseline budget', 'total budget'],
    forecastCost: ['forecast', 'forecast cost', 'eac', 'actual cost', 'estimate at completion', 'actuals', 'spend', 'actual spend', 'spend to date', 'forecast spend', 'outturn'],
    benefit: ['benefit', 'benefits', 'value', 'savings', 'target value', 'expected benefit', 'benefit value', 'annual benefit', 'npv'],
  },
  dependencies: {
    from: ['from', 'predecessor', 'from id', 'upstream', 'provider', 'giver', 'from initiative', 'supplier', 'depends on'],
    to: ['to', 'successor', 'to id', 'downstream', 'receiver', 'dependent', 'to initiative', 'consumer', 'initiative'],
    type: ['type', 'link type', 'dependency type', 'relationship', 'relation', 'link'],
    lag: ['lag', 'lag days', 'lead lag', 'delay', 'offset', 'lag d'],
    neededBy: ['needed by', 'need by', 'required by', 'needed date', 'date needed', 'need date', 'due', 'by'],
    note: ['note', 'notes', 'comment', 'comments', 'description', 'remarks'],
  },
  kpis: {
    kpi: ['kpi', 'kpi id', 'metric', 'measure', 'key result', 'kpi ref', 'metric id', 'id', 'ref'],
    name: ['name', 'kpi name', 'metric name', 'description', 'title'],
    target: ['target', 'goal', 'target value', 'plan', 'objective value'],
    actual: ['actual', 'current', 'actual value', 'current value', 'latest', 'achieved', 'value'],
    direction: ['direction', 'better', 'polarity', 'good direction', 'higher is better', 'trend'],
    initiatives: ['initiatives', 'initiative', 'linked initiatives', 'projects', 'initiative ids', 'contributing initiatives', 'drivers', 'linked projects'],
    owner: ['owner', 'lead', 'accountable', 'responsible'],
    unit: ['unit', 'units', 'uom', 'unit of measure'],
  },
};
