import { ApiError } from '../../api/client'

/** Problems beyond this count are summarised, so one broken project cannot flood the panel. */
const SHOWN_PROBLEMS = 5

interface ErrorAlertProps {
  /** Name of the step that failed, such as "Export". */
  action: string
  error: Error
}

/** Renders an alert with what failed and, from the server's message, what to do next. */
export function ErrorAlert({ action, error }: ErrorAlertProps) {
  const problems = error instanceof ApiError ? error.problems : []
  const hidden = problems.length - SHOWN_PROBLEMS
  return (
    <div role="alert" className="export-error">
      <p>
        {action} failed: {error.message}
      </p>
      {problems.length > 0 && (
        <ul>
          {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
            <li key={`${problem.path}-${index}`}>
              {problem.path}: {problem.message}
            </li>
          ))}
          {hidden > 0 && <li>…and {hidden} more.</li>}
        </ul>
      )}
    </div>
  )
}
