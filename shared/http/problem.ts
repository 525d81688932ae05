/** The one place where errors become HTTP answers (RFC 9457 problem details). */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DomainError } from '../domain/errors.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

export const problemResponse = (error: unknown): APIGatewayProxyStructuredResultV2 & { statusCode: number } => {
  if (error instanceof DomainError) {
    const body: Problem = { ...error.extensions, type: error.type, title: error.title, status: error.status, detail: error.message };
    if (error.errors) body.errors = error.errors;
    return {
      statusCode: error.status,
      headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...error.headers },
      body: JSON.stringify(body),
    };
  }
  // Unknown errors say nothing about internals.
  const body: Problem = { type: '/problems/internal', title: 'Internal error', status: 500 };
  return { statusCode: 500, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE }, body: JSON.stringify(body) };
};
