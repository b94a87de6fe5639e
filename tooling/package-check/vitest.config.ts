import { defineProjectConfig } from '@img-groningen/vitest-config';

// Packing six packages and installing them with npm takes a minute or two on a shared machine.
export default defineProjectConfig({ test: { hookTimeout: 600_000, testTimeout: 300_000 } });
