import { DrizzleQueryError } from 'drizzle-orm/errors';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { stdSerializers } from 'pino';
import { type ErrorCode, type ErrorDetail, errorStatus } from '#common/errors';

/** The one error type services throw. The error handler turns it into the envelope. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode | (string & {}),
    message: string,
    readonly details?: ErrorDetail[],
    status?: number,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = status ?? errorStatus[code as ErrorCode] ?? 500;
  }
}

export const badRequest = (message: string, details?: ErrorDetail[]) => new AppError('bad_request', message, details);
export const unauthenticated = (message = 'Sign in to continue.') => new AppError('unauthenticated', message);
export const forbidden = (message = 'You do not have permission to do that.') => new AppError('forbidden', message);
/** "Not yours" and "does not exist" look the same from outside. */
export const notFound = (what = 'resource') => new AppError('not_found', `The ${what} was not found.`);
/** An invalid state transition or a duplicate; `code` may be more specific (e.g. `focus_not_finished`). */
export const conflict = (message: string, code: string = 'conflict') => new AppError(code, message, undefined, 409);
export const validationError = (details: ErrorDetail[], message = 'The request is not valid.') =>
  new AppError('validation_error', message, details);
/** Seconds a client is told to wait (`Retry-After`) before trying again when the database is away. */
export const RETRY_AFTER_SECONDS = 5;
export const unavailable = (message = 'The service is temporarily unavailable.') =>
  new AppError('unavailable', message, undefined, undefined, { 'retry-after': String(RETRY_AFTER_SECONDS) });

/**
 * What means "the database is not reachable right now": socket errors, PostgreSQL's
 * admin_shutdown, crash_shutdown and cannot_connect_now (57P0x) and every connection exception
 * (class 08).
 */
const connectionErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  '57P01',
  '57P02',
  '57P03',
]);
/**
 * The same, as node-postgres says it without a code: a connection that died mid-request, a
 * client left unusable by that, and a pool that found no connection in time.
 */
const connectionLostMessage =
  /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect)/;
/**
 * Constraint and data errors a bad value can cause: not null, check, invalid text
 * representation, bad date/time, numeric out of range, string too long.
 */
const invalidValueCodes = new Set(['23502', '23514', '22P02', '22007', '22008', '22003', '22001']);
/**
 * Text the database cannot store (a backstop: the contracts refuse it first): invalid byte
 * sequence, as NUL is on both drivers, and untranslatable character (`\u0000` in jsonb).
 */
const invalidTextCodes = new Set(['22021', '22P05']);

function driverCode(err: unknown): string | undefined {
  let cur = err as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; cur && depth < 4; depth++) {
    if (typeof cur.code === 'string' && !cur.code.startsWith('FST_')) return cur.code;
    cur = cur.cause as typeof cur;
  }
  return undefined;
}

function connectionLost(err: unknown): boolean {
  let cur = err as { message?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; cur && depth < 4; depth++) {
    if (typeof cur.message === 'string' && connectionLostMessage.test(cur.message)) return true;
    cur = cur.cause as typeof cur;
  }
  return false;
}

/** Maps what a request can throw (AppError, validation, parser and driver errors) to the envelope. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const fe = err as FastifyError & { validationContext?: string };

  if (hasZodFastifySchemaValidationErrors(fe)) {
    const details = fe.validation.map((v) => ({
      path: [fe.validationContext, ...(v.instancePath ? v.instancePath.slice(1).split('/') : [])]
        .filter(Boolean)
        .join('.'),
      message: v.message ?? 'Invalid value',
    }));
    return fe.validationContext === 'body'
      ? validationError(details)
      : badRequest(`The ${fe.validationContext ?? 'request'} is not valid.`, details);
  }
  if (isResponseSerializationError(fe)) return new AppError('internal', 'Something went wrong on our side.');

  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413) {
    return new AppError('payload_too_large', 'The request body is too large.');
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe.statusCode === 415) {
    return new AppError('unsupported_media_type', 'This content type is not supported here.');
  }
  if (fe.statusCode === 429) return new AppError('rate_limited', 'Too many requests. Try again shortly.');
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError('bad_request', fe.statusCode === 404 ? 'Not found.' : 'The request could not be read.');
  }

  const code = driverCode(err);
  if (code ? connectionErrorCodes.has(code) || code.startsWith('08') : connectionLost(err)) return unavailable();
  if (code === '23505') return conflict('That already exists.');
  if (code === '23503') return notFound();
  if (code && invalidValueCodes.has(code)) return badRequest('A value in the request is out of range.');
  if (code && invalidTextCodes.has(code)) return badRequest('The request contains text that cannot be stored.');
  return new AppError('internal', 'Something went wrong on our side.');
}

/**
 * How the log shows an error (the logger's `err` serializer). A failed statement keeps its SQL
 * and the driver's code and message, never its parameters (what users typed, emails, token
 * hashes), which the query error's message and stack repeat, nor the driver's `detail`, which
 * quotes the row.
 */
export function loggedError(err: Error): { type: string; message: string; stack: string; [key: string]: unknown } {
  if (!(err instanceof DrizzleQueryError)) return stdSerializers.err(err);
  const cause = err.cause as { code?: unknown; message?: unknown } | undefined;
  return {
    type: 'DrizzleQueryError',
    message: typeof cause?.message === 'string' ? cause.message : 'The query failed.',
    code: cause?.code,
    query: err.query,
    stack: (err.stack ?? '')
      .split('\n')
      .filter((line) => line.startsWith('    at '))
      .join('\n'),
  };
}

/** Registers the one error handler and the not-found handler for the API. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => {
    const appErr = toAppError(err);
    if (appErr.status >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ code: appErr.code }, appErr.message);
    if (appErr.headers) reply.headers(appErr.headers);
    return reply.status(appErr.status).send({
      error: {
        code: appErr.code,
        message: appErr.message,
        ...(appErr.details ? { details: appErr.details } : {}),
        request_id: request.id,
      },
    });
  });
}
