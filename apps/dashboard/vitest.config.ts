import vue from '@vitejs/plugin-vue';
import { defineProjectConfig } from '@img-groningen/vitest-config';

export default defineProjectConfig({ plugins: [vue()], test: { environment: 'happy-dom' } });
