import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { operationList } from '../shared/contracts';
import { openApiDocument } from '../shared/contracts/openapi';

/** `npm run openapi`: writes the OpenAPI 3.1 description of the contract table. */
const target = process.argv[2] ?? 'build/openapi.json';
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(openApiDocument(operationList, { serverUrl: '/api' }), null, 2)}\n`);
console.log(`Wrote ${target} (${operationList.length} operations)`);
