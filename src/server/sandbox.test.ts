import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { createApp } from './app'
import {
  captureLogger,
  fakeUpstream,
  listen,
  sampleRequestText,
  testConfig,
  waitFor,
  type RecordedRequest,
} from './testing'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.()
})

async function startSandbox(env: Record<string, string> = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'sandbox-test-'))
  const captured = captureLogger()
  const listening: { url?: string } = {}
  const config = testConfig({ DATA_DIR: dataDir, SANDBOX_RENDER_SECONDS: '1', ...env })
  const { app, close } = createApp(config, {
    logger: captured.logger,
    publicUrl: () => listening.url,
  })
  const server = await listen(app.fetch)
  listening.url = server.url
  cleanups.push(
    () => rm(dataDir, { recursive: true, force: true }),
    close,
    () => server.close(),
  )
  return { url: server.url, dataDir, logs: captured.text }
}

async function exportProject(url: string, body: string): Promise<string> {
  const response = await fetch(`${url}/api/projects`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body,
  })
  expect(response.status).toBe(201)
  const { projectId } = (await response.json()) as { projectId: string }
  return projectId
}

async function progressOf(url: string, projectId: string) {
  const response = await fetch(`${url}/api/projects/${projectId}/progress`)
  expect(response.status).toBe(200)
  return (await response.json()) as { progress: number; downloadUrl?: string }
}

