import type { CellValue, Status } from '../../types';
import { cleanText } from './cell-text';

/** One line of a vocabulary: the words (lower case, single spaces) that read as one status. */
type Vocabulary = ReadonlyArray<readonly [Status, readonly string[]]>;

/**
 * RAG ratings: a colour in words, letters, emoji and ticks, and the words portfolios use for one.
 * Blue is done: in BRAG and Blue-RAG schemes blue marks complete work. Keys are as statusKey makes
 * them (no variation selectors: "✔️" is "✔"). "❓" is "?": a status that says it is not known, a
 * live status with no colour (as "TBC"), kept as written rather than left unread. A white circle or
 * square is not started: the empty light before any colour (an empty Harvey ball is 0%). Symbols
 * with several readings are in UNCLEAR_SYMBOLS instead, never here.
 */
const RAG_WORDS: Vocabulary = [
  ['green', ['g', 'green', 'on track', 'ontrack', 'on-track', 'good', 'ok', 'healthy', 'on schedule', 'on plan', 'on target', 'on course', 'on programme', 'on program', 'ahead', 'ahead of schedule', 'ahead of plan', 'no issues', 'no concerns', 'under control', 'stable', 'satisfactory', 'good progress', 'progressing well',
    // French, German, Spanish, Portuguese, Italian, Dutch.
    'vert', 'grun', 'gruen', 'verde', 'groen', 'dans les temps', 'im plan', 'en plazo', 'no prazo', 'in linea', 'op schema', 'op koers',
    '🟢', '🟩',
    // A weather report ("Météo projet"), as French PMOs rate projects: sun, clouds, storm.
    'soleil', 'ensoleille', 'beau temps', 'sunny', '☀', '🌞']],
  ['amber', ['a', 'amber', 'yellow', 'y', 'at risk', 'at-risk', 'risk', 'some risk', 'delayed', 'slipping', 'behind', 'watch', 'caution', 'orange',
    'needs attention', 'attention needed', 'attention', 'behind schedule', 'behind plan', 'slightly behind', 'minor issues', 'some issues', 'issues', 'minor concerns', 'some concerns', 'concern', 'concerns', 'monitor', 'monitoring', 'warning', 'minor delay',
    'ambre', 'jaune', 'gelb', 'amarillo', 'amarelo', 'giallo', 'geel', 'ambar', 'naranja', 'laranja', 'arancione', 'oranje', 'en retard', 'a risque', 'verzogert', 'gefahrdet', 'retrasado', 'en riesgo', 'atrasado', 'em risco', 'in ritardo', 'a rischio', 'vertraagd', 'risico', '🟡', '🟠', '🟨', '🟧', '🔶', '🔸', '⚠',
    'nuageux', 'nuages', 'eclaircies', 'cloudy', 'partly cloudy', '⛅', '🌤', '🌥', '☁']],
  ['red', ['r', 'red', 'off track', 'offtrack', 'off-track', 'critical', 'failing', 'late',
    'off target', 'off course', 'major issues', 'significant issues', 'serious issues', 'critical issues', 'major concerns', 'significant concerns', 'serious concerns', 'significantly behind', 'well behind', 'seriously behind', 'major delay', 'stalled', 'escalated', 'in trouble', 'failed',
    'rouge', 'rot', 'rojo', 'vermelho', 'rosso', 'rood', 'critique', 'kritisch', 'critico', '🔴', '🟥', '⛔', '🛑', '🚫',
    'orage', 'orageux', 'pluie', 'pluvieux', 'tempete', 'stormy', 'rainy', '⛈', '🌧', '🌩']],
  ['done', ['100%', '100 %', 'blue', 'bleu', 'blau', 'azul', 'blu', 'blauw', '🔵', '🟦', '✅', '✔', '✓', '☑']],
  ['not-started', ['⚪', '⬜']],
  ['on-hold', ['⏸']],
  ['unknown', ['unknown', 'na', 'n/a', 'n.a.', 'tbc', 'tbd', 'not assessed', 'not rated', 'no status', '-', '?', '❓', '❔']],
];

