import type { InitiativeField } from './fields';

/**
 * Headers as departments in France, Germany, Spain, Portugal and Brazil, Italy and the
 * Netherlands write them, per field: whole-header phrases added to the field's English
 * vocabulary (field-registry.ts). Written without accents: headers are compared with their
 * accents folded ("Data de início" is "data de inicio"). Only headers that name the field
 * plainly; a word that is also an English header for something else is left out ("Service",
 * "Direction").
 */
export const EUROPEAN_HEADER_PHRASES: Partial<Record<InitiativeField, readonly string[]>> = {
  id: ['identifiant', 'referencia', 'riferimento', 'codigo', 'codice', 'kennung', 'nummer', 'numero', 'no', 'cod', 'id projet', 'id proyecto', 'id projeto', 'id progetto', 'id tache', 'id tarea', 'id tarefa'],
  name: [
    'nom', 'nome', 'nombre', 'naam', 'titre', 'titulo', 'titolo', 'bezeichnung', 'intitule', 'libelle', 'designation', 'denominacion',
    'projet', 'projeto', 'proyecto', 'progetto', 'projekt', 'vorhaben', 'iniciativa', 'iniziativa', 'initiatief', 'tache', 'tarefa', 'tarea', 'attivita', 'aufgabe', 'taak', 'activite', 'actividad', 'atividade',
    'nom du projet', 'nom projet', 'nome do projeto', 'nome projeto', 'nombre del proyecto', 'nombre proyecto', 'nome progetto', 'nome del progetto', 'projektname', 'projectnaam', 'nom de la tache', 'nome da tarefa', 'nombre de la tarea',
  ],
  department: ['departement', 'abteilung', 'bereich', 'departamento', 'dipartimento', 'afdeling', 'equipe', 'equipo', 'squadra', 'entite', 'unidade', 'unidad', 'divisao', 'division', 'direzione', 'fachbereich', 'geschaftsbereich', 'geschaeftsbereich'],
  owner: [
    'responsable', 'responsavel', 'responsabile', 'verantwortlich', 'verantwortlicher', 'verantwoordelijke', 'eigenaar', 'proprietaire', 'propietario', 'proprietario',
    'chef de projet', 'pilote', 'porteur', 'porteur de projet', 'gerente', 'gestor', 'jefe de proyecto', 'gerente do projeto', 'gestor do projeto', 'capo progetto', 'project leider', 'projectleider', 'projektleiter', 'projektleitung', 'lider', 'coordenador', 'coordinador', 'coordinatore', 'coordinateur', 'asignado a', 'atribuido a', 'assegnato a', 'zugewiesen an', 'toegewezen aan', 'attribue a',
  ],
  status: ['statut', 'etat', 'estado', 'stato', 'situacao', 'situacion', 'zustand', 'meteo', 'meteo projet', 'ampel', 'semaforo', 'stoplicht', 'statut rag', 'estado rag', 'stato rag', 'avancement statut'],
  start: [
    'debut', 'date de debut', 'date debut', 'beginn', 'startdatum', 'anfang', 'anfangsdatum', 'inicio', 'fecha de inicio', 'fecha inicio', 'data de inicio', 'data inicio',
    'inizio', 'data inizio', 'data di inizio', 'begin', 'begindatum', 'start datum', 'startdatum gepland', 'debut prevu', 'inicio previsto', 'inizio previsto', 'geplanter beginn',
  ],
  due: [
    'date de fin', 'date fin', 'echeance', 'date d echeance', 'date limite', 'fin prevue', 'ende', 'enddatum', 'frist', 'termin', 'fertigstellung', 'geplantes ende', 'falligkeit', 'faelligkeit',
    'fecha de fin', 'fecha fin', 'fecha limite', 'vencimiento', 'fin prevista', 'data de fim', 'data fim', 'data de termino', 'prazo', 'fim previsto', 'data de entrega', 'fecha de entrega', 'date de livraison',
    'scadenza', 'data fine', 'data di fine', 'data di scadenza', 'fine prevista', 'einddatum', 'opleverdatum', 'deadline datum',
  ],
  // GanttProject writes its Duration column in the user's language ("Duração", "Dauer", "Durée").
  duration: ['duree', 'dauer', 'duracion', 'duracao', 'durata', 'duur', 'jours', 'tage', 'dias', 'giorni', 'dagen', 'duree prevue', 'geplante dauer', 'duracion prevista', 'duracao prevista', 'durata prevista'],
  percentComplete: [
    'avancement', '% avancement', 'pourcentage d avancement', 'progression', 'fortschritt', '% erledigt', 'fertigstellungsgrad', 'fertigstellung', '% fertigstellung', 'erledigt %', '% abgeschlossen', 'fortschritt %', 'avance', '% avance', 'progreso', 'porcentaje completado',
    'progresso', 'conclusao', '% conclusao', '% concluido', 'percentual concluido', 'completamento', 'avanzamento', '% completamento', 'voortgang', '% gereed', 'percentage voltooid',
  ],
  lastUpdated: [
    'mise a jour', 'mis a jour', 'mis a jour le', 'mise a jour le', 'derniere mise a jour', 'date de mise a jour', 'maj', 'date maj', 'actualise le', 'aktualisiert', 'letzte aktualisierung', 'stand', 'aktualisiert am', 'actualizado', 'ultima actualizacion',
    'fecha de actualizacion', 'atualizado', 'ultima atualizacao', 'data de atualizacao', 'aggiornato', 'ultimo aggiornamento', 'data aggiornamento', 'bijgewerkt', 'laatst bijgewerkt', 'laatste update',
  ],
  dependsOn: [
    'predecesseurs', 'predecesseur', 'dependances', 'depend de', 'antecedents', 'vorganger', 'vorgaenger', 'abhangigkeiten', 'abhaengigkeiten', 'hangt ab von', 'abhangig von', 'abhaengig von', 'wartet auf', 'en attente de', 'predecesoras', 'predecesores', 'predecesora',
    'dependencias', 'depende de', 'antecessores', 'antecessoras', 'predecessoras', 'predecessori', 'dipendenze', 'dipende da', 'voorgangers', 'voorganger', 'afhankelijkheden', 'afhankelijk van',
  ],
  budget: ['presupuesto', 'orcamento', 'budget approuve', 'budget previsto', 'budget prevu', 'genehmigtes budget', 'presupuesto aprobado', 'orcamento aprovado'],
  // "Ist" is German for actual: "Fertigstellung (Ist)" is when it finished, not when it is due.
  actualFinish: ['fertigstellung ist', 'ist fertigstellung', 'ende ist', 'ist ende', 'ist termin', 'tatsachliches ende', 'date de fin reelle', 'fin reelle', 'fecha de fin real', 'fin real', 'data de fim real', 'data fine effettiva', 'werkelijke einddatum'],
  actualStart: ['beginn ist', 'ist beginn', 'start ist', 'ist start', 'tatsachlicher beginn', 'date de debut reelle', 'debut reel', 'fecha de inicio real', 'inicio real', 'data de inicio real', 'data inizio effettiva', 'werkelijke begindatum'],
  actualCost: ['consomme', 'realise', 'depenses', 'depenses reelles', 'cout reel', 'couts reels', 'istkosten', 'ist kosten', 'gasto real', 'gastos reales', 'custo real', 'custos reais', 'spesa effettiva', 'costi effettivi', 'werkelijke kosten'],
};
