// Expected failures carry a message a person can act on (Vietnamese in the UI, shown by CLIs too).
export type DataErrorCode = 'forbidden' | 'not_found' | 'conflict' | 'invalid' | 'unauthenticated' | 'rate_limited';

export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    readonly userMessage: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(userMessage);
    this.name = 'DataError';
  }
}

export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => new DataError('forbidden', message);