/**
 * Workflow states of trackers and tools, by what they say about the work: not begun, open or in
 * flight (a live status with no colour: 'unknown'), done, cancelled, blocked (red: a colour is
 * implied) or on hold. Only 'blocked' words carry a colour; an in-flight item takes its colour
 * from effective status (what is upstream of it, its forecast, its due date).
 */
const WORKFLOW_WORDS: Vocabulary = [
  [
    'not-started',
    [
      'not started', 'not-started', 'notstarted', 'not yet started', 'not begun', 'unstarted', 'planned', 'planning', 'pipeline', 'pending', 'proposed', 'yet to start', 'to start', 'approved', 'scheduled',
      'non demarre', 'non commence', 'a faire', 'a venir', 'planifie', 'nicht begonnen', 'nicht gestartet', 'geplant', 'no iniciado', 'sin iniciar', 'por hacer', 'pendiente', 'planificado',
      'nao iniciado', 'a fazer', 'pendente', 'planejado', 'planeado', 'non iniziato', 'da fare', 'pianificato', 'niet gestart', 'te doen', 'gepland',
      // Jira, Plane, ClickUp, Linear: the "to do" category.
      'to do', 'todo', 'to-do', 'backlog', 'selected for development', 'ready for development', 'ready', 'ready to start', 'queued', 'triage', 'icebox',
      // Redmine, Azure DevOps.
      'new',
      'neu', 'nouveau', 'nuevo', 'novo', 'nuovo', 'nieuw',
    ],
  ],
  [
    'unknown',
    [
      'in progress', 'in-progress', 'inprogress', 'work in progress', 'wip', 'ongoing', 'underway', 'under way', 'started', 'doing', 'in development', 'in dev', 'development', 'in flight', 'in-flight', 'mobilising', 'mobilizing', 'scoping', 'in delivery', 'executing', 'in execution',
      'en cours', 'in bearbeitung', 'in arbeit', 'laufend', 'en curso', 'en progreso', 'en proceso', 'em andamento', 'em curso', 'em progresso', 'in corso', 'in lavorazione', 'in uitvoering', 'bezig', 'lopend',
      // Wrike, Azure DevOps ("Active", "Committed"); GitHub and GitLab issues ("open", "opened").
      'active', 'committed', 'open', 'opened', 'reopened', 're-opened',
      'offen', 'ouvert', 'abierto', 'aberto', 'aperto', 'aktiv', 'actif', 'activo', 'ativo', 'attivo', 'actief',
      // Review and test steps: still in flight.
      'in review', 'in-review', 'review', 'under review', 'code review', 'peer review', 'in qa', 'qa', 'testing', 'in test', 'in testing', 'ready for review', 'ready for qa', 'awaiting review',
      // monday.com.
      'working on it',
      // A stage of a project's or a contract's life said as a state ("In design", "Tendering"): under way. Bare stage names ("Design") read only under a stage header (STAGE_WORDS).
      'in design', 'in build', 'under construction', 'in construction', 'on site', 'in procurement', 'tendering', 'out to tender', 'in evaluation', 'under evaluation',
      'in negotiation', 'implementing', 'in implementation', 'rolling out', 'piloting', 'in pilot', 'in uat', 'in transition', 'private beta', 'public beta',
      // A contract let is work about to begin on site, not work done (a procurement tracker's last stage reads so too: its due says whether it is late).
      'awarded', 'contract awarded', 'contract signed', 'briefed', 'in creative', 'in market',
      // Hourglasses and roadworks: under way, no colour.
      '⏳', '⌛', '🚧',
    ],
  ],
  [
    'done',
    [
      'done', 'complete', 'completed', 'closed', 'resolved', 'finished', 'delivered', 'live', 'implemented', 'achieved', 'released', 'shipped', 'deployed', 'fixed', 'verified', 'merged',
      // A campaign run and ended; a product generally available.
      'wrapped', 'wrapped up', 'general availability', 'ga',
      // Built and handed over: what remains (a defects period, the close-out) is no longer the work.
      'handed over', 'closed out', 'defects period', 'defects liability period', 'in defects',
      // ServiceNow's closed states name how the work closed.
      'closed complete', 'closed completed', 'closed - complete', 'closed successful',
      'termine', 'fini', 'acheve', 'clos', 'livre', 'erledigt', 'abgeschlossen', 'fertig', 'geliefert', 'completado', 'terminado', 'finalizado', 'hecho', 'entregado', 'cerrado',
      'concluido', 'completo', 'entregue', 'fechado', 'completato', 'concluso', 'terminato', 'consegnato', 'chiuso', 'voltooid', 'afgerond', 'gereed', 'klaar', 'opgeleverd',
    ],
  ],
  [
    'cancelled',
    [
      'cancelled', 'canceled', 'stopped', 'withdrawn', 'abandoned', 'dropped', 'descoped', 'de-scoped', 'closed - cancelled', 'out of scope', 'superseded', 'terminated', 'discontinued',
      'annule', 'abandonne', 'arrete', 'abgebrochen', 'storniert', 'gestoppt', 'eingestellt', 'detenido', 'interrotto', 'gestopt', 'cancelado', 'anulado', 'annullato', 'cancellato', 'geannuleerd',
      // Jira, GitHub ("not planned"), Redmine ("Rejected"), Azure DevOps ("Removed").
      "won't do", 'wont do', "won't fix", 'wont fix', 'wontfix', 'duplicate', 'rejected', 'declined', 'invalid', 'obsolete', 'not planned', 'removed',
      'closed incomplete', 'closed skipped', 'closed cancelled', 'closed canceled', 'closed - incomplete', 'closed - skipped', 'closed unsuccessful',
    ],
  ],
  ['red', ['blocked', 'stuck', 'impeded', 'impediment', 'bloque', 'blockiert', 'bloqueado', 'bloccato', 'geblokkeerd']],
  [
    'on-hold',
    [
      'on hold', 'on-hold', 'onhold', 'hold', 'paused', 'deferred', 'suspended', 'parked', 'postponed', 'waiting', 'awaiting', 'waiting for customer', 'waiting for support', 'feedback',
      'en attente', 'suspendu', 'en pause', 'reporte', 'angehalten', 'pausiert', 'wartend', 'warten', 'wartet', 'zuruckgestellt', 'en espera', 'en pausa', 'suspendido', 'aplazado', 'em espera', 'pausado', 'suspenso', 'adiado',
      'in attesa', 'sospeso', 'in pausa', 'rinviato', 'wachtend', 'gepauzeerd', 'uitgesteld',
    ],
  ],
];

