import type { AnyField, DependencyField, InitiativeField, KpiField, TableKind } from './fields';
import { EUROPEAN_HEADER_PHRASES } from './field-words-europe';

/**
 * The field registry: one declarative entry per field that every layer reads (the matcher's
 * header vocabulary and value kind, the reader's parser, the merge and compare policy, labels
 * for messages and the taskpane, the JSON name and the report column). Adding a field is one
 * entry here plus, for a new value kind, its parser in src/core/ingest/normalise.
 */

/** What a field's cells hold; the matcher profiles columns by it and the reader picks its parser by it. */
export type ValueKind =
  | 'id'
  | 'name'
  | 'text'
  /** A label many rows share (a department, a pillar): text, rarely unique per row. */
  | 'group'
  | 'person'
  | 'status'
  | 'date'
  | 'percent'
  | 'money'
  | 'number'
  | 'links'
  | 'list'
  | 'link-type'
  | 'lag'
  /** A task's length in working days ("5d", "2 wks", "40h", "5 edays", a bare number of days): normalise/duration.ts. */
  | 'duration'
  | 'direction';

/**
 * Header evidence for a field. Headers are compared after normaliseHeader (lower case,
 * punctuation as spaces). `phrases` are whole headers or phrases inside one ("Due date",
 * "Go live"); `heads` are head nouns: the word a header is about, usually its last ("Planned
 * End", "Target Go-Live" end on a due word; "Tech Lead" on an owner word); `modifiers` are
 * words that make a head more sure for this field ("planned" before "end"); `against` are
 * words that, anywhere in a header, say it is not this field ("Owner Email", "Assignee Id").
 */
export interface HeaderVocabulary {
  readonly phrases: readonly string[];
  readonly heads: readonly string[];
  readonly modifiers?: readonly string[];
  readonly against?: readonly string[];
  /** The heads say this field only with one of the modifiers ("Forecast End", not "End"). */
  readonly headsNeedModifier?: true;
  /** "Award by", "Sign off by": a deed and "by" names when it is due (not "Approved by", "Driven by": who). */
  readonly deedBy?: true;
  /** "% migrated", "Percent built": a short header opening with a percent sign or word names this field, whatever is measured. */
  readonly percentLead?: true;
}

/** How the model merges a field across sources: the owning record's value, or a union of lists. */
export type MergePolicy = 'owner' | 'union' | 'none';

/** How two sources' values are compared for source.conflict; 'none' is not compared. */
export type ComparePolicy = 'text' | 'exact' | 'number' | 'none';

export interface FieldSpec<F extends AnyField = AnyField> {
  readonly field: F;
  readonly table: TableKind;
  readonly value: ValueKind;
  /** As users read it in the taskpane and report headers ("% complete"). */
  readonly label: string;
  /** As it reads inside a sentence ("last updated", "depends on"). */
  readonly inSentence: string;
  /** Key in `throughline check --json` (stable). */
  readonly json: string;
  readonly header: HeaderVocabulary;
  readonly merge: MergePolicy;
  readonly compare: ComparePolicy;
  /** Required for the table to be of its kind ('key'), or what a report needs from it ('report'). */
  readonly role?: 'key' | 'report';
  /** Its column on the report's Initiatives sheet: header (default the label) and width in characters. */
  readonly reportColumn?: { readonly header?: string; readonly width: number };
  /** Only a header names it: its values look like another field's (a list of ids says nothing of its direction). */
  readonly headerOnly?: true;
}

/** Words that make a finish date the owner's current estimate rather than the plan ("Forecast End", "Revised date", "ETA"). */
const ESTIMATE_WORDS = ['forecast', 'forecasted', 'current', 'revised', 'expected', 'projected', 'estimated', 'latest', 'replanned', 'anticipated', 'predicted', 'eta'];

/** A team's timebox ("Sprint", "Cycle", "Iteration"): its dates bound many items, not one item's plan. */
const TIMEBOX_WORDS = ['sprint', 'cycle', 'iteration', 'increment'];

const DUE_HEADS = ['due', 'finish', 'end', 'deadline', 'golive', 'live', 'launch', 'completion', 'delivery', 'handover', 'target', 'cutover', 'release', 'eta', 'close', 'closure'];

