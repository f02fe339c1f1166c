import { describe, expect, test } from 'vitest'
import { ConfigError, DEFAULT_API_URL, loadConfig } from './config'

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('loadConfig', () => {
  test('defaults to sandbox mode', () => {
    const config = loadConfig({})
    expect(config.mode).toBe('sandbox')
    expect(config.credentials).toBeNull()
    expect(config.apiUrl).toBe(DEFAULT_API_URL)
    expect(config.port).toBe(4318)
    expect(config.host).toBe('127.0.0.1')
    expect(config.dataDir).toBe('./data')
    expect(config.sandboxRenderSeconds).toBe(20)
    expect(config.logLevel).toBe('info')
  })

  test('empty variables count as unset', () => {
    const config = loadConfig({ AISTUDIOS_TOKEN: '', AISTUDIOS_APP_ID: ' ', PORT: '' })
    expect(config.mode).toBe('sandbox')
    expect(config.port).toBe(4318)
  })

  test('token selects live mode', () => {
    const config = loadConfig({
      AISTUDIOS_TOKEN: 'tok',
      AISTUDIOS_API_URL: 'https://app.aistudios.com/',
    })
    expect(config.mode).toBe('live')
    expect(config.credentials).toEqual({ kind: 'token', token: 'tok' })
    expect(config.apiUrl).toBe('https://app.aistudios.com')
  })

  test('app id and user key select live mode', () => {
    const config = loadConfig({ AISTUDIOS_APP_ID: 'app', AISTUDIOS_USER_KEY: 'key' })
    expect(config.credentials).toEqual({ kind: 'appKey', appId: 'app', userKey: 'key' })
  })

  test('app id without user key names both fixes', () => {
    const error = configError({ AISTUDIOS_APP_ID: 'app' })
    expect(error.message).toContain('AISTUDIOS_USER_KEY is missing')
    expect(error.message).toContain('AISTUDIOS_TOKEN')
  })

  test('invalid port names the variable and value', () => {
    const error = configError({ PORT: 'eighty' })
    expect(error.message).toContain('PORT must be an integer from 0 to 65535, got "eighty"')
  })

  test('plain http upstream is rejected off loopback', () => {
    const error = configError({ AISTUDIOS_API_URL: 'http://app.deepbrain.io' })
    expect(error.message).toContain('AISTUDIOS_API_URL must use https')
  })

  test('plain http upstream is allowed on loopback', () => {
    expect(loadConfig({ AISTUDIOS_API_URL: 'http://127.0.0.1:9999' }).apiUrl).toBe(
      'http://127.0.0.1:9999',
    )
  })

  test('every invalid variable is listed', () => {
    const error = configError({
      LOG_LEVEL: 'loud',
      UPSTREAM_TIMEOUT_MS: '-1',
      SANDBOX_RENDER_SECONDS: 'x',
      ALLOWED_ORIGINS: 'not a url',
    })
    expect(error.issues).toHaveLength(4)
    expect(error.message).toContain('LOG_LEVEL must be one of')
    expect(error.message).toContain('UPSTREAM_TIMEOUT_MS must be an integer')
    expect(error.message).toContain('SANDBOX_RENDER_SECONDS must be an integer')
    expect(error.message).toContain('ALLOWED_ORIGINS contains "not a url"')
  })

  test('config errors never echo a credential', () => {
    const error = configError({ AISTUDIOS_USER_KEY: 'user-key-secret-value', PORT: 'x' })
    expect(error.issues).toHaveLength(2)
    expect(error.message).toContain('AISTUDIOS_APP_ID is missing')
    expect(error.message).not.toContain('user-key-secret-value')
  })
})
