import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { Editor, fixture } from './editor'

/** Autosave's IndexedDB database and object store. */
const DATABASE = 'scene-editor'
const STORE = 'autosave'

function autosaveStatus(page: Page) {
  return page.getByRole('status', { name: 'Autosave' })
}

async function rename(page: Page, name: string) {
  const field = page.getByRole('textbox', { name: 'Project name' })
  await field.fill(name)
  await field.press('Enter')
}

/** Reads every key and value in autosave's object store. */
function storedEntries(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    ([database, store]) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open(database!)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const objects = open.result.transaction(store!, 'readonly').objectStore(store!)
          const keys = objects.getAllKeys()
          const values = objects.getAll()
          values.onsuccess = () => {
            resolve(
              Object.fromEntries(keys.result.map((key, i) => [String(key), values.result[i]])),
            )
            open.result.close()
          }
        }
      }),
    [DATABASE, STORE],
  )
}

/** Stores `value` under `key` in autosave's object store, as another build or a bug might. */
function storeValue(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(
    ([database, store, key, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(database as string)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const transaction = open.result.transaction(store as string, 'readwrite')
          transaction.objectStore(store as string).put(value, key as string)
          transaction.oncomplete = () => {
            open.result.close()
            resolve()
          }
          transaction.onerror = () => reject(transaction.error)
        }
      }),
    [DATABASE, STORE, key, value],
  )
}

test('reload restores the project exactly', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await expect(autosaveStatus(page)).toHaveText('Not saved yet')
  const dialog = await editor.importText(fixture('all-clip-types.json'))
  await expect(dialog).toBeHidden()
  const before = await editor.requestJson().inputValue()
  await expect(autosaveStatus(page)).toHaveText('Saved')

  await page.reload()
  await expect(page.getByRole('button', { name: 'Import JSON' })).toBeVisible()
  await expect(editor.requestJson()).toHaveValue(before)
  expect(await editor.request()).toEqual(JSON.parse(fixture('all-clip-types.json')))
  await expect(autosaveStatus(page)).toHaveText('Saved')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
})

test('reload right after typing keeps it', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(fixture('all-clip-types.json'))
  await expect(autosaveStatus(page)).toHaveText('Saved')
  const prompts: string[] = []
  page.on('dialog', (dialog) => {
    prompts.push(dialog.type())
    void dialog.accept()
  })

  // Typed but not committed: the field still has focus when the page reloads.
  await page.getByRole('textbox', { name: 'Project name' }).fill('Typed before reload')
  await page.reload()
  await expect(page.getByRole('button', { name: 'Import JSON' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue(
    'Typed before reload',
  )
  await expect(autosaveStatus(page)).toHaveText('Saved')
  expect(prompts).toEqual([])
})

test('quota error warns and keeps the edit', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(fixture('all-clip-types.json'))
  await rename(page, 'Edited while storage is full')

  await expect(autosaveStatus(page)).toHaveText('Save failed')
  const warning = page.getByRole('alert').filter({ hasText: 'Autosave failed' })
  await expect(warning).toContainText("the browser's storage for this site is full")
  await expect(warning).toContainText('Download the Request JSON')
  expect((await editor.request()).name).toBe('Edited while storage is full')
  expect((await editor.request()).scenes).toEqual(
    (JSON.parse(fixture('all-clip-types.json')) as { scenes: unknown }).scenes,
  )
  expect(await storedEntries(page)).toEqual({})
})

test('unreadable record is reported and kept', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  const unreadable = {
    version: 2,
    savedAt: '2026-01-01T00:00:00.000Z',
    tabId: 'earlier-tab',
    revision: 1,
    sceneIndex: 0,
    projectText: '{ "name": "Cut short", "scenes": [',
  }
  await storeValue(page, 'project', unreadable)

  await page.reload()
  await expect(page.getByRole('button', { name: 'Import JSON' })).toBeVisible()
  const report = page.getByRole('alert').filter({ hasText: 'could not be read' })
  await expect(report).toContainText('its project is not valid JSON')

  const entries = await storedEntries(page)
  expect(entries.project).toBeUndefined()
  const asideKeys = Object.keys(entries).filter((key) => key.startsWith('project:unreadable:'))
  expect(asideKeys).toHaveLength(1)
  expect(entries[asideKeys[0]!]).toEqual(unreadable)
  await expect(report).toContainText(asideKeys[0]!)

  const downloading = page.waitForEvent('download')
  await report.getByRole('button', { name: 'Download unreadable project' }).click()
  const downloaded = await readFile((await (await downloading).path())!, 'utf8')
  expect(JSON.parse(downloaded)).toEqual(unreadable)
})

test('second tab warns before overwriting', async ({ page, context }) => {
  const first = new Editor(page)
  await first.open()
  const second = new Editor(await context.newPage())
  await second.open()

  await rename(first.page, 'Named in the first tab')
  await expect(autosaveStatus(first.page)).toHaveText('Saved')
  const warning = second.page.getByRole('alert').filter({ hasText: 'changed in another tab' })
  await expect(warning).toBeVisible()
  await expect(autosaveStatus(second.page)).toHaveText('Save paused')

  await rename(second.page, 'Named in the second tab')
  await expect(autosaveStatus(second.page)).toHaveText('Save paused')
  // A save would have been written 400 ms after the edit, so waiting longer shows there was none.
  await second.page.waitForTimeout(1000)
  expect((await storedEntries(page)).project).toMatchObject({ revision: 1 })

  await warning.getByRole('button', { name: 'Load theirs' }).click()
  await expect(warning).toBeHidden()
  expect((await second.request()).name).toBe('Named in the first tab')
  await expect(autosaveStatus(second.page)).toHaveText('Saved')
})
