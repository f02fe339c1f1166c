// The servers that the benchmarks measure against: the built editor and proxy, started on an
// ephemeral loopback port, and a static server for the bare Konva page.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '..')
const SERVER_START_TIMEOUT_MS = 30_000

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

/** Files the bare Konva page may load, by URL prefix: its own folder, Konva and the clip pictures. */
const MOUNTS = [
  ['/konva/', join(root, 'node_modules', 'konva')],
  ['/pages/', join(root, 'bench', 'pages')],
  ['/', join(root, 'public')],
]

function resolveFile(pathname) {
  for (const [prefix, folder] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue
    const file = normalize(join(folder, pathname.slice(prefix.length)))
    if (file.startsWith(folder)) return file
  }
  return undefined
}

/** Serves the bare Konva page on 127.0.0.1 and an ephemeral port. */
export async function startStaticServer() {
  const server = createServer((request, response) => {
    const file = resolveFile(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    let body
    try {
      body = file ? readFileSync(file) : undefined
    } catch {
      body = undefined
    }
    if (!body) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(body)
  })
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address()
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(done)),
  }
}

/**
 * Starts dist/server/main.js in sandbox mode on 127.0.0.1 and an ephemeral port, with its data in
 * a new temporary folder that `close` deletes. The port comes from the server's start log line.
 */
export async function startEditorServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'scene-editor-bench-'))
  const child = spawn(process.execPath, [join(root, 'dist', 'server', 'main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SANDBOX_RENDER_SECONDS: '3',
      LOG_LEVEL: 'info',
      AISTUDIOS_TOKEN: '',
      AISTUDIOS_APP_ID: '',
      AISTUDIOS_USER_KEY: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    const port = await readStartedPort(child)
    return { url: `http://127.0.0.1:${port}`, close }
  } catch (error) {
    await close()
    throw error
  }
}

function readStartedPort(child) {
  return new Promise((done, fail) => {
    let buffered = ''
    const timer = setTimeout(
      () => fail(new Error(`The editor server did not start in ${SERVER_START_TIMEOUT_MS} ms.`)),
      SERVER_START_TIMEOUT_MS,
    )
    child.once('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`The editor server exited with code ${code} before it started.`))
    })
    child.stdout.on('data', (chunk) => {
      buffered += chunk
      for (const line of buffered.split('\n')) {
        if (!line.includes('server started')) continue
        clearTimeout(timer)
        // Later log lines are read and dropped, so a full pipe never blocks the server.
        child.stdout.removeAllListeners('data')
        child.stdout.resume()
        done(JSON.parse(line).port)
        return
      }
    })
  })
}
