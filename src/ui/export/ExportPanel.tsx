import { useEffect, useState } from 'react'
import { newIdempotencyKey } from '../../api/client'
import { useExportProgress, useExportProject } from '../../api/queries'
import { ErrorAlert } from './ErrorAlert'
import { ExportStatus } from './ExportStatus'
import { ModeBadge } from './ModeBadge'

export interface ExportPanelProps {
  /** The request JSON exactly as shown in the editor; read once per click. */
  requestText: () => string
  /** Error-severity problems of the project; any blocks the export. */
  errorCount: number
  onShowProblems: () => void
}

/**
 * Renders the `Export video` button and the export's status. It sends the request text through the
 * export server and never changes the project.
 */
export function ExportPanel({ requestText, errorCount, onShowProblems }: ExportPanelProps) {
  const exportProject = useExportProject()
  const [projectId, setProjectId] = useState<string | null>(null)
  const [blocked, setBlocked] = useState(false)
  const [started, setStarted] = useState(false)
  // Hides the popup until the next export; the render goes on and its state is kept.
  const [hidden, setHidden] = useState(false)
  const visible = !hidden && (started || blocked)

  // Escape hides the popup wherever focus is, since the disabled button cannot keep it.
  useEffect(() => {
    if (!visible) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setHidden(true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [visible])
  const progress = useExportProgress(projectId)
  // One render at a time: a new export waits until this one is done or has failed.
  const rendering =
    projectId !== null && progress.error === null && (progress.data?.progress ?? 0) < 100

  const onExport = () => {
    if (errorCount > 0) {
      setBlocked(true)
      setHidden(false)
      exportProject.reset()
      onShowProblems()
      return
    }
    setBlocked(false)
    setHidden(false)
    setProjectId(null)
    setStarted(true)
    exportProject.mutate(
      { bodyText: requestText(), idempotencyKey: newIdempotencyKey() },
      { onSuccess: (id) => setProjectId(id) },
    )
  }

  return (
    <section className="export-panel" aria-label="Export">
      <button
        type="button"
        className="primary"
        onClick={onExport}
        disabled={exportProject.isPending || rendering}
        title={
          rendering ? 'A render is in progress; export again when it has finished.' : undefined
        }
      >
        Export video
      </button>
      <ModeBadge />
      <div className="export-popover" hidden={hidden}>
        {(started || blocked) && (
          <button type="button" className="popover-close" onClick={() => setHidden(true)}>
            Close
          </button>
        )}
        {blocked && errorCount > 0 && (
          <p role="alert" className="export-error">
            Export is blocked by {errorCount} {errorCount === 1 ? 'error' : 'errors'}. Fix the
            listed problems, then export again.
          </p>
        )}
        {exportProject.error !== null && <ErrorAlert action="Export" error={exportProject.error} />}
        {started && <ExportStatus projectId={projectId} sending={exportProject.isPending} />}
      </div>
    </section>
  )
}
