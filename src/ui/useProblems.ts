import { useMemo } from 'react'
import { useHealth } from '../api/queries'
import type { Problem } from '../model/problems'
import { validateProject } from '../model/validate'
import { useSerializedProject } from './useSerialized'

const MEGABYTE = 1024 * 1024

function formatSize(bytes: number): string {
  return bytes >= MEGABYTE ? `${(bytes / MEGABYTE).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

/** Returns a problem when the request body is larger than the export server accepts. */
export function sizeProblem(text: string, limit: number | undefined): Problem | undefined {
  // UTF-8 needs at most 3 bytes per UTF-16 code unit, so short texts need no encoding.
  if (limit === undefined || text.length * 3 <= limit) return undefined
  const bytes = new TextEncoder().encode(text).length
  if (bytes <= limit) return undefined
  return {
    severity: 'error',
    path: '(root)',
    message: `The request is ${formatSize(bytes)} but the export server accepts at most ${formatSize(limit)}. Remove unused scenes or clips, or raise BODY_LIMIT_BYTES on the server.`,
  }
}

/** Problems of the current project; validation of unchanged scenes is cached by the model. */
export function useProblems(): Problem[] {
  const { project, text } = useSerializedProject()
  const limit = useHealth().data?.bodyLimitBytes
  return useMemo(() => {
    const problems = validateProject(project)
    const tooLarge = sizeProblem(text, limit)
    return tooLarge ? [tooLarge, ...problems] : problems
  }, [project, text, limit])
}
