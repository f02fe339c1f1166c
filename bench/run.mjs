// Entry of `npm run bench`: measures the editor's overhead against the floor it builds on, as
// ratios from one run, prints a table and writes bench/results.json. `--smoke` runs tiny sizes
// only to prove that every benchmark still works; its figures mean nothing.
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { isBuildCurrent } from '../scripts/build-state.mjs'
import { launchBrowser } from './browser.mjs'
import { runDrag } from './drag.mjs'
import { runProxy } from './proxy.mjs'
import { runSceneSwitching } from './scenes.mjs'
import { root, startEditorServer, startStaticServer } from './servers.mjs'
import { runStartup } from './startup.mjs'
import { printTable } from './table.mjs'

const smoke = process.argv.includes('--smoke')

const SIZES = smoke
  ? {
      drag: { sizes: [20], steps: 10, rounds: 1 },
      model: { scenes: 5, clips: 5, rounds: 2 },
      scenes: { scenes: 3, clips: 5, cycles: 2 },
      proxy: { seconds: 1, connections: 2, rounds: 1 },
    }
  : {
      drag: { sizes: [20, 200, 1000], steps: 120, rounds: 5 },
      model: { scenes: 100, clips: 30, rounds: 21 },
      scenes: { scenes: 100, clips: 30, cycles: 5 },
      proxy: { seconds: 5, connections: 10, rounds: 3 },
    }

/** Runs `npm run build` when dist/ is missing or older than the sources. */
function ensureBuild() {
  if (isBuildCurrent(root)) return
  console.log('Building the editor and server, because dist/ is missing or older than src/...')
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('npm run build failed; fix the build and run again.')
}

function runModel({ scenes, clips, rounds }) {
  const output = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'bench', 'model.mjs'),
      String(scenes),
      String(clips),
      String(rounds),
    ],
    { cwd: root, encoding: 'utf8' },
  )
  return JSON.parse(output)
}

function machine(browserVersion) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8')
  return {
    cores: availableParallelism(),
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? 'unknown',
    chromium: browserVersion,
    node: process.version,
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim(),
  }
}

async function main() {
  ensureBuild()
  const started = new Date()
  const results = { smoke, startedAt: started.toISOString(), sizes: SIZES }

  results.startup = runStartup()
  results.importExport = runModel(SIZES.model)

  const editor = await startEditorServer()
  const pages = await startStaticServer()
  const browser = await launchBrowser()
  try {
    results.machine = machine(browser.version())
    const urls = { editor: editor.url, static: pages.url }
    results.drag = await runDrag(browser, urls, SIZES.drag)
    results.sceneSwitching = await runSceneSwitching(browser, urls, SIZES.scenes)
    await browser.close()
    results.proxy = await runProxy(editor.url, SIZES.proxy)
  } finally {
    await browser.close()
    await pages.close()
    await editor.close()
  }

  results.seconds = (Date.now() - started.getTime()) / 1000
  writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n')
  printTable(results)
  console.log(`Wrote bench/results.json in ${results.seconds.toFixed(0)} s.`)
}

await main()
