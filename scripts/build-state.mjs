// Tells whether dist/ is older than the sources it is built from, for the scripts that build
// before they run (npm start and npm run bench).
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json']

/** Returns the newest modification time among files under `path`, or 0 when it does not exist. */
function newestMtime(path) {
  if (!existsSync(path)) return 0
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

/** Returns whether the built editor and server in `root`/dist are at least as new as the sources. */
export function isBuildCurrent(root) {
  const outputs = [join(root, 'dist', 'index.html'), join(root, 'dist', 'server', 'main.js')]
  if (!outputs.every((file) => existsSync(file))) return false
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs))
  const newestSource = Math.max(...SOURCES.map((name) => newestMtime(join(root, name))))
  return built >= newestSource
}
