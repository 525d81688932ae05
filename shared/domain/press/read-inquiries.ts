/** The press officer's reads: a page of inquiries, and one inquiry with its history. */
import { NotFound } from '../errors.ts';
import type { EventStore } from '../event-use-cases.ts';
import type { PageRequest } from '../page.ts';
import type { InquiryFilter, InquiryStore } from './ports.ts';
import { toInquiryView } from './inquiry-view.ts';

export const makeListInquiries =
  ({ events, inquiries }: { events: Pick<EventStore, 'get'>; inquiries: Pick<InquiryStore, 'list'> }) =>
  async (eventId: string, filter: InquiryFilter, page: PageRequest) => {
    if (!(await events.get(eventId))) throw new NotFound('No such event.');
    const result = await inquiries.list(eventId, filter, page);
    return { items: result.items.map(toInquiryView), nextCursor: result.nextCursor };
  };

export const makeGetInquiry =
  ({ inquiries }: { inquiries: Pick<InquiryStore, 'getWithHistory'> }) =>
  async (eventId: string, id: string) => {
    const found = await inquiries.getWithHistory(eventId, id);
    if (!found) throw new NotFound('No such inquiry.');
    return { ...toInquiryView(found.inquiry), history: found.history.map(({ inquiryId: _i, ...entry }) => entry) };
  };
