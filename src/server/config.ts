import { z } from 'zod'

/** Server settings read from the environment once at start. */
export interface Config {
  mode: 'sandbox' | 'live'
  /** Base URL of the AI Studios API, used in live mode only. */
  apiUrl: string
  credentials: Credentials | null
  port: number
  host: string
  dataDir: string
  bodyLimitBytes: number
  upstreamTimeoutMs: number
  sandboxRenderSeconds: number
  logLevel: LogLevel
  /** Origins allowed besides the server's own, such as a reverse proxy's public address. */
  allowedOrigins: string[]
}

export type Credentials =
  { kind: 'token'; token: string } | { kind: 'appKey'; appId: string; userKey: string }

export type LogLevel = z.infer<typeof logLevelSchema>

export const DEFAULT_API_URL = 'https://app.deepbrain.io'

const logLevelSchema = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])

/** Raised when the environment contains an invalid setting. The message lists each one and its fix. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `- ${issue}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

/** Treats an empty variable as unset, so `VAR=` in a shell or .env file means "use the default". */
const optionalText = z.string().optional().transform(blankToUndefined)

function integer(name: string, min: number, max: number, fallback: number, example: string) {
  return optionalText.pipe(
    z
      .string()
      .optional()
      .transform((value, context) => {
        if (value === undefined) return fallback
        const number = Number(value)
        if (/^\d+$/.test(value) && number >= min && number <= max) return number
        context.addIssue({
          code: 'custom',
          message: `${name} must be an integer from ${min} to ${max}, got "${value}". Set it to a value such as ${example}, or unset it for the default (${fallback}).`,
        })
        return z.NEVER
      }),
  )
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname)
}

const apiUrlSchema = optionalText.transform((value, context) => {
  if (value === undefined) return DEFAULT_API_URL
  let url: URL
  try {
    url = new URL(value)
  } catch {
    context.addIssue({
      code: 'custom',
      message: `AISTUDIOS_API_URL is not a valid URL: "${value}". Set it to the API base such as ${DEFAULT_API_URL}.`,
    })
    return z.NEVER
  }
  const plainHttpAllowed = url.protocol === 'http:' && isLoopbackHost(url.hostname)
  if (url.protocol !== 'https:' && !plainHttpAllowed) {
    context.addIssue({
      code: 'custom',
      message: `AISTUDIOS_API_URL must use https (plain http only for a loopback address), got "${value}". The token travels in a header, so use an https URL such as ${DEFAULT_API_URL}.`,
    })
    return z.NEVER
  }
  return url.href.replace(/\/+$/, '')
})

const originsSchema = optionalText.transform((value, context) => {
  if (value === undefined) return []
  const origins: string[] = []
  for (const item of value.split(',')) {
    const text = item.trim()
    if (text === '') continue
    try {
      origins.push(new URL(text).origin)
    } catch {
      context.addIssue({
        code: 'custom',
        message: `ALLOWED_ORIGINS contains "${text}", which is not an origin. Use a comma-separated list such as https://editor.example.com.`,
      })
    }
  }
  return origins
})

const envSchema = z.object({
  AISTUDIOS_API_URL: apiUrlSchema,
  PORT: integer('PORT', 0, 65535, 4318, '4318'),
  HOST: optionalText.transform((value) => value ?? '127.0.0.1'),
  DATA_DIR: optionalText.transform((value) => value ?? './data'),
  BODY_LIMIT_BYTES: integer(
    'BODY_LIMIT_BYTES',
    1024,
    100 * 1024 * 1024,
    2 * 1024 * 1024,
    '2097152',
  ),
  UPSTREAM_TIMEOUT_MS: integer('UPSTREAM_TIMEOUT_MS', 100, 600_000, 30_000, '30000'),
  SANDBOX_RENDER_SECONDS: integer('SANDBOX_RENDER_SECONDS', 0, 3600, 20, '20'),
  LOG_LEVEL: optionalText.transform((value, context) => {
    const result = logLevelSchema.safeParse(value ?? 'info')
    if (result.success) return result.data
    context.addIssue({
      code: 'custom',
      message: `LOG_LEVEL must be one of ${logLevelSchema.options.join(', ')}, got "${value}".`,
    })
    return z.NEVER
  }),
  ALLOWED_ORIGINS: originsSchema,
})

interface CredentialVariables {
  AISTUDIOS_TOKEN?: string | undefined
  AISTUDIOS_APP_ID?: string | undefined
  AISTUDIOS_USER_KEY?: string | undefined
}

function readCredentials(env: CredentialVariables, issues: string[]): Credentials | null {
  const { AISTUDIOS_TOKEN: token, AISTUDIOS_APP_ID: appId, AISTUDIOS_USER_KEY: userKey } = env
  if (token !== undefined) return { kind: 'token', token }
  if (appId !== undefined && userKey !== undefined) return { kind: 'appKey', appId, userKey }
  if (appId !== undefined) {
    issues.push(
      'AISTUDIOS_APP_ID is set but AISTUDIOS_USER_KEY is missing. Set both, set AISTUDIOS_TOKEN instead, or unset AISTUDIOS_APP_ID to use the sandbox.',
    )
  } else if (userKey !== undefined) {
    issues.push(
      'AISTUDIOS_USER_KEY is set but AISTUDIOS_APP_ID is missing. Set both, set AISTUDIOS_TOKEN instead, or unset AISTUDIOS_USER_KEY to use the sandbox.',
    )
  }
  return null
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

/**
 * Reads and validates the server settings. Without AISTUDIOS_TOKEN, or AISTUDIOS_APP_ID with
 * AISTUDIOS_USER_KEY, the server runs in sandbox mode against its embedded upstream.
 * Throws a ConfigError that names every invalid variable.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const issues: string[] = []
  const credentials = readCredentials(
    {
      AISTUDIOS_TOKEN: blankToUndefined(env['AISTUDIOS_TOKEN']),
      AISTUDIOS_APP_ID: blankToUndefined(env['AISTUDIOS_APP_ID']),
      AISTUDIOS_USER_KEY: blankToUndefined(env['AISTUDIOS_USER_KEY']),
    },
    issues,
  )
  const result = envSchema.safeParse(env)
  if (!result.success) issues.unshift(...result.error.issues.map((issue) => issue.message))
  if (!result.success || issues.length > 0) throw new ConfigError(issues)

  const data = result.data
  return {
    mode: credentials === null ? 'sandbox' : 'live',
    apiUrl: data.AISTUDIOS_API_URL,
    credentials,
    port: data.PORT,
    host: data.HOST,
    dataDir: data.DATA_DIR,
    bodyLimitBytes: data.BODY_LIMIT_BYTES,
    upstreamTimeoutMs: data.UPSTREAM_TIMEOUT_MS,
    sandboxRenderSeconds: data.SANDBOX_RENDER_SECONDS,
    logLevel: data.LOG_LEVEL,
    allowedOrigins: data.ALLOWED_ORIGINS,
  }
}
