import { memo, useMemo } from 'react'
import { Group, Image, Rect, Text } from 'react-konva'
import { clipsOf, drawOrder, findClip, isObject, scenesOf } from '../model/access'
import type { Size } from '../model/frame'
import type { Scene } from '../model/types'
import { useEditor } from '../store/editor'
import { ClipNode } from './ClipNode'
import { useClipImage } from './clips/useClipImage'

/** The current scene, or undefined when the project has none. */
function useCurrentScene(): Scene | undefined {
  return useEditor((state) => scenesOf(state.project)[state.sceneIndex])
}

/** Background colour and image, stretched over the frame. */
const SceneBackground = memo(function SceneBackground({
  scene,
  frame,
}: {
  scene: Scene | undefined
  frame: Size
}) {
  const background = scene && isObject(scene.background) ? scene.background : undefined
  const color = typeof background?.source_color === 'string' ? background.source_color : '#000000'
  const wantsImage =
    background?.source_type !== 'color' &&
    typeof background?.source_url === 'string' &&
    background.source_url !== ''
  const asset = useClipImage(wantsImage ? background?.source_url : undefined)
  return (
    <Group name="background" listening>
      <Rect name="background" width={frame.width} height={frame.height} fill={color} />
      {wantsImage && asset.status === 'loaded' && (
        <Image
          name="background"
          image={asset.image}
          width={frame.width}
          height={frame.height}
          listening={false}
        />
      )}
      {wantsImage && asset.status === 'failed' && (
        <Text
          x={16}
          y={frame.height - 40}
          text="Background image unavailable; showing its colour"
          fontSize={22}
          fill="rgba(255,255,255,0.85)"
          listening={false}
        />
      )}
    </Group>
  )
})

/** The scene as the video frames it: clips are clipped at the frame edge. */
export function SceneView({ frame }: { frame: Size }) {
  const scene = useCurrentScene()
  const ordered = useMemo(
    () => drawOrder(clipsOf(scene)).filter((clip) => clip.type !== 'audio'),
    [scene],
  )
  return (
    <Group clipX={0} clipY={0} clipWidth={frame.width} clipHeight={frame.height}>
      <SceneBackground scene={scene} frame={frame} />
      {ordered.map((clip) => (
        <ClipNode key={clip.id} clip={clip} />
      ))}
    </Group>
  )
}

/**
 * Faded copies of the selected clips, drawn below the scene so they show only outside the frame,
 * where the scene clips them, and can still be grabbed there.
 */
export function SelectedGhosts() {
  const scene = useCurrentScene()
  const selection = useEditor((state) => state.selection)
  const clips = useMemo(
    () =>
      selection
        .map((id) => findClip(scene, id))
        .filter((clip) => clip !== undefined && clip.type !== 'audio'),
    [scene, selection],
  )
  return <>{clips.map((clip) => clip && <ClipNode key={clip.id} clip={clip} ghost />)}</>
}
