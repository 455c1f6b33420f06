export type DomainErrorCode =
  | 'usage'
  | 'forbidden'
  | 'not_found'
  | 'not_set_up'
  | 'invalid_input'
  | 'conflict'
  | 'last_coordinator'
  | 'privacy';

/** An expected failure: its message is written for the person who caused it and is shown to them as is. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly hint: string | undefined;

  constructor(code: DomainErrorCode, message: string, hint?: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.hint = hint;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
