// An OpenAPI validator nobody on the team wrote (@seriousme/openapi-schema-validator, the OpenAPI Initiative's
// JSON schemas for 3.0, 3.1 and 3.2) checks the service's document. Usage: node openapi_validate.mjs URL
// Prints the version it validated against; exits 1 with the validator's errors when the document is invalid.
import { Validator } from '@seriousme/openapi-schema-validator';

const url = process.argv[2];
const response = await fetch(url, { headers: { Accept: 'application/json' } });
if (!response.ok) {
  throw new Error(`${url}: ${response.status}`);
}
const validator = new Validator();
const result = await validator.validate(await response.json());
if (!result.valid) {
  process.stderr.write(JSON.stringify(result.errors, null, 1).slice(0, 20000) + '\n');
  process.exit(1);
}
process.stdout.write(`valid OpenAPI ${validator.version}\n`);
