import { afterEach, describe, expect, test } from 'vitest'
import { createApp } from './app'
import {
  captureLogger,
  fakeUpstream,
  listen,
  sampleRequestText,
  testConfig,
  type Listener,
} from './testing'

const TOKEN = 'tok-3f9a-live-secret'
const APP_ID = 'app-id-7c21-secret'
const USER_KEY = 'user-key-91ab-secret'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.()
})

async function startProxy(env: Record<string, string>) {
  const captured = captureLogger()
  const { app, close } = createApp(testConfig(env), { logger: captured.logger })
  const server = await listen(app.fetch)
  cleanups.push(close, () => server.close())
  return { url: server.url, logs: captured.text }
}

async function startUpstream(...args: Parameters<typeof fakeUpstream>) {
  const upstream = await fakeUpstream(...args)
  cleanups.push(() => upstream.close())
  return upstream
}

function post(url: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/api/projects`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  })
}

/** Reads a response as text with its headers, for checks that no credential leaked. */
async function responseText(response: Response): Promise<string> {
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')
  return `${headers}\n\n${await response.text()}`
}

function projectUpstream(projectId = 'p0001') {
  return startUpstream((app) => {
    app.post('/api/odin/v3/editor/project', (c) => c.json({ success: true, data: { projectId } }))
    app.get('/api/odin/v3/editor/progress/:id', (c) =>
      c.json({ success: true, data: { progress: 42.5 } }),
    )
    app.get('/api/odin/v3/editor/project/:id', (c) =>
      c.json({ success: true, data: { project: { _id: c.req.param('id'), state: 'rendering' } } }),
    )
    app.get('/api/odin/v3/model', (c) =>
      c.json({ success: true, data: { models: [{ id: 'M1' }] } }),
    )
  })
}

describe('live proxy', () => {
  test('token reaches upstream but not the client', async () => {
    const upstream = await projectUpstream()
    const proxy = await startProxy({ AISTUDIOS_TOKEN: TOKEN, AISTUDIOS_API_URL: upstream.url })
    const body = sampleRequestText()

    const response = await post(proxy.url, body, { 'Idempotency-Key': 'k-1' })
    expect(response.status).toBe(201)
    const text = await responseText(response)
    expect(text).toContain('"projectId":"p0001"')
    expect(text).not.toContain(TOKEN)

    const create = upstream.requests.find((request) => request.method === 'POST')
    expect(create?.headers.get('authorization')).toBe(TOKEN)
    expect(create?.body).toBe(body)
    expect(create?.headers.get('content-type')).toBe('application/json')
    expect(proxy.logs()).not.toContain(TOKEN)
  })

  test('read routes reshape upstream data', async () => {
    const upstream = await projectUpstream()
    const proxy = await startProxy({ AISTUDIOS_TOKEN: TOKEN, AISTUDIOS_API_URL: upstream.url })

    const progress = await fetch(`${proxy.url}/api/projects/p0001/progress`)
    expect(await progress.json()).toEqual({ progress: 42.5 })
    const project = await fetch(`${proxy.url}/api/projects/p0001`)
    expect(await project.json()).toEqual({ project: { _id: 'p0001', state: 'rendering' } })
    const avatars = await fetch(`${proxy.url}/api/avatars`)
    expect(await avatars.json()).toEqual({ models: [{ id: 'M1' }] })
    const health = await fetch(`${proxy.url}/api/health`)
    expect(await health.json()).toMatchObject({
      mode: 'live',
      upstream: upstream.url,
      credentials: true,
    })
  })

  test('app id and user key fetch a token', async () => {
    const upstream = await startUpstream((app) => {
      app.post('/api/odin/v3/auth/token', (c) =>
        c.json({ success: true, data: { token: 'fetched-1' } }),
      )
      app.get('/api/odin/v3/model', (c) => c.json({ success: true, data: { models: [] } }))
    })
    const proxy = await startProxy({
      AISTUDIOS_APP_ID: APP_ID,
      AISTUDIOS_USER_KEY: USER_KEY,
      AISTUDIOS_API_URL: upstream.url,
    })

    expect((await fetch(`${proxy.url}/api/avatars`)).status).toBe(200)
    expect((await fetch(`${proxy.url}/api/avatars`)).status).toBe(200)

    const tokenCalls = upstream.requests.filter((request) => request.path.endsWith('/auth/token'))
    expect(tokenCalls).toHaveLength(1)
    expect(JSON.parse(tokenCalls[0]?.body ?? '')).toEqual({ appId: APP_ID, userKey: USER_KEY })
    const modelCalls = upstream.requests.filter((request) => request.path.endsWith('/model'))
    expect(modelCalls.map((request) => request.headers.get('authorization'))).toEqual([
      'fetched-1',
      'fetched-1',
    ])
  })

  test('401 refreshes the token and retries once', async () => {
    let issued = 0
    const upstream = await startUpstream((app) => {
      app.post('/api/odin/v3/auth/token', (c) => {
        issued += 1
        return c.json({ success: true, data: { token: `fetched-${issued}` } })
      })
      app.get('/api/odin/v3/model', (c) =>
        c.req.header('Authorization') === 'fetched-2'
          ? c.json({ success: true, data: { models: [] } })
          : c.json({ success: false, error: { code: 'E401', msg: 'token expired' } }, 401),
      )
    })
    const proxy = await startProxy({
      AISTUDIOS_APP_ID: APP_ID,
      AISTUDIOS_USER_KEY: USER_KEY,
      AISTUDIOS_API_URL: upstream.url,
    })

    const response = await fetch(`${proxy.url}/api/avatars`)
    expect(response.status).toBe(200)
    expect(issued).toBe(2)
    const modelCalls = upstream.requests.filter((request) => request.path.endsWith('/model'))
    expect(modelCalls).toHaveLength(2)
  })

  test('second 401 is not retried again', async () => {
    let issued = 0
    const upstream = await startUpstream((app) => {
      app.post('/api/odin/v3/auth/token', (c) => {
        issued += 1
        return c.json({ success: true, data: { token: `fetched-${issued}` } })
      })
      app.get('/api/odin/v3/model', (c) =>
        c.json({ success: false, error: { code: 'E401', msg: 'invalid token' } }, 401),
      )
    })
    const proxy = await startProxy({
      AISTUDIOS_APP_ID: APP_ID,
      AISTUDIOS_USER_KEY: USER_KEY,
      AISTUDIOS_API_URL: upstream.url,
    })

    const response = await fetch(`${proxy.url}/api/avatars`)
    expect(response.status).toBe(502)
    const body = await response.json()
    expect(body.error.code).toBe('upstream_auth_failed')
    expect(body.error.message).toContain('invalid token')
    expect(issued).toBe(2)
    expect(upstream.requests.filter((request) => request.path.endsWith('/model'))).toHaveLength(2)
  })

  test('rejected app key gets 502', async () => {
    const upstream = await startUpstream((app) => {
      app.post('/api/odin/v3/auth/token', (c) =>
        c.json({ success: false, error: { code: 'E2001', msg: 'unknown appId' } }, 400),
      )
    })
    const proxy = await startProxy({
      AISTUDIOS_APP_ID: APP_ID,
      AISTUDIOS_USER_KEY: USER_KEY,
      AISTUDIOS_API_URL: upstream.url,
    })

    const response = await fetch(`${proxy.url}/api/avatars`)
    expect(response.status).toBe(502)
    const body = await response.json()
    expect(body.error.code).toBe('upstream_auth_failed')
    expect(body.error.message).toContain('unknown appId')
    expect(body.error.message).toContain('AISTUDIOS_USER_KEY')
  })

  test('token request 401 gets 502', async () => {
    const upstream = await startUpstream((app) => {
      app.post('/api/odin/v3/auth/token', (c) =>
        c.json({ success: false, error: { code: 'E401', msg: 'bad key' } }, 401),
      )
    })
    const proxy = await startProxy({
      AISTUDIOS_APP_ID: APP_ID,
      AISTUDIOS_USER_KEY: USER_KEY,
      AISTUDIOS_API_URL: upstream.url,
    })

    const response = await fetch(`${proxy.url}/api/avatars`)
    expect(response.status).toBe(502)
    expect((await response.json()).error.code).toBe('upstream_auth_failed')
    expect(upstream.requests.filter((request) => request.path.endsWith('/model'))).toHaveLength(0)
  })

  test('upstream envelope error is passed on', async () => {
    const upstream = await startUpstream((app) => {
      app.post('/api/odin/v3/editor/project', (c) =>
        c.json({ success: false, error: { code: 'E1001', msg: 'scene 0 has no avatar' } }, 400),
      )
    })
    const proxy = await startProxy({ AISTUDIOS_TOKEN: TOKEN, AISTUDIOS_API_URL: upstream.url })

    const response = await post(proxy.url, sampleRequestText())
    expect(response.status).toBe(422)
    const body = await response.json()
    expect(body.error.code).toBe('upstream_rejected')
    expect(body.error.message).toContain('scene 0 has no avatar')
    expect(body.error.message).toContain('E1001')
  })

  test('upstream echo of the token is scrubbed', async () => {
    const upstream = await startUpstream((app) => {
      app.get('/api/odin/v3/model', (c) =>
        c.json({ success: false, error: { code: 'E1', msg: `bad token ${TOKEN}` } }, 500),
      )
    })
    const proxy = await startProxy({ AISTUDIOS_TOKEN: TOKEN, AISTUDIOS_API_URL: upstream.url })

    const response = await fetch(`${proxy.url}/api/avatars`)
    expect(response.status).toBe(502)
    expect(await responseText(response)).not.toContain(TOKEN)
  })

  test('slow upstream gives 504', async () => {
    const upstream = await startUpstream((app) => {
      app.get('/api/odin/v3/model', async (c) => {
        await new Promise((resolve) => setTimeout(resolve, 1500))
        return c.json({ success: true, data: { models: [] } })
      })
    })
    const proxy = await startProxy({
      AISTUDIOS_TOKEN: TOKEN,
      AISTUDIOS_API_URL: upstream.url,
      UPSTREAM_TIMEOUT_MS: '200',
    })

    const started = Date.now()
    const response = await fetch(`${proxy.url}/api/avatars`)
    expect(response.status).toBe(504)
    expect(Date.now() - started).toBeLessThan(1400)
    const body = await response.json()
    expect(body.error.code).toBe('upstream_timeout')
    expect(body.error.message).toContain('UPSTREAM_TIMEOUT_MS')
  })

  test('timed-out create is not sent again', async () => {
    let creates = 0
    const upstream = await startUpstream((app) => {
      app.post('/api/odin/v3/editor/project', async (c) => {
        creates += 1
        await new Promise((resolve) => setTimeout(resolve, 600))
        return c.json({ success: true, data: { projectId: 'late' } })
      })
    })
    const proxy = await startProxy({
      AISTUDIOS_TOKEN: TOKEN,
      AISTUDIOS_API_URL: upstream.url,
      UPSTREAM_TIMEOUT_MS: '200',
    })

    const headers = { 'Idempotency-Key': 'click-1' }
    const first = await post(proxy.url, sampleRequestText(), headers)
    expect(first.status).toBe(504)
    expect((await first.json()).error.message).toContain('may have been created')
    const retry = await post(proxy.url, sampleRequestText(), headers)
    expect(retry.status).toBe(504)
    await new Promise((resolve) => setTimeout(resolve, 700))
    expect(creates).toBe(1)
  })

  test('reply without success is invalid', async () => {
    const upstream = await startUpstream((app) => {
      app.post('/api/odin/v3/editor/project', (c) => c.json({ projectId: 'abc' }))
    })
    const proxy = await startProxy({ AISTUDIOS_TOKEN: TOKEN, AISTUDIOS_API_URL: upstream.url })
    const response = await post(proxy.url, sampleRequestText())
    expect(response.status).toBe(502)
    expect((await response.json()).error.code).toBe('upstream_invalid_response')
  })

  test('failed read is not blamed on the project', async () => {
    const upstream = await startUpstream((app) => {
      app.get('/api/odin/v3/model', (c) =>
        c.json({ success: false, error: { code: 'BUSY', msg: 'Catalogue unavailable' } }),
      )
    })
    const proxy = await startProxy({ AISTUDIOS_TOKEN: TOKEN, AISTUDIOS_API_URL: upstream.url })
    const response = await fetch(`${proxy.url}/api/avatars`)
    expect(response.status).toBe(502)
    const body = await response.json()
    expect(body.error.code).toBe('upstream_error')
    expect(body.error.message).toContain('Catalogue unavailable')
    expect(body.error.message).not.toContain('Fix the project')
  })

  test('unreachable upstream gives 502', async () => {
    // A port that was just listening and is now closed refuses connections.
    const closed: Listener = await listen(() => new Response('unused'))
    await closed.close()
    const proxy = await startProxy({ AISTUDIOS_TOKEN: TOKEN, AISTUDIOS_API_URL: closed.url })

    const response = await fetch(`${proxy.url}/api/projects/p1/progress`)
    expect(response.status).toBe(502)
    const text = await responseText(response)
    expect(text).toContain('upstream_unreachable')
    expect(text).not.toContain('    at ')
    expect(proxy.logs()).toContain('upstream unreachable')
  })

  test('upstream 404 gives 404 with the project id logged', async () => {
    const upstream = await startUpstream((app) => {
      app.get('/api/odin/v3/editor/progress/:id', (c) =>
        c.json({ success: false, error: { code: 'E404', msg: 'no such project' } }, 404),
      )
    })
    const proxy = await startProxy({ AISTUDIOS_TOKEN: TOKEN, AISTUDIOS_API_URL: upstream.url })

    const response = await fetch(`${proxy.url}/api/projects/missing-7/progress`)
    expect(response.status).toBe(404)
    expect((await response.json()).error.code).toBe('not_found')
    expect(proxy.logs()).toContain('"projectId":"missing-7"')
  })
})

describe('every /api response in live mode', () => {
  test('contains no credential value', async () => {
    let issued = 0
    const upstream = await startUpstream((app) => {
      app.post('/api/odin/v3/auth/token', (c) => {
        issued += 1
        return c.json({ success: true, data: { token: `${TOKEN}-${issued}` } })
      })
      app.post('/api/odin/v3/editor/project', (c) =>
        c.json({ success: true, data: { projectId: 'p9' } }),
      )
      app.get('/api/odin/v3/editor/progress/:id', (c) =>
        c.json({ success: true, data: { progress: 100, downloadUrl: 'https://cdn.test/v.mp4' } }),
      )
      app.get('/api/odin/v3/editor/project/:id', (c) =>
        c.json({ success: true, data: { project: {} } }),
      )
      app.get('/api/odin/v3/model', (c) =>
        c.json({ success: false, error: { code: 'E401', msg: 'expired' } }, 401),
      )
    })
    const proxy = await startProxy({
      AISTUDIOS_APP_ID: APP_ID,
      AISTUDIOS_USER_KEY: USER_KEY,
      AISTUDIOS_API_URL: upstream.url,
    })

    const responses = [
      await post(proxy.url, sampleRequestText(), { 'Idempotency-Key': 'k-secret-check' }),
      await post(proxy.url, '{', {}),
      await post(proxy.url, sampleRequestText(), { Origin: 'https://evil.test' }),
      await fetch(`${proxy.url}/api/projects/p9/progress`),
      await fetch(`${proxy.url}/api/projects/p9`),
      await fetch(`${proxy.url}/api/avatars`),
      await fetch(`${proxy.url}/api/health`),
      await fetch(`${proxy.url}/api/nope`),
    ]
    for (const response of responses) {
      const text = await responseText(response)
      for (const secret of [TOKEN, APP_ID, USER_KEY]) expect(text).not.toContain(secret)
    }
    for (const secret of [TOKEN, APP_ID, USER_KEY]) expect(proxy.logs()).not.toContain(secret)
    expect(issued).toBeGreaterThan(0)
  })
})
