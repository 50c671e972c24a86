// Validates CycloneDX 1.6 JSON documents with the official CycloneDX JavaScript library's strict JSON validator.
// It uses the schemas bundled in the npm package: nothing is fetched.
// Usage: node validate-cyclonedx.mjs BOM.json...   Prints one line per document; exits 1 when any is invalid.
import { readFileSync } from 'node:fs';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';

const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
let failed = false;
for (const path of process.argv.slice(2)) {
  try {
    const errors = await validator.validate(readFileSync(path, 'utf8'));
    if (errors === null) {
      console.log(`${path}: valid`);
    } else {
      failed = true;
      console.log(`${path}: invalid: ${JSON.stringify(errors)}`);
    }
  } catch (error) {
    failed = true;
    console.log(`${path}: ${error}`);
  }
}
process.exit(failed ? 1 : 0);
