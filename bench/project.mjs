// Deterministic request bodies for the benchmarks. Every asset URL is a file the editor's own
// server (or the bench's static server) serves, so no benchmark sends traffic off the machine.

/** Picture drawn by image clips; served from public/ by the editor and by the bench server. */
export const IMAGE_URL = '/images/background/bg_blue_gradient.png'
const AVATAR_URL = '/avatars/sandbox_ada-suit.svg'
const SHAPES = ['Rectangle_corner0', 'Circle', 'Triangle']

/** Mulberry32: a small seeded generator, so every run builds the same project. */
function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Geometry fields that every clip has, in the official editor's key order. */
function clipHead(type, id, layer, random) {
  const width = 120 + Math.round(random() * 200)
  const height = 80 + Math.round(random() * 160)
  return {
    id,
    type,
    layer,
    top: Math.round(random() * (1080 - height)),
    left: Math.round(random() * (1920 - width)),
    height,
    width,
    name: id,
    scaleX: 1,
    scaleY: 1,
  }
}

function imageClip(id, layer, random) {
  return { ...clipHead('image', id, layer, random), source_url: IMAGE_URL, angle: 0, opacity: 100 }
}

function shapeClip(id, layer, random) {
  return {
    ...clipHead('shape', id, layer, random),
    shapeName: SHAPES[layer % SHAPES.length],
    angle: 0,
    opacity: 100,
    fill: `rgb(${layer % 256},130,246)`,
    stroke: '',
    strokeWidth: 0,
    strokeRadius: 0,
  }
}

function textClip(id, layer, random) {
  return {
    ...clipHead('textImage', id, layer, random),
    text: `Caption ${layer}: the quick brown fox jumps over the lazy dog`,
    fill: 'rgb(20,20,40)',
    fontSize: 24,
    fontFamily: 'Noto Sans CJK',
    align: 'left',
    angle: 0,
    opacity: 100,
    backgroundColor: '',
    stroke: '',
    strokeWidth: 0,
    fontWeight: 400,
    fontStyle: '',
    underline: false,
  }
}

/**
 * An avatar clip with the whole catalogue `model` object that the official editor writes (the
 * API's published sample), with its picture URLs pointed at a sandbox avatar.
 */
function avatarClip(id, layer) {
  const editor = {
    headCenterX: 613.3333333333334,
    headCenterY: 290,
    headWidth: 182,
    headHeight: 185,
    modelTightX: 367.33333333333337,
    modelTightY: 168.16666666666669,
    modelTightS: 1,
    modelTightW: 679,
    modelTightH: 2229,
    modelOriginW: 1374,
    modelOriginH: 2444,
    scale: 0.3,
    adjustX: -0.016860747210092203,
    adjustY: -0.024822695035461,
    spaceB: 46.833333333333314,
    spaceT: 168.16666666666669,
    spaceL: 367.33333333333337,
    spaceR: 327.66666666666663,
  }
  return {
    id,
    type: 'aiModel',
    layer,
    top: 146.74129135713008,
    left: 630.2493927359487,
    script: { org: `<p>Hello, this is scene ${layer}.</p>`, tts: null },
    effects: [{ type: 'head-only' }],
    height: 2229,
    width: 679,
    model: {
      ai_name: 'M000045058',
      emotion: 'BG00002320',
      language: 'en',
      source_url: AVATAR_URL,
      editor: { ...editor, top: editor.spaceT, left: editor.spaceL, height: 2229, width: 679 },
      origin: { height: 2444, width: 1374 },
      deployImage: {
        themb_src: AVATAR_URL,
        themb_width: 384,
        themb_height: 240,
        org_src: AVATAR_URL,
        org_width: 1374,
        org_height: 2444,
        edit_src: AVATAR_URL,
        edit_width: 692,
        edit_height: 2277,
      },
      deploySize: { org_width: 1374, org_height: 2444, edit_width: 679, edit_height: 2229 },
      editorValue: editor,
      maskFile: 'M000045058_BG00002320H_alpha_INV.mp4',
    },
    name: id,
    lockScalingFlip: true,
    fill: 'rgb(0,0,0)',
    scaleX: 0.3,
    scaleY: 0.3,
    opacity: 100,
    lockMovementX: false,
    lockMovementY: false,
    lockRotation: true,
    lockScalingX: false,
    lockScalingY: false,
    lockSkewingX: true,
    lockSkewingY: true,
    lockUniScaling: true,
    headOnly: null,
    voiceOnly: false,
    isDelete: false,
  }
}

const MAKERS = [imageClip, shapeClip, textClip]

/** Clips of one scene: images, shapes and text in turn, plus one avatar when asked. */
function sceneClips(sceneIndex, count, withAvatar, random) {
  const clips = []
  if (withAvatar) clips.push(avatarClip(`aiModel-s${sceneIndex}`, 0))
  for (let layer = clips.length; layer < count; layer++) {
    const make = MAKERS[layer % MAKERS.length]
    clips.push(make(`clip-s${sceneIndex}-${layer}`, layer, random))
  }
  return clips
}

/** A project of `scenes` scenes with `clips` clips each, the same for the same arguments. */
export function buildProject({ scenes, clips, avatars = false, seed = 1 }) {
  const random = seededRandom(seed)
  return {
    name: `Benchmark ${scenes} x ${clips}`,
    orientation: 'landscape',
    scenes: Array.from({ length: scenes }, (_, index) => ({
      background: {
        id: 'background',
        type: 'background',
        source_type: 'color',
        source_url: '',
        source_color: 'rgb(240,240,240)',
      },
      watermark: false,
      clips: sceneClips(index, clips, avatars, random),
      thumbnailUrl: null,
      sceneIdx: index,
    })),
  }
}
