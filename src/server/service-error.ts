// The one error type the service's functions throw for expected refusals; routes map `code` to an HTTP status and
// show `message` (plain Korean, no personal data).
export type ServiceErrorCode = 'not-found' | 'forbidden' | 'invalid' | 'rate-limited' | 'closed' | 'conflict';

export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const httpStatusOf: Record<ServiceErrorCode, number> = {
  'not-found': 404,
  forbidden: 403,
  invalid: 400,
  'rate-limited': 429,
  closed: 409,
  conflict: 409,
};
