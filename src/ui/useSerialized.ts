import { useDeferredValue, useMemo } from 'react'
import { serializeProject } from '../model/serialize'
import type { Project } from '../model/types'
import { useEditor } from '../store/editor'

const cache = new WeakMap<Project, string>()

/** Serializes a project once per project object, for every panel that needs the text. */
export function serializedText(project: Project): string {
  let text = cache.get(project)
  if (text === undefined) {
    text = serializeProject(project)
    cache.set(project, text)
  }
  return text
}

/** The request body of the current project, updated after urgent renders. */
export function useSerializedProject(): { project: Project; text: string } {
  const project = useDeferredValue(useEditor((state) => state.project))
  const text = useMemo(() => serializedText(project), [project])
  return { project, text }
}
