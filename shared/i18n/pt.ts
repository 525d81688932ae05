/** Portuguese texts of every email (same keys and placeholders as en.ts). */
import type { Messages } from './messages.ts';

export const pt: Messages = {
  'greeting.person': 'Prezado(a) {name},',
  'greeting.team': 'Olá,',
  'footer.automatic': 'Esta mensagem foi enviada automaticamente por {sender}. Por favor, cite {reference} quando nos escrever.',
  'contact.questions': 'Em caso de dúvidas, escreva para {email}.',

  'label.reference': 'Referência',
  'label.status': 'Situação',
  'label.delegation': 'Delegação',
  'label.role': 'Função',
  'label.name': 'Nome',
  'label.email': 'E-mail',
  'label.phone': 'Telefone',
  'label.institution': 'Instituição',
  'label.position': 'Cargo',
  'label.quotaUse': 'Vagas ocupadas pela delegação',
  'label.dates': 'Datas',
  'label.hours': 'Horário',
  'label.venue': 'Local',
  'label.reason': 'Motivo',
  'label.journalist': 'Jornalista',
  'label.outlet': 'Veículo',
  'label.country': 'País',
  'label.topic': 'Tema',
  'label.subject': 'Assunto',
  'label.deadline': 'Prazo do jornalista',
  'label.dueAt': 'Resposta esperada até',
  'label.organisation': 'Organização',
  'label.message': 'Mensagem',

  'value.quotaUse': '{used} de {quota}',
  'value.hours': 'das {start} às {end}, horário local ({timeZone})',

  'status.pending_approval': 'Aguardando aprovação da secretaria',
  'status.confirmed': 'Confirmada',
  'status.nominated': 'Indicado/a pelo ponto focal',
  'status.waitlisted': 'Na lista de espera',

  'role.head_of_delegation': 'Chefe de delegação',
  'role.delegate': 'Delegado(a)',
  'role.adviser': 'Assessor(a)',
  'role.observer': 'Observador(a)',

  'topic.interview_request': 'Pedido de entrevista',
  'topic.accreditation': 'Credenciamento',
  'topic.background_information': 'Informações de contexto',
  'topic.statement_request': 'Pedido de declaração',
  'topic.other': 'Outro',

  'link.manage': 'Ver, corrigir ou cancelar a sua inscrição',
  'link.manageKeep': 'O link é pessoal: guarde este e-mail e não o encaminhe.',
  'link.consoleRegistration': 'Abrir a inscrição no console',
  'link.consoleInquiry': 'Abrir a consulta no console',
  'link.delegation': 'Abrir a página da sua delegação',
  'link.delegationKeep': 'O link é pessoal: guarde este e-mail e não o encaminhe. A secretaria pode revogá-lo a qualquer momento.',

  'registrationReceived.subject': 'Inscrição recebida · {event}',
  'registrationReceived.intro': 'Obrigado: recebemos a sua inscrição.',
  'registrationReceived.next.pending_approval': 'A secretaria vai analisá-la e escreverá novamente quando tiver decidido.',
  'registrationReceived.next.confirmed': 'A sua vaga está confirmada.',
  'registrationReceived.next.waitlisted':
    'No momento todas as vagas estão ocupadas, por isso você está na lista de espera. Escreveremos se uma vaga for liberada.',

  'registrationReceivedSecretariat.subject': 'Nova inscrição: {name} ({delegation})',
  'registrationReceivedSecretariat.intro': 'Chegou uma nova inscrição.',

  'registrationConfirmed.subject': 'Inscrição confirmada · {event}',
  'registrationConfirmed.intro': 'A sua inscrição está confirmada. Será um prazer recebê-lo(a).',
  'registrationConfirmed.checkIn': 'Apresente este código no balcão de credenciamento:',
  'registrationConfirmed.calendar': 'O convite para a sua agenda está anexado a este e-mail.',

  'registrationDeclined.subject': 'Inscrição não aceita · {event}',
  'registrationDeclined.intro': 'Lamentamos: a secretaria não pôde aceitar a sua inscrição.',

  'registrationWaitlisted.subject': 'Na lista de espera · {event}',
  'registrationWaitlisted.intro': 'As vagas disponíveis estão ocupadas, por isso a sua inscrição está agora na lista de espera.',
  'registrationWaitlisted.next': 'Escreveremos assim que uma vaga for liberada. Você pode cancelar a qualquer momento pelo link abaixo.',

  'registrationPromoted.subject': 'Há uma vaga disponível · {event}',
  'registrationPromoted.intro': 'Boas notícias: uma vaga foi liberada e a sua inscrição saiu da lista de espera.',
  'registrationPromoted.next.pending_approval': 'Agora a secretaria vai analisá-la e escreverá novamente.',
  'registrationPromoted.next.confirmed': 'A sua vaga está confirmada.',

  'registrationErasedSecretariat.subject': 'Dados pessoais apagados ({delegation})',
  'registrationErasedSecretariat.intro.delegate':
    'A seu próprio pedido, os dados pessoais de um delegado foram apagados. O nome, o e-mail e os dados dele já não são conservados.',
  'registrationErasedSecretariat.intro.secretariat':
    'A pedido da pessoa interessada, um membro da secretaria apagou os dados pessoais desta inscrição.',
  'registrationErasedSecretariat.cancelled': 'A inscrição foi cancelada antes: a vaga ficou livre e a lista de espera avançou.',

  'registrationCancelled.subject': 'Inscrição cancelada · {event}',
  'registrationCancelled.intro.delegate': 'Conforme solicitado, a sua inscrição foi cancelada.',
  'registrationCancelled.intro.secretariat': 'A secretaria cancelou a sua inscrição.',
  'registrationCancelled.intro.focal_point': 'O ponto focal da sua delegação retirou a sua indicação.',
  'registrationCancelled.next': 'Se isto for um engano, escreva para {email}.',

  'inquiryReceivedContact.subject': 'Consulta de imprensa: {subject}',
  'inquiryReceivedContact.intro': 'Um(a) jornalista enviou uma consulta de imprensa, que foi encaminhada a você.',
  'inquiryReceivedContact.reply': 'Responda a este e-mail para responder diretamente ao jornalista.',

  'inquiryReceivedJournalist.subject': 'Recebemos a sua consulta · {event}',
  'inquiryReceivedJournalist.intro': 'Obrigado pela sua consulta “{subject}”. Ela foi encaminhada ao contato abaixo, que lhe responderá.',
  'inquiryReceivedJournalist.deadline': 'Você pediu uma resposta até {deadline}.',
  'inquiryReceivedJournalist.contact': 'Seu contato',

  'inquiryReminder.subject': 'Lembrete: consulta de imprensa aguardando resposta',
  'inquiryReminder.intro.target': 'Esta consulta de imprensa não foi respondida dentro do prazo previsto ({dueAt}).',
  'inquiryReminder.intro.deadline': 'O prazo do jornalista ({dueAt}) já passou e esta consulta continua sem resposta.',

  'focalPointInvited.subject': 'Indique a delegação de {delegation} · {event}',
  'focalPointInvited.intro':
    'A secretaria convida você, como ponto focal, a indicar a delegação de {delegation}: os seus membros e o chefe ou a chefe da delegação.',
  'focalPointInvited.deadline': 'As indicações encerram em {deadline}.',

  'registrationNominated.subject': 'Indicado/a para a delegação de {delegation} · {event}',
  'registrationNominated.intro': '{focalPoint}, ponto focal da delegação de {delegation}, indicou você.',
  'registrationNominated.next':
    'Abra o seu link pessoal para conferir os seus dados, informar as suas necessidades e dar o seu consentimento ao tratamento dos seus dados. A secretaria vai credenciar a delegação e escreverá novamente.',
  // Delegation dossier: submission and return (shared/email/templates/delegation-*.ts).
  'delegationSubmitted.subject': 'Delegação de {delegation} enviada para credenciamento',
  'delegationSubmitted.intro': '{focalPoint}, ponto focal da delegação de {delegation}, enviou a lista de membros e a nota verbal.',
  'delegationSubmitted.nominees': 'Membros indicados',
  'delegationSubmitted.head': 'Chefe de delegação',
  'delegationSubmitted.headYes': 'indicado/a',
  'delegationSubmitted.headNo': 'não indicado/a',
  'delegationSubmitted.next': 'Abra a nota verbal ao lado da lista no console e credencie a delegação ou devolva a lista com um motivo.',
  'delegationReturned.subject': 'A lista da delegação de {delegation} foi devolvida',
  'delegationReturned.intro': 'A secretaria devolveu a você a lista da delegação de {delegation}.',
  'delegationReturned.reason': 'Motivo',
  'delegationReturned.next':
    'Você pode indicar ou retirar membros, substituir a nota verbal e enviar a lista novamente pela página da sua delegação.',
  'delegationReminder.subject.many': 'Faltam {days} dias para enviar a delegação de {delegation}',
  'delegationReminder.subject.one': 'Falta um dia para enviar a delegação de {delegation}',
  'delegationReminder.intro': 'As indicações para a delegação de {delegation} encerram em {deadline}, e a lista ainda não foi enviada.',
  'delegationReminder.next': 'Indique os membros, anexe a nota verbal e envie a lista pela página da sua delegação antes dessa data.',
};
