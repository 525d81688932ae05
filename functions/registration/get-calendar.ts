import { http } from '../../shared/http/http-handler.ts';
import { calendarFor } from '../../shared/domain/registration/calendar.ts';
import { makeManageRegistration } from '../../shared/domain/registration/manage-registration.ts';
import { registrationDependencies } from './dependencies.ts';
import { spec } from './get-calendar.route.ts';

const manage = makeManageRegistration({ ...registrationDependencies({ cachedEvents: true }), renderCalendar: calendarFor });

export const handler = http(spec, async ({ params, manageToken }) => ({
  status: 200,
  text: await manage.calendar(params.eventId, params.id, manageToken),
  contentType: 'text/calendar; charset=utf-8',
  headers: { 'Content-Disposition': `attachment; filename="${params.eventId}.ics"` },
}));