export const INITIATIVE_FIELD_SPECS: { readonly [F in InitiativeField]: FieldSpec<F> } = {
  id: {
    field: 'id', table: 'initiatives', value: 'id', label: 'ID', inSentence: 'ID', json: 'id', merge: 'none', compare: 'none', role: 'key',
    reportColumn: { width: 11 },
    header: {
      phrases: ['id', 'ref', 'reference', 'key', 'initiative id', 'project id', '#', 'no', 'nr', 'number', 'id number', 'project ref', 'project reference', 'initiative ref', 'code', 'project code', 'task id', 'item id', 'wbs', 'issue key', 'work item key', 'ticket', 'ticket id', 'unique id', 'uid', 'row id', 'identifier', 'line', 'item', ...EUROPEAN_HEADER_PHRASES.id!],
      heads: ['id', 'ref', 'reference', 'key', 'code', 'number', 'no', 'nr', 'identifier', 'wbs', 'uid', '#', 'ticket'],
      // "Key dates", "Key milestones", "Key risks": key as in important, not a key.
      against: ['email', 'phone', 'owner', 'assignee', 'reporter', 'creator', 'lead', 'manager', 'parent', 'predecessor', 'predecessors', 'successor', 'sprint', 'epic', 'kpi', 'watchers', 'account', 'user', 'project lead', 'budget', 'cost', 'po', 'invoice', 'contract', 'vendor', 'supplier', 'date', 'dates', 'milestone', 'milestones', 'risks', 'issues', 'messages', 'points'],
    },
  },
  name: {
    field: 'name', table: 'initiatives', value: 'name', label: 'Name', inSentence: 'name', json: 'name', merge: 'owner', compare: 'text', role: 'key',
    reportColumn: { width: 32 },
    header: {
      phrases: ['name', 'initiative', 'project', 'title', 'description', 'initiative name', 'project name', 'programme', 'program', 'task', 'task name', 'workstream', 'summary', 'subject', 'short description', 'campaign', 'work package', 'deliverable', 'what', 'item', 'activity', 'milestone', 'work item', 'epic', 'feature', 'scheme', 'model', 'objective name', ...EUROPEAN_HEADER_PHRASES.name!],
      heads: ['name', 'title', 'initiative', 'project', 'programme', 'program', 'task', 'summary', 'subject', 'deliverable', 'what', 'activity', 'milestone', 'workstream', 'description', 'scheme', 'model', 'feature', 'epic', 'item', 'campaign', 'contract', 'benefit'],
      // "Next milestone", "Linked project" name another thing than the row's own item.
      against: ['owner', 'manager', 'lead', 'sponsor', 'assignee', 'person', 'contact', 'email', 'file', 'sheet', 'id', 'key', 'code', 'type', 'status', 'category', 'department', 'team', 'phase', 'stage', 'version', 'account', 'customer', 'client', 'vendor', 'supplier', 'parent', 'sprint', 'link', 'url', 'next', 'linked', 'related'],
    },
  },
  department: {
    field: 'department', table: 'initiatives', value: 'group', label: 'Department', inSentence: 'department', json: 'department', merge: 'owner', compare: 'text',
    reportColumn: { width: 15 },
    header: {
      phrases: ['department', 'dept', 'function', 'team', 'business unit', 'bu', 'directorate', 'division', 'business area', 'owning department', 'org', 'organisation', 'organization', 'business', 'area', 'unit', 'portfolio', 'agency', 'ministry', 'group', 'squad', 'tribe', 'space name', ...EUROPEAN_HEADER_PHRASES.department!],
      heads: ['department', 'dept', 'function', 'team', 'unit', 'bu', 'directorate', 'division', 'area', 'organisation', 'organization', 'org', 'agency', 'ministry', 'squad', 'tribe', 'business'],
      // "Business value", "Business case", "Business priority" say something of the work, not who does it.
      against: ['lead', 'owner', 'manager', 'email', 'id', 'size', 'count', 'budget', 'cost', 'value', 'case', 'priority', 'rank', 'impact', 'benefit', 'benefits', 'rules', 'requirements'],
    },
  },
  owner: {
    field: 'owner', table: 'initiatives', value: 'person', label: 'Owner', inSentence: 'owner', json: 'owner', merge: 'owner', compare: 'text',
    reportColumn: { width: 16 },
    header: {
      phrases: ['owner', 'lead', 'accountable', 'responsible', 'pm', 'project manager', 'sponsor', 'sro', 'senior responsible owner', 'assigned to', 'assignee', 'assignees', 'project lead', 'initiative owner', 'manager', 'coordinator', 'tech lead', 'buyer', 'driver', 'dri', 'resource names', 'resources', 'resource', 'resourcing', 'staffing', 'who', 'person', 'contact', 'champion', 'delivery lead', 'product owner', 'accountable person', 'assigned', 'members', 'team member', ...EUROPEAN_HEADER_PHRASES.owner!],
      heads: ['owner', 'lead', 'manager', 'sponsor', 'assignee', 'assignees', 'accountable', 'responsible', 'pm', 'sro', 'coordinator', 'buyer', 'dri', 'who', 'person', 'contact', 'champion', 'resources', 'resource', 'resourcing', 'staffing', 'names', 'to', 'members', 'officer', 'preparer', 'actioner', 'resp', 'counsel', 'solicitor'],
      modifiers: ['project', 'initiative', 'tech', 'technical', 'delivery', 'business', 'product', 'programme', 'program', 'assigned'],
      // Not "email": an "Owner email" column names the owner where no column names them otherwise (a name column beside it scores higher).
      against: ['id', 'phone', 'type', 'initials', 'rate', 'cost', 'department', 'team', 'budget', 'status', 'confidence', 'rating', 'assessment', 'date', 'rag'],
    },
  },
  status: {
    field: 'status', table: 'initiatives', value: 'status', label: 'Status', inSentence: 'status', json: 'status', merge: 'owner', compare: 'exact', role: 'report',
    reportColumn: { header: 'Reported', width: 13 },
    header: {
      phrases: ['status', 'rag', 'health', 'state', 'delivery confidence', 'rag status', 'overall status', 'overall rag', 'current status', 'dca', 'delivery confidence assessment', 'confidence', 'state name', 'progress status', 'delivery status', 'traffic light', ...EUROPEAN_HEADER_PHRASES.status!],
      // A Stage or Phase column says where the work is (Design, Build, Closed): a status where no RAG column is there, which wins on its stronger header.
      heads: ['status', 'rag', 'health', 'state', 'confidence', 'dca', 'rating', 'stage', 'phase'],
      modifiers: ['overall', 'current', 'delivery', 'project', 'reported', 'rag', 'workflow'],
      against: ['category', 'changed', 'date', 'reason', 'comment', 'comments', 'commentary', 'narrative', 'note', 'notes', 'owner', 'history', 'previous', 'last', 'prior', 'id', 'updated', 'rationale'],
    },
  },
  start: {
    field: 'start', table: 'initiatives', value: 'date', label: 'Start', inSentence: 'start', json: 'start', merge: 'owner', compare: 'exact',
    reportColumn: { width: 12 },
    header: {
      phrases: ['start', 'start date', 'begin', 'planned start', 'baseline start', 'start on', 'kick off', 'kickoff', 'begin date', 'from date', 'commence', 'commencement', ...EUROPEAN_HEADER_PHRASES.start!],
      heads: ['start', 'begin', 'kickoff', 'commencement', 'commence', 'from'],
      modifiers: ['planned', 'plan', 'baseline', 'scheduled', 'target', 'project', 'date'],
      // A sprint's, cycle's or iteration's start is the team's timebox, not the item's start.
      // "Benefits from" is when the value starts to come in, not when the work starts.
      against: ['actual', 'ist', 'created', 'finish', 'end', 'due', 'benefit', 'benefits', 'savings', 'value', 'revenue', ...TIMEBOX_WORDS],
    },
  },
  due: {
    field: 'due', table: 'initiatives', value: 'date', label: 'Due', inSentence: 'due', json: 'due', merge: 'owner', compare: 'exact', role: 'report',
    reportColumn: { width: 12 },
    header: {
      phrases: ['due', 'finish', 'end', 'due date', 'target date', 'deadline', 'go live', 'end date', 'finish date', 'planned finish', 'planned end', 'completion date', 'delivery date', 'target completion', 'go live date', 'baseline finish', 'baseline end', 'original end date', 'due by', 'target go live', 'launch date', 'target end', 'planned completion', 'planned delivery', 'target delivery', 'release date', 'complete by', 'completed by date',
        // A milestone plan's one planned date beside its forecast: "Baseline date" | "Forecast date".
        'baseline date', 'baseline due date', 'baseline completion', 'original date', 'original due date', 'planned date', 'plan date', 'scheduled date', 'milestone date', 'finish by', 'deliver by', 'end by', 'ready by', 'live by', 'close by',
        // Ranges ("2026-09-01 - 2026-10-15"): the due date is the end, and a table with no start column takes the start (read-initiatives).
        'timeline', 'dates', 'date range', 'timeframe', 'time frame', 'planned dates', 'delivery window', 'window',
        // Roadmaps plan by quarter ("Q1 2027"): due by its end.
        'quarter', 'target quarter', 'delivery quarter', 'planned quarter', 'release quarter', 'target release', 'target month',
        // Roadmaps that say when, not which date: "When", "Timing", "By when", "Target week".
        'when', 'by when', 'timing', 'timescale', 'timescales', 'target week', 'delivery week', ...EUROPEAN_HEADER_PHRASES.due!],
      heads: DUE_HEADS,
      deedBy: true,
      modifiers: ['planned', 'plan', 'target', 'baseline', 'scheduled', 'original', 'go', 'project', 'date', 'delivery'],
      // A forecast, current, revised or expected finish is the owner's estimate beside the plan (reportedFinish), not the plan.
      against: ['actual', 'ist', 'completed', 'resolved', 'created', 'start', 'begin', 'value', 'cost', 'budget', 'benefit', 'benefits', 'year', 'status', 'kpi', 'confidence', 'by whom', 'who', 'owner', ...ESTIMATE_WORDS, ...TIMEBOX_WORDS],
    },
  },
  deadline: {
    field: 'deadline', table: 'initiatives', value: 'date', label: 'Deadline', inSentence: 'deadline', json: 'deadline', merge: 'owner', compare: 'exact',
    header: {
      // A finish date the work must not pass (Project's Finish No Later Than, P6's Finish On or Before): beside the due date, not instead of it.
      phrases: ['must finish by', 'finish no later than', 'finish on or before', 'must finish on', 'hard deadline', 'contractual deadline', 'contract deadline', 'regulatory deadline', 'statutory deadline', 'committed date', 'commitment date', 'latest finish', 'no later than', 'deadline'],
      heads: ['deadline'],
      modifiers: ['hard', 'contract', 'contractual', 'regulatory', 'statutory', 'committed', 'commitment', 'external'],
      against: ['actual', 'start', 'begin', 'missed', 'met', 'status', 'owner', 'baseline', 'planned', 'forecast'],
    },
  },
  actualStart: {
    field: 'actualStart', table: 'initiatives', value: 'date', label: 'Actual start', inSentence: 'actual start', json: 'actualStart', merge: 'owner', compare: 'exact',
    header: {
      phrases: ['actual start', 'actual start date', 'actual begin', 'started', 'started on', 'date started', 'start actual', 'work started', 'actual kick off', ...EUROPEAN_HEADER_PHRASES.actualStart!],
      heads: ['started'],
      modifiers: ['actual', 'actually', 'date', 'work'],
      against: ['planned', 'plan', 'baseline', 'target', 'scheduled', 'finish', 'end', 'due', 'forecast', 'expected', 'by', 'not'],
    },
  },
  actualFinish: {
    field: 'actualFinish', table: 'initiatives', value: 'date', label: 'Actual finish', inSentence: 'actual finish', json: 'actualFinish', merge: 'owner', compare: 'exact',
    header: {
      phrases: ['actual finish', 'actual finish date', 'actual end', 'actual end date', 'actual completion', 'actual completion date', 'completed on', 'completed date', 'date completed', 'completion date actual', 'finished', 'finished on', 'date finished', 'actual delivery', 'delivered on', 'completed at', 'closed on', 'date closed', 'resolved', 'resolution date', 'done date', ...EUROPEAN_HEADER_PHRASES.actualFinish!],
      heads: ['completed', 'finished', 'resolved'],
      modifiers: ['actual', 'actually', 'date'],
      against: ['planned', 'plan', 'baseline', 'target', 'scheduled', 'start', 'begin', 'forecast', 'expected', 'by', '%', 'percent', 'not'],
    },
  },
  percentComplete: {
    field: 'percentComplete', table: 'initiatives', value: 'percent', label: '% complete', inSentence: '% complete', json: 'percentComplete', merge: 'owner', compare: 'number',
    reportColumn: { width: 9 },
    header: {
      phrases: ['% complete', 'progress', 'percent done', 'percent complete', '% done', 'pct complete', 'completion', '% progress', 'complete %', 'done %', 'percentage complete', 'percent comp', '% comp', 'task progress', 'complete', '% completed', 'percent completed', 'completed %', 'percentage completed', 'percent', 'percentage', 'pct', ...EUROPEAN_HEADER_PHRASES.percentComplete!],
      heads: ['progress', 'complete', 'completion', 'done', 'comp', '%'],
      percentLead: true,
      modifiers: ['%', 'percent', 'percentage', 'pct', 'task'],
      // A percentage of money, time or people measures something other than how far the work is ("% of budget spent", "% utilisation").
      against: ['date', 'completed', 'by', 'status', 'work', 'physical', 'budget', 'spent', 'spend', 'cost', 'costs', 'margin', 'variance', 'growth', 'utilisation', 'utilization', 'allocation', 'allocated', 'share', 'rate', 'tax', 'vat', 'discount', 'probability', 'likelihood', 'fte', 'capacity'],
    },
  },
  lastUpdated: {
    field: 'lastUpdated', table: 'initiatives', value: 'date', label: 'Last updated', inSentence: 'last updated', json: 'lastUpdated', merge: 'owner', compare: 'none', role: 'report',
    header: {
      phrases: ['last updated', 'updated', 'status date', 'as of', 'as at', 'last update', 'update date', 'date updated', 'last modified', 'modified', 'reporting date', 'last reviewed', 'updated on', 'updated at', 'reviewed', 'last check in', 'check in', 'last touch', 'last touched', 'touched', 'last activity', 'last refresh', 'refreshed', 'date of update', 'last status update', 'date updated', 'reporting period', 'last edited', 'changed', 'changed date', 'date changed', 'last changed', 'changed on', 'last modified time', 'modified time', ...EUROPEAN_HEADER_PHRASES.lastUpdated!],
      heads: ['updated', 'update', 'modified', 'reviewed', 'review', 'refresh', 'refreshed', 'checkin', 'edited', 'changed', 'groomed', 'of', 'at'],
      modifiers: ['last', 'date', 'status', 'latest'],
      against: ['by', 'created', 'viewed', 'next', 'due', 'who', 'count', 'frequency', 'reviewer'],
    },
  },
  dependsOn: {
    field: 'dependsOn', table: 'initiatives', value: 'links', label: 'Depends on', inSentence: 'depends on', json: 'dependsOn', merge: 'union', compare: 'none', role: 'report',
    reportColumn: { width: 18 },
    header: {
      phrases: ['depends on', 'dependencies', 'predecessors', 'blocked by', 'upstream', 'dependency', 'dependent on', 'depends', 'predecessor', 'prerequisites', 'prerequisite', 'waiting on', 'waits on', 'needs', 'driven by', 'requires', 'pre reqs', 'prereqs', 'after', 'follows', 'inputs from', 'relies on', 'blockers', 'blocker', 'blocked on', 'interdependencies', 'interdependency', 'inter dependencies', 'pred', 'preds', ...EUROPEAN_HEADER_PHRASES.dependsOn!],
      heads: ['depends', 'dependencies', 'dependency', 'predecessors', 'predecessor', 'prerequisites', 'prerequisite', 'upstream', 'needs', 'requires', 'follows', 'prereqs', 'blockers', 'interdependencies'],
      modifiers: ['blocked', 'waiting', 'driven', 'relies', 'task'],
      against: ['successor', 'successors', 'downstream', 'blocking', 'dependents', 'count', 'type', 'note', 'notes', 'unique id', 'outward', 'parent', 'child', 'children', 'subtask', 'subtasks', 'sub tasks', 'external', 'third party', 'cross team', 'outside'],
    },
  },
  externalDependsOn: {
    // A second Depends on column for what the row waits on outside its team ("Internal dependencies" | "External
    // dependencies"): read as its links too, each id of the run a dependency, words that name none work outside the portfolio.
    field: 'externalDependsOn', table: 'initiatives', value: 'links', label: 'External dependencies', inSentence: 'external dependencies', json: 'externalDependsOn', merge: 'none', compare: 'none', headerOnly: true,
    header: {
      phrases: ['external dependencies', 'external dependency', 'dependencies external', 'external deps', 'third party dependencies', 'third party dependency', 'cross team dependencies', 'cross team dependency', 'cross functional dependencies', 'external blockers', 'outside dependencies', 'other dependencies'],
      heads: ['dependencies', 'dependency', 'deps', 'blockers'],
      modifiers: ['external', 'third', 'party', 'cross', 'team', 'functional', 'outside', 'other'],
      against: ['internal', 'successor', 'successors', 'downstream', 'count', 'type', 'note', 'notes', 'owner', 'date', 'status'],
    },
  },
  successors: {
    // The other direction of depends on: the row is the predecessor of each id its cell names (read-successors.ts).
    field: 'successors', table: 'initiatives', value: 'links', label: 'Successors', inSentence: 'successors', json: 'successors', merge: 'none', compare: 'none', headerOnly: true,
    header: {
      phrases: ['successors', 'successor', 'successor tasks', 'successor ids', 'blocks', 'blocking', 'is blocking', 'blocks items', 'followed by', 'precedes', 'prerequisite for', 'predecessor to', 'predecessor of'],
      heads: ['successors', 'successor', 'blocks', 'blocking', 'precedes'],
      modifiers: ['task', 'tasks', 'items'],
      against: ['predecessor', 'predecessors', 'blocked', 'depends', 'upstream', 'count', 'type', 'note', 'notes', 'date', 'dates', 'owner', 'status', 'parent', 'child', 'children'],
    },
  },
  kpi: {
    field: 'kpi', table: 'initiatives', value: 'list', label: 'KPI', inSentence: 'KPI', json: 'kpis', merge: 'union', compare: 'none',
    header: {
      phrases: ['kpi', 'kpis', 'metric', 'metrics', 'key result', 'key results', 'okr', 'okrs', 'measure', 'measures', 'linked kpis', 'linked kpi', 'kpi link', 'supports kpi', 'success measure'],
      heads: ['kpi', 'kpis', 'metric', 'metrics', 'okr', 'okrs', 'measure', 'measures', 'result', 'results'],
      modifiers: ['linked', 'key', 'supports', 'success'],
      against: ['owner', 'target', 'actual', 'value', 'unit'],
    },
  },
  pillar: {
    field: 'pillar', table: 'initiatives', value: 'group', label: 'Pillar', inSentence: 'pillar', json: 'pillar', merge: 'owner', compare: 'text',
    header: {
      phrases: ['pillar', 'strategic objective', 'theme', 'goal', 'strategic pillar', 'strategic theme', 'strategic priority', 'outcome', 'objective', 'strategic goal', 'strategy', 'portfolio theme', 'mission'],
      // A programme's workstreams ("Close & Consolidate", "Data") group its work across departments, as pillars do.
      heads: ['pillar', 'theme', 'goal', 'objective', 'outcome', 'strategy', 'mission', 'workstream'],
      modifiers: ['strategic', 'portfolio', 'business'],
      against: ['priority', 'owner', 'date', 'kpi'],
    },
  },
  budget: {
    field: 'budget', table: 'initiatives', value: 'money', label: 'Budget', inSentence: 'budget', json: 'budget', merge: 'owner', compare: 'number',
    reportColumn: { width: 13 },
    header: {
      phrases: ['budget', 'baseline cost', 'approved budget', 'whole life cost', 'whole life costs', 'cost', 'budget cost', 'capex', 'approved cost', 'baseline budget', 'total budget', 'baseline', 'budget at completion', 'bac', 'planned cost', 'investment', 'funding', 'contract value', 'contract sum', 'contract price', 'total contract value', 'tcv',
        // A supplier's fees are the engagement's cost; a procurement's estimated value what it will cost; a grant's award its funding.
        'fees', 'fee', 'professional fees', 'consulting fees', 'estimated value', 'est value', 'estimated contract value', 'grant value', 'grant amount', 'grant award', 'amount awarded', 'award amount', 'award value', ...EUROPEAN_HEADER_PHRASES.budget!],
      heads: ['budget', 'cost', 'costs', 'capex', 'investment', 'funding', 'bac', 'fees'],
      modifiers: ['approved', 'baseline', 'total', 'planned', 'whole', 'life'],
      // A budget of days, hours or points is effort, not money.
      against: ['owner', 'holder', 'manager', 'centre', 'center', 'code', 'forecast', 'actual', 'actuals', 'spend', 'variance', 'eac', 'remaining', 'category', 'type', 'year', 'status', 'narrative', 'commentary', 'comments', 'per', 'use', 'rate', 'start', 'end', 'finish', 'date', 'due', 'deadline',
        'days', 'day', 'hours', 'hrs', 'effort', 'fte', 'points', 'headcount', 'man days', 'person days'],
    },
  },
  forecastCost: {
    field: 'forecastCost', table: 'initiatives', value: 'money', label: 'Forecast cost', inSentence: 'forecast cost', json: 'forecastCost', merge: 'owner', compare: 'number',
    reportColumn: { width: 13 },
    header: {
      phrases: ['forecast', 'forecast cost', 'eac', 'estimate at completion', 'forecast spend', 'forecast at completion', 'outturn', 'forecast outturn', 'estimated cost', 'projected cost', 'estimated total cost', 'projected spend', 'full year forecast', 'fy forecast'],
      heads: ['forecast', 'eac', 'outturn', 'cost', 'costs'],
      modifiers: ['forecast', 'projected', 'estimated', 'current'],
      against: ['owner', 'date', 'finish', 'end', 'completion', 'variance', 'narrative', 'commentary', 'baseline', 'budget', 'approved', 'per', 'use', 'rate', 'time', 'hours', 'effort', 'estimate', 'points', 'story', 'work', 'actual', 'actuals', 'spent', 'incurred', 'ytd'],
    },
  },
  // What has been spent so far, beside the budget and the forecast at completion: a spend past the budget is an overrun already (finance-cost-overrun.ts).
  actualCost: {
    field: 'actualCost', table: 'initiatives', value: 'money', label: 'Actual cost', inSentence: 'actual cost', json: 'actualCost', merge: 'owner', compare: 'number',
    reportColumn: { width: 13 },
    header: {
      phrases: ['actual cost', 'actual costs', 'actuals', 'actual spend', 'spend to date', 'spent to date', 'cost to date', 'costs to date', 'spend', 'spent', 'amount spent', 'actuals to date', 'actual to date', 'ytd actuals', 'ytd spend', 'ytd actual', 'expenditure', 'actual expenditure', 'expenditure to date', 'costs incurred', 'cost incurred', 'incurred to date', 'incurred', 'acwp', 'actual cost of work performed', 'paid to date', 'invoiced to date', ...EUROPEAN_HEADER_PHRASES.actualCost!],
      heads: ['actuals', 'spend', 'spent', 'expenditure', 'incurred', 'acwp'],
      modifiers: ['actual', 'ytd', 'cumulative', 'total', 'incurred'],
      against: ['forecast', 'forecasted', 'projected', 'estimated', 'budget', 'approved', 'baseline', 'planned', 'plan', 'remaining', 'variance', 'owner', 'finish', 'end', 'start', 'deadline', 'per', 'rate', 'hours', 'effort', 'time', 'points', 'narrative', 'commentary', 'comments', 'category', 'type', 'code', 'centre', 'center', 'eac', 'outturn', 'authority', 'limit'],
    },
  },
  benefit: {
    field: 'benefit', table: 'initiatives', value: 'money', label: 'Benefit', inSentence: 'benefit', json: 'benefit', merge: 'owner', compare: 'number',
    reportColumn: { width: 13 },
    header: {
      phrases: ['benefit', 'benefits', 'value', 'savings', 'target value', 'expected benefit', 'benefit value', 'annual benefit', 'npv', 'monetised benefits', 'business value', 'revenue', 'expected savings'],
      heads: ['benefit', 'benefits', 'value', 'savings', 'npv', 'revenue'],
      modifiers: ['expected', 'annual', 'target', 'monetised', 'business', 'total'],
      // A contract's value is what it costs (budget), not what it gives.
      against: ['owner', 'date', 'narrative', 'commentary', 'realisation', 'type', 'kpi', 'stream', 'category', 'contract', 'order', 'po'],
    },
  },
  // The provider's side of a dependency contract (src/core/rules/contracts.ts): the initiatives (or
  // departments) that count on this one, each optionally with the date promised ("FIN-12 (15 Mar 2027)").
  // "Needed by" is a head, not a phrase: over dates it is a needed-by date, and the value fit turns it down.
  providesTo: {
    field: 'providesTo', table: 'initiatives', value: 'list', label: 'Provides to', inSentence: 'provides to', json: 'providesTo', merge: 'union', compare: 'none',
    reportColumn: { width: 20 },
    header: {
      phrases: [
        'provides to', 'provides', 'provided to', 'providing to', 'provider to', 'delivers to', 'delivering to', 'delivered to', 'deliverables to', 'deliverable for',
        'supplies', 'supplies to', 'supplying', 'supplied to', 'feeds', 'feeds into', 'feeds to', 'feeding', 'feeds in to', 'inputs to', 'input to', 'input for',
        'outputs to', 'output to', 'consumers', 'consumed by', 'used by', 'relied on by', 'relied upon by', 'depended on by', 'depended upon by', 'required for',
        'downstream', 'downstream dependencies', 'downstream dependency', 'downstream initiatives', 'downstream projects', 'downstream teams', 'downstream impact',
        'dependents', 'dependants', 'dependent initiatives', 'dependent projects', 'dependent teams', 'enables', 'enabler for', 'enabler to', 'unblocks',
        'hand off to', 'hands off to', 'handoff to', 'hands over to', 'handover to', 'commitments to', 'committed to', 'promised to', 'recipients', 'receiving teams',
        'internal customers', 'who depends on this', 'who needs this', 'needed by teams', 'needed by initiatives',
      ],
      heads: ['consumers', 'dependents', 'dependants', 'downstream', 'recipients', 'needed', 'enables', 'unblocks'],
      modifiers: ['downstream', 'internal', 'teams', 'initiatives', 'projects'],
      against: ['successor', 'successors', 'predecessor', 'predecessors', 'blocking', 'blocks', 'blocked', 'depends', 'upstream', 'needs', 'date', 'dates', 'count', 'type', 'note', 'notes', 'comment', 'comments', 'owner', 'status', 'value', 'cost', 'budget'],
    },
  },
  reportedFinish: {
    // The owner's current estimate of the finish beside the baseline due date: a later one is a reported slip (analyse/forecast.ts).
    field: 'reportedFinish', table: 'initiatives', value: 'date', label: 'Reported forecast', inSentence: 'reported forecast finish', json: 'reportedFinish', merge: 'owner', compare: 'exact',
    reportColumn: { width: 12 },
    header: {
      phrases: ['forecast end', 'forecast finish', 'forecast end date', 'forecast finish date', 'forecast date', 'forecast completion', 'forecast completion date', 'forecast go live', 'forecast delivery', 'current finish', 'current end', 'current end date', 'current finish date', 'current due date', 'current forecast', 'expected completion', 'expected completion date', 'expected end', 'expected finish', 'expected delivery', 'expected end date', 'revised date', 'revised end', 'revised end date', 'revised due date', 'revised finish', 'revised completion', 'revised go live', 'eta', 'latest estimate', 'latest forecast', 'estimated completion', 'estimated finish', 'estimated end', 'estimated completion date', 'projected finish', 'projected end', 'projected completion', 'replanned end', 'anticipated completion', 'forecast'],
      heads: [...DUE_HEADS, 'date', 'estimate', 'forecast'],
      modifiers: ESTIMATE_WORDS,
      headsNeedModifier: true,
      against: ['actual', 'completed', 'baseline', 'planned', 'plan', 'original', 'target', 'start', 'begin', 'cost', 'costs', 'spend', 'budget', 'value', 'benefit', 'variance', 'slip', 'days', 'status', 'owner', 'outturn', 'eac', 'hours', 'effort'],
    },
  },
  // A task's planned length (Microsoft Project's, GanttProject's, Smartsheet's Duration): with a start and no due it gives the due
  // (ingest/due-from-duration.ts). Not a count of days of something else (late, overdue, open, since an update, an age), not what
  // remains of it, not what it took, not the baseline's.
  duration: {
    field: 'duration', table: 'initiatives', value: 'duration', label: 'Duration', inSentence: 'duration', json: 'duration', merge: 'none', compare: 'none',
    header: {
      phrases: ['duration', 'dur', 'length', 'days', 'work days', 'working days', 'planned duration', 'plan duration', 'planned days', 'est days', 'estimated days', 'estimated duration', 'est duration', 'duration days', 'task duration', 'scheduled duration', 'number of days', 'no of days', 'duration in days', 'length days', ...EUROPEAN_HEADER_PHRASES.duration!],
      heads: ['duration', 'dur', 'days', 'length'],
      modifiers: ['planned', 'plan', 'estimated', 'est', 'scheduled', 'task', 'work', 'working', 'total'],
      against: ['late', 'overdue', 'open', 'since', 'age', 'aged', 'ageing', 'aging', 'remaining', 'left', 'actual', 'baseline', 'elapsed', 'variance', 'slip', 'slippage', 'delay', 'delayed', 'behind', 'ahead', 'overrun', 'over', 'to go', 'until', 'till', 'in status', 'stale', 'idle', 'lag', 'lead', 'slack', 'float', 'buffer', 'notice', 'leave', 'holiday', 'holidays', 'off', 'sick', 'per', 'rate', 'cost', 'effort', 'hours', 'points', 'completed', 'done', 'spent', 'logged', 'worked', 'used', 'budget', 'budgeted', 'billable', 'billed', 'chargeable', 'updated', 'update', 'cycle', 'lead time', 'sprint', 'payment', 'terms', 'id', 'status', 'owner', 'date', 'start', 'finish', 'end', 'due'],
    },
  },
};

