/** The English messages must have exactly the Swedish ones' keys: a missing key is a type error. */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export interface Namespace<T> {
  sv: T;
  en: Messages<T>;
}

export const defineMessages = <const T extends Record<string, unknown>>(sv: T, en: Messages<T>): Namespace<T> => ({ sv, en });
