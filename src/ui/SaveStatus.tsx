import { useStore } from 'zustand'
import { autosaveStatus, type SaveState, type UnreadableProject } from '../store/autosaveStatus'

const LABELS: Record<SaveState, string> = {
  idle: 'Not saved yet',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Save failed',
  conflict: 'Save paused',
}

function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString()
}

function downloadText(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  URL.revokeObjectURL(url)
}

function UnreadableAlert({ record }: { record: UnreadableProject }) {
  const dismiss = useStore(autosaveStatus, (state) => state.dismissUnreadable)
  return (
    <div role="alert" className="alert">
      A saved project could not be read because {record.reason}. It is kept in the browser's storage
      under “{record.key}”.{' '}
      <button
        type="button"
        onClick={() => downloadText(`${record.key.replaceAll(':', '-')}.json`, record.text)}
      >
        Download unreadable project
      </button>{' '}
      <button type="button" onClick={() => dismiss(record.key)}>
        Dismiss
      </button>
    </div>
  )
}

/** Shows whether the project is saved in the browser, and the choices when it cannot be. */
export function SaveStatus() {
  const state = useStore(autosaveStatus, (status) => status.state)
  const savedAt = useStore(autosaveStatus, (status) => status.savedAt)
  const failure = useStore(autosaveStatus, (status) => status.failure)
  const conflict = useStore(autosaveStatus, (status) => status.conflict)
  const unreadable = useStore(autosaveStatus, (status) => status.unreadable)
  const { retry, loadTheirs, keepMine } = autosaveStatus.getState()

  return (
    <div className="save-status">
      <span
        role="status"
        aria-label="Autosave"
        className="hint"
        title={savedAt ? `Saved in this browser at ${timeOf(savedAt)}` : undefined}
      >
        {LABELS[state]}
      </span>
      {failure && (
        <div role="alert" className="alert">
          {failure}{' '}
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {conflict && (
        <div role="alert" className="alert">
          This project was changed in another tab at {timeOf(conflict.savedAt)}. Autosave is paused
          so neither version is overwritten. Load theirs to continue from that version (Undo returns
          to yours), or keep yours and overwrite theirs.{' '}
          <button type="button" onClick={loadTheirs}>
            Load theirs
          </button>{' '}
          <button type="button" onClick={keepMine}>
            Keep mine
          </button>
        </div>
      )}
      {unreadable.map((record) => (
        <UnreadableAlert key={record.key} record={record} />
      ))}
    </div>
  )
}
