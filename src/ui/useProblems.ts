import { useDeferredValue, useMemo } from 'react'
import type { Problem } from '../model/problems'
import { validateProject } from '../model/validate'
import { useEditor } from '../store/editor'

/** Problems of the current project; validation of unchanged scenes is cached by the model. */
export function useProblems(): Problem[] {
  const project = useDeferredValue(useEditor((state) => state.project))
  return useMemo(() => validateProject(project), [project])
}
