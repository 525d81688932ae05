/** The check-in app's pages and styles: one chunk, loaded only when a /checkin address is opened. */
import './checkin.css';

export { CheckInEventPage } from './checkin-event-page.ts';
export { CheckInEventsPage } from './checkin-events-page.ts';
