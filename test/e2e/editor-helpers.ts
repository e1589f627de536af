// What a user does in the editor, as small steps the browser tests share.
import type { BrowserContext, Download, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';

export const node = (page: Page, id: string) => page.getByTestId(`rf__node-${id}`);
export const edge = (page: Page, id: string) => page.getByTestId(`rf__edge-${id}`);

/** Use the download / file-input fallbacks: Chromium's native pickers cannot be driven headless. */
export async function withoutFilePickers(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
    delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
  });
}

export async function projectCommand(
  page: Page,
  label: string,
  /** How long the click may take: a command that keeps the page busy (a 300-node export) holds it. */
  timeoutMs = 30_000,
): Promise<void> {
  await page.getByRole('button', { name: 'Project' }).click();
  await page.getByRole('menuitem', { name: label }).click({ timeout: timeoutMs });
}

export async function saveProjectFile(page: Page): Promise<{ download: Download; text: string }> {
  const downloading = page.waitForEvent('download');
  await projectCommand(page, 'Save to file…');
  const download = await downloading;
  const path = await download.path();
  return { download, text: await readFile(path, 'utf8') };
}

export async function openProjectFile(
  page: Page,
  file: { name: string; text: string },
): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await projectCommand(page, 'Open file…');
  const chooser = await choosing;
  await chooser.setFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text),
  });
}

/** Drags with the mouse from the centre of one element to the centre of another, in small steps. */
export async function dragBetween(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The autosaved project text once every change is written (IndexedDB), or null when there is none. */
export async function autosaved(page: Page): Promise<string | null> {
  await page.locator('[data-testid="autosave-state"][data-state="saved"]').waitFor();
  return storedAutosave(page);
}

/** What IndexedDB holds now, without waiting for pending saves. */
export async function storedAutosave(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    // Opening a database that does not exist would create it empty, so look first.
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('spillway')) return null;
    return new Promise<string | null>((resolve, reject) => {
      const open = indexedDB.open('spillway');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const get = db.transaction('autosave').objectStore('autosave').get('current');
        get.onerror = () => reject(get.error);
        get.onsuccess = () => {
          db.close();
          resolve((get.result as { text: string } | undefined)?.text ?? null);
        };
      };
    });
  });
}
