import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { Editor, fixture } from './editor'

/** The sandbox stores each received request here; playwright.config.ts sets the data folder. */
const SANDBOX_DIR = join(process.env.E2E_DATA_DIR ?? '', 'sandbox')

test('export of the dragged sample reaches the download', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(fixture('published-sample.txt'))
  const before = await editor.request()
  const avatarId = (before.scenes as Array<{ clips: Array<{ id: string; left: number }> }>)[0]!
    .clips[0]!.id
  const rect = (await editor.nodeRect(avatarId))!
  const start = await editor.stageToPage(rect.x + rect.width / 2, rect.y + 150)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x + 40, start.y + 20, { steps: 5 })
  await page.mouse.up()
  await expect(editor.requestJson()).not.toHaveValue(JSON.stringify(before, null, 2))
  const shown = await editor.requestJson().inputValue()

  const exportButton = page.getByRole('button', { name: 'Export video' })
  await exportButton.click()
  const status = page.getByRole('status', { name: 'Export status' })
  await expect(status).toContainText(/Project ID: [0-9a-f]{24}/)
  await expect(exportButton).toBeDisabled()
  const projectId = /Project ID: ([0-9a-f]{24})/.exec((await status.textContent()) ?? '')![1]!

  const stored = readFileSync(`${SANDBOX_DIR}/${projectId}.json`, 'utf8')
  expect(stored).toBe(shown)

  const download = status.getByRole('link', { name: 'Download' })
  await expect(download).toBeVisible({ timeout: 20_000 })
  await expect(status).toContainText('100%')
  await expect(exportButton).toBeEnabled()
  const response = await page.request.get((await download.getAttribute('href'))!)
  expect(response.ok()).toBe(true)
  expect(await response.text()).toBe(shown)
})

test('export is blocked while errors remain', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  const broken = JSON.parse(fixture('sample-avatar-scene.json')) as {
    scenes: Array<{ clips: Array<Record<string, unknown>> }>
  }
  broken.scenes[0]!.clips[0]!.left = 'far left'
  await editor.importText(JSON.stringify(broken))
  const before = await editor.requestJson().inputValue()

  await page.getByRole('button', { name: 'Export video' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Export' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText(
    'scenes[0].clips[0].left',
  )
  await expect(page.getByRole('status', { name: 'Export status' })).toHaveCount(0)
  await expect(editor.requestJson()).toHaveValue(before)

  await page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Export is blocked' })).toBeHidden()

  await page.getByRole('button', { name: 'Export video' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Export is blocked' })).toBeVisible()
  await page.getByRole('region', { name: 'Problems' }).focus()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('alert').filter({ hasText: 'Export is blocked' })).toBeHidden()
})
