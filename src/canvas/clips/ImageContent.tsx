import { Image } from 'react-konva'
import type { ImageClip, VideoClip } from '../../model/types'
import { ClipPlaceholder } from '../ClipPlaceholder'
import { useClipImage } from './useClipImage'

interface Props {
  clip: ImageClip | VideoClip
  width: number
  height: number
  label: string
}

/** A picture clip, or a video clip's poster, stretched to the clip's natural size. */
export function ImageContent({ clip, width, height, label }: Props) {
  const asset = useClipImage(clip.source_url)
  if (asset.status === 'loaded') {
    return <Image image={asset.image} width={width} height={height} perfectDrawEnabled={false} />
  }
  const reason = asset.status === 'failed' ? asset.reason : 'Loading…'
  return <ClipPlaceholder width={width} height={height} label={label} reason={reason} />
}
