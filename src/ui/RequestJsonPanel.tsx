import { useState } from 'react'
import { useSerializedProject } from './useSerialized'

/** The exact body an export sends, kept up to date after each change. */
export function RequestJsonPanel() {
  const { project, text } = useSerializedProject()
  const [copied, setCopied] = useState<string | null>(null)

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
        {copied && (
          <span className="hint" role="status">
            {copied}
          </span>
        )}
      </div>
      <textarea aria-label="Request JSON" readOnly value={text} spellCheck={false} />
    </section>
  )
}
