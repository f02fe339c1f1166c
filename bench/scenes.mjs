// Scene switching benchmark: the used JS heap, after forced garbage collection, once every scene
// has been shown once and again after more cycles through all of them.
import { heapAfterGc, openPage } from './browser.mjs'
import { openEditorWith } from './editor-page.mjs'
import { buildProject } from './project.mjs'

/** Shows every scene in turn by clicking its entry in the Scenes panel, two frames each. */
function cycleScenes(page, count) {
  return page.evaluate(async (sceneCount) => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done()))
    for (let index = 1; index <= sceneCount; index++) {
      const item = document.querySelector(`[aria-label="Scene ${index}"]`)
      if (!item) throw new Error(`The Scenes panel has no entry "Scene ${index}".`)
      item.click()
      await frame()
      await frame()
    }
  }, count)
}

export async function runSceneSwitching(browser, urls, { scenes, clips, cycles }) {
  const project = buildProject({ scenes, clips, avatars: true, seed: 7 })
  const { page, cdp } = await openPage(browser)
  try {
    await openEditorWith(page, urls.editor, project)
    const started = Date.now()
    await cycleScenes(page, scenes)
    const afterFirstCycle = await heapAfterGc(cdp)
    for (let cycle = 1; cycle < cycles; cycle++) await cycleScenes(page, scenes)
    const afterLastCycle = await heapAfterGc(cdp)
    return {
      scenes,
      clipsPerScene: clips,
      cycles,
      heapAfterFirstCycleBytes: afterFirstCycle,
      heapAfterLastCycleBytes: afterLastCycle,
      ratio: afterLastCycle / afterFirstCycle,
      seconds: (Date.now() - started) / 1000,
    }
  } finally {
    await page.close()
  }
}
