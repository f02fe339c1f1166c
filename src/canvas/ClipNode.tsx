import type Konva from 'konva'
import { createContext, memo, useContext } from 'react'
import { Group } from 'react-konva'
import { clipGeometry } from '../model/access'
import { describe } from '../model/validate'
import type { Clip } from '../model/types'
import { useEditor } from '../store/editor'
import { ClipBoundary } from './ClipBoundary'
import { ClipPlaceholder, ClipScaleContext } from './ClipPlaceholder'
import { AvatarContent } from './clips/AvatarContent'
import { ImageContent } from './clips/ImageContent'
import { ShapeContent } from './clips/ShapeContent'
import { TextContent } from './clips/TextContent'
import { VideoContent } from './clips/VideoContent'

type Handler = (event: Konva.KonvaEventObject<MouseEvent | DragEvent>) => void

/** Pointer and drag handlers shared by every clip node; stable, so clip nodes stay memoised. */
export interface ClipHandlers {
  onMouseDown: Handler
  onDragStart: Handler
  onDragMove: Handler
  onDragEnd: Handler
  onDblClick: Handler
}

export const ClipHandlersContext = createContext<ClipHandlers | null>(null)

const GHOST_PREFIX = 'ghost:'
/** Opacity of the off-frame part of a selected clip. */
const GHOST_OPACITY = 0.35

/** Node id of a selected clip's faded copy, drawn where the frame clips the clip itself. */
export function ghostId(clipId: string): string {
  return GHOST_PREFIX + clipId
}

/** Returns the clip id of a clip node or of its faded copy. */
export function clipIdOf(node: Konva.Node): string {
  const id = node.id()
  return id.startsWith(GHOST_PREFIX) ? id.slice(GHOST_PREFIX.length) : id
}

/** Returns why a clip's geometry cannot be drawn, or undefined when it can. */
function geometryProblem(clip: Clip): string | undefined {
  for (const key of ['left', 'top', 'width', 'height'] as const) {
    const value = clip[key]
    if (typeof value !== 'number' || !Number.isFinite(value))
      return `${key} is ${describe(value)}, expected a number`
  }
  return undefined
}

interface Props {
  clip: Clip
  ghost?: boolean
}

/** One clip, positioned by its JSON geometry, with its content drawn by type. */
export const ClipNode = memo(function ClipNode({ clip, ghost = false }: Props) {
  const handlers = useContext(ClipHandlersContext)
  const hidden = useEditor((state) => state.hidden[clip.id] === true)
  const geometry = clipGeometry(clip)
  const lockX = clip.lockMovementX === true
  const lockY = clip.lockMovementY === true
  const problem = geometryProblem(clip)
  const width = problem ? geometry.width || 200 : geometry.width
  const height = problem ? geometry.height || 120 : geometry.height

  return (
    <Group
      id={ghost ? ghostId(clip.id) : clip.id}
      name="clip"
      x={geometry.left}
      y={geometry.top}
      scaleX={geometry.scaleX}
      scaleY={geometry.scaleY}
      rotation={geometry.angle}
      opacity={ghost ? geometry.opacity * GHOST_OPACITY : geometry.opacity}
      visible={!hidden}
      draggable={!(lockX && lockY)}
      dragBoundFunc={
        lockX || lockY
          ? function (this: Konva.Node, position) {
              const current = this.absolutePosition()
              return { x: lockX ? current.x : position.x, y: lockY ? current.y : position.y }
            }
          : undefined
      }
      {...handlers}
    >
      <ClipScaleContext.Provider
        value={Math.max(0.01, Math.abs(geometry.scaleX + geometry.scaleY) / 2)}
      >
        <ClipBoundary width={width} height={height}>
          {problem ? (
            <ClipPlaceholder width={width} height={height} label="Invalid clip" reason={problem} />
          ) : (
            <ClipContent clip={clip} width={width} height={height} />
          )}
        </ClipBoundary>
      </ClipScaleContext.Provider>
    </Group>
  )
})

function ClipContent({ clip, width, height }: { clip: Clip; width: number; height: number }) {
  switch (clip.type) {
    case 'aiModel':
      return <AvatarContent clip={clip} width={width} height={height} />
    case 'image':
      return <ImageContent clip={clip} width={width} height={height} label="Image" />
    case 'shape':
      return <ShapeContent clip={clip} width={width} height={height} />
    case 'textImage':
      return <TextContent clip={clip} width={width} height={height} />
    case 'videoImage':
      return <VideoContent clip={clip} width={width} height={height} />
    case 'audio':
      return null
    default:
      return (
        <ClipPlaceholder
          width={width}
          height={height}
          label="Unknown clip type"
          reason={describe((clip as Clip).type)}
        />
      )
  }
}