/**
 * Confidence words, read only on a confidence scale (statusScaleOf): High green, Medium amber, Low
 * red. "Exempt" and "Reset" are GMPP Delivery Confidence Assessments with no rating published:
 * live, no colour. Elsewhere "High" is as likely a priority, so the plain status reading leaves
 * these words alone.
 */
const CONFIDENCE_WORDS: Vocabulary = [
  ['green', ['high', 'very high', 'h', 'vh', 'high confidence', 'very high confidence', 'confident', 'very confident']],
  ['amber', ['medium', 'med', 'm', 'moderate', 'mid', 'medium confidence', 'moderate confidence', 'fairly confident']],
  ['red', ['low', 'very low', 'l', 'vl', 'low confidence', 'very low confidence', 'not confident', 'no confidence']],
  ['unknown', ['exempt', 'reset']],
];

/**
 * Stage names, read only under a header that says the column is a stage or phase (statusScaleOf):
 * "Design", "Build", "Procurement" are as often the names of tasks, so the plain status reading
 * leaves them alone. A stage before the work is committed is not started; the others are under way.
 */
const STAGE_WORDS: Vocabulary = [
  ['not-started', ['concept', 'idea', 'ideation', 'identified', 'proposal', 'pre-tender', 'pre tender', 'pre-procurement', 'pre procurement', 'intake', 'demand']],
  [
    'unknown',
    [
      'initiation', 'initiate', 'definition', 'define', 'feasibility', 'business case', 'outline business case', 'full business case', 'analysis', 'requirements', 'discovery', 'alpha', 'beta',
      'design', 'detailed design', 'build', 'construction', 'procurement', 'tender', 'evaluation', 'negotiation', 'mobilisation', 'mobilization', 'implementation', 'implement',
      'rollout', 'roll out', 'roll-out', 'pilot', 'uat', 'test', 'commissioning', 'hypercare', 'transition', 'delivery', 'deliver', 'execution', 'execute', 'closure', 'closing', 'close', 'handover',
    ],
  ],
  ['done', ['operational', 'in service', 'bau', 'business as usual', 'benefits realised', 'benefits realized']],
];

