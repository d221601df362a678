import { useEffect, useMemo, useState } from 'react';

/**
 * The value once it has stopped changing for `ms` (compared by its JSON, so a new but equal object does not
 * restart the wait). The first value counts at once, so an opened draft gets its advice without waiting.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const key = JSON.stringify(value) ?? 'null';
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return useMemo(() => JSON.parse(settled) as T, [settled]);
}
