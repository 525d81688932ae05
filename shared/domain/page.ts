/** One page of a list and the cursor of the next (null on the last page): every paginated list's answer. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** What a caller asks of a paginated list. */
export interface PageRequest {
  limit: number;
  cursor?: string;
}
