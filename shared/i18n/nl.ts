/** Dutch texts of every email (same keys and placeholders as en.ts). */
import type { Messages } from './messages.ts';

export const nl: Messages = {
  'greeting.person': 'Geachte {name},',
  'greeting.team': 'Hallo,',
  'footer.automatic': 'Dit bericht is automatisch verstuurd door {sender}. Vermeld {reference} als u ons schrijft.',
  'contact.questions': 'Hebt u vragen? Schrijf dan naar {email}.',

  'label.reference': 'Referentie',
  'label.status': 'Status',
  'label.delegation': 'Delegatie',
  'label.role': 'Functie',
  'label.name': 'Naam',
  'label.email': 'E-mail',
  'label.phone': 'Telefoon',
  'label.institution': 'Instelling',
  'label.position': 'Functietitel',
  'label.quotaUse': 'Door de delegatie bezette plaatsen',
  'label.dates': 'Data',
  'label.hours': 'Tijden',
  'label.venue': 'Locatie',
  'label.reason': 'Reden',
  'label.journalist': 'Journalist',
  'label.outlet': 'Medium',
  'label.country': 'Land',
  'label.topic': 'Onderwerp',
  'label.subject': 'Titel',
  'label.deadline': 'Deadline van de journalist',
  'label.dueAt': 'Antwoord verwacht',
  'label.organisation': 'Organisatie',
  'label.message': 'Bericht',

  'value.quotaUse': '{used} van {quota}',
  'value.hours': '{start} tot {end}, lokale tijd ({timeZone})',

  'status.pending_approval': 'Wacht op goedkeuring door het secretariaat',
  'status.confirmed': 'Bevestigd',
  'status.nominated': 'Voorgedragen door het contactpunt',
  'status.waitlisted': 'Op de wachtlijst',

  'role.head_of_delegation': 'Delegatieleider',
  'role.delegate': 'Gedelegeerde',
  'role.adviser': 'Adviseur',
  'role.observer': 'Waarnemer',

  'topic.interview_request': 'Interviewverzoek',
  'topic.accreditation': 'Accreditatie',
  'topic.background_information': 'Achtergrondinformatie',
  'topic.statement_request': 'Verzoek om een verklaring',
  'topic.other': 'Overig',

  'link.manage': 'Uw registratie bekijken, corrigeren of annuleren',
  'link.manageKeep': 'De link is persoonlijk: bewaar deze e-mail en stuur hem niet door.',
  'link.consoleRegistration': 'De registratie openen in de console',
  'link.consoleInquiry': 'De vraag openen in de console',
  'link.delegation': 'De pagina van uw delegatie openen',
  'link.delegationKeep': 'De link is persoonlijk: bewaar deze e-mail en stuur hem niet door. Het secretariaat kan hem op elk moment intrekken.',

  'registrationReceived.subject': 'Registratie ontvangen · {event}',
  'registrationReceived.intro': 'Dank u: wij hebben uw registratie ontvangen.',
  'registrationReceived.next.pending_approval': 'Het secretariaat beoordeelt haar en schrijft u opnieuw zodra het heeft besloten.',
  'registrationReceived.next.confirmed': 'Uw plaats is bevestigd.',
  'registrationReceived.next.waitlisted':
    'Alle plaatsen zijn op dit moment bezet, dus u staat op de wachtlijst. Wij schrijven u als er een plaats vrijkomt.',

  'registrationReceivedSecretariat.subject': 'Nieuwe registratie: {name} ({delegation})',
  'registrationReceivedSecretariat.intro': 'Er is een nieuwe registratie binnengekomen.',

  'registrationConfirmed.subject': 'Registratie bevestigd · {event}',
  'registrationConfirmed.intro': 'Uw registratie is bevestigd. Wij zien ernaar uit u te verwelkomen.',
  'registrationConfirmed.checkIn': 'Toon deze incheckcode bij de registratiebalie:',
  'registrationConfirmed.calendar': 'De agenda-uitnodiging is bij deze e-mail gevoegd.',

  'registrationDeclined.subject': 'Registratie niet aanvaard · {event}',
  'registrationDeclined.intro': 'Het spijt ons: het secretariaat kon uw registratie niet aanvaarden.',

  'registrationWaitlisted.subject': 'Op de wachtlijst · {event}',
  'registrationWaitlisted.intro': 'De beschikbare plaatsen zijn bezet, daarom staat uw registratie nu op de wachtlijst.',
  'registrationWaitlisted.next': 'Wij schrijven u zodra er een plaats vrijkomt. U kunt op elk moment annuleren via de link hieronder.',

  'registrationPromoted.subject': 'Er is een plaats vrij · {event}',
  'registrationPromoted.intro': 'Goed nieuws: er is een plaats vrijgekomen en uw registratie staat niet langer op de wachtlijst.',
  'registrationPromoted.next.pending_approval': 'Het secretariaat beoordeelt haar nu en schrijft u opnieuw.',
  'registrationPromoted.next.confirmed': 'Uw plaats is bevestigd.',

  'registrationErasedSecretariat.subject': 'Persoonsgegevens gewist ({delegation})',
  'registrationErasedSecretariat.intro.delegate':
    'Op eigen verzoek zijn de persoonsgegevens van een gedelegeerde gewist. Naam, e-mailadres en gegevens worden niet langer bewaard.',
  'registrationErasedSecretariat.intro.secretariat':
    'Op verzoek van de betrokkene heeft een medewerker van het secretariaat de persoonsgegevens van deze registratie gewist.',
  'registrationErasedSecretariat.cancelled': 'De registratie is eerst geannuleerd: de plaats is vrij en de wachtlijst is doorgeschoven.',

  'registrationCancelled.subject': 'Registratie geannuleerd · {event}',
  'registrationCancelled.intro.delegate': 'Zoals u hebt gevraagd, is uw registratie geannuleerd.',
  'registrationCancelled.intro.secretariat': 'Het secretariaat heeft uw registratie geannuleerd.',
  'registrationCancelled.intro.focal_point': 'Het contactpunt van uw delegatie heeft uw voordracht ingetrokken.',
  'registrationCancelled.next': 'Is dit een vergissing? Schrijf dan naar {email}.',

  'inquiryReceivedContact.subject': 'Persvraag: {subject}',
  'inquiryReceivedContact.intro': 'Een journalist heeft een persvraag gestuurd, en die is aan u toegewezen.',
  'inquiryReceivedContact.reply': 'Beantwoord deze e-mail om de journalist rechtstreeks te antwoorden.',

  'inquiryReceivedJournalist.subject': 'Wij hebben uw vraag ontvangen · {event}',
  'inquiryReceivedJournalist.intro':
    'Dank u voor uw vraag ‘{subject}’. Wij hebben haar doorgestuurd naar de contactpersoon hieronder, die u zal antwoorden.',
  'inquiryReceivedJournalist.deadline': 'U vroeg om een antwoord vóór {deadline}.',
  'inquiryReceivedJournalist.contact': 'Uw contactpersoon',

  'inquiryReminder.subject': 'Herinnering: persvraag wacht op antwoord',
  'inquiryReminder.intro.target': 'Deze persvraag is niet binnen de beoogde termijn ({dueAt}) beantwoord.',
  'inquiryReminder.intro.deadline': 'De deadline van de journalist ({dueAt}) is verstreken en deze vraag is nog steeds niet beantwoord.',

  'focalPointInvited.subject': 'Draag de delegatie van {delegation} voor · {event}',
  'focalPointInvited.intro':
    'Het secretariaat nodigt u als contactpunt uit om de delegatie van {delegation} voor te dragen: de leden en het hoofd van de delegatie.',
  'focalPointInvited.deadline': 'Voordrachten sluiten op {deadline}.',

  'registrationNominated.subject': 'Voorgedragen voor de delegatie van {delegation} · {event}',
  'registrationNominated.intro': '{focalPoint}, contactpunt van de delegatie van {delegation}, heeft u voorgedragen.',
  'registrationNominated.next':
    'Open uw persoonlijke link om uw gegevens te controleren, uw behoeften door te geven en toestemming te geven voor de verwerking van uw gegevens. Het secretariaat zal de delegatie accrediteren en u opnieuw schrijven.',
  // Delegation dossier: submission and return (shared/email/templates/delegation-*.ts).
  'delegationSubmitted.subject': 'Delegatie van {delegation} ingediend voor accreditatie',
  'delegationSubmitted.intro': '{focalPoint}, contactpunt van de delegatie van {delegation}, heeft de ledenlijst en de nota verbale ingediend.',
  'delegationSubmitted.nominees': 'Voorgedragen leden',
  'delegationSubmitted.head': 'Delegatieleider',
  'delegationSubmitted.headYes': 'aangewezen',
  'delegationSubmitted.headNo': 'niet aangewezen',
  'delegationSubmitted.next': 'Open de nota verbale naast de lijst in de console en accrediteer de delegatie of stuur de lijst terug met een reden.',
  'delegationReturned.subject': 'De lijst van de delegatie van {delegation} is teruggestuurd',
  'delegationReturned.intro': 'Het secretariaat heeft de lijst van de delegatie van {delegation} naar u teruggestuurd.',
  'delegationReturned.reason': 'Reden',
  'delegationReturned.next':
    'U kunt leden voordragen of terugtrekken, de nota verbale vervangen en de lijst opnieuw indienen via de pagina van uw delegatie.',
  'delegationReminder.subject.many': 'Nog {days} dagen om de delegatie van {delegation} in te dienen',
  'delegationReminder.subject.one': 'Nog één dag om de delegatie van {delegation} in te dienen',
  'delegationReminder.intro': 'Voordrachten voor de delegatie van {delegation} sluiten op {deadline} en de lijst is nog niet ingediend.',
  'delegationReminder.next': 'Draag de leden voor, voeg de nota verbale toe en dien de lijst vóór die datum in via de pagina van uw delegatie.',
};
