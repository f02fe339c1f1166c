// Drives the built editor in a page: import a request through the Import JSON dialog and read
// the Konva stage.

/** Opens the editor and imports `project` as pasted JSON text. */
export async function openEditorWith(page, url, project) {
  await page.goto(url)
  await page.waitForFunction(() => window.Konva?.stages.length === 1)
  await page.getByRole('button', { name: 'Import JSON' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import JSON' })
  await dialog.getByRole('textbox', { name: 'Project JSON' }).fill(JSON.stringify(project))
  await dialog.getByRole('button', { name: 'Import' }).click()
  await dialog.waitFor({ state: 'hidden' })
  await waitForImages(page, project.scenes[0].clips.filter((clip) => clip.type === 'image').length)
}

/** Waits until the stage contains at least `count` loaded Konva images. */
export async function waitForImages(page, count) {
  await page.waitForFunction(
    (expected) => window.Konva.stages[0].find('Image').length >= expected,
    count,
  )
}

/** The stage's size and viewport, and its container's position on the page. */
export async function stageView(page) {
  const view = await page.evaluate(() => {
    const stage = window.Konva.stages[0]
    const box = stage.container().getBoundingClientRect()
    return {
      stage: {
        width: stage.width(),
        height: stage.height(),
        scaleX: stage.scaleX(),
        scaleY: stage.scaleY(),
        x: stage.x(),
        y: stage.y(),
      },
      offset: { x: box.x, y: box.y },
    }
  })
  return view
}

/** The page position of the centre of the node with id `id`. */
export async function nodeCentre(page, id) {
  return page.evaluate((nodeId) => {
    const stage = window.Konva.stages[0]
    const node = stage.findOne((item) => item.id() === nodeId)
    if (!node) throw new Error(`No Konva node has the id ${nodeId}.`)
    const rect = node.getClientRect()
    const box = stage.container().getBoundingClientRect()
    return { x: box.x + rect.x + rect.width / 2, y: box.y + rect.y + rect.height / 2 }
  }, id)
}
