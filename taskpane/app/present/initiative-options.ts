/** An initiative as the Impact picker lists it. */
export interface InitiativeName {
  readonly id: string;
  readonly name?: string;
}

/** An option of the Impact picker, its text made where the run is held. */
export interface InitiativeOption {
  readonly id: string;
  /** "FIN-12 — Migrate the ledger", or the id alone. */
  readonly label: string;
}

/** The first `limit` initiatives whose label holds the query (any case), and how many hold it. */
export interface InitiativeOptions {
  readonly matched: number;
  readonly options: readonly InitiativeOption[];
}

/** Options the picker lists (the rest are found by typing): opening the list mounts each one. */
export const INITIATIVE_OPTIONS = 50;

export function initiativeLabel(i: InitiativeName): string {
  return i.name ? `${i.id} — ${i.name}` : i.id;
}

/** `texts`: each initiative's label in lower case, made once for the searches of one run. */
export function initiativeOptions(items: readonly InitiativeName[], query: string, limit: number, texts?: readonly string[]): InitiativeOptions {
  const q = query.toLowerCase();
  const options: InitiativeOption[] = [];
  let matched = 0;
  for (let k = 0; k < items.length; k++) {
    const i = items[k]!;
    if (q !== '' && !(texts?.[k] ?? initiativeLabel(i).toLowerCase()).includes(q)) continue;
    matched++;
    if (options.length < limit) options.push({ id: i.id, label: initiativeLabel(i) });
  }
  return { matched, options };
}
