import { memo } from 'react'
import { clipGeometry, clipsOf, drawOrder, isObject } from '../model/access'
import type { Size } from '../model/frame'
import { resolveAssetUrl } from '../model/viewport'
import type { Clip, Scene } from '../model/types'
import { useView } from '../store/view'

/**
 * A miniature of a scene drawn with the DOM, so the page keeps a single Konva stage. Boxes sit
 * where the clips are; pictures show when they load.
 */
export const SceneThumbnail = memo(function SceneThumbnail({
  scene,
  frame,
}: {
  scene: Scene
  frame: Size
}) {
  const host = useView((state) => state.assetHost)
  const background = isObject(scene.background) ? scene.background : undefined
  const image =
    background?.source_type !== 'color' &&
    typeof background?.source_url === 'string' &&
    background.source_url !== ''
      ? `url("${resolveAssetUrl(background.source_url, host)}")`
      : undefined
  return (
    <div
      className="thumbnail"
      style={{
        aspectRatio: `${frame.width} / ${frame.height}`,
        backgroundColor:
          typeof background?.source_color === 'string' ? background.source_color : '#000',
        backgroundImage: image,
      }}
      aria-hidden
    >
      {drawOrder(clipsOf(scene))
        .filter((clip) => clip.type !== 'audio')
        .map((clip) => (
          <ThumbnailClip key={clip.id} clip={clip} frame={frame} host={host} />
        ))}
    </div>
  )
})

const ThumbnailClip = memo(function ThumbnailClip({
  clip,
  frame,
  host,
}: {
  clip: Clip
  frame: Size
  host: string
}) {
  const geometry = clipGeometry(clip)
  const style = {
    left: `${(geometry.left / frame.width) * 100}%`,
    top: `${(geometry.top / frame.height) * 100}%`,
    width: `${((geometry.width * geometry.scaleX) / frame.width) * 100}%`,
    height: `${((geometry.height * geometry.scaleY) / frame.height) * 100}%`,
    opacity: geometry.opacity,
    transform: `rotate(${geometry.angle}deg)`,
    background: clip.type === 'shape' && typeof clip.fill === 'string' ? clip.fill : undefined,
    borderRadius:
      clip.type === 'shape' && ['Circle', 'Oval_1'].includes(String(clip.shapeName))
        ? '50%'
        : undefined,
  }
  const source =
    clip.type === 'aiModel'
      ? clip.model?.source_url
      : clip.type === 'image' || clip.type === 'videoImage'
        ? clip.source_url
        : undefined
  return (
    <div className={`thumbnail-clip thumbnail-${clip.type}`} style={style}>
      {typeof source === 'string' && source !== '' && (
        <img
          src={resolveAssetUrl(source, host)}
          alt=""
          loading="lazy"
          onError={(event) => (event.currentTarget.style.visibility = 'hidden')}
        />
      )}
    </div>
  )
})
