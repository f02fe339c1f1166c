import { useMutation, useQuery } from '@tanstack/react-query'
import {
  ApiError,
  createProject,
  fetchAvatars,
  fetchHealth,
  fetchProgress,
  type ExportProgress,
} from './client'

/** Query keys of the export server's data, under one root so they can be invalidated together. */
export const apiKeys = {
  all: ['api'] as const,
  health: () => [...apiKeys.all, 'health'] as const,
  avatars: () => [...apiKeys.all, 'avatars'] as const,
  project: (projectId: string) => [...apiKeys.all, 'projects', projectId] as const,
  progress: (projectId: string) => [...apiKeys.project(projectId), 'progress'] as const,
}

const MINUTE_MS = 60_000

/** First and last delay between progress polls; each poll waits 1.5 times longer than the last. */
export const PROGRESS_POLL_MIN_MS = 1000
export const PROGRESS_POLL_MAX_MS = 5000

export function progressPollDelay(pollCount: number): number {
  return Math.min(PROGRESS_POLL_MAX_MS, PROGRESS_POLL_MIN_MS * 1.5 ** pollCount)
}

export function useHealth() {
  return useQuery({
    queryKey: apiKeys.health(),
    queryFn: ({ signal }) => fetchHealth(signal),
    staleTime: MINUTE_MS,
  })
}

/** Fetches the avatar catalogue and keeps it fresh for an hour, because it rarely changes. */
export function useAvatars() {
  return useQuery({
    queryKey: apiKeys.avatars(),
    queryFn: ({ signal }) => fetchAvatars(signal),
    staleTime: 60 * MINUTE_MS,
    gcTime: 2 * 60 * MINUTE_MS,
  })
}

export interface ExportRequest {
  /** The request JSON exactly as the editor shows it. */
  bodyText: string
  /** One key per export click; a retry of the same click reuses it. */
  idempotencyKey: string
}

/** Checks whether a failed call may be repeated. The Idempotency-Key makes a repeated export safe. */
function isTransient(error: unknown): boolean {
  return error instanceof ApiError && [0, 502, 504].includes(error.status)
}

/**
 * Whether a failed export is safe to send again at once: only when AI Studios could not be
 * reached at all, so no project can have been created. After a timeout the project may exist,
 * and a rejected token will be rejected again, so neither is retried.
 */
function isSafeToResend(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'upstream_unreachable'
}

export function useExportProject() {
  return useMutation({
    mutationFn: ({ bodyText, idempotencyKey }: ExportRequest) =>
      createProject(bodyText, idempotencyKey),
    retry: (failureCount, error) => failureCount < 2 && isSafeToResend(error),
  })
}

/** Polls a render's progress with a growing delay; stops at 100 or after a failed poll. */
export function useExportProgress(projectId: string | null) {
  return useQuery<ExportProgress, Error>({
    queryKey: apiKeys.progress(projectId ?? ''),
    queryFn: ({ signal }) => fetchProgress(projectId ?? '', signal),
    enabled: projectId !== null,
    retry: (failureCount, error) => failureCount < 2 && isTransient(error),
    refetchInterval: (query) => {
      const data = query.state.data
      if (query.state.status === 'error' || (data !== undefined && data.progress >= 100))
        return false
      return progressPollDelay(query.state.dataUpdateCount)
    },
    refetchIntervalInBackground: true,
  })
}
