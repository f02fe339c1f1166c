import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { apiPlugin } from './vite-plugin'
import { sampleRequestText } from './testing'

const VARIABLES = [
  'AISTUDIOS_TOKEN',
  'AISTUDIOS_APP_ID',
  'AISTUDIOS_USER_KEY',
  'DATA_DIR',
  'LOG_LEVEL',
]
const saved = new Map(VARIABLES.map((name) => [name, process.env[name]]))
let server: ViteDevServer
let baseUrl: string
let dataDir: string

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'vite-plugin-test-'))
  for (const name of VARIABLES) delete process.env[name]
  process.env['DATA_DIR'] = dataDir
  process.env['LOG_LEVEL'] = 'silent'
  server = await createServer({
    configFile: false,
    root: resolve(import.meta.dirname, '..', '..'),
    logLevel: 'silent',
    plugins: [apiPlugin()],
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
  })
  await server.listen()
  const address = server.httpServer?.address() as AddressInfo
  baseUrl = `http://127.0.0.1:${address.port}`
})

afterAll(async () => {
  await server.close()
  await rm(dataDir, { recursive: true, force: true })
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

describe('apiPlugin in the Vite dev server', () => {
  test('serves health from the same app', async () => {
    const response = await fetch(`${baseUrl}/api/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      mode: 'sandbox',
      upstream: 'embedded sandbox',
      credentials: false,
      bodyLimitBytes: expect.any(Number),
    })
  })

  test('accepts an export from the Vite origin', async () => {
    const response = await fetch(`${baseUrl}/api/projects`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: baseUrl },
      body: sampleRequestText(),
    })
    expect(response.status).toBe(201)
    expect((await response.json()).projectId).toMatch(/^[a-f0-9]{24}$/)
  })

  test('rejects a foreign origin', async () => {
    const response = await fetch(`${baseUrl}/api/projects`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.test' },
      body: sampleRequestText(),
    })
    expect(response.status).toBe(403)
  })
})
