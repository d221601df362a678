import type { Request } from 'express';

/** One cookie of the request's Cookie header (no cookie-parser: the API reads two cookies, on two paths). */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The non-simple header the cookie endpoints require: a cross-site form cannot send it, fetch needs a preflight. */
export const CSRF_HEADER = 'x-navet-csrf';
export const hasCsrfHeader = (req: Request): boolean => req.get(CSRF_HEADER) === '1';
