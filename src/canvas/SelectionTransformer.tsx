import type Konva from 'konva'
import { useEffect, useMemo, useRef, type RefObject } from 'react'
import { Transformer } from 'react-konva'
import { clipGeometry, findClip, scenesOf } from '../model/access'
import { setClipFields } from '../model/commands'
import type { Clip, Project } from '../model/types'
import { useEditor } from '../store/editor'
import { useView } from '../store/view'
import { clipIdOf, ghostId } from './ClipNode'
import { snapPoint } from '../model/snapping'
import { snapContext, type SnapContext } from './snapTargets'
import { findNode } from './useClipHandlers'

const CORNERS = ['top-left', 'top-right', 'bottom-left', 'bottom-right']
const SIDES = ['middle-left', 'middle-right']
const ALL_ANCHORS = [...CORNERS, ...SIDES, 'top-center', 'bottom-center']
/** Clip types drawn from a picture keep their aspect ratio when resized. */
const KEEPS_RATIO = new Set(['aiModel', 'image', 'videoImage'])
/** Clip types whose request has an `angle` field. */
const ROTATES = new Set(['shape', 'image', 'textImage'])

interface Options {
  keepRatio: boolean
  rotateEnabled: boolean
  resizeEnabled: boolean
  enabledAnchors: string[]
}

/** Transformer settings for the selected clips, honouring their `lock*` flags. */
export function transformerOptions(clips: readonly Clip[]): Options {
  const single = clips.length === 1 ? clips[0] : undefined
  let enabledAnchors = CORNERS
  if (single?.type === 'shape') enabledAnchors = ALL_ANCHORS
  if (single?.type === 'textImage') enabledAnchors = [...CORNERS, ...SIDES]
  return {
    keepRatio: clips.length > 1 || clips.some((clip) => KEEPS_RATIO.has(clip.type)),
    rotateEnabled:
      clips.length > 0 &&
      clips.every((clip) => ROTATES.has(clip.type) && clip.lockRotation !== true),
    resizeEnabled: clips.every((clip) => clip.lockScalingX !== true || clip.lockScalingY !== true),
    enabledAnchors,
  }
}

/**
 * Rounds away the float residue of the transform maths, so that a resize snapped to 300 stores
 * 300 rather than 299.99999999999994. A millionth of a pixel or of a scale step is never visible.
 */
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

/** Changes smaller than this, in frame pixels or scale units, are float noise from the transform maths. */
const EPSILON = 1e-6

/** The fields a transform changed, so an unchanged value or default is not written into the request. */
function transformPatch(clip: Clip, node: Konva.Node): Record<string, unknown> {
  const geometry = clipGeometry(clip)
  const values: Record<string, number> = {
    left: node.x(),
    top: node.y(),
    scaleX: clip.lockScalingX === true ? geometry.scaleX : node.scaleX(),
    scaleY: clip.lockScalingY === true ? geometry.scaleY : node.scaleY(),
  }
  if (ROTATES.has(clip.type)) values.angle = node.rotation()
  const liveWidth: unknown = node.getAttr('liveWidth')
  if (typeof liveWidth === 'number') values.width = liveWidth
  const patch: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(values)) {
    if (Math.abs(value - geometry[key as keyof typeof geometry]) > EPSILON) patch[key] = tidy(value)
  }
  return patch
}

/** Resizes a text box's width from a side handle instead of scaling its letters. */
function rewrapText(node: Konva.Node, clip: Clip): void {
  const geometry = clipGeometry(clip)
  const width = (geometry.width * node.scaleX()) / geometry.scaleX
  node.scaleX(geometry.scaleX)
  node.setAttr('liveWidth', width)
  for (const child of (node as Konva.Group).find('Text, Rect')) child.width(width)
}

type Point = { x: number; y: number }

/** Snaps a resize handle, given in screen pixels, to the frame and other clips unless Alt is held. */
function snapAnchor(
  transformer: RefObject<Konva.Transformer | null>,
  snap: SnapContext | null,
  position: Point,
  event: MouseEvent,
): Point {
  const view = useView.getState()
  const stage = transformer.current?.getStage()
  if (!snap || !stage || event.altKey || transformer.current?.getActiveAnchor() === 'rotater') {
    view.setGuides([])
    return position
  }
  const scale = stage.scaleX()
  const point = { x: (position.x - stage.x()) / scale, y: (position.y - stage.y()) / scale }
  const snapped = snapPoint(point, snap.targets, snap.frame, snap.threshold)
  view.setGuides(snapped.guides)
  return {
    x: snapped.x === undefined ? position.x : snapped.x * scale + stage.x(),
    y: snapped.y === undefined ? position.y : snapped.y * scale + stage.y(),
  }
}

export function SelectionTransformer() {
  const ref = useRef<Konva.Transformer>(null)
  const snap = useRef<SnapContext | null>(null)
  const selection = useEditor((state) => state.selection)
  const scene = useEditor((state) => scenesOf(state.project)[state.sceneIndex])
  const editingText = useView((state) => state.editingText)
  const clips = useMemo(
    () =>
      selection
        .map((id) => findClip(scene, id))
        .filter((clip): clip is Clip => clip !== undefined && clip.type !== 'audio'),
    [scene, selection],
  )
  const options = transformerOptions(clips)

  useEffect(() => {
    const transformer = ref.current
    const stage = transformer?.getStage()
    if (!transformer || !stage) return
    const nodes = editingText
      ? []
      : clips.map((clip) => findNode(stage, clip.id)).filter((node) => node !== undefined)
    transformer.nodes(nodes)
    transformer.getLayer()?.batchDraw()
  }, [clips, editingText])

  const onTransform = () => {
    const transformer = ref.current
    if (!transformer) return
    const stage = transformer.getStage()
    const sideAnchor = SIDES.includes(transformer.getActiveAnchor() ?? '')
    for (const node of transformer.nodes()) {
      const clip = clips.find((item) => item.id === node.id())
      if (clip?.type === 'textImage' && sideAnchor) rewrapText(node, clip)
      findNode(stage, ghostId(node.id()))?.setAttrs({
        x: node.x(),
        y: node.y(),
        scaleX: node.scaleX(),
        scaleY: node.scaleY(),
        rotation: node.rotation(),
      })
    }
  }

  const onTransformStart = () => {
    snap.current = snapContext(new Set(clips.map((clip) => clip.id)))
  }

  const onTransformEnd = () => {
    snap.current = null
    useView.getState().setGuides([])
    const nodes = ref.current?.nodes() ?? []
    const { apply, sceneIndex } = useEditor.getState()
    apply((project) =>
      nodes.reduce<Project>((next, node) => {
        const id = clipIdOf(node)
        const clip = findClip(scenesOf(next)[sceneIndex], id)
        if (!clip) return next
        const patch = transformPatch(clip, node)
        node.setAttr('liveWidth', undefined)
        return setClipFields(next, sceneIndex, id, patch)
      }, project),
    )
  }

  return (
    <Transformer
      ref={ref}
      {...options}
      flipEnabled={false}
      ignoreStroke
      rotationSnaps={[0, 45, 90, 135, 180, 225, 270, 315]}
      anchorSize={10}
      borderStroke="#2563eb"
      anchorStroke="#2563eb"
      onTransformStart={onTransformStart}
      onTransform={onTransform}
      anchorDragBoundFunc={(_old, position, event) =>
        snapAnchor(ref, snap.current, position, event)
      }
      onTransformEnd={onTransformEnd}
    />
  )
}
