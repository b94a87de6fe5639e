import type { UserConfig } from 'vitest/config';

export function defineProjectConfig(overrides?: UserConfig): UserConfig;
