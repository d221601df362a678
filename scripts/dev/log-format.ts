const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
const SHOWN_ELSEWHERE = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'err', 'req', 'res', 'responseTime']);

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Turns one pino JSON line into a short readable line for the `npm start` console (no pino-pretty
 * dependency). Lines that are not pino JSON are returned unchanged.
 */
export function formatLogLine(line: string): string {
  if (!line.startsWith('{')) return line;
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  if (!isObject(entry) || typeof entry.level !== 'number') return line;
  const time = typeof entry.time === 'number' ? new Date(entry.time).toISOString().slice(11, 19) : '--:--:--';
  const parts = [time, LEVELS[entry.level] ?? String(entry.level), typeof entry.msg === 'string' ? entry.msg : ''];
  const { req, res } = entry;
  if (isObject(req) && isObject(res)) {
    parts.push(`${String(req.method)} ${String(req.url)} -> ${String(res.statusCode)} (${String(entry.responseTime ?? '?')} ms)`);
  }
  const rest = Object.fromEntries(Object.entries(entry).filter(([k]) => !SHOWN_ELSEWHERE.has(k)));
  if (Object.keys(rest).length > 0) parts.push(JSON.stringify(rest));
  const err = entry.err;
  if (isObject(err)) parts.push(`\n${typeof err.stack === 'string' ? err.stack : String(err.message)}`);
  return parts.filter(Boolean).join('  ');
}