export const DEPENDENCY_FIELD_SPECS: { readonly [F in DependencyField]: FieldSpec<F> } = {
  from: {
    field: 'from', table: 'dependencies', value: 'links', label: 'From (predecessor)', inSentence: 'from', json: 'from', merge: 'none', compare: 'none', role: 'key',
    header: {
      phrases: [
        'from', 'predecessor', 'from id', 'upstream', 'provider', 'giver', 'from initiative', 'supplier', 'depends on', 'predecessor id', 'blocker',
        // Registers written from the two sides of a need: "Providing project" delivers to "Needing project".
        'providing project', 'providing initiative', 'providing team', 'provided by', 'delivering project', 'delivering team', 'supplying project', 'source project', 'upstream project', 'provider project', 'dependency on',
      ],
      heads: ['from', 'predecessor', 'provider', 'giver', 'supplier', 'upstream', 'providing', 'delivering', 'supplying'],
      modifiers: ['project', 'initiative', 'team', 'workstream'],
    },
  },
  to: {
    field: 'to', table: 'dependencies', value: 'links', label: 'To (successor)', inSentence: 'to', json: 'to', merge: 'none', compare: 'none', role: 'key',
    header: {
      phrases: [
        'to', 'successor', 'to id', 'downstream', 'receiver', 'dependent', 'to initiative', 'consumer', 'initiative', 'successor id',
        'needing project', 'needing initiative', 'needing team', 'requesting project', 'requesting team', 'receiving project', 'receiving team', 'consuming project', 'dependent project', 'downstream project', 'consumer project', 'needed by project', 'requester',
      ],
      heads: ['to', 'successor', 'downstream', 'receiver', 'dependent', 'consumer', 'needing', 'requesting', 'receiving', 'consuming', 'requester'],
      modifiers: ['project', 'initiative', 'team', 'workstream'],
    },
  },
  type: {
    field: 'type', table: 'dependencies', value: 'link-type', label: 'Link type', inSentence: 'type', json: 'type', merge: 'none', compare: 'none',
    header: { phrases: ['type', 'link type', 'dependency type', 'relationship', 'relation', 'link'], heads: ['type', 'relationship', 'relation'] },
  },
  lag: {
    field: 'lag', table: 'dependencies', value: 'lag', label: 'Lag', inSentence: 'lag', json: 'lag', merge: 'none', compare: 'none',
    header: { phrases: ['lag', 'lag days', 'lead lag', 'delay', 'offset', 'lag d'], heads: ['lag', 'delay', 'offset'] },
  },
  neededBy: {
    field: 'neededBy', table: 'dependencies', value: 'date', label: 'Needed by', inSentence: 'needed by', json: 'neededBy', merge: 'none', compare: 'none',
    header: { phrases: ['needed by', 'need by', 'required by', 'needed date', 'date needed', 'need date', 'due', 'by'], heads: ['needed', 'by', 'due'] },
  },
  note: {
    field: 'note', table: 'dependencies', value: 'text', label: 'Note', inSentence: 'note', json: 'note', merge: 'none', compare: 'none',
    header: { phrases: ['note', 'notes', 'comment', 'comments', 'description', 'remarks', 'what is needed', 'what', 'deliverable', 'dependency description', 'need'], heads: ['note', 'notes', 'comment', 'comments', 'remarks'] },
  },
  // The provider's side of the contract (src/core/rules/contracts.ts): Yes / No, or who agreed, or the date agreed.
  agreed: {
    field: 'agreed', table: 'dependencies', value: 'text', label: 'Agreed', inSentence: 'agreed', json: 'agreed', merge: 'none', compare: 'none',
    header: {
      phrases: ['agreed', 'acknowledged', 'accepted', 'provider agreed', 'agreed by provider', 'confirmed', 'provider confirmed', 'signed off', 'sign off', 'committed', 'provider acknowledged', 'agreement'],
      heads: ['agreed', 'acknowledged', 'accepted', 'confirmed', 'agreement', 'signoff'],
      against: ['date', 'by', 'needed', 'due'],
    },
  },
  acceptedBy: {
    field: 'acceptedBy', table: 'dependencies', value: 'person', label: 'Accepted by', inSentence: 'accepted by', json: 'acceptedBy', merge: 'none', compare: 'none',
    header: {
      phrases: ['accepted by', 'agreed by', 'acknowledged by', 'confirmed by', 'signed off by', 'committed by', 'provider contact', 'provider owner', 'accepted by provider'],
      heads: ['accepted', 'agreed', 'acknowledged', 'confirmed'],
      modifiers: ['by'],
      against: ['date', 'needed', 'due'],
    },
  },
  agreedDate: {
    field: 'agreedDate', table: 'dependencies', value: 'date', label: 'Agreed date', inSentence: 'agreed date', json: 'agreedDate', merge: 'none', compare: 'none',
    header: {
      phrases: ['agreed date', 'committed date', 'promised date', 'provider date', 'agreed delivery', 'agreed delivery date', 'promised by', 'committed delivery', 'will deliver by', 'provider due', 'commitment date'],
      heads: ['promised', 'committed', 'commitment'],
      modifiers: ['agreed', 'provider', 'delivery'],
      against: ['needed', 'required', 'need'],
    },
  },
};

