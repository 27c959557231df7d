import { AppError } from '../../../shared/errors/app-error';

/**
 * Kept for the token validator until it throws AppError itself: a 401 in the one vocabulary, with
 * the `status` its tests read. Nothing else should use it; the mapping knows only AppError.
 */
export class HttpProblem extends AppError {
  readonly status = 401;
  constructor(readonly detail: string) {
    super('unauthenticated', detail);
    this.name = 'HttpProblem';
  }
}

export const problems = {
  unauthorized: (detail: string) => new HttpProblem(detail),
};
