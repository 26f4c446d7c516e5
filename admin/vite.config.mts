import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Gzip and brotli copies of the built text assets, which the server sends by Accept-Encoding. */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const assets = path.join(outDir, 'assets');
      for (const name of readdirSync(assets)) {
        const file = path.join(assets, name);
        if (!/\.(js|css|svg|json|html|txt)$/.test(name) || statSync(file).size < 1024) continue;
        const content = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

/**
 * react-admin's DataTable row checkbox replaced by the console's (admin/src/common/SelectRowCheckbox.tsx),
 * which names its input where react-admin 5.15 names the span around it (WCAG 2.1: label).
 */
function labelledRowCheckbox(): Plugin {
  const ours = fileURLToPath(new URL('./src/common/SelectRowCheckbox.tsx', import.meta.url));
  return {
    name: 'labelled-row-checkbox',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './SelectRowCheckbox.js' && importer?.includes(`${path.sep}ra-ui-materialui${path.sep}`))
        return ours;
      return null;
    },
  };
}

// The console, built into admin/dist and served by the API server at /. In development
// (`npm run dev:admin`) Vite serves it with hot reload and forwards API calls to the server.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [labelledRowCheckbox(), react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/@mui')) return 'mui';
          if (id.includes('node_modules/react-admin') || id.includes('node_modules/ra-')) return 'react-admin';
          if (id.includes('node_modules/react') || id.includes('node_modules/scheduler')) return 'react';
          return undefined;
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/api': 'http://localhost:4000', '/verify': 'http://localhost:4000' },
  },
});