function byWord(...vocabularies: Vocabulary[]): ReadonlyMap<string, Status> {
  const map = new Map<string, Status>();
  for (const vocabulary of vocabularies) for (const [status, words] of vocabulary) for (const w of words) map.set(w, status);
  return map;
}

const BY_WORD = byWord(RAG_WORDS, WORKFLOW_WORDS);
const BY_CONFIDENCE_WORD = byWord(CONFIDENCE_WORDS);
const BY_STAGE_WORD = byWord(STAGE_WORDS);

/**
 * Symbols people mark status with that say no one status, so that alone they stay unread and are
 * reported with their cell (the user maps them), while the words beside them decide ("❌
 * Cancelled", "✗ Blocked"). A cross says "no": Excel's 3 Symbols icon set puts it at the red end,
 * checklists and Notion boards use it for cancelled or not done, and the readings differ in what
 * the summary does with the work (red keeps it in the plan and alarms; cancelled takes it out). A
 * black circle is worse than red in Excel's 4 Traffic Lights set, closed or stopped in other
 * schemes. A filled, empty or half circle alone is a Harvey ball or a dot coloured by its font,
 * which the cell's text does not carry: passed over as any other symbol.
 */
const UNCLEAR_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ...['❌', '❎', '✗', '✘', '✖', '✕', '×'].map((s) => [s, 'a cross can mean red, blocked, not done or cancelled'] as const),
  ['⚫', 'a black circle can mean worse than red, closed or stopped'],
]);

/** Why a cell's symbol is left unread ("a cross can mean ..."), for its finding; undefined when it holds none of UNCLEAR_SYMBOLS. */
export function unclearStatusSymbol(value: string): string | undefined {
  for (const symbol of value.replace(VARIATION_SELECTORS, '')) {
    const why = UNCLEAR_SYMBOLS.get(symbol);
    if (why !== undefined) return why;
  }
  return undefined;
}

/** How bad a RAG colour is, to read "Amber/Red" as red and "Green/Amber" as amber. */
const RAG_RANK: Partial<Record<Status, number>> = { green: 1, amber: 2, red: 3 };
/** Emoji, ticks and other symbols around a status word. */
const DECORATION = /[^\p{L}\p{N}%/\\& -]/gu;
/** The decoration that can say a status itself: emoji and ticks, not ASCII punctuation ("Phase 2?" says no status). */
const SYMBOL = /[^\p{L}\p{N}\s\x00-\x7f]/gu;
/** Accents folded for matching ("Terminé" is "termine"); only text with a letter outside ASCII pays for it, and emoji keep their form. */
function foldAccents(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\u00c0-\u024f\u1e00-\u1eff]/.test(text)) return text;
  return text.normalize('NFD').replace(/[\u0300-\u036f]+/g, '');
}

