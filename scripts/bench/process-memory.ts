import { readFileSync } from 'node:fs';

/** VmRSS and VmHWM (peak RSS) of a process in MB, from /proc; null when unreadable (gone, not Linux). */
export function processMemory(pid: number | null): { rssMb: number; peakMb: number } | null {
  if (pid === null || pid <= 0) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Samples a process's RSS while `work` runs; resolves with the work's result and the highest RSS seen. */
export async function withPeakRss<T>(
  pid: number | null,
  work: () => Promise<T>,
  everyMs = 100,
): Promise<{ result: T; peakMb: number | null }> {
  let peak: number | null = null;
  const sample = () => {
    const m = processMemory(pid);
    if (m) peak = Math.max(peak ?? 0, m.rssMb);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  try {
    const result = await work();
    sample();
    return { result, peakMb: peak };
  } finally {
    clearInterval(timer);
  }
}
