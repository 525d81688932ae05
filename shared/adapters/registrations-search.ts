/**
 * The secretariat's search (docs/registration.md, "Search, sort and filters"): a bounded query, never a Scan.
 *
 * It reads the event's GSI1 status partitions (`EVENT#<id>#REG#<status>`: that event's registrations and nothing
 * else, not their history items, which share the table partition), all five in parallel or only the filtered one,
 * stopping with SearchTooBroad once more than MAX_SEARCHED registrations have been read. The filters, `q` and the
 * sort run in the function (registration-search.ts): DynamoDB can neither fold accents nor sort by a name.
 *
 * No ProjectionExpression: DynamoDB bills a query by the size of the items it reads, not of what it returns, and
 * the page answers whole registrations, so projecting would only add a second read for the page's items.
 * GSI reads are eventually consistent: a decision made a moment ago may show its old status for a few
 * milliseconds, as in the list by status.
 *
 * The cursor is the keyset position of the page's last registration (its sort value and id), bound to the event,
 * the sort, every filter and the folded search words, so a cursor from another search is a 400 invalid-cursor.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from '../domain/page.ts';
import type { SearchRequest } from '../domain/registration/ports.ts';
import { SearchTooBroad } from '../domain/registration/problems.ts';
import { REGISTRATION_STATUSES, type Registration } from '../domain/registration/registration.ts';
import { MAX_SEARCHED, searchPage, searchTerms } from '../domain/registration/registration-search.ts';
import { documentClient } from './dynamo.ts';
import { fromRegistrationItem, registrationStatusGsi1Pk } from './items/registration.ts';
import type { Item } from './items/item.ts';
import { ULID_PATTERN, keyPattern, listCursor } from './list-cursor.ts';
import { TABLE_KEYS } from './table.ts';

/** Every registration of the event in the given statuses, or SearchTooBroad once the bound is passed. */
const readBounded = async (tableName: string, eventId: string, statuses: readonly string[]): Promise<Registration[]> => {
  let read = 0;
  const partitionOf = async (status: string): Promise<Item[]> => {
    const items: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const page = await documentClient().send(
        new QueryCommand({
          TableName: tableName,
          IndexName: TABLE_KEYS.gsi1.name,
          KeyConditionExpression: 'GSI1PK = :pk',
          ExpressionAttributeValues: { ':pk': registrationStatusGsi1Pk(eventId, status as Registration['status']) },
          ...(ExclusiveStartKey ? { ExclusiveStartKey } : {}),
        }),
      );
      items.push(...(page.Items ?? []));
      read += page.Items?.length ?? 0;
      if (read > MAX_SEARCHED) throw new SearchTooBroad(MAX_SEARCHED);
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  };
  return (await Promise.all(statuses.map(partitionOf))).flat().map(fromRegistrationItem);
};

export const searchRegistrations = async (
  tableName: string,
  eventId: string,
  { filter, sort }: SearchRequest,
  { limit, cursor }: PageRequest,
): Promise<Page<Registration>> => {
  const cursors = listCursor(
    {
      list: 'registrations',
      eventId,
      index: `${TABLE_KEYS.gsi1.name}:search`,
      filters: { ...filter, q: searchTerms(filter.q).join(' ') || undefined, sort },
    },
    // `v`: the sort value (free text, compared in the function only, never sent to DynamoDB); `id`: the ULID.
    { v: /^[\s\S]{0,512}$/, id: keyPattern(ULID_PATTERN) },
  );
  const after = cursors.decode(cursor);
  const all = await readBounded(tableName, eventId, filter.status ? [filter.status] : REGISTRATION_STATUSES);
  const page = searchPage(all, filter, sort, limit, after && { value: after.v!, id: after.id! });
  return { items: page.items, nextCursor: page.more && page.last ? cursors.encode({ v: page.last.value, id: page.last.id }) : null };
};
