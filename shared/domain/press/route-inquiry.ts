/**
 * Routing: the event's rules are tried in order and the first whose every condition holds names the contact;
 * when none matches, the event's default contact takes the inquiry. A rule's absent condition matches anything;
 * a country condition never matches a journalist who gave no country.
 */
import type { EventConfigBody, InquiryTopic, RoutingRule } from '../event-config.ts';
import type { Language } from '../primitives.ts';

export interface RoutingFacts {
  topic: InquiryTopic;
  language: Language;
  country?: string;
}

export interface Routed {
  contactId: string;
  /** The rule that matched, or null when the default contact took the inquiry. */
  ruleId: string | null;
}

const ruleMatches = (rule: RoutingRule, facts: RoutingFacts): boolean => {
  const { topics, languages, countries } = rule.when;
  if (topics && !topics.includes(facts.topic)) return false;
  if (languages && !languages.includes(facts.language)) return false;
  if (countries && (!facts.country || !countries.includes(facts.country))) return false;
  return true;
};

export const routeInquiry = (press: Pick<EventConfigBody['press'], 'rules' | 'defaultContact'>, facts: RoutingFacts): Routed => {
  const rule = press.rules.find((r) => ruleMatches(r, facts));
  return rule ? { contactId: rule.contact, ruleId: rule.id } : { contactId: press.defaultContact, ruleId: null };
};
