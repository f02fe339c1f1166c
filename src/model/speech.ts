import { clipsOf, isObject } from './access'
import { patchObject } from './commands'
import type { AvatarClip, Scene, SceneScript } from './types'

/** The scene's presenter: its first avatar clip that is not an empty slot. */
export function sceneAvatar(scene: Scene | undefined): AvatarClip | undefined {
  return clipsOf(scene).find(
    (clip): clip is AvatarClip => clip.type === 'aiModel' && clip.isDelete !== true,
  )
}

/** Whether the scene uses the newer `scenes[].scripts` speech format. */
export function usesSceneScripts(scene: Scene): boolean {
  return Array.isArray(scene.scripts)
}

/**
 * Returns the scene's speech text from whichever format it uses.
 * NOTE: with several `scripts` entries only the first is read and edited.
 */
export function readScript(scene: Scene | undefined): string {
  if (!scene) return ''
  if (usesSceneScripts(scene)) {
    const first = scene.scripts?.[0]
    return isObject(first) && typeof first.org === 'string' ? first.org : ''
  }
  const script = sceneAvatar(scene)?.script
  return isObject(script) && typeof script.org === 'string' ? script.org : ''
}

/** Writes the speech text in the format the scene already uses. */
export function writeScript(scene: Scene, text: string): Scene {
  const avatar = sceneAvatar(scene)
  if (usesSceneScripts(scene)) {
    const scripts = [...(scene.scripts ?? [])]
    const first = scripts[0]
    if (isObject(first)) scripts[0] = patchObject(first, { org: text })
    else if (avatar) scripts[0] = newSceneScript(avatar, text)
    else return scene
    return { ...scene, scripts }
  }
  if (!avatar) return scene
  const script = isObject(avatar.script)
    ? patchObject(avatar.script, { org: text })
    : { org: text, tts: null }
  const clips = clipsOf(scene).map((clip) => (clip === avatar ? { ...avatar, script } : clip))
  return { ...scene, clips }
}

function newSceneScript(avatar: AvatarClip, text: string): SceneScript {
  return {
    org: text,
    isTTS: false,
    tts: null,
    modelId: avatar.model.ai_name,
    clothId: avatar.model.emotion,
  }
}

/** Keeps newer-format speech entries naming the scene's current avatar and outfit. */
export function syncSceneScripts(scene: Scene): Scene {
  const avatar = sceneAvatar(scene)
  if (!avatar || !Array.isArray(scene.scripts) || !isObject(avatar.model)) return scene
  let changed = false
  const scripts = scene.scripts.map((script) => {
    if (!isObject(script)) return script
    const next = patchObject(script, {
      modelId: avatar.model.ai_name,
      clothId: avatar.model.emotion,
    })
    if (next !== script) changed = true
    return next
  })
  return changed ? { ...scene, scripts } : scene
}
