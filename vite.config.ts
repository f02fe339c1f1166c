import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { apiPlugin } from './src/server/vite-plugin.ts'

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), apiPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The server build needs none of the editor's static files.
    copyPublicDir: !isSsrBuild,
  },
}))
