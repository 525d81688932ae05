import { http } from '../../shared/http/http-handler.ts';
import { EventItemParams } from '../../shared/domain/params.ts';
import { calendarFor } from '../../shared/domain/registration/calendar.ts';
import { makeManageRegistration } from '../../shared/domain/registration/manage-registration.ts';
import { registrationDependencies } from './dependencies.ts';
import { ManageQuery, manageTokenOf } from './request-parts.ts';

const manage = makeManageRegistration({ ...registrationDependencies({ cachedEvents: true }), renderCalendar: calendarFor });

export const handler = http({ params: EventItemParams, query: ManageQuery }, async ({ params, headers }) => ({
  status: 200,
  text: await manage.calendar(params.eventId, params.id, manageTokenOf(headers)),
  contentType: 'text/calendar; charset=utf-8',
  headers: { 'Content-Disposition': `attachment; filename="${params.eventId}.ics"` },
}));
