import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react'
import type { Notice } from '../model/parse'
import { useEditor } from '../store/editor'

interface Props {
  onClose: () => void
  onImported: (notices: Notice[]) => void
}

/** Paste or open a project JSON. A failed import shows where the text is wrong and changes nothing. */
export function ImportDialog({ onClose, onImported }: Props) {
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const titleId = useId()
  const textId = useId()
  const fileId = useId()
  const textarea = useRef<HTMLTextAreaElement>(null)

  useEffect(() => textarea.current?.focus(), [])

  const runImport = (source: string) => {
    const outcome = useEditor.getState().importText(source)
    if (!outcome.ok) {
      setError(outcome.error.message)
      return
    }
    onImported(outcome.notices)
    onClose()
  }

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    try {
      const content = await file.text()
      setText(content)
      runImport(content)
    } catch {
      setError(`Could not read ${file.name}. Check that it is a text file and try again.`)
    }
  }

  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="modal">
        <h2 id={titleId}>Import JSON</h2>
        <p className="hint">
          Paste a create-project request, for example the sample from the API docs. Trailing commas
          and template placeholders are repaired and reported.
        </p>
        <label htmlFor={textId}>Project JSON</label>
        <textarea
          ref={textarea}
          id={textId}
          rows={16}
          value={text}
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
        />
        <label htmlFor={fileId}>Open JSON file</label>
        <input
          id={fileId}
          type="file"
          accept=".json,.txt,application/json,text/plain"
          onChange={(event) => void onFile(event)}
        />
        {error && (
          <div role="alert" className="alert">
            {error}
          </div>
        )}
        <div className="button-row">
          <button type="button" className="primary" onClick={() => runImport(text)}>
            Import
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  )
}
