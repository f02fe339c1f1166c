import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, type Page } from '@playwright/test'

/** Reads a request fixture from e2e/fixtures. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8')
}

export interface NodeRect {
  x: number
  y: number
  width: number
  height: number
}

/** A page object for the editor: the controls named in the UI contract and the Konva stage. */
export class Editor {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/')
    await expect(this.page.getByRole('button', { name: 'Import JSON' })).toBeVisible()
    await this.page.waitForFunction(
      () => (window as unknown as { Konva?: { stages: unknown[] } }).Konva?.stages.length === 1,
    )
  }

  async importText(text: string) {
    await this.page.getByRole('button', { name: 'Import JSON' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Import JSON' })
    await dialog.getByRole('textbox', { name: 'Project JSON' }).fill(text)
    await dialog.getByRole('button', { name: 'Import' }).click()
    return dialog
  }

  requestJson() {
    return this.page.getByRole('textbox', { name: 'Request JSON' })
  }

  async request(): Promise<Record<string, unknown>> {
    return JSON.parse(await this.requestJson().inputValue()) as Record<string, unknown>
  }

  async stageScale(): Promise<number> {
    return this.page.evaluate(() => {
      const konva = (window as unknown as { Konva: { stages: Array<{ scaleX(): number }> } }).Konva
      return konva.stages[0]!.scaleX()
    })
  }

  /** The client rect of the clip's Konva node, relative to the stage container. */
  async nodeRect(id: string): Promise<NodeRect | null> {
    return this.page.evaluate((clipId) => {
      type Node = { getClientRect(): NodeRect }
      type NodeRect = { x: number; y: number; width: number; height: number }
      const konva = (
        window as unknown as {
          Konva: { stages: Array<{ findOne(selector: string): Node | undefined }> }
        }
      ).Konva
      return konva.stages[0]!.findOne('#' + clipId)?.getClientRect() ?? null
    }, id)
  }

  /** The page position of a point given in stage pixels. */
  async stageToPage(x: number, y: number) {
    const box = await this.page.getByTestId('stage-container').boundingBox()
    if (!box) throw new Error('The stage container is not visible.')
    return { x: box.x + x, y: box.y + y }
  }
}
