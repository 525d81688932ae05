/**
 * The words of the badge downloads (the manage page, the registration detail and the participants page of the
 * console), in a block of their own (spread into en, es, pt and nl). en is the reference, as everywhere.
 */
export const badgesEn = {
  'badges.download': 'Download my badge (PDF)',
  'badges.one': 'Badge (PDF)',
  'badges.size': 'Badge size',
  'badges.sizeA6': 'A6 sheet (105 × 148 mm)',
  'badges.sizeCard': 'Card for a lanyard (CR80, 54 × 85.6 mm)',
  'badges.print': 'Print badges',
  'badges.printIntro': 'One page per confirmed participant, in the order of this list, with the QR code the door staff scan.',
  'badges.delegation': 'Delegation',
  'badges.printDelegation': 'Badges of this delegation',
  'badges.category': 'Category',
  'badges.printCategory': 'Badges of this category',
  'badges.category.member_state': 'Member states',
  'badges.category.observer': 'Observers',
  'badges.category.press': 'Press',
  'badges.tooMany': 'Too many badges for one file: print them by delegation or by category.',
  'badges.none': 'No confirmed participant to print for this choice.',
} as const;

export const badgesEs: Record<keyof typeof badgesEn, string> = {
  'badges.download': 'Descargar mi credencial (PDF)',
  'badges.one': 'Credencial (PDF)',
  'badges.size': 'Tamaño de la credencial',
  'badges.sizeA6': 'Hoja A6 (105 × 148 mm)',
  'badges.sizeCard': 'Tarjeta para colgante (CR80, 54 × 85,6 mm)',
  'badges.print': 'Imprimir credenciales',
  'badges.printIntro': 'Una página por participante confirmado, en el orden de esta lista, con el código QR que escanea el personal de la entrada.',
  'badges.delegation': 'Delegación',
  'badges.printDelegation': 'Credenciales de esta delegación',
  'badges.category': 'Categoría',
  'badges.printCategory': 'Credenciales de esta categoría',
  'badges.category.member_state': 'Estados miembros',
  'badges.category.observer': 'Observadores',
  'badges.category.press': 'Prensa',
  'badges.tooMany': 'Demasiadas credenciales para un solo archivo: imprímalas por delegación o por categoría.',
  'badges.none': 'No hay participantes confirmados que imprimir para esta selección.',
};

export const badgesPt: Record<keyof typeof badgesEn, string> = {
  'badges.download': 'Baixar minha credencial (PDF)',
  'badges.one': 'Credencial (PDF)',
  'badges.size': 'Tamanho da credencial',
  'badges.sizeA6': 'Folha A6 (105 × 148 mm)',
  'badges.sizeCard': 'Cartão para cordão (CR80, 54 × 85,6 mm)',
  'badges.print': 'Imprimir credenciais',
  'badges.printIntro': 'Uma página por participante confirmado, na ordem desta lista, com o código QR que a equipe da entrada escaneia.',
  'badges.delegation': 'Delegação',
  'badges.printDelegation': 'Credenciais desta delegação',
  'badges.category': 'Categoria',
  'badges.printCategory': 'Credenciais desta categoria',
  'badges.category.member_state': 'Estados-membros',
  'badges.category.observer': 'Observadores',
  'badges.category.press': 'Imprensa',
  'badges.tooMany': 'Credenciais demais para um só arquivo: imprima por delegação ou por categoria.',
  'badges.none': 'Nenhum participante confirmado para imprimir nesta seleção.',
};

export const badgesNl: Record<keyof typeof badgesEn, string> = {
  'badges.download': 'Mijn badge downloaden (pdf)',
  'badges.one': 'Badge (pdf)',
  'badges.size': 'Formaat van de badge',
  'badges.sizeA6': 'A6-vel (105 × 148 mm)',
  'badges.sizeCard': 'Kaart voor een keycord (CR80, 54 × 85,6 mm)',
  'badges.print': 'Badges afdrukken',
  'badges.printIntro': 'Eén pagina per bevestigde deelnemer, in de volgorde van deze lijst, met de QR-code die het personeel bij de ingang scant.',
  'badges.delegation': 'Delegatie',
  'badges.printDelegation': 'Badges van deze delegatie',
  'badges.category': 'Categorie',
  'badges.printCategory': 'Badges van deze categorie',
  'badges.category.member_state': 'Lidstaten',
  'badges.category.observer': 'Waarnemers',
  'badges.category.press': 'Pers',
  'badges.tooMany': 'Te veel badges voor één bestand: druk ze per delegatie of per categorie af.',
  'badges.none': 'Geen bevestigde deelnemers om af te drukken voor deze keuze.',
};
