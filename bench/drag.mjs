// Drag benchmark: main-thread time per step of dragging one clip in the editor, against the same
// nodes and the same drag on a bare Konva page, alternating the two pages.
import { nextFrame, openPage, readMetrics, takeRenderCounts } from './browser.mjs'
import { nodeCentre, openEditorWith, stageView } from './editor-page.mjs'
import { buildProject } from './project.mjs'
import { median } from './stats.mjs'

const FRAME = { width: 1920, height: 1080 }
/** Pixels of pointer travel before measuring, so Konva has started the drag. */
const WARM_UP_MOVES = [2, 4]
/** Radius in page pixels of the closed loop that the pointer follows. */
const LOOP_RADIUS = 60

/** Drags from `start` along a closed loop of `steps` moves, each followed by one frame. */
async function drag(page, cdp, start, steps, { onMeasured } = {}) {
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  for (const dx of WARM_UP_MOVES) await page.mouse.move(start.x + dx, start.y)
  await nextFrame(page)
  await onMeasured?.('start')
  const origin = { x: start.x + WARM_UP_MOVES.at(-1), y: start.y }

  const before = await readMetrics(cdp)
  for (let step = 1; step <= steps; step++) {
    const angle = (2 * Math.PI * step) / steps
    await page.mouse.move(
      origin.x + LOOP_RADIUS * Math.sin(angle),
      origin.y + (LOOP_RADIUS * (1 - Math.cos(angle))) / 2,
    )
    await nextFrame(page)
  }
  const after = await readMetrics(cdp)
  await onMeasured?.('steps')

  await page.mouse.up()
  await nextFrame(page)
  await nextFrame(page)
  await onMeasured?.('end')
  return ((after.taskSeconds - before.taskSeconds) * 1000) / steps
}

/** Per-step cost of both pages for one scene size, with React render counts for the editor. */
async function measureSize(browser, urls, { clips, steps, rounds }) {
  const project = buildProject({ scenes: 1, clips, seed: clips })
  const scene = project.scenes[0]
  const draggedId = scene.clips.at(-1).id

  const editor = await openPage(browser, { countRenders: true })
  const bare = await openPage(browser)
  try {
    await openEditorWith(editor.page, urls.editor, project)
    const view = await stageView(editor.page)
    await bare.page.goto(`${urls.static}/pages/konva.html`)
    await bare.page.evaluate((spec) => window.buildScene(spec), {
      scene,
      stage: view.stage,
      frame: FRAME,
      draggedId,
    })

    const editorSteps = []
    const bareSteps = []
    const renders = { steps: [], dragEnd: [], components: {} }
    for (let round = 0; round < rounds; round++) {
      const start = await nodeCentre(editor.page, draggedId)
      const recordRenders = async (phase) => {
        const counts = await takeRenderCounts(editor.page)
        if (phase === 'steps') {
          renders.steps.push({ commits: counts.commits / steps, renders: counts.renders / steps })
          for (const [name, count] of Object.entries(counts.components))
            renders.components[name] = (renders.components[name] ?? 0) + count / steps / rounds
        }
        if (phase === 'end') renders.dragEnd.push(counts)
      }
      editorSteps.push(
        await drag(editor.page, editor.cdp, start, steps, { onMeasured: recordRenders }),
      )
      bareSteps.push(await drag(bare.page, bare.cdp, await nodeCentre(bare.page, draggedId), steps))
    }

    const editorMs = median(editorSteps)
    const bareMs = median(bareSteps)
    return {
      clips,
      steps,
      rounds,
      editorMsPerStep: editorMs,
      bareKonvaMsPerStep: bareMs,
      ratio: editorMs / bareMs,
      samples: { editor: editorSteps, bareKonva: bareSteps },
      renders: {
        commitsPerStep: median(renders.steps.map((item) => item.commits)),
        rendersPerStep: median(renders.steps.map((item) => item.renders)),
        componentsPerStep: renders.components,
        dragEnd: renders.dragEnd.at(-1),
      },
    }
  } finally {
    await editor.page.close()
    await bare.page.close()
  }
}

/** Runs the drag benchmark for each scene size, in order. */
export async function runDrag(browser, urls, { sizes, steps, rounds }) {
  const results = []
  for (const clips of sizes)
    results.push(await measureSize(browser, urls, { clips, steps, rounds }))
  return results
}
