import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { apiPlugin } from './src/server/vite-plugin.ts'

export default defineConfig({
  plugins: [react(), apiPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
})
