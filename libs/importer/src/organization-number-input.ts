import { organizationNumberOrNull } from '@navet/identity';

/**
 * A source's organization number in its stored spelling. One that is not valid for the country
 * (common in TED data) becomes null rather than failing the line, flagged so the import counts it.
 */
export function organizationNumberFields(
  countryCode: string,
  raw: string | null | undefined,
): { organizationNumber: string | null; organizationNumberDropped?: true } {
  const organizationNumber = organizationNumberOrNull(countryCode, raw);
  return organizationNumber === null && raw?.trim()
    ? { organizationNumber, organizationNumberDropped: true }
    : { organizationNumber };
}
