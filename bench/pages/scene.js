// The baseline of the drag benchmark: the editor's Konva nodes for one scene, built with plain
// Konva and no React. Each clip is a draggable group holding what the editor draws for its type,
// on a scene layer clipped to the frame, with a Transformer on the dragged clip in an overlay layer.
/* global Konva */

const PIXELS_PER_POINT = 4 / 3
const FONT_FAMILY =
  '"Noto Sans CJK", "Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans", sans-serif'

function loadImage(url) {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error(`Could not load ${url}`))
    image.src = url
  })
}

function traceShape(context, name, width, height) {
  context.beginPath()
  if (name === 'Circle') {
    context.ellipse(width / 2, height / 2, width / 2, height / 2, 0, 0, Math.PI * 2)
  } else if (name === 'Triangle') {
    context.moveTo(width / 2, 0)
    context.lineTo(width, height)
    context.lineTo(0, height)
  } else {
    context.moveTo(0, 0)
    context.lineTo(width, 0)
    context.lineTo(width, height)
    context.lineTo(0, height)
  }
  context.closePath()
}

function content(clip, images) {
  const { width, height } = clip
  if (clip.type === 'image') {
    return [
      new Konva.Image({
        image: images.get(clip.source_url),
        width,
        height,
        perfectDrawEnabled: false,
      }),
    ]
  }
  if (clip.type === 'shape') {
    const shape = new Konva.Shape({
      width,
      height,
      fill: clip.fill,
      strokeWidth: 0,
      perfectDrawEnabled: false,
      sceneFunc: (context, node) => {
        traceShape(context, clip.shapeName, width, height)
        context.fillStrokeShape(node)
      },
    })
    return [shape]
  }
  const box = new Konva.Group()
  box.add(new Konva.Rect({ width, height }))
  box.add(
    new Konva.Text({
      width,
      height,
      text: clip.text,
      fontSize: clip.fontSize * PIXELS_PER_POINT,
      fontFamily: FONT_FAMILY,
      fontStyle: 'normal 400',
      align: clip.align,
      fill: clip.fill,
      strokeWidth: 0,
      fillAfterStrokeEnabled: true,
      wrap: 'word',
      perfectDrawEnabled: false,
    }),
  )
  return [box]
}

/** Builds the scene on a stage with the editor's size and viewport, and selects `draggedId`. */
window.buildScene = async function buildScene({ scene, stage: view, frame, draggedId }) {
  const urls = new Set(
    scene.clips.filter((clip) => clip.type === 'image').map((clip) => clip.source_url),
  )
  const images = new Map()
  for (const url of urls) images.set(url, await loadImage(url))

  const stage = new Konva.Stage({ container: 'stage', ...view })
  const scenes = new Konva.Layer({ name: 'scene' })
  const overlay = new Konva.Layer({ name: 'overlay' })
  const frameGroup = new Konva.Group({
    clipX: 0,
    clipY: 0,
    clipWidth: frame.width,
    clipHeight: frame.height,
  })
  frameGroup.add(
    new Konva.Rect({
      width: frame.width,
      height: frame.height,
      fill: scene.background.source_color,
    }),
  )
  const ordered = [...scene.clips].sort((a, b) => a.layer - b.layer)
  let dragged
  for (const clip of ordered) {
    const group = new Konva.Group({
      id: clip.id,
      name: 'clip',
      x: clip.left,
      y: clip.top,
      scaleX: clip.scaleX,
      scaleY: clip.scaleY,
      rotation: clip.angle ?? 0,
      opacity: (clip.opacity ?? 100) / 100,
      draggable: true,
    })
    for (const child of content(clip, images)) group.add(child)
    frameGroup.add(group)
    if (clip.id === draggedId) dragged = group
  }
  scenes.add(frameGroup)
  overlay.add(
    new Konva.Rect({
      width: frame.width,
      height: frame.height,
      stroke: '#0f172a',
      strokeWidth: 1,
      strokeScaleEnabled: false,
      listening: false,
    }),
  )
  overlay.add(
    new Konva.Transformer({ nodes: dragged ? [dragged] : [], ignoreStroke: true, anchorSize: 10 }),
  )
  stage.add(new Konva.Layer({ name: 'ghosts' }), scenes, overlay)
  stage.draw()
}
