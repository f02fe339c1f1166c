import { useId } from 'react'
import { useAvatars } from '../api/queries'
import type { AvatarModel, AvatarOutfit } from '../api/client'
import { frameSize, orientationOf } from '../model/frame'
import { newAvatarClip } from '../model/factory'
import { useEditor } from '../store/editor'
import { placeInView } from './placement'

/** Default still size when the catalogue does not give one: the published sample's avatar. */
const DEFAULT_STILL = { width: 679, height: 2229 }

function addAvatar(model: AvatarModel, outfit: AvatarOutfit) {
  const width = outfit.width ?? DEFAULT_STILL.width
  const height = outfit.height ?? DEFAULT_STILL.height
  const frame = frameSize(orientationOf(useEditor.getState().project))
  const placement = placeInView(width, height, 1)
  // A presenter is framed like the published sample: full-size still, cut at the waist by the frame.
  placement.scale = 1
  placement.left = Math.round((frame.width - width) / 2)
  placement.top = Math.round(frame.height * 0.135)
  const clip = newAvatarClip(
    {
      ai_name: model.id,
      emotion: outfit.id,
      source_url: outfit.source_url ?? outfit.thumbnail ?? '',
      width,
      height,
      editor: outfit.editor,
    },
    placement,
  )
  useEditor.getState().addClip(clip)
}

/** Chooses an avatar and an outfit from the catalogue loaded through the proxy. */
export function AvatarPicker({ onClose }: { onClose: () => void }) {
  const avatars = useAvatars()
  const titleId = useId()
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="modal">
        <h2 id={titleId}>Add avatar</h2>
        {avatars.isPending && <p role="status">Loading the avatar catalogue…</p>}
        {avatars.isError && (
          <div role="alert" className="alert">
            Could not load the avatar catalogue: {avatars.error.message}
          </div>
        )}
        <ul className="avatar-grid" aria-label="Avatars">
          {avatars.data?.flatMap((model) =>
            model.clothes.map((outfit) => (
              <li key={`${model.id}-${outfit.id}`}>
                <button
                  type="button"
                  onClick={() => {
                    addAvatar(model, outfit)
                    onClose()
                  }}
                >
                  {outfit.thumbnail && <img src={outfit.thumbnail} alt="" />}
                  {model.label?.en ?? model.id}, {outfit.label?.en ?? outfit.id}
                </button>
              </li>
            )),
          )}
        </ul>
        <div className="button-row">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  )
}
