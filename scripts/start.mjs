// Starts the export server: builds the editor and server first when dist/ is missing or older
// than the sources (skip with --no-build), then runs dist/server/main.js in this process.
// Settings come from the environment and, for variables not already set, from ./.env.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = resolve(import.meta.dirname, '..')
const serverEntry = join(root, 'dist', 'server', 'main.js')
const editorEntry = join(root, 'dist', 'index.html')
const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json']

/** Newest modification time among files under `path`, or 0 when it does not exist. */
function newestMtime(path) {
  if (!existsSync(path)) return 0
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

function buildIsCurrent() {
  if (!existsSync(serverEntry) || !existsSync(editorEntry)) return false
  const built = Math.min(statSync(serverEntry).mtimeMs, statSync(editorEntry).mtimeMs)
  const newestSource = Math.max(...sources.map((name) => newestMtime(join(root, name))))
  return built >= newestSource
}

const skipBuild = process.argv.includes('--no-build')
if (existsSync(join(root, '.env'))) process.loadEnvFile(join(root, '.env'))

if (!skipBuild && !buildIsCurrent()) {
  console.log('Building the editor and server (dist/ is missing or older than the sources)...')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error('The build failed; fix the errors above and run npm start again.')
    process.exit(result.status ?? 1)
  }
}

if (!existsSync(serverEntry)) {
  console.error(`${serverEntry} is missing. Run npm run build, or npm start without --no-build.`)
  process.exit(1)
}

await import(pathToFileURL(serverEntry).href)