export const KPI_FIELD_SPECS: { readonly [F in KpiField]: FieldSpec<F> } = {
  kpi: {
    field: 'kpi', table: 'kpis', value: 'text', label: 'KPI', inSentence: 'KPI', json: 'kpi', merge: 'none', compare: 'none', role: 'key',
    header: { phrases: ['kpi', 'kpi id', 'metric', 'measure', 'key result', 'kpi ref', 'metric id', 'id', 'ref'], heads: ['kpi', 'metric', 'measure'] },
  },
  name: {
    field: 'name', table: 'kpis', value: 'name', label: 'Name', inSentence: 'name', json: 'name', merge: 'none', compare: 'none',
    header: { phrases: ['name', 'kpi name', 'metric name', 'description', 'title', 'measure', 'metric', 'indicator', 'kpi description', 'what we measure'], heads: ['name', 'title', 'measure', 'indicator'] },
  },
  target: {
    field: 'target', table: 'kpis', value: 'number', label: 'Target', inSentence: 'target', json: 'target', merge: 'none', compare: 'none', role: 'key',
    header: { phrases: ['target', 'goal', 'target value', 'plan', 'objective value'], heads: ['target', 'goal'] },
  },
  actual: {
    field: 'actual', table: 'kpis', value: 'number', label: 'Actual', inSentence: 'actual', json: 'actual', merge: 'none', compare: 'none', role: 'key',
    header: { phrases: ['actual', 'current', 'actual value', 'current value', 'latest', 'achieved', 'value'], heads: ['actual', 'current', 'latest', 'achieved'] },
  },
  direction: {
    field: 'direction', table: 'kpis', value: 'direction', label: 'Direction', inSentence: 'direction', json: 'direction', merge: 'none', compare: 'none',
    header: { phrases: ['direction', 'better', 'polarity', 'good direction', 'higher is better', 'trend'], heads: ['direction', 'polarity'] },
  },
  initiatives: {
    field: 'initiatives', table: 'kpis', value: 'list', label: 'Initiatives', inSentence: 'initiatives', json: 'initiatives', merge: 'none', compare: 'none',
    header: {
      phrases: [
        'initiatives', 'initiative', 'linked initiatives', 'projects', 'initiative ids', 'contributing initiatives', 'drivers', 'linked projects', 'driven by',
        'supported by', 'delivered by', 'enabled by', 'influenced by', 'moved by', 'levers', 'contributing projects', 'supporting initiatives', 'supporting projects', 'related initiatives', 'linked work', 'contributors',
      ],
      heads: ['initiatives', 'projects', 'drivers', 'levers', 'contributors', 'supported', 'enabled', 'influenced'],
    },
  },
  owner: {
    field: 'owner', table: 'kpis', value: 'person', label: 'Owner', inSentence: 'owner', json: 'owner', merge: 'none', compare: 'none',
    header: { phrases: ['owner', 'lead', 'accountable', 'responsible'], heads: ['owner', 'lead'] },
  },
  unit: {
    field: 'unit', table: 'kpis', value: 'text', label: 'Unit', inSentence: 'unit', json: 'unit', merge: 'none', compare: 'none',
    header: { phrases: ['unit', 'units', 'uom', 'unit of measure'], heads: ['unit', 'units', 'uom'] },
  },
};

