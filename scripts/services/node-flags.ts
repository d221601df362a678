/**
 * V8 heap limits for the two processes. Without them V8 sizes its heap from the machine's memory
 * and lets it grow under load (API peak RSS 473 MB at 1,650 req/s); these bounds keep the API
 * under 300 MB and the worker under 400 MB with headroom for native memory. docker/compose.yaml
 * uses the same flags (test/compose-config.e2e-spec.ts checks that). The API's young generation is
 * 16 MB per semi-space (V8's default up to 16 on 64-bit): a search page allocates a few MB (rows,
 * 23 kB of JSON), and at 8 MB scavenges were 10-17% of its CPU in the profile (docs/benchmarks.md).
 */
export const NODE_HEAP_FLAGS = {
  api: ['--max-old-space-size=160', '--max-semi-space-size=16'],
  worker: ['--max-old-space-size=256'],
} as const;
