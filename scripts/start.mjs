// Starts the export server: builds the editor and server first when dist/ is missing or older
// than the sources (skip with --no-build), then runs dist/server/main.js in this process.
// Settings come from the environment and, for variables not already set, from ./.env.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isBuildCurrent } from './build-state.mjs'

const root = resolve(import.meta.dirname, '..')
const serverEntry = join(root, 'dist', 'server', 'main.js')

const skipBuild = process.argv.includes('--no-build')
if (existsSync(join(root, '.env'))) process.loadEnvFile(join(root, '.env'))

if (!skipBuild && !isBuildCurrent(root)) {
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
