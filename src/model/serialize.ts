import type { Project } from './types'

/**
 * Serializes the request body exactly as an export sends it: the project as stored, with key
 * order kept, pretty-printed with two spaces.
 *
 * NOTE: JavaScript objects list integer-like keys such as "10" first, in ascending order, so an
 * imported object with such keys (possible in `dictionary`) comes back with them moved first.
 */
export function serializeProject(project: Project): string {
  return JSON.stringify(project, null, 2)
}
