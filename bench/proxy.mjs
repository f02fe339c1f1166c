// Proxy benchmark: export requests per second and latency through the proxy (POST /api/projects,
// which validates, keeps the Idempotency-Key and calls the embedded sandbox in process) against
// the sandbox route called directly, each run bounded in time, alternating the two.
import { randomUUID } from 'node:crypto'
import autocannon from 'autocannon'
import { buildProject } from './project.mjs'
import { median } from './stats.mjs'

function load(url, { body, headers, seconds, connections }) {
  return autocannon({
    url,
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
    connections,
    duration: seconds,
    // A fresh key each time, so the proxy creates a project for every request.
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, 'idempotency-key': randomUUID() },
        }),
      },
    ],
  })
}

function summary(result) {
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  }
}

export async function runProxy(serverUrl, { seconds, connections, rounds }) {
  const body = JSON.stringify(buildProject({ scenes: 1, clips: 3, seed: 3 }))
  const proxyOptions = { body, headers: { origin: serverUrl }, seconds, connections }
  const directOptions = { body, headers: {}, seconds, connections }
  // The first seconds under load run about half as fast while V8 compiles the hot paths, so one
  // short run of each is discarded.
  await load(`${serverUrl}/api/projects`, { ...proxyOptions, seconds: 1 })
  await load(`${serverUrl}/sandbox/api/odin/v3/editor/project`, { ...directOptions, seconds: 1 })

  const proxy = []
  const direct = []
  for (let round = 0; round < rounds; round++) {
    proxy.push(summary(await load(`${serverUrl}/api/projects`, proxyOptions)))
    direct.push(
      summary(await load(`${serverUrl}/sandbox/api/odin/v3/editor/project`, directOptions)),
    )
  }
  const pick = (runs, key) => median(runs.map((run) => run[key]))
  const proxyRps = pick(proxy, 'requestsPerSecond')
  const directRps = pick(direct, 'requestsPerSecond')
  return {
    seconds,
    connections,
    rounds,
    bodyBytes: Buffer.byteLength(body),
    proxy: {
      requestsPerSecond: proxyRps,
      p50Ms: pick(proxy, 'p50Ms'),
      p99Ms: pick(proxy, 'p99Ms'),
    },
    direct: {
      requestsPerSecond: directRps,
      p50Ms: pick(direct, 'p50Ms'),
      p99Ms: pick(direct, 'p99Ms'),
    },
    throughputRatio: proxyRps / directRps,
    addedP50Ms: pick(proxy, 'p50Ms') - pick(direct, 'p50Ms'),
    runs: { proxy, direct },
  }
}
