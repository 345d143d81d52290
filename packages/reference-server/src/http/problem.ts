import { megabytes, type Locale } from '@egov-kit/core';
import { formatMessage } from '@egov-kit/core/messages';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  PROBLEM_MEDIA_TYPE, problemMessageKey, problemTitleKey, problemTypes, problemTypeUri,
  type MessageParams, type Problem, type ProblemFieldError, type ProblemName,
} from '../contract.js';
import { negotiateLocale } from './locale.js';

/** What a problem carries besides its name. */
export interface ProblemOptions {
  /** Values for the message's placeholders (also returned as `params`). */
  params?: MessageParams;
  /** Field errors (for `validation-failed`); `message` is filled in the request's language. */
  errors?: ProblemFieldError[];
  /** Headers to send with it (`Retry-After`, `Allow`, `WWW-Authenticate`…). */
  headers?: Record<string, string>;
  /** Extra members (e.g. OAuth's `error`). */
  extensions?: Record<string, string>;
  /** The `instance` member, instead of the request's path (which a problem about the path must not echo). */
  instance?: string;
}

/**
 * The params of a size limit (`payload-too-large`, `upload-too-large`): the limit in bytes, for
 * programs, and in MB (core's `megabytes`, as `file-too-large` tells it), for people.
 */
export function sizeLimitParams(maxBytes: number): { maxBytes: number; maxSizeMb: number } {
  return { maxBytes, maxSizeMb: megabytes(maxBytes) };
}

/** An error that answers as an RFC 9457 problem of this contract. Throw it from any handler. */
export class ProblemError extends Error {
  readonly problem: ProblemName;
  readonly options: ProblemOptions;

  constructor(problem: ProblemName, options: ProblemOptions = {}) {
    super(problem);
    this.name = 'ProblemError';
    this.problem = problem;
    this.options = options;
  }

  get status(): number {
    return problemTypes[this.problem];
  }
}

/** Builds the problem body of `name` in `locale`. `instance` is the request path (never its query). */
export function problemBody(name: ProblemName, locale: Locale, instance: string, options: ProblemOptions = {}): Problem {
  const params = options.params ?? {};
  const errors = options.errors?.map((error) => ({
    ...error,
    message: error.message ?? formatMessage(error.messageKey, locale, error.params ?? {}),
  }));
  return {
    type: problemTypeUri(name),
    title: formatMessage(problemTitleKey(name), locale, params),
    status: problemTypes[name],
    detail: formatMessage(problemMessageKey(name), locale, params),
    instance,
    messageKey: problemMessageKey(name),
    ...(Object.keys(params).length > 0 ? { params } : {}),
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...options.extensions,
  };
}

/** The language of a request's answers. */
export function localeOf(request: FastifyRequest): Locale {
  return negotiateLocale(request.headers['accept-language']);
}

/** Sends `name` as `application/problem+json`, in the request's language. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, name: ProblemName, options: ProblemOptions = {}): FastifyReply {
  const locale = localeOf(request);
  const path = options.instance ?? request.url.split('?')[0] ?? request.url;
  const body = problemBody(name, locale, path, options);
  const vary = reply.getHeader('vary');
  reply.code(body.status).header('content-type', `${PROBLEM_MEDIA_TYPE}; charset=utf-8`).header('content-language', locale).header('x-content-type-options', 'nosniff')
    .header('vary', vary ? `${String(vary)}, Accept-Language` : 'Accept-Language');
  for (const [header, value] of Object.entries(options.headers ?? {})) reply.header(header, value);
  return reply.send(JSON.stringify(body));
}
