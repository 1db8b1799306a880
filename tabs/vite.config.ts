import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * One build serves every environment: the API address and mode come from /config.json at run time
 * (served by server.ts in development, written next to index.html by the deploy in Azure).
 */
export default defineConfig({
  plugins: [react()],
  // Relative asset paths: the built tab works from any folder of any static host (routing is by hash).
  base: './',
  clearScreen: false,
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: true,
    // Fluent UI is one large, rarely changing chunk; keep it apart from Koers' own code.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'fluent', test: /node_modules[\\/]@fluentui/ },
            { name: 'teams-js', test: /node_modules[\\/]@microsoft[\\/]teams-js/ },
          ],
        },
      },
    },
    chunkSizeWarningLimit: 1200,
  },
  optimizeDeps: {
    // Listed up front so the first page load pre-bundles everything in one pass, without a
    // discovery round and a full reload halfway (that is what makes a cold start slow).
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom/client',
      '@fluentui/react-components',
      '@microsoft/teams-js',
      'intl-messageformat',
      'zod',
    ],
  },
  server: {
    warmup: { clientFiles: ['./src/main.tsx'] },
  },
});
