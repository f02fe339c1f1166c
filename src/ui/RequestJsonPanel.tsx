import { useState } from 'react'
import { useSerializedProject } from './useSerialized'

/**
 * Largest request, in UTF-16 code units, shown live. Chromium spends about a second laying out a
 * textarea that contains 1.8 MB (measured on two cores), so larger requests are shown on demand.
 */
export const LIVE_JSON_LIMIT = 256 * 1024

/**
 * The exact body an export sends. Up to `LIVE_JSON_LIMIT` it follows every change; a larger one
 * is shown when asked, so that editing stays responsive. Copy and Download always take the
 * current request.
 */
export function RequestJsonPanel() {
  const { project, text } = useSerializedProject()
  const [copied, setCopied] = useState<string | null>(null)
  const [shown, setShown] = useState<string | null>(null)
  const large = text.length > LIVE_JSON_LIMIT
  const value = large ? (shown ?? '') : text

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied('Copied to the clipboard.')
    } catch {
      setCopied(
        'Copying failed: the browser blocked the clipboard. Select the text and copy it by hand.',
      )
    }
  }
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
    const link = document.createElement('a')
    link.href = url
    link.download = `${typeof project.name === 'string' && project.name !== '' ? project.name : 'project'}.json`
    link.click()
    URL.revokeObjectURL(url)
  }

  return (
    <section className="panel json-panel" aria-label="Request JSON">
      <div className="panel-head">
        <h2>Request JSON</h2>
        <button type="button" onClick={() => void copy()}>
          Copy JSON
        </button>
        <button type="button" onClick={download}>
          Download JSON
        </button>
        {large && shown !== text && (
          <button type="button" onClick={() => setShown(text)}>
            Show current JSON
          </button>
        )}
        {copied && (
          <span className="hint" role="status">
            {copied}
          </span>
        )}
      </div>
      {large && shown !== text && (
        <p className="hint">
          This request is about {(text.length / 1024 / 1024).toFixed(1)} MB, so it is not shown
          after every change. {shown === null ? 'Show it' : 'Show the current version'} when you
          need it.
        </p>
      )}
      <textarea aria-label="Request JSON" readOnly value={value} spellCheck={false} wrap="off" />
    </section>
  )
}