describe('sandbox mode', () => {
  test('health reports the sandbox', async () => {
    const sandbox = await startSandbox()
    const response = await fetch(`${sandbox.url}/api/health`)
    expect(await response.json()).toEqual({
      mode: 'sandbox',
      upstream: 'embedded sandbox',
      credentials: false,
      bodyLimitBytes: expect.any(Number),
    })
  })

  test('stores the exact request body', async () => {
    const sandbox = await startSandbox()
    const body = sampleRequestText({ dictionary: { 'A.I.': 'ay eye' } })
    const projectId = await exportProject(sandbox.url, body)
    const stored = await readFile(join(sandbox.dataDir, 'sandbox', `${projectId}.json`), 'utf8')
    expect(stored).toBe(body)
  })

  test('each sandbox call is logged', async () => {
    const sandbox = await startSandbox()
    const projectId = await exportProject(sandbox.url, sampleRequestText())
    await progressOf(sandbox.url, projectId)
    const calls = sandbox
      .logs()
      .split('\n')
      .filter((line) => line.includes('"upstream call"'))
      .map((line) => JSON.parse(line) as { method: string; path: string; status: number })
    expect(calls.map((call) => `${call.method} ${call.path} ${call.status}`)).toEqual([
      'POST /api/odin/v3/editor/project 200',
      `GET /api/odin/v3/editor/progress/${projectId} 200`,
    ])
  })

  test('progress reaches 100 with a download link', async () => {
    const sandbox = await startSandbox()
    const body = sampleRequestText()
    const projectId = await exportProject(sandbox.url, body)

    const early = await progressOf(sandbox.url, projectId)
    expect(early.progress).toBeLessThan(100)
    expect(early.downloadUrl).toBeUndefined()

    const done = await waitFor(async () => {
      const progress = await progressOf(sandbox.url, projectId)
      return progress.progress >= 100 ? progress : undefined
    })
    expect(done.progress).toBe(100)
    expect(done.downloadUrl).toBe(`/sandbox/renders/${projectId}.json`)

    const download = await fetch(`${sandbox.url}${done.downloadUrl}`)
    expect(download.status).toBe(200)
    expect(download.headers.get('x-sandbox')).toBe('true')
    expect(download.headers.get('content-disposition')).toContain(
      `${projectId}-sandbox-request.json`,
    )
    expect(await download.text()).toBe(body)
  })

  test('get project returns the stored scenes', async () => {
    const sandbox = await startSandbox()
    const body = sampleRequestText()
    const projectId = await exportProject(sandbox.url, body)
    const response = await fetch(`${sandbox.url}/api/projects/${projectId}`)
    const { project } = await response.json()
    expect(project._id).toBe(projectId)
    expect(project.name).toBe('Quarterly update')
    expect(project.scenes).toEqual(JSON.parse(body).scenes)
    expect(project.state).toBe('rendering')
  })

  test('restart keeps stored renders', async () => {
    const first = await startSandbox({ SANDBOX_RENDER_SECONDS: '0' })
    const body = sampleRequestText()
    const projectId = await exportProject(first.url, body)

    const captured = captureLogger()
    const config = testConfig({ DATA_DIR: first.dataDir, SANDBOX_RENDER_SECONDS: '0' })
    const { app, close } = createApp(config, { logger: captured.logger })
    const second = await listen(app.fetch)
    cleanups.push(close, () => second.close())

    const progress = await progressOf(second.url, projectId)
    expect(progress.progress).toBe(100)
    const { project } = await (await fetch(`${second.url}/api/projects/${projectId}`)).json()
    expect(project.scenes).toEqual(JSON.parse(body).scenes)
  })

  test('unknown project gets 404', async () => {
    const sandbox = await startSandbox()
    const response = await fetch(`${sandbox.url}/api/projects/0123456789abcdef01234567/progress`)
    expect(response.status).toBe(404)
    const traversal = await fetch(`${sandbox.url}/sandbox/renders/..%2F..%2Fetc%2Fpasswd`)
    expect(traversal.status).toBe(404)
  })

  test('avatar catalogue has the documented shape', async () => {
    const sandbox = await startSandbox()
    const { models } = await (await fetch(`${sandbox.url}/api/avatars`)).json()
    expect(models.length).toBeGreaterThanOrEqual(2)
    for (const model of models) {
      expect(typeof model.id).toBe('string')
      expect(typeof model.label.en).toBe('string')
      expect(typeof model.label.ko).toBe('string')
      expect(model.clothes.length).toBeGreaterThanOrEqual(1)
      for (const cloth of model.clothes) {
        expect(cloth.source_url).toMatch(/^\/avatars\/.+\.svg$/)
        expect(cloth.height).toBeGreaterThan(cloth.width)
        expect(cloth.editor.headWidth).toBeGreaterThan(0)
      }
    }
  })

  test('direct HTTP call rejects a missing field', async () => {
    const sandbox = await startSandbox()
    const response = await fetch(`${sandbox.url}/sandbox/api/odin/v3/editor/project`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'No scenes' }),
    })
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.success).toBe(false)
    expect(body.error.code).toBe('INVALID_PARAMETER')
    expect(body.error.msg).toContain('scenes')
  })

  test('direct HTTP call creates a project', async () => {
    const sandbox = await startSandbox()
    const response = await fetch(`${sandbox.url}/sandbox/api/odin/v3/editor/project`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: sampleRequestText(),
    })
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.success).toBe(true)
    expect(body.data.projectId).toMatch(/^[a-f0-9]{24}$/)
  })

  test('token endpoint requires userKey', async () => {
    const sandbox = await startSandbox()
    const token = await fetch(`${sandbox.url}/sandbox/api/odin/v3/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ appId: 'a' }),
    })
    expect(token.status).toBe(400)
    expect((await token.json()).error.msg).toContain('userKey')
  })
})

describe('sandbox storage failure', () => {
  test('unwritable DATA_DIR gets 502 with the reason', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'sandbox-test-'))
    cleanups.push(() => rm(parent, { recursive: true, force: true }))
    // A file where the data folder should be makes every write fail.
    const dataDir = join(parent, 'not-a-folder')
    await writeFile(dataDir, 'file')
    const captured = captureLogger()
    const config = testConfig({ DATA_DIR: dataDir })
    const { app, close } = createApp(config, { logger: captured.logger })
    const server = await listen(app.fetch)
    cleanups.push(close, () => server.close())

    const response = await fetch(`${server.url}/api/projects`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: sampleRequestText(),
    })
    expect(response.status).toBe(502)
    const body = await response.json()
    expect(body.error.message).toContain('DATA_DIR')
    expect(captured.text()).toContain('sandbox request failed')
  })
})

describe('sandbox webhook', () => {
  test('receives progress and the final payload', async () => {
    const hook = await fakeUpstream((app) => {
      app.post('/hook', (c) => c.text('ok'))
    })
    cleanups.push(() => hook.close())
    const sandbox = await startSandbox()
    const projectId = await exportProject(
      sandbox.url,
      sampleRequestText({ webhookUrl: `${hook.url}/hook` }),
    )

    const calls = await waitFor(() => (hook.requests.length >= 4 ? hook.requests : undefined))
    const payloads = calls.map((call: RecordedRequest) => JSON.parse(call.body))
    expect(payloads.map((payload) => payload.progress)).toEqual([25, 50, 75, 100])
    for (const payload of payloads) expect(Number.isInteger(payload.progress)).toBe(true)
    expect(calls[0]?.headers.get('content-type')).toBe('application/json')
    const last = payloads[3]
    expect(last.backendTaskId).toBe(payloads[0].backendTaskId)
    expect(last.credit).toBe(0)
    expect(last.download_url).toBe(`${sandbox.url}/sandbox/renders/${projectId}.json`)
    expect(payloads[0].download_url).toBeUndefined()
  })

  test('failing webhook does not stop the render', async () => {
    const hook = await fakeUpstream((app) => {
      app.post('/hook', (c) => c.text('down', 500))
    })
    cleanups.push(() => hook.close())
    const sandbox = await startSandbox()
    const projectId = await exportProject(
      sandbox.url,
      sampleRequestText({ webhookUrl: `${hook.url}/hook` }),
    )

    await waitFor(() => (hook.requests.length >= 4 ? true : undefined))
    const done = await progressOf(sandbox.url, projectId)
    expect(done.progress).toBe(100)
    expect(done.downloadUrl).toBeDefined()
    expect(sandbox.logs()).toContain('sandbox webhook failed')
  })

  test('unreachable webhook does not stop the render', async () => {
    const closed = await listen(() => new Response('unused'))
    await closed.close()
    const sandbox = await startSandbox()
    const projectId = await exportProject(
      sandbox.url,
      sampleRequestText({ webhookUrl: `${closed.url}/hook` }),
    )

    await waitFor(() => (sandbox.logs().includes('"progress":100') ? true : undefined))
    const done = await progressOf(sandbox.url, projectId)
    expect(done.progress).toBe(100)
    expect(sandbox.logs()).toContain('sandbox webhook failed; the render goes on')
  })

  test('non-loopback webhook is skipped', async () => {
    const sandbox = await startSandbox({ SANDBOX_RENDER_SECONDS: '0' })
    await exportProject(
      sandbox.url,
      sampleRequestText({ webhookUrl: 'https://hooks.example.test/x' }),
    )
    await waitFor(() => (sandbox.logs().includes('sandbox webhook skipped') ? true : undefined))
  })
})
