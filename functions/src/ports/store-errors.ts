/** Thrown by store ports when an If-Match version is stale; carries nothing the caller did not already see. */
export class StaleVersionError extends Error {
  constructor() {
    super('The item changed since it was read.');
    this.name = 'StaleVersionError';
  }
}

export class AlreadyExistsError extends Error {
  constructor() {
    super('Already exists.');
    this.name = 'AlreadyExistsError';
  }
}

export class NotFoundError extends Error {
  constructor() {
    super('Not found.');
    this.name = 'NotFoundError';
  }
}