/** Variation selectors: "✔️" and "✔︎" are "✔" drawn as emoji or as text. */
const VARIATION_SELECTORS = /[\ufe0e\ufe0f]/g;
/** Between two colours: "Amber/Red", "G-A", "Amber to Red", and a move "A→R" (the worse, as the others: an arrow is read as a trend or as was-now, and either way that colour is here or coming). */
const COMBINED_SEPARATOR = /\s*(?:\/|\\|&|\+|-|–|—|\bto\b|[→⇒➔➜➝➞➡⟶]|->|=>)\s*/;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;

/**
 * A status cell -> a stable status, or undefined when it cannot be read.
 * "G", "On track", "🟢" -> green; "Amber/Red" -> red (the worse of a combined rating);
 * "Complete", "Resolved" and "100%" -> done; "To Do", "Backlog" -> not started;
 * "In progress", "In Review", "Active", "NA" -> unknown (a live status with no colour);
 * "Won't Do", "Duplicate" -> cancelled; "Blocked", "Stuck" -> red; "Waiting" -> on hold.
 * Confidence words (High, Medium, Low) are read only by a column's confidence scale (statusScaleOf).
 */
export function normaliseStatus(value: CellValue): Status | undefined {
  if (typeof value !== 'string') return undefined;
  // A portfolio writes its statuses a few dozen ways: read each spelling once.
  if (MEMO.has(value)) return MEMO.get(value);
  const status = readStatus(value, BY_WORD);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(value, status);
  return status;
}

const MEMO = new Map<string, Status | undefined>();
const CONFIDENCE_MEMO = new Map<string, Status | undefined>();
const MEMO_LIMIT = 10_000;

/** A cell on a confidence scale: High, Medium, Low (and H/M/L, "Medium/High"), else as normaliseStatus reads it. */
function readConfidence(value: string): Status | undefined {
  if (CONFIDENCE_MEMO.has(value)) return CONFIDENCE_MEMO.get(value);
  const status = confidenceWord(value) ?? normaliseStatus(value);
  if (CONFIDENCE_MEMO.size >= MEMO_LIMIT) CONFIDENCE_MEMO.clear();
  CONFIDENCE_MEMO.set(value, status);
  return status;
}

const STAGE_MEMO = new Map<string, Status | undefined>();

function readStage(value: string): Status | undefined {
  if (STAGE_MEMO.has(value)) return STAGE_MEMO.get(value);
  const status = normaliseStatus(value) ?? readStatus(value, BY_STAGE_WORD);
  if (STAGE_MEMO.size >= MEMO_LIMIT) STAGE_MEMO.clear();
  STAGE_MEMO.set(value, status);
  return status;
}

function confidenceWord(value: string): Status | undefined {
  return readStatus(value, BY_CONFIDENCE_WORD);
}

/**
 * Lower case, single spaces, straight apostrophes, underscores as spaces ("IN_PROGRESS"), no
 * variation selectors ("✔️ Done" is "✔ done"), no closing full stop.
 */
function statusKey(value: string): string {
  return foldAccents(cleanText(value).toLowerCase().replace(VARIATION_SELECTORS, '')).replace(/\s+/g, ' ').replace(CURLY_APOSTROPHES, "'").replace(/_/g, ' ').replace(/[.!]+$/, '').trim();
}

/** A cell on one vocabulary; `symbols` false reads its words only (how statusScaleOf tells a column's scale). */
function readStatus(value: string, words: ReadonlyMap<string, Status>, symbols = true): Status | undefined {
  const text = statusKey(value);
  if (text === '') return undefined;
  const direct = words.get(text);
  if (direct !== undefined) return direct;
  return readCombined(text, words) ?? readDecorated(text, words, symbols) ?? readQualified(text, words, symbols);
}

