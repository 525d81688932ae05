/** The links emails carry. The manage link needs the registration capability's key, so it is passed in. */
export interface EmailLinks {
  /** The delegate's personal link to view, correct or cancel a registration; its token is in the fragment, never the query. */
  manage(eventId: string, registrationId: string): Promise<string>;
  /** A focal point's private delegation link (`/delegations/{eventId}/{code}#token=`), derived like the manage link. */
  delegation(eventId: string, code: string, focalPointId: string): Promise<string>;
  /** Pages of the secretariat's console (the web app under /console). */
  consoleRegistration(eventId: string, registrationId: string): string;
  consoleInquiry(eventId: string, inquiryId: string): string;
}

export const consoleLinks = (publicBaseUrl: string): Pick<EmailLinks, 'consoleRegistration' | 'consoleInquiry'> => {
  const base = publicBaseUrl.replace(/\/+$/, '');
  const path = (...segments: string[]) => `${base}/console/${segments.map(encodeURIComponent).join('/')}`;
  return {
    consoleRegistration: (eventId, registrationId) => path('events', eventId, 'registrations', registrationId),
    consoleInquiry: (eventId, inquiryId) => path('events', eventId, 'inquiries', inquiryId),
  };
};
