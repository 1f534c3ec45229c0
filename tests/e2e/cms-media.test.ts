/** An image over the size limit gets a clear Korean message in the real admin, and is not uploaded. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../src/cms/fields';
import { openAdmin } from './support/cms-admin';
import { useBrowserAndSandbox } from './support/cms-sandbox';

const cms = useBrowserAndSandbox();

it('refuses an oversized image with a message that says the limit and what to do', async () => {
  const uploads = path.join(cms.sandbox.dir, 'public/uploads');
  const uploadCount = () => (existsSync(uploads) ? readdirSync(uploads).length : 0);
  const before = uploadCount();
  const { page, close } = await openAdmin(cms.browser, cms.sandbox, inject('baseUrl'), '#/collections/programs/new');
  try {
    await page.getByRole('button', { name: /이미지 선택/ }).first().click();
    const message = new Promise<string>((resolve) => page.once('dialog', async (dialog) => (resolve(dialog.message()), await dialog.accept())));
    await page.locator('input[type="file"]').setInputFiles({ name: 'poster.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(MAX_UPLOAD_BYTES + 200_000, 1) });
    const text = await message;
    expect(text).toContain('이미지가 너무 큽니다');
    expect(text).toContain(`${Math.floor(MAX_UPLOAD_BYTES / 1000)} kB`);
    expect(text).toContain('1600px');
  } finally {
    await close();
  }
  expect(uploadCount()).toBe(before);
});
