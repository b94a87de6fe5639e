import { defineProjectConfig } from '@img-groningen/vitest-config';

export default defineProjectConfig();
