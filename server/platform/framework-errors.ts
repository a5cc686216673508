import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors';

/**
 * Fastify's own refusals of an address it cannot route (a path parameter over the router's
 * length limit, bad percent-encoding) are answered before any hook runs. This answers them like
 * every other refusal: the error envelope, the request id and the security headers (written by
 * `dress`), and never the address itself, which may carry anything.
 */
export function frameworkErrorHandler(dress: (reply: FastifyReply) => void) {
  return (err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appErr =
      err.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? new AppError('uri_too_long', 'The address is too long.')
        : err.code === 'FST_ERR_BAD_URL'
          ? new AppError('bad_request', 'The address could not be read.')
          : new AppError('internal', 'Something went wrong on our side.');
    if (appErr.status >= 500) request.log.error({ code: err.code }, 'request failed');
    else request.log.info({ code: appErr.code }, appErr.message);
    dress(reply);
    return reply
      .status(appErr.status)
      .header('x-request-id', request.id)
      .header('cache-control', 'no-store')
      .send({ error: { code: appErr.code, message: appErr.message, request_id: request.id } });
  };
}
