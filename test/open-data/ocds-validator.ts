import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import releasePackageSchema from '../fixtures/ocds-1.1.5/release-package-schema.json';
import releaseSchema from '../fixtures/ocds-1.1.5/release-schema.json';

// Draft 4 (what OCDS 1.1 is written in) with its formats checked; strict off because the schema's own
// keywords (`codelist`, `openCodelist`, `mergeStrategy`, `deprecated`) are annotations, not rules.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(releaseSchema);
const validate = ajv.compile(releasePackageSchema);

/** Errors of an OCDS 1.1.5 release package as readable lines; empty = valid. */
export function ocdsPackageErrors(pkg: unknown): string[] {
  if (validate(pkg)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
