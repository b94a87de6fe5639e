import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [vue()],
  server: {
    proxy: {
      '/trpc': api,
      '/healthz': api,
      '/oidc': api,
      '/open-data': api,
      '/auth-config.json': api,
    },
  },
  build: { target: 'es2022', sourcemap: true },
});
