import type { Messages } from '../shared/messages.js';

const sv = {
  groupCounts: '{members} medlemmar · {units} enheter · {services} insatser',
  groupExpanded: '{name} öppnat: {members} medlemmar, {units} enheter och {services} insatser visas.',
  groupCollapsed: '{name} ihopfällt.',
  groupShown: 'Kartan visar {collapsed} förbund ihopfällda och {expanded} öppnade.',
  groupSummary: 'Ett förbund per nod, med antal medlemmar, enheter och insatser.',
  groupHelp:
    'Förbunden visas ihopfällda: klicka på ett förbund eller välj det och tryck Enter för att öppna det, mellanslag öppnar eller fäller ihop det valda förbundet.',
};

const en: Record<keyof typeof sv, string> = {
  groupCounts: '{members} members · {units} units · {services} services',
  groupExpanded: '{name} opened: {members} members, {units} units and {services} services are shown.',
  groupCollapsed: '{name} collapsed.',
  groupShown: 'The map shows {collapsed} förbund collapsed and {expanded} opened.',
  groupSummary: 'One förbund per node, with its numbers of members, units and services.',
  groupHelp:
    'The förbund are shown collapsed: click a förbund, or select it and press Enter, to open it; Space opens or collapses the selected förbund.',
};

/** The national map's strings (grouped förbund); part of the map's catalogue. */
export const GROUP_MESSAGES: Messages<keyof typeof sv> = { sv, en };
