import { describe, expect, it } from 'vitest';
import { operationList, operationPath, operations, queryString } from '../../../shared/contracts';
import { appErrorCodes } from '../../../shared/errors/app-error';

describe('the contract table', () => {
  it('names each operation once and gives each method and path one row', () => {
    const names = operationList.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    const routes = operationList.map((o) => `${o.method} ${o.path}`);
    expect(new Set(routes).size).toBe(routes.length);
    for (const [key, row] of Object.entries(operations)) expect(row.name).toBe(key);
  });

  it('declares a schema for exactly the parameters each path template names', () => {
    for (const row of operationList) {
      const inPath = [...row.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = Object.keys(row.params?.shape ?? {}).sort();
      expect(declared, row.name).toEqual(inPath);
    }
  });

  it('lists only codes of the error vocabulary, and If-Match rows can answer 428 and 412', () => {
    for (const row of operationList) {
      for (const code of row.problems) expect(appErrorCodes, row.name).toContain(code);
      if (row.ifMatch) expect(row.problems, row.name).toEqual(expect.arrayContaining(['precondition-required']));
      if (row.body || row.params || row.query) expect(row.problems, row.name).toContain('invalid-input');
    }
  });

  it('keeps a 204 row without a response body and every other row with one', () => {
    for (const row of operationList) expect(row.response === null, row.name).toBe(row.success[0] === 204);
  });
});

describe('operationPath and queryString', () => {
  it('percent-encodes every parameter, so an id cannot change the shape of the URL', () => {
    expect(operationPath(operations.patchAgendaItem, { id: 'a/b?c', itemId: '#1 %' })).toBe(
      '/relationships/a%2Fb%3Fc/agenda/%231%20%25',
    );
    expect(operationPath(operations.listRelationships)).toBe('/relationships');
  });

  it('refuses to build a URL with a missing parameter', () => {
    expect(() => operationPath(operations.getRelationship, {})).toThrow(/id/);
    expect(() => operationPath(operations.getRelationship, { id: '' })).toThrow(/id/);
  });

  it('leaves out undefined query values and encodes the rest', () => {
    expect(queryString({ q: 'a&b=c', limit: 8, meeting: undefined })).toBe('?q=a%26b%3Dc&limit=8');
    expect(queryString({})).toBe('');
  });
});
