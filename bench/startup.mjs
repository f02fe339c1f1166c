// Start-up benchmark: gzip size of the JavaScript and CSS that dist/index.html makes the browser
// load at start: module scripts, module preloads and stylesheets, not later dynamic imports.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { root } from './servers.mjs'

const REFERENCE = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g

export function runStartup() {
  const dist = join(root, 'dist')
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const files = [...new Set([...html.matchAll(REFERENCE)].map((match) => match[1]))]
  const assets = files.map((file) => {
    const body = readFileSync(join(dist, file.replace(/^\//, '')))
    return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length }
  })
  const gzipBytes = assets.reduce((sum, asset) => sum + asset.gzipBytes, 0)
  return { gzipLevel: 9, assets, gzipBytes, gzipKB: gzipBytes / 1000 }
}
