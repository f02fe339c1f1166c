import type { Problem } from '../model/problems'

/** A failed call to the export server, with the server's error code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export interface Health {
  mode: 'sandbox' | 'live'
  /** Upstream base URL, or `embedded sandbox`. */
  upstream: string
  credentials: boolean
  /** Largest request body the export server accepts, in bytes. */
  bodyLimitBytes?: number
}

export interface ExportProgress {
  /** 0 to 100, possibly fractional. */
  progress: number
  downloadUrl?: string
}

/** One outfit of an avatar; the still, size and head box come only from the sandbox catalogue. */
export interface AvatarOutfit {
  id: string
  label?: { en?: string; ko?: string }
  thumbnail?: string
  source_url?: string
  width?: number
  height?: number
  editor?: { headCenterX: number; headCenterY: number; headWidth: number; headHeight: number }
}

/** One avatar of the `GET /api/odin/v3/model` catalogue; `id` is the clip's `model.ai_name`. */
export interface AvatarModel {
  id: string
  label?: { en?: string; ko?: string }
  thumbnail?: string
  clothes: AvatarOutfit[]
}

const NETWORK_ERROR_MESSAGE =
  'Could not reach the export server. Check that it is running (npm start or npm run dev), then try again.'

async function readError(response: Response): Promise<ApiError> {
  const fallback = `The export server returned HTTP ${response.status}. Try again; if it persists, check the server log.`
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; problems?: Problem[] }
    }
    const error = body.error
    return new ApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? fallback,
      error?.problems ?? [],
    )
  } catch {
    return new ApiError(response.status, 'http_error', fallback)
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: 'application/json', ...init.headers },
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError(0, 'network_error', NETWORK_ERROR_MESSAGE)
  }
  if (!response.ok) throw await readError(response)
  return (await response.json()) as T
}

export function fetchHealth(signal?: AbortSignal): Promise<Health> {
  return request('/api/health', { signal })
}

export async function fetchAvatars(signal?: AbortSignal): Promise<AvatarModel[]> {
  const body = await request<{ models: AvatarModel[] }>('/api/avatars', { signal })
  return body.models
}

/** Sends the request text unchanged; the same key and text always yield the same project. */
export async function createProject(bodyText: string, idempotencyKey: string): Promise<string> {
  const body = await request<{ projectId: string }>('/api/projects', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: bodyText,
  })
  return body.projectId
}

export function fetchProgress(projectId: string, signal?: AbortSignal): Promise<ExportProgress> {
  return request(`/api/projects/${encodeURIComponent(projectId)}/progress`, { signal })
}

export async function fetchProject(projectId: string, signal?: AbortSignal): Promise<unknown> {
  const body = await request<{ project: unknown }>(
    `/api/projects/${encodeURIComponent(projectId)}`,
    {
      signal,
    },
  )
  return body.project
}

/** Creates a random UUID, with getRandomValues where randomUUID is missing (pages on plain http). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
