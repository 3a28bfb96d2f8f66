import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev` proxies /graphql to the gateway (GATEWAY_URL, default `npm start`'s address), so
// the console and the gateway share an origin, as they would behind one host in production.
const gateway = process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': { target: gateway, changeOrigin: true } } },
  preview: { proxy: { '/graphql': { target: gateway, changeOrigin: true } } },
});
