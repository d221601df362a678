import { fieldErrors, type ApiError } from '../../shared/api-errors';

/**
 * The API's errors split for a form: those naming a field the form shows go under that field (keyed by the
 * last path segment, `input.weights.text` -> `text`), the rest go to one summary above the buttons.
 */
export function splitErrors(errors: ApiError[], shown: readonly string[]) {
  const last = (field: string) => field.split('.').pop() ?? field;
  const placed = errors.filter((e) => e.field && shown.includes(last(e.field)));
  return { byField: fieldErrors(placed), unplaced: errors.filter((e) => !placed.includes(e)) };
}
