/// <reference types="vitest/config" />
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

// The GraphQL API (Quarkus) answers queries over HTTP and subscriptions over WebSocket on /graphql;
// /exports (HR's .xlsx of promotion outcomes) and /imports (the organization tree's .xlsx and its template)
// are its other endpoints, with the same bearer token; /certificates the public confirmation of a certificate
// (no token) and its PDF (with one).
const apiUrl = process.env.BIWU_API_URL ?? 'http://localhost:8080';
const apiProxy: Record<string, ProxyOptions> = {
  '/graphql': {
    target: apiUrl,
    changeOrigin: true,
    ws: true,
  },
  '/exports': {
    target: apiUrl,
    changeOrigin: true,
  },
  '/imports': {
    target: apiUrl,
    changeOrigin: true,
  },
  '/certificates': {
    target: apiUrl,
    changeOrigin: true,
  },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy: apiProxy },
  preview: { port: 4173, strictPort: true, proxy: apiProxy },
  build: {
    // antd alone is about 700 kB minified (230 kB gzipped), in one file that stays cached.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // The UI kit and React change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            // the statistics charts only: fetched with the dashboard, never at startup
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 3 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
