import { request as httpRequest } from 'node:http'
import { Writable } from 'node:stream'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { loadConfig, type Config } from './config'
import { createLogger, type Logger } from './logger'

/** Helpers shared by the server tests: loopback listeners, a captured logger, a sample project. */

export interface Listener {
  url: string
  close(): Promise<void>
}

/** Serves `fetch` on 127.0.0.1 with an ephemeral port. */
export async function listen(
  fetch: (request: Request) => Response | Promise<Response>,
): Promise<Listener> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}

export interface CapturedLogger {
  logger: Logger
  text(): string
}

export function captureLogger(): CapturedLogger {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString())
      callback()
    },
  })
  return { logger: createLogger('trace', stream), text: () => chunks.join('') }
}

export function testConfig(env: Record<string, string>): Config {
  return loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', ...env })
}

export interface RecordedRequest {
  method: string
  path: string
  headers: Headers
  body: string
}

/** Starts a fake AI Studios server on loopback that records every request it receives. */
export async function fakeUpstream(
  configure: (app: Hono) => void,
): Promise<Listener & { requests: RecordedRequest[] }> {
  const requests: RecordedRequest[] = []
  const app = new Hono()
  app.use('*', async (c, next) => {
    requests.push({
      method: c.req.method,
      path: c.req.path,
      headers: new Headers(c.req.raw.headers),
      body: await c.req.raw.clone().text(),
    })
    await next()
  })
  configure(app)
  const listener = await listen(app.fetch)
  return { ...listener, requests }
}

/** Returns a valid create-project request, pretty-printed as the editor shows it. */
export function sampleRequestText(overrides: Record<string, unknown> = {}): string {
  const project = {
    name: 'Quarterly update',
    orientation: 'landscape',
    scenes: [
      {
        sceneIdx: 0,
        background: {
          id: 'background',
          type: 'background',
          source_type: 'image',
          source_url: '/images/background/bg_blue_gradient.png',
          source_color: 'rgb(255,255,255)',
        },
        clips: [
          {
            id: 'textImage-a1',
            type: 'textImage',
            left: 100,
            top: 80,
            width: 600,
            height: 120,
            layer: 1,
            text: 'Hello — 안녕하세요',
            fill: '#222222',
            fontSize: 48,
          },
        ],
        watermark: false,
        thumbnailUrl: null,
      },
    ],
    ...overrides,
  }
  return `${JSON.stringify(project, null, 2)}\n`
}

export function waitFor<T>(
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  return new Promise((resolve, reject) => {
    const poll = async () => {
      const value = await check()
      if (value !== undefined) return resolve(value)
      if (Date.now() > deadline)
        return reject(new Error(`condition not met within ${timeoutMs} ms`))
      setTimeout(poll, 25)
    }
    void poll()
  })
}

/** Sends a POST with node:http, which unlike fetch lets a test set the Host header. */
export function rawPost(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      )
    })
    request.on('error', reject)
    request.end(body)
  })
}
