import { resolveAssetUrl } from '../../model/viewport'
import { useView } from '../../store/view'
import { useImageAsset, type AssetState } from '../assets'

/** Loads a clip's picture, resolving a relative URL against the preview's asset host. */
export function useClipImage(url: unknown): AssetState {
  const host = useView((state) => state.assetHost)
  const resolved = typeof url === 'string' && url !== '' ? resolveAssetUrl(url, host) : undefined
  return useImageAsset(resolved)
}
