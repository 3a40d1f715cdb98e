/**
 * Trackers kept in French, German, Spanish, Portuguese, Italian and Dutch: their headers and
 * status words read as the English ones do, accents or not.
 */
import { ingestSources, normaliseStatus } from '../../../src/core/ingest';
import { makeOptions, type CellValue, type RawSource } from '../../../src/core/types';
import { day } from '../../support/read-export';

const options = makeOptions(day('2026-11-16'));

function source(name: string, rows: CellValue[][]): RawSource {
  return { name, origin: 'file', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values: rows }] };
}

const mapping = (rows: CellValue[][]) => {
  const result = ingestSources([source('Plan.csv', rows)], options);
  return { fields: Object.fromEntries(result.tables[0]!.mapping.map((m) => [m.field, m.header])), result };
};

describe('headers in the main European languages', () => {
  it.each<[string, CellValue[], Record<string, string>]>([
    [
      'French',
      ['ID', 'Nom', 'Date de début', 'Date de fin', 'Responsable', 'Prédécesseurs', 'Statut', 'Avancement', 'Dernière mise à jour'],
      { id: 'ID', name: 'Nom', start: 'Date de début', due: 'Date de fin', owner: 'Responsable', dependsOn: 'Prédécesseurs', status: 'Statut', percentComplete: 'Avancement', lastUpdated: 'Dernière mise à jour' },
    ],
    [
      'German',
      ['ID', 'Bezeichnung', 'Beginn', 'Ende', 'Verantwortlich', 'Vorgänger', 'Status', 'Fortschritt', 'Letzte Aktualisierung'],
      { id: 'ID', name: 'Bezeichnung', start: 'Beginn', due: 'Ende', owner: 'Verantwortlich', dependsOn: 'Vorgänger', status: 'Status', percentComplete: 'Fortschritt', lastUpdated: 'Letzte Aktualisierung' },
    ],
    [
      'Spanish',
      ['ID', 'Nombre', 'Fecha de inicio', 'Fecha de fin', 'Responsable', 'Predecesoras', 'Estado', 'Progreso', 'Última actualización'],
      { id: 'ID', name: 'Nombre', start: 'Fecha de inicio', due: 'Fecha de fin', owner: 'Responsable', dependsOn: 'Predecesoras', status: 'Estado', percentComplete: 'Progreso', lastUpdated: 'Última actualización' },
    ],
    [
      'Portuguese (GanttProject as a Brazilian team exports it)',
      ['ID', 'Nome', 'Data de início', 'Data de fim', 'Conclusão', 'Coordenador', 'Antecessores', 'Situação'],
      { id: 'ID', name: 'Nome', start: 'Data de início', due: 'Data de fim', percentComplete: 'Conclusão', owner: 'Coordenador', dependsOn: 'Antecessores', status: 'Situação' },
    ],
    [
      'German, as a PMO writes it ("Fertigstellung" 40 %)',
      ['Nr.', 'Projekt', 'Verantwortlich', 'Status', 'Start', 'Ende', 'Fertigstellung', 'Abhängig von', 'Letzte Aktualisierung'],
      { id: 'Nr.', name: 'Projekt', owner: 'Verantwortlich', status: 'Status', start: 'Start', due: 'Ende', percentComplete: 'Fertigstellung', dependsOn: 'Abhängig von', lastUpdated: 'Letzte Aktualisierung' },
    ],
    [
      'French, updated "le"',
      ['Réf', 'Projet', 'Responsable', 'Statut', 'Date de début', 'Date de fin', 'Avancement', 'Dépendances', 'Mis à jour le'],
      { id: 'Réf', name: 'Projet', owner: 'Responsable', status: 'Statut', start: 'Date de début', due: 'Date de fin', percentComplete: 'Avancement', dependsOn: 'Dépendances', lastUpdated: 'Mis à jour le' },
    ],
    [
      'Italian',
      ['ID', 'Nome progetto', 'Data inizio', 'Data fine', 'Responsabile', 'Predecessori', 'Stato', 'Avanzamento'],
      { id: 'ID', name: 'Nome progetto', start: 'Data inizio', due: 'Data fine', owner: 'Responsabile', dependsOn: 'Predecessori', status: 'Stato', percentComplete: 'Avanzamento' },
    ],
    [
      'Dutch',
      ['ID', 'Naam', 'Begindatum', 'Einddatum', 'Eigenaar', 'Voorgangers', 'Status', 'Voortgang', 'Laatst bijgewerkt'],
      { id: 'ID', name: 'Naam', start: 'Begindatum', due: 'Einddatum', owner: 'Eigenaar', dependsOn: 'Voorgangers', status: 'Status', percentComplete: 'Voortgang', lastUpdated: 'Laatst bijgewerkt' },
    ],
  ])('%s', (_language, header, expected) => {
    const row: CellValue[] = header.map((h, k) => (k === 0 ? 'P-1' : k === 1 ? 'Analyse' : null));
    const second: CellValue[] = header.map((h, k) => (k === 0 ? 'P-2' : k === 1 ? 'Conception' : null));
    expect(mapping([header, row, second]).fields).toEqual(expected);
  });

  it('leaves "FIN-2" an id, not the French word for end', () => {
    const { result } = mapping([
      ['ID', 'Status', 'Due'],
      ['FIN-1', 'Green', '2026-05-01'],
      [],
      ['FIN-2', 'Amber', '2026-06-01'],
    ]);
    expect(result.initiatives.map((i) => i.id)).toEqual(['FIN-1', 'FIN-2']);
  });
});

describe('status words in the main European languages', () => {
  it.each<[string, string]>([
    ['Terminé', 'done'],
    ['Erledigt', 'done'],
    ['Completado', 'done'],
    ['Concluído', 'done'],
    ['Completato', 'done'],
    ['Afgerond', 'done'],
    ['En cours', 'unknown'],
    ['In Bearbeitung', 'unknown'],
    ['En curso', 'unknown'],
    ['Em andamento', 'unknown'],
    ['In corso', 'unknown'],
    ['In uitvoering', 'unknown'],
    ['Non démarré', 'not-started'],
    ['Nicht begonnen', 'not-started'],
    ['No iniciado', 'not-started'],
    ['Não iniciado', 'not-started'],
    ['Da fare', 'not-started'],
    ['Niet gestart', 'not-started'],
    ['En attente', 'on-hold'],
    ['Angehalten', 'on-hold'],
    ['Offen', 'unknown'],
    ['Ouvert', 'unknown'],
    ['Neu', 'not-started'],
    ['Warten', 'on-hold'],
    ['Gestoppt', 'cancelled'],
    ['Arrêté', 'cancelled'],
    ['Annulé', 'cancelled'],
    ['Abgebrochen', 'cancelled'],
    ['Bloqué', 'red'],
    ['Vert', 'green'],
    ['Grün', 'green'],
    ['Verde', 'green'],
    ['Orange', 'amber'],
    ['Gelb', 'amber'],
    ['En retard', 'amber'],
    ['Rouge', 'red'],
    ['Rot', 'red'],
    ['Vermelho', 'red'],
  ])('%j -> %s', (text, status) => {
    expect(normaliseStatus(text)).toBe(status);
  });
});