/** Where a status ends and the owner's note begins: "Amber (vendor delay)", "Red - awaiting funding", "Green: on plan", "Complete, signed off". */
const QUALIFIER_START = /\s*[(:,;]\s*|\s+[-–—]\s+|\s+(?:but|because|due to|as|pending|awaiting|until|since|while)\s+/;

/** "Blocked by vendor", "Waiting on legal": a state and what it waits on (not "Done by Friday", which is no state yet). */
const WAITING_ON = /^(blocked|stuck|impeded|waiting|awaiting|on hold)\s+(?:by|on|for)\s+\S/;

/** A status followed by a note about it, read by the status it leads with ("At risk - budget" amber). */
function readQualified(text: string, words: ReadonlyMap<string, Status>, symbols: boolean): Status | undefined {
  const waiting = WAITING_ON.exec(text);
  if (waiting) return words.get(waiting[1]!);
  const m = QUALIFIER_START.exec(text);
  if (!m || m.index === 0) return undefined;
  const lead = text.slice(0, m.index).trim();
  if (lead === '') return undefined;
  return words.get(lead) ?? readCombined(lead, words) ?? readDecorated(lead, words, symbols);
}

/**
 * The colours of a two-colour rating ("Amber/Green", "A/R", "Green - Amber"), each as written;
 * undefined unless the text is one. A cell filled in either colour agrees with it.
 */
export function ratingColours(value: string): readonly Status[] | undefined {
  const parts = statusKey(value).split(COMBINED_SEPARATOR).filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  const colours: Status[] = [];
  for (const part of parts) {
    const status = BY_WORD.get(part);
    if (status === undefined || RAG_RANK[status] === undefined) return undefined;
    colours.push(status);
  }
  return colours;
}

/** "amber/red", "green - amber", "A/R", "Medium/High": the worse colour; undefined unless every part is a colour. */
function readCombined(text: string, words: ReadonlyMap<string, Status>): Status | undefined {
  const parts = text.split(COMBINED_SEPARATOR).filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  let worst: Status | undefined;
  for (const part of parts) {
    const status = words.get(part);
    const rank = status === undefined ? undefined : RAG_RANK[status];
    if (rank === undefined) return undefined;
    if (worst === undefined || rank > (RAG_RANK[worst] ?? 0)) worst = status;
  }
  return worst;
}

/**
 * "🟢 On track", "Green ✅", "✔️ Done", "🔴 Blocked by vendor": status words with symbols around
 * them. The words and the symbols are read apart, then:
 * - only one of them reads: that one ("🔴 Blocked by vendor" red, "★ Green" green);
 * - both are RAG colours: the worse, as for "Amber/Red" ("🔴 At risk" red, "🟢 At risk" amber);
 * - the words are a live status with no colour, the symbol a colour: the symbol's colour ("🔴 In progress" red);
 * - else the words, which say more than a symbol ("🟢 Done" done, "✅ On track" green, "⏳ Waiting" on hold).
 * Symbols are read on the status vocabulary whatever the scale ("🔴 High" on a confidence scale is red).
 */
function readDecorated(text: string, words: ReadonlyMap<string, Status>, symbols: boolean): Status | undefined {
  const stripped = text.replace(DECORATION, '').replace(/\s+/g, ' ').trim();
  if (stripped === text) return undefined;
  const said = stripped === '' ? undefined : (words.get(stripped) ?? readCombined(stripped, words));
  const shown = symbols ? symbolStatus(text) : undefined;
  if (said === undefined || shown === undefined) return said ?? shown;
  const saidRank = RAG_RANK[said];
  const shownRank = RAG_RANK[shown];
  if (shownRank !== undefined && (said === 'unknown' || (saidRank !== undefined && shownRank > saidRank))) return shown;
  return said;
}

/**
 * What a cell's symbols say: the one status they agree on, the worst of their RAG colours ("🟢🟡"
 * amber), a colour beside a symbol with none ("⏳🔴" red); undefined when none reads or they
 * disagree otherwise ("✅⏸"). Symbols that are not statuses ("★", "→") are passed over.
 */
function symbolStatus(text: string): Status | undefined {
  let status: Status | undefined;
  let colourless = false;
  let unclear = false;
  for (const symbol of text.match(SYMBOL) ?? []) {
    if (UNCLEAR_SYMBOLS.has(symbol)) unclear = true;
    const read = BY_WORD.get(symbol);
    if (read === 'unknown') colourless = true;
    if (read === undefined || read === 'unknown' || read === status) continue;
    if (status === undefined) status = read;
    else {
      const rank = RAG_RANK[read];
      const worst = RAG_RANK[status];
      if (rank === undefined || worst === undefined) return undefined;
      if (rank > worst) status = read;
    }
  }
  // An unclear symbol beside a colour is settled by the colour ("🔴❌" red); beside anything else ("✅❌", "⏳❌") nothing reads.
  if (unclear) return status !== undefined && RAG_RANK[status] !== undefined ? status : undefined;
  // Symbols that say only "no colour" ("❓", "⏳"): a live status with none.
  return status ?? (colourless ? 'unknown' : undefined);
}

/** How a column's status cells are read: the plain status vocabulary, or a confidence scale. */
export interface StatusScale {
  readonly name: 'status' | 'confidence' | 'stage';
  /** One cell's text -> a stable status, or undefined when it cannot be read on this scale. */
  readonly read: (text: string) => Status | undefined;
}

/** RAG colours, workflow states, combined ratings and emoji (normaliseStatus). */
export const STATUS_SCALE: StatusScale = { name: 'status', read: normaliseStatus };
/** High green, Medium amber, Low red; anything else as on the status scale (a DCA's Green, Amber/Red). */
export const CONFIDENCE_SCALE: StatusScale = { name: 'confidence', read: readConfidence };
/** Stage names (Design, Build, Procurement) under way; anything else as on the status scale. */
export const STAGE_SCALE: StatusScale = { name: 'stage', read: readStage };

/** A header that says its column is a confidence rating: "Delivery Confidence", "DCA", "Confidence". */
const CONFIDENCE_HEADER = /confidence|\bdca\b/i;
/** A header for a ranking that is not a status (a High risk is red): its High/Medium/Low are never a confidence scale. */
/** A header that says its column is the stage or phase the work is in: "Stage", "Project phase", "Current gate". */
const STAGE_HEADER = /\b(?:stage|phase|gate|lifecycle)\b/i;
const RANKING_HEADER = /priority|severity|urgency|impact|risk|likelihood|probability|importance|effort|complexity/i;

/**
 * How to read one status column, decided once for the whole column (not per cell): on a
 * confidence scale when its header says confidence, or when at least half of its filled cells
 * are confidence words (High, Medium, Low, H/M/L, "Very High", "Med", "Medium/High"), unless the
 * header names a ranking such as Priority or Risk; on a stage scale when the header names a stage
 * or phase (its Design and Build under way); else on the status scale. Pure: the column's
 * cell texts (in any order, repeats counted) and header in, a reader out.
 */
export function statusScaleOf(values: Iterable<string>, header = ''): StatusScale {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return statusScaleOfCounts(counts, header);
}

/** statusScaleOf over a column's distinct texts and how many cells hold each. */
export function statusScaleOfCounts(counts: Iterable<readonly [string, number]>, header = ''): StatusScale {
  if (CONFIDENCE_HEADER.test(header)) return CONFIDENCE_SCALE;
  if (RANKING_HEADER.test(header)) return STATUS_SCALE;
  if (STAGE_HEADER.test(header)) return STAGE_SCALE;
  let filled = 0;
  let confidence = 0;
  for (const [value, count] of counts) {
    if (value.trim() === '') continue;
    filled += count;
    // By the words alone: "🟢 High" is a confidence word, whatever its symbol says.
    const colour = readStatus(value, BY_CONFIDENCE_WORD, false);
    if (colour !== undefined && colour !== 'unknown' && readStatus(value, BY_WORD, false) === undefined) confidence += count;
  }
  return filled > 0 && confidence * 2 >= filled ? CONFIDENCE_SCALE : STATUS_SCALE;
}
