import { useExportProgress } from '../../api/queries'
import { ErrorAlert } from './ErrorAlert'

interface ExportStatusProps {
  projectId: string | null
  sending: boolean
}

/** Opens a download link in place when it is on this server, and in a new tab when it is not. */
function linkProps(url: string) {
  const sameOrigin = new URL(url, window.location.href).origin === window.location.origin
  return sameOrigin ? { download: true } : { target: '_blank', rel: 'noreferrer' }
}

/** Renders the `Export status` region with the project ID, the render progress and the download link. */
export function ExportStatus({ projectId, sending }: ExportStatusProps) {
  const { data, error } = useExportProgress(projectId)
  const progress = data?.progress ?? 0
  const done = progress >= 100
  const downloadUrl = data?.downloadUrl

  return (
    <>
      <div role="status" aria-label="Export status" className="export-status">
        {sending && <p>Sending the project…</p>}
        {projectId !== null && (
          <>
            <p>Project ID: {projectId}</p>
            <p>
              {done ? `Rendered: ${Math.floor(progress)}%` : `Rendering: ${Math.floor(progress)}%`}
            </p>
            <progress max={100} value={progress} aria-label="Render progress" />
            {done && downloadUrl !== undefined && (
              <a href={downloadUrl} {...linkProps(downloadUrl)}>
                Download
              </a>
            )}
          </>
        )}
      </div>
      {error !== null && <ErrorAlert action="Reading the render progress" error={error} />}
    </>
  )
}