/** Every table kind's field specs, in the order users think of them (the fields' own order). */
export const FIELD_SPECS: { readonly [K in TableKind]: readonly FieldSpec[] } = {
  initiatives: Object.values(INITIATIVE_FIELD_SPECS),
  dependencies: Object.values(DEPENDENCY_FIELD_SPECS),
  kpis: Object.values(KPI_FIELD_SPECS),
};

/** The spec of a field of a table kind; undefined when the kind has no such field. */
export function fieldSpec(kind: TableKind, field: AnyField): FieldSpec | undefined {
  return FIELD_SPECS[kind].find((s) => s.field === field);
}

/** A field's name inside a sentence ("last updated"), whichever table kind it belongs to. */
export function fieldInSentence(field: AnyField): string {
  for (const kind of ['initiatives', 'dependencies', 'kpis'] as const) {
    const spec = fieldSpec(kind, field);
    if (spec) return spec.inSentence;
  }
  return field;
}

/**
 * A departments (leads) table: one row per department naming its lead, who gets the actions of
 * initiatives without an owner and the escalations (src/core/ingest/read-leads.ts). Whole headers
 * after normaliseHeader. A table is read as one only when it is not an initiatives, dependency or
 * KPI table and has both columns.
 */
export const LEAD_TABLE_HEADERS = {
  department: ['department', 'dept', 'function', 'team', 'business unit', 'directorate', 'division', 'business area', 'unit', 'area'],
  /** A department list's code or short name for each department ("FIN" for Finance). */
  code: ['code', 'department code', 'dept code', 'abbreviation', 'abbrev', 'short name', 'short code', 'acronym', 'prefix'],
  lead: ['lead', 'department lead', 'dept lead', 'head', 'head of department', 'department head', 'director', 'leader', 'lead name', 'accountable lead', 'escalation contact', 'escalation'],
} as const;
