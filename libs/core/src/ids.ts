import { randomUUID } from 'node:crypto';

/** Opaque ids are UUIDs; clients must not parse them. */
export const newId = (): string => randomUUID();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids come from clients as strings; anything that is not one of ours cannot exist. */
export const isId = (value: string): boolean => UUID.test(value);
