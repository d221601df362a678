/**
 * `npm run test:faults`: the fault suite (test/faults). Real OS processes (API, workers, and the one
 * service each scenario breaks, started by the test on its own loopback port), one file at a time so
 * the scenarios do not share the CPU; `npm test` leaves these files out (they match no pattern there).
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  // A scenario boots its processes, breaks a service and waits, bounded, for recovery.
  testTimeout: 300_000,
  maxWorkers: 1,
};
