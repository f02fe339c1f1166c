import { resolveAssetUrl } from '../model/viewport'
import { useView } from '../store/view'

export interface MediaSize {
  width: number
  height: number
}

const LOAD_TIMEOUT_MS = 15_000

function withTimeout<T>(promise: Promise<T>, url: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Loading ${url} timed out after ${LOAD_TIMEOUT_MS / 1000} s.`)),
      LOAD_TIMEOUT_MS,
    )
    promise.then(resolve, reject).finally(() => clearTimeout(timer))
  })
}

function resolve(url: string): string {
  return resolveAssetUrl(url, useView.getState().assetHost)
}

type MediaElement = HTMLImageElement | HTMLVideoElement | HTMLAudioElement

/**
 * Loads media into `element` until `readyEvent`, failing with a message that names the address.
 * Resolves with what `read` takes from the loaded element.
 */
function loadInto<T, E extends MediaElement>(
  element: E,
  readyEvent: 'load' | 'loadedmetadata',
  url: string,
  kind: string,
  read: (element: E) => T,
): Promise<T> {
  return withTimeout(
    new Promise<T>((done, fail) => {
      element.addEventListener(readyEvent, () => done(read(element)), { once: true })
      element.addEventListener(
        'error',
        () =>
          fail(
            new Error(
              `Could not load the ${kind} at ${url}. Check the address, and that it is public.`,
            ),
          ),
        { once: true },
      )
      if (!(element instanceof HTMLImageElement)) {
        element.preload = 'metadata'
        element.muted = true
      }
      element.src = resolve(url)
    }),
    url,
  )
}

/** Loads an image to check that it is reachable and to read its natural size. */
export function loadImageSize(url: string): Promise<MediaSize> {
  return loadInto(new Image(), 'load', url, 'image', (image) => ({
    width: image.naturalWidth,
    height: image.naturalHeight,
  }))
}

/** Loads a video's metadata to check that it is reachable and to read its natural size. */
export function loadVideoSize(url: string): Promise<MediaSize> {
  return loadInto(document.createElement('video'), 'loadedmetadata', url, 'video', (video) => ({
    width: video.videoWidth,
    height: video.videoHeight,
  }))
}

/** Loads an audio file's metadata to check that it is reachable. */
export function checkAudio(url: string): Promise<void> {
  return loadInto(document.createElement('audio'), 'loadedmetadata', url, 'audio', () => undefined)
}
