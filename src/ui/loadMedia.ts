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

/** Loads an image to check that it is reachable and to read its natural size. */
export function loadImageSize(url: string): Promise<MediaSize> {
  return withTimeout(
    new Promise((done, fail) => {
      const image = new Image()
      image.onload = () => done({ width: image.naturalWidth, height: image.naturalHeight })
      image.onerror = () =>
        fail(
          new Error(
            `Could not load the image at ${url}. Check the address, and that it is public.`,
          ),
        )
      image.src = resolve(url)
    }),
    url,
  )
}

/** Loads a video's metadata to check that it is reachable and to read its natural size. */
export function loadVideoSize(url: string): Promise<MediaSize> {
  return withTimeout(
    new Promise((done, fail) => {
      const video = document.createElement('video')
      video.preload = 'metadata'
      video.muted = true
      video.onloadedmetadata = () => done({ width: video.videoWidth, height: video.videoHeight })
      video.onerror = () =>
        fail(
          new Error(
            `Could not load the video at ${url}. Check the address, and that it is public.`,
          ),
        )
      video.src = resolve(url)
    }),
    url,
  )
}

/** Loads an audio file's metadata to check that it is reachable. */
export function checkAudio(url: string): Promise<void> {
  return withTimeout(
    new Promise((done, fail) => {
      const audio = document.createElement('audio')
      audio.preload = 'metadata'
      audio.onloadedmetadata = () => done()
      audio.onerror = () =>
        fail(
          new Error(
            `Could not load the audio at ${url}. Check the address, and that it is public.`,
          ),
        )
      audio.src = resolve(url)
    }),
    url,
  )
}
