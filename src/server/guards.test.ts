import { afterEach, describe, expect, test } from 'vitest'
import { createApp } from './app'
import {
  captureLogger,
  fakeUpstream,
  listen,
  rawPost,
  sampleRequestText,
  testConfig,
} from './testing'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.()
})

/** A live proxy whose fake upstream responds to each create after `delayMs` with p1, p2, ... */
async function start(env: Record<string, string> = {}, delayMs = 0) {
  let created = 0
  const upstream = await fakeUpstream((app) => {
    app.post('/api/odin/v3/editor/project', async (c) => {
      created += 1
      const projectId = `p${created}`
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      return c.json({ success: true, data: { projectId } })
    })
  })
  const captured = captureLogger()
  const config = testConfig({ AISTUDIOS_TOKEN: 'tok', AISTUDIOS_API_URL: upstream.url, ...env })
  const { app, close } = createApp(config, { logger: captured.logger })
  const server = await listen(app.fetch)
  cleanups.push(
    close,
    () => server.close(),
    () => upstream.close(),
  )
  return { url: server.url, created: () => created }
}

function post(url: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/api/projects`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  })
}

async function errorOf(response: Response) {
  const body = (await response.json()) as {
    error: { code: string; message: string; problems?: unknown[] }
  }
  return body.error
}

describe('request guards', () => {
  test('foreign origin gets 403', async () => {
    const proxy = await start()
    const response = await post(proxy.url, sampleRequestText(), { Origin: 'https://evil.test' })
    expect(response.status).toBe(403)
    expect((await errorOf(response)).code).toBe('forbidden_origin')
    expect(proxy.created()).toBe(0)
  })

  test('rebound host name gets 403', async () => {
    const proxy = await start()
    const port = new URL(proxy.url).port
    const response = await rawPost(`${proxy.url}/api/projects`, sampleRequestText(), {
      'Content-Type': 'application/json',
      Origin: `http://evil.test:${port}`,
      Host: `evil.test:${port}`,
    })
    expect(response.status).toBe(403)
    expect(proxy.created()).toBe(0)
  })

  test('own origin and loopback aliases pass', async () => {
    const proxy = await start()
    const port = new URL(proxy.url).port
    const own = await post(proxy.url, sampleRequestText(), { Origin: proxy.url })
    expect(own.status).toBe(201)
    const alias = await rawPost(`${proxy.url}/api/projects`, sampleRequestText(), {
      'Content-Type': 'application/json',
      Origin: `http://localhost:${port}`,
      Host: `localhost:${port}`,
    })
    expect(alias.status).toBe(201)
  })

  test('other port on loopback gets 403', async () => {
    const proxy = await start()
    const response = await post(proxy.url, sampleRequestText(), { Origin: 'http://127.0.0.1:1' })
    expect(response.status).toBe(403)
  })

  test('ALLOWED_ORIGINS admits a listed origin', async () => {
    const proxy = await start({ ALLOWED_ORIGINS: 'https://editor.example.test' })
    const response = await post(proxy.url, sampleRequestText(), {
      Origin: 'https://editor.example.test',
    })
    expect(response.status).toBe(201)
  })

  test('missing JSON content type gets 415', async () => {
    const proxy = await start()
    const response = await fetch(`${proxy.url}/api/projects`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: sampleRequestText(),
    })
    expect(response.status).toBe(415)
    expect((await errorOf(response)).message).toContain('application/json')
    expect(proxy.created()).toBe(0)
  })

  test('oversize body gets 413', async () => {
    const proxy = await start({ BODY_LIMIT_BYTES: '2048' })
    const body = sampleRequestText({ name: 'x'.repeat(4096) })
    const response = await post(proxy.url, body)
    expect(response.status).toBe(413)
    expect((await errorOf(response)).message).toContain('BODY_LIMIT_BYTES')
    expect(proxy.created()).toBe(0)
  })

  test('invalid JSON gets 400', async () => {
    const proxy = await start()
    const response = await post(proxy.url, '{"scenes": [,]}')
    expect(response.status).toBe(400)
    expect((await errorOf(response)).code).toBe('invalid_json')
  })

  test('invalid project gets 400 with problem paths', async () => {
    const proxy = await start()
    const project = JSON.parse(sampleRequestText())
    project.scenes[0].clips[0].left = 'far'
    delete project.scenes[0].background
    const response = await post(proxy.url, JSON.stringify(project, null, 2))
    expect(response.status).toBe(400)
    const error = await errorOf(response)
    expect(error.code).toBe('invalid_project')
    const paths = (error.problems as Array<{ path: string }>).map((problem) => problem.path)
    expect(paths).toContain('scenes[0].clips[0].left')
    expect(paths).toContain('scenes[0].background')
    expect(proxy.created()).toBe(0)
  })
})

describe('Idempotency-Key', () => {
  test('double submit creates one project', async () => {
    const proxy = await start()
    const body = sampleRequestText()
    const first = await post(proxy.url, body, { 'Idempotency-Key': 'click-1' })
    const second = await post(proxy.url, body, { 'Idempotency-Key': 'click-1' })
    expect(first.status).toBe(201)
    expect(second.status).toBe(201)
    expect(await second.json()).toEqual(await first.json())
    expect(proxy.created()).toBe(1)
  })

  test('concurrent duplicates create one project', async () => {
    const proxy = await start({}, 300)
    const body = sampleRequestText()
    const responses = await Promise.all(
      [1, 2, 3].map(() => post(proxy.url, body, { 'Idempotency-Key': 'click-2' })),
    )
    const ids = await Promise.all(
      responses.map(async (response) => (await response.json()).projectId),
    )
    expect(ids).toEqual(['p1', 'p1', 'p1'])
    expect(proxy.created()).toBe(1)
  })

  test('new key creates a new project', async () => {
    const proxy = await start()
    const body = sampleRequestText()
    await post(proxy.url, body, { 'Idempotency-Key': 'click-3' })
    const other = await post(proxy.url, body, { 'Idempotency-Key': 'click-4' })
    expect((await other.json()).projectId).toBe('p2')
    expect(proxy.created()).toBe(2)
  })

  test('same key with another body gets 409', async () => {
    const proxy = await start()
    await post(proxy.url, sampleRequestText(), { 'Idempotency-Key': 'click-5' })
    const changed = await post(proxy.url, sampleRequestText({ name: 'Changed' }), {
      'Idempotency-Key': 'click-5',
    })
    expect(changed.status).toBe(409)
    expect((await errorOf(changed)).code).toBe('idempotency_key_reused')
    expect(proxy.created()).toBe(1)
  })
})
