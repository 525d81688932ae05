/** Spanish texts of every email (same keys and placeholders as en.ts). */
import type { Messages } from './messages.ts';

export const es: Messages = {
  'greeting.person': 'Estimado/a {name}:',
  'greeting.team': 'Hola:',
  'footer.automatic': 'Este mensaje fue enviado automáticamente por {sender}. Por favor, cite {reference} cuando nos escriba.',
  'contact.questions': 'Si tiene alguna pregunta, escriba a {email}.',

  'label.reference': 'Referencia',
  'label.status': 'Estado',
  'label.delegation': 'Delegación',
  'label.role': 'Función',
  'label.name': 'Nombre',
  'label.email': 'Correo electrónico',
  'label.phone': 'Teléfono',
  'label.institution': 'Institución',
  'label.position': 'Cargo',
  'label.quotaUse': 'Plazas ocupadas por la delegación',
  'label.dates': 'Fechas',
  'label.hours': 'Horario',
  'label.venue': 'Sede',
  'label.reason': 'Motivo',
  'label.journalist': 'Periodista',
  'label.outlet': 'Medio',
  'label.country': 'País',
  'label.topic': 'Tema',
  'label.subject': 'Asunto',
  'label.deadline': 'Plazo del periodista',
  'label.dueAt': 'Respuesta esperada',
  'label.organisation': 'Organización',
  'label.message': 'Mensaje',

  'value.quotaUse': '{used} de {quota}',
  'value.hours': 'de {start} a {end}, hora local ({timeZone})',

  'status.pending_approval': 'Pendiente de aprobación por la secretaría',
  'status.confirmed': 'Confirmada',
  'status.nominated': 'Nominado/a por el punto focal',
  'status.waitlisted': 'En lista de espera',

  'role.head_of_delegation': 'Jefe/a de delegación',
  'role.delegate': 'Delegado/a',
  'role.adviser': 'Asesor/a',
  'role.observer': 'Observador/a',

  'topic.interview_request': 'Solicitud de entrevista',
  'topic.accreditation': 'Acreditación',
  'topic.background_information': 'Información de contexto',
  'topic.statement_request': 'Solicitud de declaración',
  'topic.other': 'Otro',

  'link.manage': 'Ver, corregir o cancelar su inscripción',
  'link.manageKeep': 'El enlace es personal: conserve este correo y no lo reenvíe.',
  'link.consoleRegistration': 'Abrir la inscripción en la consola',
  'link.consoleInquiry': 'Abrir la consulta en la consola',
  'link.delegation': 'Abrir la página de su delegación',
  'link.delegationKeep': 'El enlace es personal: conserve este correo y no lo reenvíe. La secretaría puede revocarlo en cualquier momento.',

  'registrationReceived.subject': 'Inscripción recibida · {event}',
  'registrationReceived.intro': 'Gracias: hemos recibido su inscripción.',
  'registrationReceived.next.pending_approval': 'La secretaría la revisará y le escribirá de nuevo cuando haya decidido.',
  'registrationReceived.next.confirmed': 'Su plaza está confirmada.',
  'registrationReceived.next.waitlisted':
    'Por ahora todas las plazas están ocupadas, así que está en la lista de espera. Le escribiremos si se libera una plaza.',

  'registrationReceivedSecretariat.subject': 'Nueva inscripción: {name} ({delegation})',
  'registrationReceivedSecretariat.intro': 'Ha llegado una nueva inscripción.',

  'registrationConfirmed.subject': 'Inscripción confirmada · {event}',
  'registrationConfirmed.intro': 'Su inscripción está confirmada. Será un placer recibirle.',
  'registrationConfirmed.checkIn': 'Presente este código en el mostrador de acreditación:',
  'registrationConfirmed.calendar': 'La invitación para su calendario va adjunta a este correo.',

  'registrationDeclined.subject': 'Inscripción no aceptada · {event}',
  'registrationDeclined.intro': 'Lo sentimos: la secretaría no ha podido aceptar su inscripción.',

  'registrationWaitlisted.subject': 'En lista de espera · {event}',
  'registrationWaitlisted.intro': 'Las plazas disponibles están ocupadas, por lo que su inscripción está ahora en la lista de espera.',
  'registrationWaitlisted.next': 'Le escribiremos en cuanto se libere una plaza. Puede cancelar en cualquier momento con el enlace de abajo.',

  'registrationPromoted.subject': 'Hay una plaza disponible · {event}',
  'registrationPromoted.intro': 'Buenas noticias: se ha liberado una plaza y su inscripción ha salido de la lista de espera.',
  'registrationPromoted.next.pending_approval': 'Ahora la secretaría la revisará y le escribirá de nuevo.',
  'registrationPromoted.next.confirmed': 'Su plaza está confirmada.',

  'registrationErasedSecretariat.subject': 'Datos personales borrados ({delegation})',
  'registrationErasedSecretariat.intro.delegate':
    'A petición propia, se han borrado los datos personales de un delegado. Su nombre, correo electrónico y datos ya no se conservan.',
  'registrationErasedSecretariat.intro.secretariat':
    'A petición de la persona interesada, un miembro de la secretaría ha borrado los datos personales de esta inscripción.',
  'registrationErasedSecretariat.cancelled': 'Antes se canceló la inscripción: su plaza quedó libre y la lista de espera avanzó.',

  'registrationCancelled.subject': 'Inscripción cancelada · {event}',
  'registrationCancelled.intro.delegate': 'Tal como lo pidió, su inscripción ha sido cancelada.',
  'registrationCancelled.intro.secretariat': 'La secretaría ha cancelado su inscripción.',
  'registrationCancelled.intro.focal_point': 'El punto focal de su delegación ha retirado su nominación.',
  'registrationCancelled.next': 'Si se trata de un error, escriba a {email}.',

  'inquiryReceivedContact.subject': 'Consulta de prensa: {subject}',
  'inquiryReceivedContact.intro': 'Un/a periodista ha enviado una consulta de prensa que se le ha asignado a usted.',
  'inquiryReceivedContact.reply': 'Responda a este correo para contestar directamente al periodista.',

  'inquiryReceivedJournalist.subject': 'Hemos recibido su consulta · {event}',
  'inquiryReceivedJournalist.intro': 'Gracias por su consulta «{subject}». La hemos remitido al contacto indicado abajo, que le responderá.',
  'inquiryReceivedJournalist.deadline': 'Pidió una respuesta antes del {deadline}.',
  'inquiryReceivedJournalist.contact': 'Su contacto',

  'inquiryReminder.subject': 'Recordatorio: consulta de prensa sin respuesta',
  'inquiryReminder.intro.target': 'Esta consulta de prensa no ha sido respondida dentro del plazo previsto ({dueAt}).',
  'inquiryReminder.intro.deadline': 'El plazo del periodista ({dueAt}) ha vencido y esta consulta sigue sin respuesta.',

  'focalPointInvited.subject': 'Nomine a la delegación de {delegation} · {event}',
  'focalPointInvited.intro':
    'La secretaría le invita, como punto focal, a nominar a la delegación de {delegation}: sus integrantes y su jefe o jefa de delegación.',
  'focalPointInvited.deadline': 'Las nominaciones cierran el {deadline}.',

  'registrationNominated.subject': 'Nominado/a para la delegación de {delegation} · {event}',
  'registrationNominated.intro': '{focalPoint}, punto focal de la delegación de {delegation}, le ha nominado.',
  'registrationNominated.next':
    'Abra su enlace personal para revisar sus datos, indicar sus necesidades y dar su consentimiento al tratamiento de sus datos. La secretaría acreditará a la delegación y le escribirá de nuevo.',
  // Delegation dossier: submission and return (shared/email/templates/delegation-*.ts).
  'delegationSubmitted.subject': 'Delegación de {delegation} enviada para acreditación',
  'delegationSubmitted.intro': '{focalPoint}, punto focal de la delegación de {delegation}, ha enviado su lista de miembros y su nota verbal.',
  'delegationSubmitted.nominees': 'Miembros nominados',
  'delegationSubmitted.head': 'Jefe/a de delegación',
  'delegationSubmitted.headYes': 'designado/a',
  'delegationSubmitted.headNo': 'no designado/a',
  'delegationSubmitted.next': 'Abra la nota verbal junto a la lista en la consola y acredite a la delegación o devuelva la lista con un motivo.',
  'delegationReturned.subject': 'Se ha devuelto la lista de la delegación de {delegation}',
  'delegationReturned.intro': 'La secretaría le ha devuelto la lista de la delegación de {delegation}.',
  'delegationReturned.reason': 'Motivo',
  'delegationReturned.next':
    'Puede nominar o retirar miembros, reemplazar la nota verbal y enviar de nuevo la lista desde la página de su delegación.',
  'delegationReminder.subject.many': 'Quedan {days} días para enviar la delegación de {delegation}',
  'delegationReminder.subject.one': 'Queda un día para enviar la delegación de {delegation}',
  'delegationReminder.intro': 'Las nominaciones para la delegación de {delegation} cierran el {deadline} y su lista aún no se ha enviado.',
  'delegationReminder.next': 'Nomine a los miembros, adjunte la nota verbal y envíe la lista desde la página de su delegación antes de esa fecha.',
};
