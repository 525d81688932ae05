/**
 * English texts of every email. Plain text only (the HTML layout escapes them); `{name}` marks a value filled in
 * at render time. Every language file has exactly these keys and placeholders (test/unit/email-i18n.test.ts).
 */
export const en = {
  'greeting.person': 'Dear {name},',
  'greeting.team': 'Hello,',
  'footer.automatic': 'This message was sent automatically by {sender}. Please quote {reference} when you write to us.',
  'contact.questions': 'If you have any questions, write to {email}.',

  'label.reference': 'Reference',
  'label.status': 'Status',
  'label.delegation': 'Delegation',
  'label.role': 'Role',
  'label.name': 'Name',
  'label.email': 'Email',
  'label.phone': 'Phone',
  'label.institution': 'Institution',
  'label.position': 'Position',
  'label.quotaUse': 'Seats taken by the delegation',
  'label.dates': 'Dates',
  'label.hours': 'Hours',
  'label.venue': 'Venue',
  'label.reason': 'Reason',
  'label.journalist': 'Journalist',
  'label.outlet': 'Media outlet',
  'label.country': 'Country',
  'label.topic': 'Topic',
  'label.subject': 'Subject',
  'label.deadline': 'Journalist’s deadline',
  'label.dueAt': 'Answer due',
  'label.organisation': 'Organisation',
  'label.message': 'Message',

  'value.quotaUse': '{used} of {quota}',
  'value.hours': '{start} to {end}, local time ({timeZone})',

  'status.pending_approval': 'Awaiting approval by the secretariat',
  'status.confirmed': 'Confirmed',
  'status.nominated': 'Nominated by the focal point',
  'status.waitlisted': 'On the waiting list',

  'role.head_of_delegation': 'Head of delegation',
  'role.delegate': 'Delegate',
  'role.adviser': 'Adviser',
  'role.observer': 'Observer',

  'topic.interview_request': 'Interview request',
  'topic.accreditation': 'Accreditation',
  'topic.background_information': 'Background information',
  'topic.statement_request': 'Request for a statement',
  'topic.other': 'Other',

  'link.manage': 'View, correct or cancel your registration',
  'link.manageKeep': 'The link is personal: keep this email and do not forward it.',
  'link.consoleRegistration': 'Open the registration in the console',
  'link.consoleInquiry': 'Open the inquiry in the console',
  'link.delegation': "Open your delegation's page",
  'link.delegationKeep': 'The link is personal: keep this email and do not forward it. The secretariat can revoke it at any time.',

  'registrationReceived.subject': 'Registration received · {event}',
  'registrationReceived.intro': 'Thank you: we have received your registration.',
  'registrationReceived.next.pending_approval': 'The secretariat will review it and write to you again once it has decided.',
  'registrationReceived.next.confirmed': 'Your place is confirmed.',
  'registrationReceived.next.waitlisted': 'All seats are taken for now, so you are on the waiting list. We will write to you if a seat becomes free.',

  'registrationReceivedSecretariat.subject': 'New registration: {name} ({delegation})',
  'registrationReceivedSecretariat.intro': 'A new registration has arrived.',

  'registrationConfirmed.subject': 'Registration confirmed · {event}',
  'registrationConfirmed.intro': 'Your registration is confirmed. We look forward to welcoming you.',
  'registrationConfirmed.checkIn': 'Show this check-in code at the registration desk:',
  'registrationConfirmed.calendar': 'The calendar invitation is attached to this email.',

  'registrationDeclined.subject': 'Registration not accepted · {event}',
  'registrationDeclined.intro': 'We are sorry: the secretariat could not accept your registration.',

  'registrationWaitlisted.subject': 'On the waiting list · {event}',
  'registrationWaitlisted.intro': 'The seats available are taken, so your registration is now on the waiting list.',
  'registrationWaitlisted.next': 'We will write to you as soon as a seat becomes free. You may cancel at any time with the link below.',

  'registrationPromoted.subject': 'A seat is now available · {event}',
  'registrationPromoted.intro': 'Good news: a seat has become free and your registration has left the waiting list.',
  'registrationPromoted.next.pending_approval': 'The secretariat will now review it and write to you again.',
  'registrationPromoted.next.confirmed': 'Your place is confirmed.',

  'registrationErasedSecretariat.subject': 'Personal data erased ({delegation})',
  'registrationErasedSecretariat.intro.delegate':
    "At their own request, a delegate's personal data has been erased. Their name, email and details are no longer held.",
  'registrationErasedSecretariat.intro.secretariat':
    "At the request of the person concerned, a secretariat officer has erased this registration's personal data.",
  'registrationErasedSecretariat.cancelled': 'The registration was cancelled first: its seat is free and the waiting list has moved.',

  'registrationCancelled.subject': 'Registration cancelled · {event}',
  'registrationCancelled.intro.delegate': 'As you asked, your registration has been cancelled.',
  'registrationCancelled.intro.secretariat': 'The secretariat has cancelled your registration.',
  'registrationCancelled.intro.focal_point': 'The focal point of your delegation has withdrawn your nomination.',
  'registrationCancelled.next': 'If this is a mistake, write to {email}.',

  'inquiryReceivedContact.subject': 'Press inquiry: {subject}',
  'inquiryReceivedContact.intro': 'A journalist has sent a press inquiry, and it has been routed to you.',
  'inquiryReceivedContact.reply': 'Reply to this email to answer the journalist directly.',

  'inquiryReceivedJournalist.subject': 'We have received your inquiry · {event}',
  'inquiryReceivedJournalist.intro': 'Thank you for your inquiry “{subject}”. It has been passed to the contact below, who will answer you.',
  'inquiryReceivedJournalist.deadline': 'You asked for an answer by {deadline}.',
  'inquiryReceivedJournalist.contact': 'Your contact',

  'inquiryReminder.subject': 'Reminder: press inquiry awaiting an answer',
  'inquiryReminder.intro.target': 'This press inquiry has not been answered within the response target ({dueAt}).',
  'inquiryReminder.intro.deadline': 'The journalist’s deadline ({dueAt}) has passed and this inquiry is still unanswered.',

  'focalPointInvited.subject': 'Nominate the delegation of {delegation} · {event}',
  'focalPointInvited.intro':
    'The secretariat invites you, as focal point, to nominate the delegation of {delegation}: its members, and its head of delegation.',
  'focalPointInvited.deadline': 'Nominations close on {deadline}.',

  'registrationNominated.subject': 'Nominated for the delegation of {delegation} · {event}',
  'registrationNominated.intro': '{focalPoint}, focal point of the delegation of {delegation}, has nominated you.',
  'registrationNominated.next':
    'Please open your personal link to check your details, add your needs, and give your consent to the processing of your data. The secretariat will accredit the delegation and write to you again.',
  // Delegation dossier: submission and return (shared/email/templates/delegation-*.ts).
  'delegationSubmitted.subject': 'Delegation of {delegation} submitted for accreditation',
  'delegationSubmitted.intro': '{focalPoint}, focal point of the delegation of {delegation}, has submitted its list of members and its note verbale.',
  'delegationSubmitted.nominees': 'Members nominated',
  'delegationSubmitted.head': 'Head of delegation',
  'delegationSubmitted.headYes': 'named',
  'delegationSubmitted.headNo': 'not named',
  'delegationSubmitted.next': 'Open the note verbale beside the list in the console, then accredit the delegation or return the list with a reason.',
  'delegationReturned.subject': 'The list of the delegation of {delegation} has been returned',
  'delegationReturned.intro': 'The secretariat has returned the list of the delegation of {delegation} to you.',
  'delegationReturned.reason': 'Reason',
  'delegationReturned.next': 'You can nominate or withdraw members, replace the note verbale and submit the list again from your delegation’s page.',
  'delegationReminder.subject.many': '{days} days left to submit the delegation of {delegation}',
  'delegationReminder.subject.one': 'One day left to submit the delegation of {delegation}',
  'delegationReminder.intro': 'Nominations for the delegation of {delegation} close on {deadline}, and its list has not been submitted yet.',
  'delegationReminder.next': 'Please nominate the members, attach the note verbale and submit the list from your delegation’s page before then.',
} as const;
