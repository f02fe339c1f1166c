/**
 * The sandbox's avatar catalogue in the shape of `GET /api/odin/v3/model`.
 *
 * Each outfit carries sandbox-only extra fields that the real catalogue does not send.
 * `source_url` is the tightly cropped full-body still that an `aiModel` clip shows. `width` and
 * `height` are that still's size in pixels. `editor` is the head box in still pixels, which the
 * editor copies into `model.editor` of a new avatar clip.
 */
export interface CatalogueOutfit {
  id: string
  label: { en: string; ko: string }
  thumbnail: string
  source_url: string
  width: number
  height: number
  editor: { headCenterX: number; headCenterY: number; headWidth: number; headHeight: number }
}

export interface CatalogueModel {
  id: string
  label: { en: string; ko: string }
  thumbnail: string
  clothes: CatalogueOutfit[]
}

/** Size of every bundled still, a tall full-body crop like the real ones. */
export const STILL_WIDTH = 680
export const STILL_HEIGHT = 2230

/** Head box of the bundled stills, which all share one figure outline. */
const HEAD_BOX = { headCenterX: 340, headCenterY: 250, headWidth: 220, headHeight: 280 }

function outfit(modelId: string, clothId: string, en: string, ko: string): CatalogueOutfit {
  return {
    id: clothId,
    label: { en, ko },
    thumbnail: `/avatars/${modelId}-${clothId}-thumb.svg`,
    source_url: `/avatars/${modelId}-${clothId}.svg`,
    width: STILL_WIDTH,
    height: STILL_HEIGHT,
    editor: { ...HEAD_BOX },
  }
}

export const SANDBOX_MODELS: readonly CatalogueModel[] = [
  {
    id: 'sandbox_ada',
    label: { en: 'Ada (sandbox)', ko: '에이다 (샌드박스)' },
    thumbnail: '/avatars/sandbox_ada-suit-thumb.svg',
    clothes: [
      outfit('sandbox_ada', 'suit', 'Navy suit', '네이비 정장'),
      outfit('sandbox_ada', 'casual', 'Green sweater', '초록 스웨터'),
    ],
  },
  {
    id: 'sandbox_ben',
    label: { en: 'Ben (sandbox)', ko: '벤 (샌드박스)' },
    thumbnail: '/avatars/sandbox_ben-shirt-thumb.svg',
    clothes: [outfit('sandbox_ben', 'shirt', 'White shirt', '흰 셔츠')],
  },
  {
    id: 'sandbox_chloe',
    label: { en: 'Chloe (sandbox)', ko: '클로이 (샌드박스)' },
    thumbnail: '/avatars/sandbox_chloe-blazer-thumb.svg',
    clothes: [
      outfit('sandbox_chloe', 'blazer', 'Red blazer', '빨간 블레이저'),
      outfit('sandbox_chloe', 'dress', 'Purple dress', '보라 원피스'),
    ],
  },
]
