import type { Project } from './types'

/**
 * Serializes the request body exactly as an export sends it: the project as stored, with key
 * order kept, pretty-printed with two spaces.
 */
export function serializeProject(project: Project): string {
  return JSON.stringify(project, null, 2)
}
