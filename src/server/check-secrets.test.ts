import { spawnSync } from 'node:child_process'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'check-secrets.mjs')
const folders: string[] = []
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true })
})

async function builtFolder(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'check-secrets-'))
  folders.push(folder)
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(folder, name, '..'), { recursive: true })
    await writeFile(join(folder, name), content)
  }
  return folder
}

function runCheck(folder: string, env: Record<string, string>) {
  const base = { ...process.env }
  for (const name of ['AISTUDIOS_TOKEN', 'AISTUDIOS_APP_ID', 'AISTUDIOS_USER_KEY'])
    delete base[name]
  return spawnSync(process.execPath, [SCRIPT, folder], {
    env: { ...base, ...env },
    encoding: 'utf8',
  })
}

describe('check-secrets script', () => {
  test('fails when a bundle contains the token', async () => {
    const folder = await builtFolder({ 'assets/index.js': 'const t = "tok-0123456789-secret"' })
    const result = runCheck(folder, { AISTUDIOS_TOKEN: 'tok-0123456789-secret' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('contains the value of AISTUDIOS_TOKEN')
    expect(result.stderr).not.toContain('tok-0123456789-secret')
  })

  test('fails when a file contains the user key', async () => {
    const folder = await builtFolder({ 'server/main.js': 'key=user-key-abcdefgh' })
    const result = runCheck(folder, {
      AISTUDIOS_APP_ID: 'app-id-12345678',
      AISTUDIOS_USER_KEY: 'user-key-abcdefgh',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('AISTUDIOS_USER_KEY')
    expect(result.stderr).not.toContain('AISTUDIOS_APP_ID')
  })

  test('passes a clean folder', async () => {
    const folder = await builtFolder({ 'index.html': '<!doctype html>' })
    const result = runCheck(folder, { AISTUDIOS_TOKEN: 'tok-0123456789-secret' })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('none found')
  })
})
