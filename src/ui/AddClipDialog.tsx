import { useId, useState, type FormEvent } from 'react'
import { newAudioClip, newImageClip, newVideoClip } from '../model/factory'
import type { Clip } from '../model/types'
import { useEditor } from '../store/editor'
import { checkAudio, loadImageSize, loadVideoSize } from './loadMedia'
import { placeInView } from './placement'

export type MediaKind = 'image' | 'video' | 'audio'

const TITLES: Record<MediaKind, string> = {
  image: 'Add image',
  video: 'Add video',
  audio: 'Add audio',
}

const URL_LABELS: Record<MediaKind, string> = {
  image: 'Image URL',
  video: 'Video URL',
  audio: 'Audio URL',
}

/** Size given to media whose natural size is unknown because this browser could not load it. */
const UNKNOWN_SIZE = { width: 1280, height: 720 }

/**
 * Builds a clip after loading the media, which proves the address works and gives its natural
 * size. With `unchecked`, the media is not loaded, for addresses that only the renderer can reach.
 */
async function buildClip(
  kind: MediaKind,
  url: string,
  extra: string,
  unchecked: boolean,
): Promise<Clip> {
  if (kind === 'image') {
    const size = unchecked ? UNKNOWN_SIZE : await loadImageSize(url)
    return newImageClip(url, placeInView(size.width, size.height))
  }
  if (kind === 'video') {
    const size = unchecked ? UNKNOWN_SIZE : await loadVideoSize(url)
    return newVideoClip(url, extra, placeInView(size.width || 1280, size.height || 720))
  }
  if (!unchecked) await checkAudio(url)
  const label = extra !== '' ? extra : (url.split('/').pop() ?? url)
  return newAudioClip(url, label, placeInView(0, 0).layer)
}

/** Asks for a media address, checks it by loading it, then adds the clip in view. */
export function AddClipDialog({ kind, onClose }: { kind: MediaKind; onClose: () => void }) {
  const [url, setUrl] = useState('')
  const [extra, setExtra] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const titleId = useId()
  const urlId = useId()
  const extraId = useId()

  const add = async (unchecked: boolean) => {
    const address = url.trim()
    if (address === '') {
      setError('Enter the address of the file, for example https://example.com/picture.png.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      useEditor.getState().addClip(await buildClip(kind, address, extra.trim(), unchecked))
      onClose()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="modal"
        onSubmit={(event: FormEvent) => {
          event.preventDefault()
          void add(false)
        }}
      >
        <h2 id={titleId}>{TITLES[kind]}</h2>
        <label htmlFor={urlId}>{URL_LABELS[kind]}</label>
        <input
          id={urlId}
          type="url"
          value={url}
          autoFocus
          onChange={(event) => setUrl(event.target.value)}
        />
        {kind !== 'image' && (
          <>
            <label htmlFor={extraId}>
              {kind === 'video' ? 'Poster image URL (optional)' : 'Label (file name)'}
            </label>
            <input
              id={extraId}
              type="text"
              value={extra}
              onChange={(event) => setExtra(event.target.value)}
            />
          </>
        )}
        <p className="hint">
          The file must be publicly reachable when the video renders. If this browser cannot load it
          but the renderer can, use Add anyway: the canvas then shows a placeholder.
        </p>
        {error && (
          <div role="alert" className="alert">
            {error}
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Checking…' : 'Add'}
          </button>
          {error && (
            <button type="button" onClick={() => void add(true)} disabled={busy}>
              Add anyway
            </button>
          )}
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  )
}
