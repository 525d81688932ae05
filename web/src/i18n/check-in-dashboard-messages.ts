/**
 * The words of the dashboard's check-in part (checked in against expected, by delegation and by category), in a block
 * of their own (spread into en, es, pt and nl) so they stay together. en is the reference, as everywhere.
 */
export const checkInDashboardEn = {
  'checkInDashboard.title': 'Check-in at the venue',
  'checkInDashboard.checkedIn': 'Checked in',
  'checkInDashboard.checkedInOf': '{checkedIn} of {expected}',
  'checkInDashboard.byDelegation': 'Check-in by delegation',
  'checkInDashboard.byCategory': 'Check-in by category',
  'checkInDashboard.expected': 'Expected',
  'checkInDashboard.category': 'Category',
  'checkInDashboard.category.member_state': 'Member states',
  'checkInDashboard.category.observer': 'Observers',
  'checkInDashboard.category.press': 'Press',
  'checkInDashboard.updatedAt': 'Updated at {time}. Refreshes every 15 seconds.',
  'checkInDashboard.refreshFailed': 'The latest figures could not be loaded; showing those from {time}.',
} as const;

type CheckInDashboardMessages = Record<keyof typeof checkInDashboardEn, string>;

export const checkInDashboardEs: CheckInDashboardMessages = {
  'checkInDashboard.title': 'Registro de entrada en la sede',
  'checkInDashboard.checkedIn': 'Han entrado',
  'checkInDashboard.checkedInOf': '{checkedIn} de {expected}',
  'checkInDashboard.byDelegation': 'Entradas por delegación',
  'checkInDashboard.byCategory': 'Entradas por categoría',
  'checkInDashboard.expected': 'Esperados',
  'checkInDashboard.category': 'Categoría',
  'checkInDashboard.category.member_state': 'Estados miembros',
  'checkInDashboard.category.observer': 'Observadores',
  'checkInDashboard.category.press': 'Prensa',
  'checkInDashboard.updatedAt': 'Actualizado a las {time}. Se actualiza cada 15 segundos.',
  'checkInDashboard.refreshFailed': 'No se pudieron cargar las cifras más recientes; se muestran las de las {time}.',
};

export const checkInDashboardPt: CheckInDashboardMessages = {
  'checkInDashboard.title': 'Check-in no local do evento',
  'checkInDashboard.checkedIn': 'Fizeram check-in',
  'checkInDashboard.checkedInOf': '{checkedIn} de {expected}',
  'checkInDashboard.byDelegation': 'Check-in por delegação',
  'checkInDashboard.byCategory': 'Check-in por categoria',
  'checkInDashboard.expected': 'Esperados',
  'checkInDashboard.category': 'Categoria',
  'checkInDashboard.category.member_state': 'Estados membros',
  'checkInDashboard.category.observer': 'Observadores',
  'checkInDashboard.category.press': 'Imprensa',
  'checkInDashboard.updatedAt': 'Atualizado às {time}. Atualiza-se a cada 15 segundos.',
  'checkInDashboard.refreshFailed': 'Não foi possível carregar os números mais recentes; mostrando os das {time}.',
};

export const checkInDashboardNl: CheckInDashboardMessages = {
  'checkInDashboard.title': 'Aanmelding op de locatie',
  'checkInDashboard.checkedIn': 'Aangemeld',
  'checkInDashboard.checkedInOf': '{checkedIn} van {expected}',
  'checkInDashboard.byDelegation': 'Aanmelding per delegatie',
  'checkInDashboard.byCategory': 'Aanmelding per categorie',
  'checkInDashboard.expected': 'Verwacht',
  'checkInDashboard.category': 'Categorie',
  'checkInDashboard.category.member_state': 'Lidstaten',
  'checkInDashboard.category.observer': 'Waarnemers',
  'checkInDashboard.category.press': 'Pers',
  'checkInDashboard.updatedAt': 'Bijgewerkt om {time}. Wordt elke 15 seconden vernieuwd.',
  'checkInDashboard.refreshFailed': 'De nieuwste cijfers konden niet worden geladen; dit zijn die van {time}.',
};
