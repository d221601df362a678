import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** A winner as the notices file describes it. */
export interface EvalSupplierDetail {
  name: string | null;
  country: string | null;
  national_id?: string | null;
  town?: string | null;
  nuts?: string | null;
}

/** The fields of a notices line (shared/data/README.md) the evaluation reads. */
export interface EvalNotice {
  id: string;
  language: string | null;
  title: string | null;
  description: string | null;
  cpv: string[] | null;
  buyer_country: string | null;
  region?: string | null;
  suppliers_detail?: EvalSupplierDetail[] | null;
}

/** Every non-empty line of a JSONL notices file; a malformed line names its line number. */
export async function readNotices(file: string): Promise<EvalNotice[]> {
  const out: EvalNotice[] = [];
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as EvalNotice);
    } catch (e) {
      throw new Error(`${file}:${n}: not JSON (${e instanceof Error ? e.message : String(e)})`, { cause: e });
    }
  }
  return out;
}
