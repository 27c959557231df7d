import { describe, expect, it } from 'vitest';
import { classifyRole, rolePairing } from '../../../shared/discovery/roles';

describe('classifyRole', () => {
  it.each([
    [null, 'PM', 'product'],
    [null, 'Product Manager', 'product'],
    [null, 'Group Product Manager', 'product'],
    [null, 'Sr. PM, Payments', 'product'],
    [null, 'UX Researcher', 'design'],
    [null, 'Product Designer', 'design'],
    [null, 'SWE II', 'engineering'],
    [null, 'Engineering Manager', 'engineering'],
    [null, 'Product Engineer', 'engineering'],
    [null, 'Account Executive', 'sales'],
    [null, 'Sales Engineer', 'sales'],
    [null, 'Business Development Representative', 'sales'],
    [null, 'CSM', 'customerSuccess'],
    [null, 'Customer Success Engineer', 'customerSuccess'],
    [null, 'Product Marketing Manager', 'marketing'],
    ['R&D', null, 'engineering'],
    ['Customer Success', 'Team Lead', 'customerSuccess'],
    ['Go-to-market', 'Chief of Staff', 'other'],
    [undefined, undefined, 'other'],
  ] as const)('%s / %s → %s', (department, title, family) => {
    expect(classifyRole(department, title)).toBe(family);
  });

  it('prefers the title over a broad department', () => {
    expect(classifyRole('Engineering', 'Technical Program Manager')).toBe('product');
    expect(classifyRole('Product', 'Staff Software Engineer')).toBe('engineering');
  });
});

describe('rolePairing', () => {
  it('labels pairs in the method order whichever side asks', () => {
    expect(rolePairing('engineering', 'design')).toEqual({
      label: 'Design ↔ Engineering',
      families: ['design', 'engineering'],
      weight: 1,
    });
    expect(rolePairing('design', 'engineering')).toEqual({
      label: 'Design ↔ Engineering',
      families: ['design', 'engineering'],
      weight: 1,
    });
    expect(rolePairing('customerSuccess', 'sales')?.label).toBe('Sales ↔ Customer Success');
  });

  it('knows every recommended pairing and nothing else', () => {
    const yes = [
      ['product', 'design'],
      ['product', 'engineering'],
      ['design', 'engineering'],
      ['marketing', 'design'],
      ['product', 'customerSuccess'],
      ['sales', 'customerSuccess'],
      ['marketing', 'sales'],
    ] as const;
    for (const [a, b] of yes) expect(rolePairing(a, b)).not.toBeNull();
    expect(rolePairing('engineering', 'sales')).toBeNull();
    expect(rolePairing('design', 'design')).toBeNull();
    expect(rolePairing('other', 'product')).toBeNull();
  });

  it('weights the product/design/engineering trio above the others', () => {
    expect(rolePairing('product', 'engineering')!.weight).toBeGreaterThan(rolePairing('marketing', 'sales')!.weight);
  });
});
