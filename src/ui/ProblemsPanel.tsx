import { forwardRef } from 'react'
import { renumberScenes } from '../model/commands'
import type { Problem } from '../model/problems'
import { useEditor } from '../store/editor'

/** Every problem of the project with its JSON path; errors block export, warnings do not. */
export const ProblemsPanel = forwardRef<HTMLElement, { problems: Problem[] }>(
  function ProblemsPanel({ problems }, ref) {
    const errors = problems.filter((problem) => problem.severity === 'error').length
    const warnings = problems.length - errors
    const canRenumber = problems.some((problem) => problem.fix === 'renumber-scenes')
    return (
      <section ref={ref} className="panel problems-panel" aria-label="Problems" tabIndex={-1}>
        <div className="panel-head">
          <h2>Problems</h2>
          <span className={errors > 0 ? 'badge badge-error' : 'badge'}>
            {errors} {errors === 1 ? 'error' : 'errors'}, {warnings}{' '}
            {warnings === 1 ? 'warning' : 'warnings'}
          </span>
          {canRenumber && (
            <button type="button" onClick={() => useEditor.getState().apply(renumberScenes)}>
              Renumber scenes
            </button>
          )}
        </div>
        {problems.length === 0 ? (
          <p className="hint">No problems: the request matches the API.</p>
        ) : (
          <ul className="problem-list">
            {problems.map((problem, index) => (
              <li key={index} className={`problem problem-${problem.severity}`}>
                <strong>{problem.severity === 'error' ? 'Error' : 'Warning'}</strong>{' '}
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    )
  },
)
