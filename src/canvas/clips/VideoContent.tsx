import Konva from 'konva'
import { useEffect, useRef, useState } from 'react'
import { Image } from 'react-konva'
import { resolveAssetUrl } from '../../model/viewport'
import type { VideoClip } from '../../model/types'
import { useView } from '../../store/view'
import { ClipPlaceholder } from '../ClipPlaceholder'
import { ImageContent } from './ImageContent'

interface Props {
  clip: VideoClip
  width: number
  height: number
}

/** The poster, or first frame, of a video clip; the video itself plays muted while chosen to play. */
export function VideoContent({ clip, width, height }: Props) {
  const playing = useView((state) => state.playingVideo === clip.id)
  if (playing) return <PlayingVideo clip={clip} width={width} height={height} />
  if (typeof clip.source_url === 'string' && clip.source_url !== '') {
    return <ImageContent clip={clip} width={width} height={height} label="Video" />
  }
  return (
    <ClipPlaceholder
      width={width}
      height={height}
      label="Video"
      reason="No poster image; press Play in the inspector to preview."
    />
  )
}

function PlayingVideo({ clip, width, height }: Props) {
  const host = useView((state) => state.assetHost)
  const stop = useView((state) => state.setPlayingVideo)
  const node = useRef<Konva.Image>(null)
  const [video, setVideo] = useState<HTMLVideoElement | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    const element = document.createElement('video')
    element.muted = true
    element.loop = true
    element.playsInline = true
    element.src = resolveAssetUrl(String(clip.video_url), host)
    element.onerror = () => setFailure(`Could not load ${String(clip.video_url)}`)
    element.onloadeddata = () => setVideo(element)
    void element.play().catch(() => {})
    return () => {
      element.pause()
      element.removeAttribute('src')
      element.load()
    }
  }, [clip.video_url, host])

  useEffect(() => {
    const layer = node.current?.getLayer()
    if (!video || !layer) return
    const animation = new Konva.Animation(() => {}, layer)
    animation.start()
    return () => {
      animation.stop()
    }
  }, [video])

  if (failure) {
    return <ClipPlaceholder width={width} height={height} label="Video" reason={failure} />
  }
  if (!video)
    return <ClipPlaceholder width={width} height={height} label="Video" reason="Loading video…" />
  return (
    <Image ref={node} image={video} width={width} height={height} onDblClick={() => stop(null)} />
  )
}
